"""factory_boy factories for councils, members and users shared by every app's tests."""

import datetime as dt

import factory
from django.contrib.auth import get_user_model

from nolan.councils.models import Committee, CommitteeMembership, Council, Member, Role, Term

PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password(PASSWORD)


class CouncilFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Council
        django_get_or_create = ["slug"]

    slug = "welwyn-hatfield"
    name = factory.LazyAttribute(lambda o: o.slug.replace("-", " ").title() + " Council")
    code_slug = factory.LazyAttribute(lambda o: o.slug if o.principal is None else "lga-2020")
    principal = None
    tier = factory.LazyAttribute(
        lambda o: Council.Tier.PARISH if o.principal else Council.Tier.PRINCIPAL
    )


class MemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Member
        skip_postgeneration_save = True

    council = factory.SubFactory(CouncilFactory)
    name = factory.Sequence(lambda n: f"Cllr Example {n}")
    slug = factory.Sequence(lambda n: f"cllr-example-{n}")
    ward = "Haldens"
    party = "Independent"
    fictional = True
    term = factory.RelatedFactory("tests.factories.TermFactory", factory_related_name="member")


class TermFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Term

    member = factory.SubFactory(MemberFactory, term=None)
    began = Term.Began.ELECTED
    start = dt.date(2024, 5, 2)


class CommitteeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Committee

    council = factory.SubFactory(CouncilFactory)
    name = "Development Management Committee"
    slug = factory.Sequence(lambda n: f"committee-{n}")
    kind = Committee.Kind.PLANNING


class CommitteeMembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CommitteeMembership

    committee = factory.SubFactory(CommitteeFactory)
    member = factory.SubFactory(MemberFactory)
    start = dt.date(2024, 5, 20)


class RoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Role

    user = factory.SubFactory(UserFactory)
    council = factory.SubFactory(CouncilFactory)
    kind = Role.Kind.MONITORING_OFFICER
