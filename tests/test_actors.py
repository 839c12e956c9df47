"""Actors: every mention resolves to one canonical actor with a stable IRI, type and state."""

import pytest

from kg.actors import ActorFinder, ArticleContext, country_actor, slug, subject_in_time_phrase

from .conftest import word


@pytest.fixture(scope="module")
def finder(nlp):
    return ActorFinder(nlp)


def actors_in(nlp, finder, *sentences):
    context = ArticleContext()
    found = []
    for sentence in sentences:
        doc = nlp(sentence)
        mentions = finder.mentions(doc, context)
        seen = set()
        for index in sorted(mentions):
            mention = mentions[index]
            if id(mention) not in seen:
                seen.add(id(mention))
                found.append((doc[mention.start:mention.end].text, mention.actor.label,
                              mention.actor.type, mention.actor.country))
    return found


def groups_in(nlp, finder, *sentences):
    """The groups of actors a word stands for in the last of ``sentences`` ("they" -> the states
    listed), read in one article: {word: [label, ...]}."""
    context = ArticleContext()
    for sentence in sentences:
        doc = nlp(sentence)
        finder.mentions(doc, context)
    return {doc[index].text: [actor.label for actor in group] for index, group in finder.groups.items()}


def test_slug_is_ascii_and_iri_safe():
    assert slug("Kim Jong-un") == "kim-jong-un"
    assert slug("People's Party") == slug("People’s Party") == "peoples-party"
    assert slug('"><img src=x onerror=alert(1)>') == "img-src-x-onerror-alert-1"
    assert slug("习近平") == "x"


@pytest.mark.parametrize("phrase", ["the US", "the U.S.", "the United States", "America", "Washington",
                                    "the White House", "the Pentagon"])
def test_names_of_the_united_states_are_one_actor(nlp, finder, phrase):
    found = actors_in(nlp, finder, f"Kim criticized {phrase} on Sunday.")
    assert found[-1][1:] == ("United States", "Country", "USA")


def test_people_are_tied_to_their_state(nlp, finder):
    found = actors_in(nlp, finder, "Mongolian Prime Minister Batbayar Dorj met American President Donald Trump.")
    assert [f[1:] for f in found] == [("Batbayar Dorj", "Person", "MNG"), ("Donald Trump", "Person", "USA")]


def test_armed_groups_people_stand_outside_their_state(finder):
    # Their role in the gazetteer names the group: what they say of their state's forces is a
    # statement, not the state on itself.
    members = ("Lawrence Kanyuka", "Sultani Makenga", "Bertrand Bisimwa", "Osama Hamdan", "Hazem Qassem",
               "Wafiq Safa", "Mohammed Ali al-Houthi", "Debretsion Gebremichael")
    assert [name for name in members if finder.gazetteer.names[name].id not in finder.gazetteer.outsiders] == []
    # So do the leaders of autonomous regions and breakaway entities ("Bougainville President
    # Ishmael Toroama accused Papua New Guinea's government"), named by any of their names.
    leaders = ("Ishmael Toroama", "Ahmed Mohamed Islam", "Ahmed Madobe")
    assert [name for name in leaders if finder.gazetteer.names[name].id not in finder.gazetteer.outsiders] == []


def test_organisations_and_groups(nlp, finder):
    found = actors_in(nlp, finder, "NATO and the UN Security Council condemned Hamas, KCNA said.")
    assert [f[1:] for f in found] == [
        ("North Atlantic Treaty Organization", "Organization", None),
        ("UN Security Council", "Organization", None),
        ("Hamas", "Group", "PSE"),
        ("Korean Central News Agency", "Organization", "PRK"),
    ]


def test_later_mentions_resolve_within_the_article(nlp, finder):
    found = actors_in(nlp, finder, "North Korean leader Kim Jong-un spoke.",
                      "Kim said he would go.", "The North Korean leader left.")
    assert [(text, label) for text, label, _, _ in found] == [
        ("Kim Jong-un", "Kim Jong-un"), ("Kim", "Kim Jong-un"), ("he", "Kim Jong-un"),
        ("leader", "Kim Jong-un")]


def test_demonym_as_modifier_is_not_a_state(nlp, finder):
    found = actors_in(nlp, finder, "The Japanese news outlet Kyodo reported it.")
    assert [f[1] for f in found] == ["Kyodo News"]


def test_state_bodies_stand_for_the_state(nlp, finder):
    found = actors_in(nlp, finder, "The Chinese government criticized the plan.")
    assert [f[1:] for f in found] == [("China", "Country", "CHN")]
    # Libya's recognised government, named by its own name, is Libya as well.
    found = actors_in(nlp, finder, "Forces of Libya's Tripoli-based Government of National Unity clashed with the "
                                   "Radaa militia.")
    assert [f[1] for f in found] == ["Libya", "Libya", "Special Deterrence Force"]


def test_she_and_her_skip_people_known_to_be_men(nlp, finder):
    found = actors_in(nlp, finder, "Mexican President Claudia Sheinbaum met Donald Trump on Monday.",
                      "Foreign Minister Marco Rubio praised her remarks.")
    assert found[-1][:2] == ("her", "Claudia Sheinbaum")
    found = actors_in(nlp, finder, "Claudia Sheinbaum met Donald Trump on Monday.", "He praised her.")
    assert [f[:2] for f in found[-2:]] == [("He", "Donald Trump"), ("her", "Claudia Sheinbaum")]


def test_an_accused_it_is_not_the_accuser(nlp, finder):
    found = actors_in(nlp, finder, "Russia launched a drone attack on Ukraine, and Poland accused it of violating "
                                   "its airspace.")
    assert found[-2][:2] == ("it", "Russia")
    # "signed it": a thing, not a party.
    assert [f for f in actors_in(nlp, finder, "Russia drafted a treaty, and Belarus signed it.") if f[0] == "it"] == []


def test_seas_and_straits_are_not_the_states_they_name(nlp, finder):
    found = actors_in(nlp, finder, "Chinese ships harassed a vessel in the South China Sea and the Gulf of Oman.")
    assert [f[1] for f in found] == ["China"]
    assert [f[0] for f in found] == ["ships"]
    # A continent or region named after a state's alias is no state: "South America" is not "America".
    found = actors_in(nlp, finder, 'Lula warned that South America "does not need a war," and Mexico agreed.')
    assert [f[1] for f in found] == ["Luiz Inacio Lula da Silva", "Mexico"]


def test_congo_is_the_democratic_republic_and_demonyms_on_compounds(nlp, finder):
    assert actors_in(nlp, finder, "Congo and Rwanda signed a deal.")[0][1:] == (
        "Democratic Republic of the Congo", "Country", "COD")
    found = actors_in(nlp, finder, "Three Russian MiG-31 fighter jets violated Estonian airspace.")
    assert [f[:2] for f in found] == [("jets", "Russia"), ("airspace", "Estonia")]


def test_a_later_surname_and_the_army_of_the_state_in_focus(nlp, finder):
    # "Wine" alone is Bobi Wine once the article has named him, though the NER misses it;
    # "the army" is the army of the state the article is about.
    found = actors_in(nlp, finder, "Ugandan police arrested supporters of opposition leader Bobi Wine.",
                      "Wine accused the army of beating him.")
    assert [f[:2] for f in found] == [("police", "Uganda"), ("Bobi Wine", "Bobi Wine"), ("Wine", "Bobi Wine"),
                                      ("army", "Uganda"), ("him", "Bobi Wine")]
    # So are "the security forces".
    found = actors_in(nlp, finder, "Uganda held an election.", "Bobi Wine accused the security forces of abducting "
                                   "his polling agents.")
    assert [f[:2] for f in found if f[0] == "forces"] == [("forces", "Uganda")]
    # A surname two people share, or no one named before, is nobody.
    assert actors_in(nlp, finder, "Wine prices rose.") == []
    # "the ministry" is the ministry named last, whatever person of another state was named since.
    found = actors_in(nlp, finder, "Brazil's foreign ministry said it would not recognise Nicolas Maduro's re-election.",
                      "The ministry also called on Caracas to release opposition activists.")
    assert [f[:2] for f in found if f[0] == "ministry"] == [("ministry", "Brazil"), ("ministry", "Brazil")]



