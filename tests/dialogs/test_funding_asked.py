"""Money for an activity asked for in words: how co-op funds are had.

Seen at stop 57 with no question open: "I need money for an event", "how do I get
funding?", « j'ai besoin d'argent pour un événement », « comment obtenir des fonds ? » got
"I didn't understand that", though "how does co-op work?" is answered. The same answer: co-op
funds are earned, planned in a co-op claims plan Microsoft approves, then claimed once the
activity ran. Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.support import Chat, shown

ANSWER = {EN: "co-op claims plan", FR: "plan de réclamations co-op"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "I need money for an event"),
        (EN, "I need funding for an event"),
        (EN, "how do I get funding?"),
        (EN, "can I get money for a webinar?"),
        (FR, "j'ai besoin d'argent pour un événement"),
        (FR, "comment obtenir des fonds ?"),
        (FR, "comment financer un salon ?"),
    ],
)
async def test_money_asked_for_is_told_how_co_op_goes(chat: Chat, locale: str, typed: str) -> None:
    chat.locale = locale
    said = shown(await chat.say(typed, locale=locale))
    assert ANSWER[locale] in said, said
