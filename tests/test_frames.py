"""Frames: the pairs a frame states, how sure it is, and the shared judgements on codes and states."""

import pytest

from kg.actors import Mention, country_actor
from kg.frames import (Frame, absolute_subject, between_preps, confidence, forces_before_infinitive,
                       in_adverbial_idiom, infinitive_of_noun, is_infinitive, is_possessive_pronoun, is_verdict,
                       misjoined_governor, misparsed_amount, misparsed_apposition, misparsed_participle,
                       object_after_label, on_side, others_than, own_state, pairs, participle_after_comma, refers_back,
                       sharing_conjunct_head, side_of, state_naming_title, described_person)
from kg.model import Actor, Predicate

from .conftest import word

PREDICATE = Predicate("meet", "met", "040", "Consult")


def mention(iso3: str, how: str = "gazetteer") -> Mention:
    return Mention(0, 1, country_actor(iso3), how)


def codes(frame: Frame) -> list[tuple[str, str]]:
    return [(s.actor.country, o.actor.country) for s, o in pairs(frame)]


def test_every_subject_acts_on_every_object():
    frame = Frame((mention("EGY"), mention("QAT")), (mention("ISR"), mention("PSE")), PREDICATE, False, 0.9, None)
    assert codes(frame) == [("EGY", "ISR"), ("EGY", "PSE"), ("QAT", "ISR"), ("QAT", "PSE")]


def test_a_joint_act_pairs_each_party_once_and_zipped_frames_keep_their_order():
    joint = Frame((mention("IND"),), (mention("PAK"), mention("CHN")), PREDICATE, False, 0.9, None,
                  symmetric_pairs=True)
    assert codes(joint) == [("IND", "PAK"), ("IND", "CHN"), ("PAK", "CHN")]
    # Four or more parties: the first named with each other one, as annotators code a summit's
    # treaty or a multinational drill (not every one of the pairs, which grow as n(n-1)/2).
    drills = Frame((mention("PHL"), mention("USA"), mention("JPN")), (mention("AUS"),), PREDICATE, False, 0.9, None,
                   symmetric_pairs=True)
    assert codes(drills) == [("PHL", "USA"), ("PHL", "JPN"), ("PHL", "AUS")]
    mutual = Frame((mention("THA"), mention("KHM")), (mention("KHM"), mention("THA")), PREDICATE, False, 0.9,
                   None, zipped=True)
    assert codes(mutual) == [("THA", "KHM"), ("KHM", "THA")]


def test_confidence_falls_with_pronouns_and_descriptors():
    assert confidence([mention("USA")], True) == pytest.approx(0.9)
    assert confidence([mention("USA")], False) == pytest.approx(0.7)
    assert confidence([mention("USA", "pronoun"), mention("CHN", "descriptor")], True) == pytest.approx(0.9 * 0.8 * 0.9)


@pytest.mark.parametrize(("code", "verdict"), [
    ("051", True), ("111", True), ("120", True), ("140", True), ("040", False), ("057", False), ("190", False),
    (None, False)])
def test_verdicts_are_praise_disapproval_rejection_and_protest(code, verdict):
    assert is_verdict(code) is verdict


def test_acting_on_ones_own_state_is_domestic():
    kim = Actor("https://w3id.org/kg-geo/id/person/kim-jong-un", "Kim Jong-un", "Person", "PRK")
    assert own_state(kim, country_actor("PRK"))
    assert not own_state(kim, country_actor("KOR"))
    rebels = Actor("https://w3id.org/kg-geo/id/group/m23", "M23", "Group", "COD")
    assert not own_state(rebels, country_actor("COD"))
    # A state praising its own leader is domestic; judging, arresting or beating its citizen is not.
    assert own_state(country_actor("PRK"), kim, "051")
    assert not own_state(country_actor("PRK"), kim, "116")
    assert not own_state(country_actor("PRK"), kim, "173")
    assert not own_state(country_actor("PRK"), kim, "182")
    # Freeing one is not either.
    assert not own_state(country_actor("PRK"), kim, "0841")
    # An opposition leader accusing their own state's government is a statement.
    tchiroma = Actor("https://w3id.org/kg-geo/id/person/issa-tchiroma-bakary", "Issa Tchiroma Bakary", "Person", "CMR")
    assert not own_state(tchiroma, country_actor("CMR"), "112", outsider=True)
    assert own_state(tchiroma, country_actor("CMR"), "042", outsider=True)


def test_a_side_is_its_actors_and_their_states():
    kim = Actor("https://w3id.org/kg-geo/id/person/kim-jong-un", "Kim Jong-un", "Person", "PRK")
    side = side_of([Mention(0, 1, kim, "gazetteer")])
    assert side == {kim.id, "PRK"}
    assert on_side(kim, side) and on_side(country_actor("PRK"), side)
    assert not on_side(country_actor("KOR"), side)


