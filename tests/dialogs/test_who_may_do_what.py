"""Who may submit, and whether a colleague can finish a draft, asked in words.

Seen at stop 57: "who can submit?", "can my colleague help?", "can someone else finish my
draft?", "can I share my draft with a colleague?", « qui peut soumettre ? », « un collègue
peut-il m'aider ? » got "I didn't understand that", though "what's my role?" is answered.
The same answer — the speaker's role and what it allows — with who submits in the
organisation and who may change a draft. Through the real bot, its dialogs, the role
directory and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.support import USER, Chat, shown

OTHERS = {
    EN: "A draft is changed only by the colleague who started it or by an admin",
    FR: "Un brouillon n'est modifié que par le collègue qui l'a commencé ou par un administrateur",
}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "who can submit?"),
        (EN, "who is allowed to submit?"),
        (EN, "can my colleague help?"),
        (EN, "can someone else finish my draft?"),
        (EN, "can I share my draft with a colleague?"),
        (FR, "qui peut soumettre ?"),
        (FR, "un collègue peut-il m'aider ?"),
        (FR, "puis-je partager mon brouillon ?"),
    ],
)
async def test_who_submits_and_who_may_change_a_draft(chat: Chat, locale: str, typed: str) -> None:
    chat.locale = locale
    said = shown(await chat.say(typed, locale=locale))
    assert "Ada Admin" in said and OTHERS[locale] in said, said


async def test_an_incentives_user_is_told_their_own_role_too(storage, tmp_path) -> None:
    chat = Chat(storage, user_id=USER, user_name="Uma User")
    await chat.seed_roles(tmp=tmp_path)
    said = shown(await chat.say("who can submit?"))
    assert "Incentives user" in said and "Ada Admin" in said, said
