"""Event types: map a predicate (verb phrase or event noun) to a CAMEO event code.

The verb lexicon (``verbs.tsv``), the event nouns (``event_nouns.tsv``) and the
CAMEO code list (``cameo.tsv``) are data files; this module only looks up.
"""

from __future__ import annotations

import difflib
from functools import cached_property

from . import data
from .model import Predicate


#: CAMEO roots of cooperation (03 intent to cooperate ... 08 yield) and of conflict (10 demand ... 20).
COOPERATIVE_ROOTS = ("03", "04", "05", "06", "07", "08")
CONFLICT_ROOTS = ("10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20")
#: Cooperation done, not said: cooperation (06), aid (07), yielding (08).
MATERIAL_COOPERATION_ROOTS = COOPERATIVE_ROOTS[3:]
#: What asks another to act: appeals (02) and demands (10).
REQUEST_ROOTS = ("02", "10")
#: Verdicts on what another did: disapproval (11) and rejection (12).
VERDICT_ROOTS = CONFLICT_ROOTS[1:3]
#: Conflict from threats on (13 threaten ... 20): acts aimed at a victim.
HOSTILE_ROOTS = CONFLICT_ROOTS[3:]
#: Conflict done, not said: protest (14) to mass violence (20).
MATERIAL_CONFLICT_ROOTS = CONFLICT_ROOTS[4:]
#: Violence: assault (18), fighting (19), mass violence (20).
VIOLENT_ROOTS = CONFLICT_ROOTS[8:]


def is_violent(code: str | None) -> bool:
    """True when a CAMEO code is violence (18 to 20): "190" yes, "142" (hunger strike) no."""
    return (code or "")[:2] in VIOLENT_ROOTS


