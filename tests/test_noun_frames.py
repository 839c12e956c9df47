"""Noun frames: acts named by nouns, and who does them."""

from .test_statements import coded


def test_between_names_both_parties_and_by_names_the_doer(extract_text):
    assert extract_text("The summit between Japan and South Korea was held in Tokyo.") == [
        ("Japan", "summit", "South Korea", False, None)]
    assert extract_text("France condemned the attack on peacekeepers by Hezbollah.") == [
        ("France", "condemn", "Hezbollah", False, None)]


def test_possessives_and_demonyms_name_the_doer(extract_text):
    assert extract_text("Russia's invasion of Ukraine continued.") == [("Russia", "invasion", "Ukraine", False, None)]
    assert extract_text("Overnight Russian attacks on Ukrainian ports damaged grain silos.") == [
        ("Russia", "attack", "Ukraine", False, None)]


def test_acts_only_offered_or_given_as_a_reason_are_not_reported(extract_text):
    # Turkey's offer, not talks between Russia and Ukraine.
    assert extract_text("Turkey offered to host a new round of peace talks between Moscow and Kyiv.") == [
        ("Turkey", "offer talk", "Russia", False, None), ("Turkey", "offer talk", "Ukraine", False, None)]
    assert extract_text("France imposed sanctions on Iranian officials over the crackdown on protesters.") == [
        ("France", "impose sanction", "Iran", False, None)]


def test_acts_named_by_nouns_and_their_agents(extract_text):
    assert extract_text("The UN Security Council condemned the attack on UN peacekeepers by Hezbollah.") == [
        ("UN Security Council", "condemn", "Hezbollah", False, None),
        ("Hezbollah", "attack", "United Nations", False, None)]
    assert extract_text("The drill drew a sharp rebuke from Pyongyang, which criticized Seoul.") == [
        ("North Korea", "criticize", "South Korea", False, None)]


def test_go_betweens_and_joint_acts_named_by_nouns(extract_text):
    assert extract_text("Doha paused its mediation between Israel and Hamas.") == [
        ("Qatar", "pause mediation", "Israel", False, None), ("Qatar", "pause mediation", "Hamas", False, None)]
    # The talks are no second statement between the pair the ceasefire already joins.
    assert extract_text("Thailand and Cambodia agreed to a ceasefire after talks in Kuala Lumpur hosted by "
                        "Malaysian Prime Minister Anwar Ibrahim.")[1:] == [
        ("Anwar Ibrahim", "host talk", "Thailand", False, None),
        ("Anwar Ibrahim", "host talk", "Cambodia", False, None)]
    assert extract_text("North Korea denounced a joint naval exercise by the United States and South Korea.") == [
        ("North Korea", "denounce", "United States", False, None),
        ("North Korea", "denounce", "South Korea", False, None),
        ("United States", "exercise", "South Korea", False, None)]


def test_an_accusation_demand_or_request_rejected_was_aimed_at_who_rejects_it(nlp):
    assert coded(nlp, "China rejected accusations by NATO Secretary-General Mark Rutte that it was the "
                      "decisive enabler of Russia's war.") == [
        ("China", "120", "Mark Rutte"), ("Mark Rutte", "112", "China")]
    # A leader who rejects it answers for the state.
    assert coded(nlp, "Danish Prime Minister Mette Frederiksen rejected renewed demands by U.S. President "
                      "Donald Trump for Washington to take control of Greenland.") == [
        ("Mette Frederiksen", "124", "Donald Trump"), ("Donald Trump", "100", "Denmark")]
    # The parser hangs the noun's "by" on the verb.
    assert ("Ethiopia", "112", "Eritrea") in coded(
        nlp, "Eritrean Information Minister Yemane Gebremeskel denied on Wednesday that Eritrean troops remained "
             "in Ethiopia's Tigray region, dismissing the allegation by Addis Ababa as 'a fabrication'.")
    assert coded(nlp, "Judges at the International Criminal Court rejected Israel's request to withdraw the "
                      "arrest warrants.") == [
        ("International Criminal Court", "120", "Israel"), ("Israel", "020", "International Criminal Court")]
    # A demand that names whom it asks is not aimed at whoever rejects it.
    assert coded(nlp, "Spanish Prime Minister Pedro Sanchez rejected NATO's demand that allies raise defence "
                      "spending to 5 percent.") == [("Pedro Sanchez", "124", "North Atlantic Treaty Organization")]
    # One that names its own side is aimed at whom it names: the group its leader answers for.
    assert coded(nlp, "Hezbollah leader Naim Qassem rejected Washington's calls for the group to give up its "
                      "weapons.") == [("Naim Qassem", "120", "United States"), ("United States", "020", "Hezbollah")]


def test_violence_named_by_a_noun_is_aimed_at_the_state_where_it_struck(nlp):
    # The weapon's demonym names who struck; the place names whom.
    assert coded(nlp, "A Russian missile strike on an apartment block in Ternopil killed at least 30 people, "
                      "prompting condemnation from the European Union and the United Nations.") == [
        ("Russia", "190", "Ukraine"), ("European Union", "111", "Russia"), ("United Nations", "111", "Russia")]
    # Not the raids by which the verb's act was done, nor a place where the verb names the victim.
    assert coded(nlp, "Israeli forces detained 14 suspected Hamas members in overnight raids in Nablus and "
                      "Jenin.") == [("Israel", "173", "Hamas")]
    assert coded(nlp, "An Israeli strike on a car in the southern Lebanese town of Nabatieh killed a Hezbollah "
                      "commander.") == [("Israel", "190", "Hezbollah")]
    # A war its owner wages somewhere, even where it is only what support is for.
    assert coded(nlp, "Kim Jong Un pledged unconditional support for Moscow's war in Ukraine.") == [
        ("Kim Jong-un", "032", "Russia"), ("Russia", "190", "Ukraine")]


