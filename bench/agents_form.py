"""The successor SDK running a form durably: the like-for-like anchor of a plan turn.

`.venv-agents/bin/python bench/agents_form.py DATA_DIR`: the Microsoft 365 Agents SDK for
Python 1.9 with its dialogs port (`microsoft-agents-hosting-dialogs`), in the same virtual
environment as the echo anchor (`make agents-venv`, bench/requirements-agents.txt).

Built as bench/agents_echo.py builds the SDK's echo sample, with two differences that make
each turn what a form-filling turn is anywhere:

- the message route runs a dialog, as the SDK's dialog samples do
  (`DialogExtensions.run_dialog` over a `DialogState` property of conversation state): a
  waterfall of text prompts, one question a turn, each answer kept in the dialog's values,
  starting over after the last question;
- the storage is durable: the SDK's MemoryStorage, and every changed item also written to
  its own file under DATA_DIR (a temporary file, `fdatasync`, `os.replace`, on a worker
  thread: bench/floor.py's `write_durably`) before the write returns.

It does less than a plan turn: no validation, no draft, no card, no idempotency; and its
reply leaves before the state is written (the SDK saves turn state after the route), where
the incentives bot's reply waits for the write. Each question says "Echo: <answer>", so the
bench checks its turns as it checks the echo bots'.

It speaks the bench's child-process protocol (bench/load.py), as the echo anchor does.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import signal
import sys
from enum import Enum
from pathlib import Path
from urllib.parse import quote

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
    MessageFactory,
    StoreItem,
    TurnContext,
    TurnState,
)
from microsoft_agents.hosting.dialogs import (
    ComponentDialog,
    DialogExtensions,
    DialogTurnResult,
    WaterfallDialog,
    WaterfallStepContext,
)
from microsoft_agents.hosting.dialogs.prompts import PromptOptions, TextPrompt
from pydantic import BaseModel

from bench.agents_echo import ANONYMOUS
from bench.floor import write_durably

# The plan conversation asks about this many things before it starts over.
QUESTIONS = 8


def _plain(value: object) -> object:
    """What JSON cannot encode in the dialogs' state, as JSON: the port's dialog state and
    instances are dataclasses, its prompt options a plain class, activities pydantic models
    (the SDK's own `store_item_to_json` leaves them as they are, for MemoryStorage)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", exclude_none=True)
    if isinstance(value, Enum):
        return value.value
    return vars(value)


class DurableStorage(MemoryStorage):
    """MemoryStorage whose writes are on disk, one file per item, when they return. (Reads
    come from memory: the bench never restarts this bot, so nothing reads the files back.)
    """

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    async def write(self, changes: dict[str, StoreItem]) -> None:
        await super().write(changes)
        files = {
            self.folder / f"{quote(key, safe='')}.json": json.dumps(
                item.store_item_to_json(), default=_plain
            ).encode()
            for key, item in changes.items()
        }
        await asyncio.gather(*(asyncio.to_thread(write_durably, *file) for file in files.items()))


def form_dialog() -> ComponentDialog:
    """A waterfall of text questions, one a step, every answer kept, then start over; with
    its prompt, in one component dialog as the samples build theirs."""

    async def ask(step: WaterfallStepContext) -> DialogTurnResult:
        if step.index:
            step.values[f"answer{step.index}"] = step.result
        prompt = MessageFactory.text(f"Echo: {step.context.activity.text}")
        return await step.prompt(TextPrompt.__name__, PromptOptions(prompt=prompt))

    async def again(step: WaterfallStepContext) -> DialogTurnResult:
        step.values["last"] = step.result
        return await step.replace_dialog("questions")

    form = ComponentDialog("form")
    form.add_dialog(WaterfallDialog("questions", [ask] * QUESTIONS + [again]))
    form.add_dialog(TextPrompt(TextPrompt.__name__))
    form.initial_dialog_id = "questions"
    return form


def create_agent_app(folder: Path) -> web.Application:
    agents_sdk_config = load_configuration_from_env({**ANONYMOUS, **os.environ})
    storage = DurableStorage(folder)
    connection_manager = MsalConnectionManager(**agents_sdk_config)
    adapter = CloudAdapter(connection_manager=connection_manager)
    authorization = Authorization(storage, connection_manager, **agents_sdk_config)
    agent_app = AgentApplication[TurnState](
        storage=storage, adapter=adapter, authorization=authorization, **agents_sdk_config
    )
    form = form_dialog()

    @agent_app.activity("message")
    async def on_message(context: TurnContext, state: TurnState) -> None:
        dialog_state = state.conversation.create_property("DialogState")
        await DialogExtensions.run_dialog(form, context, dialog_state)

    async def entry_point(request: web.Request) -> web.Response:
        return await start_agent_process(request, request.app["agent_app"], request.app["adapter"])

    app = web.Application(middlewares=[jwt_authorization_middleware])
    app.router.add_post("/api/messages", entry_point)
    app["agent_configuration"] = connection_manager.get_default_connection_configuration()
    app["agent_app"] = agent_app
    app["adapter"] = adapter
    return app


async def serve(folder: Path) -> None:
    runner = web.AppRunner(create_agent_app(folder), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    loop.add_reader(sys.stdin.fileno(), lambda: stop.set() if not sys.stdin.read(1) else None)
    print(json.dumps({"port": runner.addresses[0][1], "pid": os.getpid()}), flush=True)
    await stop.wait()
    await runner.cleanup()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    asyncio.run(serve(Path(sys.argv[1])))
