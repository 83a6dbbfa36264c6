""" "Why?" alone after a reviewer sent something back: its reasons.

Seen at stop 58, a claim just rejected: "why?", « pourquoi ? », "how come?" got "I didn't
understand that" (with the fix's hint), though "why was it rejected?" gets the reasons. Said
alone with no question open, they ask why of what was sent back last; with nothing sent back
they stay not understood. Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, FileServer
from tests.dialogs.test_fix_without_id import rejected_seminar
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "why?"), (EN, "Why"), (EN, "how come?"), (EN, "but why?"), (FR, "pourquoi ?"),
     (FR, "mais pourquoi ?")],
)  # fmt: skip
async def test_why_alone_after_a_rejection_gets_its_reasons(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await rejected_seminar(chat, files, locale)
    chat.locale = locale

    said = shown(await chat.say(typed, locale=locale))

    assert "Invoice scan is blurry" in said, said
    assert claim_id in said, said
    assert "didn't understand" not in said and "pas compris" not in said, said


@pytest.mark.parametrize(("locale", "typed"), [(EN, "why?"), (FR, "pourquoi ?")])
async def test_why_alone_with_nothing_sent_back_is_not_understood(
    chat: Chat, locale: str, typed: str
) -> None:
    chat.locale = locale

    said = shown(await chat.say(typed, locale=locale))

    assert "didn't understand" in said or "pas compris" in said, said
