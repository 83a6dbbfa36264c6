"""Payment, disputes and the claim's words, asked with no question open.

Seen at stop 44 (a partner with a saved claim draft): "when will I get paid?", « quand
serai-je payé ? », "can I get paid faster?" got the status list (a draft, nothing about
money); "who pays me?", « qui me paie ? » "I didn't understand that"; "how do I dispute a
rejection?", « comment contester ? » "I didn't understand that" (while "dispute" alone
starts one); "what is a CSR?", "what's the difference between an invoice and a CSR?",
"what is a pre-approval?", "how do I get a pre-approval id?", « c'est quoi un CSR ? » the
same, though every claim needs an invoice or a CSR and a TV / radio claim the pre-approval
id. Through the real bot, dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import EN, FR, FileServer, get_claim
from tests.dialogs.test_fix_rejected_claim import decide, submitted_seminar
from tests.dialogs.test_fix_without_id import rejected_seminar
from tests.dialogs.test_questions_answered import _asked_beside_a_saved_draft
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat

pytestmark = pytest.mark.asyncio

STATUS_LIST = ("Where things stand", "Où en sont les choses")
NOT_UNDERSTOOD = ("I didn't understand that", "Je n'ai pas compris")


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "when will I get paid?"),
        (EN, "can I get paid faster?"),
        (EN, "who pays me?"),
        (EN, "how do I get paid?"),
        (EN, "when do we receive the money?"),
        (FR, "quand serai-je payé ?"),
        (FR, "qui me paie ?"),
        (FR, "comment suis-je payé ?"),
        (FR, "puis-je être payé plus vite ?"),
        # Seen at stop 44 after a rejection: 'I didn't understand that'.
        (EN, "how much will I get?"),
        (FR, "combien vais-je recevoir ?"),
    ],
)
async def test_how_and_when_a_claim_is_paid(chat: Chat, locale: str, typed: str) -> None:
    said = await _asked_beside_a_saved_draft(chat, locale, typed)

    words = {
        EN: ("45 business days", "bank profile", "Partner Center", "None of your claims"),
        FR: ("45 jours ouvrés", "profil bancaire", "Espace partenaires", "Aucune de vos"),
    }[locale]
    assert all(word in said for word in words), said
    assert "CLM-2026-000001" in said, said  # where the draft stands, as before
    assert not any(other in said for other in NOT_UNDERSTOOD), said


@pytest.mark.parametrize("locale", [EN, FR])
async def test_an_approved_claim_is_named_with_the_day_it_is_paid_by(
    chat: Chat, files: FileServer, locale: str
) -> None:
    from dialogs.status_answers import business_days_after

    claim_id = await submitted_seminar(chat, files, locale)
    await decide(chat, claim_id, "Approved", [], f"approved-{claim_id}")
    approved_on = (await get_claim(chat, claim_id)).history[-1].at.date()

    said = await understood(
        chat, locale, "when will I get paid?" if locale == EN else "quand serai-je payé ?"
    )

    from domain.dates import format_date

    paid_by = format_date(business_days_after(approved_on, 45), locale)
    assert claim_id in said and paid_by in said, said
    assert "None of your claims" not in said and "Aucune de vos" not in said, said


async def test_whether_a_claim_is_paid_is_still_where_it_stands(chat: Chat) -> None:
    said = await _asked_beside_a_saved_draft(chat, EN, "is my claim paid?")

    assert STATUS_LIST[0] in said, said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "how do I dispute a rejection?"),
        (EN, "how can I appeal?"),
        (EN, "can I appeal a decision?"),
        (EN, "how does a dispute work?"),
        (FR, "comment contester ?"),
        (FR, "puis-je contester une décision ?"),
        (FR, "comment faire appel ?"),
    ],
)
async def test_how_a_dispute_works(chat: Chat, locale: str, typed: str) -> None:
    said = await _asked_beside_a_saved_draft(chat, locale, typed)

    words = {
        EN: ("**dispute**", "5 business days", "None of your claims is rejected"),
        FR: ("**contester**", "5 jours ouvrés", "Aucune de vos réclamations n'est refusée"),
    }[locale]
    assert all(word in said for word in words), said


@pytest.mark.parametrize("locale", [EN, FR])
async def test_how_to_dispute_names_the_rejected_claim_and_disputes_nothing(
    chat: Chat, files: FileServer, locale: str
) -> None:
    claim_id = await rejected_seminar(chat, files, locale)

    said = await understood(
        chat, locale, "how do I dispute a rejection?" if locale == EN else "comment contester ?"
    )

    assert claim_id in said and ("5 business days" in said or "5 jours ouvrés" in said), said
    assert "Why is the decision on" not in said and "Pourquoi la décision" not in said, said
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.REJECTED


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "what is a CSR?"),
        (EN, "what does CSR mean?"),
        (EN, "what's the difference between an invoice and a CSR?"),
        (EN, "what is a certification service report?"),
        (EN, "can I use a CSR instead of an invoice?"),
        (FR, "c'est quoi un CSR ?"),
        (FR, "qu'est-ce qu'un rapport de certification de service ?"),
    ],
)
async def test_what_a_csr_is(chat: Chat, locale: str, typed: str) -> None:
    said = await _asked_beside_a_saved_draft(chat, locale, typed)

    words = {
        EN: ("Certification Service Report", "in house", "third-party invoice"),
        FR: ("rapport de certification de service", "en interne", "facture d'un tiers"),
    }[locale]
    assert all(word in said for word in words), said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "what is a pre-approval?"),
        (EN, "how do I get a pre-approval id?"),
        (EN, "what's a preapproval id?"),
        (EN, "do I need a pre-approval for a webinar?"),
        (FR, "c'est quoi une pré-approbation ?"),
        (FR, "comment obtenir un identifiant de pré-approbation ?"),
    ],
)
async def test_what_a_pre_approval_is_and_which_types_need_it(
    chat: Chat, locale: str, typed: str
) -> None:
    said = await _asked_beside_a_saved_draft(chat, locale, typed)

    words = {
        EN: ("before it runs", "TV / radio", "account manager"),
        FR: ("avant sa diffusion", "TV / radio", "responsable de compte"),
    }[locale]
    assert all(word in said for word in words), said
    assert not any(other in said for other in NOT_UNDERSTOOD), said


@pytest.mark.parametrize("locale", [EN, FR])
async def test_asked_at_a_claims_question_it_is_answered_and_the_question_asked_again(
    chat: Chat, locale: str
) -> None:
    from tests.dialogs.claim_support import claim_at

    claim_id = await claim_at(chat, locale, until="amount")

    said = await understood(
        chat, locale, "when will I get paid?" if locale == EN else "quand serai-je payé ?"
    )

    words = {
        EN: ("45 business days", "You're filling it in now", "How much are you claiming"),
        FR: ("45 jours ouvrés", "Vous êtes en train de la remplir", "Quel montant réclamez"),
    }[locale]
    assert claim_id in said and all(word in said for word in words), said
    assert (await get_claim(chat, claim_id)).amount is None


async def test_with_no_claim_at_all_it_is_said_once(chat: Chat) -> None:
    """Found in the Agents Playground: "None of your claims is approved yet." then "You have
    no claims yet." one after the other."""
    said = await understood(chat, EN, "when will I get paid?")

    assert "45 business days" in said and "You have no claims yet" in said, said
    assert "None of your claims" not in said, said
