"""Events named by nouns: "the summit between A and B", "Russia's attack on Ukraine", "a joint
exercise by the United States and South Korea", "its mediation between Israel and Hamas".

``NounFrameReader`` is one half of ``kg.statements.StatementExtractor``: it reads frames from
event nouns with the extractor's actor lookups (``_actors``, ``_subjects``, ``_prep_objects``),
its lexicon (``typer``), cues, polarity, the article's acts and its context (``context``, which
knows where the article was filed).
"""

from __future__ import annotations

from .actors import Mention, clause_verb
from .events import COOPERATIVE_ROOTS, HOSTILE_ROOTS, MATERIAL_CONFLICT_ROOTS, REQUEST_ROOTS, VIOLENT_ROOTS, is_violent
from .frames import (Frame, between_preps, confidence, hung_on_verb, is_infinitive, is_possessive_pronoun,
                     is_verdict, misparsed_apposition, on_side, others_than, refers_back, side_of)
from .model import Actor, Predicate


class NounFrameReader:
    """Frames from event nouns, and who does the act a noun names."""

    def _noun_agents(self, noun, mentions) -> list[Mention]:
        """Who does the act a noun names: "the attack by Hezbollah", "Russia's invasion"."""
        code = self.typer.noun_code_of(noun) or ""
        # "the storming of the compound by settlers": the parser often hangs "by" on the "of" object
        # ("the expulsion of three of its diplomats by Burkina Faso": on the counted one).
        inner = [counted for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 if g.dep_ == "pobj" and (counted := self._through_quantity(g)).pos_ == "NOUN"]
        # "condemned the drills by the United States": the parser hangs "by" on the verb.
        agents = [m for child in (*(p for head in (noun, *inner) for p in head.children), *hung_on_verb(noun, ("by",)))
                  if child.dep_ == "prep" and child.lower_ == "by" for m in self._prep_objects(child, mentions)]
        if not agents:
            # "with U.S. envoy Morgan Ortagus *mediating* between the two sides": a verb the tagger
            # took for a noun keeps its subject.
            agents = [m for child in noun.children if child.dep_ == "nsubj" for m in self._actors(child, mentions)]
        if not agents:
            # "a case brought by South Africa", "the sanctions imposed by the EU" (not "talks mediated
            # by Qatar": a go-between, not a party).
            # ("a 50% tariff on Brazilian goods announced by Trump": the parser hangs a clause of
            # enactment on the last noun of the phrase.)
            clauses = [*noun.children, *(clause for prep in noun.children if prep.dep_ == "prep"
                                         for pobj in prep.children if pobj.dep_ == "pobj" for clause in pobj.children
                                         if clause.lemma_.lower() in self.cues["enacting_verbs"])]
            agents = [m for clause in clauses if clause.dep_ == "acl" and clause.tag_ == "VBN"
                      and clause.lemma_.lower() not in self.cues["intermediary_verbs"]
                      for agent in clause.children if agent.dep_ == "agent" for m in self._prep_objects(agent, mentions)]
        if not agents:
            agents = self._attributed_to(noun, mentions)
        if not agents and code:
            # "Russia's invasion"; "the EU's 18th package of sanctions against Russia": the package's.
            counted = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and noun.head.head.lemma_.lower() in self._counting_nouns else noun
            agents = [m for child in counted.children if child.dep_ == "poss"
                      for m in self._actors(child, mentions)]
        if not agents and code and noun.dep_ == "pobj" and noun.head.lower_ == "for" \
                and not any(child.dep_ == "poss" for child in noun.children) \
                and noun.head.head.lemma_.lower() in self.cues["crediting_verbs"] | self.cues["faulting_verbs"]:
            # "thanked Qatar for mediation between Thailand and Cambodia": whom the thanks credit.
            agents = [m for child in noun.head.head.children if child.dep_ == "dobj"
                      for m in self._actors(child, mentions)]
        if not agents and (is_violent(code) or (code[:2] in MATERIAL_CONFLICT_ROOTS and noun.dep_ == "dobj" and is_verdict(
                self.typer.code_for((self.typer.lexicon_lemma(noun.head),))))):
            # "repelled an RSF assault", "a Hamas attack": the armed body named before the act;
            # "condemned European Union sanctions", "blamed NATO drills": the body judged for it
            # (not "restore UN sanctions on Iran": who restores them acts).
            # ("Houthi missile and drone attacks": the name on the first of the weapons.)
            agents = [mentions[named.i] for child in noun.lefts if child.dep_ in ("compound", "nmod")
                      for named in (child, *(g for g in child.lefts if g.dep_ == "compound"))
                      if named.i in mentions and mentions[named.i].actor.type in ("Organization", "Group")]
        if not agents and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and noun.head.head.lemma_.lower() in self.cues["approval_nouns"]:
            # "Washington's approval of a $2 billion arms sale to Taiwan": who approved it sells.
            agents = [m for child in noun.head.head.children if child.dep_ == "poss"
                      for m in self._actors(child, mentions)]
        if not agents and code:
            # "the U.S.-led strikes", "a Saudi-led offensive"
            agents = [Mention(child.i, child.i + 1, state, "descriptor") for child in noun.lefts
                      if (state := self.finder.state_before_hyphen(child, {"led"})) is not None]
        if not agents and code:
            # "overnight Russian attacks on Ukrainian ports", "Chinese sanctions": the demonym's state.
            # "U.S. and Israeli strikes": every coordinated demonym.
            states = self.finder.states_named_by_modifiers(noun)[:1] or [
                # "a Russian missile strike", "an Israeli drone attack": the weapon's demonym
                # ("Russian long-range missile and drone attacks", the weapons parsed as a modifier).
                state for child in noun.lefts if child.dep_ in ("compound", "nmod")
                for state in self.finder.states_named_by_modifiers(child)][:1]
            states += [state for state in self.finder.coordinated_states(noun) if state not in states]
            agents = [Mention(noun.i, noun.i + 1, state, "descriptor") for state in states]
        if not agents and code:
            # "criticised the deployment of U.S. missiles in Japan": whose missiles.
            agents = self._forces_of(noun)
        if not agents and code.startswith(("173", "175")):
            # "the detention of a Russian citizen in Poland", "the violent dispersal of protesters in
            # Tbilisi", "the crackdown on protesters in Tbilisi": by the state it happened in (the
            # parser may hang the place on the one detained).
            held = [pobj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in ("of", "on")
                    for pobj in prep.children if pobj.dep_ == "pobj"]
            agents = self._custody_states((noun, *held), mentions)
            home = None if agents else self._home_state_of_held(
                [m for pobj in held for m in self._actors(pobj, mentions)], noun.doc)
            if home is not None:
                # "the detention of Istanbul Mayor Ekrem Imamoglu": by his own state.
                agents = [Mention(noun.i, noun.i + 1, home, "descriptor")]
        if not agents and code[:2] in MATERIAL_CONFLICT_ROOTS:
            agents = self._summoned_envoys_state(noun, mentions)
        return agents

    def _summoned_envoys_state(self, noun, mentions) -> list[Mention]:
        """The state whose envoy was summoned over an act no one is named for: "summoned Iran's
        ambassador over the continued detention of two French citizens" -> Iran detained them,
        "summoned the Finnish ambassador to protest against the seizure of Russian property"."""
        verb = noun.head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX"):
                envoys = [child for child in verb.children if child.dep_ == "dobj" and (self.typer.code_for(
                    (self.typer.lexicon_lemma(verb), child.lemma_.lower())) or "").startswith("114")]
                if envoys:
                    return [m for envoy in envoys for m in self._actors(envoy, mentions) if m.actor.type == "Country"]
            # Only what the summons is over or in protest at ("over the move to restore sanctions" is
            # the move's).
            if verb.head == verb or not (verb.pos_ == "ADP" or verb.lemma_.lower() in self.cues["protest_words"]):
                break
            verb = verb.head
        return []

    def _attributed_to(self, noun, mentions) -> list[Mention]:
        """Whom words or an act are laid at the door of: "remarks attributed to Pakistan's army chief"."""
        return [m for clause in noun.children if clause.dep_ == "acl" and clause.tag_ == "VBN"
                and clause.lemma_.lower() in self.cues["attributing_verbs"]
                for prep in clause.children if prep.dep_ == "prep" and prep.lower_ in ("to", "on")
                for m in self._prep_objects(prep, mentions)]

    def _home_state_of_held(self, held: list[Mention], doc) -> Actor | None:
        """The one state of the people held, those of them in public office: known to the gazetteer
        in one ("opposition leader Riek Machar") or named with its title ("Istanbul Mayor Ekrem
        Imamoglu"); None where that is no one, for people in no public office ("the French-Algerian
        writer Boualem Sansal" may have been held by any state) or named only by their state ("an
        American journalist")."""
        titles = self.finder.gazetteer.titles
        states = [self.finder.state_of(m.actor) for m in held if m.actor.type == "Person" and (
            (m.how == "gazetteer" and m.actor.id not in self.finder.gazetteer.private)
            or (m.start > 0 and doc[m.start - 1].lower_ in titles))]
        if not states or None in states or len({state.id for state in states}) != 1:
            return None
        return states[0]

    def _custody_states(self, holders, mentions) -> list[Mention]:
        """The state where someone was held or tried, named on any of ``holders``: "the detention of
        a Russian citizen in Poland", "was charged before a military court in Kampala"."""
        return [m for holder in holders for prep in holder.children if prep.dep_ == "prep"
                and prep.lower_ in ("in", "before", "at") for m in self._prep_objects(prep, mentions)
                if m.actor.type == "Country"]

    def _forces_of(self, noun) -> list[Mention]:
        """The state whose forces or weapons an "of" phrase on ``noun`` names: "the deployment of
        U.S. missiles", "the arrival of a U.S. aircraft carrier", "the presence of Turkish troops"."""
        return [m for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of" for pobj in prep.children
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in self._force_nouns for m in self._modifier_state(pobj)]

    def _antecedent_agents(self, noun, mentions) -> list[Mention]:
        """Who did what a noun that refers back names, where no act of it was read: "described the
        detention of Imamoglu as ..., while Barrot said the arrest was" -> Turkey, the doer of the
        last noun of the same kind before it in the sentence; "hailed a U.N. Security Council
        resolution ... The Polisario Front rejected the text" -> the Council, the author of the last
        text named before it."""
        if not refers_back(noun):
            return []
        if noun.lemma_.lower() in self.cues["document_nouns"]:
            # ("the text" is any text named before; "the report" a report.)
            generic = noun.lemma_.lower() in self.cues["generic_text_nouns"]
            for earlier in reversed(noun.doc[:noun.i]):
                if earlier.pos_ == "NOUN" and earlier.lemma_.lower() in self.cues["document_nouns"] and (
                        generic or earlier.lemma_.lower() == noun.lemma_.lower()):
                    # ("The Council adopted a U.S.-drafted resolution ... Hamas rejected the
                    # resolution": the Council's, who adopted it.)
                    adopted = earlier.dep_ == "dobj" and earlier.head.lemma_.lower() in self.cues["enacting_verbs"]
                    return (self._issuers(earlier, mentions) if adopted else []) \
                        or self._actors(earlier, mentions) or self._noun_agents(earlier, mentions)
            return []
        code = (self.typer.noun_code_of(noun) or "")[:2]
        if not code:
            return []
        for earlier in reversed(noun.doc[noun.sent.start:noun.i]):
            if earlier.pos_ == "NOUN" and (self.typer.noun_code_of(earlier) or "")[:2] == code:
                agents = self._noun_agents(earlier, mentions)
                if agents:
                    return agents
        return []

    def _modifier_state(self, noun) -> list[Mention]:
        """The state a demonym or name before ``noun`` names, as a mention at the noun: "the German
        checks" -> Germany, "a Russian and Chinese draft resolution" -> Russia and China; else nothing."""
        states = self.finder.states_named_by_modifiers(noun)[:1]
        states += [state for state in self.finder.coordinated_states(noun) if state not in states] if states else []
        return [Mention(noun.i, noun.i + 1, state, "descriptor") for state in states]

    def _owner(self, noun, mentions) -> list[Mention]:
        """The owner of a thing: "Venezuela's election was criticized" is aimed at Venezuela."""
        if noun.pos_ != "NOUN":
            return []
        return [mentions[child.i] for child in noun.children if child.dep_ == "poss" and child.i in mentions]

    def _noun_targets(self, noun, mentions) -> list[Mention]:
        """Whom an event noun is aimed at: "sanctions against Iran's oil sector" -> Iran."""
        if not self.typer.noun_code_of(noun):
            return []
        return [m for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in self.cues["object_prepositions"]
                for m in self._prep_objects(prep, mentions)]

    def _consumed_by_verb(self, noun) -> bool:
        """True when the noun is part of its verb's own lexicon pattern ("threaten tariffs on X"),
        so the verb's statement already says what the noun would."""
        if misparsed_apposition(noun):
            # "hosted the crown prince ..., the prince's first visit to Washington": an act of its own.
            return False
        head = noun.head.head if noun.dep_ == "pobj" else noun.head
        counted = noun.dep_ == "pobj" and head.lemma_.lower() in self._counting_nouns and head.dep_ == "dobj"
        if counted:
            # "lift most of its tariffs", "imposed a package of sanctions": through the quantity to the verb.
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            # "demanded an end to the U.S. embargo against Cuba": the embargo is still an act.
            return False
        lemma, word = head.lemma_.lower(), noun.lemma_.lower()
        if noun.dep_ == "dobj" and any(phrase.split()[0] == lemma for phrase in self.cues["attributing_phrases"]):
            # "blamed the massacres on the gang": the verb says whose act it was.
            return True
        if noun.dep_ == "pobj" and not counted and noun.head.lower_ not in ("in", "of"):
            # "suspended cooperation after Israeli strikes on Iran" is no "suspend strikes";
            # "pledged 1 billion yuan in aid" is "pledge aid".
            return False
        if (self.typer.code_for((lemma, word)) or "").startswith("115"):
            # "would challenge Washington's tariffs at the WTO": a lawsuit against them leaves them
            # an act of their own.
            return False
        return (lemma, word) in self.typer.verbs or (
            (noun.dep_ == "dobj" or counted) and lemma in self.cues["light_verbs"])

    def _noun_frame(self, noun, mentions) -> Frame | None:
        """Events named by a noun: "the summit between A and B", "Russia's attack on Ukraine"."""
        cameo = self.typer.noun_code_of(noun)
        if cameo is None:
            # ("came under fire from": fire is an attack only there.)
            return self._suffered(noun, None, mentions)
        if noun.head.lemma_.lower() in self.cues["naming_verbs"] and (
                noun.dep_ in ("oprd", "attr") or self._label(noun.head) == noun):
            # "calling it a free concession to Israel", "a move Kosiniak-Kamysz called a direct
            # threat to NATO" name an act; it is no concession, nor a threat to NATO.
            return None
        if noun.dep_ == "dobj" and self._terms_of_signed_agreement(noun.head):
            # "struck a trade deal setting a 15% tariff on most EU goods": the deal's terms.
            return None
        if _asks_to(noun) and noun.lemma_.lower() in self.cues["request_nouns"] and cameo[:2] not in REQUEST_ROOTS:
            # "a call by Guterres for the two leaders to resume talks" is an appeal, not a phone call.
            cameo = "020"
        if cameo[:2] in REQUEST_ROOTS:
            appeal = self._appeal_noun_frame(noun, cameo, mentions)
            if appeal is not None:
                return appeal
        elif noun.lemma_.lower() in self.cues["agentive_of_nouns"] and noun.dep_ == "pobj":
            # "met in Doha at the invitation of Qatar's emir": the emir's invitation of those who
            # met, never theirs of him.
            return self._agentive_frame(noun, self.typer.predicate_for_noun(noun, cameo), [], mentions)
        # A refused act, the act a response answers, a go-between named on the noun.
        special = self._rejected_act(noun, mentions) or self._answered_act(noun, cameo, mentions) \
            or self._mediated(noun, mentions) or self._visited(noun, cameo, mentions) \
            or self._told_in_consultation(noun, cameo, mentions) \
            or self._claimed_act(noun, cameo, mentions) or self._withdrawn(noun, cameo, mentions) \
            or self._repelled(noun, cameo, mentions) or self._suffered(noun, cameo, mentions) \
            or self._credited_gift(noun, cameo, mentions)
        if special is not None:
            return special
        # "a meeting of the Quad" names the forum, not a party met; "fighting broke out on Tuesday
        # between A and B": the parser hangs "between" on the verb the noun is the subject of.
        shared = [child for child in noun.head.children if child.dep_ == "prep" and child.lower_ == "between"
                  ] if noun.dep_ == "nsubj" else []
        # A meeting's topic is no party met: "talks on a U.S. peace plan", nor where the topic is
        # going, "talks on the return of troops to a U.S. base" (a visit's "to" is its host).
        topical = (self.cues["topic_prepositions"] | ({"to"} if not cameo.startswith(("042", "043")) else set())
                   if cameo[:2] == "04" else set())
        preps = shared + [child for child in noun.children if child.dep_ == "prep" and child.lower_ not in topical and (
            child.lower_ in self.cues["object_prepositions"] or (child.lower_ == "of" and (
                cameo[:2] != "04" or noun.lower_ in self.cues["sponsorship_nouns"] | self.cues["hosting_nouns"])))]
        # "an attack by M23 rebels | on MONUSCO peacekeepers": the parser hangs the target on the agent.
        preps += [p for by in noun.children if by.dep_ == "prep" and by.lower_ == "by" for agent in by.children
                  if agent.dep_ == "pobj" for p in agent.children if p.dep_ == "prep" and p.lower_ in ("on", "against")]
        governing = self.typer.lexicon_lemma(noun.head)
        if noun.dep_ == "dobj" and not self.typer.code_for((governing,)):
            # "sought to head off Trump's threatened tariffs | on its exports": the parser hangs the
            # noun's preposition on a verb the lexicon does not know (one it knows reads it itself).
            preps += hung_on_verb(noun, tuple(self.cues["object_prepositions"]))
        elif noun.dep_ == "dobj" and cameo[:2] in (*COOPERATIVE_ROOTS, "15") \
                and not self.typer.code_for((governing, "with")):
            # "denounced Seoul's joint drills | with the United States": the partner of a joint act,
            # where the verb takes none of its own.
            preps += hung_on_verb(noun, ("with",))
        # "a Russian missile strike on an apartment block in Ternopil", "Israeli strikes in Gaza"
        # (not "detained 14 men in overnight raids in Nablus": the raid is how the verb's act
        # was done; nor "a strike on a car in Nabatieh killed a Hezbollah commander": the verb
        # names whom it hit; nor an act no one is named doing).
        # "support for Moscow's war in Ukraine" is still the war's owner's act.
        agents, places = None, []
        if cameo[:2] in VIOLENT_ROOTS and noun.dep_ == "nsubj" and self.typer.code_for(
                (self.typer.lexicon_lemma(noun.head),)) and any(
                child.dep_ == "dobj" and self._actors(child, mentions, possessor=True) for child in noun.head.children):
            # "An Israeli air strike on Beirut's southern suburbs killed Hezbollah's top military
            # commander": the verb names whom it hit, not the place (a verb the lexicon does not
            # type names no one: "a Russian missile strike on Odesa damaged a Panama-flagged vessel").
            return None
        if cameo[:2] in VIOLENT_ROOTS and (noun.dep_ != "pobj" or any(c.dep_ == "poss" for c in noun.children)):
            agents = self._noun_agents(noun, mentions)
            places = self._attacked_places(noun, mentions) if agents else []
        if not preps and not places:
            return self._enforced_blockade(noun, cameo, mentions) or self._joint_noun_frame(noun, cameo, mentions)
        predicate = self.typer.predicate_for_noun(noun, cameo)
        if cameo[:2] in VIOLENT_ROOTS and any(child.lower_.startswith(tuple(self.cues["cyber_words"]))
                                              for child in noun.lefts):
            # "a cyber attack on Germany's Social Democratic Party": coercion (17), not force, as
            # an intrusion a verb names.
            predicate = self.typer.with_code(predicate, "170")
        if cameo[:2] == "15" and any(prep.lower_ in ("with", "between") for prep in preps):
            # "the drills between Seoul and Washington", "Seoul's drills with the United States":
            # held together, military cooperation (062), as with the verb.
            predicate = self.typer.with_code(predicate, "062")
        if any(child.dep_ == "amod" and child.tag_ == "VBN" and child.lemma_.lower() == "threaten"
               for child in noun.children):
            # "Trump's threatened tariffs on its exports": a threat, not yet the act.
            predicate = self.typer.with_code(predicate, "130")
        between = [p for p in preps if p.lower_ == "between"] or between_preps(noun)
        if between:
            parties = self._prep_objects(between[0], mentions)
            if noun.lemma_.lower() in self.cues["intermediary_nouns"]:
                return self._mediation(noun, parties, predicate, mentions)
            if len(parties) < 2 or self._only_intended(noun) or self._only_supposed(noun):
                # "offered to host talks between Moscow and Kyiv": no talks yet.
                return None
            if self._still_to_come(noun):
                # "days before a summit in Alaska between Trump and Putin": meant to meet (036).
                predicate = self._as_intent(predicate)
            # "A summit between Tshisekedi and Kagame was cancelled": it did not take place.
            called_off = noun.dep_ == "nsubjpass" and bool(self.typer.phrases(noun.head) & self.cues["negating_verbs"])
            return Frame((parties[0],), tuple(parties[1:]), predicate, called_off,
                          confidence(parties, True) * 0.95, noun, symmetric_pairs=True)
        objects = [m for p in preps for m in self._prep_objects(p, mentions)] or places
        if noun.lower_ in self.cues["sponsorship_nouns"] and noun.dep_ == "pobj":
            # "met in Nicosia under the auspices of UN envoy Holguin": the envoy acts on each of
            # those who met.
            governor = noun.head.head
            parties = self._subjects(governor, mentions) if governor.pos_ in ("VERB", "AUX") else []
            # Named as written: the parser lemmatises "auspices" to "auspex".
            predicate = self.typer.predicate_of(noun.lower_, noun, cameo)
            return Frame(tuple(objects), tuple(parties), predicate, False,
                         confidence(objects + parties, True) * 0.9, noun) if objects and parties else None
        if self._consumed_by_verb(noun):
            # "lifted most of its tariffs on U.S. goods": the verb says what became of them.
            return None
        if not objects:
            # "during talks in Brussels on Wednesday": a preposition that names no party.
            return self._joint_noun_frame(noun, cameo, mentions)
        agents = self._noun_agents(noun, mentions) if agents is None else agents
        if agents and self._only_supposed(noun):
            return None
        if agents:
            if all(m.how == "descriptor" for m in agents) and self._only_intended(noun):
                # "threatened to cut off all American aid to Honduras": the threat is the act.
                return None
            called_off = noun.dep_ == "dobj" and cameo[:2] == "04" \
                and bool(self.typer.phrases(noun.head) & self.cues["negating_verbs"])
            if cameo[:2] in COOPERATIVE_ROOTS and not called_off and (
                    (noun.dep_ == "dobj" and self.typer.phrases(noun.head) & self.cues["ending_verbs"])
                    or self._put_to_an_end(noun)):
                # "a law which restricts U.S. aid to Azerbaijan", "the end of its defence cooperation
                # with France": less aid, not aid.
                predicate = self.typer.with_code(predicate, "160")
            # "cancelled her trip to Baku": a visit called off did not take place.
            return Frame(tuple(agents), tuple(objects), predicate, called_off,
                          confidence(agents + objects, True) * 0.9, noun)
        if noun.lemma_.lower() in self.cues["doer_named_nouns"]:
            return None
        # "arrived for a state visit and talks with Tokayev": a conjunct stands where the first does.
        first = noun
        while first.dep_ == "conj" and first.head.pos_ == "NOUN":
            first = first.head
        if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in self._counting_nouns:
            # "responded with a wave of strikes on southern Lebanon": the quantity stands where the act does.
            first = first.head.head
        if first.dep_ == "pobj" and (first.head.lower_ in self.cues["reason_prepositions"] or (
                first.head.lower_ == "after" and cameo[:2] in HOSTILE_ROOTS)) \
                and not (first.head.lower_ == "following" and cameo[:2] == "04"):
            # "imposed sanctions over the crackdown on protesters": the reason is someone
            # else's act, not the sanctioner's ("following a meeting with Landau" is an occasion,
            # as "after" one is; "cut ties after a third day of drone strikes on Port Sudan" is
            # not).
            return None
        # Otherwise the other party is whoever does the act the noun belongs to: "Trump
        # said at a conference with Ishiba"; "held talks with" is read as a verb already.
        governor = first.head
        owned = False
        while governor.dep_ == "prep" or governor.pos_ == "ADP" or (
                governor.lemma_.lower() in self.cues["agency_nouns"] and governor.head != governor):
            # "claimed responsibility for an attack on X": through to the claimant.
            owned = owned or governor.lemma_.lower() in self.cues["agency_nouns"]
            governor = governor.head
        # "remained open to negotiations with Kyiv", "ready for talks with Washington": talks only
        # offered, by the copula's subject.
        ready = governor.pos_ == "ADJ" and governor.lemma_.lower() in self.cues["readiness_adjectives"] \
            and governor.dep_ == "acomp"
        if ready:
            governor = governor.head
        # ("following a meeting in La Paz with Landau": "following" is a preposition here.)
        afterwards = ("after", "following")
        occasion = first.dep_ == "pobj" and first.head.lower_ in ("during", "at", "in", "on", *afterwards)
        if occasion and first.head.lower_ in ("during", *afterwards) and governor.pos_ == "NOUN":
            # "would delay a planned increase in tariffs after a phone call with Sheinbaum": the
            # parser hangs the occasion on the object; it is the clause's.
            governor = clause_verb(governor)
        elif occasion and first.head.lower_ in ("during", *afterwards) and governor.dep_ == "acl" and governor.tag_ == "VBN" \
                and not any(child.dep_ == "agent" for child in governor.children):
            # "suspended a surcharge on electricity exported to three U.S. states after a call with
            # Lutnick": nor on a participle that names no doer.
            governor = clause_verb(governor.head)
        if occasion:
            governor = self._asking_clause(governor)
        # "ordered the suspension of cooperation with the IAEA": an end put to the act, by whoever
        # does what the clause says.
        ended = cameo[:2] in COOPERATIVE_ROOTS and self._put_to_an_end(first)
        if ended:
            governor = clause_verb(governor)
        if governor.pos_ not in ("VERB", "AUX") or self.polarity.requested_only(governor):
            return None
        if first.dep_ == "dobj" and self.typer.lexicon_lemma(governor) in self.cues["intent_verbs"] \
                and cameo[:2] in MATERIAL_CONFLICT_ROOTS:
            # "Washington was preparing a military invasion of his country": not done yet.
            return None
        if cameo[:2] in MATERIAL_CONFLICT_ROOTS \
                and governor.lemma_.lower() in self.cues["allegation_verbs"] | self.cues["faulting_verbs"]:
            # "accused him of war crimes during the siege of El Fasher", "condemned the killings
            # during the raid": the siege and the raid are not the accuser's.
            return None
        if first.dep_ == "dobj" and first.head == governor and governor.lemma_.lower() in self.cues["topic_verbs"]:
            # "discussed air defence cooperation with his Tajik counterpart": the topic of a
            # consultation the verb reads, not cooperation done.
            return None
        if first.dep_ == "dobj" and governor.lemma_.lower() in self.cues["naming_verbs"] and not any(
                child.dep_ == "prt" for child in governor.children):
            # "Germany described the detention of Imamoglu as a setback": what is named is
            # another's act, not the namer's (not "called off a summit with Putin").
            return None
        anchor = noun
        if (first.dep_ == "pobj" and first.head.lower_ in ("at", "during") and governor.dep_ == "ccomp"
                and cameo[:2] not in MATERIAL_CONFLICT_ROOTS
                and governor.head.lemma_.lower() in self.cues["reporting_verbs"] and governor.head.i < governor.i
                and governor.lemma_.lower() not in self.cues["reporting_verbs"] | self.cues["directive_verbs"]):
            # "Trump said that ... at a joint press conference with Ishiba": the
            # occasion belongs to the speech act, not to what was said. (Not "Kim pledged support
            # during talks with Shoigu, KCNA reported": a source named after the clause only reports it;
            # nor "said Russian drones had crashed in its territory during an attack on Ukraine": an
            # attack is no occasion for speaking.)
            governor = anchor = governor.head
        subjects = self._subjects(governor, mentions)
        if not subjects:
            return None
        # "ruled out talks", "pulled out of talks" (the parser may make "out" a preposition too).
        particles = [c.lower_ for c in governor.children if c.dep_ == "prt"] + (
            [t.lower_ for t in first.ancestors if t.pos_ == "ADP" and t.i < first.i and governor.i < t.i]
            if first.dep_ == "pobj" else [])
        lemma = governor.lemma_.lower()
        # "ruled out talks with India", "rejected a meeting with", "cancelled a planned trip to
        # Paris": the event is refused.
        refusing = self.cues["rejecting_verbs"] | self.cues["negating_verbs"]
        refused = any(f"{lemma} {particle}" in refusing for particle in particles) or (
            first.dep_ == "dobj" and first.head == governor and lemma in refusing)
        ending = ended or lemma in self.cues["ending_verbs"] or any(f"{lemma} {particle}" in self.cues["ending_verbs"]
                                                                    for particle in particles)
        if ending and cameo[:2] not in COOPERATIVE_ROOTS and first.dep_ == "dobj" and first.head == governor:
            # "ways to end the war in Ukraine": a conflict ended is neither waged nor a cut in relations.
            return None
        if ending and not (refused and cameo[:2] == "04") and not occasion:
            # "ended a defence cooperation pact with Paris", "pulled out of talks with the
            # government" reduce relations ("suspended a surcharge after a call with Lutnick" is
            # a call).
            predicate = self.typer.with_code(predicate, "160")
        elif governor.lemma_.lower() in self.cues["directive_verbs"] and (
                first.dep_ == "pobj" or (first.dep_ == "dobj" and first.head == governor and not refused
                                         and cameo[:2] in COOPERATIVE_ROOTS)) and not occasion:
            # "called for talks with India", "requested consultations with its NATO allies" are
            # appeals, not talks ("ordered the closure of the consulate" closed it; "called off a
            # summit" refused it).
            asked, _ = self.typer.predicate_for_verb(governor, [], first.head.lower_ if first.dep_ == "pobj" else None)
            if asked is not None and (asked.cameo or "")[:2] in REQUEST_ROOTS:
                # (Not "protest what it called unfriendly actions, including the detention of
                # Russian citizens": a name given, no call.)
                predicate = asked
        forsworn = refused and bool(self.typer.phrases(governor) & self.cues["refusing_verbs"])
        if ready or (forsworn and cameo[:2] == "04") or (
                self._foretold(governor) and not (first.dep_ == "pobj" and first.head.lower_ in afterwards)):
            # "will travel to Beijing next month for talks with Xi": talks still to come (036);
            # "would delay the tariffs after a phone call with Sheinbaum": the call that led to it;
            # "ruled out talks with Washington": talks forsworn (036, negated; "cancelled a planned
            # trip" is a visit called off).
            predicate = self._as_intent(predicate)
        # "ruled out joining sanctions after talks with Lavrov": the talks were held; what the
        # clause denies is not when it happened ("not until talks with Iran" is still to come).
        in_time_phrase = first.dep_ == "pobj" and first.head.lower_ in self.cues["time_prepositions"] - {"until"}
        # "denied responsibility for the drone strike on Kyiv": the act disowned.
        disowned = owned and governor.lemma_.lower() in self.cues["denial_verbs"]
        negated = refused or disowned or (self.polarity.negated(governor) and not in_time_phrase)
        if owned and negated and not disowned:
            # "did not claim responsibility for the strike": nothing owned up to, nothing denied.
            return None
        if negated and cameo[:2] == "04" and any(child.dep_ == "aux" and child.lower_ in self.cues["future_modals"]
                                                 for child in governor.children):
            # "will not return to nuclear negotiations with the United States": talks forsworn, a
            # negated intent to meet (036), as "will not meet" is.
            predicate = self._as_intent(predicate)
        return Frame(tuple(subjects), tuple(objects), predicate, negated, confidence(subjects + objects, True) * 0.9,
                     anchor)

    def _appeal_noun_frame(self, noun, cameo: str, mentions) -> Frame | None:
        """An appeal or demand named by a noun, made of a party the noun does not name with "to":
        "demands by Israel and the United States that it disarm" (of the clause's subject);
        "sent jets at the request of President Talon" (Talon asked whoever sent them)."""
        predicate = self.typer.predicate_for_noun(noun, cameo)
        askers = self._noun_agents(noun, mentions)
        asked = [m for clause in noun.children if clause.dep_ in ("acl", "ccomp") and clause.pos_ in ("VERB", "AUX")
                 and not is_infinitive(clause)
                 for subject in clause.children if subject.dep_ in ("nsubj", "nsubjpass")
                 for m in self._actors(subject, mentions)]
        if askers and not asked and _asks_to(noun):
            # "a call by Guterres for the two leaders to resume talks": asked of those it is
            # "for" (the parser may hang "for" on the asker), unless they are the asker's own
            # ("demands by Trump for Washington to take control of Greenland").
            holders = [noun, *(pobj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "by"
                               for pobj in prep.children if pobj.dep_ == "pobj")]
            own = side_of(askers)
            asked = [m for holder in holders for prep in holder.children if prep.dep_ == "prep" and prep.lower_ == "for"
                     for m in self._prep_objects(prep, mentions) if not on_side(m.actor, own)]
        if askers and asked:
            return Frame(tuple(askers), tuple(asked), predicate, False, confidence(askers + asked, True) * 0.9, noun)
        return self._agentive_frame(noun, predicate, askers, mentions)

    def _enforced_blockade(self, noun, cameo: str, mentions) -> Frame | None:
        """A blockade an armed group enforces by what the clause says it did, with no target named, is
        on the state the clause names: "JNIM fighters have torched fuel tankers on the main roads into
        Bamako, enforcing a blockade" -> JNIM blockades Mali (191)."""
        participle = noun.head
        if not cameo.startswith("191") or noun.dep_ != "dobj" or participle.dep_ != "advcl" or participle.tag_ != "VBG":
            return None
        clause = participle.head
        agents = self._subjects(clause, mentions)
        if not agents or not all(m.actor.type == "Group" for m in agents):
            return None
        # ("roads into Bamako", "roads leading to Mali's capital", "roads into the Malian capital")
        named = [m for t in clause.subtree if t.i < participle.i
                 for m in ([mentions[t.i]] if t.i in mentions else self._modifier_state(t) if t.dep_ == "pobj" else [])]
        states = list({m.actor: m for m in named if m.actor.type == "Country"}.values())
        if not states:
            return None
        return Frame(tuple(agents), tuple(states), self.typer.predicate_for_noun(noun, cameo), False,
                     confidence(agents + states, True) * 0.9, noun)

    def _put_to_an_end(self, noun) -> bool:
        """True for an act a noun of ending names after "of", "to" or "on": "the suspension *of
        cooperation* with the IAEA", "the end of its defence *cooperation* with France", "an end to
        all U.S. *aid* to Colombia", "a freeze on *aid*"."""
        return noun.dep_ == "pobj" and noun.head.lower_ in ("of", "to", "on") and noun.head.head.pos_ == "NOUN" \
            and noun.head.head.lemma_.lower() in self.cues["ending_nouns"]

    def _agentive_frame(self, noun, predicate, askers: list, mentions) -> Frame | None:
        """A request or invitation the clause says was acted on is made of whoever did what the
        clause says: "sent jets at the request of President Talon" (Talon asked those who sent
        them), "met in Doha at the invitation of Qatar's emir" (the emir invited those who met)."""
        if noun.lemma_.lower() not in self.cues["agentive_of_nouns"] or noun.dep_ != "pobj":
            return None
        # "at the request of President Talon", "in response to a request from Steinmeier", "at
        # Germany's request": made of whoever did what the clause says.
        askers = askers or [m for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in ("of", "from")
                            for m in self._prep_objects(prep, mentions)]
        marker = noun.head
        if marker.lower_ == "to" and marker.head.lemma_.lower() in self.cues["response_nouns"] \
                and marker.head.dep_ == "pobj":
            marker = marker.head.head
        # (The parser may hang the phrase on the verb's object: "pardoned Sansal in response to".)
        governor = clause_verb(marker.head) if marker.lower_ == "in" else marker.head
        if not askers or governor.pos_ not in ("VERB", "AUX") or marker.lower_ not in ("at", "on", "upon", "in",
                                                                                       "following", "after"):
            return None
        asked = self._subjects(governor, mentions)
        asked = others_than(asked, askers)
        if not asked:
            return None
        return Frame(tuple(askers), tuple(asked), predicate, False, confidence(askers + asked, True) * 0.9, noun)

    def _rejected_act(self, noun, mentions) -> Frame | None:
        """An accusation, demand, appeal or offer that someone rejects or denies was aimed at
        them: "China rejected accusations by Mark Rutte" (Rutte accused China); a leader who
        rejects it answers for the state ("Frederiksen rejected demands by Trump" -> Denmark,
        "rejecting a demand from Beirut")."""
        word = noun.lemma_.lower()
        verb = noun.head
        if word not in self.cues["addressed_act_nouns"] or noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
            return None
        lemma = verb.lemma_.lower()
        phrases = {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt")}
        if not phrases & (self.cues["rejecting_verbs"] | self.cues["denial_verbs"]) and not (
                lemma in self.cues["accepting_verbs"] and self.polarity.negated(verb)):
            return None
        # "dismissing the allegation by Addis Ababa": the parser may hang the noun's "by" on
        # the (active) verb.
        askers = self._noun_agents(noun, mentions) or [
            m for prep in (*noun.children, *verb.rights) if prep.dep_ == "prep" and prep.i > noun.i and (
                prep.lower_ == "from" and prep.head == noun or prep.lower_ == "by" and prep.head == verb)
            for m in self._prep_objects(prep, mentions)]
        own = side_of(askers)
        addressees = [m for m in map(self._own_side, self._subjects(verb, mentions)) if not on_side(m.actor, own)]
        if not askers or not addressees:
            return None
        named = [subject for clause in noun.children if clause.dep_ in ("acl", "ccomp", "advcl")
                 for subject in clause.children if subject.dep_ in ("nsubj", "nsubjpass")]
        asked = [m for subject in named for m in self._actors(subject, mentions)]
        if named and not any(on_side(m.actor, side_of(addressees)) for m in asked):
            # "NATO's demand that allies raise spending" names whom it asks.
            return None
        if asked:
            # "Qassem rejected Washington's calls for the group to give up its weapons": the
            # call is on the group, which its leader answers for.
            addressees = asked
        parties = own | side_of(addressees)
        if any(clause.dep_ == "acl" and any(not on_side(m.actor, parties) for m in self._objects(clause, mentions, False)[0])
               for clause in noun.children):
            # "an offer by Ruto to mediate between Addis Ababa and Asmara" is aimed at those it
            # names ("an offer from Trump to send troops into Mexico" at Mexico still).
            return None
        cameo = self.typer.noun_code_of(noun) or ""
        if word in self.cues["request_nouns"] and cameo[:2] not in REQUEST_ROOTS:
            # "rejected calls by the IMF for a restructuring" is an appeal, not a phone call.
            cameo = "020"
        predicate = self.typer.predicate_for_noun(noun, cameo)
        return Frame(tuple(askers), tuple(addressees), predicate, False,
                     confidence(askers + addressees, True) * 0.9, noun)

    def _joint_noun_frame(self, noun, cameo: str, mentions) -> Frame | None:
        """"a joint naval exercise by the United States and South Korea": an act the named
        parties do together, one statement between them."""
        joint = noun.lemma_.lower() in self.cues["joint_nouns"] or any(
            child.lower_ in self.cues["joint_modifiers"] for child in noun.lefts)
        agents = self._noun_agents(noun, mentions) if joint else []
        if joint and not agents and cameo[:2] == "04" and noun.dep_ == "pobj" \
                and (noun.head.lower_ in ("after", "during", "following") or (
                    # "Abdelatty told his Somali counterpart at talks in Cairo"; "Takaichi and Lee agreed
                    # at their first summit"
                    noun.head.lower_ == "at" and (noun.head.head.lemma_.lower() in self.cues["telling_verbs"] or any(
                        child.dep_ == "poss" and child.lower_ == "their" for child in noun.children)))) \
                and noun.head.head.pos_ in ("VERB", "AUX"):
            # "Ruto and Hassan agreed to scrap barriers after talks in Arusha": talks between them;
            # "Wang Yi told Kaja Kallas during talks in Brussels": between the one who spoke and
            # the one spoken to.
            governor = noun.head.head
            agents = self._subjects(governor, mentions)
            if len(agents) == 1:
                agents += [m for child in governor.children if child.dep_ == "dobj"
                           for m in self._actors(child, mentions) if m.actor != agents[0].actor]
        if len({m.actor for m in agents}) < 2:
            return None
        predicate = self.typer.predicate_for_noun(noun, cameo)
        if cameo[:2] == "15":
            # Drills held together are military cooperation.
            predicate = self.typer.with_code(predicate, "062")
        return Frame((agents[0],), tuple(agents[1:]), predicate, False,
                      confidence(agents, True) * 0.9, noun, symmetric_pairs=True)

    def _answered_act(self, noun, cameo: str, mentions) -> Frame | None:
        """The hostile act a response answers, aimed at whoever responds: "approved retaliatory
        tariffs in response to Washington's steel duties" (the United States acts on the EU),
        "fired rockets in retaliation for Israeli strikes" (Israel on the one firing)."""
        prep = noun.head
        if cameo[:2] not in HOSTILE_ROOTS or noun.dep_ != "pobj" or prep.lower_ not in ("to", "for") \
                or prep.head.lemma_.lower() not in self.cues["response_nouns"]:
            return None
        if self._noun_targets(noun, mentions):
            # "in retaliation for American air strikes on the Yemeni capital": whom they struck.
            return None
        agents = self._noun_agents(noun, mentions)
        governor = clause_verb(prep.head)
        if governor.lemma_.lower() in self.cues["reporting_verbs"]:
            # "Algeria ordered French staff to leave, Barrot said, in response to the arrest of an
            # Algerian official": the reported act answers it, not the report.
            reported = [clause for clause in governor.children if clause.dep_ in ("ccomp", "parataxis")
                        and clause.i < prep.i]
            governor = reported[-1] if reported else governor
        responders = self._subjects(governor, mentions) if agents and governor.pos_ in ("VERB", "AUX") else []
        responders = others_than(responders, agents)
        if not responders:
            return None
        return Frame(tuple(agents), tuple(responders), self.typer.predicate_for_noun(noun, cameo), False,
                     confidence(agents + responders, True) * 0.9, noun)

    def _mediated(self, noun, mentions) -> Frame | None:
        """The go-between a state's name marks on talks: "met Dermer for U.S.-mediated talks", "held
        talks with Dermer under U.S. mediation" -> the United States mediates (045) between the
        parties named ("between", else those of the clause)."""
        mediators = [Mention(child.i, child.i + 1, actor, "descriptor") for child in noun.lefts
                     if (actor := self.finder.actor_before_hyphen(child, self.cues["mediating_participles"]))]
        if not mediators and noun.lemma_.lower() in self.cues["intermediary_nouns"] and noun.dep_ == "pobj" \
                and noun.head.lower_ == "under":
            mediators = self._modifier_state(noun)
        if not mediators:
            return None
        between = between_preps(noun)
        # "freed Ferrer as part of a Vatican-mediated deal with the Biden administration": the
        # clause's subject and whom the deal is with, not whom the clause acts on.
        partners = [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "with"
                    for m in self._prep_objects(p, mentions)]
        governor = clause_verb(noun)
        if governor.pos_ in ("VERB", "AUX") and self.polarity.negated(governor):
            # "would not attend the next round of EU-facilitated talks with Pristina": none are held.
            return None
        if between:
            parties = self._prep_objects(between[0], mentions)
        elif partners and governor.pos_ in ("VERB", "AUX"):
            parties = [*self._subjects(governor, mentions), *partners]
        elif governor.pos_ in ("VERB", "AUX"):
            parties = [*self._subjects(governor, mentions), *self._objects(governor, mentions, False)[0]]
        else:
            parties = []
        mediator_ids = {m.actor.id for m in mediators}
        # ("Sudanese army chief Abdel Fattah al-Burhan rejected a U.S.-brokered truce proposal":
        # one party, named twice, is no two.)
        parties = list({m.actor.id: m for m in parties if m.actor.id not in mediator_ids}.values())
        if len(parties) < 2:
            return None
        predicate = Predicate("mediate", self.typer.predicate_for_noun(noun, "045").text, "045", self.typer.label("045"))
        return Frame(tuple(mediators), tuple(parties), predicate, False, confidence(mediators + parties, True) * 0.9, noun)

    def _told_in_consultation(self, noun, cameo: str, mentions) -> Frame | None:
        """A call or meeting in which one side told the other something: "Abdelatty told his Iranian
        counterpart Araqchi in a phone call that ..." -> Abdelatty consults Araqchi (the noun's code)."""
        if not cameo.startswith("04") or cameo.startswith("045") or noun.dep_ != "pobj" \
                or noun.head.lower_ not in ("in", "during") or any(
                    child.dep_ == "prep" and child.lower_ in ("with", "between") for child in noun.children):
            return None
        verb = noun.head.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.cues["telling_verbs"]:
            return None
        addressees = [m for child in verb.children if child.dep_ in ("dobj", "dative") for m in self._actors(child, mentions)]
        speakers = self._subjects(verb, mentions)
        addressees = others_than(addressees, speakers)
        if not speakers or not addressees:
            return None
        return Frame(tuple(speakers), tuple(addressees), self.typer.predicate_for_noun(noun, cameo), False,
                     confidence(speakers + addressees, True) * 0.9, noun)

    def _asking_clause(self, governor):
        """The clause an occasion belongs to where the parser hangs it on what was asked: "urged
        China to play a role during a phone call with Wang Yi", "MBS urged him to get involved during
        a visit to the White House" -> "urged" (the call and the visit are the urging's)."""
        while self.polarity.requested_only(governor) and governor.head != governor:
            governor = clause_verb(governor.head)
        return governor

    def _visited(self, noun, cameo: str, mentions) -> Frame | None:
        """A visit a noun names, by its visitor to the state visited (042): "during Modi's two-day
        visit to the UAE"; "met Yunus in Dhaka, the first visit by a Pakistani foreign minister" (to
        where the clause took place); "during a visit by Modi" in an article filed from Colombo (to
        where it was filed); "Noem, on a visit to Ecuador, met Noboa"."""
        if not cameo.startswith("042") or (noun.dep_ == "dobj" and not misparsed_apposition(noun)) \
                or self._only_intended(noun) or self._still_to_come(noun):
            # "criticised the visit" is a verdict on a visit reported before; "ahead of a visit",
            # "a planned visit" one still to come.
            return None
        governor = clause_verb(noun)
        if noun.dep_ == "pobj" and noun.head.lower_ in ("during", "on"):
            governor = self._asking_clause(governor)
        clause = governor.pos_ in ("VERB", "AUX")
        visitors = self._noun_agents(noun, mentions)
        if clause and any(m.actor.type == "Country" for m in visitors):
            # "the highest-level Saudi visit", "the Qatari ruler's first visit": the person of that
            # state whom the clause names.
            named = [*self._subjects(governor, mentions), *self._objects(governor, mentions, False)[0]]
            visitors = [self._person_of(m, named) for m in visitors]
        holder = noun.head.head if noun.dep_ == "pobj" else noun.head
        if not visitors and noun.dep_ == "pobj" and noun.head.lower_ == "on" and holder.i in mentions:
            # "Kristi Noem, on a visit to Ecuador, met ...": whom the phrase describes.
            visitors = self._actors(holder, mentions)
        if not visitors and clause:
            # "Albanese met Xi ..., the centrepiece of a six-day visit to China": the person the
            # clause is about.
            visitors = [m for m in self._subjects(governor, mentions) if m.actor.type == "Person"]
        # "his second visit to the country" is where the clause took place, below.
        destinations = [m for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "to"
                        and not any(g.lemma_.lower() in self.cues["state_anaphora"] for g in prep.children)
                        for m in self._prep_objects(prep, mentions) if m.actor.type == "Country"]
        if not destinations and clause:
            # "met Yunus in Dhaka ..., the first visit", "hosted Erdogan at the White House, his
            # first visit there": where the clause (not a clause joined to it) took place.
            destinations = [m for prep in governor.subtree if prep.dep_ == "prep" and prep.lower_ in ("in", "at")
                            and not noun.left_edge.i <= prep.i <= noun.right_edge.i and clause_verb(prep) == governor
                            for m in self._prep_objects(prep, mentions) if m.actor.type == "Country"][:1]
        if not destinations and self.context.home_state is not None and not any(
                # "a visit to Andong" is somewhere the gazetteer does not know; "to the Gulf state"
                # is where the article was filed.
                prep.dep_ == "prep" and prep.lower_ == "to" and any(g.pos_ == "PROPN" for g in prep.children)
                for prep in noun.children):
            destinations = [Mention(noun.i, noun.i + 1, self.context.home_state, "descriptor")]
        visitors = [m for m in visitors if m.actor.id not in {d.actor.id for d in destinations}]
        if not visitors or not destinations:
            return None
        return Frame(tuple(visitors), tuple(destinations), self.typer.predicate_for_noun(noun, cameo), False,
                     confidence(visitors + destinations, True) * 0.9, noun)

    def _credited_gift(self, noun, cameo: str, mentions) -> Frame | None:
        """Aid someone is thanked for, where the noun names no recipient: "Traore thanked Russia for
        a donation of 25,000 tonnes of wheat" -> Russia gives aid (07) to the thanker's side (as
        "thanked Mexico for sending oil" does with the verb)."""
        if cameo[:2] != "07" or noun.dep_ != "pobj" or noun.head.lower_ != "for" \
                or noun.head.head.lemma_.lower() not in self.cues["crediting_verbs"] \
                or any(prep.dep_ == "prep" and prep.lower_ in ("to", "for") for prep in noun.children):
            return None
        thanker = noun.head.head
        givers = [m for child in thanker.children if child.dep_ == "dobj" for m in self._actors(child, mentions)]
        recipients = [m for m in map(self._own_side, self._subjects(thanker, mentions))
                      if not on_side(m.actor, side_of(givers))]
        if not givers or not recipients:
            return None
        return Frame(tuple(givers), tuple(recipients), self.typer.predicate_for_noun(noun, cameo), False,
                     confidence(givers + recipients, True) * 0.9, noun)

    def _repelled(self, noun, cameo: str, mentions) -> Frame | None:
        """An attack someone beat back was aimed at them: "its troops had beaten back an Arakan Army
        assault on a naval base" (the Arakan Army attacked Myanmar)."""
        verb = noun.head
        if cameo[:2] not in VIOLENT_ROOTS or noun.dep_ != "dobj" or not self._repelling(verb):
            return None
        attackers = self._noun_agents(noun, mentions)
        # (Not side_of: an armed group's state is where it fights, not its side.)
        defenders = [m for m in map(self._own_side, self._subjects(verb, mentions))
                     if m.actor.id not in {a.actor.id for a in attackers}]
        if not attackers or not defenders:
            return None
        return Frame(tuple(attackers), tuple(defenders), self.typer.predicate_for_noun(noun, cameo),
                     self.polarity.negated(verb), confidence(attackers + defenders, True) * 0.9, noun)

    def _suffered(self, noun, cameo: str | None, mentions) -> Frame | None:
        """An attack its target came under is by whoever it came from: "A U.N. helicopter came under
        fire from the White Army militia" (the militia attacked the U.N.), "Israeli troops came under
        attack from Hezbollah"; only for forces, craft and places ("came under fire from the
        opposition" is figurative)."""
        prep = noun.head
        verb = prep.head
        if noun.dep_ != "pobj" or prep.lower_ != "under" or verb.lemma_.lower() not in ("come", "be"):
            return None
        cameo = cameo or ("190" if noun.lemma_.lower() in self.cues["gunfire_nouns"] else None)
        if cameo is None or cameo[:2] not in VIOLENT_ROOTS or not any(
                subject.dep_ in ("nsubj", "nsubjpass") and subject.lemma_.lower() in self.cues["attacked_nouns"]
                for subject in verb.children):
            return None
        attackers = [m for holder in (noun, verb) for p in holder.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
                     for m in self._prep_objects(p, mentions)]
        targets = [m for m in map(self._own_side, self._subjects(verb, mentions))
                   if m.actor.id not in {a.actor.id for a in attackers}]
        if not attackers or not targets:
            return None
        return Frame(tuple(attackers), tuple(targets), self.typer.predicate_for_noun(noun, cameo),
                     self.polarity.negated(verb), confidence(attackers + targets, True) * 0.9, noun)

    def _repelling(self, verb) -> bool:
        """True for a verb that beats back an attack: "repelled", "beat back", "fended off"."""
        return bool(self.typer.phrases(verb) & self.cues["repelling_verbs"])

    def _claimed_act(self, noun, cameo: str, mentions) -> Frame | None:
        """An act reported before that someone owns up to is theirs, against whom it struck: "the
        Houthis claimed responsibility for the attack", "Ukraine's SBU said it was behind the
        attack"."""
        prep = noun.head
        if noun.dep_ != "pobj" or not (prep.lower_ == "behind" and prep.head.lemma_.lower() == "be" or (
                prep.lower_ == "for" and prep.head.lemma_.lower() in self.cues["agency_nouns"])):
            return None
        if any(child.dep_ == "prep" and child.lower_ in self.cues["object_prepositions"]
               and self._prep_objects(child, mentions) for child in noun.children):
            # "claimed responsibility for an attack on a U.S. destroyer": read as any act noun ("a
            # bombing on a passenger train in Pakistan" names none).
            return None
        # ("Militants stormed a police centre in Pakistan ... the Pakistani Taliban claimed
        # responsibility for the assault": violence no one was named for.)
        targets = self.article_acts.struck_by(noun) or self._harmed(noun, mentions) or (
            [act.target for act in self.article_acts.unclaimed_before(noun)] if refers_back(noun) else [])
        governor = clause_verb(prep)
        claimants = self._subjects(governor, mentions) if governor.pos_ in ("VERB", "AUX") and targets else []
        # "Israeli strikes hit ... the Israeli military said it was behind the attack": no new act.
        known = {m.actor.id for m in (*targets, *self.article_acts.parties_of(noun))}
        claimants = [m for m in claimants if m.actor.id not in known]
        if not claimants:
            return None
        # "Vucic denied that Belgrade was behind the attack", "the Taliban denied responsibility for
        # the attack": the act disowned, negated.
        disowned = self.polarity.negated(governor) or governor.lemma_.lower() in self.cues["denial_verbs"]
        if disowned and prep.lower_ == "for" and governor.lemma_.lower() not in self.cues["denial_verbs"]:
            # "no group has claimed responsibility", "did not claim responsibility": nothing owned
            # up to, nothing denied.
            return None
        return Frame(tuple(claimants), tuple(targets), self.typer.predicate_for_noun(noun, cameo), disowned,
                     confidence(claimants + targets, True) * 0.9, noun)

    def _harmed(self, noun, mentions) -> list[Mention]:
        """Whom a violent act named by ``noun`` harmed (``_victims``), else the state it struck in: "a
        bombing on a passenger train in southwestern Pakistan" -> Pakistan."""
        if not self.typer.is_violent_noun(noun):
            return []
        return self._victims(noun, mentions) or self._attacked_places(noun, mentions)

    def _victims(self, noun, mentions) -> list[Mention]:
        """Whom the violent clause on ``noun`` says it harmed: "a roadside bomb that killed seven
        Pakistani soldiers" -> Pakistan, "a suicide bombing that killed minister Khalil Haqqani" ->
        Haqqani."""
        return [m for clause in noun.children if clause.dep_ == "relcl"
                and is_violent(self.typer.code_for((self.typer.lexicon_lemma(clause),)))
                for victim in clause.children if victim.dep_ == "dobj"
                for m in (self._actors(victim, mentions, possessor=True) or self._modifier_state(victim))]

    def _withdrawn(self, noun, cameo: str, mentions) -> Frame | None:
        """A withdrawal named by a noun with its doers after "of": "the withdrawal of Mali, Burkina
        Faso and Niger from the bloc had taken effect" (leaving a body reduces relations, 160);
        "the withdrawal of Russian troops from Kherson" (0874). Not one only asked for."""
        if not cameo.startswith("0874"):
            return None
        governor = clause_verb(noun)
        if governor.pos_ in ("VERB", "AUX") and (
                governor.lemma_.lower() in self.cues["directive_verbs"] | self.cues["intent_verbs"]
                or self.polarity.requested_only(governor) or self.polarity.negated(governor)):
            # "demanded the withdrawal of Russian troops from Ukraine" is asked of Russia, elsewhere.
            return None
        doers = [m for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for m in self._prep_objects(prep, mentions)] or [
            # "Washington's withdrawal from the WHO"; "completed its withdrawal from the WHO": the
            # subject's own.
            m for owner in noun.children if owner.dep_ == "poss"
            for m in (self._subjects(governor, mentions) if is_possessive_pronoun(owner) and governor.pos_ in ("VERB", "AUX")
                      else self._actors(owner, mentions))]
        left = [m for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "from"
                for m in self._prep_objects(prep, mentions)]
        left = [m for m in left if m.actor.id not in {d.actor.id for d in doers}]
        if not doers or not left:
            return None
        predicate = self.typer.predicate_for_noun(noun, cameo)
        if all(m.actor.type in ("Organization", "Group") for m in left):
            predicate = self.typer.with_code(predicate, "160")
        return Frame(tuple(doers), tuple(left), predicate, False, confidence(doers + left, True) * 0.9, noun)

    @staticmethod
    def _person_of(state: Mention, named: list[Mention]) -> Mention:
        """The one person of ``state`` among ``named``, else ``state``: "met Khamenei in Tehran, the
        highest-level Saudi visit" is the visit of the Saudi minister who met him."""
        if state.actor.type != "Country":
            return state
        people = {m.actor.id: m for m in named if m.actor.type == "Person" and m.actor.country == state.actor.country}
        return next(iter(people.values())) if len(people) == 1 else state

    def _mediation(self, noun, parties: list[Mention], predicate: Predicate, mentions) -> Frame | None:
        """"Doha paused its mediation between Israel and Hamas": the mediator (the noun's owner,
        else the subject of its verb) acts on each party; pausing or ending it reduces relations."""
        governor = noun.head.head if noun.dep_ == "pobj" else noun.head
        # "its mediation", "Qatari mediation between the Taliban and London"
        party_ids = {m.actor.id for m in parties}
        mediators = [m for m in self._noun_agents(noun, mentions) if m.actor.id not in party_ids]
        if not mediators and governor.pos_ in ("VERB", "AUX"):
            mediators = self._subjects(governor, mentions)
        if not mediators or not parties:
            return None
        negated = False
        if governor.pos_ in ("VERB", "AUX"):
            negated = self.polarity.negated(governor)
            if governor.lemma_.lower() in self.cues["ending_verbs"]:
                predicate = self.typer.with_code(predicate, "160")
        return Frame(tuple(mediators), tuple(parties), predicate, negated,
                      confidence(mediators + parties, True) * 0.9, noun)

    def _only_intended(self, noun) -> bool:
        """True when the act a noun names is only offered, planned or asked for: "offered to host
        talks between Moscow and Kyiv", "called for a summit between". Never for violence the
        sentence refers to as known: "warned against dragging Iraq into the war between Israel and
        Iran", "if Washington joined Israel's war against Iran"."""
        if self.typer.is_violent_noun(noun) and (
                refers_back(noun) or any(child.dep_ == "poss" for child in noun.children)):
            return False
        verb = noun
        for _ in range(6):
            if verb.head.i == verb.i or (verb.dep_ == "pobj" and verb.head.lower_ in ("during", "at", "after", "before")):
                # "pledged to deepen cooperation during a visit by Lula": the visit is the occasion.
                return False
            verb = verb.head
            if verb.pos_ in ("VERB", "AUX"):
                break
        else:
            return False
        return self.polarity.requested_only(verb) or self._intent_governor(verb) is not None \
            or verb.lemma_.lower() in self.cues["intent_verbs"]

    def _only_supposed(self, noun) -> bool:
        """True for an act the sentence only supposes: "Israeli annexation of the West Bank would
        be a red line", "rejected any U.S. military action against drug cartels", "would not accept
        US military strikes on Mexican soil"."""
        head = noun.head
        return (noun.dep_ == "nsubj" and any(child.dep_ == "aux" and child.lower_ in self.cues["hypothetical_modals"]
                                             for child in head.children)) \
            or any(child.dep_ == "det" and child.lower_ == "any" for child in noun.children) \
            or (noun.dep_ == "dobj" and any(child.dep_ == "aux" and child.lower_ in self.cues["intent_modals"]
                                            for child in head.children) and self.polarity.negated(head))

    def _still_to_come(self, noun) -> bool:
        """True for an event the sentence names as ahead: "ahead of a meeting between Trump and
        Xi", "days before a summit", "paving the way for a meeting", "a planned summit"."""
        if any(child.dep_ == "amod" and child.lower_ in self.cues["upcoming_modifiers"] for child in noun.children):
            return True
        if noun.dep_ != "pobj":
            return False
        prep = noun.head
        preparing = self.cues["preparing_words"]
        return prep.lower_ == "before" or (prep.lower_ == "of" and prep.head.lower_ == "ahead") or (
            prep.lower_ == "for" and (prep.head.lemma_.lower() in preparing or any(
                child.dep_ == "dobj" and child.lemma_.lower() in preparing for child in prep.head.children)))


def _asks_to(noun) -> bool:
    """True for a noun with an infinitive of what is asked: "a call ... to resume talks"."""
    return any(clause.dep_ == "acl" and any(c.lower_ == "to" for c in clause.children) for clause in noun.children)
