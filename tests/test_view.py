"""View: the actor graph derived from RDF, rendered as one offline, safe HTML page."""

import re

from kg.model import Actor, Predicate, Statement
from kg.project import actor_graph
from kg.rdf import graph_from_statements
from kg.view import page_data, render_html

from .conftest import SEED_STATEMENTS

HOSTILE_SENTENCE = '"><img src=x onerror=alert(2)> </script><script>alert(3)</script>'
HOSTILE_ACTOR = Actor("https://w3id.org/kg-geo/id/person/x", "<script>alert(1)</script>", "Person", "USA")
USA = Actor("https://w3id.org/kg-geo/id/country/USA", "United States", "Country", "USA")


def hostile_graph():
    return graph_from_statements([Statement(
        "h1", "<b>doc</b>", "2025-01-01", HOSTILE_SENTENCE, HOSTILE_ACTOR,
        Predicate("blame", "blamed", "112", "Accuse"), USA,
        attributed_to=Actor("https://w3id.org/kg-geo/id/organization/i", "<i>KCNA</i>", "Organization"))])


def test_projection_of_the_seed(seed_build):
    result, _ = seed_build
    projection = actor_graph(result.graph)
    labels = sorted(attrs["label"] for _, attrs in projection.nodes(data=True))
    assert labels == sorted({s[0] for s in SEED_STATEMENTS} | {s[3] for s in SEED_STATEMENTS})
    kim_usa = [attrs for s, o, attrs in projection.edges(data=True)
               if attrs["lemma"] == "blame" and projection.nodes[o]["label"] == "United States"]
    assert [(e["count"], e["code"], e["quad"]) for e in kim_usa] == [(2, "112", "verbal_conflict")]
    assert sum(attrs["count"] for _, _, attrs in projection.edges(data=True)) == len(result.statements)


def test_page_is_self_contained(seed_build):
    result, _ = seed_build
    html = render_html(actor_graph(result.graph))
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//""", html)
    assert "@import" not in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert "vis.Network" in html


def test_hostile_text_never_becomes_markup():
    html = render_html(actor_graph(hostile_graph()))
    for fragment in ("<script>alert", "<img src=x", "</script><script>", "<i>KCNA", "<b>doc"):
        assert fragment not in html
    data = page_data(actor_graph(hostile_graph()))
    assert any(node["label"] == "<script>alert(1)</script>" for node in data.nodes)
    assert any(HOSTILE_SENTENCE in edge.get("title", "") for edge in data.edges)


def test_people_are_tied_to_their_state(seed_build):
    result, _ = seed_build
    data = page_data(actor_graph(result.graph))
    labels = {node["id"]: node["label"] for node in data.nodes}
    ties = sorted((labels[e["from"]], labels[e["to"]]) for e in data.edges if e["kind"] == "membership")
    assert ties == [("Donald Trump", "United States"), ("Kim Jong-un", "North Korea"),
                    ("Shigeru Ishiba", "Japan"),
                    ("Vladimir Putin", "Russia")]
