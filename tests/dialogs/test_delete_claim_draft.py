"""Claim drafts are deleted from the chat, after a yes, and only while they are drafts.

"delete draft CLM-…" / "supprimer le brouillon CLM-…" at rest, "delete draft" inside an
open claim, and the check card's "Delete this draft". Only the owner or an admin may;
a submitted claim is never deleted. Evidence files stay on disk (another claim, a fix
copy say, may name the same file).
"""

from __future__ import annotations

import pytest

from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import (
    EN,
    FR,
    FileServer,
    answer,
    approved_plan,
    get_claim,
    is_french,
    last_card,
    seed_funds,
    seen,
    seminar_answers,
    seminar_claim_to_check,
    start_claim,
    stored_files,
    texts,
)
from tests.support import ADMIN, TENANT, USER, Chat


async def claim_draft(chat: Chat, locale: str, *, plan: bool = True) -> str:
    chat.locale = locale
    if plan:
        await approved_plan(chat)
    claim_id, _ = await start_claim(chat, locale)
    await answer(chat, seminar_answers(locale), locale, until="amount")
    await chat.say("annuler" if is_french(locale) else "cancel")
    return claim_id


async def gone(chat: Chat, claim_id: str) -> bool:
    return await chat.services.claims.get(TENANT, claim_id) is None


@pytest.mark.parametrize("locale", [EN, FR])
async def test_delete_draft_with_a_claim_id_asks_then_deletes(chat: Chat, locale: str) -> None:
    fr = is_french(locale)
    claim_id = await claim_draft(chat, locale)
    replies = await chat.say(
        f"supprimer le brouillon {claim_id}" if fr else f"delete draft {claim_id}"
    )
    if fr:
        assert f"Supprimer définitivement la réclamation {claim_id}" in seen(replies)
    else:
        assert f"Delete claim draft {claim_id} for good?" in seen(replies)
    assert not await gone(chat, claim_id)
    replies = await chat.say("oui" if fr else "yes")
    if fr:
        assert f"Le brouillon de réclamation **{claim_id}** est supprimé." in texts(replies)
    else:
        assert f"Claim draft **{claim_id}** is deleted." in texts(replies)
    assert await gone(chat, claim_id)
    listed = texts(await chat.say("mes réclamations" if fr else "my claims"))
    assert claim_id not in listed


@pytest.mark.parametrize("locale", [EN, FR])
async def test_no_keeps_the_claim_draft(chat: Chat, locale: str) -> None:
    fr = is_french(locale)
    claim_id = await claim_draft(chat, locale)
    await chat.say(f"supprimer le brouillon {claim_id}" if fr else f"delete draft {claim_id}")
    replies = await chat.say("non" if fr else "no")
    assert claim_id in texts(replies)
    assert not await gone(chat, claim_id)


@pytest.mark.parametrize("locale", [EN, FR])
async def test_delete_draft_inside_an_open_claim_deletes_that_claim(
    chat: Chat, locale: str
) -> None:
    fr = is_french(locale)
    chat.locale = locale
    await approved_plan(chat)
    claim_id, _ = await start_claim(chat, locale)
    await answer(chat, seminar_answers(locale), locale, until="amount")
    replies = await chat.say("supprimer le brouillon" if fr else "delete draft")
    assert claim_id in seen(replies)
    assert ("réclamation" if fr else "claim") in seen(replies)
    replies = await chat.say("oui" if fr else "yes")
    assert await gone(chat, claim_id)
    # Nothing of the claim is pending any more.
    replies = await chat.say("9,800.50")
    assert ("réclamez-vous" if fr else "How much") not in seen(replies)


async def test_the_confirmation_clicked_yes_and_the_way_back_says_no(chat: Chat) -> None:
    claim_id = await claim_draft(chat, EN)
    replies = await chat.say(f"delete draft {claim_id}")
    card = last_card(replies)
    replies = await chat.click(card.submit_data("Yes"))
    assert await gone(chat, claim_id)

    other = await claim_draft(chat, EN, plan=False)
    await chat.say(f"delete draft {other}")
    replies = await chat.say("back")
    assert other in texts(replies) and not await gone(chat, other)


async def test_the_check_card_offers_delete_this_draft(chat: Chat, files: FileServer) -> None:
    await approved_plan(chat)
    await seed_funds(chat)
    claim_id, replies = await seminar_claim_to_check(chat, files, EN)
    card = last_card(replies)
    assert "delete_draft" in card.choice_values()
    on_disk = stored_files(chat)
    apply = next(a for a in card.card["actions"] if "answer" not in a["data"])  # the drop-down's
    replies = await chat.click(dict(apply["data"]), answer="delete_draft")
    assert f"Delete claim draft {claim_id} for good?" in seen(replies)
    await chat.say("yes")
    assert await gone(chat, claim_id)
    # The files stay: another claim may name the same file.
    assert stored_files(chat) == on_disk


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_submitted_claim_is_never_deleted(
    chat: Chat, files: FileServer, locale: str
) -> None:
    fr = is_french(locale)
    chat.locale = locale
    await approved_plan(chat)
    await seed_funds(chat)
    claim_id, _ = await seminar_claim_to_check(chat, files, locale)
    await chat.say("soumettre" if fr else "submit")
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.SUBMITTED
    replies = await chat.say(
        f"supprimer le brouillon {claim_id}" if fr else f"delete draft {claim_id}"
    )
    if fr:
        assert "seuls les brouillons peuvent être supprimés" in texts(replies)
    else:
        assert "only drafts can be deleted" in texts(replies)
    await chat.say("oui" if fr else "yes")
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.SUBMITTED


async def test_only_the_owner_or_an_admin_may_delete_a_claim_draft(storage, tmp_path) -> None:
    ada = Chat(storage, conversation_id="a:ada")
    await ada.seed_roles(tmp=tmp_path)
    ada_claim = await claim_draft(ada, EN)
    uma = Chat(storage, user_id=USER, user_name="Uma User", conversation_id="a:uma")
    replies = await uma.say(f"delete draft {ada_claim}")
    assert "belongs to Ada Admin" in texts(replies)
    await uma.say("yes")
    assert not await gone(ada, ada_claim)

    # Uma's own claim: Ada, an admin, may delete it.
    uma_claim, _ = await start_claim(uma, EN)
    await uma.say("cancel")
    await ada.say(f"delete draft {uma_claim}")
    await ada.say("yes")
    assert await gone(ada, uma_claim)
    assert ADMIN != USER


async def test_delete_draft_with_only_claim_drafts_names_them(chat: Chat) -> None:
    claim_id = await claim_draft(chat, EN)
    replies = await chat.say("delete draft")
    assert "You have no draft plan to delete." in texts(replies)
    assert f"delete draft {claim_id}" in texts(replies)
