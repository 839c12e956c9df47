"""The typed records that pass between the stages of the pipeline.

ingest -> Article -> clean -> CleanArticle -> parse/actors/statements -> Statement
"""

from __future__ import annotations

from dataclasses import dataclass

#: Actor types of the statement record; anything that is not an actor is a Concept.
ACTOR_TYPES = ("Person", "Country", "Organization", "Group")


@dataclass(frozen=True)
class Article:
    """One news article as read from an input file.

    ``text`` is the article body exactly as in the file (after the optional
    `` date YYYY-MM-DD`` header line); every character offset in the pipeline
    refers to it.
    """

    doc_id: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None
    line: int | None = None


@dataclass(frozen=True)
class InputProblem:
    """An input that was skipped, or part of it, and why.

    ``str(problem)`` is the message a user sees, naming the file (and line).
    """

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Passage:
    """A paragraph of article text that survived cleaning; ``start`` is its offset in ``Article.text``."""

    text: str
    start: int


@dataclass(frozen=True)
class Dateline:
    """The wire dateline at the top of an article: ``Seoul [South Korea], February 9 (ANI):``."""

    place: str
    region: str | None
    agency: str | None
    text: str


@dataclass(frozen=True)
class CleanArticle:
    """An article with its dateline parsed and its boilerplate removed."""

    article: Article
    passages: tuple[Passage, ...]
    dateline: Dateline | None = None
    removed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Actor:
    """A canonical actor: every mention of the same actor resolves to the same ``id`` (an IRI)."""

    id: str
    label: str
    type: str
    country: str | None = None

    def to_record(self) -> dict:
        return {"id": self.id, "label": self.label, "type": self.type, "country": self.country}


@dataclass(frozen=True)
class Predicate:
    """What the subject did: the verb's lemma, its text in the sentence and its CAMEO event type."""

    lemma: str
    text: str
    cameo: str | None = None
    label: str | None = None

    def to_record(self) -> dict:
        return {"lemma": self.lemma, "text": self.text, "cameo": self.cameo, "label": self.label}


@dataclass(frozen=True)
class Statement:
    """One (subject, predicate, object) statement with its provenance.

    ``start``/``end`` are the sentence's character offsets in ``Article.text``;
    ``attributed_to`` is the source the article credits ("..., Yonhap reported citing KCNA").
    ``to_record()`` gives the statement record of the design brief.
    """

    id: str
    doc: str
    date: str | None
    sentence: str
    subject: Actor
    predicate: Predicate
    object: Actor
    negated: bool = False
    attributed_to: Actor | None = None
    confidence: float = 0.5
    start: int = 0
    end: int = 0

    def to_record(self) -> dict:
        """The JSON object of ``statements.jsonl`` and ``kg extract``, keys in the documented order."""
        return {
            "id": self.id,
            "doc": self.doc,
            "date": self.date,
            "sentence": self.sentence,
            "subject": self.subject.to_record(),
            "predicate": self.predicate.to_record(),
            "object": self.object.to_record(),
            "negated": self.negated,
            "attributed_to": self.attributed_to.label if self.attributed_to else None,
            "confidence": self.confidence,
            "start": self.start,
            "end": self.end,
        }