def test_a_conjoined_event_noun_is_read_where_the_first_stands(nlp):
    assert coded(nlp, "Chinese President Xi Jinping arrived in Astana on Monday for a state visit and talks with "
                      "his Kazakh counterpart Kassym-Jomart Tokayev.") == [
        ("Xi Jinping", "042", "Kazakhstan"), ("Xi Jinping", "046", "Kassym-Jomart Tokayev")]


def test_by_hung_on_the_verb_names_the_nouns_agent(nlp):
    assert coded(nlp, "Pyongyang condemned the drills by the United States.") == [
        ("North Korea", "111", "United States")]
    # "by" introducing how the act was done names no one.
    assert coded(nlp, "Pyongyang condemned the drills by firing a missile.") == []


def test_who_approved_an_act_named_after_of_does_it(nlp):
    # "Washington's approval of a sale to Taiwan": Washington sells.
    assert coded(nlp, "China's Taiwan Affairs Office condemned Washington's approval of a possible $330 million sale "
                      "of aircraft parts to Taiwan.") == [("China", "111", "United States"),
                                                          ("United States", "061", "Taiwan")]


def test_the_act_a_response_answers_is_aimed_at_the_responder(extract_text):
    assert extract_text("China imposed tariffs on U.S. goods in retaliation for Washington's new duties.") == [
        ("China", "impose tariff", "United States", False, None), ("United States", "duty", "China", False, None)]
    assert extract_text("Hezbollah fired rockets at an Israeli base in response to Israeli strikes in southern "
                        "Lebanon.") == [
        ("Hezbollah", "fire rocket", "Israel", False, None), ("Israel", "strike", "Hezbollah", False, None)]
    # A response to a friendly act answers no hostility.
    assert extract_text("China lowered tariffs on U.S. goods in response to Washington's offer.") == [
        ("China", "lower tariff", "United States", False, None)]


def test_a_participle_with_an_agent_names_the_doer_of_the_act_or_text(extract_text):
    assert extract_text("The court began hearings in a case brought by Sudan accusing the United Arab Emirates of "
                        "complicity in genocide.") == [("Sudan", "accuse", "United Arab Emirates", False, None)]
    # A go-between is no party: "talks mediated by Qatar" are not Qatar's talks.
    assert extract_text("Talks between Armenia and Azerbaijan mediated by Qatar resumed on Monday.") == [
        ("Armenia", "talk", "Azerbaijan", False, None), ("Qatar", "mediate", "Armenia", False, None),
        ("Qatar", "mediate", "Azerbaijan", False, None)]


def test_a_state_named_as_go_between_of_talks_mediates_between_their_parties(extract_text):
    assert extract_text("Israeli and Syrian officials held a new round of U.S.-brokered security talks in Paris.") == [
        ("Israel", "hold talk", "Syria", False, None), ("United States", "mediate", "Israel", False, None),
        ("United States", "mediate", "Syria", False, None)]
    assert extract_text("Syria was negotiating a security agreement with Israel under U.S. mediation.") == [
        ("Syria", "negotiate agreement", "Israel", False, None), ("United States", "mediate", "Syria", False, None),
        ("United States", "mediate", "Israel", False, None)]
    # Backing is no mediation.
    assert extract_text("U.S.-backed forces attacked Syria.") == []


def test_a_visit_named_by_a_noun_is_paid_to_the_state_visited(nlp):
    # No destination named: where the clause took place, else where the article was filed.
    assert coded(nlp, "DHAKA, Aug 24 - Pakistani Foreign Minister Ishaq Dar met Bangladesh's interim leader "
                      "Muhammad Yunus in Dhaka on Sunday, the first visit by a Pakistani foreign minister in 13 "
                      "years.") == [("Ishaq Dar", "040", "Muhammad Yunus"), ("Ishaq Dar", "042", "Bangladesh")]
    assert coded(nlp, "COLOMBO, April 5 - India and Sri Lanka signed a defence pact during a visit by Prime "
                      "Minister Narendra Modi.") == [("India", "057", "Sri Lanka"), ("Narendra Modi", "042", "Sri Lanka")]
    # "the highest-level Saudi visit" is the visit of the Saudi the clause names.
    assert coded(nlp, "Saudi Defence Minister Khalid bin Salman met Iran's Supreme Leader Ali Khamenei in Tehran on "
                      "Thursday, the highest-level Saudi visit to the Islamic Republic in decades.") == [
        ("Khalid bin Salman", "040", "Ali Khamenei"), ("Khalid bin Salman", "042", "Iran")]
    assert coded(nlp, "U.S. Homeland Security Secretary Kristi Noem, on a visit to Ecuador, met President Daniel "
                      "Noboa on Tuesday.") == [("Kristi Noem", "042", "Ecuador"), ("Kristi Noem", "040", "Daniel Noboa")]
    # "the country" a visit is paid to is where the clause took place.
    assert coded(nlp, "Russian Security Council Secretary Sergei Shoigu met North Korean leader Kim Jong Un in "
                      "Pyongyang on Wednesday during his second visit to the country in three months.") == [
        ("Sergei Shoigu", "040", "Kim Jong-un"), ("Sergei Shoigu", "042", "North Korea")]
    # A verdict on a visit is no second visit.
    assert coded(nlp, "Vietnam hosted Vladimir Putin in Hanoi on Thursday. The United States criticised the "
                      "visit.") == [("Vietnam", "043", "Vladimir Putin"), ("United States", "111", "Vietnam")]


def test_an_act_owned_up_to_is_the_claimants_against_whom_it_struck(nlp):
    assert coded(nlp, "Ukrainian drones struck an oil refinery in Russia's Samara region overnight. Ukraine's SBU "
                      "security service said it was behind the attack.") == [("Ukraine", "190", "Russia")]
    # Owning up to one's own act reported before is no second act.
    assert coded(nlp, "Israeli strikes hit Hezbollah positions in southern Lebanon on Monday. The Israeli military "
                      "said it was behind the attack.") == [("Israel", "190", "Hezbollah")]


