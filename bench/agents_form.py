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

It is the echo sample's agent and web app (bench/agents_echo.py's `agent_application`,
`web_app`, `serve`: the bench's child-process protocol), with this route and storage.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import sys
from enum import Enum
from pathlib import Path
from urllib.parse import quote

from aiohttp import web
from microsoft_agents.hosting.core import (
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

from bench.agents_echo import agent_application, serve, web_app
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
    """The echo sample's agent and web app (bench/agents_echo.py), its route a dialog."""
    agent_app, configuration = agent_application(DurableStorage(folder))
    form = form_dialog()

    @agent_app.activity("message")
    async def on_message(context: TurnContext, state: TurnState) -> None:
        dialog_state = state.conversation.create_property("DialogState")
        await DialogExtensions.run_dialog(form, context, dialog_state)

    return web_app(configuration)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    asyncio.run(serve(create_agent_app(Path(sys.argv[1]))))
