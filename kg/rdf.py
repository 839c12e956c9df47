"""RDF: turn statements into an rdflib graph, and read and write graph files.

Every statement is a node (``kg:Statement``) linking subject, object, event
type, sentence, offsets, article, date, negation and attribution, and beside
it sits a plain actor-to-actor triple (``?a rel:accuse ?b``) so that simple
SPARQL stays simple. Negated statements get no plain triple. IRIs are minted
from stable keys (ISO codes, names, document ids, statement hashes), so the
same thing always gets the same IRI.

Each article's statements (statement nodes and their plain triples) and the
article node form the named graph ``<id/graph/DOC>`` of that article; actor
descriptions and CAMEO concepts are shared and live in the default graph.
``graph.ttl`` is the union; ``quads`` recovers the named graphs from it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import quote, unquote

from rdflib import RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS
from rdflib.term import Node

from . import data
from .actors import ID_BASE
from .model import Actor, Article, Statement
from .vocab import KG

REL = Namespace("https://w3id.org/kg-geo/rel/")
#: The EU Publications Office's country authority, keyed by ISO 3166-1 alpha-3 codes.
EU_COUNTRY = Namespace("http://publications.europa.eu/resource/authority/country/")
CAMEO = Namespace("https://w3id.org/kg-geo/cameo/")
STATEMENT = Namespace(f"{ID_BASE}statement/")
ARTICLE = Namespace(f"{ID_BASE}article/")
COUNTRY = Namespace(f"{ID_BASE}country/")
PERSON = Namespace(f"{ID_BASE}person/")
ORGANIZATION = Namespace(f"{ID_BASE}organization/")
GROUP = Namespace(f"{ID_BASE}group/")
NAMED_GRAPH = Namespace(f"{ID_BASE}graph/")

PREFIXES = {
    "kg": KG, "rel": REL, "cameo": CAMEO, "statement": STATEMENT, "article": ARTICLE,
    "country": COUNTRY, "person": PERSON, "organization": ORGANIZATION, "group": GROUP,
    "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "skos": SKOS, "prov": PROV,
    "dcterms": DCTERMS,
}

#: Graphs with more triples than this are written through pyoxigraph (see ``serialize``).
LARGE_GRAPH = 50_000

#: Output formats of ``kg export``: name -> (rdflib format, file extension).
FORMATS = {
    "ttl": ("turtle", ".ttl"),
    "nt": ("nt", ".nt"),
    "nq": ("nquads", ".nq"),
    "trig": ("trig", ".trig"),
    "jsonld": ("json-ld", ".jsonld"),
    "xml": ("xml", ".rdf"),
}
_SUFFIX_FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig",
                   ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".xml": "xml",
                   ".owl": "xml", ".n3": "n3"}


def new_graph() -> Graph:
    """An empty graph with the project's prefixes bound."""
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def article_iri(doc_id: str) -> URIRef:
    """The IRI of an article: its document id, percent-encoded."""
    return ARTICLE[quote(doc_id, safe="")]


def graph_iri(doc_id: str) -> URIRef:
    """The IRI of an article's named graph: ``id/graph/`` and its document id, percent-encoded."""
    return NAMED_GRAPH[quote(doc_id, safe="")]


def statement_iri(statement_id: str) -> URIRef:
    return STATEMENT[quote(statement_id, safe="")]


def relation_iri(code: str | None, lemma: str) -> URIRef:
    """The property of the plain actor-to-actor triple: the CAMEO label in lowerCamelCase
    ("112" -> ``rel:accuse``), or the predicate lemma where there is no code."""
    entry = data.cameo_codes().get(code) if code else None
    words = re.findall(r"[A-Za-z0-9]+", entry.label if entry else lemma)
    name = words[0].lower() + "".join(word.capitalize() for word in words[1:]) if words else "relatedTo"
    return REL[name]


