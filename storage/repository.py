"""The repository: plans, the role directory and user profiles (claims: `claims.py`).

It speaks the botbuilder `Storage` protocol (async `read(keys)`, `write(changes)`,
`delete(keys)`, values are dicts with an `e_tag`) without importing botbuilder, so
TinyDB, memory and blob backends all serve it. Keys start with
`tenants/<tenant>/` so a backend can keep one partner's data together (the TinyDB
store gives each tenant its own file, which also makes a document and its tenant's
index one atomic write; the blob store does the same with one blob per tenant).

Every change of a stored document over the e_tag it was read at goes through the unit of
work (`storage/unit_of_work.py`), which retries only a lost race.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import weakref
from collections.abc import Callable, Iterable
from contextlib import AbstractAsyncContextManager
from datetime import date
from pathlib import Path
from typing import Any, Generic, TypeVar, cast
from urllib.parse import quote

from pydantic import BaseModel

from domain.lifecycle import PlanStatus
from domain.plan import Plan, format_plan_id, utc_now
from domain.roles import Role
from storage.errors import ConflictError, StillConflictingError
from storage.index_memo import IndexMemo, Shard, read_unless_known
from storage.keyed_locks import KeyedLocks
from storage.unit_of_work import KeyValueStore, Outcome, change

log = logging.getLogger(__name__)


class ChangedError(Exception):
    """The document was saved by someone else since it was read; carries the current one."""

    def __init__(self, current: Any) -> None:
        super().__init__(f"{current.id} changed (now version {current.version})")
        self.current = current


# Kept under its first name: the plan dialogs and tests speak of plans.
PlanChangedError = ChangedError


class DuplicatePlanError(Exception):
    """Another plan already holds this tenant + MPN + fund + program + period."""

    def __init__(self, existing_plan_id: str) -> None:
        super().__init__(f"a plan already exists for this key: {existing_plan_id}")
        self.existing_plan_id = existing_plan_id


def tenant_prefix(tenant_id: str) -> str:
    return f"tenants/{quote(tenant_id, safe='')}"


def _without_etag(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != "e_tag"}


# Per store, per counter: one allocation at a time within this process, so e_tag
# conflicts (and retries) only come from other processes sharing the store.
_COUNTER_LOCKS: weakref.WeakKeyDictionary[Any, dict[str, asyncio.Lock]] = (
    weakref.WeakKeyDictionary()
)


async def next_number(store: KeyValueStore, counter_key: str) -> int:
    """The next number of a counter shared by every tenant (ids are global)."""
    lock = _COUNTER_LOCKS.setdefault(store, {}).setdefault(counter_key, asyncio.Lock())

    def take(found: dict[str, Any]) -> Outcome[int]:
        document = found.get(counter_key) or {"next": 1}
        number = int(document["next"])
        return Outcome({counter_key: {**document, "next": number + 1}}, number)

    async with lock:
        # Jitter: two processes that took the same number must not keep colliding.
        return await change(
            store, [counter_key], take, what=f"counter {counter_key}", attempts=20, jitter=0.002
        )


# The tenants that hold plans or claims (the reminder scheduler walks them), in 256 shards
# by a hash of the tenant id: registering a partner rewrites one small shard, not a list
# of every partner (5,000 at 50,000 claims). A store written before the shards keeps its
# one-document list under the old key; it is still read.
REGISTRY_SHARD_PREFIX = "registry/tenants/"
LEGACY_REGISTRY_KEY = "registry/tenants"
REGISTRY_SHARDS = 256
MAX_INDEX_ATTEMPTS = 10


def registry_shard_key(tenant_id: str) -> str:
    digest = hashlib.sha256(tenant_id.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{REGISTRY_SHARD_PREFIX}{digest[:2]}"


async def register_tenant(store: KeyValueStore, tenant_id: str) -> None:
    """Add `tenant_id` to the tenants that hold plans or claims (once)."""
    key = registry_shard_key(tenant_id)

    def add(found: dict[str, Any]) -> Outcome[None]:
        if tenant_id in found.get(LEGACY_REGISTRY_KEY, {}).get("tenants", ()):
            return Outcome()
        document = found.get(key) or {}
        tenants = document.get("tenants", [])
        if tenant_id in tenants:
            return Outcome()
        return Outcome({key: {**document, "tenants": [*tenants, tenant_id]}})

    await change(store, [key, LEGACY_REGISTRY_KEY], add, what="the tenant registry", attempts=20)


async def registered_tenants(store: KeyValueStore) -> list[str]:
    """Every registered tenant, once each (shards in order, then any older list)."""
    keys = [f"{REGISTRY_SHARD_PREFIX}{number:02x}" for number in range(REGISTRY_SHARDS)]
    found = await store.read([*keys, LEGACY_REGISTRY_KEY])
    tenants: dict[str, None] = {}
    for key in [*keys, LEGACY_REGISTRY_KEY]:
        tenants.update(dict.fromkeys(found.get(key, {}).get("tenants", ())))
    return list(tenants)


Entry = TypeVar("Entry")
Model = TypeVar("Model", bound=BaseModel)
# A pydantic model by default (`summary_of`, `entry_of`); claims keep a lighter one.
Summary = TypeVar("Summary")


class VersionedDocuments(Generic[Model, Summary]):
    """Documents of one kind per tenant, each saved only over the version it was read at.

    A tenant index holds a summary of each document so that a list costs one read; it is
    written in the same `write` call as the document. With `index_shards` = 1 the index
    is one document, `tenants/<t>/<kind>-index`. With 16 it is split by a hash of the
    item's id into `tenants/<t>/<kind>-index/<0-f>`: a partner with thousands of claims
    then rewrites a sixteenth of its index an answer, and the reminder scan parses a
    sixteenth at a time (one document of 1.25 MB at 5,000 claims held the event loop
    10-20 ms each time it was parsed). An index stored whole before the shards is split
    the first time it is used (`_shard_legacy_index`), in one write.
    """

    # 1: one index document (plans: few a partner, and an index-wide uniqueness rule).
    index_shards = 1

    kind: str
    model: type[Model]
    summary: type[Summary]
    # (year, number) → the id partners see, e.g. PLN-2026-000012.
    format_id: Callable[[int, int], str]

    def __init__(self, store: KeyValueStore) -> None:
        self._store = store
        # One writer at a time per tenant within this process; e-tags guard the rest.
        self._locks = KeyedLocks()
        # Tenants whose index is known to be in shards (see `_shard_legacy_index`).
        self._sharded: set[str] = set()
        # Each index shard's summaries by the version they came from (`shards`).
        self._memo: IndexMemo[Summary] = IndexMemo()

    def _lock(self, tenant_id: str) -> AbstractAsyncContextManager[None]:
        return self._locks.hold(tenant_id)

    @staticmethod
    def _owner_key(item_id: str) -> str:
        return f"ids/{item_id}"

    async def remember_tenant(self, tenant_id: str, item_id: str) -> None:
        """Ids are global (the back office knows only them): note whose each one is.

        The tenant also joins the registry the reminder scheduler walks.
        """
        await self._store.write({self._owner_key(item_id): {"tenant_id": tenant_id}})
        await register_tenant(self._store, tenant_id)

    async def new_id(self, counter_key: str, make_id: Callable[[int], str]) -> str:
        """A fresh id from the counter, skipping ids already taken.

        The counter only moves forward, so this walks past taken ids at most once: after
        a counter was lost with a damaged file, or put back from an older backup, the bot
        does not hand out an id that names someone else's plan or claim.
        """
        while True:
            item_id = make_id(await next_number(self._store, counter_key))
            if await self.tenant_of(item_id) is None:
                return item_id
            log.warning("id %s is taken already; the counter %s was behind", item_id, counter_key)

    async def tenant_of(self, item_id: str) -> str | None:
        key = self._owner_key(item_id)
        document = (await self._store.read([key])).get(key)
        return document.get("tenant_id") if document else None

    def _key(self, tenant_id: str, item_id: str) -> str:
        return f"{tenant_prefix(tenant_id)}/{self.kind}/{item_id}"

    def _index_key(self, tenant_id: str) -> str:
        """The one index document, or (sharded) where the index was kept before shards."""
        return f"{tenant_prefix(tenant_id)}/{self.kind[:-1]}-index"

    def index_key_of(self, tenant_id: str, item_id: str) -> str:
        """The index document that lists `item_id`."""
        if self.index_shards == 1:
            return self._index_key(tenant_id)
        digest = hashlib.sha256(item_id.encode("utf-8", "surrogatepass")).hexdigest()
        return f"{self._index_key(tenant_id)}/{int(digest[:4], 16) % self.index_shards:x}"

    def index_keys(self, tenant_id: str) -> list[str]:
        """Every key the tenant's index may be stored under (shards, then the older whole
        index), for whoever must look at it as stored."""
        whole = self._index_key(tenant_id)
        if self.index_shards == 1:
            return [whole]
        return [f"{whole}/{shard:x}" for shard in range(self.index_shards)] + [whole]

    def summarize(self, item: Model) -> Summary:
        raise NotImplementedError

    def summary_of(self, entry: Any) -> Summary:
        """The summary an index entry holds (``ValueError`` if it holds none)."""
        summary: Any = self.summary
        return cast(Summary, summary.model_validate(entry))

    def entry_of(self, summary: Summary) -> dict[str, Any]:
        """The index entry of a summary, as JSON."""
        return cast(BaseModel, summary).model_dump(mode="json")

    def before_save(self, index: dict[str, Any], item: Model) -> None:
        """A hook to enforce index-wide rules (uniqueness) before the write."""

    async def create(
        self, *, tenant_id: str, owner_id: str, owner_name: str | None, today: date
    ) -> Model:
        """A new draft with the next global id of the year (`format_id(year, number)`)."""
        item_id = await self.new_id(
            f"counters/{self.kind}/{today.year}",
            lambda number: self.format_id(today.year, number),
        )
        item = self.model(id=item_id, tenant_id=tenant_id, owner_id=owner_id, owner_name=owner_name)
        item.record(owner_id, "created", status=item.status.value)
        await self.remember_tenant(tenant_id, item.id)
        return await self.save(item)

    async def get(self, tenant_id: str, item_id: str) -> Model | None:
        """The document, or None when the tenant holds none (other tenants' are invisible)."""
        key = self._key(tenant_id, item_id)
        document = (await self._store.read([key])).get(key)
        return None if document is None else self.model.model_validate(_without_etag(document))

    async def get_many(self, tenant_id: str, item_ids: Iterable[str]) -> list[Model]:
        keys = [self._key(tenant_id, item_id) for item_id in item_ids]
        if not keys:
            return []
        found = await self._store.read(keys)
        return [self.model.model_validate(_without_etag(found[k])) for k in keys if k in found]

    async def item_ids(self, tenant_id: str) -> list[str]:
        """The ids the tenant's index lists, unordered, without building a summary of each:
        for walking every document (the reminder scan) of a partner with thousands.
        An index whose list is not one (damaged) raises ``ValueError``, naming only its key."""
        if self.index_shards == 1:
            return self._listed(self._index_key(tenant_id), await self._read_index(tenant_id))
        await self._shard_legacy_index(tenant_id)
        ids: list[str] = []
        # A shard a read, the event loop given back between two: none is big.
        for key in self.index_keys(tenant_id)[:-1]:
            ids.extend(self._listed(key, (await self._store.read([key])).get(key) or {}))
        return ids

    @staticmethod
    def _listed(key: str, index: dict[str, Any]) -> list[str]:
        items = index.get("items", {})
        if not isinstance(items, dict) or not all(isinstance(item, str) for item in items):
            raise ValueError(f"{key} does not list items")
        return list(items)

    async def summaries(self, tenant_id: str) -> list[Summary]:
        """Newest first. Sharded, the summaries are shared with later calls (`shards`):
        the summary model of a sharded index is frozen."""
        if self.index_shards == 1:
            index = await self._read_index(tenant_id)
            items = [self.summary_of(value) for value in index["items"].values()]
        else:
            items = [item for shard in await self.shards(tenant_id) for item in shard.entries]
        return sorted(items, key=lambda s: s.updated_at, reverse=True)

    async def shards(self, tenant_id: str) -> list[Shard[Summary]]:
        """The summaries of each shard of a sharded index, as stored now: a shard unchanged
        since it was last read here (same e_tag) is not parsed again where the store can
        tell (TinyDB), nor validated again (storage/index_memo.py)."""

        def summarized(items: dict[str, Any]) -> tuple[tuple[Summary, ...], bool]:
            return tuple(self.summary_of(value) for value in items.values()), True

        return await self.memoized_shards(tenant_id, self._memo, summarized)

    async def memoized_shards(
        self,
        tenant_id: str,
        memo: IndexMemo[Entry],
        make: Callable[[dict[str, Any]], tuple[tuple[Entry, ...], bool]],
    ) -> list[Shard[Entry]]:
        """What `make` makes of each shard's items (and whether it may be kept), each shard
        made again only when it changed since `memo` kept it. A shard not held is read a
        shard a read and made, the event loop given back between two (as the reminder scan
        reads them), so a big partner's whole index is never parsed in one go."""
        await self._shard_legacy_index(tenant_id)
        keys = self.index_keys(tenant_id)[:-1]
        # Held before the read: the memo may let a shard go while the read awaits.
        held = memo.known(keys)
        found = (
            await read_unless_known(
                self._store, list(held), {key: shard.e_tag for key, shard in held.items()}
            )
            if held
            else {}
        )
        shards: list[Shard[Entry]] = []
        for key in keys:
            if key not in held:
                found.update(await self._store.read([key]))
            document = found.get(key)
            if document is None:
                memo.forget(key)
                continue
            e_tag = document.get("e_tag")
            shard = held.get(key)
            if shard is None or shard.e_tag != e_tag:
                entries, keep = make(document.get("items", {}))
                shard = Shard(e_tag or "", entries)
                if e_tag and keep:
                    memo.keep(key, shard)
                # A store's read of what it holds may not give the loop back: made a shard
                # at a time, it is given back here.
                await asyncio.sleep(0)
            shards.append(shard)
        return shards

    async def save(self, item: Model, extra: dict[str, Any] | None = None) -> Model:
        """Save `item` if nobody saved it since it was read; returns the saved version.

        `extra` documents (same tenant: an outbox entry, a processed event) are written
        in the same `write` call, so with a store that writes a tenant atomically
        they land together or not at all.

        Another process saving another document of the tenant changes the index only:
        that conflict is retried here (the document itself is unchanged), not reported.
        """
        key = self._key(item.tenant_id, item.id)
        index_key = self.index_key_of(item.tenant_id, item.id)
        await self._shard_legacy_index(item.tenant_id)

        def save(found: dict[str, Any]) -> Outcome[Model]:
            current = found.get(key)
            if current is not None and int(current.get("version", 0)) != item.version:
                raise ChangedError(self.model.model_validate(_without_etag(current)))
            index = found.get(index_key) or {}
            index.setdefault("items", {})
            self.before_save(index, item)
            # A new, independent model (pydantic's deep copy walks it in Python, three
            # times slower than a dump and a validation).
            saved = self.model.model_validate(
                {**item.model_dump(), "version": item.version + 1, "updated_at": utc_now()}
            )
            index["items"][item.id] = self.entry_of(self.summarize(saved))
            document = saved.model_dump(mode="json")
            return Outcome({key: document, index_key: index, **(extra or {})}, saved)

        async with self._lock(item.tenant_id):
            try:
                return await change(
                    self._store,
                    [key, index_key],
                    save,
                    what=f"the index of {self.kind} of tenant {item.tenant_id}",
                    attempts=MAX_INDEX_ATTEMPTS,
                    # Only the index moved on: read it again and redo. Anything else
                    # (the document, an outbox in `extra`) is someone else's change.
                    retry_if=lambda conflict: conflict.key == index_key,
                )
            except (ConflictError, StillConflictingError) as error:
                latest = await self.get(item.tenant_id, item.id)
                raise ChangedError(latest or item) from error

    async def delete(self, tenant_id: str, item_id: str) -> bool:
        index_key = self.index_key_of(tenant_id, item_id)
        await self._shard_legacy_index(tenant_id)

        def unlist(found: dict[str, Any]) -> Outcome[bool]:
            index = found.get(index_key) or {}
            index.setdefault("items", {})
            existed = index["items"].pop(item_id, None) is not None
            self.after_delete(index, item_id)
            return Outcome({index_key: index}, existed)

        async with self._lock(tenant_id):
            existed = await change(
                self._store, [index_key], unlist, what=f"the index of {self.kind} of {tenant_id}"
            )
            await self._store.delete([self._key(tenant_id, item_id)])
            return existed

    def after_delete(self, index: dict[str, Any], item_id: str) -> None:
        """A hook to drop what the index kept for a deleted document."""

    async def _read_index(self, tenant_id: str) -> dict[str, Any]:
        """The whole index (sharded: its shards' items together), as one document."""
        if self.index_shards == 1:
            index_key = self._index_key(tenant_id)
            index = (await self._store.read([index_key])).get(index_key) or {}
            index.setdefault("items", {})
            return index
        await self._shard_legacy_index(tenant_id)
        found = await self._store.read(self.index_keys(tenant_id)[:-1])
        items: dict[str, Any] = {}
        for shard in found.values():
            items.update(shard.get("items", {}))
        return {"items": items}

    async def _shard_legacy_index(self, tenant_id: str) -> None:
        """Split an index stored whole (before the shards) into its shards, once.

        One write: every shard, and the whole index emptied (a tenant's documents are
        one atomic write in each store), so a crash leaves one layout or the other,
        never items in both. Known done in this process after the first look.
        """
        if self.index_shards == 1 or tenant_id in self._sharded:
            return
        keys = self.index_keys(tenant_id)
        whole_key = keys[-1]
        whole = (await self._store.read([whole_key])).get(whole_key)
        if whole and whole.get("items"):

            def split(found: dict[str, Any]) -> Outcome[None]:
                legacy = found.get(whole_key) or {}
                items = legacy.get("items") or {}
                if not items:
                    return Outcome()  # another process split it meanwhile
                if not isinstance(items, dict):
                    raise ValueError(f"{whole_key} does not list items")
                shards = {key: found.get(key) or {} for key in keys[:-1]}
                for shard in shards.values():
                    shard.setdefault("items", {})
                for item_id, summary in items.items():
                    shards[self.index_key_of(tenant_id, item_id)]["items"][item_id] = summary
                return Outcome({**shards, whole_key: {**legacy, "items": {}}})

            await change(self._store, keys, split, what=f"the index of {self.kind} of {tenant_id}")
            log.info("the index of %s of tenant %s split into shards", self.kind, tenant_id)
        self._sharded.add(tenant_id)


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


def _uniqueness_text(key: tuple[str, ...]) -> str:
    # Without the tenant: the index already belongs to one tenant.
    return "|".join(key[1:])


class PlanRepository(VersionedDocuments[Plan, PlanSummary]):
    """Plans of every tenant, with ids, the one-plan-per-key rule and a per-tenant index."""

    kind = "plans"
    model = Plan
    summary = PlanSummary
    format_id = staticmethod(format_plan_id)

    async def create_plan(
        self, *, tenant_id: str, owner_id: str, owner_name: str | None, today: date
    ) -> Plan:
        return await self.create(
            tenant_id=tenant_id, owner_id=owner_id, owner_name=owner_name, today=today
        )

    async def get_plan(self, tenant_id: str, plan_id: str) -> Plan | None:
        return await self.get(tenant_id, plan_id)

    async def save_plan(self, plan: Plan) -> Plan:
        """Raises ChangedError on a lost update, DuplicatePlanError on a taken key."""
        return await self.save(plan)

    async def delete_plan(self, tenant_id: str, plan_id: str) -> bool:
        return await self.delete(tenant_id, plan_id)

    async def list_plans(self, tenant_id: str, owner_id: str | None = None) -> list[PlanSummary]:
        summaries = await self.summaries(tenant_id)
        return [s for s in summaries if owner_id is None or s.owner_id == owner_id]

    async def last_value(
        self, tenant_id: str, name: str, except_id: str, plans_read: int = 3
    ) -> Any:
        """`name`'s value in the tenant's latest plan but `except_id` that holds one (those
        sent first, as "copy my last plan" takes them; at most `plans_read` read), or None."""
        others = [s for s in await self.list_plans(tenant_id) if s.id != except_id]
        sent = [s for s in others if s.status is not PlanStatus.EDITING]
        drafts = [s for s in others if s.status is PlanStatus.EDITING]
        for summary in (sent + drafts)[:plans_read]:
            plan = await self.get_plan(tenant_id, summary.id)
            value = getattr(plan, name, None) if plan is not None else None
            if value:
                return value
        return None

    def summarize(self, item: Plan) -> PlanSummary:
        return PlanSummary(
            id=item.id,
            owner_id=item.owner_id,
            status=item.status,
            program=item.program,
            period=item.period,
            currency=item.currency,
            planned_total=str(item.planned_total),
            updated_at=item.updated_at.isoformat(),
        )

    def before_save(self, index: dict[str, Any], item: Plan) -> None:
        keys: dict[str, str] = index.setdefault("keys", {})
        wanted = item.uniqueness_key
        wanted_text = _uniqueness_text(wanted) if wanted else None
        if wanted_text is not None:
            holder = keys.get(wanted_text)
            if holder not in (None, item.id) and holder in index["items"]:
                raise DuplicatePlanError(holder)
        # A plan whose key changed (an edited program, say) frees its old key.
        for text in [t for t, holder in keys.items() if holder == item.id and t != wanted_text]:
            del keys[text]
        if wanted_text is not None:
            keys[wanted_text] = item.id

    def after_delete(self, index: dict[str, Any], item_id: str) -> None:
        index["keys"] = {k: v for k, v in index.get("keys", {}).items() if v != item_id}


class DirectoryEntry(BaseModel):
    role: Role
    name: str | None = None


# Who last set a person's entry: the seed file, or the back-office API. The API wins
# for good: the file never changes (or restores) an entry the API has touched.
SOURCE_FILE = "file"
SOURCE_API = "api"


class RoleDirectory:
    """Who holds which role in each tenant, and the tenant's partner ids (MPN IDs).

    Seeded from a JSON file (`ROLES_FILE`):
    `{"tenants": {"<tenant id>": {"mpn_ids": ["1234567"],
                                  "users": {"<aad object id>": {"role": "incentives_admin",
                                                                "name": "Ada"}}}}}`

    The file and the back-office roles API share the directory this way: the file adds
    people the directory has never seen, and keeps managing the people it added; once
    the API sets or removes someone, that person is the API's, and the file no longer
    changes or restores them (a removal is remembered, so a removed admin stays removed
    when the bot starts again with the same file). Entries stored before sources were
    recorded count as the API's: a start never changes them.
    """

    def __init__(self, store: KeyValueStore) -> None:
        self._store = store

    @staticmethod
    def _key(tenant_id: str) -> str:
        return f"{tenant_prefix(tenant_id)}/directory"

    async def _read(self, tenant_id: str) -> dict[str, Any]:
        key = self._key(tenant_id)
        return _directory((await self._store.read([key])).get(key))

    async def role_of(self, tenant_id: str, user_id: str | None) -> Role:
        entry = (await self._read(tenant_id))["users"].get(user_id or "")
        return DirectoryEntry.model_validate(entry).role if entry else Role.UNKNOWN

    async def mpn_ids(self, tenant_id: str) -> list[str]:
        return list((await self._read(tenant_id))["mpn_ids"])

    async def people_with(self, tenant_id: str, roles: Iterable[Role]) -> list[str]:
        """Names of the people holding one of `roles`, for "ask X to submit"."""
        wanted = set(roles)
        users = (await self._read(tenant_id))["users"]
        entries = [DirectoryEntry.model_validate(value) for value in users.values()]
        return sorted(entry.name or "?" for entry in entries if entry.role in wanted)

    async def user_ids_with(self, tenant_id: str, roles: Iterable[Role]) -> list[str]:
        """Ids of the people holding one of `roles` (notices go to a tenant's admins too)."""
        wanted = set(roles)
        users = (await self._read(tenant_id))["users"]
        return sorted(
            user_id
            for user_id, value in users.items()
            if DirectoryEntry.model_validate(value).role in wanted
        )

    async def replace_entry(
        self, tenant_id: str, user_id: str, entry: DirectoryEntry | None
    ) -> DirectoryEntry | None:
        """Set (or with None remove) one person's entry, as the API; returns what it replaced.

        Read and written over the e-tag it was read at, so a concurrent change (the
        seed, another call) is retried on fresh data rather than overwritten. The person
        becomes the API's: the seed file no longer changes or restores them.
        """
        key = self._key(tenant_id)

        def replace(found: dict[str, Any]) -> Outcome[dict[str, Any] | None]:
            document = _directory(found.get(key))
            previous = document["users"].pop(user_id, None)
            removed = [known for known in document["removed"] if known != user_id]
            if entry is None and previous is None:
                return Outcome()
            if entry is not None:
                document["users"][user_id] = {**entry.model_dump(mode="json"), "source": SOURCE_API}
            else:
                removed.append(user_id)
            document["removed"] = removed
            return Outcome({key: document}, previous)

        previous = await change(
            self._store, [key], replace, what=f"the role directory of tenant {tenant_id}"
        )
        return None if previous is None else DirectoryEntry.model_validate(previous)

    async def seed(self, path: Path) -> int:
        """Merge the seed file into storage: new people, and the people the file added."""
        data = json.loads(path.read_text(encoding="utf-8"))
        tenants = data.get("tenants", {})
        for tenant_id, tenant in tenants.items():
            wanted = {
                user_id: DirectoryEntry.model_validate(entry).model_dump(mode="json")
                for user_id, entry in tenant.get("users", {}).items()
            }
            key = self._key(tenant_id)
            known_mpn_ids = tenant.get("mpn_ids", [])

            def merge(
                found: dict[str, Any],
                key: str = key,
                wanted: dict[str, Any] = wanted,
                known_mpn_ids: list[str] = known_mpn_ids,
            ) -> Outcome[None]:
                document = _directory(found.get(key))
                users, removed = document["users"], set(document["removed"])
                for user_id, entry in wanted.items():
                    current = users.get(user_id)
                    if user_id in removed:
                        continue  # removed through the API: stays removed
                    if current is None or current.get("source") == SOURCE_FILE:
                        users[user_id] = {**entry, "source": SOURCE_FILE}
                document["mpn_ids"] = sorted(set(document["mpn_ids"]) | set(known_mpn_ids))
                return Outcome({key: document})

            await change(
                self._store, [key], merge, what=f"the role directory of tenant {tenant_id}"
            )
        log.info("role directory seeded: %d tenants from %s", len(tenants), path.name)
        return len(tenants)


def _directory(document: dict[str, Any] | None) -> dict[str, Any]:
    """A tenant's directory document as read (None: none yet), with every field present."""
    document = document if document is not None else {}
    document.setdefault("users", {})
    document.setdefault("mpn_ids", [])
    document.setdefault("removed", [])
    return document


class UserProfiles:
    """Small per-user facts the bot needs between conversations (locale, last draft)."""

    def __init__(self, store: KeyValueStore) -> None:
        self._store = store

    @staticmethod
    def _key(tenant_id: str, user_id: str) -> str:
        return f"{tenant_prefix(tenant_id)}/users/{quote(user_id, safe='')}"

    async def get(self, tenant_id: str, user_id: str) -> dict[str, Any]:
        key = self._key(tenant_id, user_id)
        document = (await self._store.read([key])).get(key) or {}
        return _without_etag(document)

    async def update(self, tenant_id: str, user_id: str, **values: Any) -> None:
        current = await self.get(tenant_id, user_id)
        if all(current.get(name) == value for name, value in values.items()):
            return  # nothing new: spare the write
        current.update(values)
        await self._store.write({self._key(tenant_id, user_id): current})
