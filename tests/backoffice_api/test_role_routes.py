"""The role directory through the signed back-office API: PUT and DELETE a person's role.

Same signature, timestamp window, size, media type, error shapes and rate limit as the
status API (one verification, shared); a signed request is taken once. End to end: a
role granted through the API lets a person submit; taken away, the refusal says who can.
"""

from __future__ import annotations

import json
import time

import pytest
from aiohttp.test_utils import TestClient, TestServer

from app import build_house, create_app
from config import load_settings
from domain.lifecycle import ClaimStatus
from domain.roles import Role
from storage.repository import DirectoryEntry
from tests.dialogs.test_plan_journey import answer_until, start_plan, texts
from tests.support import TODAY, Chat
from tools.backoffice import sign

SECRET = "roles-secret-0123456789"
TENANT = "aaaaaaaa-0000-0000-0000-000000000001"
OTHER_TENANT = "bbbbbbbb-0000-0000-0000-000000000002"
ADA, BEN = "aad-ada-0001", "aad-ben-0002"


@pytest.fixture
async def served(data_dir):
    settings = load_settings({"DATA_DIR": str(data_dir), "STATUS_WEBHOOK_SECRET": SECRET})
    house = await build_house(settings)
    house.services.today = lambda: TODAY
    client = TestClient(TestServer(create_app(house, background=False), host="127.0.0.1"))
    await client.start_server()
    yield client, house
    await client.close()


def signed(
    body: bytes,
    target: str | None = None,
    method: str = "PUT",
    *,
    timestamp: int | None = None,
    secret: str = SECRET,
) -> dict:
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    return {
        "Content-Type": "application/json",
        "X-Incentives-Timestamp": stamp,
        "X-Incentives-Signature": sign(secret, stamp, method, target or path(), body),
    }


def path(user: str = BEN, tenant: str = TENANT) -> str:
    return f"/api/tenants/{tenant}/roles/{user}"


async def put(client, body, *, user: str = BEN, tenant: str = TENANT, headers=None):
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    target = path(user, tenant)
    response = await client.put(target, data=raw, headers=headers or signed(raw, target))
    return response.status, await response.json()


async def delete(
    client, *, user: str = BEN, tenant: str = TENANT, body: bytes = b"", timestamp=None
):
    target = path(user, tenant)
    headers = signed(body, target, "DELETE", timestamp=timestamp)
    response = await client.delete(target, data=body, headers=headers)
    return response.status, await response.json()


async def role(house, user: str = BEN, tenant: str = TENANT) -> Role:
    return await house.services.directory.role_of(tenant, user)


async def test_put_creates_then_updates_and_delete_removes(served):
    client, house = served
    status, body = await put(client, {"role": "incentives_user", "name": "Ben"})
    assert (status, body["status"], body["role"]) == (200, "created", "incentives_user")
    assert await role(house) is Role.INCENTIVES_USER

    status, body = await put(client, {"role": "incentives_admin", "name": "Ben"})
    assert (status, body["status"], body["previous_role"]) == (200, "updated", "incentives_user")
    assert await role(house) is Role.INCENTIVES_ADMIN
    assert await house.services.directory.people_with(TENANT, [Role.INCENTIVES_ADMIN]) == ["Ben"]

    signed_at = int(time.time())
    status, body = await delete(client, timestamp=signed_at)
    assert (status, body["status"], body["previous_role"]) == (200, "deleted", "incentives_admin")
    assert await role(house) is Role.UNKNOWN
    # Signed anew, at another second than the first (an empty body signed at the same
    # second is the same request: a replay). Was flaky: "now - 1" taken a second later.
    status, body = await delete(client, timestamp=signed_at - 1)
    assert (status, body["error"]) == (404, "not_found")


async def test_a_role_set_for_one_tenant_is_not_a_role_in_another(served):
    client, house = served
    await put(client, {"role": "incentives_admin", "name": "Ben"})
    assert await role(house, tenant=OTHER_TENANT) is Role.UNKNOWN
    status, _ = await delete(client, tenant=OTHER_TENANT)
    assert status == 404
    assert await role(house) is Role.INCENTIVES_ADMIN


