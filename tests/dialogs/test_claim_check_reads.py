"""What a claim's check reads of the partner's other claims: their index, not each claim.

Seen with a partner of 5,000 claims (bench.seed): every turn that checks a claim (the
amount said back with what a reviewer would reject, the check card, "save" at it, "continue
my claim") parsed all 5,000 claims (400-460 ms a turn on this machine, the event loop held
meanwhile), and "my funds" did too (300 ms). What the check needs of another claim (its
plan, activity, type, day, amount, status and what identifies its invoices) is kept in the
claims' index; a claim whose index entry predates that is read whole, as before. Counted,
never timed.
"""

from __future__ import annotations

from tests.dialogs.claim_support import (
    EN,
    FileServer,
    claim_at_check,
    other_claims,
)
from tests.support import Chat, CountingReads, shown

OTHERS = 12


async def test_the_check_reads_no_other_claim_whole(chat: Chat, files: FileServer, storage) -> None:
    claim_id = await claim_at_check(chat, files, EN)
    await other_claims(chat, claim_id, OTHERS)
    # Claim documents read whole, other than the draft's own.
    reads = CountingReads(storage, lambda key: "/claims/CLM-" in key and claim_id not in key)
    replies = await chat.say("change amount to 9000")
    assert "EUR 9,000.00" in shown(replies)
    replies = await chat.say("save")
    replies = await chat.say("continue my claim")
    assert claim_id in shown(replies)
    await chat.say("my funds")
    assert reads.count == 0


async def test_what_the_check_finds_in_other_claims_is_found_from_their_index(
    chat: Chat, files: FileServer
) -> None:
    """The same day and amount on the same activity is still a duplicate, and the amounts
    of the others still count against what the activity planned."""
    claim_id = await claim_at_check(chat, files, EN)
    made = await other_claims(chat, claim_id, OTHERS)
    replies = await chat.say("change amount to 105")
    card = shown(replies)
    assert f"{made[5]} already claims this activity, date and amount" in card
    replies = await chat.say("change amount to 12,000")
    assert "above what remains planned" in shown(replies)
