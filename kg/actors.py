"""Actors: find the actors a sentence mentions and resolve each to one canonical ``Actor``.

States come from the country gazetteer (names, short forms, abbreviations,
demonyms, capitals and seats of government), organisations and groups from the
organisation gazetteer, people from the people gazetteer or from spaCy's named
entities, with titles ("Japanese Prime Minister Shigeru Ishiba") tying a person
to a state. Within an article, a later "Kim", "the North Korean leader" or "he"
resolves to the person named before (``ArticleContext``).
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from . import data
from .model import Actor

#: Base of every IRI the project mints for things it finds in articles.
ID_BASE = "https://w3id.org/kg-geo/id/"
_NER_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
# Entity types a body's name after its kind cannot have: "the party Sunday", "the group in Gaza".
_NOT_BODY_NAMES = {"DATE", "TIME", "GPE", "LOC", "NORP", "PERSON", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def slug(text: str) -> str:
    """An ASCII, lowercase, hyphenated form of ``text`` safe inside an IRI.

    >>> slug("Kim Jong-un"), slug("Élysée Palace"), slug("<script>"), slug("People's Party")
    ('kim-jong-un', 'elysee-palace', 'script', 'peoples-party')
    """
    # An apostrophe joins its word, whichever apostrophe the text uses ("People’s" drops out
    # of ASCII below).
    ascii_text = unicodedata.normalize("NFKD", text.replace("'", "")).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def country_actor(iso3: str) -> Actor:
    """The actor of a state, by its ISO 3166-1 alpha-3 code."""
    return _gazetteer().countries[iso3]


@dataclass(frozen=True)
class Gazetteer:
    """Every name the gazetteers know, indexed for matching."""

    names: dict[str, Actor]  # exact surface form -> actor
    countries: dict[str, Actor]  # iso3 -> actor
    demonyms: dict[str, str]  # "North Korean" -> "PRK"
    organizations: dict[str, Actor]  # gazetteer id -> organisation or group
    people_by_role: dict[tuple[str, str], Actor]  # ("PRK", "leader") -> Kim Jong-un
    titles: dict[str, str]  # "prime minister" -> "head_of_government"
    places: frozenset[str] = frozenset()  # "Kharkiv": names that stand for a state only as a place
    genders: dict[str, str] = field(default_factory=dict)  # person IRI -> "f" or "m"
    features: frozenset[str] = frozenset()  # "South China Sea": names that hold a state's but name no actor
    shared_seats: dict[str, str] = field(default_factory=dict)  # "Brussels" -> "BEL": an organisation's seat, also a capital
    surnames: dict[tuple[str, str], Actor] = field(default_factory=dict)  # ("COL", "Petro") -> Gustavo Petro
    outsiders: frozenset[str] = frozenset()  # IRIs of people outside their state's government ("opposition leader")
    private: frozenset[str] = frozenset()  # IRIs of people in no public office ("writer", "journalist")
    capitals: frozenset[str] = frozenset()  # "Ottawa": names of capitals and seats of government
    bodies: dict[str, str] = field(default_factory=dict)  # "NIS" -> "KOR": names of state bodies, with their state
    out_of_office: frozenset[str] = frozenset()  # IRIs of people who left office ("former president")
    leaders: frozenset[str] = frozenset()  # IRIs of the one head of state or government of a state the gazetteer knows


@cache
def _gazetteer() -> Gazetteer:
    names: dict[str, Actor] = {}
    countries: dict[str, Actor] = {}
    demonyms: dict[str, str] = {}
    for entry in data.countries():
        actor = Actor(f"{ID_BASE}country/{entry.iso3}", entry.name, "Country", entry.iso3)
        countries[entry.iso3] = actor
        for name in (entry.name, *entry.aliases, *entry.capitals, *entry.metonyms):
            names.setdefault(name, actor)
        for demonym in entry.demonyms:
            demonyms.setdefault(demonym, entry.iso3)
    capitals = {capital: entry.iso3 for entry in data.countries() for capital in entry.capitals}
    shared_seats: dict[str, str] = {}
    organizations: dict[str, Actor] = {}
    bodies: dict[str, str] = {}
    for org in data.organizations():
        kind = "group" if org.type == "Group" else "organization"
        actor = Actor(f"{ID_BASE}{kind}/{org.id}", org.name, org.type, org.country)
        organizations[org.id] = actor
        if org.state_body and org.country in countries:
            # "the China Coast Guard", "Ukraine's SBU", "Brazil's Supreme Federal Court": a state
            # body stands for its state, as "the army" and "the Kremlin" do (the guide's convention).
            actor = countries[org.country]
            bodies.update((name, org.country) for name in _article_variants((org.name, *org.aliases)))
        for name in _article_variants((org.name, *org.aliases)):
            if name in capitals:
                # "Brussels" is the EU, except where the article is about Belgium (read in context).
                names[name] = actor
                shared_seats[name] = capitals[name]
            names.setdefault(name, actor)
            if name.startswith("UN "):
                # Wire style writes "U.N. Support Mission in Libya" where the table has "UN".
                names.setdefault("U.N. " + name[3:], actor)
    places: set[str] = set()
    for place in data.places():
        # "struck Kharkiv", "aid to the Gaza Strip": a place stands for the state it lies in,
        # after every other kind of name.
        for name in (place.name, *place.aliases):
            if names.setdefault(name, countries[place.country]) is countries[place.country]:
                places.add(name)
    titles = data.titles()
    holders: dict[tuple[str, str], set[Actor]] = {}
    genders: dict[str, str] = {}
    by_surname: dict[tuple[str, str], set[Actor]] = {}
    outsiders: set[str] = set()
    outsider_roles = data.cues()["outsider_roles"]
    private: set[str] = set()
    private_roles = data.cues()["private_roles"]
    out_of_office: set[str] = set()
    out_of_office_roles = data.cues()["out_of_office_roles"]
    for person in data.people():
        actor = Actor(f"{ID_BASE}person/{slug(person.name)}", person.name, "Person", person.country)
        if person.country:
            by_surname.setdefault((person.country, person.name.split()[-1]), set()).add(actor)
        if any(word in person.role for word in outsider_roles):
            outsiders.add(actor.id)
        if any(word in person.role for word in private_roles):
            private.add(actor.id)
        if person.role.split(" ", 1)[0] in out_of_office_roles:
            out_of_office.add(actor.id)
        if person.gender:
            genders[actor.id] = person.gender
        for name in _article_variants((person.name, *person.aliases)):
            names.setdefault(name, actor)
        # Only offices one person holds at a time name that person: "the Japanese prime
        # minister" is Ishiba, "the Russian ambassador" is nobody in particular.
        if person.country and titles.get(person.role) in _UNIQUE_OFFICES:
            for role in _role_names(person.role, titles[person.role]):
                holders.setdefault((person.country, role), set()).add(actor)
    people_by_role = {key: next(iter(actors)) for key, actors in holders.items() if len(actors) == 1}
    surnames = {key: next(iter(actors)) for key, actors in by_surname.items() if len(actors) == 1}
    leaders = frozenset(actor.id for (_, role), actor in people_by_role.items()
                        if titles.get(role) in ("head_of_state", "head_of_government") or role == "leader")
    return Gazetteer(names, countries, demonyms, organizations, people_by_role, titles, frozenset(places), genders,
                     data.features(), shared_seats, surnames, frozenset(outsiders), frozenset(private),
                     frozenset(capitals), bodies, frozenset(out_of_office), leaders)


_UNIQUE_OFFICES = ("head_of_state", "head_of_government", "minister")


def _article_variants(names) -> list[str]:
    """Names with the Arabic article also in lower case, as wire copy writes it mid-sentence:
    "Al-Masirah" -> "al-Masirah", "Al Shabaab" -> "al Shabaab"."""
    found = list(names)
    found += [name[0].lower() + name[1:] for name in names if name.startswith(("Al-", "Al ", "El-", "El "))]
    return found


def _role_names(role: str, role_type: str) -> set[str]:
    """The ways an office is named: a head of state is also "leader"; "prime minister" is also "pm"."""
    names = {role}
    if role_type == "head_of_state":
        names.add("leader")
    if role in ("prime minister", "premier"):
        names |= {"pm", "prime minister", "premier"}
    return names


@dataclass
class Mention:
    """A span of tokens ``[start, end)`` in a Doc that names ``actor``."""

    start: int
    end: int
    actor: Actor
    how: str  # "gazetteer", "ner", "context", "pronoun", "descriptor"


@dataclass
class ArticleContext:
    """What an article has said so far, for resolving later mentions."""

    people: list[Actor] = field(default_factory=list)
    people_in_order: list[Actor] = field(default_factory=list)  # by last mention
    states_in_order: list[Actor] = field(default_factory=list)  # by last mention
    states: list[Actor] = field(default_factory=list)  # by first mention
    descriptors: dict[tuple[str, str], Actor] = field(default_factory=dict)
    titled: dict[str, Actor] = field(default_factory=dict)  # "king" -> the last person introduced so
    last_person: Actor | None = None
    last_country: Actor | None = None
    last_collective: Actor | None = None  # the last salient state, organisation or group, for "it"
    recent_collective: Actor | None = None  # the last one named at all, for "its"
    organizations: list[Actor] = field(default_factory=list)  # by last mention
    salient_collectives: list[Actor] = field(default_factory=list)  # main-clause subjects, by last mention
    last_government: Actor | None = None  # the state of the last "Mali's military government"
    bodies: dict[str, Actor] = field(default_factory=dict)  # "army", "ministry" -> the state of the last "Sudan's army"
    state_lists: list[list[Actor]] = field(default_factory=list)  # "Spain, Ireland and Norway", in order
    sides: list[list[Actor]] = field(default_factory=list)  # "between Israel and Hamas", in order
    home_state: Actor | None = None  # where the article was filed ("YANGON, Myanmar -"), if known

    def organization_like(self, noun: str) -> Actor:
        """The organisation "the agency", "the group" or "the alliance" refers to: the last one
        whose name has the word, else the last of the fitting type, else the last one."""
        recent = list(reversed(self.organizations))
        for actor in recent:
            if noun in actor.label.lower():
                return actor
        wanted = "Group" if noun in data.cues()["group_anaphora"] else "Organization"
        return next((actor for actor in recent if actor.type == wanted), recent[0])

    def state_in_focus(self, described: bool = False) -> Actor | None:
        """The state "the country" means: that of the person the article is about (the last
        main-clause subject), else the last state that was one, else the state of the dateline
        where the text names it too ("COTONOU, Benin - ... army positions in northern Benin near
        the borders with Niger and Burkina Faso, the government said"), else the last state named,
        else the state of the dateline. A described state ("the island nation") is the last one
        named: wire copy varies a name so."""
        person = self.last_person
        if person is not None and person.country in _gazetteer().countries and not described:
            return _gazetteer().countries[person.country]
        salient = [actor for actor in self.salient_collectives if actor.type == "Country"]
        if salient and not described:
            return salient[-1]
        return (self.home_state if not described and self.home_state in self.states else None) \
            or self.last_country or self.home_state

    def last_two(self, kind: str, number: int = 2, besides: frozenset[str] = frozenset()) -> list[Actor]:
        """The last two (or ``number``) distinct people ("Person") or states ("Country") named,
        leaving out the actors whose IRIs are in ``besides`` where enough others were named."""
        pool = self.people_in_order if kind == "Person" else self.states_in_order
        others = [actor for actor in pool if actor.id not in besides]
        # Left out only while enough others remain: the small parser can make "the two" share a
        # subject with the sentence's first clause.
        pool = others if len(others) >= number else pool
        first_seen = self.people if kind == "Person" else self.states
        recent = pool[-number:] if len(pool) >= number else []
        # In the order they were introduced: "Milei hosted Pena ... the two governments".
        return sorted(recent, key=first_seen.index)

    def saw(self, actor: Actor, salient: bool = True, passing: bool = False) -> None:
        """Note a mention; a later "he" refers to the last person that was the subject of a
        main clause (or the first person named), not to one named in passing. A person named
        ``passing``, inside another noun's phrase ("since the fall of Bashar al-Assad"), is not
        one of the last people named for "the two"."""
        if actor.type == "Person":
            if actor not in self.people:
                self.people.append(actor)
            if passing:
                if actor not in self.people_in_order:
                    self.people_in_order.insert(0, actor)
            else:
                if actor in self.people_in_order:
                    self.people_in_order.remove(actor)
                self.people_in_order.append(actor)
            if actor.country and actor.country in _gazetteer().countries:
                # "Erdogan hosted Aliyev ... the two countries": their states count as named.
                state = _gazetteer().countries[actor.country]
                if state not in self.states:
                    self.states.append(state)
                if state in self.states_in_order:
                    self.states_in_order.remove(state)
                self.states_in_order.append(state)
            if salient or self.last_person is None:
                self.last_person = actor
            return
        if actor.type == "Country":
            self.last_country = actor
            if actor not in self.states:
                self.states.append(actor)
            if actor in self.states_in_order:
                self.states_in_order.remove(actor)
            self.states_in_order.append(actor)
        else:
            if actor in self.organizations:
                self.organizations.remove(actor)
            self.organizations.append(actor)
        self.recent_collective = actor
        if salient or self.last_collective is None:
            self.last_collective = actor
        if salient:
            if actor in self.salient_collectives:
                self.salient_collectives.remove(actor)
            self.salient_collectives.append(actor)

    def person_named(self, name: str) -> Actor | None:
        """The person of this article whose name contains every word of ``name`` ("Kim")."""
        words = name.split()
        for person in reversed(self.people):
            label_words = person.label.replace("-", " ").split() + person.label.split()
            if all(word in label_words for word in words):
                return person
        return None


class ActorFinder:
    """Finds and resolves the actor mentions of one spaCy Doc at a time."""

    def __init__(self, nlp) -> None:
        from spacy.matcher import PhraseMatcher

        self.gazetteer = _gazetteer()
        self._upper_places: dict[str, Actor] | None = None  # built on first use (datelines)
        self.cues = data.cues()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        surface_forms = sorted(set(self.gazetteer.names) | set(self.gazetteer.demonyms) | self.gazetteer.features)
        self.matcher.add("ACTOR", list(nlp.tokenizer.pipe(surface_forms)))

    def mentions(self, doc, context: ArticleContext) -> dict[int, Mention]:
        """Token index -> the mention it belongs to, for every actor mention in ``doc``.

        Mentions are resolved in reading order, updating ``context`` as they go,
        so a pronoun refers to the person named last before it.
        """
        spans = self._candidate_spans(doc)
        by_token: dict[int, Mention] = {}
        self.groups: dict[int, list[Actor]] = {}
        spans_by_start = {span[0]: span for span in spans}
        index = 0
        while index < len(doc):
            span = spans_by_start.get(index)
            if span is not None:
                start, end, kind, label = span
                actor, how = self._resolve_span(doc, start, end, kind, label, context)
                if actor is not None:
                    mention = Mention(start, end, actor, how)
                    for i in range(start, end):
                        by_token[i] = mention
                    if not self.is_place(mention, doc):
                        # "struck Kharkiv. Its forces ...": a place is not whom "it" refers to.
                        context.saw(actor, salient=_is_main_subject(doc[start:end]),
                                    passing=_in_noun_phrase(doc[start:end]))
                if actor is not None or end - start > 1:
                    index = end
                    continue
            token = doc[index]
            lower = token.lower_
            partner = _conjoined_owner(token, by_token)
            reporters = self._reporters_of(token, by_token) if token.pos_ == "PRON" and partner is None else []
            if partner is not None:
                # "Alexandre de Moraes and his allies", "Petro and his wife": the person just named.
                by_token[index] = Mention(index, index + 1, partner, "pronoun")
            elif reporters:
                by_token[index] = Mention(index, index + 1, reporters[0], "pronoun")
                if len(reporters) > 1:
                    self.groups[index] = reporters
            elif lower in ("him", "her") and token.pos_ == "PRON" and token.dep_ in ("dobj", "pobj", "dative"):
                person = self._other_person(token, by_token, context)
                if person is not None:
                    by_token[index] = Mention(index, index + 1, person, "pronoun")
            elif lower in ("it", "he", "she") and (namer := _namer_of_what(token, by_token)) is not None:
                # "prompting the court to denounce what *it* called a flagrant attack"
                by_token[index] = Mention(index, index + 1, namer, "pronoun")
            elif lower in ("his", "her") and (judged := _judged_owner(token, by_token)) is not None \
                    and judged.type == "Person" and self._fits(judged, lower):
                # "criticised Fico for *his* trip to Moscow": the one the verdict is on.
                by_token[index] = Mention(index, index + 1, judged, "pronoun")
            elif lower in self.cues["person_pronouns"] and token.pos_ == "PRON" and context.last_person:
                person = context.last_person if self._fits(context.last_person, lower) else next(
                    # "Machado urged the EU ... Gil dismissed her appeal": she is not Gil.
                    (p for p in reversed(context.people_in_order) if self._fits(p, lower)), None)
                if person is not None:
                    by_token[index] = Mention(index, index + 1, person, "pronoun")
            elif lower == "it" and (acted_on := _acted_on_by_person(token, by_token)) is not None:
                # "Lin Jian accused Washington of ... after *it* approved a sale": not the speaker's.
                by_token[index] = Mention(index, index + 1, acted_on, "pronoun")
            elif lower in ("them", "it") and (accused := _accused_before(token, by_token)) is not None:
                # "ordered three French diplomats to leave, accusing *them* of subversive activities",
                # "launched legal action against China at the WTO, accusing *it* of"
                by_token[index] = Mention(index, index + 1, accused, "pronoun")
            elif lower in ("it", "its") and token.pos_ == "PRON" and context.last_collective and (
                    token.dep_ in ("nsubj", "nsubjpass", "poss") or (
                        # "Aoun accused it of violating the ceasefire": only a party is accused.
                        token.dep_ == "dobj" and token.head.lemma_.lower() in self.cues["party_object_verbs"])):
                # "it" is the last salient state or body; "its war" the last one named at all;
                # "accused it" one that is not the accuser.
                referent = (self._other_collective(token, by_token, context) if token.dep_ == "dobj"
                            else self._possessor(token, by_token, context) if token.dep_ == "poss"
                            else context.last_collective)
                if referent is not None:
                    by_token[index] = Mention(index, index + 1, referent, "pronoun")
            elif group := self._plural_reference(token, context, by_token):
                by_token[index] = Mention(index, index + 1, group[0], "pronoun")
                self.groups[index] = group
            elif (state := self._neighbour(token, context, by_token)) is not None:
                by_token[index] = Mention(index, index + 1, state, "descriptor")
                context.saw(state, salient=False)
            elif (person := self._state_surname(token, by_token)) is not None:
                # "Colombia's Petro urged him": the one person of that state with that surname.
                by_token[index] = Mention(index, index + 1, person, "gazetteer")
                context.saw(person, salient=token.dep_ in ("nsubj", "nsubjpass"))
            elif (person := self._named_before(token, context)) is not None:
                # "opposition leader Bobi Wine ... Wine accused the army": a later surname the
                # statistical NER did not tag.
                by_token[index] = Mention(index, index + 1, person, "context")
                context.saw(person, salient=token.dep_ in ("nsubj", "nsubjpass"))
            elif states := self._their_states(token, context, by_token):
                # "Russia and Ukraine ... their delegations met": both states.
                by_token[index] = Mention(index, index + 1, states[0], "pronoun")
                self.groups[index] = states
            elif (token.pos_ in ("NOUN", "PROPN") or _adjective_as_noun(token)) and index not in by_token \
                    and not self._kind_of_named_body(token, by_token, spans_by_start):
                actor = self._descriptor(token, context)
                if actor is not None and actor.type == "Country" and token.lower_ in self.cues["state_anaphora"] \
                        and (self._described_state(token) or (
                            token.dep_ == "pobj" and token.head.lower_ in self.cues["object_prepositions"])) \
                        and not self.states_named_by_modifiers(token):
                    # "Wang Yi hosted his Solomon Islands counterpart in Beijing, praising the Pacific
                    # nation": a state described is not the clause's subject's own, nor is one an act
                    # is aimed at ("Sanchez accused Israel ... and announced an arms embargo on the
                    # country").
                    own = {a.country for a in _clause_subject_actors(token, by_token, participles=True) if a.country}
                    if actor.country in own:
                        # The last other state a main clause was about, else the last other named.
                        actor = next((state for state in (*reversed(context.salient_collectives),
                                                          *reversed(context.states_in_order))
                                      if state.type == "Country" and state.country not in own), actor)
                if actor is not None:
                    by_token[index] = Mention(index, index + 1, actor, "descriptor")
                    # "Moldova's foreign ministry declared three Russian diplomats persona non grata
                    # ... what it called": a state described in passing is not what "it" refers to.
                    context.saw(actor, salient=_is_main_subject(doc[index:index + 1]))
                    coordinated = self.coordinated_states(token)
                    for state in coordinated:
                        # "Russian and Ukrainian forces": both states are named.
                        context.saw(state)
                    if actor.type == "Country" and coordinated:
                        # "Russian and Ukrainian delegations held talks ... The two sides agreed":
                        # the sides, as "talks between Russia and Ukraine" names them.
                        context.sides.append(list(dict.fromkeys([actor, *coordinated])))
            index += 1
        context.state_lists.extend(_state_lists(doc, len(doc), by_token))
        context.sides.extend(_sides(doc, len(doc), by_token))
        return by_token

    @staticmethod
    def _named_before(token, context: ArticleContext) -> Actor | None:
        """The one person named earlier in the article whose surname ``token`` is, for a
        capitalised proper noun: "Wine" after "Bobi Wine"; None if none or several fit."""
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or len(token.text) < 3:
            return None
        fitting = {person.id: person for person in context.people if person.label.split()[-1] == token.text}
        return next(iter(fitting.values())) if len(fitting) == 1 else None

    def _their_states(self, token, context: ArticleContext, by_token: dict[int, "Mention"]) -> list[Actor]:
        """The states of the last list named, for a state's agents owned by "their": "Russia and
        Ukraine ... their delegations met", "talks between their foreign ministers"; none where
        the list is the clause's own subjects ("Mali and Niger recalled their ambassadors" are
        theirs, read as such elsewhere)."""
        if token.pos_ != "NOUN" or not any(child.dep_ == "poss" and child.lower_ == "their" for child in token.children) \
                or not {token.lower_, token.lemma_.lower()} & self.cues["state_agent_nouns"]:  # "ministers"
            return []
        if any(child.dep_ == "amod" and child.lower_ == "own" for child in token.children):
            # "the three Sahel states withdrew their own ambassadors": the subjects' own.
            return []
        lists = [*context.state_lists, *_state_lists(token.doc, token.i, by_token)]
        if not lists or {state.id for state in lists[-1]} <= _clause_subjects(token, by_token):
            return []
        return lists[-1]

    def _neighbour(self, token, context: ArticleContext, by_token: dict[int, "Mention"]) -> Actor | None:
        """The state "its southern neighbour" or "Turkey's neighbour" refers to: the last state
        named that is not the owner's ("Erdogan hosted Syria's al-Sharaa and said Turkey was ready
        to help its southern neighbour" -> Syria); None for a neighbour named ("its neighbour
        Greece") or a state named no other."""
        if token.lemma_.lower() not in self.cues["neighbour_nouns"] or token.tag_ != "NN" \
                or token.dep_ == "compound" or any(child.dep_ == "appos" for child in token.children):
            return None
        owner = next((by_token[child.i] for child in token.children
                      if child.dep_ == "poss" and child.i in by_token), None)
        if owner is None or not owner.actor.country:
            return None
        # Nor the clause's subject's own ("Colombia retaliated ..., suspending sales to its neighbour").
        own = {actor.country for actor in _clause_subject_actors(token, by_token, participles=True)}
        return next((state for state in reversed(context.states_in_order)
                     if state.country != owner.actor.country and state.country not in own), None)

    def _state_surname(self, token, by_token: dict[int, "Mention"]) -> Actor | None:
        """The one person of a state the gazetteer knows by the surname ``token``, after the
        state's possessive: "Colombia's Petro", "Turkey's Erdogan"; None if none or several fit."""
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.i < 2 or token.doc[token.i - 1].tag_ != "POS":
            return None
        owner = by_token.get(token.i - 2)
        if owner is None or owner.actor.type != "Country" or (token.i + 1 < len(token.doc)
                                                               and token.doc[token.i + 1].pos_ == "PROPN"):
            return None
        return self.gazetteer.surnames.get((owner.actor.country, token.text))

    def _other_person(self, pronoun, by_token: dict[int, "Mention"], context: ArticleContext) -> Actor | None:
        """The person an object pronoun refers to: never the subject of its own clause
        ("He met Trump and thanked *him*" -> Trump), else the last person named."""
        subjects = _clause_subjects(pronoun, by_token)
        for person in reversed(context.people_in_order):
            if person.id not in subjects and self._fits(person, pronoun.lower_):
                return person
        return None

    def _other_collective(self, pronoun, by_token: dict[int, "Mention"], context: ArticleContext) -> Actor | None:
        """The state or body an object "it" refers to: never the subject of its own clause
        ("Russia launched an attack, and Poland accused *it*" -> Russia)."""
        # ("imposed sanctions on Keremet Bank, accusing *it* of": not the subject the participle shares.)
        subjects = frozenset(actor.id for actor in _clause_subject_actors(pronoun, by_token, participles=True))
        candidates = [*reversed(context.salient_collectives), context.recent_collective, *reversed(context.states_in_order)]
        return next((actor for actor in candidates if actor is not None and actor.id not in subjects), None)

    def _possessor(self, pronoun, by_token: dict[int, "Mention"], context: ArticleContext) -> Actor | None:
        """The state or body "its" refers to: the last one named, but never one named in the noun
        phrase it sits in ("after U.S. and Israeli strikes on *its* nuclear sites" is not Israel's);
        then the subject of its clause before the others."""
        owned = pronoun.head
        judged = _judged_owner(pronoun, by_token)
        if judged is not None and judged.type != "Person":
            return judged
        if owned.dep_ == "nsubj" and owned.head.lemma_.lower() in self.cues["reporting_verbs"] \
                and context.last_collective is not None:
            # "The Dominican Republic deported 10,000 Haitians, *its* migration agency said": the
            # state the sentence is about, not the last one named in passing.
            return context.last_collective
        if pronoun.i + 1 < len(pronoun.doc) and pronoun.doc[pronoun.i + 1].lower_ == "own":
            # "received the remains of 19 of *its own* servicemen": the clause's subject.
            own = [actor for actor in _clause_subject_actors(owned, by_token) if actor.type != "Person"]
            if own:
                return own[0]
        acting = owned.head.head if owned.dep_ == "pobj" and owned.head.dep_ == "prep" else owned.head
        harmed = acting.pos_ == "VERB" and acting.lemma_.lower() in self.cues["harming_verbs"]
        crossed = owned.lemma_.lower() in self.cues["trespassed_nouns"] \
            and acting.lemma_.lower() in self.cues["trespass_verbs"]
        if owned.dep_ in ("dobj", "pobj") and (harmed or crossed):
            # "Estonia said a Russian jet violated *its* airspace", "Manila said the Chinese ship had
            # rammed *its* vessel": the last state or body the intruders (and their demonyms) are not.
            intruders = {by_token[t.i].actor.id for subject in acting.children if subject.dep_ == "nsubj"
                         for t in subject.subtree if t.i in by_token}
            return next((actor for actor in (*reversed(context.salient_collectives), context.recent_collective,
                                             *reversed(context.states_in_order))
                         if actor is not None and actor.id not in intruders and actor.type != "Person"), None)
        if owned.dep_ == "dobj" and owned.lower_ in self.cues["envoy_nouns"] \
                and owned.head.lemma_.lower() in self.cues["recalling_verbs"]:
            # "denounced Addis Ababa's move and recalled *its* ambassador": the envoys of the clause's
            # subject, whoever was named since.
            own = [actor for actor in _clause_subject_actors(owned, by_token) if actor.type != "Person"]
            if own:
                return own[0]
        if owned.dep_ in ("dobj", "dative") and owned.head.lemma_.lower() in self.cues["thwarting_verbs"]:
            # "Venezuela recalled its ambassador after Brasilia vetoed *its* bid": the last other
            # state or body a main clause was about.
            own = {actor.id for actor in _clause_subject_actors(owned, by_token)}
            other = next((actor for actor in (*reversed(context.salient_collectives), *reversed(context.states_in_order))
                          if actor.id not in own), None)
            if own and other is not None:
                return other
        if self.state_office(owned) and (
                context.recent_collective is None or context.recent_collective.type != "Country"):
            # "Chad rejected accusations that it had let weapons reach the RSF, and *its* foreign
            # minister warned": only a state has ministers.
            state = context.state_in_focus()
            if state is not None:
                return state
        if owned.dep_ != "pobj" or owned.head.dep_ != "prep":
            return context.recent_collective
        phrase = owned.head.head
        if phrase.pos_ in ("VERB", "AUX") and owned.head.lower_ == "with" \
                and owned.lemma_.lower() not in self.cues["member_nouns"]:
            # "if Israel pressed on with *its* offensive": the clause's subject ("fired at *its*
            # peacekeepers" is someone else's; in "stood with *its* ally" the ally is the object).
            own = [actor for actor in _clause_subject_actors(owned, by_token) if actor.type != "Person"]
            if own:
                return own[0]
        named = {by_token[t.i].actor.id for t in phrase.subtree if t.i < owned.head.i and t.i in by_token}
        # ("in retaliation for American strikes on *its* nuclear facilities": the act answered was
        # on the one answering, not on the place named last.)
        answering = any(t.lemma_.lower() in self.cues["response_nouns"] for t in phrase.ancestors)
        if (not named and not answering) or context.recent_collective is None or (
                named and context.recent_collective.id not in named):
            return context.recent_collective
        # "Iran fired missiles at a U.S. base in Qatar in retaliation for U.S. strikes on *its*
        # nuclear facilities": the clause's own subject first.
        candidates = [*_clause_subject_actors(phrase, by_token), *reversed(context.states_in_order),
                      *reversed(context.organizations)]
        return next((actor for actor in candidates if actor.id not in named and actor.type != "Person"), None)

    def leads_state(self, actor: Actor) -> bool:
        """True for a person the gazetteer knows as their state's head of state or government."""
        return actor.id in self.gazetteer.leaders

    def state_office(self, token) -> bool:
        """True for a title only a state's government has, read with the words before it:
        "foreign minister", "prime minister" (a body or an armed group may have a president or a
        spokesman)."""
        words = [child.lower_ for child in token.lefts if child.dep_ in ("amod", "compound")]
        return self.gazetteer.titles.get(" ".join([*words, token.lower_])) in ("minister", "head_of_government")

    def is_place(self, mention: Mention, doc) -> bool:
        """True when ``mention`` names its state only as a place in it ("Kharkiv", "Al Udeid")."""
        return _strip_span(doc[mention.start:mention.end]) in self.gazetteer.places

    def _fits(self, person: Actor, pronoun: str) -> bool:
        """False only when the gazetteer knows ``person`` is not whom ``pronoun`` can name
        ("she" is never a man listed as one); people it does not know fit any pronoun."""
        wanted = "f" if pronoun in self.cues["feminine_pronouns"] else "m" if pronoun in self.cues["masculine_pronouns"] else None
        known = self.gazetteer.genders.get(person.id)
        return wanted is None or known is None or known == wanted

    def _state_media(self, token, context: ArticleContext) -> Actor | None:
        """The news agency "state media" stands for: "North Korean state media", "state media
        of the nuclear-armed country" -> KCNA (``state_media.tsv``)."""
        states = self.states_named_by_modifiers(token)
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    named = _country_code(self.gazetteer, _strip_span(pobj.doc[pobj.left_edge.i:pobj.i + 1]))
                    if named:
                        states.append(self.gazetteer.countries[named])
                    elif pobj.lemma_.lower() in self.cues["state_anaphora"]:
                        states.append(context.state_in_focus())
        state = next((s for s in states if s is not None), None)
        agency = data.state_media().get(state.country) if state is not None else None
        return self.gazetteer.organizations.get(agency) if agency else None

    def _plural_reference(self, token, context: ArticleContext, by_token: dict[int, "Mention"]) -> list[Actor]:
        """The two actors "the two leaders", "both countries" or "the two" refer to; never the
        subjects of their own clause ("Qatar and Turkey mediated between the two neighbours")."""
        number = 3 if token.lower_ == "three" or any(c.lower_ == "three" for c in token.lefts) else 2
        definite = any(c.lower_ == "the" for c in token.lefts)
        # "did not criticise either side": each of the two.
        either = token.lower_ == "side" and any(c.lower_ == "either" for c in token.lefts)
        numbered = either or any(c.lower_ in ("two", "both", "three") for c in token.lefts)
        # "talks with Britain, France and Germany, as the European powers warned": a described
        # group of states, uncounted, is the last list of three or more states (of two it may
        # well be their rivals: "Russia and China vetoed ... the Western powers condemned").
        described = definite and not numbered and token.tag_ == "NNS" and token.lower_ in self.cues["plural_state_nouns"] \
            and any(c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "PROPN") for c in token.lefts)
        counted = described or numbered or (
            token.lower_ == "two" and token.dep_ in ("nsubj", "nsubjpass") and definite) or (
            # "prompting Vucic to accuse the three of forming a military alliance"
            token.lower_ == "three" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and definite) or (
            # "brokered the deal between the nuclear-armed neighbours": a pair, uncounted.
            definite and token.tag_ == "NNS" and token.lower_ in self.cues["plural_state_nouns"]
            and (token.lower_ in ("neighbours", "neighbors") or token.head.lower_ == "between"))
        if not counted or (numbered and not definite and self.states_named_by_modifiers(token)):
            # "Israel barred two Spanish ministers": a new group, named by its state.
            return []
        word = "sides" if either else token.lower_
        subjects = _clause_subjects(token, by_token)
        if word in self.cues["plural_person_nouns"] or word == "two":
            # ("held talks in Rome, mediated by Oman's Badr Albusaidi, who said the two sides had
            # agreed": not the go-between.)
            people = context.last_two("Person", number, subjects | _go_betweens(token.doc, token.i, by_token))
            if word == "sides" and people and token.dep_ in ("nsubj", "nsubjpass"):
                # "Jaishankar met Wang Yi ... and the two sides agreed": their states (whom
                # "blamed both sides" blames are the people).
                states = [self.state_of(person) for person in people]
                if all(states) and len({s.id for s in states}) == len(states) and not {s.id for s in states} & subjects:
                    return states
            sides = [pair for pair in [*context.sides, *_sides(token.doc, token.i, by_token)]
                     if len(pair) == number and not {actor.id for actor in pair} & subjects]
            if word == "sides" and sides:
                # "Qatar hosted talks between Israel and Hamas ... Both sides agreed": the parties,
                # not the host.
                return sides[-1]
            if people or word != "sides":
                return people
            state_lists = [*context.state_lists, *_state_lists(token.doc, token.i, by_token)]
            listed = [group for group in state_lists
                      if len(group) == number and not {state.id for state in group} & subjects]
            if listed:
                # "Russia and the United States held talks in Riyadh ... Both sides agreed": the
                # last pair of states named together, not the host named after them.
                return listed[-1]
            # "brokered a ceasefire between Russian and Ukrainian forces ... thanked both sides";
            # never the subjects themselves ("Qatar and Egypt mediated between the two sides").
            states = context.last_two("Country", number, subjects)
            if any({state.id for state in states} <= {member.id for member in group}
                   for group in state_lists if len(group) > number):
                # "met diplomats from Britain, France and Germany, in the first talks between the two
                # sides": not two of the three.
                return []
            return states if not {state.id for state in states} & subjects else []
        if word in self.cues["plural_state_nouns"] or word in ("juntas", "allies", "partners", "three"):
            # "Spain, Ireland and Norway recognised a Palestinian state ... all three countries":
            # the last list of as many states, else the last states named; never one with the
            # subject's own state where it is the verb's object ("... in a deal brokered by the
            # United States and Qatar. Rubio praised both governments": those that signed).
            own = subjects | ({state.id for actor in _clause_subject_actors(token, by_token)
                               if (state := self.state_of(actor)) is not None} if token.dep_ == "dobj" else set())
            listed = [group for group in [*context.state_lists, *_state_lists(token.doc, token.i, by_token)]
                      if (len(group) >= 3 if described else len(group) == number)
                      and not {state.id for state in group} & own]
            if described:
                return listed[-1] if listed else []
            return listed[-1] if listed else context.last_two("Country", number, subjects)
        return []

    def _reporters_of(self, pronoun, by_token: dict[int, "Mention"]) -> list[Actor]:
        """The speakers a pronoun subject of reported speech refers to: "The White House said
        *it* would ...", "Niger, Mali and Burkina Faso said *they* ...", "Trump said *he* ..."."""
        subject = pronoun.head if pronoun.dep_ == "poss" else pronoun
        if pronoun.dep_ == "poss" and pronoun.lower_ not in ("its", "their", "his", "her"):
            return []
        if subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.dep_ != "ccomp":
            return []
        reporting = subject.head.head
        if reporting.lemma_.lower() not in self.cues["reporting_verbs"]:
            return []
        if reporting.dep_ == "advcl" and not any(c.dep_ == "nsubj" for c in reporting.children):
            # "summoned Mexico's ambassador, saying it regretted the move": the summoner said it.
            reporting = reporting.head
        # "Ukraine's SBU security service said it": the name the subject's head noun carries.
        named = [c for c in reporting.children if c.dep_ == "nsubj" and c.i in by_token] or [
            g for c in reporting.children if c.dep_ == "nsubj" for g in c.children
            if g.dep_ in ("appos", "compound", "amod") and g.i in by_token and by_token[g.i].how == "gazetteer"] or [
            # "Japan's defence ministry said it had conveyed": the state whose body it is.
            g for c in reporting.children if c.dep_ == "nsubj" and c.lemma_.lower() in self.cues["state_agent_nouns"]
            for g in c.children if g.dep_ == "poss" and g.i in by_token and by_token[g.i].actor.type == "Country"] or [
            # "The foreign ministers of France, Britain and Germany told the Council they had": the
            # states whose ministers speak.
            pobj for c in reporting.children if c.dep_ == "nsubj" and c.tag_ == "NNS"
            and c.lemma_.lower() in self.gazetteer.titles for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children if pobj.dep_ == "pobj" and pobj.i in by_token and by_token[pobj.i].actor.type == "Country"]
        if not named:
            return []
        word = pronoun.lower_
        if word in ("they", "we", "their", "our"):
            # "Mali, Burkina Faso and Niger said they": the parser sometimes reads a list as appositions.
            listed = [*named[0].conjuncts, *(member for child in named[0].children if child.dep_ == "appos"
                                             for member in (child, *child.conjuncts))]
            # ("Both sides said they": the group "both sides" stands for.)
            speakers = self.groups.get(named[0].i) or [by_token[t.i].actor for t in (named[0], *listed) if t.i in by_token]
            speakers = list(dict.fromkeys(a for a in speakers if a.type in ("Country", "Organization", "Group")))
            if len(speakers) == 1 and named[0].tag_ in ("NN", "NNP") and any(
                    obj.tag_ == "NNS" for obj in reporting.children if obj.dep_ == "dobj"):
                # "The Commerce Department added 12 Chinese companies to its blacklist, saying *they*
                # had helped": one speaker named in the singular is not the plural its act names.
                return []
            return speakers if speakers and speakers[0] == by_token[named[0].i].actor else []
        actor = by_token[named[0].i].actor
        if word in ("he", "she", "his", "her"):
            return [actor] if actor.type == "Person" else []
        if word in ("it", "its"):
            return [actor] if actor.type != "Person" else []
        return []

    def state_code(self, text: str) -> str | None:
        """The ISO 3166-1 alpha-3 code of the state a name or demonym names: "U.S." -> "USA",
        "Saudi" -> "SAU"; None for anything else."""
        return self.gazetteer.demonyms.get(text) or _country_code(self.gazetteer, text)

    def state_of(self, actor: Actor) -> Actor | None:
        """The state an actor belongs to (a state is its own), if the gazetteer knows it."""
        return self.gazetteer.countries.get(actor.country or "")

    def state_named(self, text: str) -> Actor | None:
        """The state a name or demonym names: "U.S." -> United States, "Saudi" -> Saudi Arabia."""
        code = self.state_code(text)
        return self.gazetteer.countries.get(code) if code else None

    def state_at(self, place: str) -> Actor | None:
        """The state a place of a dateline lies in, as wire copy writes it: "ISLAMABAD" -> Pakistan,
        "Cox's Bazar" -> Bangladesh (a seat it shares with an organisation: its state); None if unknown."""
        for name in (place, string.capwords(place)):
            if name in self.gazetteer.shared_seats:
                return self.gazetteer.countries[self.gazetteer.shared_seats[name]]
            actor = self.gazetteer.names.get(name)
            if actor is not None and actor.type == "Country":
                return actor
        # "N'DJAMENA", "PORT-AU-PRINCE": capitals written in capitals, whatever their casing.
        if self._upper_places is None:
            self._upper_places = _places_by_upper_case(self.gazetteer)
        return self._upper_places.get(place.upper())

    def states_named_by_modifiers(self, token) -> list[Actor]:
        """States named by a noun's demonym or state-name modifiers: "a French proposal" -> [France]."""
        return [self.gazetteer.countries[code] for code in self._modifier_state_codes(token, ("amod", "compound", "nmod"))]

    def _modifier_state_codes(self, token, relations: tuple[str, ...]) -> list[str]:
        """The codes of the states the modifiers of ``token`` name, left to right, each run of
        adjacent modifiers read as one name first: "Equatorial Guinean", "Papua New Guinean" are one
        demonym the parser splits into sibling modifiers."""
        named = [(child, text) for child in token.lefts if child.dep_ in relations
                 if not self._named_after_city(text := doc_text_with_compounds(child), token)]
        modifiers = [child for child, _ in named]
        texts = [text for _, text in named]
        codes, first = [], 0
        while first < len(modifiers):
            for last in range(len(modifiers) - 1, first - 1, -1):
                run = modifiers[first:last + 1]
                if any(a.right_edge.i + 1 != b.left_edge.i for a, b in zip(run, run[1:])):
                    continue
                code = self.state_code(" ".join(texts[first:last + 1]))
                if code is not None:
                    codes.append(code)
                    first = last
                    break
            else:
                # "a Russian-Chinese draft", "the Israeli-American strikes": two states, one hyphen.
                codes.extend(state.country for state in _hyphenated_pair(self, texts[first]) if _of_two_states(token))
            first += 1
        return codes

    def _named_after_city(self, name: str, noun) -> bool:
        """True where ``name`` is the city an instrument ``noun`` is named after, where it was
        signed and not a party to it: "withdraw from the *Ottawa* treaty", "the *Minsk* agreements"."""
        return noun.lower_ in self.cues["instrument_nouns"] \
            and (name in self.gazetteer.capitals or name in self.gazetteer.places)

    def state_before_hyphen(self, token, words) -> Actor | None:
        """The state named before a hyphen and one of ``words`` in the phrase ``token`` heads:
        "U.S.-led" (``{"led"}``) -> United States, "U.S.-drafted" -> United States; else None."""
        actor = self.actor_before_hyphen(token, words)
        return actor if actor is not None and actor.type == "Country" else None

    def actor_before_hyphen(self, token, words) -> Actor | None:
        """The state or body named before a hyphen and one of ``words``: "EU-mediated" (``{"mediated"}``)
        -> European Union, "U.S.-brokered" -> United States; else None."""
        match = re.fullmatch(r"(.+?) ?- ?(\w+)", "".join(t.text_with_ws for t in token.subtree).strip())
        if not match or match.group(2).lower() not in words:
            return None
        named = self.gazetteer.names.get(match.group(1))
        return self.state_named(match.group(1)) or (
            named if named is not None and named.type in ("Organization", "Group") else None)

    def coordinated_states(self, token) -> list[Actor]:
        """The further states of coordinated demonyms on a state noun: "Russian and
        Ukrainian delegations" -> [Ukraine] (Russia is the noun's own mention)."""
        states = []
        first_named = False
        for child in token.lefts:
            if child.dep_ not in ("amod", "compound", "nmod"):
                continue
            conjuncts = list(child.conjuncts)
            own = self.state_named(child.text)
            paired = _hyphenated_pair(self, doc_text_with_compounds(child)) if _of_two_states(token) else []
            if paired:
                # "a Russian-Chinese draft resolution": the state after the hyphen.
                states.append(paired[1])
            if conjuncts and first_named and own is not None:
                # "Australian, Japanese and Philippine warships": the parser hangs the list's last
                # two on the noun apart from the first.
                states.append(own)
            first_named = first_named or own is not None
            # "Australian and New Zealand aircraft": the whole name of a compound conjunct.
            states.extend(state for conj in conjuncts
                          if (state := self.state_named(conj.doc[conj.left_edge.i:conj.i + 1].text)
                              or self.state_named(conj.text)) is not None)
        return states

    def _candidate_spans(self, doc) -> list[tuple[int, int, str, str]]:
        """Non-overlapping candidate spans: gazetteer matches and named entities, longest first."""
        candidates = []
        for _, start, end in self.matcher(doc):
            candidates.append((start, end, "gazetteer", ""))
        titled = self._titled_names(doc)
        for ent in doc.ents:
            # A name after a title is a person, whatever the statistical NER made of the
            # phrase ("Kazakh President Kassym-Jomart Tokayev" read as one ORG).
            if ent.label_ in _NER_ACTOR_LABELS and not any(s < ent.end and ent.start < e for s, e, _, _ in titled):
                start = self._name_start(doc, ent)
                while start < ent.end - 1 and doc[start].lower_ in self.cues["hedge_words"]:
                    # "Suspected New People's Army rebels" are the NPA's.
                    start += 1
                candidates.append((start, ent.end, "ner", ent.label_))
        candidates.extend(titled)
        # A name its kind vouches for gives way to a name the gazetteer knows inside it ("the
        # Kurdish YPG militia" is the YPG).
        listed = [(s, e) for s, e, kind, _ in candidates if kind == "gazetteer"]
        candidates.extend(span for span in self._typed_names(doc)
                          if not any(s < span[1] and span[0] < e for s, e in listed))
        # The statistical NER may run a list into one name ("Mali, Burkina Faso"), or a name into
        # its abbreviation ("the Intergovernmental Authority on Development (IGAD"): such a span
        # gives way to the gazetteer's names inside it.
        known = [(s, e) for s, e, kind, _ in candidates if kind == "gazetteer"]
        candidates = [c for c in candidates if c[2] == "gazetteer" or not (
            any(t.text in (",", "and", "&", "(") for t in doc[c[0]:c[1]])
            and any(s < c[1] and c[0] < e for s, e in known))]
        # A ship's name is its navy's: "the aircraft carrier USS Harry S. Truman" (read by the NER as
        # a person) is the United States', by the prefix the gazetteer knows as its metonym.
        candidates = [(s, e, "vessel", label) if kind == "ner" and doc[s].text in self.cues["vessel_prefixes"]
                      else (s, e, kind, label) for s, e, kind, label in candidates]
        # It may also run a title's place into a name ("UN Personal Envoy for Sudan Ramtane Lamamra"
        # read as one ORG "Sudan Ramtane Lamamra"): a person the gazetteer knows by full name at its
        # end is that person; so is a person name read on from a title's portfolio ("Minister of State
        # for Regional Integration James Kabarebe"), where a person name is otherwise the longer one
        # ("Ali Mahaman Lamine Zeine", whom the gazetteer knows as "Ali Lamine Zeine").
        known_people = [(s, e) for s, e, kind, _ in candidates if kind == "gazetteer" and e - s >= 2
                        and (named := self.gazetteer.names.get(doc[s:e].text)) is not None and named.type == "Person"]
        candidates = [c for c in candidates if c[2] == "gazetteer" or (
            c[3] == "PERSON" and not (c[0] > 0 and doc[c[0] - 1].pos_ == "ADP")) or not any(
            c[0] < s and e == c[1] for s, e in known_people)]
        # Longest span wins; on a tie the gazetteer wins over the statistical NER, and a name
        # its kind vouches for over the NER's guess ("the Los Lobos gang" is no place).
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2] != "gazetteer", c[3] != "NAMED_ORG", c[0]))
        taken: set[int] = set()
        chosen = []
        for start, end, kind, label in candidates:
            if any(i in taken for i in range(start, end)):
                continue
            taken.update(range(start, end))
            chosen.append((start, end, kind, label))
        return sorted(chosen)

    def _typed_names(self, doc) -> list[tuple[int, int, str, str]]:
        """Names right after the kind of body they name, which the statistical NER misses or
        mislabels: "the charity SOS Mediterranee", "the German charity Sea-Watch"."""
        found = []
        for token in doc:
            if token.lower_ in self.cues["body_kind_nouns"] and any(
                    t.lower_ in ("the", "a", "an") for t in doc[max(token.i - 3, 0):token.i]):
                end = token.i + 1
                while end < len(doc) and doc[end].ent_type_ not in _NOT_BODY_NAMES and _continues_name(doc, end, token.i + 1):
                    end += 1
                if end > token.i + 1:
                    found.append((token.i + 1, end, "ner", "NAMED_ORG"))
            if token.lower_ in self.cues["group_kind_nouns"]:
                # ... and before it: "the Los Lobos gang", "the Viv Ansanm gang coalition".
                end = token.i
                while end > 0 and doc[end - 1].lower_ in self.cues["group_kind_nouns"]:
                    end -= 1
                start = end
                while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
                    start -= 1
                if start < end and start > 0 and doc[start - 1].lower_ == "the":
                    found.append((start, end, "ner", "NAMED_ORG"))
        return found

    def _kind_of_named_body(self, token, by_token: dict[int, "Mention"], spans_by_start) -> bool:
        """True for a word that says the kind of a body named with it, which is the body and not its
        state: "Russia's FSB security *service*", "Russia's foreign intelligence *service* SVR"."""
        if any(child.dep_ in ("compound", "amod", "nmod") and child.i in by_token
               and by_token[child.i].actor.type in ("Organization", "Group") for child in token.children):
            return True
        span = spans_by_start.get(token.i + 1)
        named = self.gazetteer.names.get(_strip_span(token.doc[span[0]:span[1]])) if span else None
        return named is not None and named.type in ("Organization", "Group")

    def _name_start(self, doc, ent) -> int:
        """Where a person's name begins, with the given names the statistical NER left off:
        "ambassador, *Muktar* Mohamed Ware"."""
        start = ent.start
        while ent.label_ == "PERSON" and start > 0 and (before := doc[start - 1]).pos_ == "PROPN" \
                and before.text.istitle() and before.dep_ == "compound" and ent.start <= before.head.i < ent.end \
                and before.ent_type_ == "" and before.lower_ not in self.gazetteer.titles \
                and before.text not in self.gazetteer.names and before.text not in self.gazetteer.demonyms:
            start -= 1
        if start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
            # "Supreme Court Justice Alexandre de Moraes", "Minister of Regional Integration James
            # Kabarebe": the words before are a title or a body's name, not given names.
            return ent.start
        return start

    def _family_name(self, span, context: ArticleContext) -> str | None:
        """The family name a lone given name shares: with the full name it is coordinated with
        ("British couple Peter and Barbie Reynolds" -> "Reynolds"), or with the person whose kin
        it names ("Emmerson Mnangagwa, his wife Auxillia", "Vance's wife Usha" -> that person's)."""
        given = span.root
        kin = given.head if given.dep_ in ("appos", "compound") else None
        named_kin = kin is not None and kin.lower_ in self.cues["kinship_nouns"]
        if not named_kin and any(child.dep_ == "compound" and child.lower_ in self.cues["kinship_nouns"]
                                 for child in given.children) and any(child.dep_ == "poss" for child in given.children):
            # "Emmerson Mnangagwa, his wife Auxillia, Vice President ...": the parser may hang the
            # kin word and its owner on the name.
            kin, named_kin = given, True
        if not named_kin:
            # A couple named as kin, the partner a given name and a family name, no title: not
            # "Auxillia and Vice President Constantino Chiwenga", nor two companies "Norebo and
            # Murman Seafood".
            couple = any(t.lower_ in self.cues["kinship_nouns"] for t in given.lefts)
            partner = next((c for c in given.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                            and c.ent_type_ == "PERSON" and [g.ent_type_ for g in c.lefts] == ["PERSON"]), None)
            return partner.text if couple and partner is not None else None
        for owner in kin.children:
            if owner.dep_ != "poss":
                continue
            if owner.pos_ == "PRON":
                person = context.people_in_order[0] if context.people_in_order else None
            else:
                person = context.person_named(owner.text) or self.gazetteer.names.get(owner.text)
            if person is not None and person.type == "Person" and " " in person.label:
                # "Ali Bongo Ondimba, his wife Sylvia" -> "Bongo Ondimba".
                return person.label.split(" ", 1)[1]
        return None

    def _titled_names(self, doc) -> list[tuple[int, int, str, str]]:
        """Names the statistical NER missed right after a title: "his Turkish counterpart Ahmet Yildiz"."""
        found = []
        index = 0
        while index < len(doc):
            token = doc[index]
            if token.lower_ in self.gazetteer.titles or token.lower_ == "counterpart":
                # "The East African Community's secretary general, Veronica Nduva, appealed": a name
                # set off by commas after the title, which the commas must close.
                set_off = index + 2 < len(doc) and doc[index + 1].text == "," and doc[index + 2].pos_ == "PROPN"
                start = index + 2 if set_off else index + 1
                end = start
                while end < len(doc) and (doc[end].ent_type_ in ("", "PERSON") or (
                        doc[end].ent_type_ == "ORG" and (set_off or token.ent_type_ == "ORG"))) and (
                        doc[end].lower_ not in self.gazetteer.titles and _continues_name(doc, end, start)):
                    end += 1
                if end - start >= 2 and (not set_off or (end < len(doc) and doc[end].text == ",")):
                    found.append((start, end, "ner", "PERSON"))
                index = max(end, index + 1)
            else:
                index += 1
        return found

    def _resolve_span(self, doc, start: int, end: int, kind: str, label: str,
                      context: ArticleContext) -> tuple[Actor | None, str]:
        span = doc[start:end]
        text = _strip_span(span)
        gazetteer = self.gazetteer
        if text in gazetteer.features:
            # "in the South China Sea": a sea, not China.
            return None, ""
        if kind == "vessel":
            return gazetteer.names.get(doc[start].text), "gazetteer"
        if span.root.dep_ == "compound" and self._named_after_city(text, span.root.head):
            return None, ""
        # ("The Hague", "The Times": a name whose article is part of it.)
        actor = gazetteer.names.get(text) or gazetteer.names.get(span.text)
        if actor is None and start >= 2 and doc[start - 1].tag_ == "POS" \
                and (owner := self._country_named_at(doc, start - 2)) in gazetteer.countries:
            # "Germany's Social Democratic Party" is the gazetteer's "Social Democratic Party of Germany".
            actor = gazetteer.names.get(f"{text} of {gazetteer.countries[owner].label}")
        if text in gazetteer.bodies and (other := self._country_before(doc, start)) not in (None, gazetteer.bodies[text]):
            # "sanctions on Serbian oil company NIS": another state's namesake of South Korea's
            # intelligence service, a body of its own.
            return Actor(f"{ID_BASE}organization/{slug(text)}", text, "Organization", other), "ner"
        if actor is not None and actor.type == "Country" and start >= 2 and doc[start - 1].tag_ == "POS":
            owner = self._country_named_at(doc, start - 2)
            if owner and owner != actor.country:
                # "Pakistan's Foreign Office" is Pakistan's, though "the Foreign Office" is London's.
                return gazetteer.countries.get(owner), "gazetteer"
        if text in gazetteer.shared_seats and actor not in context.organizations \
                and gazetteer.countries[gazetteer.shared_seats[text]] in context.states:
            # "Rwanda cut ties with Belgium ..., accusing Brussels of siding with Kinshasa".
            return gazetteer.countries[gazetteer.shared_seats[text]], "gazetteer"
        if actor is not None and actor.type == "Person" and end - start == 1 and actor not in context.people \
                and (named := context.person_named(text)) is not None:
            # "U.N. special rapporteur Francesca Albanese ... Albanese called the measures obscene":
            # the person this article named, not the gazetteer's other bearer of the surname.
            return named, "context"
        if actor is not None:
            if actor.type == "Person":
                self._note_descriptor(doc, start, actor, context)
            return actor, "gazetteer"
        if text in gazetteer.demonyms:
            # A demonym names a state only where it heads a phrase ("the Americans");
            # as a modifier ("American President") it is read by the person's title.
            head = span.root
            while head.dep_ == "conj" and head.head != head and head.head.pos_ in ("ADJ", "PROPN"):
                # "Egyptian and Qatari mediators": the second demonym modifies like the first.
                head = head.head
            if head.dep_ in ("amod", "compound") or head.head.i in range(start, end):
                return None, ""
            return gazetteer.countries.get(gazetteer.demonyms[text]), "demonym"
        if kind != "ner":
            return None, ""
        owned = next((t.i for t in doc[start + 1:end - 1] if t.tag_ == "POS"), None) if label == "ORG" else None
        if owned is not None and (doc[start:owned].text in gazetteer.names or context.person_named(doc[start:owned].text)):
            # "Machar's SPLM-IO party", read by the NER as one name: the body after the owner.
            return self._resolve_span(doc, owned + 1, end, kind, label, context)
        if text.rsplit(" ", 1)[-1].lower() in self.cues["instrument_nouns"]:
            # "the Gulf state's Abraham Accords partner", "the Dayton Agreement": an instrument, no party.
            return None, ""
        if {t.lower_ for t in doc[max(start - 1, 0):end + 1]} & self.cues["natural_hazards"]:
            # "Typhoon Kalmaegi killed 114 people", "Heavy Gu rains have displaced": weather, not an actor.
            return None, ""
        if text.split()[0].lower() in self.cues["ship_prefixes"] or (
                start > 0 and doc[start - 1].lower_ in self.cues["ship_prefixes"]):
            # "deployed the aircraft carrier USS Gerald R. Ford": a ship, not an actor.
            return None, ""
        known_agency = next((gazetteer.names[text[:-len(suffix)].rstrip()] for suffix in self.cues["agency_suffixes"]
                             if text.endswith(" " + suffix) and text[:-len(suffix)].rstrip() in gazetteer.names), None)
        if label == "ORG" and known_agency is not None:
            # "the IRNA news agency", "KCNA news agency": the agency the gazetteer knows.
            return known_agency, "gazetteer"
        if label == "PERSON" and end - start == 1 and span.root.dep_ == "compound" \
                and span.root.head.pos_ == "NOUN" and span.root.head.lower_ not in gazetteer.titles:
            # "two more Patriot air defence systems": a one-word name the statistical NER calls a
            # person, on a thing, is the thing's make.
            return None, ""
        if label == "PERSON" or (label == "ORG" and context.person_named(text)):
            name = self._strip_titles(text)
            if not name:
                return None, ""
            known = context.person_named(name) if " " not in name or len(name.split()) == 1 else None
            if known is None and " " not in name and (family := self._family_name(doc[start:end], context)):
                # "Peter and Barbie Reynolds", "Mnangagwa, his wife Auxillia": the family's name.
                name = f"{name} {family}"
            if known is None:
                known = gazetteer.names.get(name)
            if known is not None and known.type == "Person":
                self._note_descriptor(doc, start, known, context)
                return known, "context"
            if not _looks_like_name(name) or name.split()[-1].lower() in self.cues["landform_words"]:
                return None, ""
            if end - start == 1 and start > 0 and doc[start - 1].lower_ == "the":
                # "his third trip to the Sahel": a one-word name after "the" is a region or a
                # thing, not a person the statistical NER took it for.
                return None, ""
            country = self._country_before(doc, start)
            actor = Actor(f"{ID_BASE}person/{slug(name)}", name, "Person", country)
            self._note_descriptor(doc, start, actor, context)
            return actor, "ner"
        # "North Korea's Lazarus Group" is the group's own name, not a body of the state; so is
        # "the separatist Ambazonia Defence Forces".
        named_as_group = any(token.lower_ in self.cues["nonstate_modifiers"] for token in doc[max(start - 2, 0):start])
        # ("Kyrgyzstan's Keremet Bank" is the bank's own name; "Russia's Central Bank" is the state's.)
        own_name = (bool(set(text.lower().split()) & self.cues["nonstate_body_words"])
                    and not any(word in text.lower() for word in self.cues["state_body_words"])) or named_as_group \
            or label == "NAMED_ORG"
        if label == "ORG" and _looks_like_name(text) and start >= 2 and doc[start - 1].tag_ == "POS" and not own_name:
            owner = self._country_named_at(doc, start - 2)
            if owner:
                # "China's Taiwan Affairs Office", "Russia's GRU": a body of that state.
                return gazetteer.countries.get(owner), "ner"
        if label in ("ORG", "NAMED_ORG") and _looks_like_name(text) and (
                label == "NAMED_ORG"  # "the charity SOS Mediterranee": the text says what it is
                or re.fullmatch(r"[A-Z]{2,6}", text) or set(text.lower().split()) & self.cues["organization_words"]):
            country = self._country_before(doc, start) or self._leading_demonym(text)
            court = text.lower().rsplit(" ", 1)[-1] == "court"
            if country and not own_name and (any(word in text.lower() for word in self.cues["state_body_words"]) or court):
                # "Ukraine's General Staff", "North Korea's Ministry of National Defence", "the Taipei
                # District Court": the state.
                return gazetteer.countries.get(country), "ner"
            if not country and not own_name and (text.lower() in self.cues["state_body_words"] or court) \
                    and (state := context.state_in_focus()) is not None:
                # "Mexico will send 10,000 National Guard troops": a body every state has, named
                # by its kind alone, is the state the article is about (as "the army" is).
                return state, "ner"
            # Every state has its "Ministry of Defence": a state body's IRI names its state.
            # "the SPLM-IO party", "the Viv Ansanm gang coalition": the name, without the kind after it.
            words = text.split()
            while len(words) > 1 and words[-1].islower():
                words.pop()
            text = " ".join(words)
            key = f"{country.lower()}-{slug(text)}" if country and not own_name else slug(text)
            return Actor(f"{ID_BASE}organization/{key}", text, "Group" if named_as_group else "Organization",
                         country), "ner"
        return None, ""

    def _strip_titles(self, name: str) -> str:
        """The name without the titles, honorifics and private roles before it: "Crown Prince
        Mohammed bin Salman" -> "Mohammed bin Salman", "Billionaire Bidzina Ivanishvili" ->
        "Bidzina Ivanishvili"."""
        words = name.split()
        known = self.gazetteer.titles.keys() | self.cues["honorifics"] | self.cues["private_roles"]
        stripped = True
        while words and stripped:
            stripped = False
            for length in (3, 2, 1):
                if len(words) > length and " ".join(words[:length]).lower().rstrip(".") in known:
                    words = words[length:]
                    stripped = True
                    break
        return " ".join(words)

    def _leading_demonym(self, text: str) -> str | None:
        """The state of a name that starts with a demonym or a state's name: "Ukrainian navy",
        "U.S. State Department"."""
        words = text.split()
        for length in (3, 2, 1):
            lead = " ".join(words[:length])
            code = self.state_code(lead)
            if code and len(words) > length:
                return code
        return None

    def _country_before(self, doc, start: int) -> str | None:
        """The state named by the title words before a name: "Japanese Prime Minister" -> JPN."""
        index = start - 1
        while index >= 0 and start - index <= 6:
            token = doc[index]
            if token.text in self.gazetteer.demonyms:
                return self.gazetteer.demonyms[token.text]
            pair = doc[index - 1:index + 1].text if index > 0 else ""
            if pair in self.gazetteer.demonyms:
                return self.gazetteer.demonyms[pair]
            if token.tag_ == "POS" or token.lower_ in ("'s", "’s"):
                index -= 1
                continue
            country = self._country_named_at(doc, index)
            posted_to = next((begin for begin in range(index, max(index - 4, 0), -1) if doc[begin - 1].lower_ == "to"
                              and doc[begin:index + 1].text in self.gazetteer.names), None) if country else None
            if posted_to is not None:
                # "U.S. Ambassador to Canada Pete Hoekstra": the state he is sent to is not his.
                index = posted_to - 2
                continue
            if country:
                return country
            if token.pos_ not in ("PROPN", "NOUN", "ADJ") and token.text not in ("-",):
                break
            index -= 1
        return None

    def _country_named_at(self, doc, end_index: int) -> str | None:
        for length in (3, 2, 1):
            begin = end_index - length + 1
            if begin < 0:
                continue
            actor = self.gazetteer.names.get(doc[begin:end_index + 1].text)
            if actor is not None and actor.type == "Country":
                return actor.country
        return None

    def _note_descriptor(self, doc, start: int, person: Actor, context: ArticleContext) -> None:
        """Remember "North Korean leader" -> this person, for a later "the North Korean leader"."""
        country = person.country or self._country_before(doc, start)
        if not country:
            return
        # Titles before the name, or opening it ("King Abdullah II" is one gazetteer name).
        words = [doc[i].lower_ for i in range(max(0, start - 4), min(len(doc), start + 2))
                 if i < start or doc[i].lower_ in self.gazetteer.titles]
        for begin in range(len(words)):
            for end in range(begin + 1, len(words) + 1):
                phrase = " ".join(words[begin:end])
                role_type = self.gazetteer.titles.get(phrase)
                if role_type:
                    context.descriptors[(country, phrase)] = person
                    context.titled[phrase] = person
                    if role_type == "head_of_state":
                        context.descriptors[(country, "leader")] = person
                    if phrase in self.cues["judge_titles"]:
                        # "Supreme Court Justice Alexandre de Moraes ... accusing the judge"
                        for title in self.cues["judge_titles"]:
                            context.titled[title] = person

    def _described_state(self, token) -> bool:
        """True for a state referred to by a description: "the Pacific nation", "the island"."""
        return token.lower_ in self.cues["described_state_nouns"] or any(
            c.dep_ in ("amod", "compound") for c in token.lefts)

    def _armed_groups_states(self, context: ArticleContext) -> list[Actor]:
        """The states of the armed groups named so far, the last first: whose government an
        armed group fights ("the Houthis" -> Yemen)."""
        return [state for group in reversed(context.organizations) if group.type == "Group" and group.country
                if (state := self.gazetteer.countries.get(group.country)) is not None]

    def _descriptor(self, token, context: ArticleContext) -> Actor | None:
        """An actor for a phrase like "the North Korean leader", "the Chinese government" or
        (after an organisation was named) "the alliance"."""
        words = {token.lower_, token.lemma_.lower()}
        titles = self.gazetteer.titles
        if token.dep_ in ("compound", "amod") and not (
                # "rejected a government plan to disarm the group", "a cabinet decision": the
                # government's (not "government forces", named by the forces).
                token.dep_ == "compound" and words & self.cues["government_nouns"]
                and token.head.lemma_.lower() in self.cues["decision_nouns"] | self.cues["document_nouns"]):
            return None
        # "the government", or "a government plan" (the article is the plan's).
        definite = any(c.lower_ == "the" for c in token.lefts) or (token.dep_ == "compound" and any(
            c.lower_ in ("the", "a", "an") for c in token.head.lefts))
        if words & self.cues["government_nouns"] and any(
                child.dep_ == "prep" and child.lower_ == "in" and any(g.pos_ == "PROPN" for g in child.children)
                for child in token.children):
            # "the juntas in Mali and Burkina Faso": the seats say whose (read with the clause).
            return None
        if words & self.cues["government_nouns"] and any(
                child.dep_ == "acl" and any(g.dep_ == "agent" for g in child.children) for child in token.children):
            # "the parallel government declared by the paramilitary group": whoever declared it, not
            # the state (read with the clause).
            return None
        if words & self.cues["organization_anaphora"] and context.organizations and any(
                child.lower_ in ("the", "this", "that") for child in token.lefts) and not any(
                # "the rebel group" refers back; "the Wagner group", "Russia's group" name one.
                child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ != "NOUN") for child in token.lefts):
            return context.organization_like(token.lower_)
        backers = {state.id for child in token.lefts
                   if child.dep_ == "amod" and child.lower_.rsplit("-", 1)[-1] in self.cues["backing_words"]
                   and (state := self.state_before_hyphen(child, self.cues["backing_words"])) is not None}
        if backers and words & (self.cues["state_anaphora"] | self.cues["government_nouns"]):
            # "the Saudi-backed government accused the Houthis": the state in question (that of the
            # armed groups named, else where the story is filed), not its backer.
            return next((state for state in (*self._armed_groups_states(context), context.home_state,
                                             context.last_government, *reversed(context.states_in_order))
                         if state is not None and state.id not in backers), None)
        if token.lower_ in self.cues["state_anaphora"] and definite and not self.states_named_by_modifiers(token) and not any(
                # "the government in Cotonou", "the army of Mali": the state is named after the noun.
                c.dep_ == "prep" and c.lower_ in ("in", "of") and any(g.pos_ == "PROPN" for g in c.children)
                for c in token.children):
            # "the nuclear-armed country"; "Sudan's army refused ... urged the army": the state
            # whose army was named.
            # ("the Pacific nation" describes a state; "the foreign ministry" names a body of one.)
            return context.bodies.get(token.lemma_.lower()) or context.state_in_focus(
                described=token.lemma_.lower() not in self.cues["state_agent_nouns"]
                and any(c.dep_ in ("amod", "compound") for c in token.lefts))
        if {token.lower_, token.lemma_.lower()} & {"media", "medium", "agency", "broadcaster"} and any(
                c.dep_ in ("compound", "amod") and c.lower_ == "state" for c in token.lefts):
            return self._state_media(token, context)
        if not (words & (titles.keys() | self.cues["state_agent_nouns"])):
            return None
        if words & {"administration", "government", "cabinet", "regime"}:
            # "the Trump administration" acts for the United States.
            for child in token.lefts:
                person = self.gazetteer.names.get(child.text)
                if child.dep_ == "compound" and person is not None and person.type == "Person" and person.country:
                    return self.gazetteer.countries.get(person.country)
        if token.lower_ == "counterpart" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.lefts):
            # "urged her counterpart to": the other person of the meeting.
            subjects = {context.last_person.id} if context.last_person else set()
            officials = set(context.titled.values()) | set(context.descriptors.values())
            for person in reversed(context.people_in_order):
                if person.id not in subjects and person in officials:
                    return person
        country = next(iter(self._modifier_state_codes(token, ("amod", "compound", "poss", "nmod"))), None)
        if not country:
            # "three Russian MiG-31 fighter jets": the demonym hangs on a compound of the noun.
            country = next((code for child in token.lefts if child.dep_ == "compound"
                            for modifier in child.subtree if modifier.dep_ == "amod" and modifier.i < child.i
                            if (code := self.state_code(modifier.text))), None)
        if not country:
            # "a Shandong-based refinery", "a Dubai-based firm": the state its seat lies in; "tariffs
            # on Chinese-made electric vehicles": the state goods come from (not arms, whoever uses them).
            arms = token.lemma_.lower() in self.cues["armament_nouns"] | self.cues["military_nouns"]
            hyphen_words = {"based"} if arms else {"based"} | self.cues["origin_words"]
            country = next((state.country for child in token.lefts if child.dep_ == "amod"
                            and child.lower_.rsplit("-", 1)[-1] in hyphen_words
                            and (state := self.state_before_hyphen(child, hyphen_words)) is not None), None)
        if not country and ((token.lemma_.lower() in self.cues["military_nouns"] and any(
                child.dep_ in ("compound", "amod") and child.lower_ in self.cues["government_nouns"]
                for child in token.lefts)) or (token.lemma_.lower() in self.cues["military_post_nouns"] and any(
                child.dep_ in ("compound", "amod") and child.lower_ in self.cues["army_nouns"] for child in token.lefts)
                and not any(child.dep_ == "poss" for child in token.lefts)
                # ("an attack on a military base that he blamed on the ELN": the parser hangs the
                # clause on the act's last noun; the base is only where it happened.)
                and not any(child.dep_ == "relcl" for child in token.children))):
            # "seized the oil fields from government forces", "the SDF accused government forces of
            # shelling", "an attack by the White Army on an army garrison": the forces of the state in
            # question, that the phrase names a place in ("an army base near Djibo in northern Burkina
            # Faso"), else that of the armed groups named, else the government named last, else the
            # state in focus.
            located = [state for place in (clause_verb(token) if token.dep_ in ("dobj", "pobj") else token).subtree
                       if place.dep_ == "pobj" and place.pos_ == "PROPN" and place.i > token.i
                       if (state := self.state_at(" ".join([*(c.text for c in place.lefts if c.dep_ == "compound"),
                                                            place.text]))) is not None][:1]
            return next((state for state in (*located, *self._armed_groups_states(context), context.last_government,
                                             context.state_in_focus()) if state is not None), None)
        governing = bool(words & self.cues["government_nouns"])
        if country and governing:
            context.last_government = self.gazetteer.countries.get(country)
        if country and token.lemma_.lower() in self.cues["remembered_bodies"]:
            context.bodies[token.lemma_.lower()] = self.gazetteer.countries.get(country)
        # "the military governments of Mali and Burkina Faso", "the administration of former
        # President Macky Sall": whose is said after the noun.
        named_after = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                       for g in c.subtree if g.pos_ == "PROPN"]
        guessed = None if named_after else context.last_country or context.home_state
        if not country and governing and not any(self.state_code(g.text) for g in named_after) and definite and not any(
                # "the three juntas that left the bloc" are more than one state's.
                c.dep_ == "nummod" for c in token.lefts) and (context.last_government or guessed) is not None:
            if context.last_government is None and words & self.cues["military_government_nouns"]:
                guessed = next((context.bodies[noun] for noun in self.cues["army_nouns"] if noun in context.bodies), guessed)
            # "Mali's military government ... the junta's decision" (or "... the government of
            # Daniel Ortega"): the government named last; "the son of Myanmar's detained former leader
            # appealed to the junta": the state named last; "YANGON, Myanmar - The junta ...": before
            # any state is named, the dateline's.
            return context.last_government or guessed
        if not country:
            # "the king", "the president": the last person introduced with that title.
            phrase = _title_phrase(token, titles)
            if phrase and any(c.lower_ == "the" for c in token.lefts):
                return context.titled.get(phrase)
            return None
        phrase = _title_phrase(token, titles)
        if phrase:
            person = context.descriptors.get((country, phrase)) or self.gazetteer.people_by_role.get(
                (country, phrase))
            if person is not None:
                return person
        # "the French ambassador", "Russian troops": someone acting for the state.
        return self.gazetteer.countries.get(country)


