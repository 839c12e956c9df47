"""RDF: statement nodes with provenance, plain triples beside them, stable IRIs, safe literals."""

import subprocess
import shutil

import pyoxigraph
import pytest
from rdflib import RDF, Literal, URIRef
from rdflib.compare import isomorphic

from kg.model import Actor, Predicate, Statement
from kg.rdf import (CAMEO, FORMATS, KG, REL, article_iri, graph_from_statements, load_graph,
                    relation_iri, serialize)

KIM = Actor("https://w3id.org/kg-geo/id/person/kim-jong-un", "Kim Jong-un", "Person", "PRK")
USA = Actor("https://w3id.org/kg-geo/id/country/USA", "United States", "Country", "USA")
KCNA = Actor("https://w3id.org/kg-geo/id/organization/kcna", "Korean Central News Agency", "Organization", "PRK")
HOSTILE_TEXT = 'He said "no" \\ then\nleft <script>alert(1)</script> & 김정은 — 習近平 \'q\' """'


def statement(sentence="Kim blamed the US.", negated=False, sid="s1", subject=KIM):
    return Statement(id=sid, doc="doc/1 x", date="2025-02-09", sentence=sentence, subject=subject,
                     predicate=Predicate("blame", "blamed", "112", "Accuse"), object=USA,
                     negated=negated, attributed_to=KCNA, confidence=0.9, start=0, end=len(sentence))


def test_statement_node_links_everything():
    graph = graph_from_statements([statement()])
    node = URIRef("https://w3id.org/kg-geo/id/statement/s1")
    assert (node, RDF.type, KG.Statement) in graph
    assert graph.value(node, KG.subject) == URIRef(KIM.id)
    assert graph.value(node, KG.object) == URIRef(USA.id)
    assert graph.value(node, KG.eventType) == CAMEO["112"]
    assert str(graph.value(node, KG.sentence)) == "Kim blamed the US."
    assert graph.value(node, KG.negated).toPython() is False
    assert graph.value(node, KG.attributedTo) == URIRef(KCNA.id)
    assert graph.value(node, URIRef("http://www.w3.org/ns/prov#wasAttributedTo")) == URIRef(KCNA.id)
    assert graph.value(node, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")) == article_iri("doc/1 x")
    assert str(article_iri("doc/1 x")).endswith("/article/doc%2F1%20x")
    assert (URIRef(KIM.id), REL.accuse, URIRef(USA.id)) in graph
    assert graph.value(CAMEO["112"], KG.goldstein).toPython() == -2


def test_negated_statements_get_no_plain_triple():
    graph = graph_from_statements([statement(negated=True)])
    assert (URIRef(KIM.id), REL.accuse, URIRef(USA.id)) not in graph
    assert len(list(graph.subjects(RDF.type, KG.Statement))) == 1


def test_relation_names_come_from_cameo_labels():
    assert relation_iri("111", "condemn") == REL.criticizeOrDenounce
    assert relation_iri(None, "hold talk") == REL.holdTalk


def test_turtle_is_byte_stable_whatever_the_order():
    first = [statement(sid="a"), statement(sid="b", sentence="Other.")]
    assert serialize(graph_from_statements(first)) == serialize(graph_from_statements(first[::-1]))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_hostile_text_round_trips_through_every_format(tmp_path, fmt):
    hostile_actor = Actor("https://w3id.org/kg-geo/id/person/x", '"><b onmouseover=alert(1)>', "Person", None)
    graph = graph_from_statements([statement(sentence=HOSTILE_TEXT, subject=hostile_actor)])
    path = tmp_path / f"graph{FORMATS[fmt][1]}"
    path.write_bytes(serialize(graph, fmt))
    again = load_graph(path)
    assert isomorphic(graph, again)
    assert Literal(HOSTILE_TEXT) in set(again.objects(None, KG.sentence))


def test_seed_turtle_parses_in_independent_parsers(seed_build):
    _, out = seed_build
    path = out / "graph.ttl"
    rdflib_count = len(load_graph(path))
    oxigraph_count = len(list(pyoxigraph.parse(path.read_bytes(), format=pyoxigraph.RdfFormat.TURTLE,
                                               base_iri="https://w3id.org/kg-geo/")))
    assert rdflib_count == oxigraph_count > 100


@pytest.mark.skipif(shutil.which("rapper") is None, reason="rapper (raptor2-utils) is not installed")
def test_seed_turtle_parses_in_rapper(seed_build):
    _, out = seed_build
    run = subprocess.run(["rapper", "-i", "turtle", "-c", str(out / "graph.ttl")],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert f"returned {len(load_graph(out / 'graph.ttl'))} triples" in run.stderr


def test_invalid_graph_file_is_named(tmp_path):
    path = tmp_path / "bad.ttl"
    path.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.ttl: not valid turtle"):
        load_graph(path)
    with pytest.raises(FileNotFoundError, match="no such graph file"):
        load_graph(tmp_path / "missing.ttl")


def test_cameo_concept_scheme_file_is_current():
    from kg.rdf import cameo_scheme

    from .conftest import ROOT

    assert (ROOT / "ontologies" / "cameo.ttl").read_bytes() == serialize(cameo_scheme()), \
        "ontologies/cameo.ttl is stale: run `make ontologies`"
    scheme = cameo_scheme()
    assert len(set(scheme.subjects(RDF.type, URIRef("http://www.w3.org/2004/02/skos/core#Concept")))) == 311
    assert scheme.value(CAMEO["1121"], URIRef("http://www.w3.org/2004/02/skos/core#broader")) == CAMEO["112"]


@pytest.mark.parametrize("fmt", ["ttl", "nt"])
def test_large_graphs_are_written_by_pyoxigraph(monkeypatch, tmp_path, fmt):
    hostile_actor = Actor("https://w3id.org/kg-geo/id/person/x", '"><b onmouseover=alert(1)>', "Person", None)
    statements = [statement(sid="a"), statement(sid="b", sentence=HOSTILE_TEXT, subject=hostile_actor, negated=True)]
    graph = graph_from_statements(statements)
    small = serialize(graph, fmt)
    monkeypatch.setattr("kg.rdf.LARGE_GRAPH", 10)
    large = serialize(graph, fmt)
    assert large == serialize(graph_from_statements(statements[::-1]), fmt)   # byte-stable too
    if fmt == "ttl":   # the other writer: prefixes, triples sorted by subject, predicate, object
        assert large != small
        assert large.startswith(b"@prefix ") and b"\nstatement:a dcterms:date " in large
    else:              # sorted N-Triples, whoever writes them
        assert large == small
    path = tmp_path / f"graph{FORMATS[fmt][1]}"
    path.write_bytes(large)
    assert isomorphic(load_graph(path), graph)


def test_states_link_to_the_iso_based_country_authority():
    kosovo = Actor("https://w3id.org/kg-geo/id/country/XKX", "Kosovo", "Country", "XKX")
    graph = graph_from_statements([statement(), statement(sid="s2", subject=kosovo)])
    skos_exact = URIRef("http://www.w3.org/2004/02/skos/core#exactMatch")
    assert graph.value(URIRef(USA.id), skos_exact) == URIRef(
        "http://publications.europa.eu/resource/authority/country/USA")
    assert graph.value(URIRef(kosovo.id), skos_exact) is None