def test_an_amount_read_as_the_object_of_about_is_the_amount(nlp):
    doc = nlp("New Zealand paused about NZ$18 million in development funding to the Cook Islands.")
    about = word(doc, "about")
    assert misparsed_amount(about).text == "million"
    doc = nlp("Officials talked about the border.")
    assert misparsed_amount(word(doc, "about")) is None


def test_the_words_of_an_idiom_saying_how_an_act_was_done(nlp):
    doc = nlp("Kurti and Vucic refused to meet face to face on Thursday.")
    assert [t.text for t in doc if in_adverbial_idiom(t, frozenset({"face to face", "side by side"}))] == ["face", "to", "face"]
    doc = nlp("Vucic refused to face Kurti on Thursday.")
    assert not any(in_adverbial_idiom(t, frozenset({"face to face"})) for t in doc)


def test_a_state_naming_the_title_of_the_person_after_it_is_no_object(nlp):
    titles = {"prime minister": "head_of_government", "minister": "minister"}
    doc = nlp("Serbian President Aleksandar Vucic accused Kosovo Prime Minister Albin Kurti on Sunday of lying.")
    assert [t.text for t in doc if t.dep_ == "dobj"] == ["Kosovo", "Kurti"]  # how the small parser reads it
    assert [t.text for t in doc if state_naming_title(t, titles)] == ["Kosovo"]
    # Two objects with no title between them are two objects.
    doc = nlp("Trump accused Canada and Mexico on Sunday of lying.")
    assert not any(state_naming_title(t, titles) for t in doc)


def test_a_noun_after_a_comma_that_follows_an_object_is_an_apposition(nlp):
    doc = nlp("Cambodia appealed to Malaysia, the current ASEAN chair, to press Bangkok.")
    assert misparsed_apposition(word(doc, "chair"))
    doc = nlp("Muttaqi visited Tokyo on Monday, the first trip by a Taliban minister to Japan.")
    assert misparsed_apposition(word(doc, "trip"))
    doc = nlp("Cambodia appealed to Malaysia for help.")
    assert not any(misparsed_apposition(t) for t in doc)
    # After a time phrase hung deeper than the verb, with a possessive pronoun.
    doc = nlp("Lula and Trump met on the sidelines of the ASEAN summit on Sunday, their first formal sit-down.")
    assert misparsed_apposition(word(doc, "down"))
    # The subject of a relative clause with no pronoun, after such an apposition.
    doc = nlp("Algeria shot down a Malian army drone near the border, a move the three Sahel juntas described as "
              "'a hostile act'.")
    assert [t.text for t in doc if misparsed_apposition(t)] == ["juntas"]


def test_a_finite_verb_joined_to_an_infinitive_or_a_gerund_is_the_governors(nlp):
    doc = nlp("Mao Ning urged Manila to stop stirring up trouble and accused Washington of fanning tensions.")
    assert misjoined_governor(word(doc, "accused")).lower_ == "urged"
    doc = nlp("Ivorian opposition leader Tidjane Thiam accused President Alassane Ouattara of confiscating the vote "
              "and called on ECOWAS and the African Union to refuse to recognise the result.")
    assert misjoined_governor(word(doc, "called")).lower_ == "accused"
    doc = nlp("Japan condemned the launch and summoned the ambassador.")
    assert misjoined_governor(word(doc, "summoned")) is None
    # A gerund joined to the clause another gerund governs is that gerund's partner.
    doc = nlp("SADC leaders ended a summit on Friday by demanding that M23 rebels withdraw from Goma and appealing "
              "to Rwanda to stop supporting the group.")
    assert misjoined_governor(word(doc, "appealing")).lower_ == "demanding"
    # A past tense joined to the past perfect of a reported clause: the speaker's, when it tells
    # someone to act or follows a comma; the reported clause's, when it shares its "had".
    doc = nlp("NATO chief Mark Rutte said Russia had doubled its forces near the Norwegian border and warned Moscow "
              "against any attack.")
    assert misjoined_governor(word(doc, "warned")).lower_ == "said"
    doc = nlp("Houthi spokesman Yahya Saree denied on Monday that Houthi forces had attacked a tanker in the Red Sea, "
              "and in a televised speech urged Washington to end its strikes.")
    assert misjoined_governor(word(doc, "urged")).lower_ == "denied"
    doc = nlp("Energy Minister Alparslan Bayraktar said Ankara had signed a new contract with Gazprom and was in talks "
              "with Azerbaijan.")
    assert misjoined_governor(word(doc, "was")) is None
    # ... or to a present tense, or a modal's: faulting someone is the speaker's act too.
    doc = nlp("Russian Foreign Minister Sergei Lavrov said Moscow fully supports Kim Jong Un's policies and accused "
              "the United States of building up a military alliance.")
    assert misjoined_governor(word(doc, "accused")).lower_ == "said"
    doc = nlp("Junta spokesman Zaw Min Tun said Naypyitaw would not bow to external pressure and criticised the bloc.")
    assert misjoined_governor(word(doc, "criticised")).lower_ == "said"
    # ... or a progressive's: rejecting the charge is the speaker's act too.
    doc = nlp("Rwandan Foreign Minister Olivier Nduhungirehe on Monday denied that Rwanda was supplying weapons to M23 "
              "rebels and accused Kinshasa of fighting alongside the FDLR.")
    assert misjoined_governor(word(doc, "accused")).lower_ == "denied"
    doc = nlp("Eritrean Information Minister Yemane Gebremeskel denied that Asmara was supplying the group and "
              "dismissed Abiy's claim as a pretext for aggression.")
    assert misjoined_governor(word(doc, "dismissed")).lower_ == "denied"
    # A past tense joined to the infinitive that completes a noun: the past tense above the noun.
    doc = nlp("Jordanian Foreign Minister Ayman Safadi said Amman would reject any plan to displace Palestinians from "
              "Gaza into Jordan and accused Israel of deliberately undermining the ceasefire.")
    assert misjoined_governor(word(doc, "accused")).lower_ == "said"


