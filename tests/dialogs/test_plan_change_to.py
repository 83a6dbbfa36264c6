"""A change and its new value in one sentence, at a plan's review.

Seen off the script at the review card: "change the plan limit to 60,000", "change the
planned amount to 9000", « modifier le plafond à 60 000 » opened the question and dropped
the value (the partner typed it again). The value is read as the question would read it,
kept, said back, and the review shown again; a value the question refuses changes nothing.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown


def _activity(plan):
    return plan.campaigns[0].activities[0]


@pytest.mark.parametrize(
    ("locale", "typed", "read", "expected", "said"),
    [
        (EN, "change the plan limit to 60,000", lambda p: p.plan_limit, Decimal(60000),
         "EUR 60,000.00"),
        (EN, "change the planned amount to 9000", lambda p: _activity(p).planned_amount,
         Decimal(9000), "EUR 9,000.00"),
        (EN, "set the countries to Benelux", lambda p: _activity(p).countries,
         ["BE", "NL", "LU"], "Belgium, Netherlands, Luxembourg"),
        (FR, "modifier le plafond à 60 000", lambda p: p.plan_limit, Decimal(60000),
         "60 000,00 EUR"),
        # Seen at stop 41: the imperative got "Je ne connais pas".
        (FR, "mets le plafond à 60 000", lambda p: p.plan_limit, Decimal(60000),
         "60 000,00 EUR"),
        (FR, "changer le montant prévu du salon en 9 000", lambda p: _activity(p).planned_amount,
         Decimal(9000), "9 000,00 EUR"),
        # Seen at stop 39: "add Germany to the countries" got "I don't know".
        (EN, "add Germany to the countries", lambda p: _activity(p).countries,
         ["FR", "BE", "DE"], "France, Belgium, Germany"),
        (FR, "ajouter l'Allemagne aux pays du salon", lambda p: _activity(p).countries,
         ["FR", "BE", "DE"], "France, Belgique, Allemagne"),
        # Seen at stop 39: "rename <campaign> to …" got "I don't know", and a campaign's
        # dates opened their question, the value dropped.
        (EN, "rename Spring push to Spring 2027", lambda p: p.campaigns[0].name,
         "Spring 2027", "Spring 2027"),
        (FR, "renommer Campagne printemps en Printemps 2027", lambda p: p.campaigns[0].name,
         "Printemps 2027", "Printemps 2027"),
        (EN, "change the end date to April 30", lambda p: p.campaigns[0].end_date,
         date(2027, 4, 30), "30 Apr 2027"),
        (EN, "change Spring push end date to 2027-04-30", lambda p: p.campaigns[0].end_date,
         date(2027, 4, 30), "30 Apr 2027"),
        (EN, "change the start date to January 15", lambda p: p.campaigns[0].start_date,
         date(2027, 1, 15), "15 Jan 2027"),
        (FR, "modifier la date de fin de Campagne printemps au 20 avril 2027",
         lambda p: p.campaigns[0].end_date, date(2027, 4, 20), "20 avril 2027"),
        # Seen at stop 43: asked as a question, the review's help came back, nothing changed.
        (EN, "can I change the currency to USD?", lambda p: p.currency, "USD", "USD"),
        (EN, "could you set the plan limit to 60,000, please?", lambda p: p.plan_limit,
         Decimal(60000), "EUR 60,000.00"),
        (FR, "pouvez-vous mettre la devise en USD ?", lambda p: p.currency, "USD", "USD"),
        (FR, "peut-on changer le plafond à 60 000 ?", lambda p: p.plan_limit, Decimal(60000),
         "60 000,00 EUR"),
        # Seen at stop 44: other verbs of change got "I don't know" / « Je ne connais pas ».
        (EN, "switch the currency to USD", lambda p: p.currency, "USD", "USD"),
        (FR, "passe la devise en USD", lambda p: p.currency, "USD", "USD"),
        (FR, "peut-on passer la devise en USD ?", lambda p: p.currency, "USD", "USD"),
        (FR, "le réviseur c'est paul@microsoft.com", lambda p: p.reviewer_email,
         "paul@microsoft.com", "paul@microsoft.com"),
        (FR, "renomme Campagne printemps en Printemps 2027", lambda p: p.campaigns[0].name,
         "Printemps 2027", "Printemps 2027"),
        # Seen at stop 44: the value with no word before it opened the question, dropped.
        (EN, "set the plan limit 60,000", lambda p: p.plan_limit, Decimal(60000),
         "EUR 60,000.00"),
        (EN, "make the limit 60k", lambda p: p.plan_limit, Decimal(60000), "EUR 60,000.00"),
        (EN, "plan limit 60000", lambda p: p.plan_limit, Decimal(60000), "EUR 60,000.00"),
        (EN, "change the planned amount 9000", lambda p: _activity(p).planned_amount,
         Decimal(9000), "EUR 9,000.00"),
        (FR, "mets le plafond 60 000 €", lambda p: p.plan_limit, Decimal(60000),
         "60 000,00 EUR"),
        # Seen at stop 53: '"31" alone: did you mean 31 Jan 2027?' (the month dropped), and
        # "rename the campaign Winter push" named it "push".
        (EN, "change the end date March 31", lambda p: p.campaigns[0].end_date,
         date(2027, 3, 31), "31 Mar 2027"),
        (EN, "make the end date March 31", lambda p: p.campaigns[0].end_date,
         date(2027, 3, 31), "31 Mar 2027"),
        (EN, "rename the campaign Winter push", lambda p: p.campaigns[0].name, "Winter push",
         "Winter push"),
        (EN, "change the description Webinar series for SMB", lambda p: _activity(p).description,
         "Webinar series for SMB", "Webinar series for SMB"),
    ],
)  # fmt: skip
async def test_a_change_with_its_value_is_kept_and_the_review_shown_again(
    chat: Chat, locale: str, typed: str, read, expected, said: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "review", locale=locale)
    replies = await chat.say(typed, locale=locale)
    text = shown(replies).replace("\u202f", " ").replace("\xa0", " ")
    assert said in text
    # Said back once (seen at stop 41: a campaign's date said back twice, "✓ 30 Apr 2027").
    assert text.count(f"✓ {said}") == 1, text[:300]
    assert plan_id in text and ("Submit" in text or "Soumettre" in text)  # the review again
    assert read(await get(chat, plan_id)) == expected


async def test_a_date_a_reviewer_would_question_still_asks_to_keep_it(chat: Chat) -> None:
    """Outside the usage period (FY27 H2: Jan to Jun 2027): its question is asked, the
    date not kept unconfirmed."""
    plan_id = await start_plan(chat)
    await answer_until(chat, "review")
    replies = await chat.say("change the end date to 2027-08-31")
    assert "When does **Spring push** end?" in shown(replies) or "FY27 H2" in shown(replies)
    assert (await get(chat, plan_id)).campaigns[0].end_date != date(2027, 8, 31)


async def test_a_value_the_question_refuses_changes_nothing(chat: Chat) -> None:
    plan_id = await start_plan(chat)
    await answer_until(chat, "review")
    before = (await get(chat, plan_id)).model_dump(mode="json")
    replies = await chat.say("change the plan limit to lots")
    assert "isn't an amount I can read" in shown(replies)
    assert (await get(chat, plan_id)).model_dump(mode="json") == before


async def test_a_change_that_may_mean_several_items_asks_which_and_changes_nothing(
    chat: Chat,
) -> None:
    chat.locale = FR
    plan_id = await start_plan(chat, FR)
    await answer_until(chat, "review", locale=FR)
    before = (await get(chat, plan_id)).model_dump(mode="json")
    replies = await chat.say("changer le montant prévu en 9 000", locale=FR)
    assert "peut désigner plusieurs choses" in shown(replies)
    assert (await get(chat, plan_id)).model_dump(mode="json") == before


@pytest.mark.parametrize("locale", [EN, FR])
async def test_the_reviews_hint_shows_a_change_with_its_value_and_it_works(
    chat: Chat, locale: str
) -> None:
    """The review card's last line teaches the sentence, so what it shows must be read."""
    import re

    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    replies = await answer_until(chat, "review", locale=locale)
    hint = re.search(
        r"\*\*((?:change|modifier) plan[^*]*|modifier plafond[^*]*)\*\*", shown(replies)
    )
    assert hint is not None, shown(replies)
    assert any(char.isdigit() for char in hint[1]), hint[1]
    await chat.say(hint[1].replace("\u202f", " "), locale=locale)
    assert (await get(chat, plan_id)).plan_limit == Decimal(60000)


