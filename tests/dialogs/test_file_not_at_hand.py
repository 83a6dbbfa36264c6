"""A partner asked for a file they do not have at hand.

Seen off the script (stop 38): after "Add a file" and "Proof document", "Please send the file
now"; "I don't have it", « je ne l'ai pas », "not yet" got "Please attach the file to your
message (or say **cancel**)", and "cancel" left the claim altogether, where "back" (which
nothing named) returns to the evidence list. Saying the file is not at hand now takes the
unfinished item out and shows the evidence list again, the claim kept; anything else typed
there is answered with the way back named.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim, last_card
from tests.support import Chat, shown


async def _at_the_file_question(chat: Chat, locale: str) -> str:
    claim_id = await claim_at(chat, locale)  # at the evidence list
    await chat.say("Ajouter un fichier" if locale == FR else "Add a file", locale=locale)
    replies = await chat.say("facture" if locale == FR else "invoice", locale=locale)
    assert "Envoyez le fichier" in shown(replies) or "Please send the file" in shown(replies)
    return claim_id


@pytest.mark.parametrize(
    ("locale", "typed", "menu"),
    [
        (EN, "I don't have it", "Evidence for"),
        (EN, "not yet", "Evidence for"),
        (FR, "je ne l'ai pas", "Justificatifs de"),
        (FR, "pas encore", "Justificatifs de"),
    ],
)
async def test_no_file_at_hand_returns_to_the_evidence_list(
    chat: Chat, locale: str, typed: str, menu: str
) -> None:
    claim_id = await _at_the_file_question(chat, locale)
    replies = await chat.say(typed, locale=locale)
    assert menu in last_card(replies).shown, shown(replies)
    claim = await get_claim(chat, claim_id)
    assert claim.evidence == []  # the unfinished item taken out
    assert claim.amount is not None and claim.name  # nothing else changed


@pytest.mark.parametrize(
    ("locale", "typed", "said"), [(EN, "here it is", "**back**"), (FR, "le voici", "**retour**")]
)
async def test_text_where_a_file_is_awaited_names_the_way_back(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    claim_id = await _at_the_file_question(chat, locale)
    replies = await chat.say(typed, locale=locale)
    assert said in shown(replies)
    assert len((await get_claim(chat, claim_id)).evidence) == 1  # still waiting for its file
