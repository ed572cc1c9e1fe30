"""A paragraph named in a list reads as a whole (issue 11): the complaint form's paragraph step
and the annual statistics named code paragraphs by their first line, so a reader met
"paragraph 4.1: I do not disclose information:" or "Appendix B paragraph 8: Where a matter
arises at a meeting which affects", a clause cut off before its list. The statistics name
each paragraph by its heading or a whole first sentence (``Provision.summary``); the form,
where a heading could make two paragraphs read the same, by its whole text."""

import re

from django.urls import reverse

from tests.complaints.factories import complaint
from tests.complaints.test_form import fill, step, words

CUT_OFF = (
    "paragraph 4.1: I do not disclose information:",
    "7.2: I will, when using the resources of the local or authorising their use by others:",
    "Appendix B, paragraph 8: Where a matter arises at a meeting which affects",
)
WHOLE = (
    "Councillor Code of Conduct, paragraph 4.1: Confidentiality and access to information",
    "Councillor Code of Conduct, paragraph 7.2: Use of local authority resources and facilities",
    "Councillor Code of Conduct, Appendix B, paragraph 8: Declaring interests",
)


def test_the_complaint_forms_paragraphs_are_never_cut_off(client, member):
    council = member.council
    fill(client, council, member)
    page = client.get(step(council, "paragraphs")).content.decode()
    choices = [words(c) for c in re.findall(r"(?s)<label[^>]*>(.*?)</label>", page)]
    # A lead-in is shown with its list (walk item 15: its section's heading said nothing
    # of what the paragraph asks, and two paragraphs of one section read the same).
    assert (
        "Councillor Code of Conduct, paragraph 4.1: I do not disclose information: a. given to "
        "me in confidence by anyone; b. acquired by me which I believe"
    ) in " ".join(choices)
    assert (
        "Councillor Code of Conduct, Appendix B, paragraph 8: Where a matter arises at a meeting "
        "which affects a. your own financial interest or well-being; b."
    ) in " ".join(choices)
    assert not [c for c in choices if c.endswith((":", "–", " affects"))]


def test_the_statistics_name_the_same_paragraphs_whole(client, member):
    complaint(member, paragraphs=["code.confidentiality.1", "code.resources.2"])
    complaint(member, paragraphs=["appendix-b.affects"])
    url = reverse("complaint-statistics", args=[member.council.slug, 2025])
    page = words(client.get(url).content.decode())
    for whole in WHOLE:
        assert whole in page
    for cut in CUT_OFF:
        assert cut not in page
