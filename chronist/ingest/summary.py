"""What one ingest run did, counted as it goes."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from chronist.store.queries import reason_group


@dataclass(slots=True)
class IngestSummary:
    coded: int = 0
    skipped: int = 0
    failed: int = 0
    already: int = 0                 # stored by an earlier run (same id and text): nothing written
    sentences: int = 0
    events: int = 0
    seconds: float = 0.0
    ignored: list[Path] = field(default_factory=list)      # files in folders with another extension
    skip_reasons: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)   # (where, reason), the first ones
    interrupted: bool = False

    @property
    def articles(self) -> int:
        """Inputs handled in this run, whatever became of them."""
        return self.coded + self.skipped + self.failed + self.already

    def count(self, state: str, where: str, reason: str | None) -> None:
        if state == "skipped":
            self.skipped += 1
            self.skip_reasons[reason_group(reason or "")] += 1
        elif state == "failed":
            self.failed += 1
            if len(self.failures) < 20:
                self.failures.append((where, reason or ""))
        else:
            raise ValueError(f"unknown article state {state!r}; expected skipped or failed")

    def lines(self, db: str) -> list[str]:
        """The report printed at the end of ``chronist ingest``."""
        out = [f"{self.coded} article(s) coded, {self.already} already stored, {self.skipped} skipped, "
               f"{self.failed} failed; {self.sentences} sentences, {self.events} events -> {db}"]
        if self.skip_reasons:
            out.append("  skipped: " + ", ".join(f"{n} {why}" for why, n in self.skip_reasons.most_common()))
        for where, why in self.failures[:5]:
            out.append(f"  failed: {where}: {why}")
        if self.failed > 5:
            out.append(f"  ... {self.failed - 5} more failures; `chronist status --db {db}` lists them")
        if self.ignored:
            shown = ", ".join(str(p) for p in self.ignored[:3])
            out.append(f"  {len(self.ignored)} file(s) in folders ignored (not an article format): {shown}"
                       + (" ..." if len(self.ignored) > 3 else ""))
        if self.interrupted:
            out.append("  interrupted: everything above is stored; run the same command again to continue")
        return out
