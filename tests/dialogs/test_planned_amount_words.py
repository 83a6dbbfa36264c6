"""An activity's planned amount, said as planners say it.

Seen off the script at "How much do you plan to spend on it, in EUR?" (plan limit
EUR 50,000): "the rest", "all of it", « le reste » got '"the rest" isn't an amount I can
read', though what remains of the limit is known; "TBD" got the same, with no word that
an estimate will do; "12500 (approx)" was refused for its remark. Through the real bot,
its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "the rest", "EUR 50,000.00 (what remains of the plan limit)"),
        (EN, "all of it", "EUR 50,000.00 (what remains of the plan limit)"),
        (EN, "whatever is left", "EUR 50,000.00 (what remains of the plan limit)"),
        (FR, "le reste", "(ce qui reste de la limite du plan)"),
        (FR, "tout", "(ce qui reste de la limite du plan)"),
    ],
)
async def test_the_rest_of_the_limit_is_planned(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "planned_amount", locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert said in shown(replies).replace("\u202f", " ").replace("\xa0", " ")
    plan = await get(chat, plan_id)
    assert plan.campaigns[0].activities[0].planned_amount == plan.plan_limit


async def test_the_rest_is_what_other_activities_left(chat: Chat) -> None:
    """The French script plans 1 234,56 € first, then a second activity: the rest is the
    limit (40 000) less that."""
    chat.locale = FR
    plan_id = await start_plan(chat, FR)
    await answer_until(chat, "planned_amount", locale=FR, occurrence=2)
    await chat.say("le reste", locale=FR)
    activities = (await get(chat, plan_id)).campaigns[0].activities
    assert activities[1].planned_amount == Decimal("40000") - Decimal("1234.56")


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "TBD", "Type your best estimate"),
        (EN, "not sure yet", "Type your best estimate"),
        (FR, "à définir", "Tapez votre meilleure estimation"),
    ],
)
async def test_an_amount_not_known_yet_is_asked_as_an_estimate(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "planned_amount", locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert said in shown(replies)
    assert (await get(chat, plan_id)).campaigns[0].activities[0].planned_amount is None


@pytest.mark.parametrize(("locale", "typed"), [(EN, "12500 (approx)"), (FR, "12 500 (estimation)")])
async def test_a_remark_in_brackets_after_a_planned_amount_is_left_aside(
    chat: Chat, locale: str, typed: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "planned_amount", locale=locale)
    await chat.say(typed, locale=locale)
    assert (await get(chat, plan_id)).campaigns[0].activities[0].planned_amount == 12500


# Seen off the script at "What is the plan limit, in EUR?": "the max", "all my co-op",
# "what I earned", « tout mon co-op » got '"the max" isn't an amount I can read', though the
# co-op earned for the plan's program and period is known. It is taken and said back; a
# share of it as that share.
@pytest.mark.parametrize(
    ("locale", "typed", "limit", "said"),
    [
        (EN, "the max", "25000", "EUR 25,000.00 (the co-op earned for"),
        (EN, "all my co-op", "25000", "EUR 25,000.00 (the co-op earned for"),
        (EN, "what I earned", "25000", "EUR 25,000.00 (the co-op earned for"),
        (FR, "tout mon co-op", "25000", "(le co-op gagné pour"),
        (FR, "le maximum", "25000", "(le co-op gagné pour"),
        # Seen at stop 44: '"whatever I earned" isn't an amount I can read'.
        (EN, "whatever I earned", "25000", "EUR 25,000.00 (the co-op earned for"),
        (EN, "everything I've earned", "25000", "EUR 25,000.00 (the co-op earned for"),
        (FR, "tout ce qu'on a gagné", "25000", "(le co-op gagné pour"),
        # Seen at stop 51: '"my co-op" isn't an amount I can read'.
        (EN, "my co-op for the period", "25000", "EUR 25,000.00 (the co-op earned for"),
        (EN, "my co-op", "25000", "EUR 25,000.00 (the co-op earned for"),
        (FR, "mon co-op pour la période", "25000", "(le co-op gagné pour"),
        # Seen at stop 53: 'isn't an amount I can read'.
        (EN, "whatever is available", "25000", "EUR 25,000.00 (the co-op earned for"),
        (EN, "everything available", "25000", "EUR 25,000.00 (the co-op earned for"),
        (FR, "tout ce qui est disponible", "25000", "(le co-op gagné pour"),
        (EN, "10% of my funds", "2500", "EUR 2,500.00 (that share of the co-op earned"),
        (EN, "half of my co-op", "12500", "EUR 12,500.00 (that share of the co-op earned"),
        (EN, "80% of the max", "20000", "EUR 20,000.00 (that share of the co-op earned"),
        (FR, "la moitié de mes fonds", "12500", "(cette part du co-op gagné"),
        (FR, "10 % de mon co-op", "2500", "(cette part du co-op gagné"),
        # Seen at stop 55 and 56: 'isn't an amount I can read'.
        (EN, "the same as my earnings", "25000", "EUR 25,000.00 (the co-op earned for"),
        (EN, "my earnings", "25000", "EUR 25,000.00 (the co-op earned for"),
        (FR, "comme mes gains", "25000", "(le co-op gagné pour"),
        (FR, "tout ce que j'ai", "25000", "(le co-op gagné pour"),
    ],
)
async def test_the_co_op_earned_or_a_share_of_it_is_the_limit(
    chat: Chat, locale: str, typed: str, limit: str, said: str
) -> None:
    from tests.dialogs.claim_support import seed_funds

    chat.locale = locale
    await seed_funds(chat, earned="25000", period="FY27 H2")
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "plan_limit", locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert said in shown(replies).replace("\u202f", " ").replace("\xa0", " ")
    assert (await get(chat, plan_id)).plan_limit == Decimal(limit)


# Seen at stop 53: "no limit", "unlimited", « pas de limite » got 'isn't an amount I can
# read', as if a figure had been mistyped.
@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "no limit", "a plan always has one"),
        (EN, "unlimited", "a plan always has one"),
        (EN, "there is no limit", "a plan always has one"),
        (FR, "pas de limite", "un plan en a toujours une"),
        (FR, "illimité", "un plan en a toujours une"),
    ],
)
async def test_no_limit_says_a_plan_has_one(chat: Chat, locale: str, typed: str, said: str):
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "plan_limit", locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert said in shown(replies)
    assert "isn't an amount" not in shown(replies) and "n'est pas un montant" not in shown(replies)
    assert (await get(chat, plan_id)).plan_limit is None


@pytest.mark.parametrize(("locale", "typed"), [(EN, "no limit"), (FR, "pas de limite")])
async def test_no_limit_with_no_co_op_known_offers_no_figure(
    chat: Chat, locale: str, typed: str
) -> None:
    """Seen at stop 58 with no funds on record for the plan's program and period: "no limit"
    got 'say **the max** for the co-op figure I have', and "the max" then 'I have no co-op
    figure': with none, where the limit is found, and no "the max" offered."""
    chat.locale = locale
    await start_plan(chat, locale)
    await answer_until(chat, "plan_limit", locale=locale)
    said = shown(await chat.say(typed, locale=locale))
    assert "a plan always has one" in said or "un plan en a toujours une" in said, said
    assert "the max" not in said and "le maximum" not in said, said
    assert "Partner Center" in said, said


