"""A claim's execution date said the way a partner remembers it: "last Tuesday", "3 days ago".

Seen off the script: at "When did the activity run?", "last Tuesday" got 'I can't read "last
Tuesday" as a date'; only days ahead ("next Friday") were read in words. Execution dates are
in the past, so that is how they are said.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at
from tests.support import Chat, shown

# tests.support.TODAY is Friday 27 Nov 2026.


@pytest.mark.parametrize(
    ("locale", "typed", "read"),
    [
        (EN, "last Tuesday", "✓ 24 Nov 2026"),
        (EN, "Tuesday last week", "✓ 17 Nov 2026"),
        (EN, "3 days ago", "✓ 24 Nov 2026"),
        (EN, "a week ago", "✓ 20 Nov 2026"),
        (EN, "last Friday", "✓ 20 Nov 2026"),
        (FR, "mardi dernier", "✓ 24 novembre 2026"),
        (FR, "il y a 3 jours", "✓ 24 novembre 2026"),
        (FR, "il y a une semaine", "✓ 20 novembre 2026"),
        (EN, "two weeks ago", "✓ 13 Nov 2026"),
        (EN, "ten days ago", "✓ 17 Nov 2026"),
        (FR, "il y a deux semaines", "✓ 13 novembre 2026"),
        (FR, "il y a dix jours", "✓ 17 novembre 2026"),
    ],
)
async def test_a_past_day_in_words_is_read(chat: Chat, locale: str, typed: str, read: str) -> None:
    await claim_at(chat, locale, until="execution_date")
    replies = await chat.say(typed, locale=locale)
    assert read in shown(replies)


# Seen off the script (stop 38): "Tuesday", « mardi », "on Friday" at the execution date got
# "That date is in the future": a weekday alone was read as the next one, as at a plan's
# dates. Where the question asks for a day that already was, it is the latest one (today,
# said on that day); "next Tuesday" is still ahead, and refused there as before.
@pytest.mark.parametrize(
    ("locale", "typed", "read"),
    [
        (EN, "Tuesday", "✓ 24 Nov 2026"),
        (EN, "on Monday", "✓ 23 Nov 2026"),
        (EN, "this Wednesday", "✓ 25 Nov 2026"),
        (EN, "Saturday", "✓ 21 Nov 2026"),
        (EN, "Friday", "✓ 27 Nov 2026"),
        (FR, "mardi", "✓ 24 novembre 2026"),
        (FR, "ce lundi", "✓ 23 novembre 2026"),
        (FR, "samedi", "✓ 21 novembre 2026"),
    ],
)
async def test_a_weekday_alone_is_the_latest_one(
    chat: Chat, locale: str, typed: str, read: str
) -> None:
    await claim_at(chat, locale, until="execution_date")
    replies = await chat.say(typed, locale=locale)
    assert read in shown(replies)


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [(EN, "next Tuesday", "in the future"), (FR, "mardi prochain", "dans le futur")],
)
async def test_a_weekday_said_ahead_is_still_ahead(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    await claim_at(chat, locale, until="execution_date")
    assert said in shown(await chat.say(typed, locale=locale))


# Seen at stop 44: "05.11.2026" (a date as Germany, Switzerland or Poland write it) in an
# en-US chat was read as May 11 and refused as outside the campaign. Dots are day first
# wherever they are used; slashes keep the locale's order.
@pytest.mark.parametrize(
    ("typed", "read"),
    [("05.11.2026", "✓ 5 Nov 2026"), ("5.11.26", "✓ 5 Nov 2026"), ("11/05/2026", "✓ 5 Nov 2026")],
)
async def test_a_dotted_date_is_day_first_in_english_too(chat: Chat, typed: str, read: str) -> None:
    await claim_at(chat, EN, until="execution_date")
    replies = await chat.say(typed, locale=EN)
    assert read in shown(replies), shown(replies)
