"""Who drafts in the bench: a long reminder scan keeps drafters busy for minutes, so the
store's small partners run out; they draft again under another partner id (a tenant holds
one plan per partner id, fund, program and period), never twice under the same one."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from bench.figures import Partners, claim_conversation, plan_conversation
from bench.profiles import SMOKE
from bench.scripts import CLAIM_CONVERSATION, PLAN_CONVERSATION, SCRIPT_MPN_ID
from tests.bench.one_partner import one_partner_bot


def _mpn_of(conversation) -> str:
    [expect] = [step.expect for step in PLAN_CONVERSATION if step.text == SCRIPT_MPN_ID]
    [mpn_id] = [step.text for step in conversation.steps if step.expect == expect]
    return mpn_id


def test_drafters_never_run_out_and_never_draft_the_same_plan_twice() -> None:
    profile = dataclasses.replace(SMOKE, small_tenants=6)
    partners = Partners(profile)
    drafting = partners.drafting()
    seen = [next(drafting) for _ in range(10)]  # 3 drafters in the top half: 3 rounds and more

    keys = [(c.partner.tenant_number, _mpn_of(c)) for c in seen]
    assert len(set(keys)) == len(keys)
    assert {number for number, _ in keys} == {3, 4, 5}
    assert keys[0] == (5, "1234567")
    assert len({mpn for _, mpn in keys}) == 4


def test_status_askers_are_never_drafters() -> None:
    profile = dataclasses.replace(SMOKE, small_tenants=6, status_askers=3)
    partners = Partners(profile)
    drafting = partners.drafting()
    drafted = {next(drafting).partner.tenant_number for _ in range(10)}
    askers = {c.partner.tenant_number for c in partners.askers()}
    assert not drafted & askers


async def test_a_drafter_cut_off_mid_plan_drafts_again_and_every_turn_passes(tmp_path: Path):
    """The full bench's stall figure, repeat 3: "4 failed turns, e.g. a:bench-13949-0
    '1234568': expected 'Which program' in the reply". An earlier figure had ended in the
    middle of that drafter's plan (drive_while stops each partner after the turn it is in),
    so drafting again, "new plan" was answered "You're working on PLN-…, say cancel first"."""
    first = plan_conversation(0)
    async with one_partner_bot(tmp_path) as partner:
        before = await partner.talk([dataclasses.replace(first, steps=first.steps[:6])])
        again = await partner.talk([plan_conversation(0, mpn_id="1234568")])
    assert before.failures == [] and before.turns == 6
    assert again.failures == [] and again.turns >= len(first.steps)


async def test_the_claim_script_passes_every_turn_even_after_a_plan_cut_off_mid_way(
    tmp_path: Path,
):
    """The claims figure's partners: a big one has drafted in the "big beside small" figure,
    which may have ended them mid-plan; each claims twice in a run (two repeats)."""
    plan = plan_conversation(0)
    async with one_partner_bot(tmp_path) as partner:
        await partner.talk([dataclasses.replace(plan, steps=plan.steps[:6])])
        first = await partner.talk([claim_conversation(0)])
        again = await partner.talk([claim_conversation(0)])
    assert first.failures == [] and first.turns == len(CLAIM_CONVERSATION)
    assert again.failures == [] and again.turns == len(CLAIM_CONVERSATION)


def test_claimers_are_neither_drafters_nor_askers_and_big_ones_are_the_big_tenants() -> None:
    profile = dataclasses.replace(SMOKE, small_tenants=20, status_askers=3)
    partners = Partners(profile)
    drafting = partners.drafting()
    drafted = {next(drafting).partner.tenant_number for _ in range(30)}
    askers = {c.partner.tenant_number for c in partners.askers()}
    small = [partners.small_claimer().partner.tenant_number for _ in range(5)]
    assert len(set(small)) == 5 and not set(small) & (drafted | askers)
    big = [partners.big_claimer(n).partner.tenant_number for n in range(profile.big_tenants)]
    assert big == list(range(20, 20 + profile.big_tenants))
