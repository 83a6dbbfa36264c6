"""The rules a partner asks about before or after claiming, with no question open.

Seen at stop 42 and again at stop 43 (a partner with a saved claim draft): "is there a
minimum claim amount?", "what is the maximum I can claim?", "can I edit a submitted
claim?", "can I submit two claims for one activity?" got the status list (the word
"claim" and a question mark); "can I change my claim after submitting?" **opened the
draft**; "what currency should I use?" got "I didn't understand that". The web form says
none of it; the bot holds every one of these rules (the claim's check applies them).
Through the real bot, dialogs and a TinyDB store on disk, in English and French.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

SAVE = {EN: "save", FR: "enregistrer"}
# What the status list and an opened draft say: neither answers these questions.
NOT_ANSWERS = ("Where things stand", "Où en sont", "Picking up claim", "Reprise de la réclamation")


async def _asked_beside_a_saved_draft(chat: Chat, locale: str, typed: str) -> str:
    chat.locale = locale
    await claim_at(chat, locale)
    await chat.say(SAVE[locale], locale=locale)
    said = await understood(chat, locale, typed)
    assert not any(wrong in said for wrong in NOT_ANSWERS), said
    return said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "is there a minimum claim amount?"),
        (EN, "what is the minimum amount for a claim?"),
        (EN, "what is the maximum I can claim?"),
        (EN, "is there a maximum claim amount?"),
        (EN, "is there a cap on claims?"),
        (FR, "y a-t-il un montant minimum pour une réclamation ?"),
        (FR, "quel est le montant maximum d'une réclamation ?"),
        (FR, "quel est le plafond d'une réclamation ?"),
    ],
)
async def test_how_much_a_claim_may_be(chat: Chat, locale: str, typed: str) -> None:
    said = await _asked_beside_a_saved_draft(chat, locale, typed)

    no_minimum, funds, cap = {
        EN: ("no minimum", "my funds", "USD 18,750"),
        FR: ("pas de minimum", "mes fonds", "18 750,00 USD"),
    }[locale]
    assert no_minimum in said and funds in said and cap in said, said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "can I edit a submitted claim?"),
        (EN, "can I change my claim after submitting?"),
        (EN, "can I modify a claim once it's submitted?"),
        (EN, "can I edit my plan after submitting it?"),
        (FR, "puis-je modifier une réclamation soumise ?"),
        (FR, "est-ce que je peux changer ma réclamation après l'avoir soumise ?"),
        (FR, "peut-on modifier le plan après soumission ?"),
        (FR, "Est-ce que je peux modifier ma réclamation envoyée ?"),
        # Seen at stop 46: the status list ("PLN-… was approved on …").
        (EN, "can I add an activity to my approved plan?"),
        (EN, "can I change my approved plan?"),
        (FR, "puis-je ajouter une activité à mon plan approuvé ?"),
        # Seen at stop 47: the status list (« je peux … » was not read as asking).
        (FR, "je peux modifier mon plan approuvé ?"),
        (FR, "on peut changer une réclamation soumise ?"),
    ],
)
async def test_what_can_change_once_submitted(chat: Chat, locale: str, typed: str) -> None:
    said = await _asked_beside_a_saved_draft(chat, locale, typed)

    words = {
        EN: ("can no longer be changed", "Action required", "dispute", "continue my claim"),
        FR: (
            *("ne peut plus être modifié", "Action requise", "contester"),
            "reprendre ma réclamation",
        ),
    }[locale]
    assert all(word in said for word in words), said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "can I submit two claims for one activity?"),
        (EN, "can I make several claims for the same activity?"),
        (EN, "can I split an activity into multiple claims?"),
        (FR, "puis-je faire plusieurs réclamations pour une même activité ?"),
        (FR, "peut-on soumettre deux réclamations pour une activité ?"),
        (EN, "can I claim the webinar twice?"),
        (FR, "puis-je réclamer le salon deux fois ?"),
    ],
)
async def test_several_claims_for_one_activity(chat: Chat, locale: str, typed: str) -> None:
    said = await _asked_beside_a_saved_draft(chat, locale, typed)

    words = {
        EN: ("several claims", "remains planned", "duplicate"),
        FR: ("plusieurs réclamations", "reste prévu", "doublon"),
    }[locale]
    assert all(word in said for word in words), said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "how many claims can I submit?"),
        (EN, "how many claims can I make?"),
        (EN, "is there a limit to the number of claims?"),
        (EN, "can I submit multiple claims?"),
        (FR, "combien de réclamations puis-je soumettre ?"),
        (FR, "y a-t-il une limite au nombre de réclamations ?"),
        (FR, "puis-je faire plusieurs réclamations ?"),
    ],
)
async def test_how_many_claims(chat: Chat, locale: str, typed: str) -> None:
    """Seen at stop 46: "how many claims can I submit?" got the status list ("You have no
    claims yet"), which says nothing of a limit: there is no set number, money limits them."""
    said = await _asked_beside_a_saved_draft(chat, locale, typed)

    words = {
        EN: ("no set number", "remains planned", "co-op left"),
        FR: ("pas de nombre fixé", "reste prévu", "co-op restant"),
    }[locale]
    assert all(word in said for word in words), said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "how many plans can I have?"),
        (EN, "can I have two plans?"),
        (EN, "can I have more than one plan?"),
        (EN, "is there a limit to the number of plans?"),
        (FR, "combien de plans puis-je avoir ?"),
        (FR, "puis-je avoir deux plans ?"),
        (FR, "peut-on avoir plusieurs plans ?"),
    ],
)
async def test_how_many_plans(chat: Chat, locale: str, typed: str) -> None:
    """Seen at stop 52: "how many plans can I have?", "can I have two plans?", « combien de
    plans puis-je avoir ? » got the status list ("PLN-… was approved"), which says nothing
    of how many: one plan per Partner ID, program, fund type and period, with as many
    campaigns and activities as needed."""
    said = await _asked_beside_a_saved_draft(chat, locale, typed)

    words = {
        EN: ("one plan", "program", "period", "as many campaigns"),
        FR: ("un plan", "programme", "période", "autant de campagnes"),
    }[locale]
    assert all(word in said for word in words), said
    assert "Where things stand" not in said and "Où en sont les choses" not in said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "what currency should I use?"),
        (EN, "which currency do I claim in?"),
        (EN, "can I claim in USD?"),
        (FR, "quelle devise utiliser ?"),
        (FR, "dans quelle devise dois-je saisir les montants ?"),
        (FR, "en quelle monnaie ?"),
    ],
)
async def test_which_currency(chat: Chat, locale: str, typed: str) -> None:
    said = await _asked_beside_a_saved_draft(chat, locale, typed)

    words = {
        EN: ("plan's currency", "bank profile"),
        FR: ("devise du plan", "profil bancaire"),
    }[locale]
    assert all(word in said for word in words), said
    assert "isn't a type" not in said and "pas un type" not in said, said


