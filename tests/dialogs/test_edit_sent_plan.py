"""Asking to change a plan that was sent, with no draft.

Seen at stop 46 with one approved plan and no draft: "edit my plan", "change my plan",
« modifier mon plan » got "You have no draft to continue. Say new plan to start one.", as
if the partner had no plan, and nothing of why it can't change. The answer names the plan
sent, its status, that a sent plan changes only when its reviewer asks (and then how), and
whom to tell. Through the real bot, dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from domain.lifecycle import PlanStatus
from tests.dialogs.claim_support import EN, FR, approved_plan
from tests.support import Chat, shown

NO_DRAFT = ("You have no draft to continue", "Vous n'avez aucun brouillon à reprendre")


@pytest.mark.parametrize(
    ("locale", "typed", "words"),
    [
        (EN, "edit my plan", "can't be changed unless its reviewer asks"),
        (EN, "change my plan", "can't be changed unless its reviewer asks"),
        (FR, "modifier mon plan", "ne peut plus changer, sauf si son réviseur"),
        # Seen at stop 46 too: "I want to edit my approved plan", « je veux modifier mon
        # plan approuvé » got "I didn't understand that" (the status word between "my" and
        # "plan"): read past.
        (EN, "I want to edit my approved plan", "can't be changed unless its reviewer asks"),
        (EN, "edit the submitted plan", "can't be changed unless its reviewer asks"),
        (FR, "je veux modifier mon plan approuvé", "ne peut plus changer, sauf si son réviseur"),
    ],
)
async def test_a_sent_plan_is_named_with_why_it_cannot_change(
    chat: Chat, locale: str, typed: str, words: str
) -> None:
    plan = await approved_plan(chat)
    chat.locale = locale
    said = shown(await chat.say(typed, locale=locale))
    assert f"**{plan.id}**" in said and words in said, said
    assert not any(no in said for no in NO_DRAFT), said


async def test_a_plan_awaiting_changes_says_how_to_make_them(chat: Chat) -> None:
    plan = await approved_plan(chat, status=PlanStatus.SUBMITTED)
    for status in (PlanStatus.UNDER_REVIEW, PlanStatus.ACTION_REQUIRED):
        plan.move_to(status, actor="reviewer")
    plan = await chat.services.plans.save_plan(plan)
    said = shown(await chat.say("edit my plan"))
    assert f"**fix {plan.id}**" in said, said


async def test_with_no_plan_at_all_there_is_no_draft(chat: Chat) -> None:
    said = shown(await chat.say("edit my plan"))
    assert NO_DRAFT[0] in said, said