def add_articles(graph: Graph, articles: Iterable[Article], agencies: dict[str, str] | None = None) -> None:
    """Describe each article: identifier, date, title, URL and publishing agency."""
    for article in articles:
        node = article_iri(article.doc_id)
        graph.add((node, RDF.type, KG.Article))
        graph.add((node, DCTERMS.identifier, Literal(article.doc_id)))
        if article.date:
            graph.add((node, DCTERMS.date, Literal(article.date, datatype=XSD.date)))
        if article.title:
            graph.add((node, DCTERMS.title, Literal(article.title)))
        if article.url:
            graph.add((node, DCTERMS.source, Literal(article.url)))
        publisher = article.source or (agencies or {}).get(article.doc_id)
        if publisher:
            graph.add((node, DCTERMS.publisher, Literal(publisher)))


def add_actor(graph: Graph, actor: Actor) -> URIRef:
    node = URIRef(actor.id)
    graph.add((node, RDF.type, KG[actor.type]))
    graph.add((node, RDFS.label, Literal(actor.label)))
    if actor.country:
        country = COUNTRY[actor.country]
        if actor.type == "Country":
            graph.add((node, KG.iso3166Alpha3, Literal(actor.country)))
            if actor.country != "XKX":  # Kosovo's code is user-assigned, not in ISO 3166-1
                graph.add((node, SKOS.exactMatch, EU_COUNTRY[actor.country]))
        else:
            graph.add((node, KG.country, country))
    return node


def add_event_type(graph: Graph, code: str) -> URIRef:
    """The CAMEO concept of ``code``, described with notation, label, Goldstein value and quad class."""
    node = CAMEO[code]
    entry = data.cameo_codes().get(code)
    graph.add((node, RDF.type, SKOS.Concept))
    graph.add((node, SKOS.inScheme, CAMEO.scheme))
    graph.add((node, SKOS.notation, Literal(code)))
    if entry is not None:
        graph.add((node, SKOS.prefLabel, Literal(entry.label, lang="en")))
        graph.add((node, KG.goldstein, Literal(f"{entry.goldstein:.1f}", datatype=XSD.decimal)))
        graph.add((node, KG.quadClass, Literal(entry.quad)))
    return node


def cameo_scheme() -> Graph:
    """The CAMEO event codes as a SKOS concept scheme: notation, English label, broader code,
    Goldstein value and quad class of every code (written to ``ontologies/cameo.ttl``)."""
    graph = new_graph()
    scheme = CAMEO.scheme
    graph.add((scheme, RDF.type, SKOS.ConceptScheme))
    graph.add((scheme, SKOS.prefLabel, Literal("CAMEO event codes", lang="en")))
    graph.add((scheme, DCTERMS.source, Literal("Schrodt, P. A. (2012). CAMEO Conflict and Mediation Event "
                                               "Observations Event and Actor Codebook, version 1.1b3; "
                                               "Goldstein (1992) scale values")))
    codes = data.cameo_codes()
    for code in codes:
        node = add_event_type(graph, code)
        if len(code) == 2:
            graph.add((node, SKOS.topConceptOf, scheme))
            graph.add((scheme, SKOS.hasTopConcept, node))
        else:
            parent = code[:-1] if code[:-1] in codes and len(code) == 4 else code[:2]
            graph.add((node, SKOS.broader, CAMEO[parent]))
    return graph


