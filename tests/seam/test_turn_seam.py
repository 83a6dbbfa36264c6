"""Per-turn costs botbuilder adds that the bot never needs, removed at the seam."""

from __future__ import annotations

import uuid
from pathlib import Path

from tests.support import Chat, tinydb_storage


async def test_a_dialog_begun_asks_the_uuid_daemon_nothing(tmp_path: Path, monkeypatch):
    """`WaterfallDialog.begin_dialog` stamps each waterfall with `uuid.uuid1()`, which
    libuuid makes by trying the uuidd daemon's socket (a socket, a failed connect and a
    close on every call where no uuidd runs: seen with strace, half a call a plan turn).
    The stamp is only an id for telemetry: a random one does."""
    storage = tinydb_storage(tmp_path)
    chat = Chat(storage)
    await chat.seed_roles(tmp=tmp_path)
    asked: list[str] = []
    real_uuid1 = uuid.uuid1

    def recording(*args, **kwargs):
        asked.append("uuid1")
        return real_uuid1(*args, **kwargs)

    monkeypatch.setattr(uuid, "uuid1", recording)
    replies = await chat.say("new plan")
    assert "PLN-" in replies[0].shown
    await chat.say("1234567")
    assert asked == []
    storage.close()  # the journal's changes into the data files, read below
    text = "".join(path.read_text() for path in tmp_path.rglob("*.json"))
    ids = [part.split('"')[0] for part in text.split('"instanceId":"')[1:]]
    assert ids and all(uuid.UUID(value).version == 4 for value in ids)
    assert len(set(ids)) == len(ids)


def test_the_waterfalls_ids_stay_unique():
    from botbuilder.dialogs import waterfall_dialog

    from seam import turn_seam

    assert turn_seam.applied()
    values = {str(waterfall_dialog.uuid.uuid1()) for _ in range(10_000)}
    assert len(values) == 10_000
