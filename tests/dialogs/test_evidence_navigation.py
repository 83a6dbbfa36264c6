"""Evidence questions a partner can always find their way out of.

A file is described only as a file kind (never "Link"); old items that a link answer
broke are asked again; "back"/"retour" leaves any question for the step before it
(an unfinished item is taken out); "help"/"aide" says what the question is for, what it
takes, and how to go back or stop.
"""

from __future__ import annotations

import pytest

from domain.evidence import Evidence, EvidenceKind
from tests.dialogs.claim_support import (
    ADS,
    EN,
    FR,
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
    start_claim,
    texts,
)
from tests.support import TENANT, Chat
from views.strings import t


async def seminar_menu(chat: Chat, locale: str) -> str:
    chat.locale = locale
    await approved_plan(chat)
    await seed_funds(chat)
    claim_id, _ = await start_claim(chat, locale)
    await answer(chat, seminar_answers(locale), locale)
    return claim_id


async def ads_menu(chat: Chat, locale: str) -> str:
    chat.locale = locale
    await approved_plan(chat, [("digital_advertising", "5000")])
    await seed_funds(chat)
    claim_id, _ = await start_claim(chat, locale)
    await answer(chat, ADS, locale)
    return claim_id


async def at_link_question(chat: Chat, locale: str) -> tuple[str, list]:
    claim_id = await ads_menu(chat, locale)
    fr = is_french(locale)
    await chat.say("Ajouter un lien" if fr else "Add a link")
    replies = await chat.say("1")  # the landing page
    assert ("Tapez le lien" if fr else "Type the link") in texts(replies)
    return claim_id, replies


# -- a file is described as a file -------------------------------------------------------------


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_file_is_never_offered_as_a_link(
    chat: Chat, files: FileServer, locale: str
) -> None:
    fr = is_french(locale)
    claim_id = await seminar_menu(chat, locale)
    replies = await attach(chat, files, "invoice.pdf")
    card = last_card(replies)
    assert ("Lien" if fr else "Link") not in buttons(card)
    assert "url" not in [d.get("answer") for d in (a["data"] for a in card.card["actions"])]

    # Typed anyway, in either language, it is refused with a sentence and nothing changes.
    for typed in ("lien", "link", "URL") if fr else ("link", "lien", "url"):
        replies = await chat.say(typed)
        if fr:
            assert "« invoice.pdf » est un fichier, pas un lien" in texts(replies)
        else:
            assert '"invoice.pdf" is a file, not a link' in texts(replies)
        [item] = (await get_claim(chat, claim_id)).evidence
        assert item.kind is None and item.sha256 is not None and item.url is None

    # A card from an older version that still had "Link": refused the same way.
    stale = {"action": "answer", "field": "evidence.kind", "target": f"{claim_id}/E1"}
    replies = await chat.click(stale, answer="url")
    assert ("est un fichier, pas un lien" if fr else "is a file, not a link") in texts(replies)

    replies = await chat.say("facture" if fr else "invoice")
    [item] = (await get_claim(chat, claim_id)).evidence
    assert item.kind is EvidenceKind.INVOICE
    assert "✅ " + t(locale, "requirement.invoice_or_csr") in seen(replies)


async def test_add_a_file_then_its_kind_offers_file_kinds_only(chat: Chat) -> None:
    await seminar_menu(chat, EN)
    card = last_card(await chat.say("Add a file"))
    assert "Link" not in buttons(card)
    assert "Third-party invoice" in buttons(card)


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_stored_file_item_that_a_link_answer_broke_is_asked_again(
    chat: Chat, files: FileServer, locale: str
) -> None:
    # Stored by an older version: the invoice was answered "Link", then a URL typed.
    fr = is_french(locale)
    chat.locale = locale
    await approved_plan(chat)
    await seed_funds(chat)
    claim_id, _ = await seminar_claim_to_check(chat, files, locale)
    claim = await get_claim(chat, claim_id)
    invoice = claim.evidence[0]
    broken = invoice.model_dump(mode="json") | {
        "kind": "url",
        "requirement": "invitation_agenda",
        "url": "https://contoso.com/x",
    }
    document = claim.model_dump(mode="json")
    document["evidence"][0] = broken
    key = chat.services.claims._key(TENANT, claim_id)
    stored = (await chat.services.claims._store.read([key]))[key]
    await chat.services.claims._store.write({key: {**stored, **document}})

    # Read back, it is the file it is, with its kind unknown: no link, and not counted.
    item = (await get_claim(chat, claim_id)).evidence[0]
    assert (item.kind, item.url, item.file_name) == (None, None, "invoice.pdf")
    assert item.sha256 == invoice.sha256 and item.missing_field() == "kind"
    assert Evidence.model_validate(broken).kind is None

    await chat.say("annuler" if fr else "cancel")
    replies = await chat.say("reprendre ma réclamation" if fr else "continue my claim")
    card = last_card(replies)
    assert "invoice.pdf" in card.shown and ("Lien" if fr else "Link") not in buttons(card)
    replies = await chat.say("facture" if fr else "invoice")
    claim = await get_claim(chat, claim_id)
    assert claim.evidence[0].kind is EvidenceKind.INVOICE
    assert "✅ " + t(locale, "requirement.invoice_or_csr") in seen(replies)


