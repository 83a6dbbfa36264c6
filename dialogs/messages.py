"""The one place a view's message becomes a Bot Framework activity."""

from __future__ import annotations

from botbuilder.core import CardFactory, MessageFactory
from botbuilder.schema import Activity

from views.message import Message


def to_activity(message: Message) -> Activity:
    if message.card is None:
        return MessageFactory.text(message.text)
    activity = MessageFactory.attachment(CardFactory.adaptive_card(message.card))
    if message.summary is not None:
        activity.summary = message.summary
    return activity
