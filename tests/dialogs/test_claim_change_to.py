"""A change and its new value in one sentence, at a claim's check.

Seen off the script at the check card: "change amount to 9000" opened the amount question
and the 9000 was dropped (the partner typed it again); "set the amount to 9,000", "rename
it to Security day" got 'I don't know …'. The value is now read as the question would
read it, kept, said back, and the check shown again; a value the question would refuse is
refused the same way, and nothing changes.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.dialogs.claim_support import EN, FR, FileServer, claim_at_check, get_claim
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed", "field", "value", "said"),
    [
        (EN, "change amount to 9000", "amount", Decimal("9000"), "EUR 9,000.00"),
        (EN, "set the amount to 9,000", "amount", Decimal("9000"), "EUR 9,000.00"),
        (EN, "change the date to Nov 9", "execution_date", date(2026, 11, 9), "9 Nov 2026"),
        (EN, "rename it to Security day", "name", "Security day", "Security day"),
        (EN, "amount: 9000", "amount", Decimal("9000"), "EUR 9,000.00"),
        (EN, "the date is Nov 9", "execution_date", date(2026, 11, 9), "9 Nov 2026"),
        (FR, "modifier le montant à 9 000", "amount", Decimal("9000"), "9 000,00 EUR"),
        (FR, "changer la date en 9 novembre", "execution_date", date(2026, 11, 9), "9 novembre"),
        (FR, "renommer en Journée sécurité", "name", "Journée sécurité", "Journée sécurité"),
        # Seen at stop 41: 'I don't know …' (a past tense, a word before, a French verb in the
        # imperative, « est » without a verb).
        (EN, "the date was Nov 12", "execution_date", date(2026, 11, 12), "12 Nov 2026"),
        (EN, "actually the date is Nov 13", "execution_date", date(2026, 11, 13), "13 Nov 2026"),
        (EN, "the date is actually Nov 13", "execution_date", date(2026, 11, 13), "13 Nov 2026"),
        (FR, "mets le montant à 9 500", "amount", Decimal("9500"), "9 500,00 EUR"),
        (FR, "corrige la date au 12/11", "execution_date", date(2026, 11, 12), "12 novembre"),
        (FR, "le montant est 9 600", "amount", Decimal("9600"), "9 600,00 EUR"),
        (FR, "en fait la date était le 13/11", "execution_date", date(2026, 11, 13), "13 novembre"),
        # Seen at stop 43: asked as a question, the check's help came back, nothing changed.
        (EN, "can you change the amount to 9,500?", "amount", Decimal("9500"), "EUR 9,500.00"),
        (
            EN,
            "could I set the date to Nov 9, please?",
            "execution_date",
            date(2026, 11, 9),
            "9 Nov",
        ),
        (FR, "pouvez-vous mettre le montant à 9 500 ?", "amount", Decimal("9500"), "9 500,00"),
        (FR, "peut-on changer la date au 12/11 ?", "execution_date", date(2026, 11, 12), "12 nov"),
        # Seen at stop 44: the value with no word before it opened the question, dropped.
        (EN, "change the amount 9500", "amount", Decimal("9500"), "EUR 9,500.00"),
        (EN, "amount 9500", "amount", Decimal("9500"), "EUR 9,500.00"),
        (FR, "montant 9 500 €", "amount", Decimal("9500"), "9 500,00 EUR"),
        # Seen at stop 53: 'I don't know "make the amount 9000"'.
        (EN, "make the amount 9000", "amount", Decimal("9000"), "EUR 9,000.00"),
        (EN, "make the amount 9,000 please", "amount", Decimal("9000"), "EUR 9,000.00"),
        (EN, "make the date Nov 9th", "execution_date", date(2026, 11, 9), "9 Nov 2026"),
        # Seen at stop 53: the question opened and the value dropped (typed again).
        (EN, "change the date Nov 9th", "execution_date", date(2026, 11, 9), "9 Nov 2026"),
        (EN, "change the name Security day", "name", "Security day", "Security day"),
        (FR, "modifier la date 9 novembre", "execution_date", date(2026, 11, 9), "9 novembre"),
        (FR, "changer le nom Journée sécurité", "name", "Journée sécurité", "Journée sécurité"),
    ],
)
async def test_a_change_with_its_value_is_kept_and_the_check_shown_again(
    chat: Chat, files: FileServer, locale: str, typed: str, field: str, value, said: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    replies = await chat.say(typed, locale=locale)
    text = shown(replies).replace("\u202f", " ").replace("\xa0", " ")
    assert said in text
    assert claim_id in text and ("Submit" in text or "Soumettre" in text)  # the check again
    assert getattr(await get_claim(chat, claim_id), field) == value


@pytest.mark.parametrize(
    ("locale", "typed", "refused"),
    [
        (EN, "change the amount to lots", "isn't an amount I can read"),
        (EN, "change the date to Aug 25", "must have run during the campaign"),
    ],
)
async def test_a_value_the_question_refuses_changes_nothing(
    chat: Chat, files: FileServer, locale: str, typed: str, refused: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    before = (await get_claim(chat, claim_id)).model_dump(mode="json")
    replies = await chat.say(typed, locale=locale)
    assert refused in shown(replies)
    after = (await get_claim(chat, claim_id)).model_dump(mode="json")
    assert after == before


async def test_a_complaint_is_no_value(chat: Chat, files: FileServer) -> None:
    """ "the amount is wrong" names the amount, but "wrong" is no amount: not refused as one."""
    claim_id = await claim_at_check(chat, files, EN)
    before = (await get_claim(chat, claim_id)).model_dump(mode="json")
    replies = await chat.say("the amount is wrong", locale=EN)
    assert "isn't an amount" not in shown(replies)
    assert (await get_claim(chat, claim_id)).model_dump(mode="json") == before
