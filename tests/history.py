"""Reading the back office's history page as a person does (tests of several apps)."""

import html
import re

from django.urls import reverse


def history_table(client, obj) -> str:
    """The history page's table as a person reads it: text only, one space between words."""
    info = obj._meta.app_label, obj._meta.model_name
    page = client.get(reverse("admin:{}_{}_history".format(*info), args=[obj.pk]))
    assert page.status_code == 200
    table = page.content.decode().split('id="change-history"')[1].split("</table>")[0]
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", table)))
