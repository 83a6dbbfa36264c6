"""What stops a claim, asked in words at its check card.

Seen off the script at the check card of a claim with no evidence: "what's missing?", "why
can't I submit?", "how do I fix this?", « qu'est-ce qui manque ? » got the card's help
("Submit the claim, add evidence, change an answer, or save it for later.") and the whole
card again, which answers none of them. They now get what stops it, item by item with
its fix, as the card says it. Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, FileServer, claim_at, claim_at_check
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed", "intro", "item"),
    [
        (EN, "what's missing?", "stops CLM-", "There is no third-party invoice and no CSR"),
        (EN, "why can't I submit?", "stops CLM-", "Missing: Event photos"),
        (EN, "how do I fix this?", "stops CLM-", "Add the invoice"),
        (EN, "what's wrong", "stops CLM-", "Missing: Invitation and agenda"),
        (FR, "qu'est-ce qui manque ?", "empêche de soumettre CLM-", "Photos de l'événement"),
        (FR, "pourquoi je ne peux pas soumettre ?", "empêche de soumettre CLM-", "facture"),
        # Seen at stop 44: asked whether it is ready, the card's help came back.
        (EN, "is it ready?", "stops CLM-", "Missing: Event photos"),
        (EN, "can I submit it?", "stops CLM-", "Missing: Event photos"),
        (EN, "is everything ok?", "stops CLM-", "Missing: Event photos"),
        (FR, "c'est prêt ?", "empêche de soumettre CLM-", "Photos de l'événement"),
        (FR, "est-ce que je peux soumettre ?", "empêche de soumettre CLM-", "facture"),
        (FR, "tout est bon ?", "empêche de soumettre CLM-", "facture"),
        # Seen at stop 47 (at the evidence list too): the card's help.
        (EN, "what else do you need?", "stops CLM-", "Missing: Event photos"),
        (EN, "what's left to add?", "stops CLM-", "Missing: Event photos"),
        (FR, "il reste quoi à ajouter ?", "empêche de soumettre CLM-", "facture"),
        (FR, "qu'est-ce qu'il vous faut d'autre ?", "empêche de soumettre CLM-", "facture"),
        # Seen at stop 50 at the check card: the card's help.
        (EN, "is that enough?", "stops CLM-", "Missing: Event photos"),
        (EN, "am I done?", "stops CLM-", "Missing: Event photos"),
        (EN, "is it complete?", "stops CLM-", "Missing: Event photos"),
        (FR, "c'est bon comme ça ?", "empêche de soumettre CLM-", "facture"),
        (FR, "j'ai fini ?", "empêche de soumettre CLM-", "facture"),
        (FR, "est-ce suffisant ?", "empêche de soumettre CLM-", "facture"),
        # Seen at stop 51 at a plan's review: its help; the decision is the reviewer's, what
        # a reviewer would reject is the check's.
        (EN, "will it be approved?", "stops CLM-", "Missing: Event photos"),
        (EN, "will they accept it?", "stops CLM-", "Missing: Event photos"),
        (FR, "est-ce qu'elle sera acceptée ?", "empêche de soumettre CLM-", "facture"),
        (FR, "est-ce que ça va passer ?", "empêche de soumettre CLM-", "facture"),
        # Seen at stop 53: where every claim stands, the check's help.
        (EN, "what will the reviewer say?", "stops CLM-", "Missing: Event photos"),
        (EN, "would a reviewer reject it?", "stops CLM-", "Missing: Event photos"),
        (FR, "qu'est-ce que le réviseur va dire ?", "empêche de soumettre CLM-", "facture"),
        (FR, "le réviseur va-t-il la refuser ?", "empêche de soumettre CLM-", "facture"),
        # Seen at stop 56: the card's help.
        (EN, "is it ok to submit?", "stops CLM-", "Missing: Event photos"),
        (EN, "is it safe to send?", "stops CLM-", "Missing: Event photos"),
        (EN, "good to submit?", "stops CLM-", "Missing: Event photos"),
        (FR, "je peux l'envoyer ?", "empêche de soumettre CLM-", "facture"),
        (FR, "c'est bon pour soumettre ?", "empêche de soumettre CLM-", "facture"),
    ],
)
async def test_what_stops_a_claim_is_said_item_by_item(
    chat: Chat, locale: str, typed: str, intro: str, item: str
) -> None:
    await claim_at(chat, locale)
    await chat.say("terminé" if locale == FR else "done", locale=locale)
    replies = await chat.say(typed, locale=locale)
    text = shown(replies)
    assert intro in text and item in text
    assert "Submit the claim, add evidence, change an answer" not in text
    assert "Soumettre la réclamation, ajouter" not in text


@pytest.mark.parametrize("typed", ["what's missing?", "is it ready?", "is that enough?"])
async def test_a_claim_nothing_stops_says_so(chat: Chat, files: FileServer, typed: str) -> None:
    await claim_at_check(chat, files, EN)
    replies = await chat.say(typed, locale=EN)
    assert "Nothing stops CLM-" in shown(replies)


# The same at a plan's review: "what's missing?" got the review's help; seen at stop 53,
# "is this plan ok?" and "what will the reviewer say?" got where every item stands.
@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "what's missing?"),
        (EN, "is this plan ok?"),
        (EN, "what will the reviewer say?"),
        (FR, "mon plan est-il bon ?"),
        (FR, "qu'est-ce que le réviseur va dire ?"),
    ],
)
async def test_what_stops_a_plan_is_said(chat: Chat, locale: str, typed: str) -> None:
    from tests.dialogs.test_plan_journey import answer_until, start_plan

    chat.locale = locale
    await start_plan(chat, locale)
    await answer_until(chat, "review", locale=locale)
    replies = await chat.say(typed, locale=locale)
    said = shown(replies)
    assert ("Rien n'empêche de soumettre PLN-" if locale == FR else "Nothing stops PLN-") in said
    assert "This is your whole plan" not in said and "Where things stand" not in said
    assert "Où en sont les choses" not in said


async def test_what_stops_a_plan_over_its_limit_is_said(chat: Chat) -> None:
    from tests.dialogs.test_plan_journey import EN_ANSWERS, answer_until, start_plan

    over = [(f, "60,000" if f == "planned_amount" else v) for f, v in EN_ANSWERS]
    chat.locale = FR
    await start_plan(chat, EN)
    await answer_until(chat, "review", answers=over, locale=EN)
    replies = await chat.say("pourquoi je ne peux pas soumettre ?", locale=FR)
    assert "Ce qui empêche de soumettre PLN-" in shown(replies)
    assert "⛔" in shown(replies)


@pytest.mark.parametrize(
    ("locale", "typed", "title"),
    [
        (EN, "what's missing?", "Check of CLM-"),
        (EN, "what else do you need?", "Check of CLM-"),
        (EN, "is it ready?", "Check of CLM-"),
        (FR, "il reste quoi à ajouter ?", "Vérification de CLM-"),
        (EN, "is that enough?", "Check of CLM-"),
        (FR, "c'est bon comme ça ?", "Vérification de CLM-"),
    ],
)
async def test_asked_at_the_evidence_list_the_check_says_what_stops(
    chat: Chat, locale: str, typed: str, title: str
) -> None:
    """Seen at stop 47 at the evidence list: "what else do you need?" got the list's help
    ("what's missing?" already showed the check, which says what is still needed)."""
    await claim_at(chat, locale)
    replies = await chat.say(typed, locale=locale)
    assert title in shown(replies), shown(replies)
