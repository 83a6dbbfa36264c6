"""What a cost may be claimed for, asked with no question open.

Seen at stop 59: "can I claim catering?", "is catering eligible?", "can I claim travel?",
"can I claim hotel costs?", "can I claim alcohol?", "can I claim VAT?", « puis-je réclamer
le traiteur ? » got '"catering" is not an activity type co-op pays for.' and the whole
catalog — read as "no", though catering is claimed with a customer seminar (never alcohol)
and travel with a Microsoft-hosted conference, within its caps. A cost the catalog names is
answered with its rule and the activity it goes with; tax, which the catalog does not rule
on, says so and who can tell. Nothing is started. Through the real bot, dialogs and a
TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, approved_plan, claim_at, get_claim, seed_funds
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

NOT_A_TYPE = ("is not an activity type", "n'est pas un type d'activité")


@pytest.mark.parametrize(
    ("locale", "typed", "answer"),
    [
        (EN, "can I claim catering?", ["**Catering**", "**Customer seminars / boot camps**"]),
        (EN, "is catering eligible?", ["**Catering**", "alcohol"]),
        (EN, "can we claim the lunch?", ["**Catering**", "alcohol"]),
        (EN, "can I claim food and drinks?", ["**Catering**", "alcohol"]),
        (EN, "can I claim alcohol?", ["**Alcohol** is never paid"]),
        (EN, "can I claim the wine at the seminar?", ["**Alcohol** is never paid"]),
        (EN, "can I claim travel?", ["**Travel**", "**Microsoft-hosted conferences**", "5,000"]),
        (EN, "can I claim hotel costs?", ["**Travel**", "3 people"]),
        (EN, "can I claim flights?", ["**Travel**", "45,000"]),
        (EN, "can I claim VAT?", ["**tax**", "your Microsoft account manager"]),
        (EN, "can I claim sales tax?", ["**tax**"]),
        (FR, "puis-je réclamer le traiteur ?", ["**restauration**", "**Séminaires clients"]),
        (FR, "est-ce que je peux réclamer les repas ?", ["**restauration**", "alcool"]),
        (FR, "puis-je réclamer l'alcool ?", ["**L'alcool** n'est jamais payé"]),
        (FR, "puis-je réclamer les frais de déplacement ?", ["**déplacements**", "5 000"]),
        (FR, "est-ce que je peux réclamer l'hôtel ?", ["**déplacements**", "3 personnes"]),
        (FR, "puis-je réclamer la TVA ?", ["**taxes**", "responsable de compte Microsoft"]),
        (FR, "peut-on se faire rembourser l'hôtel ?", ["**déplacements**"]),
        (EN, "can I get reimbursed for flights?", ["**Travel**"]),
        (FR, "on peut réclamer le HT ou le TTC ?", ["**taxes**"]),
        (EN, "do I claim the amount incl. tax or excl. tax?", ["**tax**"]),
    ],
)
async def test_a_cost_asked_about_gets_its_rule_not_no(
    chat: Chat, locale: str, typed: str, answer: list[str]
) -> None:
    await seed_funds(chat)
    await approved_plan(chat)

    said = await understood(chat, locale, typed)

    for words in answer:
        assert words in said, said
    assert not any(words in said for words in NOT_A_TYPE), said
    assert await chat.services.claims.summaries(chat.tenant_id) == []


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "can I claim catering and alcohol?"), (FR, "puis-je réclamer le traiteur et l'alcool ?")],
)
async def test_two_costs_asked_together_get_both_rules(chat: Chat, locale: str, typed: str) -> None:
    said = await understood(chat, locale, typed)

    fr = locale == FR
    assert ("**restauration**" if fr else "**Catering**") in said, said
    assert ("**L'alcool**" if fr else "**Alcohol**") in said, said


@pytest.mark.parametrize(
    ("locale", "typed", "answer"),
    [
        (EN, "what does co-op pay for?", "**can I claim catering?**"),
        (FR, "que paie le co-op ?", "**puis-je réclamer le traiteur ?**"),
        (FR, "c'est quoi les dépenses éligibles ?", "**puis-je réclamer le traiteur ?**"),
        (EN, "what are the eligible expenses?", "**can I claim catering?**"),
    ],
)
async def test_the_catalog_names_the_costs_with_a_rule(
    chat: Chat, locale: str, typed: str, answer: str
) -> None:
    said = await understood(chat, locale, typed)

    assert answer in said, said
    assert ("alcool" if locale == FR else "alcohol") in said, said


@pytest.mark.parametrize(
    ("locale", "typed"), [(EN, "can I claim catering?"), (FR, "puis-je réclamer le traiteur ?")]
)
async def test_in_a_claims_question_the_cost_is_answered_and_the_question_asked_again(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale, until="amount")

    said = shown(await chat.say(typed, locale=locale))

    assert ("**restauration**" if locale == FR else "**Catering**") in said, said
    assert ("Quel montant" if locale == FR else "How much") in said, said
    assert (await get_claim(chat, claim_id)).amount is None  # the draft kept, at its question
    assert len(await chat.services.claims.summaries(chat.tenant_id)) == 1


@pytest.mark.parametrize(
    ("locale", "typed", "answer"),
    [
        (EN, "can I claim a webinar?", "For **Customer seminars / boot camps**"),
        (EN, "can I claim banana bread?", '"banana bread" is not an activity type'),
    ],
)
async def test_types_and_unknown_words_are_answered_as_before(
    chat: Chat, locale: str, typed: str, answer: str
) -> None:
    said = await understood(chat, locale, typed)

    assert answer in said, said
