""" "Is this final?" at a review: that a plan or claim sent can no longer be changed.

Seen at stop 57 at a claim's check card and a plan's review: "is this final?", "is it
final?", "can I undo it?", « c'est définitif ? », « est-ce définitif ? » got the review's
general help ("Submit the claim, add evidence, change an answer, or save it for later"),
though "can I still change it after?" is answered. The same answer, the review kept, and
nothing sent. Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from domain.lifecycle import ClaimStatus, PlanStatus
from tests.dialogs.claim_support import EN, FR, FileServer, claim_at_check, get_claim
from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown

AFTER = {EN: "can no longer be changed", FR: "ne peut plus être"}
TYPED = [
    (EN, "is this final?"),
    (EN, "is it final?"),
    (EN, "can I undo it?"),
    (EN, "can I undo it after?"),
    (FR, "c'est définitif ?"),
    (FR, "est-ce définitif ?"),
]


@pytest.mark.parametrize(("locale", "typed"), TYPED)
async def test_at_a_claims_check(chat: Chat, files: FileServer, locale: str, typed: str) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    said = shown(await chat.say(typed, locale=locale))
    assert AFTER[locale] in said, said[:400]
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.EDITING


@pytest.mark.parametrize(("locale", "typed"), TYPED)
async def test_at_a_plans_review(chat: Chat, locale: str, typed: str) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "review", locale=locale)
    said = shown(await chat.say(typed, locale=locale))
    assert AFTER[locale] in said, said[:400]
    assert (await get(chat, plan_id)).status is PlanStatus.EDITING
