"""Verdicts and answers: names that condemn or praise what they name, and responses."""

import pytest

from kg.verdicts import VerdictReader

from .test_statements import coded


def test_a_name_that_insults_a_person_criticises_them(nlp):
    assert coded(nlp, 'Milei called Begona Gomez "corrupt".') == [("Javier Milei", "111", "Begona Gomez")]
    assert coded(nlp, "Maduro called Milei a fascist.") == [("Nicolas Maduro", "111", "Javier Milei")]


@pytest.mark.parametrize("text, label", [
    ("Tbilisi called the measures blackmail.", "blackmail"),
    ("Remarks that Iran described as reckless.", "reckless"),
    ('Ryzhenkov called the measures "illegal".', "illegal"),
    ('Araghchi called the move by the three European powers "unjustified and illegal."', "unjustified"),
    ("Ryzhenkov called the minister.", None),
    ('Albanese called the measures "obscene".', "obscene"),
    # A quoted label the parser reads as an apposition; an apposition unquoted describes the one named.
    ('Lula has called Milei\'s economic policies "a disaster".', "disaster"),
    ("Lula called Milei, a former economist, on Monday.", None),
    # An indefinite label right after the named noun; the object of a clause hung on the noun named.
    ("Kallas called Belarus's vote a sham.", "sham"),
    ("Russia deployed the missiles in Belarus, a move Polish Defence Minister Wladyslaw Kosiniak-Kamysz called a "
     "direct threat to NATO.", "threat"),
])
def test_the_label_a_naming_verb_gives(nlp, text, label):
    verb = next(token for token in nlp(text) if token.lemma_ in ("call", "describe"))
    found = VerdictReader._label(verb)
    assert (found.text if found is not None else None) == label


def test_responses_threatened_on_a_condition_and_fronted_charges(extract_text, nlp):
    # A response vowed is a threat (13) against whoever did the hostile act just reported.
    assert coded(nlp, "Warsaw ordered the closure of Russia's last consulate in Poland, and Moscow promised a "
                      "mirror response.") == [("Poland", "160", "Russia"), ("Russia", "130", "Poland")]
    assert coded(nlp, "Latvia ordered a Russian diplomat to leave the country. Moscow vowed a \"tough "
                      "response\".") == [("Latvia", "161", "Russia"), ("Russia", "130", "Latvia")]
    # The dead do not vow: "said 26 civilians were killed and vowed to respond" is the speaker's.
    assert coded(nlp, "India struck nine sites in Pakistan on Wednesday. Pakistan's military said 26 civilians "
                      "were killed and vowed to respond.") == [("India", "190", "Pakistan"), ("Pakistan", "130", "India")]
    # Avenging an act answers whoever did it; harm promised in a clause is a threat.
    assert coded(nlp, "India struck sites in Pakistan. Prime Minister Shehbaz Sharif vowed to avenge the "
                      "attack.") == [("India", "190", "Pakistan"), ("Shehbaz Sharif", "130", "India")]
    assert coded(nlp, "U.S. forces struck Houthi targets in Yemen overnight. Houthi official Mohammed al-Bukhaiti "
                      "vowed that the strikes would be met with escalation.") == [
        ("United States", "190", "Houthis"), ("Mohammed al-Bukhaiti", "130", "United States")]
    assert coded(nlp, "Iran's Supreme Leader Ali Khamenei vowed that Israel would face severe punishment.") == [
        ("Ali Khamenei", "130", "Israel")]
    assert ("Mohammed Abdulsalam", "130", "Israel") in coded(
        nlp, "Houthi chief negotiator Mohammed Abdulsalam vowed that its attacks on Israeli targets would continue "
             "until the war in Gaza ends.")
    # "would retaliate if X ..." threatens X; "retaliated by expelling" is the expulsion only.
    assert extract_text("Ankara said on Tuesday it would retaliate if the European Union went ahead with plans "
                        "to halve steel import quotas.") == [("Turkey", "retaliate", "European Union", False, "Turkey")]
    assert coded(nlp, "Canada expelled six Indian diplomats, and India retaliated by expelling six Canadian "
                      "envoys.") == [("Canada", "161", "India"), ("India", "161", "Canada")]
    # What a response answers may follow it: "vowed to respond ... after Trump announced a tariff".
    assert coded(nlp, "Brazilian President Luiz Inacio Lula da Silva vowed on Thursday to respond with reciprocal "
                      "measures after U.S. President Donald Trump announced a 50 percent tariff on Brazilian "
                      "goods.") == [("Luiz Inacio Lula da Silva", "130", "Donald Trump"), ("Donald Trump", "163", "Brazil")]
    # Only threatened, the response is a threat, and the means it names are not done.
    assert coded(nlp, "Norway imposed sanctions on Russian fishing companies, and Moscow threatened to retaliate "
                      "by reviewing its fisheries pact with Oslo.") == [("Norway", "163", "Russia"), ("Russia", "130", "Norway")]
    assert coded(nlp, "Norway imposed sanctions on Russian fishing companies, and Moscow vowed to hit back.") == [
        ("Norway", "163", "Russia"), ("Russia", "130", "Norway")]
    # A response promised in a clause answers the last hostile act of the other side, not the
    # speaker's own condemnation of it.
    assert coded(nlp, "U.S. bombers struck Iran's nuclear sites overnight. Tehran condemned the attack as a grave "
                      "violation of international law, and Foreign Minister Abbas Araqchi vowed that Iran would "
                      "respond.") == [("United States", "190", "Iran"), ("Iran", "111", "United States"),
                                      ("Abbas Araghchi", "130", "United States")]
    # The parser makes ", a charge Kremlin spokesman Dmitry Peskov rejected" a clause with its object first.
    assert coded(nlp, "Moldovan Prime Minister Dorin Recean accused the Kremlin on Thursday of using energy as a "
                      "weapon, a charge Kremlin spokesman Dmitry Peskov rejected.") == [
        ("Dorin Recean", "112", "Russia"), ("Dmitry Peskov", "120", "Dorin Recean")]
    assert coded(nlp, "The U.S. Treasury imposed sanctions on Rosneft and Lukoil, Russia's two largest oil "
                      "companies, on Wednesday.") == [("United States", "163", "Rosneft"), ("United States", "163", "Lukoil")]



