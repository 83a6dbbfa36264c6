""" "Change the activity", "I picked the wrong activity", « je me suis trompé d'activité »
typed in a claim draft: seen at stop 61 at its amount, '"change the activity" isn't an
amount I can read' — a claim started for the wrong activity of the plan could only be
deleted and typed again. The activity is asked again (the approved plans' activities, as
when the claim began); its answers still asked by the new one are kept, and the claim goes
on where it was. A claim sent can't change (its own answer says why). Through the real bot,
its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.dialogs.claim_support import (
    CAMPAIGN,
    EN,
    FR,
    SEMINAR,
    approved_plan,
    get_claim,
    seed_funds,
    start_claim,
)
from tests.support import Chat, shown

ADS = ("digital_advertising", "5000")
WHICH = {EN: "Which activity of **Autumn push**?", FR: "Quelle activité de **Autumn push** ?"}
NAME = {EN: "Security workshop Nov", FR: "Atelier sécurité novembre"}
DAY = {EN: "2026-11-10", FR: "10/11/2026"}
SEMINAR_SAID = {EN: "Customer seminars", FR: "Séminaires clients"}
ADS_SAID = {EN: "Digital advertising", FR: "Publicité numérique"}


async def claim_at_amount(chat: Chat, locale: str) -> str:
    """A claim of the seminar, of a plan with a seminar and ads, at its amount: its id."""
    chat.locale = locale
    await seed_funds(chat)
    await approved_plan(chat, activities=(SEMINAR, ADS))
    claim_id, _ = await start_claim(chat, locale)
    await chat.say(SEMINAR_SAID[locale], locale=locale)
    await chat.say(NAME[locale], locale=locale)
    await chat.say(DAY[locale], locale=locale)
    return claim_id


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "change the activity"),
        (EN, "I picked the wrong activity"),
        (EN, "wrong activity"),
        (EN, "change the activity on my claim"),
        (FR, "modifier l'activité"),
        (FR, "je me suis trompé d'activité"),
        (FR, "mauvaise activité"),
    ],
)
async def test_the_activity_is_asked_again_and_the_answers_kept(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at_amount(chat, locale)

    said = shown(await chat.say(typed, locale=locale))

    assert WHICH[locale] in said, said[:600]
    assert "amount I can read" not in said and "montant que je sais lire" not in said
    said = shown(await chat.say(ADS_SAID[locale], locale=locale))
    claim = await get_claim(chat, claim_id)
    assert claim.activity_type == "digital_advertising"
    assert (claim.name, claim.execution_date.isoformat()) == (NAME[locale], "2026-11-10")
    assert claim.amount is None
    await chat.say("1000", locale=locale)
    assert (await get_claim(chat, claim_id)).amount == Decimal("1000")


async def test_with_no_question_open_the_claim_draft_asks_its_activity(chat: Chat) -> None:
    claim_id = await claim_at_amount(chat, EN)
    await chat.say("cancel", locale=EN)

    said = shown(await chat.say("change the activity on my claim", locale=EN))

    assert claim_id in said and WHICH[EN] in said, said[:600]


async def test_with_two_approved_plans_the_plan_is_asked_first(chat: Chat) -> None:
    claim_id = await claim_at_amount(chat, EN)
    winter = ("Winter push", *CAMPAIGN[1:])
    other = await approved_plan(chat, activities=(ADS,), campaign=winter, program="csp_direct_bill")

    said = shown(await chat.say("I chose the wrong activity", locale=EN))

    assert "Which approved plan" in said and other.id in said, said[:600]
    await chat.say(other.id, locale=EN)
    claim = await get_claim(chat, claim_id)
    assert (claim.plan_id, claim.activity_type) == (other.id, "digital_advertising")
    assert claim.name == NAME[EN]


async def test_a_plan_id_typed_at_which_plan_chooses_it(chat: Chat) -> None:
    # Seen at stop 61: "PLN-2026-000002 was approved on …", and the question again.
    await seed_funds(chat)
    await approved_plan(chat, activities=(SEMINAR,))
    winter = ("Winter push", *CAMPAIGN[1:])
    other = await approved_plan(chat, activities=(ADS,), campaign=winter, program="csp_direct_bill")
    claim_id, replies = await start_claim(chat, EN)
    assert "Which approved plan" in shown(replies), shown(replies)[:600]

    said = shown(await chat.say(other.id, locale=EN))

    assert "was approved on" not in said, said[:600]
    claim = await get_claim(chat, claim_id)
    assert (claim.plan_id, claim.activity_type) == (other.id, "digital_advertising")
