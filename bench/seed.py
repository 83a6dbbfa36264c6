"""A populated store, fast: `python -m bench.seed DATA_DIR URL GROUPS_JSON`.

GROUPS_JSON is a list of groups of tenants (`Group`): `{"first": 0, "tenants": 14000,
"claims": 10}` is 14,000 tenants numbered from 0 with 10 claims each; `"people": 10` gives
each tenant ten Incentives admins, `"notices": 5` a pending notice on each tenant's first
five claims. Every seeded person has talked to the bot from `conversation_of(tenant,
person)`, so notices can reach them at the connector URL. Each tenant has one approved
plan, its claims on it in various statuses (those with a notice "Submitted", their notice
"Under review"), its indexes; the global id → tenant map, the tenant registry, the id
counters and the notifier's tenant list hold them all.

The documents are the repository's own: one plan and one claim are made by the real
repository over a MemoryStorage, then copied with new ids; everything goes to disk
through `TinyDBStorage.write` (its public `write` and `close` only), the tenants' documents
in batches of about `CLAIMS_PER_WRITE` claims (a tenant never split) and the global
indexes in one last write, so every file is written as few times as possible and is
exactly what the bot writes itself. Run in its own process, so the bench's process does not
keep the data in memory.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from dataclasses import asdict, dataclass
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
CLAIMS_PER_WRITE = 50_000


@dataclass(frozen=True)
class Group:
    """`tenants` tenants numbered from `first`, each with `claims` claims, `people` admins and
    a pending notice on its first `notices` claims."""

    first: int
    tenants: int
    claims: int
    people: int = 1
    notices: int = 0


def conversation_of(tenant_number: int, person: int = 0) -> str:
    """The personal chat of a seeded person (bench.teams.Partner uses the same ids)."""
    return f"a:bench-{tenant_number}-{person}"


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


def _reference(tenant_number: int, person_number: int, service_url: str) -> dict[str, Any]:
    person = user_id(tenant_number, person_number)
    return {
        "activityId": f"seed-{tenant_number}-{person_number}",
        "user": {"id": f"29:{person}", "name": "Bench Partner", "aadObjectId": person},
        "bot": {"id": "28:bench-bot", "name": "Incentives"},
        "conversation": {
            "id": conversation_of(tenant_number, person_number),
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


class _Copies:
    """The template plan and claim, as JSON texts copied from (several times faster than
    copy.deepcopy), and their index summaries."""

    def __init__(self, plan: dict[str, Any], claim: dict[str, Any]) -> None:
        self.plan, self.claim = json.dumps(plan), json.dumps(claim)
        plans, claims = PlanRepository(MemoryStorage()), ClaimRepository(MemoryStorage())
        plan_summary = plans.entry_of(plans.summarize(Plan.model_validate(plan)))
        claim_summary = claims.entry_of(claims.summarize(Claim.model_validate(claim)))
        self.plan_summary, self.claim_summary = json.dumps(plan_summary), json.dumps(claim_summary)


class _Seeder:
    """Makes each tenant's documents; remembers what the global indexes must hold."""

    def __init__(self, copies: _Copies, service_url: str) -> None:
        self.copies = copies
        self.service_url = service_url
        self.registry: list[str] = []
        self.outbox_tenants: list[str] = []
        self.ids: dict[str, Any] = {}
        self.plan_number = self.claim_number = self.notices = 0
        self.claims = ClaimRepository(MemoryStorage())  # where each claim's summary goes

    def tenant(self, tenant_number: int, group: Group) -> dict[str, Any]:
        """Every document of one tenant, by key."""
        copies = self.copies
        tenant, owner = tenant_id(tenant_number), user_id(tenant_number)
        prefix = tenant_prefix(tenant)
        self.registry.append(tenant)
        people = [user_id(tenant_number, person) for person in range(group.people)]
        changes: dict[str, Any] = {
            f"{prefix}/directory": {
                "users": {
                    person: {"role": "incentives_admin", "name": "Bench Partner"}
                    for person in people
                },
                "mpn_ids": ["1234567"],
            }
        }
        for number, person in enumerate(people):
            changes[f"{prefix}/users/{person}"] = {
                "locale": "en-US",
                "reference": _reference(tenant_number, number, self.service_url),
            }
        self.plan_number += 1
        plan = json.loads(copies.plan)
        plan.update(id=f"PLN-{YEAR}-{self.plan_number:06d}", tenant_id=tenant, owner_id=owner)
        changes[f"{prefix}/plans/{plan['id']}"] = plan
        summary = json.loads(copies.plan_summary)
        summary.update(id=plan["id"], owner_id=owner)
        changes[f"{prefix}/plan-index"] = {"items": {plan["id"]: summary}, "keys": {}}
        self.ids[f"ids/{plan['id']}"] = {"tenant_id": tenant}
        claim_index: dict[str, Any] = {}
        entries: dict[str, Any] = {}
        for number in range(group.claims):
            self.claim_number += 1
            noticed = number < group.notices
            claim = json.loads(copies.claim)
            claim.update(
                id=f"CLM-{YEAR}-{self.claim_number:06d}", tenant_id=tenant, owner_id=owner,
                plan_id=plan["id"], name=f"Radio spots {number + 1}",
                status="Submitted" if noticed
                else STATUSES[self.claim_number % len(STATUSES)],
            )  # fmt: skip
            changes[f"{prefix}/claims/{claim['id']}"] = claim
            summary = json.loads(copies.claim_summary)
            summary.update(
                {key: claim[key] for key in ("id", "owner_id", "status", "plan_id", "name")}
            )
            shard = self.claims.index_key_of(tenant, claim["id"])
            claim_index.setdefault(shard, {"items": {}})["items"][claim["id"]] = summary
            self.ids[f"ids/{claim['id']}"] = {"tenant_id": tenant}
            if noticed:
                entry = OutboxEntry(
                    tenant_id=tenant, kind="claim", item_id=claim["id"],
                    status="Under review", previous_status="Submitted",
                    actor="reviewer@example.com",
                )  # fmt: skip
                entries[entry.notice_id] = entry.model_dump(mode="json")
        changes.update(claim_index)
        if entries:
            self.notices += len(entries)
            self.outbox_tenants.append(tenant)
            changes[Outbox.key(tenant)] = {"entries": entries, "order": list(entries)}
        return changes

    def indexes(self) -> dict[str, Any]:
        """The global documents: ids, registry shards, counters, the notifier's tenants."""
        marked_at = (datetime.now().astimezone() - timedelta(hours=1)).isoformat()
        return {
            **self.ids,
            **{
                key: {"tenants": members}
                for key, members in _registry_shards(self.registry).items()
            },
            f"counters/plans/{YEAR}": {"next": self.plan_number + 1},
            f"counters/claims/{YEAR}": {"next": self.claim_number + 1},
            TENANTS_KEY: {
                "tenants": self.outbox_tenants,
                "marked_at": dict.fromkeys(self.outbox_tenants, marked_at),
                "known": self.outbox_tenants,
            },
        }


