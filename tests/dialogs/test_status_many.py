"""The status question from a partner with more claims than one answer lists.

The answer lists the eight claims changed last. With more, it said nothing of the rest:
a distributor with hundreds of claims read eight lines as if they were all. The answer
now says how many more there are, by status, and how to ask for one of them.
"""

from __future__ import annotations

import pytest

from domain.claim import Claim
from domain.lifecycle import ClaimStatus
from tests.support import ADMIN, TENANT, Chat, shown

pytestmark = pytest.mark.asyncio

EN, FR = "en-US", "fr-FR"


async def _claims(chat: Chat, moves: list[tuple[ClaimStatus, ...]]) -> list[Claim]:
    made = []
    for number, path in enumerate(moves):
        claim = await chat.services.claims.create_claim(
            tenant_id=TENANT, owner_id=ADMIN, owner_name="Ada Admin", today=chat.today
        )
        claim.plan_id, claim.name, claim.currency = "PLN-2026-000001", f"Claim {number}", "EUR"
        for move in path:
            claim.move_to(move, actor="reviewer@microsoft.com", reasons=["No invoice"])
        made.append(await chat.services.claims.save(claim))
    return made


SUBMITTED = (ClaimStatus.SUBMITTED,)
REJECTED = (ClaimStatus.SUBMITTED, ClaimStatus.UNDER_REVIEW, ClaimStatus.REJECTED)

MORE = {
    EN: (
        "…and 4 more claims (Rejected: 3, Submitted: 1). Ask for one by its id "
        "(status of CLM-2026-000004), by status (status of my rejected claims) or by the "
        "month its activity ran (my claims from last month)."
    ),
    FR: (
        "…et 4 autres réclamations (Refusée : 3, Soumise : 1). Demandez-en une par son "
        "identifiant (statut de CLM-2026-000004), par statut (statut de mes réclamations "
        "rejetées) ou par le mois où son activité a eu lieu (mes réclamations du mois "
        "dernier)."
    ),
}


@pytest.mark.parametrize(
    ("locale", "asked"),
    [(EN, "what's my claim status?"), (FR, "quel est le statut de ma réclamation ?")],
)
async def test_more_claims_than_listed_are_counted_by_status(
    chat: Chat, locale: str, asked: str
) -> None:
    # Twelve: the first four (a rejected three and a submitted one) changed first.
    await _claims(chat, [REJECTED, REJECTED, REJECTED, SUBMITTED] + [SUBMITTED] * 8)
    said = shown(await chat.say(asked, locale))
    assert said.count("\n- ") == 8, said
    assert MORE[locale] in said


async def test_a_filtered_answer_counts_what_it_leaves_out(chat: Chat) -> None:
    await _claims(chat, [REJECTED] * 10)
    said = shown(await chat.say("status of my rejected claims", EN))
    assert said.count("\n- ") == 8, said
    left_out = "…and 2 more claims (Rejected: 2). Ask for one by its id (status of CLM-2026-000002)"
    assert left_out in said


async def test_no_more_line_when_every_claim_is_listed(chat: Chat) -> None:
    await _claims(chat, [SUBMITTED] * 8)
    said = shown(await chat.say("what's my claim status?", EN))
    assert said.count("\n- ") == 8, said
    assert "more claims" not in said


async def test_one_more_claim_is_said_in_the_singular_and_big_counts_are_grouped(
    chat: Chat,
) -> None:
    await _claims(chat, [SUBMITTED] * 9)
    said = shown(await chat.say("what's my claim status?", EN))
    assert "…and 1 more claim (Submitted: 1). Ask for it by its id" in said
    await _claims(chat, [SUBMITTED] * 1_000)
    said = shown(await chat.say("quel est le statut de ma réclamation ?", FR))
    assert "…et 1 001 autres réclamations (Soumise : 1 001)." in said


async def test_more_plans_than_listed_are_counted_too(chat: Chat) -> None:
    for _ in range(10):
        await chat.services.plans.create_plan(
            tenant_id=TENANT, owner_id=ADMIN, owner_name="Ada Admin", today=chat.today
        )
    said = shown(await chat.say("where is my plan", EN))
    assert said.count("\n- ") == 8, said
    left_out = "…and 2 more plans (Draft: 2). Ask for one by its id (status of PLN-2026-000002)."
    assert left_out in said
