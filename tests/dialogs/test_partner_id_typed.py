"""A Partner ID typed with punctuation around it, as in a sentence.

Seen off the script: "1234567." (a sentence's full stop), "#1234567", "(1234567)" and "It's
1234567." at the Partner ID got '"1234567." isn't a Partner ID'.
"""

from __future__ import annotations

import pytest

from tests.dialogs.test_plan_journey import get, start_plan
from tests.support import Chat, shown


@pytest.mark.parametrize(
    "typed", ["1234567.", "#1234567", "It's 1234567.", "(1234567)", "c'est le 1234567 !"]
)
async def test_a_partner_id_with_punctuation_around_it_is_read(chat: Chat, typed: str) -> None:
    plan_id = await start_plan(chat)
    replies = await chat.say(typed)
    assert "isn't a Partner ID" not in shown(replies)
    assert (await get(chat, plan_id)).mpn_id == "1234567"


@pytest.mark.parametrize("typed", ["123456789", "12-34-567", "1234567 or 7654321"])
async def test_what_is_no_partner_id_is_still_refused(chat: Chat, typed: str) -> None:
    plan_id = await start_plan(chat)
    replies = await chat.say(typed)
    assert "isn't a Partner ID" in shown(replies)
    assert (await get(chat, plan_id)).mpn_id is None


@pytest.mark.parametrize(
    ("locale", "typed", "where"),
    [
        # Seen at stop 49: '"I don't have one" isn't a Partner ID: it has 6 to 8 digits'.
        ("en-US", "I don't have one", "Partner Center"),
        ("en-US", "I don't have it", "Partner Center"),
        ("fr-FR", "je n'en ai pas", "Espace partenaires"),
    ],
)
async def test_no_partner_id_at_hand_is_told_where_it_is(
    chat: Chat, locale: str, typed: str, where: str
) -> None:
    plan_id = await start_plan(chat, locale)
    replies = await chat.say(typed, locale=locale)
    assert where in shown(replies), shown(replies)
    assert "isn't a Partner ID" not in shown(replies)
    assert (await get(chat, plan_id)).mpn_id is None


@pytest.mark.parametrize("typed", ["1234567 (Contoso France)", "1234567 - Contoso Paris"])
async def test_a_partner_id_with_its_location_named_after_it_is_read(
    chat: Chat, typed: str
) -> None:
    """Seen at stop 49: '"1234567 (Contoso France)" isn't a Partner ID'."""
    plan_id = await start_plan(chat)
    replies = await chat.say(typed)
    assert "isn't a Partner ID" not in shown(replies)
    assert (await get(chat, plan_id)).mpn_id == "1234567"
