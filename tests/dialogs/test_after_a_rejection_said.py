"""Said after a rejection, seen at stop 57: « qui a refusé ? », "I want to talk to the
reviewer", « je veux parler au réviseur », « je corrige comment ? », "I already fixed it",
« je l'ai déjà corrigée » got "I didn't understand that" while their siblings are answered
("who rejected it?", "can I talk to the reviewer?": who reviews and how to reach them; "how
do I fix it?": how a fix goes). A fix said done is where the rejected claim stands, with its
fix (none yet: how to make it). Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, FileServer
from tests.dialogs.test_fix_without_id import rejected_seminar
from tests.support import Chat, shown

NOT_UNDERSTOOD = ("I didn't understand that", "Je n'ai pas compris")


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (FR, "qui a refusé ?", "ana@microsoft.com"),
        (FR, "qui l'a rejetée ?", "ana@microsoft.com"),
        (EN, "I want to talk to the reviewer", "ana@microsoft.com"),
        (EN, "I'd like to speak to the reviewer", "ana@microsoft.com"),
        (FR, "je veux parler au réviseur", "ana@microsoft.com"),
        (FR, "je corrige comment ?", "corriger"),
        (FR, "comment je fais pour corriger ?", "corriger"),
        (EN, "I already fixed it", "fix CLM-"),
        (EN, "I fixed it already", "fix CLM-"),
        (FR, "je l'ai déjà corrigée", "corriger CLM-"),
    ],
)
async def test_said_after_a_rejection(
    chat: Chat, files: FileServer, locale: str, typed: str, said: str
) -> None:
    await rejected_seminar(chat, files, locale)
    text = shown(await chat.say(typed, locale=locale))
    assert said in text and not any(n in text for n in NOT_UNDERSTOOD), text[:400]


async def test_a_fix_said_done_once_made_shows_the_fix(chat: Chat, files: FileServer) -> None:
    claim_id = await rejected_seminar(chat, files, EN)
    await chat.say(f"fix {claim_id}", locale=EN)
    await chat.say("cancel", locale=EN)
    text = shown(await chat.say("I already fixed it", locale=EN))
    assert "It was fixed as **CLM-2026-000002**" in text, text[:500]
