"""The registers' one write path: validation, permissions, deadlines and history."""

import datetime as dt

import pytest

from nolan.councils.models import Role
from nolan.registers import rules, services
from nolan.registers.models import Gift, InterestEntry, RegisterConfirmation
from nolan.registers.services import RegisterError
from tests.factories import CouncilFactory, RoleFactory, TermFactory, UserFactory
from tests.registers.factories import TODAY, councillor, gift, interest, officer

pytestmark = pytest.mark.django_db


def error_code(call, *args, **kwargs):
    with pytest.raises(RegisterError) as error:
        call(*args, **kwargs)
    return error.value.code


def test_registering_an_interest_records_who_and_keeps_history(member):
    entry = interest(member)
    assert entry.registered_by == member.user
    record = entry.history.get()
    assert (record.history_user, record.history_change_reason) == (member.user, "register_interest")


def test_changing_an_interest_keeps_the_earlier_version(member):
    entry = interest(member)
    services.change_interest(entry, member.user, position="Head baker", today=TODAY)
    positions = [h.position for h in entry.history.order_by("history_date")]
    assert positions == ["Baker", "Head baker"]


def test_ending_an_interest_sets_its_end_date_and_deletes_nothing(member):
    entry = interest(member)
    services.end_interest(entry, member.user, end=dt.date(2025, 2, 1), today=TODAY)
    entry.refresh_from_db()
    assert entry.end == dt.date(2025, 2, 1)
    assert InterestEntry.objects.current(TODAY).count() == 0
    assert InterestEntry.objects.current(dt.date(2025, 1, 1)).count() == 1


def test_an_ended_interest_cannot_be_ended_or_changed_again(member):
    entry = services.end_interest(
        interest(member), member.user, end=dt.date(2025, 2, 1), today=TODAY
    )
    assert (
        error_code(services.end_interest, entry, member.user, end=TODAY, today=TODAY)
        == "already-ended"
    )
    assert (
        error_code(services.change_interest, entry, member.user, position="x", today=TODAY)
        == "already-ended"
    )


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"category": "employment"}, "missing-field"),
        ({"category": "contracts", "details": "something"}, "missing-field"),
        ({"category": "securities", "securities_body": "Acme plc"}, "securities-test-unanswered"),
        (
            {"category": "securities", "securities_body": "Acme plc", "securities_test_met": False},
            "securities-below-test",
        ),
        ({"category": "charity"}, "missing-field"),
        ({"category": "yachts", "details": "a yacht"}, "unknown-category"),
        ({"category": "employment", "employer": "X", "shoe_size": 9}, "unknown-field"),
        ({"category": "employment", "employer": "X", "whose": "cousin"}, "unknown-whose"),
        ({"category": "employment", "employer": "X", "start": dt.date(2025, 3, 2)}, "future-date"),
        (
            {"category": "employment", "employer": "X", "became_aware": dt.date(2026, 1, 1)},
            "future-date",
        ),
    ],
)
def test_bad_interest_input_is_refused_with_a_stable_code(member, fields, code):
    assert (
        error_code(services.register_interest, member, member.user, today=TODAY, **fields) == code
    )


def test_an_interest_may_have_started_before_the_term(member):
    entry = interest(member, employer="Bakery", start=dt.date(2010, 1, 1))
    assert entry.start == dt.date(2010, 1, 1)


def test_an_interest_that_ended_before_the_term_began_is_refused(member):
    entry = interest(member)
    code = error_code(
        services.end_interest, entry, member.user, end=dt.date(2024, 1, 1), today=TODAY
    )
    assert code == "before-term"


def test_an_end_before_the_start_is_refused(member):
    entry = interest(member, employer="Bakery", start=dt.date(2025, 1, 10))
    code = error_code(
        services.end_interest, entry, member.user, end=dt.date(2025, 1, 5), today=TODAY
    )
    assert code == "end-before-start"


