"""A damaged document (a hand-edited file, a bad restore) hurts only itself: the hourly
reminder scan skips and logs it, and every other document and tenant is served."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from proactive.reminders import ReminderScheduler
from storage.repository import tenant_prefix
from tests.support import ADMIN, TENANT

pytestmark = pytest.mark.asyncio

OTHER_TENANT = "99999999-8888-7777-6666-555555555555"
CREATED = date(2026, 11, 1)
# Drafts are stamped with the real time: a week and a day later, every one of them is idle.
NOW = datetime.now(UTC) + timedelta(days=8)


async def _draft_plan(services, tenant_id: str, owner: str = ADMIN):
    return await services.plans.create_plan(
        tenant_id=tenant_id, owner_id=owner, owner_name="Ada Secret-Name", today=CREATED
    )


async def _draft_claim(services, tenant_id: str):
    claim = await services.claims.create_claim(
        tenant_id=tenant_id, owner_id=ADMIN, owner_name="Ada", today=CREATED
    )
    claim.name, claim.amount = "Radio", Decimal("100")
    return await services.claims.save(claim)


async def _damage(storage, key: str, change) -> None:
    document = (await storage.read([key]))[key]
    await storage.write({key: change(document)})


def _bogus_status(document):
    return {**document, "status": "Bogus"}


def _bad_amount(document):
    return {**document, "amount": "a lot of money", "status": "Editing"}


DAMAGE = {
    "plan-status": ("plans", _bogus_status),
    "plan-not-a-dict": ("plans", lambda document: ["not", "a", "plan"]),
    "plan-missing-fields": ("plans", lambda document: {"e_tag": "*", "id": "x"}),
    "claim-invalid": ("claims", _bad_amount),
    "claim-not-a-dict": ("claims", lambda document: "not a claim"),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
async def test_a_damaged_document_is_skipped_and_every_other_reminder_is_queued(
    chat, caplog, damage
):
    storage, services = chat.storage, chat.services
    kind, change = DAMAGE[damage]
    # Tenant A: a damaged document beside good drafts; tenant B: a good draft.
    broken = await (_draft_plan(services, TENANT) if kind == "plans"
                    else _draft_claim(services, TENANT))  # fmt: skip
    good_plan = await _draft_plan(services, TENANT)
    good_claim = await _draft_claim(services, TENANT)
    other = await _draft_plan(services, OTHER_TENANT, owner="aad-other")
    await _damage(storage, f"{tenant_prefix(TENANT)}/{kind}/{broken.id}", change)

    scheduler = ReminderScheduler(storage, services, services.outbox, idle_days=7,
                                  clock=lambda: NOW)  # fmt: skip
    with caplog.at_level(logging.WARNING):
        queued = await scheduler.run_once()

    reminded = {e.item_id for e in await services.outbox.pending(NOW)}
    assert reminded == {good_plan.id, good_claim.id, other.id}
    assert queued == 3
    # Logged by id, nothing of its content.
    assert broken.id in caplog.text
    for content in ("Bogus", "a lot of money", "not a plan", "not a claim", "Secret-Name"):
        assert content not in caplog.text
    # The next hour: the same, nothing twice, still no crash.
    assert await scheduler.run_once() == 0


async def test_a_damaged_index_skips_its_tenant_only(chat, caplog):
    storage, services = chat.storage, chat.services
    await _draft_plan(services, TENANT)
    other = await _draft_plan(services, OTHER_TENANT, owner="aad-other")
    index_key = f"{tenant_prefix(TENANT)}/plan-index"
    await _damage(storage, index_key, lambda document: {**document, "items": "Bogus"})

    scheduler = ReminderScheduler(storage, services, services.outbox, idle_days=7,
                                  clock=lambda: NOW)  # fmt: skip
    with caplog.at_level(logging.WARNING):
        assert await scheduler.run_once() == 1
    assert {e.item_id for e in await services.outbox.pending(NOW)} == {other.id}
    assert TENANT in caplog.text and "Bogus" not in caplog.text


async def test_a_damaged_record_of_sent_reminders_skips_its_tenant_only(chat, caplog):
    storage, services = chat.storage, chat.services
    await _draft_plan(services, TENANT)
    other = await _draft_plan(services, OTHER_TENANT, owner="aad-other")
    key = f"{tenant_prefix(TENANT)}/reminders"
    await storage.write({key: {"sent": "Bogus"}})

    scheduler = ReminderScheduler(storage, services, services.outbox, idle_days=7,
                                  clock=lambda: NOW)  # fmt: skip
    with caplog.at_level(logging.WARNING):
        assert await scheduler.run_once() == 1
    assert {e.item_id for e in await services.outbox.pending(NOW)} == {other.id}
