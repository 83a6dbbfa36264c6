"""The tenant registry the reminder scheduler walks: sharded, once per tenant, and a store
written with the older one-document list still counts its tenants."""

from __future__ import annotations

import json
from pathlib import Path

from storage.repository import (
    LEGACY_REGISTRY_KEY,
    register_tenant,
    registered_tenants,
    registry_shard_key,
)
from storage.tinydb_storage import TinyDBStorage, partition_of


async def test_each_tenant_is_registered_once_in_its_own_small_shard(tmp_path: Path):
    store = TinyDBStorage(tmp_path)
    tenants = [f"tenant-{number:04d}" for number in range(600)]
    for tenant in tenants + tenants[:50]:  # again: no duplicates
        await register_tenant(store, tenant)

    assert sorted(await registered_tenants(store)) == sorted(tenants)
    shard = registry_shard_key("tenant-0001")
    stored = (await store.read([shard]))[shard]["tenants"]
    assert "tenant-0001" in stored and len(stored) < 15  # ~600/256, not all 600
    # Registering a tenant rewrites its shard's file only, a few hundred bytes.
    assert store.checkpoint()
    assert (tmp_path / partition_of(shard)).stat().st_size < 2_000


async def test_tenants_of_an_older_single_list_are_still_walked_and_not_added_twice(
    tmp_path: Path,
):
    store = TinyDBStorage(tmp_path)
    await store.write({LEGACY_REGISTRY_KEY: {"tenants": ["old-1", "old-2"]}})
    await register_tenant(store, "old-1")  # already there: nothing written
    await register_tenant(store, "new-1")

    assert await registered_tenants(store) == ["new-1", "old-1", "old-2"]
    shard = registry_shard_key("old-1")
    assert shard not in await store.read([shard]) or "old-1" not in json.dumps(
        await store.read([shard])
    )
