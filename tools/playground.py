"""The bot in the Microsoft 365 Agents Playground, on this machine: `make playground`.

Starts the bot (`app.py`) and the Playground (npm `@microsoft/m365agentsplayground`,
pinned in package.json) on loopback, prints the address to open, and stops both on
Ctrl-C. The Playground plays Teams: it sends personal-chat activities (channel
`msteams`, tenant, `aadObjectId`) and mocks the Bot Connector, so replies and
proactive notices show in its chat. The end-to-end test (tests/e2e) runs the same
`Stack` on free ports.

What the Playground cannot do, and how this module fills in:

- It always says `locale: "en-US"` (0.2.28 writes it into every activity it makes; no
  option, setting or configuration changes it). `--locale fr-FR` puts `LocaleProxy`
  between the Playground and the bot: it rewrites the locale of each activity on
  the way in, as Teams does for a partner whose Teams is in French.
- Its compose box has no file upload. A file is sent the way Teams sends one (an
  attachment `application/vnd.microsoft.teams.file.download.info` whose
  `content.downloadUrl` the bot downloads) with the Playground's own "Mock an
  Activity → Custom activity"; `FileServer` serves the files on loopback over http,
  which the bot accepts only with EVIDENCE_ALLOW_HTTP_LOOPBACK=true (set here).

Standard library only (the bot's own settings come from its environment).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO, Any

REPO_ROOT = Path(__file__).resolve().parents[1]
PLAYGROUND_CLI = REPO_ROOT / "node_modules" / "@microsoft" / "m365agentsplayground" / "cli.js"

# Who chats in the Playground: its built-in configuration (used when no
# .m365agentsplayground.yml is found), shown as "Alex Wilber" in its title bar.
TENANT_ID = "00000000-0000-0000-0000-0000000000001"
USER_ID = "user-id-0"
USER_AAD_OBJECT_ID = "00000000-0000-0000-0000-0000000000020"
USER_NAME = "Alex Wilber"
MPN_ID = "1234567"
PROGRAM = "csp_indirect_reseller"
EARNED = "40000"
CURRENCY = "EUR"

DEFAULT_BOT_PORT = 3978
DEFAULT_PLAYGROUND_PORT = 56150
DEFAULT_CONVERSATION_ID = "playground-personal-chat"
START_SECONDS = 60
TEAMS_FILE = "application/vnd.microsoft.teams.file.download.info"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _opener() -> urllib.request.OpenerDirector:
    # Loopback only: a proxy from the environment must never see these calls.
    return urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _get(url: str, timeout: float = 2.0) -> tuple[int, bytes]:
    try:
        with _opener().open(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


# -- what the Playground's user may do ---------------------------------------------------------


def _half_label(day: date) -> str:
    """The fiscal half containing `day` ("FY27 H1" is July–December 2026)."""
    if day.month >= 7:
        return f"FY{(day.year + 1) % 100:02d} H1"
    return f"FY{day.year % 100:02d} H2"


def seed_files(folder: Path, today: date) -> tuple[Path, Path]:
    """A role file making the Playground's user an Incentives admin, and co-op funds.

    Funds are earned for the previous, current and next fiscal halves, so a plan for
    any period the bot offers can be claimed against.
    """
    folder.mkdir(parents=True, exist_ok=True)
    roles = folder / "roles.json"
    users = {USER_AAD_OBJECT_ID: {"role": "incentives_admin", "name": USER_NAME}}
    tenant = {"mpn_ids": [MPN_ID], "users": users}
    roles.write_text(json.dumps({"tenants": {TENANT_ID: tenant}}, indent=2), encoding="utf-8")
    halves = {_half_label(today + timedelta(days=days)) for days in (-184, 0, 184)}
    entries = [
        {"program": PROGRAM, "period": half, "currency": CURRENCY, "earned": EARNED}
        for half in sorted(halves)
    ]
    funds = folder / "funds.json"
    funds.write_text(json.dumps({"tenants": {TENANT_ID: entries}}, indent=2), encoding="utf-8")
    return roles, funds


# -- files, as Teams attaches them -------------------------------------------------------------


class _QuietFiles(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class FileServer:
    """Serves one folder on http://127.0.0.1:<port>/ (evidence files for the bot to fetch)."""

    def __init__(self, folder: Path, port: int = 0) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        handler = functools.partial(_QuietFiles, directory=str(folder))
        self._server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self) -> FileServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self._server.server_port}/{name}"


