"""The amount a claim takes when it claims what its activity has left.

The amount question says "Up to EUR 12,500.00 remains planned for this activity", and a
partner claiming all of it typed the figure again; "all of it", "the full amount", « tout »
got 'isn't an amount I can read'. The question now offers that amount as a button, and
the words for it are read as it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim, last_card
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "button"),
    [(EN, "All that remains: EUR 12,500.00"), (FR, "Tout le restant : 12 500,00 EUR")],
)
async def test_the_amount_that_remains_is_one_click_away(
    chat: Chat, locale: str, button: str
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")
    replies = await chat.say("2026-11-10", locale=locale)
    card = last_card(replies)
    titles = [a["title"].replace("\u202f", " ").replace("\xa0", " ") for a in card.card["actions"]]
    assert button in titles
    title = card.card["actions"][titles.index(button)]["title"]
    replies = await chat.click(card.submit_data(title))
    assert (await get_claim(chat, claim_id)).amount == Decimal("12500")
    assert "12,500.00" in shown(replies) or "12 500,00" in shown(replies).replace("\u202f", " ")


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "all of it"),
        (EN, "the full amount"),
        (EN, "everything that remains"),
        (FR, "tout"),
        (FR, "la totalité"),
        (FR, "tout le restant"),
        # Typed in the test chat and refused ("isn't an amount I can read"):
        (EN, "the remaining"),
        (EN, "remaining"),
        (EN, "what's left"),
        (EN, "the balance"),
        (FR, "le solde"),
        (FR, "ce qu'il reste"),
        (FR, "le reliquat"),
        # Typed in the test chat and refused ("isn't an amount I can read"), stop 37:
        (EN, "max"),
        (EN, "the maximum"),
        (FR, "le maximum"),
        (FR, "le max"),
        # Typed at stop 62 and refused ("isn't an amount I can read"):
        (EN, "the same as planned"),
        (EN, "same as the plan"),
        (EN, "the amount planned"),
        (FR, "le même montant que prévu"),
        (FR, "comme dans le plan"),
    ],
)
async def test_words_for_all_of_it_claim_what_remains(chat: Chat, locale: str, typed: str) -> None:
    claim_id = await claim_at(chat, locale, until="amount")
    replies = await chat.say(typed, locale=locale)
    assert "can't read" not in shown(replies) and "sais pas lire" not in shown(replies)
    assert (await get_claim(chat, claim_id)).amount == Decimal("12500")


async def test_an_activity_claimed_past_its_plan_asks_the_amount_without_a_button(
    chat: Chat,
) -> None:
    """Seen with a partner of 5,000 claims: an activity whose claims already passed its
    planned amount made the amount question fail ('Sorry, something went wrong'), and the
    partner fell out of the claim; nothing remains, so no button is offered either."""
    from domain.lifecycle import ClaimStatus
    from tests.dialogs.claim_support import answer, seminar_answers, start_claim

    await claim_at(chat, EN, until="execution_date")
    (first,) = [s.id for s in await chat.services.claims.summaries(chat.tenant_id)]
    claim = await get_claim(chat, first)
    claim.amount, claim.status = Decimal("13000"), ClaimStatus.SUBMITTED
    await chat.services.claims.save(claim)
    await chat.say("cancel", locale=EN)
    await start_claim(chat, EN)
    replies = await answer(chat, seminar_answers(EN), locale=EN, until="amount")
    assert "Up to EUR 0.00 remains planned for this activity." in shown(replies)
    assert "All that remains" not in shown(replies)
    assert "went wrong" not in shown(replies)
