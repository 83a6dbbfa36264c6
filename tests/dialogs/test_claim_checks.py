"""The pre-submission check through the dialog: what is refused at once, what the card lists."""

from __future__ import annotations

from datetime import date

import pytest

from domain.lifecycle import ClaimStatus, PlanStatus
from tests.dialogs.claim_support import (
    EN,
    FR,
    SEMINAR_EN,
    FileServer,
    add_file,
    answer,
    approved_plan,
    attach,
    buttons,
    get_claim,
    is_french,
    last_card,
    seed_funds,
    seen,
    seminar_answers,
    seminar_claim_to_check,
    seminar_evidence,
    start_claim,
    texts,
)
from tests.support import ADMIN, TENANT, USER, Chat

BLOCKED = "I can't submit **{claim_id}** yet: fix the items marked ⛔ first."


def with_answer(field: str, typed: str) -> list[tuple[str, str]]:
    return [(f, typed if f == field else a) for f, a in SEMINAR_EN]


async def assert_not_submitted(chat: Chat, claim_id: str) -> None:
    claim = await get_claim(chat, claim_id)
    assert claim.status is ClaimStatus.EDITING and claim.submitted_at is None
    assert [h for h in claim.history if h.event == "status"] == []


@pytest.mark.parametrize("locale", [EN, FR])
async def test_an_execution_date_outside_the_campaign_is_refused_with_the_campaign_dates(
    chat: Chat, locale: str
) -> None:
    fr = is_french(locale)
    chat.locale = locale
    await approved_plan(chat, campaign=("Back to school", date(2026, 9, 1), date(2026, 10, 31)))
    claim_id, _ = await start_claim(chat, locale)
    date_card = last_card(await chat.say("Rentrée" if fr else "Back to school days"))
    if fr:
        assert "entre le 1er septembre 2026 et le 31 octobre 2026" in date_card.shown
    else:
        assert "between 1 Sep 2026 and 31 Oct 2026" in date_card.shown

    for typed in ("31/08/2026", "05/11/2026") if fr else ("2026-08-31", "November 5, 2026"):
        replies = await chat.say(typed)
        if fr:
            assert (
                "L'activité doit avoir eu lieu pendant la campagne, entre le 1er septembre 2026 "
                "et le 31 octobre 2026." in texts(replies)
            )
        else:
            assert (
                "The activity must have run during the campaign, between 1 Sep 2026 and "
                "31 Oct 2026." in texts(replies)
            )
        assert (await get_claim(chat, claim_id)).execution_date is None

    # Still the question: the date card from before takes a good date.
    replies = await chat.click(date_card.submit_data("OK"), answer="2026-10-15")
    assert ("✓ 15 octobre 2026" if fr else "✓ 15 Oct 2026") in texts(replies)
    assert (await get_claim(chat, claim_id)).execution_date == date(2026, 10, 15)


async def test_an_amount_above_what_remains_planned_blocks_until_it_is_changed(
    chat: Chat, files: FileServer
) -> None:
    await approved_plan(chat)
    await seed_funds(chat)
    claim_id, replies = await seminar_claim_to_check(
        chat, files, EN, with_answer("amount", "13,000")
    )
    card = last_card(replies)
    assert "What a reviewer would reject" in card.shown
    assert (
        "⛔ The amount is above what remains planned for this activity (EUR 12,500.00 of "
        "EUR 12,500.00). Claim at most EUR 12,500.00." in card.shown
    )
    assert buttons(card) == ["Change amount", "Add evidence", "Save and close", "Apply the choice"]

    replies = await chat.say("submit")
    assert BLOCKED.format(claim_id=claim_id) in texts(replies)
    assert "⛔ The amount is above" in last_card(replies).shown  # the card again
    await assert_not_submitted(chat, claim_id)

    replies = await chat.click(card.submit_data("Apply the choice"), answer="edit:amount")
    assert "How much are you claiming, in EUR?" in seen(replies)
    assert "Currently: EUR 13,000.00." in seen(replies)
    replies = await chat.say("12 500")
    card = last_card(replies)
    assert "Nothing a reviewer would reject" in card.shown and "Submit claim" in buttons(card)
    replies = await chat.click(card.submit_data("Submit claim"))
    assert "Claim submitted" in last_card(replies).shown
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.SUBMITTED


async def test_an_amount_above_the_remaining_co_op_blocks(chat: Chat, files: FileServer) -> None:
    await approved_plan(chat)
    await seed_funds(chat, earned="5000")
    claim_id, replies = await seminar_claim_to_check(chat, files, EN)
    card = last_card(replies)
    assert (
        "⛔ The amount is above your remaining co-op (EUR 5,000.00). Claim at most EUR 5,000.00."
        in card.shown
    )
    assert "Submit claim" not in buttons(card)
    assert BLOCKED.format(claim_id=claim_id) in texts(await chat.say("submit"))
    await assert_not_submitted(chat, claim_id)


