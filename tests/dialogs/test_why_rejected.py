""" "Why was it rejected?" after a rejection notice.

Seen off the script: after a claim was rejected ("Invoice scan is blurry"), "why was it
rejected?" and « pourquoi a-t-elle été refusée ? » got "I didn't understand that"; only
"status" showed the reasons. A "why" with a rejection word is the rejected items' status,
with the reviewer's reasons.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_fix_rejected_claim import decide, submitted_seminar
from tests.support import Chat, shown

REASON = [{"code": "invoice_illegible", "message": "Invoice scan is blurry"}]


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "why was it rejected?"),
        (EN, "why was my claim refused"),
        (EN, "why rejected?"),
        (FR, "pourquoi a-t-elle été refusée ?"),
        (FR, "pourquoi ma réclamation a été rejetée"),
    ],
)
async def test_why_it_was_rejected_shows_the_reasons(
    chat: Chat, files, locale: str, typed: str
) -> None:
    chat.locale = locale
    claim_id = await submitted_seminar(chat, files, locale)
    await decide(chat, claim_id, "Rejected", REASON, "why-1")
    replies = await chat.say(typed, locale=locale)
    assert claim_id in shown(replies)
    assert "Invoice scan is blurry" in shown(replies)
