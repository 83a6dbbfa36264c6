"""Two partners side by side on one store: whole journeys, then tenant B guessing A's ids.

Alice (tenant A) and Bob (tenant B) each draft and submit a plan, have it approved,
claim an activity with evidence, ask where things stand, list plans, claims and
funds. Then Bob types and clicks Alice's ids everywhere an id can go: status
questions, resume and delete commands (English and French), forged card submits
(answers, fix, dispute, continue, new claim from a plan), at rest and in the middle of
one of his own questions. Every answer must read exactly like the answer for an id
that does not exist, and nothing of Alice's may change (compared before and after).
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from domain.lifecycle import ClaimStatus, PlanStatus
from tests.dialogs.claim_support import SEMINAR_EN, FileServer, seminar_evidence
from tests.support import Chat, Reply, shown

TENANT_A = "aaaaaaaa-1111-4111-8111-aaaaaaaaaaaa"
TENANT_B = "bbbbbbbb-2222-4222-8222-bbbbbbbbbbbb"
ALICE, BOB = "aad-alice-0001", "aad-bob-0002"
IDS = re.compile(r"\b(?:PLN|CLM)-\d{4}-\d{6}\b")
UNKNOWN_PLAN, UNKNOWN_CLAIM = "PLN-2026-999999", "CLM-2026-999999"

ROLES = {
    "tenants": {
        TENANT_A: {
            "mpn_ids": ["1234567"],
            "users": {ALICE: {"role": "incentives_admin", "name": "Alice Admin"}},
        },
        TENANT_B: {
            "mpn_ids": ["7654321"],
            "users": {BOB: {"role": "incentives_admin", "name": "Bob Admin"}},
        },
    }
}


def plan_answers(mpn_id: str, limit: str) -> list[str]:
    """A plan whose campaign already ran (Sep to Nov 2026), so it can be claimed today (its
    start before today is confirmed: "yes")."""
    return [
        mpn_id, "CSP Indirect Reseller", "France", "co-op", "FY27 H1", "EUR",
        "ana@microsoft.com", limit, "Autumn push", "2026-09-01", "yes", "2026-11-30",
        "customer seminar", "Security workshops for SMB", "France", "12,500", "no", "no",
    ]  # fmt: skip


def funds(earned: str) -> list[dict[str, str]]:
    return [{"program": "csp_indirect_reseller", "period": "FY27 H1", "currency": "EUR",
             "earned": earned}]  # fmt: skip


def ids_in(replies: list[Reply]) -> set[str]:
    return set(IDS.findall(shown(replies)))


def submit_data(replies: list[Reply]) -> dict[str, Any]:
    """The data of the check card's submit button (Submit, or Submit anyway)."""
    for reply in reversed(replies):
        for action in (reply.card or {}).get("actions", []):
            if action.get("data", {}).get("answer") in ("submit", "submit_anyway"):
                return dict(action["data"])
    raise AssertionError(f"no submit button in {shown(replies)}")


@pytest.fixture
async def pair(storage, tmp_path):
    alice = Chat(storage, tenant_id=TENANT_A, user_id=ALICE, user_name="Alice Admin",
                 conversation_id="a:alice")  # fmt: skip
    bob = Chat(storage, tenant_id=TENANT_B, user_id=BOB, user_name="Bob Admin",
               conversation_id="a:bob")  # fmt: skip
    await alice.seed_roles(ROLES, tmp_path)
    await alice.services.funds.seed({"tenants": {TENANT_A: funds("40000"),
                                                 TENANT_B: funds("30000")}})  # fmt: skip
    return alice, bob


async def side_by_side(
    alice: Chat, bob: Chat, turns_a: list[str], turns_b: list[str]
) -> tuple[list[Reply], list[Reply]]:
    """One turn of Alice, one of Bob, and so on; returns the last replies of each."""
    last_a: list[Reply] = []
    last_b: list[Reply] = []
    for typed_a, typed_b in zip(turns_a, turns_b, strict=True):
        last_a = await alice.say(typed_a)
        last_b = await bob.say(typed_b)
    return last_a, last_b


