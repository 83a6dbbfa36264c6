"""A claim's results or pre-approval id that the partner does not have: "skip", "n/a",
"none", « sans objet », « aucun ». They were kept as the value itself: the results read
"skip" and the pre-approval id "n/a", which a reviewer rejects while the check found
nothing wrong. They now leave the answer empty and say what follows (the check warns of
missing results and blocks a TV / radio claim without its id), and the claim goes on.
Through the real bot, dialogs and a TinyDB store on disk."""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import (
    EN,
    FR,
    answer,
    approved_plan,
    claim_at,
    get_claim,
    seed_funds,
    start_claim,
)
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "skip", "Left empty: the check will warn that the results"),
        (EN, "n/a", "Left empty: the check will warn that the results"),
        (EN, "I don't have it", "Left empty: the check will warn that the results"),
        (FR, "sans objet", "Laissé vide : la vérification signalera que les résultats"),
        (FR, "je passe", "Laissé vide : la vérification signalera que les résultats"),
    ],
)
async def test_results_not_given_are_left_empty_and_the_check_warns(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    claim_id = await claim_at(chat, locale, until="metric_value")

    replies = await chat.say(typed, locale=locale)

    assert (await get_claim(chat, claim_id)).metric_value == ""
    assert said in shown(replies).replace("\u202f", " ").replace("\xa0", " ")
    replies = await chat.say("terminé" if locale == FR else "done", locale=locale)
    missing = "Les résultats" if locale == FR else "The results"
    assert missing in shown(replies)  # the check's warning


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "n/a"), (EN, "none"), (EN, "I don't have one"), (FR, "aucun"), (FR, "non")],
)
async def test_a_pre_approval_id_not_given_is_left_empty_and_blocks(
    chat: Chat, locale: str, typed: str
) -> None:
    chat.locale = locale
    await approved_plan(chat, [("tv_radio", "8000")])
    await seed_funds(chat)
    claim_id, _ = await start_claim(chat, locale)
    await answer(
        chat,
        [
            ("name", "TV spot October"),
            ("execution_date", "2026-10-01"),
            ("amount", "8000"),
            ("impressions", "100000"),
        ],
    )

    replies = await chat.say(typed, locale=locale)

    assert (await get_claim(chat, claim_id)).pre_approval_id == ""
    said = shown(replies)
    assert ("Laissé vide" if locale == FR else "Left empty") in said
    replies = await chat.say("terminé" if locale == FR else "done", locale=locale)
    assert "Submit claim" not in shown(replies)  # blocked: the id is missing
