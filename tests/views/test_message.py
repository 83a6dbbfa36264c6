"""What views build is plain data (a `Message`); one function in dialogs/ sends it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from botbuilder.core import CardFactory, MessageFactory
from botbuilder.schema import ActivityTypes

from dialogs.messages import to_activity
from views import cards
from views.choices import Choice
from views.message import Message, card_message, text_message


@dataclass
class AskedHere:
    """A question as the card reads it, without the dialogs' `Question`."""

    field: str
    text: str
    input: str = "text"
    choices: list[Choice] = field(default_factory=list)
    current: str | None = None
    card: dict[str, Any] | None = None
    date_range: tuple[date, date] | None = None


def test_a_text_message_is_sent_as_the_sdk_writes_a_text():
    activity = to_activity(text_message("Which fund?"))
    assert activity.serialize() == MessageFactory.text("Which fund?").serialize()
    assert activity.type == ActivityTypes.message and not activity.attachments


def test_a_card_message_is_sent_as_one_adaptive_card_with_its_summary():
    content = cards.card([cards.text_block("Hello")])
    activity = to_activity(card_message(content, "x" * 300))
    expected = MessageFactory.attachment(CardFactory.adaptive_card(content))
    expected.summary = "x" * 200  # notifications show this much
    assert activity.serialize() == expected.serialize()
    assert activity.attachments[0].content is content


def test_a_card_without_fallback_text_has_no_summary():
    assert card_message(cards.card([]), "") == Message(card=cards.card([]))
    assert to_activity(card_message(cards.card([]))).summary is None


def test_a_question_card_is_built_from_plain_values():
    choices = [Choice("yes", "Yes"), Choice("no", "No")]
    asked = AskedHere("more", "Another one?", input="choice", choices=choices, current="no")
    message = cards.question_message(asked, "C1", "en-US")
    assert message.summary == "Another one?"
    assert [a["data"] for a in message.card["actions"]] == [
        {"action": "answer", "field": "more", "target": "C1", "answer": "yes"},
        {"action": "answer", "field": "more", "target": "C1", "answer": "no"},
    ]
    assert cards.question_message(AskedHere("name", "Name?"), "", "en-US") == Message(text="Name?")


def test_the_welcome_greets_by_first_name_or_without_one():
    assert cards.welcome_message("en-US", "Ada Lovelace").summary.startswith("Hi Ada, ")
    assert cards.welcome_message("en-US", None).summary.startswith("Hi, I'm")
    assert cards.welcome_message("fr-FR", "").summary.startswith("Bonjour, je suis")
