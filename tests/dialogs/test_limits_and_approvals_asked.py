"""Rules of the program asked with no question open, seen at stop 59 running questions
partners ask through the bot: each got "I didn't understand that", or another question's
answer ("You have no claims yet", "There's nothing to cancel").

- "how many times can I resubmit?", « combien de fois puis-je resoumettre ? »: no count,
  time is what limits it;
- "what are impressions?", « c'est quoi les impressions ? »: the claim's question's help;
- "what is the co-op threshold?", "what is rebate?", "why did my co-op become rebate?",
  « c'est quoi le seuil co-op ? »: each program's threshold, below which co-op becomes rebate;
- "does my boss need to approve it?", "do I need approval?", « mon manager doit-il
  valider ? »: nobody in the organisation approves; who submits; Microsoft's reviewer decides;
- "can I withdraw a claim?", "can I undo a submission?", "can I cancel a claim?",
  « puis-je retirer ma réclamation ? »: a draft is deleted, a claim sent stays with the reviewer.

Through the real bot, dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import USER, Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed", "answer"),
    [
        (EN, "how many times can I resubmit?", "no limit on how many times"),
        (EN, "how many times can I resubmit a claim?", "no limit on how many times"),
        (EN, "is there a limit on resubmissions?", "no limit on how many times"),
        (EN, "can I resubmit more than once?", "no limit on how many times"),
        (EN, "how often can I resubmit my plan?", "90 days"),
        (FR, "combien de fois puis-je resoumettre ?", "pas de limite au nombre de fois"),
        (FR, "combien de fois peut-on renvoyer une réclamation ?", "45 jours"),
        (EN, "what are impressions?", "estimated number of people the activity reached"),
        (EN, "what are estimated impressions?", "estimated number of people"),
        (EN, "what does impressions mean?", "estimated number of people"),
        (FR, "c'est quoi les impressions ?", "nombre estimé de personnes"),
        (FR, "que veut dire impressions estimées ?", "nombre estimé de personnes"),
        (EN, "what is the co-op threshold?", "USD 10,000.00"),
        (EN, "what's the threshold?", "USD 1,500.00"),
        (EN, "what is rebate?", "**Rebate**"),
        (EN, "why did my co-op become rebate?", "**Rebate**"),
        (FR, "c'est quoi le seuil co-op ?", "10 000,00 USD"),
        (FR, "c'est quoi le rabais ?", "**rabais**"),
    ],
)
async def test_a_rule_asked_at_rest_is_answered(
    chat: Chat, locale: str, typed: str, answer: str
) -> None:
    said = await understood(chat, locale, typed)

    assert answer in said, said


@pytest.mark.parametrize(
    ("locale", "typed", "answer"),
    [
        (EN, "does my boss need to approve it?", "Microsoft"),
        (EN, "does my manager need to approve?", "Microsoft"),
        (EN, "do I need approval?", "Microsoft"),
        (EN, "do I need my manager's approval?", "Microsoft"),
        (FR, "mon manager doit-il valider ?", "Microsoft"),
        (FR, "faut-il une validation de mon responsable ?", "Microsoft"),
    ],
)
async def test_approval_asked_says_who_submits_and_who_approves(
    chat: Chat, locale: str, typed: str, answer: str
) -> None:
    user = Chat(chat.storage, user_id=USER, user_name="Uma User")
    said = await understood(user, locale, typed)

    assert answer in said, said
    assert "Ada Admin" in said, said  # who submits, in the organisation


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "can I withdraw a claim?"),
        (EN, "can I withdraw my claim?"),
        (EN, "can I undo a submission?"),
        (EN, "can I cancel a claim?"),
        (EN, "how do I withdraw my plan?"),
        (EN, "can I unsubmit it?"),
        (FR, "puis-je retirer ma réclamation ?"),
        (FR, "est-ce que je peux annuler une réclamation ?"),
        (FR, "puis-je annuler ma soumission ?"),
    ],
)
async def test_withdrawing_asked_says_what_can_be_deleted(
    chat: Chat, locale: str, typed: str
) -> None:
    said = await understood(chat, locale, typed)

    fr = locale == FR
    assert ("supprimer ma réclamation" if fr else "delete my claim") in said, said
    assert ("déjà soumis" if fr else "already submitted") in said, said


@pytest.mark.parametrize(
    ("locale", "typed", "answer"),
    [
        (EN, "how many times can I resubmit?", "no limit on how many times"),
        (FR, "c'est quoi les impressions ?", "nombre estimé de personnes"),
        (EN, "what is the co-op threshold?", "USD 10,000.00"),
    ],
)
async def test_in_a_claims_question_the_rule_is_answered_and_the_question_asked_again(
    chat: Chat, locale: str, typed: str, answer: str
) -> None:
    await claim_at(chat, locale, until="amount")

    said = shown(await chat.say(typed, locale=locale))

    assert answer in said, said
    assert ("Quel montant" if locale == FR else "How much") in said, said