def test_an_act_disowned_is_negated_and_one_not_claimed_is_nothing(extract_text):
    assert extract_text("Militants stormed a police post in Pakistan. The Pakistani Taliban denied responsibility "
                        "for the attack.") == [("Tehrik-i-Taliban Pakistan", "attack", "Pakistan", True, None)]
    assert extract_text("Gunmen killed a Kosovo police officer in Banjska. Serbia was not behind the attack, Vucic "
                        "said.") == [("Serbia", "attack", "Kosovo", True, "Aleksandar Vucic")]
    assert extract_text("Militants stormed a police post in Pakistan. The Pakistani Taliban did not claim "
                        "responsibility for the attack.") == []
    # Also where the act is named with its target.
    assert extract_text("Russia denied responsibility for the drone strike on Kyiv.") == [
        ("Russia", "strike", "Ukraine", True, None)]
    assert extract_text("Russia did not claim responsibility for the drone strike on Kyiv.") == []


def test_a_withdrawal_named_by_a_noun_with_its_doers_after_of(nlp):
    # Leaving a body reduces relations with it; a withdrawal only demanded is the demand's.
    assert coded(nlp, "ECOWAS said the withdrawal of Mali, Burkina Faso and Niger from the bloc had formally taken "
                      "effect.") == [("Mali", "160", "Economic Community of West African States"),
                                     ("Burkina Faso", "160", "Economic Community of West African States"),
                                     ("Niger", "160", "Economic Community of West African States")]
    assert coded(nlp, "The withdrawal of Russian troops from Kherson was completed on Friday.") == [
        ("Russia", "0874", "Ukraine")]
    assert coded(nlp, "Zelenskiy demanded the withdrawal of Russian troops from Ukraine.") == [
        ("Volodymyr Zelenskyy", "1056", "Russia")]


def test_talks_on_a_trip_still_to_come_are_intended(nlp):
    assert coded(nlp, "Canadian Prime Minister Mark Carney will travel to Beijing next month for talks with Chinese "
                      "President Xi Jinping.") == [("Mark Carney", "036", "China"), ("Mark Carney", "036", "Xi Jinping")]


def test_a_request_answered_was_made_of_whoever_answered_it(nlp):
    assert coded(nlp, "Algerian President Abdelmadjid Tebboune pardoned the writer Boualem Sansal in response to a "
                      "request from German President Frank-Walter Steinmeier.") == [
        ("Abdelmadjid Tebboune", "0841", "Boualem Sansal"), ("Frank-Walter Steinmeier", "020", "Abdelmadjid Tebboune")]
    assert coded(nlp, "Nigeria sent jets to Benin following a request from President Patrice Talon.") == [
        ("Nigeria", "062", "Benin"), ("Patrice Talon", "020", "Nigeria")]
    # Legal appeals heard are no request of the court.
    assert coded(nlp, "The Islamabad High Court adjourned hearings on appeals filed by Imran Khan.") == []


def test_talks_on_the_occasion_of_a_warning_and_a_second_party_after_another_preposition(nlp):
    # The talks are the occasion of the warning, not part of what Manila was warned against.
    assert coded(nlp, "Chinese Foreign Minister Wang Yi warned Manila against playing with fire, during talks in "
                      "Kuala Lumpur with his Philippine counterpart Theresa Lazaro.") == [
        ("Wang Yi", "130", "Philippines"), ("Wang Yi", "046", "Theresa Lazaro")]
    # A call on which an urging was made belongs to the urging, not to the agency that reported it.
    assert ("Cho Tae-yul", "041", "Wang Yi") in coded(
        nlp, "South Korean Foreign Minister Cho Tae-yul urged China on Friday to play a 'constructive role' in "
             "curbing North Korea's nuclear ambitions during a phone call with his Chinese counterpart Wang Yi, "
             "Yonhap News Agency reported.")
    assert coded(nlp, "U.N. envoy Staffan de Mistura held separate talks with Polisario leader Brahim Ghali in the "
                      "Tindouf camps and with Algerian Foreign Minister Ahmed Attaf this week.") == [
        ("Staffan de Mistura", "046", "Brahim Ghali"), ("Staffan de Mistura", "046", "Ahmed Attaf")]


def test_criticism_dismissed_was_aimed_at_who_dismissed_it(nlp):
    assert coded(nlp, "Georgian Prime Minister Irakli Kobakhidze said his government would not resume EU accession "
                      "talks before 2028, dismissing criticism from European Commission President Ursula von der "
                      "Leyen as blackmail.") == [
        ("Irakli Kobakhidze", "111", "Ursula von der Leyen"), ("Ursula von der Leyen", "111", "Georgia")]


def test_an_attack_beaten_back_was_aimed_at_who_beat_it_back(nlp):
    assert coded(nlp, "Myanmar's military said its troops had beaten back an Arakan Army assault on a naval "
                      "base.") == [("Myanmar", "190", "Arakan Army"), ("Arakan Army", "190", "Myanmar")]
    # "Repelled the attack" answers whoever attacked.
    assert coded(nlp, "Militants of the al-Qaeda-linked JNIM group ambushed a fuel convoy escorted by Malian soldiers "
                      "near Kati on Sunday. Mali's transitional government said in a statement that the army had "
                      "repelled the attack.") == [("Jama'at Nusrat al-Islam wal-Muslimin", "190", "Mali"),
                                                  ("Mali", "190", "Jama'at Nusrat al-Islam wal-Muslimin")]


def test_a_protest_about_nothing_named_answers_the_act_just_reported(nlp):
    assert coded(nlp, "China's State Council approved a plan to establish a national nature reserve at Scarborough "
                      "Shoal, prompting the Philippines to lodge a diplomatic protest.") == [("Philippines", "114", "China")]
    assert coded(nlp, "China approved a plan to build a reserve at Scarborough Shoal. The Philippines lodged a "
                      "diplomatic protest.") == [("Philippines", "114", "China")]


def test_a_withdrawal_of_ones_own(nlp):
    assert coded(nlp, "The United States formally completed its withdrawal from the World Health Organization on "
                      "Thursday.") == [("United States", "160", "World Health Organization")]