def test_a_participle_after_a_possessive_describes_the_noun_after_it(nlp):
    doc = nlp("Kim Aris, the son of Myanmar's detained former leader Aung San Suu Kyi, appealed to the junta.")
    assert misparsed_participle(word(doc, "detained"))
    doc = nlp("Myanmar detained the former leader.")
    assert not misparsed_participle(word(doc, "detained"))
    # A participle of allegiance after "and" describes the fighters after it.
    doc = nlp("Fighters of the M23 clashed with Congolese troops and allied Wazalendo militiamen near Uvira.")
    assert misparsed_participle(word(doc, "allied"))


def test_a_guest_met_visiting(nlp):
    doc = nlp("Chinese President Xi Jinping met visiting Australian Prime Minister Anthony Albanese on Tuesday.")
    visiting = word(doc, "visiting")
    assert described_person(visiting).text == "Albanese" and misparsed_participle(visiting)
    doc = nlp("Xi met Albanese, visiting the Great Hall afterwards.")
    assert described_person(word(doc, "visiting")) is None
    # After a preposition too: "talks with visiting ... Peters".
    doc = nlp("Schmidt held talks with visiting New Zealand Foreign Minister Winston Peters.")
    assert described_person(word(doc, "visiting")).text == "Peters"
    # And as the complement of a verb of meeting.
    doc = nlp("Philippine President Ferdinand Marcos Jr. refused to meet visiting Chinese Foreign Minister Wang Yi.")
    assert described_person(word(doc, "visiting")).text == "Yi"
    # Or a person described as held, whom nobody in the sentence detained.
    doc = nlp("Myanmar's military government refused to let ASEAN special envoy Othman Hashim meet detained former "
              "leader Aung San Suu Kyi.")
    assert described_person(word(doc, "detained")).text == "Kyi"


def test_the_subject_of_an_absolute_with(nlp):
    doc = nlp("Timor-Leste became the 11th member of ASEAN on Sunday, with Malaysian Prime Minister Anwar Ibrahim, "
              "the bloc's current chair, hailing its admission as a historic day.")
    assert absolute_subject(word(doc, "hailing")).text == "Ibrahim"
    # No comma before "with": a manner, not an absolute clause.
    doc = nlp("Niger announced it was withdrawing from ECOWAS with immediate effect, accusing the bloc of "
              "imposing sanctions.")
    assert absolute_subject(word(doc, "accusing")) is None


def test_a_participle_after_a_comma(nlp):
    doc = nlp("The Pentagon ordered a carrier to the region, Hegseth said, warning Iran against targeting U.S. troops.")
    assert participle_after_comma(word(doc, "warning"))
    doc = nlp("Iran kept warning Israel.")
    assert not participle_after_comma(word(doc, "warning"))
    # The comma may close a quotation.
    doc = nlp('Carney told Trump that Canada "is not for sale," rejecting the suggestion.')
    assert participle_after_comma(word(doc, "rejecting"))


def test_an_owner_named_by_a_pronoun(nlp):
    doc = nlp("Turkey blocked their participation in the fund and its withdrawal from Iran's market.")
    assert [t.text for t in doc if t.dep_ == "poss" and is_possessive_pronoun(t)] == ["their", "its"]


def test_a_conjunct_with_no_subject_shares_its_heads(nlp):
    doc = nlp("A resolution that would have renewed sanctions on Mali and extended the mandate failed.")
    assert sharing_conjunct_head(word(doc, "extended")).text == "renewed"
    doc = nlp("Russia vetoed the resolution, and China abstained from the vote.")
    assert sharing_conjunct_head(word(doc, "abstained")) is None
    assert sharing_conjunct_head(word(doc, "vetoed")) is None


