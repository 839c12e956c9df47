"""How fast ``kg push`` fills a triple store, against Oxigraph's own bulk loader.

Not a test. Generates a synthetic graph (the generator of ``benchmarks/rdf_scale.py``), writes
it as N-Quads (``kg.rdf.serialize(graph, "nq")``, one named graph per article), starts a local
``oxigraph serve`` with an empty store and times, each into a fresh store:

- ``kg.push.push(graph, "http://127.0.0.1:PORT/store")``: the library call behind ``kg push``
  (one PUT per named graph, POSTs for chunks, then the SPARQL count of every pushed graph);
- the same over SPARQL 1.1 Update (``update_endpoint=".../update"``, small graphs batched);
- ``oxigraph load --location DIR --file graph.nq``: the bulk loader, no server.

Run::

    .venv/bin/python benchmarks/push.py                   # >= 200,000 triples
    .venv/bin/python benchmarks/push.py --statements 2000
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from rdf_scale import synthetic  # noqa: E402

from kg.push import push  # noqa: E402
from kg.rdf import graph_from_statements, serialize  # noqa: E402
from tests.oxigraph_server import OXIGRAPH, OxigraphServer  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=14_000,
                        help="synthetic statements to generate (default: 14,000, over 200,000 triples)")
    args = parser.parse_args(argv)

    statements, articles = synthetic(args.statements)
    graph = graph_from_statements(statements, articles)
    triples = len(graph)
    print(f"{triples} triples, {len(statements)} statements, {len(articles)} articles", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="kg-push-bench-") as folder:
        folder = Path(folder)
        nquads = folder / "graph.nq"
        nquads.write_bytes(serialize(graph, "nq"))

        server = OxigraphServer(folder / "served").start()
        try:
            started = time.perf_counter()
            result = push(graph, server.store)
            push_seconds = time.perf_counter() - started
        finally:
            server.stop()
        assert result.matches and result.triples == triples, result.mismatches()

        server = OxigraphServer(folder / "updated").start()
        try:
            started = time.perf_counter()
            updated = push(graph, update_endpoint=server.update)
            update_seconds = time.perf_counter() - started
        finally:
            server.stop()
        assert updated.matches and updated.triples == triples, updated.mismatches()

        started = time.perf_counter()
        subprocess.run([OXIGRAPH, "load", "--location", str(folder / "loaded"), "--file", str(nquads)],
                       check=True, capture_output=True)
        load_seconds = time.perf_counter() - started

    print(f"{triples:,} triples in {len(result.sent):,} graphs; kg push made {result.requests:,} requests "
          f"(Graph Store Protocol), {updated.requests:,} (SPARQL Update)\n")
    print("| method | seconds | triples/s | time / oxigraph load |")
    print("| --- | ---: | ---: | ---: |")
    for label, seconds in [("`kg push` (library call, Graph Store Protocol, count included)", push_seconds),
                           ("`kg push --update-endpoint` (library call, SPARQL Update, count included)",
                            update_seconds),
                           ("`oxigraph load --location DIR --file graph.nq`", load_seconds)]:
        print(f"| {label} | {seconds:.2f} | {triples / seconds:,.0f} | {seconds / load_seconds:.2f} |")


if __name__ == "__main__":
    main()
