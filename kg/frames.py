"""Frames: a predicate found in a sentence with its subject and object actors, before it
becomes statements, and the small judgements every frame reader shares."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import takewhile

from . import data
from .actors import Mention
from .model import Actor, Predicate

#: Dependency labels of a verb's subject.
SUBJECT_DEPS = ("nsubj", "csubj")
#: Possessive pronouns, for when the tagger calls one something else.
_POSSESSIVE_PRONOUNS = ("its", "their", "his", "her", "our")


@dataclass(frozen=True)
class Frame:
    """A predicate found in a sentence, before it becomes statements."""

    subjects: tuple[Mention, ...]
    objects: tuple[Mention, ...]
    predicate: Predicate
    negated: bool
    confidence: float
    anchor: object  # the token attribution is looked up from
    symmetric_pairs: bool = False
    zipped: bool = False  # subjects[i] acts on objects[i]


def is_possessive_pronoun(token) -> bool:
    """True for an owner named by a pronoun ("its withdrawal", "their sanctions"), not by a name
    ("Turkey's participation")."""
    return token.tag_ == "PRP$" or token.lower_ in _POSSESSIVE_PRONOUNS


def refers_back(noun) -> bool:
    """True for "the move", "this decision", "those measures": a noun that refers back (also
    when the parser makes it a modifier: "called [the expulsion] regrettable", "called [the
    move] unacceptable interference", 'called [the arrest] "unacceptable"')."""
    lefts = [*noun.lefts, *(noun.head.lefts if noun.dep_ in ("compound", "amod", "nmod", "npadvmod") else ())]
    return any(child.lower_ in ("the", "this", "that", "these", "those") for child in lefts)


def is_verdict(code: str | None) -> bool:
    """True for a code that judges something done or said: praise (051), disapproval (11),
    rejection (12), protest (14)."""
    return bool(code) and (code[:2] in ("11", "12", "14") or code.startswith("051"))


def own_state(subject: Actor, obj: Actor, code: str | None = None, outsider: bool = False) -> bool:
    """A person or body acting on its own state ("Kim visited North Korea's ministry") is
    domestic, not a statement between actors; an armed group fighting its state is not, nor
    is a state's court, police or army judging, arresting or beating its own citizen (116, 17-20)
    or freeing one (084), nor an ``outsider`` to its government (an opposition leader, a candidate,
    one out of office) demanding, disapproving, threatening or worse (10-20), or so treated by it:
    "Tchiroma accused the government of fraud", "Bolivia accused former President Evo Morales"."""
    judging = bool(code) and (code.startswith(("116", "084")) or code[:2] in ("17", "18", "19", "20"))
    if outsider and (code or "")[:2] >= "10":
        return False
    return (obj.type == "Country" and subject.type in ("Person", "Organization") and subject.country == obj.country) or (
        subject.type == "Country" and obj.type != "Country" and obj.country == subject.country
        and obj.type == "Person" and not judging)


def through_preposition(doc, mention: Mention, word: str) -> bool:
    """True when the mention is the object of the preposition ``word``: "against Israel"."""
    head = doc[mention.start:mention.end].root
    # "against North Korea's missile threat": up through conjuncts and possessors to the noun.
    while head.dep_ in ("conj", "poss", "compound", "amod") and head.head != head:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ == word


def pairs(frame: Frame) -> Iterator[tuple[Mention, Mention]]:
    """The (subject, object) pairs a frame states: every subject with every object, each
    party with each other one for a joint act (the first named with each other one where there are
    four or more, as annotators code a summit's treaty), or subject i with object i."""
    if frame.zipped:
        yield from zip(frame.subjects, frame.objects)
        return
    if frame.symmetric_pairs:
        parties = (*frame.subjects, *frame.objects)
        if len({m.actor.id for m in parties}) >= 4:
            for second in parties[1:]:
                yield parties[0], second
            return
        for i, first in enumerate(parties):
            for second in parties[i + 1:]:
                yield first, second
        return
    for subject in frame.subjects:
        for obj in frame.objects:
            yield subject, obj


def confidence(mentions: list[Mention], exact: bool) -> float:
    """How sure the extractor is: named actors and a lexicon verb score high; pronouns lower it."""
    score = 0.9 if exact else 0.7
    for mention in mentions:
        if mention.how == "pronoun":
            score *= 0.8
        elif mention.how == "descriptor":
            score *= 0.9
    return score


