"""Push a graph to a triple store: SPARQL 1.1 Graph Store Protocol, or SPARQL 1.1 Update.

Each article's named graph (``kg.rdf.quads``) is replaced, never appended to: its first chunk
is sent with ``PUT`` (``DROP SILENT GRAPH`` + ``INSERT DATA`` over Update) and any further
chunks with ``POST`` (``INSERT DATA``). The default graph (actors, CAMEO concepts) is replaced
the same way. Pushing the same graph twice therefore leaves the store as after the first push,
and a push cut short is repaired by pushing again. Afterwards the triples of each pushed graph
are counted in the store with SPARQL and compared with what was sent.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rdflib import Graph

from .endpoint import Auth, Client, EndpointError, public_url, quote_body
from .rdf import ntriples_term, quads

CHUNK_TRIPLES = 50_000  # triples per request
DEFAULT = None  # the default graph, as a graph name
_ABSOLUTE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+")


class PushError(Exception):
    """The push could not be made (no endpoint to count with, a store that refused a request)."""


@dataclass(frozen=True)
class Progress:
    """Where a push is: requests sent, triples sent of ``total``, graphs done of ``graphs``."""

    requests: int
    triples: int
    total: int
    graphs_done: int
    graphs: int


@dataclass(frozen=True)
class PushResult:
    """What a push sent and what the store holds afterwards in the pushed graphs.

    ``sent`` and ``stored`` map a graph IRI (``None``: the default graph) to its triple count;
    ``stored`` is ``None`` when counting was not asked for.
    """

    sent: dict[str | None, int]
    stored: dict[str | None, int] | None
    requests: int

    @property
    def triples(self) -> int:
        return sum(self.sent.values())

    @property
    def matches(self) -> bool:
        """Whether the store holds exactly as many triples in each pushed graph as were sent."""
        return self.stored is None or self.stored == self.sent

    def mismatches(self) -> list[str]:
        """One line per graph whose count in the store differs from what was sent."""
        if self.stored is None:
            return []
        return [f"{name or 'default graph'}: sent {count}, store holds {self.stored.get(name, 0)}"
                for name, count in self.sent.items() if self.stored.get(name, 0) != count]


def graph_lines(graph: Graph, into: str | None = None) -> dict[str | None, list[str]]:
    """The triples of ``graph`` as sorted N-Triples lines, per graph name: one named graph per
    article and the default graph (``kg.rdf.quads``), or everything in the named graph ``into``."""
    named: dict[str | None, set[str]] = {}
    if into is not None:
        named[into] = {_line(s, p, o) for s, p, o in graph}
    else:
        for s, p, o, name in quads(graph):
            named.setdefault(str(name) if name is not None else DEFAULT, set()).add(_line(s, p, o))
    order = sorted(named, key=lambda name: (name is not None, name or ""))
    return {name: sorted(named[name]) for name in order}


def _line(s, p, o) -> str:
    return f"{ntriples_term(s)} {ntriples_term(p)} {ntriples_term(o)} .\n"


def chunks(lines: list[str], size: int) -> Iterable[list[str]]:
    """``lines`` in runs of at most ``size`` (one empty run for no lines: the graph is still replaced)."""
    size = max(1, size)
    if not lines:
        yield []
    for start in range(0, len(lines), size):
        yield lines[start:start + size]


def query_endpoint_for(url: str) -> str | None:
    """The SPARQL query endpoint beside a Graph Store or Update endpoint, when the URL says it:
    Oxigraph ``/store`` and ``/update`` -> ``/query``; Fuseki ``/DATASET/data`` and
    ``/DATASET/update`` -> ``/DATASET/query``. ``None`` otherwise."""
    parts = urllib.parse.urlsplit(url)
    path = parts.path.rstrip("/")
    for ending in ("/store", "/data", "/update"):
        if path.endswith(ending):
            return urllib.parse.urlunsplit(parts._replace(path=path[:-len(ending)] + "/query", query=""))
    return None


def push(graph: Graph, url: str | None = None, *, update_endpoint: str | None = None,
         query_endpoint: str | None = None, into: str | None = None, auth: Auth | None = None,
         timeout: float = 60.0, tries: int = 3, backoff: float = 1.0, chunk_size: int = CHUNK_TRIPLES,
         verify: bool = True, progress: Callable[[Progress], None] | None = None) -> PushResult:
    """Send ``graph`` to a store and return what was sent and what the store then holds.

    Give ``url``, a Graph Store Protocol endpoint (Oxigraph ``http://HOST:PORT/store``, Fuseki
    ``http://HOST:3030/DATASET/data``), or ``update_endpoint``, a SPARQL 1.1 Update endpoint.
    Every graph (``graph_lines``) is replaced: its first chunk of ``chunk_size`` triples with
    PUT (or DROP SILENT GRAPH + INSERT DATA), the others added with POST (or INSERT DATA); over
    Update, the operations of small graphs share a request of up to ``chunk_size`` triples.
    ``into`` puts every triple in that one named graph instead. With ``verify`` the triples of
    each pushed graph are counted through ``query_endpoint`` (by default derived from the URL,
    ``query_endpoint_for``). ``progress`` is called after each request.

    Raises ``PushError`` when there is nothing to push to or count with, and
    ``kg.endpoint.EndpointError`` when a request fails (after ``tries`` attempts for
    connection errors and 5xx answers).
    """
    if (url is None) == (update_endpoint is None):
        raise PushError("give either a Graph Store URL or an update endpoint")
    if into is not None and not _ABSOLUTE_IRI.fullmatch(into):
        raise PushError(f"--graph {into!r}: not an absolute IRI (such as https://example.org/kg or urn:kg:all)")
    if verify and query_endpoint is None:
        query_endpoint = query_endpoint_for(url or update_endpoint)
        if query_endpoint is None:
            raise PushError(f"cannot tell the query endpoint of {url or update_endpoint}; "
                            "give it with --query-endpoint (or --no-verify)")
    client = Client(auth=auth, timeout=timeout, tries=tries, backoff=backoff)
    named = graph_lines(graph, into)
    total = sum(len(lines) for lines in named.values())
    sent: dict[str | None, int] = {}
    done_triples = 0
    pending: list[str] = []  # Update operations not sent yet: small graphs share one request
    pending_triples = 0
    for done_graphs, (name, lines) in enumerate(named.items(), start=1):
        for number, chunk in enumerate(chunks(lines, chunk_size)):
            done_triples += len(chunk)
            if url is not None:
                _store_chunk(client, url, name, chunk, replace=number == 0)
            else:
                if pending and pending_triples + len(chunk) > chunk_size:
                    _send_update(client, update_endpoint, pending)
                    pending, pending_triples = [], 0
                pending.extend(_update_operations(name, chunk, replace=number == 0))
                pending_triples += len(chunk)
                if pending_triples < chunk_size and done_graphs < len(named):
                    continue
                _send_update(client, update_endpoint, pending)
                pending, pending_triples = [], 0
            if progress:
                progress(Progress(client.requests, done_triples, total, done_graphs, len(named)))
        sent[name] = len(lines)
    if pending:
        _send_update(client, update_endpoint, pending)
    stored = count_triples(client, query_endpoint, list(sent), store=url) if verify else None
    return PushResult(sent, stored, client.requests)


def _store_chunk(client: Client, url: str, name: str | None, lines: list[str], replace: bool) -> None:
    """PUT (replace) or POST (add) N-Triples to one graph of a Graph Store Protocol endpoint."""
    target = "default" if name is None else "graph=" + urllib.parse.quote(name, safe="")
    separator = "&" if urllib.parse.urlsplit(url).query else "?"
    client.request("PUT" if replace else "POST", f"{url}{separator}{target}", "".join(lines).encode("utf-8"),
                   "application/n-triples")


def _update_operations(name: str | None, lines: list[str], replace: bool) -> list[str]:
    """SPARQL 1.1 Update operations for one chunk of one graph: ``DROP SILENT GRAPH`` (when
    ``replace``) and ``INSERT DATA``."""
    operations = []
    if replace:
        operations.append("DROP SILENT DEFAULT" if name is None else f"DROP SILENT GRAPH <{name}>")
    if lines:
        body = "".join(lines)
        operations.append(f"INSERT DATA {{\n{body}}}" if name is None
                          else f"INSERT DATA {{ GRAPH <{name}> {{\n{body}}} }}")
    return operations


def _send_update(client: Client, endpoint: str, operations: list[str]) -> None:
    """One SPARQL 1.1 Update request of several operations (applied in order, ``;`` between them)."""
    client.request("POST", endpoint, " ;\n".join(operations).encode("utf-8"), "application/sparql-update")


def count_triples(client: Client, endpoint: str, names: list[str | None],
                  store: str | None = None) -> dict[str | None, int]:
    """How many triples the store holds in each graph of ``names`` (``None``: the default graph),
    by SPARQL ``COUNT`` through the query endpoint (one query for all named graphs). The default
    graph is read with a Graph Store ``GET ?default`` when ``store`` is given (its lines counted),
    since a store serving the union of all graphs as the default graph (Oxigraph
    ``--union-default-graph``) would count every graph in a SPARQL query."""
    counts: dict[str | None, int] = {name: 0 for name in names}
    iris = [name for name in names if name is not None]
    if iris:
        values = " ".join(f"<{name}>" for name in iris)
        rows = select(client, endpoint, f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} "
                                        "GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        for row in rows:
            counts[row["g"]["value"]] = int(row["n"]["value"])
    if DEFAULT in counts and store is not None:
        separator = "&" if urllib.parse.urlsplit(store).query else "?"
        answer = client.request("GET", f"{store}{separator}default", accept="application/n-triples")
        counts[DEFAULT] = sum(1 for line in answer.body.splitlines() if line.strip() and not line.startswith(b"#"))
    elif DEFAULT in counts:
        rows = select(client, endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        counts[DEFAULT] = int(rows[0]["n"]["value"]) if rows else 0
    return counts


def select(client: Client, endpoint: str, sparql: str) -> list[dict]:
    """The rows (SPARQL JSON bindings) of a SELECT query sent to ``endpoint``."""
    answer = client.request("POST", endpoint, urllib.parse.urlencode({"query": sparql}).encode("utf-8"),
                            "application/x-www-form-urlencoded", "application/sparql-results+json")
    try:
        return json.loads(answer.body)["results"]["bindings"]
    except (ValueError, KeyError, TypeError):
        got = answer.content_type or "no Content-Type"
        raise EndpointError(f"POST {public_url(endpoint)}: expected SPARQL JSON results, got {got}: "
                            f"{quote_body(answer.body)}") from None


__all__ = ["Auth", "CHUNK_TRIPLES", "EndpointError", "Progress", "PushError", "PushResult",
           "count_triples", "graph_lines", "push", "query_endpoint_for"]
