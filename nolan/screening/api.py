"""``POST /api/screen/``: screen one post for the caller's council, as JSON.

The request carries a post as ``nolan screen`` reads it (``text`` and optionally
``posted_at``, ``account``, ``shared`` and an ``id`` to echo), plus, for a Monitoring
Officer or deputy acting for several councils, the ``council`` slug. The response is
exactly one line of ``nolan screen`` output (``result_to_json``), so a script can use
either. Parsing is the engine's own (``parse_post``): bad input gets a 400 naming the
field, with the engine's stable code. The serializers describe the shapes in OpenAPI;
validation is the engine's, so the API and the command refuse the same input alike: a body
over one ``nolan screen`` line's limit is refused unread (413, ``too-large``), and one nested
too deep (``too-deep``) or not JSON (``invalid-json``) gets a 400.
"""

import json

from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser
from rest_framework.response import Response
from rest_framework.views import APIView

from nolan.core import boundedjson
from nolan.core.screening.jsonio import MAX_LINE_CHARS, InputError, parse_post, result_to_json
from nolan.core.screening.model import Account, CapacityValue, Category, Severity
from nolan.screening import services


class ScreenRequestSerializer(serializers.Serializer):
    id = serializers.JSONField(required=False, help_text="Echoed back; any JSON value.")
    text = serializers.CharField(allow_blank=True, trim_whitespace=False)
    posted_at = serializers.CharField(
        required=False, help_text="ISO 8601 with a timezone offset, e.g. 2026-04-01T09:00:00+01:00"
    )
    account = serializers.ChoiceField(choices=[a.value for a in Account], required=False)
    shared = serializers.BooleanField(required=False, default=False)
    council = serializers.SlugField(
        required=False, help_text="A council you act for; defaults to your own council."
    )


class ParagraphSerializer(serializers.Serializer):
    key = serializers.CharField()
    citation = serializers.CharField()
    anchor = serializers.CharField()


class FindingSerializer(serializers.Serializer):
    category = serializers.ChoiceField(choices=[c.value for c in Category])
    severity = serializers.ChoiceField(choices=[s.value for s in Severity])
    paragraphs = ParagraphSerializer(many=True)
    start = serializers.IntegerField()
    end = serializers.IntegerField()
    quote = serializers.CharField()
    explanation = serializers.CharField()
    suggestion = serializers.CharField()


class CapacitySerializer(serializers.Serializer):
    value = serializers.ChoiceField(choices=[c.value for c in CapacityValue])
    reasons = serializers.ListField(child=serializers.CharField())


class ScreenResponseSerializer(serializers.Serializer):
    id = serializers.JSONField(allow_null=True)
    capacity = CapacitySerializer()
    findings = FindingSerializer(many=True)


class ErrorSerializer(serializers.Serializer):
    code = serializers.CharField()
    detail = serializers.CharField()


class ScreenJSONParser(JSONParser):
    """JSON read as ``nolan screen`` reads a line: at most ``MAX_LINE_CHARS``, nested at most
    ``boundedjson.MAX_DEPTH``; a refusal is a ``ParseError`` carrying the command's code."""

    def parse(self, stream, media_type=None, parser_context=None):
        # UTF-8 takes at most four bytes a character: read no further than the limit allows.
        body = stream.read(4 * MAX_LINE_CHARS + 1)
        if len(body) > 4 * MAX_LINE_CHARS:
            raise ParseError(
                f"Refused: longer than {MAX_LINE_CHARS:,} characters.", code="too-large"
            )
        try:
            return boundedjson.loads(body.decode("utf-8"), MAX_LINE_CHARS)
        except boundedjson.JSONRefused as error:
            raise ParseError(f"Refused: {error}.", code=error.code) from None
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ParseError(
                f"The request is not valid JSON: {error}.", code="invalid-json"
            ) from None


class ScreenView(APIView):
    parser_classes = [ScreenJSONParser]

    @extend_schema(
        operation_id="screen_post",
        summary="Screen a draft post against your council's code",
        request=ScreenRequestSerializer,
        responses={
            200: ScreenResponseSerializer,
            400: ErrorSerializer,
            403: ErrorSerializer,
            413: ErrorSerializer,
        },
        examples=[
            OpenApiExample(
                "A draft on a councillor's account",
                value={"text": "Great turnout at the Hatfield litter pick!", "account": "official"},
                request_only=True,
            )
        ],
    )
    def post(self, request):
        try:
            data = request.data
        except ParseError as error:
            code = error.get_codes()
            refused = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE if code == "too-large" else 400
            return _error(code, str(error.detail), refused)
        if not isinstance(data, dict):
            return _error("not-an-object", "Send the post as a JSON object.", 400)
        data = {"id": None, **data}
        slug = data.pop("council", None)
        if slug is not None and not isinstance(slug, str):
            return _error(
                "bad-council",
                "Give the council by the name in its address, such as welwyn-hatfield.",
                400,
            )
        try:
            council = services.council_for(request.user, slug)
        except services.ScreeningError as error:
            return _error(error.code, str(error), status.HTTP_403_FORBIDDEN)
        try:
            post_id, post = parse_post(data)
        except InputError as error:
            return _error(error.code, str(error), status.HTTP_400_BAD_REQUEST)
        return Response(result_to_json(post_id, services.check_post(council, post)))


def _error(code: str, detail: str, status_code: int) -> Response:
    return Response({"code": code, "detail": detail}, status=status_code)
