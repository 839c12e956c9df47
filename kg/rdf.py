"""RDF: turn statements into an rdflib graph, and read and write graph files.

Every statement is a node (``kg:Statement``) linking subject, object, event
type, sentence, offsets, article, date, negation and attribution, and beside
it sits a plain actor-to-actor triple (``?a rel:accuse ?b``) so that simple
SPARQL stays simple. Negated statements get no plain triple. IRIs are minted
from stable keys (ISO codes, names, document ids, statement hashes), so the
same thing always gets the same IRI.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from . import data
from .actors import ID_BASE
from .model import Actor, Article, Statement

KG = Namespace("https://w3id.org/kg-geo/ontology#")
REL = Namespace("https://w3id.org/kg-geo/rel/")
CAMEO = Namespace("https://w3id.org/kg-geo/cameo/")
STATEMENT = Namespace(f"{ID_BASE}statement/")
ARTICLE = Namespace(f"{ID_BASE}article/")
COUNTRY = Namespace(f"{ID_BASE}country/")
PERSON = Namespace(f"{ID_BASE}person/")
ORGANIZATION = Namespace(f"{ID_BASE}organization/")
GROUP = Namespace(f"{ID_BASE}group/")

PREFIXES = {
    "kg": KG, "rel": REL, "cameo": CAMEO, "statement": STATEMENT, "article": ARTICLE,
    "country": COUNTRY, "person": PERSON, "organization": ORGANIZATION, "group": GROUP,
    "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "skos": SKOS, "prov": PROV,
    "dcterms": DCTERMS,
}

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
    for statement in statements:
        count += 1
        node = statement_iri(statement.id)
        subject = add_actor(graph, statement.subject)
        obj = add_actor(graph, statement.object)
        predicate = statement.predicate
        graph.add((node, RDF.type, KG.Statement))
        graph.add((node, KG.subject, subject))
        graph.add((node, KG.object, obj))
        graph.add((node, KG.predicateLemma, Literal(predicate.lemma)))
        graph.add((node, KG.predicateText, Literal(predicate.text)))
        relation = relation_iri(predicate.cameo, predicate.lemma)
        graph.add((node, KG.relation, relation))
        if predicate.cameo:
            graph.add((node, KG.eventType, add_event_type(graph, predicate.cameo)))
        graph.add((node, KG.sentence, Literal(statement.sentence)))
        graph.add((node, KG.startOffset, Literal(statement.start, datatype=XSD.integer)))
        graph.add((node, KG.endOffset, Literal(statement.end, datatype=XSD.integer)))
        graph.add((node, PROV.wasDerivedFrom, article_iri(statement.doc)))
        if statement.date:
            graph.add((node, DCTERMS.date, Literal(statement.date, datatype=XSD.date)))
        graph.add((node, KG.negated, Literal(statement.negated)))
        if statement.attributed_to:
            source = add_actor(graph, statement.attributed_to)
            graph.add((node, KG.attributedTo, source))
            graph.add((node, PROV.wasAttributedTo, source))
        graph.add((node, KG.confidence, Literal(f"{statement.confidence:.2f}", datatype=XSD.decimal)))
        if not statement.negated:
            graph.add((subject, relation, obj))
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


def format_for_path(path: str | Path) -> str:
    """The rdflib parser name for a graph file, from its extension (Turtle by default)."""
    return _SUFFIX_FORMATS.get(Path(path).suffix.lower(), "turtle")


def load_graph(path: str | Path) -> Graph:
    """Read a graph file (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML by extension).

    Raises ``ValueError`` naming the file and the parser's complaint when it is not valid RDF.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such graph file")
    fmt = format_for_path(path)
    graph = new_graph()
    try:
        if fmt in ("nquads", "trig"):
            from rdflib import Dataset

            dataset = Dataset()
            dataset.parse(path, format=fmt)
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                graph.add((s, p, o))
        else:
            graph.parse(path, format=fmt)
    except Exception as error:  # rdflib raises many parser-specific types
        raise ValueError(f"{path}: not valid {fmt} ({type(error).__name__}: {error})") from None
    return graph


def serialize(graph: Graph, fmt: str = "ttl") -> bytes:
    """The graph in one of ``FORMATS``, as bytes; Turtle output is byte-stable for the same graph."""
    rdflib_format, _ = FORMATS[fmt]
    if rdflib_format in ("nquads", "trig"):
        from rdflib import Dataset

        dataset = Dataset()
        for prefix, namespace in PREFIXES.items():
            dataset.bind(prefix, namespace)
        named = dataset.graph(URIRef(f"{ID_BASE}graph/default"))
        for triple in graph:
            named.add(triple)
        text = dataset.serialize(format=rdflib_format)
    elif rdflib_format == "nt":
        text = "".join(sorted(line + "\n" for line in graph.serialize(format="nt").splitlines() if line))
    else:
        text = graph.serialize(format=rdflib_format)
    return text.encode("utf-8") if isinstance(text, str) else text
