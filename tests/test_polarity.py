"""Polarity: negated, refused and only-requested acts, read off the parse around a verb."""

import pytest

from kg.polarity import Polarity


@pytest.fixture(scope="module")
def polarity():
    return Polarity()


def verb(nlp, text: str, lemma: str):
    return next(token for token in nlp(text) if token.lemma_ == lemma)


@pytest.mark.parametrize("text, lemma, negated", [
    ("Japan did not condemn the launch.", "condemn", True),
    ("China failed to condemn Russia's invasion.", "condemn", True),
    ("Germany denied sending missiles to Ukraine.", "send", True),
    ("India rejected calls to impose sanctions on Russia.", "impose", True),
    ("Brazil has yet to recognise the outcome.", "recognise", True),
    ("South Korea stopped short of blaming North Korea.", "blame", True),
    ("Japan condemned the launch.", "condemn", False),
    # An adjective takes the negation of its copula.
    ("Washington was not ready to resume trade talks with Ottawa.", "resume", True),
    ("Washington was ready to resume trade talks with Ottawa.", "resume", False),
    ("The Cook Islands signed a deal with China without consulting Wellington.", "consult", True),
    ("The Cook Islands signed a deal with China without consulting Wellington.", "sign", False),
    ("Seoul did not meet Tokyo but called Beijing.", "call", False),
    ("Egede said no Greenlandic officials would meet the U.S. delegation.", "meet", True),
    ("The OAS failed to approve a resolution demanding that Venezuela publish the tallies.", "demand", True),
    ("The OAS approved a resolution demanding that Venezuela publish the tallies.", "demand", False),
    # A denial after the act is someone else's: "X blamed India ..., a charge New Delhi denied".
    ("Naqvi blamed India for arming the separatist group, a charge New Delhi has repeatedly denied.", "blame",
     False),
    # Not hesitating to act is no refusal of it.
    ("Pyongyang would not hesitate to use the missile against the United States.", "use", False),
    ("Pyongyang would not hesitate to use the missile against the United States.", "hesitate", True),
    # The alternative turned down did not happen.
    ("Anwar said Kuala Lumpur would seek negotiations with Washington rather than retaliate.", "retaliate", True),
    ("Malaysia chose to negotiate rather than retaliating against Washington.", "retaliate", True),
    ("Kuala Lumpur would seek talks instead of retaliating against Washington.", "retaliate", True),
    ("Kuala Lumpur would seek talks instead of retaliating against Washington.", "seek", False),
    # A phrasal verb of refusal; the means of an act not done.
    ("Chancellor Friedrich Merz again ruled out supplying Taurus cruise missiles to Kyiv.", "supply", True),
    ("Lula said he would not humiliate himself by calling Trump.", "call", True),
    ("Iran responded by firing missiles at Israel.", "fire", False),
    # What a claim or a report says, denied or rejected, did not happen; what one only cites did.
    ("Russia denied reports that Moscow was shipping weapons to the Libyan National Army.", "ship", True),
    ("Iran rejected allegations that it had supplied drones to Russia.", "supply", True),
    ("Iran cited reports that Israel had supplied drones to Azerbaijan.", "supply", False),
    # What one is not let do is not done; what one is let do, as far as the sentence says, is.
    ("The junta refused to let the envoy meet Aung San Suu Kyi.", "meet", True),
    ("The junta let the envoy meet Aung San Suu Kyi.", "meet", False),
])
def test_negated(nlp, polarity, text, lemma, negated):
    assert polarity.negated(verb(nlp, text, lemma)) is negated


