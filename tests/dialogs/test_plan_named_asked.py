"""A plan asked after by what it holds. Seen at stop 52 (a partner with a plan approved for
the "Autumn push" campaign and a draft for "Spring push"): "status of my Spring push plan",
"where is my Autumn push plan?", « où en est mon plan Campagne printemps ? » listed every
plan, as "status of my plans" does. A plan has no name of its own: it is named by its
campaigns, its period or its program; the plans those words name are the answer (all, as
before, when they name none). Through the real bot, dialogs and a TinyDB store on disk."""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, approved_plan
from tests.dialogs.test_plan_journey import answer_until, start_plan
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


async def _two_plans(chat: Chat, locale: str) -> tuple[str, str]:
    """A plan approved (Autumn push, FY27 H1) and a draft at its review (FY27 H2)."""
    chat.locale = locale
    approved = await approved_plan(chat)
    draft = await start_plan(chat, locale)
    await answer_until(chat, "review", locale=locale)
    await chat.say("cancel" if locale == EN else "annuler", locale=locale)
    return approved.id, draft


@pytest.mark.parametrize(
    ("locale", "typed", "which"),
    [
        (EN, "status of my Spring push plan", "draft"),
        (EN, "where is my Autumn push plan?", "approved"),
        (EN, "how is the spring push plan doing?", "draft"),
        (EN, "status of my FY27 H1 plan", "approved"),
        (FR, "où en est mon plan Campagne printemps ?", "draft"),
        (FR, "statut du plan Autumn push", "approved"),
        (EN, "where is my indirect reseller plan for FY27 H1?", "approved"),
    ],
)
async def test_the_plan_named_is_the_answer(
    chat: Chat, locale: str, typed: str, which: str
) -> None:
    approved, draft = await _two_plans(chat, locale)
    said = shown(await chat.say(typed, locale=locale))
    meant, other = (draft, approved) if which == "draft" else (approved, draft)
    assert meant in said and other not in said, said[:500]


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "status of my plans"), (EN, "where is my plan?"), (FR, "où en est mon plan ?")],
)
async def test_words_naming_no_plan_list_them_all(chat: Chat, locale: str, typed: str) -> None:
    approved, draft = await _two_plans(chat, locale)
    said = shown(await chat.say(typed, locale=locale))
    assert approved in said and draft in said, said[:500]
