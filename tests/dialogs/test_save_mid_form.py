""" "save" in the middle of a claim or a plan: the draft kept and said so, as at the review.

Seen in the Agents Playground: "save" at a claim's question ("Results: the number of
registered guests?") got 'I didn't take "save" as your answer: it's a word for another
step (submitting, saving, finishing the evidence). Answer this question to go on, or say
cancel to stop here', so a partner who wanted to stop and keep their work was told to say
"cancel". Every answer is saved as it is given; "save" there now stops as the review's
"Save" does (the draft kept, how to come back said), and "continue my claim" opens the
same question. At a review, "save" is the review's own button, as before.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed", "said", "back", "asked"),
    [
        (EN, "save", "stays a draft", "continue my claim", "How much are you claiming"),
        (EN, "save for later", "stays a draft", "continue my claim", "How much are you claiming"),
        (EN, "Save and close", "stays a draft", "continue my claim", "How much are you claiming"),
        (FR, "enregistrer", "reste un brouillon", "reprendre ma réclamation", "Quel montant"),
        (FR, "sauvegarder pour plus tard", "reste un brouillon", "reprendre", "Quel montant"),
    ],
)
async def test_save_at_a_claims_question_keeps_the_draft_and_resumes_there(
    chat: Chat, locale: str, typed: str, said: str, back: str, asked: str
) -> None:
    claim_id = await claim_at(chat, locale, until="amount")
    before = await get_claim(chat, claim_id)
    replies = await chat.say(typed, locale=locale)
    assert claim_id in shown(replies) and said in shown(replies), shown(replies)
    assert "word for another step" not in shown(replies)
    assert "mot pour une autre" not in shown(replies)
    after = await get_claim(chat, claim_id)
    assert (after.name, after.amount, after.status) == (before.name, None, before.status)
    resumed = await chat.say(back, locale=locale)
    assert claim_id in shown(resumed) and asked in shown(resumed), shown(resumed)


@pytest.mark.parametrize(
    ("locale", "start", "typed", "said"),
    [
        (EN, "new plan", "save", "stays a draft"),
        (FR, "nouveau plan", "enregistrer", "reste un brouillon"),
    ],
)
async def test_save_at_a_plans_question_keeps_the_draft(
    chat: Chat, locale: str, start: str, typed: str, said: str
) -> None:
    await chat.say(start, locale=locale)
    await chat.say("1234567", locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert "PLN-" in shown(replies) and said in shown(replies), shown(replies)
    resumed = await chat.say(
        "continue my plan" if locale == EN else "reprendre mon plan", locale=locale
    )
    assert "PLN-" in shown(resumed)
    asked = "Which program" if locale == EN else "Pour quel programme"
    assert asked in shown(resumed), shown(resumed)


async def test_save_with_nothing_open_says_that_answers_are_kept_as_they_come(chat: Chat) -> None:
    replies = await chat.say("save")
    assert "saved as you go" in shown(replies), shown(replies)


async def test_save_at_a_campaigns_name_names_nothing(chat: Chat) -> None:
    plan_id = await start_plan(chat, EN)
    await answer_until(chat, "name", locale=EN)
    replies = await chat.say("save")
    assert f"Saved. **{plan_id}** stays a draft" in shown(replies), shown(replies)
    assert (await get(chat, plan_id)).campaigns[-1].name is None


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [(EN, "save", "stays a draft"), (FR, "enregistrer", "reste un brouillon")],
)
async def test_save_at_the_evidence_list_keeps_the_draft(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    """The evidence list has no Save of its own: "save" there got 'I don't know "save"'."""
    claim_id = await claim_at(chat, locale)
    replies = await chat.say(typed, locale=locale)
    assert claim_id in shown(replies) and said in shown(replies), shown(replies)
