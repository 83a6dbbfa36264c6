"""What a plan asks for, and its words, asked before starting.

Seen at stop 59 with no question open: "what info do I need before starting a plan?" got
"You have no plans yet"; "what do you need from me?", "what's a campaign?", "what's an
activity?", "how many campaigns can I have?", « de quoi ai-je besoin pour un plan ? » got "I
didn't understand that"; "what's FY27?", "what does H1 mean?" too, though the periods are
explained on "what's the usage period?". Through the real bot, dialogs and a TinyDB store.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

NEEDS = {
    EN: ["**Partner ID**", "**campaign**", "50 campaigns"],
    FR: ["**Partner ID**", "**campagne**", "50 campagnes"],
}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "what info do I need before starting a plan?"),
        (EN, "what do you need from me?"),
        (EN, "what should I have ready?"),
        (EN, "what's a campaign?"),
        (EN, "what's an activity?"),
        (EN, "how many campaigns can I have?"),
        (EN, "how many activities per campaign?"),
        (FR, "de quoi ai-je besoin pour un plan ?"),
        (FR, "que dois-je préparer ?"),
        (FR, "c'est quoi une campagne ?"),
        (FR, "combien de campagnes puis-je avoir ?"),
    ],
)
async def test_what_a_plan_asks_is_said(chat: Chat, locale: str, typed: str) -> None:
    said = await understood(chat, locale, typed)

    for words in NEEDS[locale]:
        assert words in said, said
    assert await chat.services.plans.list_plans(chat.tenant_id) == []


@pytest.mark.parametrize(
    ("locale", "typed", "answer"),
    [
        (EN, "what's FY27?", "usage period"),
        (EN, "what does H1 mean?", "usage period"),
        (FR, "c'est quoi FY27 ?", "période d'utilisation"),
        (FR, "que veut dire H2 ?", "période d'utilisation"),
    ],
)
async def test_a_fiscal_year_or_half_asked_about_gets_the_periods(
    chat: Chat, locale: str, typed: str, answer: str
) -> None:
    said = await understood(chat, locale, typed)

    assert answer in said, said


async def test_a_period_with_a_question_mark_at_the_plans_period_gets_that_questions_help(
    chat: Chat,
) -> None:
    """Not the periods' whole answer: "FY27 H2?" there is an answer with a doubt."""
    from tests.dialogs.test_plan_journey import plan_at

    await plan_at(chat, EN, "period")

    said = shown(await chat.say("FY27 H2?", locale=EN))

    assert "The usage period (a fiscal half-year)" in said, said
    assert "earning period" not in said, said
