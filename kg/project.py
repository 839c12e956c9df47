"""Projection: the actor graph (networkx) derived from the RDF graph.

Nodes are actors; each edge aggregates the statements from one actor to
another with the same event type and negation, carrying the statements
themselves for the HTML view. The projection reads only the RDF graph, so
``kg view`` works on any graph file the project wrote. It walks the graph's
statement nodes directly rather than through SPARQL (see ``_statement_rows``).
"""

from __future__ import annotations

from collections import defaultdict
from itertools import product

import networkx as nx
from rdflib import RDF, RDFS, Graph
from rdflib.namespace import DCTERMS, PROV

from . import data
from .rdf import CAMEO
from .vocab import KG

_KG = str(KG)


def _local(iri) -> str:
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _actor_countries(graph: Graph) -> dict[str, str]:
    """Actor IRI -> its ISO code: the last segment of its ``kg:country`` link, or its own
    ``kg:iso3166Alpha3`` (which wins when an actor has both)."""
    countries = {str(actor): str(country).partition("/country/")[2]
                 for actor, country in graph.subject_objects(KG.country)}
    countries.update((str(actor), str(code)) for actor, code in graph.subject_objects(KG.iso3166Alpha3))
    return countries


def _actor_descriptions(graph: Graph, actor) -> list[tuple]:
    """(label, type) of every label and project type (``kg:``) ``actor`` has."""
    types = [kind for kind in graph.objects(actor, RDF.type) if str(kind).startswith(_KG)]
    return list(product(graph.objects(actor, RDFS.label), types))


def _statement_rows(graph: Graph):
    """One row per statement node and combination of its values, as a SPARQL basic graph
    pattern would give: the required links must all be there (a statement missing one is left
    out), the event type, date and attribution may be missing (``None``).

    Walking the graph's indexes directly is many times faster than rdflib's SPARQL engine on
    thousands of statements.
    """
    for statement in sorted(set(graph.subjects(RDF.type, KG.Statement))):
        def values(predicate, optional=False):
            found = list(graph.objects(statement, predicate))
            return found or ([None] if optional else [])

        subjects = [(node, label, kind) for node in values(KG.subject)
                    for label, kind in _actor_descriptions(graph, node)]
        objects = [(node, label, kind) for node in values(KG.object)
                   for label, kind in _actor_descriptions(graph, node)]
        sources = [label for node in graph.objects(statement, KG.attributedTo)
                   for label in graph.objects(node, RDFS.label)] or [None]
        yield from product([statement], subjects, objects, values(KG.predicateLemma),
                           values(KG.predicateText), values(KG.sentence), values(KG.negated),
                           values(PROV.wasDerivedFrom), values(KG.eventType, optional=True),
                           values(DCTERMS.date, optional=True), sources)


def actor_graph(graph: Graph) -> nx.MultiDiGraph:
    """Actors as nodes and aggregated statements as edges.

    Node attributes: ``label``, ``type``, ``country``, ``statements`` (how many
    statements the actor takes part in). Edge key ``(code, lemma, negated)``;
    edge attributes: ``lemma``, ``code``, ``label``, ``quad``, ``negated``,
    ``count`` and ``statements`` (dicts with sentence, date, article, attribution).
    """
    countries = _actor_countries(graph)
    codes = data.cameo_codes()
    projection = nx.MultiDiGraph()
    edges: dict[tuple, list[dict]] = defaultdict(list)
    for row in _statement_rows(graph):
        statement, subject, obj, lemma, text, sentence, negated, article, event, date, source = row
        for iri, label, kind in (subject, obj):
            node = str(iri)
            if node not in projection:
                projection.add_node(node, label=str(label), type=_local(kind),
                                    country=countries.get(node), statements=0)
            projection.nodes[node]["statements"] += 1
        code = str(event).partition(str(CAMEO))[2] or None if event is not None else None
        edges[(str(subject[0]), str(obj[0]), code, str(lemma), bool(negated.toPython()))].append({
            "statement": str(statement),
            "predicate": str(text),
            "sentence": str(sentence),
            "date": str(date) if date else None,
            "article": _local(article),
            "attributed_to": str(source) if source else None,
        })
    for (source, target, code, lemma, negated), statements in sorted(edges.items(), key=_edge_order):
        entry = codes.get(code) if code else None
        statements.sort(key=lambda s: (s["date"] or "", s["article"], s["statement"]))
        projection.add_edge(source, target, key=(code or "", lemma, negated), lemma=lemma, code=code,
                            label=entry.label if entry else None,
                            quad=entry.quad if entry else None,
                            goldstein=entry.goldstein if entry else None,
                            negated=negated, count=len(statements), statements=statements)
    return projection


def _edge_order(item) -> tuple:
    (source, target, code, lemma, negated), _ = item
    return (source, target, code or "", lemma, negated)
