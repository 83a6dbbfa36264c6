"""Adaptive Card clicks: answers without text, late and repeated clicks, forged values, review."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from domain.lifecycle import PlanStatus
from domain.plan import ACTIVITY_FIELDS, CAMPAIGN_FIELDS, PLAN_FIELDS
from tests.dialogs.test_plan_journey import answer_until, get, last_card, start_plan, texts
from tests.support import USER, Chat, Reply, shown

STALE = "That card is out of date"


def snapshot(plan) -> dict:
    return plan.model_dump(mode="json")


async def test_a_card_submit_without_text_is_the_answer(chat: Chat) -> None:
    plan_id = await start_plan(chat)
    fund_card = last_card(await answer_until(chat, "fund_type"))
    replies = await chat.click(fund_card.submit_data("Market development funds (MDF)"))
    assert (await get(chat, plan_id)).fund_type == "mdf"
    assert last_card(replies).submit_data("FY27 H1")  # the next question, the period


async def test_a_date_picked_on_a_french_card_is_read_as_iso(chat: Chat) -> None:
    chat.locale = "fr-FR"
    plan_id = await start_plan(chat, "fr-FR")
    start_card = last_card(await answer_until(chat, "start_date", locale="fr-FR"))
    replies = await chat.click(start_card.submit_data("OK"), answer="2027-03-05")
    assert "✓ 5 mars 2027" in texts(replies)
    assert (await get(chat, plan_id)).campaigns[0].start_date == date(2027, 3, 5)


async def test_the_same_card_clicked_twice_changes_nothing_the_second_time(chat: Chat) -> None:
    plan_id = await start_plan(chat)
    fund_card = last_card(await answer_until(chat, "fund_type"))
    period_card = last_card(await chat.click(fund_card.submit_data("Co-op")))
    before = snapshot(await get(chat, plan_id))

    replies = await chat.click(fund_card.submit_data("Market development funds (MDF)"))

    assert STALE in texts(replies)
    assert last_card(replies).card == period_card.card  # where we are: the period question
    assert snapshot(await get(chat, plan_id)) == before
    await chat.click(last_card(replies).submit_data("FY27 H2"))
    plan = await get(chat, plan_id)
    assert (plan.fund_type, plan.period) == ("coop", "FY27 H2")


async def test_a_double_click_on_a_yes_no_card_adds_one_activity_only(chat: Chat) -> None:
    plan_id = await start_plan(chat)
    more = last_card(await answer_until(chat, "more_activities"))
    await chat.click(more.submit_data("Yes"))
    replies = await chat.click(more.submit_data("Yes"))
    assert STALE in texts(replies)
    assert len((await get(chat, plan_id)).campaigns[0].activities) == 2


async def test_a_stale_click_after_the_dialog_ended_resumes_the_draft(chat: Chat) -> None:
    plan_id = await start_plan(chat)
    currency_card = last_card(await answer_until(chat, "currency"))
    await chat.click(currency_card.submit_data("USD"))
    await chat.say("cancel")
    before = snapshot(await get(chat, plan_id))

    replies = await chat.click(currency_card.submit_data("EUR"))

    assert STALE in texts(replies)
    assert "e-mail address of your Microsoft account manager" in texts(replies)
    assert snapshot(await get(chat, plan_id)) == before
    await chat.say("ana@microsoft.com")  # the dialog runs again
    plan = await get(chat, plan_id)
    assert (plan.currency, plan.reviewer_email) == ("USD", "ana@microsoft.com")


async def test_the_pending_questions_card_clicked_after_cancel_is_shown_again(chat: Chat) -> None:
    chat.locale = "fr-FR"
    plan_id = await start_plan(chat, "fr-FR")
    fund_card = last_card(await answer_until(chat, "fund_type", locale="fr-FR"))
    await chat.say("annuler")

    replies = await chat.click(fund_card.submit_data("Co-op"))

    # Nothing was answered, and nothing is said to have been: the question comes again.
    assert "Cette carte n'est plus à jour" in texts(replies)
    assert "déjà reçu une réponse, ou la conversation a avancé" in texts(replies)
    assert last_card(replies).card == fund_card.card
    assert (await get(chat, plan_id)).fund_type is None
    await chat.click(last_card(replies).submit_data("Co-op"))
    assert (await get(chat, plan_id)).fund_type == "coop"


async def test_submit_clicked_again_after_submission_says_it_was_already_submitted(
    chat: Chat,
) -> None:
    plan_id = await start_plan(chat)
    review = last_card(await answer_until(chat, "review"))
    await chat.click(review.submit_data("Submit for approval"))
    submitted = await get(chat, plan_id)
    assert submitted.status is PlanStatus.SUBMITTED

    replies = await chat.click(review.submit_data("Submit for approval"))

    assert f"**{plan_id}** was already submitted (Submitted)" in texts(replies)
    again = await get(chat, plan_id)
    assert len(again.history) == len(submitted.history)
    assert again.version == submitted.version


async def test_any_other_click_on_a_submitted_plan_says_it_is_locked(chat: Chat) -> None:
    chat.locale = "fr-FR"
    plan_id = await start_plan(chat, "fr-FR")
    review = last_card(await answer_until(chat, "review", locale="fr-FR"))
    await chat.say("soumettre")
    replies = await chat.click(review.submit_data("Enregistrer et fermer"))
    assert f"**{plan_id}** ne peut plus être modifié (statut : Soumis)." in texts(replies)


async def test_a_forged_click_for_another_plan_or_field_is_stale(chat: Chat) -> None:
    plan_id = await start_plan(chat)
    program_card = last_card(await answer_until(chat, "program"))
    before = snapshot(await get(chat, plan_id))
    forged_plan = {**program_card.submit_data("OK"), "target": "PLN-2026-000999"}
    forged_field = {**program_card.submit_data("OK"), "field": "market"}

    for forged in (forged_plan, forged_field):
        replies = await chat.click(forged, answer="hosting")
        assert STALE in texts(replies)
        assert last_card(replies).card == program_card.card
    assert snapshot(await get(chat, plan_id)) == before


@pytest.mark.parametrize(
    ("locale", "unreadable"),
    [
        ("en-US", "I couldn't read what that card sent (it wasn't text), so I changed nothing"),
        ("fr-FR", "Je n'ai pas pu lire ce que cette carte a envoyé (ce n'était pas du texte)"),
    ],
)
async def test_a_forged_answer_that_is_not_text_is_not_quoted_back(
    chat: Chat, locale: str, unreadable: str
) -> None:
    """A card sends text; a forged one sent {"x": 1} and got '"{'x': 1}" isn't an amount I
    can read': the bot's own rendering of the object, quoted back as if typed."""
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    program_card = last_card(await answer_until(chat, "program", locale=locale))
    before = snapshot(await get(chat, plan_id))
    for answer in ({"x": 1}, ["hosting"], {"form.name": {"$gt": ""}}):
        replies = await chat.click({**program_card.submit_data("OK"), "answer": answer})
        said = texts(replies)
        assert unreadable in said
        assert "{'" not in said and "['" not in said
        assert last_card(replies).card == program_card.card
    assert snapshot(await get(chat, plan_id)) == before


async def test_a_forged_click_for_another_tenants_plan_finds_nothing(chat: Chat) -> None:
    other = await chat.services.plans.create_plan(
        tenant_id="other-tenant", owner_id="someone", owner_name=None, today=chat.today
    )
    forged = {"action": "answer", "field": "mpn_id", "target": other.id, "answer": "7654321"}
    replies = await chat.click(forged)
    assert f"I can't find a plan {other.id}" in texts(replies)
    untouched = await chat.services.plans.get_plan("other-tenant", other.id)
    assert untouched is not None and untouched.mpn_id is None


async def test_an_unknown_card_action_is_not_understood(chat: Chat) -> None:
    assert "I didn't understand" in texts(await chat.click({"action": "drop_tables"}))


# -- the review card ---------------------------------------------------------------------------


async def review_of(chat: Chat) -> tuple[str, Reply]:
    plan_id = await start_plan(chat)
    return plan_id, last_card(await answer_until(chat, "review"))


def actions_of(node: Any) -> list[dict[str, Any]]:
    """Every Action.Submit of a card, in the order a partner sees them (shown cards too)."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if node.get("type") == "Action.Submit":
            found.append(node)
        for value in node.values():
            found += actions_of(value)
    elif isinstance(node, list):
        for value in node:
            found += actions_of(value)
    return found


