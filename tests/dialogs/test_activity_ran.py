"""An activity said to have run, with no question open: its claim is started.

Seen at stop 53 (an approved plan with a seminar, digital advertising and TV / radio, no
question open): "I ran the seminar, now what?", "the event happened last week", "we did the
webinar", « on a fait le séminaire », « le séminaire a eu lieu » and "claim the seminar" got
"I didn't understand that", while "new claim for the seminar" starts that claim. What ran
is what a claim proves: its claim is started, the activity named taken (or asked, words
naming none or several), as "new claim for …" does. At a question those words stay its
answer (a description may say "we ran the webinar series last year").
"""

from __future__ import annotations

import pytest

from domain.lifecycle import PlanStatus
from tests.dialogs.claim_support import CLAIM_ID, EN, FR, approved_plan, get_claim, seed_funds
from tests.dialogs.test_new_claim_for import NAME_ASKED, THREE, WHICH
from tests.dialogs.test_plan_journey import answer_until, start_plan
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed", "activity_type"),
    [
        (EN, "I ran the seminar, now what?", "customer_seminar"),
        (EN, "we did the webinar", "customer_seminar"),
        (EN, "the seminar took place last week", "customer_seminar"),
        (EN, "the LinkedIn ads are done", "digital_advertising"),
        (EN, "claim the seminar", "customer_seminar"),
        (FR, "on a fait le séminaire", "customer_seminar"),
        (FR, "le séminaire a eu lieu", "customer_seminar"),
        (FR, "réclamer la publicité numérique", "digital_advertising"),
        # Seen at stop 53: 'I didn't understand that' ("had" is no verb it read).
        (EN, "we had the seminar yesterday", "customer_seminar"),
        (EN, "we had our webinar last week, now what?", "customer_seminar"),
        (FR, "on a eu le séminaire hier", "customer_seminar"),
        # Seen at stop 56: where everything stands ("what now?" read as a status question),
        # and 'I didn't understand that'.
        (EN, "I ran the seminar, what now?", "customer_seminar"),
        (FR, "le séminaire a eu lieu, et maintenant ?", "customer_seminar"),
        (EN, "I want to get paid for the seminar", "customer_seminar"),
        (EN, "get reimbursed for the LinkedIn ads", "digital_advertising"),
        (EN, "submit proof for the seminar", "customer_seminar"),
        (FR, "je veux être payé pour le séminaire", "customer_seminar"),
        (FR, "me faire rembourser le séminaire", "customer_seminar"),
    ],
)
async def test_an_activity_said_to_have_run_starts_its_claim(
    chat: Chat, locale: str, typed: str, activity_type: str
) -> None:
    chat.locale = locale
    await approved_plan(chat, THREE)
    await seed_funds(chat)
    said = shown(await chat.say(typed, locale=locale))
    assert NAME_ASKED[locale] in said and WHICH[locale] not in said, said[:400]
    claim = await get_claim(chat, CLAIM_ID.search(said).group(0))
    assert claim.activity_type == activity_type


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "the event happened last week"), (FR, "l'événement a eu lieu")],
)
async def test_words_naming_no_one_activity_ask_which(chat: Chat, locale: str, typed: str) -> None:
    chat.locale = locale
    await approved_plan(chat, THREE)
    await seed_funds(chat)
    said = shown(await chat.say(typed, locale=locale))
    assert WHICH[locale] in said, said[:400]


# Never a plan, a claim, a file, a figure or a slip said done (seen in the read of this
# change: « on a fait une erreur » would have started a claim "for" it).
@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "the plan is done"),
        (EN, "I did the invoice"),
        (EN, "claim 500"),
        (EN, "we did a mistake"),
        (EN, "I did the changes"),
        (FR, "on a fait une erreur"),
        (FR, "j'ai fait les modifications"),
        # "had" says trouble as often as an event: never a claim for it.
        (EN, "we had a problem"),
        (EN, "I had an issue with the form"),
        (EN, "we had the same question"),
        (FR, "on a eu un problème"),
    ],
)
async def test_words_naming_no_activity_start_nothing(chat: Chat, locale: str, typed: str) -> None:
    chat.locale = locale
    await approved_plan(chat, THREE)
    await seed_funds(chat)
    said = shown(await chat.say(typed, locale=locale))
    assert CLAIM_ID.search(said) is None, said[:300]
    assert not await chat.services.claims.summaries(chat.tenant_id)


# At a question the words are its answer: an activity's description in a plan.
async def test_at_a_question_the_words_are_its_answer(chat: Chat) -> None:
    chat.locale = EN
    plan_id = await start_plan(chat, EN)
    await answer_until(chat, "description", locale=EN)
    await chat.say("we ran the webinar series last year", locale=EN)
    plan = await chat.services.plans.get_plan(chat.tenant_id, plan_id)
    assert plan.status is PlanStatus.EDITING
    assert plan.campaigns[0].activities[0].description == "we ran the webinar series last year"
