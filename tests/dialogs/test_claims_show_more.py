"""The rest of a long claims list. Seen at stop 63 with 61 claims: "my claims" listed 25 and
"…and 36 more claims", then "show more", "older ones", "next page" got "I didn't understand
that" (a partner with hundreds of claims could only ask by id, status or month, or export
them all). "show more", « la suite » now list the next 25 of that list, and again, until
none is left (then said); with no list shown before, the list from its start. Through the
real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import re

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, other_claims
from tests.support import Chat, shown

NOT_UNDERSTOOD = ("I didn't understand", "Je n'ai pas compris")


def listed(replies) -> list[str]:
    return re.findall(r"\*\*(CLM-\d{4}-\d{6})\*\*", shown(replies))


@pytest.mark.parametrize(
    ("locale", "first", "more"),
    [
        (EN, "my claims", "show more"),
        (EN, "my claims", "next page"),
        (EN, "my claims", "older ones"),
        (FR, "mes réclamations", "la suite"),
        (FR, "mes réclamations", "voir plus"),
    ],
)
async def test_show_more_lists_the_next_claims_until_none_is_left(
    chat: Chat, locale: str, first: str, more: str
) -> None:
    claim_id = await claim_at(chat, locale)
    await other_claims(chat, claim_id, 60)  # 61 claims in all
    await chat.say("cancel" if locale == EN else "annuler", locale=locale)

    pages = [listed(await chat.say(first, locale=locale))]
    for _ in range(2):
        replies = await chat.say(more, locale=locale)
        assert not any(words in shown(replies) for words in NOT_UNDERSTOOD), shown(replies)
        pages.append(listed(replies))
    last = shown(await chat.say(more, locale=locale))

    assert [len(page) for page in pages] == [25, 25, 11], pages
    every = [claim for page in pages for claim in page]
    assert len(set(every)) == 61, "each claim once"
    assert not listed_ids(last), last[:400]  # none left: said, nothing listed again


def listed_ids(text: str) -> list[str]:
    return re.findall(r"\*\*(CLM-\d{4}-\d{6})\*\*", text)


@pytest.mark.parametrize(("locale", "more"), [(EN, "show more"), (FR, "la suite")])
async def test_show_more_with_no_list_before_lists_from_the_start(
    chat: Chat, locale: str, more: str
) -> None:
    claim_id = await claim_at(chat, locale)
    await other_claims(chat, claim_id, 30)
    await chat.say("cancel" if locale == EN else "annuler", locale=locale)

    replies = await chat.say(more, locale=locale)

    assert len(listed(replies)) == 25, shown(replies)[:400]
