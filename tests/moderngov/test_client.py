"""Fetching one Modern.gov answer: over within the time-out whatever the site does, and in
production never from an address inside a private network (issue 12)."""

import time

import pytest

from nolan.moderngov import client
from tests.moderngov.server import DATA, Answer


def test_a_site_that_sends_its_answer_a_byte_at_a_time_is_cut_off_at_the_time_out(site, settings):
    settings.MODERNGOV_TIMEOUT_SECONDS = 1
    # Every byte comes well within the time-out, so only a deadline for the whole answer,
    # its status line and headers included, stops it (the whole answer would take minutes).
    site.answers["GetCouncillorsByWard"] = Answer(
        (DATA / "GetCouncillorsByWard.xml").read_bytes(), drip=0.02
    )
    started = time.monotonic()
    with pytest.raises(client.FetchError) as refused:
        client.fetch(site.url, "GetCouncillorsByWard", {})
    assert refused.value.code == "timeout"
    assert time.monotonic() - started < 2.5


@pytest.mark.parametrize(
    "address",
    [
        "http://127.0.0.1:{port}",
        "http://localhost:{port}",
        "http://[::ffff:127.0.0.1]:{port}",
        "http://[::1]:{port}",
        "http://10.1.2.3",
        "http://192.168.0.1",
        "http://169.254.169.254",
        "http://0.0.0.0:{port}",
    ],
)
def test_in_production_no_address_inside_a_private_network_is_asked(site, settings, address):
    settings.MODERNGOV_ALLOW_PRIVATE_ADDRESSES = False
    settings.MODERNGOV_TIMEOUT_SECONDS = 1
    with pytest.raises(client.FetchError) as refused:
        client.fetch(address.format(port=site.server_address[1]), "GetCommittees", {})
    assert refused.value.code == "private-address"
    assert site.requests == []


def test_an_address_with_a_password_in_it_is_refused(site):
    with pytest.raises(client.FetchError) as refused:
        client.fetch(site.url.replace("//", "//user:secret@"), "GetCommittees", {})
    assert refused.value.code == "bad-address"
    assert site.requests == []
