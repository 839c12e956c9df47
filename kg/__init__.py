"""kg: a knowledge-graph builder for geopolitical statements in news articles.

>>> import kg
>>> result = kg.build(["seeds/"], "output")          # doctest: +SKIP
>>> print(kg.query(result.graph, "SELECT ...").text)  # doctest: +SKIP
"""

__version__ = "0.1.0"

from .model import Actor, Article, CleanArticle, InputProblem, Predicate, Statement  # noqa: E402
from .pipeline import (  # noqa: E402
    BuildResult,
    Extraction,
    OutputError,
    RemoveResult,
    build,
    export,
    extract,
    iter_statements,
    presets,
    query,
    remove,
    statements_jsonl,
    validate,
    view,
)
from .parse import ModelNotFoundError, load_pipeline  # noqa: E402
from .rdf import load_graph  # noqa: E402
from .push import push  # noqa: E402

__all__ = [
    "Actor", "Article", "BuildResult", "CleanArticle", "Extraction", "InputProblem",
    "ModelNotFoundError", "OutputError", "Predicate", "RemoveResult", "Statement", "build", "export",
    "extract", "iter_statements", "load_graph", "push", "load_pipeline", "presets", "query", "remove",
    "statements_jsonl", "validate", "view",
    "__version__",
]
