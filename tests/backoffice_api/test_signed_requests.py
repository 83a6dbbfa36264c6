"""The back-office signature: one request only (method, path, body), whatever the process.

Each attack here is one seen from outside: a captured approval or role grant replayed on
another tenant's item or person after a restart (a new process, so no memory of what was
seen), the old signature scheme, unsigned requests spending the back office's rate, and
JSON nested deeper than the parser goes.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import time
from datetime import date

import pytest
from aiohttp.test_utils import TestClient, TestServer

from app import build_house, create_app
from config import load_settings
from domain.lifecycle import ClaimStatus, PlanStatus
from domain.roles import Role
from tests.azurite import new_container_name

pytestmark = pytest.mark.asyncio

SECRET = "signed-requests-secret-0123456789"
TENANT_A = "aaaaaaaa-0000-0000-0000-00000000000a"
TENANT_B = "bbbbbbbb-0000-0000-0000-00000000000b"
TODAY = date(2026, 3, 1)


def v2_headers(method: str, target: str, body: bytes, *, timestamp: int | None = None) -> dict:
    """Signed as the README's contract says, computed here independently of the code."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    message = f"v2\n{stamp}\n{method}\n{target}\n".encode() + body
    digest = hmac.new(SECRET.encode(), message, hashlib.sha256).hexdigest()
    return {
        "Content-Type": "application/json",
        "X-Incentives-Timestamp": stamp,
        "X-Incentives-Signature": f"v2={digest}",
    }