class EventTyper:
    """Looks up CAMEO codes for verbs and nouns.

    >>> EventTyper().code_for(("blame",))
    '112'
    """

    def __init__(self, dictionary_verbs: frozenset[str] = frozenset()) -> None:
        self.verbs = data.verb_lexicon()
        # Real verbs, never read as a lexicon verb misspelt ("protect" is no "protest").
        self.dictionary_verbs = dictionary_verbs
        self.nouns = data.event_nouns()
        self.codes = data.cameo_codes()
        self.light_verbs = data.cues()["light_verbs"]
        self._close_verbs: dict[str, str | None] = {}

    @cached_property
    def _single_verbs(self) -> list[str]:
        return sorted(pattern[0] for pattern in self.verbs if len(pattern) == 1)

    def code_for(self, pattern: tuple[str, ...]) -> str | None:
        """The CAMEO code of a lexicon pattern, or None."""
        return self.verbs.get(pattern)

    def noun_code(self, lemma: str) -> str | None:
        """The CAMEO code of an event noun ("summit"), or None."""
        return self.nouns.get(lemma)

    def noun_phrase(self, noun) -> str:
        """The event noun a token names with its modifier, where the list has the pair ("arms sale",
        "hunger strike", "air strike"), else its lemma ("sale")."""
        lemma = noun.lemma_.lower()
        return next((phrase for child in noun.lefts if child.dep_ in ("compound", "amod")
                     for phrase in (f"{child.lower_} {lemma}", f"{child.lemma_.lower()} {lemma}")
                     if phrase in self.nouns), lemma)

    def noun_code_of(self, noun) -> str | None:
        """The CAMEO code of an event noun token, its modifier first: "an arms sale" (062) is no plain
        sale (061), "a hunger strike" (142) no armed strike."""
        return self.nouns.get(self.noun_phrase(noun)) or self.nouns.get(noun.lower_)

    def is_violent_noun(self, noun) -> bool:
        """True when an event noun token names violence (CAMEO 18 to 20): "strike", "war", not "talks",
        nor "a hunger strike"."""
        return is_violent(self.noun_code_of(noun))

    def label(self, code: str | None) -> str | None:
        """The CAMEO label of a code ("112" -> "Accuse")."""
        entry = self.codes.get(code) if code else None
        return entry.label if entry else None

    def predicate_for_verb(self, verb, object_words: list[str],
                           prep: str | None) -> tuple[Predicate | None, bool]:
        """The predicate of a verb token, and whether its lemma matched the lexicon exactly.

        Tries the longest pattern first: verb + object noun ("hold talk"), verb +
        particle or preposition ("call on"), the verb alone ("blame"); then an event
        noun as object of a light verb ("held summit meetings with"); then a close spelling of a
        lexicon verb, for typos in the article ("criticizdc").
        """
        lemma = self.lexicon_lemma(verb)
        particles = self.particles(verb)
        # "told Netanyahu to end": the infinitive's "to" completes the pattern ("tell to"); not
        # one inside a name ("condemned by the Committee to Protect Journalists").
        particles += ["to" for child in verb.children if child.dep_ == "xcomp" and not child.ent_type_
                      and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)]
        # Longest first: "break off talk", "crack down on", then two words, then the verb alone.
        candidates = [(lemma, particle, word) for particle in particles for word in object_words]
        candidates += [(lemma, particle, prep) for particle in particles if prep]
        # "agreed to an immediate ceasefire", "called for restraint": the preposition's noun.
        # "barred China and other partners from the meeting": the parser may hang it on the last
        # object; "from attending the summit": the gerund's object.
        # ("put Cuba back on the list": the parser hangs the preposition on "back".)
        holders = [verb, *(conj for obj in verb.children if obj.dep_ == "dobj" for conj in obj.conjuncts),
                   *(adverb for adverb in verb.children if adverb.dep_ == "advmod" and adverb.lower_ == "back")]
        candidates += [(lemma, child.lower_, noun.lemma_.lower()) for holder in holders for child in holder.children
                       if child.dep_ == "prep" for pobj in child.children
                       for noun in ((pobj,) if pobj.dep_ == "pobj" else
                                    [g for g in pobj.children if g.dep_ == "dobj"] if pobj.dep_ == "pcomp" else ())
                       if noun.pos_ == "NOUN"]
        # "raised concerns with Beijing": the object noun and the actor's preposition.
        candidates += [(lemma, word, prep) for word in object_words if prep]
        candidates += [(lemma, word) for word in object_words]
        candidates += [(lemma, particle) for particle in particles]
        if prep:
            candidates.append((lemma, prep))
        for pattern in candidates:
            code = self.verbs.get(pattern)
            if code:
                return self.predicate_of(" ".join(pattern), verb, code), True
        # A light verb takes the meaning of its event noun: "conducted a drill", "approved a sale",
        # "began a hunger strike" (the noun with its modifier first).
        light = lemma in self.light_verbs
        phrases = {child.lemma_.lower(): self.noun_phrase(child)
                   for child in verb.children if child.dep_ == "dobj"} if light else {}
        for word in object_words if light else ():
            code = self.nouns.get(phrases.get(word, word)) or self.nouns.get(word)
            if code:
                return self.predicate_of(f"{lemma} {word}", verb, code), True
        code = self.verbs.get((lemma,))
        if code:
            return self.predicate_of(lemma, verb, code), True
        close = self._close_verb(lemma)
        if close:
            return self.predicate_of(close, verb, self.verbs[(close,)]), False
        return None, False

    @staticmethod
    def particles(verb) -> list[str]:
        """The particles of a phrasal verb: "shrugged *off*", "pushed *back* against" (the parser may
        call "away", "off", "back" or "aside" right after the verb or its object an adverb, or a
        preposition with no object: "drove away a vessel", "pushed Russian troops back", "brushing
        aside Zakharova's claim"; and "over" right before an amount, "more than": "handed *over*
        30,000 tonnes of rice")."""
        ends = {verb.i, *(obj.right_edge.i for obj in verb.children if obj.dep_ == "dobj")}
        following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        amount_over = ["over"] if following is not None and following.lower_ == "over" and following.dep_ == "quantmod" \
            and following.head.head.head == verb else []
        # "sent 252 Venezuelan men it had been holding in CECOT *back* to Caracas", "sent migrants
        # held in CECOT *back*": the parser hangs the particle on the clause describing the object.
        hung_on_object = [child.lower_ for obj in verb.children if obj.dep_ == "dobj"
                          for clause in obj.children if clause.dep_ in ("relcl", "acl")
                          for child in clause.children if child.dep_ == "advmod" and child.lower_ == "back"
                          and child.i > clause.i]
        return [child.lower_ for child in verb.children if child.dep_ == "prt" or (
            child.dep_ in ("advmod", "prep") and child.lower_ in ("away", "off", "back", "aside") and child.i - 1 in ends
            and not any(g.dep_ == "pobj" for g in child.children))] + hung_on_object + amount_over

    @staticmethod
    def phrases(verb) -> set[str]:
        """The verb's lemma, alone and with each of its particles: "hit back" -> {"hit", "hit back"}."""
        lemma = verb.lemma_.lower()
        return {lemma, *(f"{lemma} {particle}" for particle in EventTyper.particles(verb))}

    @cached_property
    def _pattern_heads(self) -> frozenset[str]:
        return frozenset(pattern[0] for pattern in self.verbs)

    def knows(self, verb) -> bool:
        """True when some lexicon pattern starts with the verb's lemma ("suspend" of "suspend sale")."""
        return self.lexicon_lemma(verb) in self._pattern_heads

    def lexicon_lemma(self, verb) -> str:
        """The verb's lemma, or the lexicon verb its inflected form comes from where the small
        pipeline's lemma is no verb the lexicon knows: "staged" -> "stage" (lemmatised "stag")."""
        lemma = verb.lemma_.lower()
        text = verb.lower_
        if lemma in self._pattern_heads or verb.tag_ not in ("VBD", "VBN", "VBG", "VBZ"):
            return lemma
        if text.endswith("ied"):
            stems = [text[:-3] + "y", text[:-1], text[:-2]]
        elif text.endswith("ed"):
            stems = [text[:-1], text[:-2]]
        elif text.endswith("ing"):
            stems = [text[:-3], text[:-3] + "e"]
        else:
            stems = [text[:-1]] if text.endswith("s") else []
        return next((stem for stem in stems if stem in self._pattern_heads), lemma)

    def _close_verb(self, lemma: str) -> str | None:
        """The lexicon verb ``lemma`` is a misspelling of ("criticizdc" -> "criticize"), or None.

        Remembered per lemma: comparing with every lexicon verb is slow, and a corpus repeats
        its unknown verbs.
        """
        if lemma not in self._close_verbs:
            found = None
            if lemma.isalpha() and len(lemma) >= 6 and lemma not in self.dictionary_verbs:
                close = difflib.get_close_matches(lemma, self._single_verbs, n=1, cutoff=0.8)
                if close and close[0][:5] == lemma[:5]:
                    found = close[0]
            self._close_verbs[lemma] = found
        return self._close_verbs[lemma]

    def predicate_for_intent(self, governor, verb, object_words: list[str],
                             prep: str | None) -> tuple[Predicate | None, bool]:
        """The predicate of an act that is only promised, planned or threatened.

        "plans to visit" -> ``plan visit`` (036), "threatened to strike" -> ``threaten``
        (130), "agreed to hold talks" -> ``agree to`` (030): the pair, else the governing verb.
        """
        lead = self.lexicon_lemma(governor)
        lemma = self.lexicon_lemma(verb)
        candidates = [(lead, lemma), *((lead, word) for word in object_words), (lead, "to"), (lead,)]
        for pattern in candidates:
            code = self.verbs.get(pattern)
            if code:
                tokens = [t for t in governor.children if t.dep_ in ("aux", "neg") and t.i < governor.i]
                tokens += [governor, verb] + [t for t in verb.children if t.dep_ == "aux" and t.i < verb.i]
                text = _join(sorted(set(tokens), key=lambda t: t.i))
                return Predicate(" ".join(pattern), text, code, self.label(code)), True
        return None, False

    def with_code(self, predicate: Predicate, code: str) -> Predicate:
        """The same predicate typed with another CAMEO code."""
        return Predicate(predicate.lemma, predicate.text, code, self.label(code))

    def predicate_for_noun(self, noun, code: str) -> Predicate:
        """The predicate of an event noun ("summit", "talks")."""
        return Predicate(lemma=noun.lemma_.lower(), text=_noun_text(noun), cameo=code,
                         label=self.label(code))

    def predicate_of(self, lemma: str, verb, code: str) -> Predicate:
        """A predicate named ``lemma`` for the verb group of ``verb``, typed with ``code``."""
        return Predicate(lemma=lemma, text=_verb_text(verb), cameo=code, label=self.label(code))


def _verb_text(verb) -> str:
    """The verb group as written: auxiliaries, negation, the verb and its particle ("has blamed")."""
    tokens = [child for child in verb.children
              if child.dep_ in ("aux", "auxpass", "neg", "prt") and abs(child.i - verb.i) <= 4]
    tokens.append(verb)
    return _join(sorted(tokens, key=lambda t: t.i))


def _noun_text(noun) -> str:
    """The event noun with its compound and adjective modifiers ("joint press conference")."""
    tokens = [child for child in noun.lefts if child.dep_ in ("compound", "amod")]
    tokens.append(noun)
    return _join(sorted(tokens, key=lambda t: t.i))


def _join(tokens) -> str:
    """Tokens as written when they are adjacent, else separated by single spaces."""
    parts = []
    for index, token in enumerate(tokens):
        parts.append(token.text)
        if index + 1 < len(tokens):
            adjacent = tokens[index + 1].i == token.i + 1
            parts.append(token.whitespace_ if adjacent else " ")
    return "".join(parts).strip()
