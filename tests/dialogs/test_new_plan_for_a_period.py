"""A new plan asked for a period, and a plan copied to "next half".

Seen at stop 58: "new plan for FY27 H2", "new plan for next half", « nouveau plan pour le
semestre prochain » got "I didn't understand that", though "new plan" starts one and its
period question reads "next half"; "copy my plan to next half" got the same, though "copy my
plan" copies to the next period and "copy my plan to FY27 H2" to that one. The plan starts
with its period kept (said back, "✓ FY27 H2") and asks only the rest; the copy goes to the
half named. Through the real bot, its dialogs and a TinyDB store on disk; today is 27 Nov
2026 in tests (FY27 H1, the next half FY27 H2).
"""

from __future__ import annotations

import pytest

from domain.lifecycle import PlanStatus
from tests.dialogs.claim_support import EN, FR, approved_plan
from tests.dialogs.test_plan_journey import get, plan_id_in
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed", "period"),
    [
        (EN, "new plan for FY27 H2", "FY27 H2"),
        (EN, "new plan for next half", "FY27 H2"),
        (EN, "start a new plan for FY27 H1", "FY27 H1"),
        (EN, "create a plan for this half", "FY27 H1"),
        (EN, "new plan for the second half of FY27", "FY27 H2"),
        (FR, "nouveau plan pour FY27 H2", "FY27 H2"),
        (FR, "nouveau plan pour le semestre prochain", "FY27 H2"),
        (FR, "créer un plan pour ce semestre", "FY27 H1"),
    ],
)
async def test_a_new_plan_for_a_period_keeps_it_and_asks_the_rest(
    chat: Chat, locale: str, typed: str, period: str
) -> None:
    chat.locale = locale
    replies = await chat.say(typed, locale=locale)
    said = shown(replies)
    plan = await get(chat, plan_id_in(replies))

    assert plan.status is PlanStatus.EDITING and plan.period == period, said
    assert f"✓ {period}" in said, said
    assert "didn't understand" not in said and "pas compris" not in said, said


async def test_the_period_is_not_asked_again(chat: Chat) -> None:
    from tests.dialogs.test_plan_journey import EN_ANSWERS

    replies = await chat.say("new plan for FY27 H2", locale=EN)
    plan_id = plan_id_in(replies)
    for field, answer in EN_ANSWERS[:6]:
        if field != "period":
            replies = await chat.say(answer, locale=EN)
            assert "For which usage period?" not in shown(replies), shown(replies)
    plan = await get(chat, plan_id)
    assert (plan.period, plan.currency, plan.fund_type) == ("FY27 H2", "EUR", "coop")


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "copy my plan to next half"),
        (EN, "copy my last plan to the next period"),
        (FR, "copier mon plan pour le semestre prochain"),
    ],
)
async def test_a_plan_copied_to_next_half_goes_to_the_half_after_its_own(
    chat: Chat, locale: str, typed: str
) -> None:
    source = await approved_plan(chat)  # FY27 H1
    chat.locale = locale

    said = shown(await chat.say(typed, locale=locale))

    assert "**FY27 H2**" in said, said
    assert (await get(chat, source.id)).period == "FY27 H1"


async def test_a_new_plan_for_words_that_are_no_period_is_not_started(chat: Chat) -> None:
    said = shown(await chat.say("new plan for my boss", locale=EN))

    assert "PLN-" not in said, said  # as before: words of no period start nothing
