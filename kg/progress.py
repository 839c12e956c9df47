"""Progress: one line on standard error while a long run goes on: articles, statements,
rate, time so far and, when the size of the input is known, the time left.

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
    #: Characters of input expected in all (``expect``) and done so far, for the time left.
    expected: int = 0
    done: int = 0
    started: float = field(default_factory=time.monotonic)
    _drawn: float = 0.0

    @classmethod
    def for_terminal(cls, quiet: bool = False) -> "Progress":
        """A progress line that shows only when standard error is a terminal and not ``quiet``."""
        return cls(enabled=not quiet and sys.stderr.isatty())

    def expect(self, size: int) -> None:
        """Say how much input there is in all (in characters, or bytes of the input files), so
        that the line can show the time left; without it, the line shows the time so far only."""
        self.expected = size

    def article(self, statements: int, size: int = 0) -> None:
        """Count one more article, the statements it gave and its ``size`` (characters of text)."""
        self.articles += 1
        self.statements += statements
        self.done += size
        now = time.monotonic()
        if self.enabled and now - self._drawn >= 0.1:
            self._drawn = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        left = ""
        if self.expected and self.done:
            remaining = max(self.expected - self.done, 0) * elapsed / self.done
            left = f", about {_duration(remaining)} left"
        self.stream.write(f"\rkg: {self.articles} article(s), {self.statements} statement(s), "
                          f"{self.articles / elapsed:.1f} articles/s, {_duration(elapsed)}{left} \033[K")
        self.stream.flush()

    def close(self) -> None:
        """Clear the line, so that the next message starts on a clean line."""
        if self.enabled and self._drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()


def _duration(seconds: float) -> str:
    """``42 s``, ``3 min 05 s`` or ``2 h 07 min``."""
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"
