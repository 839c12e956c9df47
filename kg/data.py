"""The one place where the project's versioned data files are read.

Gazetteers (states, organisations, people, titles), the CAMEO code list, the
verb and event-noun lexicons, cue word lists, boilerplate patterns and SPARQL
presets live as data files in ``kg/data/`` and ``kg/queries/``; the ontology and
its SHACL shapes in ``ontologies/``. Everything else asks this module for them.
Each loader reads its file once per process.
"""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

DATA_DIR = Path(str(resources.files("kg") / "data"))
QUERIES_DIR = Path(str(resources.files("kg") / "queries"))


def _ontologies_dir() -> Path:
    """``ontologies/`` of the source tree, or ``kg/ontologies/`` where a wheel ships a copy."""
    packaged = Path(str(resources.files("kg") / "ontologies"))
    return packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "ontologies"


ONTOLOGIES_DIR = _ontologies_dir()


def _rows(name: str) -> list[dict[str, str]]:
    """Rows of the tab-separated file ``kg/data/NAME`` as dicts keyed by its header."""
    with open(DATA_DIR / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _split(field: str | None) -> tuple[str, ...]:
    return tuple(item.strip() for item in (field or "").split("|") if item.strip())


@dataclass(frozen=True)
class CountryEntry:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    metonyms: tuple[str, ...]


@dataclass(frozen=True)
class OrganizationEntry:
    id: str
    name: str
    type: str
    country: str | None
    aliases: tuple[str, ...]
    state_body: bool = False  # an organ of its state (armed forces, intelligence, police, courts)


@dataclass(frozen=True)
class PersonEntry:
    name: str
    aliases: tuple[str, ...]
    country: str | None
    role: str
    gender: str | None = None  # "f" or "m": whom "she" and "he" can refer to


@dataclass(frozen=True)
class CameoCode:
    code: str
    label: str
    goldstein: float
    quad: str

    @property
    def root(self) -> str:
        return self.code[:2]


@cache
def countries() -> tuple[CountryEntry, ...]:
    """Every state of ``countries.tsv``: UN members and observers, Taiwan, Kosovo, the Cook Islands and Niue."""
    return tuple(
        CountryEntry(
            iso3=row["iso3"],
            name=row["name"],
            aliases=_split(row["aliases"]),
            demonyms=_split(row["demonyms"]),
            capitals=_split(row["capitals"]),
            metonyms=_split(row["metonyms"]),
        )
        for row in _rows("countries.tsv")
    )


@cache
def organizations() -> tuple[OrganizationEntry, ...]:
    """International organisations, blocs, agencies, media and armed or political groups."""
    return tuple(
        OrganizationEntry(
            id=row["id"],
            name=row["name"],
            type=row["type"],
            country=row["country"] or None,
            aliases=_split(row["aliases"]),
            state_body=row["state_body"] == "yes",
        )
        for row in _rows("organizations.tsv")
    )


@dataclass(frozen=True)
class PlaceEntry:
    name: str
    aliases: tuple[str, ...]
    country: str


@cache
def places() -> tuple[PlaceEntry, ...]:
    """Cities, regions and territories news names as targets, with the state they lie in
    ("Kharkiv" -> UKR, "Gaza Strip" -> PSE); capitals and seats are in ``countries.tsv``."""
    return tuple(
        PlaceEntry(name=row["name"], aliases=_split(row["aliases"]), country=row["country"])
        for row in _rows("places.tsv")
    )


@cache
def features() -> frozenset[str]:
    """Seas, straits, rivers and other features whose names hold a state's name or demonym but
    name no actor ("South China Sea", "Gulf of Oman", "Indian Ocean")."""
    return frozenset(row["name"] for row in _rows("features.tsv"))


@cache
def state_media() -> dict[str, str]:
    """Each state's official news agency, by ISO code -> organisation id: what "state media"
    of that state means ("as per state media of the nuclear-armed country" -> KCNA)."""
    return {row["iso3"]: row["organization"] for row in _rows("state_media.tsv")}


@cache
def people() -> tuple[PersonEntry, ...]:
    """Leaders and officials that news names, with the state they belong to."""
    return tuple(
        PersonEntry(
            name=row["name"],
            aliases=_split(row["aliases"]),
            country=row["country"] or None,
            role=row["role"],
            gender=row.get("gender") or None,
        )
        for row in _rows("people.tsv")
    )


@cache
def titles() -> dict[str, str]:
    """Role words that mark a person's office ("president", "foreign minister") -> role type."""
    return {row["title"].lower(): row["role_type"] for row in _rows("titles.tsv")}


@cache
def cameo_codes() -> dict[str, CameoCode]:
    """The CAMEO event codes by code ("112" -> Accuse, Goldstein -2.0, verbal_conflict)."""
    return {
        row["code"]: CameoCode(row["code"], row["label"], float(row["goldstein"]), row["quad"])
        for row in _rows("cameo.tsv")
    }


@cache
def verb_lexicon() -> dict[tuple[str, ...], str]:
    """Verb patterns as lemma tuples -> CAMEO code: ``("call", "on") -> "020"``."""
    return {tuple(row["pattern"].split()): row["cameo"] for row in _rows("verbs.tsv")}


@cache
def event_nouns() -> dict[str, str]:
    """Nouns that name an event between actors ("summit", "talk") -> CAMEO code."""
    return {row["noun"]: row["cameo"] for row in _rows("event_nouns.tsv")}


@cache
def cues() -> dict[str, frozenset[str]]:
    """The cue word lists of ``cues.toml`` (reporting verbs, negating verbs, pronouns ...)."""
    with open(DATA_DIR / "cues.toml", "rb") as handle:
        return {key: frozenset(values) for key, values in tomllib.load(handle).items()}


@cache
def boilerplate_patterns() -> tuple[re.Pattern[str], ...]:
    """Regular expressions for lines that are never article content (teasers, disclaimers)."""
    return tuple(re.compile(row["pattern"], re.IGNORECASE) for row in _rows("boilerplate.tsv"))


@cache
def ontology_text(name: str) -> str:
    """The Turtle text of ``ontologies/NAME``: ``kg.ttl`` (the ontology), ``shapes.ttl`` (its
    SHACL shapes) or ``cameo.ttl`` (the CAMEO concept scheme)."""
    if name not in ("kg.ttl", "shapes.ttl", "cameo.ttl"):
        raise KeyError(f"unknown ontology file {name!r}")
    return (ONTOLOGIES_DIR / name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class PresetParameter:
    """A value a preset needs: bound to the query variable ``?name``."""

    name: str
    description: str


@dataclass(frozen=True)
class Preset:
    """A SPARQL query shipped in ``kg/queries/NAME.rq``.

    The file's first comment line is ``description``; each ``# param: NAME text`` line declares a
    parameter, which the query uses as the variable ``?NAME``.
    """

    name: str
    description: str
    parameters: tuple[PresetParameter, ...]
    text: str


_PARAM_LINE = re.compile(r"#\s*param:\s*([A-Za-z_][A-Za-z0-9_]*)\s*(.*)")


def preset_names() -> list[str]:
    """Names of the SPARQL presets shipped in ``kg/queries/`` (file names without ``.rq``)."""
    return sorted(path.stem for path in QUERIES_DIR.glob("*.rq"))


@cache
def preset(name: str) -> Preset:
    """The SPARQL preset NAME with its description and parameters; ``KeyError`` naming the known
    presets otherwise."""
    path = QUERIES_DIR / f"{name}.rq"
    if not re.fullmatch(r"[a-z0-9-]+", name) or not path.is_file():
        raise KeyError(f"unknown preset {name!r}; known presets: {', '.join(preset_names())}")
    text = path.read_text(encoding="utf-8")
    comments = [line.strip() for line in text.splitlines() if line.lstrip().startswith("#")]
    description = comments[0].lstrip("# ").strip() if comments else ""
    parameters = tuple(PresetParameter(match[1], match[2].strip())
                       for match in map(_PARAM_LINE.fullmatch, comments) if match)
    return Preset(name, description, parameters, text)


def preset_query(name: str) -> str:
    """The text of the SPARQL preset NAME; ``KeyError`` naming the known presets otherwise."""
    return preset(name).text
