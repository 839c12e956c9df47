"""SPARQL: queries over a graph, with results in the W3C formats and a table for people."""

import json

import pytest
from rdflib import Literal

from kg.model import Actor, Predicate, Statement
from kg.query import QuerySyntaxError, format_result, run_query
from kg.rdf import graph_from_statements

KIM = Actor("https://w3id.org/kg-geo/id/person/kim-jong-un", "Kim Jong-un", "Person", "PRK")
USA = Actor("https://w3id.org/kg-geo/id/country/USA", "United States", "Country", "USA")
JPN = Actor("https://w3id.org/kg-geo/id/country/JPN", "Japan", "Country", "JPN")
SELECT = "SELECT ?label ?n WHERE { ?a rdfs:label ?label . OPTIONAL { ?a kg:iso3166Alpha3 ?n } } ORDER BY ?label"


@pytest.fixture(scope="module")
def graph():
    sentence = 'Kim said "stop", then\tleft.'
    return graph_from_statements([
        Statement("s1", "d", "2025-02-09", sentence, KIM, Predicate("blame", "blamed", "112", "Accuse"), USA,
                  start=0, end=len(sentence)),
        Statement("s2", "d", "2025-02-09", sentence, KIM, Predicate("blame", "blamed", "112", "Accuse"), JPN,
                  negated=True, start=0, end=len(sentence)),
    ])


def test_table_for_people(graph):
    assert format_result(run_query(graph, SELECT), "table").text == (
        "label         | n\n"
        "--------------+----\n"
        "Japan         | JPN\n"
        "Kim Jong-un   |\n"
        "United States | USA\n"
        "(3 rows)\n")


def test_csv_is_w3c_csv(graph):
    text = format_result(run_query(graph, "SELECT ?t WHERE { ?s kg:sentence ?t } LIMIT 1"), "csv").text
    assert text == 't\r\n"Kim said ""stop"", then\tleft."\r\n'


def test_tsv_uses_turtle_terms(graph):
    text = format_result(run_query(graph, "SELECT ?a ?t ?o WHERE { ?s kg:subject ?a ; kg:sentence ?t ; "
                                          "kg:startOffset ?o } LIMIT 1"), "tsv").text
    assert text == ('?a\t?t\t?o\n<https://w3id.org/kg-geo/id/person/kim-jong-un>\t'
                    '"Kim said \\"stop\\", then\\tleft."\t"0"^^<http://www.w3.org/2001/XMLSchema#integer>\n')


def test_json_is_w3c_json(graph):
    value = json.loads(format_result(run_query(graph, "SELECT ?a ?n WHERE { ?a kg:iso3166Alpha3 ?n } "
                                                      "ORDER BY ?n"), "json").text)
    assert value == {"head": {"vars": ["a", "n"]}, "results": {"bindings": [
        {"a": {"type": "uri", "value": JPN.id}, "n": {"type": "literal", "value": "JPN"}},
        {"a": {"type": "uri", "value": USA.id}, "n": {"type": "literal", "value": "USA"}},
    ]}}


def test_xml_is_w3c_xml(graph):
    text = format_result(run_query(graph, "SELECT ?n WHERE { ?a kg:iso3166Alpha3 ?n } ORDER BY ?n"), "xml").text
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"')
    assert text.count("<literal>") == 2


def test_ask_and_construct(graph):
    assert format_result(run_query(graph, "ASK { ?a rel:accuse ?b }"), "table").text == "true\n"
    assert format_result(run_query(graph, "ASK { ?a rel:accuse ?b }"), "json").text == \
        '{"head": {}, "boolean": true}\n'
    output = format_result(run_query(graph, "CONSTRUCT { ?a rel:accuse ?b } WHERE { ?a rel:accuse ?b }"))
    assert output.kind == "CONSTRUCT" and output.rows == 1
    assert "person:kim-jong-un rel:accuse country:USA ." in output.text


def test_bindings_are_rdf_terms_not_text(graph):
    result = run_query(graph, "SELECT ?a WHERE { ?a rdfs:label ?label }",
                       bindings={"label": Literal('Japan" } ; DROP ALL ; #')})
    assert list(result) == []


def test_syntax_error_points_at_the_position(graph):
    with pytest.raises(QuerySyntaxError) as error:
        run_query(graph, "SELECT ?a WHERE {\n  ?a rdfs:label \n")
    assert str(error.value).startswith("SPARQL syntax error at line 2, column")
