"""A typed word that is part of several options' names: those options offered.

Seen off the script: « revendeur » at the program question (CSP Revendeur indirect, Revendeur
OEM) got "Vouliez-vous dire Revendeur OEM ?", one guess of two, and the card held only that
one button; "reseller" and "csp" did the same in English.
"""

from __future__ import annotations

import pytest

from tests.dialogs.test_plan_journey import get, last_card, start_plan
from tests.support import Chat, Reply, shown


def buttons(reply: Reply) -> list[str]:
    return [action["title"] for action in (reply.card or {}).get("actions", [])]


@pytest.mark.parametrize(
    ("locale", "typed", "said", "offered"),
    [
        (
            "fr-FR",
            "revendeur",
            "« revendeur » peut désigner plusieurs options. Laquelle ?",
            ["CSP Revendeur indirect", "Revendeur OEM"],
        ),
        (
            "en-US",
            "reseller",
            '"reseller" could be more than one of the options. Which one?',
            ["CSP Indirect Reseller", "OEM Reseller"],
        ),
        (
            "en-US",
            "csp",
            '"csp" could be more than one of the options. Which one?',
            ["CSP Direct Bill", "CSP Indirect Provider", "CSP Indirect Reseller"],
        ),
        # Seen at stop 44: said of oneself, "I'm a CSP" got 'I don't know "I'm a CSP"'.
        (
            "en-US",
            "I'm a CSP",
            '"I\'m a CSP" could be more than one of the options. Which one?',
            ["CSP Direct Bill", "CSP Indirect Provider", "CSP Indirect Reseller"],
        ),
        (
            "fr-FR",
            "nous sommes revendeur",
            "« nous sommes revendeur » peut désigner plusieurs options. Laquelle ?",
            ["CSP Revendeur indirect", "Revendeur OEM"],
        ),
    ],
)
async def test_a_word_of_several_options_offers_them(
    chat: Chat, locale: str, typed: str, said: str, offered: list[str]
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await chat.say("1234567", locale=locale)  # now at the program question
    which = last_card(await chat.say(typed, locale=locale))
    assert said in (which.card or {})["body"][0]["text"]
    assert buttons(which) == offered
    assert (await get(chat, plan_id)).program is None
    replies = await chat.click(which.submit_data(offered[-1]))
    assert (await get(chat, plan_id)).program is not None, shown(replies)


@pytest.mark.parametrize(
    ("locale", "typed", "program"),
    [
        ("fr-FR", "nous sommes revendeur indirect CSP", "csp_indirect_reseller"),
        ("fr-FR", "on est revendeur OEM", "oem_reseller"),
        ("en-US", "we're an indirect CSP reseller", "csp_indirect_reseller"),
    ],
)
async def test_a_program_said_of_oneself_is_read(
    chat: Chat, locale: str, typed: str, program: str
) -> None:
    """Seen at stop 44: « nous sommes revendeur indirect CSP » got « Je ne connais pas »
    (the same words without « nous sommes » are read)."""
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await chat.say("1234567", locale=locale)

    replies = await chat.say(typed, locale=locale)

    assert (await get(chat, plan_id)).program == program, shown(replies)
