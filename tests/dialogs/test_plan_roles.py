"""Who may submit: anyone in the tenant may draft, only an admin (Incentives, Global, Billing)."""

from __future__ import annotations

import pytest

from domain.lifecycle import PlanStatus
from tests.dialogs.test_plan_journey import answer_until, last_card, start_plan, texts
from tests.support import ADMIN, TENANT, USER, Chat

EN, FR = "en-US", "fr-FR"


@pytest.fixture
def seeded_storage(chat: Chat):
    """The store the `chat` fixture seeded with the role directory (Ada admin, Uma user)."""
    return chat.storage


async def draft_to_review(chat: Chat) -> str:
    plan_id = await start_plan(chat, chat.locale)
    await answer_until(chat, "review", locale=chat.locale)
    return plan_id


async def status_and_submissions(chat: Chat, plan_id: str, tenant: str = TENANT):
    plan = await chat.services.plans.get_plan(tenant, plan_id)
    assert plan is not None
    return plan.status, [h for h in plan.history if h.status == PlanStatus.SUBMITTED.value]


@pytest.mark.parametrize(
    ("locale", "submit", "refusal"),
    [
        (EN, "submit", "Your draft is saved; ask Ada Admin to submit it."),
        (FR, "soumettre", "Votre brouillon est enregistré ; demandez à Ada Admin de le soumettre."),
    ],
)
async def test_an_incentives_user_drafts_but_cannot_submit(
    seeded_storage, locale: str, submit: str, refusal: str
) -> None:
    chat = Chat(
        seeded_storage, user_id=USER, user_name="Uma User", conversation_id="a:uma", locale=locale
    )
    plan_id = await draft_to_review(chat)

    replies = await chat.say(submit)

    assert refusal in texts(replies)
    assert f"{plan_id}" in last_card(replies).shown  # the review is shown again
    assert await status_and_submissions(chat, plan_id) == (PlanStatus.EDITING, [])


async def test_an_incentives_user_clicking_submit_is_refused_too(seeded_storage) -> None:
    chat = Chat(seeded_storage, user_id=USER, user_name="Uma User", conversation_id="a:uma")
    plan_id = await draft_to_review(chat)
    review = last_card(chat.transcript)
    # A user's review offers no Submit button; a submit click (an older card) is refused.
    assert "Submit for approval" not in [a["title"] for a in review.card["actions"]]
    replies = await chat.click({**review.submit_data("Save and close"), "answer": "submit"})
    assert "Only an Incentives admin (or a Global or Billing admin) can submit" in texts(replies)
    assert "Ada Admin" in texts(replies)
    assert await status_and_submissions(chat, plan_id) == (PlanStatus.EDITING, [])


async def test_a_person_missing_from_the_directory_is_told_who_can_submit(seeded_storage) -> None:
    chat = Chat(
        seeded_storage, user_id="aad-new-hire", user_name="Nina New", conversation_id="a:nina"
    )
    plan_id = await draft_to_review(chat)
    replies = await chat.say("submit")
    assert "ask Ada Admin to submit it" in texts(replies)
    assert await status_and_submissions(chat, plan_id) == (PlanStatus.EDITING, [])


@pytest.mark.parametrize(
    ("locale", "submit", "refusal"),
    [
        (EN, "submit", "ask your organisation's Incentives admin to submit it."),
        (FR, "soumettre", "demandez à l'administrateur Incentives de votre organisation"),
    ],
)
async def test_an_unknown_organisation_is_told_to_ask_its_incentives_admin(
    seeded_storage, locale: str, submit: str, refusal: str
) -> None:
    stranger = "99999999-0000-0000-0000-000000000000"
    chat = Chat(
        seeded_storage,
        user_id="aad-stranger",
        tenant_id=stranger,
        locale=locale,
        conversation_id="a:stranger",
    )
    plan_id = await start_plan(chat, locale)
    # No partner ids on file: the first question is typed, not picked.
    await answer_until(chat, "review", locale=locale)

    replies = await chat.say(submit)

    assert refusal in texts(replies)
    status, submissions = await status_and_submissions(chat, plan_id, tenant=stranger)
    assert (status, submissions) == (PlanStatus.EDITING, [])


async def test_the_admin_submits_the_plan_a_user_drafted(seeded_storage) -> None:
    drafter = Chat(seeded_storage, user_id=USER, user_name="Uma User", conversation_id="a:uma")
    plan_id = await draft_to_review(drafter)
    await drafter.say("save")

    admin = Chat(seeded_storage, conversation_id="a:personal-chat-admin")
    replies = await admin.say(f"continue my plan {plan_id}")
    replies = await admin.click(last_card(replies).submit_data("Submit for approval"))

    assert "Plan submitted for approval" in last_card(replies).shown
    status, [entry] = await status_and_submissions(admin, plan_id)
    assert status is PlanStatus.SUBMITTED and entry.actor == ADMIN


async def test_with_drafting_requires_role_an_unlisted_person_is_refused_politely(
    storage, tmp_path
):
    from tests.support import Chat, shown

    stranger = Chat(storage, user_id="aad-stranger", user_name="Sam", locale="fr-FR")
    await stranger.seed_roles(tmp=tmp_path)
    stranger.services.drafting_requires_role = True
    replies = await stranger.say("nouveau plan")
    assert "Seuls les utilisateurs et administrateurs Incentives" in shown(replies)
    assert "Ada Admin" in shown(replies)
    assert await stranger.services.plans.list_plans(stranger.tenant_id) == []
    assert "Seuls" in shown(await stranger.say("où en est ma réclamation ?"))
    assert "Voici ce que je sais faire" in shown(await stranger.say("aide"))  # help still works


async def test_with_drafting_requires_role_a_listed_user_still_drafts(storage, tmp_path):
    from tests.support import USER, Chat, shown

    user = Chat(storage, user_id=USER, user_name="Uma User")
    await user.seed_roles(tmp=tmp_path)
    user.services.drafting_requires_role = True
    assert "PLN-2026-000001" in shown(await user.say("new plan"))
