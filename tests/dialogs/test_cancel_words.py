"""Ways partners say "stop" in the middle of a question. Seen off the script: "nevermind"
and "forget it" at a campaign's name named the campaign ("When does **nevermind**
start?"), « on arrête » and « oublie ça » likewise, where "never mind" and « laisse
tomber » stopped. Through the real bot, dialogs and a TinyDB store on disk."""

from __future__ import annotations

import pytest

from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        ("en-US", "nevermind", "OK, I've stopped."),
        ("en-US", "forget it", "OK, I've stopped."),
        ("en-US", "forget about it", "OK, I've stopped."),
        ("fr-FR", "on arrête", "D'accord, j'arrête."),
        ("fr-FR", "oublie ça", "D'accord, j'arrête."),
        ("fr-FR", "tant pis", "D'accord, j'arrête."),
    ],
)
async def test_more_ways_to_stop_stop_and_keep_the_draft(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "name", locale=locale)

    replies = await chat.say(typed, locale=locale)

    assert said in shown(replies)
    plan = await get(chat, plan_id)
    assert [c.name for c in plan.campaigns] in ([], [None])
    assert plan.mpn_id == "1234567"  # the draft is kept
