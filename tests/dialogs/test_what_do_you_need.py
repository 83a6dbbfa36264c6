""" "What do you need?" with a draft under way. Seen at stop 62: a claim paused at its
evidence list ("I'll send it tomorrow"), then "what do you need?", « de quoi as-tu
besoin ? », « qu'est-ce qu'il vous faut ? » got "I didn't understand that", and "what do
you need from me" what a new plan asks, from the MPN ID on — though "what else do you
need" said the claim still lacked its invoice, agenda and photos. With a draft under way
these ask what it still needs: where everything stands, each draft with what is left; with
none, what a plan asks, as before. In a draft's question they stay that question's.
Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at
from tests.support import Chat, shown

STILL_TO_ADD = {EN: "Still to add: Third-party invoice or CSR", FR: "Reste à joindre"}
PLAN_ASKS = {EN: "A plan asks, in this order", FR: "Un plan demande, dans l'ordre"}
NOT_UNDERSTOOD = ("didn't understand", "pas compris")
ASKED = {
    EN: ["what do you need?", "what do you need from me", "What do you need from me?"],
    FR: ["de quoi as-tu besoin ?", "qu'est-ce qu'il vous faut ?", "de quoi avez-vous besoin"],
}


@pytest.mark.parametrize(
    ("locale", "typed"), [(locale, typed) for locale, said in ASKED.items() for typed in said]
)
async def test_with_a_draft_under_way_it_says_what_is_left(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale)  # at its evidence list, nothing sent
    await chat.say("cancel" if locale == EN else "annuler", locale=locale)

    said = shown(await chat.say(typed, locale=locale))

    assert claim_id in said and STILL_TO_ADD[locale] in said, said[:600]
    assert PLAN_ASKS[locale] not in said and not any(w in said for w in NOT_UNDERSTOOD)


@pytest.mark.parametrize(
    ("locale", "typed"), [(locale, typed) for locale, said in ASKED.items() for typed in said]
)
async def test_with_nothing_under_way_it_says_what_a_plan_asks(
    chat: Chat, locale: str, typed: str
) -> None:
    said = shown(await chat.say(typed, locale=locale))

    assert PLAN_ASKS[locale] in said, said[:600]


@pytest.mark.parametrize("locale", [EN, FR])
async def test_in_the_evidence_list_it_stays_that_questions(chat: Chat, locale: str) -> None:
    await claim_at(chat, locale)

    said = shown(await chat.say(ASKED[locale][0], locale=locale))

    assert PLAN_ASKS[locale] not in said, said[:600]
    assert "Evidence for" in said or "Preuves" in said or "Justificatifs" in said, said[:600]
