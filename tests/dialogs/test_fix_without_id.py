""" "fix it", "fix my claim", « corriger » with no id: what is waiting for a fix.

Seen after a claim's rejection notice (its reasons said "type fix CLM-…"): "fix it", "fix my
claim" and "what do I need to fix?" each got "I didn't understand that"; only "fix" with the
id, or the notice's button, fixed it.
"""

from __future__ import annotations

import pytest

from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import (
    EN,
    FR,
    FileServer,
    get_claim,
    last_card,
    seminar_claim_to_check,
)
from tests.dialogs.test_fix_rejected_claim import copy_of, decide, submitted_seminar
from tests.support import TENANT, Chat, shown

EN_COPIED = "**{claim_id}** was rejected, so I started **{new_id}** from it"
FR_COPIED = "**{claim_id}** a été refusée ; j'ai donc créé **{new_id}**"
REJECTED = [{"code": "invoice_illegible", "message": "Invoice scan is blurry"}]


async def rejected_seminar(chat: Chat, files: FileServer, locale: str) -> str:
    claim_id = await submitted_seminar(chat, files, locale)
    await decide(chat, claim_id, "Rejected", REJECTED, f"rejected-{claim_id}")
    return claim_id


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "fix it", EN_COPIED),
        (EN, "fix my claim", EN_COPIED),
        (EN, "fix and resubmit", EN_COPIED),
        (FR, "corriger", FR_COPIED),
        (
            FR,
            "corriger ma réclamation",
            FR_COPIED,
        ),
    ],
)
async def test_fix_alone_fixes_the_one_claim_waiting_for_it(
    chat: Chat, files: FileServer, locale: str, typed: str, said: str
) -> None:
    claim_id = await rejected_seminar(chat, files, locale)
    replies = await chat.say(typed, locale=locale)
    new_id = await copy_of(chat, claim_id)
    assert said.format(claim_id=claim_id, new_id=new_id) in shown(replies)
    assert (await get_claim(chat, new_id)).status is ClaimStatus.EDITING


async def test_fix_alone_twice_carries_on_with_the_same_copy(chat: Chat, files: FileServer) -> None:
    claim_id = await rejected_seminar(chat, files, EN)
    await chat.say("fix it")
    new_id = await copy_of(chat, claim_id)
    await chat.say("cancel")
    replies = await chat.say("fix it")
    assert f"**{claim_id}** was already fixed as **{new_id}**" in shown(replies)


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        (EN, "Nothing of yours is waiting for a fix."),
        (FR, "Rien de ce qui est à vous n'attend de correction."),
    ],
)
async def test_fix_alone_with_nothing_to_fix_says_so(chat: Chat, locale: str, said: str) -> None:
    chat.locale = locale
    replies = await chat.say("corriger" if locale == FR else "fix it", locale=locale)
    assert said in shown(replies)


@pytest.mark.parametrize(
    ("locale", "typed"), [(EN, "what do I need to fix?"), (FR, "qu'est-ce que je dois corriger ?")]
)
async def test_what_to_fix_asked_is_where_things_stand(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await rejected_seminar(chat, files, locale)
    replies = await chat.say(typed, locale=locale)
    assert claim_id in shown(replies)
    assert "Invoice scan is blurry" in shown(replies)


async def test_fix_alone_with_two_waiting_names_them_and_changes_nothing(
    chat: Chat, files: FileServer
) -> None:
    first = await rejected_seminar(chat, files, EN)
    second, check = await seminar_claim_to_check(chat, files, EN)
    await chat.click(last_card(check).submit_data("Submit claim"))
    await decide(chat, second, "Under review", [], f"review-{second}")
    await decide(chat, second, "Rejected", REJECTED, f"rejected-{second}")
    replies = await chat.say("fix it")
    assert f"Several are waiting for a fix: **{second}**, **{first}**." in shown(replies)
    assert f"**fix {second}**" in shown(replies)
    assert await chat.services.claims.made_from(TENANT, first, "fix") is None
    assert await chat.services.claims.made_from(TENANT, second, "fix") is None


@pytest.mark.parametrize("locale", [EN, FR])
async def test_the_fix_says_what_the_reviewer_wrote(
    chat: Chat, files: FileServer, locale: str
) -> None:
    """Seen at stop 51: "let's fix what the reviewer pointed at", with a reason that points at
    no item (nothing marked on the evidence list): what the reviewer wrote was not said."""
    await rejected_seminar(chat, files, locale)

    replies = await chat.say("corriger" if locale == FR else "fix it", locale=locale)

    assert "Invoice scan is blurry" in shown(replies), shown(replies)
