"""Dates are checked when they are typed (or picked), not months later.

A campaign outside the plan's usage period, or starting before today, is said at
once and kept only when the partner confirms it (typed or clicked), and the review
still shows it. A date typed without a year takes the year its question means. The
execution-date question shows the days it really accepts, and says plainly when the
campaign has not started yet. The date picker speaks the partner's language.
"""

from __future__ import annotations

from datetime import date

import pytest

from domain.findings import Severity
from domain.lifecycle import PlanStatus
from domain.plan import Plan
from domain.plan_rules import check_plan
from tests.dialogs.claim_support import (
    EN,
    FR,
    approved_plan,
    buttons,
    get_claim,
    seen,
    start_claim,
)
from tests.dialogs.claim_support import (
    texts as claim_texts,
)
from tests.dialogs.test_plan_journey import (
    EN_ANSWERS,
    FR_ANSWERS,
    answer_until,
    get,
    last_card,
    start_plan,
    texts,
)
from tests.support import Chat, Reply


def flat(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ")


def script(locale: str, period: str = "FY27 H2") -> list[tuple[str, str]]:
    answers = FR_ANSWERS if locale == FR else EN_ANSWERS
    return [(f, period if f == "period" else a) for f, a in answers]


async def at_start_date(chat: Chat, locale: str, period: str = "FY27 H2") -> str:
    """A new plan for `period`, answered up to its first campaign's start date."""
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "start_date", script(locale, period), locale)
    return plan_id


async def campaign_dates(chat: Chat, plan_id: str) -> tuple[date | None, date | None]:
    campaign = (await get(chat, plan_id)).campaigns[0]
    return campaign.start_date, campaign.end_date


def date_input(reply: Reply) -> dict:
    [element] = [
        e for e in reply.card["body"] if isinstance(e, dict) and e.get("type") == "Input.Date"
    ]
    return element


def asks_end_date(replies: list[Reply], locale: str) -> bool:
    question = "Quand se termine" if locale == FR else "When does"
    return question in seen(replies) and "Input.Date" in seen(replies)


# -- a campaign outside the usage period or starting in the past ---------------------------

OUTSIDE = {
    EN: "**1 Aug 2027** is outside the usage period FY27 H2 (1 Jan 2027 → 30 Jun 2027)",
    FR: "Le **1er août 2027** est en dehors de la période d'utilisation FY27 H2 "
    "(du 1er janvier 2027 au 30 juin 2027)",
}
KEEP = {EN: "Keep 1 Aug 2027", FR: "Garder le 1er août 2027"}
CHANGE = {EN: "Choose another date", FR: "Choisir une autre date"}


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_start_outside_the_usage_period_is_said_at_once_and_kept_when_confirmed(
    chat: Chat, locale: str
) -> None:
    plan_id = await at_start_date(chat, locale)
    replies = await chat.say("01/08/2027" if locale == FR else "2027-08-01")

    # No "✓": the date is named with the period, and a card asks to keep it or not.
    assert "✓" not in texts(replies)
    card = last_card(replies)
    assert OUTSIDE[locale] in flat(card.shown)
    assert buttons(card) == [KEEP[locale], CHANGE[locale]]
    assert not asks_end_date(replies, locale)

    replies = await chat.say("oui" if locale == FR else "yes")
    kept = "✓ Je garde le 1er août 2027" if locale == FR else "✓ Keeping 1 Aug 2027"
    assert kept in texts(replies)
    assert asks_end_date(replies, locale)
    assert await campaign_dates(chat, plan_id) == (date(2027, 8, 1), None)


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_start_outside_the_usage_period_can_be_retyped_at_once(
    chat: Chat, locale: str
) -> None:
    plan_id = await at_start_date(chat, locale)
    await chat.say("1er août 2027" if locale == FR else "August 1, 2027")
    # A new date answers the card; an unreadable answer says what is expected.
    replies = await chat.say("bientôt" if locale == FR else "soon")
    expected = (
        "Répondez **oui** pour garder le 1er août 2027, ou tapez une autre date."
        if locale == FR
        else "Answer **yes** to keep 1 Aug 2027, or type another date."
    )
    assert expected in texts(replies)
    replies = await chat.say("15/03/2027" if locale == FR else "2027-03-15")
    assert ("✓ 15 mars 2027" if locale == FR else "✓ 15 Mar 2027") in texts(replies)
    assert asks_end_date(replies, locale)
    assert await campaign_dates(chat, plan_id) == (date(2027, 3, 15), None)


