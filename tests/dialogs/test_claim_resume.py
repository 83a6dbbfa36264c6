"""Leaving a claim and coming back: cancel, a restart, by id, stale cards, help."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.evidence import EvidenceKind
from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import (
    EN,
    FR,
    SEMINAR_EN,
    SEMINAR_FR,
    FileServer,
    answer,
    approved_plan,
    attach,
    get_claim,
    last_card,
    seed_funds,
    seen,
    seminar_claim_to_check,
    start_claim,
    stored_files,
    texts,
)
from tests.support import TENANT, Chat, tinydb_storage

AMOUNT_QUESTION = "How much are you claiming, in EUR? Up to EUR 12,500.00 remains planned"


@pytest.fixture
async def plan(chat: Chat):
    await seed_funds(chat)
    return await approved_plan(chat)


async def test_cancel_keeps_the_draft_and_continue_resumes_at_the_exact_question(
    chat: Chat, plan
) -> None:
    claim_id, _ = await start_claim(chat)
    replies = await answer(chat, SEMINAR_EN, until="amount")
    assert AMOUNT_QUESTION in seen(replies)
    before = (await get_claim(chat, claim_id)).model_dump(mode="json")

    replies = await chat.say("cancel")
    assert (
        f"OK, I've stopped. Your claim **{claim_id}** is kept: say **continue my claim** to "
        "pick it up." in texts(replies)
    )
    assert (await get_claim(chat, claim_id)).model_dump(mode="json") == before
    assert "didn't understand" in texts(await chat.say("9,800.50"))  # no question is waiting
    assert f"**{claim_id}** · Security workshop Nov · Draft · —" in texts(
        await chat.say("my claims")
    )

    replies = await chat.say("continue my claim")
    assert f"Picking up claim **{claim_id}** (Security workshop Nov) where you left it." in texts(
        replies
    )
    assert AMOUNT_QUESTION in seen(replies)
    await chat.say("9,800.50")
    claim = await get_claim(chat, claim_id)
    assert claim.amount == Decimal("9800.50") and claim.execution_date == date(2026, 11, 10)


async def test_save_and_close_from_the_check_card_then_continue_shows_the_card_again(
    chat: Chat, plan, files: FileServer
) -> None:
    claim_id, replies = await seminar_claim_to_check(chat, files)
    replies = await chat.click(last_card(replies).submit_data("Save and close"))
    assert f"Saved. **{claim_id}** stays a draft" in texts(replies)
    replies = await chat.say("continue my claim")
    assert f"Check of {claim_id} before submitting" in last_card(replies).shown
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.EDITING


async def test_a_restart_mid_evidence_goes_on_with_the_file_and_the_note(
    chat: Chat, plan, files: FileServer, data_dir
) -> None:
    claim_id, _ = await start_claim(chat)
    await answer(chat, SEMINAR_EN)
    await chat.say("Add a file")
    replies = await chat.say("invoice")
    assert "Please send the file now" in texts(replies)

    # The process restarts: new adapter, new storage object over the same folder.
    restarted = Chat(tinydb_storage(data_dir))
    replies = await attach(restarted, files, "invoice.pdf")
    assert "✓ invoice.pdf (1 KB) saved." in texts(replies)
    assert "✅ Third-party invoice or CSR" in last_card(replies).shown
    [invoice] = (await get_claim(restarted, claim_id)).evidence
    assert invoice.kind is EvidenceKind.INVOICE and invoice.sha256 is not None
    assert stored_files(restarted) == [restarted.services.evidence.path_of(invoice.stored_as)]

    await attach(restarted, files, "agenda.pdf")
    await restarted.say("proof")
    replies = await restarted.say("Invitation and agenda")
    assert "add a short note" in texts(replies)

    again = Chat(tinydb_storage(data_dir))
    replies = await again.say("The invitation sent on 20 October, with its agenda")
    assert "✅ Invitation and agenda" in last_card(replies).shown
    claim = await get_claim(again, claim_id)
    assert [(e.kind, e.requirement, e.note) for e in claim.evidence] == [
        (EvidenceKind.INVOICE, None, None),
        (
            EvidenceKind.PROOF,
            "invitation_agenda",
            "The invitation sent on 20 October, with its agenda",
        ),
    ]


async def test_reprendre_ma_reclamation_by_its_id(chat: Chat, plan) -> None:
    chat.locale = FR
    first, _ = await start_claim(chat, FR)
    await answer(chat, SEMINAR_FR, until="amount")
    await chat.say("annuler")
    second, _ = await start_claim(chat, FR)
    await answer(chat, SEMINAR_FR, until="impressions")
    await chat.say("annuler")

    # Without an id: the latest draft.
    replies = await chat.say("reprendre ma réclamation")
    assert f"Je reprends la réclamation **{second}**" in texts(replies)
    assert "Combien de personnes a-t-elle touchées" in texts(replies)

    # With an id, even from inside the other claim.
    replies = await chat.say(f"reprendre ma réclamation {first}")
    assert (
        f"Je reprends la réclamation **{first}** (Atelier sécurité novembre) là où vous "
        "l'avez laissée."
    ) in texts(replies)
    assert "Quel montant réclamez-vous, en EUR ?" in seen(replies)
    await chat.say("1 234,50")
    assert (await get_claim(chat, first)).amount == Decimal("1234.50")
    assert (await get_claim(chat, second)).amount == Decimal("9800.50")
    assert (await get_claim(chat, second)).impressions is None

    replies = await chat.say("reprendre ma réclamation CLM-2026-999999")
    assert "Je ne trouve pas de réclamation CLM-2026-999999" in texts(replies)


async def test_a_card_clicked_twice_changes_nothing(chat: Chat, plan, files: FileServer) -> None:
    claim_id, _ = await start_claim(chat)
    date_card = last_card(await chat.say("Security workshop Nov"))
    await chat.click(date_card.submit_data("OK"), answer="2026-11-10")
    replies = await chat.click(date_card.submit_data("OK"), answer="2026-11-12")
    assert "That card is out of date" in texts(replies) and "I changed nothing" in texts(replies)
    assert AMOUNT_QUESTION in seen(replies)  # where we are
    assert (await get_claim(chat, claim_id)).execution_date == date(2026, 11, 10)

    await answer(chat, SEMINAR_EN[2:])
    kind_card = last_card(await attach(chat, files, "invoice.pdf"))
    await chat.click(kind_card.submit_data("Third-party invoice"))
    before = (await get_claim(chat, claim_id)).model_dump(mode="json")
    replies = await chat.click(kind_card.submit_data("Proof document"))
    assert "That card is out of date" in texts(replies)
    assert "Evidence for" in last_card(replies).shown
    assert (await get_claim(chat, claim_id)).model_dump(mode="json") == before
    [item] = (await get_claim(chat, claim_id)).evidence
    assert item.kind is EvidenceKind.INVOICE


async def test_submit_clicked_again_after_submission_says_it_was_already_submitted(
    chat: Chat, plan, files: FileServer
) -> None:
    claim_id, replies = await seminar_claim_to_check(chat, files)
    check = last_card(replies)
    assert "Claim submitted" in last_card(await chat.click(check.submit_data("Submit claim"))).shown

    replies = await chat.click(check.submit_data("Submit claim"))
    assert texts(replies) == (
        f"**{claim_id}** was already submitted (Submitted); nothing more to do."
    )
    replies = await chat.click(check.submit_data("Save and close"))
    assert f"**{claim_id}** can't be changed any more (status: Submitted)." in texts(replies)
    claim = await get_claim(chat, claim_id)
    assert claim.status is ClaimStatus.SUBMITTED
    assert [h.status for h in claim.history if h.event == "status"] == ["Submitted"]
    assert len(await chat.services.claims.summaries(TENANT)) == 1


@pytest.mark.parametrize("word", ["help", "aide"])
async def test_help_mid_claim_explains_the_question_in_claim_words_and_asks_it_again(
    chat: Chat, plan, word: str
) -> None:
    fr = word == "aide"
    locale = FR if fr else EN
    chat.locale = locale
    claim_id, _ = await start_claim(chat, locale)
    await answer(chat, SEMINAR_FR if fr else SEMINAR_EN, until="amount")

    replies = await chat.say(word)
    said = seen(replies)
    if fr:
        assert "Le montant dépensé et réclamé, dans la devise du plan" in said
        assert f"votre réclamation {claim_id} est conservée" in said
        assert "**reprendre ma réclamation**" in said and "reprendre mon plan" not in said
        assert "Quel montant réclamez-vous, en EUR ?" in said
    else:
        assert "The amount you spent and claim, in the plan currency" in said
        assert f"your claim {claim_id} is kept" in said
        assert "**continue my claim**" in said and "continue my plan" not in said
        assert AMOUNT_QUESTION in said
    assert "PLN-" not in said and "your draft" not in said and "votre brouillon" not in said
    await chat.say("9 800,50" if fr else "9,800.50")
    assert (await get_claim(chat, claim_id)).amount == Decimal("9800.50")


async def test_help_at_the_evidence_menu_and_at_the_check_card(
    chat: Chat, plan, files: FileServer
) -> None:
    claim_id, _ = await start_claim(chat)
    await answer(chat, SEMINAR_EN)
    replies = await chat.say("help")
    said = texts(replies)
    assert "send each document the checklist asks for (an invoice or a CSR, and what the " in said
    assert "Say **back** to change your last answer before the evidence." in said
    assert f"Evidence for {claim_id}" in last_card(replies).shown

    await chat.say("cancel")
    _, replies = await seminar_claim_to_check(chat, files)  # a second claim, to its card
    replies = await chat.say("help")
    assert "Submit the claim, add evidence, change an answer, or save it for later." in (
        texts(replies)
    )
    assert "before submitting" in last_card(replies).shown
