"""kg push and kg query --endpoint against a real Oxigraph server, and HTTP faults against a
tiny local server that answers with chosen status codes."""

from __future__ import annotations

import http.server
import os
import subprocess
import sys
import threading
import urllib.request

import pytest
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

import kg
from kg.endpoint import Auth, Client, EndpointError
from kg.push import count_triples, graph_lines, push
from kg.remote import remote_query, run_remote

from .conftest import SEEDS
from .oxigraph_server import OXIGRAPH, OxigraphServer, free_port
from .test_cli import kg as run_kg

pytestmark = pytest.mark.skipif(OXIGRAPH is None, reason="needs the oxigraph command (pip install oxigraph)")

PASSWORD, TOKEN = "s3cret-pa55word", "t0ken-abcdef-123"
SEED_GRAPH = "https://w3id.org/kg-geo/id/graph/000_b160ab26da3c4602"
DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")


@pytest.fixture(scope="module")
def seed(seed_build):
    """The seed build: its graph file and graph."""
    _, out = seed_build
    return out / "graph.ttl", kg.load_graph(out / "graph.ttl")


@pytest.fixture
def server(tmp_path):
    running = OxigraphServer(tmp_path / "store").start()
    yield running
    running.stop()


def stored_graph(server: OxigraphServer, name: str | None) -> Graph:
    """What the store holds in one graph (``None``: the default graph), read back."""
    if name is None:
        request = urllib.request.Request(f"{server.store}?default", headers={"Accept": "application/n-triples"})
        with urllib.request.urlopen(request) as answer:
            return Graph().parse(data=answer.read(), format="nt")
    construct = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}"
    return run_remote(Client(), server.query, construct).graph


def local_graphs(graph: Graph, into: str | None = None) -> dict[str | None, Graph]:
    return {name: Graph().parse(data="".join(lines), format="nt") for name, lines in graph_lines(graph, into).items()}


def same(stored: Graph, local: Graph) -> bool:
    """Whether the graphs are isomorphic once xsd:decimal literals are compared by value: a store
    keeps the value, so the "0.90" kg writes reads back as "0.9" (Oxigraph's canonical form)."""
    def canonical(graph: Graph) -> Graph:
        result = Graph()
        for s, p, o in graph:
            if isinstance(o, Literal) and o.datatype == DECIMAL:
                o = Literal(format(Decimal(str(o)).normalize(), "f"), datatype=DECIMAL)
            result.add((s, p, o))
        return result
    return len(stored) == len(local) and isomorphic(canonical(stored), canonical(local))


def all_quads(server: OxigraphServer) -> int:
    result = run_remote(Client(), server.query, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(next(iter(result))[0]) + len(stored_graph(server, None))


def test_push_reads_back_isomorphic_per_named_graph(seed, server):
    path, graph = seed
    run = run_kg("push", path, server.store)
    assert run.returncode == 0, run.stderr
    assert run.stderr == f"kg: pushed {len(graph)} triple(s) in 2 graph(s) to {server.store} (4 request(s))\n"
    expected = local_graphs(graph)
    assert list(expected) == [None, SEED_GRAPH]
    assert sum(len(g) for g in expected.values()) == len(graph)
    for name, local in expected.items():
        assert same(stored_graph(server, name), local), name


def test_pushing_twice_leaves_the_same_store(seed, server):
    _, graph = seed
    first = push(graph, server.store, chunk_size=25)
    once = all_quads(server)
    second = push(graph, server.store, chunk_size=25)
    assert first.sent == second.sent == second.stored
    assert all_quads(server) == once == len(graph)


def test_push_after_a_rebuild_replaces_the_changed_article(seed, server, tmp_path):
    path, graph = seed
    text = (SEEDS / "000_b160ab26da3c4602.txt").read_text(encoding="utf-8")
    changed = "\n\n".join(part for part in text.split("\n\n") if not part.startswith("Notably, North Korea"))
    assert changed != text
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "000_b160ab26da3c4602.txt").write_text(changed, encoding="utf-8")
    rebuilt = kg.build([tmp_path / "in"], tmp_path / "out").graph
    assert len(rebuilt) < len(graph)
    push(graph, server.store)
    result = push(rebuilt, server.store)
    assert result.matches
    for name, local in local_graphs(rebuilt).items():
        assert same(stored_graph(server, name), local), name
    assert all_quads(server) == len(rebuilt)


def test_graph_option_puts_everything_in_one_named_graph(seed, server):
    path, graph = seed
    run = run_kg("push", path, server.store, "--graph", "urn:kg:all")
    assert run.returncode == 0, run.stderr
    assert same(stored_graph(server, "urn:kg:all"), graph)
    assert len(stored_graph(server, None)) == 0
    assert all_quads(server) == len(graph)