@pytest.mark.parametrize("locale", [EN, FR])
async def test_the_confirmation_card_is_clicked_to_change_or_to_keep(
    chat: Chat, locale: str
) -> None:
    plan_id = await at_start_date(chat, locale)
    card = last_card(await chat.say("2027-08-01"))

    # "Choose another date": the start-date question again, with its picker.
    replies = await chat.click(card.submit_data(CHANGE[locale]))
    question = last_card(replies)
    assert ("Quand commence" if locale == FR else "When does") in question.shown
    assert date_input(question)["id"] == "answer"
    # A date picked outside the period again: the card again, and this time "Keep".
    card = last_card(await chat.click(question.submit_data("OK"), answer="2027-08-01"))
    assert OUTSIDE[locale] in flat(card.shown)
    replies = await chat.click(card.submit_data(KEEP[locale]))
    assert asks_end_date(replies, locale)
    assert await campaign_dates(chat, plan_id) == (date(2027, 8, 1), None)

    # A late click on the card already answered changes nothing.
    await chat.click(card.submit_data(CHANGE[locale]))
    assert await campaign_dates(chat, plan_id) == (date(2027, 8, 1), None)


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_start_before_today_is_said_at_once(chat: Chat, locale: str) -> None:
    # FY27 H1 runs 1 Jul–31 Dec 2026; today is 27 Nov 2026.
    plan_id = await at_start_date(chat, locale, period="FY27 H1")
    replies = await chat.say("01/11/2026" if locale == FR else "2026-11-01")
    assert "✓" not in texts(replies)
    expected = (
        "Le **1er novembre 2026** est avant aujourd'hui (27 novembre 2026)"
        if locale == FR
        else "**1 Nov 2026** is before today (27 Nov 2026)"
    )
    assert expected in flat(last_card(replies).shown)
    assert "usage period" not in last_card(replies).shown
    replies = await chat.say("non" if locale == FR else "no")
    # "No": the start date is asked again.
    assert ("Quand commence" if locale == FR else "When does") in seen(replies)
    replies = await chat.say("01/12/2026" if locale == FR else "2026-12-01")
    assert ("✓ 1er décembre 2026" if locale == FR else "✓ 1 Dec 2026") in texts(replies)
    assert await campaign_dates(chat, plan_id) == (date(2026, 12, 1), None)


@pytest.mark.parametrize("locale", [EN, FR])
async def test_an_end_after_the_usage_period_is_said_at_once_and_the_review_rejects_it(
    chat: Chat, locale: str
) -> None:
    fr = locale == FR
    plan_id = await at_start_date(chat, locale)
    await chat.say("01/05/2027" if fr else "2027-05-01")
    replies = await chat.say("31/07/2027" if fr else "2027-07-31")
    expected = (
        "Le **31 juillet 2027** est en dehors de la période d'utilisation FY27 H2"
        if fr
        else "**31 Jul 2027** is outside the usage period FY27 H2"
    )
    assert expected in flat(last_card(replies).shown)
    await chat.say("oui" if fr else "yes")
    assert await campaign_dates(chat, plan_id) == (date(2027, 5, 1), date(2027, 7, 31))

    # The rest of the plan, then its review: the kept campaign is what a reviewer rejects.
    rest = script(locale)
    first_activity = [f for f, _ in rest].index("activity_type")
    for _field, typed in rest[first_activity:]:
        replies = await chat.say(typed)
    review = flat(last_card(replies).shown)
    assert "Nothing a reviewer would reject" not in review
    finding = (
        "⛔ La campagne Campagne printemps sort de la période d'utilisation FY27 H2 "
        "(du 1er janvier 2027 au 30 juin 2027)."
        if fr
        else "⛔ Campaign Spring push does not fit within the usage period FY27 H2 "
        "(1 Jan 2027 → 30 Jun 2027)."
    )
    assert finding in review
    replies = await chat.say("soumettre" if fr else "submit")
    assert ("Je ne peux pas encore soumettre" if fr else "I can't submit") in texts(replies)
    assert (await get(chat, plan_id)).status is PlanStatus.EDITING


