"""The places where a council's Appendix B wording does not settle the answer.

Each code below is a stable machine code that ``Advice.ambiguities`` carries. Where one
applies the advisor gives the cautious reading (the one that cannot lead to an undeclared
interest or an unlawful vote) and tells the member to ask the Monitoring Officer. Which
paragraphs carry which ambiguity is data: see ``ambiguities`` and ``unclear`` in each
council's ``declarations.yaml``.

- ``speak-then-leave``: "You may speak on the matter only if members of the public are also
  allowed to speak at the meeting but otherwise must not take part in any discussion or
  vote on the matter and must not remain in the room" (LGA 7, 8, 10; WH 6, 7, 9; Bexley 6,
  7, 9). Read literally, "otherwise" may lift the bars on voting and remaining too when the
  public may speak; the usual reading is speak as the public do, then leave. Cautious
  answer: speak, do not vote, leave.
- ``declare-after-disclose``: WH 8 says "disclose" and WH 9 then says "declare" for the
  same interest; the code does not say whether a second, fuller declaration is meant.
- ``test-scope``: the two-limb test (LGA 10, WH 9, Bexley 9) speaks of "your financial
  interest or well-being" (Bexley) or "the financial interest or well-being" (LGA, WH),
  while the paragraph before it also covers relatives, close associates, friends (WH) and
  bodies. Whether the test applies to those is unclear. Cautious answer: apply it.
- ``dpi-affects``: no paragraph deals with a matter that only affects (does not directly
  relate to) a disclosable pecuniary interest, yet failing to declare a DPI is an offence
  (Localism Act 2011 s.34). Cautious answer: treat it as a DPI that directly relates.
- ``friend-directly-relates``: WH 7 covers a matter that directly relates to a relative's
  or close associate's interest but not a friend's; WH 8 covers a matter that affects a
  friend's. Whether a matter that directly relates to a friend's interest falls under
  WH 8 and 9 is unclear. Cautious answer: apply WH 8 and 9.
- ``sensitive-not-stated``: the "affects" paragraph (LGA 9, WH 8, Bexley 8) requires
  disclosure without saying that a sensitive interest's nature may be withheld. Cautious
  answer: say only that you have an interest until the Monitoring Officer advises.
"""

from __future__ import annotations

from enum import StrEnum


class Ambiguity(StrEnum):
    """A known gap or double meaning in a council's declaration paragraphs."""

    SPEAK_THEN_LEAVE = "speak-then-leave"
    DECLARE_AFTER_DISCLOSE = "declare-after-disclose"
    TEST_SCOPE = "test-scope"
    DPI_AFFECTS = "dpi-affects"
    FRIEND_DIRECTLY_RELATES = "friend-directly-relates"
    SENSITIVE_NOT_STATED = "sensitive-not-stated"


EXPLANATIONS: dict[Ambiguity, str] = {
    Ambiguity.SPEAK_THEN_LEAVE: (
        "it does not say plainly whether, having spoken as the public may, you must then"
        " leave; this advice assumes you speak, do not vote and leave"
    ),
    Ambiguity.DECLARE_AFTER_DISCLOSE: (
        "it says 'declare' where the paragraph before says 'disclose', without saying"
        " whether that asks for more"
    ),
    Ambiguity.TEST_SCOPE: (
        "it is unclear whether its two-limb test applies to this kind of interest; this"
        " advice assumes it does"
    ),
    Ambiguity.DPI_AFFECTS: (
        "it deals with a matter that directly relates to a disclosable pecuniary interest,"
        " not one that only affects it; because failing to declare a DPI is a criminal"
        " offence, this advice treats it as directly relating"
    ),
    Ambiguity.FRIEND_DIRECTLY_RELATES: (
        "it covers a matter that affects a friend's interests, and no paragraph covers one"
        " that directly relates to them; this advice applies it"
    ),
    Ambiguity.SENSITIVE_NOT_STATED: (
        "it does not say that a sensitive interest's nature may be withheld; this advice"
        " says to state only that you have an interest until the Monitoring Officer advises"
    ),
}
