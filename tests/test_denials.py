"""Denials: an act alleged or reported before, denied, is that act negated."""


def test_a_denied_claim_is_the_alleged_act_negated(extract_text):
    # "its positions" are the accuser's: Armenia is denied to have fired on Azerbaijan.
    assert extract_text("Azerbaijan's defence ministry accused Armenian forces of firing on its positions "
                        "overnight, a claim Yerevan denied.") == [
        ("Azerbaijan", "accuse", "Armenia", False, None),
        ("Armenia", "fire on", "Azerbaijan", True, None)]
    # A charge whose act names no party is still only rejected.
    assert extract_text("Moscow accused London of orchestrating drone attacks on the Black Sea Fleet, a claim "
                        "the British government dismissed as fabricated.") == [
        ("Russia", "accuse", "United Kingdom", False, None),
        ("United Kingdom", "dismiss claim", "Russia", False, None)]


def test_a_denied_act_with_no_object_is_aimed_as_the_accusation_said(extract_text):
    # The mines were said to be laid against Thailand, whose prime minister made the accusation.
    assert extract_text("Prime Minister Anutin Charnvirakul accused Phnom Penh of laying new mines on the "
                        "border. Cambodia denied planting any mines.") == [
        ("Anutin Charnvirakul", "accuse", "Cambodia", False, None),
        ("Cambodia", "plant mine", "Thailand", True, None)]
    # With no accusation before, a denial names nobody.
    assert extract_text("Cambodia denied planting any mines.") == []


def test_an_alleged_act_alone_is_no_statement(extract_text):
    assert extract_text("Wine accused the army of beating him at a campaign rally.") == []
    assert extract_text("Ugandan police arrested supporters of opposition leader Bobi Wine. Wine accused the "
                        "army of beating him at a campaign rally in Kampala, a charge the army denied.") == [
        ("Uganda", "arrest", "Bobi Wine", False, None),
        # An opposition leader accusing his own state's army is a statement (kg.frames.own_state).
        ("Bobi Wine", "accuse", "Uganda", False, None),
        ("Uganda", "beat", "Bobi Wine", True, None)]


def test_a_relative_clause_denying_what_an_accusation_alleged(extract_text):
    # "which" stands for the backing alleged; backing an armed group is arming it.
    assert extract_text("Fighters of the Baloch Liberation Army hijacked a train. Islamabad accused India of "
                        "backing the group, which New Delhi denied.") == [
        ("Pakistan", "accuse", "India", False, None),
        ("India", "back", "Balochistan Liberation Army", True, None)]


def test_a_denied_gerund_the_parser_reads_as_a_modifier(extract_text):
    # The parser reads "supplying weapons" as weapons of a kind.
    assert extract_text("The United Arab Emirates on Friday denied supplying weapons to Sudan's paramilitary "
                        "Rapid Support Forces.") == [
        ("United Arab Emirates", "supply weapon", "Rapid Support Forces", True, None)]


def test_denying_the_accusation_denies_the_act_alleged(extract_text):
    # The accusation's own code (112) is not the act denied.
    assert extract_text("Saudi Arabia accused the United Arab Emirates of arming the Southern Transitional Council. "
                        "Abu Dhabi denied the accusation.") == [
        ("Saudi Arabia", "accuse", "United Arab Emirates", False, None),
        ("United Arab Emirates", "arm", "Southern Transitional Council", True, None)]


def test_a_charge_denied_in_a_clause_the_parser_does_not_read_as_relative(extract_text):
    # "charge" parsed as an apposition of the place, "denied" as a sentence with no subject.
    assert extract_text("KINSHASA, Feb. 9 (AFP) - Congolese government spokesman Patrick Muyaya accused Rwanda of arming "
                        "M23 rebels in South Kivu, a charge Kigali has repeatedly denied.") == [
        ("Patrick Muyaya", "accuse", "Rwanda", False, None),
        ("Rwanda", "arm", "M23", True, None)]
    # "charge" parsed as the subject of "denied" beside the person.
    assert extract_text("Russia's foreign intelligence service SVR accused Serbia on Thursday of supplying ammunition "
                        "to Ukraine via third countries, a charge President Aleksandar Vucic denied.") == [
        ("Russia", "accuse", "Serbia", False, None),
        ("Serbia", "supply ammunition", "Ukraine", True, None)]


def test_what_someone_is_blamed_for_and_denies_is_the_act_negated(extract_text):
    assert extract_text("Pakistan's Interior Minister Mohsin Naqvi blamed India for arming the Balochistan Liberation "
                        "Army, a charge New Delhi has repeatedly denied.") == [
        ("Mohsin Naqvi", "blame", "India", False, None),
        ("India", "arm", "Balochistan Liberation Army", True, None)]


def test_a_part_denied_in_a_hostile_act_that_names_its_victim_is_the_act_negated(extract_text):
    assert extract_text("Ugandan opposition figure Kizza Besigye was abducted in Nairobi, his wife said. Kenya's "
                        "government denied any involvement in his abduction.") == [
        ("Kenya", "abduction", "Kizza Besigye", True, None)]
    # A part denied in an act that names no victim says nothing of one.
    assert extract_text("Kenya's government denied any involvement in the abduction.") == []
