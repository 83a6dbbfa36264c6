"""The one place a view's message becomes a Bot Framework activity."""

from __future__ import annotations

from botbuilder.core import CardFactory, MessageFactory, TurnContext
from botbuilder.schema import Activity, ActivityTypes

from views.message import Message


def to_activity(message: Message) -> Activity:
    if message.card is None:
        return MessageFactory.text(message.text)
    activity = MessageFactory.attachment(CardFactory.adaptive_card(message.card))
    if message.summary is not None:
        activity.summary = message.summary
    return activity


_TYPING_SHOWN = "incentives.typing_shown"


async def show_typing(context: TurnContext) -> None:
    """Teams' typing indicator, once a turn: before anything that can take more than a
    second (downloading the files of a message, reading an invoice, a plan's spreadsheet)."""
    if context.turn_state.get(_TYPING_SHOWN):
        return
    context.turn_state[_TYPING_SHOWN] = True
    await context.send_activity(Activity(type=ActivityTypes.typing))