def zero_relative_noun(verb):
    """The noun of a relative clause with no relative pronoun and no object of its own, whose
    verb acts on the noun: "the tariffs [Washington imposed]", "a charge [New Delhi rejected]";
    else None. The small parser sometimes makes the clause a sentence of its own whose object
    comes first, after a comma: ", a charge Kremlin spokesman Dmitry Peskov rejected"."""
    fronted = [child for child in verb.children if child.dep_ == "dobj" and child.pos_ == "NOUN"
               and child.left_edge.i > 0 and verb.doc[child.left_edge.i - 1].text == ","
               and any(s.dep_ == "nsubj" and child.i < s.i < verb.i for s in verb.children)]
    if fronted:
        return fronted[0]
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN" or any(
            child.dep_ in ("dobj", "nsubjpass") or child.tag_ in ("WDT", "WP") for child in verb.children):
        return None
    return verb.head


def appended_claim(verb, claim_words) -> tuple | None:
    """The claim noun and the words naming who answers it, for a clause appended after a comma
    that the small parser does not read as a relative one: ", a charge Kigali has repeatedly
    *denied*" (parsed with "charge" an apposition, or a compound of the name, and "denied" a
    sentence of its own) -> (charge, [Kigali]); else None."""
    doc = verb.doc
    start = verb.i - 1
    while start > 0 and (doc[start].tag_ == "RB" or doc[start].lower_ in ("has", "have", "had")):
        start -= 1
    words = []
    while start > 1 and doc[start].lemma_.lower() not in claim_words and len(words) < 6:
        if doc[start].is_punct or doc[start].pos_ in ("VERB", "AUX"):
            return None
        words.insert(0, doc[start])
        start -= 1
    if not words or doc[start].lemma_.lower() not in claim_words or doc[start - 1].lower_ not in ("a", "an") \
            or start < 2 or doc[start - 2].text != ",":
        return None
    return doc[start], words


def sharing_conjunct_head(verb):
    """The verb whose subject and auxiliaries a conjunct with no subject of its own shares: "a
    resolution that would have renewed sanctions on Mali and *extended* the mandate" ->
    "renewed"; None for a verb that is no such conjunct ("Russia vetoed it and China *abstained*")."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or any(
            child.dep_ in (*SUBJECT_DEPS, "nsubjpass") for child in verb.children):
        return None
    return verb.head


def infinitive_marker(verb):
    """The "to" that marks ``verb`` as an infinitive ("urged Kiir *to* free Machar"), else None."""
    return next((child for child in verb.children if child.dep_ == "aux" and child.lower_ == "to"), None)


def is_infinitive(verb) -> bool:
    """True for a verb its "to" marks as an infinitive: "urged Kiir *to free* Machar"."""
    return infinitive_marker(verb) is not None


def infinitive_of_noun(verb) -> bool:
    """True for an infinitive that completes a noun: "a deal *to ease* tariffs", "Sweden's bid *to
    join* NATO" (not "met *to discuss*"; the parser may call it a relative clause)."""
    return verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN" and is_infinitive(verb)


def after_comma_and(verb) -> bool:
    """True for a verb that follows ", and" (", but"): "said the army had begun ..., and urged"."""
    i = verb.left_edge.i
    doc = verb.doc
    return i >= 2 and doc[i - 1].dep_ == "cc" and doc[i - 2].text == ","