def test_a_noun_that_refers_back(nlp):
    doc = nlp("Iran condemned the move and this decision but welcomed a proposal.")
    assert [t.text for t in doc if t.pos_ == "NOUN" and refers_back(t)] == ["move", "decision"]


def test_an_infinitive_is_a_verb_marked_by_to(nlp):
    doc = nlp("Ruto urged Kiir to free Machar, who returned to Juba and met ministers.")
    assert [t.text for t in doc if t.pos_ == "VERB" and is_infinitive(t)] == ["free"]


def test_an_infinitive_that_completes_a_noun(nlp):
    doc = nlp("Sweden's bid to join NATO stalled, and the ministers met to discuss it.")
    assert [t.text for t in doc if t.pos_ == "VERB" and infinitive_of_noun(t)] == ["join"]


def test_forces_right_before_an_infinitive_hung_on_the_main_verb(nlp):
    doc = nlp("The G7 condemned the deployment of North Korean troops to fight against Ukraine.")
    assert [(t.text, forces_before_infinitive(t).text) for t in doc if forces_before_infinitive(t) is not None] == [
        ("fight", "troops")]
    # The verb's own object: who sent them, as the clause says.
    doc = nlp("North Korea deployed troops to assist Russia.")
    assert [t for t in doc if forces_before_infinitive(t) is not None] == []


def test_a_past_participle_joined_to_an_infinitive_belongs_to_its_governor(nlp):
    doc = nlp("China advised its citizens to avoid travel to Japan and suspended imports of Japanese seafood.")
    assert misjoined_governor(word(doc, "suspended")).lower_ == "advised"
    # A participle with its own auxiliary is no misread past tense.
    doc = nlp("China urged Japan to stop the drills and has suspended imports.")
    assert misjoined_governor(word(doc, "suspended")) is None


def test_between_hung_on_the_of_complement_belongs_to_the_noun(nlp):
    doc = nlp("The United Arab Emirates mediated an exchange of 84 prisoners between Russia and Ukraine.")
    exchange = next(token for token in doc if token.lower_ == "exchange")
    assert [(prep.text, [c.text for c in prep.children]) for prep in between_preps(exchange)] == [("between", ["Russia"])]
    assert between_preps(next(token for token in nlp("Qatar hosted talks in Doha.") if token.lower_ == "talks")) == []


def test_others_than_leaves_out_the_actors_of_the_side_given():
    iran, iraq = country_actor("IRN"), country_actor("IRQ")
    mentions = [Mention(0, 1, iran, "gazetteer"), Mention(2, 3, iraq, "gazetteer")]
    assert [m.actor.label for m in others_than(mentions, [Mention(5, 6, iran, "pronoun")])] == ["Iraq"]
    assert others_than(mentions, []) == mentions


def test_an_object_put_after_an_as_label_is_the_verbs_object(nlp):
    def late_object(text):
        doc = nlp(text)
        found = object_after_label(word(doc, "as"))
        return found.text if found is not None else None

    assert late_object('Algeria condemned as "unacceptable" the expulsion of four of its diplomats by Mali.') == "expulsion"
    assert late_object('Oslo dismissed as "baseless" Russian Foreign Minister Sergei Lavrov\'s remarks on Svalbard.') \
        == "remarks"
    # A label with nothing after it, and a verb with an object of its own.
    assert late_object("Tehran condemned as a violation of the charter.") is None
    assert late_object("Tehran condemned the strikes as a violation of the charter.") is None



def test_a_claim_appended_after_a_comma_names_who_answers_it(nlp):
    from kg.frames import appended_claim

    doc = nlp("Muyaya accused Rwanda of arming M23 rebels in South Kivu, a charge Kigali has repeatedly denied.")
    claim, words = appended_claim(doc[-2], {"charge", "claim"})
    assert (claim.text, [w.text for w in words]) == ("charge", ["Kigali"])
    # Not a clause of its own with a subject named after a verb: "Kigali, which has denied it".
    doc = nlp("Rwanda armed the rebels, Kigali denied.")
    assert appended_claim(doc[-2], {"charge", "claim"}) is None


def test_a_visiting_official_is_described_after_any_verb(nlp):
    from kg.frames import described_person

    doc = nlp("Mongolia did not arrest visiting Russian President Vladimir Putin on Tuesday.")
    visiting = next(t for t in doc if t.text == "visiting")
    assert described_person(visiting).text == "Putin"
    # A place visited is visited: no title says a person is described.
    doc = nlp("The minister will keep visiting Kyiv.")
    assert described_person(next(t for t in doc if t.text == "visiting")) is None
