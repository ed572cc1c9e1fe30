"""The declarations section of a meeting's minutes, as sentences a clerk can paste.

Built from recorded declarations only; a sensitive interest reads "a sensitive interest"
and nothing more (Localism Act 2011 s.32; seed 000 Appendix B para 5, seed 001 para 4).
"""

from nolan.core.dates import long_date
from nolan.meetings.models import Declaration, Meeting

HEADING = "Declarations of interest"
NONE_MADE = "No declarations of interest were made."


def sentence(declaration: Declaration) -> str:
    if declaration.withheld:
        interest = "a sensitive interest"
    else:
        interest = f"an interest ({declaration.get_kind_display().lower()})"
        entry = declaration.interest_entry
        if declaration.nature:
            interest += f": {declaration.nature}"
        elif entry is not None:  # the nature is the register entry's
            interest += f", registered as {entry.category_subject}: {entry.summary}"
    text = (
        f"Item {declaration.item.number}, {declaration.item.title}: "
        f"{declaration.member.name} declared {interest}."
    )
    if declaration.dispensation is not None:
        end = declaration.dispensation.end
        text += f" They relied on a dispensation in force until {long_date(end)}."
    if declaration.left_room:
        text += " They left the room and took no part in the discussion or vote."
    return text


def declarations_section(meeting: Meeting) -> list[str]:
    declarations = (
        Declaration.objects.filter(meeting=meeting)
        .select_related("item", "member", "dispensation", "interest_entry")
        .order_by("item__position", "item__id", "member__name", "id")
    )
    return [sentence(d) for d in declarations] or [NONE_MADE]


def as_text(meeting: Meeting) -> str:
    lines = [f"{meeting.committee.name}, {long_date(meeting.starts)}", "", HEADING, ""]
    return "\n".join(lines + declarations_section(meeting)) + "\n"