def test_a_verdict_on_what_someone_called_a_thing_is_on_its_owner(nlp):
    assert coded(nlp, "Italian Defence Minister Guido Crosetto criticised what he called the European Union's "
                      "\"slow and bureaucratic\" approach to joint arms purchases.") == [
        ("Guido Crosetto", "111", "European Union")]


def test_a_noun_that_refers_back_to_a_noun_of_its_kind_is_that_doer_s_act(nlp):
    # No act was read for "the detention": the noun of the same kind before it names the doer.
    assert coded(nlp, "Germany's foreign ministry described the detention of Istanbul Mayor Ekrem Imamoglu as 'a "
                      "severe setback for democracy in Turkey', while French Foreign Minister Jean-Noel Barrot said "
                      "the arrest was a serious attack on democracy.")[-1] == ("Jean-Noel Barrot", "111", "Turkey")


def test_a_text_that_refers_back_is_its_author_s(nlp):
    assert coded(nlp, "Moroccan Foreign Minister Nasser Bourita hailed a U.N. Security Council resolution endorsing "
                      "Rabat's autonomy plan as 'a historic turning point'. The Polisario Front rejected the text.") == [
        ("Nasser Bourita", "051", "UN Security Council"), ("Polisario Front", "120", "UN Security Council")]
    # Adopted by the Council, though drafted by the United States: the Council's.
    assert coded(nlp, "The UN Security Council on Monday adopted a U.S.-drafted resolution on Gaza. Hamas rejected the "
                      "resolution.") == [("Hamas", "120", "UN Security Council")]


