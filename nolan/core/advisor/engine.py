"""The declaration advisor: must I declare, may I speak, must I leave?

``advise`` applies a council's declaration rules (``rules.py``, read from its
``declarations.yaml``) to one situation and answers with the council's own paragraph
numbers. Several paragraphs can bite at once (the "affects" disclosure paragraph and its
two-limb test; a DPI paragraph and the Cabinet-member paragraph); the member then does
everything each asks, and takes part only as far as the strictest one allows. A
dispensation lifts a paragraph's bar on taking part only where the paragraph says so; it
never lifts the duty to declare (Localism Act 2011 s.31 and s.33).
"""

from __future__ import annotations

from dataclasses import replace

from nolan.core.advisor.ambiguities import EXPLANATIONS, Ambiguity
from nolan.core.advisor.rules import Participation, Rule, Sensitive, Verb, load_rules
from nolan.core.advisor.situation import Advice, Flag, Interest, Outcome, Relation, Situation
from nolan.core.codes.model import Code, Provision

INTEREST_PHRASES: dict[Interest, str] = {
    Interest.DPI: "your disclosable pecuniary interest",
    Interest.ORI: "your other registerable interest",
    Interest.OWN_FINANCIAL: "your own financial interest or well-being",
    Interest.RELATIVE: "a relative's financial interest or well-being",
    Interest.CLOSE_ASSOCIATE: "a close associate's financial interest or well-being",
    Interest.FRIEND: "a friend's financial interest or well-being",
    Interest.BODY_ORI: "a body listed in your other registerable interests",
    Interest.BODY_DPI: "a body listed in your disclosable pecuniary interests",
}
RELATION_PHRASES: dict[Relation, str] = {
    Relation.DIRECTLY_RELATES: "directly relates to",
    Relation.AFFECTS: "affects",
}
SUMMARIES: dict[Outcome, str] = {
    Outcome.NOTHING_REQUIRED: "The code asks nothing of you here; you may still choose to declare.",
    Outcome.TAKE_PART: "Once you have declared it you may stay, speak and vote.",
    Outcome.SPEAK_THEN_LEAVE: "You may speak as the public may, then leave before the vote.",
    Outcome.LEAVE: "Take no part in the discussion or vote and leave the room.",
    Outcome.STAY_WITHOUT_TAKING_PART: "Take no part in the discussion or vote.",
}
_ORDER = [Participation.NONE, Participation.SPEAK_IF_PUBLIC, Participation.FULL]
_LIMBS = {Flag.GREATER_THAN_MAJORITY, Flag.REASONABLE_MEMBER}


_LOADED: dict[str, tuple[Code, tuple[Rule, ...]]] = {}


def rules_for(code: Code) -> tuple[Rule, ...]:
    """The council's declaration rules, loaded and validated once per code object.

    Keyed by slug and checked by identity: hashing a whole ``Code`` on every call would
    cost more than the advice itself.
    """
    cached = _LOADED.get(code.slug)
    if cached is None or cached[0] is not code:
        cached = _LOADED[code.slug] = (code, load_rules(code))
    return cached[1]


def _bites(rule: Rule, situation: Situation) -> tuple[bool, Ambiguity | None]:
    covered, unsure = rule.coverage(situation.interest, situation.relation)
    return covered and all(situation.has(flag) for flag in rule.when), unsure


def _lifted(rule: Rule, situation: Situation) -> bool:
    return rule.dispensation_lifts and situation.dispensation


def _duties(rule: Rule, situation: Situation) -> list[str]:
    duties = []
    if rule.verb is not Verb.NONE:
        duties.append(f"{rule.verb.value} the interest")
    if rule.notify_monitoring_officer:
        duties.append(
            "notify the Monitoring Officer and take no steps, or further steps, in the matter"
            " except arranging for someone else to deal with it"
        )
    if rule.participation is not Participation.FULL and _lifted(rule, situation):
        duties.append("take part as your dispensation allows")
    elif rule.participation is Participation.NONE:
        duties.append("take no part in any discussion or vote")
    elif rule.participation is Participation.SPEAK_IF_PUBLIC:
        public = "may" if situation.public_may_speak else "may not"
        duties.append(f"speak only if the public may (here they {public})")
        duties.append("not vote")
    if rule.leave_room and not _lifted(rule, situation):
        duties.append("leave the room")
    if rule.record_in_decision:
        duties.append(
            "make sure the written statement of any executive decision you take records the"
            " existence and nature of the interest"
        )
    return duties


