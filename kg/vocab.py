"""The kg ontology (``ontologies/kg.ttl``) as a closed rdflib namespace.

``KG.Statement`` is the IRI ``https://w3id.org/kg-geo/ontology#Statement``; a
term the ontology does not define (``KG.misspelt``) raises ``AttributeError``
instead of minting a new IRI, so a typo cannot write a property nobody reads.
A test keeps this list equal to the terms ``ontologies/kg.ttl`` defines.
"""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class KG(DefinedNamespace):
    """Every class and property of the kg ontology."""

    _NS = Namespace("https://w3id.org/kg-geo/ontology#")
    _fail = True

    # Classes
    Actor: URIRef  # someone or something that acts or is acted upon
    Person: URIRef
    Country: URIRef
    Organization: URIRef
    Group: URIRef
    Statement: URIRef  # one act of a subject towards an object, as one sentence reports it
    Article: URIRef  # a news article that statements are derived from

    # Properties of statements
    subject: URIRef
    object: URIRef
    relation: URIRef  # the property of the plain triple beside a non-negated statement
    eventType: URIRef  # the CAMEO concept
    predicateLemma: URIRef
    predicateText: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    negated: URIRef
    attributedTo: URIRef
    confidence: URIRef

    # Properties of actors
    relatedTo: URIRef  # super-property of every rel: relation
    country: URIRef
    iso3166Alpha3: URIRef

    # Properties of CAMEO concepts
    goldstein: URIRef
    quadClass: URIRef
