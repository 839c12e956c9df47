"""Quality, measured: precision and recall on the team's annotated sets, with floors.

The sets in tests/devset/ were written by the team apart from the extractor; dev2 to dev56
were first scored unseen (the figures are in the README) and are tuned on since;
the seed article is annotated by hand (tests/devset/seed.jsonl). The keys of state bodies
(armed forces, intelligence services, coast guards, courts) were set to their state's code in
every set, as the annotation guide has it. The floors sit a little under today's figures so that
a change that makes extraction worse fails here.
`kg evaluate tests/devset/*.jsonl --errors` prints the figures and every error.
"""

import pytest

from kg.evaluate import evaluate, load_gold

from .conftest import ROOT

DEVSET = ROOT / "tests" / "devset"
FLOORS = {  # set: (precision, recall) of the strict match
    "seed": (0.95, 0.95),
    "dev": (0.88, 0.74),
    "dev2": (0.91, 0.73),
    "dev3": (0.86, 0.67),
    "dev4": (0.90, 0.64),
    "dev5": (0.90, 0.69),
    "dev6": (0.87, 0.59),
    "dev7": (0.81, 0.51),
    "dev8": (0.86, 0.50),
    "dev9": (0.77, 0.45),
    "dev10": (0.88, 0.70),
    "dev11": (0.86, 0.66),
    "dev12": (0.84, 0.58),
    "dev13": (0.89, 0.58),
    "dev14": (0.86, 0.69),
    "dev15": (0.81, 0.57),
    "dev16": (0.78, 0.39),
    "dev17": (0.80, 0.58),
    "dev18": (0.83, 0.44),
    "dev19": (0.78, 0.44),
    "dev20": (0.80, 0.52),
    "dev21": (0.82, 0.56),
    "dev22": (0.85, 0.64),
    "dev23": (0.79, 0.62),
    "dev24": (0.81, 0.52),
    "dev25": (0.80, 0.62),
    "dev26": (0.82, 0.66),
    "dev27": (0.75, 0.54),
    "dev28": (0.78, 0.57),
    "dev29": (0.79, 0.59),
    "dev30": (0.81, 0.61),
    "dev31": (0.79, 0.58),
    "dev32": (0.75, 0.66),
    "dev33": (0.73, 0.62),
    "dev34": (0.84, 0.71),
    "dev35": (0.76, 0.51),
    "dev36": (0.77, 0.55),
    "dev37": (0.82, 0.67),
    "dev38": (0.86, 0.67),
    "dev39": (0.84, 0.75),
    "dev40": (0.72, 0.53),
    "dev41": (0.83, 0.64),
    "dev42": (0.67, 0.65),
    "dev43": (0.80, 0.68),
    "dev44": (0.78, 0.69),
    "dev45": (0.76, 0.60),
    "dev46": (0.82, 0.60),
    "dev47": (0.84, 0.72),
    "dev48": (0.89, 0.76),
    "dev49": (0.84, 0.71),
    "dev50": (0.83, 0.65),
    "dev51": (0.81, 0.57),
    "dev52": (0.87, 0.70),
    "dev53": (0.90, 0.70),
    "dev54": (0.87, 0.70),
    "dev55": (0.90, 0.71),
    "dev56": (0.81, 0.65),
}


@pytest.fixture(scope="module")
def reports():
    return {name: evaluate(load_gold(DEVSET / f"{name}.jsonl")) for name in FLOORS}


def test_sets_are_large_enough():
    items = {name: load_gold(DEVSET / f"{name}.jsonl") for name in FLOORS}
    assert len(items["dev"]) + len(items["dev2"]) >= 150
    assert sum(len(item.statements) for item in items["dev"]) >= 200
    assert sum(1 for item in items["dev"] + items["dev2"] if not item.statements) >= 20


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_precision_and_recall_floors(reports, name):
    report = reports[name]
    precision, recall = FLOORS[name]
    print(f"\n{name}:\n{report.summary()}")
    assert report.strict.precision >= precision, report.summary()
    assert report.strict.recall >= recall, report.summary()


def test_no_statement_from_items_that_have_none(reports):
    for name in ("dev", "dev2"):
        items = {item.id for item in load_gold(DEVSET / f"{name}.jsonl") if not item.statements}
        assert [item for item, _ in reports[name].spurious if item in items] == []


def test_attribution_of_matched_statements(reports):
    # (A source of the subject's own state counts as no source: annotators write it either way.)
    for report in reports.values():
        assert report.attribution_accuracy >= 0.90
