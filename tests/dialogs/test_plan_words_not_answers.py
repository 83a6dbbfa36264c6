"""Words at a plan's free-text questions that are no answer, never sent to a reviewer as one.

Seen at stop 57 at an activity's "Describe this activity": "I don't know what to write",
"not sure what to put", « je ne sais pas quoi mettre », "see attached", « voir pièce
jointe », "you write it" were kept as the description, and the next question came; at a
campaign's name, "I don't know what to call it" and "you choose" became the campaign's
name ("When does **you choose** start?"). A question about what to write gets the question's
help; a plan carries no attachment, so "see attached" is told so; "you choose" at a name
gets one offered (one click or "yes"), as a claim's name does. Through the real bot, its
dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_journey import get, last_card, plan_at
from tests.support import Chat, shown

HELP = {EN: "A sentence or two", FR: "Une phrase ou deux"}


async def _campaign_name(chat: Chat, plan_id: str) -> str | None:
    campaigns = (await get(chat, plan_id)).campaigns
    return campaigns[0].name if campaigns else None


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "I don't know what to write"),
        (EN, "not sure what to put"),
        (EN, "no idea what to write here"),
        (EN, "you write it"),
        (FR, "je ne sais pas quoi mettre"),
        (FR, "je sais pas quoi écrire"),
        (FR, "aucune idée de quoi mettre"),
    ],
)
async def test_not_knowing_what_to_write_gets_the_descriptions_help(
    chat: Chat, locale: str, typed: str
) -> None:
    plan_id = await plan_at(chat, locale, "description")
    said = shown(await chat.say(typed, locale=locale))
    assert HELP[locale] in said, said[:400]
    assert (await get(chat, plan_id)).campaigns[0].activities[0].description is None


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "see attached", "no attachment"),
        (EN, "see attachment", "no attachment"),
        (EN, "details in the attached file", "no attachment"),
        (FR, "voir pièce jointe", "aucune pièce jointe"),
        (FR, "voir PJ", "aucune pièce jointe"),
    ],
)
async def test_see_attached_is_told_a_plan_carries_none(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    plan_id = await plan_at(chat, locale, "description")
    replies = shown(await chat.say(typed, locale=locale))
    assert said in replies, replies[:400]
    assert (await get(chat, plan_id)).campaigns[0].activities[0].description is None


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "I don't know what to call it"), (FR, "je ne sais pas comment l'appeler")],
)
async def test_not_knowing_what_to_call_a_campaign_gets_its_help(
    chat: Chat, locale: str, typed: str
) -> None:
    plan_id = await plan_at(chat, locale, "name")
    said = shown(await chat.say(typed, locale=locale))
    assert "A short name for the campaign" in said or "Un nom court pour la campagne" in said
    assert not await _campaign_name(chat, plan_id)


@pytest.mark.parametrize(
    ("locale", "typed", "offered"),
    [
        (EN, "you choose", "FY27 H2 campaign"),
        (EN, "up to you", "FY27 H2 campaign"),
        (FR, "comme vous voulez", "Campagne FY27 H2"),
    ],
)
async def test_a_campaign_name_left_to_the_bot_gets_one_offered(
    chat: Chat, locale: str, typed: str, offered: str
) -> None:
    plan_id = await plan_at(chat, locale, "name")
    card = last_card(await chat.say(typed, locale=locale))
    assert offered in card.shown, card.shown[:400]
    assert not await _campaign_name(chat, plan_id)
    await chat.say("yes" if locale == EN else "oui", locale=locale)
    assert await _campaign_name(chat, plan_id) == offered
