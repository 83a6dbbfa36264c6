"""Removing a campaign that holds activities asks first.

Seen at stop 45: at a plan's review "remove the campaign" (or its button) removed the plan's
only campaign, its activities and their planned amounts at once, and asked for a new
campaign; "undo", "back" and "cancel" brought none of it back. Removing a campaign with its
activities now asks, naming what goes; "yes" (or the button) removes it, "no" keeps it.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_cards import pick, review_of
from tests.dialogs.test_plan_journey import answer_until, get, last_card, start_plan
from tests.support import Chat, shown

REMOVE = {EN: "remove the campaign", FR: "supprimer Campagne printemps"}
NAME = {EN: "Spring push", FR: "Campagne printemps"}
YES = {EN: "yes", FR: "oui"}
NO = {EN: "no", FR: "non"}
ASKED = {EN: "Remove the campaign", FR: "Supprimer la campagne"}


async def _review(chat: Chat, locale: str) -> str:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "review", locale=locale)
    return plan_id


@pytest.mark.parametrize("locale", [EN, FR])
async def test_removing_a_campaign_with_activities_asks_first(chat: Chat, locale: str) -> None:
    plan_id = await _review(chat, locale)
    before = (await get(chat, plan_id)).campaigns
    [campaign] = [c for c in before if c.name == NAME[locale]]
    assert campaign.activities
    said = shown(await chat.say(REMOVE[locale], locale=locale))
    assert ASKED[locale] in said and campaign.name in said, said
    assert (await get(chat, plan_id)).campaigns == before  # nothing removed yet
    await chat.say(YES[locale], locale=locale)
    after = (await get(chat, plan_id)).campaigns
    assert campaign.id not in [c.id for c in after]
    assert not any(c.name == campaign.name for c in after)


@pytest.mark.parametrize("locale", [EN, FR])
async def test_no_keeps_the_campaign_and_shows_the_review(chat: Chat, locale: str) -> None:
    plan_id = await _review(chat, locale)
    before = (await get(chat, plan_id)).campaigns
    await chat.say(REMOVE[locale], locale=locale)
    replies = await chat.say(NO[locale], locale=locale)
    assert (await get(chat, plan_id)).campaigns == before
    assert plan_id in last_card(replies).shown  # the review again


async def test_the_review_button_asks_and_its_answer_button_removes(chat: Chat) -> None:
    plan_id, review = await review_of(chat)
    before = (await get(chat, plan_id)).campaigns
    first = before[0]
    asked = last_card(await pick(chat, review, f"remove:{first.id}"))
    assert "Remove the campaign" in asked.shown and first.name in asked.shown
    assert (await get(chat, plan_id)).campaigns == before
    review = last_card(await chat.click(asked.submit_data("No, keep it")))  # the review again
    assert (await get(chat, plan_id)).campaigns == before
    asked = last_card(await pick(chat, review, f"remove:{first.id}"))
    await chat.click(asked.submit_data(f"Yes, remove {first.name}"))
    assert first.id not in [c.id for c in (await get(chat, plan_id)).campaigns]


async def test_a_campaign_with_no_activity_goes_at_once(chat: Chat) -> None:
    plan_id, review = await review_of(chat)
    review = last_card(await pick(chat, review, "remove:A2"))  # Spring push is now empty
    replies = await pick(chat, review, "remove:C1")
    assert "Removed the campaign Spring push." in shown(replies)
    assert "C1" not in [c.id for c in (await get(chat, plan_id)).campaigns]


async def test_its_yes_clicked_twice_says_it_is_already_removed(chat: Chat) -> None:
    plan_id = await _review(chat, FR)  # two campaigns: the review stays after one goes
    asked = last_card(await chat.say("supprimer Rentrée", locale=FR))
    yes = asked.submit_data("Oui, supprimer Rentrée")
    await chat.click(dict(yes))
    said = shown(await chat.click(dict(yes)))
    assert "Cette campagne est déjà supprimée." in said, said
    assert "remove_confirmed" not in said
    assert [c.name for c in (await get(chat, plan_id)).campaigns] == ["Campagne printemps"]
