"""Fill a whole card (issue 15): the plan's details, a campaign and an activity each have one
Adaptive Card form with all their inputs, prefilled with what is known.

The journey figure: a 2 campaigns × 2 activities plan through the forms in at most 10 turns
(38 one field a message), in English and French. Each click is what Teams sends for an
Action.Submit inside an Action.ShowCard: the submit's data with every input of the card
merged in. A form with a wrong value comes back with that value's reason under it and
every value as typed; nothing is kept until the whole card is right.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from domain.lifecycle import PlanStatus
from tests.dialogs.test_plan_journey import get, last_card, plan_id_in, texts
from tests.support import Chat, Reply, shown
from views.strings import t

pytestmark = pytest.mark.asyncio

MOST_TURNS = 10

PLAN = {
    "mpn_id": "1234567",
    "program": "csp_indirect_reseller",
    "market": "France",
    "fund_type": "coop",
    "period": "FY27 H2",
    "currency": "EUR",
    "reviewer_email": "ana@microsoft.com",
    "plan_limit": "50 000",
}
CAMPAIGNS = [
    (
        {"name": "Spring push", "start_date": "2027-01-10", "end_date": "2027-03-31"},
        [
            {"activity_type": "digital_advertising", "description": "LinkedIn ads for SMB",
             "countries": "France, Belgium", "planned_amount": "12500"},
            {"activity_type": "customer_seminar", "description": "Copilot breakfast",
             "countries": "France", "planned_amount": "2000"},
        ],
    ),
    (
        {"name": "Back to school", "start_date": "2027-04-01", "end_date": "2027-06-30"},
        [
            {"activity_type": "tradeshow", "description": "Booth at the Brussels IT fair",
             "countries": "Belgium", "planned_amount": "3000"},
            {"activity_type": "digital_advertising", "description": "LinkedIn banners",
             "countries": "France", "planned_amount": "1500"},
        ],
    ),
]  # fmt: skip


def _form(replies: list[Reply]) -> dict[str, Any]:
    """The card form the last question offers (inside its Action.ShowCard)."""
    card = last_card(replies).card
    for action in card.get("actions", []):
        if action.get("type") == "Action.ShowCard":
            return action["card"]
    raise AssertionError(f"no form in {json_of(card)}")


def json_of(card: dict[str, Any]) -> str:
    import json

    return json.dumps(card, ensure_ascii=False)[:2000]


def _inputs(form: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        element["id"]: element for element in form["body"] if element["type"].startswith("Input.")
    }


async def _submit(
    chat: Chat, form: dict[str, Any], button: int, values: dict[str, str], locale: str
) -> list[Reply]:
    """Click the form's `button` (0: the first) with `values` typed in its inputs."""
    data = dict(form["actions"][button]["data"])
    inputs = {f"form.{name}": value for name, value in values.items()}
    chat.locale = locale
    return await chat.click(data, **inputs)


def _localized(values: dict[str, str], language: str) -> dict[str, str]:
    if language == "en":
        return values
    french = {"France, Belgium": "France, Belgique", "Belgium": "Belgique"}
    return {name: french.get(value, value) for name, value in values.items()}


