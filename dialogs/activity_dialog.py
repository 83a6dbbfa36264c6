"""ActivityDialog: one activity of a campaign — type, description, countries, amount."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from botbuilder.dialogs import WaterfallStepContext

from dialogs.form_dialog import (
    Child,
    Done,
    Field,
    FormAnswer,
    Next,
    Question,
    ReadAs,
    field_table,
)
from dialogs.plan_form import PlanDraft, PlanFormDialog, shown_on_plan
from dialogs.recognizer import (
    Choice,
    match_choice,
    normalize,
    says_not_given,
    says_nothing_of_it,
    says_unsure,
)
from dialogs.services import Services
from dialogs.several import Reader, Several, label
from domain.countries import parse_countries
from domain.errors import UserInputError
from domain.money import (
    ReadAmount,
    as_a_most,
    as_unsure,
    figure_in_sentence,
    format_amount,
    minor_units,
    parse_amount,
    read_sum,
    read_two,
    split_remark,
)
from domain.plan import ACTIVITY_FIELDS, MAX_ACTIVITIES_PER_CAMPAIGN, MAX_DESCRIPTION_LENGTH
from domain.text import clean_text, excerpt, fold
from views import cards
from views.activity_names import activity_type_choices
from views.display import display_value
from views.strings import t

# The activity form's buttons: another activity of the campaign follows, or none.
MORE, LAST = "more", "last"


class ActivityDialog(PlanFormDialog):
    """Fills the activity's fields in order; with `edit` set, asks that field first."""

    back_order = ACTIVITY_FIELDS

    def __init__(self, services: Services) -> None:
        super().__init__(ActivityDialog.__name__, services)
        kept = {"holder": lambda draft: draft.activity, "display": shown_on_plan}
        self.fields = field_table(
            Field(
                "activity_type",
                lambda draft: t(
                    draft.locale,
                    "question.activity_type",
                    number=draft.campaign.activities.index(draft.activity) + 1,
                    campaign=display_value("name", draft.campaign.name, draft.plan, draft.locale),
                ),
                input="choice",
                choices=lambda draft: activity_type_choices(draft.locale),
                **kept,
            ),
            Field(
                "description",
                lambda draft: t(
                    draft.locale,
                    "question.description",
                    activity_type=t(draft.locale, f"activity.{draft.activity.activity_type}"),
                ),
                parse=_parse_description,
                max_length=MAX_DESCRIPTION_LENGTH,
                **kept,
            ),
            Field(
                "countries",
                lambda draft: t(draft.locale, "question.countries"),
                parse=_parse_countries,
                ack=True,
                **kept,
            ),
            Field(
                "planned_amount",
                lambda draft: t(
                    draft.locale, "question.planned_amount", currency=draft.plan.currency
                ),
                parse=_parse_planned,
                ack=True,
                after=self._over_limit,
                **kept,
            ),
        )

    def several_readers(self, draft: PlanDraft) -> list[Reader]:
        """ "salon, France et Belgique, 12 500 €, stand au Cloud Expo Paris pour les PME"."""
        return _activity_readers(self, draft)

    # -- the activity's card form ------------------------------------------------------------

    form_fields = ACTIVITY_FIELDS

    def _parse_answer(self, draft: PlanDraft, question: Question, answer: Any) -> Any:
        # "same as before" at a type: the type of the activity before, said back.
        if question.field == "activity_type" and isinstance(answer, str) and _says_same(answer):
            before = _before(draft, "activity_type")
            if before is not None:
                return ReadAs(before)
        if question.field == "activity_type" and isinstance(answer, str):
            # "a webinar and a trade show" at an activity's first answer: one each.
            listed = _types_listed(answer, question.choices or [])
            room = MAX_ACTIVITIES_PER_CAMPAIGN - len(draft.campaign.activities)
            if listed and draft.activity.activity_type is None and len(listed) - 1 <= room:
                return TypesListed(tuple(listed))
        return super()._parse_answer(draft, question, answer)

    async def apply(
        self, step: WaterfallStepContext, draft: PlanDraft, field_name: str, value: Any
    ) -> Next | None:
        """Types listed: the first is this activity's; each other begins an activity of
        the campaign with its type, asked after this one (the campaign goes on to an
        activity not finished before it asks for another)."""
        if not isinstance(value, TypesListed):
            return await super().apply(step, draft, field_name, value)
        first, *others = value.types
        draft.activity.activity_type = first.value
        begun = []
        for other in others:
            activity = draft.plan.add_activity(draft.campaign)
            activity.activity_type = other.value
            begun.append(
                t(
                    draft.locale,
                    "ack.activity_begun_item",
                    number=len(draft.campaign.activities),
                    activity_type=cards.escape(other.label),
                )
            )
        if not await self.save(step, draft):
            return None
        key = "ack.activity_begun" if len(begun) == 1 else "ack.activities_begun"
        campaign = display_value("name", draft.campaign.name, draft.plan, draft.locale)
        await step.context.send_activity(
            t(
                draft.locale,
                key,
                activity_type=cards.escape(first.label),
                campaign=campaign,
                activities=", ".join(begun),
            )
        )
        return None

    def form_title(self, draft: PlanDraft) -> str:
        campaign = draft.campaign
        number = (
            len(campaign.activities)
            if draft.activity not in campaign.activities
            else (campaign.activities.index(draft.activity) + 1)
        )
        name = display_value("name", campaign.name, draft.plan, draft.locale)
        return t(draft.locale, "form.activity_title", number=number, campaign=name)

    def form_buttons(self, draft: PlanDraft) -> list[cards.FormButton]:
        """Say with the same click whether another activity of the campaign follows."""
        return [
            cards.FormButton(t(draft.locale, "button.form_more_activities"), MORE),
            cards.FormButton(t(draft.locale, "button.form_last_activity"), LAST),
        ]

    def keep_several(self, draft: PlanDraft, answer: Several) -> None:
        super().keep_several(draft, answer)
        then = answer.then if isinstance(answer, FormAnswer) else None
        campaign = draft.campaign
        if then == LAST:
            campaign.activities_done = True
        elif then == MORE and len(campaign.activities) < MAX_ACTIVITIES_PER_CAMPAIGN:
            draft.plan.add_activity(campaign)

    async def next_step(self, draft: PlanDraft, options: dict[str, Any]) -> Question | Child | Done:
        activity = draft.activity
        assert activity is not None
        field_name = options.get("edit") or activity.missing_field()
        if field_name is None:
            return Done()
        return await self.question(draft, field_name)

    def just_begun(self, draft: PlanDraft) -> str | None:
        activity = draft.activity
        if activity is None or activity.pre_approval_id is not None:
            return None
        begun = all(getattr(activity, name) in (None, []) for name in ACTIVITY_FIELDS)
        return activity.id if begun else None

    async def _over_limit(self, step: WaterfallStepContext, draft: PlanDraft, value: Any) -> None:
        """Said when the plan's planned total now passes its limit."""
        plan = draft.plan
        if plan.plan_limit is None or plan.planned_total <= plan.plan_limit:
            return
        currency = plan.currency or "USD"
        await step.context.send_activity(
            t(
                draft.locale,
                "ack.over_limit",
                total=format_amount(plan.planned_total, currency, draft.locale),
                limit=format_amount(plan.plan_limit, currency, draft.locale),
            )
        )