def test_interests_held_at_election_are_due_28_days_after_it_and_later_ones_are_late(member):
    held = dt.date(2020, 1, 1)
    on_time = interest(member, employer="Bakery", start=held, today=dt.date(2024, 5, 30))
    late = interest(member, employer="Late Ltd", start=held, today=dt.date(2024, 5, 31))
    assert (on_time.due_on, on_time.registered_late) == (dt.date(2024, 5, 30), False)
    assert late.registered_late
    assert list(InterestEntry.objects.late()) == [late]


def test_a_new_interest_is_due_28_days_after_the_member_became_aware(member):
    entry = interest(member, employer="New Ltd", became_aware=dt.date(2025, 1, 10))
    assert entry.due_on == dt.date(2025, 2, 7)
    assert entry.registered_late


def test_a_member_without_a_term_cannot_register(db):
    member = councillor(term=None)
    assert (
        error_code(
            services.register_interest, member, member.user, category="employment", employer="X"
        )
        == "no-term"
    )


def test_a_councillor_cannot_edit_another_councillors_register(member):
    other = councillor(council=member.council)
    entry = interest(other)
    assert (
        error_code(services.change_interest, entry, member.user, position="x", today=TODAY)
        == "not-allowed"
    )
    assert (
        error_code(
            services.register_interest,
            other,
            member.user,
            category="employment",
            employer="X",
            today=TODAY,
        )
        == "not-allowed"
    )
    assert (
        error_code(
            services.register_gift,
            other,
            member.user,
            donor_name="A",
            donor_kind="person",
            description="d",
            value_pence=1,
            received_on=TODAY,
            today=TODAY,
        )
        == "not-allowed"
    )
    assert error_code(services.make_nil_return, other, member.user, today=TODAY) == "not-allowed"


def test_a_clerk_acts_for_their_own_parish_only(db):
    principal = CouncilFactory(slug="welwyn-hatfield")
    parish = CouncilFactory(slug="northaw-parish", principal=principal)
    other_parish = CouncilFactory(slug="essendon-parish", principal=principal)
    clerk = UserFactory()
    RoleFactory(user=clerk, council=parish, kind=Role.Kind.CLERK)
    ours, theirs = councillor(council=parish), councillor(council=other_parish)
    services.register_interest(ours, clerk, category="employment", employer="Farm", today=TODAY)
    code = error_code(
        services.register_interest,
        theirs,
        clerk,
        category="employment",
        employer="Farm",
        today=TODAY,
    )
    assert code == "not-allowed"
    principal_member = councillor(council=principal)
    assert (
        error_code(services.make_nil_return, principal_member, clerk, today=TODAY) == "not-allowed"
    )


def test_the_principal_monitoring_officer_acts_for_its_parishes(db):
    principal = CouncilFactory(slug="welwyn-hatfield")
    parish = CouncilFactory(slug="northaw-parish", principal=principal)
    mo = officer(principal)
    member = councillor(council=parish)
    assert services.make_nil_return(member, mo, today=TODAY).made_by == mo


def test_the_sensitive_interest_flow_needs_reasons_and_a_review_date(member):
    mo = officer(member.council)
    entry = interest(member)
    assert (
        error_code(services.request_sensitive, entry, member.user, reasons=" ") == "reason-required"
    )
    services.request_sensitive(entry, member.user, reasons="Threats at home")
    assert list(InterestEntry.objects.sensitive_requests()) == [entry]
    assert (
        error_code(services.decide_sensitive, entry, mo, agree=True, reasons="ok", today=TODAY)
        == "review-date-required"
    )
    review = TODAY + dt.timedelta(days=365)
    decided = services.decide_sensitive(
        entry, mo, agree=True, reasons="ok", review_on=review, today=TODAY
    )
    assert decided.is_withheld
    assert list(InterestEntry.objects.sensitive_reviews_due(review)) == [decided]


def test_only_the_monitoring_officer_decides_a_sensitive_request(member):
    entry = services.request_sensitive(interest(member), member.user, reasons="Threats")
    code = error_code(
        services.decide_sensitive,
        entry,
        member.user,
        agree=True,
        reasons="x",
        review_on=dt.date(2026, 1, 1),
        today=TODAY,
    )
    assert code == "not-allowed"