async def test_no_limit_with_the_co_op_known_offers_the_max(chat: Chat) -> None:
    from tests.dialogs.claim_support import seed_funds

    await seed_funds(chat, earned="25000", period="FY27 H2")
    await start_plan(chat, EN)
    await answer_until(chat, "plan_limit", locale=EN)
    said = shown(await chat.say("no limit", locale=EN))
    assert "a plan always has one" in said and "the max" in said, said


async def test_no_co_op_known_asks_for_the_limit(chat: Chat) -> None:
    plan_id = await start_plan(chat, EN)
    await answer_until(chat, "plan_limit", locale=EN)
    replies = await chat.say("the max", locale=EN)
    assert "I have no co-op figure for" in shown(replies)
    assert (await get(chat, plan_id)).plan_limit is None


# Seen at stop 41 at "What is the plan limit, in EUR?": "up to 50,000", "50,000 (per half)",
# "EUR 50,000 for the half", « jusqu'à 50 000 € », « 50 000 € par semestre » got "isn't an
# amount I can read". A limit is a most: "up to" is what it says; a remark after it, and the
# period it is for, are left aside.
@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "up to 50,000"),
        (EN, "max 50,000"),
        (EN, "50,000 (per half)"),
        (EN, "EUR 50,000 for the half"),
        (EN, "50,000 per period"),
        (FR, "jusqu'à 50 000 €"),
        (FR, "50 000 € par semestre"),
        (FR, "maximum 50 000"),
    ],
)
async def test_a_plan_limit_said_as_a_most_or_for_the_period_is_read(
    chat: Chat, locale: str, typed: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "plan_limit", locale=locale)
    await chat.say(typed, locale=locale)
    assert (await get(chat, plan_id)).plan_limit == Decimal("50000")


