"""A claim's amount typed as a sum, a range, two figures or a figure hedged after it.

Seen at stop 45 at a claim's amount: "9500 + 500" (the invoice and its fees), "between 9000
and 9500", "9000-9500", "9500 or 10000", « entre 9 000 et 9 500 », "9500 or so", « 9 500
environ », "is 9500 ok?" got '"…" isn't an amount I can read' (the last the question's
help). A sum is offered as its total, one click or "yes"; two figures are offered one
button each (a claim is paid on one amount, the invoice's); a figure hedged after it is
offered as exact, as "about 9500" is. Through the real bot, dialogs and a TinyDB store.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim, last_card
from tests.support import Chat


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ")


@pytest.mark.parametrize(
    ("locale", "typed", "offered", "amount"),
    [
        (EN, "9500 + 500", "EUR 10,000.00", "10000"),
        (EN, "9,000 + 450.50 + 49.50", "EUR 9,500.00", "9500"),
        (FR, "9 500 + 500", "10 000,00 EUR", "10000"),
        (EN, "9500 or so", "EUR 9,500.00", "9500"),
        (EN, "9500-ish", "EUR 9,500.00", "9500"),
        (FR, "9 500 environ", "9 500,00 EUR", "9500"),
        (FR, "9500 à peu près", "9 500,00 EUR", "9500"),
        (EN, "is 9500 ok?", "EUR 9,500.00", "9500"),
        (EN, "can I claim 9,500?", "EUR 9,500.00", "9500"),
        (EN, "can I claim EUR 9,500?", "EUR 9,500.00", "9500"),
        (FR, "puis-je réclamer 9 500 € ?", "9 500,00 EUR", "9500"),
        (FR, "est-ce que 9500 ça va ?", "9 500,00 EUR", "9500"),
        # Seen at stop 49: "… isn't an amount I can read" (the bare sum was offered).
        (EN, "9,800 + 200 shipping", "EUR 10,000.00", "10000"),
        (EN, "9800 (invoice) + 200 (fees)", "EUR 10,000.00", "10000"),
        (EN, "9800 plus 200", "EUR 10,000.00", "10000"),
        (EN, "venue 9800 + catering 200", "EUR 10,000.00", "10000"),
        (FR, "9 800 + 200 de frais", "10 000,00 EUR", "10000"),
        (FR, "9 800 plus 200", "10 000,00 EUR", "10000"),
    ],
)
async def test_one_figure_is_offered_and_yes_takes_it(
    chat: Chat, locale: str, typed: str, offered: str, amount: str
) -> None:
    claim_id = await claim_at(chat, locale, until="amount")
    card = last_card(await chat.say(typed, locale=locale))
    assert offered in _plain(card.shown), card.shown
    assert (await get_claim(chat, claim_id)).amount is None
    await chat.say("yes" if locale == EN else "oui", locale=locale)
    assert (await get_claim(chat, claim_id)).amount == Decimal(amount)


@pytest.mark.parametrize(
    ("locale", "typed", "first", "second"),
    [
        (EN, "between 9000 and 9500", "EUR 9,000.00", "EUR 9,500.00"),
        (EN, "9000-9500", "EUR 9,000.00", "EUR 9,500.00"),
        (EN, "9500 or 10000", "EUR 9,500.00", "EUR 10,000.00"),
        (EN, "9,000 to 9,500", "EUR 9,000.00", "EUR 9,500.00"),
        (FR, "entre 9 000 et 9 500", "9 000,00 EUR", "9 500,00 EUR"),
        (FR, "9500 ou 10000", "9 500,00 EUR", "10 000,00 EUR"),
        (FR, "de 9000 à 9500", "9 000,00 EUR", "9 500,00 EUR"),
        # Seen at stop 55: "isn't an amount I can read" (a first figure of one digit, or
        # with its scale); "9-9.5k" is 9,000 to 9,500 (the scale said once is both ends').
        (EN, "9k-9.5k", "EUR 9,000.00", "EUR 9,500.00"),
        (EN, "9-9.5k", "EUR 9,000.00", "EUR 9,500.00"),
        (FR, "9k à 9,5k", "9 000,00 EUR", "9 500,00 EUR"),
    ],
)
async def test_two_figures_are_offered_one_button_each(
    chat: Chat, locale: str, typed: str, first: str, second: str
) -> None:
    claim_id = await claim_at(chat, locale, until="amount")
    card = last_card(await chat.say(typed, locale=locale))
    titles = [_plain(action["title"]) for action in card.card["actions"]]
    assert titles[:2] == [first, second], card.shown
    assert (await get_claim(chat, claim_id)).amount is None
    await chat.click(card.submit_data(card.card["actions"][1]["title"]))
    kept = (await get_claim(chat, claim_id)).amount
    assert kept == Decimal(re.sub(r"\D", "", second)) / 100  # the second button's amount


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "9500 + 500 + abc"), (EN, "9000 - 500 - 20"), (EN, "between 9500 and 9500")],
)
async def test_what_makes_no_figure_is_still_refused(chat: Chat, locale: str, typed: str) -> None:
    claim_id = await claim_at(chat, locale, until="amount")
    said = (await chat.say(typed, locale=locale))[0].shown
    assert "isn't an amount I can read" in said, said
    assert (await get_claim(chat, claim_id)).amount is None


@pytest.mark.parametrize("typed", ["is 9500 ok?", "can I claim 9,500?"])
async def test_a_figure_asked_about_is_not_called_an_estimate(chat: Chat, typed: str) -> None:
    await claim_at(chat, EN, until="amount")
    said = last_card(await chat.say(typed, locale=EN)).shown
    assert "is an estimate" not in said and "activity type" not in said, said
    assert "Is it exactly **EUR 9,500.00**?" in said, said


def test_can_i_claim_a_figure_with_no_question_open_is_about_the_funds() -> None:
    """At rest "can I claim 12,000?" asks what is left to claim (as "how much can I claim?");
    it was read as "what evidence for the activity type '12 000'?"."""
    from dialogs.intents import Intent
    from dialogs.recognizer import at_rest, recognize_command

    for typed in ("can I claim 12,000?", "can I claim EUR 12,000?", "can we claim 12k?"):
        command = recognize_command(typed)
        assert command is None or command.intent is not Intent.EVIDENCE_NEEDED, typed
        assert at_rest(typed) is Intent.MY_FUNDS, typed
    assert recognize_command("can I claim travel?").intent is Intent.EVIDENCE_NEEDED


@pytest.mark.parametrize(
    "typed", ["9800 + 200 dollars", "9800 + shipping 200 USD", "9800 + 200 + lots"]
)
async def test_words_around_a_sums_figure_never_hide_another_currency(
    chat: Chat, typed: str
) -> None:
    """What a figure is for is left aside ("200 shipping"), never a currency: 200 dollars in
    a plan in EUR are not EUR 200."""
    claim_id = await claim_at(chat, EN, until="amount")
    replies = await chat.say(typed, locale=EN)
    assert "EUR 10,000.00" not in _plain(" ".join(reply.shown for reply in replies))
    assert (await get_claim(chat, claim_id)).amount is None