def test_praise_by_a_naming_participle_after_a_report(nlp):
    # The participle after "said" is the speaker's naming, not the reported act's.
    assert coded(nlp, "The U.S. Treasury has signed a currency swap agreement with Argentina's central bank, Treasury "
                      "Secretary Scott Bessent said on Thursday, describing Milei's government as a vital ally in "
                      "Latin America.") == [("United States", "057", "Argentina"), ("Scott Bessent", "051", "Argentina")]
    assert coded(nlp, "Jordan's King Abdullah II met Donald Trump at the White House on Tuesday and offered to take in "
                      "2,000 sick children from Gaza. Trump called the offer \"a beautiful gesture\".")[-1] == (
        "Donald Trump", "051", "Abdullah II")


def test_words_attributed_to_someone_are_theirs(nlp):
    assert coded(nlp, "India condemned remarks attributed to Pakistan's army chief Asim Munir.") == [
        ("India", "111", "Asim Munir")]


def test_a_document_rejected_is_aimed_at_whom_it_came_from(nlp):
    # (The parser hangs "from China" on the verb.)
    assert coded(nlp, "Malaysian Prime Minister Anwar Ibrahim on Thursday rejected a diplomatic note from China "
                      "demanding that Malaysia halt oil and gas exploration off Sarawak.") == [
        ("Anwar Ibrahim", "120", "China")]
    # Whence an act took is no author.
    assert coded(nlp, "The FBI attributed the theft of cryptocurrency from Dubai-based exchange Bybit to North "
                      "Korea's Lazarus Group.") == [("United States", "112", "Lazarus Group")]


def test_a_label_in_a_clause_on_words_by_someone_is_aimed_at_the_speaker(nlp):
    # (The parser makes "that" a conjunction, or hangs the clause on the name.)
    assert coded(nlp, "Beijing protested against comments by Japanese Prime Minister Sanae Takaichi that it called "
                      "'extremely dangerous'.") == [("China", "111", "Sanae Takaichi")]
    assert coded(nlp, "Iran summoned Germany's envoy on Wednesday over remarks by Chancellor Friedrich Merz that "
                      "Tehran described as 'shameful'.") == [("Iran", "114", "Germany"), ("Iran", "111", "Friedrich Merz")]
    # A place the clause hangs on is no speaker.
    assert coded(nlp, "Scott Bessent and He Lifeng held trade talks in Kuala Lumpur, which Bessent described as "
                      "'very constructive'.") == [("Scott Bessent", "046", "He Lifeng")]


def test_forces_called_legitimate_targets_are_threatened_and_their_deployment_only_supposed(nlp):
    assert coded(nlp, "Russian Foreign Minister Sergei Lavrov said British and French troops deployed to Ukraine "
                      "under any peace deal would be legitimate targets.") == [
        ("Sergei Lavrov", "138", "United Kingdom"), ("Sergei Lavrov", "138", "France")]
    assert coded(nlp, "Russian Foreign Ministry spokeswoman Maria Zakharova said on Thursday that any British or "
                      "French troops deployed to Ukraine after a ceasefire would be treated as legitimate targets by "
                      "the Russian military.") == [("Maria Zakharova", "138", "United Kingdom"),
                                                  ("Maria Zakharova", "138", "France")]


def test_wrongdoing_said_of_another_is_an_accusation(nlp):
    # No victim is named: the speaker accuses the doer (112).
    assert coded(nlp, "Kremlin spokesman Dmitry Peskov brushed aside calls for a truce, telling reporters that Kyiv "
                      "had repeatedly violated earlier arrangements.") == [("Dmitry Peskov", "112", "Ukraine")]
    assert coded(nlp, "Russia's Foreign Ministry said Chisinau was whipping up Russophobia.") == [
        ("Russia", "112", "Moldova")]
    assert ("Liu Dejun", "112", "Philippines") in coded(
        nlp, 'China Coast Guard spokesman Liu Dejun said the Philippine boat had "illegally intruded" into Chinese waters.')
    # What the clause says they sought to do.
    assert coded(nlp, "Serbian President Aleksandar Vucic said Kurti wanted to provoke a conflict.") == [
        ("Aleksandar Vucic", "112", "Albin Kurti")]
    # Not of one's own side, and not where the act has a victim of its own.
    assert coded(nlp, "Russia's Defence Ministry said its troops had violated no agreement.") == []
    assert coded(nlp, "NATO chief Mark Rutte said Germany and the Netherlands would fund two more Patriot systems.") == []