@pytest.mark.parametrize(("locale", "typed"), [(EN, "up to 12,000"), (FR, "jusqu'à 12 000 €")])
async def test_a_planned_amount_said_as_a_most_is_read(chat: Chat, locale: str, typed: str):
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "planned_amount", locale=locale)
    await chat.say(typed, locale=locale)
    plan = await get(chat, plan_id)
    assert plan.campaigns[0].activities[0].planned_amount == Decimal("12000")


# Left at stop 40, done at stop 41: "what's my allocation?", "what's the max?", « c'est quoi
# le maximum ? » at the plan limit got the field's help, which does not name the co-op earned
# though it is known; the help now names it and how to take it ("the max").
@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "what's my allocation?",
         "The co-op earned for CSP Indirect Reseller FY27 H2 is EUR 25,000.00"),
        (EN, "what's the max?", "say **the max** to make it the limit"),
        (FR, "c'est quoi le maximum ?",
         "Le co-op gagné pour CSP Revendeur indirect FY27 H2 est de 25 000,00 EUR"),
    ],
)  # fmt: skip
async def test_the_limits_help_names_the_co_op_earned(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    from tests.dialogs.claim_support import seed_funds

    chat.locale = locale
    await seed_funds(chat, earned="25000", period="FY27 H2")
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "plan_limit", locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert said in shown(replies).replace("\u202f", " ").replace("\xa0", " ")
    assert (await get(chat, plan_id)).plan_limit is None
    await chat.say("le maximum" if locale == FR else "the max", locale=locale)
    assert (await get(chat, plan_id)).plan_limit == Decimal("25000")


async def test_the_limits_help_without_co_op_known_names_none(chat: Chat) -> None:
    await start_plan(chat, EN)
    await answer_until(chat, "plan_limit", locale=EN)
    replies = await chat.say("what's my allocation?", locale=EN)
    assert "The most this plan may spend" in shown(replies)
    assert "The co-op earned" not in shown(replies)


@pytest.mark.parametrize(
    ("locale", "typed", "share"),
    [
        (EN, "half of the limit", Decimal("0.5")),
        (EN, "half the budget", Decimal("0.5")),
        (EN, "20% of the plan limit", Decimal("0.2")),
        (EN, "a quarter", Decimal("0.25")),
        (FR, "la moitié du plafond", Decimal("0.5")),
        (FR, "10 %", Decimal("0.1")),
        (FR, "un quart de la limite", Decimal("0.25")),
    ],
)
async def test_a_share_of_the_limit_is_planned(
    chat: Chat, locale: str, typed: str, share: Decimal
) -> None:
    """Seen at stop 44: « la moitié du plafond », « 10 % » at a planned amount got « n'est
    pas un montant que je sais lire »; the share of the plan's limit is planned, said back."""
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "planned_amount", locale=locale)

    said = shown(await chat.say(typed, locale=locale))

    plan = await get(chat, plan_id)
    assert plan.campaigns[0].activities[0].planned_amount == plan.plan_limit * share, said
    assert "share of the plan limit" in said or "part de la limite du plan" in said, said


