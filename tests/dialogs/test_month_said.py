"""A month said at a claim's date (a campaign's dates: tests/dialogs/test_month_alone.py).

Seen at stop 49 at a claim's date (campaign 1 Sep - 30 Nov 2026, today 27 Nov): "November",
"in November", « en novembre » got "I can't read … as a date. Type it like 2026-11-15…", as
if the partner had typed nonsense: a month is several days, and which day it was is asked,
with that month's days the claim can take. Through the real bot, dialogs and a TinyDB store
on disk.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

NOT_READ = ("can't read", "Je ne sais pas lire")


@pytest.mark.parametrize(
    ("locale", "typed", "asked"),
    [
        (EN, "November", "from 1 Nov 2026 to 27 Nov 2026: which day?"),
        (EN, "in November", "from 1 Nov 2026 to 27 Nov 2026: which day?"),
        (EN, "sometime in October", "from 1 Oct 2026 to 31 Oct 2026: which day?"),
        (FR, "novembre", "du 1er novembre 2026 au 27 novembre 2026 : lequel ?"),
        (FR, "en octobre", "du 1er octobre 2026 au 31 octobre 2026 : lequel ?"),
        # Seen at stop 49: 'I can't read "it was in November" as a date'.
        (EN, "it was in November", "from 1 Nov 2026 to 27 Nov 2026: which day?"),
        (EN, "we ran it during October", "from 1 Oct 2026 to 31 Oct 2026: which day?"),
        (FR, "c'était en novembre", "du 1er novembre 2026 au 27 novembre 2026 : lequel ?"),
    ],
)
async def test_a_month_at_a_claims_date_asks_which_of_its_days(
    chat: Chat, locale: str, typed: str, asked: str
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")

    said = shown(await chat.say(typed, locale=locale))

    assert not any(words in said for words in NOT_READ), said
    assert asked in said, said
    assert (await get_claim(chat, claim_id)).execution_date is None
    await chat.say("12 Nov 2026" if locale == EN else "12 novembre 2026", locale=locale)
    assert (await get_claim(chat, claim_id)).execution_date == date(2026, 11, 12)


@pytest.mark.parametrize(
    ("locale", "typed"), [(EN, "May"), (EN, "in March"), (FR, "en mai"), (FR, "mars")]
)
async def test_a_month_without_a_day_the_claim_takes_says_the_campaigns_days(
    chat: Chat, locale: str, typed: str
) -> None:
    """Rather than its days, each of which the claim would then refuse."""
    await claim_at(chat, locale, until="execution_date")

    said = shown(await chat.say(typed, locale=locale))

    assert "1 Sep 2026" in said or "1er septembre 2026" in said, said
    assert "which day" not in said and "lequel" not in said


async def test_around_a_month_quotes_what_was_typed(chat: Chat) -> None:
    await claim_at(chat, EN, until="execution_date")

    said = shown(await chat.say("around November", locale=EN))

    assert '"around November" is several days, from 1 Nov 2026 to 27 Nov 2026' in said, said


async def test_a_place_before_the_day_in_a_sentence_is_no_date(chat: Chat) -> None:
    claim_id = await claim_at(chat, EN, until="execution_date")
    await chat.say("we ran it in Paris on Nov 9", locale=EN)
    assert (await get_claim(chat, claim_id)).execution_date == date(2026, 11, 9)
