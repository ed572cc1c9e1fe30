"""Every URL, walked with every role (the brief: "every view, the back office included,
states who may see it, and a test walks every URL with every role, including officers of
another council").

The council in every council's URL is Welwyn Hatfield, and every other parameter is one of
the demo's records there (``nolan.demo.load_demo``), so a page refuses or answers for who is
asking, never for a missing record. The roles are the demo's people, and a few made here
from the role models where the demo has none:

- anonymous: nobody signed in;
- resident: signed in, no role anywhere;
- councillor: Alex Fairweather, councillor of Welwyn Hatfield, whose register is walked;
- other-councillor: Gareth Ambrose, Bexley's councillor;
- clerk: a clerk of Welwyn Hatfield (made here: the demo's clerk is a parish's);
- parish-clerk: the demo's clerk, of Northaw and Cuffley, a parish in Welwyn Hatfield's area
  (a clerk acts for their own council only, so this is another council's officer too);
- monitoring-officer, deputy, independent-person: Welwyn Hatfield's;
- other-monitoring-officer: Bexley's Monitoring Officer;
- superuser: a superuser with no role at any council (made here). Nolan's own pages go by
  roles, so the role pages refuse it as their rules say; the back office is its own.

Officers give their second factor (``tests.conftest.VerifiedClient``); residents and
councillors, who need not, sign in with a plain client. Each view's answer must be what the
view declares (``nolan.access.declared_access``): a role the rule lets in gets the page, or
a redirect that is part of a flow (named with its reason in ``FLOW``); a role it keeps out
gets 403 or 404, or, anonymous, is sent to sign in. Views that narrow further inside (a
member's own register, a case's officers, a kept check's author) say so in ``NARROWED``.
Whatever the status, no page shows a non-public record of Welwyn Hatfield (``SECRETS``) to a
role that may not read it; and another council's officer or councillor never gets a 200 on
a non-public page of Welwyn Hatfield's.

The back office (``/admin/``) is walked the same way in ``test_back_office_by_role``.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.test import Client
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from nolan.access import PUBLIC, SIGNED_IN, declared_access
from nolan.complaints.models import Complaint
from nolan.councils.models import Council, Member, Role
from nolan.demo import load_demo
from nolan.meetings import prompts
from nolan.meetings import services as meetings
from nolan.meetings.models import Dispensation
from nolan.registers import services as registers
from nolan.registers.models import Gift, Sensitivity
from nolan.screening.models import ScreeningCheck
from tests.conftest import VerifiedClient
from tests.web.url_walk import PARAM, admin_views, all_views, concrete

COUNCIL = "welwyn-hatfield"
ROLES = [
    "anonymous",
    "resident",
    "councillor",
    "other-councillor",
    "clerk",
    "parish-clerk",
    "monitoring-officer",
    "deputy",
    "independent-person",
    "other-monitoring-officer",
    "superuser",
]
# Roles held at Welwyn Hatfield, the council in every council's URL ...
HERE = {
    "councillor": {Role.Kind.COUNCILLOR},
    "clerk": {Role.Kind.CLERK},
    "monitoring-officer": {Role.Kind.MONITORING_OFFICER},
    "deputy": {Role.Kind.DEPUTY},
    "independent-person": {Role.Kind.INDEPENDENT_PERSON},
}
# ... and at another council only, which a view with no council in its URL accepts.
ELSEWHERE = {
    "other-councillor": {Role.Kind.COUNCILLOR},
    "parish-clerk": {Role.Kind.CLERK},
    "other-monitoring-officer": {Role.Kind.MONITORING_OFFICER},
}
OUTSIDERS = {"other-councillor", "parish-clerk", "other-monitoring-officer"}
OFFICERS = {"monitoring-officer", "deputy"}
# Who need not give a second factor: signed in with a plain client.
NO_SECOND_FACTOR = {"resident", "councillor", "other-councillor"}

# Views that narrow, inside, whom their declared rule lets in: view name -> (the roles they
# let through, the status the others get, why).
CAN_ACT_FOR = (
    {"councillor", "clerk", *OFFICERS},
    403,
    "a member's register is kept by the member, their council's clerk and its Monitoring "
    "Officer or deputy (registers.rules.can_act_for)",
)
NARROWED = {
    "register-manage": CAN_ACT_FOR,
    "register-add-interest": CAN_ACT_FOR,
    "register-end-interest": CAN_ACT_FOR,
    "register-request-sensitive": CAN_ACT_FOR,
    "register-add-gift": CAN_ACT_FOR,
    "register-answer-gift": CAN_ACT_FOR,
    "register-change-gift": CAN_ACT_FOR,
    "register-change-interest": (
        {"councillor", *OFFICERS},
        403,
        "the entry walked is withheld as sensitive (s.32): its details are for the member "
        "and the Monitoring Officer and deputy, not the clerk",
    ),
    "complaint-case": (
        {"independent-person", *OFFICERS},
        403,
        "before publication a case is its council's Monitoring Officer's, deputy's and "
        "Independent Person's, and its investigator's while the case is with them "
        "(Bexley's Monitoring Officer investigated another demo case, now closed: see "
        "test_another_councils_investigator_sees_the_case_only_while_it_is_with_them)",
    ),
    "complaint-evidence": (
        {"independent-person", *OFFICERS},
        403,
        "evidence goes only to those who may see the case",
    ),
    "kept-check": (
        {"monitoring-officer"},
        404,
        "a kept check is its author's alone (the demo's is the Monitoring Officer's): to "
        "anyone else who may check posts there is no such check",
    ),
    "delete-kept-check": (
        {"monitoring-officer"},
        404,
        "as kept-check",
    ),
}
# Views that only take a POST: a GET answers 405 to everyone the rule lets in, so it shows
# only who is kept out before the method is looked at. Who may post is tested beside each
# view (tests/registers/test_pages.py, tests/complaints/test_services.py,
# tests/screening/test_access.py).
POST_ONLY = {
    "logout",
    "register-nil-return",
    "register-confirm",
    "complaint-step-take",
    "api-screen",
}


def _two_factor(role: str) -> str:
    # A session already verified goes on to the page asked for (the home page, none being
    # asked for); someone with no authenticator app is sent to set one up.
    return "/account/two-factor/set-up/" if role in NO_SECOND_FACTOR else "/"


# Redirects that are a step of a flow, not a refusal: view name -> where each role is sent.
FLOW = {
    "two-factor": _two_factor,
    # No answers in this session yet: the check page starts the form at its first question.
    "complaint-check": lambda role: f"/councils/{COUNCIL}/complaints/new/capacity/",
    # Nothing was sent from this session: back to the council's guidance on complaining.
    "complaint-sent": lambda role: f"/councils/{COUNCIL}/complaints/",
    # A councillor keeps only their own register, so goes straight to it; a clerk or officer
    # (None: no redirect) chooses among the members they keep registers for.
    "register-mine": lambda role: {
        "councillor": f"/councils/{COUNCIL}/members/alex-fairweather/register/manage/",
        "other-councillor": "/councils/bexley/members/gareth-ambrose/register/manage/",
    }.get(role),
}

# Non-public records of Welwyn Hatfield, made or found in the world below, and the roles
# that may read each on Nolan's pages (not the back office: see ``ADMIN_SECRETS``).
SECRETS = {
    # Alex's interest withheld as sensitive (s.32): the demo's.
    "The Old Forge, Brickwall Close": {"councillor", *OFFICERS},
    # Alex's request to withhold another interest, awaiting the Monitoring Officer.
    "Hertfordshire Police and Crime Panel": {"councillor", *OFFICERS},
    "Sentinel reasons the panel seat is sensitive": {"councillor", *OFFICERS},
    # Alex's answer to a meeting prompt, for the clerk and Monitoring Officer to see.
    "Sentinel note about another Home Farm": {"councillor", "clerk", *OFFICERS},
    # The Monitoring Officer's query about one of Alex's gifts.
    "Sentinel query about who paid": {"councillor", "clerk", *OFFICERS},
    # Alex's application for a dispensation, not yet decided.
    "Sentinel matters of the dispensation": {"councillor", *OFFICERS},
    # The demo's complaint awaiting the Independent Person's view: who complained, and of
    # what, and their evidence.
    "Dana Whitcombe": {"independent-person", *OFFICERS},
    "about a neighbour dispute": {"independent-person", *OFFICERS},
    "as captured by the complainant": {"independent-person", *OFFICERS},
}
# Where each is shown to a role that may read it: so that not finding it elsewhere means
# something.
SECRETS_SHOWN = {
    "The Old Forge, Brickwall Close": ("register-manage", "councillor"),
    "Hertfordshire Police and Crime Panel": ("register-decide-sensitive", "deputy"),
    "Sentinel reasons the panel seat is sensitive": ("register-decide-sensitive", "deputy"),
    "Sentinel note about another Home Farm": ("manage-meeting", "clerk"),
    "Sentinel query about who paid": ("register-review-gift", "monitoring-officer"),
    "Sentinel matters of the dispensation": ("dispensation-applications", "deputy"),
    "Dana Whitcombe": ("complaint-case", "independent-person"),
    "about a neighbour dispute": ("complaint-case", "independent-person"),
    "as captured by the complainant": ("complaint-evidence", "independent-person"),
}

VIEWS = all_views()


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The demo, loaded once for the module and rolled back after it; each test's own
    changes (a session touched, a device made) are rolled back by its ``db`` fixture."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield _world()
        transaction.set_rollback(True)


def _world() -> dict:
    load_demo()
    User = get_user_model()
    demo = {u.username: u for u in User.objects.all()}
    council = Council.objects.get(slug=COUNCIL)
    clerk = User.objects.create_user("wh-clerk")
    Role.objects.create(user=clerk, council=council, kind=Role.Kind.CLERK)
    people = {
        "resident": User.objects.create_user("resident"),
        "councillor": demo["councillor"],
        "other-councillor": demo["bexley-councillor"],
        "clerk": clerk,
        "parish-clerk": demo["clerk"],
        "monitoring-officer": demo["mo"],
        "deputy": demo["deputy"],
        "independent-person": demo["ip"],
        "other-monitoring-officer": demo["bexley-mo"],
        "superuser": User.objects.create_superuser("superuser"),
    }
    mo, cllr = demo["mo"], demo["councillor"]
    alex = Member.objects.get(council=council, user=cllr)

    # The demo's records, and a few more made through the services, so that every kind of
    # non-public record is there to be shown, or not.
    withheld = alex.interests.get(sensitivity=Sensitivity.AGREED)
    panel = alex.interests.get(body_name="Hertfordshire Police and Crime Panel")
    registers.request_sensitive(panel, cllr, reasons="Sentinel reasons the panel seat is sensitive")
    gift = Gift.objects.filter(member=alex).first()
    registers.query_gift(gift, mo, text="Sentinel query about who paid")
    prompt = prompts.prompts_for(alex, timezone.now())[0]
    meetings.dismiss_prompt(
        cllr, item=prompt.item, entry=prompt.entry, note="Sentinel note about another Home Farm"
    )
    application = meetings.apply_for_dispensation(
        cllr,
        member=alex,
        ground=Dispensation.Ground.INHABITANTS,
        matters="Sentinel matters of the dispensation",
        applied_on=timezone.localdate(),
    )
    case = Complaint.objects.get(council=council, member__name="Bridget Osei")
    published = Complaint.objects.get(council=council, decision_notice__isnull=False)
    check = ScreeningCheck.objects.get(user=mo)
    resident = people["resident"]

    values = {
        "council": COUNCIL,
        "code": council.code_slug,
        "member": alex.slug,
        "reference": case.reference,
        "token": str(case.token),
        "year": str(timezone.localdate().year),
        "step": "capacity",
        "item": str(prompt.item.pk),
        "entry": str(prompt.entry.pk),
        "uidb64": urlsafe_base64_encode(force_bytes(resident.pk)),
    }
    # ``pk`` (and a few others) name a different record in each view.
    by_view = {
        "register-change-interest": {"pk": withheld.pk},
        "register-end-interest": {"pk": withheld.pk},
        "register-request-sensitive": {"pk": withheld.pk},
        "register-answer-gift": {"pk": gift.pk},
        "register-change-gift": {"pk": gift.pk},
        "register-decide-sensitive": {"pk": panel.pk},
        "register-review-gift": {"pk": gift.pk},
        "meeting-declarations": {"pk": prompt.item.meeting.pk},
        "manage-meeting": {"pk": prompt.item.meeting.pk},
        "meeting-minutes": {"pk": prompt.item.meeting.pk},
        "meeting-minutes-text": {"pk": prompt.item.meeting.pk},
        "decide-dispensation": {"pk": application.pk},
        "kept-check": {"pk": check.pk},
        "delete-kept-check": {"pk": check.pk},
        "complaint-evidence": {"pk": case.evidence.get().pk},
        "complaint-step-take": {"step": "ip-view"},
        "decision-notice": {"reference": published.reference},
        "decision-notice-pdf": {"reference": published.reference},
        "password_reset_confirm": {"token": default_token_generator.make_token(resident)},
    }
    clients = {"anonymous": Client()}
    for role, user in people.items():
        clients[role] = Client() if role in NO_SECOND_FACTOR else VerifiedClient()
        clients[role].force_login(user)
    records = _back_office_records(
        council, mo, alex, withheld=withheld, gift=gift, application=application, case=case
    )
    return {"values": values, "by_view": by_view, "clients": clients, "records": records}


def _back_office_records(council, mo, alex, **made) -> dict:
    """For each model in the back office, the Welwyn Hatfield record its pages are walked
    with (for one that belongs to no council, one of Welwyn Hatfield's Monitoring Officer's);
    and the Monitoring Officer's own spreadsheet imports, one for each register."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from django.contrib.auth.models import Group
    from django_otp.plugins.otp_totp.models import TOTPDevice
    from knox.models import AuthToken

    from nolan.accounts import tokens
    from nolan.councils.models import CodeConfirmation, Committee
    from nolan.meetings.models import Declaration, Meeting
    from nolan.moderngov import services as moderngov
    from nolan.moderngov.models import Source
    from nolan.registers import tasks
    from nolan.registers.imports import COLUMNS
    from nolan.registers.models import InterestEntry, RegisterConfirmation, RegisterImport
    from nolan.screening.models import Election, Officer

    tokens.issue(mo)
    # Welwyn Hatfield's data assumes nothing the officer may confirm now (its adoption date is
    # not known, 73f6bba), so the back office's confirmation is one an earlier reading of the
    # data allowed, kept as such a row is.
    CodeConfirmation.objects.create(
        council=council,
        about="adopted",
        value="Not known",
        reason="Sentinel adoption minute",
        confirmed_by=mo,
    )
    moderngov.save_source(
        mo,
        Source(council=council, base_url="https://democracy.welhat.example"),
        fields=["base_url"],
        reason="Set up",
    )
    attempt = {"username": "mo", "ip_address": "192.0.2.1", "user_agent": "test"}
    imports = {}
    for register in RegisterImport.Register.values:
        heading = ",".join(COLUMNS[register])
        imports[register] = tasks.start_check(
            register,
            mo,
            file_name=f"sentinel-{register}.csv",
            file_format="csv",
            data=f"{heading}\r\n".encode(),
            rows=0,
        )
    return {
        "records": {
            AccessAttempt: AccessAttempt.objects.create(
                **attempt, get_data="", post_data="", failures_since_start=1
            ),
            AccessLog: AccessLog.objects.filter(username="mo").first(),
            AccessFailureLog: AccessFailureLog.objects.create(**attempt),
            TOTPDevice: TOTPDevice.objects.get(user=mo, confirmed=True),
            AuthToken: AuthToken.objects.get(user=mo),
            Council: council,
            Member: alex,
            Committee: Committee.objects.filter(council=council).first(),
            Role: Role.objects.get(user=mo),
            CodeConfirmation: CodeConfirmation.objects.get(council=council),
            InterestEntry: made["withheld"],
            Gift: made["gift"],
            RegisterConfirmation: RegisterConfirmation.objects.filter(member=alex).first(),
            Meeting: Meeting.objects.filter(committee__council=council).first(),
            Declaration: Declaration.objects.filter(member=alex).first(),
            Dispensation: made["application"],
            Officer: Officer.objects.filter(council=council).first(),
            Election: Election.objects.filter(council=council).first(),
            get_user_model(): mo,
            Group: mo.groups.get(),
            Source: Source.objects.get(council=council),
        },
        "imports": imports,
        "case": made["case"],
    }


