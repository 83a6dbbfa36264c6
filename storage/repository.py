"""The repository: plans, the role directory and user profiles over a key-value store.

It speaks the botbuilder `Storage` protocol (async `read(keys)`, `write(changes)`,
`delete(keys)`, values are dicts with an `e_tag`) without importing botbuilder, so
TinyDB, memory and blob backends all serve it. Keys start with
`tenants/<tenant>/` so a backend can keep one partner's data together (the TinyDB
store gives each tenant its own file, which also makes a plan and its tenant's
index one atomic write).
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

from pydantic import BaseModel

from domain.lifecycle import PlanStatus
from domain.plan import Plan, format_plan_id, utc_now
from domain.roles import Role

log = logging.getLogger(__name__)


class KeyValueStore(Protocol):
    async def read(self, keys: list[str]) -> dict[str, Any]: ...
    async def write(self, changes: dict[str, Any]) -> None: ...
    async def delete(self, keys: list[str]) -> None: ...


class PlanChangedError(Exception):
    """The plan was saved by someone else since it was read; carries the current version."""

    def __init__(self, current: Plan) -> None:
        super().__init__(f"plan {current.id} changed (now version {current.version})")
        self.current = current


class DuplicatePlanError(Exception):
    """Another plan already holds this tenant + MPN + fund + program + period."""

    def __init__(self, existing_plan_id: str) -> None:
        super().__init__(f"a plan already exists for this key: {existing_plan_id}")
        self.existing_plan_id = existing_plan_id


class PlanSummary(BaseModel):
    """What "my plans" shows, kept in the tenant's index so a list costs one read."""

    id: str
    owner_id: str
    status: PlanStatus
    program: str | None = None
    period: str | None = None
    currency: str | None = None
    planned_total: str = "0"
    updated_at: str


def _tenant_prefix(tenant_id: str) -> str:
    return f"tenants/{quote(tenant_id, safe='')}"


def _plan_key(tenant_id: str, plan_id: str) -> str:
    return f"{_tenant_prefix(tenant_id)}/plans/{plan_id}"


def _index_key(tenant_id: str) -> str:
    return f"{_tenant_prefix(tenant_id)}/plan-index"


def _uniqueness_text(key: tuple[str, ...]) -> str:
    # Without the tenant: the index already belongs to one tenant.
    return "|".join(key[1:])


def _is_conflict(error: Exception) -> bool:
    # Backends say "conflict" differently (KeyError from MemoryStorage and ours,
    # HTTP 412 from blob stores); all of them mention the e-tag.
    return isinstance(error, KeyError) or "etag" in str(error).lower().replace("_", "")