def test_a_go_between_of_a_deal_with_someone(nlp):
    # The clause's subject and whom the deal is with are the parties, not the prisoner freed.
    assert coded(nlp, "Cuban authorities freed dissident leader Jose Daniel Ferrer on Thursday as part of a "
                      "Vatican-mediated deal with the Biden administration.") == [
        ("Cuba", "0841", "Jose Daniel Ferrer"), ("Vatican City", "045", "Cuba"), ("Vatican City", "045", "United States")]


def test_a_call_in_which_one_side_told_the_other_something(nlp):
    assert coded(nlp, "U.S. Secretary of State Marco Rubio told his Moroccan counterpart Nasser Bourita in a phone "
                      "call on Tuesday that Washington still backed Rabat's autonomy plan.") == [
        ("Marco Rubio", "041", "Nasser Bourita"), ("United States", "051", "Morocco")]
    # Told no actor: no one consulted.
    assert coded(nlp, "Rubio told reporters during a meeting in Paris that talks would go on.") == []


def test_the_target_of_an_attack_hung_on_its_agent(nlp):
    assert coded(nlp, "U.N. Secretary-General Antonio Guterres condemned an attack by M23 rebels on MONUSCO "
                      "peacekeepers near Goma.") == [
        ("António Guterres", "111", "M23"),
        ("M23", "190", "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo")]


def test_an_act_a_state_s_envoy_is_summoned_over_is_that_state_s(nlp):
    assert coded(nlp, "French Foreign Minister Jean-Noel Barrot summoned Iran's ambassador on Tuesday over the "
                      "continued detention of two French citizens.") == [
        ("Jean-Noel Barrot", "114", "Iran"), ("Iran", "173", "France")]
    assert coded(nlp, "Russia's foreign ministry summoned the Finnish ambassador to protest against the seizure of "
                      "Russian diplomatic property in Finland.") == [("Russia", "114", "Finland"), ("Finland", "171", "Russia")]
    # Not what the summons names by its own doer.
    assert coded(nlp, "Iran's foreign ministry summoned the ambassadors of Britain, France and Germany on Sunday over "
                      "the three European powers' move to restore U.N. sanctions on Tehran.")[3:] == [
        ("United Kingdom", "163", "Iran"), ("France", "163", "Iran"), ("Germany", "163", "Iran")]


def test_a_body_named_as_go_between_on_talks_and_the_parties_own_talks(nlp):
    assert coded(nlp, "EU-mediated talks between Kosovo Prime Minister Albin Kurti and Serbian President Aleksandar "
                      "Vucic collapsed on Thursday.") == [
        ("European Union", "045", "Albin Kurti"), ("European Union", "045", "Aleksandar Vucic"),
        ("Albin Kurti", "046", "Aleksandar Vucic")]
    assert coded(nlp, "Sudan's army and the RSF resumed AU-brokered talks in Jeddah.")[1:] == [
        ("African Union", "045", "Sudan"), ("African Union", "045", "Rapid Support Forces")]
    # Talks a party will not attend or refuses are not held: no one mediates them.
    assert coded(nlp, "Serbian President Aleksandar Vucic said Belgrade would not attend the next round of "
                      "EU-facilitated talks with Pristina.") == [("Serbia", "036", "Kosovo")]


def test_fighting_between_two_sides_hung_on_its_verb(nlp):
    assert coded(nlp, "Fighting broke out on Tuesday between Yemeni government troops and forces of the UAE-backed "
                      "Southern Transitional Council in Hadramout province.") == [
        ("Yemen", "190", "Southern Transitional Council")]


def test_talks_one_is_ready_or_open_for_are_an_intent(extract_text):
    assert extract_text("Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow remained open to negotiations "
                        "with Kyiv.") == [("Russia", "negotiation", "Ukraine", False, "Dmitry Peskov")]
    found = extract_text("Iran said it was not ready for talks with the United States.")
    assert [(s, o, negated) for s, _, o, negated, _ in found] == [("Iran", "United States", True)]


def test_a_measure_enacted_or_threatened_by_someone(nlp):
    # The parser hangs "announced by" on "goods"; retaliating against the tariff is aimed at its author.
    assert coded(nlp, "Brazilian President Luiz Inacio Lula da Silva vowed to retaliate against a 50% tariff on "
                      "Brazilian goods announced by U.S. President Donald Trump.") == [
        ("Luiz Inacio Lula da Silva", "130", "Donald Trump"), ("Donald Trump", "163", "Brazil")]
    # A threatened measure is a threat; "on its exports" hangs on a verb the lexicon does not know.
    assert coded(nlp, "Mexico sought to head off Trump's threatened tariffs on its exports.") == [
        ("Donald Trump", "130", "Mexico")]


def test_a_case_is_an_act_of_whoever_brought_it(nlp):
    assert coded(nlp, "The International Court of Justice threw out Sudan's genocide case against the United Arab "
                      "Emirates.") == [("International Court of Justice", "120", "Sudan"),
                                       ("Sudan", "115", "United Arab Emirates")]
    # Joining it is a case against the same party, not against its owner.
    assert coded(nlp, "Brazil formally joined South Africa's genocide case against Israel at the International Court "
                      "of Justice on Wednesday.") == [("Brazil", "115", "Israel"), ("South Africa", "115", "Israel")]
    # No one named bringing it: no case.
    assert coded(nlp, "A Greek court on Wednesday dismissed the case against nine Egyptian men charged over the "
                      "shipwreck.") == []
    assert coded(nlp, "Wong raised the case of detained writer Yang Hengjun and urged China to release him.") == [
        ("Wong", "020", "China")]



