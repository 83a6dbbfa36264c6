"""The routing table: each intent declared once, read at the start of a turn and mid-question."""

from __future__ import annotations

from dialogs.main_dialog import ROUTES
from dialogs.recognizer import Intent


def test_every_intent_has_exactly_one_route() -> None:
    assert set(ROUTES) == set(Intent)


def test_greetings_and_back_are_answers_in_the_middle_of_a_question() -> None:
    answers = {intent for intent, route in ROUTES.items() if route.in_question is None}
    assert answers == {Intent.GREETING, Intent.BACK}


def test_only_help_greetings_and_cancel_are_answered_without_a_role() -> None:
    open_to_all = {intent for intent, route in ROUTES.items() if route.without_role}
    assert open_to_all == {Intent.HELP, Intent.GREETING, Intent.CANCEL}


def test_card_buttons_ask_for_commands_but_never_delete_cancel_greet_or_go_back() -> None:
    from_cards = {intent for intent, route in ROUTES.items() if route.from_card}
    assert from_cards == set(Intent) - {
        Intent.DELETE_DRAFT,
        Intent.CANCEL,
        Intent.GREETING,
        Intent.BACK,
    }
