""" "undo" and "start over", as partners type them.

Seen off the script: "undo" at a plan's question got '"undo" isn't a Partner ID' (or the
question's own refusal), "start over" and "restart" the same; with no dialog open, "start
over", "restart", « recommencer » got "I didn't understand that".

"undo" is "back": the question before, its answer shown to change. "start over" stops the
question under way (the draft is kept, as with "cancel") and shows the start card; with
nothing open, the start card.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown

NOT_UNDERSTOOD = ("I didn't understand", "Je n'ai pas compris", "isn't", "n'est pas")


@pytest.mark.parametrize("typed", ["undo", "undo that", "undo my last answer", "oops, undo"])
async def test_undo_at_a_campaigns_start_date_asks_its_name_again(chat: Chat, typed: str) -> None:
    plan_id = await start_plan(chat)
    await answer_until(chat, "name")
    await chat.say("Jan 10")  # meant for the start date
    replies = await chat.say(typed)
    assert "Campaign 1: what is its name?" in shown(replies)
    assert "Currently: Jan 10." in shown(replies)
    await chat.say("Spring push")
    assert (await get(chat, plan_id)).campaigns[0].name == "Spring push"


@pytest.mark.parametrize("typed", ["annuler ma dernière réponse", "défaire"])
async def test_undo_in_french_is_back_too(chat: Chat, typed: str) -> None:
    chat.locale = FR
    await start_plan(chat, FR)
    await answer_until(chat, "name", locale=FR)
    await chat.say("10 janvier", locale=FR)
    replies = await chat.say(typed, locale=FR)
    assert "Valeur actuelle : 10 janvier." in shown(replies)
    assert not any(words in shown(replies) for words in NOT_UNDERSTOOD)


@pytest.mark.parametrize(
    ("locale", "typed", "kept", "start"),
    [
        (EN, "start over", "is kept", "New plan"),
        (EN, "restart", "is kept", "New plan"),
        (EN, "start again", "is kept", "New plan"),
        (FR, "recommencer", "est conservé", "Nouveau plan"),
        (FR, "tout recommencer", "est conservé", "Nouveau plan"),
    ],
)
async def test_start_over_in_a_question_keeps_the_draft_and_shows_the_start(
    chat: Chat, locale: str, typed: str, kept: str, start: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "market", locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert plan_id in shown(replies) and kept in shown(replies)
    assert start in [title for r in replies if r.card for title in _titles(r.card)]
    assert not any(words in shown(replies) for words in NOT_UNDERSTOOD)
    # The question is left: the next message is no answer to it.
    after = await chat.say("help", locale=locale)
    assert plan_id not in shown(after)
    assert (await get(chat, plan_id)).mpn_id == "1234567"  # nothing typed is lost


@pytest.mark.parametrize(
    ("locale", "typed", "start"),
    [
        (EN, "start over", "New plan"),
        (EN, "restart", "New plan"),
        (FR, "recommencer", "Nouveau plan"),
    ],
)
async def test_start_over_with_nothing_open_shows_the_start(
    chat: Chat, locale: str, typed: str, start: str
) -> None:
    replies = await chat.say(typed, locale=locale)
    assert start in [title for r in replies if r.card for title in _titles(r.card)]
    assert not any(words in shown(replies) for words in NOT_UNDERSTOOD)


def _titles(card: dict) -> list[str]:
    return [action.get("title") for action in card.get("actions", [])]
