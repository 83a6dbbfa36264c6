"""A file sent while a claim is open is that claim's evidence, at any question.

It is fetched with the same checks as at the evidence menu, the bot asks what it is,
then goes back to the question the partner was at (or the check). With no claim open,
the bot says how to attach it to a claim.
"""

from __future__ import annotations

import pytest
from botbuilder.schema import Activity, ActivityTypes

from domain.evidence import EvidenceKind
from tests.dialogs.claim_support import (
    ADS,
    EN,
    FR,
    FileServer,
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
    start_claim,
    stored_files,
    teams_file,
    texts,
)
from tests.support import Chat
from views.strings import t


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_file_at_a_claim_question_is_evidence_then_the_question_again(
    chat: Chat, files: FileServer, locale: str
) -> None:
    fr = is_french(locale)
    chat.locale = locale
    await approved_plan(chat)
    claim_id, _ = await start_claim(chat, locale)
    await answer(chat, seminar_answers(locale), locale, until="amount")

    replies = await attach(chat, files, "invoice.pdf")
    assert ("✓ invoice.pdf (1 Ko) enregistré." if fr else "✓ invoice.pdf (1 KB) saved.") in texts(
        replies
    )
    card = last_card(replies)
    assert "invoice.pdf" in card.shown
    assert ("Facture d'un tiers" if fr else "Third-party invoice") in buttons(card)
    [item] = (await get_claim(chat, claim_id)).evidence
    assert item.sha256 is not None and item.kind is None

    # Clicked: it is the invoice; then the amount is asked again, nothing lost.
    label = "Facture d'un tiers" if fr else "Third-party invoice"
    replies = await chat.click(card.submit_data(label))
    assert ("réclamez-vous, en EUR" if fr else "How much are you claiming") in seen(replies)
    claim = await get_claim(chat, claim_id)
    assert claim.evidence[0].kind is EvidenceKind.INVOICE and claim.amount is None
    assert claim.name is not None and claim.execution_date is not None

    await chat.say("9 800,50" if fr else "9,800.50")
    await chat.say("3 000" if fr else "3,000")
    replies = await chat.say("85 invités" if fr else "85 guests")
    # At the evidence menu the invoice is already there.
    menu = last_card(replies)
    assert ("Justificatifs de" if fr else "Evidence for") in menu.shown
    assert "📎 " in menu.shown and "invoice.pdf" in menu.shown


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_file_dropped_at_the_check_card_is_the_invoice_it_asks_for(
    chat: Chat, files: FileServer, locale: str
) -> None:
    fr = is_french(locale)
    chat.locale = locale
    await approved_plan(chat)
    await seed_funds(chat)
    claim_id, _ = await start_claim(chat, locale)
    await answer(chat, seminar_answers(locale), locale)
    replies = await chat.say("terminé" if fr else "done")  # no evidence yet: the check
    assert ("Ajoutez la facture" if fr else "Add the invoice") in seen(replies) or (
        "⬜" in seen(replies)
    )

    replies = await attach(chat, files, "invoice.pdf")
    assert "file_not_expected" not in texts(replies)
    assert ("Je n'attendais pas" if fr else "I wasn't expecting") not in texts(replies)
    assert "invoice.pdf" in last_card(replies).shown
    replies = await chat.say("facture" if fr else "invoice")
    claim = await get_claim(chat, claim_id)
    assert claim.evidence[0].kind is EvidenceKind.INVOICE and claim.evidence_done
    # Back at the check, the invoice counts.
    assert "✅ " + t(locale, "requirement.invoice_or_csr") in seen(replies)
    assert "remove:E1" in last_card(replies).choice_values()


async def test_a_file_at_the_kind_question_of_another_file_is_asked_first(
    chat: Chat, files: FileServer
) -> None:
    await approved_plan(chat)
    claim_id, _ = await start_claim(chat, EN)
    await answer(chat, seminar_answers(EN), EN)
    await attach(chat, files, "agenda.pdf")  # what is it? … not answered:
    replies = await attach(chat, files, "invoice.pdf")
    assert "(**invoice.pdf**)" in last_card(replies).shown
    replies = await chat.say("invoice")
    assert "(**agenda.pdf**)" in last_card(replies).shown  # where the partner was
    claim = await get_claim(chat, claim_id)
    assert [(e.file_name, e.kind) for e in claim.evidence] == [
        ("agenda.pdf", None),
        ("invoice.pdf", EvidenceKind.INVOICE),
    ]


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_file_at_the_link_question_is_evidence_then_the_link_again(
    chat: Chat, files: FileServer, locale: str
) -> None:
    fr = is_french(locale)
    chat.locale = locale
    await approved_plan(chat, [("digital_advertising", "5000")])
    claim_id, _ = await start_claim(chat, locale)
    await answer(chat, ADS)
    await chat.say("Ajouter un lien" if fr else "Add a link")
    await chat.say("1")
    replies = await attach(chat, files, "invoice.pdf")
    assert ("Je n'attendais pas" if fr else "I wasn't expecting") not in texts(replies)
    assert "invoice.pdf" in last_card(replies).shown
    replies = await chat.say("facture" if fr else "invoice")
    assert ("Tapez le lien" if fr else "Type the link") in texts(replies)
    replies = await chat.say("https://contoso.com/offer")
    claim = await get_claim(chat, claim_id)
    assert [(e.kind, e.file_name, e.url) for e in claim.evidence] == [
        (EvidenceKind.URL, None, "https://contoso.com/offer"),
        (EvidenceKind.INVOICE, "invoice.pdf", None),
    ]