def test_the_government_is_the_state_in_focus_and_a_described_nation_the_last_named(nlp, finder):
    # The state the sentence is about, not the last one named, which raises concerns with it.
    found = actors_in(nlp, finder, "Sri Lanka rejected a Chinese request after India and the United States "
                                   "raised concerns with the government.")
    assert [f[:2] for f in found][-1] == ("government", "Sri Lanka")
    # "the Caribbean nation" varies the last state named.
    found = actors_in(nlp, finder, "Venezuela suspended a gas agreement with Trinidad and Tobago after the "
                                   "Caribbean nation held exercises with the United States.")
    assert [f[:2] for f in found][2] == ("nation", "Trinidad and Tobago")


def test_before_any_state_is_named_the_army_and_the_junta_are_the_datelines(nlp, finder):
    home = country_actor("MMR")
    for text in ("The army shelled positions of the Kachin Independence Army.", "The junta said it had won."):
        doc = nlp(text)
        mentions = finder.mentions(doc, ArticleContext(home_state=home))
        assert mentions[1].actor == home
    # A state named in the article comes first; the governments "of Mali and Burkina Faso" are theirs.
    doc = nlp("Thailand said the army had closed the border.")
    assert finder.mentions(doc, ArticleContext(home_state=home))[3].actor.label == "Thailand"
    doc = nlp("The military governments of Mali and Burkina Faso warned ECOWAS.")
    assert 2 not in finder.mentions(doc, ArticleContext(home_state=country_actor("MLI")))
    # The dateline's state, once the text names it too, before a state named only in passing.
    doc = nlp("Jihadist fighters attacked army positions in northern Benin near the borders with Niger and "
              "Burkina Faso, the government said.")
    mentions = finder.mentions(doc, ArticleContext(home_state=country_actor("BEN")))
    assert next(m.actor.label for m in mentions.values() if doc[m.start].lower_ == "government") == "Benin"


def test_the_junta_is_the_state_named_last_unless_its_own_is_named(nlp, finder):
    found = actors_in(nlp, finder, "Kim Aris, the son of Myanmar's detained former leader Aung San Suu Kyi, "
                                   "appealed to the junta to free his mother.")
    assert ("junta", "Myanmar") in [f[:2] for f in found]
    found = actors_in(nlp, finder, "Ousmane Sonko accused the administration of former President Macky Sall "
                                   "of hiding debt.")
    assert [f[:2] for f in found] == [("Ousmane Sonko", "Ousmane Sonko"), ("Macky Sall", "Macky Sall")]
    # Counted juntas are more than one state's.
    found = actors_in(nlp, finder, "Togo's foreign minister said Lome was ready to talk to the alliance formed by "
                                   "the three juntas.")
    assert [f[:2] for f in found] == [("Togo", "Togo"), ("minister", "Robert Dussey"), ("Lome", "Togo")]
    # A junta is the state whose military was named, not a state named since.
    found = actors_in(nlp, finder, "ASEAN leaders urged Myanmar's military to halt air strikes, in a statement issued "
                                   "in Kuala Lumpur, but did not endorse the junta's planned elections.")
    assert ("junta", "Myanmar") in [f[:2] for f in found]


def test_a_place_the_ner_calls_a_person_is_no_actor(nlp, finder):
    found = actors_in(nlp, finder, "China's coast guard accused a Philippine vessel of ramming one of its ships "
                                   "near Sabina Shoal, which Beijing calls Xianbin Jiao.")
    assert "Sabina Shoal" not in [f[1] for f in found]


def test_churches_are_bodies_of_their_own(nlp, finder):
    assert actors_in(nlp, finder, "The Armenian Apostolic Church criticised Pashinyan.")[0][1:] == (
        "Armenian Apostolic Church", "Organization", "ARM")


def test_un_bodies_written_with_points_and_three_powers(nlp, finder):
    found = actors_in(nlp, finder, "The U.N. Support Mission in Libya urged restraint.")
    assert [f[1] for f in found] == ["United Nations Support Mission in Libya"]
    found = actors_in(nlp, finder, "Iran summoned the envoys of Britain, France and Germany over the three "
                                   "European powers' move.")
    assert [f[1] for f in found if f[0] == "powers"] == ["United Kingdom"]


def test_a_group_named_with_its_state_is_its_own_actor(nlp, finder):
    # "North Korea's Lazarus Group" is the group; "China's Taiwan Affairs Office" is China, and so is
    # any state body the gazetteer marks as one (the FBI is the United States).
    found = actors_in(nlp, finder, "The FBI blamed North Korea's Lazarus Group for the theft.")
    assert [f[1:3] for f in found] == [("United States", "Country"),
                                       ("North Korea", "Country"), ("Lazarus Group", "Group")]
    found = actors_in(nlp, finder, "The Mainland Affairs Council accused Beijing of infiltration.")
    assert [f[1] for f in found] == ["Taiwan", "China"]


def test_a_state_bodys_namesake_of_another_state_is_a_body_of_its_own(nlp, finder):
    found = actors_in(nlp, finder, "The United States imposed sanctions on Serbian oil company NIS.")
    assert [f for f in found if f[0] == "NIS"] == [("NIS", "NIS", "Organization", "SRB")]
    # South Korea's own is its state.
    found = actors_in(nlp, finder, "South Korea's NIS said the North had sent troops.")
    assert [f[:2] for f in found if f[0] == "NIS"] == [("NIS", "South Korea")]


def test_its_is_not_a_state_named_in_its_own_phrase(nlp, finder):
    # "after U.S. and Israeli strikes on its nuclear sites": "its" is Iran's, not Israel's.
    found = actors_in(nlp, finder, "Iran suspended cooperation with the agency after U.S. and Israeli strikes "
                                   "on its nuclear sites.")
    assert [f[:2] for f in found if f[0] == "its"] == [("its", "Iran")]


def test_its_on_what_a_verb_thwarts_is_not_its_subjects(nlp, finder):
    found = actors_in(nlp, finder, "Venezuela recalled its ambassador to Brazil after Brasilia vetoed its bid to join "
                                   "the BRICS group.")
    assert [f[:2] for f in found if f[0] == "its"] == [("its", "Venezuela"), ("its", "Venezuela")]
    found = actors_in(nlp, finder, "The World Food Programme said the RSF had blocked its convoys.")
    assert [f[:2] for f in found if f[0] == "its"] == [("its", "World Food Programme")]
    # Not where the verb is another's: "Brazil raised its tariffs".
    found = actors_in(nlp, finder, "Venezuela recalled its ambassador after Brazil raised its tariffs.")
    assert [f[:2] for f in found if f[0] == "its"] == [("its", "Venezuela"), ("its", "Brazil")]


