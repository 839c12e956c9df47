"""Statements: read who did or said what to whom from the dependency parse.

For every verb (and every event noun such as "summit" or "talks") the
extractor finds the subject actors and the object actors, expands
coordination ("the United States, Japan and South Korea") into one statement
per (subject, object) pair, turns passive voice around ("was condemned by"),
flags negation ("will not send", "failed to condemn") and records who
reported the statement ("..., Yonhap reported citing KCNA").

What a sentence only asks for, warns against or hopes for is not an act:
"called on Washington to stop arming Taiwan" gives China -> United States
(appeal), not United States -> Taiwan. Promises and threats keep the code of
the promise or threat: "threatened to strike Israel" is a threat (13).

Verb frames are read here; acts named by nouns in ``kg.noun_frames``, who reported an act in
``kg.attribution``; whether it happened in ``kg.polarity``; what it refers back to in
``kg.discourse``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import replace

from . import data
from .actors import ActorFinder, ArticleContext, Mention, clause_verb, subject_in_time_phrase
from .attribution import AttributionReader
from .denials import DenialReader, misparsed_gerund
from .discourse import Act, ArticleActs, Unclaimed
from .events import (COOPERATIVE_ROOTS, MATERIAL_CONFLICT_ROOTS, MATERIAL_COOPERATION_ROOTS, REQUEST_ROOTS,
                     VERDICT_ROOTS, VIOLENT_ROOTS, EventTyper, is_violent)
from .frames import (SUBJECT_DEPS, Frame, absolute_subject, after_comma_and, appended_claim, between_preps, confidence,
                     forces_before_infinitive, fronted_clause, hung_on_absolute_clause, hung_on_verb, in_adverbial_idiom, infinitive_of_noun,
                     is_infinitive, is_possessive_pronoun, is_verdict, misjoined_governor, misparsed_amount,
                     misparsed_apposition, misparsed_participle, on_side, others_than, own_state, pairs,
                     participle_after_comma, side_of, sharing_conjunct_head, state_naming_title, through_preposition,
                     object_after_label, described_person, zero_relative_noun)
from .noun_frames import NounFrameReader
from .polarity import Polarity
from .parse import dictionary_verbs
from .verdicts import VerdictReader
from .model import Actor, CleanArticle, Predicate, Statement

_PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
_OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")
#: Dependents that share the subject of their head verb: "Kim criticized X and blamed Y",
#: "deployed troops to assist", "Kim, who blamed the US".
_INHERITING_DEPS = ("xcomp", "conj", "advcl", "relcl", "acl", "pcomp")
#: CAMEO roots of acts two parties do together: "India and Pakistan held talks".
_RECIPROCAL_ROOTS = ("03", "04", "05", "06")
#: Acts that, agreed to, are coded as done: easing, releasing, a truce (08), aid (07); ties agreed to
#: be restored (05) are an intent (030), as the annotators of the current guide code them.
_AGREED_ROOTS = ("07", "08")
#: What a cooperative act announced for later is coded as: "will meet" -> 036 (intent to meet).
_INTENT_CODES = {"04": "036", "045": "039", "05": "032", "06": "031", "07": "033", "08": "035"}
#: Acts that answer what another did, aimed at its doer where they name no one else: disapproval,
#: protest, reduced relations (threats and demands are aimed at whom they name or address).
_REACTION_ROOTS = ("11", "14", "16")


class StatementExtractor(NounFrameReader, AttributionReader, DenialReader, VerdictReader):
    """Turns parsed articles into ``Statement`` records.

    >>> extractor = StatementExtractor(nlp)             # doctest: +SKIP
    >>> list(extractor.extract(clean_article, docs))    # doctest: +SKIP
    """

    def __init__(self, nlp) -> None:
        self.finder = ActorFinder(nlp)
        self.typer = EventTyper(dictionary_verbs(nlp))
        self.cues = data.cues()
        self.polarity = Polarity()
        self.article_acts = ArticleActs(self.typer)  # what the article reported so far
        self.context = ArticleContext()  # what the article has said so far, and where it was filed
        # Unions of cue lists that the actor reading tests on every noun phrase, built once.
        self._owned_nouns = self.cues["possessed_nouns"] | self.cues["state_anaphora"] \
            | (self.cues["authored_nouns"] - self.cues["event_anaphora"])
        self._state_owned_nouns = self.cues["government_nouns"] | self.cues["state_anaphora"] \
            | self.cues["state_possessions"]
        self._counting_nouns = self.cues["quantity_nouns"] | self.cues["currency_nouns"] | self.cues["renewal_nouns"] \
            | self.cues["execution_nouns"]
        self._force_nouns = self.cues["military_nouns"] | self.cues["armament_nouns"]
        # Nouns for what one party alleges of another ("a charge Kigali denied"), and nouns that
        # refer back to an act or to words said before ("the measures", "remarks that").
        self._claim_words = self.cues["claim_nouns"] | {"charge"}
        self._referring_nouns = self.cues["event_anaphora"] | self.cues["speech_anaphora"]

    def extract(self, clean: CleanArticle, docs: Iterable) -> Iterator[Statement]:
        """The statements of one article, in reading order, each (subject, predicate, object) once per sentence."""
        article = clean.article
        self.article_acts = ArticleActs(self.typer)
        # Where the article was filed: the state a visit it names no destination for was paid to,
        # and the one "the junta" means before any state is named.
        places = (clean.dateline.region, clean.dateline.place) if clean.dateline else ()
        context = self.context = ArticleContext(home_state=next(
            (state for place in places if place if (state := self.finder.state_at(place)) is not None), None))
        for passage, doc in zip(clean.passages, docs):
            mentions = self.finder.mentions(doc, context)
            for sentence in doc.sents:
                seen: set[tuple] = set()
                pairs_seen: set[tuple] = set()  # (subject, object, negated) of the statements so far
                parties: list[Mention] = []
                subjects: list[Mention] = []
                speakers: list[Mention] = []
                first_frame: Frame | None = None
                for frame in self._frames(sentence, mentions):
                    attributed_to = self._attribution(sentence, frame.anchor, mentions)
                    for subject, obj in pairs(frame):
                        if subject.actor.id == obj.actor.id or own_state(
                                subject.actor, obj.actor, frame.predicate.cameo,
                                outsider=self._outside_government(subject.actor, obj.actor)):
                            continue
                        # One statement per pair and kind of act: "agreed to hold talks" is one.
                        kind = (frame.predicate.cameo or "")[:2] or frame.predicate.lemma
                        key = (subject.actor.id, kind, obj.actor.id, frame.negated)
                        pair = (subject.actor.id, obj.actor.id, frame.negated)
                        if pair in pairs_seen and (
                                (frame.anchor.pos_ == "NOUN" and not (frame.predicate.cameo or "").startswith(("042", "043")))
                                or (participle_after_comma(frame.anchor) and (frame.predicate.cameo or "").startswith(("111", "112")))):
                            # "agreed to a ceasefire after talks in Doha", "agreed to a ceasefire ...
                            # brokered the deal between the neighbours": the event noun names the act
                            # the verb already gave the pair (a visit is an act of its own); "imposed
                            # sanctions on Tolentino, accusing him of ...": the accusation is the reason;
                            # "rejected a U.N. experts' report, calling it biased": so is the name given.
                            continue
                        if key in seen or (kind == "04" and (obj.actor.id, kind, subject.actor.id, frame.negated) in seen):
                            # A meeting is one act between two parties, whoever the sentence names first.
                            continue
                        if kind == "03" and frame.predicate.lemma.split()[0] in self.cues["agreeing_verbs"] and any(
                                (one, "04", other, frame.negated) in seen
                                for one, other in ((subject.actor.id, obj.actor.id), (obj.actor.id, subject.actor.id))):
                            # "met on the sidelines of a NATO summit and agreed to keep channels of
                            # communication open": the meeting is the act between them, as the
                            # annotators of the current guide code it in all 5 such items.
                            continue
                        seen.add(key)
                        pairs_seen.add(pair)
                        # "Mali, Burkina Faso and Niger said they were withdrawing": each of them says so.
                        group = self.finder.groups.get(subject.start, [])
                        source = subject.actor if attributed_to in group and subject.actor in group else attributed_to
                        parties.extend(m for m in (subject, obj) if m.actor not in [p.actor for p in parties])
                        first_frame = first_frame or frame
                        if frame is first_frame and subject.actor not in [m.actor for m in subjects]:
                            # The first act's subjects: whom "rejected the offer" reaches back to.
                            subjects.append(subject)
                        if frame is first_frame and attributed_to is not None and not speakers:
                            speakers.append(Mention(frame.anchor.i, frame.anchor.i + 1, attributed_to, "pronoun"))
                        self.article_acts.acts.append(Act(frame.predicate.cameo or "", subject, obj, frame.anchor))
                        yield self._statement(article, passage.start, sentence, subject, obj, frame, source)
                if parties:
                    self.article_acts.recent_parties, self.article_acts.recent_subjects = parties, subjects
                    self.article_acts.recent_speakers = speakers
                else:
                    # "Israel's Shin Bet said it had arrested two soldiers. Tehran dismissed the
                    # report": what was said is the speaker's, though it named no other party.
                    speakers = [m for token in sentence if token.dep_ in ("ROOT", "parataxis")
                                and token.lemma_.lower() in self.cues["reporting_verbs"]
                                for m in self._subjects(token, mentions)]
                    if speakers:
                        self.article_acts.recent_subjects = speakers

    # -- frames -----------------------------------------------------------------------

    def _frames(self, sentence, mentions: dict[int, Mention]) -> Iterator[Frame]:
        for token in sentence:
            if misparsed_participle(token):
                frame = None
            elif token.pos_ == "NOUN" or (_gerund_subject(token) and self.typer.noun_code(token.lower_)):
                # ("*Fighting* between the ELN and FARC dissidents has killed 80 people": an event
                # noun the parser makes a verb.)
                frame = self._noun_frame(token, mentions)
            elif token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT"):
                frame = self._verb_frame(token, mentions)
            else:
                frame = None
            if frame:
                frame = self._verbal_clash(self._official_protest(frame))
                denied = self._denied_report(frame, mentions)
                if denied is not None:
                    frame, charge = denied
                    yield charge
                yield frame
                for guests in (self._guests(frame), self._visitors(frame)):
                    if guests is not None:
                        yield guests
                talks = self._mediated_talks(frame)
                if talks is not None:
                    yield talks
                issuers = self._warrant_issuers(frame, mentions)
                if issuers is not None:
                    yield issuers
            allies = (self._allies(token, mentions) if token.pos_ == "VERB" else None) or self._joint_force(frame)
            if allies is not None:
                yield allies

    def _denied_report(self, frame: Frame, mentions) -> tuple[Frame, Frame] | None:
        """A reported act its doer denies, said so after a comma: "said the UAE was arming the RSF,
        a charge Abu Dhabi has repeatedly denied" -> the act, negated, and the speaker's charge
        against the doer (112); None for any other frame."""
        verb = clause_verb(frame.anchor)
        if frame.negated or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in self.cues["reporting_verbs"]:
            return None
        denial = next((found for word in verb.doc[verb.i + 1:verb.sent.end]
                       if word.lemma_.lower() in self.cues["denial_verbs"]
                       and (found := appended_claim(word, self._claim_words)) is not None), None)
        # (", a charge ...": right after the clause, whose subtree the parser may stretch over it.)
        if denial is None or verb.doc[denial[0].i - 3] not in verb.subtree:
            return None
        claim, words = denial
        deniers = {mentions[word.i].actor for word in words if word.i in mentions}
        doers = [m for m in frame.subjects if m.actor in deniers]
        speakers = others_than(self._subjects(verb.head, mentions), doers)
        if not doers or not speakers:
            return None
        charge = Frame(tuple(speakers), tuple(doers), self.typer.predicate_of("charge", verb.head, "112"), False,
                       confidence([*speakers, *doers], True) * 0.9, verb.head)
        return replace(frame, negated=True), charge

    def _official_protest(self, frame: Frame) -> Frame:
        """A state's protest is an official complaint (114), not a demonstration (14): "summoned
        Russia's ambassador to protest against Russian strikes", "drawing a protest from Paris"."""
        predicate = frame.predicate
        if not (predicate.cameo or "").startswith("14") or predicate.lemma.split()[0] not in self.cues["protest_words"] \
                or not all(m.actor.type == "Country" for m in frame.subjects):
            return frame
        return replace(frame, predicate=self.typer.with_code(predicate, "114"))

    def _verbal_clash(self, frame: Frame) -> Frame:
        """A clash between people is one of words, disapproval (110): "Petro, a leftist who has
        clashed with Trump over the boat strikes" (forces that clash fight, 19)."""
        predicate = frame.predicate
        if not is_violent(predicate.cameo) or predicate.lemma.split()[0] not in self.cues["dispute_verbs"] \
                or not all(m.actor.type == "Person" for m in (*frame.subjects, *frame.objects)):
            return frame
        return replace(frame, predicate=self.typer.with_code(predicate, "110"))

    def _guests(self, frame: Frame) -> Frame | None:
        """The visit a hosting says it implies: "welcomed Putin to Astana for a state visit" -> Putin
        visits Kazakhstan (the host's state; none for a body)."""
        if not (frame.predicate.cameo or "").startswith("043") or frame.negated or frame.zipped or not any(
                # Said so: "for a two-day state visit", "welcomed Trump to Riyadh" (annotators code a
                # bare "hosted" or "received in Cairo" as the hosting only, mostly).
                pobj.lemma_.lower() in ("visit", "trip") or (prep.lower_ == "to" and pobj.pos_ == "PROPN")
                for prep in frame.anchor.children if prep.dep_ == "prep"
                for pobj in prep.children if pobj.dep_ == "pobj"):
            return None
        guests = [m for m in frame.objects if m.actor.type == "Person"]
        hosts = self._host_states(frame)
        if not guests or not hosts:
            return None
        return Frame(tuple(guests), tuple(hosts[:1]), self.typer.with_code(frame.predicate, "042"), False,
                     frame.confidence * 0.9, frame.anchor)

    def _host_states(self, frame: Frame) -> list[Mention]:
        """The states of a meeting's subjects, the hosts of any guest: a state itself, or a
        person's state (none for a body)."""
        return [Mention(m.start, m.end, state, "descriptor") for m in frame.subjects
                if (state := (m.actor if m.actor.type == "Country" else self.finder.state_of(m.actor)))]

    def _visitors(self, frame: Frame) -> Frame | None:
        """The visit of a guest met as "visiting": "Xi Jinping met visiting Australian Prime Minister
        Anthony Albanese" -> Albanese visits China (the state of whoever met them; none for a body)."""
        code = frame.predicate.cameo or ""
        if not code.startswith("04") or code.startswith(("042", "045")) or frame.negated or frame.zipped:
            return None
        doc = frame.anchor.doc
        guests = [m for m in frame.objects if m.actor.type == "Person" and _introduced_as_visiting(doc[m.start:m.end])]
        guest_states = {state.id for g in guests if (state := self.finder.state_of(g.actor)) is not None}
        hosts = [m for m in self._host_states(frame) if m.actor.id not in guest_states]
        if not guests or not hosts:
            return None
        return Frame(tuple(guests), tuple(hosts[:1]), self.typer.predicate_of("visit", frame.anchor, "042"), False,
                     frame.confidence * 0.9, frame.anchor)

    def _warrant_issuers(self, frame: Frame, mentions) -> Frame | None:
        """Whoever issued the warrant an arrest was made on acts on the one arrested too (173):
        "Philippine police arrested former President Rodrigo Duterte on an International Criminal
        Court warrant", "... on a warrant from the International Criminal Court"."""
        anchor = frame.anchor
        if not (frame.predicate.cameo or "").startswith("173") or frame.negated or anchor.pos_ != "VERB":
            return None
        warrants = _warrants(anchor)
        issuers = [m for warrant in warrants for child in warrant.children
                   for m in ([mentions[child.i]] if child.dep_ in ("compound", "poss") and child.i in mentions
                             else self._prep_objects(child, mentions) if child.dep_ == "prep"
                             and child.lower_ in ("from", "by", "of") else [])]
        held = [m for m in frame.objects if m.actor.id not in {i.actor.id for i in issuers}]
        if not issuers or not held:
            return None
        return Frame(tuple(issuers[:1]), tuple(held), self.typer.predicate_of("issue warrant", anchor, "173"), False,
                     frame.confidence * 0.9, warrants[0])

    def _mediated_talks(self, frame: Frame) -> Frame | None:
        """The talks a go-between named on them mediated are still the parties' talks: "EU-mediated
        talks between Kurti and Vucic" -> Kurti and Vucic talk (the noun's own code), beside the
        EU's mediation."""
        anchor = frame.anchor
        if not (frame.predicate.cameo or "").startswith("045") or anchor is None or anchor.pos_ != "NOUN" \
                or len(frame.objects) < 2:
            return None
        code = self.typer.noun_code_of(anchor) or ""
        if code[:2] != "04" or code.startswith("045"):
            return None
        return Frame(frame.objects[:1], frame.objects[1:], self.typer.predicate_for_noun(anchor, code), False,
                     frame.confidence * 0.9, anchor, symmetric_pairs=True)

    def _allies(self, verb, mentions) -> Frame | None:
        """Force used beside or for another side is military cooperation with it (062): "its troops
        fought alongside Russian forces", "conducted air strikes against the militants in support
        of the Somali army" (whoever the force is aimed at)."""
        objects = [child for child in verb.children if child.dep_ == "dobj"]
        lemma = self.typer.lexicon_lemma(verb)
        if not (is_violent(self.typer.code_for((lemma,))) or any(
                is_violent(self.typer.code_for((lemma, obj.lemma_.lower()))) or self.typer.is_violent_noun(obj)
                for obj in objects)):
            return None
        # "in an operation near Timbuktu in support of the Malian army": one noun further down.
        holders = [verb, *objects, *(pobj for prep in verb.children if prep.dep_ == "prep"
                                     for pobj in prep.children if pobj.dep_ == "pobj")]
        sides = [prep for holder in holders for prep in holder.children if prep.dep_ == "prep" and (
            prep.lower_ in self.cues["alliance_prepositions"]
            or (prep.lower_ == "in" and any(p.lemma_.lower() == "support" for p in prep.children)))]
        allies = [m for prep in sides for m in (
            self._prep_objects(prep, mentions) if prep.lower_ != "in"
            else [m for p in prep.children for of in p.children if of.dep_ == "prep" and of.lower_ == "of"
                  for m in self._prep_objects(of, mentions)])]
        if not allies:
            return None
        doers = self._subjects(verb, mentions)
        own = side_of(doers)
        allies = [m for m in allies if not on_side(m.actor, own)]
        if not doers or not allies or self.polarity.requested_only(verb) or self._civilians_only(doers, verb.doc):
            # Not "accused Kinshasa of fighting alongside the FDLR" (alleged), nor "two Chinese
            # nationals fighting alongside Russian forces" (not China's forces).
            return None
        predicate = self.typer.predicate_of("fight alongside", verb, "062")
        return Frame(tuple(doers), tuple(allies), predicate, self.polarity.negated(verb),
                     confidence(doers + allies, True) * 0.9, verb)

    def _joint_force(self, frame: Frame | None) -> Frame | None:
        """Force two sides use together is military cooperation between them (062): "Ugandan and
        Congolese forces launched joint airstrikes on ADF camps"."""
        if frame is None or not is_violent(frame.predicate.cameo) or frame.zipped or frame.negated:
            return None
        # "launched joint airstrikes": the verb's noun says so.
        nouns = (frame.anchor, *(obj for obj in frame.anchor.children if obj.dep_ == "dobj"))
        if not any(child.lower_ in self.cues["joint_modifiers"] for noun in nouns for child in noun.lefts):
            return None
        doers = list({m.actor.id: m for m in frame.subjects}.values())
        if len(doers) < 2:
            return None
        return Frame((doers[0],), tuple(doers[1:]), self.typer.with_code(frame.predicate, "062"), False,
                     frame.confidence * 0.9, frame.anchor, symmetric_pairs=True)

    def _dismissed_as_act(self, verb, mentions) -> bool:
        """True for a verb that dismisses "as" a name an act ("the decision", "a vote the opposition
        dismissed as a sham") or a named party itself ("dismissed Christian Schmidt as illegitimate"),
        rather than something said ("the accusation", "Seoul's offer")."""
        dismissed = [child for child in verb.children if child.dep_ == "dobj"] or (
            [verb.head] if verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN" else [])
        # (The parser may hang "as" on the object: "dismissed the decision as blackmail".)
        if not any(child.dep_ == "prep" and child.lower_ == "as" for head in (verb, *dismissed) for child in head.children):
            return False
        if any(noun.lemma_.lower() in self.cues["dismissed_act_nouns"]
               or (noun.pos_ == "PROPN" and noun.i in mentions) for noun in dismissed):
            return True
        # "dismissed the accusations as malicious slander": something said, called names.
        label = {token.lemma_.lower() for head in (verb, *dismissed) for child in head.children
                 if child.dep_ == "prep" and child.lower_ == "as" for token in child.subtree}
        return bool(label & self.cues["condemning_labels"]) and not label & self.cues["untruth_labels"]

    def _spoken_clause(self, participle):
        """The clause of speech a speaking participle after a comma belongs to where the parser hangs
        it inside what was said: "Rubio warned Venezuela that any attack would be a bad day,
        *speaking* during a visit" -> "warned"; None where it hangs on the speech itself."""
        if participle.lemma_.lower() not in self.cues["speaking_participles"]:
            return None
        # The outermost clause said: "said his government would never allow China to establish a
        # base, speaking after talks" is the speaker's, not whoever would allow.
        said = next((head for head in reversed(list(participle.ancestors)) if head.dep_ == "ccomp"), None)
        return said.head if said is not None and said.head.i < participle.i else None

    def _gathered(self, noun, mentions) -> list:
        """Who a meeting named as a subject brings together, where the parser reads it as one noun
        or names them after "of": "ASEAN foreign ministers meeting in Kuala Lumpur urged" (the
        words before "meeting", among them people in the plural), "a joint summit of the East
        African Community and SADC called on" (the blocs). Empty for any other noun, or a meeting
        that names no one."""
        if noun.pos_ != "NOUN" or noun.i in mentions or (self.typer.noun_code_of(noun) or "")[:2] != "04":
            return []
        compounds = [child for child in noun.children if child.dep_ in ("compound", "nmod")]
        return (compounds if any(child.tag_ == "NNS" for child in compounds) else []) or [
            pobj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children if pobj.dep_ == "pobj"]

    def _restates_eased(self, verb) -> bool:
        """True for a relative clause on what a verb eases: "began lifting punitive measures *it
        imposed on Kosovo*", "lifted most of the sanctions *it imposed on Niger*" (through the
        quantity). The imposition is told again, no act of its own: one statement per pair, as
        the annotators of the current guide code it."""
        if verb.dep_ != "relcl":
            return False
        eased = verb.head
        holder = eased.head.head if eased.dep_ == "pobj" and eased.head.lower_ == "of" else eased
        return holder.dep_ == "dobj" and (self.typer.code_for(
            (self.typer.lexicon_lemma(holder.head), eased.lemma_.lower())) or "").startswith("08")

    def _civilians_only(self, doers: list[Mention], doc) -> bool:
        """True when every doer is a state named only by its civilians ("Indian pilgrims", "two
        Chinese nationals"), who do no violence for it."""
        return all(m.how == "descriptor" and doc[m.start].lemma_.lower() in self.cues["civilian_nouns"] for m in doers)

    def _verb_frame(self, verb, mentions) -> Frame | None:
        lemma = self.typer.lexicon_lemma(verb)
        telling = lemma == "tell" and any(child.dep_ == "xcomp" for child in verb.children)
        label = self._label(verb) if lemma in self.cues["naming_verbs"] else None
        if label is not None:
            # "what it called an intrusion" is naming, not a call; "called the measures blackmail"
            # is a verdict on whoever took them.
            return self._labelled(verb, label, mentions)
        if lemma in self.cues["naming_verbs"] and any(
                child.dep_ == "dobj" and self.typer.noun_code_of(child) for child in verb.children):
            # "called a Ukrainian naval drone attack on the terminal near Novorossiysk 'an aggressive
            # act'", where the parser finds no name: an act is named, not telephoned.
            return None
        if self._restates_eased(verb) or self._summons_purpose(verb, lemma):
            return None
        declaring = any(child.lower_ in self.cues["misparsed_complements"] for child in verb.children)
        # "the EU announced new sanctions on Russia", "added 12 Chinese companies to its blacklist": a
        # reporting verb whose object or preposition makes a pattern acts.
        acting = lemma in self.cues["reporting_verbs"] and any((child.dep_ == "dobj" and (
            (lemma, child.lemma_.lower()) in self.typer.verbs
            or (lemma in self.cues["light_verbs"] and self.typer.noun_code_of(child)))) or (
            child.dep_ == "prep" and any((lemma, child.lower_, pobj.lemma_.lower()) in self.typer.verbs
                                         for pobj in child.children if pobj.dep_ == "pobj"))
            for child in verb.children)
        if lemma in self.cues["reporting_verbs"] and not telling and not declaring and not acting:
            # "Erdogan told Netanyahu to end the war" is an appeal; "told reporters that" is not;
            # "insisted that Yerevan must amend" is a demand; "said the measures were illegal" a verdict.
            frame = self._marked_as_target(verb, mentions) or self._foretold_harm(verb, mentions) \
                or self._foretold_failure(verb, mentions) \
                or self._copular_verdict(verb, mentions) or self._obligation(verb, mentions) \
                or self._claimed_misconduct(verb, mentions) or self._evidenced_wrong(verb, mentions)
            clause = next((child for child in verb.children if child.dep_ == "ccomp"), None)
            if frame is None and verb.dep_ == "ROOT" and clause is not None:
                # Whose the announced measure is: the clause's subject where it names one ("said
                # Russia's Oreshnik system had been deployed in Belarus"), else the speaker's.
                doers = [m for child in clause.children if child.dep_ in ("nsubj", "nsubjpass")
                         for m in self._actors(child, mentions, possessor=True)] or self._subjects(verb, mentions)
                self.article_acts.announcements.extend(Act("01", doer, None, verb) for doer in doers)
            return frame
        # ("if Washington needed to defend Guyana": the condition is marked on the verb the act hangs on.)
        conditioned = (verb, verb.head) if verb.dep_ == "xcomp" else (verb,)
        if self.polarity.requested_only(verb) or any(child.dep_ == "mark" and child.lower_ in self.cues["hypothetical_marks"]
                                                     for head in conditioned for child in head.children) \
                or self._awaited(verb):
            # Asked for, alleged, or only a condition: "until the agency condemned the attacks".
            # What an accusation alleges is kept for a denial of it.
            self._remember_alleged(verb, mentions)
            return None
        # "a resolution that would have renewed sanctions on Mali and extended the mandate ...":
        # it did not happen (a conjunct shares the auxiliaries of the verb it is joined to).
        clause = sharing_conjunct_head(verb) or verb
        auxiliaries = {child.lower_ for head in {verb, clause} for child in head.children if child.dep_ == "aux"}
        if "have" in auxiliaries and auxiliaries & self.cues["future_modals"]:
            return None
        doers = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        purpose = verb
        while purpose.dep_ in ("xcomp", "advcl") and is_infinitive(purpose) and purpose.head != purpose:
            purpose = purpose.head
        if purpose is not verb and purpose.dep_ == "acl":
            doers.append(purpose.head)
        if verb.dep_ == "csubj" or any(det.dep_ == "det" and det.lower_ == "any" for doer in doers for det in doer.children):
            # "any British or French troops deployed to Ukraine would be legitimate targets": a
            # deployment only supposed (the parser may make "troops deployed" a clause, or the
            # subject of the clause after it); "veto any EU decision to use frozen assets to finance
            # Ukraine": nor is what a decision only supposed would do.
            return None
        if lemma in self.cues["denial_verbs"]:
            denied = self._denied_claim(verb, mentions)
            if denied is not None:
                return denied
        if self._answered_by_act(verb) and self._intent_governor(verb) is None:
            # "India retaliated by expelling six Canadian envoys": the expulsion is the act.
            return None
        if verb.dep_ == "pcomp" and verb.head.lower_ == "by" and self._answered_by_act(verb.head.head) \
                and self._intent_governor(verb.head.head) is not None:
            # "Moscow threatened to retaliate by reviewing its fisheries pact with Oslo": only a
            # threat, read at "retaliate".
            return None
        if lemma in self.cues["agreeing_verbs"] and any(self._agreed_act(child, mentions) for child in verb.children
                                                         if child.dep_ == "xcomp"):
            # "agreed to restore relations" is the restoring (050), read at "restore".
            return None
        governor = self._intent_governor(verb)
        # "Canberra had raised concerns ... over drills by a Chinese task group": a "by" the parser
        # calls an agent is none where the verb has an active subject.
        deps = {child.dep_ for child in verb.children}
        # "after talks in Doha mediated by Qatar": a bare participle with an agent is passive, whatever
        # the parser made of the noun before it.
        passive = bool(deps & {"auxpass", "nsubjpass"}) or ("agent" in deps and (
            "nsubj" not in deps or (verb.tag_ == "VBN" and not deps & {"aux", "auxpass"})))
        if passive:
            # "criticised by Guterres and by Robert Floyd": each "by".
            agents = [child for child in verb.children if child.dep_ == "agent"]
            agents += [by for agent in agents for by in agent.children if by.dep_ == "conj" and by.lower_ == "by"]
            subjects = [m for child in agents for pobj in child.children if pobj.dep_ == "pobj"
                        for m in self._actors(pobj, mentions)] or self._orderers(verb, mentions)
            agentless = not agents and not subjects
            # "Jorge Glas, who had been granted asylum by Mexico": the relative pronoun is its noun.
            # ("one of its convoys was fired on": through the count to what it counts.)
            objects = [m for child in verb.children if child.dep_ in _PASSIVE_SUBJECT_DEPS
                       for child in ((verb.head,) if verb.dep_ == "relcl" and child.tag_ in ("WP", "WDT")
                                     else (self._through_quantity(child),))
                       for m in (self._actors(child, mentions, possessor=True)
                                 or self._noun_agents(child, mentions)
                                 or self._noun_targets(child, mentions)
                                 or self._owner(child, mentions)
                                 or self.article_acts.parties_of(child))]
            if verb.dep_ == "acl" and not objects:
                # "the sanctions imposed by the EU on Russia": the noun is the object word;
                # "the deal between Israel and Hamas brokered by Qatar": the noun's parties; "200
                # Palestinian prisoners freed by Israel": the noun itself.
                objects = [m for child in (*verb.children, *verb.head.children) if child.dep_ == "prep"
                           and child.lower_ in self.cues["object_prepositions"]
                           for m in self._prep_objects(child, mentions)] or (
                    # "an EU delegation led by Commissioner Brunner" is his own side's.
                    [] if verb.head.lemma_.lower() in self.cues["led_group_nouns"] else self._actors(verb.head, mentions))
            if not objects and lemma in self.cues["intermediary_verbs"]:
                # "said that talks between Israel and Hamas mediated by Doha and Cairo had reached a
                # critical phase": the parser makes the participle the clause's verb, the talks its
                # subject.
                objects = [m for talks in verb.children if talks.dep_ == "nsubj"
                           for prep in talks.children if prep.dep_ == "prep" and prep.lower_ == "between"
                           for m in self._prep_objects(prep, mentions)]
            # ("a move welcomed by Mirzoyan and criticised by Moscow": the second participle describes
            # the noun as the first does.)
            described = verb.head.head if verb.dep_ == "conj" and verb.head.dep_ == "acl" else verb.head
            if (verb.dep_ in ("acl", "relcl") or described != verb.head) and not objects \
                    and is_verdict(self.typer.code_for((lemma,))) \
                    and described.lemma_.lower() in self.cues["event_anaphora"] | self.cues["claim_nouns"]:
                # "..., a move welcomed by Erdogan", "a move that was criticised by Seoul": the act
                # the sentence reported before; "accused Norway of ..., a charge rejected by Oslo":
                # the accuser; "said she would not visit the shrine, a decision welcomed by Seoul":
                # who decided, where no act was read.
                objects = self.article_acts.before(described) or (
                    self._subjects(clause_verb(described), mentions)
                    if described.dep_ == "appos" and described.lemma_.lower() in self.cues["decision_nouns"] else [])
            misparsed_after = verb.head.dep_ == "nsubj" and any(
                c.dep_ == "mark" and c.lower_ in ("after", "following") for c in verb.head.head.children)
            # "Armenia and Azerbaijan signed a peace deal brokered by Washington" (not "rejected a plan
            # brokered by Egypt": only a cooperative act has the mediator's parties as its subjects).
            joined_in = verb.head.dep_ == "dobj" and (self.typer.code_for(
                (self.typer.lexicon_lemma(verb.head.head), verb.head.lemma_.lower())) or "")[:2] in COOPERATIVE_ROOTS
            if verb.dep_ == "acl" and not objects and verb.lemma_.lower() in self.cues["intermediary_verbs"] \
                    and (verb.head.dep_ == "pobj" or misparsed_after or joined_in):
                # "agreed to a ceasefire after talks hosted by Anwar", "exchanged prisoners in a
                # swap mediated by the UAE", "met for a third round of talks hosted by Fidan": the
                # host acts on the parties of the clause. ("agreed to a ceasefire after talks
                # mediated by Qatar, the ministry said": the parser makes "after talks" a clause.)
                clause = verb.head.head.head if misparsed_after else verb.head
                for _ in range(5):
                    # ("following talks in Ankara mediated by Erdogan": "following" is a preposition.)
                    if (clause.pos_ in ("VERB", "AUX") and clause.dep_ != "prep") or clause.head == clause:
                        break
                    clause = clause.head
                if clause.pos_ in ("VERB", "AUX") and clause.dep_ == "acl" and clause.tag_ == "VBN" \
                        and clause.head.pos_ == "NOUN":
                    # "agreed ... in a joint declaration issued after talks mediated by Caricom": the
                    # parties of the clause the document is named in.
                    clause = clause_verb(clause.head)
                if clause.pos_ in ("VERB", "AUX"):
                    objects = self._subjects(clause, mentions)
                    if (self.typer.code_for((self.typer.lexicon_lemma(clause),)) or "").startswith("04"):
                        # "al-Shaibani met Dermer in Paris for talks mediated by Tom Barrack": whom
                        # the subject met is a party too.
                        objects += [m for child in clause.children if child.dep_ == "dobj"
                                    for m in self._actors(child, mentions) if m not in objects]
            if not objects and verb.dep_ == "advcl" and lemma in self.cues["intermediary_verbs"] \
                    and not any(c.dep_ in _PASSIVE_SUBJECT_DEPS for c in verb.children):
                # "the delegations held talks in Istanbul, hosted by Hakan Fidan": the clause's parties.
                objects = self._subjects(verb.head, mentions)
            if not objects and verb.dep_ == "conj" and not any(c.dep_ in _PASSIVE_SUBJECT_DEPS for c in verb.children):
                # "arrived in Riyadh and was received by the crown prince": the shared subject.
                objects = self._subjects(verb.head, mentions)
        else:
            subjects = self._subjects(verb, mentions)
            objects = []
        captors_guessed = passive and agentless and bool(objects)
        if captors_guessed:
            subjects = self._unnamed_captors(verb, objects, mentions)
        if not subjects and not passive:
            subjects = self._doers_of_received(verb, mentions)
        if not subjects:
            self._remember_unclaimed(verb, mentions, passive)
            return None
        received = self._received(verb, subjects, mentions)
        if received:
            return received
        more_objects, object_words, prep = self._objects(verb, mentions, passive)
        if not captors_guessed:
            # ("arrested in Manila on an ICC warrant": the warrant's issuer is no one arrested.)
            warranted = {t.i for w in _warrants(verb) for t in w.subtree}
            objects.extend(m for m in more_objects if m not in objects and m.start not in warranted)
        if passive and verb.dep_ == "acl":
            object_words = [verb.head.lemma_.lower(), *object_words]
        elif passive:
            # "Sanctions against Iran were tightened": the passive subject picks the pattern; "was
            # granted asylum by Mexico": so does the object left to a passive.
            object_words = [counted.lemma_.lower() for c in verb.children if c.dep_ in ("nsubjpass", "dobj")
                            and (counted := self._through_quantity(c)).pos_ == "NOUN"] + object_words
        denied_gerund = next((gerund for child in verb.children if child.dep_ == "dobj"
                              if (gerund := misparsed_gerund(child)) is not None and gerund.i == verb.i + 1),
                             None) if lemma in self.cues["denial_verbs"] else None
        # "denied supplying weapons to the RSF", parsed as weapons of a kind: the supplying, negated.
        own, own_exact = self.typer.predicate_for_verb(denied_gerund or verb, object_words, prep)
        own_root = ((own.cameo if own else None) or "")[:2]
        intent, intent_exact = self.typer.predicate_for_intent(governor, verb, object_words, prep) \
            if governor is not None else (None, False)
        # ("hopes", which the small pipeline lemmatises "hop", is "hope".)
        lead = self.typer.lexicon_lemma(governor) if governor is not None else None
        generic = intent is None or intent.lemma in (lead, f"{lead} to")
        # "was ready to resume talks", "was not ready to resume talks" (negated below).
        promising = governor is not None and (
            lead in self.cues["future_governors"] | self.cues["readiness_adjectives"]
            # "Blinken is expected to meet Wang Yi", "Modi is scheduled to visit Washington".
            or (lead in self.cues["scheduling_verbs"] and any(c.dep_ == "nsubjpass" for c in governor.children)))
        # "agreed to meet in Budapest": a meeting agreed to is an intent to meet (036), as one promised is.
        meeting_agreed = lead in self.cues["agreeing_verbs"] and own_root == "04"
        promised = (promising or meeting_agreed) and generic and own_root in _INTENT_CODES
        agreed = governor is not None and generic and own_root in _AGREED_ROOTS \
            and lead in self.cues["agreeing_verbs"] and verb.dep_ == "xcomp"
        # "was ready to strike", "would not hesitate to use force against", "plans to invade": force
        # held ready or intended is a threat of it (made 138 below; "vowed to retaliate" names no
        # means, 130).
        force_ready = governor is not None and generic and own_root in VIOLENT_ROOTS and (
            lead in self.cues["readiness_adjectives"] | self.cues["hesitation_verbs"]
            or (lead in self.cues["future_governors"] and not self._response_verb(verb))) \
            and not self._foretold(governor.head if governor.dep_ == "acomp" else governor, "speculative_modals")
        # ("Russia could be ready to use force against NATO within five years" is a forecast.)
        if promised or agreed or force_ready:
            # "pledged to help Ethiopia", "hopes to restore ties": typed as the act for now,
            # made an intent (03) of that kind below; "agreed to lift its restrictions" is the
            # easing itself.
            predicate, exact = own, own_exact
        elif governor is not None:
            # "plans to visit" -> "plan visit" (036), from the lexicon.
            predicate, exact = intent, intent_exact
        else:
            predicate, exact = own, own_exact
        if predicate is None and lemma in self.cues["granting_verbs"] and objects and self._given_time_to_leave(verb):
            # "gave the French ambassador 72 hours to leave the country" expels him, as an order to
            # leave does (below).
            predicate, exact = self.typer.predicate_of(f"{lemma} leave", verb, self._expulsion_code(object_words)), True
        if predicate is None and lemma in self.cues["leaving_verbs"] and objects and all(
                m.actor.type in ("Organization", "Group") for m in objects):
            # "Angola will leave OPEC": leaving a body reduces relations with it (below).
            predicate, exact = self.typer.predicate_of(lemma, verb, "160"), True
        kept = self._kept_state(verb) if predicate is None and lemma in self.cues["maintaining_verbs"] else None
        if kept is not None:
            # "will keep its border with Russia closed": the closure kept up, aimed as the
            # participle's act would be ("closed its border with Russia").
            predicate, exact = self.typer.predicate_for_verb(kept, object_words, prep)
            objects = [m for m in objects if not _possessive_pronoun(m, verb.doc)] or self._kept_objects(verb, mentions)
        refused = predicate is None and lemma in self.cues["accepting_verbs"] and bool(objects) \
            and self.polarity.negated(verb)
        if refused:
            # "would not accept any U.S. military intervention", "will never accept Brussels'
            # migration pact": a rejection of it (an unaccepted demand or offer is read as such).
            predicate, exact = self.typer.predicate_of(f"not {lemma}", verb, "120"), True
        if predicate is None and governor is None and self._response_verb(verb) \
                and self._foretold(verb, "future_modals") and not _asked_how(verb) \
                and not (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.cues["threat_verbs"]):
            # "called the move hostile and said Moscow would respond", "said Ottawa would respond
            # with measures of its own": a response announced is a threat (130), aimed at whoever
            # did what it answers (below); not "did not say how Belgrade would respond", nor
            # "vowed that Iran would respond", the vow's.
            predicate, exact = self.typer.predicate_of(lemma, verb, "130"), True
        if predicate is None:
            if verb.pos_ == "VERB":
                # "Russia lifted its ban ... Tbilisi welcomed the decision": an act the lexicon
                # does not type can still be what a later verdict is on.
                self.article_acts.acts.extend(Act("", subject, None, verb) for subject in subjects)
            return None
        asking = self._asking_document(verb) if (predicate.cameo or "")[:2] == "11" else None
        if asking is not None:
            # "sent a diplomatic note to India requesting the extradition of Hasina": a request
            # (a note protesting, or saying nothing of what it asks, is a formal complaint).
            predicate = asking
        if lemma in self.cues["elaborating_verbs"] and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "adopted sanctions against Russia, targeting its shadow fleet": the same act.
            head_words, head_prep = self._objects(verb.head, mentions, False)[1:]
            head_predicate = self.typer.predicate_for_verb(verb.head, head_words, head_prep)[0]
            if head_predicate is not None and head_predicate.cameo:
                predicate = self.typer.with_code(predicate, head_predicate.cameo)
        root = (predicate.cameo or "")[:2]
        if root == "03" and self._terms_of_signed_agreement(verb):
            # "signed a mutual defence treaty, pledging to come to each other's aid": what the
            # parties pledged is the treaty's terms, no intent of its own.
            return None
        in_kind = self._answered_in_kind(verb, predicate) if root in VIOLENT_ROOTS else None
        if in_kind is not None:
            predicate, root = self.typer.with_code(predicate, in_kind), in_kind[:2]
        if root == "03" and lemma in self.cues["future_governors"] and any(
                self._harm_word(t) or (t.pos_ == "VERB" and self._response_verb(t))
                or (t.pos_ == "NOUN" and self.typer.is_violent_noun(t))
                for clause in verb.children if clause.dep_ == "ccomp" for t in clause.subtree):
            # "vowed that the strikes would be met with escalation", "vowed that its attacks on
            # Israeli targets would continue": a promise of harm is a threat.
            predicate, root = self.typer.with_code(predicate, "130"), "13"
        invited_to = next((x for x in verb.children if x.dep_ == "xcomp"), None) \
            if lemma in self.cues["inviting_verbs"] else None
        if invited_to is not None and not (self.typer.code_for((self.typer.lexicon_lemma(invited_to),)) or "").startswith("04"):
            # "invited the United States to set up military bases", "invited China to expand its
            # presence": an appeal (020); an invitation to visit or meet is an intent to meet (036).
            predicate, root = self.typer.with_code(predicate, "020"), "02"
        asked_to = next((x for x in verb.children if x.dep_ == "xcomp"), None)
        if root == "02" and asked_to is not None and self.typer.phrases(asked_to) & self.cues["resigning_phrases"]:
            # "called on President Mnangagwa to resign": a demand for a change of leadership (1041).
            predicate, root = self.typer.with_code(predicate, "1041"), "10"
        if root == "11" and is_verdict(self.typer.code_for((lemma,))) \
                and any(word in self.cues["claim_nouns"] for word in object_words):
            # "firmly opposed the groundless accusations": a claim is rejected (120), not criticised.
            predicate, root = self.typer.with_code(predicate, "120"), "12"
        if root == "12" and lemma == "dismiss" and self._dismissed_as_act(verb, mentions):
            # "dismissed the decision as blackmail", "dismissed High Representative Christian Schmidt
            # as illegitimate": an act or a person dismissed with a name is criticised (111), as the
            # annotators code it; a claim, an offer or remarks dismissed are rejected (120).
            predicate, root = self.typer.with_code(predicate, "111"), "11"
        if root in MATERIAL_CONFLICT_ROOTS and (any(t.lemma_.lower() in self.cues["sport_words"] for t in verb.sent) or (
                lemma in self.cues["contest_verbs"] and all(m.actor.type == "Person" for m in (*subjects, *objects))
                and any(t.lower_ in self.cues["election_words"] for t in verb.sent))):
            # "India beat Australia by six wickets", "won the runoff, beating Warsaw Mayor Rafal
            # Trzaskowski": a match or a vote, not an assault.
            return None
        if root in VIOLENT_ROOTS and self._civilians_only(subjects, verb.doc):
            # "Indian pilgrims crossed into Tibet": travellers, not the state's forces.
            return None
        if root in VIOLENT_ROOTS and any(t.lower_.startswith(tuple(self.cues["cyber_words"])) for t in verb.subtree):
            # "the hacking group MirrorFace had targeted the foreign ministry": an intrusion is
            # coercion (17), not force; CAMEO has no code of its own for it.
            predicate, root = self.typer.with_code(predicate, "170"), "17"
        announced = governor is None and self._foretold(verb, "future_modals")
        if root in VIOLENT_ROOTS and (announced or force_ready):
            # "Rubio said U.S. forces could strike the cartels": force only announced is a threat.
            predicate, root = self.typer.with_code(predicate, "138"), "13"
        elif root in MATERIAL_CONFLICT_ROOTS and announced and any(
                clause.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("unless", "if") for g in clause.children)
                for clause in verb.children):
            # "would impose a 25% tariff on Mexico and Canada unless the two countries did more": a
            # sanction announced on a condition is a threat of it (131).
            predicate, root = self.typer.with_code(predicate, "131"), "13"
        elif root in MATERIAL_CONFLICT_ROOTS and governor is None and self._foretold(verb, "speculative_modals"):
            # "Kallas said the bloc could suspend visa-free travel for Georgian officials": a
            # sanction only held out is a threat of it (13).
            predicate, root = self.typer.with_code(predicate, "130"), "13"
        if any(child.dep_ == "xcomp" and child.lemma_.lower() in self.cues["departure_verbs"] for child in verb.children) \
                and root in REQUEST_ROOTS and objects:
            # "ordered Belgian diplomats to leave within 48 hours" expels them (161, as "expel
            # diplomats"; executives 174; anyone else 166).
            code = self._expulsion_code(object_words)
            predicate, root = self.typer.with_code(predicate, code), code[:2]
        territorial = self.typer.code_for((lemma, "territory"))
        if territorial and objects and not object_words and all(self.finder.is_place(m, verb.doc) for m in objects):
            # "The RSF seized El Fasher", "returned Kherson": a place taken or handed back is
            # territory (the lexicon's "seize territory", 192), not property.
            predicate, root = self.typer.with_code(predicate, territorial), territorial[:2]
        if (predicate.cameo or "").startswith("063"):
            # "extradited a gang leader to Brazil": judicial cooperation is with the state that
            # receives him.
            receivers = [m for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to"
                         for m in self._prep_objects(prep, mentions) if m.actor.type == "Country"]
            objects = receivers or objects
        predicate = self._armed_backing(verb, predicate, objects)
        if lemma in self.cues["office_verbs"] and predicate.lemma == lemma and not passive and objects and all(
                m.actor.type in ("Organization", "Group") for m in objects):
            # "Malaysian Prime Minister Anwar Ibrahim, who chairs ASEAN this year": an office held,
            # not a meeting ("chaired a meeting of", "talks chaired by" are).
            return None
        root = (predicate.cameo or "")[:2]
        if (lemma in self.cues["leaving_verbs"] or (predicate.cameo or "").startswith("0874")) and objects and all(
                m.actor.type in ("Organization", "Group") for m in objects):
            # "The United States formally left the WHO", "announced their withdrawal from the ICC"
            # reduce relations; "left Paris" is travel, a withdrawal of troops from a town retreat.
            predicate = self.typer.with_code(predicate, "160")
            root = "16"
        each_other = any(child.dep_ == "dobj" and any(
            pair <= {child.lower_, *(g.lower_ for g in child.children)}
            # "expelled each other's diplomats"
            or pair <= {g.lower_ for p in child.children if p.dep_ == "poss" for g in p.subtree}
            for pair in ({"each", "other"}, {"one", "another"})) for child in verb.children)
        mutual = each_other or (lemma in self.cues["exchange_verbs"] and root >= "09") \
            or lemma in self.cues["mutual_verbs"]
        if not objects and len(subjects) >= 2 and mutual and not any(
                child.dep_ == "prep" and child.lower_ == "with" and verb.doc[child.i - 1].text != ","
                for child in verb.children):
            # "Thailand and Cambodia traded accusations": each did it to the other ("Rwandan and
            # Mozambican troops clashed with insurgents" fought side by side; ", with each side
            # saying" is a clause of its own).
            pairs = [(a, b) for a in subjects for b in subjects if a.actor.id != b.actor.id]
            return Frame(tuple(a for a, _ in pairs), tuple(b for _, b in pairs), predicate,
                          self.polarity.negated(verb), confidence(subjects, exact) * 0.9, verb, zipped=True)
        if objects and not object_words and lemma in self.cues["greeting_verbs"] \
                and all(m.actor.type == "Person" for m in objects) \
                and not any(word.lemma_.lower() in self.cues["praising_labels"] for prep in verb.children
                            if prep.dep_ == "prep" and prep.lower_ == "as" for word in prep.subtree):
            # "Rahmon welcomed Putin at the airport": receiving a visitor (043), not praise ("welcomed
            # him as a true friend" praises him).
            predicate, root = self.typer.with_code(predicate, "043"), "04"
        # No joint act between co-subjects where the act is read elsewhere: "Sisi and Mohamud pledged
        # to deepen cooperation with Eritrea" (the complement's, with the partner it names), "Witkoff
        # and Kushner met Putin to discuss a U.S. plan" (the purpose of an act on someone else).
        purpose = is_infinitive(verb) and verb.dep_ in ("advcl", "xcomp") \
            and any(child.dep_ == "dobj" for child in verb.head.children)
        reciprocal = not objects and not passive and len(subjects) >= 2 and not purpose \
            and self._joint_act(verb, object_words, root) \
            and not any(child.dep_ == "xcomp" and self._aims_elsewhere(child, subjects, mentions, root)
                        for child in verb.children)
        if reciprocal and root == "03" and lemma in self.cues["agreeing_verbs"] and not any(
                child.dep_ in ("xcomp", "advcl") and is_infinitive(child) for child in verb.children) and any(
                child.dep_ == "prep" and child.lower_ in ("on", "to") and any(
                    pobj.dep_ == "pobj" and pobj.pos_ == "NOUN" for pobj in child.children) for child in verb.children):
            # "India and China agreed on patrolling arrangements", "agreed to a new action plan": an
            # agreement reached (057); "agreed to expand cooperation" is an intent.
            predicate, root = self.typer.with_code(predicate, "057"), "05"
        elif reciprocal and root == "03" and lemma in self.cues["agreeing_verbs"] and any(
                child.dep_ == "xcomp" and (self.typer.code_for((self.typer.lexicon_lemma(child),)) or "")[:2] == "04"
                for child in verb.children):
            # "Trump and Putin agreed to meet in Budapest": an intent to meet (036).
            predicate = self.typer.with_code(predicate, "036")
        if self._military_support(verb, predicate, prep) or (root == "15" and (reciprocal or prep == "with")):
            # Forces sent to help, or drills held together, are military cooperation.
            predicate = self.typer.with_code(predicate, "062")
        elif root == "15" and prep in ("at", "into") and objects and prep not in (predicate.lemma or "").split()[1:]:
            # A missile fired *at* someone is an attack, not a show of force (sailing into waters or
            # crossing into airspace, the lexicon's own patterns, are one).
            predicate = self.typer.with_code(predicate, "190")
        elif lead in ("vow", "pledge", "promise", "threaten", "threat", "warn") and root != "13" \
                and ((own_root or root) in MATERIAL_CONFLICT_ROOTS or self._response_verb(verb)):
            # "vowed to retaliate against the bloc" is a threat ("threatened to cut off supplies"
            # keeps the lexicon's kind of threat).
            predicate = self.typer.with_code(predicate, "130")
        if promising or meeting_agreed or (governor is None and self._foretold(verb)):
            predicate = self._as_intent(predicate)
        if (predicate.cameo or "")[:2] in COOPERATIVE_ROOTS and own_root != "08":
            # "agreed to step up cooperation against North Korea's threat": the common adversary
            # is not a party to the cooperation ("suspended operations against U.S. forces" is a
            # halt to hostility, and whom it was against is the other party).
            objects = [m for m in objects if not through_preposition(verb.doc, m, "against")]
        if (predicate.cameo or "").startswith("115"):
            # "a World Trade Organization dispute brought by the EU", "an ICJ case": the name on
            # the case is its court, not whom it is brought against.
            objects = [m for m in objects if verb.doc[m.end - 1].dep_ != "compound"
                       or verb.doc[m.end - 1].head.lemma_.lower() not in object_words]
        negated = (self.polarity.negated(verb) and not refused) or denied_gerund is not None or (
            governor is not None and self.polarity.negated(governor)
            and governor.lemma_.lower() not in self.cues["hesitation_verbs"])
        if negated and predicate is intent and governor is not None \
                and governor.lemma_.lower() in self.cues["agreeing_verbs"] and not self.polarity.negated(governor):
            # "Ali and Maduro agreed not to threaten or use force against each other": an agreement
            # made, on an act forsworn.
            negated = False
        if self.polarity.left_open(verb):
            # "would not rule out using military force against Venezuela": a threat of it, aimed
            # at what it would be used for where it names no target ("to take control of Greenland").
            predicate = self.typer.with_code(predicate, "138" if root in VIOLENT_ROOTS else "130")
            root, negated = "13", False
            objects = objects or [m for purpose in verb.children if purpose.dep_ in ("xcomp", "advcl")
                                  and is_infinitive(purpose) for noun in purpose.children if noun.dep_ == "dobj"
                                  for m in self._actors(noun, mentions, possessor=True) or [
                                      m for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                                      for m in self._prep_objects(prep, mentions)]]
        if negated and root == "04" and (
                any(child.dep_ == "aux" and child.lower_ in self.cues["future_modals"] for child in verb.children)
                or (verb.dep_ == "xcomp" and self.typer.phrases(verb.head) & self.cues["refusing_verbs"])):
            # "will not meet Netanyahu", "refused to meet Lula", "would not travel to Washington for
            # talks": a meeting forsworn is a negated intent to meet (036), as annotators code it;
            # "did not meet" is a meeting that did not happen.
            predicate, root = self._as_intent(predicate), "03"
        if not objects and (root == "13" or lemma in self.cues["directive_verbs"]):
            # "warned that the allies would pay dearly": the threat is aimed at the clause's subject;
            # "demanded that Japan withdraw the claim": so is the demand.
            # "demanding that M23 halt its offensive and that Rwandan troops withdraw": each clause;
            # "warned that any intervention by ECOWAS would be a declaration of war": who would intervene.
            objects = [m for child in verb.children if child.dep_ == "ccomp" for clause in (child, *child.conjuncts)
                       for grandchild in clause.children if grandchild.dep_ in ("nsubj", "nsubjpass")
                       for m in self._actors(grandchild, mentions) or (
                           self._noun_agents(grandchild, mentions) if any(
                               d.dep_ == "det" and d.lower_ == "any" for d in grandchild.children) else [])
                       # "vowed that the strikes would be met with escalation": who struck.
                       or (self.article_acts.parties_of(grandchild) if root == "13" else [])]
            # ("Jubaland leader Ahmed Madobe demanded that Mogadishu withdraw its troops": a person
            # may demand of their own state; one threatens only others.)
            own = [s.actor for s in subjects] + [state for s in subjects if (state := self.finder.state_of(s.actor))
                                                 and (root == "13" or s.actor.type != "Person")] \
                + self._titled_bodies(subjects, verb.doc, mentions)
            if root == "13" and (not objects or all(m.actor in own for m in objects)):
                # "warned that his forces would strike South Korea", "vowed that its attacks on
                # Israeli targets would continue": the threat is aimed at whom the speaker's side
                # would strike ("would not hesitate to use them against the United States": the
                # infinitive's).
                objects = [m for child in verb.children if child.dep_ == "ccomp"
                           for clause in (child, *(x for x in child.children if x.dep_ == "xcomp"
                                                   and child.lemma_.lower() in self.cues["hesitation_verbs"]))
                           for m in self._objects(clause, mentions, False)[0]] or [
                    m for child in verb.children if child.dep_ == "ccomp"
                    for subject in child.children if subject.dep_ == "nsubj"
                    for m in self._noun_targets(subject, mentions)]
            if root == "13":
                # "warned that Russia would respond if NATO kept expanding", "would intensify its
                # strikes across Lebanon unless Hezbollah was disarmed": aimed at whoever the
                # condition names too.
                objects += [m for child in verb.children if child.dep_ == "ccomp"
                           for condition in child.children if condition.dep_ == "advcl" and any(
                               c.dep_ == "mark" and c.lower_ in self.cues["hypothetical_marks"] for c in condition.children)
                           for subject in condition.children if subject.dep_ in ("nsubj", "nsubjpass")
                           for m in self._actors(subject, mentions)]
            if root == "13" and not objects and verb.dep_ in ("conj", "advcl") \
                    and verb.head.lemma_.lower() in self.cues["allegation_verbs"] \
                    and not any(child.dep_ == "xcomp" for child in verb.children):
                # "accused Islamabad of a violation and warned of consequences": the warning is
                # aimed at whom the speaker accused (not "threatened to sanction Russia's oil companies").
                objects = [m for child in verb.head.children if child.dep_ == "dobj" for m in self._actors(child, mentions)]
            objects = [m for m in objects if m.actor not in own]
        if not objects and lemma in self.cues["enabling_verbs"]:
            # "pledged to help Zimbabwe clear its arrears": whom the help is for.
            objects = [m for clause in verb.children if clause.dep_ in ("ccomp", "xcomp")
                       for child in clause.children if child.dep_ == "nsubj" for m in self._actors(child, mentions)]
            objects = others_than(objects, subjects)
        if not objects and (self._responding(verb) or root == "13" and any(
                # "vowed that Iran would respond"
                clause.dep_ == "ccomp" and self._responding(clause) for clause in verb.children)):
            objects = self._answered(verb, subjects, mentions)
            if not objects and root == "13":
                # "Egypt condemned Ethiopia's inauguration of its dam, warning that Cairo would take
                # all measures to protect its water security": a threat answering nothing named is
                # aimed at whom the threatener faulted in the same sentence.
                objects = self.article_acts.faulted_before(verb, side_of(subjects))
        if not objects and root in MATERIAL_COOPERATION_ROOTS and not is_infinitive(verb):
            # "financing a package of weapons for Ukraine": the parser hangs whom it is for on
            # what was given (not "a plan to use frozen assets *to finance* a loan for Ukraine",
            # a purpose not yet an act).
            objects = [m for obj in verb.children if obj.dep_ == "dobj"
                       for noun in dict.fromkeys((obj, self._through_quantity(obj))) for prep in noun.children
                       if prep.dep_ == "prep" and prep.lower_ in ("to", "for") for m in self._prep_objects(prep, mentions)]
            objects = others_than(objects, subjects)
        if not objects:
            # "carried out an airstrike targeting Hamas leaders in Doha", "imposed new sanctions
            # aimed at Moscow's energy revenues": whom the act's noun is aimed at.
            objects = [m for obj in verb.children if obj.dep_ == "dobj" for clause in obj.children
                       if clause.dep_ == "acl" and clause.lemma_.lower() in self.cues["aiming_verbs"]
                       for m in self._objects(clause, mentions, False)[0]]
            objects = others_than(objects, subjects)
        if not objects and self._credited(verb, mentions, faulted=False) and root in MATERIAL_COOPERATION_ROOTS:
            # "Sharif thanked China for rolling over a loan": done for the thanker's side.
            thanker = verb.head.head
            objects = [self._own_side(m) for m in self._subjects(thanker, mentions)]
        if not objects and not negated and (predicate.cameo or "").startswith("033"):
            # "Jamaica's prime minister appealed for help after the hurricane, and both the United
            # States and Britain pledged emergency assistance": aid promised is for the state in
            # focus. (Aid given with no one named is often the giver's own programme.)
            own = side_of(subjects)
            objects = [Mention(verb.i, verb.i + 1, state, "pronoun")
                       for state in (self.context.state_in_focus(),) if state is not None and not on_side(state, own)]
        if objects and {m.actor for m in objects} == {m.actor for m in subjects}:
            # "North Korea fired missiles into the sea off its east coast": no one else is the
            # object (the act is still remembered below for a later verdict on it).
            objects = []
        claimed = self.article_acts.unclaimed_before(verb) if not objects and not negated and any(
            child.dep_ == "dobj" and child.lemma_.lower() in self.cues["agency_nouns"]
            and not any(prep.dep_ == "prep" and prep.lower_ == "for" for prep in (*child.children, *verb.children))
            for child in verb.children) else []
        if claimed:
            # "Militants stormed a police training centre in northwest Pakistan ... The Pakistani
            # Taliban claimed responsibility": the claimant did the violence no one was named for.
            objects = others_than([act.target for act in claimed], subjects)
            predicate = self.typer.with_code(predicate, claimed[0].code)
        if not objects and not negated and root in _REACTION_ROOTS:
            # "Japan protested after Chinese ships entered its waters", "Germany will halt arms
            # exports ..., after Israel's cabinet approved a plan": aimed at whoever did what the
            # reaction follows.
            objects = self._provokers(verb, subjects, mentions)
        if not objects and negated:
            # "Cambodia denied planting any mines": aimed at whom it was accused of mining.
            objects = self._denied_targets(verb, subjects, root)
        if not objects:
            # "India and Pakistan held talks": a joint act between the conjoined subjects.
            if not reciprocal:
                if not negated:
                    # "U.S. forces struck a boat ... Venezuela denounced the strike": remembered
                    # for a later verdict on the act, though it names no other party.
                    self.article_acts.acts.extend(Act(predicate.cameo or "", subject, None, verb) for subject in subjects)
                return None
            return Frame(tuple(subjects[:1]), tuple(subjects[1:]), predicate, negated,
                          confidence(subjects, exact) * 0.9, verb, symmetric_pairs=True)
        if is_violent(predicate.cameo) and not negated:
            # "Somali forces, backed by U.S. airstrikes, recaptured the town from al-Shabaab": the
            # backer's force is used on the same side.
            subjects = subjects + [m for m in self._force_backers(verb, mentions)
                                   if m.actor not in {s.actor for s in subjects} and m.actor not in {o.actor for o in objects}]
        return Frame(tuple(subjects), tuple(objects), predicate, negated,
                      confidence(subjects + objects, exact), verb)

    @staticmethod
    def _name_after(preposition, mentions) -> list[Mention]:
        """The name right after a preposition with no object, which the parser hung elsewhere (as a
        second subject of the verb in "Forces loyal to Prime Minister Abdul Hamid Dbeibah clashed"),
        past the titles before it."""
        if any(child.dep_ == "pobj" for child in preposition.children):
            return []
        for token in preposition.doc[preposition.i + 1:preposition.i + 6]:
            if token.i in mentions:
                return [mentions[token.i]]
            if token.pos_ not in ("PROPN", "NOUN", "ADJ", "DET", "PUNCT"):
                break
        return []

    def _sworn_to(self, name, subjects) -> bool:
        """True for a subject the parser split from another one's allegiance: the name after "loyal
        to" in "Forces loyal to Prime Minister Abdul Hamid Dbeibah clashed"."""
        return any(other.i < name.i and modifier.dep_ in ("acl", "amod")
                   and modifier.lemma_.lower() in self.cues["allegiance_words"]
                   and any(p.dep_ == "prep" and p.lower_ in ("to", "with") and p.i == name.left_edge.i - 1
                           for p in modifier.children)
                   for other in subjects for modifier in other.children)

    @staticmethod
    def _titled_bodies(subjects: list[Mention], doc, mentions) -> list:
        """The organisations and groups named in the titles of the people among ``subjects``, whose
        side they speak for: "EU trade chief Maros Sefcovic" -> the EU, "Hezbollah leader Naim
        Qassem" -> Hezbollah."""
        return [mentions[word.i].actor for subject in subjects if subject.actor.type == "Person"
                for word in doc[subject.end - 1].subtree if word.i < subject.start and word.i in mentions
                and mentions[word.i].actor.type in ("Organization", "Group")]

    def _provokers(self, verb, subjects: list[Mention], mentions) -> list[Mention]:
        """Who did what a reaction follows, named by a clause of time on the verb or on the clause
        it completes: "protested after Chinese ships entered its waters" -> China; not the
        reacting side itself ("condemned the attack after meeting Lula")."""
        own = side_of(subjects)
        if verb.dep_ in ("xcomp", "ccomp") and participle_after_comma(verb.head) \
                and verb.head.lemma_.lower() in self.cues["causing_verbs"]:
            # "Venezuela swore in a governor for the territory, prompting Georgetown to denounce a
            # clear threat to its sovereignty": whoever did what prompted it.
            return [m for m in self._subjects(verb.head, mentions) if not on_side(m.actor, own)]
        if any(prep.dep_ == "prep" and prep.lower_ in self.cues["object_prepositions"]
               and any(pobj.dep_ == "pobj" for pobj in prep.children)
               for head in (verb, *(obj for obj in verb.children if obj.dep_ == "dobj")) for prep in head.children):
            # "suspended cooperation with the agency after U.S. strikes": the act names its party,
            # though not by a name kg knows; the provocation is only its reason.
            return []
        holders = (verb, verb.head) if verb.dep_ in ("xcomp", "ccomp") else (verb,)
        doers = [m for holder in holders for clause in holder.children if clause.dep_ == "advcl" and any(
                     mark.dep_ == "mark" and mark.lower_ in self.cues["provocation_marks"] for mark in clause.children)
                 for m in self._subjects(clause, mentions)]
        # "Japan protested after a Chinese incursion": the act a noun names.
        doers += [m for holder in holders for prep in holder.children
                  if prep.dep_ == "prep" and prep.lower_ in self.cues["provocation_marks"]
                  for noun in prep.children if noun.dep_ == "pobj" and self.typer.noun_code_of(noun)
                  for m in self._noun_agents(noun, mentions)]
        if not doers and verb.dep_ == "conj":
            # "Somalia's government denounced Addis Ababa's move ... and recalled its ambassador":
            # aimed at whom the act it is joined to was aimed at.
            doers = [act.object for act in self.article_acts.acts if act.anchor == verb.head
                     and act.object is not None and act.root in _REACTION_ROOTS + ("12", "13")]
        return [m for m in doers if not on_side(m.actor, own)]

    def _remember_judged(self, noun, doers: list[Mention]) -> None:
        """Keep a violent act a verdict names ("condemned as cowardly an Israeli air strike on
        Doha") for a later "denounced the attack", which refers to it, not to who condemned it."""
        root = (self.typer.noun_code_of(noun) or "")[:2]
        if root in VIOLENT_ROOTS and not any(act.anchor == noun for act in self.article_acts.acts):
            # (Once: the objects of a verb are read more than once.)
            self.article_acts.acts.extend(Act(root, doer, None, noun) for doer in doers)

    def _foretold(self, verb, modals: str = "intent_modals") -> bool:
        """True for an act still to come, not refused, by a modal of the cue list ``modals``:
        "Germany will deliver two Patriot systems", "said it would restore relations" (not "will
        not send"); with "future_modals" also "U.S. forces could strike the cartels". A conjunct
        in the base form with no subject or auxiliary of its own shares its head's: "China will
        send more police advisers and *donate* 40 vehicles" (not "said he hoped the truce would
        hold and *thanked* Anwar")."""
        shared = sharing_conjunct_head(verb) if verb.tag_ == "VB" and not any(
            child.dep_ == "aux" for child in verb.children) else None
        return not self.polarity.negated(verb) and any(
            child.dep_ == "aux" and child.lower_ in self.cues[modals]
            for holder in (verb, shared) if holder is not None for child in holder.children)

    def _as_intent(self, predicate: Predicate) -> Predicate:
        """A promise of cooperation (03) of the kind ``predicate`` is, as CAMEO codes it ("will
        meet" 036, "would restore relations" 032); any other predicate as it is."""
        code = predicate.cameo or ""
        if code[:2] not in _INTENT_CODES:
            return predicate
        return self.typer.with_code(predicate, _INTENT_CODES.get(code[:3]) or _INTENT_CODES[code[:2]])

    def _armed_backing(self, verb, predicate: Predicate, objects: list[Mention]) -> Predicate:
        """"Rwanda, which backs the M23": backing an armed group is arming it (072), not praise."""
        if verb.lemma_.lower() in self.cues["backing_verbs"] and (predicate.cameo or "")[:2] == "05" and objects \
                and all(m.actor.type == "Group" for m in objects):
            return self.typer.with_code(predicate, "072")
        return predicate

    def _agreed_act(self, verb, mentions) -> bool:
        """True when ``verb``, agreed to, is coded as done: easing, release, a truce (08) or aid
        (07), as in "agreed to lift its restrictions"."""
        object_words, prep = self._objects(verb, mentions, False)[1:]
        predicate = self.typer.predicate_for_verb(verb, object_words, prep)[0]
        return predicate is not None and (predicate.cameo or "")[:2] in _AGREED_ROOTS

    def _outside_government(self, subject: Actor, obj: Actor) -> bool:
        """True where either party is outside its state's government: an opposition leader or a
        candidate (either side), or one out of office acted on ("Bolivia accused former President
        Evo Morales")."""
        gazetteer = self.finder.gazetteer
        return subject.id in gazetteer.outsiders or obj.id in gazetteer.outsiders or obj.id in gazetteer.out_of_office

    def _noun_words(self, noun) -> list[str]:
        """The words an object noun gives the lexicon: its lemma, and for staff the modifiers or
        the "of" object that say whose they are ("12 French embassy staff" -> staff, embassy; "12
        employees of the French embassy" -> employee, embassy)."""
        words = [noun.lemma_.lower()]
        if noun.lower_ in self.cues["staff_nouns"] or words[0] in self.cues["staff_nouns"]:
            words += [child.lemma_.lower() for child in noun.children if child.dep_ in ("compound", "amod")]
            words += [pobj.lemma_.lower() for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                      for pobj in prep.children if pobj.dep_ == "pobj"]
        return words

    def _expulsion_code(self, object_words: list[str]) -> str:
        """The code of expelling those the object words name, as the lexicon's "expel" patterns
        give it: diplomats 161 (and an embassy's staff), executives 174; anyone else 166."""
        if set(object_words) & self.cues["diplomatic_modifiers"]:
            # ("12 French embassy staff" are expelled as diplomats are.)
            object_words = ["diplomat", *object_words]
        return next((code for word in object_words if (code := self.typer.code_for(("expel", word)))), "166")

    def _given_time_to_leave(self, verb) -> bool:
        """True for "gave its staff 72 hours to leave": a deadline given, with leaving to be done
        by it (the parser hangs the infinitive on the verb or on the time)."""
        deadlines = [child for child in verb.children if child.dep_ == "dobj"
                     and child.lemma_.lower() in self.cues["deadline_nouns"]]
        return bool(deadlines) and any(
            clause.lemma_.lower() in self.cues["departure_verbs"] and is_infinitive(clause)
            for clause in (*verb.children, *(c for deadline in deadlines for c in deadline.children)))

    def _force_backers(self, verb, mentions) -> list[Mention]:
        """Those whose force backs the subject of ``verb``: "Somali forces, backed by U.S. airstrikes,
        recaptured ..." -> the United States; "backed by U.S. and Emirati air strikes" -> both."""
        return [m for subject in verb.children if subject.dep_ == "nsubj"
                for clause in subject.children if clause.dep_ == "acl" and clause.lemma_.lower() in ("back", "support")
                for agent in clause.children if agent.dep_ == "agent"
                for force in agent.children if force.dep_ == "pobj" and (
                    self.typer.is_violent_noun(force) or force.lemma_.lower() in self.cues["military_nouns"])
                for m in self._actors(force, mentions, possessor=True) or self._modifier_state(force)]

    def _remember_unclaimed(self, verb, mentions, passive: bool) -> None:
        """Keeps violence by no one named for a later claim of responsibility: "Militants stormed a
        police training centre in northwest Pakistan" (not "were killed", nor what was denied)."""
        code = self.typer.code_for((self.typer.lexicon_lemma(verb),)) or ""
        if passive or not is_violent(code) or self.polarity.negated(verb) \
                or not any(child.dep_ == "nsubj" and child.pos_ == "NOUN" for child in verb.children):
            return
        targets = self._objects(verb, mentions, False)[0]
        self.article_acts.unclaimed.extend(Unclaimed(code, target, verb) for target in targets)

    @staticmethod
    def _kept_state(verb):
        """The participle naming the state a verb of keeping keeps its object in: "keep its border
        closed" -> "closed" (the parser makes it a complement, a conjunct or a clause); else None."""
        return next((child for child in verb.children
                     if child.dep_ in ("ccomp", "xcomp", "oprd", "acomp", "conj", "advcl") and child.tag_ in ("VBN", "VBD")
                     and not any(g.dep_ in SUBJECT_DEPS for g in child.children)
                     and any(obj.dep_ == "dobj" and obj.i < child.i for obj in verb.children)), None)

    def _kept_objects(self, verb, mentions) -> list[Mention]:
        """Whom the object kept is held against, after it: "keep its border with Russia closed"
        (the parser may hang "with Russia" on "keep")."""
        return [m for obj in verb.children if obj.dep_ == "dobj"
                for prep in (*obj.children, *(p for p in verb.children if p.i == obj.right_edge.i + 1))
                if prep.dep_ == "prep" and prep.lower_ in self.cues["object_prepositions"]
                for m in self._prep_objects(prep, mentions)]

    def _intent_governor(self, verb):
        """The word that makes ``verb`` only intended: "plans to visit", "offered on Sunday to
        mediate", "was ready to resume talks"; None for an act done."""
        head = verb.head
        if head.i == verb.i or misjoined_governor(verb) is not None:
            # ("advised its citizens to avoid travel to Japan and suspended imports": the
            # conjunct in the past is done, by the one who advised.)
            return None
        if sharing_conjunct_head(verb) is not None:
            # "a Chinese offer to train and equip its police": the conjunct is offered too.
            return self._intent_governor(head)
        if verb.dep_ == "xcomp" and (head.pos_ == "ADJ" and head.lemma_.lower() in self.cues["readiness_adjectives"]
                                     or head.lemma_.lower() in self.cues["hesitation_verbs"]):
            return head
        if verb.dep_ == "xcomp" and (head.dep_ == "xcomp" or (head.dep_ == "advcl" and is_infinitive(head))) \
                and head.lemma_.lower() in self.cues["continuing_verbs"]:
            # "pledged to keep supporting Moscow", "vowed to continue backing Kyiv": what is pledged
            # to go on is intended as the act is ("vowing in a televised address to keep targeting
            # Israel": the parser may make the infinitive an adverbial clause).
            return self._intent_governor(head)
        infinitive = verb.dep_ == "advcl" and is_infinitive(verb)
        if (verb.dep_ == "xcomp" or infinitive) and self.typer.lexicon_lemma(head) in self.cues["intent_verbs"]:
            return head
        if verb.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in self.cues["intent_verbs"]:
            # "an offer by Ruto to mediate", "a plan to visit": the noun says it is only intended.
            return head
        if verb.dep_ == "pcomp" and head.lower_ == "of" and head.head.pos_ == "NOUN" \
                and head.head.lemma_.lower() in self.cues["intent_verbs"]:
            # "had no intention of invading Eritrea"
            return head.head
        if infinitive_of_noun(verb) and head.dep_ == "dobj" \
                and self.typer.lexicon_lemma(head.head) in self.cues["intent_verbs"]:
            # "as the two sides sought a deal to ease U.S. tariffs": what the deal would do is sought.
            return head.head
        return None

    def _aspect_owners(self, noun, mentions) -> list[Mention]:
        """Whose act an aspect noun is of, one "of" away: "the outcome of Venezuela's election" ->
        Venezuela, "the conditions of an IMF programme" -> the IMF."""
        if noun.lemma_.lower() not in self.cues["aspect_nouns"]:
            return []
        return [m for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for pobj in prep.children if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN"
                for owner in pobj.children if (owner.dep_ == "poss" and not is_possessive_pronoun(owner)) or (
                    owner.dep_ == "compound" and owner.i in mentions
                    and mentions[owner.i].actor.type in ("Organization", "Group"))
                for m in self._actors(owner, mentions)]

    def _deciders(self, noun, mentions) -> list[Mention]:
        """Who made the decision, plan or intention ``noun`` names: its owner ("Paris's decision"),
        its agent ("a decision by Trump"), or the subject of a verb of holding it ("Putin had no
        plans to meet Zelenskyy", "Modi announced plans to visit Kyiv"; not "rejected a plan to
        resettle Palestinians")."""
        return [m for child in noun.children if child.dep_ == "poss" for m in self._actors(child, mentions)] \
            or self._noun_agents(noun, mentions) or (
                self._subjects(noun.head, mentions)
                if noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.cues["holding_verbs"] else [])

    def _awaited(self, verb) -> bool:
        """True for an act a condition must be met before: "Caracas must publish the tallies
        *before* Brasilia *would* recognise the result" (not "before Brasilia recognised it")."""
        children = {child.lower_ for child in verb.children if child.dep_ in ("mark", "aux")}
        return bool(children & self.cues["awaiting_marks"]) and bool(children & self.cues["future_modals"])

    def _asking_document(self, verb) -> Predicate | None:
        """The appeal or demand a text ``verb`` delivers makes, by the participle describing it:
        "sent a diplomatic note to India *requesting* the extradition" -> a request (02)."""
        return next((asked for text in verb.children if text.dep_ == "dobj"
                     and (asked := self._asked_in(text, verb)) is not None), None)

    def _asked_in(self, text, verb) -> Predicate | None:
        """The appeal or demand (02, 10) of the participle describing a text, the object of
        ``verb``: "a diplomatic note from Bangladesh *demanding* the extradition of Hasina"."""
        if text.lemma_.lower() not in self.cues["document_nouns"]:
            return None
        # (The parser may hang the participle on the verb, after the note's recipient.)
        hung = [c for c in verb.children if c.dep_ == "advcl" and c.i > text.i]
        for participle in (*text.children, *hung):
            if participle.dep_ in ("acl", "advcl") and participle.tag_ == "VBG":
                asked = self.typer.predicate_for_verb(participle, [], None)[0]
                if asked is not None and (asked.cameo or "")[:2] in REQUEST_ROOTS:
                    return asked
        return None

    def _credited(self, verb, mentions, faulted: bool = True) -> list[Mention]:
        """Whom a verb of thanks credits with ``verb``'s act, or (``faulted``) a verb of criticism
        faults for it: "thanked Mexico for sending" -> Mexico; "criticised Pakistan for deporting"
        -> Pakistan."""
        verbs = self.cues["crediting_verbs"] | (self.cues["faulting_verbs"] if faulted else set())
        if verb.dep_ != "pcomp" or verb.head.lower_ != "for" or verb.head.head.lemma_.lower() not in verbs:
            return []
        return [m for child in verb.head.head.children if child.dep_ == "dobj" for m in self._actors(child, mentions)]

    def _issuers(self, text, mentions) -> list[Mention]:
        """Who adopted, issued, released or signed a text named by the direct object ``text``:
        the subjects of its verb ("the White House released a statement saying ...")."""
        if text.dep_ != "dobj" or text.head.pos_ not in ("VERB", "AUX"):
            return []
        return self._subjects(text.head, mentions)

    def _own_side(self, mention: Mention) -> Mention:
        """A person's state, or the actor itself: whom "thanked China for its loan" benefits."""
        state = self.finder.state_of(mention.actor) if mention.actor.type == "Person" else None
        return Mention(mention.start, mention.end, state, "descriptor") if state is not None else mention

    def _obligation(self, verb, mentions) -> Frame | None:
        """"Baku insisted that Yerevan must amend its constitution": saying what another party
        must or should do is a demand (100) on that party."""
        for clause in verb.children:
            if clause.dep_ != "ccomp" or not any(
                    c.dep_ == "aux" and c.lower_ in self.cues["obligation_modals"] for c in clause.children):
                continue
            subjects = self._subjects(verb, mentions)
            named = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(c.i in self.finder.groups for c in named):
                # "said both sides should seek common ground" is advice to everyone, the speaker too.
                continue
            targets = [m for c in named for m in self._actors(c, mentions)]
            targets = others_than(targets, subjects)
            if subjects and targets:
                predicate = self.typer.predicate_of(f"{verb.lemma_.lower()} {clause.lemma_.lower()}", verb, "100")
                return Frame(tuple(subjects), tuple(targets), predicate, False,
                              confidence(subjects + targets, False), verb)
        return None

    def _military_support(self, verb, predicate: Predicate, prep: str | None) -> bool:
        """True for forces sent to a state or to help someone: "sent 3,000 troops to Russia",
        "deployed troops to assist Russia" are military cooperation, not mobilisation or aid."""
        def deploys_forces(token) -> bool:
            return token.lemma_.lower() in self.cues["deployment_verbs"] and any(
                child.dep_ == "dobj" and child.lemma_.lower() in self.cues["military_nouns"]
                for child in token.children)

        if deploys_forces(verb):
            # ("deployed tanks and troops to the Cambodian border" is a show of force.)
            return prep == "to" and not any(
                child.dep_ == "prep" and child.lower_ == "to" and any(
                    pobj.lemma_.lower() in self.cues["boundary_nouns"] for pobj in child.children)
                for child in verb.children)
        return (verb.dep_ in ("advcl", "xcomp") and (predicate.cameo or "")[:2] in ("05", "06", "07")
                and deploys_forces(verb.head))

    def _summons_purpose(self, verb, lemma: str) -> bool:
        """True for the protest an envoy is summoned to hear: "summoned Japan's ambassador to protest
        remarks by Prime Minister Sanae Takaichi" is one official protest, to Japan (114), not a
        second one to her."""
        if lemma not in self.cues["protest_words"] or verb.dep_ not in ("advcl", "xcomp") or not is_infinitive(verb):
            return False
        governor = verb.head
        return any((self.typer.code_for((self.typer.lexicon_lemma(governor), child.lemma_.lower())) or "").startswith("114")
                   for child in governor.children if child.dep_ == "dobj")

    def _aims_elsewhere(self, complement, subjects: list[Mention], mentions, root: str) -> bool:
        """True when what co-subjects pledge or agree to do names a partner or a party of its own:
        "pledged to deepen cooperation with Eritrea", "pledged to defend Somalia's sovereignty"
        (not each other; "agreed to step up security cooperation against North Korea's missile
        threat" and "discussed modernising the EU-Turkey customs union" are still between them)."""
        objects, _, prep = self._objects(complement, mentions, False)
        if prep == "with":
            return True
        others = others_than(objects, subjects)
        if prep == "against" or not others or root == "04":
            # (What a consultation is about is its topic: "discussed modernising the EU-Turkey
            # customs union".)
            return False
        # A party of theirs all share ("the EU-Turkey customs union") is a topic between them;
        # one of one of them ("Sisi and Mohamud pledged to defend Somalia's sovereignty") is aimed at.
        return not all(any(on_side(m.actor, side_of([subject])) for m in others) for subject in subjects)

    def _joint_act(self, verb, object_words: list[str], root: str) -> bool:
        """True when conjoined subjects act together, with no other party: "met", "held talks",
        "signed a deal" -- not "welcomed the announcement" or "backed it"."""
        topical = root == "04" and verb.lemma_.lower() in self.cues["topic_verbs"]
        if verb.lemma_.lower() in self.cues["attending_verbs"]:
            # "with U.S. and Chinese officials attending as observers": present, not meeting.
            return False

        def object_word(child) -> str:
            # "the treaty that Canberra and Port Moresby signed": the relative pronoun's noun.
            if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                return verb.head.lemma_.lower()
            # "held a third round of direct talks"
            return self._through_quantity(child).lemma_.lower()

        if verb.lemma_.lower() in self.cues["exchange_verbs"]:
            # "Russia and Ukraine exchanged prisoners": one joint act, whatever was exchanged.
            return True
        if any(each.lower_ == "each" and each.dep_ in ("appos", "advmod")
               for child in verb.children if child.dep_ in ("nsubj", *_OBJECT_DEPS) for each in child.children):
            # "Russia and Ukraine each released 84 prisoners": to one another, with no other party named.
            return True
        if is_verdict(self.typer.code_for((self.typer.lexicon_lemma(verb),))):
            # "with Turkey, Jordan and other neighbours backing the deal": a verdict on it.
            return False
        if verb.lemma_.lower() in self.cues["intermediary_verbs"] or any(
                child.dep_ in ("xcomp", "advcl") and child.lemma_.lower() in self.cues["intermediary_verbs"]
                and any(g.lower_ == "to" for g in child.children) for child in verb.children):
            # "the United States and France, which brokered the truce", "Lula and Petro offered to
            # mediate": go-betweens, not parties.
            return False
        # ("signed agreements ..., his first foreign trip": the parser's second object is an apposition.)
        # ("signed a *joint* statement": the modifier makes any noun a joint one.)
        if not topical and any(child.dep_ in _OBJECT_DEPS and object_word(child) not in self.cues["joint_nouns"]
                               and not any(m.lower_ in self.cues["joint_modifiers"] for m in child.children)
                               and not misparsed_apposition(child)
                               and not in_adverbial_idiom(child, self.cues["adverbial_idioms"]) for child in verb.children):
            return False
        if root == "04":
            # "Putin and Trump discussed a ceasefire": the object of a consultation is its topic.
            return True
        # "held a joint drill", "agreed to a ceasefire": the noun makes the act a joint one.
        nouns = [*object_words, *(pobj.lemma_.lower() for prep in verb.children if prep.dep_ == "prep"
                                  for pobj in prep.children if pobj.dep_ == "pobj")]
        # "the United States and China cut their reciprocal tariffs": on each other.
        reciprocal = any(modifier.lower_ in self.cues["joint_modifiers"] for child in verb.children
                         if child.dep_ in _OBJECT_DEPS for modifier in child.children)
        return root in _RECIPROCAL_ROOTS or (root in ("08", "15") and any(
            word in self.cues["joint_nouns"] for word in nouns)) or (root in ("08", "16") and reciprocal)

    def _received(self, verb, subjects: list[Mention], mentions) -> Frame | None:
        """"drew a sharp rebuke from Pyongyang": the rebuke is Pyongyang's act on the subjects;
        "received air defence systems from Moscow": Moscow's delivery to them."""
        if verb.lemma_.lower() not in self.cues["receiving_verbs"]:
            return None
        acquiring = verb.lemma_.lower() in self.cues["acquiring_verbs"]
        for child in verb.children:
            code = self.typer.noun_code_of(child) if child.dep_ == "dobj" else None
            # ("received 1,000 tonnes of wheat from Turkey": what is counted; "received the bodies of
            # 1,000 soldiers from Russia", "31 prisoners from Kyiv": persons or remains handed back.)
            delivered = None if code or child.dep_ != "dobj" or not acquiring else next(
                (found for word in dict.fromkeys((child, self._through_quantity(child),
                                                  *(c for c in child.children if c.dep_ == "compound")))
                 for giving in ("deliver", "return")
                 if (found := self.typer.code_for((giving, word.lemma_.lower())))), None)
            if not (code or delivered):
                continue
            # "drawing condemnation from Belgrade and a rebuke from Kaja Kallas": each verdict of the
            # same kind is its source's.
            alike = [conj for conj in child.conjuncts if code and (self.typer.noun_code_of(conj) or "")[:2] == code[:2]]
            sources = [m for prep in (*child.children, *verb.children, *(p for conj in alike for p in conj.children))
                       if prep.dep_ == "prep" and prep.lower_ == "from"
                       for m in self._prep_objects(prep, mentions)] or [
                m for owner in child.children if delivered and owner.dep_ == "poss"
                for m in self._actors(owner, mentions) if not _possessive_pronoun(m, verb.doc)]
            if sources:
                predicate = self.typer.predicate_for_noun(child, code) if code \
                    else self._asked_in(child, verb) or self.typer.predicate_of(verb.lemma_.lower(), verb, delivered)
                return Frame(tuple(sources), tuple(subjects), predicate,
                              False, confidence(sources + subjects, True) * 0.9, child)
        return None

    def _terms_of_signed_agreement(self, verb) -> bool:
        """True for a participle or relative clause that gives the terms of an agreement just
        signed: "signed a treaty ..., pledging to", "signed a joint declaration pledging not to use
        force", "reached a trade deal that sets a 15% U.S. tariff on most EU goods"."""
        relative = verb.dep_ == "relcl" and any(child.tag_ == "WDT" and child.dep_ == "nsubj" for child in verb.children)
        if not relative and (verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl")):
            return False
        agreements = [verb.head] if verb.dep_ in ("acl", "relcl") and verb.head.dep_ == "dobj" else [
            child for child in verb.head.children if child.dep_ == "dobj"] if verb.dep_ == "advcl" else []
        return any((self.typer.code_for((self.typer.lexicon_lemma(noun.head), noun.lemma_.lower()))
                    or self.typer.noun_code_of(noun) or "").startswith("057") for noun in agreements)

    def _doers_of_received(self, verb, mentions) -> list[Mention]:
        """Whose act drew the verdict a receiving verb names where its subject is the act, not an
        actor: "His stance drew criticism from Budrys" (its owner), "securing an exemption that drew
        criticism from Trump" (who secured it), "in a keynote speech that drew a rebuke from Beijing"
        (who spoke), "..., a move that drew criticism from Poland" (who did the act reported
        before, else the sentence's subject)."""
        if verb.lemma_.lower() not in self.cues["receiving_verbs"] or not any(
                is_verdict(self.typer.noun_code_of(child)) for child in verb.children if child.dep_ == "dobj"):
            return []
        act = verb.head if verb.dep_ == "relcl" else next(
            (child for child in verb.children if child.dep_ == "nsubj"), None)
        if act is None or act.pos_ != "NOUN" or self._actors(act, mentions):
            return []
        owners = [m for owner in act.children if owner.dep_ == "poss" for m in self._actors(owner, mentions)]
        if owners:
            return owners
        governor = act.head.head if act.dep_ == "pobj" else act.head if act.dep_ == "dobj" else None
        if governor is not None and governor.dep_ == "ccomp" and act.dep_ == "pobj":
            # "vowed that his country would not yield ..., in a keynote speech that drew": the
            # speaker's speech, whatever clause the parser hung it on.
            governor = governor.head
        if governor is not None and governor.pos_ in ("VERB", "AUX"):
            return self._subjects(governor, mentions)
        if act.dep_ in ("appos", "npadvmod") or (act.dep_ == "conj" and act.head.pos_ in ("VERB", "AUX")):
            if act.lemma_.lower() in self.cues["utterance_nouns"] and act.head.pos_ in ("VERB", "AUX"):
                # "Yunus said Bangladesh would invest ..., comments that drew": the speaker's words.
                return self._subjects(act.head, mentions)
            return self.article_acts.before(act) or self._subjects(act.sent.root, mentions)
        return []

    def _speakers_forces(self, clause, subjects, mentions) -> list[Mention]:
        """Whose forces a reported clause names without an owner: the speaker's ("Moscow said air
        defences had downed 20 Ukrainian drones" are Russia's, "the KIA said fighters had seized an
        outpost" the KIA's); nobody where the forces are named ("Kyiv said Russian troops had
        shelled") or the speaker has none (a U.N. agency)."""
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.cues["reporting_verbs"] or not subjects \
                or any(not {child.lower_, child.lemma_.lower()} & self.cues["military_nouns"]
                       or any(left.dep_ in ("det", "poss") and left.lower_ != "the" for left in child.lefts)
                       for child in subjects):
            return []
        # An armed group's forces are its own; a person's are those of the person's state.
        owners = [owner for speaker in self._subjects(clause.head, mentions)
                  if (owner := speaker.actor if speaker.actor.type in ("Country", "Group")
                      else self.finder.state_of(speaker.actor) if speaker.actor.type == "Person" else None)]
        return [Mention(subjects[0].i, subjects[0].i + 1, owners[0], "descriptor")] if len(owners) == 1 else []

    def _unnamed_captors(self, verb, held: list[Mention], mentions) -> list[Mention]:
        """Who arrested, detained or charged those a passive names no agent for: the state of the
        court or place it happened in ("Besigye was charged before a military court in Kampala"),
        else the own state of the known people held ("opposition leader Riek Machar was placed under
        house arrest"); nobody for other acts, for people the gazetteer does not know or knows in no
        public office ("the French-Algerian writer Boualem Sansal, who had been jailed" may have been
        held by any state), or for people named only by their state ("an American journalist was
        detained")."""
        predicate, _ = self.typer.predicate_for_verb(verb, [], None)
        if predicate is None or (predicate.cameo or "")[:2] != "17":
            return []
        places = self._custody_states((verb,), mentions)
        if places:
            return places[:1]
        home = self._home_state_of_held(held, verb.doc)
        return [Mention(verb.i, verb.i + 1, home, "descriptor")] if home is not None else []

    def _orderers(self, verb, mentions) -> list[Mention]:
        """Who had a passive act done, by their orders: "was placed under house arrest on the
        orders of President Salva Kiir", "was arrested on Kiir's orders"."""
        preps = [child for child in verb.children if child.dep_ == "prep"]
        preps += [prep for outer in preps for pobj in outer.children if pobj.dep_ == "pobj"
                  for prep in pobj.children if prep.dep_ == "prep"]
        orders = [pobj for prep in preps if prep.lower_ in ("on", "at", "under") for pobj in prep.children
                  if pobj.dep_ == "pobj" and pobj.lemma_.lower() in self.cues["order_nouns"]]
        return [m for noun in orders for m in (
            [m for owner in noun.children if owner.dep_ == "poss" for m in self._actors(owner, mentions)]
            or [m for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for m in self._prep_objects(prep, mentions)])]

    def _subjects(self, verb, mentions) -> list[Mention]:
        """The actors doing what ``verb`` says, following coordination and control upwards."""
        # "Mao urged Manila to stop ... and accused Washington": Mao accused, not Manila; "the
        # Council voted, with Russia and China abstaining, to endorse": the Council endorsed.
        current = misjoined_governor(verb) or (verb.head.head.head if hung_on_absolute_clause(verb) else verb)
        misparsed = subject_in_time_phrase(verb) or absolute_subject(verb)
        if misparsed is not None:
            return self._actors(misparsed, mentions, possessor=True)
        controlled = current  # the clause the walk came up from
        for _ in range(4):
            if current is not verb and current.lower_ in self.cues["misparsed_complements"]:
                # "declared three Russian diplomats persona non grata and summoned the ambassador":
                # the parser joins the next verb to "persona", whose subject is the one declared.
                current = current.head
                continue
            # The small parser sometimes hangs the subject on the auxiliary ("Egypt are mediating").
            explicit = [child for child in current.children if child.dep_ in SUBJECT_DEPS] or [
                grandchild for child in current.children if child.dep_ == "aux"
                for grandchild in child.children if grandchild.dep_ in SUBJECT_DEPS]
            if not explicit and current != verb and controlled.dep_ == "xcomp" and controlled.head == current:
                # "Blinken is expected to meet Wang Yi", "Modi is scheduled to visit": whom the
                # passive speaks of does what it governs.
                explicit = [child for child in current.children if child.dep_ == "nsubjpass"]
            # "Myanmar's junta chief Min Aung Hlaing arrived", "Thai acting Prime Minister Phumtham
            # agreed": the parser makes the title a second subject; it is the person's title.
            # "Forces loyal to Prime Minister Abdul Hamid Dbeibah clashed with": the parser makes the
            # name after "loyal to" a second subject; the forces are who clashed.
            explicit = [child for child in explicit if not self._sworn_to(child, explicit)]
            explicit = [child for child in explicit if _person_after_title(child, explicit, mentions) is None]
            # "Gulf Cooperation Council leaders meeting in Kuwait demanded": the parser makes the
            # participle the subject, with the leaders as its own.
            explicit = [inner for child in explicit for inner in (
                [g for g in child.children if g.dep_ == "nsubj"] if child.tag_ == "VBG" and child.pos_ == "VERB"
                else self._gathered(child, mentions)) or [child]]
            found = [m for child in explicit for m in self._actors(child, mentions, possessor=True)] or [
                # "An Israeli strike on a car killed a Hezbollah commander": who struck.
                m for child in explicit if self.typer.is_violent_noun(child)
                for m in self._noun_agents(child, mentions)] or (
                self._speakers_forces(current, explicit, mentions) if current is verb else [])
            joined = controlled if controlled.dep_ == "conj" else verb  # "vowed" in "to respond"
            if current is not joined and joined.dep_ == "conj" and current.dep_ == "ccomp" \
                    and (self._speech_act(joined) or self._speech_act(verb)) and ((not found and all(
                        c.pos_ != "PRON" and c.lemma_.lower() not in self.cues["document_nouns"] for c in explicit)) or (
                        after_comma_and(joined) and current.head.i < current.i
                        and current.head.lemma_.lower() in self.cues["reporting_verbs"]) or (
                        current.head.lemma_.lower() in self.cues["reporting_verbs"]
                        and _tense_break(current, joined, self.cues["future_modals"]))):
                # "the rebels said the accord did not bind them and accused Kinshasa": an accord
                # (or "fighting", "the Pacific") does not accuse; "said 26 civilians were killed and
                # vowed to respond": nor do the dead; "Aoun said the army had begun ..., and urged
                # Israel": after a comma, the speaker's next act; "Putin said Russia would expand its
                # capabilities but did not criticise Washington": a past act of its own after what
                # would be. The parser joined it to the clause.
                # (A text speaks: "Pretoria said the order lacked accuracy and ignored its history".)
                current = current.head
                continue
            if explicit and all(c.tag_ in ("WP", "WDT") for c in explicit) and current.dep_ == "ccomp" \
                    and current.head.dep_ == "relcl" and current.head.head.pos_ == "NOUN":
                # "a U.S. strike that he said killed fisherman Alejandro Carranza": the relative
                # pronoun is the noun the speaker's clause qualifies; a strike is whoever struck.
                found = self._antecedent_actors(current.head.head, mentions)
            if found and current is verb and verb.dep_ == "relcl" and len(explicit) == 1 \
                    and explicit[0].lower_ in ("it", "he", "she") and not list(explicit[0].conjuncts) \
                    and not any(c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") for c in verb.children) \
                    and verb.head.dep_ == "pobj":
                # "summoned Moscow's envoy over a cyber attack it blamed on APT28": the pronoun of a
                # relative clause on what it acts on is the subject of the clause it hangs in, where
                # one fits ("visited Sydney, where he and Albanese announced a treaty" is no such clause).
                person = explicit[0].lower_ != "it"
                governing = next((head for head in verb.ancestors if head.pos_ in ("VERB", "AUX")), None)
                # (Not a participle's: "adding to the 11,000 it deployed" is the reported clause's.)
                outer = self._subjects(governing, mentions) if governing is not None and governing.tag_ != "VBG" else []
                if outer and all((m.actor.type == "Person") == person for m in outer):
                    return outer
            if explicit and (found or not all(c.tag_ in ("WP", "WDT") for c in explicit)):
                return found
            if current.dep_ == "relcl" and current.head.i in mentions and any(
                    child.dep_ == "conj" and child.i > current.i for child in current.head.children):
                # "The Netherlands, which hosts the court, and Slovenia": only the noun it qualifies.
                return [mentions[current.head.i]]
            if self.polarity.rejected_request(current):
                # "India rejected calls to impose sanctions": India is who would have imposed them;
                # "will not cut production despite calls to comply": who would have complied.
                holder = current.head.head if current.head.lemma_.lower() in self.cues["rejecting_verbs"] else current.head
                while holder.pos_ not in ("VERB", "AUX") and holder.head != holder:
                    holder = holder.head
                return self._subjects(holder, mentions)
            if current.dep_ in ("relcl", "acl") and current.head.pos_ in ("NOUN", "PROPN"):
                noun = current.head
                if current.dep_ == "acl" and not self._actors(noun, mentions) and (
                        noun.lemma_.lower() in self.cues["decision_nouns"]):
                    # "Paris's decision to back Morocco's plan", "a decision by Trump to impose",
                    # "Putin had no plans to meet": the decision's author does it.
                    return self._deciders(noun, mentions)
                if current.dep_ == "acl" and noun.lemma_.lower() in self.cues["document_nouns"] and current.i > noun.i:
                    # "the Council adopted a resolution condemning the Houthis": the text's author.
                    return [m for child in noun.children if child.dep_ == "poss" for m in self._actors(child, mentions)] \
                        or self._noun_agents(noun, mentions) or self._issuers(noun, mentions)
                if current.dep_ == "relcl" and noun.lemma_.lower() in self.cues["document_nouns"] \
                        and (authors := self._noun_agents(noun, mentions)):
                    # "rejected a report by Human Rights Watch that accused Hanoi": its author.
                    return authors
                if current.dep_ == "relcl" and noun.dep_ == "conj" and self._speech_act(current) \
                        and noun.doc[current.left_edge.i - 1].text == ",":
                    # "condemned by Britain and the United States, which called on Beijing": each
                    # of those who spoke.
                    first = noun
                    while first.dep_ == "conj":
                        first = first.head
                    return self._actors(first, mentions)
                # "condemned a U.S. drone strike that killed a senior commander": whoever struck.
                named = self._antecedent_actors(noun, mentions) if current.dep_ == "relcl" and explicit and all(
                    c.tag_ == "WDT" for c in explicit) else self._actors(noun, mentions)
                if not named and current.dep_ == "relcl" and noun.dep_ == "appos" and noun.pos_ == "NOUN":
                    # "M23, a rebel group that has seized Goma": the party the apposition describes.
                    named = self._actors(noun.head, mentions)
                if not named and current.dep_ == "acl" and current.tag_ == "VBN" and self.typer.is_violent_noun(noun) \
                        and any(child.dep_ == "dobj" for child in current.children):
                    # "A Russian missile strike killed 34 people": a participle has no object of its
                    # own; the parser took the sentence's verb for one describing the strike.
                    named = self._noun_agents(noun, mentions)
                if not named and current.dep_ in ("relcl", "acl") and noun.head.pos_ in ("VERB", "AUX") \
                        and is_infinitive(current) and not (
                        current.dep_ == "acl" and (self.typer.noun_code_of(noun)
                                                   or noun.lemma_.lower() in self.cues["state_agent_nouns"]
                                                   or noun.lemma_.lower() in self.cues["intent_verbs"])):
                    # "triggered the snapback mechanism to restore U.N. sanctions on Iran": the
                    # purpose is the subject's, not the mechanism's (an "agreement to supply Iran",
                    # an "invitation to visit" or "troops to support Moscow" are read elsewhere).
                    current = noun.head
                    continue
                return named
            if current.dep_ not in _INHERITING_DEPS or current.head == current:
                return []
            forces = forces_before_infinitive(current)
            if forces is not None:
                return self._actors(forces, mentions)
            participle = participle_after_comma(current)
            speaking = participle and self._speech_act(current)
            speech = [child for child in current.head.children if speaking and child.i < current.i
                      and child.dep_ in ("parataxis", "ccomp") and child.lemma_.lower() in self.cues["reporting_verbs"]
                      and child.i > current.head.i] if speaking else []
            if speech:
                # "Israel struck ..., Defence Minister Israel Katz said, warning Damascus": the
                # participle is the speaker's.
                current = speech[-1]
                continue
            reported = [child for child in current.head.children if child.dep_ in ("ccomp", "parataxis")
                        and child.i < current.i] if participle and not speaking \
                and current.head.lemma_.lower() in self.cues["reporting_verbs"] else []
            if reported:
                # "U.S. forces struck a boat ..., Hegseth said, killing four": the reported act's.
                current = reported[-1]
                continue
            if current.dep_ == "conj" and current.head.dep_ == "relcl" and after_comma_and(current) \
                    and self._speech_act(current) and self.typer.noun_code_of(current.head.head) \
                    and current.head.head.head.pos_ in ("VERB", "AUX"):
                # "condemned an attack ... that killed a soldier, and called on Rwanda": an act
                # calls on no one; whoever condemned it does.
                current = current.head.head.head
                continue
            if current.dep_ == "conj" and after_comma_and(current) and current.head.dep_ == "advcl" and any(
                    mark.dep_ == "mark" and mark.lower_ in self.cues["time_prepositions"] for mark in current.head.children):
                # "Mali accused Algeria of sponsoring terrorism after Algerian air defences shot down a
                # drone, and recalled its ambassador": after the comma, the main clause's next act.
                main = current.head.head
                # ("arrived in Nuuk for a visit, her first since the government took office, and met
                # Premier Nielsen": through the adverb the clause of time qualifies.)
                while (main.dep_ in ("pcomp", "prep", "pobj", "xcomp")
                       or (main.dep_ == "advmod" and main.pos_ not in ("VERB", "AUX"))) and main.head != main:
                    main = main.head
                current = main
                continue
            spoke_in = self._spoken_clause(current) if participle else None
            if spoke_in is not None:
                # "Manele said his government would never allow ..., speaking after talks with Wong":
                # Manele spoke.
                current = spoke_in
                continue
            credited = self._credited(current, mentions)
            if credited:
                # "thanked Mexico for sending oil": Mexico sent it.
                return credited
            relation, controlled, current = current.dep_, current, current.head
            while participle and current.dep_ == "advcl" and any(child.dep_ == "mark" for child in current.children) \
                    and not (speaking and any(child.dep_ == "nsubj" and child.i in mentions
                                              and mentions[child.i].actor.type == "Person"
                                              for child in current.children)):
                # "... while U.S. forces remained in the country, rejecting calls by Sudani": the
                # participle after the comma is the main clause's, not the subordinate one's ("while
                # U.S. Ambassador Mike Waltz defended it, calling Maduro a narco-terrorist": the words
                # of a person the subordinate clause names are theirs).
                current = current.head
            if participle and controlled.lemma_.lower() in self.cues["receiving_verbs"] and current.dep_ == "ccomp" \
                    and current.head.lemma_.lower() in self.cues["reporting_verbs"] and current.head.i < current.i \
                    and any(subject.dep_ in ("nsubj", "nsubjpass") and (
                        subject.pos_ == "PRON" or any(is_possessive_pronoun(owner) for owner in subject.children
                                                      if owner.dep_ == "poss")) for subject in current.children):
                # "Persad-Bissessar said her government would give U.S. forces access ..., drawing a rebuke
                # from Caracas": what the speaker said of their own side drew it (what Kyiv said Russian
                # forces struck draws it on them).
                current = current.head
            if participle and controlled.lemma_.lower() in self.cues["receiving_verbs"] and current.dep_ == "relcl" \
                    and current.head.head.pos_ in ("VERB", "AUX") and current.head.dep_ in _OBJECT_DEPS:
                # "vetoed a resolution that would have demanded a ceasefire, drawing criticism
                # from Britain": the criticism is of the main clause's act, not the resolution's.
                current = current.head.head
            if speaking and current.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in current.head.children) \
                    and current.head.lemma_.lower() in self.cues["directive_verbs"]:
                # "The White House urged Serbia to withdraw its troops, saying the buildup was
                # destabilising": the parser hangs the participle on the infinitive; the one who
                # urged says it, not the one urged.
                current = current.head
            if speaking and current.dep_ == "relcl" and current.head.dep_ in _OBJECT_DEPS \
                    and current.head.head.dep_ == "ccomp":
                # "demanded that the federal government withdraw troops it had airlifted into Gedo,
                # accusing President Mohamud": hung on a relative clause of the reported clause's
                # object, the participle is still the speaker's (below).
                current = current.head.head
            reported_clause = current
            while reported_clause.dep_ == "conj" and reported_clause.head != reported_clause:
                # ("said a Venezuelan boat had entered its waters and approached oil vessels, calling
                # the incursion a threat": the same reported clause, through its conjuncts.)
                reported_clause = reported_clause.head
            if speaking and reported_clause.dep_ == "ccomp" and reported_clause.head.pos_ in ("VERB", "AUX") \
                    and reported_clause.head.i < reported_clause.i:
                # "demanded that the Council act, accusing Israel": the parser hangs the
                # participle on the reported clause; its subject is the speaker's. (In "Venezuela
                # suspended the deal, accusing Trinidad of ..., Rodriguez said" it is reported.)
                current = reported_clause.head
            if current.pos_ == "ADJ" and current.dep_ == "acomp" and relation == "xcomp":
                # "Moscow was ready to resume talks": the subject of "was".
                current = current.head
            if current.pos_ == "ADP" and current.dep_ == "prep":
                # "North Korea is ... with having deployed troops": through the preposition.
                set_off = relation == "pcomp" and current.lower_ in self.cues["time_prepositions"] \
                    and current.doc[current.left_edge.i - 1].text == ","
                current = current.head
                if set_off and current.dep_ == "xcomp" and any(c.dep_ in _OBJECT_DEPS for c in current.head.children):
                    # "urged Brussels to reconsider its tariffs, two days after meeting Xi": the
                    # time of the urging, whose subject met Xi, not of what Brussels is urged to do.
                    current = current.head
                if current.pos_ == "ADV" and current.head != current:
                    # "stopped short of criticising": through the adverb too.
                    current = current.head
                elif current.dep_ == "npadvmod" and relation == "pcomp" and current.head.pos_ in ("VERB", "AUX"):
                    # "held talks with Tshisekedi, a week after meeting Kagame": through the time
                    # it is counted from.
                    current = current.head
            if current.pos_ == "NOUN" and relation == "pcomp" and current.lemma_.lower() in self.cues["decision_nouns"]:
                # "had no intention of invading Eritrea": whose intention.
                return self._deciders(current, mentions)
            if current.pos_ not in ("VERB", "AUX"):
                return []
            if (relation == "xcomp" and not participle
                    and current.lemma_.lower() not in self.cues["agreeing_verbs"]) or (
                    relation == "advcl" and current.lemma_.lower() in self.cues["causing_verbs"]
                    and any(child.lower_ == "to" for child in controlled.children)):
                # Object control: "prompting Japan to protest" -> Japan protests (the parser
                # sometimes calls the infinitive a clause of purpose). Not a participle after a
                # comma the parser hangs as a complement: "threatened to behead Bobi Wine, drawing
                # condemnation" is the threat's.
                controlling = [child for child in current.children if child.dep_ == "dobj" and child.i < controlled.i]
                controllers = [m for child in controlling for m in self._actors(child, mentions)]
                if controllers:
                    return controllers
                if controlling and current.lemma_.lower() in self.cues["causing_verbs"]:
                    # "prompting analysts in Jakarta to ask whether ...": someone not named acts,
                    # not whoever prompted them.
                    return []
        return []

    def _speech_act(self, verb) -> bool:
        """True for a verb of saying, demanding, alleging, threatening or judging (verdicts are
        speech too: "Vucic said ..., rejecting pressure from the EU")."""
        lemma = verb.lemma_.lower()
        # ("brushed aside Trump's deadline": the verdict is the phrasal verb's.)
        return lemma in (self.cues["reporting_verbs"] | self.cues["directive_verbs"] | self.cues["allegation_verbs"]
                         | self.cues["threat_verbs"] | self.cues["naming_verbs"]) or any(
            is_verdict(self.typer.code_for(tuple(phrase.split()))) for phrase in self.typer.phrases(verb))

    def _objects(self, verb, mentions, passive: bool) -> tuple[list[Mention], list[str], str | None]:
        """Object actors of ``verb``, the lemmas of a non-actor direct object, and the preposition used."""
        objects: list[Mention] = []
        object_words: list[str] = []
        prep_used = None
        lemma = self.typer.lexicon_lemma(verb)
        own_code = self.typer.code_for((lemma,)) or ""  # the verb's own code, alone
        # "pushed back against Trump's threat", "brushed aside concerns raised by Australia": the
        # particle makes the verdict.
        verdict = is_verdict(own_code) or any(
            is_verdict(self.typer.code_for(pattern)) for particle in self.typer.particles(verb)
            for pattern in ((lemma, particle), *((lemma, particle, prep.lower_) for prep in verb.children
                                                 if prep.dep_ == "prep")))
        asking = own_code[:2] in REQUEST_ROOTS
        visiting = own_code.startswith("042")  # "visited", "toured"
        # "vowed to keep fighting until the RSF was crushed": whom the fight is to defeat (the parser
        # hangs the clause on "keep").
        kept_on = verb.head.children if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.cues["continuing_verbs"] else ()
        if own_code[:2] in VIOLENT_ROOTS and not passive:
            objects.extend(m for clause in (*verb.children, *kept_on)
                           if clause.dep_ == "advcl" and clause.lemma_.lower() in self.cues["defeat_verbs"]
                           and any(mark.dep_ == "mark" and mark.lower_ == "until" for mark in clause.children)
                           for subject in clause.children if subject.dep_ in ("nsubj", "nsubjpass")
                           and subject.pos_ != "PRON" for m in self._actors(subject, mentions))
        for child in verb.children:
            if child.dep_ == "ccomp" and not passive and (said := self._said_to_be(child)) is not None:
                # "struck what the military said were Hezbollah weapons depots": the depots; a
                # verdict on "what he called the EU's slow approach" is on the approach's owner.
                child = said
                object_words.append(child.lemma_.lower())
                objects.extend(self._actors(child, mentions, possessor=True) or (
                    # "rejected what he called foreign diktats from the IMF": whence they came.
                    self._owner(child, mentions) or [m for prep in child.children if prep.dep_ == "prep"
                                                     and prep.lower_ in ("from", "by")
                                                     for m in self._prep_objects(prep, mentions)]
                    if verdict else []))
                continue
            if in_adverbial_idiom(child, self.cues["adverbial_idioms"]):
                continue
            if child.lower_ in self.cues["misparsed_complements"] and not passive:
                # "declared the ambassador persona non grata": the small parser reads "persona" as
                # a verb whose subject is the one declared, or as a noun it compounds with or that
                # modifies it ("a Russian embassy official persona non grata").
                object_words.append(child.lower_)
                for declared in child.children:
                    if declared.dep_ in ("nsubj", "compound", "nmod", "amod"):
                        objects.extend(self._actors(declared, mentions, possessor=True) or self._owner(declared, mentions)
                                       or self._modifier_state(declared))
                continue
            if lemma in self.cues["permission_verbs"] and child.dep_ in ("ccomp", "xcomp") and not passive \
                    and not any(c.dep_ == "dobj" for c in verb.children):
                # "would not allow IAEA inspectors back into Fordow", "did not allow Swedish
                # prosecutors to board": the parser makes the one allowed the subject of what it is
                # allowed to do.
                child = next((c for c in child.children if c.dep_ == "nsubj"), child)
                if child.dep_ != "nsubj" or not self.typer.code_for((lemma, child.lemma_.lower())):
                    # Only what the lexicon types ("allow inspectors", "let aid convoys"): whom
                    # else a clause lets act is read with that clause.
                    continue
                object_words.append(child.lemma_.lower())
                objects.extend(self._actors(child, mentions, possessor=True) or self._modifier_state(child))
                continue
            if not passive and (amount := misparsed_amount(child)) is not None \
                    and not any(c.dep_ == "dobj" for c in verb.children):
                # "paused about NZ$18 million in development funding": the parser reads "about" as a
                # preposition; the amount is the object.
                child = amount
            elif not passive and (guest := described_person(child)) is not None:
                # "met visiting Australian Prime Minister Anthony Albanese": the guest is met.
                child = guest
            elif (labelled := object_after_label(child)) is not None:
                # 'condemned as "unjustified" the expulsion of its diplomats by Burkina Faso'
                child = labelled
            elif child.dep_ not in _OBJECT_DEPS or passive:
                continue
            if child.dep_ == "dobj" and (
                    any(c.dep_ == "acl" and c.lemma_.lower() in self.cues["reporting_verbs"] and not infinitive_of_noun(c)
                        # ("the parallel government announced by the RSF" is the RSF's; "arrested a
                        # Chinese national suspected of spying ..., the agency reported" has the
                        # reporter between them.)
                        and not any(g.dep_ == "agent" for g in c.children) and c.i == child.i + 1
                        for c in child.children)
                    or misparsed_apposition(child) or state_naming_title(child, self.finder.gazetteer.titles)
                    # "ECOWAS Commission President Omar Alieu Touray urged Mali ...": a name the
                    # parser makes an object before the verb's own subject is part of the subject.
                    or (child.i < verb.i and child.tag_ not in ("WP", "WDT") and any(
                        subject.dep_ in SUBJECT_DEPS and child.i < subject.i for subject in verb.children))):
                # Misparsed appositions: "arrested 17 Palestinians ..., the WAFA news agency
                # reported"; "visited Tokyo ..., the first trip by a Taliban leader" (not "regretted
                # Washington's decision to declare the ambassador persona non grata").
                continue
            if child.dep_ in ("dobj", "dative") and self._named_for_other_clause(child, verb, mentions):
                # "offered to host talks, after meeting his Ukrainian counterpart Andrii Sybiha": the
                # parser hangs the name on the main verb; it names whom the other clause's title is.
                continue
            counted, child = child, self._through_quantity(child)
            if child.lemma_.lower() in self.cues["currency_nouns"] or (child.ent_type_ == "MONEY" and child.pos_ == "NUM"):
                # "will give Moldova 250 million euros", "pledged $500 million to Ukraine": money
                # itself, with nothing said of what it is for.
                object_words.append("fund")
            hosts = [m for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "in"
                     for m in self._prep_objects(prep, mentions) if m.actor.type == "Country"
                     ] if child.lemma_.lower() in self.cues["diplomatic_posts"] and not self._named_owner(child, mentions) else []
            if hosts:
                # "closed its embassy in Dublin" acts on the host state, not on the embassy's owner
                # ("summoned the Dominican charge d'affaires in Port-au-Prince" is the Dominican's).
                objects.extend(hosts)
                object_words.append(child.lemma_.lower())
                continue
            if (lemma in self.cues["attending_verbs"] or visiting) and child.dep_ == "dobj" and child.pos_ == "NOUN":
                # "attended a military parade in Pyongyang", "attended his inauguration", "visited
                # Italian peacekeepers in southern Lebanon": the state where it took place, else
                # whose it was.
                # ("visited troops at the Adazi base in Latvia": where the place is.)
                places = [pobj for prep in child.children if prep.dep_ == "prep" and prep.lower_ in ("at", "near")
                          for pobj in prep.children if pobj.dep_ == "pobj"]
                # ("toured the earthquake-stricken region of southern Turkey": the place the noun names.)
                place_of = child.lemma_.lower() in self.cues["place_nouns"]
                hosts = [m for holder in (child, verb, *places) for prep in holder.children if prep.dep_ == "prep"
                         and (prep.lower_ == "in" or (place_of and holder is child and prep.lower_ == "of"))
                         for m in self._prep_objects(prep, mentions) if m.actor.type == "Country"][:1] or [
                    Mention(owner.i, owner.i + 1, state, "descriptor") for owner in child.children
                    if owner.dep_ == "poss" and owner.i in mentions
                    and (state := self.finder.state_of(mentions[owner.i].actor)) is not None]
                if hosts or not visiting:
                    # ("visited Ukrainian soldiers" names their state below.)
                    object_words.append(child.lemma_.lower())
                    objects.extend(hosts)
                    continue
            # "discussed Arctic security and NORAD modernisation": a topic, not an act on NORAD.
            topic = lemma in self.cues["topic_verbs"] and child.i not in mentions
            found = [] if topic else self._actors(child, mentions, possessor=True)
            named = mentions.get(child.i + 1)
            if child.dep_ == "dobj" and named is not None and named.actor.type == "Person" \
                    and (child.lower_ in self.finder.gazetteer.titles or child.pos_ == "NOUN") \
                    and verb.doc[named.end - 1].head == verb \
                    and all(m.actor.type in ("Organization", "Group") for m in found):
                # "arrested opposition leader Tundu Lissu", "detained AFP photographer Yasin Akgul":
                # the parser hangs the name on the verb; the person, not their employer.
                found = [named]
            after = child.right_edge.i + 1
            set_off = mentions.get(after + 1) if after + 1 < len(verb.doc) and verb.doc[after].text == "," else None
            if child.dep_ == "dobj" and child.lower_ in self.finder.gazetteer.titles and set_off is not None \
                    and set_off.start == after + 1 and set_off.actor.type == "Person" \
                    and verb.doc[set_off.end - 1].head == verb and verb.doc[set_off.end - 1].dep_ in ("npadvmod", "appos") \
                    and all(m.actor.type != "Person" for m in found):
                # "barred the commander of Ukraine's drone forces, Robert Brovdi, from entering": the
                # parser hangs the name set off by commas on the verb; it is the one the title names.
                found = [set_off]
            sent_somewhere = child.lemma_.lower() in self.cues["military_nouns"] | self.cues["aid_nouns"] and any(
                prep.dep_ == "prep" and (prep.lower_ in ("to", "into")
                                         or (lemma, child.lemma_.lower(), prep.lower_) in self.typer.verbs)
                and self._prep_objects(prep, mentions)
                for prep in (*verb.children, *child.children))
            if found and sent_somewhere and all(m.how in ("descriptor", "pronoun") for m in found):
                # "threatened to send U.S. troops into Nigeria", "to cut off all American aid to
                # Honduras", "pledged to keep his troops in Mozambique": the troops and the aid are
                # the sender's own; where they go or stay is the object.
                found = []
            if found and all(m.actor.type == "Organization" and m.start <= child.i < m.end for m in found) \
                    and (self.typer.code_for((lemma, child.lemma_.lower())) or "")[:2] == "07" and any(
                    prep.dep_ == "prep" and prep.lower_ in ("for", "to", "in") and any(
                        m.actor.type == "Country" for m in self._prep_objects(prep, mentions)) for prep in child.children):
                # "authorised a new Gang Suppression Force for Haiti": the force named is what is
                # given; whom it is for is the object (below).
                found = []
            # "joined South Africa's genocide case against Israel": the case is against Israel, read
            # with the noun below; its owner is no object of joining it.
            aimed_past_owner = (lemma, child.lemma_.lower()) in self.typer.verbs and any(
                prep.dep_ == "prep" and prep.lower_ == "against" for prep in child.children)
            if found and aimed_past_owner and all(m.start < child.i for m in found):
                found = []
            own_aimed = self._own_aimed(verb, child, found, mentions, verdict)
            if own_aimed:
                found = []
            if found:
                objects.extend(found)
                if child.pos_ == "NOUN" or child.lower_ in self.cues["state_agent_nouns"] \
                        or (child.i not in mentions and (lemma, child.lemma_.lower()) in self.typer.verbs):
                    # "expelled the French ambassador", "recalled its charge d'affaires" (which the
                    # parser calls a name), "is leaving China's Belt and Road Initiative": the noun
                    # still picks the pattern.
                    object_words.extend(self._noun_words(child))
                elif child.ent_type_ == "NORP":
                    # "violated Polish, Romanian and Estonian airspace": the parser makes the first
                    # demonym the object and the noun it describes its last conjunct.
                    object_words.extend(c.lemma_.lower() for c in child.conjuncts if c.pos_ == "NOUN")
                continue
            if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" and verdict and child.lower_ not in ("who", "whom"):
                # "a pact that Beijing condemned", "a move that Washington denounced": the
                # act the sentence reported before ("an activist whom Ankara accuses" is none);
                # "an attack on a military base that he blamed on the ELN": whom it is laid on.
                objects.extend(self._laid_on(verb, verb, mentions) or self.article_acts.before(verb.head))
                continue
            # "suspended the Indus Waters Treaty with Pakistan": a named treaty still makes the pattern.
            named_act = child.pos_ == "PROPN" and (lemma, child.lemma_.lower()) in self.typer.verbs
            if child.pos_ != "NOUN" and not named_act:
                continue
            noun = child.lemma_.lower()
            object_words.extend(self._noun_words(child))
            blamed = self._laid_on(verb, child, mentions) if self.typer.noun_code_of(child) else []
            if blamed:
                # "blamed the prison massacres on the Los Lobos gang": whom the act is laid on.
                objects.extend(blamed)
                continue
            if noun in self._counting_nouns:
                # "send Ukraine a military aid package": the compound says what is sent.
                object_words.extend(c.lemma_.lower() for c in child.children if c.dep_ == "compound" and c.pos_ == "NOUN")
            elif noun in self.cues["document_nouns"]:
                # "handed a protest note to the Russian ambassador" (not "joined South Africa's
                # genocide case", which is no genocide).
                object_words.extend(c.lemma_.lower() for c in child.children if c.dep_ == "compound"
                                    and (lemma, c.lemma_.lower()) in self.typer.verbs)
            # "launched 400 drones and 40 missiles at Ukraine": every coordinated noun can pick the pattern.
            object_words.extend(c.lemma_.lower() for c in child.conjuncts if c.pos_ == "NOUN")
            # ("discussed Russia's war in Ukraine": whose act a topic is makes no party.)
            agents = [] if aimed_past_owner or topic else self._noun_agents(child, mentions)
            if not verdict:
                # "lift most of its tariffs on U.S. goods": "its" is the subject's own act ("cut off
                # all American aid to Honduras": the sender's own aid).
                # ("expressed Havana's solidarity with Venezuela": the subject's own, named.)
                agents = [m for m in agents if not _possessive_pronoun(m, verb.doc)
                          and not ((sent_somewhere or own_aimed) and m.how == "descriptor")
                          and not (own_aimed and verb.doc[m.end - 1].dep_ == "poss")]
            if not agents and verdict:
                # "rejecting renewed pressure from the European Union": whose pressure it is;
                # "welcomed the peace deal between Armenia and Azerbaijan": the parties to it.
                # ("rejected a diplomatic note | from China": the parser hangs "from" on the verb; not
                # "attributed the theft of cryptocurrency | from Bybit", whence an act took.)
                hung = hung_on_verb(child, ("from",)) if noun in self.cues["document_nouns"] | self.cues["decision_nouns"] \
                    | self.cues["claim_nouns"] else []
                agents = [m for prep in (*child.children, *hung) if prep.dep_ == "prep" and (
                              prep.lower_ == "from" or (prep.lower_ == "between" and noun in self.cues["joint_nouns"]))
                          for m in self._prep_objects(prep, mentions)]
            if not agents and verdict and (self.typer.noun_code_of(child) or "").startswith("17"):
                # "condemned the arrests in Georgia", "the crackdown on protesters in Iran": coercion
                # in a state's own land, by no one named, is that state's.
                agents = [m for prep in (*child.children, *hung_on_verb(child, ("in",)))
                          if prep.dep_ == "prep" and prep.lower_ == "in"
                          for m in self._prep_objects(prep, mentions) if m.actor.type == "Country"]
            if agents:
                # "condemned the attack by Hezbollah": what is condemned is Hezbollah's act.
                objects.extend(agents)
                self._remember_judged(child, agents)
                continue
            if noun in self.cues["release_nouns"] and asking:
                captors = self.article_acts.captors(child)
                if captors:
                    # "Houthi forces detained 20 U.N. staff ... Guterres demanded their release":
                    # the demand is made of whoever holds them.
                    objects.extend(captors)
                    continue
            yielding = [m for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "of"
                        for m in self._prep_objects(prep, mentions)] + [
                m for g in child.children if g.dep_ == "poss" for m in self._actors(g, mentions)
            ] if noun in self.cues["yielding_nouns"] else []
            if yielding:
                # "will seek the denuclearization of North Korea", "demanded Russia's withdrawal":
                # the one asked to act is the party the noun belongs to ("announced their withdrawal
                # from the ICC" names none: read below).
                objects.extend(yielding)
                continue
            # ("discussed air defence cooperation with his Tajik counterpart": a topic holds the party.)
            carriers = [n for n in (child, *child.conjuncts) if (n.pos_ == "NOUN" or n == child and named_act) and (
                (lemma, n.lemma_.lower()) in self.typer.verbs
                or (lemma in self.cues["topic_verbs"] and any(p.dep_ == "prep" and p.lower_ == "with" for p in n.children))
                or (lemma in self.cues["light_verbs"] and self.typer.noun_code_of(n)))]
            if carriers:
                # "held talks with Oman", "imposed sanctions on Russia", "launched drones and
                # missiles at Ukraine": the other party hangs off the noun.
                post = noun in self.cues["diplomatic_posts"]
                codes = [(self.typer.code_for((lemma, n.lemma_.lower())) or self.typer.noun_code_of(n)
                          or "")[:2] for n in carriers]
                aimed = any(n.lemma_.lower() in self.cues["military_nouns"] for n in carriers) or any(
                    code in MATERIAL_CONFLICT_ROOTS for code in codes)
                probing = "09" in codes  # "opened an investigation into Chinese makers"
                # A topic names a party only with "with" ("discussed the negotiations between Israel
                # and Hamas" names none).
                topical = lemma in self.cues["topic_verbs"] and not any(
                    (lemma, n.lemma_.lower()) in self.typer.verbs for n in carriers)
                # "launched waves of air strikes on Iran's facilities": the quantity noun may hold the preposition.
                # "lifted most of the sanctions it had imposed on Niger", "repeal the sanctions imposed
                # on Syria": the clause names whom.
                # ("challenge the tariffs Washington imposed on Brazilian goods" judges who imposed them.)
                holders = (child, *child.conjuncts, *([counted] if counted != child else []),
                           *(c for c in child.children if c.dep_ in ("relcl", "acl") and not verdict
                             and (self.typer.lexicon_lemma(c), child.lemma_.lower()) in self.typer.verbs
                             # (not "a trade deal that cuts U.S. tariffs on Japanese cars", "a deal
                             # under which Washington will cut its tariff": the noun is not what
                             # the clause acts on)
                             and not any((g.dep_ == "nsubj" and g.tag_ in ("WDT", "WP")) or g.dep_ == "dobj"
                                         for g in c.children)))
                preps = [(n, p) for n in holders for p in n.children if p.dep_ == "prep"]
                # "talks with Ghali in the Tindouf camps and with Attaf": the parser joins the second
                # "with" to "in".
                preps += [(n, c) for n, p in preps for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP"]
                # "signed agreements on aviation, energy and agriculture with Lula", "a treaty of
                # good-neighbourliness with Kazakhstan": the parser hangs the party on the topic.
                preps += [(n, c) for n, p in preps if p.lower_ in ("on", "about", "of") for topic in p.children
                          if topic.dep_ == "pobj" for c in topic.children if c.dep_ == "prep" and c.lower_ == "with"]
                # "sanctions on 135 tankers ..., as well as on oil firms Surgutneftegas and Gazprom Neft":
                # the parser hangs the second "on" on "as".
                preps += [(child, p) for cc in verb.children if cc.dep_ == "cc" and cc.lower_ == "as"
                          for p in cc.children if p.dep_ == "prep"]
                # "opened an investigation | into Brazil's trade policies": hung on the verb.
                preps += [(child, p) for p in verb.children if probing and p.dep_ == "prep" and p.lower_ == "into"]
                # "held talks on Tehran's nuclear programme": what talks are on is their topic.
                consulting = all(code == "04" for code in codes)
                for n, prep in preps:
                    if (topical and prep.lower_ != "with") or (consulting and prep.lower_ in self.cues["topic_prepositions"]):
                        continue
                    if (prep.lower_ in self.cues["object_prepositions"]
                                                or prep.lower_ in ("for", "from")
                                                # "fired missiles at Israel", not "a deal at the White House"
                                                or (aimed and prep.lower_ in ("around", "at", "into"))
                                                or (probing and prep.lower_ == "into")
                                                # "revoke the visa of President Petro": whose it is
                                                or (prep.lower_ == "of" and n.lemma_.lower() in self.cues["held_nouns"])
                                                or (post and prep.lower_ == "in")
                                                # "froze its participation in the CSTO"
                                                or (prep.lower_ == "in"
                                                    and n.lemma_.lower() in self.cues["participation_nouns"]
                                                    # not "blocked Turkey's participation in the fund"
                                                    and all(is_possessive_pronoun(c)
                                                            for c in n.children if c.dep_ == "poss"))):
                        pobjs = self._prep_objects(prep, mentions)
                        if pobjs:
                            objects.extend(pobjs)
                            prep_used = prep_used or prep.lower_
                if not objects and "03" in codes:
                    # "accepted an invitation to visit Beijing": whom the intended act names.
                    objects.extend(m for n in carriers for clause in n.children if infinitive_of_noun(clause)
                                   for m in self._objects(clause, mentions, False)[0])
                    if objects:
                        continue
                if not objects and lemma in self.cues["intermediary_verbs"]:
                    # "Fidan, who hosted the meeting", "Qatar brokered the deal": its parties; "hosted
                    # a meeting at which the RSF signed a charter": those the clause names.
                    objects.extend([m for n in carriers for clause in n.children if clause.dep_ == "relcl"
                                    for subject in clause.children if subject.dep_ in SUBJECT_DEPS
                                    for m in self._actors(subject, mentions)]
                                   or [m for n in carriers for m in self.article_acts.parties_of(n)])
                    if objects:
                        continue
                # "withdrew Orano's permit", "froze Russia's assets": aimed at the owner, below.
                # "lifted Gabon's suspension" eases it for the owner.
                owner_targeted = not objects and any(code in (*MATERIAL_CONFLICT_ROOTS, "08") for code in codes) and any(
                    g.dep_ == "poss" and not is_possessive_pronoun(g) for g in child.children)
                if not owner_targeted:
                    if objects or not (verdict or self._repelling(verb) or any(
                            is_verdict(self.typer.code_for((lemma, n.lemma_.lower()))) for n in carriers)):
                        continue
                    # "expressed regret over the decision": a verdict on the act the noun refers to.
                    # ("filed a complaint at the WTO over the EU's final duties": the owner named,
                    # wherever the parser hangs "over".)
                    reasons = [p for n in carriers for p in n.children] + [
                        p for holder in (verb, *(pobj for prep in verb.children if prep.dep_ == "prep"
                                                 for pobj in prep.children if pobj.dep_ == "pobj"))
                        for p in holder.children if p.lower_ in ("over", "about")]
                    referred = [m for prep in reasons
                                if prep.dep_ == "prep" and prep.lower_ in self.cues["verdict_prepositions"]
                                for pobj in prep.children if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN"
                                for m in ([m for g in pobj.children if g.dep_ == "poss" and not is_possessive_pronoun(g)
                                           for m in self._actors(g, mentions)]
                                          or self.article_acts.parties_of(pobj) or self.article_acts.authors_of(pobj)
                                          # "lodged stern representations over a U.S. arms sale to
                                          # Taiwan": the act's doer, named on its noun.
                                          or (self._noun_agents(pobj, mentions) if self.typer.noun_code_of(pobj) else []))]
                    if not referred and any((self.typer.code_for((lemma, n.lemma_.lower())) or "").startswith("114")
                                            for n in carriers) and not any(
                            # ("lodged stern representations with the U.S. side" names whom.)
                            prep.dep_ == "prep" and prep.lower_ in self.cues["object_prepositions"]
                            and self._prep_objects(prep, mentions) for prep in verb.children):
                        # "China approved a plan ..., prompting the Philippines to lodge a diplomatic
                        # protest": a protest about nothing named answers the act just reported.
                        own = side_of(self._subjects(verb, mentions))
                        referred = [m for m in self.article_acts.before(verb) or self.article_acts.last_doers(verb)
                                    if not on_side(m.actor, own)]
                    if referred:
                        objects.extend(referred)
                        continue
                    # "Kigali rejected the accusation": a verdict on what was said or done before,
                    # below.
                    verdict = True
            # "brokered a deal restoring ties between Riyadh and Tehran": the parties of what it does.
            nouns = [child, *(noun for clause in child.children if clause.dep_ == "acl"
                              for noun in clause.children if noun.dep_ == "dobj")]
            between = [m for noun in nouns for prep in between_preps(noun)
                       for m in self._prep_objects(prep, mentions)] if lemma in self.cues["intermediary_verbs"] else []
            if between:
                # "brokered a ceasefire between Thailand and Cambodia": the parties.
                objects.extend(between)
                continue
            if topic:
                # "discussed North Korea's nuclear programme": what was talked about, not with whom.
                continue
            # "condemned North Korea's missile launch", "rejected Trump's threat", "dismissed a
            # French proposal": the owner.
            # "vowed to bolster its deterrent": a possessive pronoun here is the subject's own;
            # "dismissed her appeal": a verdict is on someone else's.
            owners = [m for grandchild in child.children if grandchild.dep_ == "poss"
                      and (verdict or not is_possessive_pronoun(grandchild))
                      for m in self._actors(grandchild, mentions)] or self._aspect_owners(child, mentions)
            if not owners and verdict:
                # "denounced the arrival of a U.S. aircraft carrier": whose carrier.
                owners = self._forces_of(child)
            if not owners and (asking or (child.lemma_.lower() in self.cues["authored_nouns"] and (
                    verdict or own_code[:2] == "12"))):
                # "requested NATO consultations", "sought IMF support": asked of the named body;
                # "rejected an ECOWAS proposal": the named body's.
                owners = list({mentions[g.i].actor: mentions[g.i] for g in child.lefts
                               if g.dep_ == "compound" and g.i in mentions}.values())
            if not owners and (verdict or child.lemma_.lower() in self.cues["authored_nouns"]
                               or self.typer.noun_code_of(child)
                               or own_code[:2] in ("16", "17")):
                # "criticised the German checks": a verdict on a state's measure is aimed at the
                # state; "banned Russian trucks": a ban on a state's goods at the state.
                owners = self._modifier_state(child)
            if not owners and (verdict or self._response_verb(verb) or self._repelling(verb)):
                # Only a verdict on an act, or a response to it, reaches back to its parties:
                # "criticised the tariffs Washington imposed" (who did it), "condemned the
                # agreement" (its parties), "vowed to avenge the attack", "repelled the assault"
                # (who attacked); on something said, to who said it: "rejected the offer".
                owners = [m for clause in child.children if clause.dep_ == "relcl"
                          for subject in clause.children if subject.dep_ == "nsubj"
                          for m in self._actors(subject, mentions)] \
                    or self.article_acts.parties_of(child) or self._antecedent_agents(child, mentions) \
                    or self.article_acts.authors_of(child)
            objects.extend(owners)
        for clause in (*verb.children, *(c for obj in verb.children if obj.dep_ == "dobj"
                                          for holder in (obj, *obj.conjuncts) for c in holder.children)):
            if clause.dep_ in ("acl", "advcl") and clause.lemma_.lower() == "carry" and not passive:
                # "dispatched navy ships carrying relief supplies to Sri Lanka", "aircraft landed in
                # Port Vila carrying relief supplies": the cargo picks the pattern; where it goes
                # is the object.
                cargo = [n.lemma_.lower() for goods in clause.children if goods.dep_ == "dobj"
                         for n in (goods, *goods.conjuncts) if n.pos_ == "NOUN"]
                if not any((self.typer.code_for((lemma, word)) or "").startswith("07") for word in cargo):
                    # "turned back two U.S. military aircraft carrying deported migrants" is no aid.
                    continue
                object_words[:0] = cargo
                if not objects:
                    objects.extend(m for prep in clause.children if prep.dep_ == "prep" and prep.lower_ == "to"
                                   for m in self._prep_objects(prep, mentions))
        shifted = next((pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "as"
                        for pobj in prep.children if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN"
                        and any(c.dep_ in ("det", "poss") for c in pobj.children)), None) \
            if verdict and not objects and not any(c.dep_ == "dobj" for c in verb.children) else None
        if shifted is not None:
            # "condemned as cowardly an Israeli air strike on Doha", "dismissed as unacceptable
            # Trump's latest remarks": the object comes after its label; the parser hangs it on "as".
            object_words.append(shifted.lemma_.lower())
            doers = self._actors(shifted, mentions, possessor=True) or self._noun_agents(shifted, mentions) \
                or [m for g in shifted.children if g.dep_ == "poss" for m in self._actors(g, mentions)]
            objects.extend(doers)
            self._remember_judged(shifted, doers)
        # "withdrawing all its fighters from Turkey": the subject's own is not the object.
        direct = any(not _possessive_pronoun(m, verb.doc) for m in objects)
        aimed = any((self.typer.noun_code(word) or "")[:2] in MATERIAL_CONFLICT_ROOTS or word in self.cues["military_nouns"]
                    # "launched a ballistic missile at Israel"
                    or (self.typer.code_for((lemma, word)) or "")[:2] in MATERIAL_CONFLICT_ROOTS
                    for word in object_words)
        if not direct and (lemma, "from") in self.typer.verbs:
            # "withdrawing its fighters from Turkey to northern Iraq", "recalled their ambassadors
            # from Algiers": what is left is the object, wherever the parser hangs "from".
            sources = [m for token in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
                       for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "from"
                       for m in self._prep_objects(prep, mentions)]
            if sources:
                objects.extend(sources)
                direct, prep_used = True, "from"
        # "had spoken by phone with Maduro": the parser hangs the party on the medium.
        by_medium = [prep for medium in verb.children if medium.dep_ == "prep" and medium.lower_ in ("by", "via", "over")
                     for pobj in medium.children if pobj.lemma_.lower() in self.cues["medium_nouns"]
                     for prep in pobj.children if prep.dep_ == "prep"]
        # "lodged a protest note with Beijing": the parser may hang the party on the document.
        by_document = [prep for document in verb.children if document.dep_ == "dobj"
                       and document.lemma_.lower() in self.cues["document_nouns"]
                       for prep in document.children if prep.dep_ == "prep" and prep.lower_ in ("with", "to")]
        # "took control of El Fasher": a place after a preposition the lexicon pairs with the object
        # noun, hung on it ("took control of Nexperia", "of Greenland" are no places taken); "keep
        # his troops in Mozambique's Cabo Delgado province": where, after "in".
        by_pattern = [prep for noun in verb.children if noun.dep_ == "dobj" for prep in noun.children
                      if prep.dep_ == "prep" and (lemma, noun.lemma_.lower(), prep.lower_) in self.typer.verbs
                      and (prep.lower_ == "in" or any(pobj.i in mentions and self.finder.is_place(mentions[pobj.i], verb.doc)
                                                      for pobj in prep.children))]
        # "airlifted 1,000 tents and 15 tonnes of food to earthquake-hit Afghanistan": the parser
        # hangs where it all goes on the last thing sent.
        by_last_conjunct = [prep for noun in verb.children if noun.dep_ == "dobj" and noun.conjuncts
                            for prep in noun.conjuncts[-1].children if prep.dep_ == "prep" and prep.lower_ == "to"]
        # "massed troops along the border with Ukraine": the parser hangs where they went on the forces.
        by_boundary = [prep for noun in verb.children if noun.dep_ == "dobj" and noun.lemma_.lower() in self.cues["military_nouns"]
                       for prep in noun.children if prep.dep_ == "prep" and any(
                           pobj.lemma_.lower() in self.cues["boundary_nouns"] for pobj in prep.children)]
        # "the sanctions imposed by the EU on Russia": the parser hangs whom on the agent.
        by_agent = [prep for agent in verb.children if agent.dep_ == "agent" for pobj in agent.children
                    if pobj.dep_ == "pobj" for prep in pobj.children
                    if prep.dep_ == "prep" and prep.lower_ in ("on", "against", "to")]
        for child in (*verb.children, *by_medium, *by_document, *by_pattern, *by_last_conjunct, *by_boundary, *by_agent):
            if not (child.dep_ == "prep" or (child.dep_ == "dative" and child.pos_ == "ADP")):
                continue
            word = child.lower_
            if word == "with" and any(c.dep_ == "dobj" and c.lemma_.lower() in self.cues["boundary_nouns"]
                                      and (lemma, c.lemma_.lower()) not in self.typer.verbs
                                      and c.i < child.i for c in verb.children):
                # "help reinforce its border with Afghanistan": the neighbour, not a party ("closed
                # its border with Rwanda" is an act on it).
                continue
            if direct:
                # "supply Ukraine with jets", "imposed sanctions on Iran over ... to Russia": once
                # the object is known, a preposition on the verb is an instrument or a reason.
                continue
            if word in self.cues["object_prepositions"] or any(
                    # "raised concerns with Beijing", "took control of El Fasher"
                    (lemma, noun, word) in self.typer.verbs for noun in object_words) or (
                    # "arrived in Kyiv", "issued arrest warrants on Thursday for Netanyahu"
                    word in self.cues["pattern_prepositions"] and (lemma, word) in self.typer.verbs) or any(
                    # "strayed into Moldovan airspace": the preposition's noun makes the pattern.
                    noun.dep_ == "pobj" and (lemma, word, noun.lemma_.lower()) in self.typer.verbs
                    for noun in child.children) or (
                    aimed and word in ("at", "around", "into", "off", "near", "along", "toward", "towards")):
                # "launched drills around Taiwan", "fired a missile at Israel", "deployed warships
                # off Venezuela's coast"
                # "called for his immediate release": the appeal is made to whoever holds him, as
                # "demanded his release" is.
                pobjs = [m for noun in child.children if noun.dep_ == "pobj" and noun.lemma_.lower() in self.cues["release_nouns"]
                         for m in self.article_acts.captors(noun)] \
                    if (self.typer.code_for((lemma, word)) or "")[:2] in REQUEST_ROOTS else []
                pobjs = pobjs or self._prep_objects(child, mentions)
                if not pobjs and verdict and (self.typer.code_for((lemma, word)) or own_code
                                              or "")[:2] in VERDICT_ROOTS:
                    # "objected to an agreement between India and China": the parties of what it judges.
                    pobjs = [m for noun in child.children if noun.dep_ == "pobj" and self.typer.noun_code_of(noun)
                             for prep in between_preps(noun) for m in self._prep_objects(prep, mentions)]
                if pobjs:
                    objects.extend(pobjs)
                    prep_used = prep_used or word
        if all(m.how == "descriptor" for m in objects) and any(c.dep_ == "dobj" and c.pos_ == "NOUN"
                                                              for c in verb.children):
            # "detained 11 staff of the outlet, including its director Makhabat Tazhibek kyzy", "freed
            # 52 prisoners, among them Mikola Statkevich": the parser hangs the list on the verb
            # ("expelled six Indian diplomats, including High Commissioner Sanjay Kumar Verma": each
            # one named, beside their state, as on the noun).
            objects.extend(self._named_examples(verb, mentions))
        relative_noun = zero_relative_noun(verb)
        if relative_noun is not None and not object_words:
            # "the tariffs Washington imposed on Brazilian goods": the noun is what was imposed.
            object_words.append(relative_noun.lemma_.lower())
        if relative_noun is not None and not objects and verdict:
            # "a charge New Delhi rejected as baseless": the act the sentence reported before.
            objects = self.article_acts.before(relative_noun)
        if not objects and verdict and fronted_clause(verb) is not None:
            # "Muttaqi held talks with Jaishankar ..., a step Pakistan's foreign office criticised".
            objects = self.article_acts.before(verb)
        if lemma in self.cues["designating_verbs"] and any(
                t.lemma_.lower() in self.cues["terror_words"] for label in verb.children
                if label.dep_ in ("dobj", "oprd") or (label.dep_ == "prep" and label.lower_ == "as")
                for t in label.subtree):
            # "redesignated the Houthi movement as a Foreign Terrorist Organization": the label
            # picks the pattern; "the gang, which Washington designated a terrorist organisation".
            object_words.insert(0, "terrorist")
            if not objects and verb.dep_ == "relcl":
                objects = self._actors(verb.head, mentions)
        if verdict and not objects and not passive:
            # "..., a verdict Dodik denounced as a 'political' ruling": the parser makes the appended
            # noun part of the name after it; it names the act before.
            objects = [m for subject in verb.children if subject.dep_ == "nsubj" and subject.left_edge.i > 0
                       and verb.doc[subject.left_edge.i - 1].text == "," for noun in subject.lefts
                       if noun.dep_ == "compound" and noun.lower_ in self._referring_nouns
                       for m in self.article_acts.before(noun)]
        if not objects and not passive and lemma in self.cues["interception_verbs"]:
            # "Japan scrambled fighter jets after a Chinese drone flew between Yonaguni and Taiwan":
            # jets sent up to meet no one named meet whoever did what they followed.
            objects = [m for clause in verb.children if clause.dep_ == "advcl" and any(
                mark.dep_ == "mark" and mark.lower_ == "after" for mark in clause.children)
                for subject in clause.children if subject.dep_ == "nsubj" for m in self._actors(subject, mentions)]
        violent = any(is_violent(self.typer.code_for(pattern)) for pattern in (
            # "a drone slammed into a residential building in Sumy"
            (lemma,), *((lemma, prep.lower_) for prep in verb.children if prep.dep_ == "prep"))) or (
            # "carried out air strikes on militant hideouts in Paktika"; "threatened military action
            # in Nigeria": force threatened in a place is threatened against its state.
            (lemma in self.cues["light_verbs"] and any(is_violent(self.typer.noun_code(word)) for word in object_words))
            or (own_code.startswith("13")
                and any(self.typer.is_violent_noun(c) for c in verb.children if c.dep_ == "dobj")))
        if not objects and violent:
            # "shelled a market in Kherson", "struck targets in Gaza": violence in a place is
            # violence against the state it lies in.
            # ("carried out an air strike that killed two Lebanese soldiers": whom the strike killed.)
            objects = [m for noun in verb.children if noun.dep_ == "dobj" and self.typer.is_violent_noun(noun)
                       for m in self._victims(noun, mentions)] or self._attacked_places(verb, mentions)
            # ("slammed into a building": the preposition that made the verb violent picks the pattern.)
            prep_used = prep_used or next((prep.lower_ for prep in verb.children if prep.dep_ == "prep"
                                              and is_violent(self.typer.code_for((lemma, prep.lower_)))), None)
        complaint = any((self.typer.code_for((lemma, word)) or "")[:3] in ("114", "115") for word in object_words)
        forums = [forum for prep in verb.children if complaint and prep.dep_ == "prep" and prep.lower_ in ("with", "at", "to")
                  for forum in prep.children if forum.dep_ == "pobj"]
        againsts = [against for forum in forums for against in forum.children
                    if against.dep_ == "prep" and against.lower_ == "against"]
        targets = [m for against in againsts for m in self._prep_objects(against, mentions)]
        if targets:
            # "filed a complaint with the WTO against India's subsidies": the parser hangs whom the
            # complaint is against on the forum it is filed with, which is no party to it.
            in_forum = {t.i for forum in forums for t in forum.subtree} - {t.i for a in againsts for t in a.subtree}
            objects = [m for m in objects if m.start not in in_forum] + [m for m in targets if m not in objects]
        return objects, object_words, prep_used

    def _named_for_other_clause(self, token, verb, mentions) -> bool:
        """True for a person named right after a title that is another verb's object: "after meeting
        his Ukrainian *counterpart* | Andrii Sybiha", read by the parser as an object of the main verb."""
        mention = mentions.get(token.i)
        if mention is None or mention.actor.type != "Person" or mention.start == 0:
            return False
        title = token.doc[mention.start - 1]
        return (title.lower_ in self.finder.gazetteer.titles or title.lemma_.lower() == "counterpart") \
            and title.dep_ in ("dobj", "pobj") and title.head != verb and title.head.i > verb.i

    def _named_examples(self, holder, mentions) -> list[Mention]:
        """Those named in a list of examples on ``holder``, a noun or the verb the parser hangs the
        list on: "diplomats from seven countries, including Argentina and Chile", "states such as
        Iran", "detained 11 staff, including its director X", "freed 52 prisoners, among them X"."""
        found = []
        for child in holder.children:
            if child.dep_ != "prep":
                continue
            if child.lower_ in ("including", "like") or (
                    child.lower_ == "as" and any(g.lower_ == "such" for g in child.children)):
                found.extend(self._prep_objects(child, mentions))
            elif child.lower_ == "among" and any(g.lower_ == "them" for g in child.children):
                named = next((t for t in holder.children if t.i > child.i and t.i in mentions), None)
                if named is not None and named.left_edge.i == child.right_edge.i + 1:
                    found.extend(self._actors(named, mentions))
        return found

    def _attacked_places(self, head, mentions) -> list[Mention]:
        """The states of the places where the violence of ``head`` (a verb or an act noun)
        happened: "in Kherson" on it, on its object, or on what a noun is "on" ("a strike on an
        apartment block in Ternopil")."""
        # ("a drone slammed into a residential building in Sumy": what a verb hit "into" too.)
        aimed = self.cues["object_prepositions"] if head.pos_ == "NOUN" else ("into",)
        holders = [head, *(child for child in head.children if child.dep_ == "dobj"), *(
            pobj for prep in head.children if prep.dep_ == "prep"
            and prep.lower_ in aimed for pobj in prep.children if pobj.dep_ == "pobj")]
        # "hijacked a passenger train carrying more than 400 people in Balochistan": the parser
        # hangs the place on the participle that describes the object (not one that is an act of
        # its own: "an airstrike targeting Hamas leaders in Doha" is aimed at whom it targets).
        holders += [clause for holder in holders[1:] for clause in holder.children
                    if clause.dep_ == "acl" and clause.tag_ in ("VBG", "VBN")
                    and not self.typer.code_for((clause.lemma_.lower(),))]
        # "shelled the besieged city of El Fasher", "a building in the northeastern city of Sumy":
        # the place a place noun names.
        holders += [pobj for holder in holders for prep in holder.children
                    if prep.dep_ == "prep" and prep.lower_ in self.cues["location_prepositions"]
                    for pobj in prep.children if pobj.dep_ == "pobj" and pobj.lemma_.lower() in self.cues["place_nouns"]]
        return [m for holder in holders for prep in holder.children
                if prep.dep_ == "prep" and (prep.lower_ in self.cues["location_prepositions"] or (
                    prep.lower_ == "of" and holder.lemma_.lower() in self.cues["place_nouns"]))
                for m in self._prep_objects(prep, mentions) if m.actor.type == "Country"]

    def _own_aimed(self, verb, noun, found: list[Mention], mentions, verdict: bool) -> bool:
        """True where ``noun``, the object of ``verb``, is the subject's own and a preposition on it
        names whom the act is aimed at: "closed its border with Belarus", "announced their
        withdrawal from the ICC", "Trump lifted U.S. sanctions on Syria" (not in a verdict, where a
        demonym names whose act is judged: "condemned Russian attacks on Kyiv")."""
        if not any(prep.dep_ == "prep" and (prep.lower_ in self.cues["object_prepositions"] or prep.lower_ == "from")
                   and self._prep_objects(prep, mentions) for prep in noun.children):
            return False
        if found and all(_possessive_pronoun(m, verb.doc) for m in found):
            return True
        owners = [] if verdict else found or self._noun_agents(noun, mentions)
        return bool(owners) and all(
            m.how == "descriptor" or verb.doc[m.end - 1].dep_ in ("compound", "amod", "nmod", "poss") for m in owners) and {
            self.finder.state_of(m.actor) for m in owners} <= {
            self.finder.state_of(m.actor) for m in self._subjects(verb, mentions)}

    def _antecedent_actors(self, noun, mentions) -> list[Mention]:
        """The actors a relative pronoun stands for through the noun it qualifies: the noun's own,
        or, for an act of violence, whoever did it ("a U.S. strike that killed ..." -> the United
        States)."""
        return self._actors(noun, mentions) or (
            self._noun_agents(noun, mentions) if self.typer.is_violent_noun(noun) else [])

    def _laid_on(self, verb, blamed, mentions) -> list[Mention]:
        """Whom an attributing verb lays ``blamed`` (its object) on: "blamed the prison massacres on
        the Los Lobos gang" -> the gang (the parser hangs "on" on the verb or on the object)."""
        lemma = self.typer.lexicon_lemma(verb)
        return [m for prep in dict.fromkeys((*blamed.children, *verb.children)) if prep.dep_ == "prep"
                and f"{lemma} {prep.lower_}" in self.cues["attributing_phrases"]
                for m in self._prep_objects(prep, mentions)]

    def _through_quantity(self, noun):
        """"a new package of sanctions" -> "sanctions", "two of its employees" -> "employees": the
        noun that says what the act is, or on whom."""
        for _ in range(2):
            # (By the word as written too: the parser lemmatises "doses" to "dos".)
            counting = bool({noun.lemma_.lower(), noun.lower_} & self._counting_nouns)
            partitive = not counting and noun.pos_ == "NUM" and noun.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")
            if not (counting or partitive):
                break
            # "a package of sanctions", "10 million yuan in humanitarian aid" (the parser may hang
            # "in" on the verb: "will provide 7 billion crowns | in additional aid").
            inner = [g for p in (*noun.children, *hung_on_verb(noun, ("of", "in"))) if p.dep_ == "prep"
                     and p.lower_ in (("of",) if partitive else ("of", "in"))
                     for g in p.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
            if not inner:
                break
            # "millions of dollars in development funding": the funding, not the dollars.
            noun = next((g for g in inner if not {g.lemma_.lower(), g.lower_} & self._counting_nouns), inner[0])
        return noun

    def _prep_objects(self, prep, mentions) -> list[Mention]:
        """The actors a preposition introduces, or their owner: "sanctions against Iran's oil sector"."""
        found = []
        # "sanctions on Kabarebe, and on Lawrence Kanyuka": the preposition said again, which the
        # parser joins to it, to its noun or to the clause's verb.
        again = [conj for holder in dict.fromkeys((prep, prep.head, prep.head.head)) for conj in holder.children
                 if conj.dep_ == "conj" and conj.pos_ == "ADP" and conj.lower_ == prep.lower_ and conj.i > prep.i]
        for child in (child for holder in (prep, *again) for child in holder.children):
            if child.dep_ == "pcomp" and (said := self._said_to_be(child)) is not None:
                # "strikes on what it said were Hezbollah depots"
                child = said
            elif (guest := described_person(child)) is not None:
                child = guest
            elif child.dep_ != "pobj" or child.lemma_.lower() in self.cues["occasion_nouns"] or (
                    prep.lower_ == "at" and child.lemma_.lower() in self.cues["request_nouns"]):
                # "on its arrival", "on the sidelines of": when, not whom; "at Washington's urging",
                # "at the request of President Talon": why, not whom.
                continue
            elif child.dep_ == "pobj" and _person_after_title(
                    child, [c for c in prep.children if c.dep_ == "pobj"], mentions) is not None:
                # "between Thai | acting Prime Minister Phumtham": the demonym is the person's title.
                continue
            elif prep.lower_ == "with" and self._absolute_with(prep, child):
                # "with U.S. envoys in attendance", ", with the Emirati hosts describing ...": no party.
                continue
            child = self._through_quantity(child)
            # (Parsed with the name an apposition of the demonym.)
            child = _person_after_title(child, [name for name in child.children if name.dep_ == "appos"], mentions,
                                        child.i) or child
            actors = self._actors(child, mentions, possessor=True)
            named = mentions.get(child.i + 1)
            # "imposed sanctions on Russian oil majors Rosneft and Lukoil": the parser hangs the names
            # on the verb; they are whom the noun stands for, not its demonym's state.
            names_hung_on_verb = named is not None and named.start == child.i + 1 and child.pos_ == "NOUN" \
                and child.doc[named.end - 1].dep_ == "dobj" and child.doc[named.end - 1].head in prep.ancestors
            if names_hung_on_verb and all(m.how == "descriptor" for m in actors):
                continue
            if not actors and child.pos_ == "ADJ" and named is not None and named.start == child.i + 1 \
                    and child.doc[named.end - 1] in child.subtree:
                # "appealed to the paramilitary Rapid Support Forces to halt": the parser makes the
                # adjective the object and the name the subject of a clause on it.
                actors = [named]
            if not actors and child.pos_ == "NOUN":
                actors = [mentions[g.i] for g in child.children if g.dep_ == "poss" and g.i in mentions]
            if not actors and child.lemma_.lower() in self.cues["pressure_nouns"]:
                # "would not bow to pressure from Brussels": who presses; "to the pressure": who
                # did the hostile act reported before ("doubled tariffs on Indian goods as a penalty
                # for New Delhi's purchases of Russian oil": the tariffs, not the purchases), else
                # whatever the article reported last.
                actors = [m for p in child.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
                          for m in self._prep_objects(p, mentions)]
                if not actors and any(c.lower_ == "the" for c in child.lefts):
                    actors = self.article_acts.hostile_before(child) or self.article_acts.before(child) \
                        or self.article_acts.last_doers(child)
            if not actors and child.lemma_.lower() in self.cues["boundary_nouns"] and prep.lower_ in self.cues["boundary_prepositions"]:
                # "massing troops along the border with Ethiopia": the neighbour across it ("talks on
                # the border with Afghanistan" are about it).
                actors = [m for p in child.children if p.dep_ == "prep" and p.lower_ == "with"
                          for m in self._prep_objects(p, mentions) if m.actor.type == "Country"]
            place = child.lemma_.lower() in self.cues["place_nouns"]
            if not actors and (place or child.lemma_.lower() in self.cues["beneficiary_nouns"]):
                # "support for the reconstruction of Syria": Syria's; "air strikes on the outskirts of
                # Damascus": the state of the place it names.
                actors = [m for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                          for m in self._prep_objects(p, mentions) if not place or m.actor.type == "Country"]
            if not actors and child.lemma_.lower() in self.cues["trade_nouns"]:
                # "a ban on imports of Ukrainian grain", "a halt on arms exports to Israel": the partner.
                actors = [m for p in child.children if p.dep_ == "prep" and p.lower_ in ("of", "from", "to")
                          for m in self._prep_objects(p, mentions)]
            if not actors and prep.lower_ in ("against", "to") and self.typer.noun_code_of(child):
                # "vowed to retaliate against a tariff announced by Trump", "responded to the attack
                # by Hamas": whoever does the act.
                actors = self._noun_agents(child, mentions)
            if not actors and child.pos_ == "NOUN":
                # "tariffs on electric vehicles made in China": where they come from.
                actors = [m for clause in child.children if clause.dep_ == "acl" and clause.tag_ == "VBN"
                          and clause.lemma_.lower() in self.cues["origin_participles"]
                          for p in clause.children if p.dep_ == "prep" and p.lower_ == "in"
                          for m in self._prep_objects(p, mentions)]
            if not actors and child.pos_ == "NOUN" and not names_hung_on_verb:
                # "voiced support for the British assessment", "an inquiry into Russian military conduct"
                actors = self._modifier_state(child)
            found.extend(actors)
        return found

    def _described_subject(self, token, state: Mention, mentions) -> Mention:
        """The person of ``state`` a clause is about, for a role noun in a phrase after a comma that
        describes the clause ("Li Qiang arrived in Pyongyang, the most senior Chinese official to
        visit North Korea in six years") or names its occasion ("during the first visit by a senior
        Taliban minister"); else ``state`` (a state or a body of it)."""
        def occasion(t) -> bool:
            # "held talks ... during the first visit to New Delhi by a senior Taliban minister"
            return t.dep_ == "pobj" and t.head.lower_ in ("during", "on")

        phrase = token
        while phrase.dep_ not in ("dep", "appos", "npadvmod") and not occasion(phrase) and phrase.head != phrase:
            phrase = phrase.head
        if phrase.head == phrase or (not occasion(phrase) and (
                phrase.left_edge.i == 0 or token.doc[phrase.left_edge.i - 1].text != ",")):
            return state
        # The phrase may hang on the clause's verb or on its object ("held talks ..., the first visit").
        clause = next((t for t in (phrase.head, *phrase.head.ancestors) if t.pos_ in ("VERB", "AUX")), None)
        if clause is None:
            return state
        people = [m for m in self._subjects(clause, mentions)
                  if m.actor.type == "Person" and m.actor.country == state.actor.country]
        return Mention(token.i, token.i + 1, people[0].actor, "pronoun") if len(people) == 1 else state

    def _absolute_with(self, prep, pobj) -> bool:
        """True for a "with" phrase that names no party to the act: onlookers ("agreed to a
        ceasefire ..., with U.S. and Chinese envoys in attendance", though the parser may hang "in
        attendance" on the verb) or a clause of its own ("held talks ..., with the Emirati hosts
        describing the atmosphere as constructive")."""
        after = prep.doc[pobj.right_edge.i + 1:pobj.right_edge.i + 3]
        if any(t.lower_ in self.cues["onlooker_words"] for t in (*pobj.subtree, *after)):
            return True
        return prep.i > 0 and prep.doc[prep.i - 1].text == "," and (any(
            c.dep_ == "acl" and c.tag_ == "VBG" for c in pobj.children) or any(
            absolute_subject(c) == pobj for c in prep.head.children))

    def _named_owner(self, noun, mentions) -> bool:
        """True when a state or actor other than a possessive pronoun says whose ``noun`` is: "the
        Dominican charge d'affaires", "Japan's embassy" (not "its embassy")."""
        return bool(self.finder.states_named_by_modifiers(noun)) or any(
            g.dep_ == "poss" and g.i in mentions and not is_possessive_pronoun(g) for g in noun.children)

    def _said_to_be(self, clause):
        """The noun of "what the military said were Hezbollah weapons depots" or "criticised what
        he called the EU's slow approach" when ``clause`` is its "said" or "called", or the object
        the parser made the subject of a report after it, else None."""
        if clause.lemma_.lower() in self.cues["naming_verbs"] and any(
                t.lower_ == "what" and t.dep_ == "dobj" for t in clause.children):
            return next((noun for noun in clause.children if noun.dep_ in ("oprd", "attr") and noun.pos_ == "NOUN"),
                        None)
        if clause.lemma_.lower() not in self.cues["reporting_verbs"]:
            return None
        verb = clause.head
        subject = next((child for child in clause.children if child.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "NOUN" and verb.i < subject.i < clause.i \
                and not any(child.dep_ == "dobj" for child in verb.children) and any(
                    comma.text == "," and all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PUNCT") and t.text != ","
                                              for t in clause.doc[comma.i + 1:clause.i])
                    # (Not where the parser hangs the speaker on the noun: it is no object.)
                    and all(child.i < comma.i for child in subject.children)
                    for comma in clause.doc[subject.i + 1:clause.i]):
            # "India rejected China's attempt to rename places ..., foreign ministry spokesman Randhir
            # Jaiswal said": the parser makes the object the subject of the report after it.
            return subject
        for being in clause.children:
            if being.dep_ == "ccomp" and being.lemma_ == "be" and any(
                    t.lower_ == "what" for t in (*clause.children, *being.children)):
                # The noun is "were"'s attribute, or hangs on "said" after it where the parse slips.
                return next((noun for noun in (*being.children, *clause.children) if noun.pos_ == "NOUN"
                             and noun.i > being.i and noun.dep_ in ("attr", "ccomp", "dobj")), None)
        return None

    def _backer_of_named(self, named: Mention, token, mentions) -> bool:
        """True when ``named`` is only the backer of a body the noun also names: "Islamic
        State-backed ADF rebels" are the ADF's."""
        doc = token.doc
        return named.end + 1 < len(doc) and doc[named.end].text == "-" \
            and doc[named.end + 1].lower_ in self.cues["backing_words"] and any(
                child.dep_ == "compound" and (other := mentions.get(child.i)) is not None and other is not named
                and other.actor.type in ("Organization", "Group") for child in token.children)

    def _participle_agents(self, noun, verbs, mentions) -> list[Mention]:
        """The agents of a participle among ``verbs`` that describes ``noun``: "a Russian delegation
        led by Yunus-Bek Yevkurov", "a resolution drafted by Britain and Sierra Leone", "a convoy
        escorted by Malian soldiers"; "vetoed a draft resolution, put forward by France and Britain"
        (the parser hangs the participle after the comma on the verb); "a vessel that Hegseth said
        was operated by the Tren de Aragua gang"."""
        return [m for clause in _describing_clauses(noun, self.cues["reporting_verbs"])
                if clause.lemma_.lower() in verbs for agent in clause.children if agent.dep_ == "agent"
                for pobj in agent.children if pobj.dep_ == "pobj" for m in self._actors(pobj, mentions)]

    def _carried_for(self, noun, mentions) -> list[Mention]:
        """The armed groups or gangs a clause describing ``noun`` says it carried goods for: "a boat
        that Trump said was carrying drugs for the Tren de Aragua gang"."""
        return [m for clause in _describing_clauses(noun, self.cues["reporting_verbs"])
                if clause.lemma_.lower() in self.cues["carrying_verbs"]
                for prep in clause.children if prep.dep_ == "prep" and prep.lower_ == "for"
                for m in self._prep_objects(prep, mentions) if m.actor.type == "Group"]

    def _actors(self, token, mentions, possessor: bool = False) -> list[Mention]:
        """The actors a noun phrase headed by ``token`` names, one per coordinated member."""
        found: list[Mention] = []
        more_owners: list[Mention] = []
        if token.tag_ in ("WP", "WDT") and token.dep_ in ("dobj", "nsubjpass", "pobj"):
            # "Kim, whom Trump praised": the relative pronoun stands for the noun it qualifies.
            clause = next((t for t in token.ancestors if t.dep_ == "relcl"), None)
            return self._actors(clause.head, mentions, possessor) if clause is not None else []
        if token.lemma_.lower() in self.cues["led_group_nouns"]:
            # "a Russian delegation led by Yunus-Bek Yevkurov": its leader.
            leaders = self._participle_agents(token, ("lead", "head"), mentions)
            if leaders:
                return leaders
        if token.lemma_.lower() in self.cues["authored_nouns"] | self.cues["document_nouns"]:
            # "a U.N. Security Council resolution drafted by Britain and Sierra Leone": its authors.
            authors = self._participle_agents(token, self.cues["authoring_verbs"], mentions)
            if authors:
                return authors
            # "rejected a U.S.-backed plan for a truce": a plan is its backer's, as a drafted one is
            # its author's (the tokenizer keeps "U.S.-backed" one word).
            backers = [Mention(child.i, child.i + 1, backer, "descriptor") for child in token.children
                       if child.dep_ in ("amod", "compound")
                       and (backer := self.finder.actor_before_hyphen(child, self.cues["plan_backing_words"])) is not None]
            if backers:
                return backers
        head_mention = mentions.get(token.i)
        if token.lower_ in self.finder.gazetteer.titles and (head_mention is None or head_mention.how == "descriptor"):
            # "Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar": two titles of one person.
            same = [mentions[conj.i] for conj in token.children if conj.dep_ == "conj" and conj.i in mentions
                    and mentions[conj.i].actor.type == "Person" and any(
                        g.dep_ == "compound" and g.lower_ in self.finder.gazetteer.titles for g in conj.children)]
            if same and any(child.dep_ == "cc" for child in token.children):
                return same[:1]
        titled = (head_mention is None or head_mention.how == "descriptor") and (
            token.lower_ in self.finder.gazetteer.titles or token.lower_ == "counterpart")
        descriptor = head_mention is not None and head_mention.how == "descriptor"
        if (head_mention is None or descriptor) and (not self.typer.noun_code_of(token)
                                                     or token.lower_ in self.cues["state_agent_nouns"]
                                                     # "the AFC/M23 rebel alliance", "the NATO alliance"
                                                     or token.lower_ in self.cues["organization_anaphora"]
                                                     # "the vaccine alliance Gavi"
                                                     or any(child.dep_ == "appos" and child.i in mentions
                                                            and mentions[child.i].how == "gazetteer"
                                                            for child in token.children)):
            # "leader Kim Jong-un", "his Russian counterpart Sergei Lavrov": a name hanging off
            # a title noun is more precise than the title. (A name on an event noun, as in
            # "the Freedom Shield exercise", names the event, not an actor; "a UNIFIL patrol" is
            # UNIFIL's.)
            one_of = token.lemma_.lower() in self.cues["member_nouns"] and any(
                child.lower_ in ("a", "an", "another", "one", "every", "each") for child in token.lefts)
            named_people = [mentions[child.i] for child in token.children if child.dep_ == "appos"
                            and child.i in mentions and mentions[child.i].actor.type == "Person"] or [
                # "the U.N. special envoy on Myanmar, Julie Bishop,": the parser hangs the name on
                # the state; a person is no apposition to a state.
                mentions[name.i] for prep in token.children
                if prep.dep_ == "prep" and token.lower_ in self.finder.gazetteer.titles
                for pobj in prep.children if pobj.dep_ == "pobj" and pobj.i in mentions
                and mentions[pobj.i].actor.type == "Country"
                for name in pobj.children if name.dep_ == "appos" and name.i in mentions
                and mentions[name.i].actor.type == "Person"] or [
                # "U.S. Ambassador to Canada Pete Hoekstra": the parser makes the state of the post
                # a compound of the name, the object of "to".
                mentions[pobj.i] for prep in token.children
                if prep.dep_ == "prep" and token.lower_ in self.finder.gazetteer.titles
                for pobj in prep.children if pobj.dep_ == "pobj" and pobj.i in mentions
                and mentions[pobj.i].actor.type == "Person" and any(
                    state.dep_ == "compound" and state.i in mentions and state.i < mentions[pobj.i].start
                    and mentions[state.i].actor.type == "Country" for state in pobj.children)]
            following = mentions.get(token.i + 1)
            if titled and following is not None and following.start == token.i + 1 \
                    and following.actor.type == "Person" and following.how != "descriptor":
                # "Vietnamese President To Lam": the person named right after the title, though
                # the parser hangs the name on "To" as a preposition.
                head_mention = following
            elif (head_mention is None or descriptor) and named_people and (
                    token.lower_ in self.finder.gazetteer.titles
                    or (token.tag_ == "NNS" and token.lemma_.lower() in self.finder.gazetteer.titles)):
                # "Republican People's Party leader Ozgur Ozel": the leader named, not his party;
                # "hosted EU leaders Antonio Costa and Ursula von der Leyen": the leaders named.
                head_mention = named_people[0]
            else:
                # "The U.N. peacekeeping mission, MONUSCO,": the body named in apposition first.
                named_bodies = [child for child in token.children if child.dep_ == "appos" and child.i in mentions
                                and mentions[child.i].how == "gazetteer"
                                and mentions[child.i].actor.type in ("Organization", "Group")]
                for child in [*named_bodies, *token.children]:
                    if one_of:
                        # "a G7 country", "an EU member" is one of them, not the bloc.
                        break
                    named = mentions.get(child.i)
                    if named is None or child.dep_ not in ("compound", "appos", "nmod", "amod"):
                        pass
                    elif child.dep_ == "amod" and self._backer_of_named(named, token, mentions):
                        continue
                    elif named.actor.type in ("Organization", "Group") and named.how != "descriptor" \
                            and not named_people:  # "Russia's U.N. ambassador Vasily Nebenzya" is the ambassador.
                        # "Chinese coast guard ships", "Ukraine's SBU security service": the body named.
                        head_mention = named
                        break
                    elif child.dep_ != "amod" and (head_mention is None or (
                            # "French citizens Cecile Kohler and Jacques Paris": the people named.
                            (titled or (descriptor and child.dep_ == "appos")) and named.actor.type == "Person")):
                        head_mention = named
                        if self.finder.is_place(named, token.doc):
                            # "the U.S. Al Udeid air base": the state that owns it, not where it is.
                            head_mention = next((mentions[owner.i] for owner in child.children
                                                 if owner.dep_ in ("compound", "poss") and owner.i in mentions
                                                 and mentions[owner.i].actor.type == "Country"
                                                 and not self.finder.is_place(mentions[owner.i], token.doc)), named)
                        break
                    if head_mention is None and child.dep_ == "amod" and child.lower_ in self.cues["ownership_words"]:
                        # "the Houthi-held port of Hodeidah", "an RSF-held airport": its holder.
                        holders = [mentions[g.i] for g in child.children if g.i in mentions]
                        if holders:
                            head_mention = holders[0]
                            break
                    if head_mention is None and child.dep_ in ("amod", "compound") and (
                            state := self.finder.state_before_hyphen(child, self.cues["ownership_words"])) is not None:
                        # "a U.S.-drafted resolution", "a U.S.-run transit corridor", one token to the
                        # tokenizer (an adjective or a name to the parser): its author.
                        head_mention = Mention(child.i, child.i + 1, state, "descriptor")
                        break
                    if head_mention is None and child.dep_ == "compound":
                        # "Hezbollah weapons depots": a name two compounds away.
                        inner = [mentions[g.i] for g in child.children if g.dep_ == "compound" and g.i in mentions]
                        if inner:
                            head_mention = inner[0]
                            break
        if head_mention is None and token.pos_ == "PROPN" and any(
                child.dep_ == "compound" and child.pos_ == "NOUN"
                and child.lemma_.lower() in self.cues["state_agent_nouns"] for child in token.children):
            # "Russia's agricultural watchdog Rosselkhoznadzor": a body the gazetteer does not know,
            # named with its kind and its state, is the state's.
            head_mention = next((mentions[child.i] for child in token.children if child.dep_ == "poss"
                                 and child.i in mentions and mentions[child.i].actor.type == "Country"), None)
        if head_mention is None and (possessor or token.lemma_.lower() in self.cues["state_anaphora"]) and ({
                token.lower_, token.lemma_.lower()} & self._owned_nouns or (
                # "its foreign minister warned": the state's.
                self.finder.state_office(token) and any(
                    child.dep_ == "poss" and child.lower_ == "its" for child in token.children))):
            for child in token.children:
                if child.dep_ == "poss" and child.i in mentions:
                    head_mention = mentions[child.i]
                    owner = head_mention.actor
                    if {token.lower_, token.lemma_.lower()} & self._state_owned_nouns and owner.type == "Person" \
                            and (state := self.finder.state_of(owner)):
                        # "his government would not sign", "his country would not renew", "assist
                        # Putin's war effort": the leader's state.
                        head_mention = Mention(child.i, child.i + 1, state, "descriptor")
                    elif token.lemma_.lower() in self.cues["state_anaphora"] and owner.type not in ("Country", "Group"):
                        # (An armed or political group's own body is the group's: "the Taliban's
                        # refugee ministry", "Hamas's government".)
                        head_mention = None
                    break
        if head_mention is None and {token.lower_, token.lemma_.lower()} & (
                self.cues["state_agent_nouns"] | self.cues["possessed_nouns"]):
            # "fighters of the Islamic State", "a convoy of Malian troops", "positions of the YPG";
            # "hideouts of the TTP in Afghanistan's Khost province" are the TTP's, wherever they are.
            # "met diplomats from Britain, France and Germany", "sanctioned tankers in Russia's shadow
            # fleet": the parser hangs the preposition on the verb.
            # "Syrian government forces and fighters of the SDF": the parser hangs the second
            # conjunct's "of" on the first.
            shared = [p for p in token.head.children if p.dep_ == "prep" and p.i > token.i] if token.dep_ == "conj" else []
            # "gangs belonging to the Viv Ansanm coalition", "fighters loyal to Haftar"
            # ("forces loyal to Prime Minister Abdul Hamid Dbeibah" are his state's.)
            sworn = [Mention(m.start, m.end, state, "descriptor")
                     if self.finder.leads_state(m.actor) and (state := self.finder.state_of(m.actor)) else m
                     for modifier in token.children if modifier.dep_ in ("acl", "amod")
                     and modifier.lemma_.lower() in self.cues["allegiance_words"]
                     for p in modifier.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                     for m in self._prep_objects(p, mentions) or self._name_after(p, mentions)]
            if sworn:
                head_mention, *more_owners = sworn
            for child in [] if sworn else [*token.children, *hung_on_verb(token, ("from", "in")), *shared]:
                if child.dep_ == "prep" and (child.lower_ in ("of", "from") or (child.lower_ == "in" and any(
                        pobj.dep_ == "pobj" and pobj.lemma_.lower() in self.cues["membership_nouns"]
                        for pobj in child.children)) or (
                        # "judges at the International Criminal Court"
                        child.lower_ == "at" and token.lower_ in self.cues["staff_nouns"])) and not (
                        child.lower_ == "of" and token.lower_ in self.cues["place_nouns"]):
                    owners = self._prep_objects(child, mentions)
                    if owners:
                        # "the ambassadors of Britain, France and Germany": each of them.
                        head_mention, *more_owners = owners
                        break
        governing = token.lemma_.lower() in self.cues["government_nouns"]
        if governing and head_mention is not None and head_mention.how != "descriptor" \
                and head_mention.start > token.i and head_mention.actor.type == "Person" \
                and not any(word.lower_ in self.cues["past_office_words"] for word in token.doc[token.i:head_mention.start]) \
                and (state := self.finder.state_of(head_mention.actor)) is not None:
            # "described the government of Nicolas Maduro as a dictatorship": the leader's state
            # ("the administration of former President Macky Sall" stays his).
            head_mention = Mention(head_mention.start, head_mention.end, state, "descriptor")
        if head_mention is None and (governing or (token.lower_ in self.cues["state_agent_nouns"]
                                                   and token.lower_ not in self.cues["located_nouns"])) \
                and not any(child.dep_ == "poss" and child.i in mentions and child.pos_ != "PRON"
                            for child in token.children):
            # ("Schmidt's office in Bosnia" is his, wherever it sits.)
            # "the new government in Damascus": a state body named by its seat; "the juntas in Mali
            # and Burkina Faso": each; "urged the military government in Niamey to": the parser
            # may hang the seat on the verb.
            for child in [*token.children, *(hung_on_verb(token, ("in",)) if governing else ())]:
                if child.dep_ == "prep" and child.lower_ == "in":
                    seats = [m for m in self._prep_objects(child, mentions) if m.actor.type == "Country"]
                    if seats:
                        head_mention, *more_owners = seats
                        break
        if head_mention is None and token.pos_ == "NOUN" and (
                token.lemma_.lower() in self.cues["state_agent_nouns"] or token.lower_ in self.cues["place_nouns"]):
            # "a fuel convoy escorted by Malian soldiers", "villages held by the Arakan Army": whose
            # it is in passing.
            keepers = self._participle_agents(token, self.cues["keeping_verbs"], mentions) \
                or self._carried_for(token, mentions)
            head_mention = keepers[0] if keepers else None
        if head_mention is not None and token.lower_ in self.finder.gazetteer.titles and head_mention.actor.country \
                and (head_mention.how == "descriptor" or head_mention.actor.type in ("Organization", "Group")):
            # "Albanese held talks in Beijing, the first visit by an Australian leader to China",
            # "..., the first visit by a senior Taliban minister": the leader the clause is about.
            head_mention = self._described_subject(token, head_mention, mentions)
        if head_mention is not None:
            # "Tajik President Emomali Rahmon and Kyrgyz President Sadyr Japarov", parsed as one
            # name modifying the other: both people, in the order written.
            # ("Egyptian President Abdel Fattah al-Sisi and Somali President Hassan Sheikh Mohamud":
            # the first name hangs on the second's title.)
            # ("Syrian President Ahmed al-Sharaa and SDF commander Mazloum Abdi", "U.S. President
            # Donald Trump and European Commission President Ursula von der Leyen": on the titles.)
            coordinated_before = [
                named for child in token.doc[token.left_edge.i:head_mention.start]
                if (child.dep_ in ("nmod", "compound", "amod") or (
                    # ("Iranian Foreign Minister Abbas Araghchi and U.S. envoy Steve Witkoff held": the
                    # first name an apposition to its title, the title on the second name.)
                    child.dep_ == "appos" and child.head.dep_ in ("nmod", "compound")))
                and (named := mentions.get(child.i)) is not None and named.actor.type == "Person"
                and named.actor != head_mention.actor and any(g.dep_ == "cc" for g in child.children)]
            found.extend([*coordinated_before, head_mention, *more_owners])
            name = token.doc[head_mention.end - 1]
            if head_mention.start != token.i and name.head == token and name.dep_ == "appos":
                # "U.S. envoys Steve Witkoff and Jared Kushner": every name in the apposition.
                for conj in name.children:
                    if conj.dep_ == "conj":
                        found.extend(self._conjunct_actors(conj, mentions, possessor))
            # "the International Committee of the Red Cross and Saudi Arabia": the parser hangs the
            # next member on the last word of a name with "of".
            found.extend(m for inner in token.doc[head_mention.start:head_mention.end] if inner.i != token.i
                         for conj in inner.children if conj.dep_ == "conj" and conj.i >= head_mention.end
                         for m in self._conjunct_actors(conj, mentions, possessor))
            # "the two leaders": both of the people named before.
            found.extend(Mention(token.i, token.i + 1, actor, "pronoun")
                         for actor in self.finder.groups.get(token.i, [])[1:] if head_mention.start == token.i)
            # "Saudi Arabia, Jordan and Egypt", "Turkey's Hakan Fidan, Azerbaijan's Jeyhun Bayramov and
            # Georgia's Maka Botchorishvili": the parser sometimes reads a list as appositions.
            for child in [*token.children, *(name.children if name != token else ())]:
                if (child.dep_ == "appos" and child.i in mentions and head_mention.actor.type in ("Country", "Person")
                        and mentions[child.i].actor.type == head_mention.actor.type
                        and mentions[child.i].actor != head_mention.actor
                        and (any(g.dep_ in ("conj", "cc") for g in child.children) or (
                            # "Uzbek Foreign Minister Bakhtiyor Saidov, Pakistan's Ishaq Dar and Taliban
                            # foreign minister Amir Khan Muttaqi": a person is no apposition of another.
                            head_mention.actor.type == "Person"
                            and any(t.dep_ == "cc" for t in token.doc[token.i:child.i])))):
                    found.extend(self._actors(child, mentions, possessor))
                elif child.dep_ == "appos" and child.pos_ == "NOUN" and head_mention.actor.type == "Person" \
                        and any(g.dep_ == "poss" and g.lower_ in ("his", "her") for g in child.children) \
                        and any(t.dep_ == "cc" for t in child.subtree):
                    # "sanctions on President Gustavo Petro, his wife Veronica Alcocer, his son Nicolas
                    # Petro and Interior Minister Armando Benedetti": a list of relatives, each named.
                    found.extend(m for name in child.children if name.dep_ == "appos" and name.i in mentions
                                 and mentions[name.i].actor.type == "Person"
                                 for m in self._actors(name, mentions, possessor))
            if head_mention.how == "descriptor":
                # "Russian and Ukrainian delegations": one state per coordinated demonym; "Polish
                # and NATO jets": a body named beside the demonym too.
                found.extend(Mention(token.i, token.i + 1, actor, "descriptor")
                             for actor in self.finder.coordinated_states(token))
                found.extend(mentions[conj.i] for modifier in token.lefts if modifier.dep_ in ("amod", "compound")
                             for conj in modifier.conjuncts if conj.i in mentions
                             and mentions[conj.i].actor.type in ("Organization", "Group"))
        if token.pos_ in ("NOUN", "PROPN") and (head_mention is None or head_mention.how == "descriptor"):
            # "five senior Georgian security officials, including Interior Minister Vakhtang
            # Gomelauri": each one named too.
            found.extend(self._named_examples(token, mentions))
        if found and token.lower_ in self.cues["group_anaphora"]:
            # "called on Congo's army and M23 rebels": the parser joins the group to the state's
            # body, a modifier of "rebels".
            found.extend(mentions[conj.i] for modifier in token.lefts if modifier.dep_ in ("nmod", "compound")
                         and modifier.pos_ == "NOUN" for conj in modifier.conjuncts if conj.i in mentions
                         and mentions[conj.i].actor.type in ("Organization", "Group"))
        for child in token.children:
            if child.dep_ == "conj":
                found.extend(self._conjunct_actors(child, mentions, possessor))
        # "the leaders of Kazakhstan, Uzbekistan and Kyrgyzstan": the owners of the noun and the
        # conjuncts of its first owner are the same names, each one actor once, in order.
        return list({(m.start, m.end, m.actor): m for m in found}.values())

    def _conjunct_actors(self, conj, mentions, possessor: bool = False) -> list[Mention]:
        """The actors of a conjunct; where the parser stops at a body's name before a title and a
        person, the person: "on Rwandan minister James Kabarebe and *M23* spokesman Lawrence
        Kanyuka" -> Kanyuka."""
        body = mentions.get(conj.i)
        if body is not None and body.actor.type in ("Organization", "Group") and conj.i == body.end - 1:
            index = body.end
            while index < len(conj.doc) and conj.doc[index].lower_ in self.finder.gazetteer.titles:
                index += 1
            person = mentions.get(index)
            if index > body.end and person is not None and person.start == index and person.actor.type == "Person":
                return [person]
        return self._actors(conj, mentions, possessor)

    # -- attribution and records ----------------------------------------------------------

    def _statement(self, article, offset: int, sentence, subject: Mention, obj: Mention,
                   frame: Frame, attributed_to: Actor | None) -> Statement:
        text = sentence.text.rstrip()
        start = offset + sentence.start_char
        end = start + len(text)
        key = "|".join([article.doc_id, str(start), subject.actor.id, frame.predicate.lemma,
                        obj.actor.id, str(frame.negated)])
        return Statement(
            id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
            doc=article.doc_id,
            date=article.date,
            sentence=text,
            subject=subject.actor,
            predicate=frame.predicate,
            object=obj.actor,
            negated=frame.negated,
            attributed_to=attributed_to,
            confidence=round(frame.confidence, 2),
            start=start,
            end=end,
        )


def _asked_how(verb) -> bool:
    """True for a verb in an indirect question: "did not say how Belgrade would respond", "asked
    whether Moscow would retaliate"."""
    return any(child.tag_ == "WRB" or (child.dep_ == "mark" and child.lower_ == "whether") for child in verb.children)


def _possessive_pronoun(mention: Mention, doc) -> bool:
    """True for a mention that is only "its", "their" or "his" in front of a noun."""
    return mention.how == "pronoun" and doc[mention.start].dep_ == "poss"


def _tense_break(clause, joined, modals) -> bool:
    """True for a conjunct in the past with an auxiliary of its own ("did not criticise") joined to
    a reported clause of what would be ("Russia would expand"): it is no part of what was said."""
    return any(child.dep_ == "aux" and child.lower_ in modals for child in clause.children) and any(
        child.dep_ == "aux" and child.tag_ == "VBD" and child.lemma_ == "do" for child in joined.children)



def _describing_clauses(noun, reporting_verbs) -> list:
    """The clauses that describe ``noun``: its participles ("a convoy escorted by"), one the parser
    hangs after a comma on the verb ("vetoed a draft resolution, put forward by"), and what a
    relative clause reports of it ("a vessel that Hegseth said was operated by")."""
    return [*(clause for clause in noun.children if clause.dep_ == "acl"), *(
        clause for clause in noun.head.children if noun.dep_ == "dobj" and clause.dep_ == "advcl"
        and clause.tag_ == "VBN" and clause.i > noun.i), *(
        reported for clause in noun.children if clause.dep_ == "relcl" and clause.lemma_.lower() in reporting_verbs
        for reported in clause.children if reported.dep_ == "ccomp")]


def _person_after_title(token, candidates, mentions: dict[int, Mention], title_end: int | None = None):
    """The person among ``candidates`` named right after ``token``'s words (up to ``title_end``, its
    phrase's last word unless given), where ``token`` is only that person's title and the parser made
    it a party of its own: "Myanmar's junta chief | Min Aung Hlaing arrived" (a second subject),
    "between Thai | acting Prime Minister Phumtham" (a second object, or the name its apposition);
    else None."""
    if (token.i in mentions and mentions[token.i].actor.type == "Person") or any(g.dep_ == "cc" for g in token.children):
        return None
    end = token.right_edge.i if title_end is None else title_end
    return next((other for other in candidates if other.i in mentions and mentions[other.i].actor.type == "Person"
                 and other.left_edge.i == end + 1), None)


def _introduced_as_visiting(span) -> bool:
    """True for a person named after "visiting", which the small parser makes a modifier of the
    name or its title ("talks with *visiting* Taliban Foreign Minister Amir Khan Muttaqi", "met his
    *visiting* Bhutanese counterpart Tandi Dorji") or a verb whose object the name is ("talks with
    *visiting* Prime Minister Anwar Ibrahim")."""
    root = span.root
    nouns = (root, root.head) if root.dep_ == "appos" else (root,)
    return any(child.lower_ == "visiting" and child.dep_ == "amod" for noun in nouns for child in noun.subtree
               if child.i < span.end) or (root.head.lower_ == "visiting" and described_person(root.head) == root)


def _warrants(verb) -> list:
    """The warrants ``verb``'s act was done on: "arrested Duterte *on an ICC warrant*"."""
    return [pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "on"
            for pobj in prep.children if pobj.dep_ == "pobj" and pobj.lemma_.lower() in data.cues()["warrant_nouns"]]


def _gerund_subject(token) -> bool:
    """True for an "-ing" subject with no object, subject or auxiliary of its own: "*Fighting*
    between the ELN and FARC dissidents has killed 80 people"."""
    return token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass") and not any(
        child.dep_ in ("dobj", "aux", *SUBJECT_DEPS) for child in token.children)