@dataclass(frozen=True)
class TypesListed:
    """Activity types named in one answer, in the order said (two or more)."""

    types: tuple[Choice, ...]


# Between types listed in one answer: "a webinar and a trade show", « un webinaire puis un
# salon », "seminar + LinkedIn ads".
_BETWEEN_TYPES = re.compile(r"\s*(?:,|\+|&|;|\b(?:and|then|et|puis|ainsi que)\b)\s*", re.I)


def _types_listed(answer: str, choices: list[Choice]) -> list[Choice] | None:
    """The types an answer lists, each part naming one alone ("webinar, trade show"), two
    or more and all different; None when the whole names one ("Microsoft exams and
    tuition"), a part is no type or a figure ("seminar, France", "seminar, 3")."""
    if len(answer) > 200 or match_choice(answer, choices) is not None:
        return None
    parts = [part for part in _BETWEEN_TYPES.split(answer) if part.strip()]
    if not 2 <= len(parts) <= 6 or any(not re.search(r"[^\W\d_]", part) for part in parts):
        return None
    named = [match_choice(part.strip(), choices) for part in parts]
    if any(choice is None for choice in named):
        return None
    if len({choice.value for choice in named}) < len(named):
        return None
    return named


def _activity_readers(dialog: ActivityDialog, draft: PlanDraft) -> list[Reader]:
    return [
        dialog.reader(draft, "activity_type", label("type", "activity type", "type d'activité")),
        dialog.reader(draft, "description", label("description"), free_text=True),
        dialog.reader(draft, "countries", label("countries", "country", "pays")),
        dialog.reader(
            draft, "planned_amount", label("amount", "budget", "cost", "montant", "coût", "cout")
        ),
    ]