async def test_unsigned_badly_signed_or_late_requests_get_401_and_change_nothing(served):
    client, house = served
    raw = json.dumps({"role": "incentives_admin"}).encode()
    attempts = [
        {"Content-Type": "application/json"},
        signed(raw, secret="not-the-secret"),
        signed(raw, timestamp=int(time.time()) - 301),
        {**signed(raw), "X-Incentives-Signature": "v2=" + "0" * 64},
        {**signed(raw), "X-Incentives-Signature": "sha256=" + "0" * 64},
        signed(raw, method="POST"),
        {**signed(raw), "X-Incentives-Signature": "md5=abc"},
    ]
    for headers in attempts:
        status, body = await put(client, raw, headers=headers)
        assert (status, body["error"]) == (401, "unauthorized"), headers
    # A body changed after signing is not the body that was signed.
    headers = signed(raw)
    tampered = json.dumps({"role": "global_admin"}).encode()
    status, _ = await put(client, tampered, headers=headers)
    assert status == 401
    assert await role(house) is Role.UNKNOWN

    response = await client.delete(path(), headers={"X-Incentives-Timestamp": "1"})
    assert response.status == 401


async def test_a_signature_made_for_one_person_or_item_is_refused_for_another(served):
    client, house = served
    raw = json.dumps({"role": "incentives_admin", "name": "Ben"}).encode()
    captured = signed(raw)
    assert (await put(client, raw, headers=captured))[0] == 200
    # The signature covers the method and the path: pointed at someone else it is refused.
    status, body = await put(client, raw, headers=captured, user="aad-eve-0666")
    assert (status, body["error"]) == (401, "unauthorized")
    assert await role(house, user="aad-eve-0666") is Role.UNKNOWN
    # The same holds across the whole back-office API (a status change signed for one
    # claim is refused for another).
    change = json.dumps({"event_id": "e1", "status": "Approved", "actor": "r",
                         "at": "2026-11-27T10:00:00Z"}).encode()  # fmt: skip
    first_path = "/api/claims/CLM-2026-000001/status"
    headers = signed(change, first_path, "POST")
    first = await client.post(first_path, data=change, headers=headers)
    assert first.status == 404  # unknown claim, but a valid signature for it
    again = await client.post(first_path, data=change, headers=headers)
    assert again.status == 404  # a repeat on the same item is a repeat
    other = await client.post("/api/claims/CLM-2026-000002/status", data=change, headers=headers)
    assert other.status == 401


async def test_a_signed_request_replayed_is_refused(served):
    client, house = served
    raw = json.dumps({"role": "incentives_admin", "name": "Ben"}).encode()
    captured = signed(raw)
    assert (await put(client, raw, headers=captured))[0] == 200
    assert (await delete(client))[0] == 200
    # The captured grant played back within the window does not restore the role.
    status, body = await put(client, raw, headers=captured)
    assert (status, body["error"]) == (409, "replayed")
    assert await role(house) is Role.UNKNOWN


@pytest.mark.parametrize(
    ("body", "status", "error", "field"),
    [
        (b"{not json", 400, "invalid_json", None),
        (b"[1]", 400, "invalid_body", "body"),
        (json.dumps({"role": "root"}).encode(), 400, "invalid_body", "role"),
        (json.dumps({"role": "unknown"}).encode(), 400, "invalid_body", "role"),
        (json.dumps({"name": "Ben"}).encode(), 400, "invalid_body", "role"),
        (json.dumps({"role": "incentives_admin", "admin": True}).encode(), 400, "invalid_body",
         "admin"),
        (json.dumps({"role": "incentives_admin", "name": "x" * 201}).encode(), 400,
         "invalid_body", "name"),
    ],
)  # fmt: skip
async def test_bad_bodies_get_400_naming_the_field(served, body, status, error, field):
    client, house = served
    got_status, got = await put(client, body)
    assert (got_status, got["error"]) == (status, error)
    if field:
        assert got["field"] == field
    assert await role(house) is Role.UNKNOWN


async def test_media_type_size_path_and_delete_body_are_checked(served):
    client, house = served
    raw = json.dumps({"role": "incentives_admin"}).encode()
    headers = {**signed(raw), "Content-Type": "text/plain"}
    response = await client.put(path(), data=raw, headers=headers)
    assert (response.status, (await response.json())["error"]) == (415, "unsupported_media_type")

    big = json.dumps({"role": "incentives_admin", "name": "x" * 70_000}).encode()
    response = await client.put(path(), data=big, headers=signed(big))
    assert (response.status, (await response.json())["error"]) == (413, "payload_too_large")

    # (Each request with its own body: identical bodies signed in the same second would
    # share a signature, and a signature is good for one request only.)
    status, body = await put(client, {"role": "incentives_admin", "name": "A"}, tenant="..%2F..")
    assert (status, body["error"], body["field"]) == (400, "invalid_path", "tenant_id")
    status, body = await put(client, {"role": "incentives_admin", "name": "B"}, user="-x")
    assert (status, body["field"]) == (400, "user_id")

    await put(client, {"role": "incentives_admin", "name": "C"})
    status, body = await delete(client, body=b'{"really": true}')
    assert (status, body["error"]) == (400, "invalid_body")
    assert await role(house) is Role.INCENTIVES_ADMIN