def sample_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF with `title` and `lines` as its text (Helvetica, Latin-1), as small
    as a PDF can be: what the bot reads in an invoice a partner sends."""

    def literal(text: str) -> str:
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return f"({escaped})"

    shown = [f"BT /F1 16 Tf 56 780 Td {literal(title)} Tj ET"]
    shown += [
        f"BT /F1 11 Tf 56 {750 - 18 * number} Td {literal(line)} Tj ET"
        for number, line in enumerate(lines)
    ]
    stream = "\n".join(shown).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def file_activity(
    template: dict[str, Any], url: str, name: str, locale: str = "en-US"
) -> dict[str, Any]:
    """A personal-chat message carrying one file, the way Teams sends it.

    `template` is the Playground's custom-activity template
    (GET /_internal/v1/customActivities/template?conversationId=…): it names the
    conversation, the user and the bot as the Playground knows them.
    """
    activity = json.loads(json.dumps(template))
    activity.update(
        id=str(uuid.uuid4()),
        type="message",
        text="",
        locale=locale,
        attachments=[
            {
                "contentType": TEAMS_FILE,
                "name": name,
                "content": {
                    "downloadUrl": url,
                    "uniqueId": str(uuid.uuid4()),
                    "fileType": name.rsplit(".", 1)[-1],
                },
            }
        ],
    )
    activity.setdefault("from", {})["name"] = USER_NAME
    tenant = (activity.get("conversation") or {}).get("tenantId", TENANT_ID)
    activity["channelData"] = {"tenant": {"id": tenant}}
    return activity


# -- another language than the Playground's en-US ---------------------------------------------


def with_locale(activity: dict[str, Any], locale: str) -> dict[str, Any]:
    """The activity as a Teams client in `locale` sends it (locale and clientInfo entity)."""
    activity["locale"] = locale
    for entity in activity.get("entities") or []:
        if isinstance(entity, dict) and entity.get("type") == "clientInfo":
            entity["locale"] = locale
    return activity


class LocaleProxy:
    """Forwards the Playground's requests to the bot, each activity in `locale`."""

    def __init__(self, target: str, locale: str, port: int = 0) -> None:
        self.target = target.rstrip("/")  # http://127.0.0.1:3978
        self.locale = locale
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                self._forward(None)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self._forward(self.rfile.read(length))

            def _forward(self, body: bytes | None) -> None:
                if body and "json" in (self.headers.get("Content-Type") or ""):
                    with contextlib.suppress(ValueError):
                        activity = json.loads(body)
                        if isinstance(activity, dict):
                            body = json.dumps(with_locale(activity, proxy.locale)).encode()
                headers = {
                    name: value
                    for name, value in self.headers.items()
                    if name.lower() in ("content-type", "authorization")
                }
                request = urllib.request.Request(
                    proxy.target + self.path, data=body, headers=headers, method=self.command
                )
                try:
                    with _opener().open(request, timeout=60) as response:
                        status, answer = response.status, response.read()
                        content_type = response.headers.get("Content-Type")
                except urllib.error.HTTPError as error:
                    status, answer = error.code, error.read()
                    content_type = error.headers.get("Content-Type")
                except OSError:
                    status, answer, content_type = HTTPStatus.BAD_GATEWAY, b"", None
                self.send_response(status)
                if content_type:
                    self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

        self._server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}"

    def start(self) -> LocaleProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


# -- the bot and the Playground, started and stopped together ---------------------------------


def node_packages_missing() -> str | None:
    """Why the Playground cannot start, or None when it can."""
    if shutil.which("node") is None:
        return "node is not installed (Node.js 20 or newer is needed for the Playground)"
    if not PLAYGROUND_CLI.exists():
        return f"{PLAYGROUND_CLI.relative_to(REPO_ROOT)} is missing: run `npm ci` (make does)"
    return None


def _stop_process(process: subprocess.Popen | None) -> None:
    """Stop a process this module started (and what it started), politely then not."""
    if process is None or process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