def test_a_refused_request_publishes_the_interest_and_cannot_be_decided_twice(member):
    mo = officer(member.council)
    entry = services.request_sensitive(interest(member), member.user, reasons="Threats")
    refused = services.decide_sensitive(
        entry, mo, agree=False, reasons="No risk shown", today=TODAY
    )
    assert not refused.is_withheld
    assert (
        error_code(services.decide_sensitive, refused, mo, agree=False, reasons="x", today=TODAY)
        == "no-sensitive-request"
    )


def test_a_gift_below_the_threshold_is_kept_as_voluntary(member):
    small = gift(member, value_pence=4999)
    large = gift(member, value_pence=5000, donor_name="Other Donor")
    assert (small.required, large.required) == (False, True)


def test_a_gift_is_due_28_days_after_receipt_and_late_after_that(member):
    on_time = gift(member, received_on=dt.date(2025, 2, 1), today=dt.date(2025, 3, 1))
    late = gift(member, received_on=dt.date(2025, 1, 1), today=dt.date(2025, 3, 1))
    assert (on_time.due_on, on_time.registered_late, late.registered_late) == (
        dt.date(2025, 3, 1),
        False,
        True,
    )
    assert list(Gift.objects.late()) == [late]


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"value_pence": -100}, "negative-value"),
        ({"value_pence": 12.5}, "invalid-value"),
        ({"received_on": dt.date(2025, 3, 2)}, "future-date"),
        ({"received_on": dt.date(2024, 5, 1)}, "before-term"),
        ({"donor_name": " "}, "missing-donor"),
        ({"description": ""}, "missing-field"),
        ({"donor_kind": "alien"}, "unknown-donor-kind"),
    ],
)
def test_bad_gift_input_is_refused_with_a_stable_code(member, changes, code):
    assert error_code(gift, member, **changes) == code


def test_aggregated_small_gifts_from_one_donor_show_the_warning(member):
    gift(member, value_pence=3000, received_on=dt.date(2024, 10, 1))
    second = gift(member, value_pence=3000, received_on=dt.date(2025, 2, 1))
    assert rules.assess_gift(second).warnings == ("same-donor-aggregate",)


def test_the_monitoring_officer_queries_or_accepts_a_gift(member):
    mo = officer(member.council)
    entry = gift(member)
    assert list(Gift.objects.to_review()) == [entry]
    assert error_code(services.query_gift, entry, mo, text=" ") == "missing-query"
    assert error_code(services.query_gift, entry, member.user, text="Why?") == "not-allowed"
    queried = services.query_gift(entry, mo, text="Who else attended?")
    assert (queried.review, queried.query_text) == ("queried", "Who else attended?")
    assert services.accept_gift(queried, mo).review == "accepted"
    assert Gift.objects.to_review().count() == 0


def test_a_nil_return_is_refused_while_the_member_has_current_interests(member):
    interest(member)
    with pytest.raises(RegisterError) as refused:
        services.make_nil_return(member, member.user, today=TODAY)
    assert refused.value.code == "has-interests"
    # A sentence a person reads, so it begins with a capital (issue 11).
    assert refused.value.message == "A member with current interests cannot make a nil return"


def test_a_new_councillor_owes_an_initial_registration_until_they_register(member):
    duties = rules.duties(member, dt.date(2024, 5, 20))
    assert [(d.code, d.due, d.state.code) for d in duties] == [
        ("initial-registration", dt.date(2024, 5, 30), "due")
    ]
    assert rules.duties(member, dt.date(2024, 6, 1))[0].state.code == "overdue"


def test_a_nil_return_discharges_the_initial_registration_and_starts_the_annual_clock(member):
    services.make_nil_return(member, member.user, today=TODAY)
    made = RegisterConfirmation.objects.get().made_at.date()
    duties = rules.duties(member, made)
    assert [(d.code, d.due) for d in duties] == [
        ("annual-confirmation", made.replace(year=made.year + 1))
    ]


