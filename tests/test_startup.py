"""Start-up as an operator sees it: `python app.py` refuses damaged bot-wide data (naming the
file, never starting empty), serves everyone else when one partner's file is damaged, and
the deployment command (gunicorn + aiohttp worker) serves."""

from __future__ import annotations

import asyncio
import http.server
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from datetime import date
from pathlib import Path

import aiohttp
import pytest

from storage.repository import PlanRepository
from storage.tinydb_storage import TinyDBStorage, partition_of
from tests.azurite import free_port
from tests.bot.test_http import teams_message
from tests.connector import FakeConnector

REPO_ROOT = Path(__file__).resolve().parents[1]
TENANT_KEY = "tenants/11111111-2222-3333-4444-555555555555/plans/PLN-2026-000001"
# What "what's my claim status?" reads first: the tenant's list of claims.
CLAIM_INDEX_KEY = "tenants/11111111-2222-3333-4444-555555555555/claim-index"
STATE_KEY = "counters/plans/2026"


def _environment(data_dir: Path, **extra: str) -> dict[str, str]:
    environment = {
        **os.environ,
        "PYTHONPATH": str(REPO_ROOT),
        "HOST": "127.0.0.1",
        "PORT": str(free_port()),
        "DATA_DIR": str(data_dir),
        "STORAGE": "tinydb",
        **extra,
    }
    for unset in ("MicrosoftAppId", "ROLES_FILE", "FUNDS_FILE"):
        environment.pop(unset, None)
    return environment


def _seed(data_dir: Path) -> None:
    storage = TinyDBStorage(data_dir)
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(
            storage.write(
                {
                    TENANT_KEY: {"id": "PLN-2026-000001"},
                    CLAIM_INDEX_KEY: {"items": {}},
                    STATE_KEY: {"next": 2},
                }
            )
        )
    finally:
        loop.close()
        storage.close()


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


