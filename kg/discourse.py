"""Discourse: what an article has reported so far, for nouns that refer back to it.

"Venezuela denounced the strike" is aimed at whoever struck last; "Pyongyang rejected the
offer" at whoever made it; "a pact that Beijing condemned" at the parties of the act the
sentence reported just before. ``ArticleActs`` keeps the acts of one article in reading order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import data
from .actors import Mention
from .events import CONFLICT_ROOTS, COOPERATIVE_ROOTS, MATERIAL_COOPERATION_ROOTS, VERDICT_ROOTS, EventTyper, is_violent
from .frames import on_side, refers_back
from .model import Predicate


@dataclass(frozen=True)
class Act:
    """A statement already made in the article, for nouns that refer back to it."""

    code: str  # its CAMEO code, as far as it is known ("173", or only a root, "18")
    subject: Mention
    object: Mention | None  # None for an act on no actor ("struck a boat")
    anchor: object = None  # the token the act was read from

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True)
class Unclaimed:
    """Violence by no one named, which a later claim of responsibility makes its claimant's:
    "Militants stormed a police training centre in northwest Pakistan"."""

    code: str
    target: Mention
    anchor: object = None  # the verb the violence was read from


@dataclass(frozen=True)
class Alleged:
    """An act an accusation alleges, which is no statement until someone denies it:
    "accused Armenian forces of firing on its positions"."""

    doer: Mention
    target: Mention
    predicate: Predicate
    anchor: object = None  # the complement verb the act was read from
    named: bool = True  # False when the target is only the accuser, as the likely victim


@dataclass
class ArticleActs:
    """The acts of one article so far, and the parties and subjects of its last sentence
    with statements."""

    typer: EventTyper
    acts: list[Act] = field(default_factory=list)
    recent_parties: list[Mention] = field(default_factory=list)
    recent_subjects: list[Mention] = field(default_factory=list)
    recent_speakers: list[Mention] = field(default_factory=list)  # who reported the last sentence's first act
    alleged: list[Alleged] = field(default_factory=list)
    # What speakers announced with no act on another actor ("said exporters would need
    # licences"), which a later "a move ..." may name.
    announcements: list[Act] = field(default_factory=list)
    unclaimed: list[Unclaimed] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.cues = data.cues()

    def parties_of(self, noun) -> list[Mention]:
        """Whom a verdict on an act reported before is aimed at: "condemned the strike" at whoever
        struck last; "condemned the agreement" at its parties; "welcomed the decision", "condemned
        the move" at whoever did what was reported last."""
        word = noun.lemma_.lower()
        code = self.typer.noun_code_of(noun) or ""
        # ("welcomed their return", "his release": whoever freed those it names.)
        freed = word in self.cues["release_nouns"] | self.cues["return_nouns"] and any(
            child.dep_ == "poss" and child.lower_ in ("their", "his", "her") for child in noun.children)
        if word not in self.cues["event_anaphora"] and noun.lower_ not in self.cues["event_anaphora"] \
                and not code and not freed:
            return []
        if not (refers_back(noun) or freed):
            return []
        if any(child.dep_ in ("prep", "poss", "compound") and child.lower_ != "as"
               and not (freed and child.dep_ == "poss" and child.lower_ in ("their", "his", "her"))
               for child in noun.children):
            # "welcomed the decision as a pragmatic step" is still the bare noun.
            return []
        # What earlier sentences reported, or what this one reported before a clause of its own:
        # "Algeria ordered 12 French staff to leave, Barrot said, calling the move unjustified";
        # "a pact that Beijing condemned" is ``before``'s.
        earlier = self._before_sentence_of(noun)
        # "Poland extended its ban ..., and Kyiv said it would challenge the measure"
        own_clause = any(clause.dep_ == "conj" and clause.pos_ in ("VERB", "AUX")
                         and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) for clause in noun.ancestors)
        if own_clause or any(verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG" for verb in (noun.head, noun.head.head)):
            # "..., calling the move unjustified", "..., prompting India to call the move unfair"
            # (a participle the parser may also hang on the verb as its complement)
            earlier += [act for act in self._earlier_in_sentence(noun) if act.anchor.dep_ != "relcl"]
        if word in self.cues["judgment_nouns"]:
            same_kind = [act for act in earlier if act.code in self.cues["judicial_codes"]]
        else:
            same_kind = [act for act in earlier if code[:2] in ("09", *CONFLICT_ROOTS) and act.root == code[:2]]
        # "Vietnam accused Chinese officers of beating fishermen ... called the assault brutal": an
        # act only alleged before, of the noun's kind, is whose the noun names.
        alleged = [claim for claim in self.alleged if code[:2] in CONFLICT_ROOTS
                   and ((claim.predicate.cameo or "")[:2] == code[:2]
                        or (is_violent(code) and is_violent(claim.predicate.cameo)))
                   and (claim.anchor is None or claim.anchor.doc is not noun.doc or claim.anchor.i < noun.i)]
        if same_kind:
            # "condemned the strike": whoever struck last, not whom they struck.
            parties = [_principal(same_kind)[0].subject]
        elif alleged:
            parties = list({claim.doer.actor.id: claim.doer for claim in alleged
                            if claim.anchor is alleged[-1].anchor}.values())
        elif word in self.cues["joint_nouns"] and own_clause and earlier:
            # "Seoul and U.S. troops began their exercise, and KCNA denounced the drills": both
            # parties of the joint act the sentence reported (", calling the pact historic" is
            # said by one of them).
            last = _principal(earlier)
            parties = [act.subject for act in last] + [act.object for act in last if act.object is not None
                                                       and act.root in COOPERATIVE_ROOTS]
        elif word in self.cues["joint_nouns"] and earlier and (given := _principal(earlier))[0].root \
                in MATERIAL_COOPERATION_ROOTS:
            # "The State Department approved a sale of aircraft parts to Taiwan ... Beijing
            # condemned the deal": a deal one party gives is the giver's.
            parties = [act.subject for act in given]
        elif word in self.cues["joint_nouns"] or not earlier:
            # "condemned the agreement": the parties of the act just reported.
            parties = self.recent_parties
        else:
            # "welcomed the decision", "condemned the move": whoever did what was reported last.
            principal = _principal(earlier)
            # "The AU rejected Israel's recognition of Somaliland ... Somalia called the move an
            # attack": the act a disapproval names, not the disapproval.
            judged = [act for act in earlier if act.anchor is not None and act.anchor.dep_ == "dobj"
                      and any(act.anchor.head == judging.anchor for judging in principal)] \
                if principal[0].root in VERDICT_ROOTS else []
            parties = [act.subject for act in judged or principal]
        return _standing_for(noun, parties)

    def struck_by(self, noun) -> list[Mention]:
        """Whom the act a definite noun refers back to was aimed at: "Ukrainian drones struck a
        refinery in Russia ... the SBU said it was behind the attack" -> Russia, whom the last act
        of the noun's kind (CAMEO root) named."""
        code = self.typer.noun_code_of(noun) or ""
        if not code or not refers_back(noun):
            return []
        same = [act for act in (*self._before_sentence_of(noun), *self._earlier_in_sentence(noun))
                if act.root == code[:2] and act.object is not None]
        if not same:
            return []
        return _standing_for(noun, [act.object for act in same if act.anchor == same[-1].anchor])

    def named_by_pronoun(self, pronoun) -> list[Mention]:
        """Whose act "it" names in "..., Tusk said, calling it a provocation": whoever did the last
        act read earlier in its sentence; for a verdict on an act, whom the verdict was aimed at
        ("Russia and China condemned the decision, and Iran called it baseless")."""
        earlier = [act for act in self._earlier_in_sentence(pronoun) if act.root]
        if not earlier:
            return []
        last = [act for act in earlier if act.anchor == earlier[-1].anchor]
        if last[0].root in VERDICT_ROOTS:
            return _standing_for(pronoun, [act.object for act in last if act.object is not None])
        return _standing_for(pronoun, [act.subject for act in last])

    def last_doers(self, token) -> list[Mention]:
        """Who did what an earlier sentence's main clause reported: whom "Israel responded by
        recalling its ambassador" is aimed at."""
        earlier = [act for act in self._before_sentence_of(token) if act.anchor is not None and act.anchor.doc is token.doc]
        return _standing_for(token, [act.subject for act in _principal(earlier)]) if earlier else []

    def hostile_before(self, token, side: set[str] = frozenset(), earlier_sentences: bool = False) -> list[Mention]:
        """Who did the last hostile act (CAMEO 10-20) read earlier in ``token``'s sentence (or, with
        ``earlier_sentences``, before it), other than the actors of ``side`` (from
        ``frames.side_of``): whom "Warsaw ordered the closure of Russia's consulate, and Moscow
        promised a mirror response" answers; "Tehran condemned the attack, and Araqchi vowed that
        Iran would respond" answers the attack, not Tehran; "Qatar condemned an Israeli air strike
        on Doha ... Doha reserved the right to respond" answers the strike."""
        acts = self._before_sentence_of(token) if earlier_sentences else self._earlier_in_sentence(token)
        hostile = [act for act in acts if act.root in CONFLICT_ROOTS and not on_side(act.subject.actor, side)]
        if not hostile:
            return []
        return _standing_for(token, [act.subject for act in hostile if act.anchor == hostile[-1].anchor])

    def faulted_before(self, token, side: set[str]) -> list[Mention]:
        """Whom the actors of ``side`` faulted or rebuffed (CAMEO 11-12) earlier in ``token``'s
        sentence: whom "Lavrov accused Norway of militarising Svalbard and said Moscow would take
        appropriate measures" warns."""
        faulted = [act for act in self._earlier_in_sentence(token) if act.root in ("11", "12")
                   and act.object is not None and on_side(act.subject.actor, side)
                   and not on_side(act.object.actor, side)]
        return list({act.object.actor.id: act.object for act in faulted}.values())

    def captors(self, token) -> list[Mention]:
        """Who made the last arrest, detention or seizure (CAMEO 17) reported before ``token``:
        whom "demanded their release" is aimed at."""
        held = [act for act in self.acts if act.root == "17" and (
            act.anchor is None or act.anchor.doc is not token.doc or act.anchor.i < token.i)]
        if not held:
            return []
        return _standing_for(token, [act.subject for act in held if act.anchor == held[-1].anchor])

    def unclaimed_before(self, token) -> list[Unclaimed]:
        """The last violence by no one named read before ``token`` (its targets, one per target),
        whom "the Pakistani Taliban claimed responsibility" strikes."""
        before = [act for act in self.unclaimed if act.anchor.doc is not token.doc or act.anchor.i < token.i]
        return [act for act in before if act.anchor == before[-1].anchor] if before else []

    def alleged_against(self, deniers: list[Mention], state_of) -> list[Alleged]:
        """The alleged acts, in reading order, whose doer is one of ``deniers`` or their state
        ("Yerevan" denies what "Armenian forces" were accused of)."""
        owners = {m.actor.id for m in deniers} | {state.id for m in deniers if (state := state_of(m.actor))}
        return [act for act in self.alleged if act.doer.actor.id in owners or (
            (state := state_of(act.doer.actor)) is not None and state.id in owners)]

    def _before_sentence_of(self, token) -> list[Act]:
        """The acts read before ``token``'s sentence (acts of other articles' docs count as earlier)."""
        return [act for act in self.acts if act.anchor is None or act.anchor.doc is not token.doc
                or act.anchor.i < token.sent.start]

    def _earlier_in_sentence(self, token) -> list[Act]:
        """The acts read in ``token``'s sentence before it."""
        return [act for act in self.acts if act.anchor is not None and act.anchor.doc is token.doc
                and token.sent.start <= act.anchor.i < token.i]

    def before(self, noun) -> list[Mention]:
        """The parties of the last act read earlier in ``noun``'s sentence: its doers, and for a
        joint noun naming a cooperative act its other party too ("signed an agreement ..., a pact
        that ...")."""
        earlier = self._earlier_in_sentence(noun) or [
            # "China's commerce ministry said exporters would need licences ..., a move Greer called a
            # power grab": with no act read before it, what the speaker announced.
            act for act in self.announcements if act.anchor.doc is noun.doc
            and noun.sent.start <= act.anchor.i < noun.i and act.anchor.dep_ == "ROOT"]
        # "imposed sanctions on the bank, saying the lender had helped Russia ..., a step Bishkek
        # criticised": the step is the sanctions, not what the reason given says.
        earlier = [act for act in earlier if not self._given_as_reason(act.anchor)] or earlier
        # "approved Sweden's bid to join NATO, a step Stoltenberg welcomed": the approval, not the
        # joining a noun only aims at; "awarded a consortium led by CCCC the contract, a decision
        # criticised by": the awarding, not the leading that describes a noun.
        earlier = [act for act in earlier if not _describing_noun(act.anchor)] or earlier
        if noun.lemma_.lower() in self.cues["decision_nouns"]:
            # "Iran suspended cooperation with the IAEA after U.S. and Israeli strikes on its sites, a
            # decision Grossi called regrettable": a decision is what a clause did, not an act a
            # noun names in passing.
            earlier = [act for act in earlier if act.anchor.pos_ in ("VERB", "AUX")] or earlier
        if not earlier:
            return []
        last = [act for act in earlier if act.anchor == earlier[-1].anchor]
        parties = [act.subject for act in last]
        if last[0].root in COOPERATIVE_ROOTS and noun.lemma_.lower() in self.cues["joint_nouns"]:
            # "signed an agreement ..., a pact that ...": both parties; "a move praised by": the doer.
            parties += [act.object for act in last if act.object is not None]
        return _standing_for(noun, parties)

    def _given_as_reason(self, anchor) -> bool:
        """True for an act read inside a participle of speech after a comma: ", saying the lender
        had helped Russia evade restrictions"."""
        for token in anchor.ancestors:
            if token.dep_ == "advcl" and token.tag_ == "VBG" and token.lemma_.lower() in self.cues["reporting_verbs"]:
                return True
        return False

    def authors_of(self, noun) -> list[Mention]:
        """Who said what "rejected the offer", "denounced the statement" refer to: the subjects
        of the statements reported just before."""
        if noun.lemma_.lower() not in self.cues["speech_anaphora"] or not refers_back(noun):
            return []
        if any(child.dep_ in ("prep", "poss", "compound") or (child.dep_ == "amod" and child.text[:1].isupper())
               for child in noun.children):
            # "rejected the Russian proposal" is Russia's, whoever spoke last ("the new charges" is
            # still the bare noun).
            return []
        if noun.lemma_.lower() in self.cues["utterance_nouns"] and self.recent_speakers:
            # "Abiy told parliament that Ethiopia would seek ... Asmara dismissed the remarks": Abiy's.
            return _standing_for(noun, self.recent_speakers)
        return _standing_for(noun, self.recent_subjects)


def _describing_noun(anchor) -> bool:
    """True for a clause that only describes a noun: an infinitive it aims at ("Sweden's bid *to
    join* NATO") or a participle ("a consortium *led* by CCCC")."""
    return anchor.dep_ == "acl" and anchor.head.pos_ in ("NOUN", "PROPN")


def _standing_for(token, parties: list[Mention]) -> list[Mention]:
    """Mentions at ``token`` of each distinct actor among ``parties``, in order."""
    unique = list({m.actor.id: m for m in parties}.values())
    return [Mention(token.i, token.i + 1, m.actor, "pronoun") for m in unique]


def _principal(acts: list[Act]) -> list[Act]:
    """The acts of the main clause of the last sentence among ``acts``: "ECOWAS lifted sanctions
    on Guinea, weeks after Mali completed its withdrawal" -> ECOWAS's."""
    if acts[-1].anchor is None:
        return acts[-1:]
    last_sentence = acts[-1].anchor.sent
    recent = [act for act in acts if act.anchor is not None and act.anchor.sent == last_sentence]

    def depth(act: Act) -> int:
        token, steps = act.anchor, 0
        while token.head.i != token.i:
            token, steps = token.head, steps + 1
        # "weeks after Mali completed its withdrawal" is background even where the parser
        # makes it the root.
        return steps + 2 * any(child.dep_ == "mark" for child in act.anchor.children)

    first = min(recent, key=depth)  # the first of the shallowest
    return [act for act in recent if act.anchor == first.anchor]
