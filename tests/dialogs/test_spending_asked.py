"""Spending against a plan, asked with no question open.

Seen at stop 59: "when can I start spending?", « quand puis-je commencer à dépenser ? »,
"what if I spend less than planned?" got "I didn't understand that"; "can I move money
between activities?" got "You have no claims yet"; "can I claim more than planned?" got when
claims are taken ("planned" read as an activity still to come). Each gets its own answer now.
Through the real bot, dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed", "answer"),
    [
        (EN, "when can I start spending?", "usage period"),
        (EN, "when can I use my funds?", "usage period"),
        (FR, "quand puis-je commencer à dépenser ?", "période d'utilisation"),
        (EN, "can I move money between activities?", "its review adds, changes and removes"),
        (EN, "can I reallocate budget between campaigns?", "its review adds, changes"),
        (FR, "puis-je déplacer du budget entre activités ?", "sa revue les ajoute"),
        (EN, "can I claim more than planned?", "what remains planned for its activity"),
        (EN, "what if I spent more than planned?", "what remains planned for its activity"),
        (FR, "puis-je réclamer plus que prévu ?", "ce qui reste prévu pour son activité"),
        (EN, "what if I spend less than planned?", "Claim what you spent"),
        (EN, "I spent less than planned", "Claim what you spent"),
        (FR, "et si je dépense moins que prévu ?", "Réclamez ce que vous avez dépensé"),
    ],
)
async def test_spending_against_a_plan_is_answered(
    chat: Chat, locale: str, typed: str, answer: str
) -> None:
    said = await understood(chat, locale, typed)

    assert answer in said, said
    assert await chat.services.claims.summaries(chat.tenant_id) == []
