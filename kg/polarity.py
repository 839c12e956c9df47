"""Polarity: whether an act a sentence names happened, was refused, or was only asked for.

"did not condemn", "failed to condemn", "rejected calls to impose" are negated acts;
"urged Japan to *stop*" and "accused Britain of *plotting*" are acts only asked for or
alleged, never statements of their own. Every word list is a cue list of ``cues.toml``.
"""

from __future__ import annotations

from . import data
from .events import EventTyper
from .frames import fronted_clause, is_infinitive, misjoined_governor, participle_after_comma

#: Complements through which a directive's request reaches a verb.
COMPLEMENT_DEPS = ("xcomp", "ccomp", "pcomp", "conj", "advcl")


class Polarity:
    """Reads negation, refusal and requests off the dependency parse around a verb.

    >>> Polarity().negated(doc[2])      # "Japan did not condemn ..."   # doctest: +SKIP
    True
    """

    def __init__(self) -> None:
        self.cues = data.cues()
        # What a report or claim says happened: "denied reports that", "rejected allegations that".
        self._hearsay_nouns = self.cues["claim_nouns"] | self.cues["hearsay_nouns"]

    def requested_only(self, verb) -> bool:
        """True when ``verb`` is only asked for or alleged: "urged Japan to *stop*", "warned
        NATO against *sending* troops", "accused Britain of *plotting*"."""
        if self._misparsed_request(verb):
            return True
        current = verb
        for _ in range(4):
            relation, head = current.dep_, current.head
            if relation in ("acl", "ccomp") and head.lemma_.lower() in self.cues["evidence_nouns"]:
                # "had evidence the Taliban were sheltering TTP fighters": alleged.
                return True
            if head == current or relation not in COMPLEMENT_DEPS:
                return False
            if relation == "pcomp" and head.lower_ in self.cues["time_prepositions"]:
                # "told reporters after meeting Svyrydenko": when, not what was asked for.
                return False
            if relation == "pcomp" and head.lower_ == "with" \
                    and any(child.dep_ == "nsubj" for child in current.children):
                # "vetoed a resolution calling for a ceasefire, with deputy envoy Dmitry Polyanskiy
                # accusing London": a clause with a subject of its own tells what else happened.
                return False
            if relation == "pcomp" and head.pos_ == "ADP":
                head = head.head
                if head.dep_ == "dobj" and head.head.lemma_.lower() in self.cues["allegation_verbs"]:
                    # "accused Armenian forces of firing": the parser hangs "of" on the accused.
                    head = head.head
            lemma = head.lemma_.lower()
            if misjoined_governor(current) is not None:
                # "urged Manila to stop ... and accused Washington of": not asked for.
                return False
            if participle_after_comma(current) or (relation == "advcl" and (current.tag_ == "VBG" or any(
                    child.dep_ == "mark" and child.lower_ != "to" for child in current.children))):
                # "asked the Council to meet, accusing Venezuela of ...", "ordered the expulsion
                # after Paris criticised ...": acts of their own, not what was asked for.
                return False
            if relation != "conj":
                if lemma in self.cues["directive_verbs"] and not (
                        relation == "ccomp" and lemma in self.cues["reporting_verbs"] | {"tell"}):
                    return True
                if lemma in self.cues["allegation_verbs"] and relation in ("pcomp", "ccomp") \
                        and fronted_clause(head) != current:
                    # (Not "Muttaqi held talks ..., a step Pakistan's foreign office criticised".)
                    return True
            current = head
        return False

    def rejected_request(self, verb) -> bool:
        """True for the act of a request its addressee turned down: "rejected calls to impose
        sanctions", "resisted pressure to cut ties"."""
        if verb.dep_ == "advcl" and is_infinitive(verb) and verb.head.lemma_.lower() in self.cues["rejecting_verbs"]:
            # "rejecting calls from opposition leader Matthew Wale to scrap the pact": the parser
            # hangs the infinitive on the verb, after the request.
            return any(child.dep_ == "dobj" and child.i < verb.i and child.lemma_.lower() in self.cues["request_nouns"]
                       for child in verb.head.children)
        if verb.dep_ == "advcl" and is_infinitive(verb) and any(
                prep.dep_ == "prep" and prep.lower_ == "despite" for prep in verb.head.children
                for noun in prep.children if noun.dep_ == "pobj" and noun.lemma_.lower() in self.cues["request_nouns"]
                and noun.right_edge.i + 1 == verb.left_edge.i):
            # "will not cut production despite repeated calls from OPEC+ to comply with its quota":
            # a request defied (the parser hangs the infinitive on the verb).
            return True
        noun = verb.head
        return verb.dep_ in ("acl", "relcl") and noun.lemma_.lower() in self.cues["request_nouns"] and (
            (noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.cues["rejecting_verbs"])
            or (noun.dep_ == "pobj" and noun.head.lower_ == "despite"))

    def _misparsed_request(self, verb) -> bool:
        """True for an infinitive the small parser hangs on the clause above a request, right after
        the request's object: "travelled to Juba to press President Salva Kiir *to free* Machar"."""
        if verb.dep_ != "advcl" or not is_infinitive(verb):
            return False
        return any(sibling.i < verb.i and sibling.lemma_.lower() in self.cues["directive_verbs"] and any(
            obj.dep_ == "dobj" and obj.right_edge.i + 1 == verb.left_edge.i for obj in sibling.children)
            for sibling in verb.head.children)

    def _passed_over(self, verb) -> bool:
        """True for the alternative a clause turns down: "seek negotiations *rather than
        retaliate*", "talks *instead of retaliating*", wherever the parser hangs the marks."""
        if verb.dep_ not in ("conj", "pcomp"):
            return False
        start = verb.left_edge.i
        return start >= 2 and verb.doc[start - 2:start].text.lower() in self.cues["alternative_marks"]

    def left_open(self, verb) -> bool:
        """True for an act its doer would not rule out: "would not rule out using military force",
        "refused to rule out using military or economic pressure" (a threat of it, not a refusal)."""
        excluding = verb.head
        if verb.dep_ != "xcomp" or not EventTyper.phrases(excluding) & self.cues["excluding_verbs"]:
            return False
        return any(child.dep_ == "neg" or child.lower_ in self.cues["negation_words"] for child in excluding.children) \
            or (excluding.dep_ == "xcomp" and bool(EventTyper.phrases(excluding.head) & self.cues["refusing_verbs"]))

    def negated(self, verb) -> bool:
        """True when the act did not happen: "did not condemn", "failed to condemn", "never met"."""
        negation_words = self.cues["negation_words"]
        current = verb
        for _ in range(4):
            if any(child.dep_ == "neg" or (child.lower_ in negation_words and child.dep_ in ("advmod", "neg"))
                   for child in current.children):
                # "would not hesitate to strike": not hesitating to act is no refusal of it.
                return current is verb or current.lemma_.lower() not in self.cues["hesitation_verbs"]
            if any(child.dep_ in ("nsubj", "nsubjpass") and any(
                    word.dep_ == "det" and word.lower_ == "no" for word in child.children) for child in current.children):
                # "no Greenlandic officials would meet the delegation"
                return True
            if self._passed_over(current):
                # "would seek negotiations rather than retaliate", "instead of retaliating"
                return True
            relation, head = current.dep_, current.head
            if relation == "pcomp" and head.lower_ in self.cues["negating_prepositions"]:
                # "signed with China without consulting Wellington"
                return True
            if relation == "pcomp" and head.pos_ == "ADP":
                if head.lower_ == "by" and head.head.pos_ in ("VERB", "AUX"):
                    # "would not humiliate himself by calling Trump": the means of an act not done
                    # is not done either.
                    current = head.head
                    continue
                head = head.head
            if relation == "xcomp" and EventTyper.phrases(head) & self.cues["negating_verbs"]:
                # "refused to meet", "ruled out supplying Taurus missiles"
                return True
            if relation in ("xcomp", "pcomp", "ccomp") and head.lemma_.lower() in self.cues["denial_verbs"] \
                    and current.i > head.i and head == current.head:
                # "denied that its forces struck", not "X blamed India, a charge New Delhi denied",
                # nor "denied sending drones, with Peskov accusing the EU" (a clause of its own).
                return True
            if relation == "acl" and head.lemma_.lower() in self._hearsay_nouns and head.dep_ == "dobj" \
                    and head.head.lemma_.lower() in self.cues["refuting_verbs"] and current.i > head.i:
                # "denied reports that Moscow was shipping weapons", "rejected allegations that it had
                # supplied drones"
                return True
            if relation == "pcomp" and head.lower_ == "short" and head.head.lemma_.lower() == "stop":
                # "stopped short of criticising Russia"
                return True
            if relation == "xcomp" and any(child.lower_ == "yet" for child in head.children):
                # "has yet to recognise the outcome"
                return True
            if self.rejected_request(current):
                # "rejected calls to impose sanctions on Russia"
                return True
            if (relation in ("acl", "pcomp") or (relation == "relcl" and is_infinitive(current))) and any(
                    word.dep_ == "det" and word.lower_ == "no" for word in (
                        head.head if relation == "pcomp" and head.pos_ == "ADP" else head).children):
                # "had no plans to meet Zelenskyy", "had no intention of invading Eritrea", "saw no
                # reason for Togo to cut ties"
                return True
            if relation == "acl" and head.lemma_.lower() in self.cues["document_nouns"] and head.dep_ == "dobj":
                # "failed to approve a resolution demanding": the text's acts are not done either.
                current = head.head
                continue
            if relation == "ccomp" and head.lemma_.lower() in self.cues["permission_verbs"]:
                # "refused to let the envoy meet Suu Kyi": what is not allowed is not done.
                current = head
                continue
            # A conjoined verb does not inherit the negation of its head ("did not meet X but called Y");
            # an adjective does that of its copula ("was not ready to resume talks").
            if relation not in ("xcomp", "acomp") or head == current:
                return False
            current = head
        return False