class PlanRepository:
    """Plans of every tenant, with ids, uniqueness and a per-tenant index."""

    def __init__(self, store: KeyValueStore) -> None:
        self._store = store
        # One writer at a time per tenant within this process; e-tags guard the rest.
        self._locks: dict[str, asyncio.Lock] = {}

    def _lock(self, tenant_id: str) -> asyncio.Lock:
        return self._locks.setdefault(tenant_id, asyncio.Lock())

    async def _next_number(self, counter_key: str) -> int:
        for _attempt in range(20):
            found = await self._store.read([counter_key])
            document = found.get(counter_key) or {"next": 1}
            number = int(document["next"])
            try:
                await self._store.write({counter_key: {**document, "next": number + 1}})
            except Exception as error:
                if _is_conflict(error):
                    continue
                raise
            return number
        raise RuntimeError(f"could not allocate a number from {counter_key}")

    async def create_plan(
        self, *, tenant_id: str, owner_id: str, owner_name: str | None, today: date
    ) -> Plan:
        number = await self._next_number(f"counters/plans/{today.year}")
        plan = Plan(
            id=format_plan_id(today.year, number),
            tenant_id=tenant_id,
            owner_id=owner_id,
            owner_name=owner_name,
        )
        plan.record(owner_id, "created", status=plan.status.value)
        return await self.save_plan(plan)

    async def get_plan(self, tenant_id: str, plan_id: str) -> Plan | None:
        """The plan, or None when the tenant holds no such plan (other tenants' are invisible)."""
        key = _plan_key(tenant_id, plan_id)
        document = (await self._store.read([key])).get(key)
        if document is None:
            return None
        return Plan.model_validate({k: v for k, v in document.items() if k != "e_tag"})

    async def list_plans(self, tenant_id: str, owner_id: str | None = None) -> list[PlanSummary]:
        index = await self._read_index(tenant_id)
        summaries = [PlanSummary.model_validate(value) for value in index["plans"].values()]
        if owner_id is not None:
            summaries = [s for s in summaries if s.owner_id == owner_id]
        return sorted(summaries, key=lambda s: s.updated_at, reverse=True)

    async def save_plan(self, plan: Plan) -> Plan:
        """Save `plan` if nobody saved it since it was read; returns the saved version.

        Raises PlanChangedError on a lost update and DuplicatePlanError when the
        plan's key (MPN + fund + program + period) belongs to another plan.
        """
        async with self._lock(plan.tenant_id):
            key = _plan_key(plan.tenant_id, plan.id)
            index_key = _index_key(plan.tenant_id)
            found = await self._store.read([key, index_key])
            current = found.get(key)
            if current is not None and int(current.get("version", 0)) != plan.version:
                raise PlanChangedError(Plan.model_validate(_without_etag(current)))
            index = found.get(index_key) or {"plans": {}, "keys": {}}
            self._reserve_key(index, plan)

            saved = plan.model_copy(deep=True)
            saved.version = plan.version + 1
            saved.updated_at = utc_now()
            index["plans"][plan.id] = _summary(saved).model_dump(mode="json")
            document = saved.model_dump(mode="json")
            if current is not None and current.get("e_tag"):
                document["e_tag"] = current["e_tag"]
            try:
                await self._store.write({key: document, index_key: index})
            except Exception as error:
                if _is_conflict(error):
                    latest = await self.get_plan(plan.tenant_id, plan.id)
                    raise PlanChangedError(latest or plan) from error
                raise
            return saved

    async def delete_plan(self, tenant_id: str, plan_id: str) -> bool:
        async with self._lock(tenant_id):
            index_key = _index_key(tenant_id)
            index = await self._read_index(tenant_id)
            existed = index["plans"].pop(plan_id, None) is not None
            index["keys"] = {k: v for k, v in index["keys"].items() if v != plan_id}
            await self._store.write({index_key: index})
            await self._store.delete([_plan_key(tenant_id, plan_id)])
            return existed

    async def find_plan_for_key(self, plan: Plan) -> str | None:
        """The id of another plan holding `plan`'s uniqueness key, if any."""
        key = plan.uniqueness_key
        if key is None:
            return None
        holder = (await self._read_index(plan.tenant_id))["keys"].get(_uniqueness_text(key))
        return holder if holder not in (None, plan.id) else None

    async def _read_index(self, tenant_id: str) -> dict[str, Any]:
        index_key = _index_key(tenant_id)
        index = (await self._store.read([index_key])).get(index_key)
        return index or {"plans": {}, "keys": {}}

    @staticmethod
    def _reserve_key(index: dict[str, Any], plan: Plan) -> None:
        keys: dict[str, str] = index.setdefault("keys", {})
        wanted = plan.uniqueness_key
        wanted_text = _uniqueness_text(wanted) if wanted else None
        if wanted_text is not None:
            holder = keys.get(wanted_text)
            if holder not in (None, plan.id) and holder in index["plans"]:
                raise DuplicatePlanError(holder)
        # A plan whose key changed (an edited program, say) frees its old key.
        for text in [t for t, holder in keys.items() if holder == plan.id and t != wanted_text]:
            del keys[text]
        if wanted_text is not None:
            keys[wanted_text] = plan.id


def _without_etag(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != "e_tag"}