async def seed(
    data_dir: Path,
    groups: list[Group],
    service_url: str,
    *,
    storage_class: type[TinyDBStorage] = TinyDBStorage,
    claims_per_write: int = CLAIMS_PER_WRITE,
) -> dict[str, int]:
    seeder = _Seeder(_Copies(*await _templates()), service_url)
    storage = storage_class(data_dir)
    batch: dict[str, Any] = {}
    in_batch = 0
    for group in groups:
        for tenant_number in range(group.first, group.first + group.tenants):
            if batch and in_batch + group.claims > claims_per_write:
                await storage.write(batch)
                batch, in_batch = {}, 0
            batch.update(seeder.tenant(tenant_number, group))
            in_batch += group.claims
    if batch:
        await storage.write(batch)
    await storage.write(seeder.indexes())
    storage.close()
    return {
        "tenants": len(seeder.registry),
        "plans": seeder.plan_number,
        "claims": seeder.claim_number,
        "notices": seeder.notices,
    }


def groups_of(text: str) -> list[Group]:
    return [Group(**group) for group in json.loads(text)]


def groups_text(groups: list[Group]) -> str:
    return json.dumps([asdict(group) for group in groups])


def main() -> None:
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    folder, url, groups = sys.argv[1:]
    started = time.perf_counter()
    counts = asyncio.run(seed(Path(folder), groups_of(groups), url))
    counts["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(counts), flush=True)


if __name__ == "__main__":
    main()