def url_for(world, route: str, name: str) -> str:
    values = world["values"] | world["by_view"].get(name, {})
    for match in PARAM.finditer(route):
        assert match["name"] in values, f"{route}: no value for <{match['name']}>"
    return concrete(route, values)


def _kinds(rule: str) -> set[str]:
    return set(rule.split(":", 1)[1].split(","))


def lets_in(rule: str, route: str, role: str) -> bool:
    """Whether the declared ``rule`` of the view at ``route`` lets ``role`` in."""
    if rule == PUBLIC:
        return True
    if role == "anonymous":
        return False
    if rule == SIGNED_IN:
        return True
    held = HERE.get(role, set())
    if "<slug:council>" not in route:
        held = held | ELSEWHERE.get(role, set())
    return bool(held & _kinds(rule))


def _body(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def _refused(response, role: str, rule: str) -> bool:
    if role == "anonymous":
        if rule.startswith("api-roles:"):
            return response.status_code in (401, 403)
        return response.status_code == 302 and response["Location"].startswith("/sign-in/")
    return response.status_code in (403, 404)


def assert_no_secret_shown(body: str, role: str, where: str, secrets: dict) -> None:
    for secret, readers in secrets.items():
        if role not in readers:
            assert secret not in body, f"{where} shows {role} {secret!r}"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("route", "pattern"), VIEWS, ids=[r for r, _ in VIEWS])
