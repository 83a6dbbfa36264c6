"""A delay told rather than asked: "I haven't been paid", "my claim is stuck".

Seen at stop 53 (a partner with a claim approved, or under review): "I didn't get paid",
"payment not received", « je n'ai pas reçu mon paiement » got "I didn't understand that"
(« le paiement n'est pas arrivé »: "You have no claims yet" beside a claim approved), and
"my claim is stuck", "why is it taking so long?", "it's been weeks", « ma réclamation est
bloquée », « pourquoi c'est si long ? » the same. The payment terms with each approved claim
are the answer, one past its 45 business days said late, with whom to ask (DOMAIN.md: paid
within 45 business days of approval); where claims stand is the other, a review longer than
2 business days said to be one for Partner Center support.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from storage.status_changes import StatusChange, StatusService
from tests.dialogs.claim_support import EN, FR, FileServer, approved_plan
from tests.dialogs.test_fix_rejected_claim import submitted_seminar
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat

NOT_UNDERSTOOD = ("I didn't understand that", "Je n'ai pas compris")


def long_after(chat: Chat) -> Chat:
    """The same partner, asking 120 days after what was kept now (the wall clock's time)."""
    return Chat(chat.storage, today=date.today() + timedelta(days=120), locale=chat.locale)


async def decided_long_ago(chat: Chat, claim_id: str, status: str) -> Chat:
    """`status` decided for the claim now; the same partner asking 120 days later."""
    service = StatusService(
        chat.services.plans, chat.services.claims, chat.services.outbox, chat.storage
    )
    change = StatusChange(
        event_id=f"decided-{status}-{claim_id}",
        status=status,
        reasons=[],
        actor="reviewer@microsoft.com",
        at=datetime.now(UTC),
    )
    assert (await service.apply("claim", claim_id, change)).outcome == "accepted"
    return long_after(chat)


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "I haven't been paid"),
        (EN, "I didn't get paid"),
        (EN, "payment not received"),
        (EN, "still no payment"),
        (EN, "the payment hasn't arrived"),
        (FR, "je n'ai pas reçu mon paiement"),
        (FR, "le paiement n'est pas arrivé"),
        (FR, "toujours pas payé"),
    ],
)
async def test_a_payment_not_received_names_the_claim_late_and_whom_to_ask(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await submitted_seminar(chat, files, locale)
    later = await decided_long_ago(chat, claim_id, "Approved")

    said = await understood(later, locale, typed)

    assert claim_id in said, said
    late = "now late" if locale == EN else "désormais en retard"
    support = "Partner Center support" if locale == EN else "support de l'Espace partenaires"
    assert late in said and support in said, said
    assert not any(other in said for other in NOT_UNDERSTOOD), said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "my claim is stuck"),
        (EN, "why is it taking so long?"),
        (EN, "it's been weeks"),
        (EN, "still waiting"),
        (EN, "nobody has answered"),
        (FR, "ma réclamation est bloquée"),
        (FR, "pourquoi c'est si long ?"),
        (FR, "j'attends toujours"),
    ],
)
async def test_a_review_said_too_long_is_where_claims_stand_with_support_named(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await submitted_seminar(chat, files, locale)  # under review from then on
    later = long_after(chat)

    said = await understood(later, locale, typed)

    assert claim_id in said, said
    escalate = "more than 2 business days" if locale == EN else "depuis plus de 2 jours ouvrés"
    assert escalate in said, said
    assert not any(other in said for other in NOT_UNDERSTOOD), said


# Still what it was: "I'm stuck" alone is trouble with the bot, not a review.
async def test_i_am_stuck_alone_is_not_a_status(chat: Chat) -> None:
    said = await understood(chat, EN, "I'm stuck")
    assert "Where things stand" not in said


# Where things stand says it too: an approved claim past its 45 business days is late.
@pytest.mark.parametrize("locale", [EN, FR])
async def test_an_approved_claim_past_its_days_is_said_late_in_its_status(
    chat: Chat, files: FileServer, locale: str
) -> None:
    claim_id = await submitted_seminar(chat, files, locale)
    later = await decided_long_ago(chat, claim_id, "Approved")

    said = await understood(later, locale, f"status of {claim_id}")

    late = "is late: ask Partner Center support" if locale == EN else "il est en retard"
    assert late in said, said
    assert "expected within 45" not in said and "attendu sous 45" not in said, said


# Seen at stop 53: "my claim is stuck" with a plan approved and no claim listed the plan
# ("Where things stand: PLN-… was approved"), as if it were the claim said stuck.
@pytest.mark.parametrize(
    ("locale", "typed", "said_so"),
    [
        (EN, "my claim is stuck", "You have no claims yet"),
        (EN, "why is my claim taking so long?", "You have no claims yet"),
        (FR, "ma réclamation est bloquée", "Vous n'avez encore aucune réclamation"),
    ],
)
async def test_a_claim_said_stuck_with_none_says_there_is_none(
    chat: Chat, locale: str, typed: str, said_so: str
) -> None:
    chat.locale = locale
    plan = await approved_plan(chat)
    said = await understood(chat, locale, typed)
    assert said_so in said, said
    assert plan.id not in said, said