def test_a_quoted_label_is_a_verdict_not_a_call(nlp):
    assert coded(nlp, 'Lula, who has called Milei\'s economic policies "a disaster", hosted the gathering.') == [
        ("Luiz Inacio Lula da Silva", "111", "Javier Milei")]
    # The parser reads the quoted label as a second object of "calling".
    assert coded(nlp, 'Canada hit back, Prime Minister Justin Trudeau said, calling Washington\'s decision to slap '
                      'tariffs on Canadian imports "a very dumb thing to do".') == [
        ("Justin Trudeau", "111", "United States"), ("United States", "163", "Canada")]


def test_a_verdict_on_a_joint_act_named_after_a_preposition_reaches_its_parties(nlp):
    assert coded(nlp, "Nepal objected to an agreement between India and China to reopen border trade.") == [
        ("Nepal", "110", "India"), ("Nepal", "110", "China"), ("India", "057", "China")]


def test_a_move_the_parser_hangs_on_the_speaker(nlp):
    assert coded(nlp, "U.S. President Donald Trump doubled tariffs on Indian goods to 50% as a penalty for New Delhi's "
                      "purchases of Russian oil, a move India's foreign ministry called \"unfair, unjustified and "
                      "unreasonable\".") == [("Donald Trump", "163", "India"), ("India", "061", "Russia"),
                                              ("India", "111", "Donald Trump")]


def test_a_move_called_a_threat_is_no_threat(nlp):
    # The name is a verdict on the move (the deployment of Russia's system, announced), not a threat to NATO.
    assert coded(nlp, "Russia's Oreshnik missile system has been deployed in Belarus, President Alexander Lukashenko "
                      "said, a move Polish Defence Minister Wladyslaw Kosiniak-Kamysz called a direct threat to NATO's "
                      "eastern flank.") == [("Wladyslaw Kosiniak-Kamysz", "111", "Russia")]


def test_a_prefix_undoes_a_label_word(nlp):
    # "post-war" is no war; the sentence gives no verdict on Taiwan (only the call in which Xi told Trump).
    assert coded(nlp, "Chinese President Xi Jinping told Donald Trump in a phone call that Taiwan's return to China "
                      "was part of the post-war international order.") == [("Xi Jinping", "041", "Donald Trump")]


def test_a_label_with_an_owner_condemns_the_owner(nlp):
    assert coded(nlp, "EU foreign policy chief Kaja Kallas called the Belarusian presidential vote a sham on "
                      "Monday.") == [("Kaja Kallas", "111", "Belarus")]
    assert coded(nlp, "Mexico agreed to transfer water to the United States after Donald Trump threatened tariffs over "
                      "what he called Mexico's theft of water.") == [
        ("Mexico", "030", "United States"), ("Donald Trump", "111", "Mexico")]


def test_a_retaliation_done_by_a_participle_is_that_act(nlp):
    # Not also an armed attack (190, the bare "retaliate").
    assert coded(nlp, "Colombia retaliated on Thursday against Ecuador's new levy, suspending electricity sales to its "
                      "southern neighbour.") == [("Colombia", "160", "Ecuador")]
    assert coded(nlp, "Iran retaliated against Israel, saying it had the right to defend itself.") == [
        ("Iran", "190", "Israel")]


def test_what_a_speaker_called_an_act_by_others_condemns_its_doers(nlp):
    assert coded(nlp, "Kim Jong Un vowed to expand the arsenal in response to what he called provocative military "
                      "drills by the United States and South Korea.") == [
        ("Kim Jong-un", "111", "United States"), ("Kim Jong-un", "111", "South Korea")]


def test_labels_that_condemn_or_praise(nlp):
    assert coded(nlp, "Treasury Secretary Scott Bessent described Milei's government as a vital ally.") == [
        ("Scott Bessent", "051", "Argentina")]
    assert coded(nlp, "Pezeshkian suspended cooperation with the IAEA, a move Germany's foreign ministry called "
                      "'a devastating signal'.") == [
        ("Masoud Pezeshkian", "160", "International Atomic Energy Agency"), ("Germany", "111", "Masoud Pezeshkian")]


