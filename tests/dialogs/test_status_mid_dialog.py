"""'What's my claim status?' at any moment: answered, then the pending question again."""

from __future__ import annotations

from tests.support import shown


async def test_a_status_question_mid_plan_is_answered_and_the_question_asked_again(chat):
    await chat.say("new plan")
    await chat.say("1234567")
    replies = await chat.say("what's my claim status?")
    text = shown(replies)
    assert "You have no claims yet" in text  # the answer
    assert "Which program" in text  # the pending question comes back
    replies = await chat.say("hosting")
    assert "Which market" in shown(replies)  # and nothing was lost


async def test_a_french_status_question_mid_plan_is_answered_in_french(chat):
    chat.locale = "fr-FR"
    await chat.say("nouveau plan")
    replies = await chat.say("où en est mon plan ?")
    text = shown(replies)
    assert "est un brouillon depuis le" in text and "PLN-2026-000001" in text
    assert "identifiant partenaire" in text  # asked again


async def test_an_unknown_id_and_another_tenants_id_read_the_same(chat, storage, tmp_path):
    from tests.support import Chat

    await chat.say("new plan")
    await chat.say("cancel")
    other = Chat(storage, tenant_id="99999999-0000-0000-0000-000000000000", user_id="x",
                 conversation_id="a:other")  # fmt: skip
    theirs = shown(await other.say("status of PLN-2026-000001"))
    unknown = shown(await other.say("status of PLN-2026-999999"))
    assert theirs.replace("000001", "N") == unknown.replace("999999", "N")
