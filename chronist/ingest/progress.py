"""The progress line of ``chronist ingest`` on stderr: share of the input read, articles,
sentences per second, events, skipped and failed articles, elapsed time."""
from __future__ import annotations

import time
from typing import TextIO

from chronist.ingest.summary import IngestSummary


class Progress:
    """Redraws one line on ``stream`` at most every ``interval`` seconds (or never when disabled)."""

    __slots__ = ("stream", "total", "enabled", "interval", "_last", "_started", "_drawn")

    def __init__(self, stream: TextIO, *, total_bytes: int = 0, enabled: bool = True,
                 interval: float = 0.2) -> None:
        self.stream = stream
        self.total = total_bytes
        self.enabled = enabled
        self.interval = interval
        self._last = 0.0
        self._started = time.monotonic()
        self._drawn = False

    def line(self, summary: IngestSummary, done_bytes: int) -> str:
        elapsed = time.monotonic() - self._started
        rate = summary.sentences / elapsed if elapsed > 0 else 0.0
        parts = []
        if self.total:
            share = min(1.0, done_bytes / self.total)
            filled = int(share * 20)
            parts.append(f"{share:4.0%} [{'#' * filled}{'.' * (20 - filled)}]")
        minutes, seconds = divmod(int(elapsed), 60)
        parts.append(f"{summary.articles:,} articles | {rate:,.1f} sentences/s | {summary.events:,} events | "
                     f"{summary.skipped:,} skipped | {summary.failed:,} failed | {minutes}:{seconds:02d}")
        return " ".join(parts)

    def update(self, summary: IngestSummary, done_bytes: int, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last < self.interval:
            return
        self._last = now
        self.stream.write("\r" + self.line(summary, done_bytes) + "\x1b[K")
        self.stream.flush()
        self._drawn = True

    def close(self, summary: IngestSummary, done_bytes: int) -> None:
        """Draw the final state and end the line."""
        if self.enabled:
            self.update(summary, done_bytes, force=True)
            self.stream.write("\n")
            self.stream.flush()
