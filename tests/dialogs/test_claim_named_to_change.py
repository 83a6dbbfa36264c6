"""A claim named by its id with a word for changing or withdrawing it.

Seen at stop 39, a claim submitted and waiting for review: "edit CLM-…", "change the amount
of CLM-…", "withdraw CLM-…" got "I didn't understand that", and "continue CLM-…" said
"can't be changed any more (status: Submitted)" without what happens next. The partner
now hears why, and what comes next: a submitted claim is with the reviewers, cannot be
changed nor withdrawn, and if they ask for changes the partner is told here and fixes it
then. On a draft, "edit CLM-…" opens it, and "cancel CLM-…" asks to confirm deleting it.
Through the real bot, dialogs and a TinyDB store on disk."""

from __future__ import annotations

import pytest

from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import EN, FR, FileServer, claim_at, claim_at_check, get_claim
from tests.dialogs.test_fix_rejected_claim import INVOICE_REASON, decide, submitted_seminar
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

NEXT = {
    EN: "If they ask for changes, I'll tell you here and you can fix it then.",
    FR: "S'ils demandent des modifications, je vous le dirai ici et vous pourrez la corriger.",
}


async def _submitted(chat: Chat, files: FileServer, locale: str) -> str:
    claim_id = await claim_at_check(chat, files, locale)
    await chat.say("submit" if locale == EN else "soumettre", locale=locale)
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.SUBMITTED
    return claim_id


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "edit {id}"),
        (EN, "change the amount of {id}"),
        (EN, "withdraw {id}"),
        (EN, "cancel {id}"),
        (EN, "continue {id}"),
        (FR, "modifier {id}"),
        (FR, "retirer {id}"),
        (FR, "annuler la réclamation {id}"),
    ],
)
async def test_a_submitted_claim_named_to_change_says_what_comes_next(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await _submitted(chat, files, locale)

    replies = await chat.say(typed.format(id=claim_id), locale=locale)

    said = shown(replies)
    assert claim_id in said
    assert NEXT[locale] in said
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.SUBMITTED


async def test_edit_a_draft_by_its_id_opens_it(chat: Chat) -> None:
    claim_id = await claim_at(chat, EN)
    await chat.say("cancel", locale=EN)  # left, kept

    replies = await chat.say(f"edit {claim_id}", locale=EN)

    assert "I didn't understand" not in shown(replies)
    assert "Evidence" in shown(replies) or "evidence" in shown(replies)


async def test_cancel_a_draft_by_its_id_asks_to_confirm_deleting_it(chat: Chat) -> None:
    claim_id = await claim_at(chat, EN)
    await chat.say("cancel", locale=EN)

    replies = await chat.say(f"cancel {claim_id}", locale=EN)

    assert "Delete" in shown(replies) or "delete" in shown(replies)
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.EDITING  # asked, not done


@pytest.mark.parametrize(
    ("status", "says"),
    [
        ("Rejected", "Say **fix {id}** to correct it in a new claim, or **dispute {id}**"),
        ("Approved", "It was approved: nothing more is needed."),
    ],
)
async def test_a_decided_claim_named_to_change_says_the_way_on(
    chat: Chat, files: FileServer, status: str, says: str
) -> None:
    claim_id = await submitted_seminar(chat, files, EN)
    await decide(chat, claim_id, status, [INVOICE_REASON] if status == "Rejected" else [], "d-1")

    replies = await chat.say(f"edit {claim_id}", locale=EN)

    assert says.format(id=claim_id) in shown(replies)
