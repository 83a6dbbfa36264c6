"""Text a partner (or the back office) typed is shown back inert: no links, mentions or markup.

A campaign, a claim, a file and a person named `[click](https://evil.example) <at>Ada</at>
**bold**` show up escaped (`\\[click\\](…) \\<at\\>Ada\\</at\\> \\*\\*bold\\*\\*`) in the review
cards, receipts, lists, status answers, notices, errors and refusals; never raw.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from app import build_house, create_app
from config import load_settings
from domain.roles import Role
from storage.repository import DirectoryEntry
from tests.bot.test_http import teams_message
from tests.bot.test_status_flow import SECRET, change, post_status, submitted_claim
from tests.connector import FakeConnector
from tests.dialogs.claim_support import (
    SEMINAR_EN,
    FileServer,
    add_file,
    answer,
    approved_plan,
    attach,
    seed_funds,
    start_claim,
)
from tests.dialogs.test_plan_journey import EN_ANSWERS, answer_until, start_plan
from tests.support import ADMIN, TENANT, TODAY, USER, Chat, Reply

LINK, MENTION, BOLD = "[click](https://evil.example)", "<at>Ada</at>", "**bold**"
HOSTILE = f"Promo {LINK} {MENTION} {BOLD}"
ESCAPED = r"Promo \[click\](https://evil.example) \<at\>Ada\</at\> \*\*bold\*\*"
FILE_NAME = "[click](evil.example) #1.pdf"  # ":" "<" ">" "*" are refused in file names
FILE_ESCAPED = r"\[click\](evil.example) \#1.pdf"


def visible(node: Any, key: str | None = None) -> list[str]:
    """Every string a partner can read in a card or message (not the hidden submit data)."""
    if isinstance(node, Reply):
        return [node.text, *visible(node.card or {})]
    if isinstance(node, dict):
        return [s for k, v in node.items() if k != "data" for s in visible(v, k)]
    if isinstance(node, list):
        return [s for v in node for s in visible(v, key)]
    if isinstance(node, str) and key in ("text", "title", "value", "placeholder", "summary"):
        return [node]
    return []


def assert_inert(shown: list[str], escaped: str = ESCAPED) -> None:
    """No raw link, mention or emphasis anywhere; the escaped text shown at least once."""
    everything = "\n".join(shown)
    for raw in (LINK, MENTION, BOLD, "[click](evil.example)"):
        assert raw not in everything, f"{raw!r} shown raw in:\n{everything}"
    assert escaped in everything, f"{escaped!r} not shown in:\n{everything}"


def shown_in(replies: list[Reply]) -> list[str]:
    return [s for reply in replies for s in visible(reply)]


@pytest.fixture
async def files():
    async with FileServer() as server:
        yield server


async def test_a_claim_named_with_markup_is_escaped_in_review_receipt_list_and_status(
    chat: Chat, files: FileServer
):
    await approved_plan(chat, campaign=(HOSTILE, date(2026, 9, 1), date(2026, 11, 30)))
    await seed_funds(chat)
    claim_id, replies = await start_claim(chat)
    assert_inert(shown_in(replies))  # "… of campaign <name> …": the context line

    answers = [(field, HOSTILE if field == "name" else typed) for field, typed in SEMINAR_EN]
    await answer(chat, answers)
    replies = await add_file(chat, files, FILE_NAME, "invoice")
    await add_file(chat, files, "agenda.pdf", "proof", "Invitation and agenda", f"Sent {HOSTILE}")
    await add_file(chat, files, "photos.jpg", "proof", "Event photos", "Room photos")
    review = await chat.say("done")
    shown = shown_in(review)
    assert_inert(shown)  # the claim's name in the facts, the campaign in the header
    assert_inert(shown, FILE_ESCAPED)  # the file in the checklist

    receipt = await chat.say("submit anyway" if "Submit anyway" in str(shown) else "submit")
    assert_inert(shown_in(receipt))
    assert_inert(shown_in(await chat.say("my claims")))
    assert_inert(shown_in(await chat.say(f"status of {claim_id}")))
    assert_inert(shown_in(await chat.say("what's my claim status?")))


async def test_a_file_named_with_markup_is_escaped_when_saved_or_refused(
    chat: Chat, files: FileServer
):
    await approved_plan(chat)
    await seed_funds(chat)
    await start_claim(chat)
    await answer(chat, SEMINAR_EN)
    replies = await attach(chat, files, FILE_NAME)  # "✓ <name> (1 KB) saved."
    assert_inert(shown_in(replies), FILE_ESCAPED)
    await chat.say("invoice")  # what it is: back to the evidence menu
    replies = await attach(chat, files, "[click](evil.example) **bold**.pdf")  # "*": refused
    assert_inert(shown_in(replies), r"\[click\](evil.example) \*\*bold\*\*.pdf")


async def test_a_campaign_named_with_markup_is_escaped_in_the_plan_review_and_receipt(chat: Chat):
    answers = [
        (field, HOSTILE if field in ("name", "description") else typed)
        for field, typed in EN_ANSWERS
    ]
    await start_plan(chat)
    review = await answer_until(chat, "review", answers)
    assert_inert(shown_in(review))
    receipt = await chat.say("submit")
    assert "submitted" in json.dumps([r.shown for r in receipt]).lower()
    assert_inert(shown_in(await chat.say("my plans")) + shown_in(review))


async def test_typed_markup_quoted_back_in_an_error_is_escaped(chat: Chat):
    await start_plan(chat)
    await chat.say("1234567")
    replies = await chat.say(HOSTILE)  # not a program: "I don't know …"
    assert_inert(shown_in(replies))
    await chat.say("hosting")
    replies = await chat.say(HOSTILE)  # not a country (the first one read is quoted)
    assert_inert(shown_in(replies), r"Promo \[click\](https:")


async def test_names_from_the_directory_and_the_channel_are_escaped(storage, tmp_path):
    chat = Chat(storage, user_id=USER, user_name=f"{MENTION} Ben", conversation_id="a:ben")
    await chat.services.directory.replace_entry(
        TENANT, ADMIN, DirectoryEntry(role=Role.INCENTIVES_ADMIN, name=HOSTILE)
    )
    assert_inert(shown_in(await chat.say("hello")), r"\<at\>Ada\</at\>")  # the welcome's name
    await start_plan(chat)
    await answer_until(chat, "review")
    refusal = await chat.say("submit")  # "ask <admin names> to submit it"
    assert_inert(shown_in(refusal))


async def test_a_rejection_notice_escapes_the_claim_name_and_the_reviewers_words(
    data_dir, tmp_path
):
    roles = tmp_path / "roles.json"
    roles.write_text(
        json.dumps({"tenants": {TENANT: {"users": {ADMIN: {"role": "incentives_admin"}}}}}),
        encoding="utf-8",
    )
    settings = load_settings(
        {"DATA_DIR": str(data_dir), "ROLES_FILE": str(roles), "STATUS_WEBHOOK_SECRET": SECRET}
    )
    house = await build_house(settings)
    house.services.today = lambda: TODAY
    client = TestClient(TestServer(create_app(house, background=False), host="127.0.0.1"))
    await client.start_server()
    try:
        async with FakeConnector() as connector:
            await client.post("/api/messages", json=teams_message(connector.url, "hello"))
            connector.take()
            claim = await submitted_claim(house)
            claim.name = HOSTILE
            claim = await house.services.claims.save(claim)
            path = f"/api/claims/{claim.id}/status"
            assert await post_status(client, path, change("Under review", "e1")) == 202
            reasons = [{"code": "x", "message": HOSTILE, "item": f"E1 {MENTION}"}]
            assert await post_status(client, path, change("Rejected", "e2", reasons=reasons)) == 202
            await house.notifier.run_once()
            notices = [a for a in connector.take() if a.get("attachments")]
            assert notices
            shown = [
                s
                for notice in notices
                for s in [*visible(notice["attachments"][0]["content"]), notice.get("summary", "")]
            ]
            assert_inert(shown)
            assert any(r"\<at\>Ada\</at\>" in s for s in shown)  # the item it points at
    finally:
        await client.close()
