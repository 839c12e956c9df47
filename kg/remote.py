"""SPARQL over a remote endpoint (SPARQL 1.1 Protocol), with the output formats of ``kg.query``.

The query goes out with the project's prefixes declared; the answer (SPARQL JSON or XML
results, or an RDF graph for CONSTRUCT and DESCRIBE) is parsed into rdflib terms and written
by ``kg.query.format_result``, so a remote query prints what the same local query prints.
"""

from __future__ import annotations

import io
import itertools
import re
import urllib.parse
from collections.abc import Mapping

from rdflib import Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Node

from . import data
from .endpoint import Auth, Client, EndpointError, public_url
from .query import IRI_PATTERN, PresetParameterError, QueryOutput, combine_results, format_result
from .rdf import PREFIXES, ntriples_term

ACCEPT = ("application/sparql-results+json, application/sparql-results+xml;q=0.9, "
          "application/n-triples;q=0.8, text/turtle;q=0.7")
_GRAPH_FORMATS = {"application/n-triples": "nt", "text/plain": "nt", "text/turtle": "turtle",
                  "application/rdf+xml": "xml", "application/ld+json": "json-ld"}
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def prologue() -> str:
    """``PREFIX`` declarations of the project's prefixes, to put before a query."""
    return "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in PREFIXES.items())


def run_remote(client: Client, endpoint: str, sparql: str) -> Result:
    """Send ``sparql`` (with ``prologue``) to ``endpoint`` and return its answer as an rdflib
    ``Result``. Raises ``EndpointError`` for a failed request (a syntax error is the store's
    4xx answer, quoted) or an answer in a format kg does not read."""
    body = urllib.parse.urlencode({"query": prologue() + sparql}).encode("utf-8")
    answer = client.request("POST", endpoint, body, "application/x-www-form-urlencoded", ACCEPT)
    where = f"POST {public_url(endpoint)}"
    try:
        if answer.content_type == "application/sparql-results+json":
            return Result.parse(io.BytesIO(answer.body), format="json")
        if answer.content_type == "application/sparql-results+xml":
            return Result.parse(io.BytesIO(answer.body), format="xml")
        if answer.content_type in _GRAPH_FORMATS:
            result = Result("CONSTRUCT")
            result.graph = Graph().parse(data=answer.body, format=_GRAPH_FORMATS[answer.content_type])
            return result
    except Exception as error:  # the parsers raise many types
        raise EndpointError(f"{where}: unreadable {answer.content_type} answer ({type(error).__name__}: "
                            f"{str(error)[:300]})") from None
    text = " ".join(answer.body.decode("utf-8", "replace").split())[:300]
    raise EndpointError(f"{where}: unexpected Content-Type {answer.content_type or '(none)'}"
                        + (f": {text}" if text else ""))


def remote_terms(client: Client, endpoint: str, value: str) -> list[Node]:
    """The RDF terms a preset parameter value stands for, asked of the endpoint: an absolute IRI
    is itself; a label gives the nodes whose ``rdfs:label`` is exactly it (sorted), or the
    literal itself when none has it. The label is sent as an escaped RDF literal in VALUES."""
    iri = value[1:-1] if value.startswith("<") and value.endswith(">") else value
    if IRI_PATTERN.fullmatch(iri):
        return [URIRef(iri)]
    label = Literal(value)
    result = run_remote(client, endpoint, "SELECT DISTINCT ?node WHERE { VALUES ?label { "
                        f"{ntriples_term(label)} }} ?node rdfs:label ?label }}")
    return sorted({row[0] for row in result}) or [label]


def bind(sparql: str, bindings: Mapping[str, Node]) -> str:
    """``sparql`` with each variable bound to an RDF term by a ``VALUES`` block at the start of
    its WHERE clause; the terms are written in N-Triples syntax, escaped."""
    if not bindings:
        return sparql
    match = _WHERE.search(sparql)
    if match is None:
        raise ValueError("cannot bind parameters: the query has no WHERE { ... }")
    values = " ".join(f"VALUES ?{name} {{ {ntriples_term(term)} }}" for name, term in bindings.items())
    return f"{sparql[:match.end()]} {values}\n{sparql[match.end():]}"


def remote_query(endpoint: str, sparql: str | None = None, fmt: str = "table", *, preset: str | None = None,
                 params: Mapping[str, str] | None = None, auth: Auth | None = None, timeout: float = 60.0,
                 tries: int = 3, backoff: float = 1.0) -> QueryOutput:
    """Run SPARQL (the text, or a preset with its ``params``) at a SPARQL endpoint (Oxigraph
    ``http://HOST:PORT/query``, Fuseki ``http://HOST:3030/DATASET/query``) and format the result
    as ``kg.query`` does. Preset parameters are resolved and bound as in ``kg.query.run_preset``
    (once per combination, rows put together), as RDF terms in VALUES, never as query text.

    Raises ``KeyError`` (unknown preset), ``PresetParameterError``, ``ValueError`` or
    ``kg.endpoint.EndpointError``.
    """
    if (sparql is None) == (preset is None):
        raise ValueError("give either the query text or a preset name")
    client = Client(auth=auth, timeout=timeout, tries=tries, backoff=backoff)
    if preset is None:
        if params:
            raise ValueError("params are for presets; bind variables of your own query with VALUES")
        return format_result(run_remote(client, endpoint, sparql), fmt)
    definition = data.preset(preset)
    params = dict(params or {})
    declared = {parameter.name for parameter in definition.parameters}
    unknown = sorted(set(params) - declared)
    if unknown:
        raise PresetParameterError(f"preset {preset!r} has no parameter {unknown[0]!r} "
                                   f"(parameters: {', '.join(sorted(declared)) or 'none'})")
    for parameter in definition.parameters:
        if parameter.name not in params:
            raise PresetParameterError(f"preset {preset!r} needs --param {parameter.name}=VALUE "
                                       f"({parameter.description})")
    choices = [[(key, term) for term in remote_terms(client, endpoint, value)] for key, value in params.items()]
    results = [run_remote(client, endpoint, bind(definition.text, dict(combination)))
               for combination in itertools.product(*choices)]
    return format_result(results[0] if len(results) == 1 else combine_results(results), fmt)