def test_its_after_a_verdict_is_the_judged_party(nlp, finder):
    found = actors_in(nlp, finder, "Russia condemned Israel for its strikes on Iran.")
    assert [f[:2] for f in found if f[0] == "its"] == [("its", "Israel")]
    found = actors_in(nlp, finder, "Hungarian Prime Minister Viktor Orban criticised the European Commission on "
                                   "Tuesday for its decision to impose tariffs on Chinese electric vehicles.")
    assert [f[:2] for f in found if f[0] == "its"] == [("its", "European Union")]
    # "his" in the reason a verdict gives is the judged person's, not the speaker's.
    found = actors_in(nlp, finder, "Czech President Petr Pavel on Thursday criticised Slovak Prime Minister Robert "
                                   "Fico for his December trip to Moscow.")
    assert [f[:2] for f in found if f[0] == "his"] == [("his", "Robert Fico")]


def test_a_name_called_separatist_is_a_group_and_the_separatists_refer_to_it(nlp, finder):
    found = actors_in(nlp, finder, "Cameroonian troops killed 12 fighters of the separatist Ambazonia Defence "
                                   "Forces on Saturday, a day after the separatists ambushed an army convoy.")
    assert [f[:4] for f in found if f[1] == "Ambazonia Defence Forces"] == [
        ("Ambazonia Defence Forces", "Ambazonia Defence Forces", "Group", "CMR"),
        ("separatists", "Ambazonia Defence Forces", "Group", "CMR")]


def test_a_body_named_with_its_owner_and_kind_and_a_seat_read_in_context(nlp, finder):
    # "Machar's SPLM-IO party", read by the NER as one name, is the party "SPLM-IO".
    found = actors_in(nlp, finder, "South Sudan charged First Vice President Riek Machar with murder.",
                      "Machar's SPLM-IO party accused President Salva Kiir of waging a witch hunt.")
    assert [(f[0], f[1]) for f in found if f[2] == "Organization"] == [("Machar's SPLM-IO party", "SPLM-IO")]
    # "Brussels" is the EU, but Belgium where the article has named Belgium and not the EU.
    found = actors_in(nlp, finder, "Rwanda cut diplomatic ties with Belgium on Monday, accusing Brussels of siding "
                                   "with Kinshasa.")
    assert [f[1] for f in found if f[0] == "Brussels"] == ["Belgium"]
    found = actors_in(nlp, finder, "Hungary's prime minister accused Brussels of blackmail.")
    assert [f[1] for f in found if f[0] == "Brussels"] == ["European Union"]


def test_a_surname_after_its_states_possessive_and_a_states_security_council(nlp, finder):
    # "Colombia's Petro": the one Colombian the gazetteer knows by that surname, though the NER
    # calls the word a place.
    found = actors_in(nlp, finder, "Lula called on Maduro to publish the tallies, while Colombia's Petro urged him "
                                   "to share power.")
    assert [(f[0], f[1]) for f in found if f[2] == "Person"] == [
        ("Lula", "Luiz Inacio Lula da Silva"), ("Maduro", "Nicolas Maduro"), ("Petro", "Gustavo Petro"),
        ("him", "Nicolas Maduro")]
    # A state's security council is the state.
    found = actors_in(nlp, finder, "Yerevan asked Moscow to withdraw, the Armenian Security Council said.")
    assert [(f[0], f[1]) for f in found] == [("Yerevan", "Armenia"), ("Moscow", "Russia"),
                                             ("the Armenian Security Council", "Armenia")]


def test_the_arabic_article_in_lower_case_and_a_broadcaster_named_with_its_kind(nlp, finder):
    found = actors_in(nlp, finder, "U.S. warplanes struck Houthi targets, the group's al-Masirah TV said.")
    assert [(f[0], f[1]) for f in found if f[2] == "Organization"] == [("al-Masirah TV", "Al-Masirah")]
    found = actors_in(nlp, finder, "Hezbollah's al-Manar television said the strike hit a car.")
    assert [(f[0], f[1]) for f in found if f[2] == "Organization"] == [("al-Manar", "Al-Manar")]


def test_a_subject_read_as_the_object_of_a_time_preposition(nlp):
    # The day made a compound of the name after it.
    doc = nlp("Prime Minister Mark Carney said on Friday Canada would drop most of its retaliatory tariffs on U.S. "
              "goods.")
    assert subject_in_time_phrase(word(doc, "drop")).text == "Canada"
    doc = nlp("Prime Minister Nikol Pashinyan said on Tuesday Yerevan would sign the treaty.")
    assert subject_in_time_phrase(word(doc, "sign")) is None
    doc = nlp("Algeria closed its airspace, a day after Mali, Niger and Burkina Faso withdrew their envoys.")
    withdrew = word(doc, "withdrew")
    assert subject_in_time_phrase(withdrew).text == "Mali"
    doc = nlp("Algeria closed its airspace a day after the talks.")
    assert subject_in_time_phrase(word(doc, "closed")) is None
    # The conjunction "as" made a marker with the subject its object.
    doc = nlp("Egypt delivered weapons to Somalia on Wednesday, a Somali official told Reuters, deepening Cairo's "
              "ties with Mogadishu as Ethiopia accused the two countries of stoking instability in the region.")
    assert subject_in_time_phrase(word(doc, "accused")).text == "Ethiopia"
    # "after" hung on the verb of the clause before.
    doc = nlp("Iraqi security forces arrested 14 members of Kataib Hezbollah after gunmen from the group stormed an "
              "office in Baghdad.")
    assert subject_in_time_phrase(word(doc, "stormed")).text == "gunmen"


def test_a_bank_named_with_its_state_is_its_own_unless_it_is_the_central_bank(nlp, finder):
    found = actors_in(nlp, finder, "The U.S. Treasury imposed sanctions on Kyrgyzstan's Keremet Bank.")
    assert [f[1:3] for f in found][-1] == ("Keremet Bank", "Organization")
    found = actors_in(nlp, finder, "The United States imposed sanctions on Russia's Central Bank.")
    assert [f[1] for f in found] == ["United States", "Russia", "Russia"]


def test_a_model_number_is_no_part_of_a_demonym(nlp, finder):
    found = actors_in(nlp, finder, "Thai F-16 jets struck Cambodian military targets on Thursday.")
    assert [f[1] for f in found] == ["Thailand", "Cambodia"]


def test_a_dateline_place_names_the_state_it_lies_in(finder):
    assert [finder.state_at(place).label if finder.state_at(place) else None
            for place in ("ISLAMABAD", "Cox's Bazar", "Brussels", "ABU DHABI", "Tarawa", "Atlantis")] == [
        "Pakistan", "Bangladesh", "Belgium", "United Arab Emirates", "Kiribati", None]


def test_a_described_state_is_not_the_clause_subjects_own(nlp, finder):
    # "the Pacific nation" after a Chinese host is the guest's state, though Beijing was named last.
    assert actors_in(nlp, finder, "Chinese Foreign Minister Wang Yi hosted his Solomon Islands counterpart in "
                                  "Beijing on Tuesday, praising the Pacific nation as a model.")[-1] == (
        "nation", "Solomon Islands", "Country", "SLB")


def test_the_rebel_group_refers_back_to_the_group_named(nlp, finder):
    assert actors_in(nlp, finder, "Petro suspended talks with the National Liberation Army (ELN) after the rebel "
                                  "group attacked a military base in Catatumbo.") == [
        ("the National Liberation Army", "National Liberation Army", "Group", "COL"),
        ("ELN", "National Liberation Army", "Group", "COL"), ("group", "National Liberation Army", "Group", "COL"),
        # The base the group attacked is that of the state it fights.
        ("base", "Colombia", "Country", "COL"), ("Catatumbo", "Colombia", "Country", "COL")]