def add_statements(graph: Graph, statements: Iterable[Statement]) -> int:
    """Add every statement as a node plus its plain triple; returns how many were added."""
    count = 0
    described: set[Actor] = set()  # each actor and CAMEO concept is described once, not per statement
    concepts: dict[str, URIRef] = {}
    for statement in statements:
        count += 1
        node = statement_iri(statement.id)
        for actor in (statement.subject, statement.object, statement.attributed_to):
            if actor is not None and actor not in described:
                described.add(actor)
                add_actor(graph, actor)
        subject, obj = URIRef(statement.subject.id), URIRef(statement.object.id)
        predicate = statement.predicate
        relation = relation_iri(predicate.cameo, predicate.lemma)
        triples = [
            (node, RDF.type, KG.Statement),
            (node, KG.subject, subject),
            (node, KG.object, obj),
            (node, KG.predicateLemma, Literal(predicate.lemma)),
            (node, KG.predicateText, Literal(predicate.text)),
            (node, KG.relation, relation),
            (node, KG.sentence, Literal(statement.sentence)),
            (node, KG.startOffset, Literal(statement.start, datatype=XSD.integer)),
            (node, KG.endOffset, Literal(statement.end, datatype=XSD.integer)),
            (node, PROV.wasDerivedFrom, article_iri(statement.doc)),
            (node, KG.negated, Literal(statement.negated)),
            (node, KG.confidence, Literal(f"{statement.confidence:.2f}", datatype=XSD.decimal)),
        ]
        if predicate.cameo:
            if predicate.cameo not in concepts:
                concepts[predicate.cameo] = add_event_type(graph, predicate.cameo)
            triples.append((node, KG.eventType, concepts[predicate.cameo]))
        if statement.date:
            triples.append((node, DCTERMS.date, Literal(statement.date, datatype=XSD.date)))
        if statement.attributed_to:
            source = URIRef(statement.attributed_to.id)
            triples += [(node, KG.attributedTo, source), (node, PROV.wasAttributedTo, source)]
        if not statement.negated:
            triples.append((subject, relation, obj))
        graph.addN((s, p, o, graph) for s, p, o in triples)
    return count


def graph_from_statements(statements: Iterable[Statement], articles: Iterable[Article] = (),
                          agencies: dict[str, str] | None = None) -> Graph:
    """A new graph holding the given articles and statements.

    >>> graph = graph_from_statements([])
    >>> len(graph)
    0
    """
    graph = new_graph()
    add_articles(graph, articles, agencies)
    add_statements(graph, statements)
    return graph


def article_ids(graph: Graph) -> dict[str, URIRef]:
    """The document ids of the articles described in ``graph`` -> their article nodes."""
    ids = {}
    for node in graph.subjects(RDF.type, KG.Article):
        identifier = graph.value(node, DCTERMS.identifier)
        ids[str(identifier) if identifier is not None else _local_id(node)] = node
    return ids


def remove_articles(graph: Graph, doc_ids: Iterable[str]) -> tuple[str, ...]:
    """Remove from ``graph`` the articles ``doc_ids``: their article nodes, their statement
    nodes, the plain triples no remaining statement supports, and the actors and CAMEO concepts
    no remaining statement mentions. Returns the ids that were in the graph, in the given order.

    What is left is the graph the remaining articles alone give (``graph_from_statements``).
    """
    present = article_ids(graph)
    removed = tuple(dict.fromkeys(doc for doc in doc_ids if doc in present))
    plain, actors, concepts = set(), set(), set()
    for doc in removed:
        article = present[doc]
        for node in set(graph.subjects(PROV.wasDerivedFrom, article)):
            subject, obj = graph.value(node, KG.subject), graph.value(node, KG.object)
            relation = graph.value(node, KG.relation)
            plain.add((subject, relation, obj))
            actors.update(graph.objects(node, KG.subject))
            actors.update(graph.objects(node, KG.object))
            actors.update(graph.objects(node, KG.attributedTo))
            concepts.update(graph.objects(node, KG.eventType))
            graph.remove((node, None, None))
        graph.remove((article, None, None))
    for subject, relation, obj in plain:
        if None not in (subject, relation, obj) and not _supported(graph, subject, relation, obj):
            graph.remove((subject, relation, obj))
    for actor in actors:
        if not any((None, link, actor) in graph for link in (KG.subject, KG.object, KG.attributedTo)):
            graph.remove((actor, None, None))
    for concept in concepts:
        if (None, KG.eventType, concept) not in graph:
            graph.remove((concept, None, None))
    return removed


def _supported(graph: Graph, subject: Node, relation: Node, obj: Node) -> bool:
    """Whether a non-negated statement of ``graph`` gives the plain triple (subject relation obj)."""
    for node in graph.subjects(KG.subject, subject):
        if ((node, KG.object, obj) in graph and (node, KG.relation, relation) in graph
                and (node, KG.negated, Literal(False)) in graph):
            return True
    return False


def _local_id(article: Node) -> str:
    """The document id in an article IRI (the percent-encoded last segment)."""
    return unquote(str(article).rsplit("/", 1)[-1])


