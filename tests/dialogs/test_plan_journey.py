"""A partner drafts a whole co-op claims plan and submits it: typed (en, fr) and clicked.

The scripts and helpers at the top are shared by the other whole-dialog tests.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from domain.lifecycle import PlanStatus
from domain.plan import Plan
from tests.support import ADMIN, TENANT, Chat, Reply, shown

PLAN_ID = re.compile(r"PLN-\d{4}-\d{6}")

# One plan, answer by answer, as a partner types it (field asked → answer).
EN_ANSWERS: list[tuple[str, str]] = [
    ("mpn_id", "1234567"),
    ("program", "CSP Indirect Reseller"),
    ("market", "France"),
    ("fund_type", "co-op"),
    ("period", "FY27 H2"),
    ("currency", "EUR"),
    ("reviewer_email", "ana@microsoft.com"),
    ("plan_limit", "50,000"),
    ("name", "Spring push"),
    ("start_date", "2027-01-10"),
    ("end_date", "March 31, 2027"),
    ("activity_type", "digital advertising"),
    ("description", "LinkedIn ads for SMB"),
    ("countries", "France, Belgium"),
    ("planned_amount", "12,500.50"),
    ("more_activities", "no"),
    ("more_campaigns", "no"),
]

FR_ANSWERS: list[tuple[str, str]] = [
    ("mpn_id", "1234567"),
    ("program", "CSP Revendeur indirect"),
    ("market", "Belgique"),
    ("fund_type", "Co-op"),
    ("period", "FY27 H2"),
    ("currency", "EUR"),
    ("reviewer_email", "marc@microsoft.com"),
    ("plan_limit", "40 000"),
    ("name", "Campagne printemps"),
    ("start_date", "15/03/2027"),
    ("end_date", "30 avril 2027"),
    ("activity_type", "salon"),
    ("description", "Stand au salon IT de Lyon"),
    ("countries", "France et Belgique"),
    ("planned_amount", "1 234,56 €"),
    ("more_activities", "oui"),
    ("activity_type", "Séminaires clients"),
    ("description", "Petit-déjeuner Copilot pour les PME"),
    ("countries", "FR"),
    ("planned_amount", "2.500,00"),
    ("more_activities", "non"),
    ("more_campaigns", "oui"),
    ("name", "Rentrée"),
    ("start_date", "1er mai 2027"),
    ("end_date", "30/06/2027"),
    ("activity_type", "Publicité numérique"),
    ("description", "Bannières LinkedIn"),
    ("countries", "Belgique"),
    ("planned_amount", "3000"),
    ("more_activities", "non"),
    ("more_campaigns", "non"),
]


def is_french(locale: str | None) -> bool:
    return (locale or "").startswith("fr")


def plan_id_in(replies: list[Reply]) -> str:
    match = PLAN_ID.search(shown(replies))
    assert match, shown(replies)
    return match.group(0)


def last_card(replies: list[Reply]) -> Reply:
    with_cards = [reply for reply in replies if reply.card is not None]
    assert with_cards, f"no card in {shown(replies)}"
    return with_cards[-1]


def texts(replies: list[Reply]) -> str:
    """Only the plain messages (errors, acknowledgements), not the question cards."""
    return "\n".join(reply.text for reply in replies if reply.card is None)


async def start_plan(chat: Chat, locale: str | None = None) -> str:
    replies = await chat.say("nouveau plan" if is_french(locale) else "new plan", locale=locale)
    return plan_id_in(replies)


async def answer_until(
    chat: Chat,
    stop_at: str,
    answers: list[tuple[str, str]] | None = None,
    locale: str | None = None,
    occurrence: int = 1,
) -> list[Reply]:
    """Answer the script until the `occurrence`-th question for `stop_at` is pending."""
    answers = answers if answers is not None else (FR_ANSWERS if is_french(locale) else EN_ANSWERS)
    replies: list[Reply] = []
    seen = 0
    for field, answer in answers:
        if field == stop_at:
            seen += 1
            if seen == occurrence:
                return replies
        replies = await chat.say(answer, locale=locale)
    assert stop_at == "review", f"{stop_at} is not in the script"
    return replies


async def plan_at(chat: Chat, locale: str, field: str, occurrence: int = 1) -> str:
    """A new plan in `locale`, answered up to its question for `field`: its id."""
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, field, locale=locale, occurrence=occurrence)
    return plan_id


async def get(chat: Chat, plan_id: str) -> Plan:
    plan = await chat.services.plans.get_plan(TENANT, plan_id)
    assert plan is not None, f"{plan_id} is not in storage"
    return plan


async def test_a_plan_typed_end_to_end_in_english_is_submitted_by_the_admin(chat: Chat) -> None:
    plan_id = await start_plan(chat)
    replies = await answer_until(chat, "review")

    review = last_card(replies)
    assert f"Review of {plan_id}" in review.shown
    assert "Spring push" in review.shown
    assert "Digital advertising" in review.shown
    assert "France, Belgium" in review.shown
    assert "Planned EUR 12,500.50 of EUR 50,000.00" in review.shown
    assert "Nothing a reviewer would reject" in review.shown

    plan = await get(chat, plan_id)
    assert plan.status is PlanStatus.EDITING
    assert (plan.mpn_id, plan.program, plan.market, plan.fund_type, plan.period) == (
        "1234567",
        "csp_indirect_reseller",
        "FR",
        "coop",
        "FY27 H2",
    )
    assert (plan.currency, plan.reviewer_email, plan.plan_limit) == (
        "EUR",
        "ana@microsoft.com",
        Decimal("50000"),
    )
    [campaign] = plan.campaigns
    assert (campaign.name, campaign.start_date, campaign.end_date) == (
        "Spring push",
        date(2027, 1, 10),
        date(2027, 3, 31),
    )
    [activity] = campaign.activities
    assert activity.activity_type == "digital_advertising"
    assert activity.description == "LinkedIn ads for SMB"
    assert activity.countries == ["FR", "BE"]
    assert activity.planned_amount == Decimal("12500.50")

    replies = await chat.say("submit")
    receipt = last_card(replies)
    assert "Plan submitted for approval" in receipt.shown
    assert plan_id in receipt.shown and "ana@microsoft.com" in receipt.shown

    plan = await get(chat, plan_id)
    assert plan.status is PlanStatus.SUBMITTED
    assert plan.submitted_at is not None
    [entry] = [h for h in plan.history if h.status == PlanStatus.SUBMITTED.value]
    assert entry.actor == ADMIN

    listing = texts(await chat.say("my plans"))
    assert f"**{plan_id}** · CSP Indirect Reseller · FY27 H2 · Submitted · EUR 12,500.50" in (
        listing
    )


async def test_a_plan_typed_end_to_end_in_french_is_submitted_by_the_admin(chat: Chat) -> None:
    fr = "fr-FR"
    replies = await chat.say("nouveau plan", locale=fr)
    assert "J'ai créé le brouillon" in texts(replies)
    plan_id = plan_id_in(replies)
    replies = await answer_until(chat, "review", locale=fr)

    review = last_card(replies)
    assert f"Relecture de {plan_id}" in review.shown
    assert "Statut : Brouillon" in review.shown
    assert "Salons / expositions" in review.shown
    assert "Campagne printemps" in review.shown and "Rentrée" in review.shown
    assert "Prévu 6 734,56 EUR sur 40 000,00 EUR" in review.shown.replace("\u202f", " ").replace(
        "\xa0", " "
    )

    plan = await get(chat, plan_id)
    assert (plan.program, plan.market, plan.fund_type, plan.plan_limit) == (
        "csp_indirect_reseller",
        "BE",
        "coop",
        Decimal("40000"),
    )
    first, second = plan.campaigns
    assert (first.start_date, first.end_date) == (date(2027, 3, 15), date(2027, 4, 30))
    assert [a.activity_type for a in first.activities] == ["tradeshow", "customer_seminar"]
    assert first.activities[0].countries == ["FR", "BE"]
    assert [a.planned_amount for a in first.activities] == [Decimal("1234.56"), Decimal("2500")]
    assert (second.name, second.start_date, second.end_date) == (
        "Rentrée",
        date(2027, 5, 1),
        date(2027, 6, 30),
    )
    assert second.activities[0].activity_type == "digital_advertising"

    replies = await chat.say("soumettre", locale=fr)
    receipt = last_card(replies)
    assert "Plan soumis pour approbation" in receipt.shown
    assert "marc@microsoft.com" in receipt.shown

    plan = await get(chat, plan_id)
    assert plan.status is PlanStatus.SUBMITTED
    assert [h.status for h in plan.history if h.event == "status"] == ["Submitted"]

    listing = texts(await chat.say("mes plans", locale=fr))
    assert "Les plans de votre organisation" in listing
    assert f"**{plan_id}** · CSP Revendeur indirect · FY27 H2 · Soumis" in listing


async def test_the_same_plan_driven_by_clicking_the_cards(chat: Chat) -> None:
    [welcome] = await chat.join()
    replies = await chat.click(welcome.submit_data("New plan"))
    plan_id = plan_id_in(replies)

    async def press(replies: list[Reply], title: str, **inputs: str) -> list[Reply]:
        return await chat.click(last_card(replies).submit_data(title), **inputs)

    replies = await press(replies, "1234567")
    assert "csp_indirect_reseller" in last_card(replies).choice_values()
    replies = await press(replies, "OK", answer="csp_indirect_reseller")
    replies = await chat.say("France")  # a text question: no card to click
    replies = await press(replies, "Co-op")
    replies = await press(replies, "FY27 H2")
    replies = await press(replies, "EUR")
    replies = await chat.say("ana@microsoft.com")
    replies = await chat.say("50000")
    replies = await chat.say("Spring push")
    replies = await press(replies, "OK", answer="2027-01-10")
    replies = await press(replies, "OK", answer="2027-03-31")
    assert "digital_advertising" in last_card(replies).choice_values()
    replies = await press(replies, "OK", answer="digital_advertising")
    replies = await chat.say("LinkedIn ads for SMB")
    replies = await chat.say("FR, BE")
    replies = await chat.say("12500.50")
    replies = await press(replies, "No")
    replies = await press(replies, "No")
    assert f"Review of {plan_id}" in last_card(replies).shown

    plan = await get(chat, plan_id)
    assert (plan.mpn_id, plan.program, plan.fund_type, plan.period, plan.currency) == (
        "1234567",
        "csp_indirect_reseller",
        "coop",
        "FY27 H2",
        "EUR",
    )
    [campaign] = plan.campaigns
    assert (campaign.start_date, campaign.end_date) == (date(2027, 1, 10), date(2027, 3, 31))
    assert campaign.activities[0].activity_type == "digital_advertising"
    assert campaign.activities_done and plan.campaigns_done

    replies = await press(replies, "Submit for approval")
    assert "Plan submitted for approval" in last_card(replies).shown
    plan = await get(chat, plan_id)
    assert plan.status is PlanStatus.SUBMITTED
    assert "Submitted" in texts(await chat.click({"action": "my_plans"}))
