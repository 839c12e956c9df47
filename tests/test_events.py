"""Event types: predicates map to CAMEO codes through the lexicon, longest pattern first."""

import pytest

from kg.events import EventTyper

from .conftest import word


@pytest.fixture(scope="module")
def typer():
    return EventTyper()


def verb(nlp, sentence, text):
    return word(nlp(sentence), text)


@pytest.mark.parametrize("sentence, word, objects, prep, lemma, code, label", [
    ("Kim blamed Japan.", "blamed", [], None, "blame", "112", "Accuse"),
    ("Paris condemned Moscow.", "condemned", [], None, "condemn", "111", "Criticize or denounce"),
    ("China called on Japan to stop.", "called", [], "on", "call on", "020", "Make an appeal or request"),
    ("Iran held talks with Oman.", "held", ["talk"], "with", "hold talk", "046", "Engage in negotiation"),
    ("Trump had held summit meetings with Kim.", "held", ["meeting"], "with", "hold meeting", "040", "Consult"),
    # Goods handed over as a gift are aid, persons handed over are released.
    ("India handed over 81 ambulances to Nepal.", "handed", ["ambulance"], "to", "hand over ambulance", "073",
     "Provide humanitarian aid"),
    # The small pipeline lemmatises "staged" as "stag": the lexicon verb is read off the form.
    ("Chinese forces staged drills around Taiwan.", "staged", ["drill"], "around", "stage drill", "150",
     "Demonstrate military or police power"),
    # The parser hangs "from" on the last object; "from attending the summit" is the gerund's object.
    ("Manele barred China, the United States and other partners from the forum's meeting.", "barred", ["partner"],
     None, "bar from meeting", "160", "Reduce relations"),
    ("Fiji barred China and Taiwan from attending the summit.", "barred", [], None, "bar from summit", "160",
     "Reduce relations"),
    ("Kyrgyzstan removed the Taliban from its list of banned organisations.", "removed", [], None,
     "remove from list", "081", "Ease administrative sanctions"),
    # Goods flown are aid; "flew to Kabul" alone is a visit.
    ("India flew 1,000 tents to Kabul.", "flew", ["tent"], "to", "fly tent", "073", "Provide humanitarian aid"),
    # Support restated for what a party holds is approval of that party.
    ("The GCC reiterated its support for the UAE's claim.", "reiterated", ["support"], "for", "reiterate support", "051",
     "Praise or endorse"),
    # "aside" read as an adverb still completes the pattern.
    ("Manele brushed aside concerns raised by Australia.", "brushed", ["concern"], None, "brush aside", "120",
     "Reject"),
    ("The IAEA Board of Governors found Iran in breach of its obligations.", "found", [], None, "find in breach",
     "116", "Find guilty or liable (legally)"),
    ("The Board of Governors declared Iran in breach of its obligations.", "declared", [], None, "declare in breach",
     "116", "Find guilty or liable (legally)"),
    # Nominating someone for a prize or a post is approval of them.
    ("Hun Manet nominated Donald Trump for the Nobel Peace Prize.", "nominated", [], None, "nominate", "051",
     "Praise or endorse"),
    # Supplies halted are an embargo, as supplies cut are.
    ("Gazprom halted gas supplies to Moldova.", "halted", ["supply"], "to", "halt supply", "163",
     "Impose embargo, boycott, or sanctions"),
    # A "to" inside a name is no infinitive completing the pattern ("condemn to" is a sentence).
    ("The arrests were condemned by the Committee to Protect Journalists.", "condemned", [], None, "condemn", "111",
     "Criticize or denounce"),
])
def test_verbs_map_to_cameo(nlp, typer, sentence, word, objects, prep, lemma, code, label):
    predicate, exact = typer.predicate_for_verb(verb(nlp, sentence, word), objects, prep)
    assert (predicate.lemma, predicate.cameo, predicate.label, exact) == (lemma, code, label, True)


def test_predicate_text_keeps_auxiliaries_and_negation(nlp, typer):
    predicate, _ = typer.predicate_for_verb(verb(nlp, "Berlin will not send troops.", "send"), ["troop"], None)
    assert predicate.text == "will not send"


def test_a_misspelt_lexicon_verb_is_read_with_lower_confidence(nlp, typer):
    predicate, exact = typer.predicate_for_verb(
        verb(nlp, "Further, the North Korean leader criticizdc the United States.", "criticizdc"), [], None)
    assert (predicate.lemma, predicate.cameo, predicate.text, exact) == ("criticize", "111", "criticizdc", False)


