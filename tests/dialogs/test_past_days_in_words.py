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
