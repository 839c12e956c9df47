"""Discourse: nouns that refer back to acts the article reported before."""

import pytest

from kg.actors import Mention, country_actor
from kg.discourse import Act, Alleged, ArticleActs, Unclaimed
from kg.events import EventTyper
from kg.model import Predicate

from .conftest import word


def mention(iso3: str, at: int = 0) -> Mention:
    return Mention(at, at + 1, country_actor(iso3), "gazetteer")


def labels(mentions):
    return [m.actor.label for m in mentions]


def test_a_verdict_on_a_strike_reaches_whoever_struck_last(nlp):
    acts = ArticleActs(EventTyper())
    acts.acts += [Act("19", mention("ISR"), mention("LBN")), Act("11", mention("FRA"), mention("ISR"))]
    doc = nlp("Lebanon condemned the strike.")
    assert labels(acts.parties_of(doc[3])) == ["Israel"]


def test_a_verdict_on_an_agreement_reaches_the_parties_just_reported(nlp):
    acts = ArticleActs(EventTyper(), recent_parties=[mention("RUS"), mention("PRK")])
    doc = nlp("Washington condemned the agreement.")
    assert labels(acts.parties_of(doc[3])) == ["Russia", "North Korea"]
    assert acts.parties_of(nlp("Washington condemned Russia's agreement.")[4]) == []


def test_a_verdict_on_a_deal_one_party_gives_reaches_the_giver(nlp):
    # An arms sale to Taiwan: the seller's deal, not Taiwan's.
    acts = ArticleActs(EventTyper(), recent_parties=[mention("USA"), mention("TWN")])
    acts.acts += [Act("06", mention("USA"), mention("TWN"))]
    doc = nlp("Beijing condemned the deal.")
    assert labels(acts.parties_of(doc[3])) == ["United States"]


def test_a_verdict_on_the_move_after_a_disapproval_reaches_the_act_disapproved(nlp):
    before = nlp("The AU rejected Israel's recognition of Somaliland.")
    rejected, recognition = before[2], before[5]
    acts = ArticleActs(EventTyper())
    acts.acts += [Act("12", mention("AUS"), mention("ISR"), rejected), Act("05", mention("ISR"), None, recognition)]
    doc = nlp("Somalia called the move an attack.")
    assert labels(acts.parties_of(doc[3])) == ["Israel"]
    # After an act of its own, the move is its doer's.
    acts.acts[0] = Act("16", mention("AUS"), mention("ISR"), rejected)
    assert labels(acts.parties_of(doc[3])) == ["Australia"]


def test_a_verdict_on_the_denial_or_the_act_reaches_its_doer(nlp):
    # A denial is an act of its own: "called the denial an insult" faults whoever denied.
    acts = ArticleActs(EventTyper())
    acts.acts += [Act("19", mention("RUS"), mention("POL"))]
    doc = nlp("Sikorski called the denial an insult.")
    assert labels(acts.parties_of(doc[3])) == ["Russia"]
    # So is "the act": whatever was done last.
    acts.acts[0] = Act("13", mention("CHN"), mention("JPN"))
    doc = nlp("Koizumi called the act dangerous.")
    assert labels(acts.parties_of(doc[3])) == ["China"]


def test_a_ruling_named_again_is_the_court_s_not_the_last_verdict_on_it(nlp):
    # "A Bosnian court sentenced Dodik ... Dodik called the verdict political. The ruling was also
    # condemned by Moscow": the court's act, not Dodik's criticism of it, though both are 11x.
    acts = ArticleActs(EventTyper())
    acts.acts += [Act("173", mention("BIH"), mention("SRB")), Act("111", mention("SRB"), mention("BIH"))]
    doc = nlp("The ruling was also condemned by Moscow.")
    assert labels(acts.parties_of(doc[1])) == ["Bosnia and Herzegovina"]
    # A conviction (116) is a court's act too; a word that is no judgment still names the last act.
    acts.acts[0] = Act("116", mention("BIH"), mention("SRB"))
    assert labels(acts.parties_of(doc[1])) == ["Bosnia and Herzegovina"]
    assert labels(acts.parties_of(nlp("The move was also condemned by Moscow.")[1])) == ["Serbia"]


def test_a_verdict_on_violence_only_alleged_reaches_the_accused(nlp):
    # "Vietnam accused Chinese officers of beating fishermen ... called the assault brutal": the
    # beating was only alleged, and an assault is violence of another code, but the same act.
    acts = ArticleActs(EventTyper())
    acts.acts += [Act("11", mention("VNM"), mention("CHN"))]
    acts.alleged.append(Alleged(mention("CHN"), mention("VNM"), Predicate("beat", "beating", "182", "Beat"), None))
    doc = nlp("Hang called the assault brutal.")
    assert labels(acts.parties_of(doc[3])) == ["China"]


def test_rejecting_the_offer_reaches_who_made_it(nlp):
    acts = ArticleActs(EventTyper(), recent_subjects=[mention("KOR")])
    doc = nlp("Pyongyang rejected the offer.")
    assert labels(acts.authors_of(doc[3])) == ["South Korea"]
    assert acts.authors_of(nlp("Pyongyang rejected an offer.")[3]) == []


def test_an_act_earlier_in_the_sentence(nlp):
    doc = nlp("Japan and the Philippines signed an agreement, a pact that Beijing condemned.")
    signed = next(t for t in doc if t.lemma_ == "sign")
    acts = ArticleActs(EventTyper(), acts=[Act("05", mention("JPN"), mention("PHL"), signed)])
    pact = word(doc, "pact")
    assert labels(acts.before(pact)) == ["Japan", "Philippines"]


