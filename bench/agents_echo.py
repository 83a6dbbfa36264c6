"""The successor SDK's echo bot: the Microsoft 365 Agents SDK for Python 1.9 anchor.

`.venv-agents/bin/python bench/agents_echo.py`: runs in its own virtual environment
(`make agents-venv`, pinned in bench/requirements-agents.txt), never in the bot's, so the
two SDKs never share a process or a dependency resolution. It imports nothing from this
project.

Built as the SDK's echo samples build it: a MemoryStorage, an MsalConnectionManager from
`load_configuration_from_env`, the aiohttp CloudAdapter, an Authorization, an
`AgentApplication[TurnState]` whose message route answers, and the samples'
`start_server`: `jwt_authorization_middleware` in front of `start_agent_process`. Like the
stock echo bot in the bench it runs unauthenticated: the service connection allows
anonymous requests (as a sample does with no client id configured, for local testing), and
its replies go to the activity's `serviceUrl`, the bench's loopback connector. As the
stock echo bot does, it counts the turns in conversation state, so state is read and saved
every turn.

It speaks the bench's child-process protocol (bench/load.py): serves on 127.0.0.1 on a
free port, prints one JSON line `{"port": ..., "pid": ...}` when ready, and stops on
SIGTERM or when its stdin closes.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys

from aiohttp import web
from microsoft_agents.activity import load_configuration_from_env
from microsoft_agents.authentication.msal import MsalConnectionManager
from microsoft_agents.hosting.aiohttp import (
    CloudAdapter,
    jwt_authorization_middleware,
    start_agent_process,
)
from microsoft_agents.hosting.core import (
    AgentApplication,
    Authorization,
    MemoryStorage,
    Storage,
    TurnContext,
    TurnState,
)

# No client id: the one service connection only allows anonymous requests (local only).
ANONYMOUS = {"CONNECTIONS__SERVICE_CONNECTION__SETTINGS__ANONYMOUS_ALLOWED": "true"}


def agent_application(storage: Storage) -> tuple[AgentApplication[TurnState], dict]:
    """The sample's agent on `storage`, and its configuration (for `web_app`)."""
    agents_sdk_config = load_configuration_from_env({**ANONYMOUS, **os.environ})
    connection_manager = MsalConnectionManager(**agents_sdk_config)
    adapter = CloudAdapter(connection_manager=connection_manager)
    authorization = Authorization(storage, connection_manager, **agents_sdk_config)
    agent_app = AgentApplication[TurnState](
        storage=storage, adapter=adapter, authorization=authorization, **agents_sdk_config
    )
    configuration = {
        "agent_configuration": connection_manager.get_default_connection_configuration(),
        "agent_app": agent_app,
        "adapter": adapter,
    }
    return agent_app, configuration


def web_app(configuration: dict) -> web.Application:
    """The samples' `start_server` web app, without `run_app`."""

    async def entry_point(request: web.Request) -> web.Response:
        return await start_agent_process(request, request.app["agent_app"], request.app["adapter"])

    app = web.Application(middlewares=[jwt_authorization_middleware])
    app.router.add_post("/api/messages", entry_point)
    for key, value in configuration.items():
        app[key] = value
    return app


def create_agent_app() -> web.Application:
    """The echo sample."""
    agent_app, configuration = agent_application(MemoryStorage())

    @agent_app.conversation_update("membersAdded")
    async def on_members_added(context: TurnContext, _state: TurnState) -> None:
        await context.send_activity("Hello and welcome!")

    @agent_app.activity("message")
    async def on_message(context: TurnContext, state: TurnState) -> None:
        count = state.get_value("ConversationState.turns", lambda: 0)
        state.set_value("ConversationState.turns", count + 1)
        await context.send_activity(f"Echo: {context.activity.text}")

    return web_app(configuration)


async def serve(app: web.Application) -> None:
    """Serve `app` as the bench's child: the port on stdout, until SIGTERM or stdin closes."""
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    # The bench holds our stdin; if it dies, we must not outlive it.
    loop.add_reader(sys.stdin.fileno(), lambda: stop.set() if not sys.stdin.read(1) else None)
    print(json.dumps({"port": runner.addresses[0][1], "pid": os.getpid()}), flush=True)
    await stop.wait()
    await runner.cleanup()


if __name__ == "__main__":
    asyncio.run(serve(create_agent_app()))
