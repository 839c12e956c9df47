"""Ingest: turn input paths (files and folders) into ``Article`` records.

Readable inputs become articles; every unreadable input (or line of a JSON
Lines file) becomes an ``InputProblem`` that names the file and the problem,
and the other inputs are still read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .model import Article, InputProblem

#: Extensions ``kg`` reads; anything else in a folder is passed over silently,
#: anything else named directly is reported.
ARTICLE_SUFFIXES = (".txt", ".json", ".jsonl")

_DATE_HEADER = re.compile(r"\A[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_RECORD_FIELDS = ("id", "title", "date", "url", "source")


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[Path | InputProblem]:
    """Files to read, in a stable order: named files as given, folders recursively sorted.

    A missing path or a named file of an unknown type yields an ``InputProblem``.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(
                (p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                 and not any(part.startswith(".") for part in p.relative_to(path).parts)),
                key=lambda p: p.as_posix(),
            )
        elif path.is_file():
            if path.suffix.lower() in ARTICLE_SUFFIXES:
                yield path
            else:
                yield InputProblem(str(path), f"unknown file type {path.suffix or '(none)'!r}; "
                                   "kg reads .txt, .json and .jsonl")
        elif path.exists():
            yield InputProblem(str(path), "not a regular file or folder")
        else:
            yield InputProblem(str(path), "no such file or folder")


def input_size(paths: Iterable[str | Path]) -> int:
    """Bytes in all the input files under ``paths`` (for the progress line's time left)."""
    total = 0
    for item in iter_input_files(paths):
        if isinstance(item, Path):
            try:
                total += item.stat().st_size
            except OSError:
                pass  # read_articles reports it
    return total


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | InputProblem]:
    """Articles from files and folders, interleaved with the problems met on the way.

    >>> [a.doc_id for a in read_articles(["seeds"]) if isinstance(a, Article)]
    ['000_b160ab26da3c4602']
    """
    for item in iter_input_files(paths):
        if isinstance(item, InputProblem):
            yield item
            continue
        yield from read_file(item)


def read_file(path: Path) -> Iterator[Article | InputProblem]:
    """The articles in one file: a ``.txt`` article, or ``.json`` / ``.jsonl`` records."""
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        yield InputProblem(name, f"cannot read: {error.strerror or error}")
        return
    if b"\x00" in data:
        yield InputProblem(name, "binary file (contains NUL bytes), not an article")
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        yield InputProblem(name, f"not valid UTF-8 (byte {error.start}, line {line})")
        return
    if not text.strip():
        yield InputProblem(name, "empty file")
        return
    suffix = path.suffix.lower()
    if suffix == ".txt":
        yield article_from_text(text, doc_id=path.stem, path=name)
    elif suffix == ".json":
        yield from _articles_from_json(text, path)
    else:
        yield from _articles_from_jsonl(text, path)


def article_from_text(text: str, doc_id: str, path: str | None = None) -> Article:
    """An article from plain text, reading the optional `` date YYYY-MM-DD`` header.

    >>> article_from_text(" date 2025-02-09 Seoul, Feb 9 (ANI): Text.", "a").date
    '2025-02-09'
    """
    date = None
    header = _DATE_HEADER.match(text)
    if header:
        date = header.group(1)
        text = text[header.end():]
    return Article(doc_id=doc_id, text=text, date=date, path=path)


def _articles_from_json(text: str, path: Path) -> Iterator[Article | InputProblem]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        yield InputProblem(str(path), f"invalid JSON: {error.msg} (column {error.colno})", error.lineno)
        return
    records = value if isinstance(value, list) else [value]
    for index, record in enumerate(records):
        default_id = path.stem if len(records) == 1 else f"{path.stem}-{index + 1}"
        where = None if len(records) == 1 else f"record {index + 1}"
        yield _article_from_record(record, path, default_id, line=None, where=where)


def _articles_from_jsonl(text: str, path: Path) -> Iterator[Article | InputProblem]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputProblem(str(path), f"invalid JSON: {error.msg} (column {error.colno})", number)
            continue
        yield _article_from_record(record, path, f"{path.stem}-{number}", line=number, where=None)


def _article_from_record(record: object, path: Path, default_id: str, line: int | None,
                         where: str | None) -> Article | InputProblem:
    prefix = f"{where}: " if where else ""
    if not isinstance(record, dict):
        return InputProblem(str(path), f"{prefix}expected an object with a \"text\" field, "
                            f"got {type(record).__name__}", line)
    text = record.get("text")
    if not isinstance(text, str):
        problem = "has no \"text\" field" if text is None else "\"text\" is not a string"
        return InputProblem(str(path), f"{prefix}record {problem}", line)
    if not text.strip():
        return InputProblem(str(path), f"{prefix}record has an empty \"text\"", line)
    fields = {}
    for key in _RECORD_FIELDS:
        value = record.get(key)
        if value is not None and not isinstance(value, (str, int)):
            return InputProblem(str(path), f"{prefix}\"{key}\" must be a string", line)
        fields[key] = None if value is None else str(value)
    date = fields["date"]
    if date is not None:
        if not _ISO_DATE.match(date):
            return InputProblem(str(path), f"{prefix}\"date\" {date!r} is not YYYY-MM-DD", line)
        date = date[:10]
    doc_id = fields["id"] or default_id
    return Article(doc_id=doc_id, text=text, date=date, title=fields["title"], url=fields["url"],
                   source=fields["source"], path=str(path), line=line)