def test_a_sentence_opening_article_is_no_part_of_a_name(nlp, finder):
    assert actors_in(nlp, finder, "A World Trade Organization panel ruled that Indonesia's ban breached trade "
                                  "rules.") == [
        ("A World Trade Organization", "World Trade Organization", "Organization", None),
        ("Indonesia", "Indonesia", "Country", "IDN")]


def test_a_named_body_before_its_kind_is_the_body(nlp, finder):
    # "security service" names what the FSB is, and the FSB, a state body, stands for Russia.
    assert actors_in(nlp, finder, "Russia's FSB security service said it had detained a Moldovan citizen.") == [
        ("Russia", "Russia", "Country", "RUS"), ("FSB", "Russia", "Country", "RUS"),
        ("service", "Russia", "Country", "RUS"), ("it", "Russia", "Country", "RUS"),
        ("citizen", "Moldova", "Country", "MDA")]
    assert [f[1] for f in actors_in(nlp, finder, "Russia's foreign intelligence service SVR accused Serbia.")] == [
        "Russia", "Russia", "Russia", "Serbia"]
    # A state's intelligence stands for the state.
    assert actors_in(nlp, finder, "Lithuanian prosecutors accused Russian military intelligence of organising the "
                                  "attack.") == [
        ("prosecutors", "Lithuania", "Country", "LTU"), ("intelligence", "Russia", "Country", "RUS")]


def test_it_is_not_a_state_named_in_passing(nlp, finder):
    # "three Russian diplomats" names Russia in passing; "it" is the ministry's state.
    found = actors_in(nlp, finder, "Moldova's foreign ministry declared three Russian diplomats persona non grata "
                                   "and summoned the ambassador to protest what it called illegal flights.")
    assert ("it", "Moldova", "Country", "MDA") in found


def test_the_two_are_not_a_person_named_inside_a_phrase(nlp, finder):
    found = actors_in(nlp, finder, "Iraqi Prime Minister Mohammed Shia al-Sudani hosted Syrian Foreign Minister "
                                   "Asaad al-Shaibani in Baghdad, the first visit since the fall of Bashar al-Assad, "
                                   "and the two discussed border security.")
    assert [f[1] for f in found if f[0] == "two"] == ["Mohammed Shia al-Sudani"]
    assert [actor.label for actor in finder.groups[max(finder.groups)]] == [
        "Mohammed Shia al-Sudani", "Asaad al-Shaibani"]


def test_them_and_it_accused_after_a_clause_are_its_object(nlp, finder):
    found = actors_in(nlp, finder, "Burkina Faso ordered three French diplomats to leave the country within 48 "
                                   "hours, accusing them of subversive activities.")
    assert ("them", "France", "Country", "FRA") in found
    found = actors_in(nlp, finder, "The European Union launched legal action against China at the WTO on "
                                   "Thursday, accusing it of using the threat of hefty fines.")
    assert ("it", "China", "Country", "CHN") in found
    # The body named, not its owner's state; not the subject the participle shares.
    found = actors_in(nlp, finder, "The U.S. Treasury Department imposed sanctions on Kyrgyzstan's Keremet Bank "
                                   "on Wednesday, accusing it of helping Russia evade Western restrictions.")
    assert ("it", "Keremet Bank", "Organization", "KGZ") in found
    # Not an accusation: "barring them from" is read by the other rules.
    found = actors_in(nlp, finder, "China added seven U.S. defence companies to its list, barring them from "
                                   "trade.")
    assert [f for f in found if f[0] == "them"] == []


@pytest.mark.parametrize("text, expected", [
    # The court, which the infinitive's controller names, not the United States the clause began with.
    ("The United States imposed sanctions on three judges of the International Criminal Court, prompting the court "
     "to denounce what it called a flagrant attack.", ("it", "International Criminal Court", "Organization", None)),
    # "respond" has a state for subject; "to say" is Rubio's (the object of "prompting").
    ("Brazil's Supreme Court sentenced former President Jair Bolsonaro to 27 years in prison, prompting U.S. "
     "Secretary of State Marco Rubio to say Washington would respond accordingly to what he called a witch hunt.",
     ("he", "Marco Rubio", "Person", "USA")),
])
def test_the_pronoun_in_what_it_called_is_the_namers_subject(nlp, finder, text, expected):
    assert expected in actors_in(nlp, finder, text)


def test_a_demonym_split_into_sibling_modifiers(nlp, finder):
    found = actors_in(nlp, finder, "Equatorial Guinean troops attacked Papua New Guinean soldiers. Sierra Leone "
                                   "accused Guinean soldiers of crossing the border.")
    assert [(f[0], f[3]) for f in found if f[0] in ("troops", "soldiers")] == [
        ("troops", "GNQ"), ("soldiers", "PNG"), ("soldiers", "GIN")]


def test_the_judge_is_the_justice_named_before(nlp, finder):
    found = actors_in(nlp, finder, "Rubio revoked the visa of Brazilian Supreme Court Justice Alexandre de Moraes, "
                                   "accusing the judge of running a censorship complex.")
    assert ("judge", "Alexandre de Moraes", "Person", "BRA") in found


def test_its_is_never_a_person(nlp, finder):
    found = actors_in(nlp, finder, "Brazilian President Luiz Inacio Lula da Silva said on Thursday that Brazil "
                                   "would answer the 50% U.S. tariff on its exports with reciprocal measures.")
    assert [f for f in found if f[0] == "its"] == []


def test_a_surname_is_the_person_the_article_named(nlp, finder):
    # Not the gazetteer's Anthony Albanese.
    found = actors_in(nlp, finder, "Washington imposed sanctions on U.N. special rapporteur Francesca Albanese.",
                      "Albanese, an Italian lawyer, called the measures obscene.")
    assert [f[1] for f in found if f[0] == "Albanese"] == ["Francesca Albanese"]


def test_a_state_an_act_is_aimed_at_is_not_the_subjects_own(nlp, finder):
    found = actors_in(nlp, finder, "Spanish Prime Minister Pedro Sanchez accused Israel of committing genocide on "
                                   "Monday and announced a permanent arms embargo on the country.")
    assert found[-1] == ("country", "Israel", "Country", "ISR")
    # As a subject "the country" is still the state the article is about.
    assert actors_in(nlp, finder, "Zelensky said the country would not give up territory.")[-1] == (
        "country", "Ukraine", "Country", "UKR")
    # "The island" describes a state: the one in focus, not the speaker's own.
    found = actors_in(nlp, finder, "Cuba began releasing prisoners following talks with the Vatican, a day after the "
                                   "Biden administration announced it would remove the island from the list.")
    assert found[-1] == ("island", "Cuba", "Country", "CUB")


def test_a_described_group_of_states_is_the_last_list_of_three_or_more(nlp, finder):
    found = actors_in(nlp, finder, "Iranian officials held talks with diplomats from Britain, France and Germany in "
                                   "Istanbul on Friday, as the European powers warned they would reimpose sanctions.")
    assert found[-1] == ("powers", "United Kingdom", "Country", "GBR")
    assert finder.groups[max(finder.groups)] == [country_actor("GBR"), country_actor("FRA"), country_actor("DEU")]
    # Two states named before may well be the described group's rivals.
    assert actors_in(nlp, finder, "Russia and China vetoed the resolution. The Western powers condemned the veto.") == [
        ("Russia", "Russia", "Country", "RUS"), ("China", "China", "Country", "CHN")]
    # "the three" alone is the last list of three.
    found = actors_in(nlp, finder, "Croatia, Albania and Kosovo signed a defence cooperation declaration on Tuesday, "
                                   "prompting Serbian President Aleksandar Vucic to accuse the three of forming an "
                                   "alliance.")
    assert found[-1] == ("three", "Croatia", "Country", "HRV")
    assert finder.groups[max(finder.groups)] == [country_actor("HRV"), country_actor("ALB"), country_actor("XKX")]


