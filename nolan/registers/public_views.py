"""Public register pages and downloads, per council and per member (Localism Act 2011 s.29).

Everything shown comes from ``nolan.registers.publication``, which withholds sensitive
interests (s.32). ``?on=YYYY-MM-DD`` shows a register as it stood at the end of that day, on
the pages and in the downloads alike, listing the members serving that day; a page's date
boxes (day, month, year) lead to the same address.
"""

from datetime import date

from django.core.paginator import Paginator
from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone

from nolan.access import public
from nolan.core.errors import Refused
from nolan.councils.models import Council, Member
from nolan.errors import bad_request_page
from nolan.registers import exports, publication
from nolan.registers.forms import AsOfForm, as_of_form

# A council's whole register runs to hundreds of kilobytes; ten members a page keeps it
# readable and quick, and each member's own page holds their full register.
MEMBERS_PER_PAGE = 10


def _on(request) -> date | None:
    """The ``on`` query parameter as a date (``publication.as_of``, shared with the API); an
    empty one, or spaces around the date, are forgiven as the pages forgive them."""
    return publication.as_of(request.GET.get("on", "").strip() or None)


def _as_of(request) -> tuple[date | None, AsOfForm, bool]:
    """The date asked for, the date boxes to show and whether they were typed in.

    A page given a bad or future date shows the register as it stands today, with the error
    beside the date boxes on the page itself, so the reader can correct the date there.
    """
    form, typed = as_of_form(request.GET)
    return (form.cleaned_data["on"] if form.is_valid() else None), form, typed


def _as_typed(request, on: date | None) -> HttpResponse:
    """A date typed in the boxes, sent to the page's own address for it (?on=YYYY-MM-DD), as
    its links and downloads give it."""
    return redirect(f"{request.path}?on={on.isoformat()}" if on else request.path)


def _on_error(form: AsOfForm) -> str:
    return form.errors["on"][0] if form.errors else ""


@public
def council_register(request, council):
    council = get_object_or_404(Council, slug=council)
    on, as_of, typed = _as_of(request)
    if typed and as_of.is_valid():
        return _as_typed(request, on)
    on_error = _on_error(as_of)
    page = Paginator(publication.serving(council, on), MEMBERS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "registers/council_register.html",
        {
            "council": council,
            "on": on,
            "on_error": on_error,
            "on_query": f"?on={on.isoformat()}" if on else "",
            "page": page,
            "rows": publication.register_by_member(council, on=on, members=page.object_list),
            "today": timezone.localdate(),
            "as_of_form": as_of,
        },
        status=400 if on_error else 200,
    )


def _member(council: str, member: str) -> Member:
    return get_object_or_404(
        Member.objects.select_related("council"), council__slug=council, slug=member
    )


@public
def member_register(request, council, member):
    member = _member(council, member)
    on, as_of, typed = _as_of(request)
    if typed and as_of.is_valid():
        return _as_typed(request, on)
    on_error = _on_error(as_of)
    return render(
        request,
        "registers/member_register.html",
        {
            "council": member.council,
            "member": member,
            "on": on,
            "on_error": on_error,
            "interests": publication.register(member.council, on=on, members=[member]),
            # As it stood on ``on``: only the gifts registered by then, like the interests.
            "gifts": [
                g
                for g in publication.gifts(member.council, member=member)
                if on is None or g.registered_on <= on
            ],
            "today": timezone.localdate(),
            "as_of_form": as_of,
        },
        status=400 if on_error else 200,
    )


@public
def member_changes(request, council, member):
    member = _member(council, member)
    return render(
        request,
        "registers/member_changes.html",
        {"council": member.council, "member": member, "changes": publication.changes(member)},
    )


@public
def council_gifts(request, council):
    council = get_object_or_404(Council, slug=council)
    return render(
        request,
        "registers/council_gifts.html",
        {"council": council, "gifts": list(publication.gifts(council))},
    )


def _download(council: Council, today, fmt: str, name: str, kind: str, columns, records, head=None):
    """``records`` streamed as ``fmt`` ("csv" or "json"), named for the council and the day;
    ``head`` holds any other keys the JSON document has before ``kind``."""
    if fmt == "csv":
        body, content_type = exports.csv_lines(columns, records), "text/csv; charset=utf-8"
    else:
        body = exports.json_chunks(council, kind, records, head=head)
        content_type = "application/json"
    response = StreamingHttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{council.slug}-{name}-{today}.{fmt}"'
    return response


def _date_refused(request, council: Council, error: Refused) -> HttpResponse:
    """A download's ``?on=`` date that cannot be read: the page says why (status 400)."""
    return bad_request_page(
        request,
        error.message,
        back=reverse("register-council", args=[council.slug]),
        back_text="See the register as it stands today",
        council=council,
    )


def _interests_download(request, council: str, fmt: str) -> HttpResponse:
    """The register as the page shows it, for the same ``?on=`` date: the same members."""
    council = get_object_or_404(Council, slug=council)
    try:
        on = _on(request)
    except Refused as error:
        return _date_refused(request, council, error)
    today = timezone.localdate()
    rows = publication.register_by_member(council, on=on)
    name = f"register-of-interests-as-of-{on}" if on else "register-of-interests"
    if fmt == "csv":
        # One row an interest, and one saying so for a member with nothing registered.
        records = exports.register_rows(council, rows, today)
        head = None
    else:
        # Every member, each with their interests' identifiers (an empty list for none),
        # then the interests themselves.
        records = (exports.interest_record(council, i, today) for _, ii in rows for i in ii)
        head = {"members": exports.member_records(rows)}
    return _download(
        council, today, fmt, name, "interests", exports.INTEREST_COLUMNS, records, head
    )


def _gifts_download(council: str, fmt: str) -> StreamingHttpResponse:
    council = get_object_or_404(Council, slug=council)
    today = timezone.localdate()
    records = (exports.gift_record(council, g, today) for g in publication.gifts(council))
    return _download(
        council, today, fmt, "gifts-and-hospitality", "gifts", exports.GIFT_COLUMNS, records
    )


@public
def register_csv(request, council):
    return _interests_download(request, council, "csv")


@public
def register_json(request, council):
    return _interests_download(request, council, "json")


@public
def gifts_csv(request, council):
    return _gifts_download(council, "csv")


@public
def gifts_json(request, council):
    return _gifts_download(council, "json")


@public
def popolo_json(request, council):
    """As the other downloads, ``?on=`` gives the members as they stood that day, and a date
    that cannot be read is refused (status 400) rather than quietly read as today."""
    council = get_object_or_404(Council, slug=council)
    try:
        on = _on(request)
    except Refused as error:
        return _date_refused(request, council, error)
    return JsonResponse(exports.popolo(council, on))