@pytest.mark.parametrize("locale", [EN, FR])
async def test_no_invoice_and_no_csr_blocks(chat: Chat, files: FileServer, locale: str) -> None:
    fr = is_french(locale)
    chat.locale = locale
    await approved_plan(chat)
    await seed_funds(chat)
    claim_id, _ = await start_claim(chat, locale)
    await answer(chat, seminar_answers(locale))
    for name, requirement in (("agenda.pdf", "1"), ("photos.jpg", "2")):
        await add_file(chat, files, name, "preuve" if fr else "proof", requirement, "Une note")
    card = last_card(await chat.say("terminé" if fr else "done"))
    if fr:
        assert "⬜ Facture d'un tiers ou CSR" in seen([card])
        assert (
            "⛔ Il n'y a ni facture d'un tiers ni CSR. Ajoutez la facture (ou un CSR pour un "
            "travail fait en interne)." in seen([card])
        )
        assert "Je ne peux pas encore soumettre" in texts(await chat.say("soumettre"))
    else:
        assert (
            "⛔ There is no third-party invoice and no CSR. Add the invoice (or a CSR for "
            "in-house work)." in card.shown
        )
        assert BLOCKED.format(claim_id=claim_id) in texts(await chat.say("submit"))
    assert "Missing" not in card.shown and "Manquant" not in card.shown
    await assert_not_submitted(chat, claim_id)


@pytest.mark.parametrize("locale", [EN, FR])
async def test_missing_required_evidence_is_named_and_added_from_the_card(
    chat: Chat, files: FileServer, locale: str
) -> None:
    fr = is_french(locale)
    chat.locale = locale
    await approved_plan(chat)
    await seed_funds(chat)
    claim_id, _ = await start_claim(chat, locale)
    await answer(chat, seminar_answers(locale))
    await seminar_evidence(chat, files, locale, photos=False)
    card = last_card(await chat.say("terminé" if fr else "done"))
    if fr:
        assert (
            "⛔ Manquant : Photos de l'événement. Choisissez « Ajouter un justificatif » et "
            "joignez-le." in seen([card])
        )
    else:
        assert '⛔ Missing: Event photos. Choose \\"Add evidence\\" and attach it.' in card.shown
    assert "Invitation" not in card.shown.split("⛔", 1)[1]  # only what is missing
    await assert_not_submitted(chat, claim_id)

    replies = await chat.click(
        card.submit_data("Ajouter un justificatif" if fr else "Add evidence")
    )
    assert ("Justificatifs de" if fr else "Evidence for") in last_card(replies).shown
    await add_file(chat, files, "photos.jpg", "preuve" if fr else "proof", "2", "Photos")
    card = last_card(await chat.say("terminé" if fr else "done"))
    assert ("Rien qu'un réviseur refuserait" if fr else "Nothing a reviewer would reject") in (
        seen([card])
    )


async def test_warnings_only_ask_for_confirmation_and_submit_anyway_submits(
    chat: Chat, files: FileServer
) -> None:
    await approved_plan(chat)
    await seed_funds(chat)
    claim_id, replies = await seminar_claim_to_check(
        chat, files, EN, with_answer("impressions", "0")
    )
    card = last_card(replies)
    assert "Worth a second look" in card.shown and "What a reviewer would reject" not in card.shown
    assert "⚠️ Estimated impressions are 0. Give the number of people reached, if any." in (
        card.shown
    )
    assert buttons(card) == [
        "Submit anyway",
        "Add evidence",
        "Save and close",
        "Apply the choice",
    ]

    replies = await chat.say("submit")
    assert "There are warnings (⚠️). If you are sure, click **Submit anyway**" in texts(replies)
    await assert_not_submitted(chat, claim_id)

    replies = await chat.click(card.submit_data("Submit anyway"))
    assert "Claim submitted" in last_card(replies).shown
    claim = await get_claim(chat, claim_id)
    assert claim.status is ClaimStatus.SUBMITTED and claim.warnings_accepted


