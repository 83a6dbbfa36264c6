"""A command mistyped, with no question open: the command it is close to, offered.

Seen at stop 58, at rest: "nwe plan", "newplan", "my claism", « nouveau pla », « mes fond »
got "I didn't understand that" and the list of commands, though each is one slip from one.
The command is offered, one click (nothing is started unasked); words close to none stay
"I didn't understand that". Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_journey import last_card
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed", "meant", "button"),
    [
        (EN, "nwe plan", "new plan", "New plan"),
        (EN, "newplan", "new plan", "New plan"),
        (EN, "new calim", "new claim", "New claim"),
        (EN, "my claism", "my claims", "My claims"),
        (EN, "my fnds", "my funds", "My funds"),
        (FR, "nouveau pla", "nouveau plan", "Nouveau plan"),
        (FR, "mes fond", "mes fonds", "Mes fonds"),
        (FR, "nouvelle reclamaton", "nouvelle réclamation", "Nouvelle réclamation"),
        # Seen at stop 59: two letters swapped in a short word ("I didn't understand that").
        (EN, "hlep", "help", "Help"),
        (EN, "my fnuds", "my funds", "My funds"),
        (FR, "aied", "aide", "Aide"),
    ],
)
async def test_a_mistyped_command_is_offered_and_nothing_started(
    chat: Chat, locale: str, typed: str, meant: str, button: str
) -> None:
    chat.locale = locale
    replies = await chat.say(typed, locale=locale)
    said = shown(replies)

    assert f"Did you mean **{meant}**?" in said or f"Vouliez-vous dire **{meant}** ?" in said, said
    assert last_card(replies).submit_data(button)["action"], said
    assert "PLN-" not in said and "CLM-" not in said, said  # nothing started unasked
    assert (await chat.services.plans.list_plans(chat.tenant_id)) == []


async def test_its_button_does_the_command(chat: Chat) -> None:
    replies = await chat.say("nwe plan", locale=EN)

    clicked = await chat.click(last_card(replies).submit_data("New plan"))

    assert "PLN-2026-000001" in shown(clicked), shown(clicked)


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "banana split"), (EN, "plan"), (FR, "pomme de terre")],
)
async def test_words_close_to_no_command_are_not_understood(
    chat: Chat, locale: str, typed: str
) -> None:
    chat.locale = locale
    said = shown(await chat.say(typed, locale=locale))

    assert "Did you mean" not in said and "Vouliez-vous dire" not in said, said


@pytest.mark.parametrize(
    ("locale", "typed", "meant", "button"),
    [
        # Seen at stop 60: "I didn't understand that" (the status is no command of the
        # table: it is read as a question), though "status" is what the start card says.
        (EN, "staus", "status", "Status"),
        (EN, "stauts", "status", "Status"),
        (EN, "statsu", "status", "Status"),
        (EN, "sttaus?", "status", "Status"),
        (FR, "statu", "statut", "Statut"),
        (FR, "sattut", "statut", "Statut"),
    ],
)
async def test_the_status_mistyped_is_offered_and_its_button_answers_it(
    chat: Chat, locale: str, typed: str, meant: str, button: str
) -> None:
    await test_a_mistyped_command_is_offered_and_nothing_started(chat, locale, typed, meant, button)
    replies = chat.transcript[-1:]

    clicked = shown(await chat.click(last_card(replies).submit_data(button)))

    assert clicked == shown(await chat.say(meant, locale=locale)), clicked  # as typed
