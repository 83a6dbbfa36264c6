"""The bench's store (bench/seed.py): groups of tenants, read back through the bot's own
repositories, as the bot under bench reads them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bench.seed import Group, conversation_of, seed
from bench.teams import tenant_id, user_id
from domain.roles import Role
from storage.claims import ClaimRepository
from storage.outbox import Outbox
from storage.repository import (
    PlanRepository,
    RoleDirectory,
    UserProfiles,
    registered_tenants,
)
from storage.tinydb_storage import TinyDBStorage

URL = "http://127.0.0.1:9/"


async def test_groups_of_small_and_big_tenants_with_people_and_notices(tmp_path: Path):
    groups = [
        Group(first=0, tenants=3, claims=4, notices=2),
        Group(first=10, tenants=1, claims=7, people=3, notices=5),
    ]
    counts = await seed(tmp_path, groups, URL)
    assert counts == {"tenants": 4, "plans": 4, "claims": 19, "notices": 11}

    storage = TinyDBStorage(tmp_path)
    try:
        assert sorted(await registered_tenants(storage)) == sorted(
            tenant_id(number) for number in (0, 1, 2, 10)
        )
        claims, plans = ClaimRepository(storage), PlanRepository(storage)
        assert len(await claims.summaries(tenant_id(1))) == 4
        assert len(await claims.summaries(tenant_id(10))) == 7
        assert len(await plans.summaries(tenant_id(10))) == 1
        big = tenant_id(10)
        # Claim ids run on across groups, as the bot's counter would have made them.
        numbers = sorted(summary.id for summary in await claims.summaries(big))
        assert numbers[0] == "CLM-2026-000013" and numbers[-1] == "CLM-2026-000019"
        admins = await RoleDirectory(storage).user_ids_with(big, [Role.INCENTIVES_ADMIN])
        assert sorted(admins) == [user_id(10, person) for person in range(3)]
        for person in range(3):
            profile = await UserProfiles(storage).get(big, user_id(10, person))
            assert profile["reference"]["conversation"]["id"] == conversation_of(10, person)
            assert profile["reference"]["conversation"]["tenantId"] == big
            assert profile["reference"]["serviceUrl"] == URL
        pending = await Outbox(storage).pending(datetime.now(UTC), limit=100)
        by_tenant: dict[str, int] = {}
        for entry in pending:
            by_tenant[entry.tenant_id] = by_tenant.get(entry.tenant_id, 0) + 1
        assert by_tenant == {tenant_id(0): 2, tenant_id(1): 2, tenant_id(2): 2, big: 5}
    finally:
        storage.close()


async def test_many_claims_go_to_disk_in_several_writes(tmp_path: Path):
    """A batch holds at most CLAIMS_PER_WRITE claims, however the tenants are sized."""
    written: list[int] = []

    class Counting(TinyDBStorage):
        async def write(self, changes):
            written.append(
                sum(1 for key in changes if key.startswith("tenants/") and "/claims/" in key)
            )
            await super().write(changes)

    groups = [Group(first=0, tenants=5, claims=30), Group(first=5, tenants=1, claims=130)]
    await seed(tmp_path, groups, URL, storage_class=Counting, claims_per_write=50)
    assert sum(written) == 280
    assert max(written) <= 130  # one tenant is never split across writes
    assert len(written) >= 4
