"""Undo at a plan's review. Seen at stop 64: after "change the plan limit to 45000" at the
review, "undo" answered "There is nothing before this question to go back to here" and the
limit stayed changed (the same word at a claim's check now puts its last change back).
"undo", « défaire », "undo the change" now put back what the review's last change
replaced (several sent together are one change), say so and show the review again; with
nothing to undo, that is said and nothing changes. Through the real bot, its dialogs and
a TinyDB store on disk.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.dialogs.claim_support import EN, FR, flat
from tests.dialogs.test_plan_journey import get, plan_at
from tests.support import Chat, shown

UNDONE = ("Undone", "Annulé")
NOTHING = ("nothing to undo", "rien à annuler")
REVIEW = ("Review of PLN-", "Relecture de PLN-")


async def state(chat: Chat, plan_id: str) -> tuple:
    plan = await get(chat, plan_id)
    return plan.plan_limit, plan.reviewer_email, plan.campaigns[0].end_date


@pytest.mark.parametrize(
    ("locale", "change", "undo"),
    [
        (EN, "change the plan limit to 45000", "undo"),
        (EN, "change the plan limit to 45000 and the reviewer to bo@microsoft.com", "undo"),
        (EN, "change the end date of Spring push to March 15, 2027", "undo the change"),
        (FR, "modifier le plafond du plan à 45 000", "défaire"),
        (FR, "modifier le plafond du plan à 45 000 et le réviseur à bo@microsoft.com", "défaire"),
    ],
)
async def test_undo_puts_back_what_the_reviews_last_change_replaced(
    chat: Chat, locale: str, change: str, undo: str
) -> None:
    plan_id = await plan_at(chat, locale, "review")
    before = await state(chat, plan_id)
    await chat.say(change, locale=locale)
    assert await state(chat, plan_id) != before

    said = flat(shown(await chat.say(undo, locale=locale)))

    assert await state(chat, plan_id) == before, said[:600]
    assert any(words in said for words in UNDONE), said[:600]
    assert any(words in said for words in REVIEW), said[:600]


@pytest.mark.parametrize(("locale", "undo"), [(EN, "undo"), (FR, "défaire")])
async def test_undo_with_nothing_to_undo_says_so(chat: Chat, locale: str, undo: str) -> None:
    plan_id = await plan_at(chat, locale, "review")
    await chat.say("plan limit: 45000" if locale == EN else "plafond : 45 000", locale=locale)
    await chat.say(undo, locale=locale)
    before = await state(chat, plan_id)

    said = flat(shown(await chat.say(undo, locale=locale)))

    assert await state(chat, plan_id) == before, said[:600]
    assert before[0] in (Decimal("50000"), Decimal("40000")), before
    assert any(words in said.lower() for words in NOTHING), said[:600]


async def test_the_end_date_undone_is_the_day_it_was(chat: Chat) -> None:
    plan_id = await plan_at(chat, EN, "review")
    await chat.say("change the end date of Spring push to March 15, 2027")
    await chat.say("undo")
    assert (await get(chat, plan_id)).campaigns[0].end_date == date(2027, 3, 31)
