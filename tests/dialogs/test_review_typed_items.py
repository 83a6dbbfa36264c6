"""A change of a campaign's or an activity's field typed at the plan's review, in the
partner's words: "change the planned amount", « modifier le montant du salon ».

Seen walking a plan off the script: the review said "Lower some planned amounts or raise
the plan limit", and "change planned amount", "change the seminar amount" and "lower the
amount to 40000" each got 'I don't know "…" here'; only the card's buttons could do it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.dialogs.test_plan_journey import answer_until, get, last_card, start_plan
from tests.support import Chat, Reply, shown

EN_AMOUNT = "How much do you plan to spend on it, in EUR?"
FR_AMOUNT = "Combien prévoyez-vous d'y dépenser, en EUR ?"


async def at_review(chat: Chat, locale: str) -> str:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    last_card(await answer_until(chat, "review", locale=locale))
    return plan_id


def buttons(reply: Reply) -> list[str]:
    return [action["title"] for action in (reply.card or {}).get("actions", [])]


@pytest.mark.parametrize(
    ("locale", "typed", "asks"),
    [
        # The English script's plan: one campaign (Spring push), one activity.
        ("en-US", "change the planned amount", EN_AMOUNT),
        ("en-US", "lower the amount", EN_AMOUNT),
        ("en-US", "change the digital advertising budget", EN_AMOUNT),
        ("en-US", "fix the amount of activity 1", EN_AMOUNT),
        ("en-US", "change the end date", "When does **Spring push** end?"),
        ("en-US", "update the description", "Describe this activity (Digital advertising)"),
        # The French script's: Campagne printemps (a trade show, a seminar), Rentrée (ads).
        ("fr-FR", "modifier le montant du salon", FR_AMOUNT),
        ("fr-FR", "baisser le budget des séminaires clients", FR_AMOUNT),
        ("fr-FR", "modifier le montant de l'activité 3", FR_AMOUNT),
        ("fr-FR", "changer la date de fin de Rentrée", "Quand se termine **Rentrée** ?"),
        ("fr-FR", "corriger le nom de la campagne 2", "Campagne 2 : quel est son nom ?"),
    ],
)
async def test_a_change_typed_in_words_asks_that_field(
    chat: Chat, locale: str, typed: str, asks: str
) -> None:
    await at_review(chat, locale)
    replies = await chat.say(typed, locale=locale)
    assert asks in shown(replies)
    assert "here. Click a button" not in shown(replies)
    assert "ici. Cliquez sur un bouton" not in shown(replies)


@pytest.mark.parametrize("locale", ["en-US", "fr-FR"])
async def test_the_amount_typed_after_is_kept_on_that_activity(chat: Chat, locale: str) -> None:
    plan_id = await at_review(chat, locale)
    french = locale.startswith("fr")
    typed = "modifier le montant du salon" if french else "change the planned amount"
    await chat.say(typed, locale=locale)
    replies = await chat.say("9 000" if french else "9,000", locale=locale)
    plan = await get(chat, plan_id)
    first = plan.campaigns[0].activities[0]
    assert first.planned_amount == Decimal("9000")
    assert ("Relecture" if french else "Review of") in shown(replies)  # back at the review


async def test_a_change_several_activities_could_mean_offers_them(chat: Chat) -> None:
    plan_id = await at_review(chat, "fr-FR")
    before = await get(chat, plan_id)
    replies = await chat.say("modifier le montant", locale="fr-FR")
    which = last_card(replies)
    assert "« modifier le montant » peut désigner plusieurs choses ici." in which.shown
    assert "**modifier le montant prévu de Salons / expositions dans Campagne printemps**" in (
        which.shown
    )
    titles = buttons(which)
    assert len(titles) == 3, titles
    assert all(title.endswith("montant prévu") for title in titles), titles
    assert await get(chat, plan_id) == before  # nothing changed
    # One click says which; the example typed says it too.
    replies = await chat.click(which.submit_data(titles[2]))
    assert FR_AMOUNT in shown(replies)
    await chat.say("1 500", locale="fr-FR")
    assert (await get(chat, plan_id)).campaigns[1].activities[0].planned_amount == Decimal("1500")


async def test_the_example_offered_is_read_as_that_one_alone(chat: Chat) -> None:
    await at_review(chat, "fr-FR")
    await chat.say("modifier le montant", locale="fr-FR")
    replies = await chat.say(
        "modifier le montant prévu de Salons / expositions dans Campagne printemps",
        locale="fr-FR",
    )
    assert FR_AMOUNT in shown(replies)
    assert "Valeur actuelle : 1 234,56 EUR." in shown(replies)


async def test_an_item_named_without_a_field_offers_its_fields(chat: Chat) -> None:
    await at_review(chat, "en-US")
    which = last_card(await chat.say("change Spring push"))
    assert buttons(which) == [
        "Change Spring push: name",
        "Change Spring push: start date",
        "Change Spring push: end date",
    ]


@pytest.mark.parametrize(
    ("locale", "typed", "says"),
    [
        ("en-US", "the colour is wrong", 'I don\'t know "the colour is wrong" here.'),
        ("fr-FR", "change la couleur", "Je ne connais pas « change la couleur » ici."),
    ],
)
async def test_words_with_no_change_or_no_field_are_still_not_understood(
    chat: Chat, locale: str, typed: str, says: str
) -> None:
    await at_review(chat, locale)
    assert says in shown(await chat.say(typed, locale=locale))


@pytest.mark.parametrize(
    ("locale", "typed", "activity_type"),
    [
        # Seen at stop 52: an amount said for an activity, no field named, got 'I don't know
        # "…" here' or every field of the activity offered (its type, its description, …):
        # an activity's one amount is what it plans to spend.
        ("en-US", "set the digital advertising to 6000", "digital_advertising"),
        ("en-US", "make the LinkedIn ads 6000", "digital_advertising"),
        ("en-US", "put 6000 for the digital advertising", "digital_advertising"),
        ("en-US", "6000 for the online ads", "digital_advertising"),
        ("fr-FR", "mets 6000 pour le salon", "tradeshow"),
        ("fr-FR", "6 000 € pour le salon", "tradeshow"),
    ],
)
async def test_an_amount_said_for_an_activity_is_its_planned_amount(
    chat: Chat, locale: str, typed: str, activity_type: str
) -> None:
    plan_id = await at_review(chat, locale)

    said = shown(await chat.say(typed, locale=locale))

    plan = await get(chat, plan_id)
    [activity] = [
        a for c in plan.campaigns for a in c.activities if a.activity_type == activity_type
    ]
    assert activity.planned_amount == Decimal("6000"), said
    others = [a.planned_amount for c in plan.campaigns for a in c.activities if a is not activity]
    assert Decimal("6000") not in others


@pytest.mark.parametrize(
    ("locale", "typed", "asks"),
    [
        # Seen at stop 52: 'I don't know "add a country" here'.
        ("en-US", "add a country", "In which countries will it run?"),
        ("en-US", "I want to add another country", "In which countries will it run?"),
        ("fr-FR", "je veux ajouter un pays au salon", "Dans quels pays"),
    ],
)
async def test_a_country_to_add_asks_the_activitys_countries(
    chat: Chat, locale: str, typed: str, asks: str
) -> None:
    plan_id = await at_review(chat, locale)
    before = await get(chat, plan_id)

    said = shown(await chat.say(typed, locale=locale))

    assert asks in said, said
    assert await get(chat, plan_id) == before
