"""How fast kg writes a large graph: rdflib, rdflib on Oxigraph (oxrdflib) and pyoxigraph.

Not a test. Generates a synthetic statement list (people, states and organisations
doing CAMEO-typed things to each other, about 17 triples per statement), builds the
rdflib graph with the functions ``kg build`` uses (``kg.rdf.graph_from_statements``)
and times, in one run:

- building the rdflib graph;
- Turtle with rdflib (``Graph.serialize(format="turtle")``, the small-graph path of
  ``kg.rdf.serialize``);
- Turtle with oxrdflib's ``ox-turtle`` serializer, on the rdflib graph itself and on
  a copy of it in an Oxigraph-backed store (``Graph(store="Oxigraph")``; the copy is
  timed apart, and counted in one more row);
- Turtle with pyoxigraph directly (each term converted to a pyoxigraph term, then
  ``pyoxigraph.serialize``);
- ``kg.rdf.serialize(graph, "ttl")``, which above ``kg.rdf.LARGE_GRAPH`` triples hands
  pyoxigraph sorted N-Quads text to parse and write as Turtle (byte-stable output).

Each output is parsed back by pyoxigraph and its triple count checked. Run::

    .venv/bin/python benchmarks/rdf_scale.py            # >= 500,000 triples
    .venv/bin/python benchmarks/rdf_scale.py --statements 5000
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyoxigraph as ox  # noqa: E402
from rdflib import BNode, Graph, URIRef  # noqa: E402

from kg import data  # noqa: E402
from kg.model import Actor, Article, Predicate, Statement  # noqa: E402
from kg.rdf import LARGE_GRAPH, PREFIXES, graph_from_statements, serialize  # noqa: E402

ID = "https://w3id.org/kg-geo/id/"


def synthetic(statements: int, seed: int = 7) -> tuple[list[Statement], list[Article]]:
    """``statements`` statements over 2,000 articles and about 3,000 actors, reproducibly."""
    rng = random.Random(seed)
    countries = [entry.iso3 for entry in data.countries()]
    actors = [Actor(f"{ID}country/{iso}", f"Country {iso}", "Country", iso) for iso in countries]
    actors += [Actor(f"{ID}person/person-{n}", f"Person {n}", "Person", rng.choice(countries)) for n in range(2500)]
    actors += [Actor(f"{ID}organization/org-{n}", f"Organization {n}", "Organization",
                     rng.choice(countries + [None])) for n in range(300)]
    codes = [(code, entry.label) for code, entry in data.cameo_codes().items()]
    articles = [Article(f"doc-{n:05d}", "", date=f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}", source="Agency")
                for n in range(2000)]
    result = []
    for n in range(statements):
        article = articles[n % len(articles)]
        subject, obj = rng.sample(actors, 2)
        code, label = rng.choice(codes)
        sentence = f"Sentence {n}: {subject.label} acted ({label}) towards {obj.label}."
        start = rng.randrange(0, 5000)
        result.append(Statement(
            id=f"{n:016x}", doc=article.doc_id, date=article.date, sentence=sentence, subject=subject,
            predicate=Predicate(label.split()[0].lower(), label.lower(), code, label), object=obj,
            negated=rng.random() < 0.05, attributed_to=rng.choice(actors) if rng.random() < 0.2 else None,
            confidence=round(rng.uniform(0.3, 0.95), 2), start=start, end=start + len(sentence)))
    return result, articles


def timed(label: str, function):
    gc.collect()
    started = time.perf_counter()
    value = function()
    seconds = time.perf_counter() - started
    print(f"  {label}: {seconds:.2f} s", file=sys.stderr)
    return value, seconds


def count(turtle: bytes) -> int:
    return sum(1 for _ in ox.parse(turtle, format=ox.RdfFormat.TURTLE))


def pyoxigraph_term(term):
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)


def pyoxigraph_turtle(graph: Graph) -> bytes:
    """Turtle by pyoxigraph from the rdflib graph: terms converted (once each), triples in the
    order rdflib gives them."""
    cache: dict = {}

    def convert(term):
        if term not in cache:
            cache[term] = pyoxigraph_term(term)
        return cache[term]

    triples = [ox.Triple(convert(s), convert(p), convert(o)) for s, p, o in graph]
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE,
                        prefixes={prefix: str(namespace) for prefix, namespace in PREFIXES.items()})


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=32_000,
                        help="synthetic statements to generate (default: 32,000, over 500,000 triples)")
    args = parser.parse_args(argv)

    statements, articles = synthetic(args.statements)
    print(f"{len(statements)} statements", file=sys.stderr)
    graph, build_seconds = timed("rdflib graph build", lambda: graph_from_statements(statements, articles))
    triples = len(graph)
    print(f"{triples} triples", file=sys.stderr)
    if triples <= LARGE_GRAPH:
        print(f"note: {triples} triples is not above kg.rdf.LARGE_GRAPH ({LARGE_GRAPH}); "
              "kg.rdf.serialize takes the rdflib path", file=sys.stderr)

    def oxrdflib_store() -> Graph:
        store = Graph(store="Oxigraph")
        for prefix, namespace in PREFIXES.items():
            store.bind(prefix, namespace)
        store.addN((s, p, o, store) for s, p, o in graph)
        return store

    oxgraph, copy_seconds = timed("copy into the oxrdflib store", oxrdflib_store)
    rows = []
    for label, function in [
        ("rdflib `turtle`", lambda: graph.serialize(format="turtle", encoding="utf-8")),
        ("rdflib `ox-turtle` (oxrdflib's serializer, rdflib's memory store)",
         lambda: graph.serialize(format="ox-turtle", encoding="utf-8")),
        ("rdflib `ox-turtle` on the Oxigraph store (oxrdflib), copy not counted",
         lambda: oxgraph.serialize(format="ox-turtle", encoding="utf-8")),
        ("pyoxigraph `serialize`", lambda: pyoxigraph_turtle(graph)),
        ("`kg.rdf.serialize(graph, \"ttl\")` (N-Quads text to pyoxigraph, sorted)",
         lambda: serialize(graph, "ttl")),
    ]:
        output, seconds = timed(label, function)
        parsed = count(output)
        assert parsed == triples, f"{label}: {parsed} triples written, {triples} expected"
        rows.append((label, seconds, len(output)))
        if "copy not counted" in label:
            rows.append(("the same, copy into the Oxigraph store counted", seconds + copy_seconds, len(output)))

    reference = next(seconds for label, seconds, _ in rows if label.startswith("pyoxigraph"))
    print(f"\n{triples:,} triples ({len(statements):,} statements); rdflib graph build {build_seconds:.1f} s "
          f"({triples / build_seconds:,.0f} triples/s); copy into the Oxigraph store {copy_seconds:.1f} s\n")
    print("| Turtle writer (from the rdflib graph) | seconds | triples/s | time / pyoxigraph |")
    print("| --- | ---: | ---: | ---: |")
    for label, seconds, _ in rows:
        print(f"| {label} | {seconds:.2f} | {triples / seconds:,.0f} | {seconds / reference:.2f} |")


if __name__ == "__main__":
    main()