def _places_by_upper_case(gazetteer) -> dict[str, Actor]:
    """The gazetteer's names of states and of places in them, upper-cased, for datelines; a name
    that would stand for two states is left out."""
    found: dict[str, Actor] = {}
    clashes: set[str] = set()
    for name, actor in gazetteer.names.items():
        if actor.type == "Country" and name not in gazetteer.shared_seats:
            key = name.upper()
            if found.get(key, actor) is not actor:
                clashes.add(key)
            found.setdefault(key, actor)
    return {key: actor for key, actor in found.items() if key not in clashes}


def _in_noun_phrase(span) -> bool:
    """True for a name inside a prepositional phrase on a noun: "since the fall *of Bashar
    al-Assad*", "the son *of Myanmar's leader*"."""
    head = span.root
    return head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ == "of" \
        and head.head.head.pos_ == "NOUN"


def _is_main_subject(span) -> bool:
    """True when the span is the subject of the sentence's main verb (or of a verb joined to it)."""
    head = span.root
    while head.dep_ in ("compound", "appos", "conj") and head.head != head and head.head.i not in range(
            span.start, span.end) and head.head.pos_ in ("PROPN", "NOUN"):
        head = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or (head.tag_ == "NNS" and head.pos_ == "NOUN"):
        # ("Three Russian diplomats ... what it called": "it" is never a plural noun's state.)
        return False
    verb = head.head
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ in ("ROOT", "ccomp", "parataxis")


