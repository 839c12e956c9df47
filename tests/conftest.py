"""Shared fixtures: the spaCy pipeline and one build of the seed, made once per test session."""

from pathlib import Path

import pytest

import kg
from kg.parse import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

#: What `kg build seeds/` extracts today: (subject, predicate lemma, CAMEO, object, negated,
#: attributed_to). The hand annotation of the seed, to measure against, is tests/devset/seed.jsonl.
SEED_STATEMENTS = [
    ("Kim Jong-un", "blame", "112", "United States", False, "Korean Central News Agency"),
    ("Kim Jong-un", "blame", "112", "Japan", False, "Korean Central News Agency"),
    ("Kim Jong-un", "blame", "112", "South Korea", False, "Korean Central News Agency"),
    ("Kim Jong-un", "criticize", "111", "United States", False, "Korean Central News Agency"),
    ("Donald Trump", "summit", "040", "Shigeru Ishiba", False, None),
    ("Kim Jong-un", "blame", "112", "United States", False, None),
    ("North Korea", "assist", "062", "Russia", False, None),
    ("United States", "seek denuclearization", "105", "North Korea", False, "United States"),
    ("United States", "have relation", "030", "North Korea", False, "Donald Trump"),
    ("Donald Trump", "conference", "040", "Shigeru Ishiba", False, None),
    ("Donald Trump", "hold meeting", "040", "Kim Jong-un", False, None),
]


def word(doc, text: str):
    """The first token of ``doc`` written ``text`` (in any case): the token a test is about."""
    return next(t for t in doc if t.lower_ == text.lower())


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """``kg.build`` of seeds/ into a fresh folder."""
    out = tmp_path_factory.mktemp("seed-output")
    return kg.build([SEEDS], out), out


@pytest.fixture(scope="session")
def extract_text(nlp):
    """Statements of a one-article text, as (subject, lemma, object, negated, attributed_to) tuples."""
    from kg.clean import clean_article
    from kg.model import Article
    from kg.parse import parse_articles
    from kg.statements import StatementExtractor

    extractor = StatementExtractor(nlp)

    def run(text: str):
        clean = clean_article(Article("t", text, date="2025-01-01"))
        return [
            (s.subject.label, s.predicate.lemma, s.object.label, s.negated,
             s.attributed_to.label if s.attributed_to else None)
            for article, docs in parse_articles(nlp, [clean])
            for s in extractor.extract(article, docs)
        ]

    return run