@pytest.mark.parametrize("text, main, background, noun, doers", [
    # An act in the reason a participle of speech gives is not the step named after it.
    ("Washington imposed sanctions on the bank, saying the lender had helped Russia evade restrictions, a step "
     "Bishkek criticised.", ("imposed", "USA"), ("helped", "KGZ"), "criticised", ["United States"]),
    # A decision is what a clause did, not an act a noun names in passing.
    ("Iran suspended cooperation with the IAEA after U.S. strikes on its sites, a decision Grossi called "
     "regrettable.", ("suspended", "IRN"), ("strikes", "USA"), "decision", ["Iran"]),
])
def test_the_act_a_step_or_decision_names(nlp, text, main, background, noun, doers):
    doc = nlp(text)
    tokens = {t.text: t for t in doc}
    acts = ArticleActs(EventTyper(), acts=[Act("16", mention(main[1]), None, tokens[main[0]]),
                                           Act("19", mention(background[1]), mention("RUS"), tokens[background[0]])])
    assert labels(acts.before(tokens[noun])) == doers


def test_a_demand_for_release_reaches_whoever_holds_them(nlp):
    acts = ArticleActs(EventTyper())
    acts.acts += [Act("17", mention("IRN"), mention("FRA")), Act("11", mention("FRA"), mention("IRN"))]
    doc = nlp("Paris demanded their release.")
    assert labels(acts.captors(doc[3])) == ["Iran"]
    assert ArticleActs(EventTyper()).captors(doc[3]) == []


def test_what_the_act_a_definite_noun_refers_to_struck(nlp):
    acts = ArticleActs(EventTyper())
    acts.acts += [Act("19", mention("UKR"), mention("RUS")), Act("11", mention("FRA"), mention("UKR"))]
    doc = nlp("The agency said it was behind the attack.")
    assert labels(acts.struck_by(doc[7])) == ["Russia"]
    # An indefinite noun names a new act.
    doc = nlp("The agency said it was behind an attack.")
    assert labels(acts.struck_by(doc[7])) == []


def test_the_hostile_act_a_response_answers_is_not_the_responders_own(nlp):
    doc = nlp("U.S. bombers struck Iran, Tehran condemned the attack, and Araqchi vowed that Iran would respond.")
    struck, condemned, respond = (next(t for t in doc if t.lemma_ == lemma) for lemma in ("strike", "condemn", "respond"))
    acts = ArticleActs(EventTyper(), acts=[Act("19", mention("USA"), mention("IRN"), struck),
                                           Act("11", mention("IRN"), mention("USA"), condemned)])
    assert labels(acts.hostile_before(respond)) == ["Iran"]
    assert labels(acts.hostile_before(respond, {"IRN"})) == ["United States"]
    assert acts.hostile_before(respond, {"IRN", "USA"}) == []



def test_the_move_the_parser_makes_a_modifier_of_the_label_refers_back(nlp):
    # The parser reads 'the move "unacceptable" interference' as one phrase headed by the label.
    acts = ArticleActs(EventTyper())
    acts.acts += [Act("16", mention("USA"), mention("BRA"))]
    doc = nlp('Brazil\'s government called the move "unacceptable" interference in its judiciary.')
    move = word(doc, "move")
    assert move.dep_ != "dobj"
    assert labels(acts.parties_of(move)) == ["United States"]


def test_a_step_reported_before_is_the_clause_not_what_a_noun_aims_at(nlp):
    doc = nlp("Turkey's parliament approved Sweden's bid to join NATO, a step Stoltenberg welcomed.")
    approved, join, step = (word(doc, text) for text in ("approved", "join", "step"))
    acts = ArticleActs(EventTyper())
    acts.acts += [Act("05", mention("TUR"), mention("SWE"), approved), Act("", mention("SWE"), None, join)]
    assert labels(acts.before(step)) == ["Turkey"]


def test_a_joint_act_named_again_in_another_clause_of_the_sentence_is_both_parties(nlp):
    from .test_statements import coded

    assert coded(nlp, "South Korean and U.S. troops began their annual Freedom Shield exercise on Monday, and North "
                      "Korea's KCNA news agency denounced the drills as a rehearsal for an invasion.") == [
        ("South Korea", "062", "United States"), ("Korean Central News Agency", "111", "South Korea"),
        ("Korean Central News Agency", "111", "United States")]
    # Said by one of the parties, after a comma: not a verdict on the partner.
    assert coded(nlp, "Papua New Guinea and Australia signed a mutual defence treaty in Canberra on Monday, Prime "
                      "Minister James Marape said, calling the pact historic.") == [
        ("Papua New Guinea", "057", "Australia")]


def test_a_claim_reaches_the_last_violence_no_one_was_named_for(nlp):
    doc = nlp("Gunmen attacked a post in Pakistan and Afghanistan. Militants shelled Iran. The TTP claimed "
              "responsibility.")
    tokens = {t.text: t for t in doc}
    acts = ArticleActs(EventTyper(), unclaimed=[Unclaimed("190", mention("PAK"), tokens["attacked"]),
                                                Unclaimed("190", mention("AFG"), tokens["attacked"]),
                                                Unclaimed("194", mention("IRN"), tokens["shelled"])])
    assert labels(act.target for act in acts.unclaimed_before(tokens["claimed"])) == ["Iran"]
    assert labels(act.target for act in acts.unclaimed_before(tokens["Militants"])) == ["Pakistan", "Afghanistan"]
    assert acts.unclaimed_before(tokens["Gunmen"]) == []
