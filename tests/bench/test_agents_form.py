"""The like-for-like anchor of a plan turn: the Agents SDK 1.9 running a form with its dialogs
port, its state on disk (bench/agents_form.py, in the Agents SDK's own virtual environment)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.connector import BenchConnector
from bench.figures import plan_conversation
from bench.load import AGENTS_PYTHON, BotProcess, client_session, drive

pytestmark = pytest.mark.skipif(
    not AGENTS_PYTHON.exists(), reason="make agents-venv: the Agents SDK bots' own venv"
)


async def test_each_answer_is_asked_after_and_kept_on_disk_in_the_dialog_s_state(tmp_path: Path):
    conversation = plan_conversation(7, echo=True)
    connector = BenchConnector()
    await connector.start()
    bot = await BotProcess("agents-form", tmp_path / "data").start(tmp_path)
    try:
        async with client_session(2) as session:
            stats = await drive(session, bot, connector, [conversation], 1)
    finally:
        await bot.stop()
        await connector.stop()

    assert stats.failures == [] and stats.turns == len(conversation.steps)
    [kept] = list((tmp_path / "data").glob("*conversations*.json"))
    state = json.loads(kept.read_text())
    answers = json.dumps(state["DialogState"])
    # The waterfall starts over after eight questions: the last answers are in its values.
    last = conversation.steps[-1].text
    assert f'"{last}"' in answers
    assert not list((tmp_path / "data").glob("*.tmp"))