def test_update_endpoint_pushes_in_chunks_and_replaces(seed, server):
    path, graph = seed
    result = push(graph, update_endpoint=server.update, chunk_size=20)
    assert result.requests == 1 + 4 + 9 + 1  # default graph 68 triples, article graph 179, one count query
    assert result.sent == result.stored == {None: 68, SEED_GRAPH: 179}
    run = run_kg("push", path, "--update-endpoint", server.update)
    assert run.returncode == 0, run.stderr
    for name, local in local_graphs(graph).items():
        assert same(stored_graph(server, name), local), name
    assert all_quads(server) == len(graph)


def test_remote_query_gives_the_local_table(seed, tmp_path):
    path, graph = seed
    server = OxigraphServer(tmp_path / "union", union=True).start()
    try:
        assert push(graph, server.store).matches
        for preset in ("statements", "accusations", "actors", "timeline", "negated"):
            remote = run_kg("query", "--endpoint", server.query, "--preset", preset)
            assert remote.returncode == 0, remote.stderr
            assert remote.stdout == run_kg("query", path, "--preset", preset).stdout, preset
        for value in ("Kim Jong-un", "https://w3id.org/kg-geo/id/country/JPN"):
            remote = run_kg("query", "--endpoint", server.query, "--preset", "actor-profile",
                            "--param", f"actor={value}")
            local = run_kg("query", path, "--preset", "actor-profile", "--param", f"actor={value}")
            assert remote.returncode == 0 and remote.stdout == local.stdout
        ask = run_kg("query", "--endpoint", server.query, "ASK { ?a rel:accuse country:USA }", "--format", "json")
        assert ask.stdout == '{"head": {}, "boolean": true}\n'
        hostile = remote_query(server.query, preset="actor-profile", params={"actor": 'Japan" } ; DROP ALL ; #'})
        assert hostile.rows == 0 and all_quads(server) == len(graph)
    finally:
        server.stop()


def test_server_down_is_a_clear_error_and_changes_nothing(seed, tmp_path):
    path, _ = seed
    before = {p.name: p.read_bytes() for p in path.parent.iterdir()}
    url = f"http://127.0.0.1:{free_port()}/store"
    run = run_kg("push", path, url, "--timeout", "5")
    assert run.returncode == 2
    lines = run.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"kg: error: PUT {url}?default: cannot reach the store (")
    assert lines[0].endswith("(after 3 tries)")
    assert {p.name: p.read_bytes() for p in path.parent.iterdir()} == before


def test_server_dying_mid_push_is_repaired_by_pushing_again(seed, tmp_path):
    _, graph = seed
    server = OxigraphServer(tmp_path / "store").start()
    calls = []

    def die_after_first_chunk(step):
        calls.append(step)
        if len(calls) == 4:  # the default graph and the first chunk of the article graph are in
            server.stop(kill=True)

    try:
        with pytest.raises(EndpointError, match=r"^POST .*: cannot reach the store .*\(after 2 tries\)$"):
            push(graph, server.store, chunk_size=30, tries=2, backoff=0.01, progress=die_after_first_chunk)
        assert [step.triples for step in calls] == [30, 60, 68, 98]
        server.start()
        result = push(graph, server.store, chunk_size=30)
        assert result.sent == result.stored == {None: 68, SEED_GRAPH: 179}
        for name, local in local_graphs(graph).items():
            assert same(stored_graph(server, name), local), name
        assert all_quads(server) == len(graph)
    finally:
        server.stop()


class FakeStore:
    """A local HTTP server answering every request with one chosen status, type and body."""

    def __init__(self):
        self.status, self.content_type, self.body = 200, "text/plain", b""
        self.requests: list[tuple[str, str, str | None]] = []  # method, path, Authorization
        store = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                store.requests.append((self.command, self.path, self.headers.get("Authorization")))
                self.send_response(store.status)
                self.send_header("Content-Type", store.content_type)
                self.send_header("Content-Length", str(len(store.body)))
                self.end_headers()
                self.wfile.write(store.body)

            do_GET = do_PUT = do_POST = _answer

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def answer(self, status: int, body: str, content_type: str = "text/plain") -> None:
        self.status, self.body, self.content_type = status, body.encode("utf-8"), content_type

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake():
    store = FakeStore()
    yield store
    store.close()


