"""Incremental builds (`kg build --update`), `kg remove`, and named graphs per article."""

import json

import pytest
from rdflib import Dataset, URIRef
from rdflib.compare import isomorphic

import kg
from kg.rdf import load_graph, serialize

from .test_cli import kg as run_kg

ARTICLES = {
    "a": "Russia was condemned by France on Monday.\n",
    "b": "Japan criticized China.\n",
    # The same plain triple as b, and a negated statement.
    "d": "Japan criticized China. France did not condemn Russia.\n",
}
FILES = ("graph.ttl", "statements.jsonl", "graph.html")


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def contents(out):
    return {name: (out / name).read_bytes() for name in FILES}


def test_update_a_then_b_is_a_and_b_together(articles, tmp_path):
    together, stepwise = tmp_path / "together", tmp_path / "stepwise"
    kg.build([articles / "a.txt", articles / "b.txt", articles / "d.txt"], together)
    first = kg.build([articles / "d.txt"], stepwise, update=True)   # an empty folder starts empty
    assert first.replaced == ()
    kg.build([articles / "b.txt"], stepwise, update=True)
    result = kg.build([articles / "a.txt"], stepwise, update=True)
    assert [s.doc for s in result.statements] == ["a"]
    assert len(list(result.graph.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                          URIRef("https://w3id.org/kg-geo/ontology#Statement")))) == 4
    assert isomorphic(load_graph(stepwise / "graph.ttl"), load_graph(together / "graph.ttl"))
    assert contents(stepwise) == contents(together)
    records = [json.loads(line) for line in (together / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["doc"], r["start"], r["subject"]["label"], r["object"]["label"], r["negated"]) for r in records] == [
        ("a", 0, "France", "Russia", False), ("b", 0, "Japan", "China", False),
        ("d", 0, "Japan", "China", False), ("d", 24, "France", "Russia", True)]


def test_building_the_same_article_again_changes_nothing(articles, tmp_path):
    out = tmp_path / "out"
    kg.build([articles], out)
    before = contents(out)
    result = kg.build([articles / "b.txt"], out, update=True)
    assert result.replaced == ("b",)
    assert contents(out) == before


def test_an_article_with_a_known_id_replaces_the_old_one(articles, tmp_path):
    out, expected = tmp_path / "out", tmp_path / "expected"
    kg.build([articles / "a.txt", articles / "b.txt"], out)
    changed = tmp_path / "changed"
    changed.mkdir()
    (changed / "b.txt").write_text("Germany praised India.\n", encoding="utf-8")
    result = kg.build([changed / "b.txt"], out, update=True)
    assert result.replaced == ("b",)
    text = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "country:CHN" not in text and "Japan criticized China." not in text   # orphans gone
    kg.build([articles / "a.txt", changed / "b.txt"], expected)
    assert contents(out) == contents(expected)


def test_remove_gives_the_build_of_the_rest(articles, tmp_path):
    out, rest = tmp_path / "out", tmp_path / "rest"
    kg.build([articles], out)
    result = kg.remove(["b", "nope"], out)
    assert (result.removed, result.missing, result.statements) == (("b",), ("nope",), 1)
    kg.build([articles / "a.txt", articles / "d.txt"], rest)
    assert contents(out) == contents(rest)      # the plain triple d also gives is kept
    kg.remove(["d"], out)
    kg.build([articles / "a.txt"], rest)
    assert contents(out) == contents(rest)      # Japan, China and the negated statement are gone
    before = contents(out)
    assert kg.remove(["nope"], out).files == ()
    assert contents(out) == before


def test_update_and_remove_refuse_a_broken_build(articles, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("not turtle", encoding="utf-8")
    with pytest.raises(kg.OutputError, match="statements.jsonl: no such file"):
        kg.build([articles / "a.txt"], out, update=True)
    (out / "statements.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(kg.OutputError, match=r"cannot read the earlier build: .*graph\.ttl: not valid turtle"):
        kg.remove(["a"], out)
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "not turtle"


def test_cli_update_and_remove(articles, tmp_path):
    out = tmp_path / "out"
    run = run_kg("build", articles / "a.txt", "-o", out, "--update")
    assert run.returncode == 0, run.stderr
    assert run.stderr.startswith("kg: 1 article(s) (0 replaced), 1 statement(s) -> ")
    run = run_kg("build", articles / "a.txt", articles / "b.txt", "--output", out, "--update")
    assert run.stderr.startswith("kg: 2 article(s) (1 replaced), 2 statement(s) -> ")
    run = run_kg("remove", "a", "zzz", "-o", out)
    assert run.returncode == 1
    assert run.stderr.splitlines() == [
        f"kg: skipped zzz: no such article in {out / 'graph.ttl'}",
        f"kg: removed 1 article(s), 1 statement(s) -> {out / 'graph.ttl'}, {out / 'statements.jsonl'}, "
        f"{out / 'graph.html'}"]
    run = run_kg("remove", "a", "-o", out)
    assert (run.returncode, run.stderr) == (2, f"kg: skipped a: no such article in {out / 'graph.ttl'}\n"
                                               "kg: error: no article was removed; nothing was written\n")
    run = run_kg("remove", "b", "-o", tmp_path / "empty")
    assert run.returncode == 2 and "does not hold a kg build" in run.stderr
    help_text = run_kg("build", "--help").stdout
    assert "--update" in help_text and "replaced" in help_text
    assert "DOC_ID" in run_kg("remove", "--help").stdout


@pytest.mark.parametrize("fmt", ["trig", "nq"])
def test_one_named_graph_per_article(articles, tmp_path, seed_build, fmt):
    out = tmp_path / "out"
    kg.build([articles], out)
    datasets = []
    for folder, docs in ((out, ["a", "b", "d"]), (seed_build[1], [seed_build[0].articles[0].doc_id])):
        union = load_graph(folder / "graph.ttl")
        target = tmp_path / f"export.{fmt}"
        target.write_bytes(serialize(union, fmt))
        dataset = Dataset()
        dataset.parse(target, format={"trig": "trig", "nq": "nquads"}[fmt])
        named = sorted(str(g.identifier) for g in dataset.graphs() if g.identifier != dataset.default_graph.identifier)
        assert named == [f"https://w3id.org/kg-geo/id/graph/{doc}" for doc in docs]
        assert isomorphic(load_graph(target), union)
        datasets.append(dataset)
    dataset = datasets[0]
    # Article d's graph: its two statements, the plain triple of the positive one, its article node.
    graph_d = dataset.graph(URIRef("https://w3id.org/kg-geo/id/graph/d"))
    subjects = {str(s).rsplit("/", 2)[-2] for s in graph_d.subjects()}
    assert subjects == {"statement", "article", "country"}
    assert len(set(graph_d.subjects(predicate=URIRef("https://w3id.org/kg-geo/rel/criticizeOrDenounce")))) == 1
    default = dataset.default_graph
    assert (URIRef("https://w3id.org/kg-geo/id/country/JPN"), None, None) in default
    assert not any(str(s).startswith("https://w3id.org/kg-geo/id/statement/") for s in default.subjects())
