"""Verdicts and answers: "Tbilisi called the measures blackmail" (a name that condemns or
praises what it names, aimed at its author), and "Moscow vowed a tough response", "would
retaliate if the EU went ahead" (a response aimed at whoever did what it answers).

``VerdictReader`` is one part of ``kg.statements.StatementExtractor``: it reads these with the
extractor's actor lookups (``_actors``, ``_subjects``, ``_noun_agents``, ``_owner``, ``_prep_objects``,
``_aspect_owners``, ``_modifier_state``), lexicon (``typer``), cues, polarity and the article's acts.
"""

from __future__ import annotations

from .actors import Mention
from .events import MATERIAL_CONFLICT_ROOTS
from .frames import (Frame, confidence, is_possessive_pronoun, on_side, others_than, participle_after_comma, side_of,
                     zero_relative_noun)


class VerdictReader:
    """Names given to acts, and responses to them."""

    @staticmethod
    def _label(verb):
        """The label a naming verb gives, or None: "called the measures *blackmail*", "described
        as *reckless*", 'called the measures "*illegal*"' (read by the parser as an adjective
        after its noun)."""
        labels = [child if child.dep_ in ("oprd", "attr") else next(
                      # "called her remarks 'Russophobic hysteria'", read as a clause with an apposition:
                      # the apposition is the label, the clause's noun what it names.
                      (label for label in child.children if label.dep_ == "appos" and _quoted_or_indefinite(label)), child)
                  for child in verb.children if child.dep_ in ("oprd", "attr") or (
                      child.dep_ in ("xcomp", "ccomp") and child.pos_ not in ("VERB", "AUX"))] or [
            # "a move Polish Defence Minister Kosiniak-Kamysz called a direct threat": the noun the
            # clause hangs on is what is named; its object is the name.
            child for child in verb.children if child.dep_ == "dobj" and verb.dep_ in ("acl", "relcl")
            and verb.head.pos_ == "NOUN" and verb.head.i < verb.i and child.pos_ == "NOUN"] or [
            # "remarks that Iran described as reckless"
            label for child in verb.children if child.dep_ == "prep" and child.lower_ == "as"
            for label in child.children if label.dep_ in ("pobj", "amod", "acomp") and not label.is_punct] or [
            # 'called the move by the three powers "unjustified"': after the noun it is hung on.
            label for child in verb.children if child.dep_ == "dobj"
            for label in child.subtree if label.dep_ in ("amod", "acl") and label.pos_ == "ADJ"
            and label.i > label.head.i] or [
            # "called Washington's decision to stay away unfortunate": the parser ends the clause with it.
            child.right_edge for child in verb.children if child.dep_ == "dobj" and child.right_edge.dep_ in ("acomp", "oprd")
            and child.right_edge.pos_ == "ADJ"] or [
            # 'called Milei's economic policies "a disaster"', "called the vote a sham": a quoted or
            # indefinite label read as an apposition ("called Milei, a former economist," is a call).
            label for child in verb.children if child.dep_ == "dobj" for label in child.children
            if label.dep_ == "appos" and _quoted_or_indefinite(label)] or [
            # 'calling Washington's decision to slap tariffs "a very dumb thing to do"': the label
            # the parser reads as a second object.
            child for child in verb.children if child.dep_ == "dobj" and child.pos_ == "NOUN" and any(
                first.dep_ == "dobj" and first.i < child.i for first in verb.children) and _quoted_or_indefinite(child)] or [
            # "called the move unacceptable interference", parsed as one phrase: the named noun
            # sits inside the label, before its adjective.
            child for child in verb.children if child.dep_ == "dobj" and child.pos_ == "NOUN" and any(
                inner.pos_ == "NOUN" and inner.dep_ in ("amod", "compound", "nmod") and any(
                    adjective.pos_ == "ADJ" and adjective.dep_ == "amod" and inner.i < adjective.i < child.i
                    for adjective in child.lefts) for inner in child.lefts)]
        return labels[0] if labels else None

    def _copular_verdict(self, verb, mentions) -> Frame | None:
        """"Hamas said the strikes were a flagrant violation of the truce", "the Kremlin said the
        measures were illegal": a verdict the speaker gives on an act named before, as with
        "called the measures illegal"."""
        for clause in verb.children:
            if clause.dep_ != "ccomp" or clause.lemma_ != "be" or any(c.dep_ == "neg" for c in clause.children):
                continue
            named = [child for child in clause.children if child.dep_ == "nsubj" and child.pos_ == "NOUN"]
            labels = [child for child in clause.children if child.dep_ in ("attr", "acomp")]
            if named and labels:
                return self._labelled(verb, labels[0], mentions, named)
            if labels and verb.dep_ == "relcl" and verb.head.lemma_.lower() in self.cues["event_anaphora"] \
                    and not any(child.dep_ in ("nsubj", "expl") for child in clause.children):
                # "..., a decision Taiwan's foreign ministry said was regrettable", "a verdict that the
                # EU said was a blow to democracy": the clause, with no subject of its own, names the
                # act noun the report hangs on, as "a decision his party called a coup" does.
                return self._labelled(verb, labels[0], mentions)
        return None

    def _marked_as_target(self, verb, mentions) -> Frame | None:
        """"Lavrov said British and French troops deployed to Ukraine would be legitimate targets": a
        threat of force (138) against whose forces the clause names."""
        for clause in verb.children:
            if clause.dep_ != "ccomp" or not any(
                    t.lemma_.lower() in self.cues["target_nouns"] and any(
                        a.lower_ in self.cues["legitimacy_words"] for a in t.children) for t in clause.subtree):
                continue
            speakers = self._subjects(verb, mentions)
            own = side_of(speakers)
            named = next((found for t in clause.subtree if t.dep_ in ("nsubj", "nsubjpass")
                          if (found := [m for m in self._actors(t, mentions) if not on_side(m.actor, own)])), [])
            if speakers and named:
                predicate = self.typer.predicate_of(f"{verb.lemma_.lower()} target", verb, "138")
                return Frame(tuple(speakers), tuple(named), predicate, False, confidence(speakers + named, False), verb)
        return None

    def _harm_word(self, token) -> bool:
        """True for a word of harm promised in answer: "a proportionate response", "severe
        punishment", "consequences"."""
        return token.lemma_.lower() in self.cues["response_nouns"] or token.lemma_.lower() in self.cues["punishment_words"]

    def _foretold_harm(self, verb, mentions) -> Frame | None:
        """"Baghaei said the three European powers would face a proportionate response": a harm
        the speaker says another will face is a threat (130) to them, as "vowed that Israel would
        face severe punishment" is."""
        for clause in verb.children:
            if clause.dep_ != "ccomp" or clause.lemma_.lower() != "face" or self.polarity.negated(clause) \
                    or not any(child.dep_ == "aux" and child.lower_ in self.cues["intent_modals"] for child in clause.children):
                continue
            harm = next((child for child in clause.children if child.dep_ == "dobj" and self._harm_word(child)), None)
            if harm is None:
                continue
            speakers = self._subjects(verb, mentions)
            own = side_of(speakers)
            faced = [m for m in self._subjects(clause, mentions) if not on_side(m.actor, own)]
            if speakers and faced:
                predicate = self.typer.predicate_of(f"face {harm.lemma_.lower()}", verb, "130")
                return Frame(tuple(speakers), tuple(faced), predicate, False, confidence(speakers + faced, False), verb)
        return None

    def _claimed_misconduct(self, verb, mentions) -> Frame | None:
        """"Peskov said Kyiv had repeatedly violated earlier arrangements", "said Chisinau was
        whipping up Russophobia": wrongdoing a speaker says another did, with no victim named, is an
        accusation (112) of the doer."""
        for clause in verb.children:
            # "said Kurti wanted to provoke a conflict": what the clause says they sought to do.
            act = next((x for x in clause.children if x.dep_ == "xcomp"), clause) \
                if clause.lemma_.lower() in self.cues["intent_verbs"] else clause
            lemma = self.typer.lexicon_lemma(act)
            if clause.dep_ != "ccomp" or lemma not in self.cues["misconduct_verbs"] \
                    or self.polarity.negated(act) or any(
                        child.dep_ in ("dobj", "dative") and child.i in mentions for child in act.children):
                continue
            if any(child.dep_ == "dobj" and (code := self.typer.code_for((lemma, child.lemma_.lower())))
                   and code[:2] in MATERIAL_CONFLICT_ROOTS for child in act.children):
                # "said a Russian jet violated its airspace" reports a show of force (152), read as such.
                continue
            speakers = self._subjects(verb, mentions)
            own = side_of(speakers)
            doers = [m for m in self._subjects(clause, mentions) if not on_side(m.actor, own)]
            if speakers and doers:
                predicate = self.typer.predicate_of(lemma, clause, "112")
                return Frame(tuple(speakers), tuple(doers), predicate, self.polarity.negated(verb),
                             confidence(speakers + doers, False), clause)
        return None

    def _evidenced_wrong(self, verb, mentions) -> Frame | None:
        """"Asif said Islamabad had evidence the Taliban were sheltering TTP fighters", "said it had
        evidence linking the suspects to China's Ministry of State Security": evidence a speaker
        says there is of another's act accuses the doer (112); the act itself is only alleged."""
        evidenced = [(clause, evidence, act) for clause in verb.children if clause.dep_ == "ccomp"
                     for evidence in clause.children
                     if evidence.dep_ == "dobj" and evidence.lemma_.lower() in self.cues["evidence_nouns"]
                     for act in evidence.children if act.dep_ in ("acl", "ccomp") and act.pos_ in ("VERB", "AUX")]
        speakers = self._subjects(verb, mentions) if evidenced else []
        own = side_of(speakers)
        for clause, evidence, act in evidenced:
            if act.lemma_.lower() in self.cues["linking_verbs"]:
                # "evidence linking the suspects to China's Ministry of State Security"
                doers = [m for prep in act.subtree if prep.dep_ == "prep" and prep.lower_ == "to"
                         for m in self._prep_objects(prep, mentions)]
            else:
                doers = self._subjects(act, mentions)
            doers = [m for m in doers if not on_side(m.actor, own)]
            if speakers and doers:
                predicate = self.typer.predicate_of("accuse", verb, "112")
                return Frame(tuple(speakers), tuple(doers), predicate, self.polarity.negated(clause),
                             confidence(speakers + doers, False), evidence)
        return None

    def _labelled(self, verb, label, mentions, named=None) -> Frame | None:
        """"Tbilisi called the measures blackmail", "Zelenskyy called the attack deliberate terror":
        a name that condemns (111) or praises (051) what it names (``named``, else the naming
        verb's object), aimed at its author; "drills in what Beijing called a stern warning to
        Lai": a threat (13) the namer makes of it, to whom the label names."""
        label_code = self.typer.noun_code_of(label) or ""
        if label_code[:2] == "13" and verb.dep_ == "pcomp" and any(child.lower_ == "what" for child in verb.children):
            warned = [m for prep in label.children if prep.dep_ == "prep" and prep.lower_ == "to"
                      for m in self._prep_objects(prep, mentions)]
            namers = self._subjects(verb, mentions)
            if warned and namers:
                predicate = self.typer.predicate_for_noun(label, label_code)
                return Frame(tuple(namers), tuple(warned), predicate, False, confidence(namers + warned, False), verb)
        # ("the post-war order", "counter-terrorism cooperation": a prefix undoes the word.)
        doc = label.doc
        # ("an important moment after 30 years of war": when, not what the label says.)
        when = {token.i for prep in label.children if prep.dep_ == "prep" and prep.lower_ in self.cues["time_prepositions"]
                for token in prep.subtree}
        words = {token.lemma_.lower() for token in label.subtree
                 if token.i not in when and not (token.i >= 2 and doc[token.i - 1].text == "-"
                                                 and doc[token.i - 2].lower_ in self.cues["undoing_prefixes"])}
        code = "111" if words & self.cues["condemning_labels"] else "051" if words & self.cues["praising_labels"] else None
        if code is None:
            return None
        objects = [child for child in verb.children if child.dep_ == "dobj"]
        # ("called her remarks 'Russophobic hysteria'": the clause's noun the label is in apposition to.)
        clause_noun = [label.head] if label.dep_ == "appos" and label.head.dep_ in ("xcomp", "ccomp") \
            and label.head.head == verb else []
        named = named or [child for child in objects if child.pos_ in ("NOUN", "PROPN") and child != label] or clause_noun or [
            # "called the expulsion regrettable", "called the move unacceptable interference",
            # parsed as one phrase: the noun inside the label ("an attack that X called state
            # terrorism" names the attack, not "state").
            child for child in label.lefts if child.pos_ in ("NOUN", "PROPN") and objects in ([], [label]) and (
                child.dep_ in ("compound", "nmod", "amod")
                # 'called the arrest "unacceptable"', "called the seizure 'an act of piracy'": the
                # parser hangs the noun on the quoted label.
                or (child.dep_ in ("npadvmod", "poss") and any(t.is_quote for t in doc[child.i + 1:label.i])))]
        subjects = self._subjects(verb, mentions)
        what = next((c for c in verb.children if c.lower_ == "what" and c.dep_ in ("dobj", "nsubj")), None)
        pronoun_subject = next((child.lower_ for child in verb.children if child.dep_ == "nsubj"
                                and child.lower_ in ("it", "he", "she")), None)
        if what is not None and pronoun_subject is not None:
            # "summoned Azerbaijan's ambassador to protest what it called unfriendly actions", "Ryabkov
            # told TASS talks could resume once the United States dropped what he called its hostile
            # policies": the nearest clause subject the pronoun can stand for names them.
            person = pronoun_subject != "it"
            namers = next((found for head in verb.ancestors if head.pos_ in ("VERB", "AUX")
                           if (found := self._subjects(head, mentions))
                           and all((m.actor.type == "Person") == person for m in found)), [])
            subjects = namers or subjects
        pronoun = next((child for child in objects if child.lower_ in ("it", "this")), None)
        # "Mexico's theft of water", "provocative drills by the United States", "disrespectful pressure
        # from the Trump administration": the doer the label names.
        owners = [m for child in label.children if child.dep_ == "poss" and not is_possessive_pronoun(child)
                  for m in self._actors(child, mentions)]
        agents = [m for child in label.children if child.dep_ == "prep" and child.lower_ in ("by", "from")
                  for m in self._prep_objects(child, mentions)]
        if what is None and code == "111" and (owners or agents):
            # 'calling the incursion "a large-scale provocation" by Moscow' (not "described India as
            # Bhutan's most trusted friend": praise is of what it names).
            targets = owners or agents
        elif named:
            targets = [m for child in named for m in self._judged_parties(child, verb, mentions)]
        elif verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            # "a decision his party called a judicial coup": the act the sentence reported before;
            # "remarks by Merz that the ministry described as shameful": whose the noun says (the
            # parser may hang the clause on the name itself).
            targets = [m for m in self._actors(verb.head, mentions) if m.actor.type == "Person"] \
                if verb.head.pos_ == "PROPN" else [
                    m for prep in verb.head.children if prep.dep_ == "prep" and prep.lower_ == "by"
                    for m in self._prep_objects(prep, mentions)] or self.article_acts.before(verb.head)
        elif verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i > 0 \
                and verb.doc[verb.head.i - 1].text == "," \
                and verb.head.lower_ in self._referring_nouns:
            # "..., remarks that Nielsen called disrespectful", "..., drills that the Russian embassy
            # described as provocative": the noun the tagger took for a verb names the act before.
            targets = self.article_acts.before(verb.head)
        elif what is not None:
            # "flew within three metres ... in what Manila called a dangerous manoeuvre"; "over what
            # he called Mexico's theft of water", "what he called provocative drills by the United
            # States" (the parser may hang "by" on the naming verb, which has a subject of its
            # own): the owner or doer the label names, else the act before.
            active = any(child.dep_ == "nsubj" for child in verb.children)
            # "once the United States dropped what he called its hostile policies": whoever would
            # drop them, though the condition is no act of its own to refer back to.
            conditional = verb.dep_ == "ccomp" and what.dep_ == "dobj" and any(
                child.dep_ == "mark" and child.lower_ in self.cues["hypothetical_marks"] for child in verb.head.children)
            condition_doers = [m for m in self._subjects(verb.head, mentions)
                               if not on_side(m.actor, side_of(subjects))] if conditional else []
            targets = owners or self._aspect_owners(label, mentions) or agents or [
                m for child in (verb.children if active else ()) if child.dep_ == "prep" and child.lower_ == "by"
                for m in self._prep_objects(child, mentions)] or condition_doers or self.article_acts.before(what)
        elif (move := next((t for subject in verb.children if subject.dep_ == "nsubj" for t in subject.lefts
                            if t.dep_ in ("nmod", "compound") and t.lemma_.lower() in self.cues["event_anaphora"]),
                           None)) is not None:
            # "..., a move India's foreign ministry called unfair": the parser hangs "a move" on the
            # speaker; the act the sentence reported before.
            targets = self.article_acts.before(move)
        elif pronoun is not None and code == "111":
            # '..., Prime Minister Donald Tusk said, calling it "a large-scale provocation"': the act
            # the sentence reported; "Gulf Cooperation Council Secretary-General Jasem Albudaiwi
            # called it a dangerous escalation": the main act of the sentence before. (Praise of
            # "it" is left: annotators mostly do not code praise of a deal its parties made.)
            targets = self.article_acts.named_by_pronoun(pronoun) or self.article_acts.last_doers(pronoun)
        else:
            targets = []
        targets = others_than(targets, subjects)
        if not subjects or not targets:
            return None
        predicate = self.typer.predicate_of(f"{verb.lemma_.lower()} {label.lemma_.lower()}", verb, code)
        return Frame(tuple(subjects), tuple(targets), predicate, self.polarity.negated(verb),
                      confidence(subjects + targets, False), verb)

    def _judged_parties(self, noun, verb, mentions) -> list[Mention]:
        """Whom a verdict on ``noun``, named by ``verb``, is aimed at: the actors it names, else the
        doers or owners of the act it names, else those of the act it refers back to ("the
        measures" after "the EU approved sanctions")."""
        return (self._actors(noun, mentions, possessor=True) or self._noun_agents(noun, mentions)
                or self._owner(noun, mentions) or self.article_acts.parties_of(noun)
                # "..., a move Greer called a power grab", which the parser reads as the fronted
                # object of the naming verb: the act before it.
                or (self.article_acts.before(noun) if zero_relative_noun(verb) == noun
                    and noun.lemma_.lower() in self.cues["event_anaphora"] else [])
                or self._antecedent_agents(noun, mentions)
                or self.article_acts.authors_of(noun) or self._modifier_state(noun))

    def _foretold_failure(self, verb, mentions) -> Frame | None:
        """"The Kremlin said the measures would backfire on Europe", "said the shipments would only
        prolong the war": harm a speaker says another's act will do is criticism (111) of its doer."""
        for clause in verb.children:
            if clause.dep_ != "ccomp" or clause.lemma_.lower() not in self.cues["harm_foretelling_verbs"] \
                    or self.polarity.negated(clause) or not any(
                        child.dep_ == "aux" and child.lower_ in self.cues["future_modals"] for child in clause.children):
                continue
            speakers = self._subjects(verb, mentions)
            own = side_of(speakers)
            doers = [m for noun in clause.children if noun.dep_ == "nsubj" and noun.pos_ == "NOUN"
                     and noun.lemma_.lower() in self._referring_nouns
                     for m in self._judged_parties(noun, verb, mentions) if not on_side(m.actor, own)]
            if speakers and doers:
                predicate = self.typer.predicate_of(f"say {clause.lemma_.lower()}", verb, "111")
                return Frame(tuple(speakers), tuple(doers), predicate, False, confidence(speakers + doers, False), verb)
        return None

    def _responding(self, verb) -> bool:
        """True for a response to what was reported before: "retaliated", "vowed to respond",
        "responded by recalling its ambassador", "scrambled jets in response"."""
        if self._response_verb(verb) or any(
                # "Moscow vowed a tough response"
                child.dep_ == "dobj" and child.lemma_.lower() in self.cues["response_nouns"] for child in verb.children):
            return True
        if verb.lemma_.lower() in self.cues["reserving_verbs"] and (self.typer.code_for((
                self.typer.lexicon_lemma(verb), *(c.lemma_.lower() for c in verb.children if c.dep_ == "dobj")))
                or "").startswith("13"):
            # "Doha reserved the right to respond", "Tehran reserved all options to defend itself"
            return True
        if any(child.dep_ == "dobj" and child.lemma_.lower() in self.cues["measure_nouns"] and any(
                purpose.dep_ in ("relcl", "acl", "advcl") and purpose.lemma_.lower() in self.cues["protecting_verbs"]
                for purpose in (*child.children, *verb.children)) for child in verb.children):
            # "vowed to take necessary measures to protect Chinese firms", "would take all measures
            # to protect its water security after Ethiopia inaugurated the dam": a defence held in store.
            return True
        if any(prep.dep_ == "prep" and prep.lower_ == "in" and any(
                pobj.dep_ == "pobj" and pobj.lemma_.lower() in self.cues["response_nouns"] for pobj in prep.children)
               for prep in verb.children):
            # "scrambled fighter jets in response", "deployed missile systems in retaliation"
            return True
        return verb.dep_ == "pcomp" and verb.head.lower_ == "by" and self._response_verb(verb.head.head)

    def _response_verb(self, verb) -> bool:
        """True for a verb that answers what was done before: "retaliated", "hit back"."""
        return bool(self.typer.phrases(verb) & self.cues["response_verbs"])

    def _answered_in_kind(self, verb, predicate) -> str | None:
        """The code of a response the lexicon types as force only for the verb ("retaliate" 190)
        where it answers a measure short of force, in kind: "Canada had retaliated against earlier
        U.S. duties" -> 163 (not "retaliated with missile strikes", typed by its own pattern)."""
        # Typed for the verb alone: nothing but a particle or the preposition after it in the pattern.
        if not self._response_verb(verb) or not set(predicate.lemma.split()[1:]) <= {
                "against", "for", *self.typer.particles(verb)}:
            return None
        return next((code for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("against", "for")
                     for pobj in prep.children if pobj.dep_ == "pobj"
                     if (code := self.typer.noun_code_of(pobj)) and code[:2] in ("16", "17")), None)

    def _answered_by_act(self, verb) -> bool:
        """True for "retaliated by expelling six envoys", "retaliated against Ecuador's levy,
        suspending electricity sales": the act in the "by" clause or the participle is the
        response, the verb itself names no act of its own."""
        return self._response_verb(verb) and any(
            (child.dep_ == "prep" and child.lower_ == "by" and any(g.dep_ == "pcomp" for g in child.children))
            or (participle_after_comma(child) and self.typer.knows(child))
            for child in verb.children)

    def _answered(self, verb, subjects: list[Mention], mentions) -> list[Mention]:
        """Whom a response is aimed at: the subject of its condition or cause ("would retaliate if
        the EU went ahead", "vowed to respond after Trump announced tariffs"), else whoever did the
        hostile act this sentence reported first ("Warsaw ordered the closure ..., and Moscow
        promised a mirror response"), else whoever did what was reported last ("Israel responded by
        recalling its ambassador")."""
        own = side_of(subjects)
        # "vowed to respond with reciprocal measures after Trump announced a 50 percent tariff": the
        # clause may hang on the verb the response is governed by.
        governors = [verb, *(head for head in verb.ancestors if head.pos_ in ("VERB", "AUX"))][:2] \
            if verb.dep_ == "xcomp" else [verb]
        conditions = [m for governor in governors for clause in governor.children if clause.dep_ == "advcl"
                      and any(g.dep_ == "mark" and g.lower_ in self.cues["hypothetical_marks"] | self.cues["cause_marks"]
                              for g in clause.children)
                      for m in self._subjects(clause, mentions)]
        earlier = self.article_acts.hostile_before(verb, own)
        answered = [m for m in conditions or earlier or self.article_acts.last_doers(verb) if not on_side(m.actor, own)]
        # ("Qatar condemned an Israeli air strike ... Doha reserved the right to respond": the
        # strike, where the last act reported was the responder's own verdict on it.)
        return answered or self.article_acts.hostile_before(verb, own, earlier_sentences=True)


def _quoted_or_indefinite(label) -> bool:
    """True for a name given in quotes or with "a": 'called the policies "a disaster"', "called the
    vote a sham" (not "called Milei, a former economist,", an apposition after a comma)."""
    before = label.doc[label.left_edge.i - 1].text if label.left_edge.i > 0 else ""
    return before in ('"', "\u201c", "'") or (label.left_edge.lower_ in ("a", "an") and before != ",")