def _title_phrase(head, titles: dict[str, str]) -> str | None:
    """The longest title ending in ``head``: "foreign minister" in "the Russian foreign minister"."""
    words = [t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod")] + [head.lower_]
    for start in range(len(words)):
        phrase = " ".join(words[start:])
        if phrase in titles:
            return phrase
    return None


def _state_lists(doc, end: int, by_token: dict[int, Mention]) -> list[list[Actor]]:
    """The lists of two or more states named before token ``end`` of ``doc``, in reading order:
    "Spain, Ireland and Norway", "Saudi Arabia and the UAE"; not go-betweens ("talks mediated by
    Qatar and Turkey"), whom "the two neighbours" never means."""
    lists = []
    go_between_verbs = data.cues()["intermediary_verbs"]
    for token in doc[:end]:
        if token.dep_ == "conj" or token.i not in by_token or not token.conjuncts:
            continue
        if token.dep_ == "pobj" and token.head.dep_ == "agent" and token.head.head.lemma_.lower() in go_between_verbs:
            continue
        members = [by_token[t.i].actor for t in (token, *token.conjuncts) if t.i < end and t.i in by_token]
        states = list(dict.fromkeys(actor for actor in members if actor.type == "Country"))
        if len(states) >= 2:
            lists.append(states)
    return lists


def _go_betweens(doc, end: int, by_token: dict[int, Mention]) -> set[str]:
    """The IRIs of the go-betweens named before token ``end`` of ``doc``: "talks mediated by Oman's
    Badr Albusaidi" -> {Albusaidi}."""
    go_between_verbs = data.cues()["intermediary_verbs"]
    return {by_token[pobj.i].actor.id for agent in doc[:end] if agent.dep_ == "agent"
            and agent.head.lemma_.lower() in go_between_verbs
            for pobj in agent.children if pobj.dep_ == "pobj" and pobj.i in by_token}


def _sides(doc, end: int, by_token: dict[int, Mention]) -> list[list[Actor]]:
    """The parties named "between" each other before token ``end`` of ``doc``, in reading order:
    "talks between Israel and Hamas" -> [Israel, Hamas]."""
    pairs = []
    for prep in doc[:end]:
        if prep.dep_ != "prep" or prep.lower_ != "between":
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.i in by_token:
                members = [by_token[t.i].actor for t in (pobj, *pobj.conjuncts) if t.i < end and t.i in by_token]
                members = list(dict.fromkeys(members))
                if len(members) >= 2:
                    pairs.append(members)
    return pairs


def clause_verb(token):
    """The verb of the clause ``token`` sits in, else the root of its sentence: "talks" in "met
    Dermer for U.S.-mediated talks" -> "met". A word with a subject of its own is a verb, whatever
    the tagger made of it: "with Ortagus *mediating* between the two sides"."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb \
            and not any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children):
        verb = verb.head
    return verb


def subject_in_time_phrase(verb):
    """The subject the small parser takes for the object of a time preposition right before its
    verb: "a day after *Mali*, Niger and Burkina Faso withdrew their envoys" (the conjunction
    "after" read as a preposition, the verb joined to the clause before; "arrested 14 members after
    *gunmen* from the group stormed an office", with "after" hung on that clause's verb; "Carney said
    on Friday *Canada* would drop its tariffs", the day made a compound of the name); else None."""
    if any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children):
        return None
    holders = [verb, verb.head] if verb.dep_ == "advcl" else [verb]
    # ("deepening Cairo's ties with Mogadishu as *Ethiopia* accused the two countries": the
    # conjunction "as" made a marker with the subject its object.)
    preps = [p for holder in holders for child in holder.children if child.i < verb.i
             for p in (child, *child.children) if (p.dep_ == "prep" and p.lower_ in data.cues()["time_prepositions"])
             or (p.dep_ == "mark" and p.lower_ == "as")]
    found = next((pobj for prep in preps for pobj in prep.children
                  if pobj.dep_ == "pobj" and pobj.right_edge.i == verb.i - 1), None)
    if found is not None or verb.dep_ != "ccomp":
        return found
    start = min([child.i for child in verb.lefts if child.dep_ in ("aux", "neg")] + [verb.i])
    return next((pobj for prep in verb.head.children if prep.dep_ == "prep" and prep.lower_ == "on"
                 for pobj in prep.children if pobj.dep_ == "pobj" and pobj.i == start - 1 and pobj.ent_type_ != "DATE"
                 and any(day.dep_ == "compound" and day.ent_type_ == "DATE" for day in pobj.children)), None)


def _judged_owner(pronoun, by_token: dict[int, Mention]) -> Actor | None:
    """Whom a possessive refers to in the reason a verdict gives: the verdict's object
    ("condemned Israel for *its* strikes on Iran", "criticised Fico for *his* trip to Moscow",
    "thanked Modi for *his* support"); else None."""
    owned = pronoun.head
    if pronoun.dep_ != "poss" or owned.dep_ != "pobj" or owned.head.lower_ not in ("for", "over") \
            or owned.head.head.pos_ != "VERB":
        return None
    return next((by_token[c.i].actor for c in owned.head.head.children if c.dep_ == "dobj" and c.i in by_token), None)


def _conjoined_owner(pronoun, by_token: dict[int, Mention]) -> Actor | None:
    """The person "his" or "her" refers to in a noun joined to that person's name: "revoking the
    visas of Alexandre de Moraes and *his* allies" -> de Moraes; else None."""
    owned = pronoun.head
    if pronoun.dep_ != "poss" or pronoun.lower_ not in ("his", "her") or owned.dep_ != "conj":
        return None
    named = by_token.get(owned.head.i)
    return named.actor if named is not None and named.actor.type == "Person" else None


def _namer_of_what(pronoun, by_token: dict[int, Mention]) -> Actor | None:
    """Whom "it", "he" or "she" stands for in "what it called" hung on another verb: that verb's
    subject, said or unsaid ("prompting the court to denounce what *it* called an attack" -> the
    court; "prompting Rubio to say Washington would respond to what *he* called a witch hunt" ->
    Rubio); else None."""
    naming = pronoun.head
    if pronoun.dep_ != "nsubj" or naming.lemma_.lower() not in data.cues()["naming_verbs"] \
            or not any(child.lower_ == "what" for child in naming.children) or naming.head == naming:
        return None
    person = pronoun.lower_ != "it"
    token = naming
    for _ in range(3 if person else 1):
        # Up the clauses to the first person subject: "respond to what he called" has a state for
        # subject; "to say" above it is Rubio's.
        namer = next((actor for actor in _clause_subject_actors(token, by_token) if (actor.type == "Person") == person),
                     None)
        verb = clause_verb(token.head)
        if namer is not None or verb.head == verb:
            return namer
        token = verb
    return None


def _acted_on_by_person(pronoun, by_token: dict[int, Mention]) -> Actor | None:
    """Whom "it" stands for as the subject of a clause subordinate to a person's act on a state or
    body: "spokesperson Lin Jian accused Washington of sending the wrong signal after *it* approved
    a sale" -> the United States (no person is "it"); else None."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl" \
            or not any(child.dep_ == "mark" for child in clause.children):
        return None
    governor = clause.head
    for _ in range(2):
        # "accused Washington of *sending* ... after it approved": up to the clause with the subject.
        if governor.dep_ not in ("pcomp", "xcomp") or any(child.dep_ == "nsubj" for child in governor.children):
            break
        governor = governor.head.head if governor.head.pos_ == "ADP" else governor.head
    subjects = [by_token[child.i].actor for child in governor.children
                if child.dep_ == "nsubj" and child.i in by_token]
    if not subjects or any(actor.type != "Person" for actor in subjects):
        return None
    return next((by_token[child.i].actor for child in governor.children if child.dep_ == "dobj"
                 and child.i in by_token and by_token[child.i].actor.type != "Person"), None)


def _accused_before(pronoun, by_token: dict[int, Mention]) -> Actor | None:
    """Whom "them" or "it" stands for as the object of an accusing participle after a clause with
    an object: "ordered three French diplomats to leave, accusing *them*" -> France; "launched
    legal action against China at the WTO, accusing *it*" -> China; else None (and where people
    are named there, whom "them" means is left to the other rules)."""
    participle = pronoun.head
    if pronoun.dep_ != "dobj" or participle.dep_ != "advcl" or participle.tag_ != "VBG" \
            or participle.lemma_.lower() not in data.cues()["allegation_verbs"]:
        return None
    verb = participle.head
    reported = [child for child in verb.children if child.dep_ in ("ccomp", "parataxis") and child.i < verb.i]
    if verb.lemma_.lower() in data.cues()["reporting_verbs"] and reported:
        # "Sweden has ordered two Russian diplomats to leave, the minister said, accusing them":
        # the clause reported before the speaker.
        verb = reported[-1]
    objects = [child for child in verb.children if child.dep_ == "dobj"] + [
        pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("against", "on")
        for pobj in prep.children if pobj.dep_ == "pobj"]
    for obj in objects:
        named = [by_token[t.i].actor for t in obj.subtree if t.i in by_token and t.i < pronoun.i]
        if not named or any(actor.type == "Person" for actor in named):
            continue
        if obj.i in by_token:
            return by_token[obj.i].actor
        # "sanctioned Kyrgyzstan's Keremet Bank", "a senior Kataib Hezbollah commander and three
        # Iraqi companies": the body named, before the state of its owner or of others.
        return next((actor for actor in named if actor.type in ("Organization", "Group")), named[0])
    return None


def _clause_subjects(token, by_token: dict[int, Mention]) -> frozenset[str]:
    """IRIs of the actors named as subjects of the clause ``token`` sits in, before it: whom an
    object pronoun or "the two neighbours" cannot mean ("Poland accused *it*")."""
    return frozenset(actor.id for actor in _clause_subject_actors(token, by_token))


def _clause_subject_actors(token, by_token: dict[int, Mention], participles: bool = False) -> list[Actor]:
    """The actors named as subjects of the clause ``token`` sits in, before it, in order (with
    ``participles``, of the clause a participle hangs on)."""
    verb = clause_verb(token.head)
    misparsed = subject_in_time_phrase(verb)
    if misparsed is not None:
        return [by_token[t.i].actor for t in (misparsed, *misparsed.conjuncts) if t.i in by_token]
    while (verb.dep_ == "conj" or (participles and verb.dep_ == "advcl" and verb.tag_ == "VBG")
           or (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep"
               and verb.head.lower_ in data.cues()["time_prepositions"])) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "Russia launched an attack, and Poland accused it": the conjunct's own subject, if any;
        # "hosted his counterpart, praising the Pacific nation": the participle's is the clause's;
        # "Rubio said after meeting *him*": the gerund's is the clause's it hangs on (not "accused
        # the army of beating *him*", whose gerund is the army's).
        verb = verb.head.head if verb.dep_ == "pcomp" else verb.head
    # The small parser sometimes hangs the subject on an auxiliary: "Qatar ... have been mediating".
    heads = [verb, *(child for child in verb.children if child.dep_ in ("aux", "auxpass"))]
    subjects = [child for head in heads for child in head.children
                if child.dep_ in ("nsubj", "nsubjpass") and child.i < token.i]
    if not subjects and verb.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" for c in verb.children):
        # "prompting Zelenskyy to accuse *him*": the infinitive's unspoken subject is the one
        # who controls it, the object of the verb above, else that verb's own subject.
        above = verb.head
        subjects = [child for child in above.children if child.dep_ == "dobj" and child.i < token.i] or [
            child for child in above.children if child.dep_ in ("nsubj", "nsubjpass") and child.i < token.i]
    return [by_token[t.i].actor for child in subjects for t in (child, *child.conjuncts) if t.i in by_token]


def doc_text_with_compounds(token) -> str:
    """The text of a modifier with its own compound parts, without what is coordinated with it
    or a trailing "-owned": "North Korean", "South Korea's", "Egyptian" in "Egyptian and Qatari
    mediators" (and "Russian" in "Russian, Ukrainian and U.S. negotiators"), "Israeli" in "an
    Israeli-owned ship"."""
    # ("Thai" in "Thai F-16 jets", where the parser hangs the model number on the demonym.)
    left_out = {t.i for child in token.children if child.dep_ in ("conj", "cc", "nummod") or child.text == ","
                for t in child.subtree}
    # A common noun or article is no part of a state's name: "a step Pakistan's foreign office
    # criticised", where the parser makes "a step" a compound of "Pakistan".
    parts = [t for t in token.subtree if t.i not in left_out and t.tag_ != "POS"
             and t.lower_ not in ("'s", "’s") and t.pos_ != "DET" and not (t.pos_ == "NOUN" and t.is_lower)]
    if len(parts) >= 3 and parts[-2].text == "-" and parts[-1].lower_ in data.cues()["ownership_words"]:
        parts = parts[:-2]
    return " ".join(t.text for t in parts)


