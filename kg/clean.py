"""Clean: find the wire dateline, drop boilerplate, split the body into passages.

Cleaning never rewrites text: it only chooses which spans of ``Article.text``
go on to parsing, so every sentence stays exactly as in the article and keeps
its character offsets.
"""

from __future__ import annotations

import re

from .data import boilerplate_patterns
from .model import Article, CleanArticle, Dateline, Passage

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# A place name of up to four words, with "of", "and" or "the" between them ("Democratic
# Republic of Congo", "Port of Spain").
_PLACE = r"[A-Z][A-Za-z.'’\-]*(?:[ ](?:(?:of|and|the)[ ])?[A-Z][A-Za-z.'’\-]*){0,3}"
_DATELINE = re.compile(
    # "ISLAMABAD/NEW DELHI, May 7 (Reuters) -": a story filed from two places.
    r"\A\s*(?P<place>" + _PLACE + r"(?:/" + _PLACE + r")?)"
    r"(?:\s*\[(?P<bracket>[^\]\n]{1,40})\])?"
    r"(?:,\s*(?P<region>" + _PLACE + r"))?"
    r"(?:,?\s*(?P<date>" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z&.\- ]{0,30})\))?"
    r"\s*(?P<sep>:|--|[-–—])\s*"
)
# A credit like "(ANI)" closing the last paragraph, after the final full stop.
_TRAILING_CREDIT = re.compile(r"(?<=[.!?\"”’])\s*\([A-Z][A-Za-z]{1,11}\)\s*\Z")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def parse_dateline(text: str) -> tuple[Dateline | None, int]:
    """The dateline at the start of ``text`` and the offset where the body begins.

    A dateline needs a news agency in brackets, a date or a place in capitals: ``Seoul [South
    Korea], February 9 (ANI):``, ``WASHINGTON, Feb 9 -`` or ``PORT SUDAN -``.

    >>> line, end = parse_dateline("Seoul [South Korea], February 9 (ANI): Kim said.")
    >>> (line.place, line.region, line.agency, end)
    ('Seoul', 'South Korea', 'ANI', 39)
    """
    match = _DATELINE.match(text)
    # "Kim - the leader" is prose, not a dateline: a dash needs an agency, a date or a place
    # written in capitals, as wire copy writes it, before it.
    if not match or not (match.group("agency") or match.group("date") or (
            _in_capitals(match.group("place")) and text[match.start("sep") - 1].isspace())):
        return None, 0
    region = match.group("bracket") or match.group("region")
    dateline = Dateline(
        place=match.group("place").strip(),
        region=region.strip() if region else None,
        agency=match.group("agency").strip() if match.group("agency") else None,
        text=text[match.start("place"):match.end()].strip(),
    )
    return dateline, match.end()


def _in_capitals(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def is_boilerplate(line: str) -> bool:
    """True for a line that is never article content: teasers, disclaimers, credits.

    >>> is_boilerplate("Also Read | Gaza Ceasefire: 5 Thai Nationals Freed")
    True
    """
    return any(pattern.search(line) for pattern in boilerplate_patterns())


def clean_article(article: Article) -> CleanArticle:
    """Split an article into passages without its dateline, boilerplate and closing credit.

    >>> from kg.model import Article
    >>> clean = clean_article(Article("a", "Seoul, Feb 9 (ANI): Kim spoke.\\n\\nAlso Read | X"))
    >>> [(p.text, p.start) for p in clean.passages], clean.removed
    ([('Kim spoke.', 20)], ('Also Read | X',))
    """
    text = article.text
    dateline, body_start = parse_dateline(text)
    removed: list[str] = []
    passages: list[Passage] = []
    paragraph_start = body_start
    for brk in [*_PARAGRAPH_BREAK.finditer(text, body_start), None]:
        paragraph_end = brk.start() if brk else len(text)
        _collect(text, paragraph_start, paragraph_end, passages, removed)
        if brk:
            paragraph_start = brk.end()
    if passages:
        last = passages[-1]
        credit = _TRAILING_CREDIT.search(last.text)
        if credit:
            removed.append(last.text[credit.start():].strip())
            passages[-1] = Passage(last.text[: credit.start()], last.start)
    return CleanArticle(article=article, passages=tuple(passages), dateline=dateline,
                        removed=tuple(removed))


def _collect(text: str, start: int, end: int, passages: list[Passage], removed: list[str]) -> None:
    """Add the lines of text[start:end] that are not boilerplate, as passages of adjacent lines."""
    run_start = None
    run_end = start
    position = start
    for line in text[start:end].splitlines(keepends=True):
        line_start, position = position, position + len(line)
        if is_boilerplate(line):
            removed.append(line.strip())
            if run_start is not None:
                _add_passage(text, run_start, run_end, passages)
            run_start = None
            continue
        if run_start is None:
            run_start = line_start
        run_end = position
    if run_start is not None:
        _add_passage(text, run_start, run_end, passages)


def _add_passage(text: str, start: int, end: int, passages: list[Passage]) -> None:
    chunk = text[start:end]
    stripped_start = start + (len(chunk) - len(chunk.lstrip()))
    stripped_end = start + len(chunk.rstrip())
    if stripped_end > stripped_start:
        passages.append(Passage(text[stripped_start:stripped_end], stripped_start))