def quads(graph: Graph) -> Iterator[tuple[Node, Node, Node, URIRef | None]]:
    """Every triple of ``graph`` with the named graph it belongs in (``None``: the default graph).

    A statement node's triples, its plain triple (when it is not negated) and its article's
    node go to the article's graph ``graph_iri(doc)``; a plain triple two articles support is
    in both. Actor descriptions, CAMEO concepts and anything else stay in the default graph.
    Works on a plain union (``graph.ttl``), from the ``prov:wasDerivedFrom`` links.
    """
    ids = {node: doc for doc, node in article_ids(graph).items()}
    placed: set[tuple[Node, Node, Node]] = set()
    plain_placed: set[tuple[Node, Node, Node, URIRef]] = set()
    for statement in sorted(set(graph.subjects(RDF.type, KG.Statement))):
        names = [graph_iri(ids.get(article, _local_id(article)))
                 for article in sorted(graph.objects(statement, PROV.wasDerivedFrom))]
        triples = list(graph.triples((statement, None, None)))
        plain = (graph.value(statement, KG.subject), graph.value(statement, KG.relation),
                 graph.value(statement, KG.object))
        given = graph.value(statement, KG.negated) == Literal(False) and None not in plain and plain in graph
        for name in names:
            for triple in triples:
                yield (*triple, name)
            if given and (*plain, name) not in plain_placed:  # two statements may give one triple
                plain_placed.add((*plain, name))
                yield (*plain, name)
        if names:
            placed.update(triples)
            if given:
                placed.add(plain)
    for article, doc in ids.items():
        for triple in graph.triples((article, None, None)):
            placed.add(triple)
            yield (*triple, graph_iri(doc))
    for triple in graph:
        if triple not in placed:
            yield (*triple, None)


def dataset(graph: Graph) -> Dataset:
    """``graph`` as an rdflib ``Dataset`` with one named graph per article (see ``quads``)."""
    result = Dataset()
    for prefix, namespace in PREFIXES.items():
        result.bind(prefix, namespace)
    for s, p, o, name in quads(graph):
        result.add((s, p, o, result.graph(name) if name is not None else result.default_context))
    return result


def format_for_path(path: str | Path) -> str:
    """The rdflib parser name for a graph file, from its extension (Turtle by default)."""
    return _SUFFIX_FORMATS.get(Path(path).suffix.lower(), "turtle")


def graph_files(folder: str | Path) -> list[Path]:
    """The graph files under ``folder`` (recursively, sorted; hidden files left out): files
    ending in .ttl, .nt, .nq, .trig, .jsonld or .rdf."""
    suffixes = {suffix for _, suffix in FORMATS.values()}
    folder = Path(folder)
    return sorted(path for path in folder.rglob("*")
                  if path.is_file() and path.suffix.lower() in suffixes
                  and not any(part.startswith(".") for part in path.relative_to(folder).parts))


def load_graph(path: str | Path) -> Graph:
    """Read a graph file (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML by extension), or
    the union of every graph file in a folder (``graph_files``); named graphs are merged.

    Raises ``ValueError`` naming the file and the parser's complaint when it is not valid RDF,
    ``FileNotFoundError`` when there is no such file, or no graph file in the folder.
    """
    path = Path(path)
    if path.is_dir():
        files = graph_files(path)
        if not files:
            raise FileNotFoundError(f"{path}: no graph file (.ttl, .nt, .nq, .trig, .jsonld, .rdf) in folder")
        graph = new_graph()
        for file in files:
            _parse_into(graph, file)
        return graph
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such graph file")
    graph = new_graph()
    _parse_into(graph, path)
    return graph


def _parse_into(graph: Graph, path: Path) -> None:
    fmt = format_for_path(path)
    try:
        if fmt in ("nquads", "trig"):
            parsed = Dataset()
            parsed.parse(path, format=fmt)
            for s, p, o, _ in parsed.quads((None, None, None, None)):
                graph.add((s, p, o))
        elif len(graph):
            parsed = Graph()
            parsed.parse(path, format=fmt)
            for triple in parsed:
                graph.add(triple)
        else:
            graph.parse(path, format=fmt)
    except Exception as error:  # rdflib raises many parser-specific types
        raise ValueError(f"{path}: not valid {fmt} ({type(error).__name__}: {error})") from None


