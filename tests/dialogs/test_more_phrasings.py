"""More of what partners type with no dialog open, each once answered "I didn't understand
that" (seen by running plausible phrasings through the bot, EN and FR)."""

from __future__ import annotations

import pytest

from domain.lifecycle import PlanStatus
from tests.dialogs.claim_support import EN, FR, approved_plan, seed_funds, start_claim
from tests.dialogs.test_plan_journey import answer_until, get, plan_id_in, start_plan
from tests.support import Chat, shown

NOT_UNDERSTOOD = ("I didn't understand", "Je n'ai pas compris")


@pytest.fixture
async def drafts(chat: Chat) -> dict[str, str]:
    """An approved plan, a plan draft and a claim draft (changed last), both left."""
    await seed_funds(chat)
    approved = await approved_plan(chat)
    plan_id = plan_id_in(await chat.say("new plan"))
    await chat.say("cancel")
    claim_id, _ = await start_claim(chat)
    await chat.say("cancel")
    return {"approved": approved.id, "plan": plan_id, "claim": claim_id}


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        # A draft to carry on (to submit it, its review comes): that draft, where it was.
        (EN, "submit my plan", "Picking up **{plan}** where you left it."),
        (EN, "review my plan", "Picking up **{plan}** where you left it."),
        (EN, "open {plan}", "Picking up **{plan}** where you left it."),
        (FR, "soumettre mon plan", "Je reprends **{plan}** là où vous l'avez laissé."),
        # Seen at stop 56: "I didn't understand that". With no kind named, the draft
        # changed last (here the claim).
        (EN, "submit", "Picking up claim **{claim}**"),
        (EN, "how do I submit?", "Picking up claim **{claim}**"),
        (EN, "where is the submit button?", "Picking up claim **{claim}**"),
        (EN, "how do I submit my plan?", "Picking up **{plan}** where you left it."),
        (EN, "send my plan to my manager", "Picking up **{plan}** where you left it."),
        (FR, "comment soumettre ?", "Je reprends la réclamation **{claim}**"),
        (FR, "soumettre", "Je reprends la réclamation **{claim}**"),
        (EN, "check my claim", "Picking up claim **{claim}**"),
        (EN, "open my last claim", "Picking up claim **{claim}**"),
        (FR, "ouvrir {claim}", "Je reprends la réclamation **{claim}**"),
        # To see: where it stands.
        (EN, "show {approved}", "**{approved}** was approved"),
        (FR, "voir {approved}", "**{approved}** a été approuvé"),
        (EN, "show me my claims", "**{claim}**"),
        (FR, "montre-moi mes réclamations", "**{claim}**"),
        (EN, "what's next?", "**{claim}**"),
        (FR, "que dois-je faire ?", "**{claim}**"),
        (EN, "when will I get paid?", "**{claim}**"),
        (FR, "quand serai-je payé ?", "**{claim}**"),
        # Help.
        (EN, "I need help", "Here is what I can do"),
        (EN, "how does this work?", "Here is what I can do"),
        (FR, "comment ça marche ?", "Voici ce que je sais faire"),
        # A claim draft to delete: asked first.
        (EN, "delete my claim", "Delete claim draft {claim} for good?"),
        (FR, "supprimer ma réclamation", "Supprimer définitivement la réclamation {claim}"),
    ],
)
async def test_a_phrasing_gets_its_answer(
    chat: Chat, drafts: dict[str, str], locale: str, typed: str, said: str
) -> None:
    chat.locale = locale
    replies = await chat.say(typed.format(**drafts), locale=locale)
    assert said.format(**drafts) in shown(replies), shown(replies)
    assert not any(words in shown(replies) for words in NOT_UNDERSTOOD)


async def test_submit_my_plan_at_its_review_submits_it(chat: Chat) -> None:
    plan_id = await start_plan(chat)
    await answer_until(chat, "review")
    replies = await chat.say("submit my plan")
    assert (await get(chat, plan_id)).status is PlanStatus.SUBMITTED, shown(replies)


async def test_delete_my_claim_inside_a_claim_asks_about_that_claim(
    chat: Chat, drafts: dict[str, str]
) -> None:
    other, _ = await start_claim(chat)  # a second draft, open at its first question
    replies = await chat.say("delete my claim")
    assert f"Delete claim draft {other} for good?" in shown(replies)
