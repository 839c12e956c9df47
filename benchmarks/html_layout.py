"""How big the HTML actor graph is and how long Chromium takes to lay it out.

Not a test. Builds two graphs and writes their pages with ``kg.view``:

- the seed's graph (``kg.build(["seeds/"], tmpdir)``);
- a generated graph of 2,000 actors (every state of ``kg/data/countries.tsv``, then people,
  organisations and groups) and 6,000 CAMEO-typed statements over 500 articles, one in
  ten undated, shown with ``top=2000`` (everything) and with the default ``top``.

Each page is opened in headless Chromium (``/usr/bin/chromium`` through Playwright, every
non-file request refused) and timed from navigation start to ``window.kgStable === true``
(the page records ``performance.now()`` when vis-network's stabilisation ends). Prints a
Markdown table: page size, nodes and edges drawn, seconds for the actor graph (SPARQL
over the RDF graph) and for the HTML in Python, and seconds to a stable layout (median
of ``--runs`` loads). Run::

    .venv/bin/python benchmarks/html_layout.py
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import kg  # noqa: E402
from kg import data  # noqa: E402
from kg.model import Actor, Predicate, Statement  # noqa: E402
from kg.project import actor_graph  # noqa: E402
from kg.rdf import graph_from_statements  # noqa: E402
from kg.view import DEFAULT_TOP, page_data, render_html  # noqa: E402
from tests.browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

ID = "https://w3id.org/kg-geo/id/"


def generated_statements(actors: int = 2000, statements: int = 6000, seed: int = 11) -> list[Statement]:
    """``statements`` statements among ``actors`` actors, reproducibly: every actor takes part
    in at least one; a few take part in many (as in news), most in a few."""
    rng = random.Random(seed)
    countries = [entry.iso3 for entry in data.countries()]
    cast = [Actor(f"{ID}country/{iso}", f"Country {iso}", "Country", iso) for iso in countries]
    rest = actors - len(cast)
    kinds = [("person", "Person")] * 7 + [("organization", "Organization")] * 2 + [("group", "Group")]
    for n in range(rest):
        slug, kind = kinds[n % len(kinds)]
        cast.append(Actor(f"{ID}{slug}/{slug}-{n}", f"{kind} {n}", kind, rng.choice(countries + [None])))
    weights = [1.0 / (rank + 10) for rank in range(len(cast))]
    codes = [(code, entry.label) for code, entry in data.cameo_codes().items() if len(code) == 3]
    result = []
    for n in range(statements):
        if n < len(cast) // 2:  # every actor takes part in at least one statement
            subject, obj = cast[2 * n], cast[2 * n + 1]
        else:
            subject, obj = rng.choices(cast, weights, k=2)
        while obj == subject:
            obj = rng.choice(cast)
        code, label = rng.choice(codes)
        date = None if n % 10 == 0 else f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}"
        result.append(Statement(f"s{n:05d}", f"doc-{n % 500:03d}", date, f"Sentence {n}.", subject,
                                Predicate(f"verb{code}", f"verbed {code}", code, label), obj))
    return result


def stable_seconds(page_file: Path, runs: int) -> list[float]:
    """Seconds from navigation start to ``window.kgStable``, once per fresh page load."""
    from playwright.sync_api import sync_playwright

    times = []
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 900})
        refused = []
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                      else (refused.append(route.request.url), route.abort()))
        try:
            for _ in range(runs):
                page = context.new_page()
                page.goto(page_file.resolve().as_uri(), wait_until="commit", timeout=600_000)
                deadline = time.monotonic() + 900
                # Polled from Python: Playwright's wait_for_function needs eval, which the
                # page's Content Security Policy forbids while the page is still loading.
                while page.evaluate("window.kgStable") is not True:
                    if time.monotonic() > deadline:
                        raise SystemExit(f"{page_file}: no stable layout after 900 s")
                    time.sleep(0.2)
                times.append(page.evaluate("window.kgStableAt") / 1000)
                page.close()
        finally:
            context.close()
    if refused:
        raise SystemExit(f"the page made network requests: {refused}")
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="page loads per row (default: 3)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-html-") as tmp:
        folder = Path(tmp)
        seed = kg.build([ROOT / "seeds"], folder / "seed").graph
        generated = graph_from_statements(generated_statements())
        rows = [("seed article", seed, DEFAULT_TOP),
                ("2,000 actors, 6,000 statements, --top 2000", generated, 2000),
                (f"2,000 actors, 6,000 statements, default --top {DEFAULT_TOP}", generated, DEFAULT_TOP)]
        print("| graph | page size | nodes | edges | projection (Python) | page HTML (Python) "
              "| stable layout (Chromium) |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for name, graph, top in rows:
            started = time.perf_counter()
            projection = actor_graph(graph)
            projected = time.perf_counter()
            html = render_html(projection, top=top)
            rendered = time.perf_counter()
            page_file = folder / "page.html"
            page_file.write_text(html, encoding="utf-8")
            shown = page_data(projection, top)
            layout = statistics.median(stable_seconds(page_file, args.runs))
            print(f"| {name} | {len(html.encode('utf-8')):,} B | {len(shown.nodes):,} | {len(shown.edges):,} "
                  f"| {projected - started:.1f} s | {rendered - projected:.2f} s | {layout:.2f} s |", flush=True)

if __name__ == "__main__":
    main()