# -- back ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "word"), [(EN, "back"), (EN, "go back"), (FR, "retour"), (FR, "précédent")]
)
async def test_back_at_the_link_question_returns_to_the_menu_without_the_link(
    chat: Chat, locale: str, word: str
) -> None:
    fr = is_french(locale)
    claim_id, _ = await at_link_question(chat, locale)
    replies = await chat.say(word)
    assert "n'est pas un lien web" not in texts(replies) and "isn't a web link" not in texts(
        replies
    )
    assert ("Justificatifs de" if fr else "Evidence for") in last_card(replies).shown
    assert (await get_claim(chat, claim_id)).evidence == []
    # The menu works on: the link is added properly after all.
    await chat.say("Ajouter un lien" if fr else "Add a link")
    await chat.say("1")
    await chat.say("https://contoso.com/offer")
    [item] = (await get_claim(chat, claim_id)).evidence
    assert item.url == "https://contoso.com/offer"


async def test_back_after_cancel_and_resume_still_leaves_the_link_question(chat: Chat) -> None:
    claim_id, _ = await at_link_question(chat, FR)
    await chat.say("annuler")
    replies = await chat.say("reprendre ma réclamation")
    assert "Tapez le lien" in texts(replies)
    replies = await chat.say("retour")
    assert "Justificatifs de" in last_card(replies).shown
    assert (await get_claim(chat, claim_id)).evidence == []


@pytest.mark.parametrize("locale", [EN, FR])
async def test_the_back_button_of_the_kind_question_takes_the_file_out(
    chat: Chat, files: FileServer, locale: str
) -> None:
    fr = is_french(locale)
    claim_id = await seminar_menu(chat, locale)
    card = last_card(await attach(chat, files, "photos.jpg"))
    replies = await chat.click(card.submit_data("Retour" if fr else "Back"))
    if fr:
        assert "J'ai retiré « photos.jpg »" in texts(replies)
    else:
        assert 'I took out "photos.jpg"' in texts(replies)
    assert ("Justificatifs de" if fr else "Evidence for") in last_card(replies).shown
    assert (await get_claim(chat, claim_id)).evidence == []


async def test_back_at_the_requirement_question_of_a_link_returns_to_the_menu(
    chat: Chat,
) -> None:
    claim_id = await ads_menu(chat, EN)
    card = last_card(await chat.say("Add a link"))
    assert "Back" in buttons(card) or "back" in card.choice_values()
    replies = await chat.say("back")
    assert "Evidence for" in last_card(replies).shown
    assert (await get_claim(chat, claim_id)).evidence == []


@pytest.mark.parametrize("locale", [EN, FR])
async def test_back_at_a_claim_question_asks_the_previous_one(chat: Chat, locale: str) -> None:
    fr = is_french(locale)
    chat.locale = locale
    await approved_plan(chat)
    claim_id, _ = await start_claim(chat, locale)
    await answer(chat, seminar_answers(locale), locale, until="amount")
    replies = await chat.say("retour" if fr else "back")
    shown_now = seen(replies)
    assert ("Quand l'activité" if fr else "When did the activity run?") in shown_now
    # The answer given is shown, and a new one replaces it; then the next question again.
    assert "2026" in shown_now
    replies = await chat.say("12/11/2026" if fr else "2026-11-12")
    claim = await get_claim(chat, claim_id)
    assert str(claim.execution_date) == "2026-11-12"
    assert ("réclamez-vous, en EUR" if fr else "How much are you claiming") in seen(replies)


