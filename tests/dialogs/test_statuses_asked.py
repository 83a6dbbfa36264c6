"""What a status means, and how long to keep the originals, asked with no question open.

Seen at stop 46: "what does action required mean?", "action required?", "under review?",
« que veut dire action requise ? », "do I need to keep the originals?", « dois-je garder
les originaux ? » got "I didn't understand that". A partner told a claim is "Action
required" must know what to do: each status is said with what it means for them (the web
form shows the word alone); the originals are kept 24 months. Through the real bot.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat

STATUSES = {EN: "**Action required**: the reviewer asks for changes", FR: "**Action requise**"}
KEEP = {EN: "24 months", FR: "24 mois"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "what does action required mean?"),
        (EN, "action required?"),
        (EN, "what is under review?"),
        (EN, "what do the statuses mean?"),
        (EN, "what does disputed mean?"),
        (FR, "que veut dire action requise ?"),
        (FR, "c'est quoi les statuts ?"),
        (FR, "action requise ?"),
    ],
)
async def test_the_statuses_are_explained(chat: Chat, locale: str, typed: str) -> None:
    said = await understood(chat, locale, typed)
    assert STATUSES[locale] in said, said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "do I need to keep the originals?"),
        (EN, "how long should I keep the invoices?"),
        (FR, "dois-je garder les originaux ?"),
        (FR, "combien de temps conserver les factures ?"),
    ],
)
async def test_how_long_to_keep_the_originals(chat: Chat, locale: str, typed: str) -> None:
    said = await understood(chat, locale, typed)
    assert KEEP[locale] in said, said


async def test_asked_in_a_claims_question_it_is_answered_and_asked_again(chat: Chat) -> None:
    claim_id = await claim_at(chat, EN, until="amount")
    said = await understood(chat, EN, "what does action required mean?")
    assert STATUSES[EN] in said and "How much are you claiming" in said, said
    assert (await get_claim(chat, claim_id)).amount is None


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "status"), (EN, "status?"), (EN, "what is the status?"), (FR, "statut ?")],
)
async def test_status_alone_is_still_where_things_stand(
    chat: Chat, locale: str, typed: str
) -> None:
    """(The first version read "status" alone as the term: caught here, by hand.)"""
    from tests.dialogs.claim_support import approved_plan

    await approved_plan(chat)
    said = await understood(chat, locale, typed)
    assert "Where things stand" in said or "Où en sont les choses" in said, said
