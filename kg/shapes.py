"""SHACL: check that a graph is a valid kg output graph (``ontologies/shapes.ttl``).

The shapes are checked with the ontology (``ontologies/kg.ttl``) mixed into the
data graph and no inference: ``sh:class kg:Actor`` then holds for instances of
the subclasses the ontology declares (``kg:Person`` ...), while a statement
whose subject has no actor type is still reported. (RDFS inference would type
every object of ``kg:subject`` as ``kg:Actor`` through its ``rdfs:range`` and
hide that error.)
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import Graph

from . import data


@cache
def _graph(name: str) -> Graph:
    graph = Graph()
    graph.parse(data=data.ontology_text(name), format="turtle")
    return graph


def shapes_graph() -> Graph:
    """The SHACL shapes of ``ontologies/shapes.ttl`` (shared: do not modify)."""
    return _graph("shapes.ttl")


def validate(graph: Graph | str | Path) -> tuple[bool, str]:
    """Whether ``graph`` (or a graph file or folder) conforms to the kg shapes, and pyshacl's
    report as text; each violation in the report names its source shape (``kgsh:...``),
    the focus node and the path. ``graph`` itself is not modified."""
    try:
        from pyshacl import validate as shacl_validate
    except ImportError:
        raise ModuleNotFoundError("kg.validate needs pyshacl: pip install pyshacl "
                                  "(it comes with kg's test extra, pip install -e '.[test]')") from None

    from .rdf import load_graph

    if not isinstance(graph, Graph):
        graph = load_graph(graph)
    conforms, _, text = shacl_validate(graph, shacl_graph=shapes_graph(), ont_graph=_graph("kg.ttl"),
                                       inference="none")
    return bool(conforms), str(text)
