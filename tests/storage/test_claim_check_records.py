"""What a claim's check reads of the tenant's other claims (ClaimRepository.check_records).

Kept in the claims' index since this stop: an entry written before (no `invoice_keys`)
gets its claim read whole, so a tenant's older claims are checked as before, and the entry
filled in, once.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.claim_rules import other_claim
from domain.evidence import Evidence, EvidenceKind
from domain.lifecycle import ClaimStatus
from storage.claims import ClaimRepository, ClaimSummary
from tests.support import TENANT, CountingReads

pytestmark = pytest.mark.asyncio


async def _claim(repo: ClaimRepository, sha: str):
    claim = await repo.create_claim(
        tenant_id=TENANT, owner_id="u1", owner_name=None, today=date(2026, 11, 27)
    )
    claim.plan_id, claim.activity_id, claim.activity_type = "PLN-1", "A1", "customer_seminar"
    claim.amount, claim.currency, claim.execution_date = Decimal("10.5"), "EUR", date(2026, 11, 2)
    claim.status = ClaimStatus.SUBMITTED
    claim.evidence.append(
        Evidence(id="E1", kind=EvidenceKind.INVOICE, file_name="i.pdf", sha256=sha, size=10)
    )
    return await repo.save(claim)


async def test_records_come_from_the_index_as_the_claim_itself_gives_them(storage) -> None:
    repo = ClaimRepository(storage)
    claim = await _claim(repo, "a" * 64)
    (record,) = await repo.check_records(TENANT)
    assert record == other_claim(claim)
    assert record.invoice_keys == {("file", "a" * 64)}


async def test_an_older_index_entry_has_its_claim_read_whole(storage) -> None:
    repo = ClaimRepository(storage)
    claim = await _claim(repo, "b" * 64)
    key = repo.index_key_of(TENANT, claim.id)
    (index,) = (await storage.read([key])).values()
    for name in ("activity_type", "execution_date", "invoice_keys"):
        index["items"][claim.id].pop(name)
    await storage.write({key: index})
    (summary,) = await repo.summaries(TENANT)
    assert summary.invoice_keys is None
    (record,) = await repo.check_records(TENANT)
    assert record == other_claim(claim)


async def test_an_older_entry_is_filled_in_once_so_the_next_check_reads_no_claim(storage) -> None:
    """A tenant's claims from before this stop are mostly never saved again: their index
    entries are filled in when first read whole, in one write, so later checks read none."""
    repo = ClaimRepository(storage)
    claim = await _claim(repo, "c" * 64)
    key = repo.index_key_of(TENANT, claim.id)
    (index,) = (await storage.read([key])).values()
    for name in ("activity_type", "execution_date", "invoice_keys"):
        index["items"][claim.id].pop(name)
    await storage.write({key: index})
    await repo.check_records(TENANT)
    (summary,) = await repo.summaries(TENANT)
    assert summary.invoice_keys == ("file\x1f" + "c" * 64,)
    reads = CountingReads(storage, lambda key: "/claims/CLM-" in key)
    (record,) = await repo.check_records(TENANT)
    assert reads.count == 0
    assert record == other_claim(claim)


async def test_an_entry_reads_back_as_written_and_a_damaged_one_is_named(storage) -> None:
    """The claims' index entries are read without pydantic (storage.claims.ClaimSummary: a
    slotted record, a third of a model's memory): what is written reads back the same, an
    older entry without the check's fields reads, and a damaged one raises ValueError
    naming the field, as the model's validation did."""
    repo = ClaimRepository(storage)
    claim = await _claim(repo, "d" * 64)
    key = repo.index_key_of(TENANT, claim.id)
    (index,) = (await storage.read([key])).values()
    entry = index["items"][claim.id]
    summary = ClaimSummary.from_entry(entry)
    assert summary == repo.summarize(claim) and summary.to_entry() == entry
    assert summary.status is ClaimStatus.SUBMITTED and summary.amount == "10.5"
    older = {k: v for k, v in entry.items() if k not in ("activity_type", "invoice_keys")}
    assert ClaimSummary.from_entry(older).invoice_keys is None
    for damage, named in [
        ({"status": "Lost"}, "status"),
        ({"status": ["Paid"]}, "status"),
        ({"amount": 10.5}, "amount"),
        ({"invoice_keys": "file"}, "invoice_keys"),
        ({"id": None}, "id"),
    ]:
        with pytest.raises(ValueError, match=named):
            ClaimSummary.from_entry({**entry, **damage})
    with pytest.raises(ValueError, match="not an object"):
        ClaimSummary.from_entry(["CLM-1"])
