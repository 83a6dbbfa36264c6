""" "show more" after a list shown in the middle of a question. Seen at stop 64: at a claim's
name question, "status" listed 8 claims, "…and 53 more" and "Say show more for the next
ones"; "show more" then became the claim's name ("my claims" there, then "show more", the
same). A list shown at the question now goes on there with "show more", « la suite », and
the question is asked again with nothing kept; with no list shown at that question, the
words are its answer as before. Through the real bot, its dialogs and a TinyDB store on
disk.
"""

from __future__ import annotations

import re

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim, other_claims
from tests.support import Chat, shown

MORE = {EN: "show more", FR: "la suite"}
NAME_ASKED = ("short name", "nom court")


def listed(replies) -> list[str]:
    return re.findall(r"\*\*(CLM-\d{4}-\d{6})\*\*", shown(replies))


@pytest.mark.parametrize(
    ("locale", "asked", "first", "then"),
    [
        (EN, "status", 8, 25),
        (EN, "my claims", 25, 25),
        (FR, "statut", 8, 25),
        (FR, "mes réclamations", 25, 25),
    ],
)
async def test_show_more_goes_on_with_the_list_and_asks_the_question_again(
    chat: Chat, locale: str, asked: str, first: int, then: int
) -> None:
    claim_id = await claim_at(chat, locale, until="name")
    await other_claims(chat, claim_id, 60)

    shown_first = listed(await chat.say(asked, locale=locale))
    replies = await chat.say(MORE[locale], locale=locale)

    assert len(shown_first) == first, shown_first
    assert len(listed(replies)) == then, shown(replies)[:400]
    assert not set(listed(replies)) & set(shown_first)
    assert any(words in shown(replies) for words in NAME_ASKED), shown(replies)[-400:]
    assert (await get_claim(chat, claim_id)).name is None, "nothing kept as the name"

    await chat.say("Security workshop Nov", locale=locale)
    assert (await get_claim(chat, claim_id)).name == "Security workshop Nov"


@pytest.mark.parametrize("locale", [EN, FR])
async def test_with_no_list_shown_at_the_question_the_words_are_its_answer(
    chat: Chat, locale: str
) -> None:
    claim_id = await claim_at(chat, locale, until="metric_value")
    await other_claims(chat, claim_id, 60)

    await chat.say(MORE[locale], locale=locale)

    assert (await get_claim(chat, claim_id)).metric_value == MORE[locale]
