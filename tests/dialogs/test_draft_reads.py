"""How often an answer turn reads its draft: the question it asks next is built once.

A plan answer reads the plan to check the answer, to apply it, to save it (the version
check), then to decide what to ask next; the question chosen there is the one shown,
handed to the prompt with the draft it was built from (a fifth read rebuilt the same
question from the same draft). Counted, never timed: each read parses the whole draft.
"""

from __future__ import annotations

import pytest

from tests.dialogs.test_plan_journey import answer_until, plan_id_in
from tests.support import Chat, CountingReads, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "start", "field", "answer", "next_words"),
    [
        ("en-US", "new plan", "market", "France", "fund type"),
        ("fr-FR", "nouveau plan", "market", "Belgique", "type de fonds"),
    ],
)
async def test_an_answer_reads_its_draft_four_times_and_asks_the_next_question(
    chat: Chat, storage, locale: str, start: str, field: str, answer: str, next_words: str
) -> None:
    plan_id = plan_id_in(await chat.say(start, locale=locale))
    await answer_until(chat, field, locale=locale)
    reads = CountingReads(storage, lambda key: f"/plans/{plan_id}" in key)
    replies = await chat.say(answer, locale=locale)
    assert next_words in shown(replies).lower()
    # Check the answer, apply it, save it, choose the next question: the one shown.
    assert reads.count == 4