def review_values(review: Reply) -> list[str]:
    return [str(a["data"].get("answer")) for a in actions_of(review.card)]


def button_for(review: Reply, value: str) -> dict[str, Any]:
    [action] = [a for a in actions_of(review.card) if a["data"].get("answer") == value]
    return action


async def pick(chat: Chat, review: Reply, value: str) -> list[Reply]:
    """Click the review's own button for `value` (in its section's Edit, or at the end)."""
    return await chat.click(dict(button_for(review, value)["data"]))


async def test_change_the_plan_limit_from_the_review(chat: Chat) -> None:
    plan_id, review = await review_of(chat)
    replies = await pick(chat, review, "edit:plan_limit")
    assert "What is the plan limit, in EUR?" in texts(replies)
    assert "Currently: EUR 50,000.00." in texts(replies)
    replies = await chat.say("60,000")
    assert "Planned EUR 12,500.50 of EUR 60,000.00" in last_card(replies).shown
    assert (await get(chat, plan_id)).plan_limit == Decimal("60000")


async def test_change_a_campaign_date_from_the_review_by_clicking(chat: Chat) -> None:
    plan_id, review = await review_of(chat)
    replies = await pick(chat, review, "edit:C1:end_date")
    replies = await chat.click(last_card(replies).submit_data("OK"), answer="2027-06-30")
    assert f"Review of {plan_id}" in last_card(replies).shown
    assert (await get(chat, plan_id)).campaigns[0].end_date == date(2027, 6, 30)


