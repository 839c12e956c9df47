"""View: the actor graph derived from RDF, rendered as one offline, safe HTML page."""

import re

import pytest

import kg
from kg.model import Actor, Predicate, Statement
from kg.project import actor_graph
from kg.rdf import graph_from_statements
from kg.view import (LARGE_PAGE_EDGES, NETWORK_OPTIONS, PageData, hidden_note, network_options, page_data,
                     render_html, top_actors)

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
                    ("Shigeru Ishiba", "Japan")]


def actor(kind: str, n: int, country: str | None = None) -> Actor:
    slug = {"Person": "person", "Country": "country", "Organization": "organization", "Group": "group"}[kind]
    return Actor(f"https://w3id.org/kg-geo/id/{slug}/{slug}-{n}", f"{kind} {n}", kind, country)


JPN = Actor("https://w3id.org/kg-geo/id/country/JPN", "Japan", "Country", "JPN")
PERSON = actor("Person", 1, "USA")
ORG = actor("Organization", 2)
GROUP = actor("Group", 3)


def say(n: int, subject: Actor, code: str | None, obj: Actor, date: str | None) -> Statement:
    labels = {"112": "Accuse", "040": "Consult", "190": "Use conventional military force", None: None}
    return Statement(f"s{n}", f"doc{n}", date, f"Sentence {n}.", subject,
                     Predicate(f"verb{code}", f"verbed {code}", code, labels[code]), obj)


#: Five statement edges: two dated accusations, a January consultation, an undated
#: consultation and an uncoded statement; the person is tied to the United States.
FILTER_STATEMENTS = [
    say(1, PERSON, "112", JPN, "2025-01-10"),
    say(2, PERSON, "112", JPN, "2025-03-05"),   # same edge as 1: dates 2025-01-10 and 2025-03-05
    say(3, USA, "040", JPN, "2025-01-20"),
    say(4, ORG, "040", USA, None),
    say(5, GROUP, "190", USA, "2025-06-01"),
    say(6, GROUP, None, ORG, "2025-02-01"),
]


def filter_graph():
    return graph_from_statements(FILTER_STATEMENTS)


def test_page_data_carries_what_the_filters_read():
    data = page_data(actor_graph(filter_graph()))
    labels = {node["id"]: node["label"] for node in data.nodes}
    assert sorted((node["label"], node["actorType"], node["shape"]) for node in data.nodes) == [
        ("Group 3", "Group", "triangle"), ("Japan", "Country", "hexagon"),
        ("Organization 2", "Organization", "square"), ("Person 1", "Person", "dot"),
        ("United States", "Country", "hexagon")]
    edges = sorted((labels[e["from"]], labels[e["to"]], e["kind"], e.get("root"), e.get("dates"),
                    e.get("undated")) for e in data.edges)
    assert edges == [
        ("Group 3", "Organization 2", "statement", "", ["2025-02-01"], False),
        ("Group 3", "United States", "statement", "19", ["2025-06-01"], False),
        ("Organization 2", "United States", "statement", "04", [], True),
        ("Person 1", "Japan", "statement", "11", ["2025-01-10", "2025-03-05"], False),
        ("Person 1", "United States", "membership", None, None, None),
        ("United States", "Japan", "statement", "04", ["2025-01-20"], False),
    ]
    assert [(r.root, r.label, r.edges) for r in data.roots] == [
        ("04", "Consult", 2), ("11", "Disapprove", 1), ("19", "Fight", 1), ("", "No CAMEO code", 1)]
    assert (data.first_date, data.last_date) == ("2025-01-10", "2025-06-01")
    assert (data.actors, data.shown, data.hidden, data.statements, data.articles) == (5, 5, 0, 6, 6)


def test_filters_are_in_the_page():
    html = render_html(actor_graph(filter_graph()))
    assert html.count('class="root-filter"') == 4
    assert '<input type="checkbox" class="root-filter" value="11" checked>' in html
    assert '<input type="checkbox" class="root-filter" value="" checked>' in html
    assert html.count('class="type-filter"') == 4
    assert html.count('class="quad-filter"') == 5
    assert '<input type="date" id="date-from" value="2025-01-10" min="2025-01-10" max="2025-06-01">' in html
    assert '<input type="date" id="date-to" value="2025-06-01" min="2025-01-10" max="2025-06-01">' in html
    assert 'id="hidden-note"' not in html and "hidden" + " \u2014" not in html
    # The legend draws each actor type in the shape of its nodes.
    assert '<polygon points="13,7 10,12.2 4,12.2 1,7 4,1.8 10,1.8" fill="#4e79a7"/>' in html
    assert '<circle cx="7" cy="7" r="6" fill="#e15759"/>' in html
    assert '<rect x="1.5" y="1.5" width="11" height="11" fill="#76b7b2"/>' in html
    assert '<polygon points="7,1 13,12.5 1,12.5" fill="#b07aa1"/>' in html


