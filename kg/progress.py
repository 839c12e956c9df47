"""Progress: one line on standard error while a long run goes on.

Shown only on a terminal (and not with ``--quiet``), so logs and pipes stay clean.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field


@dataclass
class Progress:
    """Counts articles and statements and redraws one status line at most ten times a second.

    >>> progress = Progress(enabled=False)
    >>> progress.article(statements=3); (progress.articles, progress.statements)
    (1, 3)
    """

    enabled: bool = True
    stream: object = field(default=sys.stderr)
    articles: int = 0
    statements: int = 0
    started: float = field(default_factory=time.monotonic)
    _drawn: float = 0.0

    @classmethod
    def for_terminal(cls, quiet: bool = False) -> "Progress":
        """A progress line that shows only when standard error is a terminal and not ``quiet``."""
        return cls(enabled=not quiet and sys.stderr.isatty())

    def article(self, statements: int) -> None:
        """Count one more article and the statements it gave."""
        self.articles += 1
        self.statements += statements
        now = time.monotonic()
        if self.enabled and now - self._drawn >= 0.1:
            self._drawn = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        self.stream.write(f"\rkg: {self.articles} article(s), {self.statements} statement(s), "
                          f"{self.articles / elapsed:.1f} articles/s, {elapsed:.0f} s ")
        self.stream.flush()

    def close(self) -> None:
        """Clear the line, so that the next message starts on a clean line."""
        if self.enabled and self._drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()
