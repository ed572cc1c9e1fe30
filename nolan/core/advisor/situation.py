"""What a member tells the advisor about a matter at a meeting, and what the advisor answers.

The vocabulary is the issue's (issue 4, "The advisor"): the kinds of interest named in
Appendix B of the LGA Model Code 2020 and its local versions (seed 000 Appendix B paras 5-9,
seed 001 Appendix B paras 4-10), whether the matter directly relates to the interest or only
affects it, the two limbs of the "affects" test, and the circumstances that change the
answer (public speaking, a dispensation under Localism Act 2011 s.33, a sensitive interest
under s.32, a Cabinet member's executive decision).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar


class Interest(StrEnum):
    """The kind of interest the matter touches."""

    DPI = "dpi"
    ORI = "ori"
    OWN_FINANCIAL = "own_financial"
    RELATIVE = "relative"
    CLOSE_ASSOCIATE = "close_associate"
    FRIEND = "friend"
    BODY_ORI = "body_ori"
    BODY_DPI = "body_dpi"


class Relation(StrEnum):
    """How the matter touches the interest: the two cases Appendix B distinguishes."""

    DIRECTLY_RELATES = "directly_relates"
    AFFECTS = "affects"


class Flag(StrEnum):
    """The yes/no facts of a situation; a rule's ``when`` names the ones it needs."""

    GREATER_THAN_MAJORITY = "greater_than_majority"
    REASONABLE_MEMBER = "reasonable_member"
    PUBLIC_MAY_SPEAK = "public_may_speak"
    DISPENSATION = "dispensation"
    SENSITIVE = "sensitive"
    CABINET_EXECUTIVE = "cabinet_executive"


class Outcome(StrEnum):
    """A stable summary of how the member may take part (``declare`` says the rest)."""

    NOTHING_REQUIRED = "nothing-required"
    TAKE_PART = "take-part"
    SPEAK_THEN_LEAVE = "speak-then-leave"
    LEAVE = "leave"
    STAY_WITHOUT_TAKING_PART = "stay-without-taking-part"


@dataclass(frozen=True)
class Situation:
    """One matter at one meeting, as the member describes it."""

    interest: Interest
    relation: Relation
    greater_than_majority: bool = False
    reasonable_member: bool = False
    public_may_speak: bool = False
    dispensation: bool = False
    sensitive: bool = False
    cabinet_executive: bool = False

    def has(self, flag: Flag) -> bool:
        """Whether the yes/no fact ``flag`` is true of this situation."""
        return bool(getattr(self, flag.value))


@dataclass(frozen=True)
class Advice:
    """What the member must do, with the council's own paragraph numbers that say so.

    ``ambiguities`` holds stable codes from ``nolan.core.advisor.ambiguities``; when it is
    not empty the booleans give the cautious reading and the member should ask the
    Monitoring Officer.
    """

    declare: bool
    disclose_nature: bool
    may_speak: bool
    may_vote: bool
    may_remain: bool
    notify_monitoring_officer: bool
    record_in_decision: bool
    paragraphs: tuple[str, ...]
    explanation: str
    ambiguities: tuple[str, ...]
    # The code's keys for the paragraphs relied on, in the order of ``paragraphs``, so a page
    # can cite each as the council does ("Appendix B, paragraph 5") and link to it.
    provisions: tuple[str, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return bool(self.ambiguities)

    @property
    def outcome(self) -> Outcome:
        if self.may_vote:
            return Outcome.TAKE_PART if self.declare else Outcome.NOTHING_REQUIRED
        if not self.may_remain:
            return Outcome.SPEAK_THEN_LEAVE if self.may_speak else Outcome.LEAVE
        return Outcome.STAY_WITHOUT_TAKING_PART


class BadSituation(ValueError):
    """A situation given as data is malformed; ``key`` names the offending key."""

    def __init__(self, key: str, problem: str) -> None:
        self.key = key
        self.problem = problem
        super().__init__(f"{key!r}: {problem}" if key else problem)


_KEYS = ("interest", "relation", *(flag.value for flag in Flag))


E = TypeVar("E", bound=StrEnum)


def _choice(data: dict[str, object], key: str, choice: type[E]) -> E:
    allowed = [member.value for member in choice]
    if key not in data:
        raise BadSituation(key, f"missing; expected one of {', '.join(allowed)}")
    value = data[key]
    if not isinstance(value, str) or value not in allowed:
        raise BadSituation(key, f"got {value!r}; expected one of {', '.join(allowed)}")
    return choice(value)


def _flag(data: dict[str, object], flag: Flag) -> bool:
    value = data.get(flag.value, False)
    if not isinstance(value, bool):
        raise BadSituation(flag.value, f"got {value!r}; expected true or false")
    return value


def parse_situation(data: object) -> Situation:
    """A ``Situation`` from decoded JSON: the issue's keys, absent booleans meaning false."""
    if not isinstance(data, dict):
        raise BadSituation("", f"expected a JSON object, got {type(data).__name__}")
    for key in data:
        if key not in _KEYS:
            raise BadSituation(key, f"unknown key; valid keys are {', '.join(_KEYS)}")
    return Situation(
        interest=_choice(data, "interest", Interest),
        relation=_choice(data, "relation", Relation),
        greater_than_majority=_flag(data, Flag.GREATER_THAN_MAJORITY),
        reasonable_member=_flag(data, Flag.REASONABLE_MEMBER),
        public_may_speak=_flag(data, Flag.PUBLIC_MAY_SPEAK),
        dispensation=_flag(data, Flag.DISPENSATION),
        sensitive=_flag(data, Flag.SENSITIVE),
        cabinet_executive=_flag(data, Flag.CABINET_EXECUTIVE),
    )
