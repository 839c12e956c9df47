"""Statements: one per (subject, object) pair, passive, negation, attribution, coreference."""

import pytest


def test_one_statement_per_conjoined_object(extract_text):
    assert extract_text("North Korean leader Kim Jong-un has blamed the United States, Japan and South Korea "
                        "for escalating tensions.") == [
        ("Kim Jong-un", "blame", "United States", False, None),
        ("Kim Jong-un", "blame", "Japan", False, None),
        ("Kim Jong-un", "blame", "South Korea", False, None),
    ]


def test_conjoined_subjects_and_between_give_every_pair(extract_text):
    assert extract_text("Egypt and Qatar are mediating between Israel and Hamas.") == [
        ("Egypt", "mediate between", "Israel", False, None),
        ("Egypt", "mediate between", "Hamas", False, None),
        ("Qatar", "mediate between", "Israel", False, None),
        ("Qatar", "mediate between", "Hamas", False, None),
    ]


def test_passive_voice_turns_the_agent_into_the_subject(extract_text):
    assert extract_text("Russia was condemned by France on Monday.") == [
        ("France", "condemn", "Russia", False, None)]


@pytest.mark.parametrize("text", [
    "Germany will not send troops to Ukraine.",
    "Germany did not criticize China.",
    "Germany failed to condemn China.",
])
def test_negation_is_a_flag_never_a_positive_statement(extract_text, text):
    statements = extract_text(text)
    assert statements and all(negated for _, _, _, negated, _ in statements)


def test_capitals_and_seats_of_government_are_the_state(extract_text):
    statements = extract_text("Washington criticized Beijing, and the Kremlin accused Kyiv of shelling.")
    assert [(s, o) for s, _, o, _, _ in statements] == [
        ("United States", "China"), ("Russia", "Ukraine")]


def test_reported_speech_names_its_source(extract_text):
    assert extract_text("Kim criticized the United States, Yonhap reported citing KCNA.") == [
        ("Kim", "criticize", "United States", False, "Korean Central News Agency")]


def test_later_mentions_resolve_to_the_person_named_first(extract_text):
    statements = extract_text(
        "North Korean leader Kim Jong-un spoke on Sunday. Later, the North Korean leader criticized Japan. "
        "Kim also blamed South Korea, and he accused the United States of provocations.")
    assert statements == [
        ("Kim Jong-un", "criticize", "Japan", False, None),
        ("Kim Jong-un", "blame", "South Korea", False, None),
        ("Kim Jong-un", "accuse", "United States", False, None),
    ]


def test_nominal_events_between_actors(extract_text):
    assert extract_text("The summit between Donald Trump and Japanese Prime Minister Shigeru Ishiba "
                        "took place in Washington.") == [
        ("Donald Trump", "summit", "Shigeru Ishiba", False, None)]


def test_no_statement_from_boilerplate(extract_text):
    assert extract_text("Also Read | Sweden Plans To Tighten Gun Laws After Russia Attacked Ukraine\n\n"
                        "Kim spoke.") == []
