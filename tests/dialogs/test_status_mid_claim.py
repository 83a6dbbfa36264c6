"""Status answers that never send a partner the wrong way, and resuming that says which claim.

Asked inside a claim, the answer does not invite "continue my claim" for the claim being
filled in (its question comes back just below). A rejected claim's answer names its fix
when there is one, and otherwise says how to fix it (the notice's button, or typed).
"""

from __future__ import annotations

import pytest

from domain.claim import Claim
from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import (
    EN,
    FR,
    answer,
    approved_plan,
    claim_id_in,
    seed_funds,
    seen,
    seminar_answers,
    start_claim,
    texts,
)
from tests.support import ADMIN, TENANT, Chat

STATUS = {EN: "what's my claim status?", FR: "où en est ma réclamation ?"}
CONTINUE = {EN: "continue my claim", FR: "reprendre ma réclamation"}
CANCEL = {EN: "cancel", FR: "annuler"}
NAME = {EN: "Security workshop Nov", FR: "Atelier sécurité novembre"}
# The question after the name: the execution date.
PENDING = {EN: "When did the activity run?", FR: "Quand l'activité a-t-elle eu lieu ?"}


@pytest.fixture
async def plan(chat: Chat):
    await seed_funds(chat)
    return await approved_plan(chat)


async def named_claim(chat: Chat, locale: str) -> str:
    chat.locale = locale
    claim_id, _ = await start_claim(chat, locale)
    await answer(chat, seminar_answers(locale)[:1], locale)
    return claim_id


@pytest.mark.parametrize("locale", [EN, FR])
@pytest.mark.parametrize("asked", ["any", "by id"])
async def test_a_status_question_inside_a_claim_does_not_send_the_partner_to_it(
    chat: Chat, plan, locale: str, asked: str
) -> None:
    claim_id = await named_claim(chat, locale)
    question = STATUS[locale] if asked == "any" else f"{claim_id} ?"

    replies = await chat.say(question)

    said = seen(replies)
    assert claim_id in said
    assert f"{CONTINUE[locale]} {claim_id}" not in said
    now = {EN: "You're filling it in now", FR: "Vous êtes en train de la remplir"}[locale]
    assert now in said
    assert PENDING[locale] in said  # and the pending question comes back


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_status_question_at_rest_still_says_how_to_continue_a_draft(
    chat: Chat, plan, locale: str
) -> None:
    claim_id = await named_claim(chat, locale)
    await chat.say(CANCEL[locale])
    said = texts(await chat.say(STATUS[locale]))
    assert f"**{CONTINUE[locale]} {claim_id}**" in said


SAYS_RESUMED = {
    EN: "Picking up claim **{claim_id}** (Security workshop Nov) where you left it.",
    FR: "Je reprends la réclamation **{claim_id}** (Atelier sécurité novembre) là où vous "
    "l'avez laissée.",
}


@pytest.mark.parametrize("locale", [EN, FR])
@pytest.mark.parametrize("how", ["typed", "clicked"])
async def test_resuming_a_claim_says_which_claim(chat: Chat, plan, locale: str, how: str) -> None:
    claim_id = await named_claim(chat, locale)
    await chat.say(CANCEL[locale])
    if how == "typed":
        replies = await chat.say(CONTINUE[locale])
    else:  # the Resume button of a reminder
        replies = await chat.click({"action": "continue_claim", "claim_id": claim_id})
    assert SAYS_RESUMED[locale].format(claim_id=claim_id) in texts(replies)
    assert PENDING[locale] in seen(replies)


@pytest.mark.parametrize("locale", [EN, FR])
async def test_continue_my_claim_inside_that_claim_says_which_and_asks_again(
    chat: Chat, plan, locale: str
) -> None:
    claim_id = await named_claim(chat, locale)
    replies = await chat.say(CONTINUE[locale])
    assert SAYS_RESUMED[locale].format(claim_id=claim_id) in texts(replies)
    assert PENDING[locale] in seen(replies)


# -- a rejected claim ------------------------------------------------------------------------


async def rejected_claim(chat: Chat, plan_id: str) -> Claim:
    claims = chat.services.claims
    claim = await claims.create_claim(
        tenant_id=TENANT, owner_id=ADMIN, owner_name="Ada Admin", today=chat.today
    )
    claim.plan_id, claim.name, claim.currency = plan_id, "Radio November", "EUR"
    for move in (ClaimStatus.SUBMITTED, ClaimStatus.UNDER_REVIEW, ClaimStatus.REJECTED):
        claim.move_to(move, actor="reviewer@microsoft.com", reasons=["No invoice"])
    return await claims.save(claim)


HOW_TO_FIX = {
    EN: "To fix it, click **Fix and resubmit** on its notice or type **fix {claim_id}**",
    FR: "Pour la corriger, cliquez sur **Corriger et soumettre à nouveau** dans sa "
    "notification ou tapez **corriger {claim_id}**",
}


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_rejected_claim_not_yet_fixed_says_how_to_fix_it(
    chat: Chat, plan, locale: str
) -> None:
    chat.locale = locale
    rejected = await rejected_claim(chat, plan.id)
    said = texts(await chat.say(f"{rejected.id} ?"))
    assert HOW_TO_FIX[locale].format(claim_id=rejected.id) in said


@pytest.mark.parametrize("locale", [EN, FR])
async def test_typing_fix_makes_the_copy_once_like_the_button(
    chat: Chat, plan, locale: str
) -> None:
    chat.locale = locale
    rejected = await rejected_claim(chat, plan.id)
    fix = "corriger" if locale == FR else "fix"
    replies = await chat.say(f"{fix} {rejected.id}")
    copy_id = claim_id_in([r for r in replies if rejected.id not in r.text] or replies)
    copies = [c for c in await chat.services.claims.all_claims(TENANT) if c.id != rejected.id]
    assert [c.id for c in copies] == [copy_id] or len(copies) == 1
    await chat.say(CANCEL[locale])
    await chat.say(f"{fix} {rejected.id}")
    again = [c for c in await chat.services.claims.all_claims(TENANT) if c.id != rejected.id]
    assert len(again) == 1


FIXED_AS = {
    EN: (
        "It was fixed as **{copy_id}**, a draft: say **continue my claim {copy_id}** to finish it.",
        "It was fixed as **{copy_id}** (status: Submitted).",
    ),
    FR: (
        "Elle a été corrigée en **{copy_id}**, un brouillon : dites **reprendre ma "
        "réclamation {copy_id}** pour le terminer.",
        "Elle a été corrigée en **{copy_id}** (statut : Soumise).",
    ),
}


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_rejected_claim_already_fixed_names_the_copy_and_its_status(
    chat: Chat, plan, locale: str
) -> None:
    chat.locale = locale
    rejected = await rejected_claim(chat, plan.id)
    await chat.click({"action": "fix_claim", "claim_id": rejected.id})
    await chat.say(CANCEL[locale])
    [copy] = [c for c in await chat.services.claims.all_claims(TENANT) if c.id != rejected.id]
    draft_says, sent_says = FIXED_AS[locale]

    said = texts(await chat.say(f"{rejected.id} ?"))
    assert draft_says.format(copy_id=copy.id) in said
    assert HOW_TO_FIX[locale].format(claim_id=rejected.id) not in said
    assert "notice" not in said and "notification" not in said

    copy.move_to(ClaimStatus.SUBMITTED, actor=ADMIN)
    await chat.services.claims.save(copy)
    said = texts(await chat.say(f"{rejected.id} ?"))
    assert sent_says.format(copy_id=copy.id) in said
    assert "notice" not in said and "notification" not in said
