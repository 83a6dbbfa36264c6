"""Every claim in a spreadsheet, asked in the chat (stop 60): who may have the link, where
the chat's list points to it, and the question open kept. The link itself, and what it
serves, over HTTP: tests/bot/test_claims_export_http.py. Through the real bot, its
dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, other_claims
from tests.support import Chat, shown

LINK = "/exports/claims/"


@pytest.mark.parametrize(
    ("locale", "typed"), [(EN, "export my claims"), (FR, "exporter mes réclamations")]
)
async def test_someone_outside_the_directory_gets_no_link(
    chat: Chat, locale: str, typed: str
) -> None:
    await claim_at(chat, locale, until="amount")
    stranger = Chat(
        chat.storage, user_id="aad-stranger-0009", user_name="Sam", conversation_id="a:sam"
    )

    said = shown(await stranger.say(typed, locale=locale))

    assert LINK not in said, said
    assert "role directory" in said or "annuaire des rôles" in said, said


@pytest.mark.parametrize("locale", [EN, FR])
async def test_the_chats_list_of_many_claims_points_to_the_spreadsheet(
    chat: Chat, locale: str
) -> None:
    claim_id = await claim_at(chat, locale, until="amount")
    await other_claims(chat, claim_id, 25)
    await chat.say("cancel" if locale == EN else "annuler", locale=locale)

    said = shown(await chat.say("my claims" if locale == EN else "mes réclamations", locale=locale))

    assert "**export my claims**" in said or "**exporter mes réclamations**" in said, said


@pytest.mark.parametrize(
    ("locale", "typed"), [(EN, "export my claims"), (FR, "mes réclamations en excel")]
)
async def test_asked_in_a_question_the_link_then_the_question(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale, until="amount")

    replies = await chat.say(typed, locale=locale)

    said = shown(replies)
    assert LINK in said and ("How much are you claiming" in said or "Quel montant" in said), said
    assert claim_id in said
