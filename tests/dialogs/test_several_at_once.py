"""A partner says several things in one message (issue 15): the bot takes every field it
recognises, says them back in one line, and asks only for what is still missing.

The journey figure: a 2 campaigns × 2 activities plan, typed as partners type when they
know the answers, in at most 12 turns (38 one field a message), in English and French.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from dialogs import several
from domain.lifecycle import PlanStatus
from tests.dialogs.claim_support import approved_plan, claim_id_in, get_claim, seed_funds
from tests.dialogs.test_plan_journey import (
    EN_ANSWERS,
    FR_ANSWERS,
    answer_until,
    get,
    last_card,
    plan_id_in,
    texts,
)
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

MOST_TURNS = 12

EN_JOURNEY = [
    "new plan",
    "1234567, CSP Indirect Reseller, France, co-op FY27 H2 in EUR, plan limit 50,000, "
    "reviewer ana@microsoft.com",
    "Spring push from 2027-01-10 to March 31, 2027",
    "digital advertising, France and Belgium, 12,500.50, LinkedIn ads for SMB",
    # At "another activity?": the next activity itself (a yes, and its answers).
    "customer seminars, France, 2,000, Copilot breakfast for small businesses",
    "no",
    # At "another campaign?": the next campaign itself.
    "Back to school from 2027-04-01 to 2027-06-30",
    "tradeshow, Belgium, 3,000, Booth at the Brussels IT fair",
    "digital advertising, France, 1,500, LinkedIn banners",
    "no",
    "no",
    "submit",
]

FR_JOURNEY = [
    "nouveau plan",
    "1234567, CSP revendeur indirect, France, co-op FY27 H2 en EUR, plafond 50 000 €, "
    "réviseur marie.curie@microsoft.com",
    "Salon Cloud Paris du 15/01/2027 au 15/03/2027",
    "salon, France et Belgique, 12 500 €, stand au Cloud Expo Paris pour les PME",
    "séminaires clients, France, 2 000 €, petit-déjeuner Copilot pour les PME",
    "non",
    "Rentrée du 01/04/2027 au 30/06/2027",
    "publicité numérique, Belgique, 3 000 €, bannières LinkedIn",
    "salon, France, 1 500 €, stand au salon IT de Lyon",
    "non",
    "non",
    "envoyer",
]


async def _journey(chat: Chat, lines: list[str], locale: str) -> tuple[str, list]:
    plan_id = ""
    replies: list = []
    for line in lines:
        replies = await chat.say(line, locale=locale)
        assert "something went wrong" not in shown(replies).lower(), shown(replies)
        plan_id = plan_id or plan_id_in(replies)
    return plan_id, replies


@pytest.mark.parametrize("locale", ["en-US", "fr-FR"])
async def test_a_2x2_plan_typed_several_fields_a_message_takes_at_most_12_turns(
    chat: Chat, locale: str
) -> None:
    lines = FR_JOURNEY if locale.startswith("fr") else EN_JOURNEY
    assert len(lines) <= MOST_TURNS
    plan_id, replies = await _journey(chat, lines, locale)
    receipt = last_card(replies)
    assert plan_id in receipt.shown
    plan = await get(chat, plan_id)
    assert plan.status is PlanStatus.SUBMITTED, shown(chat.transcript[-6:])
    assert (plan.mpn_id, plan.program, plan.market, plan.fund_type, plan.period, plan.currency) == (
        "1234567",
        "csp_indirect_reseller",
        "FR",
        "coop",
        "FY27 H2",
        "EUR",
    )
    assert plan.plan_limit == Decimal("50000")
    assert plan.reviewer_email.endswith("@microsoft.com")
    assert [len(c.activities) for c in plan.campaigns] == [2, 2]
    first, second = plan.campaigns
    assert (first.start_date, first.end_date) == (
        (date(2027, 1, 10), date(2027, 3, 31))
        if locale == "en-US"
        else (date(2027, 1, 15), date(2027, 3, 15))
    )
    assert (second.start_date, second.end_date) == (date(2027, 4, 1), date(2027, 6, 30))
    activity = first.activities[0]
    assert activity.countries == ["FR", "BE"]
    assert activity.planned_amount == (
        Decimal("12500.50") if locale == "en-US" else Decimal("12500")
    )
    assert activity.description


async def test_the_fields_taken_are_said_back_in_one_line_and_only_the_rest_is_asked(
    chat: Chat,
) -> None:
    await chat.say("new plan")
    replies = await chat.say("1234567, France, plan limit 50,000 USD")
    said = texts(replies)
    lines = [line for line in said.splitlines() if line.startswith("✓")]
    assert len(lines) == 1, said
    assert "1234567" in lines[0] and "France" in lines[0] and "50,000" in lines[0]
    # The program is the first thing still missing: asked, and nothing else.
    assert "Which program" in shown(replies)


async def test_a_value_that_fits_two_questions_is_asked_about_not_guessed(chat: Chat) -> None:
    await approved_plan(chat)
    await seed_funds(chat)
    claim_id = claim_id_in(await chat.say("new claim"))
    # 2400 could be the amount or the people reached: neither is taken from it.
    replies = await chat.say("Security webinar on 10 November, 2400")
    said = texts(replies)
    assert "«2400»" in said and "Security webinar" in said, said
    claim = await get_claim(chat, claim_id)
    assert (claim.name, claim.execution_date) == ("Security webinar", date(2026, 11, 10))
    assert claim.amount is None and claim.impressions is None


async def test_one_answer_at_a_time_still_works_and_a_list_of_countries_stays_one_answer(
    chat: Chat,
) -> None:
    # The scripted one-field-a-message plan (tests/dialogs/test_plan_journey.py) runs as
    # before; here the one answer that looks like several: countries at their question.
    plan_id = plan_id_in(await chat.say("new plan"))
    await answer_until(chat, "countries")
    await chat.say("France, Belgium, Luxembourg")
    plan = await get(chat, plan_id)
    assert plan.campaigns[0].activities[0].countries == ["FR", "BE", "LU"]


@pytest.mark.parametrize(
    ("locale", "start", "line", "expected"),
    [
        (
            "en-US",
            "new claim",
            "Security webinar on 10 November, €2,400, 800 people reached, 85 registered guests",
            ("Security webinar", date(2026, 11, 10), Decimal("2400"), 800, "85 registered guests"),
        ),
        (
            "fr-FR",
            "nouvelle réclamation",
            "webinaire sécurité du 5 novembre, 2 400 €, 800 personnes touchées",
            ("webinaire sécurité", date(2026, 11, 5), Decimal("2400"), 800, None),
        ),
        # A sentence with no commas (seen off the script: all of it became the name).
        (
            "en-US",
            "new claim",
            "Security workshop on Nov 10 for 9,800 EUR",
            ("Security workshop", date(2026, 11, 10), Decimal("9800"), None, None),
        ),
        (
            "fr-FR",
            "nouvelle réclamation",
            "Atelier sécurité le 10 novembre pour 9 800 €",
            ("Atelier sécurité", date(2026, 11, 10), Decimal("9800"), None, None),
        ),
    ],
)
async def test_a_claims_answers_in_one_message(
    chat: Chat, locale: str, start: str, line: str, expected: tuple
) -> None:
    await approved_plan(chat)
    await seed_funds(chat)
    claim_id = claim_id_in(await chat.say(start, locale=locale))
    replies = await chat.say(line, locale=locale)
    claim = await get_claim(chat, claim_id)
    got = (claim.name, claim.execution_date, claim.amount, claim.impressions, claim.metric_value)
    assert got == expected, shown(replies)
    acks = [line for line in texts(replies).splitlines() if line.startswith("✓")]
    assert len(acks) == 1, texts(replies)


@pytest.mark.parametrize(
    "name", ["Webinar on Copilot for SMB", "Workshop on 5 things to know", "Atelier du mardi"]
)
async def test_a_claim_name_with_on_or_du_and_no_date_stays_the_name(chat: Chat, name: str) -> None:
    await approved_plan(chat)
    await seed_funds(chat)
    claim_id = claim_id_in(await chat.say("new claim"))
    replies = await chat.say(name)
    claim = await get_claim(chat, claim_id)
    assert (claim.name, claim.execution_date, claim.amount) == (name, None, None)
    assert "When did the activity run?" in shown(replies)


async def test_a_message_of_many_pieces_is_one_answer_and_costs_no_reading() -> None:
    # Each piece may cost a reader a near-miss search (a misspelled country): a message
    # of commas (hostile or pasted) is not cut into 150 readings.
    def never(piece: str) -> object:
        raise AssertionError("read a piece")

    reader = several.Reader("market", read=never, keep=lambda value: None)
    assert several.read("abcd, " * 150, [reader, reader]) is None
    assert several.read("; ".join(["x"] * 17), [reader]) is None


async def test_a_piece_that_fits_the_question_asked_and_another_answers_the_question(
    chat: Chat,
) -> None:
    await chat.say("new plan")
    replies = await chat.say("1234567, France")
    plan = await get(chat, plan_id_in(chat.transcript))
    assert (plan.mpn_id, plan.market) == ("1234567", "FR"), shown(replies)


async def test_a_misspelled_piece_is_said_back_with_the_value_it_is_close_to(chat: Chat) -> None:
    fr = "fr-FR"
    await chat.say("je voudrais créer un nouveau plan", locale=fr)
    replies = await chat.say("MPN ID: 7654321, revendeur indirect CSP, Frnace", locale=fr)
    said = texts(replies)
    assert "Identifiant partenaire : 7654321" in said and "CSP Revendeur indirect" in said
    assert "«Frnace» (vouliez-vous dire France ?)" in said
    plan = await get(chat, plan_id_in(chat.transcript))
    assert plan.market is None  # asked next, not guessed
    assert "marché" in shown(replies)


async def test_repeating_an_answer_already_kept_is_not_reported_as_not_understood(
    chat: Chat,
) -> None:
    await chat.say("new plan")
    await answer_until(chat, "start_date")  # the campaign is named "Spring push"
    replies = await chat.say("Spring push from 2027-01-10 to March 31, 2027")
    said = texts(replies)
    assert "10 Jan 2027" in said and "31 Mar 2027" in said
    assert "Not understood" not in said


async def test_a_piece_that_starts_like_a_label_but_is_not_that_field_is_read_as_any_other(
    chat: Chat,
) -> None:
    plan_id = plan_id_in(await chat.say("new plan"))
    await answer_until(chat, "name")
    await chat.say("Start-up days, 2027-01-10")
    [campaign] = (await get(chat, plan_id)).campaigns
    assert (campaign.name, campaign.start_date) == ("Start-up days", date(2027, 1, 10))


async def test_a_range_ending_on_a_vague_day_takes_the_start_and_offers_the_end(
    chat: Chat,
) -> None:
    fr = "fr-FR"
    plan_id = plan_id_in(await chat.say("nouveau plan", locale=fr))
    await answer_until(chat, "name", answers=FR_ANSWERS, locale=fr)
    replies = await chat.say("Rentrée du 1er avril au fin juin", locale=fr)
    said = texts(replies)
    assert "«fin juin» (vouliez-vous dire 30 juin 2027 ?)" in said, said
    [campaign] = (await get(chat, plan_id)).campaigns
    assert (campaign.name, campaign.start_date, campaign.end_date) == (
        "Rentrée",
        date(2027, 4, 1),
        None,
    )


@pytest.mark.parametrize(
    ("locale", "start", "name"),
    [
        ("en-US", "new claim", "Radio spots, November"),
        ("en-US", "new claim", "Radio campaign, Lyon"),
        ("fr-FR", "nouvelle réclamation", "Spots radio, novembre"),
    ],
)
async def test_a_claim_name_with_a_comma_is_not_cut_into_a_pre_approval_id(
    chat: Chat, locale: str, start: str, name: str
) -> None:
    """Seen in the bench's claim script: "Radio spots, November" at a TV / radio claim's
    name was said back "✓ Name: Radio spots · Pre-approval id: November": any one word
    fitted the pre-approval id, so the word after the comma became Microsoft's id. An id
    read among several answers has a digit in it ("PA-2026-0042"); a word has none."""
    await approved_plan(chat, [("tv_radio", "40000")])
    await seed_funds(chat)
    claim_id = claim_id_in(await chat.say(start, locale=locale))
    replies = await chat.say(name, locale=locale)
    claim = await get_claim(chat, claim_id)
    assert (claim.name, claim.pre_approval_id) == (name, None), shown(replies)


async def test_a_pre_approval_id_among_several_answers_is_still_read(chat: Chat) -> None:
    await approved_plan(chat, [("tv_radio", "40000")])
    await seed_funds(chat)
    claim_id = claim_id_in(await chat.say("new claim"))
    replies = await chat.say("Radio spots, PA-2026-0042")
    claim = await get_claim(chat, claim_id)
    assert (claim.name, claim.pre_approval_id) == ("Radio spots", "PA-2026-0042"), shown(replies)


@pytest.mark.parametrize(
    ("locale", "typed", "start", "end"),
    [
        ("en-US", "10 Jan 2027 to 31 Mar 2027", date(2027, 1, 10), date(2027, 3, 31)),
        ("en-US", "Jan 10, 2027 - Mar 31, 2027", date(2027, 1, 10), date(2027, 3, 31)),
        ("en-US", "January to March 2027", date(2027, 1, 1), date(2027, 3, 31)),
        ("en-US", "Jan-Mar 2027", date(2027, 1, 1), date(2027, 3, 31)),
        ("en-US", "February through April", date(2027, 2, 1), date(2027, 4, 30)),
        ("fr-FR", "15/03/2027 - 30/06/2027", date(2027, 3, 15), date(2027, 6, 30)),
        ("fr-FR", "de janvier à mars 2027", date(2027, 1, 1), date(2027, 3, 31)),
        ("fr-FR", "avril-juin 2027", date(2027, 4, 1), date(2027, 6, 30)),
    ],
)
async def test_both_dates_typed_at_the_start_date_are_both_kept(
    chat: Chat, locale: str, typed: str, start: date, end: date
) -> None:
    """Seen at stop 43: at a campaign's start date, "10 Jan 2027 to 31 Mar 2027", "Jan 10,
    2027 - Mar 31, 2027", "January to March 2027" got 'I can't read … as a date' (only
    "from … to …" was read as both); months are their first and last days."""
    new_plan = "nouveau plan" if locale == "fr-FR" else "new plan"
    plan_id = plan_id_in(await chat.say(new_plan, locale=locale))
    answers = FR_ANSWERS if locale == "fr-FR" else None
    await answer_until(chat, "start_date", answers=answers, locale=locale)

    said = texts(await chat.say(typed, locale=locale))

    assert "can't read" not in said and "Je ne peux pas lire" not in said, said
    [campaign] = (await get(chat, plan_id)).campaigns
    assert (campaign.start_date, campaign.end_date) == (start, end), said


@pytest.mark.parametrize(
    ("locale", "period", "typed", "start", "end"),
    [
        ("en-US", "FY27 H2", "Q1 2027", date(2027, 1, 1), date(2027, 3, 31)),
        ("en-US", "FY27 H2", "Q2", date(2027, 4, 1), date(2027, 6, 30)),
        ("en-US", "FY27 H2", "Q3 FY27", date(2027, 1, 1), date(2027, 3, 31)),
        ("en-US", "FY27 H2", "FY27 Q4", date(2027, 4, 1), date(2027, 6, 30)),
        ("en-US", "FY27 H2", "first quarter of 2027", date(2027, 1, 1), date(2027, 3, 31)),
        ("en-US", "FY27 H2", "H2", date(2027, 1, 1), date(2027, 6, 30)),
        ("en-US", "FY27 H1", "Q1", date(2026, 7, 1), date(2026, 9, 30)),
        ("en-US", "FY27 H1", "Q4 2026", date(2026, 10, 1), date(2026, 12, 31)),
        ("fr-FR", "FY27 H2", "T1 2027", date(2027, 1, 1), date(2027, 3, 31)),
        ("fr-FR", "FY27 H2", "premier trimestre 2027", date(2027, 1, 1), date(2027, 3, 31)),
        ("fr-FR", "FY27 H2", "2e trimestre", date(2027, 4, 1), date(2027, 6, 30)),
    ],
)
async def test_a_quarter_or_a_half_typed_at_the_start_date_gives_both_dates(
    chat: Chat, locale: str, period: str, typed: str, start: date, end: date
) -> None:
    """Seen at stop 44: at a campaign's start date, "Q1 2027", "Q3 FY27", "H2", « T1 2027 »
    got 'I can't read … as a date'. Calendar or Microsoft fiscal: the reading that falls
    in the plan's usage period (the halves never hold both)."""
    new_plan = "nouveau plan" if locale == "fr-FR" else "new plan"
    plan_id = plan_id_in(await chat.say(new_plan, locale=locale))
    answers = [
        (field, period if field == "period" else value)
        for field, value in (FR_ANSWERS if locale == "fr-FR" else EN_ANSWERS)
    ]
    await answer_until(chat, "start_date", answers=answers, locale=locale)

    said = texts(await chat.say(typed, locale=locale))

    assert "can't read" not in said and "Je ne peux pas lire" not in said, said
    [campaign] = (await get(chat, plan_id)).campaigns
    assert (campaign.start_date, campaign.end_date) == (start, end), said