def misjoined_governor(verb):
    """The clause a verb in the past or present tense belongs to when the small parser joins it to
    an infinitive or a gerund it cannot belong to: "urged Manila to stop ... and *accused*
    Washington of" -> "urged", "accused Ouattara of confiscating the vote and *called* on ECOWAS"
    -> "accused" (the verb is the governor's, neither asked for, alleged, nor done by the one
    asked); also a gerund joined to the clause a gerund governs; else None."""
    # (A past participle with an object and no auxiliary is a past tense the tagger misread:
    # "advised its citizens to avoid travel to Japan and *suspended* imports".)
    past = verb.tag_ in ("VBD", "VBZ") or (verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children)
                                           and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))
    joined = verb.head
    if verb.dep_ == "conj" and verb.tag_ == "VBG" and joined.tag_ != "VBG" and joined.dep_ == "ccomp" \
            and joined.head.tag_ == "VBG":
        # "by demanding that M23 withdraw ... and *appealing* to Rwanda": a gerund joined to the
        # clause a gerund governs is that gerund's partner -> "demanding".
        return joined.head
    if verb.dep_ != "conj" or not past:
        return None
    if joined.tag_ == "VB" and joined.dep_ == "xcomp":
        return joined.head
    if joined.tag_ == "VB" and infinitive_of_noun(joined):
        # "said Amman would reject any plan to displace Palestinians ... and *accused* Israel": the
        # nearest past tense above the noun the infinitive completes -> "said".
        return next((above for above in joined.ancestors if above.tag_ == "VBD"), None)
    cues = data.cues()
    if verb.tag_ == "VBD" and joined.dep_ == "ccomp" and joined.head.tag_ == "VBD" and (
            joined.tag_ in ("VBZ", "VBP") or any(
                child.dep_ == "aux" and (child.lower_ == "had" if joined.tag_ == "VBN"
                                         else child.lemma_ == "be" if joined.tag_ == "VBG" else child.tag_ == "MD")
                for child in joined.children)) \
            and not any(child.dep_ in SUBJECT_DEPS for child in verb.children) and (
                any(verb.lemma_.lower() in cues[name]
                    for name in ("directive_verbs", "allegation_verbs", "faulting_verbs", "rejecting_verbs"))
                or after_comma_and(verb)):
        # "said Russia had tripled its presence near the border and *warned* Moscow", "said Moscow
        # 'fully supports' Kim's policies and *accused* the United States", "denied that Afghan forces
        # had fired on Pakistani posts, and in a post on X *urged* Islamabad": a past tense telling
        # someone to act, faulting them or rejecting something, or after a comma, does not share the
        # tense of the reported clause, perfect, present, modal or progressive -> "said", "denied" ("denied
        # that Asmara was supplying the group and *dismissed* Abiy's claim"; not "said Ankara had agreed
        # to extend its contracts and was in talks with Azerbaijan").
        return joined.head
    if joined.tag_ == "VBG" and joined.dep_ == "pcomp" and joined.head.pos_ == "ADP" \
            and joined.head.head.pos_ == "VERB":
        return joined.head.head
    return None


def hung_on_absolute_clause(verb) -> bool:
    """True for an infinitive the small parser hangs on an absolute "with" clause before it: "the
    Council voted, with Russia and China abstaining, *to endorse* the plan" (the Council endorses)."""
    clause = verb.head
    return verb.dep_ == "advcl" and clause.dep_ == "pcomp" and clause.tag_ == "VBG" \
        and clause.head.lower_ == "with" and clause.head.head.pos_ in ("VERB", "AUX")


def absolute_subject(verb):
    """The subject of a participle the small parser hangs on the clause before it, away from its
    absolute "with": "Timor-Leste became ASEAN's 11th member, with Malaysian Prime Minister Anwar
    Ibrahim, the bloc's current chair, *hailing* its admission" -> Anwar Ibrahim; else None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return None
    for prep in verb.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "with" and prep.i < verb.i and verb.doc[prep.i - 1].text == ",":
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            between = verb.doc[prep.right_edge.i + 1:verb.i] if pobj is not None else None
            if between is not None and all(t.text == "," for t in between):
                return pobj
    return None


def fronted_clause(verb):
    """The clause the small parser makes the complement of a verb after it, across a comma:
    "Muttaqi held talks with Jaishankar ..., a step Pakistan's foreign office *criticised*" (the
    talks are an act of their own, and what the verdict is on); else None."""
    return next((child for child in verb.children if child.dep_ == "ccomp" and child.i < verb.i
                 and any(t.text == "," for t in verb.doc[child.right_edge.i + 1:verb.i])), None)


def hung_on_verb(noun, words: tuple[str, ...]) -> list:
    """Prepositions among ``words`` that belong to an object but that the small parser hangs on
    its verb, right after the object: "condemned the drills | by the United States", "met
    diplomats | from Britain", "imposed sanctions on 100 more tankers | in Russia's shadow fleet"."""
    if noun.dep_ not in ("dobj", "pobj"):
        return []
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("prep", "pobj", "dobj") and verb.head != verb:
        verb = verb.head
    return [prep for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ in words and prep.i == noun.right_edge.i + 1]


def misparsed_amount(prep):
    """The amount the small parser makes the object of "about", "around", "nearly" or "almost"
    read as a preposition: "paused *about* NZ$18 million in funding" -> "million"; else None."""
    if prep.dep_ != "prep" or prep.lower_ not in data.cues()["approximators"]:
        return None
    return next((pobj for pobj in prep.children if pobj.dep_ == "pobj" and pobj.tag_ == "CD"), None)


