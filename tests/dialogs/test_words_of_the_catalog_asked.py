"""The words the bot itself uses, asked about: an activity type, a fund type, a period's words.

Seen at stop 58, with no question open: "what counts as a seminar?", "what is an on-site
champ?", "requirements for a seminar", « c'est quoi un séminaire ? » got "I didn't understand
that", though "can I claim a SPIFF?" gets what a reviewer needs for it; "what activities can
I claim?" got "You have no claims yet" (« quelles activités puis-je réclamer ? » gets the
catalog); "what is MDF?", "what's the difference between co-op and MDF?" got "I didn't
understand that", though a plan asks "Which fund type?" with MDF an option; "what is a
claims window?" got "You have no claims yet", and "what does forfeited mean?", "when do I lose
my funds?" got "I didn't understand that", though the bot's own periods answer says both.
Through the real bot, its dialogs and a TinyDB store on disk, English and French.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed", "needs"),
    [
        (EN, "what counts as a seminar?", ["Customer seminars / boot camps", "Event photos"]),
        (EN, "what is an on-site champ?", ["On-site champ", "50%"]),
        (EN, "What's a SPIFF?", ["Internal incentives / SPIFFs", "25%"]),
        (EN, "requirements for a seminar", ["Customer seminars / boot camps", "registered"]),
        (EN, "what are the requirements for telemarketing?", ["Telemarketing", "script"]),
        (EN, "what does proof of concept cover?", ["Proof of concept", "white paper"]),
        (EN, "what is syndicated content", ["Microsoft syndicated content", "a usage period"]),
        (FR, "c'est quoi un séminaire ?", ["Séminaires clients / boot camps", "invités"]),
        (FR, "qu'est-ce qui compte comme un salon ?", ["Salons / expositions", "stand"]),
        (FR, "quelles sont les exigences pour un webinaire ?", ["Séminaires clients"]),
        (FR, "c'est quoi un SPIFF ?", ["SPIFF", "25 %"]),
    ],
)
async def test_an_activity_type_asked_about_gets_what_a_claim_for_it_needs(
    chat: Chat, locale: str, typed: str, needs: list[str]
) -> None:
    said = await understood(chat, locale, typed)

    assert all(need in said for need in needs), said
    assert "every claim needs" not in said.lower(), said  # that type, not the whole catalog


@pytest.mark.parametrize(
    ("locale", "typed", "results"),
    [
        (EN, "what is a seminar?", "the number of registered guests"),
        (EN, "what counts as telemarketing?", "the number of calls and successful contacts"),
        (FR, "c'est quoi un salon ?", "le nombre estimé de participants"),
    ],
)
async def test_the_results_a_reviewer_looks_for_are_said_with_the_type(
    chat: Chat, locale: str, typed: str, results: str
) -> None:
    said = await understood(chat, locale, typed)

    assert results in said.replace("\u202f", " ").replace("\xa0", " "), said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "what activities can I claim?"), (EN, "which activities can I claim?")],
)
async def test_which_activities_can_be_claimed_is_the_catalog_as_in_french(
    chat: Chat, locale: str, typed: str
) -> None:
    said = await understood(chat, locale, typed)

    assert "Every claim needs" in said, said
    assert "Tradeshows / exhibitions" in said, said


@pytest.mark.parametrize(
    ("locale", "typed", "words"),
    [
        (EN, "what is MDF?", ["market development funds", "co-op", "fund type"]),
        (EN, "what's the difference between co-op and MDF?", ["market development funds"]),
        (EN, "co-op or MDF?", ["market development funds", "co-op"]),
        (EN, "what's a fund type?", ["market development funds", "co-op"]),
        (EN, "what does MDF stand for?", ["market development funds"]),
        (FR, "c'est quoi le MDF ?", ["fonds de développement marketing", "co-op"]),
        (FR, "quelle différence entre co-op et MDF ?", ["fonds de développement marketing"]),
        (FR, "c'est quoi un type de fonds ?", ["fonds de développement marketing"]),
    ],
)
async def test_a_fund_type_asked_about_is_explained(
    chat: Chat, locale: str, typed: str, words: list[str]
) -> None:
    said = await understood(chat, locale, typed)

    assert all(word in said for word in words), said


@pytest.mark.parametrize(
    ("locale", "typed", "words"),
    [
        (EN, "what is a claims window?", ["usage period", "claiming deadline"]),
        (EN, "what's the claim window?", ["usage period", "claiming deadline"]),
        (EN, "what does forfeited mean?", ["forfeited"]),
        (EN, "when do I lose my funds?", ["forfeited"]),
        (EN, "do unused funds expire?", ["forfeited"]),
        (EN, "what happens to unused co-op?", ["forfeited"]),
        (FR, "c'est quoi la fenêtre de réclamation ?", ["période d'utilisation"]),
        (FR, "quand est-ce que je perds mes fonds ?", ["perdu"]),
        (FR, "que devient le co-op non utilisé ?", ["perdu"]),
    ],
)
async def test_the_periods_words_asked_about_get_how_periods_go(
    chat: Chat, locale: str, typed: str, words: list[str]
) -> None:
    said = await understood(chat, locale, typed)

    assert all(word in said for word in words), said
    assert "no claims yet" not in said and "encore aucune réclamation" not in said, said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "what is my email?"),
        (EN, "what is the weather?"),
        (EN, "what is print?"),  # a word of a type's, alone, still a type: guard below
        (FR, "c'est quoi mon mail ?"),
    ],
)
async def test_words_that_name_no_type_are_not_read_as_one(
    chat: Chat, locale: str, typed: str
) -> None:
    chat.locale = locale
    said = shown(await chat.say(typed, locale=locale))

    if typed == "what is print?":
        assert "Print advertising" in said, said
    else:
        assert "a reviewer needs" not in said and "le réviseur a besoin" not in said, said


async def test_what_a_claim_is_stays_how_co_op_goes(chat: Chat) -> None:
    said = await understood(chat, EN, "what is a claim?")

    assert "Co-op funds are marketing funds" in said, said


@pytest.mark.parametrize(
    ("locale", "typed", "words"),
    [
        (EN, "which one should I pick?", ["market development funds", "account manager"]),
        (EN, "what's the difference?", ["market development funds", "account manager"]),
        (EN, "what is MDF?", ["market development funds", "one plan per"]),
        (FR, "je prends lequel ?", ["fonds de développement marketing", "responsable de compte"]),
    ],
)
async def test_at_the_fund_type_question_its_help_says_how_to_choose(
    chat: Chat, locale: str, typed: str, words: list[str]
) -> None:
    from tests.dialogs.test_plan_journey import plan_at

    await plan_at(chat, locale, "fund_type")

    said = shown(await chat.say(typed, locale=locale))
    told, card = said.split('{"$schema"', 1)  # the form's card names the reviewer too

    assert all(word in told for word in words), told
    assert "Which fund type?" in card or "Quel type de fonds" in card, card
