""" "Change the date to the 3rd" in another of a claim's questions. Seen at stop 62: at a
claim's amount, "change the date to the 3rd", "change the date to Nov 3", « modifier la date
au 3 novembre » got '"change the date to the 3rd" isn't an amount I can read' — though
"change the date" alone opened the date, and at the check card the same words change it.
The answer named is now changed to the value said, as its own question reads it (a value
it refuses is said, and that question asked), and the claim goes on where it was. Through
the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.support import Chat, shown

AMOUNT_ASKED = {EN: "How much are you claiming", FR: "Quel montant réclamez-vous"}


@pytest.mark.parametrize(
    ("locale", "typed", "day"),
    [
        (EN, "change the date to the 3rd", date(2026, 11, 3)),
        (EN, "change the date to Nov 3", date(2026, 11, 3)),
        (FR, "modifier la date au 3 novembre", date(2026, 11, 3)),
    ],
)
async def test_a_date_changed_with_its_value_at_the_amount(
    chat: Chat, locale: str, typed: str, day: date
) -> None:
    claim_id = await claim_at(chat, locale, until="amount")

    said = shown(await chat.say(typed, locale=locale))

    claim = await get_claim(chat, claim_id)
    assert claim.execution_date == day, said[:600]
    assert claim.amount is None
    assert AMOUNT_ASKED[locale] in said, said[:600]  # on where the claim was


async def test_the_name_changed_with_its_value_at_the_impressions(chat: Chat) -> None:
    claim_id = await claim_at(chat, EN, until="impressions")

    said = shown(await chat.say("change the name to Cloud day", locale=EN))

    claim = await get_claim(chat, claim_id)
    assert claim.name == "Cloud day" and claim.impressions is None, said[:600]
    assert "how many people" in said, said[:600]


async def test_a_value_its_question_refuses_is_said_and_that_question_asked(chat: Chat) -> None:
    claim_id = await claim_at(chat, EN, until="amount")

    said = shown(await chat.say("change the date to someday", locale=EN))

    assert "When did the activity run?" in said, said[:600]
    assert (await get_claim(chat, claim_id)).execution_date == date(2026, 11, 10)


async def test_the_amount_changed_at_the_amount_stays_its_answer(chat: Chat) -> None:
    claim_id = await claim_at(chat, EN, until="amount")

    await chat.say("change the amount to 9000", locale=EN)

    assert (await get_claim(chat, claim_id)).amount == Decimal("9000")
