"""SHACL: the seed build is a valid kg graph; broken graphs are reported, naming the shape."""

from rdflib import RDF, Literal, URIRef

import kg
from kg.rdf import load_graph
from kg.shapes import shapes_graph, validate
from kg.vocab import KG

KIM = URIRef("https://w3id.org/kg-geo/id/person/kim-jong-un")


def some_statement(graph):
    return sorted(graph.subjects(RDF.type, KG.Statement))[0]


def test_seed_build_conforms(seed_build):
    result, out = seed_build
    assert validate(result.graph) == (True, "Validation Report\nConforms: True\n")
    assert kg.validate(out / "graph.ttl")[0] is True


def test_a_statement_without_its_sentence_does_not_conform(seed_build):
    graph = load_graph(seed_build[1] / "graph.ttl")
    node = some_statement(graph)
    graph.remove((node, KG.sentence, None))
    conforms, report = validate(graph)
    assert conforms is False
    assert "Results (1):" in report
    assert "Source Shape: kgsh:StatementSentenceShape" in report
    assert "MinCountConstraintComponent" in report
    assert f"Focus Node: statement:{str(node).rsplit('/', 1)[-1]}" in report


def test_an_untyped_subject_is_not_an_actor(seed_build):
    # Checked without RDFS inference: the rdfs:range of kg:subject must not make Kim an actor.
    graph = load_graph(seed_build[1] / "graph.ttl")
    graph.remove((KIM, RDF.type, None))
    conforms, report = validate(graph)
    assert conforms is False
    assert "Source Shape: kgsh:StatementSubjectShape" in report
    assert "ClassConstraintComponent" in report


def test_ranges_and_counts(seed_build):
    graph = load_graph(seed_build[1] / "graph.ttl")
    node = some_statement(graph)
    graph.set((node, KG.confidence, Literal("1.5", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal"))))
    graph.add((node, KG.negated, Literal(True)))
    graph.set((KIM, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal(3)))
    article = next(graph.subjects(RDF.type, KG.Article))
    graph.remove((article, URIRef("http://purl.org/dc/terms/identifier"), None))
    graph.remove((URIRef("https://w3id.org/kg-geo/cameo/112"), URIRef("http://www.w3.org/2004/02/skos/core#notation"), None))
    conforms, report = validate(graph)
    assert conforms is False
    for shape in ("StatementConfidenceShape", "StatementNegatedShape", "ActorLabelShape",
                  "ArticleIdentifierShape", "EventTypeNotationShape"):
        assert f"Source Shape: kgsh:{shape}" in report, shape


def test_the_validated_graph_is_not_changed(seed_build):
    graph = load_graph(seed_build[1] / "graph.ttl")
    size = len(graph)
    validate(graph)
    assert len(graph) == size
    assert len(shapes_graph()) > 100
