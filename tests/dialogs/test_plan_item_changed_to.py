""" "Change the start date to 1 March 2027", « changer le montant prévu en 9 000 » typed at
another question of a plan: seen at stop 61, at an activity's description each was kept as
its description ("In which countries will it run?" came next) — at the review the same
words change the answer. The answer named is changed to the value said, as its own
question reads it (a value it refuses is said, and that question asked), and the plan
goes on where it was. Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.dialogs.test_plan_journey import get, plan_at
from tests.support import Chat, shown

DESCRIPTION_ASKED = {EN: "Describe this activity", FR: "Décrivez cette activité"}


@pytest.mark.parametrize(
    ("locale", "typed", "read", "expected"),
    [
        (
            EN,
            "change the start date to 1 February 2027",
            lambda p: p.campaigns[0].start_date,
            date(2027, 2, 1),
        ),
        (
            EN,
            "change the campaign name to Winter push",
            lambda p: p.campaigns[0].name,
            "Winter push",
        ),
        (
            FR,
            "changer le montant prévu en 9 000",
            lambda p: p.campaigns[0].activities[0].planned_amount,
            Decimal("9000"),
        ),
        (
            FR,
            "modifier le nom de la campagne en Campagne hiver",
            lambda p: p.campaigns[0].name,
            "Campagne hiver",
        ),
    ],
)
async def test_a_change_with_its_value_at_another_question_is_kept(
    chat: Chat, locale: str, typed: str, read, expected
) -> None:
    plan_id = await plan_at(chat, locale, "description")

    said = shown(await chat.say(typed, locale=locale))

    plan = await get(chat, plan_id)
    assert read(plan) == expected, said[:600]
    assert plan.campaigns[0].activities[0].description is None
    assert DESCRIPTION_ASKED[locale] in said, said[:600]


async def test_a_value_its_question_refuses_is_said_and_that_question_asked(chat: Chat) -> None:
    plan_id = await plan_at(chat, EN, "description")

    said = shown(await chat.say("change the start date to someday", locale=EN))

    assert "When does **Spring push** start?" in said, said[:600]
    plan = await get(chat, plan_id)
    assert plan.campaigns[0].start_date == date(2027, 1, 10)
    assert plan.campaigns[0].activities[0].description is None


async def test_with_no_question_open_the_draft_takes_the_value(chat: Chat) -> None:
    plan_id = await plan_at(chat, EN, "description")
    await chat.say("cancel", locale=EN)

    said = shown(await chat.say("change the campaign name to Winter push", locale=EN))

    assert plan_id in said, said[:600]
    plan = await get(chat, plan_id)
    assert plan.campaigns[0].name == "Winter push"
    assert plan.campaigns[0].activities[0].description is None
    assert DESCRIPTION_ASKED[EN] in said, said[:600]


async def test_a_claims_word_with_no_question_open_changes_the_claim_draft(chat: Chat) -> None:
    # "the amount" is a claim's word too: with a claim draft changed last, the claim's.
    claim_id = await claim_at(chat, EN, until="impressions")
    await chat.say("cancel", locale=EN)

    said = shown(await chat.say("change the amount to 9000", locale=EN))

    assert claim_id in said, said[:600]
    assert (await get_claim(chat, claim_id)).amount == Decimal("9000")
