"""Leaving and coming back: cancel, continue, a restart, help, my plans, delete draft."""

from __future__ import annotations

from datetime import date

import pytest

from domain.lifecycle import PlanStatus
from tests.dialogs.test_plan_journey import (
    answer_until,
    get,
    last_card,
    plan_id_in,
    start_plan,
    texts,
)
from tests.support import TENANT, Chat, tinydb_storage

EN, FR = "en-US", "fr-FR"


async def test_cancel_keeps_the_draft_and_continue_resumes_at_the_exact_question(
    chat: Chat,
) -> None:
    plan_id = await start_plan(chat)
    replies = await answer_until(chat, "end_date")
    asked = last_card(replies).card
    before = (await get(chat, plan_id)).model_dump(mode="json")

    replies = await chat.say("cancel")
    assert "I've stopped" in texts(replies) and plan_id in texts(replies)
    assert (await get(chat, plan_id)).model_dump(mode="json") == before
    # Out of the dialog: an answer is no longer taken as one.
    assert "didn't understand" in texts(await chat.say("2027-03-31"))

    replies = await chat.say("continue my plan")
    assert f"Picking up **{plan_id}**" in texts(replies)
    assert last_card(replies).card == asked
    await chat.say("2027-03-31")
    assert (await get(chat, plan_id)).campaigns[0].end_date == date(2027, 3, 31)


async def test_french_cancel_and_resume(chat: Chat) -> None:
    chat.locale = FR
    plan_id = await start_plan(chat, FR)
    await answer_until(chat, "reviewer_email", locale=FR)
    assert "brouillon **" in texts(await chat.say("annuler"))
    replies = await chat.say("Reprendre mon plan")
    assert f"Je reprends **{plan_id}**" in texts(replies)
    assert "responsable de compte Microsoft" in texts(replies)  # the reviewer question again
    await chat.say("marc@microsoft.com")
    assert (await get(chat, plan_id)).reviewer_email == "marc@microsoft.com"


async def test_a_restart_mid_question_goes_on_with_the_next_answer(chat: Chat, data_dir) -> None:
    plan_id = await start_plan(chat)
    await answer_until(chat, "start_date")

    # The process restarts: new adapter, new storage object over the same folder.
    restarted = Chat(tinydb_storage(data_dir))
    await restarted.say("2027-01-10")
    plan = await restarted.services.plans.get_plan(TENANT, plan_id)
    assert plan is not None and plan.campaigns[0].start_date == date(2027, 1, 10)
    replies = await restarted.say("2027-03-31")
    assert "Activity 1 of **Spring push**" in last_card(replies).shown


async def test_a_restart_after_cancel_then_continue_my_plan(chat: Chat, data_dir) -> None:
    plan_id = await start_plan(chat)
    await answer_until(chat, "description")
    await chat.say("cancel")

    restarted = Chat(tinydb_storage(data_dir))
    replies = await restarted.say("continue my plan")
    assert plan_id in texts(replies)
    assert "Describe this activity (Digital advertising)" in texts(replies)
    await restarted.say("LinkedIn ads for SMB")
    plan = await restarted.services.plans.get_plan(TENANT, plan_id)
    assert plan is not None
    assert plan.campaigns[0].activities[0].description == "LinkedIn ads for SMB"


async def test_resume_a_named_draft_by_its_id(chat: Chat) -> None:
    chat.locale = FR
    older = await start_plan(chat, FR)
    await answer_until(chat, "market", locale=FR)
    await chat.say("annuler")
    newer = await start_plan(chat, FR)
    await chat.say("annuler")

    replies = await chat.say(f"reprendre mon plan {older.lower()}")
    assert f"Je reprends **{older}**" in texts(replies)
    assert "Pour quel marché" in texts(replies)
    await chat.say("Suisse")
    assert (await get(chat, older)).market == "CH"
    assert (await get(chat, newer)).market is None


async def test_continue_another_draft_by_id_mid_dialog_switches_to_it(
    chat: Chat,
) -> None:
    first = await start_plan(chat)
    await chat.say("7654321")  # an answer: "new plan" then starts another draft
    await chat.say("cancel")
    second = await start_plan(chat)
    await answer_until(chat, "program")
    replies = await chat.say(f"continue my plan {first}")
    assert f"Picking up **{first}**" in texts(replies)
    await chat.say("CSP Indirect Reseller")
    assert (await get(chat, first)).program == "csp_indirect_reseller"
    assert (await get(chat, second)).program is None


@pytest.mark.parametrize(
    ("locale", "command", "says"),
    [
        (EN, "continue my plan", "no draft to continue"),
        (FR, "reprendre mon plan", "aucun brouillon"),
    ],
)
async def test_continue_without_any_draft(chat: Chat, locale: str, command: str, says: str) -> None:
    chat.locale = locale
    assert says in texts(await chat.say(command))


async def test_continue_a_submitted_plan_says_it_is_locked(chat: Chat) -> None:
    plan_id = await start_plan(chat)
    await answer_until(chat, "review")
    await chat.say("submit")
    replies = await chat.say(f"continue my plan {plan_id}")
    assert f"**{plan_id}** can't be changed any more (status: Submitted)." in texts(replies)
    # With no draft, the plan sent is named, with why it can't change (stop 46).
    said = texts(await chat.say("continue my plan"))
    assert f"You have no plan draft: **{plan_id}** was sent (Submitted)" in said, said


