"""A dispute goes to the reviewer only with a reason; "no" and "cancel" send none.

Seen off the script: after "dispute", at "Why is the decision on CLM-… wrong?", "no" was
taken as the justification and the dispute registered ("Dispute registered for CLM-…"): an
effect the partner did not ask for, which cannot be taken back. "cancel" there said "Your
claim is kept: say continue my claim", which leads nowhere for a rejected claim.
"""

from __future__ import annotations

import pytest

from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import EN, FR, get_claim
from tests.dialogs.test_fix_rejected_claim import decide, submitted_seminar
from tests.support import Chat, shown

REASON = [{"code": "invoice_illegible", "message": "Invoice scan is blurry"}]


async def at_dispute(chat: Chat, files, locale: str) -> str:
    chat.locale = locale
    claim_id = await submitted_seminar(chat, files, locale)
    await decide(chat, claim_id, "Rejected", REASON, "disp-1")
    await chat.say("contester" if locale == FR else "dispute", locale=locale)
    return claim_id


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "no", "No dispute was sent"),
        (EN, "cancel", "No dispute was sent"),
        (EN, "never mind", "No dispute was sent"),
        (FR, "non", "Aucune contestation n'a été envoyée"),
        (FR, "annuler", "Aucune contestation n'a été envoyée"),
    ],
)
async def test_no_or_cancel_sends_no_dispute(
    chat: Chat, files, locale: str, typed: str, said: str
) -> None:
    claim_id = await at_dispute(chat, files, locale)
    replies = await chat.say(typed, locale=locale)
    assert said in shown(replies)
    assert "continue my claim" not in shown(replies)
    assert "reprendre ma réclamation" not in shown(replies)
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.REJECTED


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "it's wrong", "say in a sentence why"),
        (EN, "yes", "say in a sentence why"),
        (FR, "c'est faux", "dites en une phrase pourquoi"),
        # Seen off the script: "I want to dispute" at "Why is the decision … wrong?" was sent
        # as the justification ("Dispute registered"), a dispute that cannot be taken back
        # and that tells the reviewer nothing they could check. Words that only say "I
        # dispute this" are asked for again too.
        (EN, "I want to dispute", "say in a sentence why"),
        (EN, "The decision is wrong, please review it again", "say in a sentence why"),
        (EN, "I don't agree with this rejection", "say in a sentence why"),
        (FR, "je veux contester cette décision", "dites en une phrase pourquoi"),
        (FR, "ce n'est pas juste, merci de revoir", "dites en une phrase pourquoi"),
    ],
)
async def test_a_reason_too_short_is_asked_for_again(
    chat: Chat, files, locale: str, typed: str, said: str
) -> None:
    claim_id = await at_dispute(chat, files, locale)
    replies = await chat.say(typed, locale=locale)
    assert said in shown(replies)
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.REJECTED
    # A real reason then goes.
    await chat.say("The invoice is readable: the original PDF is attached again", locale=locale)
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.DISPUTED
