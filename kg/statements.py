"""Statements: read who did or said what to whom from the dependency parse.

For every verb (and every event noun such as "summit" or "talks") the
extractor finds the subject actors and the object actors, expands
coordination ("the United States, Japan and South Korea") into one statement
per (subject, object) pair, turns passive voice around ("was condemned by"),
flags negation ("will not send", "failed to condemn") and records who
reported the statement ("..., Yonhap reported citing KCNA").
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from . import data
from .actors import ActorFinder, ArticleContext, Mention
from .events import EventTyper
from .model import Actor, CleanArticle, Predicate, Statement

_SUBJECT_DEPS = ("nsubj", "csubj")
_PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
#: How a reported clause hangs off its reporting verb: "X said (that) ...", "..., X said".
_REPORTED_DEPS = ("ccomp", "parataxis", "xcomp", "advcl", "conj", "dobj")
_INHERITING_DEPS = ("xcomp", "conj", "advcl", "relcl", "acl", "pcomp")


@dataclass(frozen=True)
class _Frame:
    """A predicate found in a sentence, before it becomes statements."""

    subjects: tuple[Mention, ...]
    objects: tuple[Mention, ...]
    predicate: Predicate
    negated: bool
    confidence: float
    anchor: object  # the verb or noun token the predicate is read from
    symmetric_pairs: bool = False


class StatementExtractor:
    """Turns parsed articles into ``Statement`` records.

    >>> extractor = StatementExtractor(nlp)             # doctest: +SKIP
    >>> list(extractor.extract(clean_article, docs))    # doctest: +SKIP
    """

    def __init__(self, nlp) -> None:
        self.finder = ActorFinder(nlp)
        self.typer = EventTyper()
        self.cues = data.cues()

    def extract(self, clean: CleanArticle, docs: Iterable) -> Iterator[Statement]:
        """The statements of one article, in reading order, each (subject, predicate, object) once per sentence."""
        article = clean.article
        context = ArticleContext()
        for passage, doc in zip(clean.passages, docs):
            mentions = self.finder.mentions(doc, context)
            for sentence in doc.sents:
                seen: set[tuple] = set()
                for frame in self._frames(sentence, mentions):
                    attributed_to = self._attribution(sentence, frame.anchor, mentions)
                    for subject, obj in _pairs(frame):
                        if subject.actor.id == obj.actor.id:
                            continue
                        key = (subject.actor.id, frame.predicate.lemma, obj.actor.id, frame.negated)
                        if key in seen:
                            continue
                        seen.add(key)
                        yield self._statement(article, passage.start, sentence, subject, obj, frame,
                                              attributed_to)

    # -- frames -----------------------------------------------------------------------

    def _frames(self, sentence, mentions: dict[int, Mention]) -> Iterator[_Frame]:
        for token in sentence:
            if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT"):
                frame = self._verb_frame(token, mentions)
                if frame:
                    yield frame
            elif token.pos_ == "NOUN":
                frame = self._noun_frame(token, mentions)
                if frame:
                    yield frame

    def _verb_frame(self, verb, mentions) -> _Frame | None:
        if verb.lemma_.lower() in self.cues["reporting_verbs"]:
            return None
        passive = any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children)
        if passive:
            subjects = [m for child in verb.children if child.dep_ == "agent"
                        for pobj in child.children if pobj.dep_ == "pobj"
                        for m in self._actors(pobj, mentions)]
            objects = [m for child in verb.children if child.dep_ in _PASSIVE_SUBJECT_DEPS
                       for m in self._actors(child, mentions)]
        else:
            subjects = self._subjects(verb, mentions)
            objects = []
        extra_objects, object_words, prep = self._objects(verb, mentions, passive)
        objects.extend(extra_objects)
        if not subjects or not objects:
            return None
        predicate, exact = self.typer.predicate_for_verb(verb, object_words, prep)
        if predicate is None:
            return None
        confidence = _confidence(subjects + objects, exact)
        return _Frame(tuple(subjects), tuple(objects), predicate, self._negated(verb), confidence, verb)

    def _subjects(self, verb, mentions) -> list[Mention]:
        """The actors doing what ``verb`` says, following coordination and control upwards."""
        current = verb
        for _ in range(4):
            # The small parser sometimes hangs the subject on the auxiliary ("Egypt are mediating").
            explicit = [child for child in current.children if child.dep_ in _SUBJECT_DEPS] or [
                grandchild for child in current.children if child.dep_ == "aux"
                for grandchild in child.children if grandchild.dep_ in _SUBJECT_DEPS]
            if explicit:
                found = [m for child in explicit for m in self._actors(child, mentions)]
                if found or not all(c.tag_ in ("WP", "WDT") for c in explicit):
                    return found
            if current.dep_ in ("relcl", "acl") and current.head.pos_ in ("NOUN", "PROPN"):
                return self._actors(current.head, mentions)
            if current.dep_ not in _INHERITING_DEPS or current.head is current:
                return []
            current = current.head
            if current.pos_ == "ADP" and current.dep_ == "prep":
                # "North Korea is ... with having deployed troops": through the preposition.
                current = current.head
            if current.pos_ not in ("VERB", "AUX"):
                return []
        return []

    def _objects(self, verb, mentions, passive: bool) -> tuple[list[Mention], list[str], str | None]:
        """Object actors of ``verb``, the lemmas of a non-actor direct object, and the preposition used."""
        objects: list[Mention] = []
        object_words: list[str] = []
        prep_used = None
        for child in verb.children:
            if child.dep_ in ("dobj", "dative", "attr", "oprd") and not passive:
                found = self._actors(child, mentions, possessor=True)
                if found:
                    objects.extend(found)
                elif child.pos_ == "NOUN":
                    object_words.append(child.lemma_.lower())
                    for grandchild in child.children:
                        if grandchild.dep_ == "prep" and grandchild.lower_ in self.cues["object_prepositions"]:
                            pobjs = self._prep_objects(grandchild, mentions)
                            if pobjs:
                                objects.extend(pobjs)
                                prep_used = prep_used or grandchild.lower_
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in self.cues["object_prepositions"]:
                pobjs = self._prep_objects(child, mentions)
                if pobjs:
                    objects.extend(pobjs)
                    prep_used = prep_used or child.lower_
        return objects, object_words, prep_used

    def _prep_objects(self, prep, mentions) -> list[Mention]:
        found = []
        for child in prep.children:
            if child.dep_ == "pobj":
                found.extend(self._actors(child, mentions, possessor=True))
        return found

    def _noun_frame(self, noun, mentions) -> _Frame | None:
        """Events named by a noun: "the summit between A and B", "talks with X"."""
        cameo = self.typer.noun_code(noun.lemma_.lower())
        if cameo is None:
            return None
        preps = [child for child in noun.children
                 if child.dep_ == "prep" and child.lower_ in self.cues["object_prepositions"]]
        if not preps:
            return None
        between = [p for p in preps if p.lower_ == "between"]
        if between:
            parties = self._prep_objects(between[0], mentions)
            if len(parties) < 2:
                return None
            predicate = self.typer.predicate_for_noun(noun, cameo)
            return _Frame((parties[0],), tuple(parties[1:]), predicate, False,
                          _confidence(parties, True) * 0.95, noun, symmetric_pairs=True)
        objects = [m for p in preps for m in self._prep_objects(p, mentions)]
        if not objects:
            return None
        # The other party is whoever does the act the noun belongs to: "Trump said at a
        # conference with Ishiba", "Kim held talks with Trump" (handled as a verb already).
        governor = noun.head
        while governor.dep_ == "prep" or governor.pos_ == "ADP":
            governor = governor.head
        if noun.dep_ in ("dobj",) or governor.pos_ not in ("VERB", "AUX"):
            return None
        if (noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during") and governor.dep_ == "ccomp"
                and governor.head.lemma_.lower() in self.cues["reporting_verbs"]):
            # "Trump said that ... at a joint press conference with Ishiba": the
            # occasion belongs to the speech act, not to what was said.
            governor = anchor = governor.head
        else:
            anchor = noun
        subjects = self._subjects(governor, mentions)
        if not subjects:
            return None
        predicate = self.typer.predicate_for_noun(noun, cameo)
        negated = self._negated(governor)
        return _Frame(tuple(subjects), tuple(objects), predicate, negated,
                      _confidence(subjects + objects, True) * 0.9, anchor)

    def _actors(self, token, mentions, possessor: bool = False) -> list[Mention]:
        """The actors a noun phrase headed by ``token`` names, one per coordinated member."""
        found: list[Mention] = []
        head_mention = mentions.get(token.i)
        if head_mention is None:
            # "leader Kim Jong-un", "the US President": a name hanging off a title noun.
            for child in token.children:
                if child.dep_ in ("compound", "appos") and child.i in mentions:
                    head_mention = mentions[child.i]
                    break
        if head_mention is None and possessor and token.lemma_.lower() in self.cues["possessed_nouns"]:
            for child in token.children:
                if child.dep_ == "poss" and child.i in mentions:
                    head_mention = mentions[child.i]
                    break
        if head_mention is not None:
            found.append(head_mention)
        for child in token.children:
            if child.dep_ == "conj":
                found.extend(self._actors(child, mentions, possessor))
        return found

    def _negated(self, verb) -> bool:
        """True when the act did not happen: "did not condemn", "failed to condemn", "never met"."""
        negation_words = self.cues["negation_words"]
        current = verb
        for _ in range(4):
            if any(child.dep_ == "neg" or (child.lower_ in negation_words and child.dep_ in ("advmod", "neg"))
                   for child in current.children):
                return True
            if current.dep_ == "xcomp" and current.head.lemma_.lower() in self.cues["negating_verbs"]:
                return True
            if current.dep_ not in ("xcomp", "conj") or current.head is current:
                return False
            # A conjoined verb does not inherit the negation of its head ("did not meet X but called Y").
            if current.dep_ == "conj":
                return False
            current = current.head
        return False

    # -- attribution and records ----------------------------------------------------------

    def _attribution(self, sentence, predicate_token, mentions) -> str | None:
        """Who reported the act: the subject (or cited source) of a reporting verb whose
        clause holds the act ("Yonhap reported citing KCNA"), or "according to X"."""
        current = predicate_token
        for _ in range(10):
            if current.head is current:
                break
            relation, current = current.dep_, current.head
            if current.lemma_.lower() in self.cues["reporting_verbs"] and relation in _REPORTED_DEPS:
                return self._reporter(current, mentions)
        for token in sentence:
            if token.lower_ == "according" and token.i + 1 < sentence.end and token.nbor(1).lower_ == "to":
                for pobj in token.nbor(1).children:
                    found = self._actors(pobj, mentions)
                    if found:
                        return found[0].actor.label
        return None

    def _reporter(self, verb, mentions) -> str | None:
        for child in verb.children:
            if child.lemma_.lower() in ("cite", "quote") and child.dep_ in ("xcomp", "advcl"):
                for obj in child.children:
                    if obj.dep_ == "dobj":
                        found = self._actors(obj, mentions)
                        if found:
                            return found[0].actor.label
            if child.dep_ == "dobj" and verb.lemma_.lower() in ("cite", "quote"):
                found = self._actors(child, mentions)
                if found:
                    return found[0].actor.label
        subjects = self._subjects(verb, mentions)
        if not subjects:
            for child in verb.children:
                if child.dep_ in _SUBJECT_DEPS:
                    for token in child.subtree:
                        if token.i in mentions:
                            subjects = [mentions[token.i]]
                            break
        return subjects[0].actor.label if subjects else None

    def _statement(self, article, offset: int, sentence, subject: Mention, obj: Mention,
                   frame: _Frame, attributed_to: str | None) -> Statement:
        text = sentence.text.rstrip()
        start = offset + sentence.start_char
        end = start + len(text)
        key = "|".join([article.doc_id, str(start), subject.actor.id, frame.predicate.lemma,
                        obj.actor.id, str(frame.negated)])
        return Statement(
            id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
            doc=article.doc_id,
            date=article.date,
            sentence=text,
            subject=subject.actor,
            predicate=frame.predicate,
            object=obj.actor,
            negated=frame.negated,
            attributed_to=attributed_to,
            confidence=round(frame.confidence, 2),
            start=start,
            end=end,
        )


def _pairs(frame: _Frame) -> Iterator[tuple[Mention, Mention]]:
    if frame.symmetric_pairs:
        parties = (*frame.subjects, *frame.objects)
        for i, first in enumerate(parties):
            for second in parties[i + 1:]:
                yield first, second
        return
    for subject in frame.subjects:
        for obj in frame.objects:
            yield subject, obj


def _confidence(mentions: list[Mention], exact: bool) -> float:
    """How sure the extractor is: named actors and a lexicon verb score high; pronouns lower it."""
    score = 0.9 if exact else 0.7
    for mention in mentions:
        if mention.how == "pronoun":
            score *= 0.8
        elif mention.how == "descriptor":
            score *= 0.9
    return score