async def test_a_quarter_that_is_no_quarter_is_refused_as_before(chat: Chat) -> None:
    plan_id = plan_id_in(await chat.say("new plan"))
    await answer_until(chat, "start_date")

    said = texts(await chat.say("Q5 2027"))

    assert "can't read" in said, said
    [campaign] = (await get(chat, plan_id)).campaigns
    assert campaign.start_date is None, said


async def test_a_calendar_quarter_outside_the_period_is_said_to_be(chat: Chat) -> None:
    """As a month span outside it: both dates kept, the reviewer's refusal said."""
    plan_id = plan_id_in(await chat.say("new plan"))
    await answer_until(chat, "start_date")

    said = shown(await chat.say("Q1 2029"))

    assert "outside the usage period" in said, said
    [campaign] = (await get(chat, plan_id)).campaigns
    assert (campaign.start_date, campaign.end_date) == (date(2029, 1, 1), date(2029, 3, 31))


async def test_a_quarter_typed_at_the_end_date_ends_the_campaign_with_it(chat: Chat) -> None:
    """Found trying it: "Q1" at the end date also moved the start typed before (10 Jan to
    1 Jan); the start is kept, the quarter's last day is the end."""
    plan_id = plan_id_in(await chat.say("new plan"))
    await answer_until(chat, "end_date")  # the start typed: 2027-01-10

    said = texts(await chat.say("Q1"))

    [campaign] = (await get(chat, plan_id)).campaigns
    assert (campaign.start_date, campaign.end_date) == (date(2027, 1, 10), date(2027, 3, 31)), said


