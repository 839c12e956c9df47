"""Workers: clean, parse and extract articles, in this process or in N worker processes.

With ``jobs`` > 1 the articles go in ordered chunks to a pool of processes; each
loads the spaCy pipeline once and does the whole per-article work (cleaning,
``nlp.pipe``, statement extraction), so the main process only reads inputs and
gathers results. Results come back in input order and are the same as with one
process: an article's statements depend on that article alone.

At most a few chunks are in flight at any time, so memory stays flat however long
the input is (``Pool.imap`` or ``Executor.map`` would read every input ahead of the workers).
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import islice

from .clean import clean_article
from .model import Article, Statement
from .parse import load_pipeline, model_name, parse_articles

#: Articles per task sent to a worker: large enough that pickling costs little beside
#: parsing, small enough that the pool's last chunks finish close together.
CHUNK_ARTICLES = 32
#: Chunks queued per worker beyond the one it is working on.
_AHEAD = 2


@dataclass(frozen=True)
class ArticleResult:
    """What one article gave: its statements, in reading order, and the agency of its dateline."""

    doc_id: str
    statements: tuple[Statement, ...]
    agency: str | None = None


def _extractor(model: str | None):
    """The statement extractor of ``model``, made once per process; it keeps no state between
    articles (``StatementExtractor.extract`` starts afresh for each)."""
    return _extractor_of(model_name(model))


@cache
def _extractor_of(resolved: str):
    from .statements import StatementExtractor

    return StatementExtractor(load_pipeline(resolved))


def extract_articles(articles: Iterable[Article], model: str | None = None,
                     batch_size: int = 64) -> Iterator[ArticleResult]:
    """Clean, parse and extract each article in this process, streaming, in input order.

    Passages of consecutive articles share ``nlp.pipe`` batches of ``batch_size``; only one
    article's parsed documents are held at a time.
    """
    nlp = load_pipeline(model)
    extractor = _extractor(model)
    for clean, docs in parse_articles(nlp, (clean_article(article) for article in articles),
                                      batch_size=batch_size):
        agency = clean.dateline.agency if clean.dateline else None
        yield ArticleResult(clean.article.doc_id, tuple(extractor.extract(clean, docs)), agency or None)


def _extract_chunk(articles: list[Article], model: str | None, batch_size: int) -> list[ArticleResult]:
    return list(extract_articles(articles, model, batch_size))


def run_articles(articles: Iterable[Article], model: str | None = None, jobs: int = 1,
                 batch_size: int = 64, chunk: int = CHUNK_ARTICLES) -> Iterator[ArticleResult]:
    """The result of every article, in input order, using ``jobs`` processes.

    ``jobs`` 1 works in this process (``extract_articles``); more start a pool of ``jobs``
    processes, each loading the pipeline once, fed ``chunk`` articles at a time. An error in
    a worker (a missing pipeline included) is raised here, as it would be with one process.
    """
    if jobs <= 1:
        yield from extract_articles(articles, model, batch_size)
        return
    stream = iter(articles)
    # concurrent.futures rather than multiprocessing.Pool: a worker that dies (killed, out of
    # memory) raises BrokenProcessPool here instead of leaving the caller waiting for ever.
    with ProcessPoolExecutor(jobs) as pool:
        pending: deque[Future] = deque()
        try:
            while True:
                part = list(islice(stream, chunk))
                if part:
                    pending.append(pool.submit(_extract_chunk, part, model, batch_size))
                if pending and (not part or len(pending) > jobs * _AHEAD):
                    yield from pending.popleft().result()
                elif not part:
                    break
        finally:
            for future in pending:  # stopped early (an error, or the caller gave up): drop the rest
                future.cancel()