@pytest.mark.parametrize(
    ("locale", "start", "says"),
    [
        ("en-US", "2027-05-01", "The start date (1 May 2027) is after the end date (31 Mar 2027)."),
        (
            "fr-FR",
            "01/05/2027",
            "La date de début (1er mai 2027) est après la date de fin (30 avril 2027).",
        ),
    ],
)
async def test_a_start_date_moved_after_the_end_asks_for_the_start_again(
    chat: Chat, locale: str, start: str, says: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    review = last_card(await answer_until(chat, "review", locale=locale))
    await pick(chat, review, "edit:C1:start_date")

    replies = await chat.say(start)

    assert says in texts(replies)
    before = (await get(chat, plan_id)).campaigns[0]
    valid = "2027-01-20" if locale == "en-US" else "20/03/2027"
    await chat.say(valid)  # the start date is still the question
    after = (await get(chat, plan_id)).campaigns[0]
    assert after.start_date != before.start_date
    assert after.end_date == before.end_date


async def test_add_a_campaign_from_the_review(chat: Chat) -> None:
    plan_id, review = await review_of(chat)
    replies = await pick(chat, review, "add_campaign")
    assert "Campaign 2: what is its name?" in shown(replies)  # a card: its form beside it
    for answer in ("Autumn", "2027-04-01", "2027-05-31", "tradeshow", "Booth", "DE", "1000"):
        replies = await chat.say(answer)
    replies = await chat.say("no")  # no more activities: back to the review
    assert "Autumn" in last_card(replies).shown
    plan = await get(chat, plan_id)
    assert [c.name for c in plan.campaigns] == ["Spring push", "Autumn"]
    assert plan.campaigns[1].activities[0].activity_type == "tradeshow"
    assert plan.planned_total == Decimal("13500.50")


async def test_add_an_activity_to_a_campaign_from_the_review(chat: Chat) -> None:
    plan_id, review = await review_of(chat)
    replies = await pick(chat, review, "add_activity:C1")
    assert "Activity 2 of **Spring push**" in last_card(replies).shown
    for answer in ("telemarketing", "Call the SMB list", "FR", "2,000"):
        replies = await chat.say(answer)
    assert "Add another activity to **Spring push**?" in last_card(replies).shown
    replies = await chat.say("no")
    assert "Telemarketing" in last_card(replies).shown
    [campaign] = (await get(chat, plan_id)).campaigns
    assert [a.activity_type for a in campaign.activities] == [
        "digital_advertising",
        "telemarketing",
    ]


async def test_remove_an_activity_from_the_review(chat: Chat) -> None:
    plan_id, review = await review_of(chat)
    replies = await pick(chat, review, "remove:A2")
    assert "Removed the activity Digital advertising (Spring push)." in texts(replies)
    review = last_card(replies)
    assert "remove:A2" not in review_values(review)
    [campaign] = (await get(chat, plan_id)).campaigns
    assert campaign.activities == []
    # An empty campaign is something a reviewer would reject.
    assert "⛔" in review.shown and "Spring push has no activity" in review.shown


async def test_save_and_close_from_the_review_keeps_a_draft(chat: Chat) -> None:
    plan_id, review = await review_of(chat)
    replies = await chat.click(review.submit_data("Save and close"))
    assert f"Saved. **{plan_id}** stays a draft" in texts(replies)
    assert (await get(chat, plan_id)).status is PlanStatus.EDITING
    replies = await chat.say("continue my plan")
    assert f"Review of {plan_id}" in last_card(replies).shown


async def test_a_typed_review_answer_still_works(chat: Chat) -> None:
    plan_id, _ = await review_of(chat)
    replies = await chat.say("change currency")
    assert "In which currency?" in last_card(replies).shown
    await chat.click(last_card(replies).submit_data("GBP"))
    assert (await get(chat, plan_id)).currency == "GBP"


# -- the review card's layout: one edit action a section, the primary button first ------------


def card_level_actions(review: Reply) -> list[dict[str, Any]]:
    return review.card.get("actions", [])


def section_of(review: Reply, text: str) -> dict[str, Any]:
    """The container whose first text block contains `text`."""
    for element in review.card["body"]:
        if element.get("type") == "Container":
            first = next((e for e in element["items"] if e.get("type") == "TextBlock"), None)
            if first is not None and text in first["text"]:
                return element
    raise AssertionError(f"no section {text!r}")


@pytest.mark.parametrize("locale", ["en-US", "fr-FR"])
async def test_the_review_leads_with_no_go_button_and_no_long_drop_down(
    chat: Chat, locale: str
) -> None:
    chat.locale = locale
    await start_plan(chat, locale)
    review = last_card(await answer_until(chat, "review", locale=locale))
    titles = [a["title"] for a in actions_of(review.card)]
    assert "Go" not in titles and "Valider" not in titles
    assert review.choice_values() == []  # no drop-down of every change


async def test_each_section_of_the_review_has_its_own_edit_actions(chat: Chat) -> None:
    chat.locale = "fr-FR"
    await start_plan(chat, "fr-FR")
    review = last_card(await answer_until(chat, "review", locale="fr-FR"))

    details = [
        str(a["data"].get("answer")) for a in actions_of(section_of(review, "Détails du plan"))
    ]
    assert details == [f"edit:{name}" for name in PLAN_FIELDS]
    spring = [
        str(a["data"].get("answer")) for a in actions_of(section_of(review, "Campagne printemps"))
    ]
    assert [v for v in spring if v.startswith("edit:C1:") and v.count(":") == 2] == [
        f"edit:C1:{name}" for name in CAMPAIGN_FIELDS
    ]
    assert "add_activity:C1" in spring and "remove:C1" in spring
    # Each activity has its own edit action, inside its campaign.
    for activity_id in ("A2", "A3"):
        assert [v for v in spring if f":{activity_id}:" in v] == [
            f"edit:C1:{activity_id}:{name}" for name in ACTIVITY_FIELDS
        ]
        assert f"remove:{activity_id}" in spring
    # Right under the campaign's heading: one "edit" action that opens its own changes.
    campaign_actions = [
        action["title"]
        for item in section_of(review, "Campagne printemps")["items"]
        if item.get("type") == "ActionSet"
        for action in item["actions"]
    ]
    assert campaign_actions == ["Modifier la campagne"]


@pytest.mark.parametrize(
    ("locale", "primary"),
    [("en-US", "Submit for approval"), ("fr-FR", "Soumettre pour approbation")],
)
async def test_an_admins_review_with_nothing_to_fix_leads_with_submit(
    chat: Chat, locale: str, primary: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    review = last_card(await answer_until(chat, "review", locale=locale))
    first = card_level_actions(review)[0]
    assert (first["title"], first.get("style")) == (primary, "positive")
    replies = await chat.click(dict(first["data"]))
    assert (await get(chat, plan_id)).status is PlanStatus.SUBMITTED
    assert plan_id in last_card(replies).shown


async def test_a_review_with_a_blocking_problem_leads_with_its_fix(chat: Chat) -> None:
    plan_id, review = await review_of(chat)
    review = last_card(await pick(chat, review, "remove:A2"))  # the campaign is now empty
    first = card_level_actions(review)[0]
    assert (first["title"], first.get("style")) == ("Add an activity to Spring push", "positive")
    assert "Submit for approval" not in [a["title"] for a in card_level_actions(review)]
    # Typed, submit still answers: with what blocks it.
    assert f"I can't submit **{plan_id}** yet" in texts(await chat.say("submit"))
    replies = await chat.click(dict(first["data"]))
    assert "Activity 1 of **Spring push**" in last_card(replies).shown


async def test_a_users_review_leads_with_save_and_names_who_submits(chat: Chat) -> None:
    user = Chat(chat.storage, user_id=USER, user_name="Uma User", conversation_id="a:uma")
    await start_plan(user)
    review = last_card(await answer_until(user, "review"))
    first = card_level_actions(review)[0]
    assert (first["title"], first.get("style")) == ("Save and close", "positive")
    assert "Submit for approval" not in [a["title"] for a in card_level_actions(review)]
    assert "ask Ada Admin to submit it" in review.shown


@pytest.mark.parametrize(
    ("locale", "typed", "asks"),
    [
        ("en-US", "change plan limit", "What is the plan limit, in EUR?"),
        ("en-US", "change Spring push end date", "When does **Spring push** end?"),
        ("fr-FR", "modifier plafond du plan", "Quel est le plafond du plan, en EUR ?"),
        (
            "fr-FR",
            "modifier Campagne printemps date de fin",
            "Quand se termine **Campagne printemps** ?",
        ),
    ],
)
async def test_every_edit_on_the_card_can_be_typed(
    chat: Chat, locale: str, typed: str, asks: str
) -> None:
    chat.locale = locale
    await start_plan(chat, locale)
    review = last_card(await answer_until(chat, "review", locale=locale))
    assert typed in review.shown  # the card says what to type
    replies = await chat.say(typed, locale=locale)
    assert asks in shown(replies)


@pytest.mark.parametrize("locale", ["en-US", "fr-FR"])
async def test_an_edit_clicked_in_a_section_asks_that_field(chat: Chat, locale: str) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    review = last_card(await answer_until(chat, "review", locale=locale))
    replies = await pick(chat, review, "edit:plan_limit")
    await chat.say("60000" if locale == "en-US" else "60 000", locale=locale)
    assert (await get(chat, plan_id)).plan_limit == Decimal("60000")
    assert replies


@pytest.mark.parametrize(
    ("locale", "says"),
    [
        ("en-US", 'I don\'t know "12" here. Click a button of the card'),
        ("fr-FR", "Je ne connais pas « 12 » ici. Cliquez sur un bouton de la carte"),
    ],
)
async def test_a_number_typed_at_the_review_picks_nothing_since_none_is_shown(
    chat: Chat, locale: str, says: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "review", locale=locale)
    before = snapshot(await get(chat, plan_id))
    replies = await chat.say("12", locale=locale)
    assert says in texts(replies)
    assert "number" not in texts(replies) and "numéro" not in texts(replies)
    assert snapshot(await get(chat, plan_id)) == before
