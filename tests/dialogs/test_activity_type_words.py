"""An activity's type in a marketer's words. Seen at stop 39 at "what type of activity?":
"LinkedIn ads", "newsletter", « pub LinkedIn » got 'I don't know "LinkedIn ads"'; "ads",
"event", « événement » (which name several types) got it too, where the types they may
mean should be offered. Through the real bot, dialogs and a TinyDB store on disk."""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_journey import answer_until, start_plan
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


async def _at_type(chat: Chat, locale: str) -> None:
    chat.locale = locale
    await start_plan(chat, locale)
    await answer_until(chat, "activity_type", locale=locale)


def _titles(replies) -> list[str]:
    return [a["title"] for r in replies for a in (r.card or {}).get("actions", [])]


@pytest.mark.parametrize(
    ("locale", "typed", "taken"),
    [
        (EN, "LinkedIn ads", "Digital advertising"),
        (EN, "social media ads", "Digital advertising"),
        (EN, "newsletter", "Direct mail / email / SMS"),
        (FR, "pub LinkedIn", "Publicité numérique"),
        (FR, "newsletter", "Publipostage / e-mail / SMS"),
    ],
)
async def test_a_marketers_word_takes_its_type(
    chat: Chat, locale: str, typed: str, taken: str
) -> None:
    await _at_type(chat, locale)
    said = shown(await chat.say(typed, locale=locale))
    # Taken: said back ("✓ Digital advertising"), or named by the next question.
    assert f"✓ {taken}" in said or f"({taken})" in said, said[:300]


@pytest.mark.parametrize(
    ("locale", "typed", "offered"),
    [
        (EN, "ads", {"Print advertising", "Digital advertising"}),
        (EN, "event", {"Customer seminars / boot camps", "Tradeshows / exhibitions"}),
        (FR, "événement", {"Séminaires clients / boot camps", "Salons / expositions"}),
        # Seen at stop 52 with an article: 'I don't know "an event"'.
        (EN, "an event", {"Customer seminars / boot camps", "Tradeshows / exhibitions"}),
        (EN, "some ads", {"Print advertising", "Digital advertising"}),
        (FR, "un événement", {"Séminaires clients / boot camps", "Salons / expositions"}),
        (FR, "des événements", {"Séminaires clients / boot camps", "Salons / expositions"}),
    ],
)
async def test_a_word_for_several_types_offers_them(
    chat: Chat, locale: str, typed: str, offered: set[str]
) -> None:
    await _at_type(chat, locale)
    replies = await chat.say(typed, locale=locale)
    assert "I don't know" not in shown(replies) and "Je ne connais pas" not in shown(replies)
    assert offered <= set(_titles(replies)), _titles(replies)
