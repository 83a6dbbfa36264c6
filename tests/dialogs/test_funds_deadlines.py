"""Asked for their deadlines, partners are told when each period's claims close.

Seen off the script: "when is the deadline?" in the middle of a claim answered with the
funds, "usable until 31 Dec 2026" (the usage period's end), and nothing of the claiming
window, the date a claim must be submitted by (FY27 H1: 16 Aug 2026 to 15 Feb 2027).
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, flat
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "asked", "said"),
    [
        (EN, "when is the deadline?", "claims accepted from 16 Aug 2026 to 15 Feb 2027"),
        (EN, "my funds", "claims accepted from 16 Aug 2026 to 15 Feb 2027"),
        (
            FR,
            "quelle est la date limite ?",
            "réclamations acceptées du 16 août 2026 au 15 février 2027",
        ),
        (FR, "mes fonds", "réclamations acceptées du 16 août 2026 au 15 février 2027"),
    ],
)
async def test_the_funds_say_when_each_periods_claims_close(
    chat: Chat, locale: str, asked: str, said: str
) -> None:
    await claim_at(chat, locale, until="amount")
    replies = await chat.say(asked, locale=locale)
    text = flat(shown(replies))
    assert said in text
