""" "back" in a plan: the question before, within the plan's details, a campaign or an
activity, with its current answer; then on from there.

Seen off the script: a date typed at a campaign's name named the campaign "Jan 10"; "back"
at its start date answered "There is no step before this one to go back to here", and so it
did at an activity's description and at every plan question: only claims went back.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import flat
from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown


async def test_back_at_a_campaigns_start_date_asks_its_name_again(chat: Chat) -> None:
    plan_id = await start_plan(chat)
    await answer_until(chat, "name")
    await chat.say("Jan 10")  # meant for the start date
    replies = await chat.say("back")
    assert "Campaign 1: what is its name?" in shown(replies)
    assert "Currently: Jan 10." in shown(replies)
    replies = await chat.say("Spring push")
    assert "When does **Spring push** start?" in shown(replies)
    assert (await get(chat, plan_id)).campaigns[0].name == "Spring push"


async def test_back_at_an_activitys_countries_asks_its_description_again(chat: Chat) -> None:
    plan_id = await start_plan(chat)
    await answer_until(chat, "countries")
    replies = await chat.say("back")
    assert "Describe this activity (Digital advertising)" in shown(replies)
    assert "Currently: LinkedIn ads for SMB." in shown(replies)
    replies = await chat.say("LinkedIn and Bing ads for SMB")
    assert "In which countries will it run?" in shown(replies)
    activity = (await get(chat, plan_id)).campaigns[0].activities[0]
    assert activity.description == "LinkedIn and Bing ads for SMB"


async def test_back_at_a_plan_question_asks_the_one_before(chat: Chat) -> None:
    chat.locale = "fr-FR"
    plan_id = await start_plan(chat, "fr-FR")
    await answer_until(chat, "program", locale="fr-FR")
    replies = await chat.say("retour", locale="fr-FR")
    assert "Quel est l'identifiant partenaire (MPN ID)" in shown(replies)
    replies = await chat.say("7654321", locale="fr-FR")
    assert "Pour quel programme est ce plan ?" in shown(replies)
    assert (await get(chat, plan_id)).mpn_id == "7654321"


@pytest.mark.parametrize(
    ("locale", "says"),
    [
        ("en-US", "There is nothing before this question to go back to here."),
        ("fr-FR", "Il n'y a rien avant cette question où revenir ici."),
    ],
)
async def test_back_at_a_first_question_says_so_truly(chat: Chat, locale: str, says: str) -> None:
    chat.locale = locale
    await start_plan(chat, locale)
    replies = await chat.say("retour" if locale == "fr-FR" else "back", locale=locale)
    assert says in shown(replies)
    assert "changed at the review" in shown(replies) or "à la relecture" in shown(replies)


@pytest.mark.parametrize(
    ("locale", "says"),
    [
        ("en-US", "Say **back** to return to the previous question."),
        ("fr-FR", "Dites **retour** pour revenir à la question précédente."),
    ],
)
async def test_help_at_a_plan_question_with_one_before_says_back(
    chat: Chat, locale: str, says: str
) -> None:
    chat.locale = locale
    await start_plan(chat, locale)
    help_word = "aide" if locale == "fr-FR" else "help"
    assert says not in shown(await chat.say(help_word, locale=locale))  # the first question
    await answer_until(chat, "program", locale=locale)
    assert says in shown(await chat.say(help_word, locale=locale))


async def test_back_at_another_activity_asks_the_amount_just_typed(chat: Chat) -> None:
    """Seen off the script: the amount typed, "back" at "Add another activity?" answered
    "There is nothing before this question to go back to here": the amount was there."""
    plan_id = await start_plan(chat)
    await answer_until(chat, "more_activities")
    replies = await chat.say("back")
    assert "nothing before this question" not in shown(replies)
    assert "Currently: EUR 12,500.50." in shown(replies)
    replies = await chat.say("back")  # and on back, within the activity
    assert "In which countries will it run?" in shown(replies)
    replies = await chat.say("France")
    assert "Add another activity to **Spring push**?" in shown(replies)
    replies = await chat.say("back")
    replies = await chat.say("13,000")
    assert "Add another activity to **Spring push**?" in shown(replies)
    activity = (await get(chat, plan_id)).campaigns[0].activities[0]
    assert (str(activity.planned_amount), activity.countries) == ("13000.00", ["FR"])
    replies = await chat.say("help")
    assert "Say **back** to return to the previous question." in shown(replies)


async def test_back_at_another_campaign_asks_another_activity_again(chat: Chat) -> None:
    chat.locale = "fr-FR"
    plan_id = await start_plan(chat, "fr-FR")
    await answer_until(chat, "more_campaigns", locale="fr-FR")
    replies = await chat.say("retour", locale="fr-FR")
    assert "rien avant cette question" not in shown(replies)
    assert "Ajouter une autre activité à **Campagne printemps** ?" in shown(replies)
    replies = await chat.say("retour", locale="fr-FR")
    assert "Combien prévoyez-vous d'y dépenser, en EUR ?" in shown(replies)
    said = flat(shown(replies))
    assert "Valeur actuelle : 2 500,00 EUR." in said
    replies = await chat.say("9 000", locale="fr-FR")
    # "another activity?" was answered (no): on from there, as after any "back".
    assert "Ajouter une autre campagne au plan ?" in shown(replies)
    plan = await get(chat, plan_id)
    assert str(plan.campaigns[0].activities[1].planned_amount) == "9000.00"
    assert len(plan.campaigns) == 1 and len(plan.campaigns[0].activities) == 2


async def test_back_at_a_new_campaigns_name_asks_another_campaign_again(chat: Chat) -> None:
    """Seen off the script: "yes" to "Add another campaign?" by mistake, then "back" at
    "Campaign 2: what is its name?" answered "There is nothing before this question": the
    question before was right there. The empty campaign goes; the question is asked again."""
    plan_id = await start_plan(chat)
    await answer_until(chat, "more_campaigns")
    assert "Campaign 2: what is its name?" in shown(await chat.say("yes"))

    replies = await chat.say("back")

    assert "nothing before this question" not in shown(replies)
    assert "Add another campaign to the plan?" in shown(replies)
    assert len((await get(chat, plan_id)).campaigns) == 1
    replies = await chat.say("no")
    assert f"Review of {plan_id}" in shown(replies)


async def test_retour_at_a_new_activitys_type_asks_another_activity_again(chat: Chat) -> None:
    chat.locale = "fr-FR"
    plan_id = await start_plan(chat, "fr-FR")
    await answer_until(chat, "more_activities", locale="fr-FR")
    await chat.say("oui", locale="fr-FR")

    replies = await chat.say("retour", locale="fr-FR")

    assert "rien avant cette question" not in shown(replies)
    assert "Ajouter une autre activité à **Campagne printemps** ?" in shown(replies)
    assert len((await get(chat, plan_id)).campaigns[0].activities) == 1
    replies = await chat.say("non", locale="fr-FR")
    assert "Ajouter une autre campagne au plan ?" in shown(replies)


async def test_back_at_the_first_campaigns_name_asks_the_plan_limit_again(chat: Chat) -> None:
    plan_id = await start_plan(chat)
    await answer_until(chat, "name")

    replies = await chat.say("back")

    assert "nothing before this question" not in shown(replies)
    assert "Currently: EUR 50,000.00." in shown(replies)
    replies = await chat.say("60,000")
    assert "Campaign 1: what is its name?" in shown(replies)
    plan = await get(chat, plan_id)
    assert str(plan.plan_limit) == "60000.00" and len(plan.campaigns) == 1


async def test_back_at_a_first_activitys_type_asks_the_campaigns_end_date(chat: Chat) -> None:
    plan_id = await start_plan(chat)
    await answer_until(chat, "activity_type")

    replies = await chat.say("back")

    assert "nothing before this question" not in shown(replies)
    assert "When does **Spring push** end?" in shown(replies)
    assert "Currently: 31 Mar 2027." in shown(replies)
    replies = await chat.say("April 30, 2027")
    assert "what type of activity is it?" in shown(replies)
    campaign = (await get(chat, plan_id)).campaigns[0]
    assert str(campaign.end_date) == "2027-04-30" and len(campaign.activities) == 1


async def test_back_at_a_campaign_added_from_the_review_returns_to_it(chat: Chat) -> None:
    plan_id = await start_plan(chat)
    await answer_until(chat, "review")
    assert "Campaign 2: what is its name?" in shown(await chat.say("add campaign"))

    replies = await chat.say("back")

    assert f"Review of {plan_id}" in shown(replies)
    assert len((await get(chat, plan_id)).campaigns) == 1


async def test_back_again_walks_on_back_within_an_activity(chat: Chat) -> None:
    """Seen off the script: at the amount, "back" asked the countries, and "back" again asked
    the amount (forward) instead of the description: a question reached by "back" took a
    second "back" for the end of a change asked from the review."""
    plan_id = await start_plan(chat)
    await answer_until(chat, "planned_amount")
    assert "In which countries will it run?" in shown(await chat.say("back"))

    replies = await chat.say("back")

    assert "Describe this activity (Digital advertising)" in shown(replies)
    assert "Currently: LinkedIn ads for SMB." in shown(replies)
    replies = await chat.say("back")
    assert "what type of activity is it?" in shown(replies)
    replies = await chat.say("digital advertising")
    # On from there: the first question still unanswered, the amount.
    assert "How much do you plan to spend on it" in shown(replies)
    activity = (await get(chat, plan_id)).campaigns[0].activities[0]
    assert activity.description == "LinkedIn ads for SMB"


async def test_retour_again_walks_on_back_through_the_plan_details(chat: Chat) -> None:
    chat.locale = "fr-FR"
    await start_plan(chat, "fr-FR")
    await answer_until(chat, "plan_limit", locale="fr-FR")
    await chat.say("retour", locale="fr-FR")  # the reviewer's e-mail

    replies = await chat.say("retour", locale="fr-FR")

    assert "Quelle est la devise" in shown(replies) or "devise" in shown(replies).lower()
    assert "plafond du plan" not in shown(replies)
