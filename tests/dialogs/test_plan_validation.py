"""Every answer the plan refuses: said in the partner's language, re-asked, nothing saved.

Plus the plan-wide rules: one plan per MPN + fund + program + period, and the
planned amounts against the plan limit (a warning while drafting, a block at submit).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from domain.lifecycle import PlanStatus
from domain.plan import CAMPAIGN_FIELDS, PLAN_FIELDS, Plan
from tests.dialogs.test_plan_journey import (
    EN_ANSWERS,
    FR_ANSWERS,
    answer_until,
    get,
    last_card,
    start_plan,
    texts,
)
from tests.support import Chat, shown

EN, FR = "en-US", "fr-FR"
PASTE = ("Lorem ipsum dolor sit amet, " * 400)[:10_000]  # a 10,000-character paste


@dataclass(frozen=True)
class BadAnswer:
    case: str
    field: str
    typed: str
    # A phrase only the refusal says, in the partner's language.
    says: str


BAD_ANSWERS: list[tuple[str, BadAnswer]] = [
    (EN, BadAnswer("mpn too short", "mpn_id", "12", "isn't a Partner ID")),
    (FR, BadAnswer("mpn too short", "mpn_id", "12", "n'est pas un identifiant partenaire")),
    (EN, BadAnswer("mpn letters", "mpn_id", "ABC1234", "6 to 8 digits")),
    (FR, BadAnswer("mpn letters", "mpn_id", "ABC1234", "6 à 8 chiffres")),
    (EN, BadAnswer("unknown program", "program", "Xbox Live", 'I don\'t know "Xbox Live"')),
    (FR, BadAnswer("unknown program", "program", "Xbox Live", "Je ne connais pas « Xbox Live »")),
    (EN, BadAnswer("unknown country", "market", "Narnia", 'know the country "Narnia"')),
    (FR, BadAnswer("unknown country", "market", "Narnia", "Je ne connais pas le pays")),
    (EN, BadAnswer("two markets", "market", "France, Spain", "A plan is made for one market")),
    (FR, BadAnswer("two markets", "market", "France, Espagne", "un seul marché")),
    (EN, BadAnswer("unknown fund", "fund_type", "cash", "Pick one of the options")),
    (FR, BadAnswer("unknown fund", "fund_type", "liquide", "Choisissez une des options")),
    (EN, BadAnswer("unknown period", "period", "next year", "isn't a usage period")),
    (FR, BadAnswer("unknown period", "period", "l'an prochain", "n'est pas une période")),
    (EN, BadAnswer("unknown currency", "currency", "doubloons", "know the currency")),
    (FR, BadAnswer("unknown currency", "currency", "doublons", "Je ne connais pas la devise")),
    (EN, BadAnswer("gmail reviewer", "reviewer_email", "ana@gmail.com", "end in @microsoft.com")),
    (
        FR,
        BadAnswer(
            "gmail reviewer", "reviewer_email", "ana@gmail.com", "se terminer par @microsoft.com"
        ),
    ),
    (EN, BadAnswer("invalid e-mail", "reviewer_email", "ana at microsoft", "valid e-mail")),
    (FR, BadAnswer("invalid e-mail", "reviewer_email", "ana chez microsoft", "adresse e-mail")),
    (EN, BadAnswer("zero limit", "plan_limit", "0", "more than zero")),
    (FR, BadAnswer("zero limit", "plan_limit", "0", "supérieur à zéro")),
    (EN, BadAnswer("negative limit", "plan_limit", "-5,000", "more than zero")),
    (FR, BadAnswer("negative limit", "plan_limit", "-5 000", "supérieur à zéro")),
    (EN, BadAnswer("limit not a number", "plan_limit", "lots", "isn't an amount")),
    (FR, BadAnswer("limit not a number", "plan_limit", "beaucoup", "n'est pas un montant")),
    # Seen at stop 47: '"ana at microsoft dot com" isn't a valid e-mail address'.
    (
        EN,
        BadAnswer(
            "an address spelled", "reviewer_email", "ana at microsoft dot com", "ana@microsoft.com"
        ),
    ),
    (
        FR,
        BadAnswer(
            "an address spelled",
            "reviewer_email",
            "ana arobase microsoft point com",
            "ana@microsoft.com",
        ),
    ),
    # Seen at stop 47: "Please give just one country here.", with no why.
    (EN, BadAnswer("a region as the market", "market", "EMEA", "A plan is made for one market")),
    (EN, BadAnswer("the world as the market", "market", "worldwide", "a plan of its own")),
    (FR, BadAnswer("a region as the market", "market", "EMEA", "Un plan est fait pour un seul")),
    (EN, BadAnswer("limit in dollars", "plan_limit", "USD 50,000", "you typed an amount in USD")),
    (FR, BadAnswer("limit in dollars", "plan_limit", "50 000 $", "vous avez tapé un montant")),
    (EN, BadAnswer("too many decimals", "planned_amount", "12.3456", "in EUR (at most 2)")),
    (FR, BadAnswer("too many decimals", "planned_amount", "12,3456", "en EUR (au plus 2)")),
    (EN, BadAnswer("zero amount", "planned_amount", "0.00", "more than zero")),
    (FR, BadAnswer("zero amount", "planned_amount", "0,00", "supérieur à zéro")),
    (EN, BadAnswer("amount in dollars", "planned_amount", "$500", "you typed an amount in")),
    (FR, BadAnswer("amount in dollars", "planned_amount", "USD 500", "vous avez tapé un montant")),
    (EN, BadAnswer("impossible date", "start_date", "2027-02-30", "doesn't exist in the calendar")),
    (
        FR,
        BadAnswer("impossible date", "start_date", "30/02/2027", "n'existe pas dans le calendrier"),
    ),
    (EN, BadAnswer("unreadable date", "start_date", "next blursday", "can't read")),
    (FR, BadAnswer("unreadable date", "start_date", "un de ces quatre", "Je ne sais pas lire")),
    (EN, BadAnswer("end before start", "end_date", "2027-01-01", "before the start date")),
    (FR, BadAnswer("end before start", "end_date", "01/03/2027", "avant la date de début")),
    (EN, BadAnswer("unknown activity", "activity_type", "basket weaving", "Pick one of the")),
    (FR, BadAnswer("unknown activity", "activity_type", "vannerie", "Choisissez une des options")),
    (EN, BadAnswer("blank name", "name", "   ", "I need an answer")),
    (FR, BadAnswer("blank name", "name", "   ", "J'ai besoin d'une réponse")),
    (EN, BadAnswer("invisible name", "name", "\u200b\u200b", "I need some text")),
    (FR, BadAnswer("invisible name", "name", "\u200b\u200b", "J'ai besoin d'un texte")),
    (EN, BadAnswer("emoji description", "description", "🚀🚀", "only symbols or emoji")),
    (FR, BadAnswer("emoji description", "description", "🚀 🎉", "que des symboles ou des émojis")),
    (EN, BadAnswer("dots for a description", "description", "...", "only symbols or emoji")),
    (FR, BadAnswer("dashes for a name", "name", "- - -", "que des symboles ou des émojis")),
    (EN, BadAnswer("long name", "name", "Spring " * 30, "the most allowed is 120")),
    (FR, BadAnswer("long name", "name", "Printemps " * 20, "le maximum est 120")),
    (
        EN,
        BadAnswer(
            "pasted text",
            "description",
            PASTE,
            "10000 characters; the most I can take here is 1000.",
        ),
    ),
    (
        FR,
        BadAnswer(
            "pasted text",
            "description",
            PASTE,
            "10000 caractères ; je peux en prendre au plus 1000 ici",
        ),
    ),
    (EN, BadAnswer("pasted text", "name", PASTE, "the most I can take here is 120.")),
    (FR, BadAnswer("pasted text", "name", PASTE, "je peux en prendre au plus 120 ici")),
    (EN, BadAnswer("unknown country in list", "countries", "France, Atlantis", '"Atlantis"')),
    (FR, BadAnswer("unknown country in list", "countries", "France, Atlantide", "« Atlantide »")),
    (EN, BadAnswer("yes/no nonsense", "more_activities", "maybe", "answer yes or no")),
    (FR, BadAnswer("yes/no nonsense", "more_activities", "peut-être", "par oui ou par non")),
    (EN, BadAnswer("yes/no nonsense", "more_campaigns", "perhaps later", "answer yes or no")),
    (FR, BadAnswer("yes/no nonsense", "more_campaigns", "bof", "par oui ou par non")),
]


def good_answer(field: str, locale: str) -> str:
    answers = FR_ANSWERS if locale == FR else EN_ANSWERS
    return next(answer for asked, answer in answers if asked == field)


def answered(plan: Plan, field: str) -> object:
    """What the draft holds for `field` of the item being drafted (falsy: not answered)."""
    if field in PLAN_FIELDS:
        return getattr(plan, field)
    campaign = plan.campaigns[-1]
    if field in CAMPAIGN_FIELDS:
        return getattr(campaign, field)
    if field == "more_activities":
        return campaign.activities_done or len(campaign.activities) > 1
    if field == "more_campaigns":
        return plan.campaigns_done or len(plan.campaigns) > 1
    return getattr(campaign.activities[0], field)


def snapshot(plan: Plan) -> dict:
    return plan.model_dump(mode="json")


@pytest.mark.parametrize(
    ("locale", "bad"),
    BAD_ANSWERS,
    ids=[f"{bad.case}-{bad.field}-{locale[:2]}" for locale, bad in BAD_ANSWERS],
)
async def test_a_bad_answer_is_explained_in_the_partners_language_and_asked_again(
    chat: Chat, locale: str, bad: BadAnswer
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, bad.field, locale=locale)
    before = snapshot(await get(chat, plan_id))

    replies = await chat.say(bad.typed, locale=locale)

    assert bad.says in texts(replies) or bad.says in shown(replies)  # a card offering some
    assert snapshot(await get(chat, plan_id)) == before, "a refused answer changed the draft"
    assert not answered(Plan.model_validate(before), bad.field)
    # Still the same question: the script's answer for it is taken now.
    await chat.say(good_answer(bad.field, locale), locale=locale)
    assert answered(await get(chat, plan_id), bad.field)


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_refused_choice_shows_its_options_again(chat: Chat, locale: str) -> None:
    chat.locale = locale
    await start_plan(chat, locale)
    await answer_until(chat, "program", locale=locale)
    asked = last_card(await chat.say("Xbox Live", locale=locale))
    assert "csp_indirect_reseller" in asked.choice_values()


async def test_a_card_submit_with_an_empty_date_is_asked_again(chat: Chat) -> None:
    plan_id = await start_plan(chat)
    replies = await answer_until(chat, "start_date")
    before = snapshot(await get(chat, plan_id))
    replies = await chat.click(last_card(replies).submit_data("OK"))  # Input.Date left empty
    assert "I need an answer here" in texts(replies)
    assert snapshot(await get(chat, plan_id)) == before


# -- one plan per MPN + fund + program + period ------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "says", "other_period"),
    [(EN, "There is already a plan", "FY27 H1"), (FR, "Il existe déjà un plan", "FY27 H1")],
)
async def test_a_second_plan_for_the_same_key_is_refused_with_the_existing_id(
    chat: Chat, locale: str, says: str, other_period: str
) -> None:
    chat.locale = locale
    first_id = await start_plan(chat, locale)
    await answer_until(chat, "review", locale=locale)
    await chat.say("cancel" if locale == EN else "annuler", locale=locale)

    second_id = await start_plan(chat, locale)
    await answer_until(chat, "period", locale=locale)
    replies = await chat.say(good_answer("period", locale), locale=locale)

    assert says in texts(replies) and first_id in texts(replies)
    second = await get(chat, second_id)
    assert second.period is None, "the duplicate period was kept"
    assert last_card(replies).submit_data(other_period)  # the period is asked again

    await chat.say(other_period, locale=locale)
    second = await get(chat, second_id)
    assert second.period == other_period
    assert (await get(chat, first_id)).period == good_answer("period", locale)


# -- planned amounts against the plan limit ----------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "limit", "amount", "warns", "blocked"),
    [
        (EN, "1,000", "2,500", "above the plan limit of EUR 1,000.00", "I can't submit"),
        (FR, "1 000", "2 500", "au-dessus du plafond du plan", "Je ne peux pas encore soumettre"),
    ],
)
async def test_planned_amounts_over_the_limit_warn_while_drafting_and_block_at_submit(
    chat: Chat, locale: str, limit: str, amount: str, warns: str, blocked: str
) -> None:
    chat.locale = locale
    answers = [
        (field, limit if field == "plan_limit" else amount if field == "planned_amount" else text)
        for field, text in (FR_ANSWERS if locale == FR else EN_ANSWERS)
    ]
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "planned_amount", answers, locale)
    replies = await chat.say(amount, locale=locale)
    assert "⚠️" in texts(replies) and warns in texts(replies)
    # A warning only: the amount is kept and the dialog goes on.
    plan = await get(chat, plan_id)
    assert plan.campaigns[0].activities[0].planned_amount is not None

    no = "non" if locale == FR else "no"
    await chat.say(no, locale=locale)  # no more activities
    review = last_card(await chat.say(no, locale=locale))  # no more campaigns
    assert "⛔" in review.shown

    # Blocked, the card leads with the fix and offers no Submit; typed, submit says why.
    titles = [action["title"] for action in review.card["actions"]]
    assert "Soumettre pour approbation" not in titles and "Submit for approval" not in titles
    replies = await chat.say("soumettre" if locale == FR else "submit", locale=locale)
    assert blocked in texts(replies) and plan_id in texts(replies)
    assert "⛔" in last_card(replies).shown  # the review again, with the problem listed
    plan = await get(chat, plan_id)
    assert plan.status is PlanStatus.EDITING
    assert not [h for h in plan.history if h.status == PlanStatus.SUBMITTED.value]