@pytest.mark.parametrize(
    ("locale", "typed", "low", "high", "planned"),
    [
        # Seen at stop 51: « "entre 5000 et 6000" n'est pas un montant que je sais lire »,
        # though both figures were read at a claim's amount.
        (FR, "entre 5000 et 6000", "5 000,00 EUR", "6 000,00 EUR", 6000),
        (FR, "de 5000 à 6000", "5 000,00 EUR", "6 000,00 EUR", 6000),
        (EN, "between 5000 and 6000", "EUR 5,000.00", "EUR 6,000.00", 6000),
        (EN, "5000-6000", "EUR 5,000.00", "EUR 6,000.00", 6000),
        # Seen at stop 55: '"10k-12k" isn't an amount I can read' (a scale after the first
        # figure), and "10-12k" offered EUR 10.00 (the scale said once is both ends').
        (EN, "10k-12k", "EUR 10,000.00", "EUR 12,000.00", 12000),
        (EN, "10k to 12k", "EUR 10,000.00", "EUR 12,000.00", 12000),
        (EN, "10-12k", "EUR 10,000.00", "EUR 12,000.00", 12000),
        (FR, "10k-12k", "10 000,00 EUR", "12 000,00 EUR", 12000),
        (FR, "entre 10 et 12 mille", "10 000,00 EUR", "12 000,00 EUR", 12000),
    ],
)
async def test_a_range_offers_each_figure_which_one_click_plans(
    chat: Chat, locale: str, typed: str, low: str, high: str, planned: int
) -> None:
    from tests.dialogs.test_done_at_a_review import _buttons

    plan_id, replies = await _read_at(chat, locale, "planned_amount", typed)

    buttons = {
        title.replace("\u202f", " ").replace("\xa0", " "): data
        for title, data in _buttons(replies).items()
    }
    assert {low, high} <= set(buttons), (buttons, shown(replies))
    assert (await get(chat, plan_id)).campaigns[0].activities[0].planned_amount is None
    await chat.click(buttons[high])
    assert (await get(chat, plan_id)).campaigns[0].activities[0].planned_amount == planned


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        # Seen at stop 51 (at a claim's amount; the same reader plans): 'isn't an amount
        # I can read' for a figure said in a sentence.
        (EN, "we plan to spend 5000"),
        (EN, "it will cost about 5,000"),
        (EN, "budget: 5000"),
        (FR, "on prévoit 5 000 €"),
        (FR, "ça coûtera environ 5000"),
        (FR, "budget de 5000"),
    ],
)
async def test_a_planned_amount_said_in_a_sentence_is_read(
    chat: Chat, locale: str, typed: str
) -> None:
    plan_id, _ = await _read_at(chat, locale, "planned_amount", typed)

    assert (await get(chat, plan_id)).campaigns[0].activities[0].planned_amount == 5000


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        # Seen at stop 51: '"the plan limit is 20000" isn't an amount I can read'.
        (EN, "the plan limit is 20000"),
        (EN, "the limit is 20,000"),
        (FR, "le plafond est de 20 000 €"),
        (FR, "la limite du plan est de 20 000"),
    ],
)
async def test_the_limit_said_in_a_sentence_is_read(chat: Chat, locale: str, typed: str) -> None:
    plan_id, _ = await _read_at(chat, locale, "plan_limit", typed)

    assert (await get(chat, plan_id)).plan_limit == Decimal("20000")


async def _read_at(chat: Chat, locale: str, field: str, typed: str) -> tuple[str, list]:
    """A new plan answered up to `field`, then `typed` there: the plan's id and the replies,
    which never say the answer is no amount."""
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, field, locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert "n'est pas un montant" not in shown(replies) and "isn't an amount" not in shown(replies)
    return plan_id, replies


@pytest.mark.parametrize(
    ("locale", "typed", "then", "planned"),
    [
        # Seen at stop 55 over HTTP: "10-12k" offered both, then "1" planned EUR 1.00.
        (EN, "10-12k", "1", 10000),
        (EN, "10-12k", "the second one", 12000),
        (FR, "entre 5000 et 6000", "2", 6000),
        (FR, "entre 5000 et 6000", "le premier", 5000),
    ],
)
async def test_the_offered_figure_is_picked_by_its_number(
    chat: Chat, locale: str, typed: str, then: str, planned: int
) -> None:
    plan_id, _ = await _read_at(chat, locale, "planned_amount", typed)
    said = shown(await chat.say(then, locale=locale))
    activity = (await get(chat, plan_id)).campaigns[0].activities[0]
    assert activity.planned_amount == planned, said