def test_undated_graph_disables_the_date_filter():
    html = render_html(actor_graph(graph_from_statements([say(1, PERSON, "112", JPN, None)])))
    assert '<input type="date" id="date-from" value="" min="" max="" disabled>' in html


def ranked_graph(actors: int = 12):
    """Actor n (1..actors) takes part in n + 1 statements: n with the hub, one with the next
    actor. The hub ("Country HUB") takes part in the most."""
    hub = Actor("https://w3id.org/kg-geo/id/country/HUB", "Country HUB", "Country", None)
    cast = [actor("Organization", n) for n in range(1, actors + 1)]
    statements, n = [], 0
    for rank, who in enumerate(cast, start=1):
        for _ in range(rank):
            n += 1
            statements.append(say(n, who, "040", hub, "2025-01-01"))
    for who, nxt in zip(cast, cast[1:] + cast[:1]):
        n += 1
        statements.append(say(n, who, "112", nxt, "2025-02-01"))
    return graph_from_statements(statements)


def test_top_keeps_the_most_connected_actors():
    projection = actor_graph(ranked_graph())
    assert top_actors(projection, 3) == [
        "https://w3id.org/kg-geo/id/country/HUB", "https://w3id.org/kg-geo/id/organization/organization-12",
        "https://w3id.org/kg-geo/id/organization/organization-11"]
    data = page_data(projection, top=3)
    labels = {node["id"]: node["label"] for node in data.nodes}
    assert sorted(labels.values()) == ["Country HUB", "Organization 11", "Organization 12"]
    assert sorted((labels[e["from"]], labels[e["to"]], e["label"]) for e in data.edges) == [
        ("Organization 11", "Country HUB", "verb040"), ("Organization 11", "Organization 12", "verb112"),
        ("Organization 12", "Country HUB", "verb040")]
    assert (data.actors, data.shown, data.hidden) == (13, 3, 10)
    assert hidden_note(data) == "showing 3 of 13 actors; 10 hidden \u2014 rebuild with --top N to change"
    assert len(page_data(projection).nodes) == 13 and hidden_note(page_data(projection, top=13)) == ""


def test_top_note_in_the_page_and_through_kg_view(tmp_path):
    graph = ranked_graph()
    note = ('<span id="hidden-note">showing 5 of 13 actors; 8 hidden \u2014 rebuild with --top N to change'
            '</span>')
    assert note in kg.view(graph, tmp_path / "five.html", top=5)
    assert note in (tmp_path / "five.html").read_text(encoding="utf-8")
    assert '<span class="counts">13 actors &middot; 90 statements &middot; 90 article(s)</span>' in kg.view(graph, top=5)
    assert 'id="hidden-note"' not in kg.view(graph)
    big = "showing 150 of 2,000 actors; 1,850 hidden \u2014 rebuild with --top N to change"
    assert hidden_note(PageData([], [], 0, 0, actors=2000, shown=150)) == big
    with pytest.raises(ValueError):
        kg.view(graph, top=0)


def test_large_pages_lay_out_more_cheaply():
    assert network_options(LARGE_PAGE_EDGES) == NETWORK_OPTIONS
    large = network_options(LARGE_PAGE_EDGES + 1)
    assert (large["edges"]["smooth"], large["layout"]["improvedLayout"],
            large["physics"]["stabilization"]["iterations"]) == (False, False, 200)
    assert NETWORK_OPTIONS["edges"]["smooth"] == {"type": "dynamic"}


def test_cli_view_top(tmp_path, capsys):
    from kg.cli import main
    from kg.rdf import serialize

    ttl = tmp_path / "graph.ttl"
    ttl.write_bytes(serialize(ranked_graph(), "ttl"))
    assert main(["view", str(ttl), "-o", str(tmp_path / "top4.html"), "--top", "4"]) == 0
    assert ("showing 4 of 13 actors; 9 hidden \u2014 rebuild with --top N to change"
            in (tmp_path / "top4.html").read_text(encoding="utf-8"))
    assert main(["view", str(ttl)]) == 0
    assert 'id="hidden-note"' not in (tmp_path / "graph.html").read_text(encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main(["view", str(ttl), "--top", "0"])
    assert exit_info.value.code == 2
    assert "argument --top: must be at least 1, not 0" in capsys.readouterr().err
