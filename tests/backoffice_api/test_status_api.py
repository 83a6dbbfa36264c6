"""The signed back-office status API: every answer, replay, tampering, idempotency, storage."""

from __future__ import annotations

import asyncio
import json
import time
from datetime import UTC, date, datetime

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from pydantic import SecretStr

from backoffice_api.signed_requests import MAX_BODY_BYTES, SignedRequests, TokenBucket
from backoffice_api.status_routes import add_status_routes
from domain.lifecycle import ClaimStatus, PlanStatus
from storage.claims import ClaimRepository
from storage.outbox import Outbox
from storage.repository import PlanRepository
from storage.status_changes import StatusService
from storage.tinydb_storage import TinyDBStorage
from tools.backoffice import sign

SECRET = "test-secret-0123456789"
TENANT = "tenant-a"
OWNER = "aad-owner-1"
TODAY = date(2026, 3, 1)
FAR_FUTURE = datetime(2100, 1, 1, tzinfo=UTC)


class Clock:
    """The server's idea of now (unix seconds); tests move it to replay late."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


class House:
    def __init__(self, storage: TinyDBStorage) -> None:
        self.storage = storage
        self.plans = PlanRepository(storage)
        self.claims = ClaimRepository(storage)
        self.outbox = Outbox(storage)
        self.service = StatusService(self.plans, self.claims, self.outbox, storage)
        self.clock = Clock()
        self.woken = 0

    def wake(self) -> None:
        self.woken += 1

    async def serve(self, secret: str = SECRET, limiter: TokenBucket | None = None) -> TestClient:
        app = web.Application()
        add_status_routes(
            app,
            self.service,
            SignedRequests(SecretStr(secret), self.storage, self.clock, limiter),
            self.wake,
        )
        client = TestClient(TestServer(app, host="127.0.0.1"))
        await client.start_server()
        return client

    async def submitted_claim(self, tenant_id: str = TENANT) -> str:
        claim = await self.claims.create_claim(
            tenant_id=tenant_id, owner_id=OWNER, owner_name="Olga", today=TODAY
        )
        claim.move_to(ClaimStatus.SUBMITTED, actor=OWNER)
        await self.claims.save(claim)
        return claim.id

    async def submitted_plan(self) -> str:
        plan = await self.plans.create_plan(
            tenant_id=TENANT, owner_id=OWNER, owner_name="Olga", today=TODAY
        )
        plan.move_to(PlanStatus.SUBMITTED, actor=OWNER)
        await self.plans.save(plan)
        return plan.id


@pytest.fixture
async def house(storage):
    return House(storage)


@pytest.fixture
async def client(house):
    client = await house.serve()
    yield client
    await client.close()


def change(status: str = "Under review", event_id: str = "evt-1", **fields) -> dict:
    body = {
        "event_id": event_id,
        "status": status,
        "reasons": [],
        "actor": "reviewer@example.com",
        "at": "2026-03-01T10:00:00Z",
    }
    body.update(fields)
    return body


def signed_headers(
    body: bytes, path: str, timestamp: float | None = None, secret: str = SECRET
) -> dict:
    stamp = str(int(time.time() if timestamp is None else timestamp))
    return {
        "Content-Type": "application/json",
        "X-Incentives-Timestamp": stamp,
        "X-Incentives-Signature": sign(secret, stamp, "POST", path, body),
    }


async def post(client, path: str, payload, *, headers: dict | None = None, **sign_options):
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    response = await client.post(
        path, data=body, headers=headers or signed_headers(body, path, **sign_options)
    )
    return response.status, await response.json()


def claim_path(claim_id: str) -> str:
    return f"/api/claims/{claim_id}/status"


async def assert_unchanged(house: House, claim_id: str) -> None:
    claim = await house.claims.get(TENANT, claim_id)
    assert claim.status is ClaimStatus.SUBMITTED
    assert [h.status for h in claim.history] == ["Editing", "Submitted"]
    assert await house.outbox.pending(FAR_FUTURE) == []


# -- accepted, and what storage then holds -------------------------------------------------


async def test_an_accepted_change_is_on_disk_with_its_history_and_one_pending_notice(
    house, client, data_dir
):
    claim_id = await house.submitted_claim()

    status, answer = await post(client, claim_path(claim_id), change("Under review"))
    assert status == 202
    assert answer["status"] == "accepted" and answer["new_status"] == "Under review"
    assert answer["item_id"] == claim_id and len(answer["notice_id"]) == 32
    assert house.woken == 1

    rejection = change(
        "Rejected",
        "evt-2",
        reasons=[
            {"code": "missing_invoice", "message": "No invoice attached", "item": "invoice"},
            {"code": "date_outside", "message": "Executed after the campaign", "item": "E2"},
            {"code": "branding", "message": "No partner branding"},
        ],
    )
    status, answer = await post(client, claim_path(claim_id), rejection)
    assert status == 202 and answer["new_status"] == "Rejected"
    notice_id = answer["notice_id"]

    # A new store over the same folder: only what reached the disk.
    reopened = TinyDBStorage(data_dir)
    claim = await ClaimRepository(reopened).get(TENANT, claim_id)
    assert claim.status is ClaimStatus.REJECTED
    last = claim.history[-1]
    assert (last.event, last.status, last.actor) == ("status", "Rejected", "reviewer@example.com")
    assert last.reasons == [
        "No invoice attached",
        "Executed after the campaign",
        "No partner branding",
    ]
    assert last.item_ids == ["invoice", "E2"]
    assert [h.status for h in claim.history] == ["Editing", "Submitted", "Under review", "Rejected"]

    pending = await Outbox(reopened).pending(FAR_FUTURE)
    assert [(e.status, e.previous_status) for e in pending] == [
        ("Under review", "Submitted"),
        ("Rejected", "Under review"),
    ]
    notice = pending[-1]
    assert notice.notice_id == notice_id
    assert (notice.tenant_id, notice.kind, notice.item_id) == (TENANT, "claim", claim_id)
    assert notice.reasons[0].model_dump() == {
        "code": "missing_invoice",
        "message": "No invoice attached",
        "item": "invoice",
    }
    assert notice.at == datetime(2026, 3, 1, 10, tzinfo=UTC)
    assert notice.actor == "reviewer@example.com" and notice.state == "pending"
    reopened.close()


async def test_a_plan_change_is_accepted_and_its_reasons_are_in_the_history_note(house, client):
    plan_id = await house.submitted_plan()
    path = f"/api/plans/{plan_id}/status"
    assert (await post(client, path, change("Under review")))[0] == 202
    reasons = [{"code": "over_limit", "message": "Planned above the limit", "item": "C1"}]
    status, answer = await post(client, path, change("Action required", "evt-2", reasons=reasons))
    assert status == 202 and answer["new_status"] == "Action required"
    plan = await house.plans.get(TENANT, plan_id)
    assert plan.status is PlanStatus.ACTION_REQUIRED
    assert plan.history[-1].note == "Planned above the limit (C1)"
    kinds = [e.kind for e in await house.outbox.pending(FAR_FUTURE)]
    assert kinds == ["plan", "plan"]


async def test_statuses_are_matched_without_regard_to_case_or_underscores(house, client):
    claim_id = await house.submitted_claim()
    status, answer = await post(client, claim_path(claim_id), change("under_review"))
    assert status == 202 and answer["new_status"] == "Under review"


# -- idempotency ---------------------------------------------------------------------------


async def test_the_same_event_twice_changes_once_and_notifies_once(house, client):
    claim_id = await house.submitted_claim()
    body = json.dumps(change("Under review", "evt-same")).encode()
    headers = signed_headers(body, claim_path(claim_id))

    first = await client.post(claim_path(claim_id), data=body, headers=headers)
    again = await client.post(claim_path(claim_id), data=body, headers=headers)
    assert first.status == 202
    assert again.status == 200
    answer = await again.json()
    assert answer["status"] == "duplicate"
    assert answer["current_status"] == "Under review"
    assert answer["notice_id"] == (await first.json())["notice_id"]

    # Same event id with another status is still the same event: nothing changes.
    status, answer = await post(client, claim_path(claim_id), change("Rejected", "evt-same"))
    assert (status, answer["status"]) == (200, "duplicate")

    claim = await house.claims.get(TENANT, claim_id)
    assert [h.status for h in claim.history].count("Under review") == 1
    assert claim.status is ClaimStatus.UNDER_REVIEW
    assert len(await house.outbox.pending(FAR_FUTURE)) == 1
    assert house.woken == 1


async def test_the_same_event_sent_twice_at_once_is_applied_once(house, client):
    claim_id = await house.submitted_claim()
    body = json.dumps(change("Under review", "evt-race")).encode()
    headers = signed_headers(body, claim_path(claim_id))
    responses = await asyncio.gather(
        *(client.post(claim_path(claim_id), data=body, headers=headers) for _ in range(3))
    )
    assert sorted(r.status for r in responses) == [200, 200, 202]
    assert len(await house.outbox.pending(FAR_FUTURE)) == 1


# -- signature -----------------------------------------------------------------------------


async def test_unsigned_or_badly_signed_requests_get_401_and_change_nothing(house, client):
    claim_id = await house.submitted_claim()
    path = claim_path(claim_id)
    body = json.dumps(change()).encode()
    good = signed_headers(body, path)

    def without(name: str) -> dict:
        return {k: v for k, v in good.items() if k != name}

    attempts = {
        "no signature": without("X-Incentives-Signature"),
        "no timestamp": without("X-Incentives-Timestamp"),
        "no headers": {"Content-Type": "application/json"},
        "wrong secret": signed_headers(body, path, secret="not-the-secret"),
        "malformed signature": {**good, "X-Incentives-Signature": "v2=xyz"},
        "bare hex": {**good, "X-Incentives-Signature": good["X-Incentives-Signature"][3:]},
        "other algorithm": {
            **good,
            "X-Incentives-Signature": good["X-Incentives-Signature"].replace("v2=", "v1="),
        },
        "flipped digit": {
            **good,
            "X-Incentives-Signature": good["X-Incentives-Signature"][:-1]
            + ("0" if good["X-Incentives-Signature"][-1] != "0" else "1"),
        },
        "malformed timestamp": {**good, "X-Incentives-Timestamp": "soon"},
        "timestamp of another signature": {
            **good,
            "X-Incentives-Timestamp": str(int(good["X-Incentives-Timestamp"]) - 1),
        },
        "old timestamp": signed_headers(body, path, timestamp=time.time() - 301),
        "future timestamp": signed_headers(body, path, timestamp=time.time() + 301),
    }
    for label, headers in attempts.items():
        response = await client.post(path, data=body, headers=headers)
        assert response.status == 401, label
        answer = await response.json()
        assert answer["error"] == "unauthorized" and answer["message"], label

    # A body changed after signing.
    tampered = json.dumps(change("Rejected")).encode()
    response = await client.post(path, data=tampered, headers=good)
    assert response.status == 401
    await assert_unchanged(house, claim_id)
    assert house.woken == 0


async def test_a_timestamp_within_the_window_is_accepted_either_side(house, client):
    claim_id = await house.submitted_claim()
    status, _ = await post(client, claim_path(claim_id), change(), timestamp=time.time() - 290)
    assert status == 202
    status, _ = await post(
        client, claim_path(claim_id), change("Approved", "e2"), timestamp=time.time() + 290
    )
    assert status == 202


async def test_a_valid_request_replayed_after_five_minutes_is_refused(house, client):
    claim_id = await house.submitted_claim()
    body = json.dumps(change("Under review", "evt-late")).encode()
    captured = signed_headers(body, claim_path(claim_id))

    house.clock.now += 301
    response = await client.post(claim_path(claim_id), data=body, headers=captured)
    assert response.status == 401
    await assert_unchanged(house, claim_id)


async def test_without_a_secret_everything_is_refused_with_503(house):
    claim_id = await house.submitted_claim()
    client = await house.serve(secret="")
    body = json.dumps(change()).encode()
    try:
        for headers in (
            signed_headers(body, claim_path(claim_id), secret=""),
            {"Content-Type": "application/json"},
        ):
            response = await client.post(claim_path(claim_id), data=body, headers=headers)
            assert response.status == 503
            assert (await response.json())["error"] == "not_configured"
    finally:
        await client.close()
    await assert_unchanged(house, claim_id)


# -- unknown ids, lifecycle ----------------------------------------------------------------


async def test_unknown_ids_get_404(house, client):
    claim_id = await house.submitted_claim()
    plan_id = await house.submitted_plan()
    for number, path in enumerate(
        (
            claim_path("CLM-2026-999999"),
            claim_path("not-an-id"),
            claim_path(plan_id),  # a plan id is no claim
            f"/api/plans/{claim_id}/status",
            "/api/plans/PLN-2026-999999/status",
        )
    ):
        # One event a change (a signature is bound to the item it was sent for).
        status, answer = await post(client, path, change(event_id=f"evt-{number}"))
        assert status == 404, path
        assert answer["error"] == "not_found"


async def test_an_id_whose_owner_does_not_hold_it_is_unknown(house, client, storage):
    # The global id index points at a tenant that holds no such claim (say, a claim of
    # tenant-b recorded against tenant-a): it reads as unknown, never as tenant-b's claim.
    claim_id = await house.submitted_claim(tenant_id="tenant-b")
    await storage.write({f"ids/{claim_id}": {"tenant_id": TENANT}})
    status, answer = await post(client, claim_path(claim_id), change())
    assert (status, answer["error"]) == (404, "not_found")
    claim = await house.claims.get("tenant-b", claim_id)
    assert claim.status is ClaimStatus.SUBMITTED


async def test_a_transition_the_lifecycle_refuses_gets_409_naming_the_current_status(house, client):
    claim_id = await house.submitted_claim()
    status, answer = await post(client, claim_path(claim_id), change("Approved"))
    assert status == 409
    assert answer["error"] == "transition_not_allowed"
    assert answer["current_status"] == "Submitted"
    assert "Submitted" in answer["message"]
    await assert_unchanged(house, claim_id)

    assert (await post(client, claim_path(claim_id), change("Under review", "e2")))[0] == 202
    assert (await post(client, claim_path(claim_id), change("Rejected", "e3")))[0] == 202
    status, answer = await post(client, claim_path(claim_id), change("Paid", "e4"))
    assert (status, answer["current_status"]) == (409, "Rejected")


async def test_statuses_that_are_not_the_reviewers_to_set_are_refused(house, client):
    claim_id = await house.submitted_claim()
    for wanted in ("Lost", "Submitted", "Editing", "Disputed"):
        status, answer = await post(client, claim_path(claim_id), change(wanted, wanted))
        assert status == 400, wanted
        assert (answer["error"], answer["field"]) == ("invalid_status", "status")
        assert "Under review" in answer["allowed"]
    await assert_unchanged(house, claim_id)


# -- malformed requests --------------------------------------------------------------------


async def test_malformed_json_gets_400_invalid_json(house, client):
    claim_id = await house.submitted_claim()
    for body in (b'{"event_id": ', b"\xff\xfe not utf-8", b""):
        status, answer = await post(client, claim_path(claim_id), body)
        assert status == 400, body
        assert answer["error"] == "invalid_json" and answer["message"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (change(reasons=[{"message": "No invoice"}]), "reasons.0.code"),
        (change(reasons=[{"code": "x", "message": "y", "color": "red"}]), "reasons.0.color"),
        (change(surprise=True), "surprise"),
        (change(at="2026-03-01T10:00:00"), "at"),
        (change(at="yesterday"), "at"),
        (change(event_id=""), "event_id"),
        (change(event_id="x" * 201), "event_id"),
        (change(actor=None), "actor"),
        (change(status=5), "status"),
        (change(reasons=[{"code": "c", "message": "m"}] * 51), "reasons"),
        ({k: v for k, v in change().items() if k != "event_id"}, "event_id"),
        ([change()], "body"),
    ],
)
async def test_schema_errors_get_400_naming_the_field(house, client, body, field):
    claim_id = await house.submitted_claim()
    status, answer = await post(client, claim_path(claim_id), body)
    assert status == 400
    assert answer["error"] == "invalid_body"
    assert answer["field"] == field
    assert answer["message"].startswith(field)
    await assert_unchanged(house, claim_id)


async def test_a_body_over_64_kb_gets_413(house, client):
    claim_id = await house.submitted_claim()
    big = json.dumps(change(actor="a", padding="x" * MAX_BODY_BYTES)).encode()
    status, answer = await post(client, claim_path(claim_id), big)
    assert (status, answer["error"]) == (413, "payload_too_large")

    # Without a Content-Length (chunked), the bytes read are counted.
    async def chunks():
        for _ in range(5):
            yield b"x" * 20_000

    response = await client.post(
        claim_path(claim_id),
        data=chunks(),
        headers=signed_headers(b"irrelevant", claim_path(claim_id)),
    )
    assert response.status == 413
    await assert_unchanged(house, claim_id)


async def test_a_body_of_exactly_64_kb_is_read(house, client):
    claim_id = await house.submitted_claim()
    body = json.dumps(change()).encode()
    body = body + b" " * (MAX_BODY_BYTES - len(body))
    status, _ = await post(client, claim_path(claim_id), body)
    assert status == 202


async def test_a_body_that_is_not_json_typed_gets_415(house, client):
    claim_id = await house.submitted_claim()
    body = json.dumps(change()).encode()
    for content_type in ("text/plain", "application/x-www-form-urlencoded"):
        headers = {**signed_headers(body, claim_path(claim_id)), "Content-Type": content_type}
        status, answer = await post(client, claim_path(claim_id), body, headers=headers)
        assert (status, answer["error"]) == (415, "unsupported_media_type")
    headers = {
        **signed_headers(body, claim_path(claim_id)),
        "Content-Type": "application/json; charset=utf-8",
    }
    assert (await post(client, claim_path(claim_id), body, headers=headers))[0] == 202


async def test_too_many_requests_from_one_address_get_429_with_retry_after(house):
    claim_id = await house.submitted_claim()
    moment = [0.0]
    limiter = TokenBucket(3, clock=lambda: moment[0])
    client = await house.serve(limiter=limiter)
    try:
        statuses = []
        # Unsigned requests are refused before they are counted: they spend nothing.
        for _attempt in range(5):
            response = await client.post(
                claim_path(claim_id), data=b"{}", headers={"Content-Type": "application/json"}
            )
            statuses.append(response.status)
        for _attempt in range(4):
            body = b"{}"
            headers = signed_headers(body, claim_path(claim_id))
            response = await client.post(claim_path(claim_id), data=body, headers=headers)
            statuses.append(response.status)
        assert statuses == [401] * 5 + [400, 400, 400, 429]
        assert response.headers["Retry-After"] == "20"
        assert (await response.json())["error"] == "rate_limited"

        moment[0] += 20  # one token back
        status, _ = await post(client, claim_path(claim_id), change())
        assert status == 202
    finally:
        await client.close()


def test_the_token_bucket_refills_and_forgets_idle_sources():
    moment = [0.0]
    bucket = TokenBucket(60, burst=2, clock=lambda: moment[0], max_sources=2)
    assert [bucket.take("a"), bucket.take("a")] == [0, 0]
    assert bucket.take("a") == pytest.approx(1.0)
    moment[0] += 1
    assert bucket.take("a") == 0
    moment[0] += 10
    bucket.take("b")
    bucket.take("c")  # over max_sources: the refilled ones are forgotten
    assert "a" not in bucket._buckets


async def test_a_save_that_lost_a_race_is_retried_once_then_answered_busy(house, client):
    claim_id = await house.submitted_claim()
    mark_tenant = house.outbox.mark_tenant
    races = [1]

    async def mark_while_the_partner_saves(tenant_id):
        await mark_tenant(tenant_id)
        if races:
            races.pop()
            claim = await house.claims.get(TENANT, claim_id)
            claim.name = "Renamed meanwhile"
            await house.claims.save(claim)

    house.outbox.mark_tenant = mark_while_the_partner_saves
    status, _ = await post(client, claim_path(claim_id), change("Under review"))
    assert status == 202
    claim = await house.claims.get(TENANT, claim_id)
    assert claim.name == "Renamed meanwhile" and claim.status is ClaimStatus.UNDER_REVIEW
    assert [h.status for h in claim.history].count("Under review") == 1
    assert len(await house.outbox.pending(FAR_FUTURE)) == 1

    races.extend([1, 1])  # loses twice: the caller is told to retry, nothing is half-done
    body = json.dumps(change("Rejected", "evt-busy")).encode()
    response = await client.post(
        claim_path(claim_id), data=body, headers=signed_headers(body, claim_path(claim_id))
    )
    assert response.status == 503 and response.headers["Retry-After"] == "1"
    assert (await response.json())["error"] == "busy"
    assert (await house.claims.get(TENANT, claim_id)).status is ClaimStatus.UNDER_REVIEW
    assert len(await house.outbox.pending(FAR_FUTURE)) == 1