async def journeys(alice: Chat, bob: Chat, files: FileServer) -> dict[str, str]:
    """Both partners' whole journeys, interleaved; returns Alice's ids by role."""
    replies_a, replies_b = await side_by_side(alice, bob, ["new plan"], ["new plan"])
    [plan_a], [plan_b] = ids_in(replies_a), ids_in(replies_b)
    await side_by_side(alice, bob, plan_answers("1234567", "50,000"),
                       plan_answers("7654321", "40,000"))  # fmt: skip
    await side_by_side(alice, bob, ["submit"], ["submit"])

    # The reviewer approves both plans (a back-office decision, not a chat turn).
    for chat, tenant, plan_id in ((alice, TENANT_A, plan_a), (bob, TENANT_B, plan_b)):
        plan = await chat.services.plans.get_plan(tenant, plan_id)
        assert plan is not None and plan.status is PlanStatus.SUBMITTED
        for status in (PlanStatus.UNDER_REVIEW, PlanStatus.APPROVED):
            plan.move_to(status, actor="reviewer@microsoft.com")
        await chat.services.plans.save_plan(plan)

    replies_a, replies_b = await side_by_side(alice, bob, ["new claim"], ["new claim"])
    [claim_a], [claim_b] = ids_in(replies_a) - {plan_a}, ids_in(replies_b) - {plan_b}
    await side_by_side(alice, bob, [t for _, t in SEMINAR_EN], [t for _, t in SEMINAR_EN])
    await seminar_evidence(alice, files)
    await seminar_evidence(bob, files)
    check_a, check_b = await side_by_side(alice, bob, ["done"], ["done"])
    await alice.click(submit_data(check_a))
    await bob.click(submit_data(check_b))

    # Alice's claim is then rejected (so a dispute or a fix would mean something) and she
    # keeps a plan draft and a claim draft: what Bob will try to reach.
    claim = await alice.services.claims.get(TENANT_A, claim_a)
    assert claim is not None and claim.status is ClaimStatus.SUBMITTED
    claim.move_to(ClaimStatus.UNDER_REVIEW, actor="reviewer@microsoft.com")
    claim.move_to(ClaimStatus.REJECTED, actor="reviewer@microsoft.com", reasons=["No invoice"],
                  item_ids=["invoice"])  # fmt: skip
    await alice.services.claims.save(claim)
    [draft_plan_a] = ids_in(await alice.say("new plan")) - {plan_a}
    await alice.say("1234567")
    await alice.say("cancel")
    [draft_claim_a] = ids_in(await alice.say("new claim")) - {plan_a, claim_a}
    await alice.say("cancel")
    # Bob keeps a draft of his own, to be in the middle of a question when he probes.
    await bob.say("new plan")
    await bob.say("cancel")
    return {"plan": plan_a, "claim": claim_a, "draft_plan": draft_plan_a,
            "draft_claim": draft_claim_a, "bob_plan": plan_b, "bob_claim": claim_b}  # fmt: skip


async def snapshot(chat: Chat, tenant: str) -> dict[str, Any]:
    """Everything of a tenant's the bot keeps, as stored."""
    services = chat.services
    plans = await services.plans.summaries(tenant)
    claims = await services.claims.summaries(tenant)
    return {
        "plans": [p.model_dump(mode="json") for p in
                  await services.plans.get_many(tenant, [s.id for s in plans])],
        "claims": [c.model_dump(mode="json") for c in
                   await services.claims.get_many(tenant, [s.id for s in claims])],
        "plan_index": [s.model_dump(mode="json") for s in plans],
        "claim_index": [s.to_entry() for s in claims],
        "funds": [f.model_dump(mode="json") for f in await services.funds.periods(tenant)],
        "roles": await services.directory.user_ids_with(tenant, list(_all_roles())),
        "profile": await services.profiles.get(tenant, ALICE),
        "outbox": await services.outbox.counts(),
    }  # fmt: skip


def _all_roles():
    from domain.roles import Role

    return tuple(Role)