def test_a_meeting_still_ahead_is_an_intent(nlp, extract_text):
    assert coded(nlp, "Negotiators agreed to extend the truce, paving the way for a meeting between Trump and Xi "
                      "Jinping.") == [("Donald Trump", "036", "Xi Jinping")]
    assert coded(nlp, "Stubb urged Washington to keep up pressure, days before a summit in Alaska between Donald Trump "
                      "and Vladimir Putin.") == [("Alexander Stubb", "020", "United States"),
                                                 ("Donald Trump", "036", "Vladimir Putin")]
    assert coded(nlp, "The summit between Trump and Putin took place in Alaska.") == [
        ("Donald Trump", "040", "Vladimir Putin")]
    # Talks sworn off for the future are a negated intent to meet, as "will not meet" is.
    assert extract_text("Iran will not return to nuclear negotiations with the United States for the time being.") == [
        ("Iran", "negotiation", "United States", True, None)]
    assert coded(nlp, "Iran will not return to nuclear negotiations with the United States for the time being.") == [
        ("Iran", "036", "United States")]


def test_an_attack_only_prepared_is_not_reported(nlp):
    assert coded(nlp, "Venezuelan U.N. Ambassador Samuel Moncada told the Security Council that Washington was "
                      "preparing a military invasion of his country.") == []


def test_aid_cut_back_by_a_verb_the_lexicon_does_not_know(nlp):
    # The parser hangs "to Azerbaijan" on "restricts"; less aid is reduced relations, not aid.
    assert coded(nlp, "Washington extended a waiver of Section 907 of the Freedom Support Act, which restricts U.S. "
                      "aid to Azerbaijan.") == [("United States", "160", "Azerbaijan")]


def test_a_war_referred_to_as_known_is_reported_whatever_governs_it(nlp):
    assert coded(nlp, "The Iraqi government warned armed factions against dragging Iraq into the war between Israel "
                      "and Iran.") == [("Israel", "190", "Iran")]
    assert coded(nlp, "Pakistani Prime Minister Shehbaz Sharif thanked Iran for its stance during Pakistan's recent "
                      "conflict with India.") == [("Shehbaz Sharif", "051", "Iran"), ("Pakistan", "190", "India")]
    # A war only warned against is none.
    assert coded(nlp, "The Iraqi government warned armed factions against starting a war with Iran.") == []


def test_an_occasion_belongs_to_the_speech_only_when_the_speaker_comes_first(nlp):
    assert coded(nlp, "Trump said that Japan would invest more at a joint press conference with Ishiba.") == [
        ("Donald Trump", "040", "Shigeru Ishiba")]
    # A source named after the clause only reports it: the talks are Kim's.
    assert coded(nlp, "North Korean leader Kim Jong Un pledged support for Russia during talks with Russian Security "
                      "Council Secretary Sergei Shoigu in Pyongyang, state news agency KCNA reported on "
                      "Wednesday.") == [("Kim Jong-un", "032", "Russia"), ("Kim Jong-un", "046", "Sergei Shoigu")]
    # An attack is no occasion for speaking: it is the reported clause's.
    assert coded(nlp, "Moldova said Russian drones had crashed in its territory during an attack on Ukraine.") == [
        ("Russia", "190", "Ukraine")]


def test_a_call_after_which_something_will_be_done_took_place(nlp):
    # The parser hangs "after a phone call" on the object; the call is done, not intended (036).
    assert coded(nlp, "Donald Trump said on Thursday he would delay by 90 days a planned increase in tariffs on Mexican "
                      "goods after a phone call with his Mexican counterpart Claudia Sheinbaum.") == [
        ("Donald Trump", "041", "Claudia Sheinbaum")]
    assert coded(nlp, "Xi Jinping will travel to Moscow next month for talks with Vladimir Putin.") == [
        ("Xi Jinping", "036", "Russia"), ("Xi Jinping", "036", "Vladimir Putin")]
    # "Following" a meeting is its occasion, as "after" is (not the reason someone else gave).
    assert coded(nlp, "Bolivian President Rodrigo Paz pledged on Sunday to restore full diplomatic relations with the "
                      "United States, following a meeting in La Paz with U.S. Deputy Secretary of State Christopher "
                      "Landau.") == [("Rodrigo Paz", "032", "United States"), ("Rodrigo Paz", "040", "Christopher Landau")]


def test_talks_during_which_one_spoke_to_another_are_between_them(nlp):
    assert coded(nlp, "Chinese Foreign Minister Wang Yi told EU foreign policy chief Kaja Kallas during talks in Brussels "
                      "on Wednesday that Beijing could not accept the sanctions.") == [
        ("Wang Yi", "046", "Kaja Kallas")]
    assert coded(nlp, "Russian President Vladimir Putin told Azerbaijani President Ilham Aliyev at a meeting in Dushanbe "
                      "on Thursday that the jet had been hit.") == [("Vladimir Putin", "040", "Ilham Aliyev")]
    # Not any act at a meeting: an honour awarded at a summit is no meeting between giver and given.
    assert [code for _, code, _ in coded(nlp, "At a summit in Sharm el-Sheikh on Monday, Egyptian President Abdel "
                                              "Fattah al-Sisi awarded Donald Trump the Order of the Nile.")
            if code.startswith("04")] == []


def test_a_visit_or_meeting_called_off_is_refused_a_pact_ended_reduces_relations(nlp, extract_text):
    assert [code for _, code, _ in coded(nlp, "Trump called off a planned summit with Putin in Budapest.")] == ["040"]
    assert [code for _, code, _ in coded(nlp, "France ended a defence cooperation pact with Mali.")] == ["160"]
    # An end named by a noun, too.
    assert coded(nlp, "Iranian President Masoud Pezeshkian ordered the suspension of cooperation with the "
                      "International Atomic Energy Agency on Wednesday.") == [
        ("Masoud Pezeshkian", "160", "International Atomic Energy Agency")]
    assert coded(nlp, "Mali announced the end of its defence cooperation with France.") == [("Mali", "160", "France")]
    assert coded(nlp, "Trump announced an end to all U.S. aid to Colombia.") == [("United States", "160", "Colombia")]
    assert extract_text("German Foreign Minister Johann Wadephul postponed a planned visit to China on Friday.") == [
        ("Johann Wadephul", "visit", "China", True, None)]
    assert extract_text("Italian Foreign Minister Antonio Tajani cancelled a planned trip to Paris.") == [
        ("Antonio Tajani", "trip", "France", True, None)]
    assert extract_text("France ended a defence cooperation pact with Mali.") == [
        ("France", "end pact", "Mali", False, None)]
    # A war ended is neither waged nor a cut in relations with whom it is talked over.
    assert extract_text("Finnish President Alexander Stubb said he had discussed ways to end the war in Ukraine "
                        "with U.S. President Donald Trump.") == []


