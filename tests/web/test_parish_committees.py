"""A parish council's committees are its own (walk item 10): the demo gave Northaw and Cuffley
Parish Council a Cabinet and a Licensing Committee, which a parish cannot have (executive
arrangements are a principal council's, Local Government Act 2000 Part 1A; a licensing
committee is a licensing authority's, Licensing Act 2003 s.6), on its new-meeting page and in
its popolo.json."""

import pytest
from django.urls import reverse

from nolan.councils import services
from nolan.councils.demo import load_demo_councils
from nolan.councils.models import Committee, Council
from tests.factories import CouncilFactory, UserFactory

pytestmark = pytest.mark.django_db

NOT_A_PARISHS = {Committee.Kind.CABINET, Committee.Kind.LICENSING}


def test_the_demo_parish_has_no_cabinet_or_licensing_committee(client):
    load_demo_councils()
    parish = Council.objects.get(slug="northaw-cuffley")
    kinds = set(parish.committees.values_list("kind", flat=True))
    assert kinds and not kinds & NOT_A_PARISHS
    popolo = client.get(reverse("popolo-json", args=[parish.slug])).content.decode()
    assert "Cabinet" not in popolo and "Licensing" not in popolo
    borough = Council.objects.get(slug="welwyn-hatfield")
    assert NOT_A_PARISHS <= set(borough.committees.values_list("kind", flat=True))


@pytest.mark.parametrize("kind", sorted(NOT_A_PARISHS))
def test_a_parish_cannot_be_given_a_cabinet_or_licensing_committee(kind):
    parish = CouncilFactory(slug="northaw-cuffley", principal=CouncilFactory())
    admin = UserFactory(is_superuser=True)
    committee = Committee(council=parish, slug="x", name="X Committee", kind=kind)
    with pytest.raises(services.CouncilsError) as refused:
        services.save_committee(admin, committee, fields=["kind"], reason="New committee")
    assert (refused.value.code, refused.value.field) == ("not-a-parish-committee", "kind")
    assert not parish.committees.exists()
    committee.kind = Committee.Kind.PLANNING
    services.save_committee(admin, committee, fields=["kind"], reason="New committee")
