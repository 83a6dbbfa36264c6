"""The rest of a long status answer. Seen at stop 63 with 61 claims: "status" listed the 8
claims changed last and "…and 53 more claims (Submitted: 52, Draft: 1). Ask for one by its
id …", then "show more" listed "Your claims, 26 to 50 of 61" (where an earlier "my claims"
had stopped), or the organisation's claims from the start: not the rest of the answer just
read, and for "status of my submitted claims" not even those. "show more", « la suite »
after a status answer now list the next claims of that same answer (the same question,
25 at a time) until none is left, then say so; after "my claims" they go on with that list,
whichever was asked last. Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import re

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, other_claims
from tests.support import Chat, shown

CANCEL = {EN: "cancel", FR: "annuler"}
MORE = {EN: "show more", FR: "la suite"}


def listed(replies) -> list[str]:
    return re.findall(r"\*\*(CLM-\d{4}-\d{6})\*\*", shown(replies))


async def claims_of(chat: Chat, locale: str, count: int) -> str:
    """A draft and `count` submitted claims; the draft's id."""
    claim_id = await claim_at(chat, locale)
    await other_claims(chat, claim_id, count)
    await chat.say(CANCEL[locale], locale=locale)
    return claim_id


@pytest.mark.parametrize(
    ("locale", "asked"),
    [
        (EN, "status"),
        (EN, "where are my claims?"),
        (FR, "statut"),
        (FR, "où en sont mes réclamations ?"),
    ],
)
async def test_show_more_after_a_status_answer_lists_the_rest_of_it(
    chat: Chat, locale: str, asked: str
) -> None:
    await claims_of(chat, locale, 60)  # 61 claims in all
    await chat.say("my claims" if locale == EN else "mes réclamations", locale=locale)

    first = await chat.say(asked, locale=locale)
    assert "show more" in shown(first) or "la suite" in shown(first), shown(first)[-500:]
    pages = [listed(first)]
    for _ in range(3):
        pages.append(listed(await chat.say(MORE[locale], locale=locale)))
    last = shown(await chat.say(MORE[locale], locale=locale))

    assert [len(page) for page in pages] == [8, 25, 25, 3], pages
    every = [claim for page in pages for claim in page]
    assert len(set(every)) == 61, "each claim once, the rest of the answer"
    assert not listed_ids(last), last[:400]  # none left: said
    assert "61" in last, last[:400]


def listed_ids(text: str) -> list[str]:
    return re.findall(r"\*\*(CLM-\d{4}-\d{6})\*\*", text)


@pytest.mark.parametrize(
    ("locale", "asked"),
    [(EN, "status of my submitted claims"), (FR, "statut de mes réclamations soumises")],
)
async def test_show_more_after_a_filtered_answer_keeps_its_filter(
    chat: Chat, locale: str, asked: str
) -> None:
    draft = await claims_of(chat, locale, 40)

    pages = [listed(await chat.say(asked, locale=locale))]
    pages.append(listed(await chat.say(MORE[locale], locale=locale)))
    pages.append(listed(await chat.say(MORE[locale], locale=locale)))

    assert [len(page) for page in pages] == [8, 25, 7], pages
    assert draft not in {claim for page in pages for claim in page}, "submitted ones only"


@pytest.mark.parametrize("locale", [EN, FR])
async def test_show_more_goes_on_with_the_list_asked_last(chat: Chat, locale: str) -> None:
    await claims_of(chat, locale, 60)
    await chat.say("status" if locale == EN else "statut", locale=locale)
    my_claims = "my claims" if locale == EN else "mes réclamations"
    first = listed(await chat.say(my_claims, locale=locale))

    replies = await chat.say(MORE[locale], locale=locale)

    assert "26" in shown(replies).split("\n")[0], shown(replies)[:200]  # "…, 26 to 50 of 61"
    assert not set(listed(replies)) & set(first)
