"""The library API: the whole pipeline from article files to graph, JSON Lines and HTML.

Everything the ``kg`` command does is a call here, so a notebook does the same::

    import kg
    result = kg.build(["seeds/"], "output")
    result.statements[0].to_record()
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import Graph

from . import data
from .files import write_atomic
from .ingest import input_size, read_articles
from .data import Preset
from .model import Article, InputProblem, Statement
from .outputs import (OUTPUT_FILES, OutputError, check_writable, line_doc, read_outputs,  # noqa: F401
                      statement_line, write_outputs)
from .progress import Progress
from .project import actor_graph
from .query import QueryOutput, format_result, run_preset, run_query
from .rdf import (add_articles, add_statements, graph_from_statements, load_graph, remove_articles,
                  serialize)
from .view import DEFAULT_TOP, render_html
from .workers import run_articles


@dataclass
class Extraction:
    """What reading a set of inputs gave: articles, their statements and the inputs skipped.

    ``articles`` hold each article's metadata (id, date, title, URL, source, path); their
    ``text`` is empty, as the text is not kept once the article is parsed.
    """

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
    replaced: tuple[str, ...] = ()  # with update: ids of the articles that were already there


@dataclass(frozen=True)
class RemoveResult:
    """What ``remove`` did: the files rewritten, the articles removed and the ids not found."""

    files: tuple[Path, ...]
    removed: tuple[str, ...]
    missing: tuple[str, ...]
    statements: int  # how many statement records were removed
    graph: Graph


def iter_statements(paths: Iterable[str | Path], model: str | None = None,
                    extraction: Extraction | None = None, batch_size: int = 64, jobs: int = 1,
                    progress: Progress | None = None) -> Iterator[Statement]:
    """Statements of every article under ``paths``, streamed in input order.

    Articles (their metadata: ``text`` is left empty once read, so memory does not grow
    with the corpus) and skipped inputs are recorded in ``extraction`` as they pass.
    ``jobs`` processes clean, parse and extract articles (``kg.workers``); the statements
    are the same for any number. ``progress`` is told of every article.
    """
    extraction = extraction if extraction is not None else Extraction()
    paths = list(paths)  # walked twice when the progress line wants the input's size
    seen: dict[str, str | None] = {}
    sizes: dict[str, int] = {}  # characters of the articles on their way through the workers
    if progress is not None and progress.enabled:
        progress.expect(input_size(paths))

    def articles() -> Iterator[Article]:
        for item in read_articles(paths):
            if isinstance(item, InputProblem):
                extraction.problems.append(item)
                continue
            if item.doc_id in seen:
                # Two inputs with one document id would merge silently in the graph.
                extraction.problems.append(InputProblem(
                    item.path or item.doc_id,
                    f"document id {item.doc_id!r} is already used by {seen[item.doc_id]}; skipped",
                    item.line))
                continue
            seen[item.doc_id] = item.path
            extraction.articles.append(replace(item, text=""))
            sizes[item.doc_id] = len(item.text)
            yield item

    for result in run_articles(articles(), model, jobs=jobs, batch_size=batch_size):
        if result.agency:
            extraction.agencies[result.doc_id] = result.agency
        size = sizes.pop(result.doc_id, 0)
        if progress is not None:
            progress.article(len(result.statements), size)
        yield from result.statements


def extract(paths: Iterable[str | Path], model: str | None = None, jobs: int = 1,
            progress: Progress | None = None) -> Extraction:
    """Read, clean, parse and extract every article under ``paths``.

    >>> result = extract(["seeds/"])                       # doctest: +SKIP
    >>> result.statements[0].subject.label                 # doctest: +SKIP
    'Kim Jong-un'
    """
    extraction = Extraction()
    extraction.statements.extend(iter_statements(paths, model, extraction, jobs=jobs, progress=progress))
    return extraction


def statements_jsonl(statements: Iterable[Statement]) -> str:
    """Statement records as JSON Lines, one object per line, keys in the documented order."""
    return "".join(statement_line(s) for s in statements)


def build(paths: Iterable[str | Path], out_dir: str | Path = "output", model: str | None = None,
          update: bool = False, top: int | None = DEFAULT_TOP, jobs: int = 1,
          progress: Progress | None = None) -> BuildResult:
    """Build ``graph.ttl``, ``statements.jsonl`` and ``graph.html`` in ``out_dir`` from ``paths``.

    ``graph.html`` shows the ``top`` most connected actors (all when None), as ``view`` does.

    The same input gives the same bytes. Each file is written through a
    temporary file and a rename. Statement lines are ordered by (document id,
    sentence start, extraction order).

    With ``update``, the articles are added to the graph and statements already in
    ``out_dir`` (a folder without them starts empty): an article whose id is already
    there replaces it (its earlier statements, and actors no other statement mentions,
    are removed first), so building the same article again changes nothing, and
    updating with A then B gives the same files as building A and B together.
    ``result.graph`` is then the whole graph, ``result.statements`` the new statements
    and ``result.replaced`` the ids that were already there.

    Raises ``OutputError`` when ``out_dir`` cannot be written or (with ``update``) its
    earlier build cannot be read, before any parsing; ``ModelNotFoundError`` when the
    spaCy pipeline is missing.
    """
    out = Path(out_dir)
    check_writable(out)
    previous = read_outputs(out, missing_ok=True) if update else None
    extraction = extract(paths, model, jobs=jobs, progress=progress)
    statements = sorted(extraction.statements, key=lambda s: (s.doc, s.start))
    replaced: tuple[str, ...] = ()
    if previous is not None:
        graph = previous.graph
        replaced = remove_articles(graph, [article.doc_id for article in extraction.articles])
        add_articles(graph, extraction.articles, extraction.agencies)
        add_statements(graph, statements)
        gone = set(replaced)
        lines = [line for line in previous.lines if line_doc(line) not in gone]
    else:
        graph = graph_from_statements(statements, extraction.articles, extraction.agencies)
        lines = []
    lines += [statement_line(statement) for statement in statements]
    # With no article read there is nothing to write; earlier outputs stay as they were.
    files = write_outputs(out, graph, lines, top) if extraction.articles else ()
    return BuildResult(files=files, articles=tuple(extraction.articles), statements=tuple(statements),
                       problems=tuple(extraction.problems), graph=graph, replaced=replaced)


def remove(doc_ids: Iterable[str], out_dir: str | Path = "output") -> RemoveResult:
    """Remove articles from the build in ``out_dir``: their statements, article nodes, the plain
    triples no other statement supports, and the actors and CAMEO concepts no remaining
    statement mentions; then rewrite ``graph.ttl``, ``statements.jsonl`` and ``graph.html``.

    What is left is what building the remaining articles alone gives. Ids not in the graph are
    listed in ``result.missing``; when none is found nothing is written. Raises ``OutputError``
    when ``out_dir`` does not hold a readable build or cannot be written.
    """
    out = Path(out_dir)
    outputs = read_outputs(out)
    wanted = list(dict.fromkeys(doc_ids))
    removed = remove_articles(outputs.graph, wanted)
    gone = set(removed)
    kept = [line for line in outputs.lines if line_doc(line) not in gone]
    files: tuple[Path, ...] = ()
    if removed:
        check_writable(out)
        files = write_outputs(out, outputs.graph, kept)
    return RemoveResult(files=files, removed=removed,
                        missing=tuple(doc for doc in wanted if doc not in removed),
                        statements=len(outputs.lines) - len(kept), graph=outputs.graph)


def query(graph: Graph | str | Path, sparql: str | None = None, fmt: str = "table", *,
          preset: str | None = None, params: Mapping[str, str] | None = None) -> QueryOutput:
    """Run SPARQL over a graph (or a graph file, or a folder of graph files) and format the result.

    Give the query text, or the name of a preset (``presets()``) with its ``params``
    (values are IRIs or exact labels, bound as RDF terms, never pasted into the query).

    >>> print(query("output/graph.ttl", "ASK { ?s ?p ?o }").text)   # doctest: +SKIP
    true
    >>> query("output/", preset="actor-profile", params={"actor": "Kim Jong-un"})  # doctest: +SKIP
    """
    if (sparql is None) == (preset is None):
        raise ValueError("give either the query text or a preset name")
    if not isinstance(graph, Graph):
        graph = load_graph(graph)
    if preset is not None:
        return format_result(run_preset(graph, preset, params), fmt)
    if params:
        raise ValueError("params are for presets; bind variables of your own query with VALUES")
    return format_result(run_query(graph, sparql), fmt)


def presets() -> list[Preset]:
    """The SPARQL presets shipped with kg (``kg/queries/*.rq``): name, description, parameters, text."""
    return [data.preset(name) for name in data.preset_names()]


def export(graph: Graph | str | Path, fmt: str) -> bytes:
    """The graph serialized as ``ttl``, ``nt``, ``nq``, ``trig``, ``jsonld`` or ``xml``; ``nq``
    and ``trig`` hold one named graph per article (``kg.rdf.quads``)."""
    if not isinstance(graph, Graph):
        graph = load_graph(graph)
    return serialize(graph, fmt)


def validate(graph: Graph | str | Path) -> tuple[bool, str]:
    """Whether a graph (file, folder) conforms to the SHACL shapes ``ontologies/shapes.ttl``,
    and the validation report as text (see ``kg.shapes.validate``)."""
    from .shapes import validate as shacl_validate

    return shacl_validate(graph)


def view(graph: Graph | str | Path, out_file: str | Path | None = None,
         title: str = "kg actor graph", top: int | None = DEFAULT_TOP) -> str:
    """The offline HTML actor graph of a graph (file); written to ``out_file`` when given.

    The page shows the ``top`` actors with the most statements (all when None) and the
    statements between them; its header says how many actors are hidden, if any.
    Raises ``ValueError`` when ``top`` is less than 1.
    """
    if not isinstance(graph, Graph):
        graph = load_graph(graph)
    html = render_html(actor_graph(graph), title=title, top=top)
    if out_file is not None:
        write_atomic(out_file, html.encode("utf-8"))
    return html