def test_a_verdict_on_the_terms_of_a_body_s_programme_is_aimed_at_the_body(nlp):
    assert coded(nlp, 'Ousmane Sonko denounced what he called the "humiliating conditions" of a proposed '
                      'International Monetary Fund programme.') == [
        ("Ousmane Sonko", "111", "International Monetary Fund")]
    assert coded(nlp, "Ousmane Sonko denounced the conditions of an IMF programme.") == [
        ("Ousmane Sonko", "111", "International Monetary Fund")]


def test_an_act_named_a_warning_to_someone_threatens_them(nlp):
    assert coded(nlp, 'China staged drills around Taiwan in what Beijing called a "stern warning" to President Lai '
                      'Ching-te.') == [("China", "150", "Taiwan"), ("China", "130", "Lai Ching-te")]


def test_a_condemning_label_is_aimed_at_the_doer_it_names_or_the_act_it_refers_back_to(nlp):
    # The doer the label names: "a provocation by Moscow", not the one who shot the drones down.
    assert coded(nlp, 'Polish jets shot down several Russian drones over Polish territory overnight, Prime Minister '
                      'Donald Tusk said, calling the incursion "a large-scale provocation" by Moscow.') == [
        ("Poland", "190", "Russia"), ("Donald Tusk", "111", "Russia")]
    # "it": whoever did the act reported before it, or whom a verdict on that act was aimed at.
    assert coded(nlp, "Guyanese President Irfaan Ali said a Venezuelan navy patrol boat had entered Guyana's "
                      'waters on Saturday, calling it a "serious threat".') == [
        ("Venezuela", "150", "Guyana"), ("Irfaan Ali", "111", "Venezuela")]
    assert coded(nlp, "Britain moved on Thursday to reimpose U.N. sanctions on Iran. Russia condemned the decision, "
                      "and Iran's foreign ministry called it 'legally baseless'.") == [
        ("United Kingdom", "163", "Iran"), ("Russia", "111", "United Kingdom"), ("Iran", "111", "United Kingdom")]
    # Praise is of what it names, whoever the label calls it the friend of; "it" is praised only
    # where a noun says what.
    assert coded(nlp, "Modi held talks in Thimphu with his counterpart Tshering Tobgay, who described India as "
                      'Bhutan\'s "most trusted friend".') == [
        ("Narendra Modi", "046", "Tshering Tobgay"), ("Tshering Tobgay", "051", "India")]
    assert coded(nlp, "U.S. President Donald Trump hosted Armenian Prime Minister Nikol Pashinyan at the White "
                      'House, and called it a "historic" day.') == [("Donald Trump", "043", "Nikol Pashinyan")]


def test_the_pronoun_that_names_in_what_it_called_is_the_one_who_protests(nlp):
    # "it" is Russia, who protests, not Azerbaijan, named last; "he" is the person who spoke.
    assert coded(nlp, "Russia's foreign ministry summoned Azerbaijan's ambassador, Rahman Mustafayev, on Tuesday to "
                      'protest what it called "unfriendly actions" by Baku.') == [
        ("Russia", "114", "Rahman Mustafayev"), ("Russia", "111", "Azerbaijan")]
    assert ("Sergei Ryabkov", "111", "United States") in coded(
        nlp, "Russian Deputy Foreign Minister Sergei Ryabkov said Moscow was ready to resume talks with Washington "
             "once the United States dropped what he called its 'hostile' policies.")


def test_a_response_to_a_measure_short_of_force_is_in_kind(nlp):
    assert coded(nlp, "Canada retaliated against earlier U.S. duties.") == [("Canada", "163", "United States")]
    assert coded(nlp, "China hit back against U.S. tariffs.") == [("China", "163", "United States")]
    # Force answered, or a response with a pattern of its own, keeps the lexicon's code.
    assert coded(nlp, "Iran retaliated against Israel's strikes.") == [("Iran", "190", "Israel")]
    assert coded(nlp, "Iran responded with missile strikes on Israel.") == [("Iran", "190", "Israel")]


