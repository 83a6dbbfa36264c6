"""Several activity types in one answer. Seen at stop 53 at "what type of activity is it?":
"a webinar and a trade show", "webinar, trade show", « un webinaire et un salon » got 'I
don't know "a webinar and a trade show"', though each part alone is a type it takes. Now
the first is this activity's type and each other one begins an activity of the campaign
with its type, asked after this one: the partner's words are all kept. Through the real
bot, dialogs and a TinyDB store on disk."""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed", "types"),
    [
        (EN, "a webinar and a trade show", ["customer_seminar", "tradeshow"]),
        (EN, "webinar, trade show", ["customer_seminar", "tradeshow"]),
        (EN, "seminar + LinkedIn ads", ["customer_seminar", "digital_advertising"]),
        (
            EN,
            "a seminar, a trade show and some LinkedIn ads",
            ["customer_seminar", "tradeshow", "digital_advertising"],
        ),
        (FR, "un webinaire et un salon", ["customer_seminar", "tradeshow"]),
        (FR, "séminaire puis pub LinkedIn", ["customer_seminar", "digital_advertising"]),
    ],
)
async def test_types_listed_begin_one_activity_each(
    chat: Chat, locale: str, typed: str, types: list[str]
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "activity_type", locale=locale)
    said = shown(await chat.say(typed, locale=locale))
    assert "I don't know" not in said and "Je ne connais pas" not in said, said[:300]
    plan = await get(chat, plan_id)
    campaign = plan.campaigns[0]
    assert [a.activity_type for a in campaign.activities] == types
    # Said: this one's type, and the activities begun for the others, by number.
    assert "✓" in said and ("activity 2" in said or "activité 2" in said), said[:400]
    # This activity's questions go on; the next one's come after it, no "another?" asked.
    french = locale == FR
    for answer in (
        ("Petit-déjeuner Copilot", "France", "2 500")
        if french
        else ("Copilot breakfast", "France", "2,500")
    ):
        said = shown(await chat.say(answer, locale=locale))
    assert "another activity" not in said and "autre activité" not in said, said[:400]
    second = "Salons / expositions" if types[1] == "tradeshow" else "numérique"
    if not french:
        second = "Tradeshows / exhibitions" if types[1] == "tradeshow" else "Digital advertising"
    assert second in said, said[:400]
    plan = await get(chat, plan_id)
    assert plan.campaigns[0].activities[0].planned_amount is not None


@pytest.mark.parametrize(
    ("locale", "typed", "taken"),
    [
        # One type whose own name holds "and" stays that one type.
        (EN, "Microsoft exams and tuition", "exams_tuition"),
        (FR, "Salons / expositions", "tradeshow"),
    ],
)
async def test_one_type_named_with_and_stays_one(
    chat: Chat, locale: str, typed: str, taken: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "activity_type", locale=locale)
    await chat.say(typed, locale=locale)
    plan = await get(chat, plan_id)
    assert [a.activity_type for a in plan.campaigns[0].activities] == [taken]


async def test_a_part_that_is_no_type_begins_nothing(chat: Chat) -> None:
    # "a party" is no type: one event (the seminar, as before), no second activity.
    plan_id = await start_plan(chat)
    await answer_until(chat, "activity_type")
    said = shown(await chat.say("a seminar and a party"))
    plan = await get(chat, plan_id)
    assert [a.activity_type for a in plan.campaigns[0].activities] == ["customer_seminar"]
    assert "activity 2" not in said, said[:300]
