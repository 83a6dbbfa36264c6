""" "What did I submit last week?": the claims sent then, by the day each was sent.

Seen at stop 61 and left: "what did I submit last week?", "what did I send yesterday?",
« qu'ai-je soumis la semaine dernière ? » got "I didn't understand that", and "what did I
submit in November?" listed the claims of activities run in November (the claims' index held
no day sent), not those sent then. The index now keeps the day each claim was last sent (an
entry written before is read from its claim), and a question about sending — "what did I
submit …", "claims I sent …", « qu'ai-je envoyé … » — lists those sent that week, day or month
("claims from November" stays the activities run then). Through the real bot, its dialogs
and a TinyDB store on disk; today is Friday 27 Nov 2026 in tests.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from domain.claim import ClaimStatus
from tests.dialogs.claim_support import EN, FR
from tests.support import TENANT, TODAY, Chat, shown


async def claim_sent(
    chat: Chat, sent: datetime | None, status: ClaimStatus, name: str, ran: date
) -> str:
    """A claim of the chat's user for an activity run on `ran`, last sent at `sent`."""
    claims = chat.services.claims
    claim = await claims.create_claim(
        tenant_id=TENANT, owner_id=chat.user_id, owner_name="Alex", today=TODAY
    )
    claim.name, claim.execution_date, claim.status = name, ran, status
    claim.amount, claim.currency, claim.activity_type = Decimal(1200), "EUR", "customer_seminar"
    claim.submitted_at = sent
    await claims.save(claim)
    return claim.id


def at(day: int, month: int = 11) -> datetime:
    return datetime(2026, month, day, 9, 30, tzinfo=UTC)


@pytest.fixture
async def sent(chat: Chat) -> dict[str, str]:
    ran = date(2026, 11, 5)
    return {
        "today": await claim_sent(chat, at(27), ClaimStatus.SUBMITTED, "Cloud day", ran),
        "yesterday": await claim_sent(chat, at(26), ClaimStatus.UNDER_REVIEW, "Webinar", ran),
        "monday": await claim_sent(chat, at(23), ClaimStatus.APPROVED, "Expo", ran),
        "last_week": await claim_sent(chat, at(18), ClaimStatus.REJECTED, "Workshop", ran),
        # Run in November, sent in October: "what did I submit in October?" lists it.
        "october": await claim_sent(chat, at(5, 10), ClaimStatus.PAID, "Breakfast", ran),
        "draft": await claim_sent(chat, None, ClaimStatus.EDITING, "Draft", ran),
    }


def listed(said: str, sent: dict[str, str]) -> set[str]:
    return {key for key, claim_id in sent.items() if claim_id in said}


@pytest.mark.parametrize(
    ("locale", "typed", "expected"),
    [
        (EN, "what did I submit last week?", {"last_week"}),
        (EN, "what did I send this week?", {"today", "yesterday", "monday"}),
        (EN, "what did I submit yesterday?", {"yesterday"}),
        (EN, "what have we submitted today", {"today"}),
        (EN, "which claims did I send last week?", {"last_week"}),
        (EN, "claims I submitted this week", {"today", "yesterday", "monday"}),
        (EN, "what did I submit in October?", {"october"}),
        (EN, "what did I submit in November?", {"today", "yesterday", "monday", "last_week"}),
        (EN, "what did I submit in the last 7 days?", {"today", "yesterday", "monday"}),
        (
            EN,
            "which claims did I submit in November?",
            {"today", "yesterday", "monday", "last_week"},
        ),
        (EN, "what have we sent in October", {"october"}),
        (FR, "qu'ai-je soumis la semaine dernière ?", {"last_week"}),
        (FR, "qu'est-ce que j'ai envoyé hier ?", {"yesterday"}),
        (FR, "qu'ai-je envoyé cette semaine", {"today", "yesterday", "monday"}),
        (FR, "qu'ai-je soumis en octobre ?", {"october"}),
        (FR, "qu'est-ce que j'ai envoyé le mois dernier ?", {"october"}),
    ],
)
async def test_claims_asked_by_when_they_were_sent(
    chat: Chat, sent: dict[str, str], locale: str, typed: str, expected: set[str]
) -> None:
    chat.locale = locale
    said = shown(await chat.say(typed, locale=locale))

    assert listed(said, sent) == expected, said
    assert "didn't understand" not in said and "pas compris" not in said, said


@pytest.mark.parametrize(
    ("locale", "typed", "when"),
    [
        (EN, "what did I submit last week?", "from 16 Nov 2026 to 22 Nov 2026"),
        (EN, "what did I submit yesterday?", "on 26 Nov 2026"),
        (EN, "what did I submit in October?", "in October 2026"),
        (FR, "qu'ai-je soumis la semaine dernière ?", "du 16 novembre 2026 au 22 novembre 2026"),
    ],
)
async def test_the_answer_says_when(
    chat: Chat, sent: dict[str, str], locale: str, typed: str, when: str
) -> None:
    chat.locale = locale
    said = shown(await chat.say(typed, locale=locale))

    assert when in said, said


async def test_none_sent_then_is_said(chat: Chat, sent: dict[str, str]) -> None:
    said = shown(await chat.say("what did I submit in September?", locale=EN))

    assert "You sent no claim in September 2026" in said, said


async def test_an_index_entry_written_before_the_day_sent_was_kept_is_read_from_its_claim(
    chat: Chat, sent: dict[str, str]
) -> None:
    """The index of a partner whose claims were saved before this stop: the day each was
    sent is in the claim, not in its entry; read from there, and the entries filled in."""
    claims = chat.services.claims
    for claim_id in sent.values():
        key = claims.index_key_of(TENANT, claim_id)
        (index,) = (await chat.storage.read([key])).values()
        del index["items"][claim_id]["submitted_at"]
        await chat.storage.write({key: index})

    said = shown(await chat.say("what did I submit last week?", locale=EN))

    assert listed(said, sent) == {"last_week"}, said
    summaries = {s.id: s for s in await claims.summaries(TENANT)}
    assert summaries[sent["last_week"]].submitted_at == at(18).isoformat()
