"""SPARQL: run SPARQL 1.1 queries over a graph and write the results.

``csv``, ``tsv``, ``json`` and ``xml`` follow the W3C SPARQL 1.1 query result
formats; ``table`` is for people. CONSTRUCT and DESCRIBE results are Turtle.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Node

from . import data
from .rdf import ntriples_term, PREFIXES, new_graph

RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml")


class QuerySyntaxError(ValueError):
    """The query is not valid SPARQL; the message points at the line and column."""


@dataclass(frozen=True)
class QueryOutput:
    """A query's result, written in the asked format."""

    kind: str  # "SELECT", "ASK", "CONSTRUCT" or "DESCRIBE"
    text: str
    rows: int


def run_query(graph: Graph, query: str, bindings: dict | None = None) -> Result:
    """Run SPARQL over ``graph`` with the project's prefixes predeclared.

    ``bindings`` binds variables to RDF terms (never pasted into the query text).
    """
    from pyparsing import ParseException

    try:
        return graph.query(query, initNs=PREFIXES, initBindings=bindings or {})
    except ParseException as error:
        raise QuerySyntaxError(
            f"SPARQL syntax error at line {error.lineno}, column {error.col}: "
            f"{error.msg}\n  {error.line}\n  {' ' * (error.col - 1)}^") from None


class PresetParameterError(ValueError):
    """A preset was given a parameter it does not declare, or not given one it needs."""


IRI_PATTERN = re.compile(r"(?:https?://|urn:)[^\s<>\"{}|\\^`]*")


def parameter_terms(graph: Graph, value: str) -> list[Node]:
    """The RDF terms a preset parameter value stands for.

    An absolute IRI (``https://...``, ``urn:...``, optionally in angle brackets) is itself;
    anything else is a label: the nodes whose ``rdfs:label`` is exactly ``value``, sorted.
    A label nothing has gives the literal ``value`` itself, which matches no actor, so the
    query runs and returns nothing. The value never becomes query text.
    """
    iri = value[1:-1] if value.startswith("<") and value.endswith(">") else value
    if IRI_PATTERN.fullmatch(iri):
        return [URIRef(iri)]
    label = Literal(value)
    nodes = sorted({row[0] for row in run_query(graph, "SELECT ?node WHERE { ?node rdfs:label ?label }",
                                                 {"label": label})})
    return list(nodes) or [label]


def run_preset(graph: Graph, name: str, params: Mapping[str, str] | None = None) -> Result:
    """Run the preset NAME (``kg/queries/NAME.rq``) with its parameters.

    ``params`` maps each declared parameter to a value (an IRI or a label, see
    ``parameter_terms``); each is bound to its variable as an RDF term with rdflib's
    ``initBindings``. When a label names several nodes the query runs once for each and the
    rows are put together. Raises ``KeyError`` for an unknown preset and
    ``PresetParameterError`` for a missing or undeclared parameter.
    """
    preset = data.preset(name)
    params = dict(params or {})
    declared = {parameter.name: parameter for parameter in preset.parameters}
    unknown = sorted(set(params) - set(declared))
    if unknown:
        accepted = ", ".join(declared) or "none"
        raise PresetParameterError(f"preset {name!r} has no parameter {unknown[0]!r} (parameters: {accepted})")
    for parameter in preset.parameters:
        if parameter.name not in params:
            raise PresetParameterError(f"preset {name!r} needs --param {parameter.name}=VALUE "
                                       f"({parameter.description})")
    choices = [[(key, term) for term in parameter_terms(graph, value)] for key, value in params.items()]
    results = [run_query(graph, preset.text, dict(combination)) for combination in itertools.product(*choices)]
    return results[0] if len(results) == 1 else combine_results(results)


def combine_results(results: list[Result]) -> Result:
    """One result from several runs of the same query: rows one after the other, ASK answers
    or-ed, CONSTRUCT graphs merged."""
    combined = Result(results[0].type)
    if combined.type == "SELECT":
        combined.vars = results[0].vars
        combined.bindings = [binding for result in results for binding in result.bindings]
    elif combined.type == "ASK":
        combined.askAnswer = any(result.askAnswer for result in results)
    else:
        combined.graph = new_graph()
        for result in results:
            for triple in result.graph:
                combined.graph.add(triple)
    return combined


def format_result(result: Result, fmt: str = "table") -> QueryOutput:
    """The result as text in ``fmt`` (one of ``RESULT_FORMATS``)."""
    if fmt not in RESULT_FORMATS:
        raise ValueError(f"unknown result format {fmt!r}; choose one of {', '.join(RESULT_FORMATS)}")
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph = new_graph()
        for triple in result.graph:
            graph.add(triple)
        return QueryOutput(result.type, graph.serialize(format="turtle"), len(graph))
    if result.type == "ASK":
        return QueryOutput("ASK", _format_ask(bool(result.askAnswer), fmt), 1)
    variables = [str(v) for v in result.vars or []]
    rows = [[row[i] if i < len(row) else None for i in range(len(variables))] for row in result]
    if fmt == "xml":
        return QueryOutput("SELECT", result.serialize(format="xml").decode("utf-8"), len(rows))
    writers = {"table": _table, "csv": _csv, "tsv": _tsv, "json": _json}
    return QueryOutput("SELECT", writers[fmt](variables, rows), len(rows))


def _format_ask(answer: bool, fmt: str) -> str:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": answer}) + "\n"
    if fmt == "xml":
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'
                f"  <head/>\n  <boolean>{'true' if answer else 'false'}</boolean>\n</sparql>\n")
    return ("true" if answer else "false") + "\n"


def _short(term) -> str:
    """A term for people: prefixed IRIs, plain literal text."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, namespace in PREFIXES.items():
            if str(term).startswith(str(namespace)):
                local = str(term)[len(str(namespace)):]
                if local and all(c.isalnum() or c in "_-." for c in local):
                    return f"{prefix}:{local}"
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _table(variables: list[str], rows: list[list]) -> str:
    cells = [[_short(term).replace("\n", " ") for term in row] for row in rows]
    widths = [max([len(name)] + [len(row[i]) for row in cells]) for i, name in enumerate(variables)]
    line = lambda values: " | ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()
    out = [line(variables), "-+-".join("-" * w for w in widths)]
    out += [line(row) for row in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def _csv_field(term) -> str:
    value = "" if term is None else str(term)
    if any(c in value for c in ',"\r\n'):
        value = '"' + value.replace('"', '""') + '"'
    return value


def _csv(variables: list[str], rows: list[list]) -> str:
    """W3C SPARQL 1.1 CSV: header of variable names, plain values, CRLF line ends."""
    lines = [",".join(variables)] + [",".join(_csv_field(term) for term in row) for row in rows]
    return "\r\n".join(lines) + "\r\n"


def _tsv_term(term) -> str:
    """A term in the Turtle syntax the W3C TSV format uses; empty when unbound."""
    return "" if term is None else ntriples_term(term)


def _tsv(variables: list[str], rows: list[list]) -> str:
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join(_tsv_term(term) for term in row) for row in rows]
    return "\n".join(lines) + "\n"


def _json_term(term) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    value = {"type": "literal", "value": str(term)}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype and str(term.datatype) != "http://www.w3.org/2001/XMLSchema#string":
        value["datatype"] = str(term.datatype)
    return value


def _json(variables: list[str], rows: list[list]) -> str:
    bindings = [{name: _json_term(term) for name, term in zip(variables, row) if term is not None}
                for row in rows]
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1) + "\n"

