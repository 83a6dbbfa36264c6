"""Words for the next step typed at the evidence menu or at the check card.

Seen walking a claim off the script: at the evidence menu "submit" got 'I don't know
"submit"'; at the check card "add a link" got 'I don't know "add a link"', and so did the
link, the note and "done" typed after it: only "add evidence" (then "add a link" again)
opened the way.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import (
    EN,
    FR,
    FileServer,
    answer,
    approved_plan,
    get_claim,
    seed_funds,
    seminar_answers,
    seminar_claim_to_check,
    start_claim,
)
from tests.support import Chat, shown

CHECK = {EN: "Check of {claim_id} before submitting", FR: "Vérification de {claim_id} avant"}


@pytest.fixture
async def plan(chat: Chat):
    await seed_funds(chat)
    return await approved_plan(chat)


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "submit"), (EN, "what's missing?"), (FR, "soumettre"), (FR, "qu'est-ce qui manque ?")],
)
async def test_submit_at_the_evidence_menu_goes_to_the_check(
    chat: Chat, plan, locale: str, typed: str
) -> None:
    chat.locale = locale
    claim_id, _ = await start_claim(chat, locale)
    await answer(chat, seminar_answers(locale), locale)  # now at the evidence menu
    replies = await chat.say(typed, locale=locale)
    assert CHECK[locale].format(claim_id=claim_id) in shown(replies)
    assert "I don't know" not in shown(replies) and "Je ne connais pas" not in shown(replies)


@pytest.mark.parametrize(
    ("locale", "typed", "asks"),
    [
        # The new item's first question, as "Add a link" / "Add a file" at the menu asks it.
        (EN, "add a link", "Which requirement does it show?"),
        (EN, "add a file", "What is this evidence?"),
        (FR, "ajouter un lien", "Quelle exigence montre-t-il ?"),
        (FR, "ajouter un fichier", "De quel justificatif s'agit-il ?"),
    ],
)
async def test_add_a_link_or_a_file_at_the_check_asks_for_it(
    chat: Chat, files: FileServer, plan, locale: str, typed: str, asks: str
) -> None:
    chat.locale = locale
    claim_id, _ = await seminar_claim_to_check(chat, files, locale)
    before = len((await get_claim(chat, claim_id)).evidence)
    replies = await chat.say(typed, locale=locale)
    assert asks in shown(replies)
    assert len((await get_claim(chat, claim_id)).evidence) == before + 1


async def test_the_link_added_from_the_check_is_kept(chat: Chat, files: FileServer, plan) -> None:
    claim_id, _ = await seminar_claim_to_check(chat, files, EN)
    await chat.say("add a link")
    assert "Type the link (https://…)." in shown(await chat.say("Invitation and agenda"))
    await chat.say("https://contoso.com/agenda")
    claim = await get_claim(chat, claim_id)
    assert "https://contoso.com/agenda" in [e.url for e in claim.evidence]


# A link pasted at the evidence menu got 'I don't know "https://…"': it is the link of a new
# item, asked next what it shows. Typed as partners type them, "www.…" with no "https://"
# (Teams shows it as a link), it got 'I don't know "www.contoso.com/event-photos"'.
_ASKS = {EN: "Which requirement does it show?", FR: "Quelle exigence montre-t-il ?"}


@pytest.mark.parametrize(
    ("locale", "typed", "url"),
    [
        (
            EN,
            "<https://contoso.sharepoint.com/agenda.pdf>",
            "https://contoso.sharepoint.com/agenda.pdf",
        ),
        (
            FR,
            "<https://contoso.sharepoint.com/agenda.pdf>",
            "https://contoso.sharepoint.com/agenda.pdf",
        ),
        (EN, "www.contoso.com/event-photos", "https://www.contoso.com/event-photos"),
        (FR, "www.contoso.com/event-photos", "https://www.contoso.com/event-photos"),
    ],
)
async def test_a_link_pasted_at_the_evidence_menu_is_a_new_link_item(
    chat: Chat, plan, locale: str, typed: str, url: str
) -> None:
    chat.locale = locale
    claim_id, _ = await start_claim(chat, locale)
    await answer(chat, seminar_answers(locale), locale)  # now at the evidence menu
    replies = await chat.say(typed, locale=locale)
    assert _ASKS[locale] in shown(replies)
    (item,) = (await get_claim(chat, claim_id)).evidence
    assert item.url == url


async def test_a_bad_link_pasted_at_the_menu_is_refused_and_adds_nothing(chat: Chat, plan) -> None:
    claim_id, _ = await start_claim(chat)
    await answer(chat, seminar_answers(EN), EN)
    replies = await chat.say("https://")
    assert "I don't know" in shown(replies)
    assert (await get_claim(chat, claim_id)).evidence == []


# At the check card a pasted link got 'I don't know "https://…". Pick one of the options or
# type its number.', where the evidence menu took it as a new link item.
@pytest.mark.parametrize(
    ("locale", "asks", "requirement"),
    [
        (EN, "Which requirement does it show?", "Invitation and agenda"),
        (FR, "Quelle exigence montre-t-il ?", "Invitation et programme"),
    ],
)
async def test_a_link_pasted_at_the_check_is_a_new_link_item_then_the_check(
    chat: Chat, files: FileServer, plan, locale: str, asks: str, requirement: str
) -> None:
    chat.locale = locale
    claim_id, _ = await seminar_claim_to_check(chat, files, locale)
    before = len((await get_claim(chat, claim_id)).evidence)
    replies = await chat.say("<https://contoso.sharepoint.com/photos>", locale=locale)
    assert asks in shown(replies)
    evidence = (await get_claim(chat, claim_id)).evidence
    assert len(evidence) == before + 1
    assert evidence[-1].url == "https://contoso.sharepoint.com/photos"
    await chat.say(requirement, locale=locale)
    replies = await chat.say("done" if locale == EN else "terminé", locale=locale)
    for _ in range(2):  # the note may be asked first
        if CHECK[locale].format(claim_id=claim_id) in shown(replies):
            break
        replies = await chat.say("done" if locale == EN else "terminé", locale=locale)
    assert CHECK[locale].format(claim_id=claim_id) in shown(replies)


# At "Type the link" a "www.…" address got '"www.contoso.com/agenda" isn\'t a web link'.
async def test_a_www_address_typed_at_the_link_question_is_taken(chat: Chat, plan) -> None:
    claim_id, _ = await start_claim(chat)
    await answer(chat, seminar_answers(EN), EN)
    await chat.say("add a link")
    await chat.say("1")  # the requirement it shows
    replies = await chat.say("WWW.Contoso.com/agenda")
    assert "isn't a web link" not in shown(replies)
    (item,) = (await get_claim(chat, claim_id)).evidence
    assert item.url == "https://WWW.Contoso.com/agenda"