@pytest.mark.parametrize("locale", ["en-US", "fr-FR"])
async def test_a_2x2_plan_through_the_card_forms_takes_at_most_10_turns(
    chat: Chat, locale: str
) -> None:
    language = locale[:2]
    turns = 0

    replies = await chat.say("new plan" if language == "en" else "nouveau plan", locale)
    turns += 1
    plan_id = plan_id_in(replies)
    form = _form(replies)
    assert set(_inputs(form)) == {f"form.{name}" for name in PLAN}
    replies = await _submit(chat, form, 0, PLAN, locale)
    turns += 1

    for campaign, activities in CAMPAIGNS:
        # The campaign's form: on its first question, or on "another campaign?".
        replies = await _submit(chat, _form(replies), 0, campaign, locale)
        turns += 1
        for number, activity in enumerate(activities):
            last = number == len(activities) - 1
            form = _form(replies)
            assert len(form["actions"]) == 2  # another activity follows, or none
            values = _localized(activity, language)
            replies = await _submit(chat, form, 1 if last else 0, values, locale)
            turns += 1
            assert "something went wrong" not in shown(replies).lower(), shown(replies)

    replies = await chat.say("no" if language == "en" else "non", locale)  # no third campaign
    turns += 1
    assert plan_id in last_card(replies).shown
    replies = await chat.say("submit" if language == "en" else "envoyer", locale)
    turns += 1
    assert turns <= MOST_TURNS

    plan = await get(chat, plan_id)
    assert plan.status is PlanStatus.SUBMITTED, shown(chat.transcript[-4:])
    assert (plan.mpn_id, plan.program, plan.market, plan.period, plan.plan_limit) == (
        "1234567", "csp_indirect_reseller", "FR", "FY27 H2", Decimal("50000"),
    )  # fmt: skip
    assert [len(c.activities) for c in plan.campaigns] == [2, 2]
    assert plan.campaigns[0].start_date == date(2027, 1, 10)
    assert plan.campaigns[1].activities[0].countries == ["BE"]


@pytest.mark.parametrize("locale", ["en-US", "fr-FR"])
async def test_a_wrong_value_comes_back_on_the_same_card_with_every_value_kept(
    chat: Chat, locale: str
) -> None:
    language = locale[:2]
    replies = await chat.say("new plan" if language == "en" else "nouveau plan", locale)
    plan_id = plan_id_in(replies)
    typed = {**PLAN, "reviewer_email": "ana@gmail.com", "plan_limit": "lots"}
    replies = await _submit(chat, _form(replies), 0, typed, locale)

    again = last_card(replies).card
    inputs = _inputs(again)
    # Every value as typed, the two wrong ones with their reasons beside them.
    assert {name: element.get("value") for name, element in inputs.items()} == {
        f"form.{name}": value for name, value in typed.items()
    }
    said = json_of(again)
    assert "@microsoft.com" in inputs["form.reviewer_email"]["errorMessage"]
    assert "errorMessage" in inputs["form.plan_limit"]
    assert "errorMessage" not in inputs["form.mpn_id"]
    assert t(language, "form.refused", count=2) in said
    plan = await get(chat, plan_id)
    assert plan.mpn_id is None and plan.program is None  # nothing kept yet

    # Corrected on that card: everything is taken at once.
    fixed = {**typed, "reviewer_email": "ana@microsoft.com", "plan_limit": "50 000"}
    replies = await chat.click(
        dict(again["actions"][0]["data"]), **{f"form.{k}": v for k, v in fixed.items()}
    )
    plan = await get(chat, plan_id)
    assert plan.reviewer_email == "ana@microsoft.com" and plan.plan_limit == Decimal("50000")
    assert plan.program == "csp_indirect_reseller"


async def test_the_form_is_prefilled_with_what_is_known_and_typing_still_works(
    chat: Chat,
) -> None:
    replies = await chat.say("new plan")
    replies = await chat.say("1234567, France")  # typed: two fields taken
    inputs = _inputs(_form(replies))
    assert inputs["form.mpn_id"]["value"] == "1234567"
    assert inputs["form.market"]["value"] == "France"
    assert "value" not in inputs["form.program"]
    assert "1234567" in texts(replies) or "1234567" in shown(replies)


async def test_a_form_from_an_older_question_is_stale(chat: Chat) -> None:
    replies = await chat.say("new plan")
    old = _form(replies)
    await chat.say("1234567")  # the question moved on
    replies = await _submit(chat, old, 0, PLAN, "en-US")
    assert t("en", "stale_card").split(" (")[0] in shown(replies)
    plan = await get(chat, plan_id_in(chat.transcript[0:3]))
    assert plan.program is None  # the stale form changed nothing