def _country_code(gazetteer: Gazetteer, text: str) -> str | None:
    actor = gazetteer.names.get(text)
    return actor.country if actor is not None and actor.type == "Country" else None


def _strip_span(span) -> str:
    """The span's text without a leading article ("the", or "A" opening a sentence: "A World
    Trade Organization panel ruled") and a trailing possessive."""
    tokens = list(span)
    while tokens and tokens[0].lower_ in ("the", "a", "an") and tokens[0].pos_ == "DET":
        tokens.pop(0)
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].text in ("'s", "’s", "'", "’")):
        tokens.pop()
    if not tokens:
        return ""
    return span.doc[tokens[0].i:tokens[-1].i + 1].text


def _continues_name(doc, index: int, start: int) -> bool:
    """True when ``doc[index]`` is part of a proper name begun at ``start``: a capitalised proper
    noun, a hyphen inside the name ("Kassym-Jomart Tokayev", "Sea-Watch", Korean "Yeo Han-koo"),
    or a particle between two of its words ("Andre Correa do Lago", "Dhiya Zawba Muslih al-Hardani")."""
    token = doc[index]
    if token.pos_ == "PROPN" and token.text[:1].isupper():
        return True
    if index > start + 1 and _hyphenated_given_name(doc, index):
        return True
    if index <= start or index + 1 >= len(doc):
        return False
    after = doc[index + 1]
    if token.text == "-" and not token.whitespace_:
        return after.text[:1].isupper() or _hyphenated_given_name(doc, index + 1)
    return token.text in data.cues()["name_particles"] and (after.text[:1].isupper() or (
        after.text == "-" and not token.whitespace_ and index + 2 < len(doc) and doc[index + 2].text[:1].isupper()))


