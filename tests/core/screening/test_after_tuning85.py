"""False alarms and misses of the rules in tuning 85 (scored once, then studied: fit, not
evidence), each mended by class. What the author says of themselves in jest or with pride
("as the token lesbian on the committee, I ...", "as the resident Paddy", "this old fossil
has voted since 1974") aims at no one, where "you're only on the board as the token ..."
does; a word someone else said ("one man said they are 'filth'") is reported, not the
author's irony; another's view passed on ("my nephew reckons ...") is reported; "visits
grandad" is family; the words after "RT @account" are that account's, endorsed or condemned
by the author's own before them. The subject before the words is who they speak of, as
well as what follows them ("women are never any good at running a council"); "like" is a
feeling only after who feels it ("I don't like", not "talks like that"); a negative put
before its pronoun tags or asks ("aren't they") rather than denies. A group
that "can't hold their drink" or is "an embarrassment in restaurants", or of whom not one
was seen to "pull their weight", is slighted. Every sentence is new. Rules alone
(``signal=None``)."""

import pytest

from .conftest import categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("@CllrOkafor you're only on the board as the token black face.", "discrimination"),
        ("This old fossil Cllr Pike should retire.", "discrimination"),
        ('The Travellers are "filth", I said it before and I will say it again.', "discrimination"),
        ("Spot on. RT @EssexVoice: Muslims are a disease on this country.", "discrimination"),
        ("Women are never going to be any good at running a council.", "discrimination"),
        ("Aren't they all thieves, these Travellers?", "discrimination"),
        ("I don't like Muslims and I never will.", "discrimination"),
        ("I don't much like immigrants, never have.", "discrimination"),
        ("Nobody in this town likes gypsies.", "discrimination"),
        ("As the token woman on the committee, she is there for the photo.", "discrimination"),
        (
            "Cllr Pike spoke for forty minutes again. This old fossil should retire.",
            "discrimination",
        ),
        ("RT @bob: Muslims are vermin.", "discrimination"),
        (
            "Please RT @WHBC: it closes Friday. The Travellers on the common are vermin.",
            "discrimination",
        ),
        ("Half the town reckons the Roma are thieves.", "discrimination"),
        ("As I've always said, Travellers are 'animals'.", "discrimination"),
        ("People with Down's syndrome are an embarrassment in cafes.", "discrimination"),
        ("Poles? They can't hold their drink, any of them.", "discrimination"),
        ("Deaf councillors? Never once seen one pull their weight.", "discrimination"),
    ],
)
def test_these_are_found(rules, text, category):
    assert category in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "As the token lesbian on the planning committee, I can tell you the loop works.",
        "As the resident Paddy in the pub quiz team, I can confirm we won again.",
        "My nephew reckons we're past it. Well, this old fossil voted in 1974 and I will again.",
        "My nephew reckons pensioners shouldn't be allowed to vote. He is wrong.",
        'One man at the meeting said the people who would use the mosque are "filth". '
        "That was disgraceful.",
        "Reported. This is not who we are. RT @EssexVoice: Muslims are a disease on this country.",
        "Travellers are not vermin, and anyone in my group who talks like that will hear from me.",
        "Don't you dare call Travellers thieves in my ward.",
        "Disabled residents deserve better than this useless council.",
        "Disabled people are always let down by lazy contractors who block the kerbs.",
        "Many disabled residents tell me they don't feel like the council hears them.",
        "Deaf councillors always pull their weight on scrutiny.",
        "Cllr Dunn says the budget is an embarrassment, and for once he is right.",
        "My nan wants somewhere quiet to sit when she visits grandad at the QEII.",
    ],
)
def test_these_are_clean(rules, text):
    assert categories(rules, text) == set()
