"""Resuming, said the way people say it after stopping: seen at stop 59, after « annuler »
at a claim's question, « en fait non, reprends », « reprends », « reprenons », « reprends ma
réclamation », "actually, resume", "no wait, continue" got "I didn't understand that", though
« reprendre » and "resume" bring the claim back. Through the real bot, dialogs and a TinyDB
store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

RESUMED = {EN: "where you left it", FR: "là où vous l'avez laissée"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (FR, "reprends"),
        (FR, "reprenons"),
        (FR, "en fait non, reprends"),
        (FR, "reprends ma réclamation"),
        (FR, "continuons"),
        (EN, "actually, resume"),
        (EN, "no wait, continue"),
        (EN, "actually no, resume my claim"),
    ],
)
async def test_resume_said_otherwise_brings_the_claim_back(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale, until="amount")
    await chat.say("annuler" if locale == FR else "cancel", locale=locale)

    said = shown(await chat.say(typed, locale=locale))

    assert RESUMED[locale] in said and claim_id in said, said
