"""The reviewer's address asked, and a partner who answers with who rather than an address.

Seen at stop 50 at a plan's reviewer question: "my account manager" and "I don't know who"
got '"my account manager" isn't a valid e-mail address. Please type it like
name@microsoft.com.' — true, and no help: "I don't know" there already got the question's
help, with the address the organisation's last plan was reviewed by. These get it too.
Through the real bot, dialogs and a TinyDB store.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown

HELP = {
    EN: "The e-mail address of your Microsoft account manager",
    FR: "L'adresse e-mail de votre responsable de compte Microsoft",
}
REFUSED = ("isn't a valid e-mail address", "n'est pas une adresse e-mail valide")


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "my account manager"),
        (EN, "our Microsoft account manager"),
        (EN, "I don't know who"),
        (EN, "not sure who"),
        (EN, "I don't remember"),
        (FR, "mon responsable de compte"),
        (FR, "je ne sais pas qui"),
        (FR, "je ne sais plus"),
    ],
)
async def test_who_rather_than_an_address_gets_the_questions_help(
    chat: Chat, locale: str, typed: str
) -> None:
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "reviewer_email", locale=locale)

    replies = await chat.say(typed, locale=locale)

    assert HELP[locale] in shown(replies), shown(replies)
    assert not any(words in shown(replies) for words in REFUSED), shown(replies)
    assert (await get(chat, plan_id)).reviewer_email is None
