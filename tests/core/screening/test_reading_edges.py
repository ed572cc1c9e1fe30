"""How the engine reads the edges of a post: who "you" is in a reply, which roles name one
person, a negative said twice, symbols written for letters, e-mail addresses, and words
that close a post.

Each post was written for this file; each test failed before the change it guards.
"""

from nolan.core.screening.model import Account, CapacityValue, Post

from .conftest import categories


def rules(screener, text: str, **post) -> set[str]:
    return {f.rule for f in screener.screen(Post(text, **post)).findings}


def test_a_post_that_ends_on_a_preposition_is_read(wh):
    # "the landlord of" at the very end once raised IndexError instead of a result.
    assert wh.screen(Post("Has anyone had any joy getting hold of the landlord of")) is not None


def test_you_in_a_reply_is_the_person_replied_to(wh):
    text = "@DaveGrimesWGC you pocketed the fun day takings and everyone on the estate knows"
    assert "allegation.named" in rules(wh, text)


def test_you_in_a_reply_to_an_officers_handle_is_that_officer(wh):
    text = "@DavidLindqvist_WHBC six months on the Handside plans. Your failure, nobody else's."
    assert "officer_impartiality" in categories(wh, text)


def test_a_role_held_by_one_person_identifies_them(wh):
    assert "allegation.named" in rules(wh, "Our former Leader fiddled his expenses for a decade.")
    assert "allegation.named" in rules(wh, "The Red Lion landlord launders money through the pub.")


def test_a_negative_said_twice_is_emphasis_not_a_denial(wh):
    text = "Bush Hall Farm isn't going ahead, not on my watch."
    assert "closed_mind.matter" in rules(wh, text)


def test_symbols_written_for_letters_are_read_as_letters(wh):
    assert "slur" in rules(wh, "Cllr Hussain is a typical P@ki, lies through his teeth.")


def test_the_parts_of_an_email_address_are_not_words(wh):
    text = "Residents can write to the hagley.action@example.org group about the park."
    assert categories(wh, text) == set()


def test_an_exempt_items_keyword_beside_a_refusal_is_not_a_leak(wh):
    text = (
        "Brookfield Homes are sponsoring the Christmas lights this year. "
        "(Nothing to do with the depot, which I can't comment on.)"
    )
    assert "confidentiality" not in categories(wh, text)


def test_a_disclaimers_own_words_do_not_make_council_business(wh):
    text = "Personal page, no council stuff: great quiz night at the rugby club raising £400."
    result = wh.screen(Post(text, account=Account.PERSONAL))
    assert result.capacity.value is CapacityValue.PRIVATE


def test_replying_to_a_councillors_handle_from_a_personal_account_is_council_business(wh):
    text = "@CllrBenHarcourt you're a spineless little weasel and your own benches know it."
    result = wh.screen(Post(text, account=Account.PERSONAL))
    assert result.capacity.value is CapacityValue.OFFICIAL
