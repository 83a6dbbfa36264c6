"""The check card leads with the step most partners want, offers "Submit anyway" only over
warnings, and names the usage period its claiming window is about."""

from __future__ import annotations

import pytest

from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import (
    EN,
    FR,
    SEMINAR_EN,
    SEMINAR_FR,
    FileServer,
    approved_plan,
    buttons,
    flat,
    get_claim,
    is_french,
    last_card,
    seed_funds,
    seminar_claim_to_check,
    texts,
)
from tests.support import Chat


def words(locale: str) -> dict[str, str]:
    if is_french(locale):
        return {
            "submit": "Soumettre la réclamation",
            "anyway": "Soumettre quand même",
            "add": "Ajouter un justificatif",
            "save": "Enregistrer et fermer",
            "apply": "Appliquer le choix",
            "go": "Valider",
        }
    return {
        "submit": "Submit claim",
        "anyway": "Submit anyway",
        "add": "Add evidence",
        "save": "Save and close",
        "apply": "Apply the choice",
        "go": "Go",
    }


def with_answer(locale: str, field: str, typed: str) -> list[tuple[str, str]]:
    answers = SEMINAR_FR if is_french(locale) else SEMINAR_EN
    return [(f, typed if f == field else a) for f, a in answers]


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_clean_claim_leads_with_submit_and_never_offers_submit_anyway(
    chat: Chat, files: FileServer, locale: str
) -> None:
    chat.locale = locale
    said = words(locale)
    await approved_plan(chat)
    await seed_funds(chat)
    claim_id, replies = await seminar_claim_to_check(chat, files, locale)
    card = last_card(replies)
    assert buttons(card) == [said["submit"], said["add"], said["save"], said["apply"]]
    assert card.card["actions"][0]["style"] == "positive"
    assert said["go"] not in buttons(card)
    assert "submit_anyway" not in card.choice_values()
    assert said["anyway"] not in card.shown

    # Typed "submit anyway" with nothing to accept: submitted, no warning accepted.
    await chat.say("soumettre quand même" if is_french(locale) else "submit anyway")
    claim = await get_claim(chat, claim_id)
    assert claim.status is ClaimStatus.SUBMITTED and not claim.warnings_accepted


@pytest.mark.parametrize("locale", [EN, FR])
async def test_warnings_lead_with_submit_anyway_and_typed_submit_asks_to_confirm(
    chat: Chat, files: FileServer, locale: str
) -> None:
    chat.locale = locale
    said = words(locale)
    await approved_plan(chat)
    await seed_funds(chat)
    claim_id, replies = await seminar_claim_to_check(
        chat, files, locale, with_answer(locale, "impressions", "0")
    )
    card = last_card(replies)
    assert buttons(card) == [said["anyway"], said["add"], said["save"], said["apply"]]
    assert "submit" not in card.choice_values()
    replies = await chat.say("soumettre" if is_french(locale) else "submit")
    assert "⚠️" in texts(replies)
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.EDITING
    await chat.click(card.submit_data(said["anyway"]))
    claim = await get_claim(chat, claim_id)
    assert claim.status is ClaimStatus.SUBMITTED and claim.warnings_accepted


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_blocked_claim_leads_with_its_fix(
    chat: Chat, files: FileServer, locale: str
) -> None:
    chat.locale = locale
    said = words(locale)
    await approved_plan(chat)
    await seed_funds(chat)
    amount = "12 600 €" if is_french(locale) else "12,600"
    _, replies = await seminar_claim_to_check(
        chat, files, locale, with_answer(locale, "amount", amount)
    )
    card = last_card(replies)
    change = "Modifier montant" if is_french(locale) else "Change amount"
    assert buttons(card) == [change, said["add"], said["save"], said["apply"]]
    replies = await chat.click(card.submit_data(change))
    assert "9 800" not in texts(replies)  # asks for the amount
    assert ("Quel montant" if is_french(locale) else "How much") in flat(
        "\n".join(r.shown for r in replies)
    )


@pytest.mark.parametrize("locale", [EN, FR])
async def test_the_claiming_window_refusal_names_its_usage_period(
    chat: Chat, files: FileServer, locale: str
) -> None:
    chat.locale = locale
    await approved_plan(chat, period="FY27 H2")
    await seed_funds(chat, period="FY27 H2")
    _, replies = await seminar_claim_to_check(chat, files, locale)
    shown = flat(last_card(replies).shown)
    if is_french(locale):
        assert (
            "Les réclamations de la période d'utilisation FY27 H2 (du 1er janvier 2027 au "
            "30 juin 2027) se font du 16 février 2027 au 15 août 2027." in shown
        ), shown
    else:
        assert (
            "Claims for the usage period FY27 H2 (1 Jan 2027 – 30 Jun 2027) can be sent from "
            "16 Feb 2027 to 15 Aug 2027." in shown
        ), shown
