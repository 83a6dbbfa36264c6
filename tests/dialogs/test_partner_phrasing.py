"""Answers as partners type them (issue 15): amounts with "k", tax and "about", ids with
their label, misspelled countries and choices answered with a one-click suggestion."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.dialogs.test_plan_journey import EN_ANSWERS, answer_until, get, plan_id_in, texts
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


def _button(replies, title: str) -> dict:
    for reply in replies:
        for action in (reply.card or {}).get("actions", []):
            if action.get("title") == title:
                return action["data"]
    raise AssertionError(f"no {title!r} button in {shown(replies)}")


async def test_the_partner_id_with_its_label_is_taken(chat: Chat) -> None:
    plan_id = plan_id_in(await chat.say("new plan"))
    await chat.say("MPN ID: 7654321")
    assert (await get(chat, plan_id)).mpn_id == "7654321"


async def test_a_misspelled_country_gets_a_one_click_suggestion_that_answers(chat: Chat) -> None:
    plan_id = plan_id_in(await chat.say("new plan"))
    await answer_until(chat, "market")
    replies = await chat.say("Frnace")
    assert "Did you mean **France**?" in shown(replies)
    assert (await get(chat, plan_id)).market is None  # nothing guessed
    replies = await chat.click(_button(replies, "France"))
    assert (await get(chat, plan_id)).market == "FR"
    assert "fund type" in shown(replies).lower()


async def test_a_misspelled_choice_gets_a_suggestion_in_french(chat: Chat) -> None:
    fr = "fr-FR"
    plan_id = plan_id_in(await chat.say("nouveau plan", locale=fr))
    await chat.say("1234567", locale=fr)
    replies = await chat.say("CSP revendeur indirrect", locale=fr)
    assert "Vouliez-vous dire" in shown(replies)
    data = _button(replies, "CSP Revendeur indirect")
    await chat.click(data)
    assert (await get(chat, plan_id)).program == "csp_indirect_reseller"


async def test_words_in_another_order_name_the_choice(chat: Chat) -> None:
    fr = "fr-FR"
    plan_id = plan_id_in(await chat.say("nouveau plan", locale=fr))
    await chat.say("1234567", locale=fr)
    await chat.say("revendeur indirect CSP", locale=fr)
    assert (await get(chat, plan_id)).program == "csp_indirect_reseller"


@pytest.mark.parametrize(
    ("typed", "locale", "amount", "said"),
    [
        ("12k", "en-US", Decimal("12000"), "EUR 12,000.00"),
        ("25k€", "fr-FR", Decimal("25000"), "25 000,00"),
        ("12 500 € HT", "fr-FR", Decimal("12500"), "lu hors taxes"),
        ("about 1,200", "en-US", Decimal("1200"), "an estimate"),
        ("2 400 EUR TTC", "fr-FR", Decimal("2400"), "lu toutes taxes comprises"),
    ],
)
async def test_amounts_as_partners_type_them(
    chat: Chat, typed: str, locale: str, amount: Decimal, said: str
) -> None:
    plan_id = plan_id_in(await chat.say("new plan", locale=locale))
    # The English script (EUR) up to the plan limit; its answers read the same in French.
    for field, answer in EN_ANSWERS:
        if field == "plan_limit":
            break
        await chat.say(answer, locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert said in texts(replies).replace("\u202f", " ").replace("\xa0", " ")
    assert (await get(chat, plan_id)).plan_limit == amount


# A choice read from a number or from part of its name is said back before the next
# question, so a slip ("1" for "2") shows at once and not at the review; a click or the
# choice's whole name needs no echo.
@pytest.mark.parametrize(
    ("typed", "locale", "said"),
    [
        ("1", "en-US", "✓ CSP Direct Bill"),
        ("3", "fr-FR", "✓ CSP Revendeur indirect"),
        ("indirect reseller", "en-US", "✓ CSP Indirect Reseller"),
        ("revendeur indirect CSP", "fr-FR", "✓ CSP Revendeur indirect"),
    ],
)
async def test_a_choice_read_from_a_number_or_part_of_its_name_is_said_back(
    chat: Chat, typed: str, locale: str, said: str
) -> None:
    plan_id_in(await chat.say("new plan" if locale == "en-US" else "nouveau plan", locale=locale))
    await chat.say("1234567", locale=locale)
    replies = await chat.say(typed, locale=locale)
    # Said back first, then the next question.
    assert [reply.text for reply in replies][:1] == [said], shown(replies)
    assert len(replies) == 2


@pytest.mark.parametrize("typed", ["CSP Indirect Reseller", "csp indirect reseller"])
async def test_a_choice_named_whole_is_not_said_back(chat: Chat, typed: str) -> None:
    plan_id = plan_id_in(await chat.say("new plan"))
    await chat.say("1234567")
    replies = await chat.say(typed)
    assert (await get(chat, plan_id)).program == "csp_indirect_reseller"
    assert not [reply for reply in replies if (reply.text or "").startswith("✓")], shown(replies)
    assert len(replies) == 1


async def test_a_clicked_choice_is_not_said_back(chat: Chat) -> None:
    plan_id = plan_id_in(await chat.say("new plan"))
    replies = await chat.say("1234567")
    # The card's drop-down: its value comes with the OK button's data.
    replies = await chat.click({**_button(replies, "OK"), "answer": "csp_indirect_reseller"})
    assert (await get(chat, plan_id)).program == "csp_indirect_reseller"
    assert not [reply for reply in replies if (reply.text or "").startswith("✓")], shown(replies)


# Seen in the Playground: at "For which usage period?" (FY27 H1, FY27 H2) "h2" was
# refused: "h2" isn't a usage period. Type it like FY27 H1.
@pytest.mark.parametrize(("typed", "locale"), [("h2", "en-US"), ("H2", "fr-FR")])
async def test_a_word_only_one_choice_has_names_it(chat: Chat, typed: str, locale: str) -> None:
    plan_id = plan_id_in(await chat.say("new plan", locale=locale))
    await answer_until(chat, "period", locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert (await get(chat, plan_id)).period == "FY27 H2", shown(replies)
    assert [reply.text for reply in replies][:1] == ["✓ FY27 H2"]


@pytest.mark.parametrize(
    ("locale", "typed", "codes"),
    [
        ("fr-FR", "en France", ["FR"]),
        ("fr-FR", "en France et au Luxembourg", ["FR", "LU"]),
        ("en-US", "in Germany and in Italy", ["DE", "IT"]),
        ("en-US", "IN", ["IN"]),  # India's code is still India
    ],
)
async def test_countries_with_in_or_en_before_them_are_read(
    chat: Chat, locale: str, typed: str, codes: list[str]
) -> None:
    """Seen off the script: « en France » got « Je ne connais pas le pays « en France ».
    Vouliez-vous dire France ? »: the way French says where an activity runs."""
    plan_id = plan_id_in(await chat.say("new plan", locale=locale))
    await answer_until(chat, "countries")
    replies = await chat.say(typed, locale=locale)
    assert "Did you mean" not in shown(replies) and "Vouliez-vous" not in shown(replies)
    assert (await get(chat, plan_id)).campaigns[0].activities[0].countries == codes