def test_a_move_named_after_an_announcement_is_the_announced_measures_doers(extract_text):
    # No act on another actor is read before "a move": what was announced is the speaker's
    # measure, else that of whom the announcement names; the verdict is not the speaker's report.
    assert extract_text("China's commerce ministry said on Thursday that exporters would need licences for rare earth "
                        "processing technologies, a move U.S. Trade Representative Jamieson Greer called \"a global "
                        "supply chain power grab\".") == [("Jamieson Greer", "call grab", "China", False, None)]
    assert extract_text("Russia's Oreshnik intermediate-range missile system has been deployed in Belarus and placed "
                        "on combat duty, President Alexander Lukashenko said on Thursday, a move Polish Defence "
                        "Minister Wladyslaw Kosiniak-Kamysz called a direct threat to NATO's eastern flank.") == [
        ("Wladyslaw Kosiniak-Kamysz", "call threat", "Russia", False, None)]


def test_it_called_a_wrong_in_the_next_sentence_is_the_act_before(nlp):
    assert coded(nlp, "Israeli jets struck a residential building in Doha on Tuesday. Arab League Secretary-General "
                      "Ahmed Aboul Gheit called it a dangerous escalation.") == [
        ("Israel", "190", "Qatar"), ("Ahmed Aboul Gheit", "111", "Israel")]


def test_a_government_named_by_its_leader_is_the_state(nlp):
    assert coded(nlp, "Chile's foreign minister described the government of Nicolas Maduro as a dictatorship.") == [
        ("Chile", "111", "Venezuela")]
    # A former leader's administration is his own.
    assert coded(nlp, "Prime Minister Ousmane Sonko accused the administration of former President Macky Sall of "
                      "hiding debt.") == [("Ousmane Sonko", "112", "Macky Sall")]



def test_a_quoted_label_on_a_clause_noun_names_its_owner(nlp):
    # The parser reads "her remarks" as a clause and the quoted label as its apposition.
    assert coded(nlp, "Moldovan President Maia Sandu accused Moscow of pouring dirty money into the campaign. The "
                      "Russian embassy in Chisinau called her remarks 'Russophobic hysteria'.") == [
        ("Maia Sandu", "112", "Russia"), ("Russia", "111", "Maia Sandu")]


def test_an_act_a_speaker_said_was_a_label_is_a_verdict_on_its_doer(nlp):
    # The report hangs on the act noun; the clause it reports has no subject of its own.
    assert coded(nlp, "Solomon Islands Prime Minister Jeremiah Manele barred Taiwan from attending the forum, a "
                      "decision Taiwan's foreign ministry said was regrettable.") == [
        ("Jeremiah Manele", "160", "Taiwan"), ("Taiwan", "111", "Jeremiah Manele")]
    assert coded(nlp, "A Tbilisi court on Thursday sentenced opposition leader Nika Gvaramia to eight months in prison, "
                      "a verdict that the European Union's delegation in Georgia said was \"a further blow to "
                      'democracy".') == [
        ("Georgia", "173", "Nika Gvaramia"), ("European Union", "111", "Georgia")]
    # A clause with a subject of its own names that subject's act, not the noun's.
    assert coded(nlp, "Manele barred Taiwan from the forum, a decision Taipei said the talks were regrettable.") == [
        ("Jeremiah Manele", "160", "Taiwan")]


def test_a_harm_a_speaker_says_another_will_face_is_a_threat(nlp):
    assert coded(nlp, 'Iranian foreign ministry spokesman Esmaeil Baghaei said France would face a "proportionate '
                      'response".') == [("Esmaeil Baghaei", "130", "France")]
    # Not one said not to come, nor one the speaker's own side faces.
    assert coded(nlp, "Peskov said Kyiv would not face consequences.") == []
    assert coded(nlp, "Peskov said Russia would face consequences.") == []


def test_measures_called_punitive_are_criticised(nlp):
    assert coded(nlp, "Britain said on Tuesday it would pause most direct financial aid to Rwanda over its support for "
                      "the M23 rebels. Rwanda's foreign ministry called the measures \"punitive\".")[-1] == (
        "Rwanda", "111", "United Kingdom")


