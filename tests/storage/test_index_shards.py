"""A partner's claim index in shards: no document grows with the whole history.

Issue 14 measured the reminder scan holding the event loop 10-20 ms each time it parsed
the claim index of a partner with 5,000 claims (one document of 1.25 MB, parsed when its
file was opened and again to list its ids). Here, on TinyDB files on disk: the index of a
partner with hundreds of claims is spread over shards none of which holds much of it, and
an index stored whole by an older version is split the first time it is used, losing,
duplicating and bringing back nothing.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from domain.claim import Claim
from storage.claims import ClaimRepository
from storage.repository import tenant_prefix
from storage.tinydb_storage import TinyDBStorage

TENANT = "big-partner"
WHOLE_INDEX = f"{tenant_prefix(TENANT)}/claim-index"


def _claim(number: int) -> Claim:
    return Claim(
        id=f"CLM-2026-{number:06d}",
        tenant_id=TENANT,
        owner_id="u1",
        name=f"Radio spots {number}",
    )


async def _stored_sizes(storage: TinyDBStorage, claims: ClaimRepository) -> dict[str, int]:
    found = await storage.read(claims.index_keys(TENANT))
    return {key: len(json.dumps(value)) for key, value in found.items()}


async def test_no_index_document_holds_much_of_a_big_partners_history(tmp_path: Path):
    storage = TinyDBStorage(tmp_path / "data")
    try:
        claims = ClaimRepository(storage)
        for number in range(1, 321):
            await claims.save(_claim(number))
        sizes = await _stored_sizes(storage, claims)
        ids = await claims.item_ids(TENANT)
    finally:
        storage.close()
    total = sum(sizes.values())
    assert max(sizes.values()) <= total / 8, f"largest {max(sizes.values()):,} of {total:,}"
    assert sorted(ids) == [_claim(number).id for number in range(1, 321)]


async def test_an_index_stored_whole_is_split_once_and_nothing_is_lost(tmp_path: Path):
    data = tmp_path / "data"
    storage = TinyDBStorage(data)
    try:
        # As the version before the shards stored it: claims and one whole index.
        claims = ClaimRepository(storage)
        whole: dict[str, object] = {}
        for number in range(1, 41):
            claim = _claim(number)
            await storage.write({claims._key(TENANT, claim.id): claim.model_dump(mode="json")})
            whole[claim.id] = claims.summarize(claim).to_entry()
        await storage.write({WHOLE_INDEX: {"items": whole}})
    finally:
        storage.close()

    storage = TinyDBStorage(data)  # the new version starts on that folder
    try:
        claims = ClaimRepository(storage)
        listed = sorted(s.id for s in await claims.summaries(TENANT))
        assert listed == sorted(whole)
        stored = await storage.read([WHOLE_INDEX])
        assert stored[WHOLE_INDEX]["items"] == {}  # split: the shards hold them now

        first = await claims.get(TENANT, "CLM-2026-000001")
        assert first is not None
        first.name = "Renamed"
        await claims.save(first)
        assert await claims.delete(TENANT, "CLM-2026-000002")
        await claims.save(_claim(41))
    finally:
        storage.close()

    storage = TinyDBStorage(data)  # and again, as after a restart
    try:
        claims = ClaimRepository(storage)
        summaries = {s.id: s for s in await claims.summaries(TENANT)}
        ids = await claims.item_ids(TENANT)
    finally:
        storage.close()
    expected = sorted({*whole, "CLM-2026-000041"} - {"CLM-2026-000002"})
    assert sorted(summaries) == expected
    assert sorted(ids) == expected and len(ids) == len(set(ids))
    assert summaries["CLM-2026-000001"].name == "Renamed"


async def test_two_writers_meeting_a_whole_index_split_it_once(tmp_path: Path):
    """Two repositories on one store (as two instances would be) save while splitting."""
    storage = TinyDBStorage(tmp_path / "data")
    try:
        writer = ClaimRepository(storage)
        whole = {}
        for number in range(1, 21):
            claim = _claim(number)
            await storage.write({writer._key(TENANT, claim.id): claim.model_dump(mode="json")})
            whole[claim.id] = writer.summarize(claim).to_entry()
        await storage.write({WHOLE_INDEX: {"items": whole}})

        one, other = ClaimRepository(storage), ClaimRepository(storage)
        await asyncio.gather(one.save(_claim(21)), other.save(_claim(22)), one.item_ids(TENANT))
        ids = await ClaimRepository(storage).item_ids(TENANT)
    finally:
        storage.close()
    assert sorted(ids) == [_claim(number).id for number in range(1, 23)]
