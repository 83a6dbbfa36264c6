"""A partner's claims asked for by the month (or the period) their activities ran.

Seen at stop 58, with claims on record: "claims from November", "my claims in October",
« mes réclamations de novembre » got "I didn't understand that"; "which claims did I submit
in November?" listed every claim. A distributor files thousands of claims a year, and the
list shows 25 with "…and 1,975 more": asked by month, only that month's are listed, with where
each stands (by the day each activity ran, what a claim is for). Through the real bot, its
dialogs and a TinyDB store on disk, English and French; today is 27 Nov 2026 in tests.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.claim import ClaimStatus
from tests.dialogs.claim_support import EN, FR
from tests.support import TENANT, TODAY, Chat, shown

pytestmark = pytest.mark.asyncio


async def claim_ran(chat: Chat, on: date, status: ClaimStatus, name: str) -> str:
    """A claim of the chat's user for an activity run `on`, in `status`: its id."""
    claims = chat.services.claims
    claim = await claims.create_claim(
        tenant_id=TENANT, owner_id=chat.user_id, owner_name="Alex", today=TODAY
    )
    claim.name, claim.execution_date, claim.status = name, on, status
    claim.amount, claim.currency, claim.activity_type = Decimal(1200), "EUR", "customer_seminar"
    await claims.save(claim)
    return claim.id


@pytest.fixture
async def ran(chat: Chat) -> dict[str, str]:
    """Claims of activities run in October and in November 2026, and one in May."""
    return {
        "may": await claim_ran(chat, date(2026, 5, 12), ClaimStatus.APPROVED, "Spring expo"),
        "oct": await claim_ran(chat, date(2026, 10, 14), ClaimStatus.UNDER_REVIEW, "Oct webinar"),
        "nov_rejected": await claim_ran(
            chat, date(2026, 11, 10), ClaimStatus.REJECTED, "Security workshop"
        ),
        "nov_approved": await claim_ran(
            chat, date(2026, 11, 20), ClaimStatus.APPROVED, "Cloud day"
        ),
    }


def listed(said: str, ran: dict[str, str]) -> set[str]:
    return {key for key, claim_id in ran.items() if claim_id in said}


@pytest.mark.parametrize(
    ("locale", "typed", "months"),
    [
        (EN, "claims from November", {"nov_rejected", "nov_approved"}),
        (EN, "my claims in October", {"oct"}),
        (EN, "show my claims from November", {"nov_rejected", "nov_approved"}),
        (EN, "status of my claims in October?", {"oct"}),
        (EN, "November claims", {"nov_rejected", "nov_approved"}),
        (EN, "claims from Nov 2026", {"nov_rejected", "nov_approved"}),
        (EN, "my claims from last month", {"oct"}),
        (EN, "this month's claims", {"nov_rejected", "nov_approved"}),
        (EN, "claims for FY27 H1", {"oct", "nov_rejected", "nov_approved"}),
        (EN, "rejected claims from November", {"nov_rejected"}),
        (FR, "mes réclamations de novembre", {"nov_rejected", "nov_approved"}),
        (FR, "réclamations d'octobre", {"oct"}),
        (FR, "mes réclamations du mois dernier", {"oct"}),
        (FR, "mes réclamations de mai", {"may"}),
        (FR, "mes réclamations rejetées de novembre", {"nov_rejected"}),
        # "what did I submit in November?", "which claims did I send in …" (stop 60 read
        # them here) ask what was sent then since stop 62: tests/dialogs/test_claims_sent_when.py
    ],
)
async def test_claims_asked_by_month_are_that_months_only(
    chat: Chat, ran: dict[str, str], locale: str, typed: str, months: set[str]
) -> None:
    chat.locale = locale
    said = shown(await chat.say(typed, locale=locale))

    assert listed(said, ran) == months, said
    assert "didn't understand" not in said and "pas compris" not in said, said


@pytest.mark.parametrize(
    ("locale", "typed", "when"),
    [
        (EN, "claims from November", "November 2026"),
        (EN, "claims for FY27 H1", "FY27 H1"),
        (FR, "mes réclamations de novembre", "novembre 2026"),
    ],
)
async def test_the_answer_says_which_month_it_lists(
    chat: Chat, ran: dict[str, str], locale: str, typed: str, when: str
) -> None:
    chat.locale = locale
    said = shown(await chat.say(typed, locale=locale))

    assert when in said, said


@pytest.mark.parametrize(
    ("locale", "typed", "words"),
    [
        (EN, "claims from March", ["March 2026", "my claims"]),
        (FR, "mes réclamations de mars", ["mars 2026", "mes réclamations"]),
        # A month to come is last year's (today is 27 Nov 2026).
        (EN, "my claims in December", ["December 2025"]),
    ],
)
async def test_a_month_with_none_says_so_and_how_to_see_them_all(
    chat: Chat, ran: dict[str, str], locale: str, typed: str, words: list[str]
) -> None:
    chat.locale = locale
    said = shown(await chat.say(typed, locale=locale))

    assert listed(said, ran) == set(), said
    assert all(word in said for word in words), said


async def test_among_many_claims_only_the_months_are_listed(chat: Chat) -> None:
    october = [
        await claim_ran(chat, date(2026, 10, 1 + n % 28), ClaimStatus.APPROVED, f"Ad {n}")
        for n in range(40)
    ]
    november = await claim_ran(chat, date(2026, 11, 3), ClaimStatus.UNDER_REVIEW, "Cloud day")

    said = shown(await chat.say("claims from November", locale=EN))

    assert november in said, said
    assert not any(claim_id in said for claim_id in october), said
    assert "more claims" not in said, said


async def test_a_claim_named_with_a_month_is_still_found_by_its_name(chat: Chat) -> None:
    named = await claim_ran(chat, date(2026, 10, 2), ClaimStatus.UNDER_REVIEW, "November webinar")
    other = await claim_ran(chat, date(2026, 11, 2), ClaimStatus.UNDER_REVIEW, "Cloud day")

    said = shown(await chat.say("where is my November webinar claim?", locale=EN))

    assert named in said and other not in said, said


async def test_all_claims_are_still_listed_without_a_month(chat: Chat, ran: dict[str, str]) -> None:
    said = shown(await chat.say("status of my claims", locale=EN))

    assert listed(said, ran) == set(ran), said


@pytest.mark.parametrize(
    ("locale", "typed", "hint"),
    [(EN, "my claims", "my claims from last month"), (FR, "mes réclamations", "du mois dernier")],
)
async def test_a_long_list_says_claims_can_be_asked_by_month(
    chat: Chat, locale: str, typed: str, hint: str
) -> None:
    for n in range(30):
        await claim_ran(chat, date(2026, 10, 1 + n % 28), ClaimStatus.APPROVED, f"Ad {n}")
    chat.locale = locale

    said = shown(await chat.say(typed, locale=locale))

    assert hint in said, said
    assert "CLM-2026-000030" not in said or "CLM-2026-000001" not in said, said  # 25 listed


@pytest.mark.parametrize(
    ("locale", "typed", "none"),
    [(EN, "claims from November", "no claims yet"), (FR, "mes réclamations de mai", "aucune")],
)
async def test_with_no_claim_at_all_it_says_none_yet(
    chat: Chat, locale: str, typed: str, none: str
) -> None:
    """Seen in the Playground at stop 58: with no claim at all, "claims from November" said
    none ran in November 2026 and 'say my claims to see them all'."""
    chat.locale = locale

    said = shown(await chat.say(typed, locale=locale))

    assert none in said and "2026" not in said, said