def test_names_that_condemn_a_person_or_an_act_criticize(nlp):
    assert coded(nlp, 'China called Taiwanese President Lai Ching-te a "parasite" on Tuesday.') == [
        ("China", "111", "Lai Ching-te")]
    assert coded(nlp, "Maduro called Rubio a clown.") == [("Nicolas Maduro", "111", "Marco Rubio")]
    assert coded(nlp, "The United States imposed sanctions on four judges of the International Criminal Court. The "
                      "court called the move a flagrant attempt to undermine its independence.")[1:] == [
        ("International Criminal Court", "111", "United States")]
    # An adjective of the thing named is no name given to anyone.
    assert coded(nlp, "Taiwan tracked Chinese ships during drills that Beijing described as punishment for "
                      "separatist forces.") == []


def test_evidence_a_speaker_says_there_is_of_an_act_accuses_its_doer(nlp):
    # The sheltering is alleged, not reported as done.
    assert coded(nlp, "Pakistani Defence Minister Khawaja Asif said on Saturday that Islamabad had evidence the "
                      "Taliban were sheltering Tehreek-e-Taliban Pakistan fighters on Afghan soil.") == [
        ("Khawaja Asif", "112", "Taliban")]
    assert coded(nlp, "Kinshasa said it had proof that Rwanda was arming M23.") == [
        ("Democratic Republic of the Congo", "112", "Rwanda")]
    # Whom the evidence links the act to.
    assert coded(nlp, "The Philippine National Security Council said it had evidence linking the suspects to "
                      "China's Ministry of State Security.") == [("Philippines", "112", "China")]


def test_a_response_held_in_reserve_threatens_whoever_provoked_it(nlp):
    assert coded(nlp, "U.S. bombers struck three Iranian nuclear sites. Iranian Foreign Minister Abbas Araghchi said "
                      "Tehran reserved all options to defend itself.")[1:] == [("Iran", "130", "United States")]
    # The provoker, where the last act reported was the responder's own verdict on the strike.
    assert coded(nlp, "Qatar on Tuesday condemned an Israeli air strike on a residential building in Doha. Qatari "
                      "Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said Doha reserved the right to "
                      "respond.")[2:] == [("Qatar", "130", "Israel")]


def test_a_label_s_time_phrase_is_not_what_it_says(nlp):
    # "war" tells when, it condemns nothing.
    assert coded(nlp, "The foreign ministers of Congo and Rwanda signed a peace agreement on Friday, with Secretary of "
                      'State Marco Rubio calling it "an important moment after 30 years of war."') == [
        ("Democratic Republic of the Congo", "057", "Rwanda")]


def test_a_name_given_after_a_comma_to_what_was_rejected_is_the_reason(nlp):
    # One statement per pair: the rejection, not a second act.
    assert coded(nlp, "Rwandan Foreign Minister Olivier Nduhungirehe on Monday rejected a U.N. experts' report on "
                      'Rwandan soldiers operating in North Kivu, calling it "biased and politically motivated".') == [
        ("Olivier Nduhungirehe", "120", "United Nations")]


def test_harm_foretold_of_an_act_criticises_its_doer(nlp):
    assert coded(nlp, "European Union governments approved a 19th package of sanctions against Russia on Thursday. "
                      "The Kremlin said the measures would backfire on Europe.") == [
        ("European Union", "163", "Russia"), ("Russia", "111", "European Union")]
    # Harm foretold of what no one did is no verdict; nor is harm denied.
    assert coded(nlp, "The Kremlin said the war would escalate.") == []
    assert coded(nlp, "European Union governments approved new sanctions against Russia on Thursday. The Kremlin "
                      "said the measures would not hurt its economy.") == [("European Union", "163", "Russia")]


