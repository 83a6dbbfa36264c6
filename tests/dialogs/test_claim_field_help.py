"""What a claim's question means, said where a partner is stuck on it.

Seen at stop 57: at "How much are you claiming?", "I don't know yet", « je ne sais pas
encore » got "The amount you spent and claim, in the plan currency, backed by the invoice or
CSR" — nothing on where the figure is or what to do while the invoice is on its way; at
"When did the activity run?", "I don't remember" got the campaign's dates rule only; at the
results, "what do you mean?" got "The result the catalog asks for this activity type", a
word of ours no partner knows, and not the result itself. Through the real bot, its dialogs
and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim, seen
from tests.support import Chat


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "I don't know yet", ("the invoice's total", "I read it for you", "**later**")),
        (EN, "help", ("the invoice's total", "**later**")),
        (FR, "je ne sais pas encore", ("le total de la facture", "je la lis", "**plus tard**")),
    ],
)
async def test_an_amount_not_known_yet_says_where_it_is_and_what_to_do_meanwhile(
    chat: Chat, locale: str, typed: str, said: tuple[str, ...]
) -> None:
    claim_id = await claim_at(chat, locale, until="amount")
    shown = seen(await chat.say(typed, locale=locale))
    assert all(words in shown for words in said), shown
    assert (await get_claim(chat, claim_id)).amount is None


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "I don't remember", "The invoice, the invitation or the ad platform's report"),
        (FR, "je ne sais plus", "La facture, l'invitation ou le rapport de la plateforme"),
    ],
)
async def test_a_day_not_remembered_says_where_to_find_it(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    claim_id = await claim_at(chat, locale, until="execution_date")
    shown = seen(await chat.say(typed, locale=locale))
    assert said in shown, shown
    assert (await get_claim(chat, claim_id)).execution_date is None


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "what do you mean?", "the number of registered guests"),
        (EN, "help", "the number of registered guests"),
        (FR, "c'est-à-dire ?", "le nombre d'invités inscrits"),
    ],
)
async def test_the_results_help_names_the_result_for_this_activity(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    await claim_at(chat, locale, until="metric_value")
    shown = seen(await chat.say(typed, locale=locale))
    assert said in shown.split("\n\n")[0], shown  # in the help, not only the question again
    assert "catalog" not in shown and "catalogue" not in shown, shown


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "sorry?"),
        (EN, "which results?"),
        (EN, "meaning?"),
        (FR, "c'est-à-dire ?"),
        (FR, "comment ça ?"),
        (FR, "quels résultats ?"),
        (FR, "qu'est-ce que vous voulez dire ?"),
    ],
)
async def test_a_question_at_the_results_is_never_kept_as_them(
    chat: Chat, locale: str, typed: str
) -> None:
    """Seen at stop 57: these were kept as the claim's results, and the evidence list came."""
    claim_id = await claim_at(chat, locale, until="metric_value")
    shown = seen(await chat.say(typed, locale=locale))
    assert "registered guests" in shown or "invités inscrits" in shown, shown
    assert not (await get_claim(chat, claim_id)).metric_value, shown
