"""A populated store, fast: `python -m bench.seed DATA_DIR TENANTS CLAIMS_PER_TENANT NOTICES URL`.

Every seeded tenant has one person (an Incentives admin, who has talked to the bot
from `a:bench-<tenant>-0`, so notices can reach them at the connector URL), one
approved plan and CLAIMS_PER_TENANT claims on it in various statuses, with the
tenant's indexes, the global id → tenant map, the tenant registry and the id
counters. The first NOTICES claims (tenant by tenant) each get one pending
"Under review" notice in their tenant's outbox, the tenants listed for the notifier.

The documents are the repository's own: one plan and one claim are made by the real
repository over a MemoryStorage, then copied with new ids; everything goes to disk
through `TinyDBStorage.write` in batches (one durable file write per partition and
batch), so the files are exactly what the bot writes itself. Run in its own process,
so the bench's process does not keep the data in memory.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from botbuilder.core import MemoryStorage

from bench.teams import tenant_id, user_id
from domain.claim import Claim
from domain.evidence import Evidence, EvidenceKind
from domain.lifecycle import ClaimStatus, PlanStatus
from domain.plan import Plan
from storage.claims import ClaimRepository
from storage.outbox import TENANTS_KEY, Outbox, OutboxEntry
from storage.repository import PlanRepository, registry_shard_key, tenant_prefix
from storage.tinydb_storage import TinyDBStorage

TODAY = date(2026, 11, 27)
YEAR = TODAY.year
STATUSES = ("Submitted", "Under review", "Approved", "Paid", "Action required", "Rejected")
TENANTS_PER_BATCH = 250


def conversation_of(tenant_number: int) -> str:
    return f"a:bench-{tenant_number}-0"


async def _templates() -> tuple[dict[str, Any], dict[str, Any]]:
    """One approved plan and one submitted claim on it, as the repository stores them."""
    store = MemoryStorage()
    plans, claims = PlanRepository(store), ClaimRepository(store)
    owner, tenant = user_id(0), tenant_id(0)
    plan = await plans.create_plan(tenant_id=tenant, owner_id=owner, owner_name="P", today=TODAY)
    plan.mpn_id, plan.program, plan.market, plan.fund_type = (
        "1234567",
        "csp_indirect_reseller",
        "FR",
        "coop",
    )
    plan.period, plan.currency, plan.reviewer_email = "FY27 H1", "EUR", "ana@microsoft.com"
    plan.plan_limit = Decimal(50000)
    campaign = plan.add_campaign()
    campaign.name, campaign.start_date, campaign.end_date = "Autumn", TODAY.replace(day=1), TODAY
    activity = plan.add_activity(campaign)
    activity.activity_type, activity.description = "tv_radio", "Radio spots"
    activity.countries, activity.planned_amount = ["FR"], Decimal(40000)
    campaign.activities_done = plan.campaigns_done = True
    plan.status = PlanStatus.APPROVED
    plan = await plans.save_plan(plan)
    claim = await claims.create_claim(tenant_id=tenant, owner_id=owner, owner_name="P", today=TODAY)
    claim.plan_id, claim.campaign_id, claim.activity_id = plan.id, campaign.id, activity.id
    claim.activity_type, claim.currency, claim.name = "tv_radio", "EUR", "Radio spots"
    claim.execution_date, claim.amount, claim.impressions = TODAY, Decimal(1000), 1000
    claim.pre_approval_id, claim.evidence_done = "PA-1", True
    claim.evidence.append(
        Evidence(id="E1", kind=EvidenceKind.INVOICE, file_name="invoice.pdf", size=10,
                 sha256="a" * 64, stored_as="evidence/aa/" + "a" * 64)
    )  # fmt: skip
    claim.move_to(ClaimStatus.SUBMITTED, actor=owner)
    claim = await claims.save(claim)
    return plan.model_dump(mode="json"), claim.model_dump(mode="json")


def _reference(tenant_number: int, service_url: str) -> dict[str, Any]:
    person = user_id(tenant_number)
    return {
        "activityId": f"seed-{tenant_number}",
        "user": {"id": f"29:{person}", "name": "Bench Partner", "aadObjectId": person},
        "bot": {"id": "28:bench-bot", "name": "Incentives"},
        "conversation": {
            "id": conversation_of(tenant_number),
            "conversationType": "personal",
            "tenantId": tenant_id(tenant_number),
        },
        "channelId": "msteams",
        "locale": "en-US",
        "serviceUrl": service_url,
    }


def _registry_shards(tenants: list[str]) -> dict[str, list[str]]:
    shards: dict[str, list[str]] = {}
    for tenant in tenants:
        shards.setdefault(registry_shard_key(tenant), []).append(tenant)
    return shards


async def seed(
    data_dir: Path, tenants: int, claims_per_tenant: int, notices: int, service_url: str
) -> dict[str, int]:
    plan_template, claim_template = await _templates()
    # Copies are made from the JSON text: several times faster than copy.deepcopy.
    plan_text, claim_text = json.dumps(plan_template), json.dumps(claim_template)
    plan_summary = PlanRepository(MemoryStorage()).summarize(Plan.model_validate(plan_template))
    claim_summary = ClaimRepository(MemoryStorage()).summarize(Claim.model_validate(claim_template))
    plan_summary_text = json.dumps(plan_summary.model_dump(mode="json"))
    claim_summary_text = json.dumps(claim_summary.model_dump(mode="json"))
    storage = TinyDBStorage(data_dir)
    registry: list[str] = []
    outbox_tenants: list[str] = []
    marked_at = (datetime.now().astimezone() - timedelta(hours=1)).isoformat()
    claim_number = plan_number = 0
    notices_left = notices
    for first in range(0, tenants, TENANTS_PER_BATCH):
        changes: dict[str, Any] = {}
        for tenant_number in range(first, min(tenants, first + TENANTS_PER_BATCH)):
            tenant, owner = tenant_id(tenant_number), user_id(tenant_number)
            prefix = tenant_prefix(tenant)
            registry.append(tenant)
            changes[f"{prefix}/directory"] = {
                "users": {owner: {"role": "incentives_admin", "name": "Bench Partner"}},
                "mpn_ids": ["1234567"],
            }
            changes[f"{prefix}/users/{owner}"] = {
                "locale": "en-US",
                "reference": _reference(tenant_number, service_url),
            }
            plan_number += 1
            plan = json.loads(plan_text)
            plan.update(id=f"PLN-{YEAR}-{plan_number:06d}", tenant_id=tenant, owner_id=owner)
            changes[f"{prefix}/plans/{plan['id']}"] = plan
            summary = json.loads(plan_summary_text)
            summary.update(id=plan["id"], owner_id=owner)
            changes[f"{prefix}/plan-index"] = {"items": {plan["id"]: summary}, "keys": {}}
            changes[f"ids/{plan['id']}"] = {"tenant_id": tenant}
            claim_index: dict[str, Any] = {}
            entries: dict[str, Any] = {}
            for number in range(claims_per_tenant):
                claim_number += 1
                claim = json.loads(claim_text)
                claim.update(
                    id=f"CLM-{YEAR}-{claim_number:06d}", tenant_id=tenant, owner_id=owner,
                    plan_id=plan["id"], name=f"Radio spots {number + 1}",
                    status=STATUSES[claim_number % len(STATUSES)] if notices_left <= 0
                    else "Submitted",
                )  # fmt: skip
                changes[f"{prefix}/claims/{claim['id']}"] = claim
                summary = json.loads(claim_summary_text)
                summary.update(
                    {key: claim[key] for key in ("id", "owner_id", "status", "plan_id", "name")}
                )
                claim_index[claim["id"]] = summary
                changes[f"ids/{claim['id']}"] = {"tenant_id": tenant}
                if notices_left > 0:
                    notices_left -= 1
                    entry = OutboxEntry(
                        tenant_id=tenant, kind="claim", item_id=claim["id"],
                        status="Under review", previous_status="Submitted",
                        actor="reviewer@example.com",
                    )  # fmt: skip
                    entries[entry.notice_id] = entry.model_dump(mode="json")
            changes[f"{prefix}/claim-index"] = {"items": claim_index}
            if entries:
                outbox_tenants.append(tenant)
                changes[Outbox.key(tenant)] = {"entries": entries, "order": list(entries)}
        await storage.write(changes)
    await storage.write(
        {
            **{key: {"tenants": members} for key, members in _registry_shards(registry).items()},
            f"counters/plans/{YEAR}": {"next": plan_number + 1},
            f"counters/claims/{YEAR}": {"next": claim_number + 1},
            TENANTS_KEY: {
                "tenants": outbox_tenants,
                "marked_at": dict.fromkeys(outbox_tenants, marked_at),
                "known": outbox_tenants,
            },
        }
    )
    storage.close()
    return {"tenants": tenants, "plans": plan_number, "claims": claim_number, "notices": notices}


def main() -> None:
    if len(sys.argv) != 6:
        raise SystemExit(__doc__)
    folder, tenants, per_tenant, notices, url = sys.argv[1:]
    started = time.perf_counter()
    counts = asyncio.run(seed(Path(folder), int(tenants), int(per_tenant), int(notices), url))
    counts["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(counts), flush=True)


if __name__ == "__main__":
    main()
