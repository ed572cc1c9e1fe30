"""The public registers API: schemathesis fuzzes it against its own OpenAPI description."""

from datetime import date

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.utils import timezone
from hypothesis import HealthCheck, settings
from schemathesis.checks import positive_data_acceptance

from nolan.registers.publication import REGISTERS_BEGAN
from nolan.wsgi import application
from tests.registers.factories import (
    SECRET,
    councillor,
    gift,
    interest,
    officer,
    sensitive_interest,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def connection_kept_open():
    """Keep the test transaction's connection across requests, as Django's test client does.

    Schemathesis calls the WSGI application directly, so Django would close the connection
    at the end of each request; on PostgreSQL that ends the test's transaction.
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def populated(db, connection_kept_open):
    member = councillor()
    interest(member)
    sensitive_interest(member, officer(member.council))
    gift(member)
    return member


# The schema view reads no rows, so it can be fetched when the module is collected.
schema = schemathesis.openapi.from_wsgi("/api/schema/", application).include(
    path_regex=r"^/api/councils/"
)


def _checked(case):
    """``case`` called and validated. A day still to come, or one before the registers began,
    is a well-formed date the schema cannot forbid (it has no "no later than today"), so the
    API's 400 for it is checked here rather than taken for a valid request refused."""
    on = (case.query or {}).get("on")
    try:
        day = date.fromisoformat(on) if isinstance(on, str) else None
    except ValueError:
        day = None
    # Only a GET reads the register (schemathesis also sends other methods, as OPTIONS).
    outside = (
        case.method == "GET"
        and day is not None
        and not REGISTERS_BEGAN <= day <= timezone.localdate()
    )
    response = case.call_and_validate(excluded_checks=[positive_data_acceptance] if outside else [])
    assert not (outside and response.status_code < 300), "a day outside the registers answered"
    return response


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_public_api_conforms_to_its_schema_and_never_leaks_sensitive_details(case, populated):
    response = _checked(case)
    assert SECRET not in response.text
    case.path_parameters = {
        **(case.path_parameters or {}),
        "council": populated.council.slug,
        **({"member": populated.slug} if "member" in (case.path_parameters or {}) else {}),
    }
    real = _checked(case)
    assert SECRET not in real.text


def test_the_api_is_public_and_paginated(client, populated):
    response = client.get(f"/api/councils/{populated.council.slug}/interests/?limit=1")
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 2 and len(data["results"]) == 1


def test_the_api_refuses_a_malformed_date_clearly(client, populated):
    response = client.get(f"/api/councils/{populated.council.slug}/interests/?on=tomorrowish")
    assert response.status_code == 400
    assert "on" in response.json()


def test_the_api_says_when_a_council_does_not_exist(client, db):
    assert client.get("/api/councils/atlantis/gifts/").status_code == 404


def test_every_api_error_is_a_sentence_with_a_capital_letter(client, member):
    """Walk: "no such member" and "give limit once, as a whole number from 1"."""
    slug = member.council.slug
    refusals = [
        client.get(f"/api/councils/{slug}/gifts/?limit=0").json()["limit"],
        client.get(f"/api/councils/{slug}/gifts/?offset=x").json()["offset"],
        client.get(f"/api/councils/{slug}/members/nobody/interests/").json()["detail"],
        client.get("/api/councils/atlantis/gifts/").json()["detail"],
    ]
    assert refusals[0] == "Give limit once, as a whole number from 1."
    assert refusals[2] == "No member of this council is called “nobody”."
    for refusal in refusals:
        assert refusal[:1].isupper() and refusal.endswith("."), refusal


def test_the_api_answers_at_its_root_with_its_endpoints(client, db):
    """Walk: /api/ was a 404."""
    response = client.get("/api/")
    assert response.status_code == 200
    paths = {endpoint["path"] for endpoint in response.json()["endpoints"]}
    assert {"/api/councils/{council}/gifts/", "/api/schema/"} <= paths