@pytest.mark.parametrize(
    ("locale", "field", "word", "explains"),
    [
        (EN, "program", "help", "The incentive program these co-op funds come from"),
        (FR, "program", "aide", "Le programme d'incentives"),
        (EN, "start_date", "Help", "The day the campaign starts"),
        (FR, "start_date", "Aide !", "Le jour où la campagne commence"),
        (EN, "more_activities", "help?", "Answer yes to add another activity"),
        (FR, "review", "aide", "Soumettez-le pour approbation"),
    ],
)
async def test_help_mid_dialog_explains_the_question_and_asks_it_again(
    chat: Chat, locale: str, field: str, word: str, explains: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    asked = last_card(await answer_until(chat, field, locale=locale)).card
    before = (await get(chat, plan_id)).model_dump(mode="json")

    replies = await chat.say(word)

    assert explains in texts(replies)
    assert ("cancel" if locale == EN else "annuler") in texts(replies)  # the way out
    assert plan_id in texts(replies)
    assert last_card(replies).card == asked
    assert (await get(chat, plan_id)).model_dump(mode="json") == before


async def test_help_on_a_text_question_reasks_it(chat: Chat) -> None:
    plan_id = await start_plan(chat)
    await answer_until(chat, "planned_amount")
    replies = await chat.say("help")
    assert "in the plan currency (EUR)" in texts(replies)
    assert replies[-1].text == "How much do you plan to spend on it, in EUR?"
    await chat.say("1,000")
    assert (await get(chat, plan_id)).campaigns[0].activities[0].planned_amount == 1000


async def test_help_outside_a_dialog_lists_what_the_assistant_does(chat: Chat) -> None:
    assert "**new plan**" in texts(await chat.say("help"))
    assert "**nouveau plan**" in texts(await chat.say("aide", locale=FR))


async def test_my_plans_mid_dialog_answers_then_asks_again(chat: Chat) -> None:
    plan_id = await start_plan(chat)
    asked = last_card(await answer_until(chat, "fund_type")).card
    replies = await chat.say("my plans")
    assert f"**{plan_id}** · CSP Indirect Reseller · — · Draft" in texts(replies)
    assert last_card(replies).card == asked
    await chat.say("co-op")
    assert (await get(chat, plan_id)).fund_type == "coop"


async def test_continue_my_plan_mid_dialog_asks_the_same_question_again(chat: Chat) -> None:
    plan_id = await start_plan(chat)
    asked = last_card(await answer_until(chat, "activity_type")).card
    replies = await chat.say("continue my plan")
    assert last_card(replies).card == asked
    await chat.say("tradeshow")
    assert (await get(chat, plan_id)).campaigns[0].activities[0].activity_type == "tradeshow"


async def test_new_plan_mid_dialog_is_refused_politely(chat: Chat) -> None:
    chat.locale = FR
    plan_id = await start_plan(chat, FR)
    asked = last_card(await answer_until(chat, "currency", locale=FR)).card
    replies = await chat.say("nouveau plan")
    assert f"Vous travaillez sur **{plan_id}**" in texts(replies)
    assert last_card(replies).card == asked
    assert [s.id for s in await chat.services.plans.list_plans(TENANT)] == [plan_id]


async def test_delete_draft_asks_first_and_no_keeps_it(chat: Chat) -> None:
    plan_id = await start_plan(chat)
    await answer_until(chat, "market")
    replies = await chat.say("delete draft")
    assert f"Delete draft {plan_id} for good?" in last_card(replies).shown
    replies = await chat.say("no")
    assert f"I kept **{plan_id}**" in texts(replies)
    assert await chat.services.plans.get_plan(TENANT, plan_id) is not None
    # The question it interrupted is where "continue" lands.
    assert "Which market" in texts(await chat.say("continue my plan"))


async def test_delete_draft_yes_deletes_it(chat: Chat) -> None:
    chat.locale = FR
    plan_id = await start_plan(chat, FR)
    await chat.say("annuler")
    replies = await chat.say("supprimer le brouillon")
    replies = await chat.click(last_card(replies).submit_data("Oui"))
    assert f"Le brouillon **{plan_id}** est supprimé" in texts(replies)
    assert await chat.services.plans.get_plan(TENANT, plan_id) is None
    assert "aucun plan" in texts(await chat.say("mes plans"))
    assert "aucun brouillon" in texts(await chat.say("reprendre mon plan"))


async def test_delete_a_submitted_plan_is_refused(chat: Chat) -> None:
    plan_id = await start_plan(chat)
    await answer_until(chat, "review")
    await chat.say("submit")
    replies = await chat.say(f"delete draft {plan_id}")
    assert "can't be changed" in texts(replies)
    plan = await get(chat, plan_id)
    assert plan.status is PlanStatus.SUBMITTED


async def test_the_started_plan_id_is_the_one_in_storage(chat: Chat) -> None:
    replies = await chat.click({"action": "new_plan"})
    plan_id = plan_id_in(replies)
    assert [s.id for s in await chat.services.plans.list_plans(TENANT)] == [plan_id]
