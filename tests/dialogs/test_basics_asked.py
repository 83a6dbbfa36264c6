"""The first questions of a partner new to co-op, at rest: what a plan and a claim are.

Seen at stop 48: "what is a claim?" got "You have no claims yet", "what is a plan?" and "do I
need a plan before claiming?" the status list, "what's the difference between a plan and a
claim?" "You have no claims yet"; « c'est quoi une réclamation ? » the same. They get what
co-op is: the plan first (what you will do, approved), then a claim for what ran, with its
proof. "I lost my draft", « j'ai perdu mon brouillon » got "I didn't understand that": the
drafts kept are listed. Through the real bot, dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at
from tests.support import Chat, shown

ABOUT = ("co-op claims plan", "plan de réclamations co-op")


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "what is a claim?"),
        (EN, "What's a plan?"),
        (EN, "what's the difference between a plan and a claim?"),
        (EN, "do I need a plan before claiming?"),
        (EN, "can I claim without a plan?"),
        (FR, "c'est quoi une réclamation ?"),
        (FR, "qu'est-ce qu'un plan ?"),
        (FR, "quelle est la différence entre un plan et une réclamation ?"),
        (FR, "faut-il un plan pour réclamer ?"),
        # Seen at stop 55: "Vous n'avez encore aucune réclamation" (no articles said).
        (FR, "quelle différence entre plan et réclamation ?"),
        (EN, "difference between a claim and a plan?"),
        (EN, "what's the difference between plans and claims?"),
        (FR, "plan ou réclamation, quelle différence ?"),
    ],
)
async def test_what_a_plan_and_a_claim_are(chat: Chat, locale: str, typed: str) -> None:
    replies = await chat.say(typed, locale=locale)

    text = shown(replies)
    assert any(words in text for words in ABOUT), text
    assert "no claims yet" not in text and "aucune réclamation" not in text, text


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "I lost my draft"),
        (EN, "I can't find my draft"),
        (EN, "my draft disappeared"),
        (FR, "j'ai perdu mon brouillon"),
        (FR, "je ne trouve plus mon brouillon"),
        # The claims sent, asked at rest (seen with the first questions, below): it is listed.
        (EN, "show me my last claim"),
        (EN, "my latest claim"),
        (EN, "what did I submit?"),
        (EN, "what have I submitted so far?"),
        (FR, "ma dernière réclamation"),
        (FR, "qu'est-ce que j'ai soumis ?"),
        # Seen at stop 56: "I didn't understand that".
        (EN, "what did I just submit?"),
        (EN, "my last submission"),
        (EN, "show me what I submitted"),
        (EN, "my submissions"),
        (FR, "qu'est-ce que je viens de soumettre ?"),
        (FR, "mes soumissions"),
    ],
)
async def test_a_partners_claim_is_found_from_rest(chat: Chat, locale: str, typed: str) -> None:
    claim_id = await claim_at(chat, locale, until="amount")
    await chat.say("annuler" if locale == FR else "cancel", locale=locale)

    replies = await chat.say(typed, locale=locale)

    text = shown(replies)
    assert claim_id in text, text
    assert "didn't understand" not in text and "n'ai pas compris" not in text, text


# Seen at stop 48 at rest: "what's the limit?", "is there a maximum?", « quel est le
# plafond ? », « c'est quoi la limite ? » got "I didn't understand that" while "what is the
# maximum claim amount?" was answered: the claim's limits (no minimum; the caps).
@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "what's the limit?", "There is no minimum"),
        (EN, "what is the cap?", "There is no minimum"),
        (EN, "is there a maximum?", "There is no minimum"),
        (EN, "any limits?", "There is no minimum"),
        (FR, "quel est le plafond ?", "Il n'y a pas de minimum"),
        (FR, "y a-t-il un maximum ?", "Il n'y a pas de minimum"),
        (FR, "c'est quoi la limite ?", "Il n'y a pas de minimum"),
        # Seen at stop 56: "You have no claims yet", and without its "?" "I didn't
        # understand that".
        (EN, "what's the most I can claim?", "There is no minimum"),
        (EN, "what is the most I can claim", "There is no minimum"),
        (EN, "what's the most we can claim for one activity?", "There is no minimum"),
    ],
)
async def test_the_limit_asked_at_rest(chat: Chat, locale: str, typed: str, said: str) -> None:
    replies = await chat.say(typed, locale=locale)
    assert said in shown(replies), shown(replies)


# Seen at stop 48 at rest: "am I too late to claim?", "can I still claim?" got "You have no
# claims yet", "is it too late?", « est-ce trop tard ? » "I didn't understand that": when
# claims are taken, with today's periods. "I'm new here", "where do I start?", « par où
# commencer ? » got "I didn't understand that": what co-op is and how to start. "show me my
# last claim" and "what did I submit?" too: the claims, and where everything stands.
@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "am I too late to claim?", "once the activity has run"),
        (EN, "is it too late?", "once the activity has run"),
        (EN, "can I still claim?", "once the activity has run"),
        (FR, "est-ce trop tard ?", "une fois l'activité réalisée"),
        (FR, "est-il trop tard pour réclamer ?", "une fois l'activité réalisée"),
        (EN, "I'm new here", "co-op claims plan"),
        (EN, "where do I start?", "co-op claims plan"),
        (EN, "how do I get started?", "co-op claims plan"),
        (FR, "je suis nouveau", "plan de réclamations co-op"),
        (FR, "par où commencer ?", "plan de réclamations co-op"),
    ],
)
async def test_first_questions_at_rest(chat: Chat, locale: str, typed: str, said: str) -> None:
    replies = await chat.say(typed, locale=locale)
    text = shown(replies)
    assert said in text, text
    assert "no claims yet" not in text and "aucune réclamation" not in text, text


# Seen at stop 56: "who are you?", "are you a bot?", "who am I talking to?", « qui
# êtes-vous ? », « tu es un robot ? » got "I didn't understand that": what the assistant is
# (automated, not a person), what it does, and whom to ask for a decision. In a question,
# the same, and the question again. "how do I switch to French?", « comment changer de
# langue ? » got "I didn't understand that": the language asked (or switched, when named).
@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "who are you?", "an automated assistant"),
        (EN, "are you a bot?", "an automated assistant"),
        (EN, "who am I talking to?", "an automated assistant"),
        (EN, "am I talking to a human?", "an automated assistant"),
        (FR, "qui êtes-vous ?", "un assistant automatisé"),
        (FR, "tu es un robot ?", "un assistant automatisé"),
        (FR, "à qui je parle ?", "un assistant automatisé"),
    ],
)
async def test_who_the_assistant_is(chat: Chat, locale: str, typed: str, said: str) -> None:
    text = shown(await chat.say(typed, locale=locale))
    assert said in text and ("**help**" in text or "**aide**" in text), text


async def test_who_the_assistant_is_in_a_question(chat: Chat) -> None:
    await claim_at(chat, EN, until="amount")
    text = shown(await chat.say("are you a bot?", locale=EN))
    assert "an automated assistant" in text and "How much are you claiming" in text, text


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "how do I change my language?", "Which language should I answer in?"),
        (EN, "how can I change the language?", "Which language should I answer in?"),
        (EN, "how do I switch to French?", "je vous réponds en français"),
        (FR, "comment changer de langue ?", "Dans quelle langue"),
        (FR, "comment passer en anglais ?", "I'll answer in English"),
    ],
)
async def test_how_to_change_the_language(chat: Chat, locale: str, typed: str, said: str) -> None:
    text = shown(await chat.say(typed, locale=locale))
    assert said in text, text