def _reason(rule: Rule, situation: Situation) -> str:
    reason = (
        f"the matter {RELATION_PHRASES[situation.relation]} {INTEREST_PHRASES[situation.interest]}"
    )
    if _LIMBS <= set(rule.when):
        reason += " and both limbs of its test are met"
    if Flag.CABINET_EXECUTIVE in rule.when:
        reason += " and you are a Cabinet member taking an executive decision"
    return reason


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _paragraph_list(provisions: list[Provision]) -> str:
    """Paragraphs as the council cites them: "Appendix B, paragraphs 8 and 9 do"."""
    if len(provisions) == 1:
        return f"{provisions[0].citation} does"
    appendices = {p.appendix for p in provisions}
    if len(appendices) == 1 and all(p.number[:1].isdigit() for p in provisions):
        (appendix,) = appendices
        numbered = f"paragraphs {_join([p.number for p in provisions])}"
        return f"{appendix}, {numbered} do" if appendix else f"{numbered} do"
    return f"{_join([p.citation for p in provisions])} do"


def _cited(code: Code, key: str) -> str:
    """A paragraph as the council cites it, to begin a sentence: "Appendix B, paragraph 5"."""
    citation = code.provision(key).citation
    return citation[:1].upper() + citation[1:]


def _affects_paragraph(rules: tuple[Rule, ...], biting: list[Rule]) -> str | None:
    """The key of the council's paragraph on a matter that *affects* an interest (LGA and
    Welwyn Hatfield paragraph 8), unless it applies here and so is cited in its own right."""
    for rule in rules:
        if rule.covers.get(Relation.AFFECTS) and not rule.when:
            return None if rule in biting else rule.provision
    return None


def _applied_cautiously(
    code: Code, rules: list[Rule], situation: Situation, affects: str | None
) -> list[str]:
    """Paragraphs on a matter that directly relates to a DPI, applied to one that only
    affects it (``Ambiguity.DPI_AFFECTS``): what each deals with, which paragraph deals
    with a matter that affects an interest, and why they are followed all the same, each
    paragraph cited once and the reason given once."""
    sentences = []
    for index, rule in enumerate(rules):
        provision = code.provision(rule.provision)
        short = f"paragraph {provision.number}" if provision.number[:1].isdigit() else "it"
        subject = (
            "a disclosable pecuniary interest in a matter you consider as a Cabinet member"
            " taking an executive decision"
            if Flag.CABINET_EXECUTIVE in rule.when
            else "a matter that directly relates to a disclosable pecuniary interest"
        )
        duties = _join(_duties(rule, situation))
        if index:
            sentences.append(
                f"{_cited(code, rule.provision)} of {code.council}'s code deals with {subject};"
                f" for the same reason this advice applies {short} too: {duties}."
            )
            continue
        elsewhere = (
            f" (the code's paragraph on a matter that affects an interest is"
            f" {code.provision(affects).citation})"
            if affects
            else ""
        )
        sentences.append(
            f"{_cited(code, rule.provision)} of {code.council}'s code deals with {subject},"
            f" and this matter only affects {INTEREST_PHRASES[situation.interest]}{elsewhere}."
            " Because failing to declare a disclosable pecuniary interest is a criminal"
            f" offence, this advice applies {short} all the same: {duties}."
        )
    return sentences


def _not_covered(code: Code, rules: tuple[Rule, ...], situation: Situation) -> str:
    provisions = [
        code.provision(rule.provision)
        for rule in rules
        if rule.covers.get(situation.relation) and Flag.CABINET_EXECUTIVE not in rule.when
    ]
    return (
        f"No paragraph of {code.council}'s code covers a matter that"
        f" {RELATION_PHRASES[situation.relation]} {INTEREST_PHRASES[situation.interest]}"
        f" ({_paragraph_list(provisions)} not mention it)."
    )


