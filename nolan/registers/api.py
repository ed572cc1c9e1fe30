"""The read-only public JSON API of the registers, described by OpenAPI (drf-spectacular).

Public by design (Localism Act 2011 s.29 requires publication), so each view says
``AllowAny`` against the project's signed-in default. Values come from
``nolan.registers.publication`` only, which withholds sensitive interests (s.32).
"""

import re
from datetime import date

from django.http import JsonResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import generics, serializers
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import LimitOffsetPagination
from rest_framework.permissions import AllowAny

from nolan.core.errors import Refused
from nolan.councils.models import Council, Member
from nolan.registers import publication
from nolan.registers.models import Gift

LARGEST = 10**18 - 1


class Page(LimitOffsetPagination):
    """Limit and offset, refusing malformed values rather than silently ignoring them."""

    default_limit = 100
    max_limit = 1000

    def _whole_number(self, request, name: str, default: int | None, minimum: int) -> int | None:
        values = request.query_params.getlist(name)
        if not values:
            return default
        # ASCII digits only ("²" is a digit to str.isdigit), and few enough for int() to read.
        number = values[0] if len(values) == 1 and re.fullmatch("[0-9]{1,18}", values[0]) else None
        if number is None or int(number) < minimum:
            raise ValidationError({name: f"Give {name} once, as a whole number from {minimum}."})
        return int(number)

    def get_limit(self, request) -> int | None:
        limit = self._whole_number(request, self.limit_query_param, self.default_limit, 1)
        return min(limit, self.max_limit) if limit else limit

    def get_offset(self, request) -> int:
        return self._whole_number(request, self.offset_query_param, 0, 0) or 0

    def get_schema_operation_parameters(self, view):
        minimum = {self.limit_query_param: 1, self.offset_query_param: 0}
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"]["minimum"] = minimum[parameter["name"]]
            parameter["schema"]["maximum"] = LARGEST  # what the 18-digit check accepts
        return parameters


class InterestSerializer(serializers.Serializer):
    identifier = serializers.CharField(help_text="Stable: interest-N.")
    member_identifier = serializers.CharField(help_text="Stable: member-N.")
    member_name = serializers.CharField()
    withheld = serializers.BooleanField(
        help_text="True: the member has an interest whose details are withheld under s.32 "
        "of the Localism Act 2011; every other field below is then empty."
    )
    table = serializers.IntegerField(allow_null=True, help_text="1: DPI; 2: other registerable.")
    category = serializers.CharField(allow_blank=True)
    category_subject = serializers.CharField(allow_blank=True)
    details = serializers.DictField(child=serializers.CharField(allow_blank=True))
    start = serializers.DateField(allow_null=True)
    end = serializers.DateField(allow_null=True)
    registered_on = serializers.DateField(allow_null=True)


class MemberSerializer(serializers.Serializer):
    """A member the register lists, as ``(member, interests)`` from
    ``publication.register_by_member``: the JSON download's ``members`` entry."""

    member_identifier = serializers.CharField(help_text="Stable: member-N.")
    member_name = serializers.CharField()
    interests = serializers.ListField(
        child=serializers.CharField(),
        help_text="The identifiers (interest-N) of the member's interests in the register, "
        "a withheld one included; an empty list for a member with nothing registered.",
    )

    def to_representation(self, instance):
        member, interests = instance
        return {
            "member_identifier": publication.member_identifier(member.pk),
            "member_name": member.name,
            "interests": [interest.identifier for interest in interests],
        }


class GiftSerializer(serializers.Serializer):
    identifier = serializers.CharField(help_text="Stable: gift-N.")
    member_identifier = serializers.CharField()
    member_name = serializers.CharField()
    donor_name = serializers.CharField()
    donor_kind = serializers.ChoiceField(choices=Gift.DonorKind.values)
    donor_company_number = serializers.CharField(allow_blank=True)
    donor_charity_number = serializers.CharField(allow_blank=True)
    description = serializers.CharField()
    occasion = serializers.CharField(allow_blank=True)
    value_pence = serializers.IntegerField(min_value=0)
    value_gbp = serializers.CharField(help_text='The value in pounds, two decimals: "65.00".')
    received_on = serializers.DateField()
    accepted = serializers.BooleanField()
    above_threshold = serializers.BooleanField()
    registered_on = serializers.DateField()

    def to_representation(self, instance):
        return super().to_representation(publication.public_gift(instance))


