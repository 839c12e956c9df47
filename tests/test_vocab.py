"""The closed kg: namespace lists exactly the terms ontologies/kg.ttl defines."""

import pytest
from rdflib import Graph, URIRef

from kg.vocab import KG

from .conftest import ROOT

NAMESPACE = "https://w3id.org/kg-geo/ontology#"


def test_terms_are_those_of_the_ontology():
    ontology = Graph().parse(ROOT / "ontologies" / "kg.ttl", format="turtle")
    defined = {term for term in ontology.subjects() if isinstance(term, URIRef) and str(term).startswith(NAMESPACE)}
    assert set(dir(KG)) == defined
    assert len(defined) == 24


def test_a_misspelt_term_raises():
    assert KG.Statement == URIRef(NAMESPACE + "Statement")
    assert KG["Person"] == URIRef(NAMESPACE + "Person")
    with pytest.raises(AttributeError, match="misspelt"):
        KG.misspelt
    with pytest.raises(AttributeError):
        KG["Persn"]


def test_rdf_module_uses_the_closed_namespace():
    from kg.rdf import KG as rdf_kg

    assert rdf_kg is KG
