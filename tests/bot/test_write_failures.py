"""A full disk (or any failing write) answers the partner cleanly and shows in /healthz."""

from __future__ import annotations

import errno
import json

import pytest

from storage import journal
from storage.tinydb_storage import AtomicJSONStorage
from tests.bot.test_http import served, teams_message  # noqa: F401  (fixture)

pytestmark = pytest.mark.asyncio


@pytest.fixture
def full_disk(monkeypatch):
    """Every journal append and file write fails as on a full disk, until `free()` is called."""
    originals = (AtomicJSONStorage.write_file, journal.Journal._write)

    def no_space(self, *_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    class Disk:
        def fill(self) -> None:
            monkeypatch.setattr(AtomicJSONStorage, "write_file", no_space)
            monkeypatch.setattr(journal.Journal, "_write", no_space)

        def free(self) -> None:
            monkeypatch.setattr(AtomicJSONStorage, "write_file", originals[0])
            monkeypatch.setattr(journal.Journal, "_write", originals[1])

    return Disk()


async def test_a_full_disk_answers_the_turn_cleanly_and_health_says_writes_fail(
    served,  # noqa: F811
    full_disk,
    data_dir,
):
    client, connector = served
    assert (await client.get("/healthz")).status == 200

    full_disk.fill()
    response = await client.post("/api/messages", json=teams_message(connector.url, "new plan"))
    assert response.status < 500  # not the SDK's 500 with a traceback
    texts = " ".join(a.get("text") or "" for a in connector.take())
    assert "Traceback" not in texts and "No space" not in texts
    assert "Sorry" in texts or "sorry" in texts  # the apology, in the partner's language
    # How to pick up again, whatever the draft (a claim's partner was told "continue my plan").
    assert "say **resume** to pick up where you left off" in texts

    health = await client.get("/healthz")
    assert health.status == 503
    body = await health.json()
    assert body["status"] == "degraded"
    assert body["storage"]["ok"] is False
    assert body["storage"]["writes"] == "failing"
    assert body["storage"]["write_error"] == "ENOSPC"
    assert "since" in body["storage"]
    assert str(data_dir) not in json.dumps(body)  # no server paths, no OS message
    assert "No space" not in json.dumps(body)

    full_disk.free()
    # Health sees the recovery by itself (a probe write), before any partner writes.
    health = await client.get("/healthz")
    assert health.status == 200
    assert (await health.json())["storage"]["writes"] == "ok"
    response = await client.post(
        "/api/messages", json=teams_message(connector.url, "new plan", number=2)
    )
    assert response.status in (200, 201, 202)
    assert any("PLN-" in (a.get("text") or "") for a in connector.take())
