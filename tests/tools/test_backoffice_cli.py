"""The back-office command line against a served status API."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from pydantic import SecretStr

from backoffice_api.role_routes import add_role_routes
from backoffice_api.signed_requests import SignedRequests
from backoffice_api.status_routes import add_status_routes
from domain.lifecycle import ClaimStatus
from domain.roles import Role
from storage.claims import ClaimRepository
from storage.outbox import Outbox
from storage.repository import PlanRepository, RoleDirectory
from storage.status_changes import StatusService
from tools import backoffice

SECRET = "cli-secret-abcdef"
TENANT = "tenant-a"
REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def served(storage):
    claims = ClaimRepository(storage)
    outbox = Outbox(storage)
    service = StatusService(PlanRepository(storage), claims, outbox, storage)
    app = web.Application()
    signed = SignedRequests(SecretStr(SECRET), storage)
    add_status_routes(app, service, signed)
    add_role_routes(app, RoleDirectory(storage), signed)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    claim = await claims.create_claim(
        tenant_id=TENANT, owner_id="owner", owner_name=None, today=date(2026, 3, 1)
    )
    claim.move_to(ClaimStatus.SUBMITTED, actor="owner")
    await claims.save(claim)
    yield str(server.make_url("")).rstrip("/"), claims, claim.id, outbox
    await server.close()


async def run_cli(argv: list[str], secret: str = SECRET) -> int:
    # In a thread: the CLI blocks on urllib while this loop serves the request.
    return await asyncio.to_thread(backoffice.main, argv, {"STATUS_WEBHOOK_SECRET": secret})


def test_sign_is_hmac_sha256_of_scheme_timestamp_method_path_and_body():
    body = b'{"event_id": "e1"}'
    path = "/api/claims/CLM-2026-000001/status"
    message = b"v2\n1700000000\nPOST\n" + path.encode() + b"\n" + body
    expected = hmac.new(b"s3cret", message, hashlib.sha256).hexdigest()
    assert backoffice.sign("s3cret", "1700000000", "post", path, body) == f"v2={expected}"
    # Another path, method or body is another signature.
    assert backoffice.sign("s3cret", "1700000000", "POST", path + "x", body) != f"v2={expected}"
    assert backoffice.sign("s3cret", "1700000000", "PUT", path, body) != f"v2={expected}"


async def test_the_cli_signs_a_rejection_that_the_bot_accepts(served, capsys):
    url, claims, claim_id, outbox = served
    assert await run_cli(["claim", claim_id, "under-review", "--url", url]) == 0
    assert "HTTP 202" in capsys.readouterr().out

    code = await run_cli(
        [
            "claim",
            claim_id.lower(),
            "reject",
            "--reason",
            "missing_invoice",
            "No invoice attached",
            "--item",
            "invoice",
            "--reason",
            "branding",
            "No partner branding",
            "--actor",
            "reviewer@example.com",
            "--event-id",
            "evt-cli-1",
            "--url",
            url + "/",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("HTTP 202\n")
    answer = json.loads(out.split("\n", 1)[1])
    assert answer["new_status"] == "Rejected"

    claim = await claims.get(TENANT, claim_id)
    assert claim.status is ClaimStatus.REJECTED
    assert claim.history[-1].actor == "reviewer@example.com"
    assert claim.history[-1].reasons == ["No invoice attached", "No partner branding"]
    assert claim.history[-1].item_ids == ["invoice"]
    notice = (await outbox.pending(datetime(2100, 1, 1, tzinfo=UTC)))[-1]
    assert [r.item for r in notice.reasons] == ["invoice", None]

    # The same event id again is a duplicate: 200, still a success.
    again = ["claim", claim_id, "reject", "--event-id", "evt-cli-1", "--url", url]
    assert await run_cli(again) == 0
    assert '"duplicate"' in capsys.readouterr().out


async def test_a_wrong_secret_or_a_refused_change_exits_1(served, capsys):
    url, claims, claim_id, _outbox = served
    assert await run_cli(["claim", claim_id, "approve", "--url", url], secret="wrong") == 1
    out = capsys.readouterr().out
    assert "HTTP 401" in out and '"unauthorized"' in out

    # Submitted → Approved is not a step the lifecycle allows.
    assert await run_cli(["claim", claim_id, "--status", "Approved", "--url", url]) == 1
    assert "HTTP 409" in capsys.readouterr().out
    assert (await claims.get(TENANT, claim_id)).status is ClaimStatus.SUBMITTED


async def test_no_secret_or_no_server_exits_1(served, capsys, unused_tcp_port):
    url, _claims, claim_id, _outbox = served
    assert await run_cli(["claim", claim_id, "approve", "--url", url], secret="") == 1
    assert "STATUS_WEBHOOK_SECRET" in capsys.readouterr().err
    nowhere = f"http://127.0.0.1:{unused_tcp_port}"
    assert await run_cli(["claim", claim_id, "approve", "--url", nowhere, "--timeout", "2"]) == 1
    assert "cannot reach" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["plan", "PLN-2026-000001", "paid"],
        ["claim", "CLM-2026-000001"],
        ["claim", "CLM-2026-000001", "approve", "--status", "Approved"],
        ["claim", "CLM-2026-000001", "reject", "--item", "invoice"],
        ["claim", "CLM-2026-000001", "reject", "--reason", "a", "b", "--item", "x", "--item", "y"],
        ["claim", "PLN-2026-000001", "approve"],
        ["claim", "CLM-2026-000001", "explode"],
    ],
)
def test_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as stopped:
        backoffice.main(argv, {"STATUS_WEBHOOK_SECRET": SECRET})
    assert stopped.value.code == 2


# -S leaves site-packages off the path: aiohttp, pydantic and the SDK cannot be imported,
# as on a back-office machine with nothing but Python installed.
@pytest.mark.parametrize("python_flags", [[], ["-S"]], ids=["python", "standard-library-only"])
async def test_python_dash_m_runs_the_tool(served, python_flags):
    url, claims, claim_id, _outbox = served
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    environment["STATUS_WEBHOOK_SECRET"] = SECRET
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        *python_flags,
        "-m",
        "tools.backoffice",
        "claim",
        claim_id,
        "under-review",
        "--url",
        url,
        cwd=REPO_ROOT,
        env=environment,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=15)
    assert process.returncode == 0, err.decode()
    assert out.decode().startswith("HTTP 202")
    assert (await claims.get(TENANT, claim_id)).status is ClaimStatus.UNDER_REVIEW


async def test_the_cli_grants_and_removes_a_role(served, storage, capsys):
    url, *_ = served
    directory = RoleDirectory(storage)
    argv = ["role", "tenant-a", "aad-ada", "incentives_admin", "--name", "Ada", "--url", url]
    assert await run_cli(argv) == 0
    assert "HTTP 200" in capsys.readouterr().out
    assert await directory.role_of("tenant-a", "aad-ada") is Role.INCENTIVES_ADMIN
    assert await directory.people_with("tenant-a", [Role.INCENTIVES_ADMIN]) == ["Ada"]

    assert await run_cli(["role", "tenant-a", "aad-ada", "remove", "--url", url]) == 0
    assert '"deleted"' in capsys.readouterr().out
    assert await directory.role_of("tenant-a", "aad-ada") is Role.UNKNOWN
    # Nobody left to remove: the bot's 404 is the tool's exit 1.
    assert await run_cli(["role", "tenant-a", "aad-ada", "remove", "--url", url]) == 1