def serialize(graph: Graph, fmt: str = "ttl") -> bytes:
    """The graph in one of ``FORMATS``, as bytes. The same graph always gives the same bytes.

    N-Quads and TriG hold one named graph per article (``quads``). Turtle and N-Triples of a
    graph of up to ``LARGE_GRAPH`` triples are rdflib's (``graph.ttl`` of a build); a larger
    graph is written by pyoxigraph, several times faster (``benchmarks/rdf_scale.py``), its
    triples sorted so that each subject's are together, with the project's prefixes.
    """
    rdflib_format, _ = FORMATS[fmt]
    if fmt in ("nq", "trig"):
        return _oxigraph_serialize(quads(graph), fmt)
    if fmt in ("ttl", "nt") and len(graph) > LARGE_GRAPH:
        try:
            return _oxigraph_serialize(((s, p, o, None) for s, p, o in graph), fmt)
        except SyntaxError:  # an IRI pyoxigraph rejects: let rdflib write what it can
            pass
    if rdflib_format == "nt":
        text = "".join(sorted(line + "\n" for line in graph.serialize(format="nt").splitlines() if line))
    else:
        text = graph.serialize(format=rdflib_format)
    return text.encode("utf-8") if isinstance(text, str) else text


def _oxigraph_serialize(items: Iterable[tuple[Node, Node, Node, URIRef | None]], fmt: str) -> bytes:
    """Triples or quads (graph ``None``: the default graph) written by pyoxigraph, sorted by graph
    (default graph first) and N-Quads line, with the project's prefixes for Turtle and TriG.

    The terms go to pyoxigraph as N-Quads text, which is faster than building its term objects
    one by one; pyoxigraph checks them as it parses (``SyntaxError`` on an invalid IRI).
    """
    import pyoxigraph as ox

    def term(node: Node) -> str:
        return f"<{node}>" if type(node) is URIRef else ntriples_term(node)

    if fmt in ("nq", "trig"):
        quad_lines = sorted((term(g) if g is not None else "", f"{term(s)} {term(p)} {term(o)}")
                            for s, p, o, g in items)
        lines = (f"{triple} {name} .\n" if name else f"{triple} .\n" for name, triple in quad_lines)
    else:
        lines = sorted(f"{term(s)} {term(p)} {term(o)} .\n" for s, p, o, _ in items)
    formats = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
               "trig": ox.RdfFormat.TRIG}
    prefixes = ({prefix: str(namespace) for prefix, namespace in sorted(PREFIXES.items())}
                if fmt in ("ttl", "trig") else None)
    # Read line by line rather than from one joined copy of the whole text.
    parsed = ox.parse(io.BufferedReader(_LineReader(lines), 1 << 16), format=ox.RdfFormat.N_QUADS)
    return ox.serialize(parsed, format=formats[fmt], prefixes=prefixes)


class _LineReader(io.RawIOBase):
    """A binary stream over lines of text, encoded as UTF-8 as they are read."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = iter(lines)
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._pending:
            line = next(self._lines, None)
            if line is None:
                return 0
            self._pending = line.encode("utf-8")
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def ntriples_term(node: Node) -> str:
    """A term in N-Triples syntax, as N-Quads and the W3C SPARQL TSV results write it:
    ``<iri>``, ``_:id``, or a quoted literal with its escapes, language tag or datatype."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, BNode):
        return f"_:{node}"
    if isinstance(node, Literal):
        text = (str(node).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
                .replace("\r", "\\r").replace("\t", "\\t"))
        if node.language:
            return f'"{text}"@{node.language}'
        if node.datatype and str(node.datatype) != str(XSD.string):
            return f'"{text}"^^<{node.datatype}>'
        return f'"{text}"'
    raise TypeError(f"cannot write {node!r} as RDF")