async def test_a_form_input_that_is_not_text_changes_nothing_and_is_not_quoted(
    chat: Chat,
) -> None:
    """A form's inputs send text; a forged one with an object in an input (as a query
    operator would be) gets the form's question again, nothing kept, nothing quoted."""
    replies = await chat.say("new plan")
    plan_id = plan_id_in(replies)
    data = dict(_form(replies)["actions"][0]["data"])
    forged = {f"form.{name}": value for name, value in PLAN.items()}
    replies = await chat.click(data, **{**forged, "form.mpn_id": {"$ne": ""}})
    said = shown(replies)
    assert t("en", "unreadable_card") in said and "$ne" not in said
    plan = await get(chat, plan_id)
    assert plan.mpn_id is None and plan.program is None


@pytest.mark.parametrize("locale", ["en-US", "fr-FR"])
async def test_a_claim_has_its_card_form_too(chat: Chat, locale: str) -> None:
    from tests.dialogs.claim_support import approved_plan, get_claim, start_claim

    chat.locale = locale
    await approved_plan(chat)  # one campaign, one seminar: chosen for the partner
    claim_id, replies = await start_claim(chat, locale)
    form = _form(replies)
    inputs = _inputs(form)
    assert inputs["form.claim.execution_date"]["type"] == "Input.Date"
    assert inputs["form.claim.impressions"]["type"] == "Input.Number"
    assert "form.claim.metric_value" in inputs  # a seminar reports its registered guests
    values = {
        "claim.name": "Security workshop",
        "claim.execution_date": "2026-11-10",
        "claim.amount": "9800.50" if locale == "en-US" else "9800,50",
        "claim.impressions": "3000",
        "claim.metric_value": "85 registered guests",
    }
    replies = await _submit(chat, form, 0, values, locale)
    claim = await get_claim(chat, claim_id)
    assert (claim.name, claim.execution_date, claim.amount, claim.impressions) == (
        "Security workshop", date(2026, 11, 10), Decimal("9800.50"), 3000,
    )  # fmt: skip
    assert claim.metric_value == "85 registered guests"
    assert "something went wrong" not in shown(replies).lower()


async def test_a_forged_form_where_none_is_offered_changes_nothing(chat: Chat) -> None:
    """A client may send any data: a form at a question that offers none (the review), or
    inputs of fields the form does not have, is refused or ignored."""
    from tests.dialogs.test_plan_journey import answer_until

    replies = await chat.say("new plan")
    plan_id = plan_id_in(replies)
    replies = await answer_until(chat, "review")
    review = last_card(replies).card
    data = next(
        dict(action["data"])
        for action in review.get("actions", [])
        if action.get("type") == "Action.Submit"
    )
    before = await get(chat, plan_id)
    forged = {**data, "form": "save", "form.mpn_id": "7654321", "form.status": "Approved"}
    forged.pop("answer", None)
    replies = await chat.click(forged)
    assert t("en", "error.form_not_here") in shown(replies)
    after = await get(chat, plan_id)
    assert (after.mpn_id, after.status) == (before.mpn_id, before.status)


@pytest.mark.parametrize(
    ("locale", "start", "wrong", "refused"),
    [
        ("en-US", "new plan", "platinum", 'I don\'t know "platinum"'),
        ("fr-FR", "nouveau plan", "platine", "Je ne connais pas « platine »"),
    ],
)
async def test_a_refused_choice_shows_its_question_again_with_the_form(
    chat: Chat, locale: str, start: str, wrong: str, refused: str
) -> None:
    await chat.say(start, locale)
    await chat.say("1234567", locale)  # the program is asked next, its form still offered
    replies = await chat.say(wrong, locale)
    assert refused in shown(replies)
    form = _form(replies)  # the card shown again still fills the plan's details at once
    assert "form.program" in _inputs(form)


