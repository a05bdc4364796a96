"""Stopping an ingest from outside: Ctrl-C (SIGINT) and SIGTERM both end the run cleanly.

A shell without job control (a script, a CI runner, ``cmd &`` in a non-interactive
shell) starts its background commands with SIGINT *ignored*, and Python then never
raises KeyboardInterrupt: a ``kill -INT`` or a Ctrl-C meant for the run would be lost
and the run would go on to the end. While an ingest runs, both signals raise
KeyboardInterrupt in the main thread, whatever the inherited disposition was; the
previous handlers come back afterwards.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _raise_interrupt(signum, frame) -> None:
    raise KeyboardInterrupt(signal.Signals(signum).name)


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """Within the block, SIGINT and SIGTERM raise KeyboardInterrupt (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.signal(signum, _raise_interrupt) for signum in STOP_SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
