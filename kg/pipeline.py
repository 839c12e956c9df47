"""The library API: the whole pipeline from article files to graph, JSON Lines and HTML.

Everything the ``kg`` command does is a call here, so a notebook does the same::

    import kg
    result = kg.build(["seeds/"], "output")
    result.statements[0].to_record()
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from .clean import clean_article
from .files import write_atomic
from .ingest import read_articles
from .model import Article, InputProblem, Statement
from .parse import load_pipeline, parse_articles
from .project import actor_graph
from .query import QueryOutput, format_result, run_query
from .rdf import graph_from_statements, load_graph, serialize
from .statements import StatementExtractor
from .view import render_html

OUTPUT_FILES = ("graph.ttl", "statements.jsonl", "graph.html")


class OutputError(RuntimeError):
    """The output folder cannot be written; nothing in it was changed."""


@dataclass
class Extraction:
    """What reading a set of inputs gave: articles, their statements and the inputs skipped."""

    articles: list[Article] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)
    agencies: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class BuildResult:
    """What ``build`` wrote: the files, the statements and the inputs it skipped."""

    files: tuple[Path, ...]
    articles: tuple[Article, ...]
    statements: tuple[Statement, ...]
    problems: tuple[InputProblem, ...]
    graph: Graph


def iter_statements(paths: Iterable[str | Path], model: str | None = None,
                    extraction: Extraction | None = None, batch_size: int = 64) -> Iterator[Statement]:
    """Statements of every article under ``paths``, streamed in input order.

    Articles and skipped inputs are recorded in ``extraction`` as they pass.
    """
    extraction = extraction if extraction is not None else Extraction()
    nlp = load_pipeline(model)
    extractor = StatementExtractor(nlp)

    seen: dict[str, Article] = {}

    def cleaned():
        for item in read_articles(paths):
            if isinstance(item, InputProblem):
                extraction.problems.append(item)
                continue
            if item.doc_id in seen:
                # Two inputs with one document id would merge silently in the graph.
                extraction.problems.append(InputProblem(
                    item.path or item.doc_id,
                    f"document id {item.doc_id!r} is already used by {seen[item.doc_id].path}; skipped",
                    item.line))
                continue
            seen[item.doc_id] = item
            extraction.articles.append(item)
            clean = clean_article(item)
            if clean.dateline and clean.dateline.agency:
                extraction.agencies[item.doc_id] = clean.dateline.agency
            yield clean

    for clean, docs in parse_articles(nlp, cleaned(), batch_size=batch_size):
        yield from extractor.extract(clean, docs)


def extract(paths: Iterable[str | Path], model: str | None = None) -> Extraction:
    """Read, clean, parse and extract every article under ``paths``.

    >>> result = extract(["seeds/"])                       # doctest: +SKIP
    >>> result.statements[0].subject.label                 # doctest: +SKIP
    'Kim Jong-un'
    """
    extraction = Extraction()
    extraction.statements.extend(iter_statements(paths, model, extraction))
    return extraction


def statements_jsonl(statements: Iterable[Statement]) -> str:
    """Statement records as JSON Lines, one object per line, keys in the documented order."""
    return "".join(json.dumps(s.to_record(), ensure_ascii=False) + "\n" for s in statements)


def build(paths: Iterable[str | Path], out_dir: str | Path = "output", model: str | None = None) -> BuildResult:
    """Build ``graph.ttl``, ``statements.jsonl`` and ``graph.html`` in ``out_dir`` from ``paths``.

    The same input gives the same bytes. Each file is written through a
    temporary file and a rename. Raises ``OutputError`` when ``out_dir`` cannot
    be written (before any parsing), ``ModelNotFoundError`` when the spaCy
    pipeline is missing.
    """
    out = Path(out_dir)
    _check_writable(out)
    extraction = extract(paths, model)
    graph = graph_from_statements(extraction.statements, extraction.articles, extraction.agencies)
    # With no article read there is nothing to write; earlier outputs stay as they were.
    files = _write_outputs(out, graph, extraction.statements) if extraction.articles else ()
    return BuildResult(files=files, articles=tuple(extraction.articles),
                       statements=tuple(extraction.statements), problems=tuple(extraction.problems),
                       graph=graph)


def _check_writable(out: Path) -> None:
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


def _write_outputs(out: Path, graph: Graph, statements: list[Statement]) -> tuple[Path, ...]:
    contents = {
        "graph.ttl": serialize(graph, "ttl"),
        "statements.jsonl": statements_jsonl(statements).encode("utf-8"),
        "graph.html": render_html(actor_graph(graph)).encode("utf-8"),
    }
    written = []
    try:
        for name in OUTPUT_FILES:
            write_atomic(out / name, contents[name])
            written.append(out / name)
    except OSError as error:
        raise OutputError(f"{out}: cannot write {name} ({error.strerror or error})") from None
    return tuple(written)


def query(graph: Graph | str | Path, sparql: str, fmt: str = "table") -> QueryOutput:
    """Run SPARQL over a graph (or graph file) and format the result.

    >>> print(query("output/graph.ttl", "ASK { ?s ?p ?o }").text)   # doctest: +SKIP
    true
    """
    if not isinstance(graph, Graph):
        graph = load_graph(graph)
    return format_result(run_query(graph, sparql), fmt)


def export(graph: Graph | str | Path, fmt: str) -> bytes:
    """The graph serialized as ``ttl``, ``nt``, ``nq``, ``trig``, ``jsonld`` or ``xml``."""
    if not isinstance(graph, Graph):
        graph = load_graph(graph)
    return serialize(graph, fmt)


def view(graph: Graph | str | Path, out_file: str | Path | None = None,
         title: str = "kg actor graph") -> str:
    """The offline HTML actor graph of a graph (file); written to ``out_file`` when given."""
    if not isinstance(graph, Graph):
        graph = load_graph(graph)
    html = render_html(actor_graph(graph), title=title)
    if out_file is not None:
        write_atomic(out_file, html.encode("utf-8"))
    return html
