"""Evaluate: precision and recall of the extractor against hand-annotated articles.

An annotated set is JSON Lines, one item (a short article) per line::

    {"id": "dev-001", "text": "...", "phenomena": ["passive"],
     "statements": [{"subject": "FRA", "object": "RUS", "cameo": "111",
                     "negated": false, "attributed_to": null}]}

Actors are named by key: the ISO 3166-1 alpha-3 code of a state (``USA``), the
gazetteer id of an organisation or group (``nato``, ``kcna``), the slug of a
person's full name (``kim-jong-un``) — the last segment of the actor's IRI. An
organisation may also be named by one of its gazetteer aliases in lower case
(``au`` for ``african-union``, ``unsc`` for ``un-security-council``).
A statement matches when subject, object, negation and CAMEO root (the first
two digits) match within the same item. Its attribution is right when the source
matches; a subject given as its own source ("Russia said it had struck ...") is the
same as no source, as annotators write it either way, and so is a source of the subject's own
state ("Putin will travel to Dushanbe, Kremlin spokesman Dmitry Peskov said").
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from . import data
from .actors import slug
from .model import Actor, Article, Statement
from .workers import extract_articles


@dataclass(frozen=True)
class GoldStatement:
    subject: str
    object: str
    cameo: str | None
    negated: bool
    attributed_to: str | None = None

    @property
    def key(self) -> tuple:
        return (self.subject, self.object, (self.cameo or "")[:2], self.negated)


@dataclass(frozen=True)
class GoldItem:
    id: str
    text: str
    statements: tuple[GoldStatement, ...]
    phenomena: tuple[str, ...] = ()


@dataclass
class Tally:
    """Counts of true positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Tally") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn


@dataclass
class Report:
    """The scores of one annotated set, overall and per phenomenon, with every error."""

    strict: Tally = field(default_factory=Tally)  # subject, object, negation, CAMEO root
    pairs: Tally = field(default_factory=Tally)  # subject, object, negation only
    attribution_correct: int = 0
    attribution_total: int = 0
    by_phenomenon: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    missed: list[tuple[str, tuple]] = field(default_factory=list)
    spurious: list[tuple[str, tuple]] = field(default_factory=list)

    @property
    def attribution_accuracy(self) -> float:
        return self.attribution_correct / self.attribution_total if self.attribution_total else 1.0

    def summary(self) -> str:
        lines = [
            f"strict (subject, object, negation, CAMEO root): P={self.strict.precision:.3f} "
            f"R={self.strict.recall:.3f} F1={self.strict.f1:.3f} "
            f"(tp={self.strict.tp} fp={self.strict.fp} fn={self.strict.fn})",
            f"pairs (subject, object, negation): P={self.pairs.precision:.3f} R={self.pairs.recall:.3f} "
            f"F1={self.pairs.f1:.3f}",
            f"attribution of matched statements: {self.attribution_correct}/{self.attribution_total}",
        ]
        for name in sorted(self.by_phenomenon):
            tally = self.by_phenomenon[name]
            lines.append(f"  {name:22} P={tally.precision:.2f} R={tally.recall:.2f} "
                         f"(tp={tally.tp} fp={tally.fp} fn={tally.fn})")
        return "\n".join(lines)


def actor_key(actor: Actor | None) -> str | None:
    """The annotation key of an actor: the last segment of its IRI (``USA``, ``nato``, ``kim-jong-un``)."""
    return actor.id.rstrip("/").rsplit("/", 1)[-1] if actor is not None else None


@cache
def _actor_keys() -> dict[str, str]:
    """Annotation key -> gazetteer key: an organisation's id, its name and each alias in lower
    case or as a slug, and a person's aliases as a slug, where they name only that actor."""
    by_key: dict[str, set[str]] = defaultdict(set)
    for entry in data.organizations():
        for name in (entry.name, *entry.aliases):
            by_key[name.lower()].add(entry.id)
            by_key[slug(name)].add(entry.id)
    for person in data.people():
        for alias in person.aliases:
            by_key[slug(alias)].add(slug(person.name))
    keys = {key: ids.pop() for key, ids in by_key.items() if len(ids) == 1}
    keys.update({entry.id: entry.id for entry in data.organizations()})
    keys.update({slug(person.name): slug(person.name) for person in data.people()})
    return keys


def gold_key(key: str | None) -> str | None:
    """The actor key an annotator wrote, read as the gazetteer's: an organisation named by an
    alias or by the slug of its name, a person by the slug of another spelling.

    >>> gold_key("au"), gold_key("european-union"), gold_key("USA"), gold_key("kim-jong-un")
    ('african-union', 'eu', 'USA', 'kim-jong-un')
    """
    return _actor_keys().get(key, key) if key is not None else None