def old_scheme_headers(body: bytes) -> dict:
    """The scheme before: HMAC over "<timestamp>.<body>" only."""
    stamp = str(int(time.time()))
    digest = hmac.new(SECRET.encode(), stamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return {
        "Content-Type": "application/json",
        "X-Incentives-Timestamp": stamp,
        "X-Incentives-Signature": f"sha256={digest}",
    }


class Instance:
    """One bot process over a data folder: started, stopped, started again (a restart)."""

    def __init__(self, data_dir) -> None:
        self.data_dir = data_dir
        self.client: TestClient | None = None
        self.house = None

    async def start(self) -> Instance:
        settings = load_settings({"DATA_DIR": str(self.data_dir), "STATUS_WEBHOOK_SECRET": SECRET})
        self.house = await build_house(settings)
        self.house.services.today = lambda: TODAY
        app = create_app(self.house, background=False)
        self.client = TestClient(TestServer(app, host="127.0.0.1"))
        await self.client.start_server()
        return self

    async def stop(self) -> None:
        await self.client.close()
        close = getattr(self.house.storage, "close", None)
        if close is not None:
            result = close()
            if hasattr(result, "__await__"):
                await result

    async def restart(self) -> Instance:
        await self.stop()
        return await self.start()

    async def send(self, method: str, target: str, body: bytes, headers: dict):
        response = await self.client.request(method, target, data=body, headers=headers)
        return response.status, await response.json()


@pytest.fixture
async def instance(data_dir):
    bot = await Instance(data_dir).start()
    yield bot
    await bot.stop()


async def claim_under_review(house, tenant_id: str) -> str:
    claim = await house.services.claims.create_claim(
        tenant_id=tenant_id, owner_id="aad-owner", owner_name="Olga", today=TODAY
    )
    claim.move_to(ClaimStatus.SUBMITTED, actor="aad-owner")
    claim.move_to(ClaimStatus.UNDER_REVIEW, actor="reviewer")
    await house.services.claims.save(claim)
    return claim.id


async def plan_under_review(house, tenant_id: str) -> str:
    plan = await house.services.plans.create_plan(
        tenant_id=tenant_id, owner_id="aad-owner", owner_name="Olga", today=TODAY
    )
    plan.move_to(PlanStatus.SUBMITTED, actor="aad-owner")
    plan.move_to(PlanStatus.UNDER_REVIEW, actor="reviewer")
    await house.services.plans.save(plan)
    return plan.id


def approval(event_id: str = "evt-approve-1") -> bytes:
    return json.dumps(
        {"event_id": event_id, "status": "Approved", "reasons": [], "actor": "reviewer",
         "at": "2026-03-01T10:00:00Z"}
    ).encode()  # fmt: skip


async def test_a_captured_approval_replayed_on_another_tenants_plan_after_a_restart_is_refused(
    instance,
):
    plan_a = await plan_under_review(instance.house, TENANT_A)
    plan_b = await plan_under_review(instance.house, TENANT_B)
    body = approval()
    captured = v2_headers("POST", f"/api/plans/{plan_a}/status", body)
    status, answer = await instance.send("POST", f"/api/plans/{plan_a}/status", body, captured)
    assert (status, answer["new_status"]) == (202, "Approved")

    await instance.restart()  # nothing of what was seen is in memory any more
    status, answer = await instance.send("POST", f"/api/plans/{plan_b}/status", body, captured)
    assert (status, answer["error"]) == (401, "unauthorized")
    plan = await instance.house.services.plans.get_plan(TENANT_B, plan_b)
    assert plan.status is PlanStatus.UNDER_REVIEW


async def test_a_captured_claim_decision_is_refused_on_another_claim_and_another_method(instance):
    claim_a = await claim_under_review(instance.house, TENANT_A)
    claim_b = await claim_under_review(instance.house, TENANT_B)
    body = approval("evt-claim")
    captured = v2_headers("POST", f"/api/claims/{claim_a}/status", body)
    await instance.restart()
    status, _ = await instance.send("POST", f"/api/claims/{claim_b}/status", body, captured)
    assert status == 401
    # The same path with the method changed is another request too (405 before anything).
    status, _ = await instance.send("POST", f"/api/plans/{claim_a}/status", body, captured)
    assert status == 401
    claim = await instance.house.services.claims.get(TENANT_B, claim_b)
    assert claim.status is ClaimStatus.UNDER_REVIEW
    # The genuine request still goes through, once; a repeat of it is a harmless duplicate.
    status, answer = await instance.send("POST", f"/api/claims/{claim_a}/status", body, captured)
    assert (status, answer["new_status"]) == (202, "Approved")
    status, answer = await instance.send("POST", f"/api/claims/{claim_a}/status", body, captured)
    assert (status, answer["status"]) == (200, "duplicate")


async def test_a_captured_role_grant_replayed_for_another_person_and_tenant_is_refused(instance):
    body = json.dumps({"role": "incentives_admin", "name": "Ada"}).encode()
    target = f"/api/tenants/{TENANT_A}/roles/aad-ada"
    captured = v2_headers("PUT", target, body)
    status, answer = await instance.send("PUT", target, body, captured)
    assert (status, answer["status"]) == (200, "created")

    await instance.restart()
    status, answer = await instance.send(
        "PUT", f"/api/tenants/{TENANT_B}/roles/mallory", body, captured
    )
    assert (status, answer["error"]) == (401, "unauthorized")
    directory = instance.house.services.directory
    assert await directory.role_of(TENANT_B, "mallory") is Role.UNKNOWN


async def test_a_role_request_is_taken_once_even_across_a_restart(instance):
    body = json.dumps({"role": "incentives_admin", "name": "Ben"}).encode()
    target = f"/api/tenants/{TENANT_A}/roles/aad-ben"
    captured = v2_headers("PUT", target, body)
    assert (await instance.send("PUT", target, body, captured))[0] == 200
    removal = v2_headers("DELETE", target, b"")
    assert (await instance.send("DELETE", target, b"", removal))[0] == 200

    await instance.restart()
    # The captured grant played back within the window does not restore the role.
    status, answer = await instance.send("PUT", target, body, captured)
    assert (status, answer["error"]) == (409, "replayed")
    assert await instance.house.services.directory.role_of(TENANT_A, "aad-ben") is Role.UNKNOWN


async def test_an_old_scheme_signature_is_refused_saying_which_scheme_is_expected(instance):
    claim = await claim_under_review(instance.house, TENANT_A)
    body = approval("evt-old")
    status, answer = await instance.send(
        "POST", f"/api/claims/{claim}/status", body, old_scheme_headers(body)
    )
    assert (status, answer["error"]) == (401, "unauthorized")
    assert "v2=" in answer["message"]
    assert "method" in answer["message"] and "path" in answer["message"]
    stored = await instance.house.services.claims.get(TENANT_A, claim)
    assert stored.status is ClaimStatus.UNDER_REVIEW


async def test_unsigned_requests_do_not_spend_the_back_offices_rate(instance):
    claim = await claim_under_review(instance.house, TENANT_A)
    target = f"/api/claims/{claim}/status"
    # An attacker behind the same address (a shared proxy) floods unsigned requests.
    for _ in range(100):
        status, _ = await instance.send("POST", target, b"{}", {"Content-Type": "application/json"})
        assert status == 401
    body = approval("evt-after-flood")
    status, answer = await instance.send("POST", target, body, v2_headers("POST", target, body))
    assert (status, answer["new_status"]) == (202, "Approved")


@pytest.mark.parametrize("target", ["/api/claims/CLM-2026-000001/status", "roles"])
async def test_json_nested_deeper_than_the_parser_goes_is_a_400(instance, target):
    if target == "roles":
        target = f"/api/tenants/{TENANT_A}/roles/aad-deep"
        method = "PUT"
    else:
        method = "POST"
    nested = b'{"a":' * 10_000 + b"1" + b"}" * 10_000
    status, answer = await instance.send(method, target, nested, v2_headers(method, target, nested))
    assert status == 400
    assert answer["error"] == "invalid_json"


# -- ROLES_FILE and the API: a role removed stays removed ------------------------------------


@pytest.fixture
def roles_file(tmp_path):
    path = tmp_path / "roles.json"
    path.write_text(
        json.dumps(
            {"tenants": {TENANT_A: {"mpn_ids": ["1234567"], "users": {
                "aad-ada": {"role": "incentives_admin", "name": "Ada"},
                "aad-ben": {"role": "incentives_admin", "name": "Ben"},
            }}}}
        ),
        encoding="utf-8",
    )  # fmt: skip
    return path


class SeededInstance(Instance):
    def __init__(self, data_dir, roles_file) -> None:
        super().__init__(data_dir)
        self.roles_file = roles_file

    async def start(self) -> Instance:
        settings = load_settings(
            {"DATA_DIR": str(self.data_dir), "STATUS_WEBHOOK_SECRET": SECRET,
             "ROLES_FILE": str(self.roles_file)}
        )  # fmt: skip
        self.house = await build_house(settings)
        app = create_app(self.house, background=False)
        self.client = TestClient(TestServer(app, host="127.0.0.1"))
        await self.client.start_server()
        return self


async def test_a_role_removed_or_lowered_through_the_api_is_not_granted_again_at_the_next_start(
    data_dir, roles_file
):
    bot = await SeededInstance(data_dir, roles_file).start()
    try:
        directory = bot.house.services.directory
        assert await directory.role_of(TENANT_A, "aad-ada") is Role.INCENTIVES_ADMIN
        ada = f"/api/tenants/{TENANT_A}/roles/aad-ada"
        assert (await bot.send("DELETE", ada, b"", v2_headers("DELETE", ada, b"")))[0] == 200
        ben = f"/api/tenants/{TENANT_A}/roles/aad-ben"
        lower = json.dumps({"role": "incentives_user", "name": "Ben"}).encode()
        assert (await bot.send("PUT", ben, lower, v2_headers("PUT", ben, lower)))[0] == 200

        await bot.restart()  # the same ROLES_FILE is read again
        directory = bot.house.services.directory
        assert await directory.role_of(TENANT_A, "aad-ada") is Role.UNKNOWN
        assert await directory.role_of(TENANT_A, "aad-ben") is Role.INCENTIVES_USER
    finally:
        await bot.stop()


async def test_the_file_still_seeds_people_the_directory_has_never_seen(data_dir, roles_file):
    bot = await SeededInstance(data_dir, roles_file).start()
    await bot.stop()
    data = json.loads(roles_file.read_text(encoding="utf-8"))
    users = data["tenants"][TENANT_A]["users"]
    users["aad-cy"] = {"role": "incentives_user", "name": "Cy"}  # someone new
    users["aad-ada"] = {"role": "incentives_user", "name": "Ada"}  # changed in the file
    data["tenants"][TENANT_B] = {"users": {"aad-di": {"role": "incentives_admin", "name": "Di"}}}
    roles_file.write_text(json.dumps(data), encoding="utf-8")

    bot = await SeededInstance(data_dir, roles_file).start()
    try:
        directory = bot.house.services.directory
        assert await directory.role_of(TENANT_A, "aad-cy") is Role.INCENTIVES_USER
        assert await directory.role_of(TENANT_B, "aad-di") is Role.INCENTIVES_ADMIN
        # The file manages the people it seeded (until the API changes them).
        assert await directory.role_of(TENANT_A, "aad-ada") is Role.INCENTIVES_USER
    finally:
        await bot.stop()


# -- two instances over one Azure Blob container (Azurite) -----------------------------------


class BlobInstance(Instance):
    def __init__(self, data_dir, connection_string: str, container: str) -> None:
        super().__init__(data_dir)
        self.connection_string, self.container = connection_string, container

    async def start(self) -> Instance:
        settings = load_settings(
            {"DATA_DIR": str(self.data_dir), "STATUS_WEBHOOK_SECRET": SECRET,
             "STORAGE": "azure-blob", "AZURE_STORAGE_CONNECTION_STRING": self.connection_string,
             "AZURE_STORAGE_CONTAINER": self.container}
        )  # fmt: skip
        self.house = await build_house(settings)
        self.house.services.today = lambda: TODAY
        app = create_app(self.house, background=False)
        self.client = TestClient(TestServer(app, host="127.0.0.1"))
        await self.client.start_server()
        return self


async def test_two_instances_on_one_store_share_what_was_taken_and_refuse_cross_replays(
    azurite, tmp_path
):
    container = new_container_name("signed")
    first = await BlobInstance(tmp_path / "one", azurite.connection_string, container).start()
    second = await BlobInstance(tmp_path / "two", azurite.connection_string, container).start()
    try:
        body = json.dumps({"role": "incentives_admin", "name": "Ada"}).encode()
        target = f"/api/tenants/{TENANT_A}/roles/aad-ada"
        captured = v2_headers("PUT", target, body)
        assert (await first.send("PUT", target, body, captured))[0] == 200
        # The same request on the other instance is a replay; elsewhere it is not ours.
        status, answer = await second.send("PUT", target, body, captured)
        assert (status, answer["error"]) == (409, "replayed")
        status, _ = await second.send(
            "PUT", f"/api/tenants/{TENANT_B}/roles/mallory", body, captured
        )
        assert status == 401
        assert await second.house.services.directory.role_of(TENANT_B, "mallory") is Role.UNKNOWN

        # A new request sent to both at once is taken by exactly one of them.
        grant = json.dumps({"role": "incentives_user", "name": "Cy"}).encode()
        cy = f"/api/tenants/{TENANT_A}/roles/aad-cy"
        headers = v2_headers("PUT", cy, grant)
        results = await asyncio.gather(
            first.send("PUT", cy, grant, headers), second.send("PUT", cy, grant, headers)
        )
        assert sorted(status for status, _ in results) == [200, 409]

        plan_a = await plan_under_review(first.house, TENANT_A)
        plan_b = await plan_under_review(first.house, TENANT_B)
        decision = approval("evt-two")
        captured = v2_headers("POST", f"/api/plans/{plan_a}/status", decision)
        assert (await first.send("POST", f"/api/plans/{plan_a}/status", decision, captured))[
            0
        ] == 202
        status, _ = await second.send("POST", f"/api/plans/{plan_b}/status", decision, captured)
        assert status == 401
        plan = await second.house.services.plans.get_plan(TENANT_B, plan_b)
        assert plan.status is PlanStatus.UNDER_REVIEW
    finally:
        await first.stop()
        await second.stop()


async def test_while_the_secret_is_rotated_both_are_accepted_and_then_only_the_new_one(data_dir):
    claim_body = approval("evt-rotate-old")

    async def start(environment: dict) -> Instance:
        bot = Instance(data_dir)
        settings = load_settings({"DATA_DIR": str(data_dir), **environment})
        bot.house = await build_house(settings)
        bot.client = TestClient(TestServer(create_app(bot.house, background=False)))
        await bot.client.start_server()
        return bot

    bot = await start(
        {"STATUS_WEBHOOK_SECRET": "the-new-secret-0123456789",
         "STATUS_WEBHOOK_PREVIOUS_SECRET": SECRET}
    )  # fmt: skip
    try:
        claim = await claim_under_review(bot.house, TENANT_A)
        target = f"/api/claims/{claim}/status"
        old = v2_headers("POST", target, claim_body)  # signed with the old secret
        assert (await bot.send("POST", target, claim_body, old))[0] == 202
    finally:
        await bot.stop()

    bot = await start({"STATUS_WEBHOOK_SECRET": "the-new-secret-0123456789"})
    try:
        body = approval("evt-rotate-late")
        status, _ = await bot.send("POST", target, body, v2_headers("POST", target, body))
        assert status == 401  # the old secret is refused once it is no longer listed
    finally:
        await bot.stop()
