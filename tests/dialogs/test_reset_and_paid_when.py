"""Three short things said at rest, seen at stop 57, answered as their siblings are.

"reset", « réinitialiser » got "I didn't understand that" while "restart" and
« recommencer » start over; "when is it paid?", "when will it be paid?" got "I didn't
understand that" and « c'est payé quand ? » "You have no claims yet", while "when does it
get paid?" says who pays, when and where; « je veux tout effacer » got « Je n'ai pas
compris » while « tout effacer » says how drafts are deleted. Through the real bot, its
dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "reset", "I'm your co-op incentives assistant"),
        (EN, "reset everything", "I'm your co-op incentives assistant"),
        (FR, "réinitialiser", "je suis votre assistant incentives co-op"),
        (EN, "when is it paid?", "45 business days"),
        (EN, "when will it be paid?", "45 business days"),
        (EN, "when are claims paid?", "45 business days"),
        (FR, "c'est payé quand ?", "45 jours ouvrés"),
        (FR, "quand est-elle payée ?", "45 jours ouvrés"),
        (FR, "je veux tout effacer", "Pour supprimer un brouillon"),
        (EN, "I want to delete everything", "To delete a draft"),
    ],
)
async def test_said_at_rest(chat: Chat, locale: str, typed: str, said: str) -> None:
    chat.locale = locale
    assert said in shown(await chat.say(typed, locale=locale))


async def test_is_my_claim_paid_is_still_where_it_stands(chat: Chat) -> None:
    assert "45 business days" not in shown(await chat.say("is my claim paid?"))