async def test_a_second_claim_of_the_same_activity_date_and_amount_is_a_duplicate(
    chat: Chat, files: FileServer
) -> None:
    await approved_plan(chat)
    await seed_funds(chat)
    answers = with_answer("amount", "5,000")
    first, _ = await seminar_claim_to_check(chat, files, EN, answers)
    assert "Claim submitted" in last_card(await chat.say("submit")).shown

    second, _ = await start_claim(chat)
    replies = await answer(chat, answers, until="amount")
    # Only what the first claim left is offered.
    assert "Up to EUR 7,500.00 remains planned for this activity." in seen(replies)
    await answer(chat, answers[2:])
    # Its own invoice: the same invoice on two claims is a finding of its own.
    await seminar_evidence(chat, files, invoice="invoice-2.pdf")
    card = last_card(await chat.say("done"))
    assert (
        f"⛔ {first} already claims this activity, date and amount. Don't claim twice: "
        f"check {first}." in card.shown
    )
    assert BLOCKED.format(claim_id=second) in texts(await chat.say("submit"))
    await assert_not_submitted(chat, second)

    # Another date is another claim.
    await chat.click(card.submit_data("Apply the choice"), answer="edit:execution_date")
    card = last_card(await chat.say("2026-11-12"))
    assert "already claims" not in card.shown and "Submit claim" in buttons(card)


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_tv_activity_asks_for_the_pre_approval_id_and_refuses_a_malformed_one(
    chat: Chat, files: FileServer, locale: str
) -> None:
    fr = is_french(locale)
    chat.locale = locale
    await approved_plan(chat, [("tv_radio", "8000")])
    await seed_funds(chat)
    claim_id, _ = await start_claim(chat, locale)
    replies = await answer(
        chat,
        [
            ("name", "TV spot October"),
            ("execution_date", "2026-10-01"),
            ("amount", "8000"),
            ("impressions", "100000"),
        ],
    )
    if fr:
        assert (
            "TV / radio nécessite une pré-approbation de Microsoft : quel est l'identifiant de "
            "pré-approbation reçu ?" in texts(replies)
        )
    else:
        assert (
            "TV / radio needs Microsoft's pre-approval: what is the pre-approval id Microsoft "
            "sent you?" in texts(replies)
        )

    # ("PA 2027 0042" is offered as PA-2027-0042, and "PA-2027-0042!" is the id without its
    # "!": tests/dialogs/test_claim_not_given.py.)
    for typed in ("PA+2027+0042", "-PA", "PA_2027 x"):
        replies = await chat.say(typed)
        if fr:
            assert "Un identifiant de pré-approbation se compose de lettres" in texts(replies)
        else:
            assert "A pre-approval id is letters, digits and dashes, like PA-2027-0042." in texts(
                replies
            )
        assert (await get_claim(chat, claim_id)).pre_approval_id is None

    replies = await chat.say("PA-2027-0042")
    assert ("Justificatifs de" if fr else "Evidence for") in last_card(replies).shown
    assert (await get_claim(chat, claim_id)).pre_approval_id == "PA-2027-0042"
    await attach(chat, files, "invoice.pdf")
    await chat.say("facture" if fr else "invoice")
    card = last_card(await chat.say("terminé" if fr else "done"))
    assert "PA-2027-0042" in card.shown
    assert ("Rien qu'un réviseur refuserait" if fr else "Nothing a reviewer would reject") in (
        seen([card])
    )


@pytest.mark.parametrize("locale", [EN, FR])
@pytest.mark.parametrize("plan_status", [None, PlanStatus.SUBMITTED])
async def test_without_an_approved_plan_the_partner_is_told_and_nothing_is_left(
    chat: Chat, locale: str, plan_status: PlanStatus | None
) -> None:
    fr = is_french(locale)
    chat.locale = locale
    if plan_status is not None:
        await approved_plan(chat, status=plan_status)
    replies = await chat.say("nouvelle réclamation" if fr else "new claim")
    if fr:
        assert "Vous n'avez pas encore de plan approuvé" in texts(replies)
        assert "Dites **mes plans**" in texts(replies)
    else:
        assert "You have no approved plan yet" in texts(replies)
        assert "Say **my plans** to see where yours stand." in texts(replies)
    assert "CLM-" not in texts(replies)
    assert await chat.services.claims.summaries(TENANT) == []

    # No dialog is waiting for an answer.
    replies = await chat.say("Security workshop Nov")
    assert ("Je n'ai pas compris" if fr else "I didn't understand that") in texts(replies)
    replies = await chat.say("mes réclamations" if fr else "my claims")
    assert ("Vous n'avez encore aucune réclamation" if fr else "You have no claims yet") in (
        texts(replies)
    )
    replies = await chat.say("reprendre ma réclamation" if fr else "continue my claim")
    assert ("aucun brouillon de réclamation" if fr else "You have no claim draft") in texts(replies)


@pytest.mark.parametrize("locale", [EN, FR])
async def test_an_incentives_user_cannot_submit_and_is_told_who_can(
    chat: Chat, files: FileServer, locale: str
) -> None:
    fr = is_french(locale)
    await approved_plan(chat)
    await seed_funds(chat)
    user = Chat(
        chat.storage,
        user_id=USER,
        user_name="Uma User",
        conversation_id="a:personal-chat-uma",
        locale=locale,
    )
    claim_id, _ = await seminar_claim_to_check(user, files, locale)
    replies = await user.say("soumettre" if fr else "submit")
    if fr:
        assert (
            "Seul un administrateur Incentives peut soumettre une réclamation. Votre brouillon "
            "est enregistré ; demandez à Ada Admin de le soumettre." in texts(replies)
        )
    else:
        assert (
            "Only an Incentives admin can submit a claim. Your draft is saved; ask Ada Admin "
            "to submit it." in texts(replies)
        )
    await assert_not_submitted(chat, claim_id)
    assert (await get_claim(chat, claim_id)).owner_id == USER

    # The admin opens it by its id and submits it.
    replies = await chat.say(f"continue my claim {claim_id}")
    assert f"Check of {claim_id} before submitting" in last_card(replies).shown
    assert "Claim submitted" in last_card(await chat.say("submit")).shown
    claim = await get_claim(chat, claim_id)
    assert claim.status is ClaimStatus.SUBMITTED
    [entry] = [h for h in claim.history if h.event == "status"]
    assert entry.actor == ADMIN
