"""Evaluate: the scorer counts matches on subject, object, negation and CAMEO root."""

import json

import pytest

from kg.evaluate import (GoldItem, GoldStatement, Tally, actor_key, as_annotation, evaluate, extract_items, gold_key,
                         load_gold, load_predictions, score)
from kg.model import Actor


def test_actor_keys_are_the_last_iri_segment():
    assert actor_key(Actor("https://w3id.org/kg-geo/id/country/USA", "United States", "Country", "USA")) == "USA"
    assert actor_key(Actor("https://w3id.org/kg-geo/id/person/kim-jong-un", "Kim Jong-un", "Person")) == "kim-jong-un"
    assert actor_key(None) is None


def test_tally_scores():
    tally = Tally(tp=8, fp=2, fn=8)
    assert (tally.precision, tally.recall, round(tally.f1, 3)) == (0.8, 0.5, 0.615)
    assert (Tally().precision, Tally().recall) == (1.0, 1.0)


def test_load_gold(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "France condemned Russia.", "phenomena": ["x"], "statements": [
        {"subject": "FRA", "object": "RUS", "cameo": "111", "negated": False, "attributed_to": None}]}) + "\n\n",
        encoding="utf-8")
    assert load_gold(path) == [GoldItem("a", "France condemned Russia.",
                                        (GoldStatement("FRA", "RUS", "111", False, None),), ("x",))]


def test_organisations_may_be_named_by_an_alias(tmp_path):
    # An annotator's "unsc" or "au" is the gazetteer's organisation; states, people and unknown
    # keys stay as written.
    assert [gold_key(k) for k in ("unsc", "au", "rsf", "nato", "USA", "kim-jong-un", "no-such-group", None)] == [
        "un-security-council", "african-union", "rapid-support-forces", "nato", "USA", "kim-jong-un",
        "no-such-group", None]
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "The AU urged Sudan's army to talk.", "statements": [
        {"subject": "au", "object": "SDN", "cameo": "02", "negated": False, "attributed_to": "afp"}]}),
        encoding="utf-8")
    assert load_gold(path)[0].statements == (GoldStatement("african-union", "SDN", "02", False, "afp"),)


def test_actors_may_be_named_by_the_slug_of_a_name_or_another_spelling():
    # "european-union" is the slug of the EU's name; "abbas-araqchi" another spelling of a
    # gazetteer person; an unknown person stays as written.
    assert [gold_key(k) for k in ("european-union", "united-nations", "abbas-araqchi", "vasily-nebenzia",
                                  "balochistan-liberation-army", "salva-kiir")] == [
        "eu", "un", "abbas-araghchi", "vasily-nebenzya", "balochistan-liberation-army", "salva-kiir"]


def test_evaluate_counts_matches_misses_and_spurious():
    items = [
        GoldItem("a", "France condemned Russia and Iran.", (
            GoldStatement("FRA", "RUS", "110", False), GoldStatement("FRA", "BLR", "111", False)), ("conj",)),
        GoldItem("b", "Officials met on Tuesday.", (), ("none",)),
    ]
    report = evaluate(items)
    assert (report.strict.tp, report.strict.fp, report.strict.fn) == (1, 1, 1)
    assert report.missed == [("a", ("FRA", "BLR", "11", False))]
    assert report.spurious == [("a", ("FRA", "IRN", "11", False))]
    assert report.by_phenomenon["none"].fp == 0
    assert report.summary().splitlines()[0] == (
        "strict (subject, object, negation, CAMEO root): P=0.500 R=0.500 F1=0.500 (tp=1 fp=1 fn=1)")


def test_a_subject_given_as_its_own_source_is_no_source():
    # kg gives Russia as the source of what Russia said it did; an annotator who writes null
    # (or Russia) is right either way, one who names another source is not.
    text = "Russia said it had struck Ukrainian positions."
    items = [GoldItem("a", text, (GoldStatement("RUS", "UKR", "190", False, None),)),
             GoldItem("b", text, (GoldStatement("RUS", "UKR", "190", False, "RUS"),)),
             GoldItem("c", text, (GoldStatement("RUS", "UKR", "190", False, "reuters"),))]
    report = evaluate(items)
    assert (report.strict.tp, report.attribution_correct, report.attribution_total) == (3, 2, 3)


