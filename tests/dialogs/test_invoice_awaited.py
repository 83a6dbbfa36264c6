"""An invoice awaited, said rather than sent. Seen at stop 53: "still waiting for the
invoice", "the supplier hasn't sent the invoice yet" at a claim's evidence list got "Please
send the file now (**Third-party invoice**)…" — the opposite of what was said; with no
question open they got "I didn't understand that". A claim waits for its invoice: at a
question it is left as "later" leaves it (the draft kept, said so); at rest the drafts that
still need one are named with the words that open them and the day claims close. Through
the real bot, dialogs and a TinyDB store on disk."""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, approved_plan, claim_at, get_claim, seed_funds
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

SEND_NOW = ("Please send the file now", "Envoyez le fichier maintenant")
NOT_UNDERSTOOD = ("I didn't understand that", "Je n'ai pas compris")

AWAITED = [
    (EN, "still waiting for the invoice"),
    (EN, "the supplier hasn't sent the invoice yet"),
    (EN, "I don't have the invoice yet"),
    (EN, "we're waiting on the invoice"),
    (FR, "j'attends toujours la facture"),
    (FR, "la facture n'est pas encore arrivée"),
    (FR, "je n'ai pas encore la facture"),
    # Seen at stop 57: "Please send the file now", and the supplier's week ahead went on to
    # the check card as if the evidence were done.
    (EN, "the caterer hasn't sent the invoice yet"),
    (EN, "invoice not received yet"),
    (EN, "the supplier will send it next week"),
    (EN, "the venue will send the invoice on Monday"),
    (FR, "le traiteur n'a pas encore envoyé la facture"),
    (FR, "le fournisseur l'envoie la semaine prochaine"),
    (FR, "facture pas encore reçue"),
    # Seen at stop 59: "Please send the file now" (a colleague's), "I don't know …" (invoiced).
    (EN, "my colleague has the invoice"),
    (EN, "our accountant has the invoice"),
    (EN, "the supplier hasn't invoiced us yet"),
    (FR, "ma collègue a la facture"),
    (FR, "le fournisseur n'a pas encore facturé"),
    # Seen at stop 63: "Please send the file now" for an invoice said to come later.
    (EN, "the invoice comes tomorrow"),
    (EN, "invoice arrives next week"),
    (EN, "the invoice should arrive on Friday"),
    (FR, "la facture arrive demain"),
    (FR, "la facture arrivera la semaine prochaine"),
]


@pytest.mark.parametrize(("locale", "typed"), AWAITED)
async def test_at_the_evidence_list_the_claim_is_kept(chat: Chat, locale: str, typed: str) -> None:
    claim_id = await claim_at(chat, locale)
    said = shown(await chat.say(typed, locale=locale))
    assert not any(words in said for words in SEND_NOW), said[:300]
    kept = "is kept" if locale == EN else "est conservée"
    assert kept in said and claim_id in said, said[:300]
    assert (await get_claim(chat, claim_id)).evidence == []


@pytest.mark.parametrize(("locale", "typed"), AWAITED)
async def test_at_rest_the_drafts_awaiting_it_are_named(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale)
    await chat.say("cancel" if locale == EN else "annuler", locale=locale)
    said = await understood(chat, locale, typed)
    assert not any(words in said for words in NOT_UNDERSTOOD), said[:300]
    assert claim_id in said, said[:300]
    go_on = "continue my claim" if locale == EN else "reprendre ma réclamation"
    closes = "15 Feb 2027" if locale == EN else "15 février 2027"
    assert go_on in said and closes in said, said[:400]


@pytest.mark.parametrize(
    ("locale", "typed", "start"),
    [
        (EN, "still waiting for the invoice", "new claim"),
        (FR, "j'attends toujours la facture", "nouvelle réclamation"),
    ],
)
async def test_at_rest_with_no_draft_a_claim_may_wait_for_it(
    chat: Chat, locale: str, typed: str, start: str
) -> None:
    chat.locale = locale
    await seed_funds(chat)
    await approved_plan(chat)
    said = await understood(chat, locale, typed)
    assert start in said and "CSR" in said, said[:300]
