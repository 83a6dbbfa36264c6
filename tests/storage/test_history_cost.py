"""A partner's answer costs the same whatever their history: what one save puts on disk.

Measured at the disk boundary, in bytes handed to the kernel (`wchar` of /proc/self/io,
every thread of this process), not in seconds: a partner with 1,000 claims and one with
10 each save one answer to a draft plan, and the bytes written for it are compared.
Before the write-ahead journal each answer rewrote the partner's whole tenant file
(19 KB with 10 claims, 1.7 MB with 1,000, measured from outside for issue 14).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from storage.repository import PlanRepository
from storage.tinydb_storage import TinyDBStorage

pytestmark = [
    pytest.mark.asyncio,
    pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="needs Linux /proc/self/io"),
]

TODAY = date(2026, 11, 27)
CLAIM_PADDING = "x" * 1_600  # about what a stored claim weighs


def _written() -> int:
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("wchar:"):
            return int(line.split()[1])
    raise AssertionError("no wchar in /proc/self/io")


async def _history(storage: TinyDBStorage, tenant: str, claims: int) -> None:
    batch = {}
    for number in range(claims):
        batch[f"tenants/{tenant}/claims/CLM-2026-{number:06d}"] = {"padding": CLAIM_PADDING}
        if len(batch) == 200:
            await storage.write(batch)
            batch = {}
    if batch:
        await storage.write(batch)


async def _bytes_for_one_answer(storage: TinyDBStorage, tenant: str) -> int:
    plans = PlanRepository(storage)
    plan = await plans.create_plan(tenant_id=tenant, owner_id="u1", owner_name="P", today=TODAY)
    plan.program = "Co-op"
    before = _written()
    await plans.save_plan(plan)
    return _written() - before


async def test_an_answer_writes_no_more_for_a_partner_with_a_long_history(tmp_path: Path):
    storage = TinyDBStorage(tmp_path / "data")
    try:
        await _history(storage, "big-partner", 1_000)
        await _history(storage, "small-partner", 10)
        big = await _bytes_for_one_answer(storage, "big-partner")
        small = await _bytes_for_one_answer(storage, "small-partner")
    finally:
        storage.close()
    # The same answer, the same bytes, give or take the ids' lengths.
    assert big <= small * 1.5, f"{big:,} bytes for 1,000 claims vs {small:,} for 10"


def _read() -> int:
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar in /proc/self/io")


async def _bytes_read_for_a_plan_answer(data: Path, tenant: str) -> int:
    """A partner back after a while (nothing of theirs in memory): their plan read and
    one answer saved, as a plan turn does."""
    storage = TinyDBStorage(data)
    try:
        plans = PlanRepository(storage)
        [summary] = await plans.list_plans(tenant)
        before = _read()
        plan = await plans.get_plan(tenant, summary.id)
        plan.program = "Co-op"
        await plans.save_plan(plan)
        return _read() - before
    finally:
        storage.close()


async def test_a_plan_answer_reads_no_more_for_a_partner_with_a_long_history(tmp_path: Path):
    data = tmp_path / "data"
    storage = TinyDBStorage(data)
    try:
        for tenant, claims in (("big-partner", 1_000), ("small-partner", 10)):
            await _history(storage, tenant, claims)
            plans = PlanRepository(storage)
            await plans.create_plan(tenant_id=tenant, owner_id="u1", owner_name="P", today=TODAY)
    finally:
        storage.close()
    big = await _bytes_read_for_a_plan_answer(data, "big-partner")
    small = await _bytes_read_for_a_plan_answer(data, "small-partner")
    # Its claims are in files of their own: the plan's files are as small as anyone's.
    assert big <= small * 1.5 + 4_096, f"{big:,} bytes read for 1,000 claims vs {small:,} for 10"
