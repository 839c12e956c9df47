"""The output folder: ``graph.ttl``, ``statements.jsonl`` and ``graph.html``, read and written.

A build writes the three files from one graph and one list of statement lines;
``--update`` and ``kg remove`` read the first two back, change them and write
all three again. Statement lines are kept ordered by (document id, sentence
start, original order), so an update gives the same bytes as a build of all
the articles at once. Every file is written with ``write_atomic``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from .files import write_atomic
from .model import Statement
from .project import actor_graph
from .rdf import load_graph, serialize
from .view import DEFAULT_TOP, render_html

OUTPUT_FILES = ("graph.ttl", "statements.jsonl", "graph.html")


class OutputError(RuntimeError):
    """The output folder cannot be written, or read back for an update; nothing in it was changed."""


@dataclass
class Outputs:
    """What an output folder holds: the graph and the statement lines (each ending in a newline)."""

    graph: Graph
    lines: list[str]


def statement_line(statement: Statement) -> str:
    """The JSON Lines record of a statement, keys in the documented order, with its newline."""
    return json.dumps(statement.to_record(), ensure_ascii=False) + "\n"


def ordered_lines(lines: Iterable[str]) -> list[str]:
    """Statement lines sorted by (document id, sentence start), keeping the given order of ties."""
    def key(line: str) -> tuple[str, int]:
        record = json.loads(line)
        return (str(record.get("doc", "")), int(record.get("start") or 0))

    return sorted(lines, key=key)


def line_doc(line: str) -> str:
    """The document id of a statement line."""
    return str(json.loads(line).get("doc", ""))


def check_writable(out: Path) -> None:
    """Create ``out`` if needed; ``OutputError`` when it cannot be created or written."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{out}: cannot create output folder ({error.strerror or error})") from None
    probe = out / ".kg-write-check"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise OutputError(f"{out}: output folder is not writable ({error.strerror or error})") from None


def read_outputs(out: Path, missing_ok: bool = False) -> Outputs | None:
    """The graph and statement lines of an earlier build in ``out``.

    Returns ``None`` when ``out`` holds neither file and ``missing_ok``; raises ``OutputError``
    when one of the two is missing or unreadable, or the graph is not valid Turtle.
    """
    graph_path, lines_path = out / "graph.ttl", out / "statements.jsonl"
    if missing_ok and not graph_path.exists() and not lines_path.exists():
        return None
    for path in (graph_path, lines_path):
        if not path.is_file():
            raise OutputError(f"{path}: no such file; {out} does not hold a kg build")
    try:
        graph = load_graph(graph_path)
        lines = [line + "\n" for line in lines_path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for number, line in enumerate(lines, start=1):
            try:
                json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{lines_path}:{number}: invalid JSON ({error.msg})") from None
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise OutputError(f"cannot read the earlier build: {error}") from None
    return Outputs(graph, lines)


def write_outputs(out: Path, graph: Graph, lines: list[str],
                  top: int | None = DEFAULT_TOP) -> tuple[Path, ...]:
    """Write ``graph.ttl`` (the graph), ``statements.jsonl`` (the lines, in order) and
    ``graph.html`` (the actor graph of the graph, its ``top`` most connected actors) to
    ``out``; returns the paths written."""
    contents = {
        "graph.ttl": serialize(graph, "ttl"),
        "statements.jsonl": "".join(ordered_lines(lines)).encode("utf-8"),
        "graph.html": render_html(actor_graph(graph), top=top).encode("utf-8"),
    }
    written = []
    try:
        for name in OUTPUT_FILES:
            write_atomic(out / name, contents[name])
            written.append(out / name)
    except OSError as error:
        raise OutputError(f"{out}: cannot write {name} ({error.strerror or error})") from None
    return tuple(written)