def test_a_source_of_the_subjects_own_state_is_no_source():
    # kg names Peskov as the source of Putin's trip; an annotator who writes null (the Kremlin
    # reporting its own leader's act) is right too, one who names another state's source is not.
    text = "Russian President Vladimir Putin will travel to Dushanbe in October, Kremlin spokesman Dmitry Peskov said."
    items = [GoldItem("a", text, (GoldStatement("vladimir-putin", "TJK", "036", False, None),)),
             GoldItem("b", text, (GoldStatement("vladimir-putin", "TJK", "036", False, "dmitry-peskov"),)),
             GoldItem("c", text, (GoldStatement("vladimir-putin", "TJK", "036", False, "tass"),)),
             GoldItem("d", text, (GoldStatement("vladimir-putin", "TJK", "036", False, "reuters"),))]
    report = evaluate(items)
    # TASS is a Russian agency: of Putin's own state as well.
    assert (report.strict.tp, report.attribution_correct, report.attribution_total) == (4, 3, 4)


def test_another_systems_statements_are_scored_as_the_extractors_are():
    # A second annotator (or another extractor) is scored with the same matcher: the CAMEO root,
    # the source of the subject's own state read as no source, an item left out as nothing found.
    gold = [GoldItem("a", "France condemned Russia and Iran.", (
                GoldStatement("FRA", "RUS", "111", False), GoldStatement("FRA", "IRN", "111", False, "reuters"))),
            GoldItem("b", "Iran denied arming the Houthis.", (GoldStatement("IRN", "houthis", "070", True),))]
    other = {"a": [GoldStatement("FRA", "RUS", "112", False, "FRA"), GoldStatement("FRA", "IRN", "111", False),
                   GoldStatement("RUS", "FRA", "111", False)]}
    report = score(gold, other)
    assert (report.strict.tp, report.strict.fp, report.strict.fn) == (2, 1, 1)
    assert (report.attribution_correct, report.attribution_total) == (1, 2)
    assert report.missed == [("b", ("IRN", "houthis", "07", True))]
    assert report.spurious == [("a", ("RUS", "FRA", "11", False))]


def test_the_extractors_statements_are_scored_as_annotations():
    items = [GoldItem("a", "Kim Jong-un blamed the United States, Japan and South Korea.", ())]
    found = [as_annotation(s) for s in extract_items(items)["a"]]
    assert found == [GoldStatement("kim-jong-un", code, "112", False, None) for code in ("USA", "JPN", "KOR")]
    assert score(items, {"a": found}).spurious == [("a", ("kim-jong-un", code, "11", False))
                                                   for code in ("USA", "JPN", "KOR")]


def test_predictions_are_read_by_item_id_with_the_text_optional(tmp_path):
    gold = [GoldItem("a", "France condemned Russia.", ()), GoldItem("b", "Officials met.", ())]
    path = tmp_path / "other.jsonl"
    path.write_text(json.dumps({"id": "a", "statements": [
        {"subject": "FRA", "object": "RUS", "cameo": "111", "negated": False, "attributed_to": None}]}) + "\n",
        encoding="utf-8")
    assert load_predictions(path, gold) == {"a": (GoldStatement("FRA", "RUS", "111", False, None),)}
    path.write_text(json.dumps({"id": "c", "text": "Other.", "statements": []}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="item 'c' is in no annotated set given"):
        load_predictions(path, gold)
    path.write_text(json.dumps({"id": "b", "text": "Officials met on Tuesday.", "statements": []}) + "\n",
                    encoding="utf-8")
    with pytest.raises(ValueError, match="item 'b' has another text than the annotated set"):
        load_predictions(path, gold)
    # An annotated set itself must give each item's text.
    path.write_text('{"id": "a", "statements": []}', encoding="utf-8")
    with pytest.raises(KeyError, match="text"):
        load_gold(path)