def test_an_object_pronoun_of_a_gerund_after_a_time_preposition_is_not_the_clauses_subject(nlp, finder):
    found = actors_in(nlp, finder, "Nayib Bukele offered to jail criminals, U.S. Secretary of State Marco Rubio said on "
                                   "Monday after meeting him.")
    assert found[-1] == ("him", "Nayib Bukele", "Person", "SLV")
    # The gerund of an accusation is the accused's: "him" is the accuser.
    found = actors_in(nlp, finder, "Opposition leader Bobi Wine accused the army of beating him.")
    assert found[-1] == ("him", "Bobi Wine", "Person", "UGA")


def test_an_owned_neighbour_is_the_last_other_state_named(nlp, finder):
    found = actors_in(nlp, finder, "Erdogan hosted Syria's interim President Ahmed al-Sharaa and said Turkey was "
                                   "ready to help its southern neighbour rebuild.")
    assert ("neighbour", "Syria") in [f[:2] for f in found]
    # Named, or with no other state named before, a neighbour is no reference.
    found = actors_in(nlp, finder, "Greece accused its neighbour Turkey of provocations.")
    assert [f[:2] for f in found] == [("Greece", "Greece"), ("its", "Greece"), ("Turkey", "Turkey")]
    assert [f[:2] for f in actors_in(nlp, finder, "Greece accused its neighbour of provocations.")] == [
        ("Greece", "Greece"), ("its", "Greece")]


def test_a_body_named_with_its_state_before_it_and_investigators_of_a_state(nlp, finder):
    # The gazetteer's "Social Democratic Party of Germany", named the other way round.
    found = actors_in(nlp, finder, "Russian hackers targeted Germany's Social Democratic Party.")
    assert ("Social Democratic Party", "Social Democratic Party of Germany") in [f[:2] for f in found]
    # Investigators of a state act for it; a cleric's title is no part of the name.
    found = actors_in(nlp, finder, "Armenian investigators arrested Archbishop Bagrat Galstanyan.")
    assert [f[:2] for f in found] == [("investigators", "Armenia"), ("Archbishop Bagrat Galstanyan", "Bagrat Galstanyan")]


def test_a_body_based_somewhere_is_of_that_place_s_state(nlp, finder):
    found = actors_in(nlp, finder, "Washington imposed sanctions on a Shandong-based independent refinery.")
    assert ("refinery", "China") in [f[:2] for f in found]


def test_their_ministers_are_the_states_of_the_list_before(nlp, finder):
    found = actors_in(nlp, finder, "Vucic accused Croatia, Albania and Kosovo of forming an alliance after their "
                                   "defence ministers signed a declaration.")
    assert ("ministers", "Croatia") in [f[:2] for f in found]
    found = actors_in(nlp, finder, "Vietnam and the Philippines held a drill, and their defence chiefs pledged to "
                                   "deepen cooperation.")
    assert ("chiefs", "Vietnam") in [f[:2] for f in found]


def test_it_after_a_person_s_act_on_a_state_is_that_state(nlp, finder):
    found = actors_in(nlp, finder, 'Chinese Foreign Ministry spokesperson Lin Jian accused Washington of "sending the '
                                   'wrong signal" after it approved a sale of spare parts to Taipei.')
    assert ("it", "United States") in [f[:2] for f in found]
    # A state's own act: "it" is the state that spoke, as before.
    found = actors_in(nlp, finder, "China accused Washington of sending the wrong signal after it held drills.")
    assert ("it", "China") in [f[:2] for f in found]


def test_they_after_one_speaker_s_act_on_many_is_not_the_speaker(nlp, finder):
    found = actors_in(nlp, finder, "The U.S. Commerce Department added 12 Chinese companies to its export blacklist, "
                                   "saying they had helped Beijing's military.")
    assert "they" not in [f[0] for f in found]
    found = actors_in(nlp, finder, "Mali, Burkina Faso and Niger said they would leave ECOWAS.")
    assert ("they", "Mali") in [f[:2] for f in found]


def test_they_after_the_ministers_of_states_is_those_states(nlp, finder):
    assert groups_in(nlp, finder, "The foreign ministers of France, Britain and Germany told the U.N. Security "
                                  "Council that they had triggered the snapback mechanism.") == {
        "they": ["France", "United Kingdom", "Germany"]}


def test_both_sides_are_the_last_pair_of_states_named_together(nlp, finder):
    # Not the host named last (Saudi Arabia, for Riyadh); "they" is the group "both sides" stands for.
    assert groups_in(nlp, finder, "Russia and the United States held talks in Riyadh on Tuesday.",
                     "Both sides said they had agreed to restore ties.") == {
        "sides": ["Russia", "United States"], "they": ["Russia", "United States"]}


def test_both_sides_are_the_states_of_delegations_named_together(nlp, finder):
    # Not Ukraine and Turkey, the last two states named.
    assert groups_in(nlp, finder, "Russian and Ukrainian delegations held talks in Istanbul on Friday, with Turkish "
                                  "Foreign Minister Hakan Fidan acting as host.",
                     "The two sides agreed to exchange prisoners.") == {"sides": ["Russia", "Ukraine"]}


def test_the_two_sides_are_never_the_go_between_of_their_talks(nlp, finder):
    assert groups_in(nlp, finder, "Iranian Foreign Minister Abbas Araqchi and U.S. envoy Steve Witkoff held indirect "
                                  "talks in Rome on Saturday, mediated by Oman's Foreign Minister Badr Albusaidi, who "
                                  "said the two sides had agreed to meet again.") == {"sides": ["Iran", "United States"]}


def test_the_neighbours_are_never_the_go_betweens_named_last(nlp, finder):
    assert groups_in(nlp, finder, "Pakistan and Afghanistan agreed to a ceasefire after talks mediated by Qatar and "
                                  "Turkey, the Qatari foreign ministry said, following a week of border clashes between "
                                  "the neighbours.") == {"neighbours": ["Pakistan", "Afghanistan"]}


def test_the_two_sides_are_not_two_of_a_longer_list(nlp):
    from .test_statements import coded

    assert coded(nlp, "Iranian Deputy Foreign Minister Kazem Gharibabadi met senior diplomats from Britain, France and "
                      "Germany in Istanbul on Friday, in the first talks between the two sides since June.") == [
        ("Kazem Gharibabadi", "040", "United Kingdom"), ("Kazem Gharibabadi", "040", "France"),
        ("Kazem Gharibabadi", "040", "Germany")]


def test_they_after_both_sides_is_both(nlp):
    from .test_statements import coded

    assert coded(nlp, "Russia and the United States held talks in Riyadh on Tuesday. Both sides said they had agreed "
                      "to restore ties.") == [("Russia", "046", "United States"), ("Russia", "030", "United States")]


def test_a_hyphenated_given_name_in_lower_case_is_part_of_the_name(nlp, finder):
    found = actors_in(nlp, finder, "South Korean Trade Minister Yeo Han-koo said Seoul would not accept the demands.")
    assert found[0][:3] == ("Yeo Han-koo", "Yeo Han-koo", "Person")
    found = actors_in(nlp, finder, "Kassym-Jomart Tokayev met a pro-Russian lawmaker.")
    assert [f[1] for f in found] == ["Kassym-Jomart Tokayev", "Russia"]