async def test_two_tenants_side_by_side_never_cross(pair, files, data_dir) -> None:
    alice, bob = pair
    a = await journeys(alice, bob, files)

    # Each sees its own, and only its own.
    for chat, own, other in ((alice, a["plan"], a["bob_plan"]), (bob, a["bob_plan"], a["plan"])):
        listing = shown(await chat.say("my plans"))
        assert own in listing and other not in listing
    mine = shown(await alice.say("my claims"))
    assert a["claim"] in mine and a["draft_claim"] in mine and a["bob_claim"] not in mine
    theirs = shown(await bob.say("my claims"))
    assert a["bob_claim"] in theirs and a["claim"] not in theirs
    assert "30,000.00" in shown(await bob.say("my funds"))
    assert "40,000.00" not in shown(await bob.say("my funds"))
    assert "40,000.00" in shown(await alice.say("my funds"))
    for chat, own in ((alice, a["claim"]), (bob, a["bob_claim"])):
        answer = shown(await chat.say("what's my claim status?"))
        assert own in answer
        assert not ({a["claim"], a["bob_claim"]} - {own}) & set(IDS.findall(answer))

    before = await snapshot(alice, TENANT_A)
    alice_file = data_dir / "tenants" / f"{TENANT_A}.json"
    file_before = alice_file.read_bytes() if alice_file.exists() else None
    alice_ids = {a["plan"], a["claim"], a["draft_plan"], a["draft_claim"]}

    # What Bob tries, each with Alice's id and with an id nobody holds.
    say = bob.say
    probes: list[tuple[str, str, Callable[[str], Awaitable[list[Reply]]]]] = [
        ("claim", UNKNOWN_CLAIM, lambda i: say(f"status of {i}")),
        ("claim", UNKNOWN_CLAIM, lambda i: say(f"where is {i}?")),
        ("plan", UNKNOWN_PLAN, lambda i: say(f"status of {i}")),
        ("draft_plan", UNKNOWN_PLAN, lambda i: say(f"where is my plan {i}?")),
        ("draft_plan", UNKNOWN_PLAN, lambda i: say(f"continue my plan {i}")),
        ("draft_plan", UNKNOWN_PLAN, lambda i: say(f"reprendre mon plan {i}", locale="fr-FR")),
        ("draft_plan", UNKNOWN_PLAN, lambda i: say(f"delete draft {i}")),
        ("draft_plan", UNKNOWN_PLAN, lambda i: say(f"supprimer le brouillon {i}", "fr-FR")),
        ("draft_claim", UNKNOWN_CLAIM, lambda i: say(f"continue my claim {i}")),
        ("draft_claim", UNKNOWN_CLAIM,
         lambda i: say(f"reprendre ma réclamation {i}", locale="fr-FR")),
        # Stop 39's words for changing or withdrawing a claim named by its id.
        ("claim", UNKNOWN_CLAIM, lambda i: say(f"withdraw {i}")),
        ("claim", UNKNOWN_CLAIM, lambda i: say(f"edit {i}")),
        ("draft_claim", UNKNOWN_CLAIM, lambda i: say(f"cancel {i}")),
        ("draft_claim", UNKNOWN_CLAIM, lambda i: say(f"change the amount of {i}")),
        ("draft_claim", UNKNOWN_CLAIM, lambda i: say(f"retirer {i}", locale="fr-FR")),
        ("draft_plan", UNKNOWN_PLAN, lambda i: bob.click(
            {"action": "answer", "field": "mpn_id", "target": i, "answer": "7654321"})),
        ("draft_plan", UNKNOWN_PLAN, lambda i: bob.click(
            {"action": "answer", "field": "review", "target": i, "answer": "submit"})),
        ("plan", UNKNOWN_PLAN, lambda i: bob.click(
            {"action": "answer", "field": "review", "target": f"{i}/C1", "answer": "submit"})),
        ("draft_claim", UNKNOWN_CLAIM, lambda i: bob.click(
            {"action": "answer", "field": "claim.name", "target": i, "answer": "pwned"})),
        ("claim", UNKNOWN_CLAIM, lambda i: bob.click(
            {"action": "answer", "field": "claim.review", "target": i, "answer": "submit"})),
        ("claim", UNKNOWN_CLAIM, lambda i: bob.click({"action": "fix_claim", "claim_id": i})),
        ("claim", UNKNOWN_CLAIM, lambda i: bob.click({"action": "dispute_claim", "claim_id": i})),
        ("draft_plan", UNKNOWN_PLAN, lambda i: bob.click({"action": "fix_plan", "plan_id": i})),
        ("draft_plan", UNKNOWN_PLAN,
         lambda i: bob.click({"action": "continue_plan", "plan_id": i})),
        ("draft_claim", UNKNOWN_CLAIM,
         lambda i: bob.click({"action": "continue_claim", "claim_id": i})),
        ("plan", UNKNOWN_PLAN, lambda i: bob.click({"action": "new_claim", "plan_id": i})),
        ("plan", UNKNOWN_PLAN, lambda i: bob.click(
            {"action": "my_plans", "plan_id": i, "tenant_id": TENANT_A})),
    ]  # fmt: skip

    async def attempt(probe, item_id: str, mid_question: bool) -> str:
        if mid_question:
            await bob.say("continue my plan")  # Bob's own draft: a question is pending
        replies = await probe(item_id)
        await bob.say("cancel")
        text = shown(replies).replace(item_id, "<ID>")
        assert not (set(IDS.findall(text)) & alice_ids), f"Alice's ids shown to Bob: {text}"
        # Bob's own ids (a new claim of his) differ from one run to the next, and his new
        # claim is started once, then reused while nothing is typed in it: his own either way.
        text = IDS.sub("<BOB'S>", text)
        return text.replace(
            "Your claim **<BOB'S>** has nothing in it yet: I'm using it rather than starting "
            "another.",
            "I've started claim **<BOB'S>**.",
        )

    for mid_question in (False, True):
        for kind, unknown, probe in probes:
            guessed = await attempt(probe, a[kind], mid_question)
            nobody = await attempt(probe, unknown, mid_question)
            assert guessed == nobody, (kind, mid_question, guessed, nobody)

    assert await snapshot(alice, TENANT_A) == before
    if file_before is not None:
        assert alice_file.read_bytes() == file_before  # not a byte of Alice's file written
    # And Alice's chat goes on as before.
    assert a["draft_plan"] in shown(await alice.say("continue my plan"))