def test_a_verdict_on_a_noun_the_tagger_took_for_a_verb_is_on_the_act_before(nlp):
    assert coded(nlp, "U.S. Vice President JD Vance accused Denmark of failing to protect Greenland during a visit "
                      "to the Pituffik Space Base on Friday, remarks that Greenland's incoming Prime Minister "
                      "Jens-Frederik Nielsen called disrespectful.") == [
        ("JD Vance", "112", "Denmark"), ("JD Vance", "042", "Greenland"), ("Jens-Frederik Nielsen", "111", "JD Vance")]
    assert coded(nlp, "About 20,000 troops from 13 NATO countries began the Nordic Response exercise in northern "
                      "Norway on Monday, drills that the Russian embassy in Oslo described as provocative.") == [
        ("Russia", "111", "North Atlantic Treaty Organization")]


def test_a_label_names_whom_what_it_names_comes_from(nlp):
    assert ("Jens-Frederik Nielsen", "111", "United States") in coded(
        nlp, "Greenland's Prime Minister Jens-Frederik Nielsen met Danish Prime Minister Mette Frederiksen in Nuuk "
             "on Wednesday, and the two leaders pledged to stand together against what Nielsen called "
             "'disrespectful' pressure from the Trump administration.")


def test_measures_vowed_to_protect_ones_own_are_a_threat_to_the_provoker(nlp):
    assert coded(nlp, "The U.S. Commerce Department added 23 Chinese companies to its export blacklist on Friday, and "
                      "China's commerce ministry vowed to take necessary measures to protect Chinese firms.") == [
        ("United States", "163", "China"), ("China", "130", "United States")]
    assert coded(nlp, "Egyptian Foreign Minister Badr Abdelatty said that Cairo would take all necessary measures to "
                      "protect its water security after Ethiopia inaugurated the dam.") == [("Egypt", "130", "Ethiopia")]
    # Measures taken against someone are coercion; with no purpose of defence and no one named, nothing.
    assert coded(nlp, "Beijing said its ships had taken necessary control measures against the Philippine "
                      "vessel.") == [("China", "170", "Philippines")]
    assert coded(nlp, "The government took measures to curb inflation.") == []


def test_the_action_named_again_is_its_doer_s_even_where_the_lexicon_types_no_act(nlp):
    # Releasing flares is no act of the lexicon; "the action" still refers back to it.
    assert coded(nlp, "Australian Defence Minister Richard Marles said a Chinese fighter jet released flares near an "
                      "Australian P-8 surveillance plane over the South China Sea, calling the action unsafe and "
                      "unprofessional.") == [("Richard Marles", "111", "China")]


def test_a_designation_named_again_is_its_maker_s_and_disrespect_condemns(nlp):
    assert coded(nlp, "The State Department designated Venezuela's Cartel de los Soles a foreign terrorist "
                      "organisation on Monday. Caracas denounced the designation as a ridiculous lie.") == [
        ("United States", "163", "Cartel de los Soles"), ("Venezuela", "111", "United States")]
    assert coded(nlp, "JD Vance visited the Pituffik Space Base. Mute Egede called the trip a show of "
                      "disrespect.") == [("JD Vance", "042", "Greenland"), ("Mute Egede", "111", "JD Vance")]


def test_a_verdict_on_their_return_or_release_is_on_whoever_freed_them(nlp):
    assert coded(nlp, "Thailand released 18 Cambodian soldiers it had held since the July border clashes, the Thai "
                      "army said. Cambodian Defence Minister Tea Seiha welcomed their return.") == [
        ("Thailand", "084", "Cambodia"), ("Tea Seiha", "051", "Thailand")]
    assert coded(nlp, "Iran freed two French nationals on Tuesday. Macron welcomed their release.") == [
        ("Iran", "0841", "France"), ("Emmanuel Macron", "051", "Iran")]


def test_extreme_and_a_swindle_condemn(nlp):
    assert ("Alexander Lukashenko", "111", "Lithuania") in coded(
        nlp, "Lithuania closed its border with Belarus. Belarusian President Alexander Lukashenko called Lithuania's "
             "decision to close the border 'a crazy swindle'.")
    assert ("Espen Barth Eide", "111", "Bezalel Smotrich") in coded(
        nlp, "Israeli Finance Minister Bezalel Smotrich said he had revoked the diplomatic status of Norwegian "
             "diplomats. Norway's Foreign Minister Espen Barth Eide called the step 'an extreme act'.")
