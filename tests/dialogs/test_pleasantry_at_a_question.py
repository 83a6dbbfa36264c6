"""A "thanks", "ok" or "hello" typed alone at a question is said to the bot, not the answer:
a campaign was named "thanks" and a claim "hello". They get a word back and the question
again, the draft unchanged; a name that only contains such a word is still a name.
Through the real bot, dialogs and a TinyDB store on disk."""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, claim_at_check, get_claim
from tests.dialogs.test_plan_journey import answer_until, get, plan_id_in, start_plan
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


async def test_thanks_at_a_campaign_name_is_not_its_name(chat: Chat) -> None:
    plan_id = plan_id_in(await chat.say("new plan"))
    await answer_until(chat, "name")

    replies = await chat.say("thanks!")

    assert [c.name for c in (await get(chat, plan_id)).campaigns] == [None]
    said = shown(replies)
    assert "You're welcome" in said
    assert "what is its name?" in said  # the question again
    await chat.say("Spring push")
    assert (await get(chat, plan_id)).campaigns[0].name == "Spring push"


async def test_merci_at_a_campaign_name_in_french(chat: Chat) -> None:
    fr = "fr-FR"
    plan_id = await start_plan(chat, fr)
    await answer_until(chat, "name", locale=fr)

    replies = await chat.say("merci", locale=fr)

    assert [c.name for c in (await get(chat, plan_id)).campaigns] == [None]
    assert "Avec plaisir" in shown(replies)
    assert "Quand commence" not in shown(replies)


async def test_hello_at_a_claim_name_keeps_the_claim(chat: Chat) -> None:
    claim_id = await claim_at(chat, EN, until="name")
    before = (await get_claim(chat, claim_id)).name

    replies = await chat.say("hello", locale=EN)

    assert (await get_claim(chat, claim_id)).name == before
    assert "Hello!" in shown(replies)
    assert "When did the activity run" not in shown(replies)


async def test_bonjour_at_a_claim_name_in_french(chat: Chat) -> None:
    claim_id = await claim_at(chat, FR, until="name")
    before = (await get_claim(chat, claim_id)).name

    replies = await chat.say("Bonjour", locale=FR)

    assert (await get_claim(chat, claim_id)).name == before
    assert "Bonjour !" in shown(replies)


async def test_ok_at_a_choice_asks_it_again_without_i_dont_know(chat: Chat) -> None:
    plan_id = plan_id_in(await chat.say("new plan"))
    await answer_until(chat, "program")

    replies = await chat.say("ok")

    assert (await get(chat, plan_id)).program is None
    assert "I don't know" not in shown(replies)
    assert "Which program" in shown(replies)


async def test_a_name_with_such_a_word_in_it_is_still_a_name(chat: Chat) -> None:
    plan_id = plan_id_in(await chat.say("new plan"))
    await answer_until(chat, "name")

    await chat.say("Thank you partners")

    assert (await get(chat, plan_id)).campaigns[0].name == "Thank you partners"


async def test_thanks_at_the_plan_review_shows_it_again(chat: Chat) -> None:
    plan_id = plan_id_in(await chat.say("new plan"))
    await answer_until(chat, "review")

    replies = await chat.say("thanks")

    assert "I don't know" not in shown(replies)
    assert "You're welcome! Your draft is kept" in shown(replies)
    assert f"Review of {plan_id}" in shown(replies)


async def test_merci_at_the_claim_check_shows_it_again(chat: Chat, files) -> None:
    claim_id = await claim_at_check(chat, files, FR)
    before = (await get_claim(chat, claim_id)).version

    replies = await chat.say("merci", locale=FR)

    assert "Je ne connais pas" not in shown(replies)
    assert "Avec plaisir" in shown(replies)
    assert claim_id in shown(replies)
    assert (await get_claim(chat, claim_id)).version == before


# Seen at stop 48: "👍" at a claim's name or date got '"👍": this question can't be skipped,
# a reviewer needs the answer' (read as leaving the answer out), and at rest "I didn't
# understand that". An emoji sent alone for "ok" or "thanks" is read as those words.
@pytest.mark.parametrize(
    ("locale", "until", "typed", "said"),
    [
        (EN, "name", "👍", "Your draft is kept"),
        (EN, "execution_date", "👍🏽", "Your draft is kept"),
        (EN, "name", "🙏", "You're welcome"),
        (FR, "execution_date", "👌", "Votre brouillon est conservé"),
        (FR, "name", "🙏", "Avec plaisir"),
    ],
)
async def test_an_emoji_alone_at_a_question_is_ok_or_thanks(
    chat: Chat, locale: str, until: str, typed: str, said: str
) -> None:
    claim_id = await claim_at(chat, locale, until=until)
    before = await get_claim(chat, claim_id)

    replies = await chat.say(typed, locale=locale)

    text = shown(replies)
    assert said in text and claim_id in text, text
    assert "skipped" not in text and "ignorée" not in text, text
    after = await get_claim(chat, claim_id)
    assert (after.name, after.execution_date) == (before.name, before.execution_date)


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "👍", "No question is waiting"),
        (EN, "🙏", "Glad to help"),
        (EN, "😊", "Glad to help"),
        (FR, "👍", "Aucune question"),
        (FR, "🙏", "Avec plaisir"),
    ],
)
async def test_an_emoji_alone_at_rest_is_ok_or_thanks(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    replies = await chat.say(typed, locale=locale)
    text = shown(replies)
    assert said in text, text
    assert "didn't understand" not in text and "n'ai pas compris" not in text, text


async def test_a_thumbs_up_at_a_yes_or_no_is_yes(chat: Chat) -> None:
    """As "ok" is: "Add another activity to this campaign?" 👍 asks for the next one."""
    plan_id = plan_id_in(await chat.say("new plan"))
    await answer_until(chat, "more_activities")

    replies = await chat.say("👍")

    assert len((await get(chat, plan_id)).campaigns[0].activities) == 2, shown(replies)


@pytest.mark.parametrize(
    ("locale", "typed", "hello"),
    [
        # Seen at stop 51: the campaign was named "tu es là ?" (« Quand commence **tu es
        # là ?** ? »); "are you there?" got the question's help.
        (FR, "tu es là ?", "Bonjour !"),
        (FR, "il y a quelqu'un ?", "Bonjour !"),
        (EN, "are you there?", "Hello!"),
        (EN, "anybody there?", "Hello!"),
    ],
)
async def test_are_you_there_at_a_campaign_name_is_not_its_name(
    chat: Chat, locale: str, typed: str, hello: str
) -> None:
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "name", locale=locale)

    replies = await chat.say(typed, locale=locale)

    assert [c.name for c in (await get(chat, plan_id)).campaigns] == [None]
    assert hello in shown(replies), shown(replies)
