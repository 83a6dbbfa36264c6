""" "My submitted claims": every claim the partner sent, whatever its review has reached.

Seen at stop 57 with one claim sent and now under review: "how many claims have I
submitted?", "show my submitted claims", « mes réclamations soumises » got "None of your
claims has the status Submitted." — read as the one status a claim holds until a reviewer
opens it, though the partner had submitted it. Submitted is what the partner did: every claim
sent is listed, with where it stands now. Through the real bot, its dialogs and a TinyDB
store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, FileServer, approved_plan, seed_funds, start_claim
from tests.dialogs.test_fix_rejected_claim import submitted_seminar
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "how many claims have I submitted?"),
        (EN, "show my submitted claims"),
        (EN, "my submitted claims"),
        (FR, "mes réclamations soumises"),
        (FR, "quelles réclamations ai-je soumises ?"),
    ],
)
async def test_submitted_claims_are_those_sent_whatever_their_review(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await submitted_seminar(chat, files, locale)  # now under review
    said = shown(await chat.say(typed, locale=locale))
    assert claim_id in said, said
    assert "has the status" not in said and "n'a le statut" not in said, said


@pytest.mark.parametrize(
    ("locale", "said"),
    [(EN, "You haven't submitted a claim yet"), (FR, "Vous n'avez encore soumis aucune")],
)
async def test_with_only_a_draft_none_is_submitted_yet(chat: Chat, locale: str, said: str) -> None:
    chat.locale = locale
    await seed_funds(chat)
    await approved_plan(chat)
    await start_claim(chat, locale)
    await chat.say("cancel" if locale == EN else "annuler", locale=locale)
    typed = "my submitted claims" if locale == EN else "mes réclamations soumises"
    assert said in shown(await chat.say(typed, locale=locale))