class Stack:
    """The bot, the Playground, the evidence file server and (for a locale) the proxy."""

    def __init__(
        self,
        data_dir: Path,
        *,
        bot_port: int,
        playground_port: int,
        secret: str,
        locale: str = "en-US",
        conversation_id: str = DEFAULT_CONVERSATION_ID,
        logs: Path | None = None,
        today: date | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.bot_port = bot_port
        self.playground_port = playground_port
        self.secret = secret
        self.locale = locale
        self.conversation_id = conversation_id
        self.logs = logs  # None: the bot logs to this terminal, the Playground to a file
        self.today = today or date.today()
        self.bot: subprocess.Popen | None = None
        self.playground: subprocess.Popen | None = None
        self.files: FileServer | None = None
        self.proxy: LocaleProxy | None = None
        self._log_files: list[IO[bytes]] = []

    @property
    def bot_url(self) -> str:
        return f"http://127.0.0.1:{self.bot_port}"

    @property
    def playground_url(self) -> str:
        return f"http://localhost:{self.playground_port}"

    def log_path(self, name: str) -> Path:
        return (self.logs or self.data_dir) / f"{name}.log"

    def _log(self, name: str) -> IO[bytes]:
        path = self.log_path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "ab")  # the child process writes to it until stopped
        self._log_files.append(handle)
        return handle

    def start(self) -> Stack:
        try:
            self._start()
        except BaseException:
            self.stop()
            raise
        return self

    def _start(self) -> None:
        missing = node_packages_missing()
        if missing:
            raise RuntimeError(missing)
        roles, funds = seed_files(self.data_dir / "seed", self.today)
        self.files = FileServer(self.data_dir / "files").start()
        environment = {
            **os.environ,
            "HOST": "127.0.0.1",
            "PORT": str(self.bot_port),
            "DATA_DIR": str(self.data_dir / "bot"),
            "STORAGE": "tinydb",
            "ROLES_FILE": str(roles),
            "FUNDS_FILE": str(funds),
            "STATUS_WEBHOOK_SECRET": self.secret,
            "EVIDENCE_ALLOW_HTTP_LOOPBACK": "true",
            # Approve and reject at any hour and see the notice at once: the Playground is
            # a developer's desk, not a partner's evening (set NOTICE_HOURS to try them).
            "NOTICE_HOURS": os.environ.get("NOTICE_HOURS", "always"),
            "MicrosoftAppId": "",
            "MicrosoftAppPassword": "",
            "NO_PROXY": "localhost,127.0.0.1",
            "no_proxy": "localhost,127.0.0.1",
        }
        bot_output = self._log("bot") if self.logs is not None else None
        self.bot = subprocess.Popen(
            [sys.executable, "app.py"],
            cwd=REPO_ROOT,
            env=environment,
            stdout=bot_output,
            stderr=subprocess.STDOUT if bot_output else None,
            start_new_session=True,
        )
        self._wait(self.bot, "bot", f"{self.bot_url}/healthz", lambda status, _: status == 200)

        endpoint = self.bot_url
        if not self.locale.lower().startswith("en-us"):
            self.proxy = LocaleProxy(self.bot_url, self.locale).start()
            endpoint = self.proxy.url
        playground_home = self.data_dir / "playground"
        playground_home.mkdir(parents=True, exist_ok=True)
        self.playground = subprocess.Popen(
            [
                "node",
                str(PLAYGROUND_CLI),
                "start",
                "--app-endpoint",
                f"{endpoint}/api/messages",
                "--channel-id",
                "msteams",
                "--port",
                str(self.playground_port),
                "--conversation-id",
                self.conversation_id,
                "--disable-telemetry",
            ],
            # It keeps its log (devTools/) in its working folder, and reads a
            # .m365agentsplayground.yml there if any: ours has none, so its defaults hold.
            cwd=playground_home,
            env={
                **environment,
                "TEAMSAPPTESTER_BROWSER": "none",
                "APPLICATION_INSIGHTS_NO_STATSBEAT": "true",
                "M365_AGENTS_PLAYGROUND_CONFIG_PATH": str(playground_home / "none.yml"),
                "TEAMS_APP_TEST_TOOL_CONFIG_PATH": str(playground_home / "none.yml"),
            },
            stdout=self._log("playground"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        # It takes another port when its own is busy; then this ping never answers "pong".
        self._wait(
            self.playground,
            "playground",
            f"{self.playground_url}/_debug/ping",
            lambda status, body: status == 200 and body.strip() == b"pong",
        )

    def _wait(self, process: subprocess.Popen, name: str, url: str, ready) -> None:
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"the {name} exited ({process.returncode}): {self.tail(name)}")
            with contextlib.suppress(OSError):
                if ready(*_get(url)):
                    return
            time.sleep(0.2)
        raise RuntimeError(
            f"the {name} did not answer {url} in {START_SECONDS} s (is its port taken?)"
        )

    def tail(self, name: str, characters: int = 3000) -> str:
        path = self.log_path(name)
        if not path.exists():
            return "(no log)"
        return path.read_text(encoding="utf-8", errors="replace")[-characters:]

    def add_file(self, name: str, content: bytes) -> str:
        """Put a file where the file server serves it; its download URL."""
        assert self.files is not None
        (self.files.folder / name).write_bytes(content)
        return self.files.url(name)

    def stop(self) -> None:
        """Stop everything this stack started, whatever state it is in."""
        _stop_process(self.playground)
        _stop_process(self.bot)
        for server in (self.proxy, self.files):
            if server is not None:
                with contextlib.suppress(Exception):
                    server.stop()
        for handle in self._log_files:
            handle.close()
        self._log_files.clear()


@contextlib.contextmanager
def running(stack: Stack) -> Iterator[Stack]:
    stack.start()
    try:
        yield stack
    finally:
        stack.stop()


# -- make playground ---------------------------------------------------------------------------


def _instructions(stack: Stack, example: Path) -> str:
    python = Path(sys.executable)
    with contextlib.suppress(ValueError):
        python = python.relative_to(REPO_ROOT)
    backoffice = f"{python} -m tools.backoffice"
    url = f"--url {stack.bot_url}"
    commands = [
        f"{backoffice} plan PLN-… under-review {url}",
        f"{backoffice} plan PLN-… approve {url}",
        f"{backoffice} claim CLM-… under-review {url}",
        f"{backoffice} claim CLM-… reject"
        f' --reason missing_invoice "No invoice" --item invoice {url}',
    ]
    if not os.environ.get("STATUS_WEBHOOK_SECRET"):
        commands.insert(0, f"export STATUS_WEBHOOK_SECRET={stack.secret}")
    lines = "\n".join(f"  {command}" for command in commands)
    return f"""
Open {stack.playground_url} in your browser: a personal chat with the bot, as {USER_NAME}
(an Incentives admin), locale {stack.locale}. Start with the welcome card's first button.

Back office, in another terminal in this folder:
{lines}

A file as evidence: in the Playground, Mock an Activity → Custom activity, replace the
text with the content of {example}, then Send activity.

Bot data: {stack.data_dir}. Ctrl-C stops the bot and the Playground.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.playground",
        description="Run the bot in the Microsoft 365 Agents Playground (stops on Ctrl-C).",
    )
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT") or DEFAULT_BOT_PORT))
    parser.add_argument(
        "--playground-port",
        type=int,
        default=int(os.environ.get("PLAYGROUND_PORT") or DEFAULT_PLAYGROUND_PORT),
    )
    parser.add_argument(
        "--locale",
        default=os.environ.get("PLAYGROUND_LOCALE") or "en-US",
        help="the language the partner's Teams is in (en-US, fr-FR…)",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=Path(os.environ.get("DATA_DIR") or "./data") / "playground",
    )
    args = parser.parse_args(argv)
    missing = node_packages_missing()
    if missing:
        print(f"error: {missing}", file=sys.stderr)
        return 1
    secret = os.environ.get("STATUS_WEBHOOK_SECRET") or secrets.token_hex(16)
    stack = Stack(
        args.data_dir.resolve(),
        bot_port=args.port,
        playground_port=args.playground_port,
        secret=secret,
        locale=args.locale,
    )
    stopping = threading.Event()
    for signal_number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signal_number, lambda *_: stopping.set())
    try:
        stack.start()
        # An invoice to try snap to claim with, dated three days ago.
        issued = (stack.today - timedelta(days=3)).strftime("%d %B %Y")
        url = stack.add_file(
            "invoice.pdf",
            sample_pdf(
                "Invoice INV-0001",
                ["Contoso Ltd", f"Invoice date: {issued}", "Event venue and catering",
                 "Subtotal EUR 2,000.00", "VAT 20% EUR 400.00", "Total due EUR 2,400.00"],
            ),
        )  # fmt: skip
        template = json.loads(
            _get(
                f"{stack.playground_url}/_internal/v1/customActivities/template"
                f"?conversationId={stack.conversation_id}"
            )[1]
        )
        example = stack.data_dir / "attach-invoice.json"
        example.write_text(
            json.dumps(file_activity(template, url, "invoice.pdf", stack.locale), indent=2),
            encoding="utf-8",
        )
        print(_instructions(stack, example), flush=True)
        while not stopping.is_set():
            for name, process in (("bot", stack.bot), ("playground", stack.playground)):
                if process is not None and process.poll() is not None:
                    print(f"the {name} stopped ({process.returncode}); stopping", file=sys.stderr)
                    return 1
            stopping.wait(0.5)
        return 0
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        stack.stop()
        print("stopped the bot and the Playground", flush=True)


if __name__ == "__main__":
    sys.exit(main())
