"""Attribution: who reported an act ("..., Yonhap reported citing KCNA", "according to X").

``AttributionReader`` is one half of ``kg.statements.StatementExtractor``: it uses the
extractor's actor lookups (``_actors``, ``_subjects``) and cues.
"""

from __future__ import annotations

from .frames import SUBJECT_DEPS, zero_relative_noun
from .model import Actor

#: How a reported clause hangs off its reporting verb: "X said (that) ...", "..., X said".
REPORTED_DEPS = ("ccomp", "parataxis", "xcomp", "advcl", "conj")


class AttributionReader:
    """The source of a statement: the subject or cited source of the reporting verb above it."""

    def _attribution(self, sentence, predicate_token, mentions) -> Actor | None:
        """Who reported the act: the subject (or cited source) of a reporting verb whose
        clause holds the act ("Yonhap reported citing KCNA"), or "according to X"."""
        current = predicate_token
        participle = predicate_token.dep_ == "advcl" and predicate_token.tag_ == "VBG"
        for _ in range(10):
            if current.head == current:
                break
            if current.dep_ != "relcl" and zero_relative_noun(current) is not None:
                # "..., a move Greer called a power grab": a relative clause on the noun, which the
                # parser hangs on the speaker's verb, is not what the speaker reports.
                break
            own_act = current.dep_ == "advcl" and current.tag_ == "VBG"
            if current.dep_ == "conj" and current.head.lemma_.lower() in self.cues["reporting_verbs"] \
                    and any(child.dep_ in SUBJECT_DEPS for child in current.children):
                # "the Council declared Biya the winner, but Tchiroma rejected the result": a main
                # clause with a subject of its own is not what the verb before it reports.
                break
            if current.dep_ == "advcl" and current.head.lemma_.lower() in self.cues["reporting_verbs"] \
                    and any(child.dep_ == "mark" for child in current.children) \
                    and any(child.dep_ in SUBJECT_DEPS for child in current.children):
                # "..., the world body said, as Guterres demanded their release": the circumstance
                # of the report, with a subject of its own, is not what it reports.
                break
            if self._counted_time_before(current):
                # "..., a day after Rubio warned", "hours after a visit by Rubio, who accused": what
                # happened a counted time before is the writer's background, not what is reported.
                break
            relation, current = current.dep_, current.head
            if current.lemma_.lower() in self.cues["reporting_verbs"] and relation in REPORTED_DEPS:
                reporter = self._reporter(current, mentions)
                doers = [m.actor for m in self._subjects(predicate_token, mentions)] \
                    if participle or predicate_token.dep_ == "conj" else []
                if own_act or (participle and reporter in doers) or (
                        predicate_token.dep_ == "conj" and reporter in doers and (
                            predicate_token.head == current
                            or reporter not in [m.actor for m in self._subjects(predicate_token.head, mentions)])):
                    # "Pashinyan said ..., accusing the bloc of failing", "Lavrov said ..., but
                    # accused Britain", "Aoun said the army had begun ..., and urged Israel": the
                    # speaker's own act, not one reported.
                    return None
                return reporter
        if current.lemma_.lower() not in self.cues["reporting_verbs"]:
            # "Israel struck Syrian tanks, Defence Minister Israel Katz said": the parser hangs the
            # speech on the act.
            for child in current.children:
                if child.lemma_.lower() in self.cues["reporting_verbs"] and child.i > predicate_token.i and (
                        child.dep_ == "parataxis" or (child.dep_ == "advcl" and _after_comma(child))):
                    reporter = self._reporter(child, mentions)
                    if reporter is not None:
                        return reporter
        for token in sentence:
            if token.dep_ == "acl" and token.lemma_.lower() in self.cues["reporting_verbs"] \
                    and token.i > predicate_token.i and token.head.i < token.i and _after_comma(token.head) \
                    and not any(child.dep_ in ("dobj", "ccomp") for child in token.children):
                # "..., the official KCNA news agency reported on Friday", parsed as an object the
                # report qualifies.
                found = self._actors(token.head, mentions)
                if found:
                    return found[0].actor
        for token in sentence:
            # "according to X", "as per X"
            if token.dep_ == "prep" and (token.lower_, token.head.lower_) in (("to", "according"), ("per", "as")):
                for pobj in token.children:
                    found = self._actors(pobj, mentions)
                    if found:
                        return found[0].actor
        return None

    def _counted_time_before(self, token) -> bool:
        """True for a clause or phrase of what came a counted time before: "a day *after* Rubio
        warned" (a clause with a subject of its own), "hours *after* a visit by Rubio"."""
        marks = self.cues["counted_time_marks"]
        if token.dep_ == "advcl" and any(child.dep_ in SUBJECT_DEPS for child in token.children):
            marked = any(child.dep_ == "mark" and child.lower_ in marks for child in token.children)
            return any(child.dep_ == "npadvmod" and (marked or any(
                grandchild.dep_ == "prep" and grandchild.lower_ in marks for grandchild in child.children))
                for child in token.children)
        return token.dep_ == "prep" and token.lower_ in marks and any(child.dep_ == "npadvmod" for child in token.children)

    def _reporter(self, verb, mentions) -> Actor | None:
        """The source of a reporting verb: who it cites ("citing KCNA"), else its subject."""
        for child in verb.children:
            if child.lemma_.lower() in ("cite", "quote") and child.dep_ in ("xcomp", "advcl"):
                for obj in child.children:
                    if obj.dep_ == "dobj":
                        found = self._actors(obj, mentions)
                        if found:
                            return found[0].actor
            if child.dep_ == "dobj" and verb.lemma_.lower() in ("cite", "quote"):
                found = self._actors(child, mentions)
                if found:
                    return found[0].actor
        subjects = self._subjects(verb, mentions)
        if not subjects and verb.dep_ == "acl":
            # "the White House released a statement saying ...": whoever issued the statement.
            subjects = self._issuers(verb.head, mentions)
        if not subjects:
            for child in verb.children:
                if child.dep_ in SUBJECT_DEPS:
                    for token in child.subtree:
                        if token.i in mentions:
                            subjects = [mentions[token.i]]
                            break
        return subjects[0].actor if subjects else None


def _after_comma(head) -> bool:
    """True for a reporting verb whose subject comes right after a comma, as in a trailing
    "..., Qatar's foreign ministry said" the parser hangs on the act as a clause of its own
    ("after talks in Doha mediated by Qatar, Qatar's foreign ministry said"; not "after India
    said"), and for a noun right after a comma ("..., the official KCNA news agency reported")."""
    subjects = [child for child in head.children if child.dep_ in SUBJECT_DEPS and child.i < head.i] \
        if head.pos_ in ("VERB", "AUX") else [head]
    return bool(subjects) and subjects[-1].left_edge.i > 0 and head.doc[subjects[-1].left_edge.i - 1].text == ","