@pytest.mark.parametrize("text, lemma, requested", [
    ("China urged Japan to stop the releases.", "stop", True),
    ("Putin accused Britain of plotting an attack.", "plot", True),
    # The parser hangs "of firing" on the accused: still only alleged.
    ("Azerbaijan accused Armenian forces of firing on its positions.", "fire", True),
    ("Guyana asked the Council to meet, accusing Venezuela of threats.", "accuse", False),
    ("Mali ordered the expulsion after Paris criticised the junta.", "criticise", False),
    ("Japan condemned the launch.", "condemn", False),
    # Faulted for an act, the act happened; blamed for one, it is only alleged.
    ("The Taliban criticised Pakistan for deporting 100,000 Afghans.", "deport", False),
    ("Moscow blamed Kyiv for shelling the plant.", "shell", True),
    # A verb in the past tense joined to the infinitive is the speaker's own act.
    ("Mao Ning urged Manila to stop stirring up trouble around Second Thomas Shoal and accused Washington of "
     "fanning tensions.", "accuse", False),
    # When something was asked is no part of what was asked.
    ("Store told reporters after meeting Svyrydenko.", "meet", False),
    ("NATO warned Russia against sending troops.", "send", True),
    # The parser hangs the infinitive on the clause above the request.
    ("IGAD Executive Secretary Workneh Gebeyehu travelled to Juba on Monday to press President Salva Kiir to free "
     "opposition leader Riek Machar.", "free", True),
    ("Gebeyehu travelled to Juba on Monday to press Kiir.", "press", False),
    # A participle after a comma is a clause of its own, however the parser hangs it.
    ("The Pentagon ordered a carrier to the region, Hegseth said, warning Iran against targeting U.S. troops.",
     "warn", False),
    # A clause after "with" that has a subject of its own tells what else happened.
    ("Russia vetoed a British-drafted resolution on Monday calling for a ceasefire in Sudan, with deputy envoy "
     "Dmitry Polyanskiy accusing London of trying to impose solutions on Khartoum.", "accuse", False),
    ("The UN called on Israel to stop, with Hamas to release the hostages.", "release", True),
])
def test_requested_only(nlp, polarity, text, lemma, requested):
    assert polarity.requested_only(verb(nlp, text, lemma)) is requested


def test_rejected_request(nlp, polarity):
    assert polarity.rejected_request(verb(nlp, "India rejected calls to impose sanctions.", "impose"))
    assert not polarity.rejected_request(verb(nlp, "India backed calls to impose sanctions.", "impose"))
    # The parser may hang the request's infinitive on the verb that turned it down.
    text = "Manele said he would keep the pact, rejecting calls from opposition leader Matthew Wale to scrap it."
    assert polarity.rejected_request(verb(nlp, text, "scrap"))
    text = "Manele said he would keep the pact, backing calls from opposition leader Matthew Wale to scrap it."
    assert not polarity.rejected_request(verb(nlp, text, "scrap"))
    # A request defied is one turned down.
    text = "Kazakhstan will not cut oil production despite repeated calls from OPEC+ to comply with its quota."
    assert polarity.rejected_request(verb(nlp, text, "comply"))
    text = "Kazakhstan will cut oil production after repeated calls from OPEC+ to comply with its quota."
    assert not polarity.rejected_request(verb(nlp, text, "comply"))


def test_an_act_before_a_verdict_across_a_comma_is_no_allegation(nlp, polarity):
    text = ("Muttaqi held talks with Jaishankar, who announced that India would upgrade its mission, a step "
            "Pakistan's foreign office criticised.")
    assert polarity.requested_only(verb(nlp, text, "hold")) is False


def test_a_request_defied_is_not_done(extract_text):
    assert extract_text("Kazakhstan will not cut oil production at its Tengiz field despite repeated calls from OPEC+ "
                        "to comply with its quota.") == [("Kazakhstan", "comply with", "OPEC+", True, None)]


@pytest.mark.parametrize("text,open_", [
    ("Trump said he would not rule out using military force against Venezuela.", True),
    ("Trump refused to rule out using military force to take control of Greenland.", True),
    ("Trump ruled out using military force against Venezuela.", False),
    ("Trump threatened to use military force against Venezuela.", False),
])
def test_left_open(nlp, polarity, text, open_):
    doc = nlp(text)
    assert polarity.left_open(next(t for t in doc if t.lemma_ == "use")) is open_


def test_a_clause_of_its_own_after_a_denial_is_not_denied(extract_text):
    assert extract_text("The Kremlin on Wednesday denied sending drones into Polish airspace on purpose, with "
                        "spokesman Dmitry Peskov accusing the European Union of \"demonising Russia at every "
                        "opportunity\".") == [
        ("Dmitry Peskov", "accuse", "European Union", False, None)]
