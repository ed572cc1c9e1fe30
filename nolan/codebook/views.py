"""Public pages of each code of conduct and social media protocol (CSPL best practice 4:
the code must be readily accessible to councillors and the public), and of how a council's
code differs from the LGA Model Code 2020 (best practice 3: annual review)."""

from itertools import groupby

from django.http import Http404
from django.shortcuts import render

from nolan.access import public
from nolan.core.codes import UnknownCode, diff_from_base, load_code
from nolan.core.codes.model import Document
from nolan.councils.models import Council


def _code_or_404(slug):
    try:
        return load_code(slug)
    except UnknownCode:
        raise Http404(f"No code of conduct is called {slug!r}.") from None


def _context(code, **extra):
    # Brand the page with the adopting council where there is exactly one.
    council = Council.objects.filter(code_slug=code.slug, tier=Council.Tier.PRINCIPAL).first()
    return {"code": code, "council": council, **extra}


def _assumptions(code, council):
    """Each assumption the code data makes, with the Monitoring Officer's confirmation of
    its current value if there is one (an older value's confirmation does not count)."""
    confirmed = {}
    if council is not None:
        for confirmation in council.confirmations.select_related("confirmed_by"):
            confirmed.setdefault((confirmation.about, confirmation.value), confirmation)
    return [(a, confirmed.get((a.about, a.value))) for a in code.provenance.assumptions]


def _sections(provisions, tables=()):
    """The document's sections in order, each as (heading, provisions, tables after it).

    Appendix B's tables (``Code.tables``) follow its last section, where the code prints
    them; a document without an Appendix B (a protocol) has none to place."""
    sections = [
        (section, list(items), ())
        for section, items in groupby(provisions, key=lambda p: p.section)
    ]
    last_b = max(
        (i for i, (_, items, _) in enumerate(sections) if items[0].appendix == "Appendix B"),
        default=None,
    )
    if tables and last_b is not None:
        section, items, _ = sections[last_b]
        sections[last_b] = (section, items, tables)
    return sections


def _base_version(base):
    """The base's version without its title, which the page shows once beside it:
    "approved December 2020, updated ..." rather than "Model Councillor Code of Conduct
    2020: Model Councillor Code of Conduct 2020, approved December 2020, ..."."""
    version = base.provenance.version
    return version.removeprefix(base.title).lstrip(" ,:") if version else ""


@public
def code(request, code):
    code = _code_or_404(code)
    base = load_code(code.base) if code.base else None
    context = _context(
        code,
        title=code.title,
        sections=_sections(code.provisions_in(Document.CODE), code.tables()),
        tables=code.tables(),
        provenance=code.provenance,
        base=base,
        base_version=_base_version(base) if base else "",
    )
    assumptions = _assumptions(code, context["council"])
    # The version and adoption date are shown with what was assumed of them, beside what
    # the source says; a value the data does not know at all is said there, not listed as
    # an assumption to confirm.
    context["assumed"] = {a.about: (a, confirmed) for a, confirmed in assumptions}
    context["assumptions"] = [(a, confirmed) for a, confirmed in assumptions if not a.unknown]
    # Councils that use the code without branding it (a parish that adopted the model).
    context["used_by"] = Council.objects.filter(code_slug=code.slug).exclude(
        pk=getattr(context["council"], "pk", None)
    )
    return render(request, "codebook/document.html", context)


@public
def protocol(request, code):
    code = _code_or_404(code)
    provisions = code.provisions_in(Document.PROTOCOL)
    if not provisions:
        raise Http404(f"{code.council} has no social media protocol in Nolan.")
    return render(
        request,
        "codebook/document.html",
        _context(code, title=code.protocol_title, sections=_sections(provisions), tables=()),
    )


@public
def changes(request, code):
    code = _code_or_404(code)
    if code.base is None:
        raise Http404(f"{code.title} is not based on another code.")
    diff = diff_from_base(code)
    changes = [c for c in diff if c.status != "unchanged"]
    return render(
        request,
        "codebook/changes.html",
        _context(
            code, base=load_code(code.base), changes=changes, unchanged=len(diff) - len(changes)
        ),
    )
