"""Projection: the actor graph (networkx) derived from the RDF graph.

Nodes are actors; each edge aggregates the statements from one actor to
another with the same event type and negation, carrying the statements
themselves for the HTML view. The projection reads only the RDF graph, so
``kg view`` works on any graph file the project wrote.
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx
from rdflib import Graph

from . import data
from .query import run_query

_STATEMENTS = """
SELECT ?statement ?subject ?subjectLabel ?subjectType ?object ?objectLabel ?objectType
       ?lemma ?text ?code ?sentence ?date ?article ?negated ?attributedTo
WHERE {
  ?statement a kg:Statement ;
             kg:subject ?subject ; kg:object ?object ;
             kg:predicateLemma ?lemma ; kg:predicateText ?text ;
             kg:sentence ?sentence ; kg:negated ?negated ;
             prov:wasDerivedFrom ?article .
  ?subject rdfs:label ?subjectLabel ; a ?subjectType .
  ?object rdfs:label ?objectLabel ; a ?objectType .
  FILTER(STRSTARTS(STR(?subjectType), STR(kg:)) && STRSTARTS(STR(?objectType), STR(kg:)))
  OPTIONAL { ?statement kg:eventType ?event . BIND(STRAFTER(STR(?event), STR(cameo:)) AS ?code) }
  OPTIONAL { ?statement dcterms:date ?date }
  OPTIONAL { ?statement kg:attributedTo/rdfs:label ?attributedTo }
}
"""
_ACTOR_COUNTRIES = """
SELECT ?actor ?country WHERE {
  { ?actor kg:country ?c . BIND(STRAFTER(STR(?c), "/country/") AS ?country) }
  UNION { ?actor kg:iso3166Alpha3 ?country }
}
"""


def _local(iri) -> str:
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def actor_graph(graph: Graph) -> nx.MultiDiGraph:
    """Actors as nodes and aggregated statements as edges.

    Node attributes: ``label``, ``type``, ``country``, ``statements`` (how many
    statements the actor takes part in). Edge key ``(code, lemma, negated)``;
    edge attributes: ``lemma``, ``code``, ``label``, ``quad``, ``negated``,
    ``count`` and ``statements`` (dicts with sentence, date, article, attribution).
    """
    countries = {str(row.actor): str(row.country) for row in run_query(graph, _ACTOR_COUNTRIES)}
    codes = data.cameo_codes()
    projection = nx.MultiDiGraph()
    edges: dict[tuple, list[dict]] = defaultdict(list)
    for row in run_query(graph, _STATEMENTS):
        for iri, label, kind in ((row.subject, row.subjectLabel, row.subjectType),
                                 (row.object, row.objectLabel, row.objectType)):
            node = str(iri)
            if node not in projection:
                projection.add_node(node, label=str(label), type=_local(kind),
                                    country=countries.get(node), statements=0)
            projection.nodes[node]["statements"] += 1
        code = str(row.code) if row.code else None
        negated = bool(row.negated.toPython())
        edges[(str(row.subject), str(row.object), code, str(row.lemma), negated)].append({
            "statement": str(row.statement),
            "predicate": str(row.text),
            "sentence": str(row.sentence),
            "date": str(row.date) if row.date else None,
            "article": _local(row.article),
            "attributed_to": str(row.attributedTo) if row.attributedTo else None,
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