def forces_before_infinitive(verb):
    """The forces an infinitive of purpose names right before its "to", where the small parser
    hangs the infinitive on the sentence's verb: "condemned ... the deployment of North Korean
    *troops* to fight against Ukraine" (the troops fight, not the condemners); else None."""
    to = infinitive_marker(verb)
    if verb.dep_ != "advcl" or to is None or to.i == 0:
        return None
    before = verb.doc[to.i - 1]
    if before.pos_ != "NOUN" or before.lemma_.lower() not in data.cues()["military_nouns"] \
            or before.head == verb.head or before.i < verb.head.i:
        return None
    return before


def participle_after_comma(verb) -> bool:
    """True for an "-ing" clause after a comma, a clause of its own whether the parser hangs it
    as an adverbial clause or as a complement: "..., Hegseth said, *warning* Iran against
    targeting U.S. personnel" (parsed as a complement of "ordered" before it); also where the
    comma closes a quotation: 'that Canada "is not for sale," *rejecting* Trump's suggestion'."""
    if not (verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG" and verb.i > 1):
        return False
    before = verb.doc[verb.i - 1]
    return before.text == "," or (before.is_quote and verb.doc[verb.i - 2].text == ",")


def misparsed_participle(verb) -> bool:
    """True for a participle right after a possessive, which the small parser may make the
    sentence's verb: "the son of Myanmar's *detained* former leader Aung San Suu Kyi, appealed"
    (it describes the noun after it; nobody in the sentence detained her); for a participle of
    allegiance after "and": "clashed with Congolese troops and *allied* Wazalendo militiamen"; and
    for "met *visiting* Australian Prime Minister Anthony Albanese" (see ``described_person``)."""
    if verb.i == 0:
        return False
    if described_person(verb) is not None:
        return True
    if verb.tag_ not in ("VBN", "VBD"):
        return False
    before = verb.doc[verb.i - 1]
    return (verb.tag_ == "VBN" and before.tag_ == "POS") or (
        before.lower_ == "and" and verb.lower_ in data.cues()["allegiance_words"]
        and not any(child.dep_ in SUBJECT_DEPS for child in verb.children))


def between_preps(noun) -> list:
    """The "between" prepositions of a noun, with one the small parser hangs on the noun's "of"
    complement: "an exchange of 84 prisoners *between* Russia and Ukraine"."""
    return [prep for holder in (noun, *(pobj for of in noun.children if of.dep_ == "prep" and of.lower_ == "of"
                                        for pobj in of.children if pobj.dep_ == "pobj"))
            for prep in holder.children if prep.dep_ == "prep" and prep.lower_ == "between"]


def described_person(verb):
    """The person the small parser makes the object of a participle that describes them, right
    after a verb with no object of its own or a preposition: "Xi Jinping met *visiting* Australian
    Prime Minister Anthony Albanese" (the guest is whom Xi met), "talks with *visiting* New Zealand
    Foreign Minister Winston Peters", "refused to meet *visiting* Chinese Vice Foreign Minister Sun
    Weidong" (after a verb of meeting, the parser may make "visiting" its complement), "refused to let
    the envoy meet *detained* former leader Aung San Suu Kyi" (nobody in the sentence detained her);
    else None."""
    if verb.lower_ not in ("visiting", *data.cues()["captive_participles"]) or verb.head.i != verb.i - 1 \
            or any(child.dep_ == "dobj" for child in verb.head.children):
        return None
    person = next((child for child in verb.children if child.dep_ == "dobj"), None)
    # ("did not arrest *visiting* Russian President Vladimir Putin": after any verb, a title says
    # the object is a person described, not a place visited.)
    titled = person is not None and any(word.lower_ in data.titles() for word in person.lefts)
    if not (verb.dep_ in ("advcl", "pcomp") or (
            verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in data.cues()["guest_verbs"] or titled))):
        return None
    return person


def object_after_label(prep):
    """The direct object the small parser hangs inside an "as" label that is put before it:
    'condemned as "unjustified" *the expulsion* of three of its diplomats', 'dismissed as "legally
    void" *a maritime map* published by Turkey', 'dismissed as "baseless" Lavrov's *remarks*'; else
    None (also for "condemned as a violation of the charter", a label with nothing after it)."""
    verb = prep.head
    if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i != verb.i + 1 or verb.pos_ != "VERB" \
            or any(child.dep_ in ("dobj", "nsubjpass") for child in verb.children):
        return None
    # The label: adjectives, perhaps quoted, right after "as" ("as *"legally void"*").
    words = [token for token in prep.subtree if token.i > prep.i]
    label = list(takewhile(lambda token: token.pos_ in ("ADJ", "ADV", "CCONJ", "PUNCT"), words))
    if not any(token.pos_ == "ADJ" for token in label) or len(label) == len(words):
        return None
    start = words[len(label)]
    # The noun is the label's ("as unjustified the expulsion") or the word it hangs on ("as
    # "legally void" a maritime map"), and the words after the label are its own.
    nouns = [child for holder in (prep, *(c for c in prep.children if c.pos_ == "ADJ")) for child in holder.children
             if child.dep_ in ("pobj", "dobj") and child.pos_ in ("NOUN", "PROPN")]
    return next((noun for noun in nouns if noun.left_edge.i <= start.i <= noun.i and any(
        child.dep_ in ("det", "poss") for child in noun.children)), None)


