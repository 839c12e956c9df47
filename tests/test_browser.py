"""The HTML graph in a real browser: headless Chromium, every non-file request refused."""

import shutil
from pathlib import Path

import pytest

from kg.project import actor_graph
from kg.view import page_data, render_html

from .browser import CHROMIUM, open_page
from .conftest import ROOT
from .test_view import HOSTILE_SENTENCE, hostile_graph

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists() and shutil.which("chromium") is None,
                                reason="Debian's chromium is not installed (make test installs it)")

EDGE_POINT = """(id) => {
  const point = kgNetwork.body.edges[id].edgeType.getPoint(0.5);
  const dom = kgNetwork.canvasToDOM(point);
  const box = document.getElementById('graph').getBoundingClientRect();
  return [box.left + dom.x, box.top + dom.y];
}"""


def visible_counts(page):
    return page.evaluate("[kgNetwork.body.data.nodes.length, kgNetwork.body.data.edges.length]")


def test_seed_page_renders_offline(seed_build, tmp_path):
    result, out = seed_build
    expected = page_data(actor_graph(result.graph))
    with open_page(out / "graph.html") as visit:
        assert visit.network_requests == []
        assert visit.console_errors == [] and visit.page_errors == []
        assert visible_counts(visit.page) == [len(expected.nodes), len(expected.edges)]
        shot = tmp_path / "graph.png"
        visit.page.screenshot(path=str(shot))
        assert shot.stat().st_size > 20_000
        if __import__("os").environ.get("KG_UPDATE_SCREENSHOT"):
            (ROOT / "docs").mkdir(exist_ok=True)
            shutil.copy(shot, ROOT / "docs" / "graph.png")


def test_edge_tooltip_shows_the_sentence(seed_build):
    result, out = seed_build
    expected = page_data(actor_graph(result.graph))
    edge = next(e for e in expected.edges if e.get("label") == "assist")
    with open_page(out / "graph.html") as visit:
        edge_id = visit.page.evaluate(
            "(wanted) => kgNetwork.body.data.edges.get().find(e => e.title === wanted).id", edge["title"])
        x, y = visit.page.evaluate(EDGE_POINT, edge_id)
        visit.page.mouse.move(x, y)
        tooltip = visit.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
        text = tooltip.inner_text()
        assert "assist (CAMEO 062 Cooperate militarily): 1 statement(s)" in text
        assert "to assist Russian President Vladimir Putin's war effort" in text


def test_quad_filter_hides_its_edges(seed_build):
    result, out = seed_build
    expected = page_data(actor_graph(result.graph))
    conflict = sum(1 for e in expected.edges if e["quad"] == "verbal_conflict")
    assert conflict > 0
    with open_page(out / "graph.html") as visit:
        before = visible_counts(visit.page)
        visit.page.uncheck("input.quad-filter[value='verbal_conflict']")
        assert visible_counts(visit.page) == [before[0], before[1] - conflict]


def test_hostile_text_shows_as_text_and_never_runs(tmp_path):
    page_file = tmp_path / "hostile.html"
    page_file.write_text(render_html(actor_graph(hostile_graph())), encoding="utf-8")
    with open_page(page_file) as visit:
        visit.page.wait_for_timeout(300)
        assert visit.dialogs == [] and visit.page_errors == [] and visit.network_requests == []
        assert visit.page.evaluate("document.querySelectorAll('img, b, i').length") == 0
        labels = visit.page.evaluate("kgNetwork.body.data.nodes.get().map(n => n.label)")
        assert "<script>alert(1)</script>" in labels
        edge_id = visit.page.evaluate("kgNetwork.body.data.edges.get().find(e => e.kind === 'statement').id")
        x, y = visit.page.evaluate(EDGE_POINT, edge_id)
        visit.page.mouse.move(x, y)
        tooltip = visit.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
        assert HOSTILE_SENTENCE in tooltip.inner_text()
        assert visit.dialogs == []