def test_allies_named_by_a_demonym_are_their_state(nlp, finder):
    found = actors_in(nlp, finder, "The FLA accused the military and its Russian allies of hitting a market.")
    assert ("allies", "Russia") in [f[:2] for f in found]


def test_a_word_of_doubt_is_not_part_of_a_name(nlp, finder):
    assert actors_in(nlp, finder, "Suspected New People's Army rebels ambushed a patrol on Sunday.") == [
        ("New People's Army", "New People's Army", "Group", "PHL")]


def test_a_lone_given_name_shares_its_family_s_name(nlp, finder):
    # Kin of a named person, and a couple named with one family name.
    assert actors_in(nlp, finder, "Washington imposed sanctions on Zimbabwean President Emmerson Mnangagwa, his wife "
                                  "Auxillia and Vice President Constantino Chiwenga.")[3:] == [
        ("Auxillia", "Auxillia Mnangagwa", "Person", "ZWE"),
        ("Constantino Chiwenga", "Constantino Chiwenga", "Person", "ZWE")]
    assert actors_in(nlp, finder, "Former Gabonese president Ali Bongo Ondimba and his wife Sylvia arrived in "
                                  "Angola.")[2] == ("Sylvia", "Sylvia Bongo Ondimba", "Person", "GAB")
    assert actors_in(nlp, finder, "The Taliban released British couple Peter and Barbie Reynolds.")[1:] == [
        ("Peter", "Peter Reynolds", "Person", "GBR"), ("Barbie Reynolds", "Barbie Reynolds", "Person", None)]
    # Not two companies the NER takes for people.
    assert [label for _, label, _, _ in actors_in(nlp, finder, "Norway imposed sanctions on Russian fishing companies "
                                                               "Norebo and Murman Seafood.")] == [
        "Norway", "Russia", "Norebo", "Murman Seafood"]


def test_a_counted_group_named_by_its_state_is_the_state(nlp, finder):
    # "two Spanish ministers" are new, not the two Spaniards named before; "the two ministers" are.
    found = actors_in(nlp, finder, "Israeli Foreign Minister Gideon Saar accused Prime Minister Pedro Sanchez of "
                                   "antisemitism, Spanish Foreign Minister Jose Manuel Albares said.",
                      "Israel also barred two Spanish ministers from entering the country.")
    assert ("ministers", "Spain") in [f[:2] for f in found]
    found = actors_in(nlp, finder, "Spanish Prime Minister Pedro Sanchez met Foreign Minister Jose Manuel Albares.",
                      "Israel barred the two ministers from entering the country.")
    assert ("ministers", "Pedro Sanchez") in [f[:2] for f in found]


def test_a_government_backed_by_a_state_is_not_the_backer_s(nlp, finder):
    found = actors_in(nlp, finder, "U.N. envoy Hans Grundberg met Houthi negotiator Mohammed Abdulsalam in Muscat.",
                      "The talks came a week after the Saudi-backed government accused the Houthis of shelling Taiz.")
    assert ("government", "Yemen") in [f[:2] for f in found]
    # Without a backer, "the government" is the state named last.
    found = actors_in(nlp, finder, "Saudi Arabia hosted the talks.", "The government accused the Houthis.")
    assert ("government", "Saudi Arabia") in [f[:2] for f in found]


def test_goods_made_in_a_state_are_the_state_s_but_arms_are_not(nlp, finder):
    assert [f[:2] for f in actors_in(nlp, finder, "The EU imposed tariffs on Chinese-made electric vehicles.")] == [
        ("EU", "European Union"), ("Chinese", "China"), ("vehicles", "China")]
    assert [f[:2] for f in actors_in(nlp, finder, "Iranian-made drones struck Kyiv overnight.")] == [
        ("Iranian", "Iran"), ("Kyiv", "Ukraine")]


def test_every_state_of_a_list_of_demonyms_on_one_noun(nlp, finder):
    assert finder.coordinated_states(nlp("Australian, Japanese and Philippine warships sailed into the disputed "
                                         "waters.")[5]) == [
        country_actor("JPN"), country_actor("PHL")]
    assert finder.coordinated_states(nlp("Russian and Ukrainian delegations met.")[3]) == [country_actor("UKR")]
    # Two states either side of a hyphen: the first is the modifier's, the second a further one.
    drafted = nlp("The Council rejected a Russian-Chinese draft resolution.")
    assert finder.states_named_by_modifiers(drafted[8]) == [country_actor("RUS"), country_actor("CHN")]
    assert finder.coordinated_states(drafted[8]) == [country_actor("CHN")]
    # One person's two nationalities are no two states.
    dual = nlp("Police arrested three German-Russian dual nationals.")
    assert finder.states_named_by_modifiers(dual[7]) == []
    assert finder.coordinated_states(dual[7]) == []


def test_a_noun_the_tagger_calls_an_adjective(nlp, finder):
    # The tagger reads "national" as an adjective before "suspected".
    assert [f[:2] for f in actors_in(nlp, finder, "Philippine police arrested a Chinese national suspected of "
                                                  "spying.")] == [("police", "Philippines"), ("national", "China")]


def test_a_private_role_before_a_name_is_no_part_of_it(nlp, finder):
    assert actors_in(nlp, finder, "Tycoon Jimmy Lai was sentenced by China on Friday.") == [
        ("Tycoon Jimmy Lai", "Jimmy Lai", "Person", None), ("China", "China", "Country", "CHN")]
    # The person the gazetteer knows, with their state.
    assert actors_in(nlp, finder, "Billionaire Bidzina Ivanishvili, the founder of Georgia's ruling party, was "
                                  "sanctioned.")[0] == (
        "Billionaire Bidzina Ivanishvili", "Bidzina Ivanishvili", "Person", "GEO")


def test_an_ambassador_to_a_state_is_not_of_that_state(nlp, finder):
    assert ("Pete Hoekstra", "Pete Hoekstra", "Person", "USA") in actors_in(
        nlp, finder, "U.S. Ambassador to Canada Pete Hoekstra criticized Canadian provinces.")


def test_its_in_the_act_answered_is_the_one_answering(nlp, finder):
    found = actors_in(nlp, finder, "Iran fired missiles at the U.S. Al Udeid air base in Qatar on Monday in retaliation "
                                   "for American strikes on its nuclear facilities.")
    assert ("its", "Iran", "Country", "IRN") in found
    # Elsewhere "its" is still the state named last.
    assert ("its", "Qatar", "Country", "QAT") in actors_in(
        nlp, finder, "Iran fired missiles at a base in Qatar, damaging its runway.")


def test_the_hague_is_the_dutch_seat(nlp, finder):
    assert ("The Hague", "Netherlands", "Country", "NLD") in actors_in(
        nlp, finder, "German Economy Minister Katherina Reiche urged The Hague and Beijing to find a solution.")


def test_a_regions_leaders_in_summit_are_its_bloc(nlp, finder):
    # "West African leaders" meet as ECOWAS; the region's states named one by one stay states.
    found = actors_in(nlp, finder, "West African leaders gave Mali a six-month grace period.",
                      "Southern African leaders decided to end the mission.")
    assert [f[:2] for f in found] == [("West African leaders", "Economic Community of West African States"),
                                      ("Mali", "Mali"),
                                      ("Southern African leaders", "Southern African Development Community")]
    assert [f[1] for f in actors_in(nlp, finder, "Central Asian states signed the treaty.")] == []