@pytest.mark.parametrize("how", ["basic", "token"])
def test_401_quotes_the_store_and_never_shows_credentials(seed, fake, how):
    path, _ = seed
    fake.answer(401, "Unauthorized: wrong credentials for dataset /kg")
    env = {"KG_USER": "alice", "KG_PASSWORD": PASSWORD} if how == "basic" else {"KG_TOKEN": TOKEN}
    run = run_kg("push", path, f"{fake.url}/store", env=env)
    assert run.returncode == 2
    assert run.stderr == (f"kg: error: PUT {fake.url}/store?default: HTTP 401 Unauthorized: "
                          "Unauthorized: wrong credentials for dataset /kg\n")
    sent = fake.requests[0][2]
    assert sent == ("Basic YWxpY2U6czNjcmV0LXBhNTV3b3Jk" if how == "basic" else f"Bearer {TOKEN}")
    for secret in (PASSWORD, TOKEN, sent):
        assert secret not in run.stdout + run.stderr
    query = run_kg("query", "--endpoint", f"{fake.url}/query", "ASK {}", "--token", TOKEN)
    assert query.returncode == 2 and TOKEN not in query.stdout + query.stderr
    assert "HTTP 401 Unauthorized: Unauthorized: wrong credentials" in query.stderr
    assert TOKEN not in repr(Auth(token=TOKEN)) and PASSWORD not in repr(Auth("alice", PASSWORD))


def test_user_without_password_is_refused(seed, fake):
    path, _ = seed
    env = {key: value for key, value in os.environ.items() if key not in ("KG_PASSWORD", "KG_TOKEN")}
    run = subprocess.run([sys.executable, "-m", "kg", "push", str(path), f"{fake.url}/store", "--user", "alice"],
                         capture_output=True, text=True, env=env)
    assert (run.returncode, run.stderr) == (2, "kg: error: user 'alice' needs a password: set KG_PASSWORD\n")
    assert fake.requests == []


@pytest.mark.parametrize("status, reason, body", [
    (404, "Not Found", "No dataset /nope"),
    (413, "Request Entity Too Large", "Request body too large: limit is 1 MB"),
])
def test_4xx_is_not_retried_and_quotes_the_body(seed, fake, status, reason, body):
    _, graph = seed
    fake.answer(status, body)
    with pytest.raises(EndpointError) as error:
        push(graph, f"{fake.url}/store", backoff=0.01)
    assert str(error.value) == f"PUT {fake.url}/store?default: HTTP {status} {reason}: {body}"
    assert error.value.status == status and len(fake.requests) == 1


def test_500_is_retried_then_quoted_to_300_characters(seed, fake):
    _, graph = seed
    fake.answer(500, "RocksDB error: " + "x" * 400)
    with pytest.raises(EndpointError) as error:
        push(graph, f"{fake.url}/store", tries=3, backoff=0.01)
    quoted = ("RocksDB error: " + "x" * 400)[:300]
    assert str(error.value) == f"PUT {fake.url}/store?default: HTTP 500 Internal Server Error: {quoted} (after 3 tries)"
    assert len(fake.requests) == 3


def test_wrong_content_type_and_syntax_error(fake):
    fake.answer(200, "<html>Welcome to the store</html>", "text/html")
    with pytest.raises(EndpointError) as error:
        remote_query(f"{fake.url}/query", "SELECT * WHERE { ?s ?p ?o }")
    assert str(error.value) == (f"POST {fake.url}/query: unexpected Content-Type text/html: "
                                "<html>Welcome to the store</html>")
    fake.answer(400, "Parser error at line 17 column 9: expected '}'")
    run = run_kg("query", "--endpoint", f"{fake.url}/query", "SELECT * WHERE { ?s ?p ?o")
    assert run.returncode == 2
    assert run.stderr == (f"kg: error: POST {fake.url}/query: HTTP 400 Bad Request: "
                          "Parser error at line 17 column 9: expected '}'\n")


def test_count_mismatch_exits_1(seed, fake):
    _, graph = seed
    fake.answer(200, '{"head": {"vars": ["g", "n"]}, "results": {"bindings": []}}', "application/sparql-results+json")
    result = push(graph, f"{fake.url}/store", query_endpoint=f"{fake.url}/query")
    assert not result.matches
    assert result.mismatches()[1] == f"{SEED_GRAPH}: sent 179, store holds 0"
    path, _ = seed
    run = run_kg("push", path, f"{fake.url}/store")
    assert run.returncode == 1
    assert f"kg: error: count differs: {SEED_GRAPH}: sent 179, store holds 0" in run.stderr


def test_count_triples_reads_sparql_json(fake):
    fake.answer(200, '{"head": {"vars": ["g", "n"]}, "results": {"bindings": [{"g": {"type": "uri", "value": "urn:a"}, '
                     '"n": {"type": "literal", "value": "7"}}]}}', "application/sparql-results+json")
    assert count_triples(Client(), f"{fake.url}/query", ["urn:a", "urn:b"]) == {"urn:a": 7, "urn:b": 0}


def test_graph_option_needs_an_absolute_iri(seed, fake):
    path, _ = seed
    run = run_kg("push", path, f"{fake.url}/store", "--graph", "kg> { } ; DROP ALL")
    assert (run.returncode, run.stderr) == (2, "kg: error: --graph 'kg> { } ; DROP ALL': not an absolute IRI "
                                               "(such as https://example.org/kg or urn:kg:all)\n")
    assert fake.requests == []