@pytest.mark.parametrize(
    "typed",
    [
        "1234567 / CSP Indirect Reseller / France / co-op / FY27 H2",
        "1234567 | CSP Indirect Reseller | France | co-op | FY27 H2",
    ],
)
async def test_answers_cut_by_slashes_or_bars_are_all_taken(chat: Chat, typed: str) -> None:
    """Seen at stop 44: "1234567 / CSP indirect reseller / France" at the plan's first
    question got 'isn't a Partner ID' (only commas, semicolons and new lines cut pieces)."""
    plan_id = plan_id_in(await chat.say("new plan"))

    said = texts(await chat.say(typed))

    plan = await get(chat, plan_id)
    assert (plan.mpn_id, plan.program, plan.market) == (
        "1234567",
        "csp_indirect_reseller",
        "FR",
    ), said
    assert (plan.fund_type, plan.period) == ("coop", "FY27 H2"), said


@pytest.mark.parametrize("typed", ["FR / BE", "France / Belgium"])
async def test_countries_cut_by_a_slash_stay_the_countries(chat: Chat, typed: str) -> None:
    plan_id = plan_id_in(await chat.say("new plan"))
    await answer_until(chat, "countries")

    said = texts(await chat.say(typed))

    assert (await get(chat, plan_id)).campaigns[0].activities[0].countries == ["FR", "BE"], said