def test_the_eus_executive_stands_for_the_eu(nlp, finder):
    # The Commission speaks and acts for the bloc, as the White House does for its state (the
    # guide's convention for state bodies); the Parliament stays a body of its own.
    found = actors_in(nlp, finder, "Peter Szijjarto accused the European Commission of blackmailing Budapest.",
                      "The EU's executive arm fined Apple, and the European Parliament approved the deal.")
    assert [(f[0], f[1]) for f in found if f[0] != "Apple" and f[2] == "Organization"] == [
        ("the European Commission", "European Union"), ("EU's executive arm", "European Union"),
        ("the European Parliament", "European Parliament")]


def test_a_body_every_state_has_named_by_its_kind_alone_is_the_state_in_focus(nlp, finder):
    found = actors_in(nlp, finder, "Mexico will send 10,000 National Guard troops to its northern border.")
    assert [f[:2] for f in found] == [("Mexico", "Mexico"), ("National Guard", "Mexico")]
    # A court named by its kind and rank is its state's (one the gazetteer knows is its own body).
    found = actors_in(nlp, finder, "Venezuela held a presidential election.", "The Supreme Court confirmed the result.")
    assert [f[:2] for f in found] == [("Venezuela", "Venezuela"), ("The Supreme Court", "Venezuela")]
    found = actors_in(nlp, finder, "The International Criminal Court issued a warrant.")
    assert [f[1] for f in found] == ["International Criminal Court"]
    # A body with a name of its own is its state's too, where the gazetteer knows it.
    found = actors_in(nlp, finder, "The Royal Canadian Mounted Police said it had charged a fourth Indian national.")
    assert [f[:2] for f in found][0] == ("The Royal Canadian Mounted Police", "Canada")


def test_its_own_is_the_clause_subjects(nlp, finder):
    # Not Ukraine, the state named last: "its own" servicemen are those of whoever received them.
    found = actors_in(nlp, finder, "Russia handed over the bodies of 500 soldiers to Ukraine and received the "
                                   "remains of 40 of its own servicemen in return.")
    assert [f[:2] for f in found if f[0] == "its"] == [("its", "Russia")]



def test_greek_cypriots_are_cyprus(nlp, finder):
    # The Greek Cypriot community holds the Republic of Cyprus; "Greek" alone is no state here.
    found = actors_in(nlp, finder, "Ankara accused Greek Cypriot leaders of blocking a settlement.")
    assert [f[1] for f in found] == ["Turkey", "Cyprus"]


def test_a_one_word_name_after_the_is_no_person(nlp, finder):
    # The statistical NER calls "Sahel" a person here; "the" says it is a region.
    found = actors_in(nlp, finder, "The French minister said it was her third trip to the Sahel in 12 months.")
    assert [f[:2] for f in found] == [("minister", "France"), ("it", "France")]


def test_a_known_person_inside_a_longer_ner_name_is_that_person(nlp, finder):
    # The statistical NER runs the title's place into the name ("Sudan Ramtane Lamamra", an ORG).
    found = actors_in(nlp, finder, "UN Personal Envoy for Sudan Ramtane Lamamra met army chief Abdel Fattah "
                                   "al-Burhan in Port Sudan on Monday.")
    assert [f[:2] for f in found] == [
        ("UN", "United Nations"), ("Sudan", "Sudan"), ("Ramtane Lamamra", "Ramtane Lamamra"),
        ("Abdel Fattah al-Burhan", "Abdel Fattah al-Burhan"), ("Port Sudan", "Sudan")]
    # ... or a person name the NER runs on from the portfolio of a title, after its preposition.
    found = actors_in(nlp, finder, "The U.S. Treasury imposed sanctions on Rwandan Minister of State for Regional "
                                   "Integration James Kabarebe, accusing him of orchestrating Rwanda's support for M23 "
                                   "rebels.")
    assert ("James Kabarebe", "James Kabarebe") in [f[:2] for f in found]
    assert not any("Integration" in f[0] for f in found)


def test_government_forces_are_those_of_the_state_in_question(nlp, finder):
    # That of the armed group named, else the state in focus.
    found = actors_in(nlp, finder, "The Syrian Democratic Forces accused government forces of shelling Aleppo.")
    assert ("forces", "Syria") in [f[:2] for f in found]
    found = actors_in(nlp, finder, "Al Shabaab fighters stormed a base in Somalia. The attack came days after "
                                   "government forces recaptured several villages.")
    assert ("forces", "Somalia") in [f[:2] for f in found]
    # A demonym says whose.
    found = actors_in(nlp, finder, "The Syrian Democratic Forces clashed with Iraqi government forces.")
    assert ("forces", "Iraq") in [f[:2] for f in found]


def test_a_ship_named_with_its_navys_prefix_is_that_state(nlp, finder):
    # The statistical NER reads "USS Harry S. Truman" as a person.
    found = actors_in(nlp, finder, "The Houthis fired missiles at the aircraft carrier USS Harry S. Truman.")
    assert [f[:2] for f in found] == [("Houthis", "Houthis"), ("USS Harry S. Truman", "United States")]


def test_the_charity_refers_back_to_the_charity_named(nlp, finder):
    # Not the state its demonym names: Sea-Watch is a German charity.
    found = actors_in(nlp, finder, "Migrants were stranded aboard a Sea-Watch rescue ship.",
                      "Malta rejected an appeal from the German charity.")
    assert ("charity", "Sea-Watch", "Organization", "DEU") in found


def test_the_company_refers_back_to_the_company_named(nlp, finder):
    # Not Russia, the state its demonym names.
    found = actors_in(nlp, finder, "Moldova accused Gazprom of using energy as a weapon after the Russian company "
                                   "halted gas supplies.")
    assert ("company", "Gazprom", "Organization", "RUS") in found


def test_a_court_named_with_its_state_is_the_state(nlp, finder):
    found = actors_in(nlp, finder, "The Taipei District Court sentenced Huang Chu-jung to prison.")
    assert found[0][1:] == ("Taiwan", "Country", "TWN")


def test_bosnia_s_serb_entity_is_a_party_of_its_own(nlp, finder):
    found = actors_in(nlp, finder, "The Serb-run Republika Srpska entity banned Bosnia's state police from its territory.")
    assert ("Republika Srpska", "Republika Srpska", "Group", "BIH") in found


def test_the_eu_court_named_by_its_bloc_is_the_court_of_justice(nlp, finder):
    for text in ("The EU's Court of Justice fined Hungary.", "The EU Court of Justice fined Poland.",
                 "The European Union's top court annulled the deal."):
        found = actors_in(nlp, finder, text)
        assert found[0][1:3] == ("Court of Justice of the European Union", "Organization"), text


def test_its_minister_is_a_states_even_after_a_group_was_named(nlp, finder):
    # Only a state has a foreign minister: not the RSF named last, but the state the sentence is about.
    found = actors_in(nlp, finder, "Chad rejected accusations by Sudan's army that it had let weapons reach the RSF "
                                   "through its territory, and its foreign minister warned Khartoum's military "
                                   "leaders.")
    assert [f for f in found if f[0] == "its"] == [("its", "Chad", "Country", "TCD"),
                                                   ("its", "Chad", "Country", "TCD")]
    # A group's own spokesman stays the group's.
    found = actors_in(nlp, finder, "Sudan's army accused the RSF of shelling El Fasher, and its spokesman denied it.")
    assert [f for f in found if f[0] == "its"] == [("its", "Rapid Support Forces", "Group", "SDN")]


