"""The HTML graph in a real browser: headless Chromium, every non-file request refused."""

import shutil
from pathlib import Path

import pytest

from kg.project import actor_graph
from kg.view import page_data, render_html

from .browser import CHROMIUM, open_page
from .conftest import ROOT
from .test_view import HOSTILE_SENTENCE, filter_graph, hostile_graph, ranked_graph

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


def write_page(tmp_path, graph, name: str = "page.html", **options) -> Path:
    page_file = tmp_path / name
    page_file.write_text(render_html(actor_graph(graph), **options), encoding="utf-8")
    return page_file


def clean(visit) -> bool:
    return visit.console_errors == [] and visit.page_errors == [] and visit.network_requests == []


def test_filters_hide_and_restore(tmp_path):
    # filter_graph: 5 actors; 5 statement edges and 1 membership edge (Person 1 -> United States).
    with open_page(write_page(tmp_path, filter_graph())) as visit:
        page = visit.page
        assert visible_counts(page) == [5, 6]
        page.uncheck("input.root-filter[value='04']")        # two consultations
        assert visible_counts(page) == [5, 4]
        page.uncheck("input.root-filter[value='']")          # the uncoded statement
        assert visible_counts(page) == [5, 3]
        page.check("input.root-filter[value='04']")
        page.check("input.root-filter[value='']")
        assert visible_counts(page) == [5, 6]
        page.uncheck("input.type-filter[value='Group']")     # Group 3 and its two edges
        assert visible_counts(page) == [4, 4]
        page.uncheck("input.type-filter[value='Person']")    # Person 1, its accusation and its tie
        assert visible_counts(page) == [3, 2]
        assert sorted(page.evaluate("kgNetwork.body.data.nodes.get().map(n => n.label)")) == [
            "Japan", "Organization 2", "United States"]
        page.check("input.type-filter[value='Group']")
        page.check("input.type-filter[value='Person']")
        assert visible_counts(page) == [5, 6]
        assert clean(visit)


def edge_labels(page) -> list[str]:
    return sorted(page.evaluate("kgNetwork.body.data.edges.get().map(e => e.label || e.kind)"))


def test_date_range_filter_keeps_undated_statements(tmp_path):
    with open_page(write_page(tmp_path, filter_graph())) as visit:
        page = visit.page
        assert page.input_value("#date-from") == "2025-01-10" and page.input_value("#date-to") == "2025-06-01"
        page.fill("#date-from", "2025-02-01")
        page.fill("#date-to", "2025-02-28")
        # Group 3 -> Organization 2 (2025-02-01), the undated consultation and the tie stay.
        assert visible_counts(page) == [5, 3]
        assert edge_labels(page) == ["membership", "verb040", "verbNone"]
        page.fill("#date-from", "2025-03-01")
        page.fill("#date-to", "2025-03-31")
        # Person 1 -> Japan has one statement of 2025-03-05 (the other is of January).
        assert edge_labels(page) == ["membership", "verb040", "verb112"]
        page.fill("#date-from", "2025-01-10")
        page.fill("#date-to", "2025-06-01")
        assert visible_counts(page) == [5, 6]
        assert clean(visit)


def test_top_cuts_the_page_and_says_so(tmp_path):
    with open_page(write_page(tmp_path, ranked_graph(), top=3)) as visit:
        assert visible_counts(visit.page) == [3, 3]
        assert visit.page.inner_text("#hidden-note") == (
            "showing 3 of 13 actors; 10 hidden — rebuild with --top N to change")
        assert visit.page.is_visible("#hidden-note")
        assert clean(visit)
    with open_page(write_page(tmp_path, ranked_graph(), "all.html")) as visit:
        assert visible_counts(visit.page) == [13, 24]
        assert visit.page.query_selector("#hidden-note") is None
        assert clean(visit)
