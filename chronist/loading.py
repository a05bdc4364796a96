"""Building the large read-only tables (actor dictionary, gazetteer, frames, HanTa's model) fast.

Python's cyclic garbage collector runs every few hundred allocations, and its older
generations are walked again as they grow: while a table of hundreds of thousands of
long-lived objects is being built, over half the time goes to looking for garbage that does
not exist. :func:`without_gc` pauses the collector while such a table is built and, when the
outermost build returns, moves everything alive into the collector's permanent generation
(``gc.freeze``), so that collections while coding do not walk the tables again either.
"""
from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def without_gc(build: Callable[..., T]) -> Callable[..., T]:
    """``build`` run with the cyclic garbage collector paused; its result and everything else
    alive then are frozen (exempt from later collections) when it is the outermost such build."""
    @functools.wraps(build)
    def wrapper(*args, **kwargs) -> T:
        if not gc.isenabled():                      # paused by an outer build (or by the caller)
            return build(*args, **kwargs)
        gc.disable()
        try:
            return build(*args, **kwargs)
        finally:
            gc.collect()                            # what the build left as garbage, once
            gc.freeze()
            gc.enable()
    return wrapper


def read_yaml(text: str):
    """``yaml.safe_load`` through libyaml's parser when PyYAML has it (the same data, several
    times faster on the package's large data files); raises ``yaml.YAMLError`` as safe_load does."""
    import yaml
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
