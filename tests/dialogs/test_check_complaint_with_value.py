"""A complaint about an answer and its right value in one message, at a claim's check card.
Seen at stop 63: "wrong date, it was Nov 12", "the amount is wrong, it's 9500" asked that
answer's question again with the value said lost; « mauvais montant, c'est 9 500 € », « la
date était fausse, c'était le 12 » got 'Je ne connais pas …' ("the date is wrong, it should
be Nov 12" and « la date est fausse, c'était le 12 novembre » were read). The complaint
names the answer and the words after "it's", « c'est » its value, read as its question
reads it. A complaint alone still opens the question. Through the real bot, its dialogs, a
TinyDB store on disk and the evidence files served over HTTP.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at_check, get_claim
from tests.dialogs.test_plan_journey import get, plan_at
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed", "field", "kept"),
    [
        (EN, "wrong date, it was Nov 12", "execution_date", date(2026, 11, 12)),
        (EN, "the date was wrong, it was Nov 12", "execution_date", date(2026, 11, 12)),
        (EN, "the amount is wrong, it's 9500", "amount", Decimal("9500")),
        (EN, "wrong amount - it should be 9,500", "amount", Decimal("9500")),
        (FR, "mauvais montant, c'est 9 500 €", "amount", Decimal("9500")),
        (FR, "mauvaise date, c'était le 12", "execution_date", date(2026, 11, 12)),
        (FR, "la date était fausse, c'était le 12", "execution_date", date(2026, 11, 12)),
    ],
)
async def test_the_value_said_after_the_complaint_is_kept(
    chat: Chat, files, locale: str, typed: str, field: str, kept: object
) -> None:
    claim_id = await claim_at_check(chat, files, locale)

    said = shown(await chat.say(typed, locale=locale))

    assert getattr(await get_claim(chat, claim_id), field) == kept, said[:600]


@pytest.mark.parametrize(
    ("locale", "typed", "asked"),
    [
        (EN, "the date was wrong", "When did the activity run?"),
        (FR, "mauvais montant", "Quel montant réclamez-vous"),
    ],
)
async def test_a_complaint_alone_asks_the_answer_again(
    chat: Chat, files, locale: str, typed: str, asked: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    before = await get_claim(chat, claim_id)

    said = shown(await chat.say(typed, locale=locale))

    assert asked in said, said[:600]
    after = await get_claim(chat, claim_id)
    assert (after.amount, after.execution_date) == (before.amount, before.execution_date)


# A day alone at the check: seen at stop 63, "Nov 12", "it was the 12th", "change it to Nov
# 12" got 'I don't know "Nov 12". Pick one of the options' (a figure alone was offered as
# the answers it may change). The activity's date is the claim's one day: it is changed.
@pytest.mark.parametrize(
    ("locale", "typed", "kept"),
    [
        (EN, "Nov 12", date(2026, 11, 12)),
        (EN, "it was the 12th", date(2026, 11, 12)),
        (EN, "change it to Nov 12", date(2026, 11, 12)),
        (FR, "12/11/2026", date(2026, 11, 12)),
        (FR, "c'était le 12 novembre", date(2026, 11, 12)),
        # Not a day: the check's option of that number, a figure, an id.
        (EN, "2", date(2026, 11, 10)),
        (EN, "9500", date(2026, 11, 10)),
        (EN, "CLM-2026-000001", date(2026, 11, 10)),
        (EN, "Dec 12", date(2026, 11, 10)),  # after the campaign: refused, as at the date
    ],
)
async def test_a_day_alone_at_the_check_changes_the_date(
    chat: Chat, files, locale: str, typed: str, kept: date
) -> None:
    claim_id = await claim_at_check(chat, files, locale)

    said = shown(await chat.say(typed, locale=locale))

    assert (await get_claim(chat, claim_id)).execution_date == kept, said[:600]


# The same words at a plan's review (its changes are read by the same splitter): "the plan
# limit is wrong, it's 45000" asked the limit again with the value lost (checked at stop 63
# on 10eca88: "What is the plan limit, in EUR? Currently: EUR 50,000.00").
@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "the plan limit is wrong, it's 45000"),
        (EN, "wrong plan limit, it should be 45,000"),
        (FR, "le plafond du plan est faux, c'est 45 000 €"),
        (FR, "mauvais plafond, c'est 45 000"),
    ],
)
async def test_at_a_plans_review_the_value_after_the_complaint_is_kept(
    chat: Chat, locale: str, typed: str
) -> None:
    plan_id = await plan_at(chat, locale, "review")

    said = shown(await chat.say(typed, locale=locale))

    assert (await get(chat, plan_id)).plan_limit == Decimal("45000"), said[:600]
