"""Attribution: who reported an act."""


def sources(extract_text, text):
    return [(s, o, source) for s, _, o, _, source in extract_text(text)]


def test_the_reporting_verb_names_the_source_and_citing_names_the_cited_one(extract_text):
    assert sources(extract_text, "Kim criticized the United States, Yonhap reported citing KCNA.") == [
        ("Kim", "United States", "Korean Central News Agency")]
    assert sources(extract_text, "Israel struck Syrian tanks near Sweida, Defence Minister Israel Katz said.") == [
        ("Israel", "Syria", "Israel Katz")]


def test_according_to_names_the_source(extract_text):
    assert sources(extract_text, "According to Reuters, Russia struck Kharkiv overnight.") == [
        ("Russia", "Ukraine", "Reuters")]


def test_a_speakers_own_participle_is_not_reported_by_them(extract_text):
    assert sources(extract_text, "Armenian Prime Minister Nikol Pashinyan said Yerevan would leave the bloc, "
                                 "accusing Russia of failing to defend it.") == [("Nikol Pashinyan", "Russia", None)]


def test_a_speakers_next_act_is_not_reported_by_them_but_what_they_said_is(extract_text):
    assert sources(extract_text, "Russian Foreign Minister Sergei Lavrov said on Tuesday that Moscow was ready to "
                                 "resume direct talks with Kyiv, but accused Britain and France of sabotaging peace "
                                 "efforts.") == [
        ("Russia", "Ukraine", "Sergei Lavrov"), ("Sergei Lavrov", "United Kingdom", None),
        ("Sergei Lavrov", "France", None)]
    # The second act of what Kim said is still reported by him.
    assert sources(extract_text, "Kim Jong-un said he would visit Russia and would meet Putin.") == [
        ("Kim Jong-un", "Russia", "Kim Jong-un"), ("Kim Jong-un", "Vladimir Putin", "Kim Jong-un")]


def test_a_main_clause_with_its_own_subject_is_not_reported(extract_text):
    # "declared" reports nothing of the clause "but Tchiroma rejected ... and accused ...".
    assert sources(extract_text, "Cameroon's Constitutional Council declared Paul Biya the winner of the "
                                 "election, but opposition candidate Issa Tchiroma Bakary rejected the result and "
                                 "accused the government of massive fraud.") == [
        ("Issa Tchiroma Bakary", "Cameroon", None)]


def test_the_circumstance_of_a_report_is_not_what_it_reports(extract_text):
    # "the world body" is the United Nations; Guterres's demand is no part of what it said.
    assert sources(extract_text, "Houthi rebels detained at least 18 United Nations staff members in raids on UN "
                                 "offices in Sanaa, the world body said, as Secretary-General Antonio Guterres "
                                 "demanded their immediate release.") == [
        ("Houthis", "United Nations", "United Nations"), ("António Guterres", "Houthis", None)]


def test_a_trailing_report_the_parser_makes_a_clause_of_the_act(extract_text):
    # "after talks ..., Qatar's foreign ministry said": the parser hangs "said" on the act as a
    # clause of time; "after India said" is one.
    assert extract_text("Pakistan and Afghanistan agreed to an immediate ceasefire after talks in Doha mediated by "
                        "Qatar, Qatar's foreign ministry said on Sunday.") == [
        ("Pakistan", "agree to ceasefire", "Afghanistan", False, "Qatar"),
        ("Qatar", "mediate", "Pakistan", False, "Qatar"), ("Qatar", "mediate", "Afghanistan", False, "Qatar")]
    # "..., the official KCNA news agency reported": parsed as an object the report qualifies.
    assert extract_text("North Korean leader Kim Jong Un warned that Pyongyang would answer any provocation by the "
                        "United States with overwhelming force, the official KCNA news agency reported on "
                        "Friday.") == [("Kim Jong-un", "warn", "United States", False, "Korean Central News Agency")]


def test_what_came_a_counted_time_before_is_background_not_reported(extract_text):
    assert sources(extract_text, "Mexican President Claudia Sheinbaum said on Thursday her government would not accept "
                                 "US military strikes on Mexican soil, a day after US Secretary of State Marco Rubio "
                                 "warned that Washington could act alone against the Sinaloa cartel.")[-1] == (
        "Marco Rubio", "Sinaloa Cartel", None)
    assert sources(extract_text, "Panamanian President Jose Raul Mulino said on Sunday his country would pull out of "
                                 "China's Belt and Road Initiative, hours after a visit by U.S. Secretary of State "
                                 "Marco Rubio, who accused Beijing of threatening the neutrality of the canal.") == [
        ("Marco Rubio", "China", None)]
    # A state's ministry reporting its act is the state itself.
    assert sources(extract_text, "South Korea sent six North Korean fishermen back to the North on Wednesday, the "
                                 "Unification Ministry said.") == [("South Korea", "North Korea", "South Korea")]