# Found in the claim form at stop 38, the same here: "Frnace" in the form's market got the
# chat's "Did you mean France? Say yes or click it below", under a field with no button and
# where "yes" is not read. The country meant is put in the field; Save keeps it.
@pytest.mark.parametrize(
    ("locale", "said"), [("en-US", "is in the field now"), ("fr-FR", "maintenant dans le champ")]
)
async def test_a_near_miss_in_a_form_is_put_right_in_its_field(
    chat: Chat, locale: str, said: str
) -> None:
    replies = await chat.say("new plan" if locale == "en-US" else "nouveau plan", locale)
    plan_id = plan_id_in(replies)
    replies = await _submit(chat, _form(replies), 0, {**PLAN, "market": "Frnace"}, locale)
    again = last_card(replies).card
    market = _inputs(again)["form.market"]
    assert said in market["errorMessage"] and "click it below" not in market["errorMessage"]
    assert market["value"] == "France"
    assert (await get(chat, plan_id)).market is None
    values = {name: element.get("value", "") for name, element in _inputs(again).items()}
    await chat.click(dict(again["actions"][0]["data"]), **values)
    assert (await get(chat, plan_id)).market == "FR"


# Seen at stop 39: "50.000" as the plan limit and "6 weeks" as a campaign's end, offered in the
# chat with a button, must come back in a form as the value in its field (Save keeps it).
async def test_an_offered_amount_or_end_in_a_form_is_put_in_its_field(chat: Chat) -> None:
    replies = await chat.say("new plan", "en-US")
    plan_id = plan_id_in(replies)
    replies = await _submit(chat, _form(replies), 0, {**PLAN, "plan_limit": "50.000"}, "en-US")
    again = last_card(replies).card
    limit = _inputs(again)["form.plan_limit"]
    assert "is in the field now" in limit["errorMessage"], limit
    assert limit["value"] == "50000.00"
    values = {name: element.get("value", "") for name, element in _inputs(again).items()}
    replies = await chat.click(dict(again["actions"][0]["data"]), **values)
    assert str((await get(chat, plan_id)).plan_limit) in ("50000", "50000.00")

    campaign = {**CAMPAIGNS[0][0], "end_date": "6 weeks"}
    replies = await _submit(chat, _form(replies), 0, campaign, "en-US")
    end = _inputs(last_card(replies).card)["form.end_date"]
    assert (
        "is in the field now" in end["errorMessage"] and "click it below" not in end["errorMessage"]
    ), end
    assert end["value"] == "2027-02-21"


# Seen at stop 46: several countries in the form's market would say "Click it below" under a
# field with no button. In a form, the ones offered are named, to type one.
@pytest.mark.parametrize(
    ("locale", "typed", "names"),
    [
        ("en-US", "France and Belgium", "France, Belgium"),
        ("fr-FR", "France et Belgique", "France, Belgique"),
    ],
)
async def test_several_answers_in_a_form_are_named_to_type_one(
    chat: Chat, locale: str, typed: str, names: str
) -> None:
    replies = await chat.say("new plan" if locale == "en-US" else "nouveau plan", locale)
    plan_id = plan_id_in(replies)
    replies = await _submit(chat, _form(replies), 0, {**PLAN, "market": typed}, locale)
    market = _inputs(last_card(replies).card)["form.market"]
    message = market["errorMessage"]
    assert names in message and "lick it below" not in message and "ci-dessous" not in message
    assert (await get(chat, plan_id)).market is None


async def test_words_read_as_another_value_are_kept_as_that_value(chat: Chat) -> None:
    """Found at stop 55 (a claim's name "same as the campaign" in its form): a field whose
    reader says a value back ("next half" read as FY27 H2, "the local currency" as EUR)
    stored the reader's wrapper, not the value, and the turn failed. Kept plain now."""
    replies = await chat.say("new plan", "en-US")
    plan_id = plan_id_in(replies)
    typed = {**PLAN, "period": "next half", "currency": "the local currency"}
    replies = await _submit(chat, _form(replies), 0, typed, "en-US")
    assert "something went wrong" not in shown(replies).lower(), shown(replies)
    plan = await get(chat, plan_id)
    assert plan.currency == "EUR" and isinstance(plan.period, str), (plan.period, plan.currency)