# "same as before", « les mêmes », « idem »: the countries (or the type) of the activity
# before (the plan's market's country at its first activity).
_SAME_AS_BEFORE = frozenset(
    normalize(words)
    for words in (
        *("same", "the same", "same as before", "same as above", "same countries", "ditto"),
        *("the same countries", "same as the last one", "same as last time", "same again"),
        *("same as previous", "same as the previous one", "same here"),
        *("idem", "pareil", "les memes", "les memes pays", "memes pays", "comme avant"),
        *("pareil que avant", "pareil qu avant", "comme precedemment", "comme la precedente"),
        *("le meme", "la meme chose"),
        # "the other activity" is the one before (seen at stop 52: « pareil que l'autre
        # activité » got « je ne connais pas le pays »).
        *("same as the other activity", "same as the other one", "same as the previous activity"),
        *("same as the last activity", "same countries as the other activity"),
        *("the same as the other activity", "same as the activity before", "like before"),
        "like the other one",
        *("pareil que l'autre activite", "comme l'autre activite", "pareil que l'autre"),
        *("comme l'autre", "comme l'activite precedente", "pareil que l'activite precedente"),
        *("les memes que l'autre activite", "les memes que l'activite precedente"),
        *("les memes pays que l'autre activite", "memes pays que l'autre activite"),
    )
)


# "the whole market", « tout le pays », "nationwide": the plan's market, whatever came before.
_THE_MARKET = frozenset(
    normalize(words)
    for words in (
        *("the whole market", "the market", "whole market", "the entire market", "all market"),
        *("the whole country", "the entire country", "whole country", "nationwide"),
        *("countrywide", "the market country", "all of the market", "all the market"),
        *("tout le marche", "le marche", "l ensemble du marche", "tout le pays", "le pays"),
        *("l ensemble du pays", "national", "au national", "le pays du marche"),
        # The market named (seen at stop 53: at a later activity "same as the market" took
        # the countries of the activity before).
        *("same as the market", "our market", "my market", "the plan s market"),
        *("same country as the plan", "same as the plan", "the plan market", "our country"),
        *("comme le marche", "pareil que le marche", "notre marche", "mon marche"),
        *("le marche du plan", "comme le plan", "pareil que le plan", "notre pays"),
    )
)


def _parse_countries(draft: PlanDraft, answer: str) -> list[str]:
    """The activity's countries; "same as before" is those of the activity before it in
    the plan, or the plan's market at its first activity; "the whole market" the market."""
    if normalize(answer[:60]).rstrip(" ?!.") in _THE_MARKET and draft.plan.market:
        return [draft.plan.market]
    if _says_same(answer):
        before = _before(draft, "countries")
        if before:
            return list(before)
        if draft.plan.market:
            return [draft.plan.market]
    return parse_countries(answer, draft.locale)


def _says_same(answer: str) -> bool:
    """ "same as before", « les mêmes », « idem »."""
    return normalize(answer[:60]).rstrip(" ?!") in _SAME_AS_BEFORE


