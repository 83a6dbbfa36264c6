"""Inside a tenant a draft belongs to someone: its owner and the tenant's admins may change it.

Ada (Incentives admin) keeps a plan draft, a claim draft, a plan and a claim the reviewer
sent back, and a rejected claim. A colleague the role directory does not know, and Uma
(an Incentives user), each try every way into them: typed commands in English and
French, at rest and in the middle of a question of their own, forged card clicks
(continue, late answers, the evidence menu, Fix and resubmit). Each is told whose draft
it is, and not a byte of Ada's documents is written. Ada, and an admin on Uma's draft,
still can.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from domain.lifecycle import ClaimStatus, PlanStatus
from tests.dialogs.claim_support import approved_plan, seed_funds
from tests.support import ADMIN, TENANT, USER, Chat, Reply, shown

COLLEAGUE = "aad-colleague-0003"
REFUSAL_EN = "only they or an admin"
REFUSAL_FR = "seuls cette personne ou un administrateur"


def flat(replies: list[Reply]) -> str:
    return shown(replies).replace("\u202f", " ").replace("\xa0", " ")


async def raw(chat: Chat, kind: str, item_id: str) -> dict[str, Any]:
    """The document as stored, e_tag included (any write gives a new one)."""
    from storage.repository import tenant_prefix

    key = f"{tenant_prefix(TENANT)}/{kind}/{item_id}"
    return (await chat.storage.read([key]))[key]


async def ada_items(ada: Chat) -> dict[str, str]:
    """Ada's drafts and sent-back items, made as she would (plan and claim drafts by chat)."""
    await seed_funds(ada)
    plan = await approved_plan(ada)
    plan_draft = (await ada.say("new plan"))[0].text.split("**")[1]
    await ada.say("1234567")
    await ada.say("cancel")
    claim_draft = (await ada.say("new claim"))[0].text.split("**")[1]
    await ada.say("Security workshop Nov")
    await ada.say("cancel")
    services = ada.services
    # A plan the reviewer sent back, a claim sent back, a rejected claim (not chat turns).
    # Another period: its key would clash with the approved plan's.
    sent_back_plan = await approved_plan(ada, status=PlanStatus.SUBMITTED, period="FY27 H2")
    sent_back_plan.move_to(PlanStatus.UNDER_REVIEW, actor="reviewer@microsoft.com")
    sent_back_plan.move_to(PlanStatus.ACTION_REQUIRED, actor="reviewer@microsoft.com")
    sent_back_plan = await services.plans.save_plan(sent_back_plan)
    ids = {"plan": plan.id, "plan_draft": plan_draft, "claim_draft": claim_draft,
           "sent_back_plan": sent_back_plan.id}  # fmt: skip
    for name, status in (("sent_back_claim", ClaimStatus.ACTION_REQUIRED),
                         ("rejected_claim", ClaimStatus.REJECTED)):  # fmt: skip
        claim = await services.claims.create_claim(
            tenant_id=TENANT, owner_id=ADMIN, owner_name="Ada Admin", today=ada.today
        )
        claim.plan_id, claim.name = plan.id, f"Claim {name}"
        for move in (ClaimStatus.SUBMITTED, ClaimStatus.UNDER_REVIEW, status):
            claim.move_to(move, actor="reviewer@microsoft.com")
        ids[name] = (await services.claims.save(claim)).id
    return ids


async def everything(chat: Chat) -> dict[str, Any]:
    """Every plan and claim of the tenant and both indexes, as stored (e_tags included)."""
    from storage.repository import tenant_prefix

    prefix = tenant_prefix(TENANT)
    plans = [s.id for s in await chat.services.plans.summaries(TENANT)]
    claims = [s.id for s in await chat.services.claims.summaries(TENANT)]
    keys = [f"{prefix}/plans/{i}" for i in plans] + [f"{prefix}/claims/{i}" for i in claims]
    keys += chat.services.plans.index_keys(TENANT) + chat.services.claims.index_keys(TENANT)
    return await chat.storage.read(keys)


Probe = Callable[[Chat, dict[str, str]], Awaitable[list[Reply]]]


async def _twice(chat: Chat, first: str, second: str, locale: str | None = None) -> list[Reply]:
    replies = await chat.say(first, locale=locale)
    return replies + await chat.say(second, locale=locale)


