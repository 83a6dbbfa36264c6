"""A date said in a sentence, or as a correction. Seen at stop 62: at a campaign's start
(a plan for FY27 H2, 1 Jan to 30 Jun 2027) "it starts on 1 March 2027", "starting March
1st 2027", "we start on the 1st of March", "actually the 15th of March", « ça commence le
1er mars 2027 », « à partir du 1er mars 2027 » got 'I can't read … as a date' (a claim's
own date read "it was on Nov 9" already); at a claim's date (today 27 Nov 2026) "actually
the date was the 3rd", "the date was wrong, it was 3 November" the same. The day said is
read when a few words without a number come before it; anything else is refused as
before. Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.dialogs.test_plan_journey import get, plan_at
from tests.support import Chat, shown

UNREADABLE = ("can't read", "sais pas lire")


@pytest.mark.parametrize(
    ("locale", "field", "typed", "kept"),
    [
        (EN, "start_date", "it starts on 1 March 2027", date(2027, 3, 1)),
        (EN, "start_date", "it will start 1 March 2027", date(2027, 3, 1)),
        (EN, "start_date", "starting March 1st 2027", date(2027, 3, 1)),
        (EN, "start_date", "we start on the 1st of March", date(2027, 3, 1)),
        (EN, "start_date", "actually the 15th of March", date(2027, 3, 15)),
        (EN, "end_date", "it ends on 30 June 2027", date(2027, 6, 30)),
        (EN, "end_date", "the campaign runs until June 30", date(2027, 6, 30)),
        (FR, "start_date", "ça commence le 1er mars 2027", date(2027, 3, 1)),
        (FR, "start_date", "à partir du 1er mars 2027", date(2027, 3, 1)),
        (FR, "start_date", "en fait le 20 mars", date(2027, 3, 20)),
        (FR, "end_date", "elle se termine le 30 juin 2027", date(2027, 6, 30)),
        (FR, "end_date", "jusqu'au 30 juin", date(2027, 6, 30)),
    ],
)
async def test_a_campaign_date_in_a_sentence_is_read(
    chat: Chat, locale: str, field: str, typed: str, kept: date
) -> None:
    plan_id = await plan_at(chat, locale, field)

    said = shown(await chat.say(typed, locale=locale))

    assert not any(words in said for words in UNREADABLE), said[:600]
    assert getattr((await get(chat, plan_id)).campaigns[0], field) == kept, said[:600]


@pytest.mark.parametrize(
    ("locale", "typed", "kept"),
    [
        (EN, "actually the date was the 3rd", date(2026, 11, 3)),
        (EN, "the date was wrong, it was 3 November", date(2026, 11, 3)),
        (EN, "sorry, it is Nov 3", date(2026, 11, 3)),
        (FR, "en fait c'était le 3 novembre", date(2026, 11, 3)),
        (FR, "pardon, la date est le 3 novembre", date(2026, 11, 3)),
    ],
)
async def test_a_claims_date_corrected_in_a_sentence_is_read(
    chat: Chat, locale: str, typed: str, kept: date
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")

    said = shown(await chat.say(typed, locale=locale))

    assert not any(words in said for words in UNREADABLE), said[:600]
    assert (await get_claim(chat, claim_id)).execution_date == kept, said[:600]


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "it starts when the budget is signed"),  # no day said
        (EN, "we have 3 campaigns starting on 1 March 2027"),  # a number before the day
        (EN, "the board meets to decide what we run in spring and it starts on 1 March"),
        (FR, "ça dépend du budget"),
    ],
)
async def test_a_sentence_without_a_day_alone_is_still_refused(
    chat: Chat, locale: str, typed: str
) -> None:
    plan_id = await plan_at(chat, locale, "start_date")

    said = shown(await chat.say(typed, locale=locale))

    assert (await get(chat, plan_id)).campaigns[0].start_date is None, said[:600]
