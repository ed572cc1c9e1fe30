"""Officers and elections in the back office: each Monitoring Officer sees their own."""

from django.contrib.auth.models import Permission

from nolan.screening.models import Officer
from tests.factories import CouncilFactory


def test_a_monitoring_officer_sees_only_their_councils_officers(client, wh_monitoring_officer):
    wh_monitoring_officer.is_staff = True
    wh_monitoring_officer.save()
    wh_monitoring_officer.user_permissions.set(
        Permission.objects.filter(content_type__app_label="screening")
    )
    Officer.objects.create(
        council=CouncilFactory(slug="welwyn-hatfield"), name="Priya Natarajan", role="Head"
    )
    Officer.objects.create(council=CouncilFactory(slug="bexley"), name="Olusegun Adeyemi")
    client.force_login(wh_monitoring_officer)
    html = client.get("/admin/screening/officer/").content.decode()
    assert "Priya Natarajan" in html
    assert "Olusegun Adeyemi" not in html


def test_kept_checks_are_not_in_the_back_office(admin_client):
    assert admin_client.get("/admin/screening/screeningcheck/").status_code == 404
