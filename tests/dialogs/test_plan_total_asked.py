"""The plan's total against its limit, asked at its review.

Seen at stop 46 at a plan's review: "what's the total?", "is it under the limit?", « quel
est le total ? » got the review's help ("This is your whole plan. Submit it…"), no figure.
The answer is the total planned, the limit and what is left to plan (or by how much it is
over), under the review (as "what's missing?" is). Through the real bot, dialogs and a
TinyDB store on disk.

Seen at stop 46, at the same review: "how much can I still plan?", "how much is left?",
« combien reste-t-il ? » got "I have no co-op funds on record for your organisation yet" (the
funds' answer, read at rest too), "how much room do I have left?" the review's help: at a
plan's review they ask what is left under its limit. Naming the funds ("how much co-op do I
have left?") still gets the funds.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_journey import answer_until, start_plan
from tests.support import Chat, shown

HELP = ("This is your whole plan", "Voici votre plan complet")


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "what's the total?"),
        (EN, "is it under the limit?"),
        (EN, "total?"),
        (FR, "quel est le total ?"),
        (FR, "est-ce sous le plafond ?"),
        (FR, "le total ?"),
        (EN, "how much can I still plan?"),
        (EN, "how much is left?"),
        (EN, "how much room do I have left?"),
        (EN, "how much more can I plan?"),
        (FR, "combien puis-je encore prévoir ?"),
        (FR, "combien reste-t-il ?"),
        (FR, "il me reste combien ?"),
        # Seen at stop 51: the review's help.
        (EN, "how much is planned in total?"),
        (EN, "what's the total amount?"),
        (EN, "what is the plan total?"),
        (FR, "combien est prévu au total ?"),
        (FR, "quel est le montant total ?"),
        # Seen at stop 52: « combien il reste ? » got the review's help.
        (FR, "combien il reste ?"),
        (FR, "il reste combien ?"),
        (FR, "combien il me reste ?"),
        (EN, "how much remains?"),
        (EN, "how much do we have left?"),
    ],
)
async def test_the_total_and_the_limit_are_said(chat: Chat, locale: str, typed: str) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "review", locale=locale)
    replies = await chat.say(typed, locale=locale)
    answer = replies[0].shown.replace("\u202f", " ").replace("\xa0", " ")
    limit = {EN: "EUR 50,000.00", FR: "40 000,00 EUR"}[locale]
    assert limit in answer and plan_id in answer, answer
    assert not any(words in shown(replies) for words in HELP), shown(replies)


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "how much co-op do I have left?", "co-op funds"),
        (FR, "combien de fonds me reste-t-il ?", "fonds co-op"),
    ],
)
async def test_the_funds_named_at_the_review_are_the_funds(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    chat.locale = locale
    await start_plan(chat, locale)
    await answer_until(chat, "review", locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert said in replies[0].shown, shown(replies)
