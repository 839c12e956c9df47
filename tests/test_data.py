"""The data files: complete, consistent with the standards, unambiguous."""

from collections import defaultdict

import pycountry
import pytest

from kg import data

QUADS = {"01": "verbal_cooperation", "06": "material_cooperation", "09": "verbal_conflict",
         "14": "material_conflict"}


def quad_for(root: str) -> str:
    return QUADS[max(start for start in QUADS if start <= root)]


def test_states_are_un_members_observers_taiwan_and_kosovo():
    # ... the two states in free association with New Zealand that make their own treaties, and
    # the two self-governing nations of the Danish realm, whose governments act in world news.
    codes = [entry.iso3 for entry in data.countries()]
    assert len(codes) == len(set(codes)) == 201
    for code in codes:
        if code != "XKX":
            assert pycountry.countries.get(alpha_3=code) is not None, code
    assert {"PSE", "VAT", "TWN", "XKX", "PRK", "KOR", "USA", "COK", "NIU", "GRL", "FRO"} <= set(codes)


def test_every_name_resolves_to_one_actor_only():
    owners = defaultdict(set)
    for entry in data.countries():
        for name in (entry.name, *entry.aliases, *entry.capitals, *entry.metonyms):
            owners[name].add(f"country:{entry.iso3}")
    for org in data.organizations():
        for name in (org.name, *org.aliases):
            owners[name].add(f"org:{org.id}")
    for person in data.people():
        for name in (person.name, *person.aliases):
            owners[name].add(f"person:{person.name}")
    for place in data.places():
        for name in (place.name, *place.aliases):
            owners[name].add(f"place:{place.name}")
    clashes = {name: sorted(ids) for name, ids in owners.items() if len(ids) > 1}
    # The one name shared on purpose: Brussels is the EU's seat and Belgium's capital, read in
    # context (kg.actors resolves it to Belgium only where the article has named Belgium).
    assert clashes == {"Brussels": ["country:BEL", "org:eu"]}


def test_people_have_the_gender_news_pronouns_give_them():
    genders = {person.name: person.gender for person in data.people()}
    assert (genders["Claudia Sheinbaum"], genders["Donald Trump"], genders["Giorgia Meloni"]) == ("f", "m", "f")


def test_well_known_names():
    by_name = {}
    for entry in data.countries():
        for name in (entry.name, *entry.aliases, *entry.capitals, *entry.metonyms):
            by_name[name] = entry.iso3
    assert [by_name[n] for n in ("US", "U.S.", "America", "Washington", "White House", "Kremlin",
                                 "Pyongyang", "Beijing", "DPRK", "Seoul")] == [
        "USA", "USA", "USA", "USA", "USA", "RUS", "PRK", "CHN", "PRK", "KOR"]
    demonyms = {d: e.iso3 for e in data.countries() for d in e.demonyms}
    assert (demonyms["North Korean"], demonyms["American"], demonyms["Japanese"]) == ("PRK", "USA", "JPN")


def test_organisations_and_people_point_at_known_states():
    states = {entry.iso3 for entry in data.countries()}
    for org in data.organizations():
        assert org.type in ("Organization", "Group"), org
        assert org.country is None or org.country in states, org
    for person in data.people():
        assert person.country is None or person.country in states, person
        assert person.gender in ("f", "m", None), person
    for place in data.places():
        assert place.country in states, place


def test_places_lie_in_the_state_recognised_borders_put_them():
    by_name = {name: place.country for place in data.places() for name in (place.name, *place.aliases)}
    assert [by_name.get(n) for n in ("Kharkiv", "Crimea", "Donetsk", "Gaza Strip", "El Fasher", "Kursk")] == [
        "UKR", "UKR", "UKR", "PSE", "SDN", "RUS"]
    # Names whose sovereignty is disputed, or that mostly name something else, are left out.
    assert not {"Kashmir", "Western Sahara", "Golan Heights", "Georgia", "Victoria"} & by_name.keys()


def test_cameo_codes_follow_the_codebook():
    codes = data.cameo_codes()
    assert len([c for c in codes if len(c) == 2]) == 20
    assert (codes["112"].label, codes["112"].goldstein, codes["112"].quad) == ("Accuse", -2.0, "verbal_conflict")
    for code, entry in codes.items():
        assert entry.quad == quad_for(code[:2]), code
        assert -10.0 <= entry.goldstein <= 10.0
        if len(code) > 2:
            assert code[:len(code) - 1] in codes or code[:2] in codes


@pytest.mark.parametrize("table", ["verb_lexicon", "event_nouns"])
def test_lexicon_codes_exist(table):
    codes = data.cameo_codes()
    lexicon = getattr(data, table)()
    assert len(lexicon) > 100
    assert {code for code in lexicon.values() if code not in codes} == set()


def test_reporting_verbs_are_not_events():
    assert {(verb,) for verb in data.cues()["reporting_verbs"]} & set(data.verb_lexicon()) == set()


def test_presets_are_listed_and_unknown_ones_are_refused():
    assert "statements" in data.preset_names()
    with pytest.raises(KeyError, match="unknown preset 'nope'"):
        data.preset_query("nope")
    with pytest.raises(KeyError):
        data.preset_query("../../etc/passwd")


def test_features_hold_a_state_name_and_name_no_actor():
    states = data.countries()
    words = {name for entry in states for name in (entry.name, *entry.aliases, *entry.demonyms, *entry.capitals)}
    words |= {name for place in data.places() for name in (place.name, *place.aliases)}
    for feature in data.features():
        assert any(f" {word} " in f" {feature} " for word in words), feature
    from kg.actors import _gazetteer

    assert not data.features() & set(_gazetteer().names), "a feature is also an actor's name"


def test_each_verb_pattern_has_one_code():
    patterns = [line.split("\t")[0] for line in (data.DATA_DIR / "verbs.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    assert sorted({p for p in patterns if patterns.count(p) > 1}) == []


def test_state_bodies_are_marked_in_the_gazetteer():
    bodies = {entry.id: entry.country for entry in data.organizations() if entry.state_body}
    # Armed forces, intelligence and security services, coast guards, courts: organs of their state.
    assert {key: bodies.get(key) for key in ("china-coast-guard", "irgc", "sbu", "fsb", "idf", "stf-brazil")} == {
        "china-coast-guard": "CHN", "irgc": "IRN", "sbu": "UKR", "fsb": "RUS", "idf": "ISR", "stf-brazil": "BRA"}
    # Not armed groups, news agencies, state media or companies.
    assert not {"hamas", "wagner-group", "kcna", "tass", "xinhua", "rosatom"} & set(bodies)
    assert all(country for country in bodies.values())