def advise(code: Code, situation: Situation) -> Advice:
    """What the member must do about ``situation`` under ``code``, and which paragraphs say so."""
    rules = rules_for(code)
    biting: list[tuple[Rule, Ambiguity | None]] = []
    for rule in rules:
        bites, unsure = _bites(rule, situation)
        if bites:
            biting.append((rule, unsure))

    declare = any(rule.verb is not Verb.NONE for rule, _ in biting)
    restricting = [rule for rule, _ in biting if not _lifted(rule, situation)]
    participation = min(
        (rule.participation for rule in restricting),
        key=_ORDER.index,
        default=Participation.FULL,
    )
    must_leave = any(rule.leave_room for rule in restricting)

    # Each ambiguity with the paragraph (its key) whose wording leaves it open.
    ambiguities: dict[Ambiguity, str] = {}
    for rule, unsure in biting:
        if unsure is not None:
            ambiguities.setdefault(unsure, rule.provision)
        for ambiguity in rule.ambiguities:
            if ambiguity is not Ambiguity.SPEAK_THEN_LEAVE or (
                rule in restricting
                and participation is Participation.SPEAK_IF_PUBLIC
                and situation.public_may_speak
            ):
                ambiguities.setdefault(ambiguity, rule.provision)
    if (
        declare
        and situation.sensitive
        and not any(rule.sensitive is Sensitive.WITHHOLD_NATURE for rule, _ in biting)
    ):
        declaring = next(rule for rule, _ in biting if rule.verb is not Verb.NONE)
        ambiguities.setdefault(Ambiguity.SENSITIVE_NOT_STATED, declaring.provision)

    advice = Advice(
        declare=declare,
        disclose_nature=declare and not situation.sensitive,
        may_speak=participation is Participation.FULL
        or (participation is Participation.SPEAK_IF_PUBLIC and situation.public_may_speak),
        may_vote=participation is Participation.FULL,
        may_remain=not must_leave,
        notify_monitoring_officer=any(rule.notify_monitoring_officer for rule, _ in biting),
        record_in_decision=any(rule.record_in_decision for rule, _ in biting),
        paragraphs=tuple(code.provision(rule.provision).number for rule, _ in biting),
        explanation="",
        ambiguities=tuple(ambiguities),
        provisions=tuple(rule.provision for rule, _ in biting),
    )
    sentences = [
        f"{_cited(code, rule.provision)} of {code.council}'s code applies"
        f" because {_reason(rule, situation)}: {_join(_duties(rule, situation))}."
        for rule, unsure in biting
        if unsure is not Ambiguity.DPI_AFFECTS
    ]
    # A DPI the matter only affects: the paragraphs on one it directly relates to are applied
    # cautiously after any that plainly apply, saying once why (the ambiguity's explanation).
    cautious = [rule for rule, unsure in biting if unsure is Ambiguity.DPI_AFFECTS]
    if cautious:
        affects = _affects_paragraph(rules, [rule for rule, _ in biting])
        sentences.extend(_applied_cautiously(code, cautious, situation, affects))
    if not biting:
        sentences.append(_not_covered(code, rules, situation))
    if declare and situation.sensitive:
        sentences.append("As the interest is sensitive, say only that you have an interest.")
    if (
        situation.cabinet_executive
        and situation.interest in (Interest.DPI, Interest.BODY_DPI)
        and not any(Flag.CABINET_EXECUTIVE in rule.when for rule in rules)
    ):
        sentences.append(
            f"{code.council}'s code has no paragraph on a Cabinet member taking an executive"
            " decision alone; for a disclosable pecuniary interest the Localism Act 2011"
            " s.31 still applies."
        )
    if not biting or any(_lifted(rule, situation) for rule, _ in biting):
        # Paragraphs applying in full already say what to do in their duties, and the summary
        # would repeat them; with none, or a dispensation, it says where that leaves you.
        sentences.append(SUMMARIES[advice.outcome])
    sentences.extend(
        f"{_cited(code, key)} is unclear: {EXPLANATIONS[ambiguity]}."
        for ambiguity, key in ambiguities.items()
        if ambiguity is not Ambiguity.DPI_AFFECTS  # said where the paragraph is applied
    )
    if ambiguities:
        sentences.append("Ask the Monitoring Officer before the meeting rather than guess.")
    return replace(advice, explanation=" ".join(sentences))