@pytest.mark.parametrize("locale", [EN, FR])
async def test_back_at_the_first_claim_question_says_there_is_none_before(
    chat: Chat, locale: str
) -> None:
    fr = is_french(locale)
    chat.locale = locale
    await approved_plan(chat)
    claim_id, _ = await start_claim(chat, locale)
    replies = await chat.say("retour" if fr else "back")
    if fr:
        assert "C'est la première question de la réclamation" in texts(replies)
    else:
        assert "This is the first question of the claim" in texts(replies)
    assert ("annuler" if fr else "cancel") in texts(replies)
    assert (await get_claim(chat, claim_id)).name is None


@pytest.mark.parametrize("locale", [EN, FR])
async def test_back_from_the_menu_asks_the_last_answer_then_the_menu_again(
    chat: Chat, locale: str
) -> None:
    fr = is_french(locale)
    claim_id = await seminar_menu(chat, locale)
    replies = await chat.say("retour" if fr else "back")
    assert ("Résultats" if fr else "Results") in seen(replies)
    replies = await chat.say("90 invités" if fr else "90 guests")
    assert (await get_claim(chat, claim_id)).metric_value == ("90 invités" if fr else "90 guests")
    assert ("Justificatifs de" if fr else "Evidence for") in last_card(replies).shown


@pytest.mark.parametrize("locale", [EN, FR])
async def test_back_from_the_check_returns_to_the_evidence_menu_and_back_again(
    chat: Chat, files: FileServer, locale: str
) -> None:
    fr = is_french(locale)
    await approved_plan(chat)
    await seed_funds(chat)
    chat.locale = locale
    claim_id, replies = await seminar_claim_to_check(chat, files, locale)
    replies = await chat.say("retour" if fr else "back")
    assert ("Justificatifs de" if fr else "Evidence for") in last_card(replies).shown
    assert not (await get_claim(chat, claim_id)).evidence_done
    # Having come from the check, back from the menu goes to the check again.
    replies = await chat.say("retour" if fr else "back")
    assert ("Vérification" if fr else "Check") in seen(replies) or claim_id in seen(replies)
    assert (await get_claim(chat, claim_id)).evidence_done


async def test_back_at_a_change_from_the_check_returns_to_the_check(
    chat: Chat, files: FileServer
) -> None:
    await approved_plan(chat)
    await seed_funds(chat)
    claim_id, replies = await seminar_claim_to_check(chat, files, EN)
    card = last_card(replies)
    apply = next(a for a in card.card["actions"] if "answer" not in a["data"])  # the drop-down's
    replies = await chat.click(dict(apply["data"]), answer="edit:amount")
    assert "How much are you claiming" in seen(replies)
    replies = await chat.say("back")
    assert "edit:amount" in last_card(replies).choice_values()
    assert str((await get_claim(chat, claim_id)).amount) == "9800.50"


async def test_back_with_nothing_open_says_so(chat: Chat) -> None:
    replies = await chat.say("retour", locale=FR)
    assert "Il n'y a rien à quoi revenir" in texts(replies)


# -- help ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("locale", [EN, FR])
async def test_help_at_the_link_question_explains_it_and_the_way_back(
    chat: Chat, locale: str
) -> None:
    fr = is_french(locale)
    claim_id, _ = await at_link_question(chat, locale)
    replies = await chat.say("aide" if fr else "help")
    said = texts(replies)
    if fr:
        assert "Collez l'adresse de la page web" in said and "https://" in said
        assert "**retour**" in said and "**annuler**" in said
        assert "Tapez le lien" in said  # and the question again
    else:
        assert "Paste the address of the web page" in said and "https://" in said
        assert "**back**" in said and "**cancel**" in said
        assert "Type the link" in said
    assert claim_id in said


@pytest.mark.parametrize("locale", [EN, FR])
async def test_help_at_the_kind_question_says_what_each_kind_is_and_how_to_go_back(
    chat: Chat, files: FileServer, locale: str
) -> None:
    fr = is_french(locale)
    await seminar_menu(chat, locale)
    await attach(chat, files, "invoice.pdf")
    said = texts(await chat.say("aide" if fr else "help"))
    assert ("ou un lien." not in said) if fr else ("or a link." not in said)
    assert ("**retour**" if fr else "**back**") in said
    assert ("retiré" if fr else "taken out") in said


async def test_help_at_the_menu_and_the_check_mention_back(chat: Chat, files: FileServer) -> None:
    await approved_plan(chat)
    await seed_funds(chat)
    await start_claim(chat, EN)
    await answer(chat, seminar_answers(EN), EN)
    assert "**back**" in texts(await chat.say("help"))
    await add_file(chat, files, "invoice.pdf", "invoice")
    await chat.say("done")
    assert "**back**" in texts(await chat.say("help"))