def test_an_act_someone_describes_is_not_theirs(nlp):
    # The detention is Turkey's (his office's state), on which Germany passes a verdict.
    assert coded(nlp, "Germany's foreign ministry described the detention of Istanbul Mayor Ekrem Imamoglu as a "
                      "severe setback for democracy.") == [("Germany", "111", "Turkey"), ("Turkey", "173", "Ekrem Imamoglu")]
    # "called off" is no naming.
    assert coded(nlp, "Trump called off a planned summit with Putin in Budapest.") == [
        ("Donald Trump", "040", "Vladimir Putin")]


def test_a_cyber_attack_is_coercion_not_force(nlp):
    assert coded(nlp, "Russia's military intelligence agency was behind a cyber attack on Germany's Social Democratic "
                      "Party last year.") == [("Russia", "170", "Social Democratic Party of Germany")]


def test_a_meeting_called_off_did_not_take_place(extract_text):
    assert extract_text("A summit between Felix Tshisekedi and Paul Kagame was cancelled on Sunday.") == [
        ("Felix Tshisekedi", "summit", "Paul Kagame", True, None)]
    assert extract_text("A summit between Felix Tshisekedi and Paul Kagame was held in Luanda.") == [
        ("Felix Tshisekedi", "summit", "Paul Kagame", False, None)]


def test_a_warrant_accuses_and_a_siege_the_accused_is_charged_for_is_not_the_accusers(nlp):
    assert coded(nlp, "The International Criminal Court issued an arrest warrant for Abdel Rahim Dagalo, the deputy "
                      "commander of Sudan's Rapid Support Forces, accusing him of war crimes during the siege of El "
                      "Fasher.") == [("International Criminal Court", "173", "Abdel Rahim Dagalo"),
                                     ("International Criminal Court", "112", "Abdel Rahim Dagalo")]


def test_drills_held_with_a_partner_are_military_cooperation(nlp):
    assert coded(nlp, "Kim Yo-jong denounced Seoul's joint drills with the United States as a rehearsal for "
                      "invasion.") == [("Kim Yo-jong", "111", "South Korea"), ("South Korea", "062", "United States")]
    assert coded(nlp, "The Eastern Theater Command launched large-scale joint drills around Taiwan on Tuesday.") == [
        ("China", "150", "Taiwan")]


def test_talks_asked_for_are_an_appeal_and_a_closure_ordered_is_done(nlp):
    assert coded(nlp, "Three Russian jets entered Estonian airspace, prompting Tallinn to request consultations with "
                      "its NATO allies.") == [("Russia", "150", "Estonia"), ("Estonia", "020", "North Atlantic Treaty Organization")]
    assert coded(nlp, "Sikorski ordered the closure of the Russian consulate in Gdansk.") == [
        ("Radoslaw Sikorski", "160", "Russia")]


def test_a_go_between_needs_two_other_parties(nlp):
    # One party named twice ("army chief" and his name) is no two: no mediation; the proposal
    # rejected is its broker's.
    assert coded(nlp, "Sudanese army chief Abdel Fattah al-Burhan on Sunday rejected a U.S.-brokered truce proposal "
                      "in a speech to troops in Omdurman.") == [("Abdel Fattah al-Burhan", "120", "United States")]


def test_coordinated_demonyms_name_every_author(nlp):
    assert coded(nlp, "The U.N. Security Council rejected a Russian and Chinese draft resolution on Friday.") == [
        ("UN Security Council", "120", "Russia"), ("UN Security Council", "120", "China")]


def test_demands_not_accepted_were_made_of_whoever_turned_them_down(nlp):
    assert coded(nlp, "Seoul would not accept U.S. demands to pay its investment pledge in cash.") == [
        ("South Korea", "083", "United States"), ("United States", "100", "South Korea")]
    assert coded(nlp, "Seoul accepted U.S. demands to pay in cash.") == [("South Korea", "083", "United States")]


def test_a_detention_somewhere_is_by_the_state_it_happened_in(nlp):
    assert coded(nlp, "Russian Foreign Ministry spokeswoman Maria Zakharova condemned the detention of a Russian "
                      "citizen in Poland.") == [("Maria Zakharova", "111", "Poland"), ("Poland", "173", "Russia")]
    # A crackdown too, on whomever it fell.
    assert coded(nlp, "EU foreign policy chief Kaja Kallas on Monday condemned the violent dispersal of pro-EU "
                      "protesters in Tbilisi.") == [("Kaja Kallas", "111", "Georgia")]
    assert coded(nlp, "Kallas condemned the crackdown on protesters in Tbilisi.") == [("Kaja Kallas", "111", "Georgia")]


def test_a_visit_the_parser_hangs_on_what_was_asked_is_the_asker_s(nlp):
    assert coded(nlp, "Mohammed bin Salman urged Trump to get involved during a visit to the White House.") == [
        ("Mohammed bin Salman", "020", "Donald Trump"), ("Mohammed bin Salman", "042", "United States")]


def test_a_reported_response_answers_the_act_and_a_supposed_act_is_none(nlp):
    # The act reported answers the arrest, not the report of it.
    assert coded(nlp, "Algeria has ordered 12 French embassy staff to leave the country, French Foreign Minister "
                      "Jean-Noel Barrot said on Monday, in response to the arrest in France of an Algerian consular "
                      "official.") == [("Algeria", "161", "France"), ("France", "173", "Algeria")]
    # An act only supposed is not reported; one that happened is.
    assert coded(nlp, "Israeli annexation of any part of the occupied West Bank would be a red line, the UAE "
                      "warned.") == []
    assert coded(nlp, "Israeli annexation of parts of the occupied West Bank drew protests.") == [
        ("Israel", "192", "Palestine")]


