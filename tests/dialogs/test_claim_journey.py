"""A partner claims an approved seminar end to end: typed (en, fr) and clicked."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

from domain.evidence import EvidenceKind
from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import (
    EN,
    FR,
    SHA256_PATH,
    FileServer,
    approved_plan,
    attach,
    buttons,
    claim_id_in,
    content_of,
    get_claim,
    last_card,
    seed_funds,
    seen,
    seminar_claim_to_check,
    texts,
)
from tests.support import ADMIN, Chat, Reply


def assert_stored(chat: Chat, item, name: str) -> None:
    """The file is kept by its hash under the evidence folder, never under its own name."""
    content = content_of(name)
    digest = hashlib.sha256(content).hexdigest()
    assert (item.file_name, item.size, item.sha256) == (name, len(content), digest)
    assert SHA256_PATH.match(item.stored_as), item.stored_as
    assert item.stored_as == f"evidence/{digest[:2]}/{digest}"
    assert name not in item.stored_as
    path = chat.services.evidence.path_of(item.stored_as)
    assert path.is_file() and path.read_bytes() == content
    assert path.resolve().is_relative_to(chat.services.evidence.root.resolve())
    assert item.added_by == ADMIN and item.added_at is not None


async def assert_seminar_evidence(chat: Chat, claim_id: str) -> None:
    claim = await get_claim(chat, claim_id)
    invoice, agenda, photos = claim.evidence
    assert invoice.kind is EvidenceKind.INVOICE
    assert_stored(chat, invoice, "invoice.pdf")
    assert (agenda.kind, agenda.requirement) == (EvidenceKind.PROOF, "invitation_agenda")
    assert_stored(chat, agenda, "agenda.pdf")
    assert agenda.note
    assert (photos.kind, photos.requirement) == (EvidenceKind.PROOF, "event_photos")
    assert_stored(chat, photos, "photos.jpg")
    assert photos.note


async def assert_submitted_once(chat: Chat, claim_id: str) -> None:
    claim = await get_claim(chat, claim_id)
    assert claim.status is ClaimStatus.SUBMITTED and claim.submitted_at is not None
    [entry] = [h for h in claim.history if h.event == "status"]
    assert (entry.status, entry.actor) == ("Submitted", ADMIN)


async def test_an_english_claim_typed_end_to_end_is_submitted_by_the_admin(
    chat: Chat, files: FileServer
) -> None:
    await approved_plan(chat)
    await seed_funds(chat)

    claim_id, replies = await seminar_claim_to_check(chat, files, EN)
    card = last_card(replies)
    check = card.shown
    assert f"Check of {claim_id} before submitting" in check
    assert "Autumn push · Customer seminars / boot camps" in check
    assert "Nothing a reviewer would reject" in check
    assert buttons(card) == ["Submit claim", "Add evidence", "Save and close", "Apply the choice"]
    for fact in ("Security workshop Nov", "10 Nov 2026", "EUR 9,800.50", "85 registered guests"):
        assert fact in check

    claim = await get_claim(chat, claim_id)
    assert claim.status is ClaimStatus.EDITING
    assert (claim.name, claim.execution_date, claim.amount, claim.currency) == (
        "Security workshop Nov",
        date(2026, 11, 10),
        Decimal("9800.50"),
        "EUR",
    )
    assert (claim.impressions, claim.metric_value) == (3000, "85 registered guests")
    assert claim.activity_type == "customer_seminar" and claim.evidence_done
    await assert_seminar_evidence(chat, claim_id)

    # A draft does not count against the funds.
    funds = texts(await chat.say("my funds"))
    assert "earned EUR 40,000.00, claimed EUR 0.00, **remaining EUR 40,000.00**" in funds

    replies = await chat.say("submit")
    receipt = last_card(replies).shown
    assert "Claim submitted" in receipt
    assert f"**{claim_id}** (Security workshop Nov) is now **Submitted**" in receipt
    assert "EUR 9,800.50 for Customer seminars / boot camps, executed on 10 Nov 2026" in receipt
    await assert_submitted_once(chat, claim_id)

    listing = texts(await chat.say("my claims"))
    assert f"**{claim_id}** · Security workshop Nov · Submitted · EUR 9,800.50" in listing
    funds = texts(await chat.say("my funds"))
    assert "**FY27 H1** · CSP Indirect Reseller" in funds
    assert "earned EUR 40,000.00, claimed EUR 9,800.50, **remaining EUR 30,199.50**" in funds
    assert "usable until 31 Dec 2026" in funds


async def test_a_french_claim_typed_end_to_end_is_submitted_by_the_admin(
    chat: Chat, files: FileServer
) -> None:
    chat.locale = FR
    await approved_plan(chat)
    await seed_funds(chat)

    claim_id, replies = await seminar_claim_to_check(chat, files, FR)
    check = seen(replies)
    assert f"Vérification de {claim_id} avant soumission" in check
    assert "Séminaires clients / boot camps" in check
    assert "Rien qu'un réviseur refuserait" in check
    assert "10 novembre 2026" in check and "9 800,50 EUR" in check
    assert "Soumettre la réclamation" in check

    claim = await get_claim(chat, claim_id)
    assert (claim.name, claim.execution_date, claim.amount, claim.impressions) == (
        "Atelier sécurité novembre",
        date(2026, 11, 10),
        Decimal("9800.50"),
        3000,
    )
    await assert_seminar_evidence(chat, claim_id)

    replies = await chat.say("soumettre")
    receipt = seen(replies)
    assert "Réclamation soumise" in receipt
    assert f"**{claim_id}** (Atelier sécurité novembre) est maintenant **Soumise**" in receipt
    assert "9 800,50 EUR pour Séminaires clients / boot camps" in receipt
    await assert_submitted_once(chat, claim_id)

    listing = texts(await chat.say("mes réclamations"))
    assert "Vos réclamations" in listing
    assert f"**{claim_id}** · Atelier sécurité novembre" in listing and "9 800,50 EUR" in listing
    funds = texts(await chat.say("mes fonds"))
    assert "acquis 40 000,00 EUR, réclamé 9 800,50 EUR, **reste 30 199,50 EUR**" in funds
    assert "utilisable jusqu'au 31 décembre 2026" in funds


async def test_the_same_claim_driven_by_clicking_the_cards(chat: Chat, files: FileServer) -> None:
    plan = await approved_plan(
        chat, [("customer_seminar", "12500"), ("digital_advertising", "5000")]
    )
    seminar = plan.campaigns[0].activities[0]
    spring = ("Spring push", date(2027, 1, 10), date(2027, 3, 31))
    later = await approved_plan(chat, period="FY27 H2", campaign=spring)
    await seed_funds(chat)

    async def press(replies: list[Reply], title: str, **inputs: str) -> list[Reply]:
        return await chat.click(last_card(replies).submit_data(title), **inputs)

    [welcome] = await chat.join()
    replies = await chat.click(welcome.submit_data("New claim"))
    claim_id = claim_id_in(replies)
    assert "Which approved plan is this proof of execution for?" in seen(replies)
    assert f"{later.id} · CSP Indirect Reseller · FY27 H2" in buttons(last_card(replies))
    replies = await press(replies, f"{plan.id} · CSP Indirect Reseller · FY27 H1")
    # Its one campaign is taken without asking; its two activities are offered.
    assert "Which activity of **Autumn push**?" in seen(replies)
    replies = await press(replies, "Customer seminars / boot camps · EUR 12,500.00")
    assert "Give this claim a short name" in seen(replies)  # a card: its form beside it
    replies = await chat.say("Security workshop Nov")
    # The campaign runs to 30 Nov, but today is 27 Nov: the days an execution may have had.
    assert "between 1 Sep 2026 and 27 Nov 2026" in last_card(replies).shown
    replies = await press(replies, "OK", answer="2026-11-10")
    replies = await chat.say("9800.50")
    replies = await chat.say("3000")
    replies = await chat.say("85 registered guests")

    async def add(replies: list[Reply], kind: str, name: str, requirement: str | None = None):
        replies = await press(replies, "Add a file")
        replies = await press(replies, kind)
        assert "Please send the file now" in texts(replies)
        replies = await attach(chat, files, name)
        assert f"✓ {name} (1 KB) saved." in texts(replies)
        if requirement is not None:
            replies = await press(replies, requirement)
            replies = await chat.say(f"{requirement} of the workshop")
        assert "Evidence for" in last_card(replies).shown
        return replies

    replies = await add(replies, "Third-party invoice", "invoice.pdf")
    replies = await add(replies, "Proof document", "agenda.pdf", "Invitation and agenda")
    replies = await add(replies, "Proof document", "photos.jpg", "Event photos")
    replies = await press(replies, "Done with evidence")
    assert "Nothing a reviewer would reject" in last_card(replies).shown

    claim = await get_claim(chat, claim_id)
    assert (claim.activity_id, claim.execution_date, claim.amount) == (
        seminar.id,
        date(2026, 11, 10),
        Decimal("9800.50"),
    )
    await assert_seminar_evidence(chat, claim_id)

    replies = await press(replies, "Submit claim")
    assert "Claim submitted" in last_card(replies).shown
    await assert_submitted_once(chat, claim_id)
    assert f"**{claim_id}** · Security workshop Nov · Submitted" in texts(
        await chat.click({"action": "my_claims"})
    )
    assert "claimed EUR 9,800.50, **remaining EUR 30,199.50**" in texts(
        await chat.click({"action": "my_funds"})
    )