def _hyphenated_pair(finder: ActorFinder, text: str) -> list[Actor]:
    """The two states a modifier names either side of one hyphen: "Russian-Chinese" -> [Russia,
    China]; else []."""
    if text.count("-") != 1:
        return []
    halves = [finder.state_named(half.strip()) for half in text.split("-")]
    return halves if len(halves) == 2 and None not in halves else []


def _adjective_as_noun(token) -> bool:
    """True for a word the tagger calls an adjective that stands as a noun: "arrested a Chinese
    *national* suspected of spying"."""
    return token.pos_ == "ADJ" and token.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") \
        and any(child.dep_ in ("det", "amod") for child in token.lefts)


def _of_two_states(noun) -> bool:
    """True for a noun a hyphenated pair of demonyms gives two states: "Russian-Belarusian
    exercises" (not "German-Russian dual nationals" or "a French-Algerian writer", one person's
    two nationalities)."""
    return noun.lemma_.lower() not in data.cues()["civilian_nouns"] and not any(
        child.lower_ == "dual" for child in noun.children) and noun.ent_type_ != "PERSON"


def _hyphenated_given_name(doc, index: int) -> bool:
    """True for the lower-case second half of a hyphenated given name the tagger calls a person:
    "koo" in "Yeo Han-koo"."""
    token, hyphen, first = doc[index], doc[index - 1], doc[index - 2]
    return token.is_alpha and token.is_lower and token.ent_type_ == "PERSON" and hyphen.text == "-" \
        and not hyphen.whitespace_ and not first.whitespace_ and first.text[:1].isupper()


def _looks_like_name(text: str) -> bool:
    """A proper name: starts with a capital letter, has letters, is not a date or number."""
    return bool(re.match(r"[A-Z][\w.'’\- ]*$", text)) and any(c.isalpha() for c in text)