def _council(slug: str) -> Council:
    try:
        return Council.objects.get(slug=slug)
    except Council.DoesNotExist:
        raise NotFound(f"No council is called “{slug}”.") from None


ON = OpenApiParameter(
    "on",
    OpenApiTypes.DATE,
    description="The register as it stood at the end of this day (today or earlier, and no "
    "earlier than 2012-07-01, when the Localism Act 2011's registers began), listing the "
    "members serving then, as the public page and the CSV and JSON files do; a day still to "
    "come or before the registers began, or a date that is not real, is refused with a 400.",
)
NOT_FOUND = OpenApiResponse(description="No such council or member.")
BAD_QUERY = OpenApiResponse(
    description="A malformed, future or too early 'on' date, or a malformed limit or offset."
)


def _on(request) -> date | None:
    """The ``on`` date, read as the public page and the downloads read it
    (``publication.as_of``): a date that is not real, is still to come or is before the
    registers began, is refused with a 400 saying so, never answered with today's register."""
    try:
        return publication.as_of(request.query_params.get("on"))
    except Refused as error:
        raise ValidationError({"on": error.message}) from None


class InterestList(generics.ListAPIView):
    """A council's register of interests, as it stands or as it stood (``?on=``)."""

    permission_classes = [AllowAny]
    serializer_class = InterestSerializer
    pagination_class = Page

    @extend_schema(
        parameters=[ON],
        responses={200: InterestSerializer(many=True), 400: BAD_QUERY, 404: NOT_FOUND},
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        on = _on(self.request)
        member = self._member()
        return publication.register(
            _council(self.kwargs["council"]), on=on, members=None if member is None else [member]
        )

    def _member(self) -> Member | None:
        return None


class MemberInterestList(InterestList):
    """One member's register of interests."""

    def _member(self) -> Member:
        try:
            return Member.objects.select_related("council").get(
                council__slug=self.kwargs["council"], slug=self.kwargs["member"]
            )
        except Member.DoesNotExist:
            raise NotFound(
                f"No member of this council is called “{self.kwargs['member']}”."
            ) from None


class MemberList(generics.ListAPIView):
    """The members a council's register lists, as it stands or as it stood (``?on=``): every
    member serving that day, a member with nothing registered included, each with their
    interests' identifiers, as the public page and the CSV and JSON files list them."""

    permission_classes = [AllowAny]
    serializer_class = MemberSerializer
    pagination_class = Page

    @extend_schema(
        parameters=[ON],
        responses={200: MemberSerializer(many=True), 400: BAD_QUERY, 404: NOT_FOUND},
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        self.on = _on(self.request)
        self.council = _council(self.kwargs["council"])
        return publication.serving(self.council, self.on)

    def paginate_queryset(self, queryset):
        # The page of members, then their interests: the page's own way (register_by_member).
        members = super().paginate_queryset(queryset)
        return publication.register_by_member(self.council, on=self.on, members=members)


class GiftList(generics.ListAPIView):
    """A council's gifts and hospitality register, newest first."""

    permission_classes = [AllowAny]
    serializer_class = GiftSerializer
    pagination_class = Page

    @extend_schema(responses={200: GiftSerializer(many=True), 400: BAD_QUERY, 404: NOT_FOUND})
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return Gift.objects.for_council(_council(self.kwargs["council"])).published()


# What /api/ lists: each endpoint with what it gives (docs/open-data.md says more).
ENDPOINTS = [
    ("GET", "/api/councils/{council}/members/", "The members the register lists; ?on=YYYY-MM-DD"),
    ("GET", "/api/councils/{council}/interests/", "The register of interests; ?on=YYYY-MM-DD"),
    ("GET", "/api/councils/{council}/members/{member}/interests/", "One member's interests"),
    ("GET", "/api/councils/{council}/gifts/", "The gifts and hospitality register"),
    ("GET", "/api/schema/", "The API described in OpenAPI"),
    ("POST", "/api/screen/", "Check a draft post against a council's code; needs an API token"),
]


def index(request):
    """A small index of the API, so that /api/ answers with where to go rather than a 404."""
    return JsonResponse(
        {
            "description": "Nolan's read-only API: councils' registers of interests and gifts.",
            "paging": "limit (1 to 1,000, default 100) and offset",
            "endpoints": [
                {"method": method, "path": path, "description": description}
                for method, path, description in ENDPOINTS
            ],
        }
    )