@pytest.mark.parametrize(
    ("locale", "typed", "asked", "added"),
    [
        (EN, "add another campaign", "Campaign 2: what is its name?", "campaign"),
        (EN, "add a new campaign", "Campaign 2: what is its name?", "campaign"),
        (EN, "add another activity", "what type of activity is it?", "activity"),
        (FR, "ajoutez une campagne", "Campagne 3 : quel est son nom ?", "campaign"),
        (FR, "ajoute une autre campagne", "Campagne 3 : quel est son nom ?", "campaign"),
        (FR, "ajouter une activité à Rentrée", "de quel type d'activité", "activity"),
        (FR, "ajoute une activité à la campagne 1", "de quel type d'activité", "activity"),
    ],
)
async def test_adding_in_words_at_the_review_adds(
    chat: Chat, locale: str, typed: str, asked: str, added: str
) -> None:
    """Seen at stop 44: « ajouter une activité » got « Je ne connais pas » (while "add an
    activity" worked), "add another campaign", « ajoute une campagne » the same."""
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "review", locale=locale)
    before = await get(chat, plan_id)

    text = shown(await chat.say(typed, locale=locale))

    assert asked in text, text[:400]
    after = await get(chat, plan_id)
    grew = {
        "campaign": len(after.campaigns) == len(before.campaigns) + 1,
        "activity": sum(len(c.activities) for c in after.campaigns)
        == sum(len(c.activities) for c in before.campaigns) + 1,
    }
    assert grew[added], text[:400]


@pytest.mark.parametrize(
    ("locale", "typed"), [(FR, "ajouter une activité"), (FR, "ajoute une activité")]
)
async def test_adding_an_activity_to_one_of_several_campaigns_asks_which(
    chat: Chat, locale: str, typed: str
) -> None:
    """The French journey has two campaigns: which one, with how to say it, nothing added."""
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "review", locale=locale)
    before = (await get(chat, plan_id)).model_dump(mode="json")

    text = shown(await chat.say(typed, locale=locale))

    assert "ajouter une activité à " in text and "add_activity:" in text, text[:600]
    assert (await get(chat, plan_id)).model_dump(mode="json") == before
