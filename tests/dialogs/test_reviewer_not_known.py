"""The plan's reviewer not known: where to find them, never "can't be skipped" alone.

Seen at stop 57 at "What is the e-mail address of your Microsoft account manager (the
reviewer)?": "I don't have one", « je n'en ai pas » got '"I don't have one": this question
can't be skipped, a reviewer needs the answer' — true, and no help to find one; "I don't
know who it is" got a help that only repeated the question. Now: who names them (the
Incentives admin, an earlier co-op e-mail from Microsoft, Partner Center support), the draft
kept. Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_journey import get, plan_at
from tests.support import Chat, shown

WHERE = {EN: "Incentives admin", FR: "administrateur Incentives"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "I don't have one"),
        (EN, "I don't know who it is"),
        (EN, "no idea"),
        (EN, "we don't have an account manager"),
        (FR, "je n'en ai pas"),
        (FR, "je ne sais pas qui c'est"),
        (FR, "on n'a pas de responsable de compte"),
    ],
)
async def test_a_reviewer_not_known_is_told_where_to_find_one(
    chat: Chat, locale: str, typed: str
) -> None:
    plan_id = await plan_at(chat, locale, "reviewer_email")
    said = shown(await chat.say(typed, locale=locale))
    assert WHERE[locale] in said, said[:400]
    assert "can't be skipped" not in said and "ne peut pas être passée" not in said, said
    assert (await get(chat, plan_id)).reviewer_email is None
