"""At the evidence list, partners say they will come back, or that they have no invoice.

Seen off the script: "I'll send it later", "later", « plus tard » and "I don't have an
invoice" at the evidence menu got 'I don't know "later". Pick one of the options or type its
number.' "later" now stops there as "cancel" does (the draft kept, said so); having no
invoice gets what a reviewer needs instead (an invoice or a CSR) and the menu again.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at
from tests.support import Chat, shown

NOT_KNOWN = ("I don't know", "Je ne connais pas", "Je ne sais pas")


@pytest.mark.parametrize(
    ("locale", "typed", "kept"),
    [
        (EN, "later", "is kept"),
        (EN, "I'll send it later", "is kept"),
        (EN, "I'll do it later", "is kept"),
        (FR, "plus tard", "est conservée"),
        (FR, "je l'enverrai plus tard", "est conservée"),
        # Seen at stop 46: the check card (as if done with the evidence), and "Please send
        # the file now (**Third-party invoice**)…" with the 27 extensions.
        (EN, "I'll send it tomorrow", "is kept"),
        (EN, "I'll send the invoice later", "is kept"),
        (EN, "I will upload the photos next week", "is kept"),
        (FR, "j'enverrai la facture demain", "est conservée"),
        (FR, "je les enverrai demain", "est conservée"),
    ],
)
async def test_later_at_the_evidence_keeps_the_draft(
    chat: Chat, locale: str, typed: str, kept: str
) -> None:
    claim_id = await claim_at(chat, locale)
    replies = await chat.say(typed, locale=locale)
    assert claim_id in shown(replies) and kept in shown(replies)
    assert not any(words in shown(replies) for words in NOT_KNOWN)
    resumed = await chat.say("reprendre" if locale == FR else "resume", locale=locale)
    assert claim_id in shown(resumed)


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "I don't have an invoice", "Certification Service Report"),
        (EN, "no invoice", "Certification Service Report"),
        (FR, "je n'ai pas de facture", "Rapport de certification de service"),
    ],
)
async def test_no_invoice_says_what_will_do_and_asks_again(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    await claim_at(chat, locale)
    replies = await chat.say(typed, locale=locale)
    assert said in shown(replies)
    assert ("Justificatifs de" if locale == FR else "Evidence for") in shown(replies)
    assert not any(words in shown(replies) for words in NOT_KNOWN)


async def test_later_with_nothing_open_is_a_polite_answer(chat: Chat) -> None:
    replies = await chat.say("later")
    assert "Glad to help" in shown(replies)


@pytest.mark.parametrize(
    ("locale", "typed", "kept"),
    [
        (EN, "can we do this later?", "is kept"),
        (EN, "I'll come back tomorrow", "is kept"),
        (EN, "let's continue later", "is kept"),
        (FR, "on continue plus tard", "est conservée"),
        (FR, "je reviendrai demain", "est conservée"),
    ],
)
async def test_putting_it_off_at_a_claims_question_keeps_the_draft(
    chat: Chat, locale: str, typed: str, kept: str
) -> None:
    """Seen at stop 44 at a claim's amount: "can we do this later?" got the amount's help,
    "I'll come back tomorrow" 'isn't an amount I can read'."""
    claim_id = await claim_at(chat, locale, until="amount")

    replies = await chat.say(typed, locale=locale)

    assert claim_id in shown(replies) and kept in shown(replies), shown(replies)
    resumed = await chat.say("reprendre" if locale == FR else "resume", locale=locale)
    assert "EUR" in shown(resumed)  # the amount's question again, where it was
