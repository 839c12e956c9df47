"""Frames: a predicate found in a sentence with its subject and object actors, before it
becomes statements, and the small judgements every frame reader shares."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .actors import Mention
from .model import Actor, Predicate

#: Dependency labels of a verb's subject.
SUBJECT_DEPS = ("nsubj", "csubj")


@dataclass(frozen=True)
class Frame:
    """A predicate found in a sentence, before it becomes statements."""

    subjects: tuple[Mention, ...]
    objects: tuple[Mention, ...]
    predicate: Predicate
    negated: bool
    confidence: float
    anchor: object  # the token attribution is looked up from
    symmetric_pairs: bool = False
    zipped: bool = False  # subjects[i] acts on objects[i]


def is_verdict(code: str | None) -> bool:
    """True for a code that judges something done or said: praise (051), disapproval (11),
    rejection (12), protest (14)."""
    return bool(code) and (code[:2] in ("11", "12", "14") or code.startswith("051"))


def own_state(subject: Actor, obj: Actor, code: str | None = None) -> bool:
    """A person or body acting on its own state ("Kim visited North Korea's ministry") is
    domestic, not a statement between actors; an armed group fighting its state is not, nor
    is a state's court or police judging, charging or arresting its own citizen (116, 17x)."""
    judging = bool(code) and (code.startswith("116") or code[:2] == "17")
    return (obj.type == "Country" and subject.type in ("Person", "Organization") and subject.country == obj.country) or (
        subject.type == "Country" and obj.type != "Country" and obj.country == subject.country
        and obj.type == "Person" and not judging)


def through_preposition(doc, mention: Mention, word: str) -> bool:
    """True when the mention is the object of the preposition ``word``: "against Israel"."""
    head = doc[mention.start:mention.end].root
    # "against North Korea's missile threat": up through conjuncts and possessors to the noun.
    while head.dep_ in ("conj", "poss", "compound", "amod") and head.head != head:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ == word


def pairs(frame: Frame) -> Iterator[tuple[Mention, Mention]]:
    """The (subject, object) pairs a frame states: every subject with every object, each
    party with each other one for a joint act, or subject i with object i."""
    if frame.zipped:
        yield from zip(frame.subjects, frame.objects)
        return
    if frame.symmetric_pairs:
        parties = (*frame.subjects, *frame.objects)
        for i, first in enumerate(parties):
            for second in parties[i + 1:]:
                yield first, second
        return
    for subject in frame.subjects:
        for obj in frame.objects:
            yield subject, obj


def confidence(mentions: list[Mention], exact: bool) -> float:
    """How sure the extractor is: named actors and a lexicon verb score high; pronouns lower it."""
    score = 0.9 if exact else 0.7
    for mention in mentions:
        if mention.how == "pronoun":
            score *= 0.8
        elif mention.how == "descriptor":
            score *= 0.9
    return score
