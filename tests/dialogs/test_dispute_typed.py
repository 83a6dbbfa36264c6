""" "dispute", « contester », with or without the claim's id: the dispute the rejection
notice's button starts.

Seen after a rejection notice ("if you think the decision is wrong, use the notice's
Dispute button"): "dispute" and "dispute CLM-…" got "I didn't understand that".
"""

from __future__ import annotations

import pytest

from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import EN, FR, FileServer, get_claim
from tests.dialogs.test_fix_without_id import rejected_seminar
from tests.support import Chat, shown

ASKED = {EN: "Why is the decision on", FR: "Pourquoi la décision sur"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "dispute"), (EN, "dispute {claim_id}"), (FR, "contester"), (FR, "contester {claim_id}")],
)
async def test_dispute_typed_starts_the_dispute_of_the_rejected_claim(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await rejected_seminar(chat, files, locale)
    replies = await chat.say(typed.format(claim_id=claim_id), locale=locale)
    assert ASKED[locale] in shown(replies), shown(replies)
    await chat.say(
        "The invoice is readable at 100 %: it is attached again"
        if locale == EN
        else "La facture est lisible à 100 % : elle est jointe à nouveau",
        locale=locale,
    )
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.DISPUTED


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "I disagree"),
        (EN, "the decision is wrong"),
        (EN, "I want to appeal"),
        (FR, "je ne suis pas d'accord"),
        (FR, "c'est une erreur"),
    ],
)
async def test_disagreeing_in_words_starts_the_dispute(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    """Seen at stop 39 after a rejection: "I disagree", « je ne suis pas d'accord » got
    "I didn't understand that"."""
    await rejected_seminar(chat, files, locale)
    replies = await chat.say(typed, locale=locale)
    assert ASKED[locale] in shown(replies), shown(replies)


@pytest.mark.parametrize(
    ("locale", "said"),
    [(EN, "Nothing is rejected that could be disputed."), (FR, "Rien n'est refusé qui")],
)
async def test_dispute_typed_with_nothing_rejected_says_so(
    chat: Chat, locale: str, said: str
) -> None:
    chat.locale = locale
    replies = await chat.say("contester" if locale == FR else "dispute", locale=locale)
    assert said in shown(replies)


async def test_the_status_of_a_rejected_claim_says_dispute_can_be_typed(
    chat: Chat, files: FileServer
) -> None:
    claim_id = await rejected_seminar(chat, files, EN)
    assert f"or type **dispute {claim_id}**" in shown(await chat.say(f"status of {claim_id}"))