def test_each_role_gets_what_the_view_declares(world, db, route, pattern, role):
    name, rule = pattern.name, declared_access(pattern.callback)
    assert rule, f"{route} declares no access rule"
    url = url_for(world, route, name)
    response = world["clients"][role].get(url)
    status = response.status_code
    where = f"{url} ({rule}, as {role})"
    allowed = lets_in(rule, route, role)
    narrowed = NARROWED.get(name)
    if allowed and narrowed and role not in narrowed[0]:
        assert status == narrowed[1], f"{where} answered {status}: {narrowed[2]}"
    elif allowed and name in POST_ONLY:
        assert status == 405, f"{where} answered {status} to a GET"
    elif allowed and name in FLOW and FLOW[name](role) is not None:
        assert status == 302, f"{where} answered {status}"
        assert response["Location"] == FLOW[name](role), where
    elif allowed:
        assert status == 200, f"{where} answered {status}"
    else:
        assert _refused(response, role, rule), f"{where} answered {status}"
    if role in OUTSIDERS and "<slug:council>" in route and rule != PUBLIC:
        assert status != 200, f"{where}: another council's {role} sees this council's page"
    assert_no_secret_shown(_body(response), role, where, SECRETS)


@pytest.mark.parametrize("secret", sorted(SECRETS))
def test_each_secret_is_shown_where_it_should_be(world, db, secret):
    name, role = SECRETS_SHOWN[secret]
    assert role in SECRETS[secret]
    ((route, _),) = ((r, p) for r, p in VIEWS if p.name == name)
    response = world["clients"][role].get(url_for(world, route, name))
    assert response.status_code == 200
    assert secret in _body(response), f"{name} does not show {role} {secret!r}"


