"""A field said to be wrong, at a plan's review or a claim's check: its question is asked.

Seen off the script at the plan review: "the amount is wrong" got 'I don't know "the amount
is wrong" here'; at the claim check the same; « le montant est faux » likewise. A partner
who says a field is wrong means to change it: that field's question is asked (several
activities: which one, as "change the amount" does), and nothing changes until answered.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, FileServer, claim_at_check, get_claim
from tests.dialogs.test_plan_journey import get
from tests.dialogs.test_review_typed_items import EN_AMOUNT, at_review
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed", "asks"),
    [
        (EN, "the amount is wrong", EN_AMOUNT),
        (EN, "The planned amount is incorrect.", EN_AMOUNT),
        (EN, "wrong end date", "When does **Spring push** end?"),
        (EN, "the plan limit is wrong", "What is the plan limit, in EUR?"),
        (FR, "la date de fin de Rentrée est fausse", "Quand se termine **Rentrée** ?"),
        (FR, "le montant est faux", "peut désigner plusieurs choses ici"),
    ],
)
async def test_a_field_said_wrong_at_the_plan_review_asks_it(
    chat: Chat, locale: str, typed: str, asks: str
) -> None:
    plan_id = await at_review(chat, locale)
    before = await get(chat, plan_id)
    replies = await chat.say(typed, locale=locale)
    assert asks in shown(replies), shown(replies)
    assert await get(chat, plan_id) == before


@pytest.mark.parametrize(
    ("locale", "typed", "asks"),
    [
        (EN, "the amount is wrong", "How much are you claiming"),
        (EN, "wrong date", "When did the activity run"),
        (FR, "le montant est faux", "Quel montant réclamez-vous"),
        (FR, "la date est fausse", "Quand l'activité a-t-elle eu lieu"),
    ],
)
async def test_a_field_said_wrong_at_the_claim_check_asks_it(
    chat: Chat, files: FileServer, locale: str, typed: str, asks: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    before = await get_claim(chat, claim_id)
    replies = await chat.say(typed, locale=locale)
    assert asks in shown(replies), shown(replies)
    assert await get_claim(chat, claim_id) == before
