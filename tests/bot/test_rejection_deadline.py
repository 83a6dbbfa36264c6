"""A claim sent back says until when it can be fixed: its period's claiming deadline.

Seen at stop 59: a rejection's notice said "Fix what is listed and resubmit, or dispute the
decision", and "how long do I have to fix it?" got the status alone, though a fixed claim
is taken only until its usage period's claims close (45 days after the period ends) —
the deadline partners miss. The notice (and the status answer) now say the day; once it
has passed, that a fixed copy can no longer be sent, and that a dispute still can. Through
the real app: a signed status change over HTTP, the notifier, the connector's messages.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from tests.bot.test_http import teams_message
from tests.bot.test_status_flow import change, post_status, served, submitted_claim
from tests.dialogs.claim_support import EN, FR, FileServer
from tests.dialogs.conftest import files
from tests.dialogs.test_fix_without_id import rejected_seminar
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat

__all__ = ["files", "served"]  # the fixtures, used by name

REASONS = [{"code": "invoice", "message": "Invoice scan is blurry", "item": "invoice"}]


async def rejected_notice(served, now: datetime, status: str = "Rejected") -> str:
    client, connector, house = served
    await client.post("/api/messages", json=teams_message(connector.url, "hello"))
    connector.take()
    claim = await submitted_claim(house)  # FY27 H1: its claims close on 15 Feb 2027
    path = f"/api/claims/{claim.id}/status"
    assert await post_status(client, path, change("Under review", "d1")) == 202
    assert await post_status(client, path, change(status, "d2", reasons=REASONS)) == 202
    house.notifier.clock = lambda: now
    await house.notifier.run_once()
    notices = [a for a in connector.take() if a.get("attachments")]
    return json.dumps(notices[-1], ensure_ascii=False)


async def test_a_rejection_says_until_when_it_can_be_fixed(served) -> None:
    shown = await rejected_notice(served, datetime(2026, 11, 27, 10, tzinfo=UTC))

    assert "was rejected" in shown
    assert "15 Feb 2027" in shown, shown
    assert "fix_claim" in shown and "dispute_claim" in shown


async def test_a_change_asked_says_until_when_too(served) -> None:
    shown = await rejected_notice(served, datetime(2026, 11, 27, 10, tzinfo=UTC), "Action required")

    assert "needs changes" in shown
    assert "15 Feb 2027" in shown, shown


async def test_past_the_deadline_a_rejection_says_a_fix_can_no_longer_go_but_a_dispute_can(
    served,
) -> None:
    shown = await rejected_notice(served, datetime(2027, 3, 1, 10, tzinfo=UTC))

    assert "15 Feb 2027" in shown, shown
    assert "no longer" in shown, shown
    assert "dispute" in shown.lower()


async def test_the_status_answer_says_until_when_it_can_be_fixed(served) -> None:
    client, connector, _ = served
    await rejected_notice(served, datetime(2026, 11, 27, 10, tzinfo=UTC))

    await client.post(
        "/api/messages",
        json=teams_message(connector.url, "how long do I have to fix it?", number=2),
    )

    answer = json.dumps(connector.take(), ensure_ascii=False)
    assert "15 Feb 2027" in answer, answer


# -- asked in the chat -----------------------------------------------------------------------

UNTIL = {EN: "15 Feb 2027", FR: "15 février 2027"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "how long do I have to fix it?"),
        (EN, "until when can I fix it?"),
        (EN, "by when must I resubmit?"),
        (EN, "what's the deadline to fix my claim?"),
        (FR, "combien de temps ai-je pour corriger ?"),
        (FR, "jusqu'à quand puis-je corriger ?"),
        (FR, "avant quand dois-je renvoyer la réclamation ?"),
    ],
)
async def test_until_when_a_fix_is_taken_is_asked_in_the_chat(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await rejected_seminar(chat, files, locale)

    said = await understood(chat, locale, typed)

    assert claim_id in said and UNTIL[locale] in said, said
