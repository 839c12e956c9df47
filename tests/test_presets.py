"""SPARQL presets: declared parameters bound as RDF terms, the same answers in rdflib and Oxigraph."""

from decimal import Decimal

import pyoxigraph
import pytest
from rdflib import Literal

from kg import data
from kg.model import Actor, Predicate, Statement
from kg.query import PresetParameterError, format_result, parameter_terms, run_preset
from kg.rdf import PREFIXES, graph_from_statements

KIM = "https://w3id.org/kg-geo/id/person/kim-jong-un"
KCNA = "https://w3id.org/kg-geo/id/organization/kcna"
#: A value for every parameter any preset declares.
VALUES = {"actor": KIM, "source": KCNA}
HOSTILE = 'Japan" } ; DROP ALL ; #'
NUMERIC = {f"http://www.w3.org/2001/XMLSchema#{name}" for name in ("decimal", "integer", "double", "float")}


@pytest.fixture(scope="module")
def graph(seed_build):
    return seed_build[0].graph


@pytest.fixture(scope="module")
def store(seed_build):
    store = pyoxigraph.Store()
    store.load((seed_build[1] / "graph.ttl").read_bytes(), format=pyoxigraph.RdfFormat.TURTLE)
    return store


def plain(value: str, datatype: str | None) -> str:
    """A result value as a plain string; numbers by value, since each engine writes its own
    canonical form of a computed decimal ("-5.0" in rdflib, "-5" in Oxigraph)."""
    if datatype in NUMERIC:
        return str(Decimal(value).normalize())
    return value


def rdflib_rows(result) -> set[tuple[str, ...]]:
    return {tuple("" if term is None else plain(str(term), str(getattr(term, "datatype", None)))
                  for term in row) for row in result}


def oxigraph_rows(store, preset, bindings) -> set[tuple[str, ...]]:
    solutions = store.query(preset.text, prefixes={prefix: str(ns) for prefix, ns in PREFIXES.items()},
                            substitutions={pyoxigraph.Variable(name): pyoxigraph.NamedNode(value)
                                           for name, value in bindings.items()})
    names = [variable.value for variable in solutions.variables]
    rows = set()
    for solution in solutions:
        row = []
        for name in names:
            term = solution[name]
            datatype = term.datatype.value if isinstance(term, pyoxigraph.Literal) else None
            row.append("" if term is None else plain(term.value, datatype))
        rows.add(tuple(row))
    return rows


def test_the_presets():
    assert data.preset_names() == ["accusations", "actor-profile", "actors", "by-source", "negated",
                                   "pair-balance", "statements", "timeline"]
    for name in data.preset_names():
        preset = data.preset(name)
        assert preset.description and preset.text.startswith("# ")
        for parameter in preset.parameters:
            assert f"?{parameter.name}" in preset.text and parameter.description
    assert [p.name for p in data.preset("actor-profile").parameters] == ["actor"]
    assert [p.name for p in data.preset("by-source").parameters] == ["source"]


@pytest.mark.parametrize("name", data.preset_names())
def test_rdflib_and_oxigraph_agree(graph, store, name):
    preset = data.preset(name)
    bindings = {parameter.name: VALUES[parameter.name] for parameter in preset.parameters}
    ours = rdflib_rows(run_preset(graph, name, bindings))
    assert ours == oxigraph_rows(store, preset, bindings)
    if name not in ("negated",):
        assert ours, f"{name} gives no row on the seed"


@pytest.mark.parametrize("name", [name for name in data.preset_names() if data.preset(name).parameters])
def test_a_hostile_value_is_a_term_not_query_text(graph, store, name):
    preset = data.preset(name)
    bindings = {parameter.name: HOSTILE for parameter in preset.parameters}
    assert list(run_preset(graph, name, bindings)) == []
    assert len(graph) == len(store)  # nothing dropped
    solutions = store.query(preset.text, prefixes={prefix: str(ns) for prefix, ns in PREFIXES.items()},
                            substitutions={pyoxigraph.Variable(p): pyoxigraph.Literal(HOSTILE) for p in bindings})
    assert list(solutions) == []


def test_a_label_names_the_actor(graph, seed_build):
    assert parameter_terms(graph, "Kim Jong-un") == [parameter_terms(graph, KIM)[0]]
    assert parameter_terms(graph, f"<{KIM}>") == parameter_terms(graph, KIM)
    assert parameter_terms(graph, "kim jong-un") == [Literal("kim jong-un")]  # exact labels only
    by_label = format_result(run_preset(graph, "actor-profile", {"actor": "Kim Jong-un"})).text
    by_iri = format_result(run_preset(graph, "actor-profile", {"actor": KIM})).text
    assert by_label == by_iri
    mentions = [s for s in seed_build[0].statements if KIM in (s.subject.id, s.object.id)]
    assert by_label.splitlines()[-1] == f"({len(mentions)} rows)"
    rows = format_result(run_preset(graph, "by-source", {"source": "Korean Central News Agency"}),
                         "csv").text.splitlines()[1:]
    assert [row.split(",")[2] for row in rows] == ["blame", "blame", "blame", "criticize"]
    assert rows[-1].startswith(f"{KCNA},Kim Jong-un,criticize,United States,false,")


def test_pair_balance_sums_goldstein_per_pair_of_states():
    kim = Actor(KIM, "Kim Jong-un", "Person", "PRK")
    usa = Actor("https://w3id.org/kg-geo/id/country/USA", "United States", "Country", "USA")
    trump = Actor("https://w3id.org/kg-geo/id/person/donald-trump", "Donald Trump", "Person", "USA")
    russia = Actor("https://w3id.org/kg-geo/id/country/RUS", "Russia", "Country", "RUS")
    un = Actor("https://w3id.org/kg-geo/id/organization/un", "United Nations", "Organization", None)
    accuse, consult = Predicate("blame", "blamed", "112", "Accuse"), Predicate("meet", "met", "040", "Consult")
    aid = Predicate("assist", "assisted", "062", "Cooperate militarily")
    graph = graph_from_statements([
        Statement("1", "d", None, "s", kim, accuse, usa),
        Statement("2", "d", None, "s", usa, accuse, kim),
        Statement("3", "d", None, "s", trump, consult, kim),
        Statement("4", "d", None, "s", kim, accuse, trump, negated=True),   # did not happen
        Statement("5", "d", None, "s", trump, consult, usa),                # within one state
        Statement("6", "d", None, "s", un, accuse, usa),                    # no state
        Statement("7", "d", None, "s", russia, aid, kim),
    ])
    assert format_result(run_preset(graph, "pair-balance"), "csv").text.splitlines() == [
        "stateA,stateB,balance,cooperation,conflict,statements",
        "PRK,USA,-3.0,1,2,3",
        "PRK,RUS,7.4,1,0,1",
    ]


def test_parameters_are_checked(graph):
    with pytest.raises(PresetParameterError, match=r"needs --param actor=VALUE"):
        run_preset(graph, "actor-profile")
    with pytest.raises(PresetParameterError, match=r"has no parameter 'actor' \(parameters: none\)"):
        run_preset(graph, "actors", {"actor": KIM})
    with pytest.raises(KeyError, match="unknown preset"):
        run_preset(graph, "nope")
