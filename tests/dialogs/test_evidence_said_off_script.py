"""What partners say at the evidence list and the check card instead of sending a file.
Seen at stop 39: "I'll send it by email" at the evidence list went to the check ("send" is
a word for submitting, found inside it), when the bot cannot receive e-mail; "I have no
photos", « je n'ai pas de photos » got 'I don't know "I have no photos"', when the
partner needs to hear that a reviewer checks for them and what may stand in. Through the
real bot, dialogs and a TinyDB store on disk."""

from __future__ import annotations

import pytest

from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import EN, FR, FileServer, claim_at, claim_at_check, get_claim
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

NO_EMAIL = {EN: "I can't receive e-mail", FR: "Je ne peux pas recevoir d'e-mail"}
CHECK = {EN: "before submitting", FR: "avant de soumettre"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "I'll send it by email"),
        (EN, "can I email it to you?"),
        (FR, "je vous l'envoie par mail"),
        (FR, "je l'envoie par e-mail"),
    ],
)
async def test_evidence_by_email_is_answered_at_the_list(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale)  # at the evidence list
    said = shown(await chat.say(typed, locale=locale))
    assert NO_EMAIL[locale] in said, said[:300]
    assert CHECK[locale] not in said  # not taken for "done" (the check)
    claim = await get_claim(chat, claim_id)
    assert claim.status is ClaimStatus.EDITING and not claim.evidence_done


@pytest.mark.parametrize(
    ("locale", "typed", "named"),
    [
        (EN, "I have no photos", "**Event photos** is one of the things a reviewer checks"),
        (EN, "we don't have the agenda", "**Invitation and agenda** is one of the things"),
        (FR, "je n'ai pas de photos", "**Photos de l'événement** fait partie de ce qu'un"),
    ],
)
async def test_evidence_not_at_hand_says_why_it_matters_and_what_may_stand_in(
    chat: Chat, locale: str, typed: str, named: str
) -> None:
    await claim_at(chat, locale)
    said = shown(await chat.say(typed, locale=locale))
    assert named in said, said[:300]


async def test_evidence_not_at_hand_at_the_check_card_too(chat: Chat, files: FileServer) -> None:
    claim_id = await claim_at_check(chat, files, EN)
    said = shown(await chat.say("I have no photos", locale=EN))
    assert "**Event photos** is one of the things a reviewer checks" in said
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.EDITING