# --- The back office -------------------------------------------------------------------
#
# Who may see it (nolan.councils.admin): staff users who are Monitoring Officers or deputies,
# each for the records of the councils they act for; superusers for all. Everyone else
# (Independent Persons and clerks too) is sent to the back office's own sign-in. Its libraries'
# records that belong to no council (users, groups, authenticator apps, API tokens, sign-in
# attempts) are the superuser's alone. The Monitoring Officer and deputy of another council
# hold the same back-office permissions as Welwyn Hatfield's, so on a page that lists or
# adds records they get the same answer, showing only their own councils' records; on a page
# of one of Welwyn Hatfield's records they are refused.

ADMIN_VIEWS = admin_views()
STAFF = {*OFFICERS, "other-monitoring-officer", "superuser"}
# Non-public records of Welwyn Hatfield as the back office shows them (the complaint is not
# in it), and who may read each there. No page of the back office names Welwyn Hatfield to
# another council's officer.
ADMIN_SECRETS = {
    **{secret: {*OFFICERS, "superuser"} for secret in SECRETS},
    "Welwyn Hatfield": {*OFFICERS, "superuser"},
    # The Monitoring Officer's own spreadsheet imports: theirs alone.
    "sentinel-interests.csv": {"monitoring-officer"},
    "sentinel-gifts.csv": {"monitoring-officer"},
}
# Where each is shown to a role that may read it there: (URL name, role).
ADMIN_SECRETS_SHOWN = {
    "The Old Forge, Brickwall Close": ("registers_interestentry_change", "deputy"),
    "Sentinel query about who paid": ("registers_gift_change", "superuser"),
    "Sentinel matters of the dispensation": ("meetings_dispensation_change", "monitoring-officer"),
    "Welwyn Hatfield": ("autocomplete", "monitoring-officer"),
    "sentinel-interests.csv": ("registers_interestentry_import_status", "monitoring-officer"),
    "sentinel-gifts.csv": ("registers_gift_import_status", "monitoring-officer"),
}
# The autocomplete behind a member's committee field, asked for committees named "Planning":
# every council has one.
AUTOCOMPLETE = "app_label=councils&model_name=committeemembership&field_name=committee&term=Plan"
RECORD_ACTIONS = ("change", "history", "simple_history", "delete", "import_status")


