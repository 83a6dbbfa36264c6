"""The memo of index shards (storage/index_memo.py): bounded, least recently used let go
first, and TinyDB leaving a shard known at its e_tag unparsed."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bench.seed import Group, seed
from bench.teams import tenant_id
from domain.claim import Claim
from storage import tinydb_storage
from storage.claims import ClaimRepository
from storage.index_memo import IndexMemo, Shard
from storage.tinydb_storage import TinyDBStorage


def _shard(entries: int, e_tag: str = "t") -> Shard[int]:
    return Shard(e_tag, tuple(range(entries)))


def test_the_memo_holds_at_most_its_budget_letting_the_least_recently_used_go():
    memo: IndexMemo[int] = IndexMemo(budget=10)
    memo.keep("a", _shard(4))
    memo.keep("b", _shard(4))
    assert set(memo.known(["a"])) == {"a"}  # "a" used: "b" is now the oldest
    memo.keep("c", _shard(4))
    assert set(memo.known(["a", "b", "c"])) == {"a", "c"}
    assert memo.weight == 8


def test_a_shard_kept_again_replaces_its_older_version_and_an_empty_one_weighs_one():
    memo: IndexMemo[int] = IndexMemo(budget=10)
    memo.keep("a", _shard(6, "v1"))
    memo.keep("a", _shard(2, "v2"))
    memo.keep("b", _shard(0))
    assert memo.known(["a"])["a"].e_tag == "v2"
    assert memo.weight == 3
    memo.forget("a")
    memo.forget("unknown")
    assert memo.weight == 1


def test_a_shard_bigger_than_the_whole_budget_is_not_kept():
    memo: IndexMemo[int] = IndexMemo(budget=10)
    memo.keep("a", _shard(3))
    memo.keep("huge", _shard(11))
    assert set(memo.known(["a", "huge"])) == {"a"}


async def test_tinydb_leaves_a_document_known_at_its_e_tag_unparsed(tmp_path: Path):
    storage = TinyDBStorage(tmp_path / "data")
    try:
        key = "tenants/t1/claim-index/0"
        await storage.write({key: {"items": {"CLM-1": {"n": 1}}}})
        e_tag = (await storage.read([key]))[key]["e_tag"]
        assert await storage.read_unless_known([key], {key: e_tag}) == {key: {"e_tag": e_tag}}
        await storage.write({key: {"items": {"CLM-1": {"n": 2}}}})
        again = await storage.read_unless_known([key], {key: e_tag})
        assert again[key]["items"] == {"CLM-1": {"n": 2}}  # changed since: read whole
    finally:
        storage.close()


async def test_a_check_of_a_big_index_gives_the_loop_back_between_shards(tmp_path: Path):
    """The check's records of a partner whose index is held in memory were made for all 16
    shards without giving the loop back once (48 ms held at 5,000 claims): a read of what
    the store holds need not yield. Counted in turns of the loop, never timed."""
    storage = TinyDBStorage(tmp_path / "data")
    try:
        claims = ClaimRepository(storage)
        for number in range(1, 65):
            await claims.save(Claim(id=f"CLM-2026-{number:06d}", tenant_id="t1", owner_id="u1"))
        await claims.item_ids("t1")  # the partner's files in memory
        ticks = 0
        running = True

        async def ticker() -> None:
            nonlocal ticks
            while running:
                ticks += 1
                await asyncio.sleep(0)

        task = asyncio.create_task(ticker())
        await asyncio.sleep(0)
        before = ticks
        records = await claims.check_records("t1")
        during = ticks - before
        running = False
        await task
    finally:
        storage.close()
    assert len(records) == 64
    shards = len(claims.index_keys("t1")) - 1
    assert during >= shards, f"the loop turned {during} times over {shards} shards"


async def test_the_lists_of_four_partners_of_thousands_of_claims_stay_held_together(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """At the claiming deadline several big partners claim at once. The lists' memo held one
    partner of 5,000 claims (a summary weighed 2 KB): with four claiming, each one's "new
    claim", "continue my claim" and "my claims" parsed its whole index again, every turn,
    the others having let it go. Counted in shards parsed, never timed."""
    partners = [tenant_id(number) for number in range(4)]
    await seed(tmp_path, [Group(first=0, tenants=4, claims=2_000)], "http://127.0.0.1:9/")
    storage = TinyDBStorage(tmp_path)
    parsed: list[str] = []
    restore = tinydb_storage._restore_fresh

    def counted(document):
        value = restore(document)
        if isinstance(value, dict) and isinstance(value.get("items"), dict):
            parsed.append(next(iter(value["items"]), ""))
        return value

    try:
        claims = ClaimRepository(storage)
        for partner in partners:  # each partner's first list reads their index whole
            assert len(await claims.summaries(partner)) == 2_000
        monkeypatch.setattr(tinydb_storage, "_restore_fresh", counted)
        for _ in range(2):
            for partner in partners:
                assert len(await claims.summaries(partner)) == 2_000
    finally:
        storage.close()
    assert parsed == [], f"{len(parsed)} index shards parsed again"