def test_a_call_after_which_a_measure_was_suspended_is_a_call(nlp):
    # Suspending a measure after a call does not end the call (160); a participle naming no doer
    # ("electricity exported to three U.S. states") passes the occasion on to its clause.
    assert coded(nlp, "Ontario Premier Doug Ford on Tuesday suspended a 25% surcharge on electricity exported to "
                      "three U.S. states after a call with Commerce Secretary Howard Lutnick.") == [
        ("Doug Ford", "041", "Howard Lutnick")]
    assert coded(nlp, "Niger ended its defence pact with France.") == [("Niger", "160", "France")]


def test_a_naming_verb_over_an_event_noun_is_no_call(nlp):
    # "what it called unfriendly actions, including the detention of Russian citizens": the
    # detention is Baku's act, not a phone call; "called for talks with India" is still an appeal.
    assert ("Azerbaijan", "041", "Russia") not in coded(
        nlp, "Russia's foreign ministry summoned Azerbaijan's ambassador to protest what it called \"unfriendly "
             "actions\" by Baku, including the detention of Russian citizens.")
    assert coded(nlp, "Pakistan called for talks with India.") == [("Pakistan", "020", "India")]


def test_talks_named_as_when_a_denied_act_took_place_were_held(extract_text):
    # The clause denies joining the sanctions, not the talks after which it was said.
    assert extract_text("South African Foreign Minister Ronald Lamola ruled out joining Western sanctions against "
                        "Russia on Monday after talks in Moscow with his counterpart Sergei Lavrov.") == [
        ("Ronald Lamola", "join sanction", "Russia", True, None),
        ("Ronald Lamola", "talk", "Sergei Lavrov", False, None)]


def test_a_visit_one_calls_off_did_not_take_place(extract_text):
    # Not less cooperation (160): the trip was not made.
    assert extract_text("French Environment Minister Agnes Pannier-Runacher cancelled her trip to Baku on "
                        "Wednesday.") == [("Agnes Pannier-Runacher", "trip", "Azerbaijan", True, None)]
    # Talks put off are talks halted (164), as the lexicon has it.
    assert extract_text("The United States has indefinitely postponed its strategic dialogue with Kosovo, the U.S. "
                        "embassy in Pristina said on Friday.") == [
        ("United States", "postpone dialogue", "Kosovo", False, "United States")]


def test_any_act_is_only_supposed(nlp):
    # "any U.S. military action" names no action taken; the rejection stands.
    assert coded(nlp, "Mexican President Claudia Sheinbaum on Tuesday rejected any unilateral U.S. military action "
                      "against drug cartels on Mexican soil.") == [("Claudia Sheinbaum", "120", "United States")]
    assert coded(nlp, "Russia and China denounced the U.S. military operation in Venezuela.") == [
        ("Russia", "111", "United States"), ("China", "111", "United States"), ("United States", "190", "Venezuela")]


def test_the_doer_of_an_act_on_some_of_a_states_people(nlp):
    # "by" hangs on the people counted: the expulsion is Mali's, of Algeria's diplomats.
    assert coded(nlp, "Algeria condemned the expulsion of four of its diplomats by Mali.") == [
        ("Algeria", "111", "Mali"), ("Mali", "166", "Algeria")]
    assert coded(nlp, 'Algeria\'s foreign ministry on Tuesday condemned as "unacceptable" the expulsion of four of its '
                      'diplomats by Mali.') == [("Algeria", "111", "Mali"), ("Mali", "166", "Algeria")]



def test_a_claim_of_responsibility_is_the_claimant_s_act_on_whom_it_harmed(nlp):
    # Whom the claimed act harmed, as its own clause or its place tells.
    assert coded(nlp, "The Balochistan Liberation Army claimed responsibility for a roadside bomb that killed seven "
                      "Pakistani soldiers in Kech district on Friday.") == [
        ("Balochistan Liberation Army", "183", "Pakistan")]
    assert coded(nlp, "The Balochistan Liberation Army claimed responsibility for a bombing on a passenger train in "
                      "southwestern Pakistan that killed at least 20 people.") == [
        ("Balochistan Liberation Army", "183", "Pakistan")]
    # Violence by no one named, claimed afterwards with or without naming it again.
    assert coded(nlp, "Militants stormed a police training centre in northwest Pakistan's Dera Ismail Khan district "
                      "overnight, killing seven officers, police said. The Pakistani Taliban claimed responsibility "
                      "in a statement to reporters.") == [("Tehrik-i-Taliban Pakistan", "190", "Pakistan")]
    assert coded(nlp, "Gunmen stormed a police station in northwest Pakistan on Friday, killing six officers. The "
                      "Pakistani Taliban claimed responsibility for the assault.") == [
        ("Tehrik-i-Taliban Pakistan", "190", "Pakistan")]
    # Violence denied is no violence to claim.
    assert coded(nlp, "Police denied that militants had stormed the station in Pakistan. The Pakistani Taliban "
                      "claimed responsibility.") == []


def test_an_act_counted_out_stands_where_its_quantity_does(nlp):
    # "a wave of strikes": the quantity is what the clause governs.
    assert coded(nlp, "Israel responded with a wave of strikes on southern Lebanon.") == [("Israel", "190", "Lebanon")]
    assert coded(nlp, "Israel responded with dozens of strikes on southern Lebanon.") == [("Israel", "190", "Lebanon")]


def test_a_meetings_topic_is_no_party_met(nlp):
    assert coded(nlp, "Vladimir Putin received Steve Witkoff for five hours of talks on a U.S. peace plan.") == [
        ("Vladimir Putin", "043", "Steve Witkoff")]
    assert coded(nlp, "Vladimir Putin received Steve Witkoff for talks on a U.S. peace plan.") == [
        ("Vladimir Putin", "043", "Steve Witkoff")]
    assert coded(nlp, "Ecuadorean President Daniel Noboa hosted U.S. Homeland Security Secretary Kristi Noem on Monday "
                      "for talks on the possible return of American troops to a former U.S. air base.") == [
        ("Daniel Noboa", "043", "Kristi Noem")]