def _model_page(route: str):
    """(model, its admin) for a page of one model's admin, else None."""
    from django.apps import apps
    from django.contrib import admin

    parts = route.split("/")
    if len(parts) < 4 or not parts[1].isidentifier() or not parts[2].isidentifier():
        return None
    try:
        model = apps.get_model(parts[1], parts[2])
    except LookupError:
        return None
    return model, admin.site._registry[model]


def admin_url_for(world, route: str, pattern) -> str:
    from django.contrib.contenttypes.models import ContentType
    from django.urls import reverse

    back = world["records"]
    if pattern.name == "app_list":
        return reverse("admin:app_list", kwargs={"app_label": "registers"})
    if pattern.name == "autocomplete":
        return f"{reverse('admin:autocomplete')}?{AUTOCOMPLETE}"
    if pattern.name == "view_on_site":
        content_type = ContentType.objects.get_for_model(Complaint)
        return reverse("admin:view_on_site", args=[content_type.pk, back["case"].pk])
    if "(?P<url>" in route:  # the back office's catch-all
        return "/admin/no-such-page/"
    page = _model_page(route)
    if page is None:
        assert not PARAM.search(route), f"{route}: nothing to fill it with"
        return concrete(route, {})
    model, _ = page
    record = back["records"][model]
    if pattern.name and pattern.name.endswith("_simple_history"):
        history = getattr(record, "history", None)
        # A record kept without history has no version: its first would be 1.
        version = history.earliest("history_date").history_id if history is not None else 1
        return reverse(f"admin:{pattern.name}", args=[record.pk, version])
    register = {"interestentry": "interests", "gift": "gifts"}.get(model._meta.model_name)
    values = {"object_id": record.pk, "pk": record.pk, "id": record.pk}
    if register:
        values["import_id"] = back["imports"][register].pk
    for match in PARAM.finditer(route):
        assert match["name"] in values, f"{route}: no value for <{match['name']}>"
    return concrete(route, values)


