""" "delete it", "delete this claim" in the middle of a draft.

Seen off the script: at a claim's amount question, "delete this claim" and "delete it" got
'"delete it" isn't an amount I can read'; only "delete my claim" or "delete draft" asked to
confirm deleting it. Each asks now, about the draft open (nothing is deleted before "yes").
"""

from __future__ import annotations

import pytest

from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.dialogs.test_plan_journey import get, start_plan
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed", "asked"),
    [
        (EN, "delete this claim", "Delete claim draft"),
        (EN, "delete it", "Delete claim draft"),
        (EN, "discard this draft", "Delete claim draft"),
        (FR, "supprimer cette réclamation", "Supprimer définitivement la réclamation"),
        (FR, "supprimer ce brouillon", "Supprimer définitivement la réclamation"),
    ],
)
async def test_delete_this_in_a_claim_asks_to_confirm(
    chat: Chat, locale: str, typed: str, asked: str
) -> None:
    claim_id = await claim_at(chat, locale, until="amount")
    replies = await chat.say(typed, locale=locale)
    assert claim_id in shown(replies) and asked in shown(replies)
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.EDITING


@pytest.mark.parametrize(("locale", "typed"), [(EN, "delete this plan"), (EN, "delete it")])
async def test_delete_this_in_a_plan_asks_to_confirm(chat: Chat, locale: str, typed: str) -> None:
    plan_id = await start_plan(chat, locale)
    replies = await chat.say(typed, locale=locale)
    assert plan_id in shown(replies) and "Delete draft" in shown(replies)
    assert await get(chat, plan_id) is not None