PROBES: dict[str, Probe] = {
    "continue my plan": lambda c, a: c.say(f"continue my plan {a['plan_draft']}"),
    "reprendre mon plan": lambda c, a: c.say(f"reprendre mon plan {a['plan_draft']}", "fr-FR"),
    "delete draft, yes": lambda c, a: _twice(c, f"delete draft {a['plan_draft']}", "yes"),
    "supprimer, oui": lambda c, a: _twice(
        c, f"supprimer le brouillon {a['plan_draft']}", "oui", "fr-FR"
    ),
    "continue my claim": lambda c, a: c.say(f"continue my claim {a['claim_draft']}"),
    "reprendre ma réclamation": lambda c, a: c.say(
        f"reprendre ma réclamation {a['claim_draft']}", "fr-FR"
    ),
    "click continue_plan": lambda c, a: c.click(
        {"action": "continue_plan", "plan_id": a["plan_draft"]}
    ),
    "click continue_claim": lambda c, a: c.click(
        {"action": "continue_claim", "claim_id": a["claim_draft"]}
    ),
    "late plan answer": lambda c, a: c.click(
        {"action": "answer", "field": "program", "target": a["plan_draft"], "answer": "hosting"}
    ),
    "late plan submit": lambda c, a: c.click(
        {"action": "answer", "field": "review", "target": a["plan_draft"], "answer": "submit"}
    ),
    "late claim answer": lambda c, a: c.click(
        {"action": "answer", "field": "claim.name", "target": a["claim_draft"], "answer": "x"}
    ),
    "evidence menu click": lambda c, a: c.click(
        {
            "action": "answer",
            "field": "evidence.menu",
            "target": a["claim_draft"],
            "answer": "add_link",
        }
    ),
    "fix_plan click": lambda c, a: c.click({"action": "fix_plan", "plan_id": a["sent_back_plan"]}),
    "fix_claim click (sent back)": lambda c, a: c.click(
        {"action": "fix_claim", "claim_id": a["sent_back_claim"]}
    ),
    "fix_claim click (rejected)": lambda c, a: c.click(
        {"action": "fix_claim", "claim_id": a["rejected_claim"]}
    ),
}


@pytest.fixture
async def ada(storage, tmp_path) -> Chat:
    chat = Chat(storage, conversation_id="a:ada")
    await chat.seed_roles(tmp=tmp_path)
    return chat


@pytest.mark.parametrize("mid_question", [False, True], ids=["at rest", "mid-question"])
@pytest.mark.parametrize("who", [COLLEAGUE, USER], ids=["outside the directory", "user"])
@pytest.mark.parametrize("probe", list(PROBES), ids=list(PROBES))
async def test_a_colleague_cannot_touch_an_admins_draft(
    ada: Chat, storage, who: str, probe: str, mid_question: bool
) -> None:
    items = await ada_items(ada)
    colleague = Chat(storage, user_id=who, user_name="Colin Colleague",
                     conversation_id=f"a:{who}")  # fmt: skip
    if mid_question:
        await colleague.say("new plan")  # a question of the colleague's own is pending
    before = await everything(ada)

    replies = await PROBES[probe](colleague, items)

    text = flat(replies)
    french = "reprendre" in probe or "supprimer" in probe
    if mid_question and probe.startswith(("late", "evidence")):
        # A card of another question while one is pending: out of date, as any such card.
        assert "out of date" in text, text
    else:
        assert "Ada Admin" in text, text
        assert (REFUSAL_FR if french else REFUSAL_EN) in text, text
    after = await everything(ada)
    # The colleague's own draft (mid-question) may be in the index; Ada's items are untouched.
    for key, value in before.items():
        if key.endswith("-index"):
            mine = {k: v for k, v in after[key]["items"].items() if k in value["items"]}
            assert mine == value["items"], probe
        else:
            assert after[key] == value, (probe, key)
    assert set(after) == set(before)
    # No copy and no new claim of Ada's claims for the colleague.
    claims = await ada.services.claims.summaries(TENANT)
    assert [c.id for c in claims if c.owner_id == who] == []


async def test_the_owner_and_an_admin_still_can(ada: Chat, storage) -> None:
    items = await ada_items(ada)
    # Ada, the owner, resumes her plan draft.
    assert "Picking up **" + items["plan_draft"] in flat(
        await ada.say(f"continue my plan {items['plan_draft']}")
    )
    await ada.say("cancel")
    # Uma drafts a plan; Ada (an admin) may resume it and delete it.
    uma = Chat(storage, user_id=USER, user_name="Uma User", conversation_id="a:uma")
    uma_plan = (await uma.say("new plan"))[0].text.split("**")[1]
    await uma.say("cancel")
    assert "Picking up **" + uma_plan in flat(await ada.say(f"continue my plan {uma_plan}"))
    await ada.say("cancel")
    assert "is deleted" in flat(await _twice(ada, f"delete draft {uma_plan}", "yes"))
    assert await ada.services.plans.get_plan(TENANT, uma_plan) is None
    # Uma, the owner, resumes her claim draft; Ada may fix Uma's rejected claim.
    uma_claim = (await uma.say("new claim"))[0].text.split("**")[1]
    await uma.say("cancel")
    assert "Picking up claim **" + uma_claim in flat(
        await uma.say(f"continue my claim {uma_claim}")
    )
    await uma.say("cancel")
    assert "Picking up claim **" + uma_claim in flat(
        await ada.click({"action": "continue_claim", "claim_id": uma_claim})
    )


async def test_the_refusal_names_the_owner_escaped(ada: Chat, storage) -> None:
    evil = Chat(storage, user_id="aad-evil", user_name="[Verify](https://evil.example)",
                conversation_id="a:evil")  # fmt: skip
    plan_id = (await evil.say("new plan"))[0].text.split("**")[1]
    await evil.say("cancel")
    colleague = Chat(storage, user_id=COLLEAGUE, user_name="Colin", conversation_id="a:colin")
    text = flat(await colleague.say(f"continue my plan {plan_id}"))
    assert REFUSAL_EN in text and "\\[Verify\\]" in text
    assert not re.search(r"(?<!\\)\]\(", text)  # no live link: every bracket escaped
