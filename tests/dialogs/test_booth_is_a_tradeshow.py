""" "Booth", « stand » typed at a plan activity's type: seen at stop 61, 'I don't know
"Booth". Pick one of the options or type its number.' — a booth is how partners say their
tradeshow. Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_journey import get, plan_at
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "Booth"), (EN, "a booth"), (EN, "exhibitor booth"), (FR, "stand"), (FR, "un stand")],
)
async def test_a_booth_is_a_tradeshow(chat: Chat, locale: str, typed: str) -> None:
    plan_id = await plan_at(chat, locale, "activity_type")

    said = shown(await chat.say(typed, locale=locale))

    activity = (await get(chat, plan_id)).campaigns[0].activities[0]
    assert activity.activity_type == "tradeshow", said[:600]
