"""A co-op term asked about, alone or in a question, is explained.

Seen at stop 45, a partner with a saved claim draft and no question open: "CSR?", "a CSR?",
"pre-approval?", "co-op?", "usage period?", « CSR ? », « période d'utilisation ? » got "I
didn't understand that"; "PoE?" and "what is a proof of execution?" the status list;
"proof of execution?" started a claim; "what's the usage period?", « c'est quoi la période
d'utilisation ? » "I didn't understand that", though the usage period decides what a
claim may be for and when it must be in. Through the real bot, dialogs and a TinyDB store
on disk.
"""

from __future__ import annotations

import pytest

from domain.dates import FiscalHalf, format_date
from domain.funds import claiming_window
from tests.dialogs.claim_support import EN, FR, get_claim
from tests.dialogs.test_questions_answered import _asked_beside_a_saved_draft
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat

pytestmark = pytest.mark.asyncio

NOT_UNDERSTOOD = ("I didn't understand that", "Je n'ai pas compris")
STATUS_LIST = ("Where things stand", "Où en sont les choses")
CSR = {EN: "Certification Service Report", FR: "rapport de certification de service"}
PRE_APPROVAL = {EN: "before it runs", FR: "avant sa diffusion"}
COOP = {EN: "proof of execution", FR: "preuve d'exécution"}
PERIODS = {EN: "usage period", FR: "période d'utilisation"}


@pytest.mark.parametrize(
    ("locale", "typed", "words"),
    [
        (EN, "CSR?", CSR),
        (EN, "csr", CSR),
        (EN, "a CSR?", CSR),
        (EN, "what does CSR stand for?", CSR),
        (EN, "pre-approval?", PRE_APPROVAL),
        (EN, "pre-approval id?", PRE_APPROVAL),
        (EN, "co-op?", COOP),
        (EN, "PoE?", COOP),
        (EN, "proof of execution?", COOP),
        (EN, "what is a proof of execution?", COOP),
        (EN, "what does PoE mean?", COOP),
        (EN, "usage period?", PERIODS),
        (EN, "what's the usage period?", PERIODS),
        (EN, "what is a claiming period?", PERIODS),
        (FR, "CSR ?", CSR),
        (FR, "pré-approbation ?", PRE_APPROVAL),
        (FR, "co-op ?", COOP),
        (FR, "preuve d'exécution ?", COOP),
        (FR, "c'est quoi une preuve d'exécution ?", COOP),
        (FR, "que veut dire PoE ?", COOP),
        (FR, "période d'utilisation ?", PERIODS),
        (FR, "c'est quoi la période d'utilisation ?", PERIODS),
    ],
)
async def test_a_term_asked_at_rest_is_explained(
    chat: Chat, locale: str, typed: str, words: dict[str, str]
) -> None:
    said = await _asked_beside_a_saved_draft(chat, locale, typed)

    assert words[locale] in said, said
    assert not any(other in said for other in NOT_UNDERSTOOD + STATUS_LIST), said
    assert "CLM-2026-000002" not in said, said  # no claim started


@pytest.mark.parametrize("locale", [EN, FR])
async def test_the_periods_are_explained_with_todays(chat: Chat, locale: str) -> None:
    """Better than the web form's glossary: which usage period today is in, and until when
    its claims are taken."""
    typed = {EN: "what's the usage period?", FR: "c'est quoi la période d'utilisation ?"}
    said = await understood(chat, locale, typed[locale])

    usage = FiscalHalf.containing(chat.today)
    closes = claiming_window(usage)[1]
    assert usage.label in said and format_date(closes, locale) in said, said
    assert ("forfeited" if locale == EN else "perdu") in said, said


@pytest.mark.parametrize("locale", [EN, FR])
async def test_asked_at_a_claims_question_it_is_answered_and_asked_again(
    chat: Chat, locale: str
) -> None:
    from tests.dialogs.claim_support import claim_at

    claim_id = await claim_at(chat, locale, until="amount")
    typed = {EN: "what is a proof of execution?", FR: "c'est quoi la période d'utilisation ?"}

    said = await understood(chat, locale, typed[locale])

    words = {
        EN: ("proof of execution", "How much are you claiming"),
        FR: ("période d'utilisation", "Quel montant réclamez"),
    }[locale]
    assert all(word in said for word in words), said
    assert (await get_claim(chat, claim_id)).amount is None


@pytest.mark.parametrize(
    ("locale", "typed", "words"),
    [
        # Found in the Agents Playground: "usage period?" at the impressions question got
        # that question's help.
        (EN, "usage period?", ("Claims for a usage period", "How much are you claiming")),
        (FR, "période d'utilisation ?", ("Les réclamations d'une période", "Quel montant")),
    ],
)
async def test_a_term_alone_with_a_question_mark_in_a_question_is_explained(
    chat: Chat, locale: str, typed: str, words: tuple[str, str]
) -> None:
    from tests.dialogs.claim_support import claim_at

    claim_id = await claim_at(chat, locale, until="amount")

    said = await understood(chat, locale, typed)

    assert all(word in said for word in words), said
    assert (await get_claim(chat, claim_id)).amount is None
