"""Who drafts in the bench: a long reminder scan keeps drafters busy for minutes, so the
store's small partners run out; they draft again under another partner id (a tenant holds
one plan per partner id, fund, program and period), never twice under the same one."""

from __future__ import annotations

import dataclasses

from bench.figures import Partners
from bench.profiles import SMOKE
from bench.scripts import PLAN_CONVERSATION, SCRIPT_MPN_ID


def _mpn_of(conversation) -> str:
    index = PLAN_CONVERSATION.index(next(s for s in PLAN_CONVERSATION if s.text == SCRIPT_MPN_ID))
    return conversation.steps[index].text


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