def _before(draft: PlanDraft, attribute: str) -> Any:
    """The value of `attribute` on the latest activity before this one in the plan that has
    one; None when none has."""
    found = None
    for campaign in draft.plan.campaigns:
        for activity in campaign.activities:
            if activity is draft.activity:
                return found
            found = getattr(activity, attribute) or found
    return found


# "the rest", "all of it", « le reste »: what remains of the plan's limit.
_REST_OF_LIMIT = frozenset(
    normalize(words)
    for words in (
        *("the rest", "rest", "all of it", "all", "the remainder", "remainder", "what's left"),
        *("whatever is left", "whatever's left", "what is left", "all that's left", "the lot"),
        *("all the rest", "the remaining amount", "the rest of the limit", "the balance"),
        *("le reste", "tout", "le restant", "tout le reste", "ce qui reste", "ce qu'il reste"),
        *("le solde", "la totalite", "tout le restant", "le reste de la limite"),
    )
)
# "half of the limit", "20% of the plan limit", « la moitié du plafond », « 10 % »: that share
# of the plan's limit (folded text, punctuation kept: the "%").
_OF_THE_LIMIT = (
    r"(?:\s+(?:of\s+)?(?:the\s+|my\s+|du\s+|de\s+la\s+|de\s+l'|de\s+mon\s+|de\s+ma\s+)?"
    r"(?:plan\s+)?(?:limit|budget|plafond|limite|total|enveloppe)(?:\s+du\s+plan)?)?"
)
SHARE_PERCENT = r"(?:(?:about|around|environ)\s+)?(?P<percent>\d{1,3}(?:[.,]\d{1,2})?)\s?%"
SHARE_PART = r"(?:(?:the|a|la|le|un|une)\s+)?(?P<part>half|quarter|third|moitie|quart|tiers)"
_SHARE_OF_LIMIT = re.compile(f"{SHARE_PERCENT}{_OF_THE_LIMIT}|{SHARE_PART}{_OF_THE_LIMIT}")
_PARTS = {"half": 2, "moitie": 2, "quarter": 4, "quart": 4, "third": 3, "tiers": 3}
# "not sure yet", « pas encore sûr » (beside "TBD", "n/a": `says_not_given`).
_NOT_YET = frozenset(
    normalize(words)
    for words in ("not sure yet", "not decided", "not decided yet", "pas encore sur", "pas decide")
)


def _parse_planned(draft: PlanDraft, answer: str) -> ReadAmount:
    """What the activity is planned to cost: an amount, "the rest" of the plan's limit, or
    an estimate asked for where none is known yet ("TBD")."""
    plan, currency = draft.plan, draft.plan.currency or "USD"
    typed = normalize(answer[:60]).rstrip(" ?!.")
    if typed in _REST_OF_LIMIT and plan.plan_limit is not None:
        others = plan.planned_total - (draft.activity.planned_amount or 0)
        rest = plan.plan_limit - others
        if rest <= 0:
            raise UserInputError(
                "planned_amount_nothing_left",
                limit=format_amount(plan.plan_limit, currency, draft.locale),
            )
        read = ReadAmount(rest)
        read.notes = ("rest_of_limit",)
        return read
    share = _share_of_limit(answer)
    if share is not None and plan.plan_limit is not None:
        unit = Decimal(1).scaleb(-minor_units(currency))
        read = ReadAmount((plan.plan_limit * share).quantize(unit, rounding=ROUND_HALF_UP))
        read.notes = ("share_of_limit",)
        return read
    if says_not_given(answer) or says_unsure(answer) or typed in _NOT_YET:
        raise UserInputError("planned_amount_not_given")
    _refuse_per_period(draft, answer)
    # "12500 (approx)": a remark left aside (a plan's amounts are estimates).
    # "12500?": that figure, unsure, as "about 12500" is (a plan's amounts are estimates).
    typed_amount = split_remark(as_a_most(as_unsure(figure_in_sentence(answer))))[0]
    try:
        return parse_amount(typed_amount, currency, draft.locale)
    except UserInputError:
        # "12500 + 2000", "10000 for ads and 2500 for design": an estimate in parts, their
        # total, said back as such (it can be changed until the plan is submitted).
        total = read_sum(typed_amount, currency, draft.locale)
        if total is not None:
            total.notes = ("sum",)
            return total
        two = read_two(typed_amount, currency, draft.locale)
        if two is None:
            raise
    # "between 5000 and 6000", « de 5000 à 6000 »: one figure an activity, each offered.
    raise UserInputError(
        "planned_amount_which",
        value=excerpt(answer),
        options=[(format(read, "f"), format_amount(read, currency, draft.locale)) for read in two],
    )


