"""Start from last time (issue 15): "copy plan PLN-… to FY27 H2" makes a new draft for the
next period with the plan's details, campaigns and activities, each campaign's dates moved
into the new period and listed for the partner to check; the original is untouched."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.lifecycle import PlanStatus
from domain.plan import moved_by_months
from tests.dialogs.claim_support import CAMPAIGN, approved_plan
from tests.dialogs.test_plan_journey import get, last_card, plan_id_in, texts
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "words", "says"),
    [
        ("en-US", "copy plan {plan_id} to FY27 H2", "for **FY27 H2**"),
        ("fr-FR", "copier le plan {plan_id} pour FY27 H2", "pour **FY27 H2**"),
    ],
)
async def test_a_plan_is_copied_to_the_next_period_with_its_dates_moved(
    chat: Chat, locale: str, words: str, says: str
) -> None:
    source = await approved_plan(chat)  # FY27 H1, one campaign of one seminar, approved
    replies = await chat.say(words.format(plan_id=source.id), locale=locale)
    said = texts(replies)
    assert says in said and source.id in said
    copy_id = next(pid for pid in map(str, _ids(said)) if pid != source.id)
    copy = await get(chat, copy_id)
    assert copy.status is PlanStatus.EDITING and copy.period == "FY27 H2"
    assert (copy.program, copy.currency, copy.plan_limit) == (
        source.program,
        source.currency,
        source.plan_limit,
    )
    [campaign] = copy.campaigns
    name, start, end = CAMPAIGN
    assert campaign.name == name
    assert (campaign.start_date, campaign.end_date) == (
        moved_by_months(start, 6),
        moved_by_months(end, 6),
    )
    [activity] = campaign.activities
    assert activity.activity_type == "customer_seminar"
    assert activity.planned_amount == Decimal("12500")
    # The moved dates are said, then the review card shows the whole copy to check.
    assert "2027" in said
    assert copy_id in last_card(replies).shown
    # The original is untouched.
    again = await get(chat, source.id)
    assert again.status is PlanStatus.APPROVED and again.period == "FY27 H1"


async def test_copying_to_a_period_that_already_has_that_plan_is_refused_and_leaves_nothing(
    chat: Chat,
) -> None:
    source = await approved_plan(chat)
    first = await chat.say(f"copy plan {source.id} to FY27 H2")
    await chat.say("cancel")
    plans_before = await chat.services.plans.list_plans(source.tenant_id)
    replies = await chat.say(f"copy plan {source.id} to FY27 H2")
    assert "already" in shown(replies).lower(), shown(replies)
    plans_after = await chat.services.plans.list_plans(source.tenant_id)
    assert len(plans_after) == len(plans_before), "no stray draft"
    assert plan_id_in(first)


async def test_the_same_period_is_refused_and_a_copy_defaults_to_the_next_one(chat: Chat) -> None:
    source = await approved_plan(chat)
    replies = await chat.say(f"copy plan {source.id} to FY27 H1")
    assert "already for FY27 H1" in texts(replies)
    replies = await chat.say("copy my plan")
    assert "**FY27 H2**" in texts(replies)


@pytest.mark.parametrize(
    ("locale", "words"), [("en-US", "copy my plan"), ("fr-FR", "copier mon plan")]
)
async def test_copy_my_plan_again_copies_the_sent_plan_not_the_draft_copy(
    chat: Chat, locale: str, words: str
) -> None:
    """Seen off the script: "copy my plan" twice (a "cancel" between) copied the approved
    FY27 H1 plan to FY27 H2, then that draft copy to FY28 H1: a third plan, from a draft,
    for a period nobody asked about. Without an id the plan copied is the latest one sent;
    the second time, the FY27 H2 copy is there already, and is named."""
    source = await approved_plan(chat)
    said = texts(await chat.say(words, locale=locale))
    first = next(pid for pid in map(str, _ids(said)) if pid != source.id)
    await chat.say("annuler" if locale == "fr-FR" else "cancel", locale=locale)

    replies = await chat.say(words, locale=locale)

    assert first in shown(replies)
    plans = await chat.services.plans.list_plans(source.tenant_id)
    assert sorted(p.id for p in plans) == sorted([source.id, first]), "no third plan"


async def test_a_day_moved_by_months_stays_in_its_month() -> None:
    assert moved_by_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert moved_by_months(date(2027, 1, 10), 6) == date(2027, 7, 10)
    assert moved_by_months(date(2026, 12, 15), -12) == date(2025, 12, 15)


def _ids(text: str):
    import re

    return re.findall(r"PLN-\d{4}-\d{6}", text)


@pytest.mark.parametrize(
    ("locale", "words"),
    [
        ("en-US", "copy my last plan"),
        ("en-US", "reuse my previous plan"),
        ("en-US", "copy last year's plan"),
        ("fr-FR", "copier mon dernier plan"),
        ("fr-FR", "réutiliser le plan précédent"),
        # Seen at stop 63: "I didn't understand that".
        ("en-US", "new plan based on the last one"),
        ("en-US", "a new plan like my last plan"),
        ("en-US", "start a new plan from the previous one"),
        ("en-US", "same plan as last half"),
        ("en-US", "the same plan as last time"),
        ("fr-FR", "nouveau plan basé sur le dernier"),
        ("fr-FR", "un nouveau plan à partir du précédent"),
        ("fr-FR", "le même plan que le semestre dernier"),
    ],
)
async def test_the_last_plan_named_in_words_is_copied(chat: Chat, locale: str, words: str) -> None:
    """Seen at stop 44: "copy my last plan" got "isn't a Partner ID" (at a new plan's first
    question) or "I didn't understand that"; « copier mon dernier plan » the same."""
    source = await approved_plan(chat)

    said = texts(await chat.say(words, locale=locale))

    copies = [pid for pid in _ids(said) if pid != source.id]
    assert copies and "FY27 H2" in said, said


@pytest.mark.parametrize(
    ("locale", "words"),
    [
        ("en-US", "duplicate {plan_id}"),
        ("en-US", "copy {plan_id}"),
        ("fr-FR", "dupliquer {plan_id}"),
    ],
)
async def test_the_verb_alone_with_a_plans_id_copies_it(
    chat: Chat, locale: str, words: str
) -> None:
    """Seen at stop 63: "duplicate PLN-…" got "I didn't understand that", though "copy plan
    PLN-…" copies it and "copy CLM-…" a claim."""
    source = await approved_plan(chat)

    said = texts(await chat.say(words.format(plan_id=source.id), locale=locale))

    copies = [pid for pid in _ids(said) if pid != source.id]
    assert copies and "FY27 H2" in said, said