def test_confirming_the_register_moves_the_annual_deadline(member):
    interest(member, today=dt.date(2024, 5, 20))
    before = rules.duties(member, TODAY)
    assert [(d.code, d.due) for d in before] == [("annual-confirmation", dt.date(2025, 5, 30))]
    services.confirm_register(member, member.user)
    after = rules.duties(member, TODAY)
    assert after[0].due > dt.date(2025, 5, 30)


def test_a_re_elected_member_owes_a_fresh_registration(member):
    TermFactory(member=member, began="re-elected", start=dt.date(2028, 5, 4))
    duties = rules.duties(member, dt.date(2028, 5, 10))
    assert duties[0].code == "initial-registration"
    assert duties[0].due == dt.date(2028, 6, 1)


@pytest.mark.parametrize(
    ("slug", "due"),
    [
        # WH Appendix B para 1: 28 days from adoption or election, "where that is later".
        ("welwyn-hatfield", dt.date(2024, 7, 29)),
        # Bexley's registration paragraph runs from becoming a member only.
        ("bexley", dt.date(2024, 5, 30)),
    ],
)
def test_registration_runs_from_the_codes_adoption_where_the_code_says_so(slug, due):
    council = CouncilFactory(slug=slug, code_adopted=dt.date(2024, 7, 1))
    member = councillor(council)
    assert rules.initial_registration_due(member, member.terms.get()) == due


def test_a_member_answers_a_query_and_the_gift_goes_back_for_review(member):
    entry = gift(member)
    mo = officer(member.council)
    services.query_gift(entry, mo, text="Was this offered because you are a councillor?")
    answered = services.answer_gift_query(entry, member.user, text="Yes, at a civic event.")
    assert answered.review == Gift.Review.ANSWERED
    assert list(Gift.objects.to_review()) == [answered]
    assert error_code(services.answer_gift_query, answered, member.user, text="Again") == (
        "not-queried"
    )


def test_only_the_member_or_their_clerk_answers_a_query(member):
    entry = gift(member)
    services.query_gift(entry, officer(member.council), text="Value?")
    other = councillor(council=member.council)
    assert error_code(services.answer_gift_query, entry, other.user, text="Not mine") == (
        "not-allowed"
    )


def test_the_rules_list_every_fault_of_an_interest_and_registering_refuses_the_first(member):
    values = {
        "category": "land2",
        "whose": "cousin",
        "start": TODAY + dt.timedelta(days=1),
        "today": TODAY,
    }
    problems = services.interest_problems(member, member.user, **values)
    assert [(p.code, p.field) for p in problems] == [
        ("unknown-whose", "whose"),
        ("unknown-category", "category"),
        ("future-date", "start"),
    ]
    assert error_code(services.register_interest, member, member.user, **values) == "unknown-whose"
    assert not InterestEntry.objects.exists()


def test_the_rules_list_every_fault_of_a_gift_and_registering_refuses_the_first(member):
    values = {
        "donor_name": "Acme",
        "donor_kind": "robot",
        "description": " ",
        "value_pence": -1,
        "received_on": TODAY + dt.timedelta(days=1),
        "today": TODAY,
    }
    problems = services.gift_problems(member, member.user, **values)
    assert [(p.code, p.field) for p in problems] == [
        ("unknown-donor-kind", "donor_kind"),
        ("missing-field", "description"),
        ("negative-value", "value_pence"),
        ("future-date", "received_on"),
    ]
    assert error_code(services.register_gift, member, member.user, **values) == "unknown-donor-kind"


def test_only_who_may_register_hears_what_is_wrong(member):
    stranger = UserFactory()
    assert (
        error_code(services.interest_problems, member, stranger, category="employment")
        == "not-allowed"
    )
    assert (
        error_code(
            services.gift_problems,
            member,
            stranger,
            donor_name="Acme",
            donor_kind="organisation",
            description="Dinner",
            value_pence=100,
            received_on=TODAY,
        )
        == "not-allowed"
    )
