"""A question about an option is not that option.

Seen off the script: at a claim's evidence list, "what is a CSR?" started a new CSR item
("What is this evidence?"), and at "What is this evidence?" for an attached file, "what's an
invoice?" made the file the claim's invoice ("✓ Third-party invoice"): the option's word
inside the question was read as the answer. A question that is not an option word for word
is answered as help is (what the options mean), and the question asked again.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, attach, claim_at, get_claim
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed", "means"),
    [
        # (Since stop 41 a CSR is explained: tests/dialogs/test_evidence_said_off_script.py.)
        (EN, "what is a CSR?", "A Certification Service Report (CSR) proves work"),
        (EN, "what's an invoice?", "The evidence list"),
        (FR, "c'est quoi un CSR ?", "Un rapport de certification de service (CSR) prouve"),
    ],
)
async def test_a_question_at_the_evidence_list_adds_nothing(
    chat: Chat, locale: str, typed: str, means: str
) -> None:
    claim_id = await claim_at(chat, locale)
    replies = await chat.say(typed, locale=locale)
    assert means in shown(replies)
    assert (await get_claim(chat, claim_id)).evidence == []


@pytest.mark.parametrize(
    ("locale", "typed", "means"),
    [
        (EN, "what's an invoice?", "Certification Service Report (CSR)** for work done in"),
        (EN, "which one is it?", "Certification Service Report (CSR)** for work done in"),
        (FR, "c'est quoi une facture d'un tiers ?", "rapport de certification de service"),
    ],
)
async def test_a_question_at_what_a_file_is_chooses_nothing(
    chat: Chat, files, locale: str, typed: str, means: str
) -> None:
    claim_id = await claim_at(chat, locale)
    await attach(chat, files, "invoice.pdf", locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert means in shown(replies)
    [item] = (await get_claim(chat, claim_id)).evidence
    assert item.kind is None
