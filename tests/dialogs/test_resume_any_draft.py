""" "resume", "continue", « reprendre » with no dialog open: the partner's latest draft,
plan or claim.

Seen walking a claim off the script: "cancel" said 'Your claim CLM-… is kept: say continue
my claim to pick it up', then "resume" (and "continue", « reprendre ») answered 'You have no
draft to continue. Say new plan to start one.', and "resume my draft" was not understood:
the bare words looked for plan drafts only.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, approved_plan, seed_funds, start_claim
from tests.dialogs.test_plan_journey import plan_id_in
from tests.support import Chat, shown


@pytest.fixture
async def plan(chat: Chat):
    await seed_funds(chat)
    return await approved_plan(chat)


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "resume", "Picking up claim **{claim_id}** (Security workshop) where you left it."),
        (EN, "continue", "Picking up claim **{claim_id}** (Security workshop)"),
        (EN, "resume my draft", "Picking up claim **{claim_id}** (Security workshop)"),
        (EN, "pick up where I left off", "Picking up claim **{claim_id}**"),
        (FR, "reprendre", "Je reprends la réclamation **{claim_id}** (Atelier sécurité)"),
        (FR, "continuer", "Je reprends la réclamation **{claim_id}**"),
        (FR, "reprendre mon brouillon", "Je reprends la réclamation **{claim_id}**"),
    ],
)
async def test_a_bare_resume_opens_the_only_draft_a_claim(
    chat: Chat, plan, locale: str, typed: str, said: str
) -> None:
    chat.locale = locale
    claim_id, _ = await start_claim(chat, locale)
    await chat.say("Atelier sécurité" if locale == FR else "Security workshop", locale=locale)
    await chat.say("annuler" if locale == FR else "cancel", locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert said.format(claim_id=claim_id) in shown(replies)
    # At the exact question it was left at: the execution date.
    assert (
        "Quand l'activité a-t-elle eu lieu" if locale == FR else "When did the activity run"
    ) in shown(replies)


async def test_of_a_plan_and_a_claim_the_one_changed_last_is_resumed(chat: Chat, plan) -> None:
    plan_id = plan_id_in(await chat.say("new plan"))
    await chat.say("cancel")
    claim_id, _ = await start_claim(chat)
    await chat.say("cancel")
    assert f"Picking up claim **{claim_id}**" in shown(await chat.say("resume"))
    await chat.say("cancel")
    await chat.say("continue my plan")
    await chat.say("1234567")  # the plan changes last
    await chat.say("cancel")
    assert f"Picking up **{plan_id}** where you left it." in shown(await chat.say("resume"))


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        (EN, "You have no draft to continue. Say **new plan** or **new claim** to start one."),
        (FR, "Vous n'avez aucun brouillon à reprendre. Dites **nouveau plan** ou **nouvelle"),
    ],
)
async def test_a_bare_resume_with_no_draft_names_both_ways_to_start(
    chat: Chat, locale: str, said: str
) -> None:
    chat.locale = locale
    assert said in shown(await chat.say("reprendre" if locale == FR else "resume", locale=locale))


async def test_continue_with_a_claim_id_opens_that_claim(chat: Chat, plan) -> None:
    claim_id, _ = await start_claim(chat)
    await chat.say("cancel")
    assert f"Picking up claim **{claim_id}**" in shown(await chat.say(f"continue {claim_id}"))


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        (EN, "**resume**: pick up the draft you changed last, plan or claim"),
        (FR, "**reprendre** : reprendre le brouillon modifié en dernier, plan ou réclamation"),
    ],
)
async def test_help_names_resume_for_either_draft(chat: Chat, locale: str, said: str) -> None:
    chat.locale = locale
    assert said in shown(await chat.say("aide" if locale == FR else "help", locale=locale))