def test_the_plan_check_names_campaigns_outside_the_period_and_starting_in_the_past() -> None:
    plan = Plan(id="PLN-2026-000001", tenant_id="t", owner_id="o", period="FY27 H2")
    inside = plan.add_campaign()
    inside.name, inside.start_date, inside.end_date = "In", date(2027, 1, 10), date(2027, 3, 1)
    partly = plan.add_campaign()
    partly.name, partly.start_date, partly.end_date = "Partly", date(2027, 6, 1), date(2027, 7, 1)
    past = plan.add_campaign()
    past.name, past.start_date, past.end_date = "Past", date(2026, 11, 1), date(2027, 2, 1)
    today = date(2026, 11, 27)

    def codes(for_submission: bool) -> dict[str, list[tuple[str, Severity]]]:
        found: dict[str, list[tuple[str, Severity]]] = {}
        for finding in check_plan(plan, today, for_submission=for_submission):
            if finding.item_id:
                found.setdefault(finding.item_id, []).append((finding.code, finding.severity))
        return found

    at_submission = codes(True)
    assert ("campaign_outside_period", Severity.BLOCKING) in at_submission[partly.id]
    # 1 Nov 2026 is outside FY27 H2 as well as before today.
    assert ("campaign_outside_period", Severity.BLOCKING) in at_submission[past.id]
    assert ("campaign_starts_in_past", Severity.WARNING) in at_submission[past.id]
    assert not any(code.startswith("campaign_outside") for code, _ in at_submission[inside.id])
    assert not any(code == "campaign_starts_in_past" for code, _ in at_submission[inside.id])
    assert ("campaign_outside_period", Severity.WARNING) in codes(False)[partly.id]


# -- a date typed without a year -----------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "start", "end"),
    [
        (FR, "15 mars", "1er juin"),
        (FR, "mars 15", "juin 1"),
        (FR, "15/03", "01/06"),
        (EN, "March 15", "June 1"),
        (EN, "03/15", "06/01"),
        (EN, "15 March", "1st June"),
    ],
)
async def test_a_date_without_year_falls_in_the_usage_period_and_the_echo_shows_the_year(
    chat: Chat, locale: str, start: str, end: str
) -> None:
    # Today is 27 Nov 2026; the plan is for FY27 H2 (1 Jan–30 Jun 2027). 1 June 2026 is
    # nearer today than 1 June 2027, but only the latter is in the period.
    plan_id = await at_start_date(chat, locale)
    replies = await chat.say(start)
    assert ("✓ 15 mars 2027" if locale == FR else "✓ 15 Mar 2027") in texts(replies)
    replies = await chat.say(end)
    assert ("✓ 1er juin 2027" if locale == FR else "✓ 1 Jun 2027") in texts(replies)
    assert await campaign_dates(chat, plan_id) == (date(2027, 3, 15), date(2027, 6, 1))


# -- the execution date --------------------------------------------------------------------