def misparsed_apposition(noun) -> bool:
    """True for a direct object after a comma that follows another object, which the small parser
    makes of an apposition: "hosted Mohammed bin Salman ..., the prince's first visit to
    Washington", "appealed to Malaysia, the current ASEAN chair, to press Bangkok", "met on the
    sidelines of the summit on Sunday, their first formal sit-down"; also the subject of a relative
    clause after such an apposition: "..., a move *the three juntas* described as hostile"."""
    verb, start = noun.head, noun.left_edge.i
    if noun.dep_ != "dobj" or start < 2:
        return False
    described = noun.doc[start - 1]
    if verb in described.ancestors and described.dep_ in ("npadvmod", "appos") and described.pos_ == "NOUN" \
            and described.left_edge.i > 0 and noun.doc[described.left_edge.i - 1].text == ",":
        # "shot down a drone ..., a move the three juntas described as a hostile act": the subject
        # of a relative clause with no pronoun, on the noun after the comma.
        return True
    if noun.doc[start - 1].text != ",":
        return False
    before = noun.doc[start - 2]
    return any(c.dep_ == "dobj" and c.i < noun.i for c in verb.children) or (
        before.dep_ == "pobj" and verb in before.ancestors
        and noun.doc[start].lower_ in ("the", "a", "an", "their", "his", "her", "its"))


def in_adverbial_idiom(token, idioms: frozenset[str]) -> bool:
    """True for a word of an idiom that says how an act was done, which the small parser may read
    as an object or a preposition of the verb: "refused to meet *face to face*". ``idioms`` holds
    the idioms in lower case ("face to face")."""
    split = _split_idioms(idioms)
    if token.lower_ not in split:
        # (Runs on every child of every verb: the cheap test first.)
        return False
    doc = token.doc
    for words in split[token.lower_]:
        for start in range(max(token.i - len(words) + 1, 0), min(token.i + 1, len(doc) - len(words) + 1)):
            if tuple(t.lower_ for t in doc[start:start + len(words)]) == words:
                return True
    return False


@cache
def _split_idioms(idioms: frozenset[str]) -> dict[str, list[tuple[str, ...]]]:
    """Each word of ``idioms`` -> the idioms it is a word of, split into words."""
    split: dict[str, list[tuple[str, ...]]] = {}
    for idiom in idioms:
        words = tuple(idiom.split())
        for word in set(words):
            split.setdefault(word, []).append(words)
    return split


def state_naming_title(noun, titles) -> bool:
    """True for a direct object that only names the title of the person after it, which the small
    parser makes an object of its own: "accused *Kosovo* Prime Minister Albin Kurti" (one object,
    Kurti). ``titles`` holds the title words in lower case ("prime minister")."""
    if noun.dep_ != "dobj" or noun.pos_ != "PROPN":
        return False
    doc = noun.doc
    return any(person.dep_ == "dobj" and person.i > noun.i + 1
               and all(word.dep_ == "compound" and person in word.ancestors for word in doc[noun.i + 1:person.i])
               and any(doc[noun.i + 1:end].text.lower() in titles for end in range(noun.i + 2, person.i + 1))
               for person in noun.head.children)


def others_than(mentions, besides) -> list:
    """``mentions`` without those of an actor one of ``besides`` names: whom an act by ``besides``
    is aimed at ("Iran and Iraq" minus the subject Iran)."""
    own = {m.actor for m in besides}
    return [m for m in mentions if m.actor not in own]


def side_of(mentions) -> set[str]:
    """The IRIs of the actors of ``mentions`` and the ISO codes of their states: the side whose
    own acts a response or a denial is not aimed at."""
    return {m.actor.id for m in mentions} | {m.actor.country for m in mentions if m.actor.country}


def on_side(actor: Actor, side: set[str]) -> bool:
    """True when ``actor`` or its state is one of ``side`` (from ``side_of``)."""
    return actor.id in side or (actor.country or "") in side
