"""A notice's button acts once: later clicks open (or name) what the first click made.

Fix and resubmit on a rejected claim makes one copy, whoever clicks again and however
often; Dispute registers one dispute of a decision; New claim on an approved plan's
notice starts one claim while that one is a draft. Clicks are separate activities (new
ids), as when the partner clicks again later or on a second device.
"""

from __future__ import annotations

import asyncio

import pytest

from domain.claim import Claim
from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import approved_plan, seed_funds, texts
from tests.support import ADMIN, TENANT, Chat


async def rejected_claim(chat: Chat, plan_id: str) -> Claim:
    claims = chat.services.claims
    claim = await claims.create_claim(
        tenant_id=TENANT, owner_id=ADMIN, owner_name="Ada Admin", today=chat.today
    )
    claim.plan_id, claim.name, claim.currency = plan_id, "Radio November", "EUR"
    for move in (ClaimStatus.SUBMITTED, ClaimStatus.UNDER_REVIEW, ClaimStatus.REJECTED):
        claim.move_to(move, actor="reviewer@microsoft.com", reasons=["No invoice"])
    return await claims.save(claim)


async def claims_of(chat: Chat) -> list[Claim]:
    return await chat.services.claims.all_claims(TENANT)


@pytest.fixture
async def plan(chat: Chat):
    await seed_funds(chat)
    return await approved_plan(chat)


async def test_fix_and_resubmit_clicked_again_opens_the_copy_then_names_it(
    chat: Chat, plan
) -> None:
    rejected = await rejected_claim(chat, plan.id)
    fix = {"action": "fix_claim", "claim_id": rejected.id}

    first = texts(await chat.click(fix))
    [copy] = [c for c in await claims_of(chat) if c.id != rejected.id]
    assert f"I started **{copy.id}** from it" in first
    await chat.say("cancel")

    second = texts(await chat.click(fix))
    assert f"**{rejected.id}** was already fixed as **{copy.id}**: let's carry on" in second
    assert len(await claims_of(chat)) == 2

    # The copy is sent: a third click says so, with its status, and opens nothing.
    await chat.say("cancel")
    sent = await chat.services.claims.get(TENANT, copy.id)
    sent.move_to(ClaimStatus.SUBMITTED, actor=ADMIN)
    await chat.services.claims.save(sent)
    third = texts(await chat.click(fix))
    assert f"already fixed as **{copy.id}** (status: Submitted)" in third
    assert len(await claims_of(chat)) == 2


async def test_fix_clicked_on_two_devices_at_once_makes_one_copy(chat: Chat, plan) -> None:
    rejected = await rejected_claim(chat, plan.id)
    fix = {"action": "fix_claim", "claim_id": rejected.id}
    # Same person, two conversations (two turns that do not wait for each other).
    other_device = Chat(chat.storage, conversation_id="a:personal-chat-2")
    first, second = await asyncio.gather(chat.click(fix), other_device.click(fix))
    copies = [c for c in await claims_of(chat) if c.id != rejected.id]
    assert len(copies) == 1, [c.id for c in copies]
    assert copies[0].id in texts(first) and copies[0].id in texts(second)
    link = await chat.services.claims.made_from(TENANT, rejected.id, "fix")
    assert link == copies[0].id


async def test_a_second_dispute_of_the_same_decision_is_told_it_is_disputed(
    chat: Chat, plan
) -> None:
    rejected = await rejected_claim(chat, plan.id)
    dispute = {"action": "dispute_claim", "claim_id": rejected.id}
    await chat.click(dispute)
    await chat.say("The invoice is attached as E1, please look again.")
    assert (await chat.services.claims.get(TENANT, rejected.id)).status is ClaimStatus.DISPUTED

    replies = texts(await chat.click(dispute))
    assert f"**{rejected.id}** is already disputed (Disputed)" in replies
    stored = await chat.services.claims.get(TENANT, rejected.id)
    assert [h.status for h in stored.history].count(ClaimStatus.DISPUTED.value) == 1


async def test_new_claim_from_the_plan_notice_opens_the_draft_the_first_click_made(
    chat: Chat, plan
) -> None:
    new_claim = {"action": "new_claim", "plan_id": plan.id}
    await chat.click(new_claim)
    [first] = await claims_of(chat)
    await chat.say("cancel")

    replies = texts(await chat.click(new_claim))
    assert f"still a draft: picking up **{first.id}**" in replies
    assert [c.id for c in await claims_of(chat)] == [first.id]

    # Once that claim is sent, the button starts the next claim of the plan.
    await chat.say("cancel")
    sent = await chat.services.claims.get(TENANT, first.id)
    sent.move_to(ClaimStatus.SUBMITTED, actor=ADMIN)
    await chat.services.claims.save(sent)
    replies = texts(await chat.click(new_claim))
    [second] = [c for c in await claims_of(chat) if c.id != first.id]
    assert f"I've started claim **{second.id}**" in replies
    assert second.plan_id == plan.id
