"""A change typed at a claim's check card, as partners say it: "change the amount",
« modifier la date ».

Seen walking a claim off the script: at the check card "change the amount", "change the
date" (and then "9500", "12/11") each got 'I don't know "…"': only the exact "change amount"
of the card's list was understood.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.dialogs.claim_support import (
    EN,
    FR,
    FileServer,
    claim_at_check,
    get_claim,
)
from tests.support import Chat, shown

EN_AMOUNT = "How much are you claiming, in EUR?"
FR_AMOUNT = "Quel montant réclamez-vous, en EUR ?"


@pytest.mark.parametrize(
    ("locale", "typed", "asks"),
    [
        (EN, "change the amount", EN_AMOUNT),
        (EN, "please correct the claimed amount", EN_AMOUNT),
        (EN, "change the date", "When did the activity run?"),
        (EN, "edit the execution date", "When did the activity run?"),
        (EN, "update my results", "registered guests"),
        (FR, "modifier le montant", FR_AMOUNT),
        (FR, "changer la date", "Quand l'activité a-t-elle eu lieu ?"),
        (FR, "corriger les résultats", "invités inscrits"),
    ],
)
async def test_a_change_typed_at_the_check_asks_that_field(
    chat: Chat, files: FileServer, locale: str, typed: str, asks: str
) -> None:
    await claim_at_check(chat, files, locale)
    replies = await chat.say(typed, locale=locale)
    assert asks in shown(replies)
    assert "I don't know" not in shown(replies)
    assert "Je ne connais pas" not in shown(replies)


@pytest.mark.parametrize(("locale", "amount"), [(EN, "9,500"), (FR, "9 500")])
async def test_the_amount_typed_after_is_kept_and_the_check_shown_again(
    chat: Chat, files: FileServer, locale: str, amount: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    await chat.say("modifier le montant" if locale == FR else "change the amount", locale=locale)
    replies = await chat.say(amount, locale=locale)
    assert (await get_claim(chat, claim_id)).amount == Decimal("9500")
    assert claim_id in shown(replies)  # the check card again