def _summary(plan: Plan) -> PlanSummary:
    return PlanSummary(
        id=plan.id,
        owner_id=plan.owner_id,
        status=plan.status,
        program=plan.program,
        period=plan.period,
        currency=plan.currency,
        planned_total=str(plan.planned_total),
        updated_at=plan.updated_at.isoformat(),
    )


class DirectoryEntry(BaseModel):
    role: Role
    name: str | None = None


class RoleDirectory:
    """Who holds which role in each tenant, and the tenant's partner ids (MPN IDs).

    Seeded from a JSON file (`ROLES_FILE`):
    `{"tenants": {"<tenant id>": {"mpn_ids": ["1234567"],
                                  "users": {"<aad object id>": {"role": "incentives_admin",
                                                                "name": "Ada"}}}}}`
    """

    def __init__(self, store: KeyValueStore) -> None:
        self._store = store

    @staticmethod
    def _key(tenant_id: str) -> str:
        return f"{_tenant_prefix(tenant_id)}/directory"

    async def _read(self, tenant_id: str) -> dict[str, Any]:
        key = self._key(tenant_id)
        return (await self._store.read([key])).get(key) or {"users": {}, "mpn_ids": []}

    async def role_of(self, tenant_id: str, user_id: str | None) -> Role:
        entry = (await self._read(tenant_id))["users"].get(user_id or "")
        return DirectoryEntry.model_validate(entry).role if entry else Role.UNKNOWN

    async def mpn_ids(self, tenant_id: str) -> list[str]:
        return list((await self._read(tenant_id)).get("mpn_ids", []))

    async def people_with(self, tenant_id: str, roles: Iterable[Role]) -> list[str]:
        """Names of the people holding one of `roles`, for "ask X to submit"."""
        wanted = set(roles)
        users = (await self._read(tenant_id))["users"]
        entries = [DirectoryEntry.model_validate(value) for value in users.values()]
        return sorted(entry.name or "?" for entry in entries if entry.role in wanted)

    async def set_entry(self, tenant_id: str, user_id: str, entry: DirectoryEntry) -> None:
        document = await self._read(tenant_id)
        document["users"][user_id] = entry.model_dump(mode="json")
        await self._store.write({self._key(tenant_id): document})

    async def seed(self, path: Path) -> int:
        """Merge the seed file into storage (the file wins for what it names)."""
        data = json.loads(path.read_text(encoding="utf-8"))  # noqa: ASYNC240 - once, at start-up
        tenants = data.get("tenants", {})
        for tenant_id, tenant in tenants.items():
            document = await self._read(tenant_id)
            for user_id, entry in tenant.get("users", {}).items():
                document["users"][user_id] = DirectoryEntry.model_validate(entry).model_dump(
                    mode="json"
                )
            document["mpn_ids"] = sorted(
                set(document.get("mpn_ids", [])) | set(tenant.get("mpn_ids", []))
            )
            await self._store.write({self._key(tenant_id): document})
        log.info("role directory seeded: %d tenants from %s", len(tenants), path.name)
        return len(tenants)


class UserProfiles:
    """Small per-user facts the bot needs between conversations (locale, last draft)."""

    def __init__(self, store: KeyValueStore) -> None:
        self._store = store

    @staticmethod
    def _key(tenant_id: str, user_id: str) -> str:
        return f"{_tenant_prefix(tenant_id)}/users/{quote(user_id, safe='')}"

    async def get(self, tenant_id: str, user_id: str) -> dict[str, Any]:
        key = self._key(tenant_id, user_id)
        document = (await self._store.read([key])).get(key) or {}
        return _without_etag(document)

    async def update(self, tenant_id: str, user_id: str, **values: Any) -> None:
        key = self._key(tenant_id, user_id)
        document = await self.get(tenant_id, user_id)
        if all(document.get(name) == value for name, value in values.items()):
            return  # nothing new: spare the write
        document.update(values)
        await self._store.write({key: document})
