"""The plan's usage period said in words.

Seen off the script at "Which usage period is the plan for?" (27 Nov 2026: this half is
FY27 H1): "second half of FY27", "next half", "Jan-Jun 2027", « le semestre prochain »,
« 2e semestre de l'AF27 » got '… isn't a usage period. Type it like FY27 H1.' Through the
real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed", "period"),
    [
        (EN, "second half of FY27", "FY27 H2"),
        (EN, "next half", "FY27 H2"),
        (EN, "this half", "FY27 H1"),
        (EN, "Jan-Jun 2027", "FY27 H2"),
        (FR, "le semestre prochain", "FY27 H2"),
        (FR, "2e semestre de l'AF27", "FY27 H2"),
    ],
)
async def test_a_usage_period_in_words_is_read(
    chat: Chat, locale: str, typed: str, period: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "period", locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert "isn't a usage period" not in shown(replies)
    assert "n'est pas une période d'utilisation" not in shown(replies)
    assert f"✓ {period}" in shown(replies)  # said back: "next half" is read, not typed
    assert (await get(chat, plan_id)).period == period


async def test_a_half_that_is_none_is_still_refused(chat: Chat) -> None:
    plan_id = await start_plan(chat, EN)
    await answer_until(chat, "period", locale=EN)
    replies = await chat.say("Feb-Jun 2027", locale=EN)
    assert "isn't a usage period" in shown(replies)
    assert (await get(chat, plan_id)).period is None


# Seen off the script at the plan's currency (market France): "same as the market", "the
# local currency", « la monnaie locale » got 'I don't know the currency …'. The market's
# currency is taken, and said back.
@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "same as the market"),
        (EN, "the local currency"),
        (FR, "la monnaie locale"),
        (FR, "la devise du pays"),
    ],
)
async def test_the_markets_currency_in_words(chat: Chat, locale: str, typed: str) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "currency", locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert "✓ EUR" in shown(replies)
    assert (await get(chat, plan_id)).currency == "EUR"