def test_aid_someone_is_thanked_for_goes_to_the_thankers_side(nlp):
    assert coded(nlp, "Burkina Faso's junta leader Captain Ibrahim Traore thanked Russia for a donation of 25,000 "
                      "tonnes of wheat.") == [("Ibrahim Traore", "051", "Russia"), ("Russia", "070", "Burkina Faso")]
    # Thanks for support name no aid; aid with its recipient named goes there.
    assert coded(nlp, "Zelenskiy thanked Germany for its support.") == [("Volodymyr Zelenskyy", "051", "Germany")]
    assert coded(nlp, "Muttaqi thanked India for its humanitarian aid to Afghanistan.") == [
        ("Amir Khan Muttaqi", "051", "India"), ("India", "073", "Afghanistan")]


def test_an_invitation_acted_on_is_the_inviters(nlp):
    # Those who met at the emir's invitation were invited; they invited no one.
    assert coded(nlp, "Presidents Felix Tshisekedi and Paul Kagame met in Doha on Tuesday at the invitation of "
                      "Qatar's Emir Sheikh Tamim bin Hamad Al Thani.") == [
        ("Felix Tshisekedi", "040", "Paul Kagame"), ("Tamim bin Hamad Al Thani", "036", "Felix Tshisekedi"),
        ("Tamim bin Hamad Al Thani", "036", "Paul Kagame")]


def test_a_body_named_before_a_hostile_act_judged_is_its_doer(nlp):
    assert coded(nlp, "Russia condemned EU sanctions.") == [("Russia", "111", "European Union")]
    assert coded(nlp, "M23 blamed European Union sanctions for the collapse of the talks.") == [
        ("M23", "112", "European Union")]
    # Who restores sanctions the body once imposed acts himself.
    assert coded(nlp, "Britain, France and Germany moved to restore UN sanctions on Iran.") == [
        ("United Kingdom", "163", "Iran"), ("France", "163", "Iran"), ("Germany", "163", "Iran")]


def test_a_group_named_on_the_weapon_of_an_attack_made_it(nlp):
    assert coded(nlp, "Israeli warplanes struck the port of Hodeidah in Yemen on Sunday in response to repeated Houthi "
                      "missile and drone attacks on Israel.")[1:] == [("Houthis", "190", "Israel")]


def test_their_meeting_at_which_two_leaders_agree_is_between_them(nlp):
    assert coded(nlp, "Japanese Prime Minister Sanae Takaichi and South Korean President Lee Jae-myung agreed at "
                      "their first summit on Thursday to deepen security cooperation with the United States.") == [
        ("Sanae Takaichi", "040", "Lee Jae-myung"), ("Sanae Takaichi", "030", "United States"),
        ("Lee Jae-myung", "030", "United States")]


def test_a_hostile_act_after_which_a_state_acts_is_not_its_own(nlp):
    assert coded(nlp, "Sudan severed diplomatic relations with the United Arab Emirates on Tuesday and declared it an "
                      "\"aggressor state\", Defence Minister Yassin Ibrahim said, after a third day of drone strikes on "
                      "Port Sudan.") == [("Sudan", "161", "United Arab Emirates")]
    # A meeting after which one acts is still the occasion of that act.
    assert coded(nlp, "Mexico delayed the tariff increase after a phone call with Trump.") == [
        ("Mexico", "041", "Donald Trump")]


def test_an_act_a_party_says_it_would_not_accept_is_only_supposed(nlp):
    assert coded(nlp, "Mexican President Claudia Sheinbaum said on Thursday her government would not accept US "
                      "military strikes on Mexican soil.") == [("Mexico", "120", "United States")]
    # Accepted as done, it was done.
    assert coded(nlp, "Mexico accepted US military strikes on Mexican soil.") == [("United States", "190", "Mexico")]


def test_a_blockade_an_armed_group_enforces_is_on_the_state_the_clause_names(nlp):
    assert coded(nlp, "JNIM fighters have torched more than 100 fuel tankers on the main roads into Bamako, enforcing "
                      "a blockade that has forced schools across Mali to close.") == [
        ("Jama'at Nusrat al-Islam wal-Muslimin", "191", "Mali")]
    assert coded(nlp, "Al Qaeda-linked JNIM militants have torched dozens of fuel tankers on the main roads into the "
                      "Malian capital, enforcing a blockade.") == [("Jama'at Nusrat al-Islam wal-Muslimin", "191", "Mali")]
    # A state's forces enforcing one name no target this way (the closure is read as such).
    assert coded(nlp, "Israeli forces closed the crossings into Gaza, enforcing a blockade.") == [
        ("Israel", "160", "Palestine")]


def test_an_attack_come_under_is_by_whom_it_came_from(nlp):
    assert coded(nlp, "Israeli troops came under fire from Hezbollah.") == [("Hezbollah", "190", "Israel")]
    assert coded(nlp, "Ukrainian positions came under heavy shelling from Russian forces.") == [
        ("Russia", "194", "Ukraine")]
    # A person under fire from critics is criticised in words, if at all: no attack.
    assert coded(nlp, "Italian Prime Minister Giorgia Meloni came under fire from the Five Star Movement.") == []


def test_the_demonym_on_weapons_parsed_as_a_modifier_names_who_attacks(nlp):
    # The parser makes "missile" a modifier (nmod) of "attacks", not a compound.
    assert coded(nlp, "The U.N. Human Rights Monitoring Mission in Ukraine said civilian casualties rose sharply in "
                      "October, blaming Russian long-range missile and drone attacks on cities for most of the deaths "
                      "and injuries.") == [("UN Human Rights Monitoring Mission in Ukraine", "112", "Russia")]