@pytest.mark.parametrize(
    "damage",
    [_truncate, lambda path: path.write_text('{"_default": {"counters/plans/2026": ')],
    ids=["truncated-state", "unterminated-state"],
)
def test_a_damaged_bot_wide_file_stops_the_bot_and_names_the_file(tmp_path, damage):
    """Conversation state, counters and indexes serve every partner: checked before serving."""
    data_dir = tmp_path / "data"
    _seed(data_dir)
    damaged = data_dir / partition_of(STATE_KEY)
    damage(damaged)

    result = subprocess.run(
        [sys.executable, "app.py"],
        cwd=REPO_ROOT,
        env=_environment(data_dir),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert str(damaged) in result.stderr
    assert "move this file aside" in result.stderr
    assert "serving on" not in result.stderr  # it never listened
    # Nothing was "repaired" behind the operator's back.
    assert damaged.exists()

    # The documented recovery: move the file aside; the bot starts, the rest is intact.
    damaged.rename(damaged.with_name(damaged.name + ".corrupt"))
    storage = TinyDBStorage(data_dir)
    storage.check()
    loop = asyncio.new_event_loop()
    try:
        assert TENANT_KEY in loop.run_until_complete(storage.read([TENANT_KEY]))
    finally:
        loop.close()
        storage.close()


@pytest.mark.parametrize(
    "damage",
    [
        _truncate,
        lambda path: path.write_bytes(b""),
        lambda path: path.write_bytes(b"\x00\x00\x00\x00"),  # a torn page
    ],
    ids=["truncated-tenant", "empty-tenant", "zeroed-tenant"],
)
def test_a_damaged_tenant_file_refuses_that_partner_only_and_health_names_it(tmp_path, damage):
    """A partner's file is checked when first opened: start-up does not read every partner's
    file (it took 25-36 s at 200,000 claims); the others are served meanwhile."""
    data_dir = tmp_path / "data"
    _seed(data_dir)
    damaged = data_dir / partition_of(CLAIM_INDEX_KEY)
    damage(damaged)
    before = damaged.read_bytes()

    environment = _environment(data_dir)
    port = environment["PORT"]
    log = tmp_path / "app.log"
    with open(log, "wb") as output:
        process = subprocess.Popen(
            [sys.executable, "app.py"], cwd=REPO_ROOT, env=environment, stdout=output, stderr=output
        )
    try:
        _wait_for_health(process, int(port), log)
        asyncio.run(_damaged_partner_and_another(f"http://127.0.0.1:{port}", data_dir))
    finally:
        _stop(process)
    assert str(damaged) in log.read_text()  # named loudly in the log
    assert damaged.read_bytes() == before  # never overwritten


async def _damaged_partner_and_another(url: str, data_dir: Path) -> None:
    async with FakeConnector() as connector, aiohttp.ClientSession(url) as client:
        message = teams_message(connector.url, "what's my claim status?")
        damaged_tenant = TENANT_KEY.split("/")[1]
        message["conversation"]["tenantId"] = damaged_tenant
        message["channelData"]["tenant"]["id"] = damaged_tenant
        answer = await client.post("/api/messages", json=message)
        assert answer.status < 500
        texts = " ".join(a.get("text") or "" for a in connector.take())
        assert "can't open your organisation's data" in texts, texts
        assert "Traceback" not in texts and str(data_dir) not in texts

        other = teams_message(connector.url, "what's my claim status?", number=2)
        assert (await client.post("/api/messages", json=other)).status < 500
        assert connector.take()  # another partner is answered

        body = await (await client.get("/healthz")).json()
        assert body["storage"]["damaged"] == [partition_of(CLAIM_INDEX_KEY)]
        assert str(data_dir) not in json.dumps(body)


def test_blob_storage_without_a_connection_string_refuses_to_start(tmp_path):
    result = subprocess.run(
        [sys.executable, "app.py"],
        cwd=REPO_ROOT,
        env=_environment(tmp_path / "data", STORAGE="azure-blob"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "AZURE_STORAGE_CONNECTION_STRING is required" in result.stderr


def test_gunicorn_with_the_aiohttp_worker_serves_the_bot(tmp_path):
    """The Dockerfile's command, on loopback: the async factory `app:make_app` serves on uvloop."""
    port = free_port()
    environment = _environment(tmp_path / "data")
    command = [
        sys.executable, "-m", "gunicorn", "app:make_app",
        "--worker-class", "aiohttp.GunicornUVLoopWebWorker",
        "--bind", f"127.0.0.1:{port}",
        "--workers", "1",
    ]  # fmt: skip
    with open(tmp_path / "gunicorn.log", "wb") as log:
        process = subprocess.Popen(
            command,
            cwd=REPO_ROOT,
            env=environment,
            stdout=log,
            stderr=log,
        )
    try:
        health = _wait_for_health(process, port, tmp_path / "gunicorn.log")
        assert b'"backend": "tinydb"' in health
    finally:
        _stop(process)
    assert process.returncode == 0, (tmp_path / "gunicorn.log").read_text()


def _wait_for_health(process: subprocess.Popen, port: int, log: Path) -> bytes:
    deadline = time.monotonic() + 40
    while True:
        assert process.poll() is None, log.read_text()
        assert time.monotonic() < deadline, log.read_text()
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as answer:
                assert answer.status == 200
                return answer.read()
        except OSError:
            time.sleep(0.2)


def _stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def test_a_second_process_on_the_same_tinydb_folder_refuses_to_start(tmp_path):
    data_dir = tmp_path / "data"
    first_environment = _environment(data_dir)
    with open(tmp_path / "first.log", "wb") as log:
        first = subprocess.Popen(
            [sys.executable, "app.py"], cwd=REPO_ROOT, env=first_environment, stdout=log, stderr=log
        )
    try:
        _wait_for_health(first, int(first_environment["PORT"]), tmp_path / "first.log")
        second = subprocess.run(
            [sys.executable, "app.py"],
            cwd=REPO_ROOT,
            env=_environment(data_dir),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode != 0
        assert "DATA_DIR is in use by another process" in second.stderr
    finally:
        _stop(first)
    # Once the first has stopped (or died), the folder is free again: the lock dies with it.
    again = _environment(data_dir)
    with open(tmp_path / "again.log", "wb") as log:
        restarted = subprocess.Popen(
            [sys.executable, "app.py"], cwd=REPO_ROOT, env=again, stdout=log, stderr=log
        )
    try:
        _wait_for_health(restarted, int(again["PORT"]), tmp_path / "again.log")
    finally:
        _stop(restarted)


async def test_a_lost_id_counter_never_hands_out_an_id_twice(tmp_path):
    # Moving a damaged state file aside may lose a counter (or a backup may hold an older
    # one): new ids skip those already taken instead of naming someone else's plan.
    storage = TinyDBStorage(tmp_path / "data")
    plans = PlanRepository(storage)
    today = date(2026, 11, 27)
    taken = [
        (await plans.create_plan(tenant_id=t, owner_id="u", owner_name=None, today=today)).id
        for t in ("tenant-a", "tenant-b", "tenant-a")
    ]
    await storage.delete([STATE_KEY])
    fresh = await plans.create_plan(
        tenant_id="tenant-c", owner_id="u", owner_name=None, today=today
    )
    assert fresh.id not in taken and fresh.id == "PLN-2026-000004"
    assert (await plans.get_plan("tenant-a", taken[0])).tenant_id == "tenant-a"
    storage.close()


def test_the_bot_serves_on_uvloop_and_on_asyncio_where_uvloop_is_missing(monkeypatch):
    import uvloop

    import app

    loop = app.new_event_loop()
    try:
        assert isinstance(loop, uvloop.Loop)
    finally:
        loop.close()
    monkeypatch.setitem(sys.modules, "uvloop", None)  # `import uvloop` now fails
    loop = app.new_event_loop()
    try:
        assert not isinstance(loop, uvloop.Loop)
        assert isinstance(loop, asyncio.AbstractEventLoop)
    finally:
        loop.close()


def test_without_tesseract_the_bot_serves_and_says_once_that_images_are_not_read(tmp_path):
    """Where the OCR engine is missing (no `tesseract` on the PATH), `python app.py` still
    serves and reads text PDFs; its log says once that image reading is off, and why, and
    /healthz says so too."""
    environment = _environment(tmp_path / "data", PATH=str(Path(sys.executable).parent))
    port = environment["PORT"]
    with open(tmp_path / "app.log", "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "app.py"], cwd=REPO_ROOT, env=environment, stdout=log, stderr=log
        )
    try:
        health = json.loads(_wait_for_health(process, int(port), tmp_path / "app.log"))
        assert health["invoices"] == {
            "reading": True,
            "ocr": False,
            "reason": "Tesseract (tesseract-ocr, tesseract-ocr-fra) not found",
        }
    finally:
        _stop(process)
    said = (tmp_path / "app.log").read_text()
    assert said.count("image reading is off: Tesseract") == 1, said


def test_with_tesseract_healthz_says_images_are_read(tmp_path):
    if not shutil.which("tesseract"):
        pytest.skip("Tesseract is not installed here (make install-ocr)")
    environment = _environment(tmp_path / "data")
    with open(tmp_path / "app.log", "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "app.py"], cwd=REPO_ROOT, env=environment, stdout=log, stderr=log
        )
    try:
        health = json.loads(
            _wait_for_health(process, int(environment["PORT"]), tmp_path / "app.log")
        )
        assert health["invoices"] == {"reading": True, "ocr": True}
    finally:
        _stop(process)


class _Collector(http.server.BaseHTTPRequestHandler):
    """An OTLP/HTTP collector and a Bot Connector in one: keeps every POST's path and body."""

    received: list[tuple[str, bytes]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        type(self).received.append((self.path, body))
        answer = b'{"id": "reply-1"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *_args: object) -> None:
        pass


def test_python_app_exports_its_turns_over_otlp_and_logs_json_lines(tmp_path):
    """As an operator runs it: OTEL_EXPORTER_OTLP_ENDPOINT set, the turn's span reaches the
    collector (named, with its intent, without the partner's words); LOG_FORMAT=json makes
    every log line a JSON object."""
    from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

    _Collector.received = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Collector)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    environment = _environment(
        tmp_path / "data",
        OTEL_EXPORTER_OTLP_ENDPOINT=url,
        OTEL_BSP_SCHEDULE_DELAY="100",
        LOG_FORMAT="json",
    )
    with open(tmp_path / "app.log", "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "app.py"], cwd=REPO_ROOT, env=environment, stdout=log, stderr=log
        )
    try:
        port = int(environment["PORT"])
        _wait_for_health(process, port, tmp_path / "app.log")
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/api/messages",
            data=json.dumps(teams_message(url, "status of my secret plan")).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as answer:
            assert answer.status in (200, 201, 202)
        deadline = time.monotonic() + 30
        spans = []
        while not spans:
            assert time.monotonic() < deadline, (tmp_path / "app.log").read_text()
            time.sleep(0.1)
            for path, body in list(_Collector.received):
                if path == "/v1/traces":
                    exported = ExportTraceServiceRequest.FromString(body)
                    spans += [s for r in exported.resource_spans for ss in r.scope_spans
                              for s in ss.spans if s.name == "teams turn"]  # fmt: skip
        attributes = {a.key: a.value.string_value for a in spans[0].attributes}
        assert attributes["incentives.intent"] == "status"
        assert attributes["incentives.outcome"] == "answered"
        assert "secret" not in str(spans[0])  # the words never leave the process
    finally:
        _stop(process)
        server.shutdown()
    lines = (tmp_path / "app.log").read_text().splitlines()
    logged = [json.loads(line) for line in lines if line.strip()]  # every line is JSON
    assert any(line["message"].startswith("traces and metrics: otlp") for line in logged)
    assert all({"time", "level", "logger", "message"} <= set(line) for line in logged)


def test_the_bot_process_loads_no_parser_of_partners_documents(tmp_path):
    """Invoices are read in worker processes (invoices.reader): the bot's own process,
    built as `python app.py` and gunicorn build it, never loads pypdf, pdfium, Pillow,
    Tesseract's wrapper or the invoice fields' patterns, and loads openpyxl only when a
    sheet is written or read. Loaded at start-up, they cost every instance 19 MB of
    memory and 0.3 s of start-up for nothing."""
    script = (
        "import asyncio, sys\n"
        "import app\n"
        "async def build():\n"
        "    built = await app.make_app()\n"
        "    built.freeze()\n"
        "    await built.startup()\n"  # the background tasks start, as when serving
        "    await asyncio.sleep(0.1)\n"
        "    await built.shutdown()\n"
        "    await built.cleanup()\n"
        "asyncio.run(build())\n"
        "parsers = ('pypdf', 'pypdfium2', 'PIL', 'pytesseract', 'openpyxl')\n"
        "workers_only = ('invoices.extract', 'invoices.fields')\n"
        "print(sorted(name for name in sys.modules\n"
        "             if name.split('.')[0] in parsers or name in workers_only))\n"
    )
    environment = _environment(tmp_path / "data", LOG_LEVEL="WARNING")
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout[-2000:]