# "10000 per month", "10k/month", « 10 000 € par mois »: an amount for a part of the campaign.
_PER_PERIOD = re.compile(
    r"\s*(?:per|a|an|each|every|/|par|chaque)\s*(?:months?|mo|weeks?|wk|days?|years?|mois"
    r"|semaines?|jours?|ans?|annees?)\.?$"
)


def _refuse_per_period(draft: PlanDraft, answer: str) -> None:
    """An amount said per month (or week, day, year): the plan takes the activity's total
    for its whole campaign, so that total is asked for, with the campaign's days."""
    typed = " ".join(fold(answer[:60]).replace("’", "'").split())
    per = _PER_PERIOD.search(typed)
    if per is None or per.start() == 0:
        return
    try:
        parse_amount(typed[: per.start()], draft.plan.currency or "USD", draft.locale)
    except UserInputError:
        return
    plan, campaign, locale = draft.plan, draft.campaign, draft.locale
    raise UserInputError(
        "planned_amount_per_period",
        value=answer[:60],
        campaign=display_value("name", campaign.name if campaign else None, plan, locale),
        start=display_value("start_date", campaign.start_date if campaign else None, plan, locale),
        end=display_value("end_date", campaign.end_date if campaign else None, plan, locale),
    )


def _share_of_limit(answer: str) -> Decimal | None:
    """The share of the plan's limit `answer` names ("half of the limit": 0.5), if any."""
    return share_said(answer, _SHARE_OF_LIMIT)


def share_said(answer: str, pattern: re.Pattern[str]) -> Decimal | None:
    """The share `answer` names in words `pattern` reads ("half of …", "20% of …": 0.5,
    0.2), if any (`SHARE_PERCENT` and `SHARE_PART` are its groups)."""
    said = pattern.fullmatch(" ".join(fold(answer[:60]).replace("’", "'").split()))
    if said is None:
        return None
    if said["part"]:
        return Decimal(1) / _PARTS[said["part"]]
    percent = Decimal(said["percent"].replace(",", "."))
    return percent / 100 if 0 < percent <= 100 else None


def _parse_description(draft: PlanDraft, answer: str) -> str:
    """What the activity is, in words a reviewer can judge: "n/a", "tbd", "x", "yes",
    "I don't know" say nothing."""
    text = clean_text(answer, max_length=MAX_DESCRIPTION_LENGTH, field="description")
    if says_nothing_of_it(text) or sum(char.isalnum() for char in text) < 3:
        raise UserInputError("description_says_nothing")
    if _SEE_ATTACHED.fullmatch(fold(text).strip(" .!")):
        raise UserInputError("description_see_attached", value=excerpt(text))
    return text


# "see attached", « voir pièce jointe » (folded): a plan carries no attachment (stop 57).
_SEE_ATTACHED = re.compile(
    r"(?:(?:please |pls |merci de |veuillez )?(?:see|voir|cf\.?|refer to|check|look at|details"
    r"|details are|all|everything|info|description|described|tout est|detail|details sont)"
    r"\s+(?:in\s+|dans\s+|en\s+)?)?(?:the\s+|la\s+|le\s+|les\s+|my\s+|our\s+)?"
    r"(?:attached(?:\s+(?:file|document|doc|brief|plan|pdf|deck))?|attachments?|enclosed"
    r"|pi[eè]ces? jointes?|pj|p\.j\.|fichiers? joints?|documents? joints?|ci-joint|ci joint"
    r"|attached\s+file)",
    re.IGNORECASE,
)
