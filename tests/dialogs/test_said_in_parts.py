"""Words said in parts, each understood alone, and farewells after thanks.

Seen at stop 58, at rest: "thanks, have a nice day", "thank you so much, have a good
weekend", "cheers, bye", « merci et bon week-end », « super merci, à plus » got "I didn't
understand that" ("ok thanks bye" and « merci, bonne journée » were understood); "I'm new,
where do I start?", « je débute, par où commencer ? », « comment démarrer ? » got the same,
though "I'm new" and "where do I start?" each get how co-op goes. A message whose parts are
each a phrase of one answer (greetings and thanks aside) gets that answer; nothing is started
so, and words that are no phrase stay as they were. Through the real bot, its dialogs and a
TinyDB store on disk, English and French.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "thanks, have a nice day"),
        (EN, "thank you so much, have a good weekend"),
        (EN, "cheers, bye"),
        (EN, "Thanks! Take care."),
        (FR, "merci beaucoup, bonne journée"),
        (FR, "merci et bon week-end"),
        (FR, "super merci, à plus"),
        (FR, "Mille mercis, bonne fin de journée !"),
    ],
)
async def test_thanks_with_a_farewell_get_the_thanks_answer(
    chat: Chat, locale: str, typed: str
) -> None:
    said = await understood(chat, locale, typed)

    assert "Glad to help" in said or "Avec plaisir" in said, said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "I'm new, where do I start?"),
        (EN, "hi, where do I start?"),
        (EN, "first time here. how do I get started?"),
        (FR, "je débute, par où commencer ?"),
        (FR, "comment démarrer ?"),
        (FR, "bonjour, je suis nouveau, par où commencer ?"),
    ],
)
async def test_a_newcomer_said_in_parts_gets_how_co_op_goes(
    chat: Chat, locale: str, typed: str
) -> None:
    said = await understood(chat, locale, typed)

    assert "Co-op funds are marketing funds" in said or "Les fonds co-op" in said, said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "Spring push, new plan"),  # a name and a command: not read in parts
        (EN, "thanks, Spring push"),  # a name after thanks: no answer of its own
        (FR, "merci, salon de Lyon"),
    ],
)
async def test_parts_that_are_no_phrase_are_not_read_so(
    chat: Chat, locale: str, typed: str
) -> None:
    chat.locale = locale
    said = shown(await chat.say(typed, locale=locale))

    assert "Glad to help" not in said and "Avec plaisir" not in said, said
    assert "PLN-" not in said, said  # nothing started


@pytest.mark.parametrize(
    ("locale", "typed", "kept"),
    [
        (EN, "thanks, have a nice day", "isn't a Partner ID"),
        (EN, "hello, thanks", "isn't a Partner ID"),
        (FR, "merci, bonne journée", "n'est pas un Partner ID"),
    ],
)
async def test_in_a_question_thanks_in_parts_are_no_answer(
    chat: Chat, locale: str, typed: str, kept: str
) -> None:
    """Seen in the Playground at stop 58: at a plan's Partner ID, "thanks, have a nice
    day" got 'isn't a Partner ID' where "thanks" alone gets the pleasantry's answer."""
    from tests.dialogs.test_plan_journey import plan_at

    await plan_at(chat, locale, "mpn_id")

    said = shown(await chat.say(typed, locale=locale))

    assert kept not in said, said
    assert "(MPN ID)" in said, said  # its question, again
