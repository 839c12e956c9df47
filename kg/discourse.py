"""Discourse: what an article has reported so far, for nouns that refer back to it.

"Venezuela denounced the strike" is aimed at whoever struck last; "Pyongyang rejected the
offer" at whoever made it; "a pact that Beijing condemned" at the parties of the act the
sentence reported just before. ``ArticleActs`` keeps the acts of one article in reading order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import data
from .actors import Mention
from .events import CONFLICT_ROOTS, COOPERATIVE_ROOTS, EventTyper


@dataclass(frozen=True)
class Act:
    """A statement already made in the article, for nouns that refer back to it."""

    root: str
    subject: Mention
    object: Mention | None  # None for an act on no actor ("struck a boat")
    anchor: object = None  # the token the act was read from


@dataclass
class ArticleActs:
    """The acts of one article so far, and the parties and subjects of its last sentence
    with statements."""

    typer: EventTyper
    acts: list[Act] = field(default_factory=list)
    recent_parties: list[Mention] = field(default_factory=list)
    recent_subjects: list[Mention] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.cues = data.cues()

    def parties_of(self, noun) -> list[Mention]:
        """The parties of the act reported just before, for "condemned the agreement"."""
        if noun.lemma_.lower() not in self.cues["event_anaphora"] and noun.lower_ not in self.cues["event_anaphora"]:
            return []
        if not any(child.lower_ in ("the", "this", "that") for child in noun.lefts):
            return []
        if any(child.dep_ in ("prep", "poss", "compound") for child in noun.children):
            return []
        code = self.typer.noun_code(noun.lemma_.lower()) or ""
        same_kind = [act for act in self.acts if code[:2] in ("09", *CONFLICT_ROOTS) and act.root == code[:2]]
        if same_kind:
            # "condemned the strike": whoever struck last, not whom they struck.
            parties = [same_kind[-1].subject]
        else:
            # "condemned the agreement": the parties of the act just reported.
            parties = self.recent_parties
        return [Mention(noun.i, noun.i + 1, m.actor, "pronoun") for m in parties]

    def before(self, noun) -> list[Mention]:
        """The parties of the last act read earlier in ``noun``'s sentence: its doers, and for a
        cooperative act its other party too ("signed an agreement ..., a pact that ...")."""
        earlier = [act for act in self.acts if act.anchor is not None and act.anchor.doc is noun.doc
                   and noun.sent.start <= act.anchor.i < noun.i]
        if not earlier:
            return []
        last = [act for act in earlier if act.anchor is earlier[-1].anchor]
        parties = [act.subject for act in last]
        if last[0].root in COOPERATIVE_ROOTS:
            parties += [act.object for act in last if act.object is not None]
        unique = list({m.actor.id: m for m in parties}.values())
        return [Mention(noun.i, noun.i + 1, m.actor, "pronoun") for m in unique]

    def authors_of(self, noun) -> list[Mention]:
        """Who said what "rejected the offer", "denounced the statement" refer to: the subjects
        of the statements reported just before."""
        if noun.lemma_.lower() not in self.cues["speech_anaphora"] or not any(
                child.lower_ in ("the", "this", "that", "these", "those") for child in noun.lefts):
            return []
        if any(child.dep_ in ("prep", "poss", "compound", "amod") for child in noun.children):
            return []
        return [Mention(noun.i, noun.i + 1, m.actor, "pronoun") for m in self.recent_subjects]
