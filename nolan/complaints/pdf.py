"""The decision notice as a PDF (best practice 9 asks for publication; councils also file and
send it), rendered by fpdf2 in a background task so publishing never waits for it.

fpdf2's built-in Helvetica needs no font file on the server, but holds only Latin-1: curly
quotes, dashes and the like become their plain equivalents, and any other character its
closest unaccented letter or "?". The web page is the accessible, exact version.
"""

import unicodedata

from fpdf import FPDF

from nolan.complaints.models import DecisionNotice
from nolan.complaints.services import provisions_named
from nolan.core.dates import long_date

_PLAIN = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "..."})


def latin1(text: str) -> str:
    """``text`` in the characters Helvetica has."""
    text = text.translate(_PLAIN)
    out = []
    for char in text:
        if ord(char) < 256:
            out.append(char)
            continue
        base = unicodedata.normalize("NFKD", char).encode("latin-1", "ignore").decode("latin-1")
        out.append(base or "?")
    return "".join(out)


def render_notice(notice: DecisionNotice) -> bytes:
    complaint = notice.complaint
    council = complaint.council
    hearing = complaint.hearing
    pdf = FPDF(format="A4")
    pdf.set_title(latin1(f"Decision notice: complaint {complaint.reference}"))
    pdf.set_author(latin1(council.name))
    pdf.set_lang("en-GB")
    pdf.set_creator("Nolan")
    pdf.add_page()

    def heading(text: str, size: int = 14) -> None:
        pdf.set_font("Helvetica", "B", size)
        pdf.multi_cell(0, 8, latin1(text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def para(text: str) -> None:
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 6, latin1(text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    para(council.name)
    heading(f"Decision notice: complaint {complaint.reference}", 18)
    para(
        f"Councillor: {complaint.member.name}\n"
        f"Hearing: {long_date(hearing.held_on)}\n"
        f"Finding: the code of conduct was {'breached' if hearing.breach else 'not breached'}\n"
        f"Published: {long_date(notice.published_on)}"
    )
    heading("Statement of facts")
    para(notice.facts)
    heading("Provisions of the code engaged")
    para("\n".join(map(str, provisions_named(council, notice.provisions))) or "None")
    heading("The Independent Person's view")
    para(notice.ip_view)
    heading("Reasons for the decision")
    para(notice.reasoning)
    heading("Sanctions")
    sanctions = [
        s.get_kind_display() + (f": {s.detail}" if s.detail else "")
        for s in complaint.sanctions.all()
    ]
    para("\n".join(sanctions) or "No sanction was imposed.")
    return bytes(pdf.output())
