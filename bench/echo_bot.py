"""The baseline: a stock botbuilder echo bot, as BotBuilder-Samples' 02.echo-bot builds it.

CloudAdapter with ConfigurationBotFrameworkAuthentication, ConversationState over
MemoryStorage (a turn counter, so state is read and saved every turn as in the
state-management sample), and the aiohttp integration's own `adapter.process`.
Written for the bench; it imports nothing from the incentives bot, so it pays
whatever stock botbuilder pays (msrest's retry set-up included) unless the caller
applies the connector seam first.
"""

from __future__ import annotations

import sys
import traceback

from aiohttp import web
from botbuilder.core import (
    ActivityHandler,
    ConversationState,
    MemoryStorage,
    MessageFactory,
    TurnContext,
)
from botbuilder.integration.aiohttp import (
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
)
from botbuilder.schema import ChannelAccount


class EchoConfig:
    """The settings the samples keep in config.py; empty ids: unauthenticated, local only."""

    PORT = 3978
    APP_ID = ""
    APP_PASSWORD = ""
    APP_TYPE = "MultiTenant"
    APP_TENANTID = ""


class EchoBot(ActivityHandler):
    """Says hello to new members and echoes every message back, counting the turns."""

    def __init__(self, conversation_state: ConversationState) -> None:
        self.conversation_state = conversation_state
        self.turns = conversation_state.create_property("TurnCount")

    async def on_turn(self, turn_context: TurnContext) -> None:
        await super().on_turn(turn_context)
        await self.conversation_state.save_changes(turn_context)

    async def on_members_added_activity(
        self, members_added: list[ChannelAccount], turn_context: TurnContext
    ) -> None:
        for member in members_added:
            if member.id != turn_context.activity.recipient.id:
                await turn_context.send_activity("Hello and welcome!")

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        # A factory, not 0: the accessor treats a falsy default as "no default".
        count = await self.turns.get(turn_context, lambda: 0)
        await self.turns.set(turn_context, count + 1)
        await turn_context.send_activity(MessageFactory.text(f"Echo: {turn_context.activity.text}"))


async def on_error(context: TurnContext, error: Exception) -> None:
    print(f"\n [on_turn_error] unhandled error: {error}", file=sys.stderr)
    traceback.print_exc()
    await context.send_activity("The bot encountered an error or bug.")


def create_echo_app() -> web.Application:
    """The echo bot's aiohttp app: POST /api/messages, as the sample serves it."""
    adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(EchoConfig()))
    adapter.on_turn_error = on_error
    bot = EchoBot(ConversationState(MemoryStorage()))

    async def messages(request: web.Request) -> web.Response:
        return await adapter.process(request, bot)

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    return app