def test_a_real_verb_is_no_misspelling_of_a_lexicon_verb(nlp):
    # "protect" is close to "protest" but a word of its own, which the pipeline's dictionary knows.
    from kg.parse import dictionary_verbs

    typer = EventTyper(dictionary_verbs(nlp))
    assert typer.predicate_for_verb(verb(nlp, "Tajikistan must protect Chinese citizens.", "protect"), ["citizen"],
                                    None) == (None, False)
    predicate, exact = typer.predicate_for_verb(
        verb(nlp, "Further, the North Korean leader criticizdc the United States.", "criticizdc"), [], None)
    assert (predicate.lemma, exact) == ("criticize", False)


def test_unknown_verbs_give_no_predicate(nlp, typer):
    assert typer.predicate_for_verb(verb(nlp, "Kim referred to plans.", "referred"), [], None) == (None, False)


def test_event_nouns(typer):
    assert typer.noun_code("summit") == "040"
    assert typer.noun_code("sanction") == "163"
    assert typer.noun_code("weather") is None


def test_an_event_noun_is_read_with_its_modifier_first(nlp, typer):
    doc = nlp("Lissu began a hunger strike after an arms sale, a sale of land and a strike on Gaza.")
    nouns = [t for t in doc if t.lower_ in ("strike", "sale")]
    assert [typer.noun_code_of(t) for t in nouns] == ["142", "062", "061", "190"]
    assert typer.predicate_for_verb(verb(nlp, "Lissu began a hunger strike.", "began"), ["strike"], None)[0].cameo \
        == "142"


def test_violent_codes_are_those_of_roots_18_to_20():
    from kg.events import is_violent

    assert [is_violent(code) for code in ("180", "190", "202", "173", "142", None)] \
        == [True, True, True, False, False, False]


def test_violent_nouns_are_those_coded_18_to_20_with_their_modifier(nlp, typer):
    doc = nlp("After the war and the conflict, a summit on sanctions, the weather, an air strike and a hunger strike.")
    nouns = [t for t in doc if t.pos_ == "NOUN" and t.dep_ not in ("compound", "amod")]
    assert [(t.text, typer.is_violent_noun(t)) for t in nouns] == [
        ("war", True), ("conflict", True), ("summit", False), ("sanctions", False), ("weather", False),
        ("strike", True), ("strike", False)]


def test_root_classes_agree_with_the_codebook_quad_classes(typer):
    from kg.events import (CONFLICT_ROOTS, COOPERATIVE_ROOTS, HOSTILE_ROOTS, MATERIAL_CONFLICT_ROOTS,
                           MATERIAL_COOPERATION_ROOTS, VERDICT_ROOTS, VIOLENT_ROOTS)

    def quad(root):
        return typer.codes[root].quad

    assert [root for root in COOPERATIVE_ROOTS if quad(root) == "material_cooperation"] == list(
        MATERIAL_COOPERATION_ROOTS) == ["06", "07", "08"]
    assert [root for root in CONFLICT_ROOTS if quad(root) == "material_conflict"] == list(MATERIAL_CONFLICT_ROOTS)
    assert HOSTILE_ROOTS == ("13", *MATERIAL_CONFLICT_ROOTS)
    assert VIOLENT_ROOTS == ("18", "19", "20")
    assert VERDICT_ROOTS == ("11", "12")


def test_the_phrases_of_a_verb_are_its_lemma_alone_and_with_each_particle(nlp):
    typer = EventTyper()
    doc = nlp("Moscow vowed to hit back.")
    assert typer.phrases(doc[3]) == {"hit", "hit back"}
    assert typer.phrases(nlp("Moscow retaliated.")[1]) == {"retaliate"}
    # The parser reads "over" before an amount as "more than"; after the verb it is still its particle.
    handed = nlp("China has handed over 30,000 tonnes of rice to Zimbabwe.")[2]
    assert typer.particles(handed) == ["over"]
    assert typer.predicate_for_verb(handed, ["rice"], "to")[0].cameo == "073"
    # The parser may call the particle a preposition with no object.
    brushing = nlp("Kallas said the bloc would extend its mission, brushing aside Maria Zakharova's claim that the "
                   "mission was spying on Russia.")[9]
    assert (brushing.text, typer.particles(brushing)) == ("brushing", ["aside"])
    # Where the lexicon has no phrasal pattern, the verb's own still holds.
    assert typer.predicate_for_verb(nlp("Russia sent over 500 troops to Mali.")[1], ["troop"], "to")[0].lemma == "send troop"


def test_a_verb_is_known_when_a_lexicon_pattern_starts_with_it(nlp, typer):
    assert typer.knows(verb(nlp, "Colombia suspended electricity sales.", "suspended"))
    assert not typer.knows(verb(nlp, "Iran said it would respond.", "said"))
