"""Whether a decision came, asked the French way: where things stand.

Seen at stop 57 with a claim under review: « c'est validé ? », « c'est approuvé ? »,
« elle est validée ? », « ça a été accepté ? » got « Je n'ai pas compris », though "is it
approved yet?" and « a-t-elle été validée ? » say where everything stands. Through the real
bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, FileServer
from tests.dialogs.test_fix_rejected_claim import submitted_seminar
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (FR, "c'est validé ?"),
        (FR, "c'est approuvé ?"),
        (FR, "elle est validée ?"),
        (FR, "ça a été accepté ?"),
        (FR, "c'est validé ou pas ?"),
        (EN, "is it approved yet?"),
    ],
)
async def test_a_decision_asked_says_where_things_stand(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await submitted_seminar(chat, files, locale)
    said = shown(await chat.say(typed, locale=locale))
    assert claim_id in said and "pas compris" not in said, said[:300]