async def test_without_a_secret_the_roles_api_is_refused_with_503(data_dir):
    house = await build_house(load_settings({"DATA_DIR": str(data_dir)}))
    client = TestClient(TestServer(create_app(house, background=False), host="127.0.0.1"))
    await client.start_server()
    try:
        raw = json.dumps({"role": "incentives_admin"}).encode()
        response = await client.put(path(), data=raw, headers=signed(raw))
        assert (response.status, (await response.json())["error"]) == (503, "not_configured")
    finally:
        await client.close()


async def test_the_rate_limit_is_shared_with_the_status_api(served):
    client, _house = served
    # 60 signed requests a minute per source over the whole back-office API: spend them
    # on status calls (unknown claims), then a role change is refused.
    for number in range(60):
        target = f"/api/claims/CLM-2026-{number:06d}/status"
        response = await client.post(target, data=b"{}", headers=signed(b"{}", target, "POST"))
        assert response.status == 400
    response = await client.put(path(), data=b"{}", headers=signed(b"{}"))
    assert response.status == 429
    assert (await response.json())["error"] == "rate_limited"
    assert int(response.headers["Retry-After"]) >= 1


async def test_a_role_granted_through_the_api_lets_a_person_submit_and_removing_it_stops_them(
    served,
):
    client, house = served
    await house.services.directory.replace_entry(
        TENANT, ADA, DirectoryEntry(role=Role.INCENTIVES_ADMIN, name="Ada Lovelace")
    )
    chat = Chat(house.storage, tenant_id=TENANT, user_id=BEN, user_name="Ben", conversation_id="b")
    plan_id = await start_plan(chat)
    await answer_until(chat, "review")

    # Not in the directory: may draft, may not submit; the refusal says who can.
    replies = await chat.say("submit")
    assert "ask Ada Lovelace to submit it" in texts(replies)

    assert (await put(client, {"role": "incentives_admin", "name": "Ben"}))[0] == 200
    await chat.say("submit")
    plan = await house.services.plans.get_plan(TENANT, plan_id)
    assert plan.status.value == "Submitted"

    assert (await delete(client))[0] == 200
    assert await role(house) is Role.UNKNOWN
    names = await house.services.directory.people_with(TENANT, [Role.INCENTIVES_ADMIN])
    assert names == ["Ada Lovelace"]


@pytest.mark.parametrize(
    ("locale", "refusal"),
    [
        ("en-US", "Only an Incentives admin can dispute a claim; ask Ada Lovelace to dispute it."),
        (
            "fr-FR",
            "Seul un administrateur Incentives peut contester une réclamation ; "
            "demandez à Ada Lovelace de la contester.",
        ),
    ],
)
async def test_a_dispute_needs_an_admin_and_the_refusal_says_who_can(served, locale, refusal):
    client, house = served
    directory, claims = house.services.directory, house.services.claims
    await directory.replace_entry(
        TENANT, ADA, DirectoryEntry(role=Role.INCENTIVES_ADMIN, name="Ada Lovelace")
    )
    claim = await claims.create_claim(tenant_id=TENANT, owner_id=BEN, owner_name="Ben", today=TODAY)
    for status in (ClaimStatus.SUBMITTED, ClaimStatus.UNDER_REVIEW, ClaimStatus.REJECTED):
        claim.move_to(status, actor="reviewer@microsoft.com")
    claim = await claims.save(claim)
    chat = Chat(house.storage, tenant_id=TENANT, user_id=BEN, user_name="Ben", locale=locale,
                conversation_id="b")  # fmt: skip

    replies = await chat.click({"action": "dispute_claim", "claim_id": claim.id})
    assert refusal in texts(replies)
    assert (await claims.get(TENANT, claim.id)).status is ClaimStatus.REJECTED

    assert (await put(client, {"role": "incentives_admin", "name": "Ben"}))[0] == 200
    replies = await chat.click({"action": "dispute_claim", "claim_id": claim.id})
    assert claim.id in texts(replies) + "".join(r.shown for r in replies)
    await chat.say("The invoice is attached as E1 and matches the amount.")
    assert (await claims.get(TENANT, claim.id)).status is ClaimStatus.DISPUTED