def back_office_answer(role: str, route: str, name: str | None, url: str):
    """(status, where it redirects or None) the back office declares for ``role`` at the
    page; None for a refusal of another council's officer (302 to the index, 403 or 404)."""
    from nolan.councils.admin import CouncilScopedAdmin

    if role not in STAFF:
        if name == "login":
            return 200, None  # the back office's sign-in form
        if name == "logout":
            return 302, "/admin/"  # nothing to sign out of: to the index, thence to sign in
        return 302, f"/admin/login/?next={url.split('?')[0]}"
    site = {
        "index": 200,
        "app_list": 200,
        "password_change": 200,
        "password_change_done": 200,
        "jsi18n": 200,
        "autocomplete": 200,
        "logout": 405,  # signing out takes a POST
    }
    if name in site:
        return site[name], None
    if name == "login":
        return 302, "/admin/"  # already signed in: on to the index
    if name == "view_on_site":
        # Django's "view on site": to the record's own address, for any staff user, where
        # the record's own rule applies (the case page refuses another council's officer:
        # walked above). The address shows no more than the case's reference, a number the
        # council's public statistics already count.
        return 302, f"http://testserver/councils/{COUNCIL}/complaints/cases/"
    if "(?P<url>" in route:
        return 404, None
    model, model_admin = _model_page(route)
    if name is None:  # ".../<id>/", the old address of a record: to its change page
        return 302, url + "change/"
    action = name.removeprefix(f"{model._meta.app_label}_{model._meta.model_name}_")
    if not isinstance(model_admin, CouncilScopedAdmin):
        if role != "superuser":
            return 403, None
        if action in ("config", "qrcode"):
            return 403, None  # an authenticator app's key is shown to no one here
        if action == "add" and model._meta.app_label == "axes":
            return 403, None  # sign-in attempts are recorded, never added
        return 200, None
    if action in RECORD_ACTIONS and role == "other-monitoring-officer":
        return None
    if action == "add":
        may_add = model_admin.save_service is not None  # a record without one is read-only
        if model is Council:
            may_add = role == "superuser"  # a council is added by a superuser
        return (200 if may_add else 403), None
    if action == "process_import":
        return 405, None  # confirming an import takes a POST
    if action in ("history", "simple_history") and not hasattr(model, "history"):
        return 404, None  # a record kept without history has none to show
    if action == "delete":
        return (200 if model is Role else 403), None  # nothing is deleted but a revoked role
    if action == "import_status":
        return (200 if role == "monitoring-officer" else 404), None  # its uploader's alone
    return 200, None


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("route", "pattern"), ADMIN_VIEWS, ids=[r for r, _ in ADMIN_VIEWS])
def test_back_office_by_role(world, db, route, pattern, role):
    url = admin_url_for(world, route, pattern)
    response = world["clients"][role].get(url)
    status, where = response.status_code, f"{url} as {role}"
    expected = back_office_answer(role, route, pattern.name, url)
    if expected is None:
        assert status in (302, 403, 404), f"{where} answered {status}"
        if status == 302:
            assert response["Location"] == "/admin/", where  # "no such record"
    else:
        assert status == expected[0], f"{where} answered {status}, not {expected[0]}"
        if expected[1]:
            assert response["Location"].startswith(expected[1]), where
    if role == "other-monitoring-officer" and _names_a_record(route, pattern.name):
        assert status != 200, f"{where}: another council's officer sees this council's record"
    assert_no_secret_shown(_body(response), role, where, ADMIN_SECRETS)


