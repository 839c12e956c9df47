"""Noun frames: acts named by nouns, and who does them."""


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
    assert extract_text("Thailand and Cambodia agreed to a ceasefire after talks in Kuala Lumpur hosted by "
                        "Malaysian Prime Minister Anwar Ibrahim.")[1:] == [
        ("Thailand", "talk", "Cambodia", False, None),
        ("Anwar Ibrahim", "host talk", "Thailand", False, None),
        ("Anwar Ibrahim", "host talk", "Cambodia", False, None)]
    assert extract_text("North Korea denounced a joint naval exercise by the United States and South Korea.") == [
        ("North Korea", "denounce", "United States", False, None),
        ("North Korea", "denounce", "South Korea", False, None),
        ("United States", "exercise", "South Korea", False, None)]