def test_the_foreign_ministry_is_the_states_the_sentence_is_about(nlp, finder):
    # "Foreign" names the body; it does not describe a state, as "the Pacific nation" does, so the
    # ministry is that of the clause's subject, not of the last state named.
    found = actors_in(nlp, finder, "ALGIERS (AFP) - Algeria recalled its ambassadors to Mali and Niger and postponed "
                                   "sending a new envoy to Burkina Faso, the foreign ministry said on Monday.")
    assert ("ministry", "Algeria", "Country", "DZA") in found
    # A group named before the body's kind: the group's own ministry, not a state's.
    found = actors_in(nlp, finder, "India delivered 1,000 family tents to Kabul, the Taliban foreign ministry said.")
    assert [f for f in found if f[0] == "ministry"] == []


def test_their_own_agents_are_the_subjects_not_the_last_states_listed(nlp, finder):
    found = actors_in(nlp, finder, "Algeria recalled its ambassadors to Mali and Niger, after the Sahel states "
                                   "withdrew their own ambassadors from Algiers.", "Russia and Ukraine held talks in "
                                   "Istanbul, and Turkey said their delegations had agreed.")
    assert [f for f in found if f[0] == "ambassadors"] == []
    assert ("delegations", "Russia", "Country", "RUS") in found


def test_a_word_with_a_subject_of_its_own_is_its_clauses_verb(nlp):
    from kg.actors import clause_verb
    doc = nlp("Israeli and Lebanese delegations met in Naqoura, with U.S. envoy Morgan Ortagus mediating between "
              "the two sides.")
    sides = next(token for token in doc if token.lower_ == "sides")
    assert clause_verb(sides.head).lower_ == "mediating"
    talks = nlp("Shaibani met Dermer for U.S.-mediated talks.")
    assert clause_verb(next(token for token in talks if token.lower_ == "talks")).lower_ == "met"


def test_a_described_state_is_the_last_named_not_the_last_persons(nlp, finder):
    # "the Pacific nation" varies the last state named, whoever spoke last.
    found = actors_in(nlp, finder, "New Zealand has paused NZ$18.2 million in development funding to the Cook "
                                   "Islands, the office of Foreign Minister Winston Peters said, citing a lack of "
                                   "consultation before the Pacific nation signed a partnership with China.")
    assert ("nation", "Cook Islands", "Country", "COK") in found


def test_leads_state(finder):
    from kg.actors import _gazetteer
    names = _gazetteer().names
    assert finder.leads_state(names["Abdul Hamid Dbeibah"])
    assert not finder.leads_state(names["Khalifa Haftar"])
    assert not finder.leads_state(names["Libya"])


def test_its_domain_crossed_or_things_harmed_are_not_the_intruders(nlp, finder):
    # "its airspace" after a verb of crossing in: the state the intruders (and their demonym) are not.
    found = actors_in(nlp, finder, "Estonia said a Russian jet violated its airspace.")
    assert [f[:2] for f in found if f[0] == "its"] == [("its", "Estonia")]
    found = actors_in(nlp, finder, "Romania scrambled two jets after a Russian drone entered its airspace.")
    assert [f[:2] for f in found if f[0] == "its"] == [("its", "Romania")]
    # Waters, whose lemma is "water", are such a domain too.
    found = actors_in(nlp, finder, "Guyana said a Venezuelan navy patrol boat had entered its waters.")
    assert [f[:2] for f in found if f[0] == "its"] == [("its", "Guyana")]
    # A state defending its own domain keeps it.
    found = actors_in(nlp, finder, "Estonia said Russia would defend its airspace.")
    assert [f[:2] for f in found if f[0] == "its"] == [("its", "Russia")]
    # So is "its" on what a verb of harm hits, but not on the harm a noun names.
    found = actors_in(nlp, finder, "Manila said the Chinese ship had deliberately rammed its vessel.")
    assert [f[:2] for f in found if f[0] == "its"] == [("its", "Philippines")]
    found = actors_in(nlp, finder, "Russia said it launched its largest drone attack on Ukraine.")
    assert [f[:2] for f in found if f[0] == "its"] == [("its", "Russia")]


def test_the_envoys_a_state_recalls_are_its_own(nlp, finder):
    found = actors_in(nlp, finder, "Somalia's government denounced Addis Ababa's move and recalled its ambassador.")
    assert [f[:2] for f in found if f[0] == "its"] == [("its", "Somalia")]
    # Not the envoys another state receives.
    found = actors_in(nlp, finder, "Somalia denounced Addis Ababa's move and summoned its ambassador.")
    assert [f[:2] for f in found if f[0] == "its"] == [("its", "Ethiopia")]


def test_a_border_force_named_with_its_state_is_the_state(nlp, finder):
    found = actors_in(nlp, finder, "Bangladesh protested the killing of a teenager by Indian Border Security Force "
                                   "guards.")
    assert [f[1:3] for f in found if "Border" in f[0]] == [("India", "Country")]


def test_un_missions_named_by_what_they_do_and_where(nlp, finder):
    found = actors_in(nlp, finder, "Cypriot President Nikos Christodoulides urged the U.N. peacekeeping force in "
                                   "Cyprus, UNFICYP, to intervene.")
    assert [f[1] for f in found] == ["Nikos Christodoulides", "United Nations Peacekeeping Force in Cyprus",
                                     "United Nations Peacekeeping Force in Cyprus"]
    found = actors_in(nlp, finder, "M23 rebels attacked the U.N. peacekeeping mission in Congo.")
    assert [f[1] for f in found][-1] == ("United Nations Organization Stabilization Mission in the Democratic "
                                         "Republic of the Congo")


def test_libyas_rival_government_and_tripoli_militias_by_their_abbreviations(nlp, finder):
    found = actors_in(nlp, finder, "The eastern-based Government of National Stability (GNS) condemned the "
                                   "clashes with the SSA.")
    assert [f[1:3] for f in found] == [("Government of National Stability", "Group"),
                                       ("Government of National Stability", "Group"),
                                       ("Stability Support Apparatus", "Group")]


def test_a_government_or_cabinet_naming_a_decision_is_the_state_in_focus(nlp, finder):
    # As "the government's plan" is: the armed group's state, where no state is named.
    assert ("government", "Lebanon", "Country", "LBN") in actors_in(
        nlp, finder, "Hezbollah leader Naim Qassem rejected a government plan to disarm the group.")
    assert ("cabinet", "Lebanon", "Country", "LBN") in actors_in(
        nlp, finder, "Hezbollah leader Naim Qassem rejected a cabinet decision that tasked the army with disarming it.")
    # Government forces are named by the forces, not by a "government" of their own.
    assert [found[0] for found in actors_in(nlp, finder, "The Houthis attacked government forces in Marib.")] == [
        "Houthis", "forces", "Marib"]


def test_a_military_patrol_or_a_police_post_attacked_by_a_group_is_its_state_s(nlp, finder):
    assert ("patrol", "Philippines", "Country", "PHL") in actors_in(
        nlp, finder, "New People's Army rebels ambushed a military patrol, killing two soldiers.")
    assert ("checkpoint", "Pakistan", "Country", "PAK") in actors_in(
        nlp, finder, "The TTP attacked a police checkpoint, killing four officers.")


def test_a_name_set_off_by_commas_after_a_title_is_a_person(nlp, finder):
    # The NER misses (or calls an organisation) a name in apposition to a title.
    found = actors_in(nlp, finder, "The East African Community's secretary general, Veronica Nduva, appealed to "
                                   "Burundi on Wednesday.")
    assert ("Veronica Nduva", "Veronica Nduva", "Person", None) in found


def test_a_dateline_in_capitals_names_its_state_whatever_the_casing_of_the_name(finder):
    assert finder.state_at("N'DJAMENA").label == "Chad"
    assert finder.state_at("ISLAMABAD").label == "Pakistan"
    assert finder.state_at("NOWHERE-ON-SEA") is None
