"""Projection: walking the statement nodes gives exactly what the SPARQL it replaced gave."""

from collections import defaultdict

from rdflib import Literal, URIRef

from kg.model import Actor, Predicate, Statement
from kg.project import actor_graph
from kg.query import run_query
from kg.rdf import graph_from_statements
from kg.vocab import KG

from .test_view import FILTER_STATEMENTS, hostile_graph

#: The projection's former query, kept here as the reference the direct walk must match.
REFERENCE = """
SELECT ?statement ?subject ?subjectLabel ?subjectType ?object ?objectLabel ?objectType
       ?lemma ?code ?sentence ?date ?article ?negated ?attributedTo
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


def reference_rows(graph):
    """(subject, object, code, lemma, negated) -> sorted statement tuples, and node statement counts."""
    edges, counts = defaultdict(list), defaultdict(int)
    for row in run_query(graph, REFERENCE):
        counts[str(row.subject)] += 1
        counts[str(row.object)] += 1
        edges[(str(row.subject), str(row.object), str(row.code) if row.code else None, str(row.lemma),
               bool(row.negated.toPython()))].append(
            (str(row.statement), str(row.sentence), str(row.date) if row.date else None,
             str(row.article).rsplit("/", 1)[-1], str(row.attributedTo) if row.attributedTo else None))
    return {key: sorted(value) for key, value in edges.items()}, dict(counts)


def walked_rows(graph):
    projection = actor_graph(graph)
    edges = {(s, o, attrs["code"], attrs["lemma"], attrs["negated"]):
             sorted((st["statement"], st["sentence"], st["date"], st["article"], st["attributed_to"])
                    for st in attrs["statements"])
             for s, o, attrs in projection.edges(data=True)}
    return edges, {node: attrs["statements"] for node, attrs in projection.nodes(data=True)}


def odd_graph():
    """Negated and unattributed statements, no date, no CAMEO code, an actor with both a state
    link and an ISO code, and a statement whose subject has no label (left out)."""
    iran = Actor("https://w3id.org/kg-geo/id/country/IRN", "Iran", "Country", "IRN")
    envoy = Actor("https://w3id.org/kg-geo/id/person/envoy", "Envoy", "Person", "IRN")
    graph = graph_from_statements([
        Statement("o1", "d1", None, "Iran did not condemn the envoy.", iran,
                  Predicate("condemn", "did not condemn", "111", "Criticize"), envoy, negated=True),
        Statement("o2", "d2", "2025-05-05", "The envoy met Iran.", envoy,
                  Predicate("meet", "met", None, None), iran, confidence=0.7),
    ])
    graph.add((URIRef(envoy.id), KG.iso3166Alpha3, Literal("IRN")))
    for triple in graph_from_statements([Statement(
            "o3", "d3", None, "Nobody spoke.", Actor("https://w3id.org/kg-geo/id/person/nolabel", "x", "Person"),
            Predicate("speak", "spoke"), iran)]):
        graph.add(triple)
    graph.remove((URIRef("https://w3id.org/kg-geo/id/person/nolabel"), None, None))
    return graph


def test_the_walk_matches_the_sparql_reference(seed_build):
    result, _ = seed_build
    for graph in (result.graph, hostile_graph(), graph_from_statements(FILTER_STATEMENTS), odd_graph()):
        assert walked_rows(graph) == reference_rows(graph)


def test_countries_come_from_the_state_link_or_the_iso_code():
    projection = actor_graph(odd_graph())
    assert {attrs["label"]: attrs["country"] for _, attrs in projection.nodes(data=True)} == {
        "Iran": "IRN", "Envoy": "IRN"}
    assert len(projection.edges) == 2  # the statement of the unlabelled actor is left out
