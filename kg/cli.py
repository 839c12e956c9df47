"""The ``kg`` command: parses arguments and calls the library (``kg.pipeline``).

Exit codes: 0 done; 1 done, but some inputs were skipped (each named on
standard error); 2 nothing done (bad arguments, no readable input, a missing
spaCy pipeline, an unwritable output, an invalid graph or query).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from . import __version__, data
from .files import write_atomic
from .parse import DEFAULT_MODEL, MODEL_ENV, ModelNotFoundError
from .query import RESULT_FORMATS, QuerySyntaxError
from .rdf import FORMATS
from .view import DEFAULT_TOP
from .workers import CHUNK_ARTICLES

EXIT_OK, EXIT_SKIPPED, EXIT_FAILED = 0, 1, 2

_EPILOG = """exit codes: 0 done; 1 done, but some inputs were skipped (named on stderr);
2 nothing done (bad arguments, no readable input, missing spaCy pipeline,
unwritable output, invalid graph or query)."""


class _Failure(Exception):
    """A fatal error: its message is printed as one line and the exit code is 2."""


def _run_arguments(parser: argparse.ArgumentParser) -> None:
    """--jobs and --quiet, for the commands that parse articles."""
    parser.add_argument("--jobs", type=int, default=1, metavar="N",
                        help="worker processes (default 1): each loads the spaCy pipeline once "
                             "and cleans, parses and extracts its share of the articles, in "
                             f"chunks of {CHUNK_ARTICLES}; output is the same for any N; use up "
                             "to one per CPU core, worth it from a few hundred articles")
    parser.add_argument("--quiet", action="store_true",
                        help="no progress line (articles, statements, rate, time left); it shows "
                             "only when standard error is a terminal anyway")


def _model_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", metavar="NAME",
                        help=f"installed spaCy pipeline to use (default: ${MODEL_ENV} or {DEFAULT_MODEL})")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _top_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--top", type=_positive, default=DEFAULT_TOP, metavar="N",
                        help=f"the HTML page shows the N actors with the most statements and the "
                             f"statements between them; the page says how many are hidden "
                             f"(default: {DEFAULT_TOP})")


def _remote_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", metavar="NAME",
                        help="HTTP basic auth user (default: $KG_USER); the password is read from $KG_PASSWORD")
    parser.add_argument("--token", metavar="TOKEN", help="HTTP bearer token (default: $KG_TOKEN)")
    parser.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS",
                        help="seconds to wait for each answer (default: 60); connection errors and 5xx "
                             "answers are tried 3 times")


def _auth(args):
    from .endpoint import Auth

    try:
        return Auth.from_options(args.user, args.token)
    except ValueError as error:
        raise _Failure(str(error)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Build a knowledge graph of geopolitical statements (who did or said what "
                    "to whom) from news articles, with provenance, as RDF, JSON Lines and HTML.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    inputs_help = ("article files or folders (.txt with an optional ' date YYYY-MM-DD' header; "
                   ".json/.jsonl records with 'text' and optional id, title, date, url, source)")
    build = commands.add_parser(
        "build", help="build graph.ttl, statements.jsonl and graph.html from articles",
        description="Read articles and write DIR/graph.ttl (RDF, Turtle), DIR/statements.jsonl "
                    "(one statement record per line) and DIR/graph.html (offline actor graph). "
                    "The same input gives the same bytes. With --update the articles are added to "
                    "the build already in DIR; an article whose id is already there replaces it.",
        epilog=_EPILOG)
    build.add_argument("inputs", nargs="+", metavar="INPUT", help=inputs_help)
    build.add_argument("-o", "--output", default="output", metavar="DIR",
                       help="output folder (default: output/)")
    build.add_argument("--update", action="store_true",
                       help="add the articles to DIR/graph.ttl and DIR/statements.jsonl instead of "
                            "starting anew; an article id already there is replaced (its earlier "
                            "statements removed first); building the same article again changes nothing")
    _top_argument(build)
    _model_argument(build)
    _run_arguments(build)

    remove = commands.add_parser(
        "remove", help="remove articles from a build",
        description="Remove articles from the build in DIR: their statements, their article nodes, and "
                    "the actors no other statement mentions; rewrites DIR/graph.ttl, "
                    "DIR/statements.jsonl and DIR/graph.html. DOC_ID is the document id (the file "
                    "name without extension, or the record's id).", epilog=_EPILOG)
    remove.add_argument("doc_ids", nargs="+", metavar="DOC_ID", help="document id of an article to remove")
    remove.add_argument("-o", "--output", default="output", metavar="DIR",
                        help="output folder of the build (default: output/)")

    extract = commands.add_parser(
        "extract", help="print statement records as JSON Lines",
        description="Read articles and print one statement record (JSON) per line on standard output.",
        epilog=_EPILOG)
    extract.add_argument("inputs", nargs="+", metavar="INPUT", help=inputs_help)
    _model_argument(extract)
    _run_arguments(extract)

    query = commands.add_parser(
        "query", help="run SPARQL 1.1 over a graph file or folder",
        description="Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) over a graph file, or "
                    "over the union of every graph file in a folder, or at a SPARQL endpoint "
                    "(--endpoint URL, with --user/$KG_USER and $KG_PASSWORD or --token/$KG_TOKEN). "
                    "Prefixes kg:, rel:, cameo:, rdfs:, dcterms:, prov:, skos: ... are predeclared. "
                    "csv, tsv, json and xml follow the W3C SPARQL 1.1 result formats; CONSTRUCT "
                    "and DESCRIBE print Turtle.", epilog=_EPILOG)
    query.add_argument("graph", metavar="GRAPH", nargs="?",
                       help="graph file (.ttl, .nt, .nq, .trig, .jsonld, .rdf), or a folder: the union "
                            "of the graph files in it and its subfolders (left out with --endpoint)")
    source = query.add_mutually_exclusive_group()
    source.add_argument("sparql", nargs="?", metavar="QUERY", help="the query text")
    source.add_argument("--file", metavar="F.rq", help="read the query from a file")
    source.add_argument("--preset", metavar="NAME",
                        help="run a shipped query ('--preset list' lists them with their parameters)")
    query.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                       help="a preset parameter, such as actor=Kim Jong-un: VALUE is an IRI "
                            "(https://...) or an exact rdfs:label, bound as an RDF term (repeatable)")
    query.add_argument("--format", choices=RESULT_FORMATS, default="table",
                       help="result format (default: table)")
    query.add_argument("--endpoint", metavar="URL",
                       help="run the query at this SPARQL endpoint instead of over GRAPH (Oxigraph: "
                            "http://HOST:PORT/query; Fuseki: http://HOST:3030/DATASET/query)")
    _remote_arguments(query)

    push = commands.add_parser(
        "push", help="send a graph to a triple store (Graph Store Protocol or SPARQL Update)",
        description="Send a graph to a triple store, one named graph per article (the IRIs of "
                    "'kg export --format nq'), actors and CAMEO event types to the default graph. "
                    "Each graph is replaced (PUT, then POST for chunks after the first), so pushing "
                    "again leaves the store as after the first push. Afterwards the triples of each "
                    "pushed graph are counted in the store with SPARQL; exit code 1 when a count "
                    "differs from what was sent. Basic auth: --user or $KG_USER with $KG_PASSWORD; "
                    "bearer token: --token or $KG_TOKEN.", epilog=_EPILOG)
    push.add_argument("graph", metavar="GRAPH", help="graph file or folder, as for kg query")
    push.add_argument("url", metavar="URL", nargs="?",
                      help="Graph Store Protocol endpoint (Oxigraph: http://HOST:PORT/store; Fuseki: "
                           "http://HOST:3030/DATASET/data)")
    push.add_argument("--update-endpoint", metavar="URL",
                      help="use this SPARQL 1.1 Update endpoint instead of URL (DROP SILENT GRAPH, then "
                           "INSERT DATA in chunks), for stores without the Graph Store Protocol")
    push.add_argument("--query-endpoint", metavar="URL",
                      help="SPARQL endpoint to count the stored triples with (default: derived from the "
                           "URL, .../store, .../data or .../update -> .../query)")
    push.add_argument("--graph", dest="into", metavar="IRI",
                      help="put every triple in this one named graph instead of one graph per article")
    push.add_argument("--chunk-size", type=int, default=50_000, metavar="N",
                      help="triples per request; a larger graph is sent as one PUT and POSTs (default: 50000)")
    push.add_argument("--no-verify", action="store_true", help="do not count the stored triples afterwards")
    push.add_argument("--quiet", action="store_true", help="no progress line on standard error")
    _remote_arguments(push)

    export = commands.add_parser(
        "export", help="convert a graph file to another RDF format",
        description="Write a graph file as Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML. "
                    "N-Quads and TriG hold one named graph per article (<.../id/graph/DOC>: its "
                    "statements, their plain triples and the article node); actors and CAMEO event "
                    "types are in the default graph.", epilog=_EPILOG)
    export.add_argument("graph", metavar="GRAPH", help="graph file")
    export.add_argument("--format", required=True, choices=sorted(FORMATS),
                        help="output format (nq and trig: one named graph per article)")
    export.add_argument("-o", "--output", metavar="FILE", help="output file (default: standard output)")

    evaluate = commands.add_parser(
        "evaluate", help="precision and recall of the extractor on annotated articles",
        description="Score the extractor against hand-annotated items (JSON Lines: id, text, "
                    "statements with subject, object, cameo, negated, attributed_to; see "
                    "tests/devset/). A statement matches on subject, object, negation and CAMEO root. "
                    "With --predictions, score another system's statements or a second annotator's "
                    "the same way instead.",
        epilog=_EPILOG)
    evaluate.add_argument("gold", nargs="+", metavar="FILE.jsonl", help="annotated items")
    evaluate.add_argument("--errors", action="store_true", help="also list every missed and spurious statement")
    evaluate.add_argument("--predictions", metavar="FILE.jsonl",
                          help="score the statements in FILE (the same format, by item id; text optional) "
                               "instead of extracting: another system's output or a second annotation")
    _model_argument(evaluate)

    view = commands.add_parser(
        "view", help="write the HTML actor graph of a graph file",
        description="Write the interactive, offline HTML actor graph of a graph file.", epilog=_EPILOG)
    view.add_argument("graph", metavar="GRAPH", help="graph file")
    view.add_argument("-o", "--output", metavar="FILE.html",
                      help="output file (default: graph.html beside GRAPH)")
    _top_argument(view)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the ``kg`` command; returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except _Failure as failure:
        print(f"kg: error: {failure}", file=sys.stderr)
        return EXIT_FAILED
    except ModelNotFoundError as error:
        print(f"kg: error: {error}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenProcessPool:
        print("kg: error: a worker process stopped unexpectedly (out of memory?); "
              "try fewer --jobs", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader stopped early (`kg extract ... | head`): that is not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _report(problems) -> int:
    for problem in problems:
        print(f"kg: skipped {problem}", file=sys.stderr)
    return EXIT_SKIPPED if problems else EXIT_OK


def _run_build(args) -> int:
    from .pipeline import OutputError, build

    try:
        progress = _progress(args)
        try:
            result = build(args.inputs, args.output, model=args.model, update=args.update, top=args.top,
                           jobs=args.jobs, progress=progress)
        finally:
            progress.close()
    except OutputError as error:
        raise _Failure(str(error)) from None
    if not result.articles:
        _report(result.problems)
        raise _Failure("no article could be read; nothing was written")
    names = ", ".join(str(path) for path in result.files)
    replaced = f" ({len(result.replaced)} replaced)" if args.update else ""
    print(f"kg: {len(result.articles)} article(s){replaced}, {len(result.statements)} statement(s) -> {names}",
          file=sys.stderr)
    return _report(result.problems)


def _progress(args):
    from .progress import Progress

    if args.jobs < 1:
        raise _Failure(f"--jobs must be at least 1, not {args.jobs}")
    return Progress.for_terminal(quiet=args.quiet)


def _run_remove(args) -> int:
    from .pipeline import OutputError, remove

    try:
        result = remove(args.doc_ids, args.output)
    except OutputError as error:
        raise _Failure(str(error)) from None
    for doc_id in result.missing:
        print(f"kg: skipped {doc_id}: no such article in {Path(args.output) / 'graph.ttl'}", file=sys.stderr)
    if not result.removed:
        raise _Failure("no article was removed; nothing was written")
    names = ", ".join(str(path) for path in result.files)
    print(f"kg: removed {len(result.removed)} article(s), {result.statements} statement(s) -> {names}",
          file=sys.stderr)
    return EXIT_SKIPPED if result.missing else EXIT_OK


def _run_extract(args) -> int:
    from .pipeline import Extraction, iter_statements

    extraction = Extraction()
    out = sys.stdout
    progress = _progress(args)
    try:
        for statement in iter_statements(args.inputs, args.model, extraction, jobs=args.jobs, progress=progress):
            out.write(json.dumps(statement.to_record(), ensure_ascii=False) + "\n")
    finally:
        progress.close()
    out.flush()
    if not extraction.articles:
        _report(extraction.problems)
        raise _Failure("no article could be read")
    return _report(extraction.problems)


def _load(graph_path: str):
    from .rdf import load_graph

    try:
        return load_graph(graph_path)
    except (FileNotFoundError, ValueError) as error:
        raise _Failure(str(error)) from None


def _run_query(args) -> int:
    from .pipeline import presets, query

    if args.preset == "list":
        for preset in presets():
            print(f"{preset.name:16} {preset.description}")
            for parameter in preset.parameters:
                print(f"{'':16}   --param {parameter.name}=VALUE  {parameter.description}")
        return EXIT_OK
    params = {}
    for item in args.param:
        name, equals, value = item.partition("=")
        if not equals or not name:
            raise _Failure(f"--param {item!r}: expected NAME=VALUE")
        params[name.strip()] = value
    if params and not args.preset:
        raise _Failure("--param is for presets (--preset NAME)")
    if args.endpoint:
        return _run_remote_query(args, params)
    if args.graph is None or not (args.sparql or args.file or args.preset):
        raise _Failure("give GRAPH and one of QUERY, --file or --preset (or --endpoint URL instead of GRAPH)")
    if args.preset:
        try:
            data.preset(args.preset)
        except KeyError as error:
            raise _Failure(error.args[0]) from None
        graph = _load(args.graph)
        try:
            output = query(graph, preset=args.preset, params=params, fmt=args.format)
        except ValueError as error:
            raise _Failure(str(error)) from None
        sys.stdout.write(output.text)
        return EXIT_OK
    text = _query_text(args)
    graph = _load(args.graph)
    try:
        output = query(graph, text, args.format)
    except QuerySyntaxError as error:
        raise _Failure(str(error)) from None
    sys.stdout.write(output.text)
    return EXIT_OK


def _query_text(args) -> str:
    if args.file:
        try:
            return Path(args.file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise _Failure(f"{args.file}: cannot read query ({error})") from None
    return args.sparql


def _run_remote_query(args, params: dict) -> int:
    from .endpoint import EndpointError
    from .remote import remote_query

    if args.graph is not None and args.sparql is None and not (args.file or args.preset):
        args.sparql, args.graph = args.graph, None  # `kg query --endpoint URL 'SELECT ...'`
    if args.graph is not None:
        raise _Failure("give GRAPH or --endpoint URL, not both")
    if not (args.sparql or args.file or args.preset):
        raise _Failure("give one of QUERY, --file or --preset")
    try:
        if args.preset:
            data.preset(args.preset)
            output = remote_query(args.endpoint, preset=args.preset, params=params, fmt=args.format,
                                  auth=_auth(args), timeout=args.timeout)
        else:
            output = remote_query(args.endpoint, _query_text(args), args.format, auth=_auth(args),
                                  timeout=args.timeout)
    except KeyError as error:
        raise _Failure(error.args[0]) from None
    except (EndpointError, ValueError) as error:
        raise _Failure(str(error)) from None
    sys.stdout.write(output.text)
    return EXIT_OK


def _run_push(args) -> int:
    from .endpoint import EndpointError, public_url
    from .push import PushError, push

    if (args.url is None) == (args.update_endpoint is None):
        raise _Failure("give either URL (Graph Store Protocol) or --update-endpoint URL")
    if args.chunk_size < 1:
        raise _Failure(f"--chunk-size {args.chunk_size}: must be at least 1")
    auth = _auth(args)
    graph = _load(args.graph)
    show = not args.quiet and sys.stderr.isatty()

    def progress(step) -> None:
        print(f"\rkg: push {step.graphs_done}/{step.graphs} graph(s), {step.triples}/{step.total} triple(s)",
              end="", file=sys.stderr, flush=True)

    try:
        result = push(graph, args.url, update_endpoint=args.update_endpoint, query_endpoint=args.query_endpoint,
                      into=args.into, auth=auth, timeout=args.timeout, chunk_size=args.chunk_size,
                      verify=not args.no_verify, progress=progress if show else None)
    except (PushError, EndpointError) as error:
        raise _Failure(str(error)) from None
    finally:
        if show:
            print(file=sys.stderr)
    target = args.url or args.update_endpoint
    print(f"kg: pushed {result.triples} triple(s) in {len(result.sent)} graph(s) to {public_url(target)} "
          f"({result.requests} request(s))", file=sys.stderr)
    if not result.matches:
        for line in result.mismatches():
            print(f"kg: error: count differs: {line}", file=sys.stderr)
        return EXIT_SKIPPED
    return EXIT_OK


def _run_export(args) -> int:
    from .pipeline import export

    content = export(_load(args.graph), args.format)
    if args.output:
        try:
            write_atomic(args.output, content)
        except OSError as error:
            raise _Failure(f"{args.output}: cannot write ({error.strerror or error})") from None
    else:
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
    return EXIT_OK


def _run_view(args) -> int:
    from .pipeline import view

    graph_path = Path(args.graph)
    beside = graph_path / "graph.html" if graph_path.is_dir() else graph_path.with_name("graph.html")
    out = Path(args.output) if args.output else beside
    graph = _load(args.graph)
    try:
        view(graph, out, top=args.top)
    except OSError as error:
        raise _Failure(f"{out}: cannot write ({error.strerror or error})") from None
    print(f"kg: wrote {out}", file=sys.stderr)
    return EXIT_OK


def _run_evaluate(args) -> int:
    from .evaluate import evaluate, load_gold, load_predictions, score

    items = []
    for path in args.gold:
        try:
            items.extend(load_gold(path))
        except (OSError, ValueError, KeyError) as error:
            raise _Failure(f"{path}: not an annotated set ({type(error).__name__}: {error})") from None
    if args.predictions:
        try:
            report = score(items, load_predictions(args.predictions, items))
        except (OSError, ValueError, KeyError) as error:
            raise _Failure(f"{args.predictions}: not statements of these items ({type(error).__name__}: {error})"
                           ) from None
    else:
        report = evaluate(items, model=args.model)
    print(report.summary())
    if args.errors:
        for item_id, key in report.missed:
            print(f"missed   {item_id}: {' '.join(map(str, key))}")
        for item_id, key in report.spurious:
            print(f"spurious {item_id}: {' '.join(map(str, key))}")
    return EXIT_OK


_COMMANDS = {"build": _run_build, "remove": _run_remove, "extract": _run_extract, "query": _run_query,
             "export": _run_export, "view": _run_view, "evaluate": _run_evaluate, "push": _run_push}

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
