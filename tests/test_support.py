"""The test helpers clean up after themselves: the suite runs thousands of conversations,
and each one that left a folder in the system's temporary directory filled it (7,764
evidence folders and 881 hostile-dialog stores were found there after a few runs)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import storage.tinydb_storage as tinydb_storage
from tests.dialogs import test_hostile_dialogs

ROOT = Path(__file__).resolve().parent.parent


def test_an_evidence_folder_made_for_a_test_is_gone_when_the_process_ends() -> None:
    made = subprocess.run(
        [
            sys.executable,
            "-c",
            "from storage.memory_storage import MemoryStorage\n"
            "from tests.support import services_over\n"
            "print(services_over(MemoryStorage()).evidence.root)",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    folder = Path(made.stdout.strip()).parent  # the store keeps evidence in <folder>/evidence
    assert folder.name.startswith("evidence-"), made.stderr
    assert not folder.exists(), f"{folder} was left behind"


def test_a_hostile_conversation_closes_its_store_before_its_folder_goes(monkeypatch) -> None:
    # An open store checkpoints on a timer thread about a second after its last change:
    # after the folder was removed, that recreated it.
    opened: list[tinydb_storage.TinyDBStorage] = []
    real = tinydb_storage.TinyDBStorage

    def recording(*args, **kwargs):
        store = real(*args, **kwargs)
        opened.append(store)
        return store

    monkeypatch.setattr(test_hostile_dialogs, "TinyDBStorage", recording)
    asyncio.run(test_hostile_dialogs.conversation("en-US", "plan", 2, []))
    assert opened
    assert all(store._closed for store in opened), "a store was left open"