@pytest.mark.parametrize(
    ("locale", "typed", "means"),
    [
        (EN, "what currency should I use?", "The currency of the plan, as an ISO code"),
        (FR, "quelle devise utiliser ?", "La devise du plan, en code ISO"),
    ],
)
async def test_asked_at_the_plans_currency_question_gets_that_questions_help(
    chat: Chat, locale: str, typed: str, means: str
) -> None:
    from tests.dialogs.test_plan_journey import answer_until, start_plan

    chat.locale = locale
    await start_plan(chat, locale)
    await answer_until(chat, "currency", locale=locale)

    said = shown(await chat.say(typed, locale=locale))

    assert means in said and "bank profile" not in said and "profil bancaire" not in said, said


@pytest.mark.parametrize(
    ("locale", "typed", "asked_again"),
    [
        (EN, "is there a minimum claim amount?", "How much are you claiming"),
        (FR, "y a-t-il un montant minimum pour une réclamation ?", "Quel montant réclamez-vous"),
    ],
)
async def test_asked_in_a_claims_question_it_is_answered_then_asked_again(
    chat: Chat, locale: str, typed: str, asked_again: str
) -> None:
    chat.locale = locale
    await claim_at(chat, locale, until="amount")

    said = shown(await chat.say(typed, locale=locale))

    assert "no minimum" in said or "pas de minimum" in said, said
    assert asked_again in said, said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "any update on my submitted claim?"),
        (EN, "where is my submitted claim?"),
        (FR, "des nouvelles de ma réclamation soumise ?"),
        # How many one has, not how many one may have.
        (EN, "how many claims do I have?"),
        (FR, "combien de réclamations ai-je ?"),
    ],
)
async def test_where_a_submitted_claim_stands_is_still_the_status(
    chat: Chat, locale: str, typed: str
) -> None:
    chat.locale = locale
    await claim_at(chat, locale)
    await chat.say(SAVE[locale], locale=locale)

    said = await understood(chat, locale, typed)

    # Where claims stand (the partner's, or which are submitted), not what changes then.
    stands = ("Where things stand", "Où en sont", "Submitted", "Soumise")
    stands += ("haven't submitted a claim yet", "n'avez encore soumis aucune")
    assert any(words in said for words in stands), said
    assert "no longer be changed" not in said and "ne peut plus" not in said, said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "can I change the currency to USD?"),
        (FR, "pouvez-vous mettre la devise en USD ?"),
    ],
)
async def test_a_change_of_currency_asked_as_a_question_is_no_question_about_it(
    chat: Chat, locale: str, typed: str
) -> None:
    """Found writing the currency answer: at a plan's review, "can I change the currency to
    USD?" got what currency amounts are in; it changes the currency (test_plan_change_to)."""
    from tests.dialogs.test_plan_journey import answer_until, start_plan

    chat.locale = locale
    await start_plan(chat, locale)
    await answer_until(chat, "review", locale=locale)

    said = shown(await chat.say(typed, locale=locale))

    assert "bank profile" not in said and "profil bancaire" not in said, said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "what currency is my plan in?"), (FR, "quelle est la devise de mon plan ?")],
)
async def test_the_currency_answer_names_the_plans_currencies(
    chat: Chat, locale: str, typed: str
) -> None:
    """Seen at stop 43: "what currency is my plan in?" got the general answer only; the
    latest plans' own currencies are said too."""
    from tests.dialogs.claim_support import approved_plan, seed_funds

    await seed_funds(chat)
    plan = await approved_plan(chat, currency="GBP")

    said = await understood(chat, locale, typed)

    assert f"{plan.id}" in said and "GBP" in said, said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        # Seen at stop 51: "You have no claims yet" ("claims" and a question mark), while
        # the claim's check rejects an invoice already on another claim.
        (EN, "can I use one invoice for two claims?"),
        (EN, "can I split an invoice across two claims?"),
        (EN, "can I use the same invoice again?"),
        (EN, "can I claim the same invoice twice?"),
        (FR, "puis-je utiliser la même facture pour deux réclamations ?"),
        (FR, "peut-on répartir une facture sur plusieurs réclamations ?"),
    ],
)
async def test_one_invoice_on_two_claims(chat: Chat, locale: str, typed: str) -> None:
    said = await _asked_beside_a_saved_draft(chat, locale, typed)

    words = {
        EN: ("claimed once", "same number from the same supplier"),
        FR: ("ne se réclame qu'une fois", "même numéro du même fournisseur"),
    }[locale]
    assert all(word in said for word in words), said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        # Seen at stop 51: "I didn't understand that"; the currency asked about ("what if my
        # invoice is in another currency?") got the plan's currency without what to do with
        # the invoice, which the claim's check asks of it.
        (EN, "my invoice is in euros but the plan is in dollars"),
        (EN, "what if my invoice is in another currency?"),
        (EN, "can I claim an invoice in dollars?"),
        (FR, "ma facture est en dollars mais le plan est en euros"),
        (FR, "et si ma facture est dans une autre devise ?"),
    ],
)
async def test_an_invoice_in_another_currency(chat: Chat, locale: str, typed: str) -> None:
    said = await _asked_beside_a_saved_draft(chat, locale, typed)

    words = {
        EN: ("plan's currency", "converted", "exchange rate"),
        FR: ("devise du plan", "converti", "taux de change"),
    }[locale]
    assert all(word in said for word in words), said