def _names_a_record(route: str, name: str | None) -> bool:
    """Whether the page is one of Welwyn Hatfield's records (or, for the records that
    belong to no council, one of its Monitoring Officer's)."""
    if name == "view_on_site":
        return True
    page = _model_page(route)
    if page is None:
        return False
    model = page[0]
    action = (name or "").removeprefix(f"{model._meta.app_label}_{model._meta.model_name}_")
    return name is None or action in (*RECORD_ACTIONS, "config", "qrcode", "password_change")


@pytest.mark.parametrize("secret", sorted(ADMIN_SECRETS_SHOWN))
def test_each_secret_is_shown_where_it_should_be_in_the_back_office(world, db, secret):
    name, role = ADMIN_SECRETS_SHOWN[secret]
    assert role in ADMIN_SECRETS[secret]
    ((route, pattern),) = ((r, p) for r, p in ADMIN_VIEWS if p.name == name)
    response = world["clients"][role].get(admin_url_for(world, route, pattern))
    assert response.status_code == 200
    assert secret in _body(response), f"{name} does not show {role} {secret!r}"


# --- Another council's officer appointed to investigate ----------------------------------
#
# Bexley's Monitoring Officer, appointed to investigate the walked case (best practice 13),
# sees what the investigation needs while the case is with them: not the complainant's
# contact details, the Independent Person's views or the assessment's reasons and history.
# Once the case is closed, they see nothing of it.