@pytest.mark.parametrize("locale", [EN, FR])
async def test_the_execution_date_question_shows_the_days_it_accepts(
    chat: Chat, locale: str
) -> None:
    fr = locale == FR
    chat.locale = locale
    chat.services.today = lambda: date(2026, 12, 1)
    await approved_plan(chat, campaign=("Winter push", date(2026, 9, 15), date(2026, 12, 15)))
    claim_id, _ = await start_claim(chat, locale)
    replies = await chat.say("Atelier" if fr else "Workshop")
    question = last_card(replies)
    expected = (
        "entre le 15 septembre 2026 et le 1er décembre 2026"
        if fr
        else "between 15 Sep 2026 and 1 Dec 2026"
    )
    assert expected in flat(question.shown)
    picker = date_input(question)
    assert (picker["min"], picker["max"]) == ("2026-09-15", "2026-12-01")

    # Without a year: the day that already happened, shown with its year.
    replies = await chat.say("15 sept" if fr else "Sept 15")
    assert ("✓ 15 septembre 2026" if fr else "✓ 15 Sep 2026") in claim_texts(replies)
    assert (await get_claim(chat, claim_id)).execution_date == date(2026, 9, 15)


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_campaign_not_started_yet_is_said_plainly_instead_of_asking_a_date(
    chat: Chat, locale: str
) -> None:
    fr = locale == FR
    chat.locale = locale
    await approved_plan(
        chat, campaign=("Winter push", date(2026, 12, 10), date(2027, 2, 28)), period="FY27 H2"
    )
    claim_id, _ = await start_claim(chat, locale)
    replies = await chat.say("Atelier" if fr else "Workshop")
    said = claim_texts(replies)
    expected = (
        "**Winter push** commence le 10 décembre 2026 : une preuve d'exécution porte sur une "
        "activité déjà réalisée."
        if fr
        else "**Winter push** starts on 10 Dec 2026: a proof of execution is for an activity "
        "that has already run."
    )
    assert expected in said
    assert claim_id in said
    assert "Input.Date" not in seen(replies)
    claim = await get_claim(chat, claim_id)
    assert claim.name == ("Atelier" if fr else "Workshop") and claim.execution_date is None

    # Once it has run, the claim goes on where it stopped.
    chat.services.today = lambda: date(2026, 12, 20)
    replies = await chat.say("reprendre ma réclamation" if fr else "continue my claim")
    expected = (
        "entre le 10 décembre 2026 et le 20 décembre 2026"
        if fr
        else "between 10 Dec 2026 and 20 Dec 2026"
    )
    assert expected in seen(replies)


# -- the picker's words --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "placeholder"), [(EN, "Pick a date"), (FR, "Choisissez une date")]
)
async def test_the_date_picker_speaks_the_partners_language(
    chat: Chat, locale: str, placeholder: str
) -> None:
    await at_start_date(chat, locale)
    # The start-date question just asked.
    assert date_input(last_card(chat.transcript))["placeholder"] == placeholder


@pytest.mark.parametrize(("locale", "typed"), [(FR, "1er novembre"), (EN, "November 1")])
async def test_a_past_day_without_year_stays_in_the_usage_period(
    chat: Chat, locale: str, typed: str
) -> None:
    # Seen in the Playground: FY27 H1 runs 1 Jul–31 Dec 2026, today is 27 Nov 2026, and
    # "1er novembre" became 1 Nov 2027 (outside the period) because it was before today.
    # The period decides the year; that the day is past is then said, as for any date.
    plan_id = await at_start_date(chat, locale, period="FY27 H1")
    replies = await chat.say(typed)
    shown = flat(last_card(replies).shown)
    assert ("1er novembre 2026" if locale == FR else "1 Nov 2026") in shown, shown
    assert ("avant aujourd'hui" if locale == FR else "before today") in shown
    assert "2027" not in shown
    await chat.say("oui" if locale == FR else "yes")
    assert (await campaign_dates(chat, plan_id))[0] == date(2026, 11, 1)
