"""A repository takes one writer at a time per tenant, and keeps no lock for a tenant it
is not writing for: with one `asyncio.Lock` kept per tenant ever served, an instance's
memory grew with the partners it had seen (500,000 in the field; 14,000 in `make bench`,
whose memory figure grew with the turns served)."""

from __future__ import annotations

import asyncio
import gc
from pathlib import Path

from domain.claim import Claim
from storage.claims import ClaimRepository
from storage.tinydb_storage import TinyDBStorage


def _claim(tenant: str, number: int) -> Claim:
    return Claim(id=f"CLM-2026-{number:06d}", tenant_id=tenant, owner_id="u1", name="Radio")


def _locks_alive() -> int:
    gc.collect()
    return sum(isinstance(thing, asyncio.Lock) for thing in gc.get_objects())


async def test_no_lock_is_kept_for_the_tenants_a_repository_has_written_for(tmp_path: Path):
    storage = TinyDBStorage(tmp_path / "data")
    try:
        claims = ClaimRepository(storage)
        await claims.save(_claim("tenant-0", 1))  # whatever the store itself keeps
        before = _locks_alive()
        for number in range(2, 202):
            await claims.save(_claim(f"tenant-{number}", number))
        await claims.delete("tenant-5", _claim("tenant-5", 5).id)
        after = _locks_alive()
    finally:
        storage.close()
    assert after - before < 10, f"{after - before} locks kept for 200 tenants"


async def test_writes_for_one_tenant_at_once_all_land_in_its_index(tmp_path: Path):
    storage = TinyDBStorage(tmp_path / "data")
    try:
        claims = ClaimRepository(storage)
        await asyncio.gather(*(claims.save(_claim("tenant", n)) for n in range(1, 41)))
        await asyncio.gather(
            claims.delete("tenant", _claim("tenant", 1).id),
            claims.save(_claim("tenant", 41)),
            claims.delete("tenant", _claim("tenant", 2).id),
        )
        ids = await claims.item_ids("tenant")
    finally:
        storage.close()
    assert sorted(ids) == [_claim("tenant", n).id for n in range(3, 42)]