async def test_a_refused_file_at_a_claim_question_changes_nothing(
    chat: Chat, files: FileServer
) -> None:
    await approved_plan(chat)
    claim_id, _ = await start_claim(chat, EN)
    await answer(chat, seminar_answers(EN), EN, until="amount")
    replies = await attach(chat, files, "invoice.exe")
    assert '"invoice.exe" is not a file type reviewers accept' in texts(replies)
    assert (await get_claim(chat, claim_id)).evidence == []
    assert files.hits == [] and stored_files(chat) == []
    replies = await chat.say("9,800.50")
    assert "✓ EUR 9,800.50" in texts(replies)


async def test_too_many_files_at_a_claim_question_are_refused_before_any_download(
    chat: Chat, files: FileServer
) -> None:
    await approved_plan(chat)
    claim_id, _ = await start_claim(chat, EN)
    await answer(chat, seminar_answers(EN), EN, until="amount")
    attachments = [teams_file(files.url(f"p{n}.pdf"), f"p{n}.pdf") for n in range(11)]
    replies = await chat._send(Activity(type=ActivityTypes.message, attachments=attachments))
    assert "at most 10" in texts(replies) or "10" in texts(replies)
    assert files.hits == [] and (await get_claim(chat, claim_id)).evidence == []


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_file_with_no_claim_open_says_how_to_attach_it(
    chat: Chat, files: FileServer, locale: str
) -> None:
    fr = is_french(locale)
    chat.locale = locale
    replies = await attach(chat, files, "invoice.pdf")
    if fr:
        assert "Les fichiers sont les justificatifs d'une réclamation" in texts(replies)
        assert "**nouvelle réclamation**" in texts(replies)
    else:
        assert "Files are evidence for a claim" in texts(replies)
        assert "**new claim**" in texts(replies)
    assert files.hits == [] and stored_files(chat) == []

    # With claim drafts, they are named.
    await approved_plan(chat)
    claim_id, _ = await start_claim(chat, locale)
    await chat.say("annuler" if fr else "cancel")
    replies = await attach(chat, files, "invoice.pdf")
    assert claim_id in texts(replies)
    assert ("reprendre ma réclamation" if fr else "continue my claim") in texts(replies)
    assert files.hits == [] and (await get_claim(chat, claim_id)).evidence == []


async def test_a_file_at_a_plan_question_is_not_taken(chat: Chat, files: FileServer) -> None:
    await chat.say("new plan")
    replies = await attach(chat, files, "invoice.pdf")
    assert "claim" in texts(replies) and files.hits == []


@pytest.mark.parametrize(
    ("locale", "said", "later"),
    [
        (EN, "say **later** (this draft is kept) and send the file again", "later"),
        (FR, "dites **plus tard** (ce brouillon est conservé) et renvoyez le fichier", "plus tard"),
    ],
)
async def test_a_file_at_a_plans_question_says_how_to_use_it_in_a_claim(
    chat: Chat, files: FileServer, locale: str, said: str, later: str
) -> None:
    """Seen at stop 49: at a plan's question, with no claim draft, a file got "to add the
    file to a claim, open it (**continue my claim**) and send the file again", and "continue
    my claim" then found no claim. The way that works from any question: keep the plan
    (later), and send the file again with no question open."""
    from tests.dialogs.test_plan_journey import answer_until, start_plan

    chat.locale = locale
    await approved_plan(chat)
    await start_plan(chat, locale)
    await answer_until(chat, "name", locale=locale)

    replies = await attach(chat, files, "invoice.pdf", locale=locale)

    assert said in texts(replies), texts(replies)
    assert "continue my claim" not in texts(replies)
    assert "reprendre ma réclamation" not in texts(replies)
    await chat.say(later, locale=locale)
    replies = await attach(chat, files, "invoice.pdf", locale=locale)
    assert "wasn't expecting" not in texts(replies) and "n'attendais pas" not in texts(replies)