def load_gold(path: str | Path, require_text: bool = True) -> list[GoldItem]:
    """The annotated items of a JSON Lines file (actor keys read with ``gold_key``); without
    ``require_text``, an item may leave its text out (it is then empty)."""
    items = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        items.append(GoldItem(
            id=record["id"], text=record["text"] if require_text else record.get("text", ""),
            phenomena=tuple(record.get("phenomena", ())),
            statements=tuple(GoldStatement(gold_key(s["subject"]), gold_key(s["object"]), s.get("cameo"),
                                           bool(s.get("negated")), gold_key(s.get("attributed_to")))
                             for s in record["statements"])))
    return items


def extract_items(items: list[GoldItem], model: str | None = None) -> dict[str, list[Statement]]:
    """The extractor's statements for each item, by item id."""
    articles = (Article(item.id, item.text) for item in items)
    return {result.doc_id: list(result.statements) for result in extract_articles(articles, model)}


def as_annotation(statement: Statement) -> GoldStatement:
    """An extracted statement written as an annotator writes one (actor keys, CAMEO code)."""
    return GoldStatement(actor_key(statement.subject), actor_key(statement.object), statement.predicate.cameo,
                         statement.negated, actor_key(statement.attributed_to))


def evaluate(items: list[GoldItem], model: str | None = None) -> Report:
    """Score the extractor on annotated items."""
    predicted = extract_items(items, model)
    return score(items, {item_id: [as_annotation(s) for s in found] for item_id, found in predicted.items()})


def score(items: list[GoldItem], predicted: Mapping[str, Sequence[GoldStatement]]) -> Report:
    """Score statements found for each item (by item id; an item not named found none) against its
    annotation: the extractor's (``evaluate``) or another system's or annotator's, written as
    annotated items (``load_predictions``).

    >>> gold = [GoldItem("a", "France condemned Russia.", (GoldStatement("FRA", "RUS", "111", False),))]
    >>> score(gold, {"a": [GoldStatement("FRA", "RUS", "112", False)]}).strict
    Tally(tp=1, fp=0, fn=0)
    """
    report = Report()
    for item in items:
        statements = predicted.get(item.id, ())
        by_key: dict[tuple, list[GoldStatement]] = defaultdict(list)
        for s in statements:
            by_key[s.key].append(s)
        found = Counter({key: len(group) for key, group in by_key.items()})
        gold_keys = Counter(g.key for g in item.statements)
        strict = _tally(gold_keys, found)
        pairs = _tally(Counter(k[:2] + (k[3],) for k in gold_keys.elements()),
                       Counter(k[:2] + (k[3],) for k in found.elements()))
        report.strict.add(strict)
        report.pairs.add(pairs)
        for name in item.phenomena or ("(none)",):
            report.by_phenomenon[name].add(strict)
        report.missed.extend((item.id, key) for key in (gold_keys - found).elements())
        report.spurious.extend((item.id, key) for key in (found - gold_keys).elements())
        for gold in item.statements:
            if by_key.get(gold.key):
                report.attribution_total += 1
                subject = gold.key[0]
                sources = {_other_source(s.attributed_to, subject) for s in by_key[gold.key]}
                report.attribution_correct += _other_source(gold.attributed_to, subject) in sources
    return report


def load_predictions(path: str | Path, items: list[GoldItem]) -> dict[str, tuple[GoldStatement, ...]]:
    """The statements another system or annotator found for ``items``, from a file in the annotated
    format (read with ``load_gold``), by item id. Each of its items must be one of ``items``, with
    the same text where it gives one; an item it leaves out found nothing.

    Raises ValueError naming the first item that is not one of ``items`` or has another text.
    """
    texts = {item.id: item.text for item in items}
    predicted = {}
    for item in load_gold(path, require_text=False):
        if item.id not in texts:
            raise ValueError(f"item {item.id!r} is in no annotated set given")
        if item.text and item.text != texts[item.id]:
            raise ValueError(f"item {item.id!r} has another text than the annotated set")
        predicted[item.id] = item.statements
    return predicted


def _other_source(source: str | None, subject: str) -> str | None:
    """A statement's source, or None where it is the subject itself or of the subject's own state
    ("Russia said it had struck ...", "Putin will travel ..., Kremlin spokesman Dmitry Peskov
    said": annotators write these either way).

    >>> _other_source("dmitry-peskov", "vladimir-putin"), _other_source("RUS", "RUS")
    (None, None)
    >>> _other_source("NOR", "vladimir-putin")
    'NOR'
    """
    if source is None or source == subject:
        return None
    states = _actor_states()
    source_state, subject_state = states.get(gold_key(source)), states.get(gold_key(subject))
    return None if source_state is not None and source_state == subject_state else source


@cache
def _actor_states() -> dict[str, str]:
    """Annotation key -> the ISO code of the actor's state, for every state, organisation and
    person of the gazetteer that has one."""
    states = {country.iso3: country.iso3 for country in data.countries()}
    states.update({entry.id: entry.country for entry in data.organizations() if entry.country})
    states.update({slug(person.name): person.country for person in data.people() if person.country})
    return states


def _tally(gold: Counter, predicted: Counter) -> Tally:
    tp = sum((gold & predicted).values())
    return Tally(tp=tp, fp=sum(predicted.values()) - tp, fn=sum(gold.values()) - tp)
