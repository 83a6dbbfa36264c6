"""What partners say after a rejection, in their words.

Seen at stop 51 with a claim rejected ("Invoice scan is blurry") and no question open: "how
do I fix it?", "can I send a better scan?", "can I resubmit?", « comment la corriger ? »
got "I didn't understand that"; "that's not fair", « ce n'est pas juste » too, though "not
fair" and "I disagree" start a dispute; "who rejected it?", "can I talk to the reviewer?"
the same. Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from domain.claim import ClaimStatus
from tests.dialogs.claim_support import EN, FR, FileServer, get_claim
from tests.dialogs.test_fix_without_id import rejected_seminar
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed", "words"),
    [
        (EN, "how do I fix it?", ("fix {claim_id}", "a new draft", "Invoice scan is blurry")),
        (EN, "how can I resubmit?", ("fix {claim_id}", "a new draft", "Invoice scan is blurry")),
        (EN, "can I send a better scan?", ("fix {claim_id}", "a new draft")),
        (EN, "can I resubmit it?", ("fix {claim_id}", "a new draft")),
        (FR, "comment la corriger ?", ("corriger {claim_id}", "un nouveau brouillon")),
        (FR, "puis-je la resoumettre ?", ("corriger {claim_id}", "un nouveau brouillon")),
        # Seen at stop 53: 'I didn't understand that'.
        (EN, "what do I need to change?", ("fix {claim_id}", "Invoice scan is blurry")),
        (EN, "what did I do wrong?", ("fix {claim_id}", "Invoice scan is blurry")),
        (EN, "what was wrong with it?", ("fix {claim_id}", "Invoice scan is blurry")),
        (FR, "qu'est-ce que je dois changer ?", ("corriger {claim_id}", "Invoice scan is blurry")),
        (FR, "qu'est-ce qui n'allait pas ?", ("corriger {claim_id}", "Invoice scan is blurry")),
    ],
)
async def test_how_to_fix_is_answered_and_nothing_is_started(
    chat: Chat, files: FileServer, locale: str, typed: str, words: tuple[str, ...]
) -> None:
    claim_id = await rejected_seminar(chat, files, locale)

    said = await understood(chat, locale, typed)

    assert all(word.format(claim_id=claim_id) in said for word in words), said
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.REJECTED
    assert "CLM-2026-000002" not in said  # no copy started


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "that's not fair"),
        (EN, "the reviewer is wrong"),
        (EN, "I want to appeal"),
        (FR, "ce n'est pas juste"),
        (FR, "le réviseur se trompe"),
    ],
)
async def test_saying_the_decision_is_wrong_starts_a_dispute(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await rejected_seminar(chat, files, locale)

    said = await understood(chat, locale, typed)

    asked = {EN: "Why is the decision on", FR: "Pourquoi la décision"}[locale]
    assert asked in said and claim_id in said, said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "who rejected it?"),
        (EN, "can I talk to the reviewer?"),
        (EN, "how do I contact the reviewer?"),
        (FR, "qui l'a refusée ?"),
        (FR, "comment contacter le réviseur ?"),
    ],
)
async def test_who_decided_names_the_reviewer(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    await rejected_seminar(chat, files, locale)

    said = await understood(chat, locale, typed)

    assert "ana@microsoft.com" in said, said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "my claim was rejected"),
        (EN, "my claim got rejected"),
        (EN, "they rejected my claim"),
        (EN, "I got a rejection"),
        (FR, "on m'a refusé ma réclamation"),
        (FR, "j'ai reçu un refus"),
        (FR, "ma réclamation a été refusée"),
    ],
)
async def test_a_rejection_told_gets_the_reviewers_reasons(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    """Seen at stop 52: "my claim was rejected", "I got a rejection", « j'ai reçu un refus »
    got "I didn't understand that" (where "why was it rejected?" is answered): the rejected
    claim with the reviewer's reasons and what can be done."""
    claim_id = await rejected_seminar(chat, files, locale)

    said = await understood(chat, locale, typed)

    assert claim_id in said and "Invoice scan is blurry" in said, said
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.REJECTED


# Seen at stop 53: "ok I'll fix it" got 'I didn't understand that' ("fix it" starts it).
@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "ok I'll fix it", "was rejected, so I started"),
        (EN, "I will fix it", "was rejected, so I started"),
        (EN, "let me fix it", "was rejected, so I started"),
        (FR, "je vais la corriger", "a été refusée ; j'ai donc créé"),
        (FR, "d'accord, je la corrige", "a été refusée ; j'ai donc créé"),
    ],
)
async def test_saying_one_will_fix_it_starts_the_fix(
    chat: Chat, files: FileServer, locale: str, typed: str, said: str
) -> None:
    claim_id = await rejected_seminar(chat, files, locale)

    text = await understood(chat, locale, typed)

    assert said in text and claim_id in text, text