CASE_VIEWS = [
    (r, p)
    for r, p in VIEWS
    if p.name and p.name.startswith("complaint-") and ("<str:reference>" in r and "/cases/" in r)
]
# What the investigator never reads on the case's pages.
NOT_FOR_THE_INVESTIGATOR = (
    "dana.whitcombe@example.org",
    "Sentinel view of the Independent Person",
    "the code adopted in 2021 applies",  # the jurisdiction test's reasons
)


def _walk_case_views(world, role: str) -> dict[str, tuple[int, str]]:
    """Each case view's answer; a step is posted, empty, as the investigator's own (a note)."""
    answers = {}
    client = world["clients"][role]
    for route, pattern in CASE_VIEWS:
        url = url_for(world, route, pattern.name)
        if pattern.name == "complaint-step-take":
            response = client.post(url.replace("/ip-view/", "/investigation-note/"))
        else:
            response = client.get(url)
        answers[pattern.name] = (response.status_code, _body(response))
    return answers


def test_another_councils_investigator_sees_the_case_only_while_it_is_with_them(world, db):
    from nolan.complaints import services

    assert {p.name for _, p in CASE_VIEWS} == {
        "complaint-case",
        "complaint-evidence",
        "complaint-step-take",
    }
    case = world["records"]["case"]
    users = get_user_model().objects.in_bulk(["mo", "ip", "bexley-mo"], field_name="username")
    mo, ip, investigator = users["mo"], users["ip"], users["bexley-mo"]
    role = "other-monitoring-officer"
    assert {status for status, _ in _walk_case_views(world, role).values()} == {403}

    services.record_ip_view(case, ip, view="Sentinel view of the Independent Person.")
    services.decide_assessment(case, mo, outcome="investigate", reasons="Serious.")
    services.appoint_investigator(case, mo, investigator=investigator, external=True, conflict=True)
    answers = _walk_case_views(world, role)
    assert answers["complaint-case"][0] == 200
    assert answers["complaint-evidence"][0] == 200
    assert answers["complaint-step-take"][0] == 400  # the empty note refused on the page
    page = answers["complaint-case"][1]
    assert "about a neighbour dispute" in page  # the allegation, which the member reads too
    for body in (page, answers["complaint-evidence"][1], answers["complaint-step-take"][1]):
        for secret in NOT_FOR_THE_INVESTIGATOR:
            assert secret not in body, f"the investigator reads {secret!r}"

    services.tell_parties(case, investigator)
    services.issue_draft_report(case, investigator)
    services.record_comments(case, investigator, party="member")
    services.record_comments(case, investigator, party="complainant")
    services.issue_final_report(
        case,
        investigator,
        breach=False,
        agreed_facts="The post was made.",
        disputed_facts="",
        conclusion="No breach.",
    )
    services.record_ip_view(case, ip, view="Agree: no breach.")
    services.close_no_breach(case, mo, reasons="No breach, as the IP agrees.")
    answers = _walk_case_views(world, role)
    assert {name: status for name, (status, _) in answers.items()} == {
        "complaint-case": 403,
        "complaint-evidence": 403,
        "complaint-step-take": 403,
    }
