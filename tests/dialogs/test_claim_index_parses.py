"""What a claim turn parses of the partner's claims' index: what changed since it last did.

Seen with a partner of 5,000 claims (bench.seed, the test chat on TinyDB files): each turn
that checks a claim (the amount said back with what a reviewer would reject, the check
card, "continue my claim"), "new claim" and "my funds" parsed the whole claims' index, 16
shards of 2.1 MB together, and validated its 5,000 entries, once or twice a turn: 50-160 ms
a turn, the event loop held meanwhile (every other partner's turn waited), where a partner
of 10 claims took 2-21 ms. An index shard unchanged since it was last read (same e_tag) is
now neither parsed nor validated again. Counted, never timed.
"""

from __future__ import annotations

import pytest

from domain.lifecycle import ClaimStatus
from storage import tinydb_storage
from tests.dialogs.claim_support import EN, FileServer, claim_at_check, get_claim, other_claims
from tests.support import Chat, shown

OTHERS = 40


class _IndexParses:
    """The claim ids of each claims' index shard the TinyDB store parses."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shards: list[set[str]] = []
        restore = tinydb_storage._restore_fresh

        def counted(document):
            value = restore(document)
            items = value.get("items") if isinstance(value, dict) else None
            if isinstance(items, dict) and any(key.startswith("CLM-") for key in items):
                self.shards.append(set(items))
            return value

        monkeypatch.setattr(tinydb_storage, "_restore_fresh", counted)

    def entries(self) -> int:
        return sum(len(shard) for shard in self.shards)


async def test_a_check_parses_only_the_index_shards_that_changed(
    chat: Chat, files: FileServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    claim_id = await claim_at_check(chat, files, EN)
    await other_claims(chat, claim_id, OTHERS)
    # The index as it stands, read once for the check and once for the lists.
    await chat.say("change amount to 9000")
    await chat.say("my claims")
    parses = _IndexParses(monkeypatch)
    replies = await chat.say("change amount to 9100")
    assert "EUR 9,100.00" in shown(replies)
    await chat.say("save")
    replies = await chat.say("continue my claim")
    assert claim_id in shown(replies)
    await chat.say("my funds")
    # The draft was saved: its own shard changed and is read again; no other shard is.
    assert parses.shards, "the draft's own shard, changed, is parsed again"
    assert all(claim_id in shard for shard in parses.shards), parses.shards
    assert parses.entries() < OTHERS


async def test_a_claim_saved_since_the_last_check_is_found_by_the_next(
    chat: Chat, files: FileServer
) -> None:
    """Another turn (or instance) saves a claim of the same activity after a check: the
    next check finds it, and a claim the back office rejected meanwhile stops counting."""
    claim_id = await claim_at_check(chat, files, EN)
    await other_claims(chat, claim_id, OTHERS)
    replies = await chat.say("change amount to 9000")
    assert "already claims this activity" not in shown(replies)
    (later,) = await other_claims(chat, claim_id, 1, first_amount=9000)  # same day
    replies = await chat.say("change amount to 9000")
    assert f"{later} already claims this activity, date and amount" in shown(replies)
    claims = chat.services.claims
    rejected = await get_claim(chat, later)
    rejected.status = ClaimStatus.REJECTED
    await claims.save(rejected)
    replies = await chat.say("change amount to 9000")
    assert "already claims this activity" not in shown(replies)


async def test_my_claims_shows_a_status_changed_since_it_was_last_listed(
    chat: Chat, files: FileServer
) -> None:
    claim_id = await claim_at_check(chat, files, EN)
    made = await other_claims(chat, claim_id, 3)
    await chat.say("save")
    replies = await chat.say("my claims")
    assert made[0] in shown(replies)
    claims = chat.services.claims
    other = await get_claim(chat, made[0])
    other.status = ClaimStatus.APPROVED
    await claims.save(other)
    replies = await chat.say("my claims")
    listed = next(line for line in shown(replies).splitlines() if made[0] in line)
    assert "pproved" in listed, listed
