"""Denials of acts alleged or reported before: "Azerbaijan accused Armenian forces of firing on
its positions, a claim Yerevan denied", "... accusing Phnom Penh of laying new mines. Cambodia
denied planting any mines", "India's army denied firing first".

An analyst codes a denial as the act denied, negated (Armenia did not fire on Azerbaijan), not
as a statement about the accusation. ``DenialReader`` is one part of
``kg.statements.StatementExtractor``: it remembers what each accusation alleges (an alleged act
is no statement of its own) and reads denials against it, with the extractor's actor lookups
(``_actors``, ``_subjects``, ``_objects``, ``_own_side``), lexicon (``typer``), cues and the
article's acts.
"""

from __future__ import annotations

from .actors import Mention
from .discourse import Alleged
from .events import HOSTILE_ROOTS
from .frames import Frame, appended_claim, confidence, on_side, side_of, zero_relative_noun


class DenialReader:
    """Alleged acts, and denials of them."""

    def _remember_alleged(self, verb, mentions) -> None:
        """Keep the act an accusation alleges ("accused Armenian forces of *firing* on its
        positions"): the accused as its doers, what the complement names as its object."""
        accusation = _allegation_of(verb, self.cues["allegation_verbs"])
        if accusation is None:
            return
        accused = [m for child in accusation.children if child.dep_ == "dobj"
                   for m in self._actors(child, mentions, possessor=True)]
        if not accused:
            return
        objects, object_words, prep = self._objects(verb, mentions, False)
        predicate = self.typer.predicate_for_verb(verb, object_words, prep)[0]
        if predicate is None or not predicate.cameo:
            return
        accused_ids = {m.actor.id for m in accused}
        predicate = self._armed_backing(verb, predicate, objects)
        # The victim of a hostile act the accusation names no target for is the accuser: "accused
        # Phnom Penh of laying new mines" (on Thailand).
        hostile = predicate.cameo[:2] in HOSTILE_ROOTS
        targets = [m for m in objects if m.actor.id not in accused_ids]
        # "accused Armenian forces of firing on its positions": "its" is the accuser's, whom the
        # pronoun resolver, taking the nearest state, reads as the accused; a hostile act that
        # names no target at all is most likely aimed at the accuser too.
        named = bool(targets) or (bool(objects) and hostile)
        if not targets and hostile:
            targets = [m for m in (self._own_side(m) for m in self._subjects(accusation, mentions))
                       if m.actor.id not in accused_ids]
        self.article_acts.alleged.extend(Alleged(doer, target, predicate, verb, named)
                                         for doer in accused for target in targets)

    def _denied_claim(self, verb, mentions) -> Frame | None:
        """"a claim Yerevan denied", "Kigali denied the accusation": the act the claim alleged,
        negated, when an accusation before named one against the denier."""
        claims = [child for child in verb.children if child.dep_ == "dobj" and child.pos_ == "NOUN"]
        relative = zero_relative_noun(verb)
        appended = appended_claim(verb, self._claim_words) if relative is None else None
        if relative is not None:
            claims.append(relative)
        elif appended is not None:
            claims.append(appended[0])
        # "accused India of backing the group, which New Delhi denied": what the clause it
        # qualifies alleged.
        within = verb.head if verb.dep_ == "relcl" and any(
            child.dep_ == "dobj" and child.tag_ == "WDT" for child in verb.children) else None
        roots = self._denied_act_roots(claims)
        if not roots and within is None \
                and not any(claim.lemma_.lower() in self._claim_words for claim in claims):
            return None
        # (The parser may give the appended clause no subject: "a charge Kigali has repeatedly denied".)
        deniers = list({mentions[word.i].actor: mentions[word.i] for word in appended[1] if word.i in mentions}.values()) \
            if appended is not None else []
        deniers = deniers or self._subjects(verb, mentions)
        # Only an act whose target the accusation named: "accused the RSF of killing civilians,
        # a charge the group denied" rejects the charge (120), it says nothing of an act on the army.
        alleged = [act for act in self.article_acts.alleged_against(deniers, self.finder.state_of) if act.named
                   and (not roots or act.predicate.cameo[:2] in roots)
                   and (within is None or act.anchor == within or act.anchor in within.ancestors)]
        if not alleged:
            return self._denied_involvement(verb, claims, deniers, mentions)
        last = [act for act in alleged if act.anchor == alleged[-1].anchor]
        subjects = tuple(act.doer for act in last)
        objects = tuple(act.target for act in last)
        return Frame(subjects, objects, last[0].predicate, True, confidence([*subjects, *objects], True) * 0.9,
                     verb, zipped=True)

    def _denied_involvement(self, verb, claims, deniers: list[Mention], mentions) -> Frame | None:
        """A part denied in a hostile act that names whom it was done to, where no accusation
        before alleged it: "Kenya's government denied any involvement in his abduction" -> Kenya did
        not abduct Besigye (the act, negated)."""
        own = side_of(deniers)
        for claim in claims:
            if claim.lemma_.lower() not in self.cues["involvement_nouns"]:
                continue
            acts = [act for prep in (*claim.children, *(p for p in claim.head.children if p.i > claim.i))
                    if prep.dep_ == "prep" and prep.lower_ == "in"
                    for act in prep.children if act.dep_ == "pobj"]
            for act in acts:
                code = self.typer.noun_code_of(act) or ""
                if code[:2] not in HOSTILE_ROOTS:
                    continue
                targets = [m for child in act.children for m in (
                    self._actors(child, mentions) if child.dep_ == "poss"
                    else self._prep_objects(child, mentions) if child.dep_ == "prep"
                    and child.lower_ in ("of", "on", "against") else [])]
                targets = [m for m in targets if not on_side(m.actor, own)]
                if deniers and targets:
                    return Frame(tuple(deniers), tuple(targets), self.typer.predicate_for_noun(act, code), True,
                                 confidence([*deniers, *targets], True) * 0.9, verb)
        return None

    def _denied_act_roots(self, nouns) -> set[str]:
        """The CAMEO roots of the acts denied nouns name: "denied the shelling", "denied opening
        fire" (a noun to the parser), "denied any role in the attack"."""
        roots = set()
        for noun in nouns:
            word = noun.lemma_.lower()
            # ("denied the accusation": an accusation names no act of its own that was denied.)
            code = None if word in self._claim_words else self.typer.noun_code_of(noun)
            # The parser may hang "in the attack" on the verb.
            hung = [prep for prep in noun.head.children if prep.dep_ == "prep" and prep.i > noun.i]
            gerund = misparsed_gerund(noun)
            if gerund is not None:
                code = self.typer.code_for((gerund.lemma_.lower(), word)) or code
            for child in [*noun.children, *hung]:
                if word in self.cues["involvement_nouns"] and child.dep_ == "prep" and child.lower_ == "in":
                    code = next((self.typer.noun_code_of(g) for g in child.children
                                 if g.dep_ == "pobj"), None) or code
            if code:
                roots.add(code[:2])
        return roots

    def _denied_targets(self, verb, subjects: list[Mention], root: str) -> list[Mention]:
        """Whom a denied act with no object named was aimed at: "Cambodia denied planting any
        mines" after "accusing Phnom Penh of laying new mines"; "India's army denied firing first"
        after "Indian troops opened fire"."""
        if _denial_of(verb, self.cues["denial_verbs"]) is None:
            return []
        alleged = [act for act in self.article_acts.alleged_against(subjects, self.finder.state_of)
                   if act.predicate.cameo[:2] == root]
        if alleged:
            return [alleged[-1].target]
        own = side_of(subjects)
        reported = [act for act in self.article_acts.acts if act.object is not None and act.root == root
                    and on_side(act.subject.actor, own)]
        return [reported[-1].object] if reported else []


def misparsed_gerund(noun):
    """The gerund the small parser makes a modifier of a denied noun: "denied [supplying]
    weapons", "denied [opening] fire" (the act denied); else None."""
    return next((child for child in noun.children if child.dep_ in ("compound", "amod") and child.tag_ == "VBG"), None)


def _allegation_of(verb, allegation_verbs):
    """The accusing verb whose "of" (or "for") complement ``verb`` is: "accused X of *firing*",
    "blamed India for *arming* the group"."""
    head = verb.head
    if verb.dep_ != "pcomp" or head.pos_ != "ADP" or head.lower_ not in ("of", "for"):
        return None
    accusing = head.head
    if accusing.dep_ == "dobj":
        # "accused Armenian forces of firing": the parser hangs "of" on the accused.
        accusing = accusing.head
    return accusing if accusing.lemma_.lower() in allegation_verbs else None


def _denial_of(verb, denial_verbs):
    """The denying verb ``verb`` is the complement of: "denied *carrying out* the strikes"."""
    head = verb.head
    if verb.dep_ in ("xcomp", "ccomp", "pcomp") and head.lemma_.lower() in denial_verbs and verb.i > head.i:
        return head
    return None
