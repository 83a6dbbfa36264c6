"""PlanDialog: a co-op claims plan from its first field to its submission.

Fills the plan's own fields, then its campaigns (CampaignDialog) until the partner
says there are no more, then shows the review, from which every part can be
changed, added or removed, the draft saved, or the plan submitted.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from babel.numbers import get_territory_currencies
from botbuilder.dialogs import WaterfallStepContext

from dialogs.activity_dialog import SHARE_PART, SHARE_PERCENT, ActivityDialog, share_said
from dialogs.campaign_dialog import DATE_FIELDS, CampaignDialog, usage_period
from dialogs.form_dialog import (
    DECLINED,
    Child,
    Done,
    Field,
    Next,
    Question,
    ReadAs,
    field_table,
    kept_now,
    put_back,
)
from dialogs.plan_form import WALKED_BACK, PlanDraft, PlanFormDialog, shown_on_plan
from dialogs.recognizer import (
    SUBMIT_WORDS,
    TOTAL_WORDS,
    Choice,
    asked_among,
    asks_what_stops,
    exact_choice,
    judged_fine,
    normalize,
    says_as_last_time,
)
from dialogs.review_actions import EditTarget, ReviewAction
from dialogs.review_words import (
    Changes,
    ChangeTo,
    Split,
    add_choices,
    change_to_parts,
    changes_asked,
    edit_choices,
    edit_phrases,
    example,
    judged_not_written,
    remove_choices,
    says_change,
    says_undo,
)
from dialogs.services import Services
from dialogs.several import Found, Reader, Several, label
from domain.countries import parse_country
from domain.dates import PERIOD_IN_TEXT, FiscalHalf
from domain.errors import UserInputError
from domain.findings import Finding, blocking
from domain.lifecycle import PlanStatus
from domain.money import (
    ReadAmount,
    as_a_most,
    as_unsure,
    figure_in_sentence,
    format_amount,
    minor_units,
    parse_amount,
    parse_currency,
    split_remark,
)
from domain.plan import ACTIVITY_FIELDS, CAMPAIGN_FIELDS, MAX_CAMPAIGNS, PLAN_FIELDS, Plan
from domain.plan_rules import campaign_date_concerns, check_plan
from domain.programs import FUND_TYPES, PROGRAMS
from domain.text import closest, excerpt, fold, language_of, parse_email, parse_mpn_id
from views import cards
from views.display import display_value
from views.plan_cards import plan_findings_lines, plan_receipt, review_card
from views.strings import t

# A currency code wherever it is in a message ("co-op FY27 H2 in EUR").
_CURRENCY_IN_TEXT = re.compile(
    r"(?:\b(?:in|en)\s+)?\b([A-Z]{3}|(?i:euros?|dollars?|pounds?|livres?))\b(?!\s*\d)"
)
# The reviewer is the partner's Microsoft account manager (DOMAIN.md).
REVIEWER_DOMAIN = "microsoft.com"
COMMON_CURRENCIES = ("EUR", "USD", "GBP")
# A change typed at the review that several items could mean: offered as buttons up to this
# many; beyond, the partner is asked to name the campaign or the activity.
MAX_OFFERED = 8


# "add Germany to the countries", « ajouter l'Allemagne aux pays du salon ».
_ADD_COUNTRIES = re.compile(
    r"(?P<verb>add|ajouter|ajoute|ajoutez)\s+(?P<value>.+?)\s+(?:to|in|into|aux|au|à|dans)\s+"
    r"(?P<field>(?:the\s+|les\s+)?(?:countries|country list|pays|liste des pays))"
    r"(?P<rest>\s+.*)?",
    re.IGNORECASE,
)
_RENAME = re.compile(r"^(?:rename|renommer|renomme|renommez)\s+(?P<rest>.+)$", re.IGNORECASE)
# "switch the currency to USD", « passe la devise en USD »: other verbs of change.
_SWITCH = re.compile(
    r"^(?:switch|make|passer|passe|passez|basculer|bascule|basculez)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)


# An amount said for an item, no field named ("put 6000 for the webinar", "6000 for the
# ads", « mets 6 000 € pour le salon »): that activity's planned amount.
_AMOUNT_FOR = re.compile(
    r"^(?:(?:put|set|make it|allocate|budget|plan|mets|mettez|mettre|prevois|prevoyez"
    r"|prévois|prévoyez|compte|comptez)\s+)?"
    r"(?P<value>[€$£]?\s?\d[\d\s.,'’]*\s?(?:k|m)?\s?(?:€|eur|euros?|usd|\$|£)?)"
    r"\s+(?:for|on|to|pour|sur|à|a|au|aux)\s+(?P<what>.+)$",
    re.IGNORECASE,
)
# "add a country", « je veux ajouter un pays au salon »: a country not named, to add to an
# activity's (normalized).
_A_COUNTRY_ADDED = re.compile(
    r"(?:(?:i|we) (?:want|need|would like|d like) to |let me |can i |je (?:veux|voudrais|dois)"
    r" |j aimerais |il faut )?(?:add|ajouter|ajoute|ajoutez) (?:a|an|another|one more|more"
    r"|some|un|un autre|d autres|des) (?:countries|country|markets?|pays|marches?)"
    r"(?P<rest>(?: (?:to|for|in|on|au|aux|a|pour|dans|de) .+)?)"
)
# A value that is an amount alone ("6000", "6 000 €", "EUR 6,000.50", "6k").
_AN_AMOUNT = re.compile(
    r"(?:eur|usd|€|\$|£)?\s?\d[\d\s.,'’]*\s?(?:k|m)?\s?(?:€|eur|euros?|usd|\$|£)?",
    re.IGNORECASE,
)
# The verb before an item named with an amount ("set the ads to …", « mets le salon à … »).
_LEADING_VERB = re.compile(
    r"^(?:set|make|put|change|update|adjust|switch|mets|mettez|mettre|modifier|modifie"
    r"|modifiez|changer|passe|passez|passer)\s+",
    re.IGNORECASE,
)


# The last words of a change that name an answer ("… the end date", "rename the campaign",
# « … le plafond »), as `normalize` leaves them.
# The review's option kept for "undo": what its last change replaced, by edit target, in
# JSON (`{"plan_limit": "50000", "C1:end_date": "2027-03-31"}`: small values only).
_UNDO = "undo"
_ENDS_ON_AN_ANSWER = re.compile(
    r"\b(?:name|title|date|start|end|limit|amount|budget|spend|cost|description|countries"
    r"|country|type|currency|reviewer|period|market|program|programme|nom|titre|debut|fin"
    r"|plafond|montant|cout|depense|descriptif|pays|devise|reviseur|periode|marche)$"
    r"|^(?:rename|renommer|renomme|renommez)(?: (?:the|la|le))? (?:campaign|campagne|it)$"
)


class PlanDialog(PlanFormDialog):
    """Options: `plan_id`, and `edit` ("field", "C1:field" or "C1:A2:field") for one change."""

    back_order = PLAN_FIELDS

    def __init__(self, services: Services) -> None:
        super().__init__(PlanDialog.__name__, services)
        self.campaign_form = CampaignDialog(services)
        self.add_dialog(self.campaign_form)
        self.add_dialog(ActivityDialog(services))
        kept = {"holder": lambda draft: draft.plan, "display": shown_on_plan}
        self.fields = field_table(
            Field("mpn_id", ask=self._mpn_question, parse=_parse_mpn_id, **kept),
            Field(
                "program",
                _plan_text("program"),
                input="choice",
                choices=lambda draft: _labelled_choices(draft.locale, "program", PROGRAMS),
                **kept,
            ),
            Field(
                "fund_type",
                _plan_text("fund_type"),
                input="choice",
                choices=lambda draft: _labelled_choices(draft.locale, "fund", FUND_TYPES),
                **kept,
            ),
            Field(
                "period",
                _plan_text("period"),
                input="choice",
                choices=_period_choices,
                parse=_parse_period,
                **kept,
            ),
            Field(
                "currency",
                _plan_text("currency"),
                input="choice",
                choices=lambda draft: [Choice(c, c) for c in COMMON_CURRENCIES],
                parse=_parse_currency,
                **kept,
            ),
            Field(
                "market",
                _plan_text("market"),
                parse=lambda draft, answer: parse_country(answer, draft.locale),
                ack=True,
                **kept,
            ),
            Field("reviewer_email", _plan_text("reviewer_email"), parse=_parse_reviewer, **kept),
            Field(
                "plan_limit",
                _plan_text("plan_limit"),
                parse=_parse_limit,
                ack=True,
                **kept,
            ),
            Field(
                "more_campaigns",
                _plan_text("more_campaigns"),
                input="yes_no",
                act=self._more_campaigns,
            ),
            Field(
                "review",
                ask=self._review_question,
                act=self._at_review,
            ),
        )

    # -- what comes next ---------------------------------------------------------------------

    async def next_step(self, draft: PlanDraft, options: dict[str, Any]) -> Question | Child | Done:
        plan = draft.plan
        edit = options.get("edit")
        if edit:
            return await self._edit_step(draft, EditTarget.parse(edit))
        missing = plan.missing_field()
        if missing is not None:
            return await self.question(draft, missing)
        unfinished = next(
            (
                c
                for c in plan.campaigns
                if c.missing_field()
                or not c.activities_done
                or any(a.missing_field() for a in c.activities)
            ),
            None,
        )
        if unfinished is None and not plan.campaigns:
            unfinished = plan.add_campaign()
            draft.plan = await self.services.plans.save_plan(plan)
        if unfinished is not None:
            return Child(
                CampaignDialog.__name__, {"plan_id": plan.id, "campaign_id": unfinished.id}
            )
        if not plan.campaigns_done:
            return await self.question(draft, "more_campaigns")
        return await self.question(draft, "review")

    async def _edit_step(
        self, draft: PlanDraft, target: EditTarget | None
    ) -> Question | Child | Done:
        """The question (or the campaign or activity dialog) for one change; else the review."""
        plan, ids = draft.plan, {"plan_id": draft.plan.id}
        if target is None:
            return await self.question(draft, "review")
        field_name, campaign_id, activity_id = target.field, target.campaign_id, target.activity_id
        if campaign_id is None:
            # "another campaign?" only as "back" from a campaign just begun asks it.
            if field_name in (*PLAN_FIELDS, "more_campaigns"):
                return await self.question(draft, field_name)
        elif activity_id is None:
            # "another activity?" only as "back" from "another campaign?" asks it (`go_back`).
            if field_name in (*CAMPAIGN_FIELDS, "more_activities") and plan.campaign(campaign_id):
                return Child(
                    CampaignDialog.__name__, {**ids, "campaign_id": campaign_id, "edit": field_name}
                )
        elif field_name in ACTIVITY_FIELDS and plan.find_activity(activity_id):
            return Child(
                ActivityDialog.__name__,
                {**ids, "campaign_id": campaign_id, "activity_id": activity_id, "edit": field_name},
            )
        return await self.question(draft, "review")

    async def go_back(
        self, step: WaterfallStepContext, draft: PlanDraft, field_name: str
    ) -> Next | None:
        """ "back" at "another campaign?": the last campaign's "another activity?" (and
        "back" there, its last activity's amount)."""
        campaigns = draft.plan.campaigns
        if field_name == "review" and says_undo(step.context.activity.text):
            return await self._undo(step, draft)  # its last change, not the step before
        if field_name == "more_campaigns" and campaigns:
            return Next(edit=str(EditTarget("more_activities", campaign_id=campaigns[-1].id)))
        return await super().go_back(step, draft, field_name)

    async def back_from_child(self, step: WaterfallStepContext, draft: PlanDraft) -> Next | None:
        """ "back" at the first question of a campaign just begun (it is gone): "another
        campaign?" again; for the plan's first campaign, its last detail. Added from the
        review (campaigns done), the review again."""
        plan = draft.plan
        if plan.campaigns_done:
            return None
        if plan.campaigns:
            return Next(edit="more_campaigns")
        return Next(edit=self.back_order[-1], options={WALKED_BACK: True})

    # -- questions ---------------------------------------------------------------------------

    def as_before(self, draft: PlanDraft, field_name: str, answer: str) -> Any:
        """ "same as last time", « comme l'an dernier » at one of the plan's own details:
        the tenant's latest other plan's (`_as_last_plan`). Not the limit: each period's co-op
        is its own, so "same as last year" there is told why it is not copied."""
        if field_name == "plan_limit" and says_as_last_time(answer):
            raise UserInputError("limit_not_copied", value=excerpt(answer))
        if field_name not in _AS_LAST_PLAN or not says_as_last_time(answer):
            return None
        return self._as_last_plan(draft, field_name, answer)

    async def _as_last_plan(self, draft: PlanDraft, name: str, answer: str) -> ReadAs:
        """`name`'s value in the tenant's latest other plan holding one (those sent first,
        as "copy my last plan" takes), said back; refused when no earlier plan has it."""
        plan = draft.plan
        value = await self.services.plans.last_value(plan.tenant_id, name, plan.id)
        if value is None:
            raise UserInputError("as_last_plan_none", value=excerpt(answer))
        return ReadAs(value)

    async def _mpn_question(self, draft: PlanDraft) -> Question:
        """The tenant's known MPN ids to pick from; typed when none is known."""
        known = await self.services.directory.mpn_ids(draft.plan.tenant_id)
        return Question(
            "mpn_id",
            _plan_text("mpn_id")(draft),
            input="choice" if known else "text",
            choices=[Choice(m, m) for m in known],
            current=self.current(draft, self.fields["mpn_id"]),
        )

    async def _review_question(self, draft: PlanDraft) -> Question:
        locale, plan = draft.locale, draft.plan
        choices = review_choices(draft)
        # The review shows what a reviewer would reject, so it checks as at submission.
        findings = check_plan(plan, draft.today, for_submission=True)
        # The first button is the one most partners want: the fix of what blocks, else
        # submit (an admin) or save (a user, told who submits).
        primary = next(filter(None, (_fix_for(plan, f) for f in blocking(findings))), None)
        note = await self.refusal_unless_submitter(draft, plan.tenant_id, "review.submit_by_admin")
        if primary is None:
            primary = "save" if note else "submit"
        return Question(
            "review",
            t(locale, "review.title", plan_id=plan.id),
            input="review",
            choices=choices,
            numbered=False,
            card=review_card(
                plan, findings, choices, draft.target, locale, primary=primary, note=note
            ),
        )

    def asks_to_add(self, draft: PlanDraft, answer: str) -> bool:
        return bool(add_choices(answer, draft.plan))

    def unmatched_meaning(self, draft: PlanDraft, answer: str, choices: list[Choice]) -> str | None:
        plan = draft.plan
        if judged_fine(answer):  # « le nom est correct » says no change ("correct" is a verb)
            return None
        country = _A_COUNTRY_ADDED.fullmatch(normalize(answer[:200]).rstrip(" ?!."))
        if country is not None:  # "add a country": the activity's countries asked
            french = language_of(draft.locale) == "fr"
            answer = ("modifier les pays" if french else "change the countries") + country["rest"]
        meant = (
            edit_choices(answer, plan) or remove_choices(answer, plan) or add_choices(answer, plan)
        )
        if len(meant) <= 1:
            return meant[0] if meant else None
        labels = {choice.value: choice.label for choice in choices}
        options = [(value, labels[value]) for value in meant if value in labels]
        said = cards.escape(example(options[0][0], draft.plan, draft.locale))
        if len(options) > MAX_OFFERED:
            raise UserInputError(
                "review_which_many", value=answer, count=len(options), example=said
            )
        raise UserInputError("review_which", value=answer, options=options, example=said)

    # -- answers -----------------------------------------------------------------------------

    def _parse_answer(self, draft: PlanDraft, question: Question, answer: Any) -> Any:
        if question.field == "plan_limit" and isinstance(answer, str):
            typed = normalize(answer[:60]).rstrip(" ?!.")
            if typed in _ALL_FUNDS:
                return self._earned_limit(draft)  # awaited by the form: the funds are read
            share = share_said(answer, _SHARE_OF_FUNDS)
            if share is not None:  # "10% of my funds": that share of them
                return self._earned_limit(draft, share)
            if typed in _NO_LIMIT:  # "no limit": a plan has one
                return self._limit_needed(draft, answer)  # awaited: the funds are read
        if question.field == "review" and isinstance(answer, str):
            confirmed = ReviewAction.parse(answer)
            if confirmed.verb == _REMOVE_CONFIRMED:
                if draft.plan.campaign(confirmed.argument) is None:  # its Yes clicked twice
                    raise UserInputError("review_campaign_already_removed")
                return str(ReviewAction("remove", confirmed.argument))
            if asks_what_stops(answer):  # "what's missing?": what stops it, item by item
                _say_what_stops(draft)
            if asks_total(answer):  # "what's the total?": against the limit
                _say_total(draft)
            changed = self._change_to(draft, question, answer)
            if changed is not None:
                return changed
        value = super()._parse_answer(draft, question, answer)
        if question.field == "review" and isinstance(value, str):
            _ask_before_removing(draft, ReviewAction.parse(value))
        return value

    async def _limit_needed(self, draft: PlanDraft, answer: str) -> ReadAmount:
        """ "no limit": a plan has one — "the max" offered only when the co-op earned for
        its program and period is on record (seen at stop 58: offered with none)."""
        plan, funds = draft.plan, None
        if plan.program and plan.period:
            funds = await self.services.funds.period(plan.tenant_id, plan.program, plan.period)
        key = "plan_limit_needed" if funds is not None else "plan_limit_needed_no_funds"
        raise UserInputError(key, value=excerpt(answer))

    async def _earned_limit(self, draft: PlanDraft, share: Decimal | None = None) -> ReadAmount:
        """The co-op earned for the plan's program and period, as its limit ("the max"), or
        that `share` of it ("half of my co-op")."""
        plan, locale = draft.plan, draft.locale
        program = t(locale, f"program.{plan.program}") if plan.program else "?"
        named = f"{program} {plan.period or ''}".strip()
        funds = None
        if plan.program and plan.period:
            funds = await self.services.funds.period(plan.tenant_id, plan.program, plan.period)
        if funds is None:
            raise UserInputError("plan_limit_no_funds", named=named)
        if plan.currency and funds.currency != plan.currency:
            earned = format_amount(funds.earned, funds.currency, locale)
            raise UserInputError("plan_limit_other_currency", earned=earned, currency=plan.currency)
        if share is None:
            limit = ReadAmount(funds.earned)
            limit.notes = ("earned",)
            return limit
        unit = Decimal(1).scaleb(-minor_units(funds.currency))
        limit = ReadAmount((funds.earned * share).quantize(unit, rounding=ROUND_HALF_UP))
        limit.notes = ("share_of_earned",)
        return limit

    def _change_to(
        self, draft: PlanDraft, question: Question, answer: str
    ) -> ChangeTo | Changes | None:
        """The change asked with its value, or several in one message ("change the plan limit
        to 45000 and the reviewer to …"), each read as if sent alone."""
        return changes_asked(answer, functools.partial(self._one_change, draft, question))

    def _one_change(self, draft: PlanDraft, question: Question, answer: str) -> ChangeTo | None:
        """ "change the plan limit to 60,000", « modifier le montant prévu du salon à 9 000 »:
        the one field the review's change names, and the value after it, read as its
        question reads it (a value it refuses is refused here, the same way, when a verb of
        change asked for it: "the amount is wrong" is no value)."""
        added = _ADD_COUNTRIES.fullmatch(answer.strip()[:300])
        if added is not None:
            return self._countries_added(draft, question, added)
        splits = list(change_to_parts(answer))
        amount_for = _AMOUNT_FOR.fullmatch(answer.strip()[:300])
        if amount_for is not None:  # "6000 for the ads": the item after the amount
            splits.insert(0, Split(amount_for["what"], amount_for["value"]))
        for split in splits:
            what, value = split.what, split.value
            # "rename Spring push to …", « renommer la campagne … en … »: its name.
            what = _RENAME.sub(r"change the name of \g<rest>", what, count=1)
            what = _SWITCH.sub(r"change \g<rest>", what, count=1)
            # Split after some word of "change the end date March 31": read among the
            # plan's items only where the words end on an answer's ("… end date").
            exactly = split.after_verb and not _ENDS_ON_AN_ANSWER.search(normalize(split.what))
            target = self._one_edit(draft, question, what, exactly=exactly)
            if target is None and _AN_AMOUNT.fullmatch(value.strip()) and not split.after_verb:
                # "set the ads to 6000": an activity's one amount is its planned amount.
                target = self._planned_amount_of(draft, question, split.what)
            found = self._changed_by(draft, target) if target is not None else None
            if found is None or (target.field in _WORDS_FIELDS and judged_not_written(split)):
                continue  # "the name is fine": a judgement, not the new name
            form, scratch = found
            try:
                read = form.read_field(scratch, target.field, value)
            except UserInputError:
                if says_change(what) and not split.after_verb:
                    raise
                continue  # split at some word: another may read, or the choice asks
            if target.field in DATE_FIELDS and campaign_date_concerns(
                target.field, read, usage_period(draft.plan), draft.today
            ):
                return None  # its question asks whether to keep a date a reviewer questions
            return ChangeTo(str(target), read)
        return None

    def _countries_added(
        self, draft: PlanDraft, question: Question, added: re.Match[str]
    ) -> ChangeTo | None:
        """ "add Germany to the countries (of the webinar)": the activity's countries and
        those, read as its question reads a list; None when it names no one activity."""
        french = added["verb"].lower().startswith("ajout")
        what = ("modifier les pays" if french else "change the countries") + (added["rest"] or "")
        target = self._one_edit(draft, question, what)
        if target is None or target.field != "countries" or target.activity_id is None:
            return None
        found = self._changed_by(draft, target)
        if found is None or found[1].activity is None:
            return None
        form, scratch = found
        listed = ", ".join([*scratch.activity.countries, added["value"]])
        return ChangeTo(str(target), form.read_field(scratch, "countries", listed))

    @classmethod
    def _planned_amount_of(
        cls, draft: PlanDraft, question: Question, item: str
    ) -> EditTarget | None:
        """The planned amount of the one activity `item` names ("the ads", « le salon »),
        when it names one; None otherwise."""
        named = _LEADING_VERB.sub("", item.strip(), count=1)
        french = language_of(draft.locale) == "fr"
        verb = "modifier " if french else "change "
        # The words must name one activity themselves (its fields are what they offer).
        meant = [
            EditTarget.parse(ReviewAction.parse(v).argument)
            for v in edit_choices(verb + named, draft.plan)
        ]
        if not meant or len({(m.campaign_id, m.activity_id) for m in meant}) != 1:
            return None
        if meant[0].activity_id is None:
            return None
        field = "modifier le montant prévu de " if french else "change the planned amount of "
        target = cls._one_edit(draft, question, field + named)
        return target if target is not None and target.field == "planned_amount" else None

    @staticmethod
    def _one_edit(
        draft: PlanDraft, question: Question, what: str, exactly: bool = False
    ) -> EditTarget | None:
        """The one answer `what` names ("change the end date"); `exactly`: only as a change
        choice says it, never read among the plan's items."""
        edits = [c for c in question.choices if ReviewAction.parse(c.value).verb == "edit"]
        named = exact_choice(what, edits) or exact_choice(f"change {what}", edits)
        meant = [named.value] if named is not None else []
        plan = draft.plan
        if not meant and not exactly:
            meant = edit_choices(what, plan) or edit_choices(f"change {what}", plan)
        if len(meant) != 1:
            return None  # none, or several: asked which as before
        return EditTarget.parse(ReviewAction.parse(meant[0]).argument)

    def _changed_by(
        self, draft: PlanDraft, target: EditTarget
    ) -> tuple[PlanFormDialog, PlanDraft] | None:
        """The form whose question reads `target`, on the draft it changes; None where a
        change takes more than its value (a date confirmed, an activity's type)."""
        if target.campaign_id is None:
            spec = self.fields.get(target.field)
            kept = target.field in PLAN_FIELDS and spec is not None and spec.act is None
            return (self, draft) if kept else None
        campaign = draft.plan.campaign(target.campaign_id)
        if campaign is None:
            return None
        if target.activity_id is None:
            return (
                (self.campaign_form, replace(draft, campaign=campaign))
                if target.field in ("name", *DATE_FIELDS)
                else None
            )
        activity = campaign.activity(target.activity_id)
        if activity is None or target.field not in ("description", "countries", "planned_amount"):
            return None
        form = self.campaign_form.activity_form
        return form, replace(draft, campaign=campaign, activity=activity)

    async def _apply_change(
        self, step: WaterfallStepContext, draft: PlanDraft, change: ChangeTo
    ) -> Next | None:
        """Keep the value as its own question does (save, say it back, and what follows it:
        the plan limit passed); the review is asked again."""
        target = EditTarget.parse(change.target)
        found = self._changed_by(draft, target) if target is not None else None
        if found is None:
            return None
        form, scratch = found
        # Said back whether or not its question says back a typed answer: a change made
        # from the review is shown before the review again. A campaign's date says itself
        # back once kept (its question's `after`): not twice.
        value = change.value if target.field in DATE_FIELDS else ReadAs(change.value)
        await form.apply(step, scratch, target.field, value)
        return None

    async def _at_review(self, step: WaterfallStepContext, draft: PlanDraft, value: Any) -> Next:
        """An answer at the review: a change with its value, or several (what they replace
        kept for "undo"), or one of its options (which ends what "undo" could put back)."""
        if isinstance(value, (ChangeTo, Changes)):
            changes = (value,) if isinstance(value, ChangeTo) else value.items
            replaced = {c.target: self._kept_now(draft, c.target) for c in changes}
            for change in changes:
                await self._apply_change(step, draft, change)
            return Next(options={_UNDO: replaced})
        after = await self._review_action(step, draft, ReviewAction.parse(str(value)))
        return (after or Next()).also(**{_UNDO: None})

    def _kept_now(self, draft: PlanDraft, target: str) -> Any:
        """The answer `target` names as the plan keeps it now, in JSON (for "undo")."""
        found = self._kept_where(draft, target)
        return kept_now(*found) if found is not None else None

    def _kept_where(self, draft: PlanDraft, target: str) -> tuple[Any, str] | None:
        """The model and attribute an edit target's answer is kept on; None if gone."""
        parsed = EditTarget.parse(target)
        found = self._changed_by(draft, parsed) if parsed is not None else None
        if found is None:
            return None
        form, scratch = found
        spec = form.fields[parsed.field]
        return (spec.holder(scratch), spec.kept_as) if spec.holder is not None else None

    async def _undo(self, step: WaterfallStepContext, draft: PlanDraft) -> Next:
        """ "undo" at the review: what its last change replaced put back (several sent
        together are one), said, once; with none, that there is nothing to undo."""
        locale = draft.locale
        replaced = (step.options or {}).get(_UNDO)
        kept = [
            (where, value)
            for target, value in (replaced.items() if isinstance(replaced, dict) else ())
            if (where := self._kept_where(draft, target)) is not None
        ]
        if not kept:
            await step.context.send_activity(t(locale, "plan.nothing_to_undo"))
            return Next(options={_UNDO: None})
        for (holder, name), value in kept:
            put_back(holder, name, value)  # as the plan keeps it: an amount, a day, a list
        if await self.save(step, draft):
            await step.context.send_activity(t(locale, "plan.undone"))
        return Next(options={_UNDO: None})

    # -- the plan's card form, and the next campaign's at "another campaign?" ---------------

    form_fields = PLAN_FIELDS

    def form_title(self, draft: PlanDraft) -> str:
        return t(draft.locale, "form.plan_title", plan_id=draft.plan.id)

    def form_owner(self, draft: PlanDraft, field_name: str):
        if field_name == "more_campaigns":
            if len(draft.plan.campaigns) >= MAX_CAMPAIGNS:
                return None
            # On a copy: the campaign the form would fill is not added to the draft.
            plan = draft.plan.model_copy(deep=True)
            return self.campaign_form, replace(draft, plan=plan, campaign=plan.add_campaign())
        return super().form_owner(draft, field_name)

    def several_readers(self, draft: PlanDraft) -> list[Reader]:
        """ "1234567, CSP Indirect Reseller, France, co-op FY27 H2 in EUR, plan limit 50,000,
        reviewer ana@microsoft.com"."""
        return [
            self.reader(
                draft,
                "mpn_id",
                label(
                    r"mpn\s*id",
                    "mpn",
                    r"partner\s*id",
                    "pid",
                    r"id\s+partenaire",
                    r"identifiant\s+partenaire",
                ),
            ),
            self.reader(draft, "program", label("program", "programme")),
            self.reader(
                draft, "fund_type", label(r"fund\s+type", r"type\s+de\s+fonds", "funds?", "fonds")
            ),
            self.reader(draft, "period", label(r"usage\s+period", "period", "période", "periode")),
            self.reader(draft, "currency", label("currency", "devise")),
            self.reader(draft, "market", label("market", "marché", "marche", "country", "pays")),
            self.reader(
                draft,
                "reviewer_email",
                label("reviewer", "réviseur", "reviseur", "relecteur", r"account\s+manager"),
            ),
            self.reader(
                draft,
                "plan_limit",
                label(
                    r"plan\s+limit",
                    "limit",
                    "cap",
                    "budget",
                    r"plafond\s+du\s+plan",
                    "plafond",
                    "limite",
                ),
            ),
        ]

    def several_found(self, draft: PlanDraft, text: str, asked: str | None = None) -> Found | None:
        """A fiscal half and a currency code, wherever they are."""
        found = Found(rest=text)
        for pattern, name in ((PERIOD_IN_TEXT, "period"), (_CURRENCY_IN_TEXT, "currency")):
            for match in pattern.finditer(found.rest):
                token = match.group(match.lastindex or 0)
                try:
                    value = self.read_field(draft, name, token)
                except UserInputError:
                    continue
                found.values.append((name, value))
                found.rest = f"{found.rest[: match.start()]} {found.rest[match.end() :]}"
                break
        return found

    def read_ahead(self, draft: PlanDraft, field_name: str, answer: str) -> Any:
        """ "Another campaign?" answered with the campaign ("Back to school from … to …")."""
        if field_name != "more_campaigns" or len(draft.plan.campaigns) >= MAX_CAMPAIGNS:
            return None
        ahead = replace(draft, campaign=draft.plan.add_campaign())
        taken = self.campaign_form.read_several(ahead, answer, None)
        return taken if taken is not None and taken.values else None

    async def _more_campaigns(
        self, step: WaterfallStepContext, draft: PlanDraft, value: bool | Several
    ) -> None:
        plan = draft.plan
        if isinstance(value, Several):
            if len(plan.campaigns) >= MAX_CAMPAIGNS:
                await step.context.send_activity(
                    t(draft.locale, "error.too_many_campaigns", max=MAX_CAMPAIGNS)
                )
                return
            ahead = replace(draft, campaign=plan.add_campaign())
            self.campaign_form.keep_several(ahead, value)
            if await self.save(step, draft):
                await step.context.send_activity(self.campaign_form.several_said(ahead, value))
            return
        if value and len(plan.campaigns) >= MAX_CAMPAIGNS:
            await step.context.send_activity(
                t(draft.locale, "error.too_many_campaigns", max=MAX_CAMPAIGNS)
            )
            value = False
        if value:
            plan.add_campaign()
        else:
            plan.campaigns_done = True
        await self.save(step, draft)

    async def _review_action(
        self, step: WaterfallStepContext, draft: PlanDraft, action: ReviewAction
    ) -> Next | None:
        plan, locale = draft.plan, draft.locale
        verb, rest = action.verb, action.argument
        if verb == "submit":
            return await self._submit(step, draft)
        if verb == "save":
            await step.context.send_activity(t(locale, "saved", plan_id=plan.id))
            return Next(end="saved")
        if verb == "edit":
            return Next(edit=rest)  # read as an EditTarget by `next_step`
        if verb == "add_campaign":
            if len(plan.campaigns) >= MAX_CAMPAIGNS:
                await step.context.send_activity(
                    t(locale, "error.too_many_campaigns", max=MAX_CAMPAIGNS)
                )
                return None
            plan.add_campaign()
            await self.save(step, draft)
        elif verb == "add_activity" and plan.campaign(rest) is not None:
            campaign = plan.campaign(rest)
            campaign.activities_done = False
            plan.add_activity(campaign)
            await self.save(step, draft)
        elif verb == "remove":
            label = _item_label(draft, rest)
            key = "ack.removed_campaign" if plan.campaign(rest) else "ack.removed_activity"
            if plan.remove_item(rest) and await self.save(step, draft):
                await step.context.send_activity(t(locale, key, item=label))
        return None

    async def _submit(self, step: WaterfallStepContext, draft: PlanDraft) -> Next | None:
        plan, locale, identity = draft.plan, draft.locale, draft.identity
        if blocking(check_plan(plan, draft.today, for_submission=True)):
            await step.context.send_activity(t(locale, "submit.blocked", plan_id=plan.id))
            return None
        refusal = await self.refusal_unless_submitter(draft, plan.tenant_id, "submit.not_allowed")
        if refusal is not None:
            await step.context.send_activity(refusal)
            return None
        plan.move_to(PlanStatus.SUBMITTED, actor=identity.user_id)
        if not await self.save(step, draft):
            return None
        await self.send_receipt(step, draft, plan.id, plan_receipt(draft.plan, locale))
        return Next(end="submitted")


def _plan_text(field_name: str):
    """The words of the plan's question `field_name` (some name the plan's currency)."""
    return lambda draft: t(draft.locale, f"question.{field_name}", currency=draft.plan.currency)


# A plan's own details a new plan may take from the last one ("same as last time"); not its
# period (the next one is planned) nor its limit (earned anew each period).
# Fields whose value is words: "the name is fine" may judge it rather than give it.
_WORDS_FIELDS = frozenset({"name", "description"})
_AS_LAST_PLAN = frozenset(
    {"mpn_id", "program", "market", "fund_type", "currency", "reviewer_email"}
)


def _parse_mpn_id(draft: PlanDraft, answer: str) -> str:
    return parse_mpn_id(answer)


def _period_choices(draft: PlanDraft) -> list[Choice]:
    """This fiscal half and the next."""
    current_half = FiscalHalf.containing(draft.today)
    return [Choice(h.label, h.label) for h in (current_half, current_half.next())]


def _say_what_stops(draft: PlanDraft) -> None:
    """What stops the plan being submitted, item by item with its fix, said (as a refusal
    that answers the question, the review shown again after it)."""
    plan, locale = draft.plan, draft.locale
    findings = check_plan(plan, draft.today, for_submission=True)
    stopping = blocking(findings)
    if stopping:
        items = "\n\n".join(plan_findings_lines(stopping, plan, locale))
        raise UserInputError("plan_what_stops", plan_id=plan.id, items=items)
    if findings:
        items = "\n\n".join(plan_findings_lines(findings, plan, locale))
        raise UserInputError("plan_only_warnings", plan_id=plan.id, items=items)
    raise UserInputError("plan_nothing_stops", plan_id=plan.id)


# "what's the total?", "is it under the limit?", « quel est le total ? » at a review.
_TOTAL_ASKED = frozenset(
    normalize(words)
    for words in (
        *TOTAL_WORDS,
        *("what s the total planned", "how much is planned", "how much have i planned"),
        *("how much is planned in total", "how much have i planned in total", "plan total"),
        *("what is the plan total", "what s the plan total", "the plan total"),
        *("what s the total of the plan", "what is the total of the plan"),
        *("combien est prevu au total", "combien ai je prevu", "combien ai je prevu au total"),
        *("total du plan", "le total du plan", "quel est le total du plan"),
        *("is it under the limit", "am i under the limit", "is it over the limit"),
        *("am i over the limit", "is it within the limit", "am i within the limit"),
        *("how far am i from the limit", "is it below the limit", "am i below the limit"),
        # Asked of the total itself (stop 58: the review's general help).
        *("is the total ok", "is the total okay", "is the total right", "is the total correct"),
        *("does the total add up", "is the total fine", "check the total", "total ok"),
        *("le total est bon", "le total est correct", "est ce que le total est bon"),
        *("est ce que le total est correct", "le total est il bon", "le total est il correct"),
        "est ce sous le plafond",
        *("suis je sous le plafond", "est ce que ca depasse le plafond", "ca depasse"),
        *("est ce que je depasse le plafond", "je depasse le plafond"),
        # What is left under the limit (at rest, these ask about the funds).
        *("how much can i still plan", "how much is left", "how much left", "what s left"),
        *("how much room do i have left", "how much room is left", "how much more can i plan"),
        *("how much do i have left", "how much can i still add", "how much can i plan"),
        *("combien puis je encore prevoir", "combien reste t il", "il me reste combien"),
        *("combien me reste t il", "combien puis je encore planifier", "combien reste il"),
        *("combien puis je encore ajouter", "combien puis je prevoir", "que me reste t il"),
        # Seen at stop 52: « combien il reste ? » got the review's help.
        *("combien il reste", "il reste combien", "combien il me reste", "combien me reste il"),
        *("how much remains", "how much is remaining", "how much do we have left"),
        *("how much have i got left", "how much room is there"),
    )
)


def asks_total(answer: str) -> bool:
    """Whether `answer` at a plan's review asks its total, or what is left under its limit."""
    return asked_among(answer, _TOTAL_ASKED)


def _say_total(draft: PlanDraft) -> None:
    """The total planned against the limit (what is left, or by how much it is over), said
    as a refusal that answers the question (under the review, as `_say_what_stops`)."""
    plan, locale = draft.plan, draft.locale
    currency = plan.currency or "USD"
    total = plan.planned_total
    said = {"plan_id": plan.id, "total": format_amount(total, currency, locale)}
    if plan.plan_limit is None:
        raise UserInputError("plan_total_no_limit", **said)
    said["limit"] = format_amount(plan.plan_limit, currency, locale)
    if total > plan.plan_limit:
        over = format_amount(total - plan.plan_limit, currency, locale)
        raise UserInputError("plan_total_over", over=over, **said)
    left = format_amount(plan.plan_limit - total, currency, locale)
    raise UserInputError("plan_total", left=left, **said)


def _parse_period(draft: PlanDraft, answer: str) -> Any:
    """The usage period; one said in words ("next half") is said back ("✓ FY27 H2")."""
    try:
        return FiscalHalf.parse(answer).label
    except UserInputError:
        return ReadAs(FiscalHalf.read(answer, draft.today).label)


# "the max", "all my co-op", « tout mon co-op »: the co-op earned for the plan's program and
# period, as its limit.
_ALL_FUNDS = frozenset(
    normalize(words)
    for words in (
        *("the max", "max", "maximum", "the maximum", "all my co-op", "all my coop"),
        # Seen at stop 53: 'isn't an amount I can read'.
        *("whatever is available", "whatever s available", "what s available", "all available"),
        *("everything available", "all that s available", "all available funds"),
        *("what is available", "tout ce qui est disponible", "ce qui est disponible"),
        *("tout le disponible", "le disponible", "le montant disponible"),
        *("all my funds", "all of it", "everything", "what i earned", "what i ve earned"),
        *("all i earned", "the full amount", "my allocation", "all my allocation"),
        *("le max", "le maximum", "tout mon co-op", "tout mon coop", "tous mes fonds"),
        *("tout", "ce que j ai gagne", "tout ce que j ai gagne", "la totalite", "mon allocation"),
        *("whatever i earned", "whatever i ve earned", "everything i earned", "all i ve earned"),
        *("everything i ve earned", "what we earned", "whatever we earned", "all we earned"),
        *("tout ce qu on a gagne", "ce qu on a gagne", "tout ce que nous avons gagne"),
        *("my co op", "my coop", "my co op for the period", "my co op funds", "my funds"),
        *("all my co op for the period", "my earned co op", "the co op i earned"),
        *("mon co op", "mon coop", "mon co op pour la periode", "mes fonds co op", "mes fonds"),
        *("tout mon co op pour la periode", "le co op gagne", "le co op que j ai gagne"),
        # Seen at stop 55 and 56: 'isn't an amount I can read'.
        *("the same as my earnings", "same as my earnings", "my earnings", "all my earnings"),
        *("what i earn", "comme mes gains", "mes gains", "tous mes gains", "tout ce que j ai"),
    )
)


# "10% of my funds", "half of my co-op", « la moitié de mes fonds »: that share of the co-op
# earned (folded text, punctuation kept: the "%").
_OF_FUNDS = (
    r"\s+(?:of\s+)?(?:(?:the|my|our|all|all my|all of my|du|de|des|de mes|de mon|de ma"
    r"|de notre|de nos|de tout mon|de tous mes)\s+)?(?:co-?op|co op|funds?|fonds|allocation"
    r"|max|maximum|earnings|it|ca|cela|co-?op earned|co-?op gagne|fonds co-?op|co-?op funds"
    r"|gains)"
)
_SHARE_OF_FUNDS = re.compile(f"{SHARE_PERCENT}{_OF_FUNDS}|{SHARE_PART}{_OF_FUNDS}")
# "no limit", « illimité »: a plan has one (its question says so, nothing kept).
_NO_LIMIT = frozenset(
    normalize(words)
    for words in (
        *("no limit", "unlimited", "no cap", "no maximum", "no max", "there is no limit"),
        *("there s no limit", "we have no limit", "we don t have a limit", "none needed"),
        *("limitless", "infinite", "no ceiling", "doesn t matter", "it doesn t matter"),
        *("pas de limite", "illimite", "sans limite", "aucune limite", "pas de plafond"),
        *("sans plafond", "aucun plafond", "il n y a pas de limite", "peu importe"),
    )
)


# "same as the market", « la monnaie locale »: the currency of the plan's market.
_MARKET_CURRENCY = frozenset(
    normalize(words)
    for words in (
        *("same as the market", "the local currency", "local currency", "the market currency"),
        *("the market's currency", "the country's currency", "the same as the market"),
        *("la monnaie locale", "monnaie locale", "la devise locale", "devise locale"),
        *("la devise du pays", "la monnaie du pays", "la meme que le marche", "celle du marche"),
        *("la devise du marche", "la monnaie du marche"),
    )
)


def _parse_currency(draft: PlanDraft, answer: str) -> Any:
    market = draft.plan.market
    if market and normalize(answer[:60]).rstrip(" ?!.") in _MARKET_CURRENCY:
        local = get_territory_currencies(market, start_date=draft.today)
        if local:
            currency = parse_currency(local[0])
            _check_amounts_fit(draft.plan, currency)
            return ReadAs(currency, None)  # said back: "✓ EUR"
    currency = parse_currency(answer)
    _check_amounts_fit(draft.plan, currency)
    return currency


# "ana.lopez@microsoft", "ana@microsft.com", "marc@microsoft,com": the Microsoft address
# meant, offered (`reviewer_did_you_mean`); "Ana Lopez": a name, the address asked for.
_TYPED_ADDRESS = re.compile(r"\s*(?P<local>[A-Za-z0-9._%+'-]+)\s*@\s*(?P<domain>[\w.,-]+)\s*\.?\s*")
_A_NAME = re.compile(r"[^\W\d_]+(?:[ '-][^\W\d_]+){1,3}")
# Words that say the answer is not a person's name ("my account manager", « je ne sais »).
_NOT_NAMES = frozenset(
    (
        *("my", "the", "your", "our", "his", "her", "their", "a", "an", "i", "we", "is"),
        *("account", "manager", "reviewer", "microsoft", "email", "mail", "address", "don"),
        *("know", "not", "no", "sure", "unknown", "ask", "later", "same", "who", "what"),
        *("mon", "ma", "mes", "le", "la", "les", "notre", "votre", "son", "sa", "je", "ne"),
        *("sais", "pas", "responsable", "compte", "adresse", "plus", "tard", "qui", "quoi"),
    )
)


def _parse_reviewer(draft: PlanDraft, answer: str) -> str:
    try:
        email = parse_email(answer)
    except UserInputError as refused:
        _offer_microsoft_address(answer)
        if _A_NAME.fullmatch(answer.strip()) and not _NOT_NAMES & set(fold(answer).split()):
            raise UserInputError("reviewer_name_only", value=excerpt(answer)) from None
        raise refused
    if not email.endswith("@" + REVIEWER_DOMAIN):
        _offer_microsoft_address(email)
        raise UserInputError("reviewer_not_microsoft", value=email)
    return email


def _offer_microsoft_address(typed: str) -> None:
    """Refuse `typed` offering the Microsoft address it nearly is, if it nearly is one."""
    said = _TYPED_ADDRESS.fullmatch(typed or "")
    if said is None:
        return
    domain = said["domain"].lower().replace(",", ".").strip(".")
    near = domain in ("microsoft", "microsoftcom") or closest(domain, {REVIEWER_DOMAIN: True})
    if not near or said["domain"].lower() == REVIEWER_DOMAIN:
        return
    meant = f"{said['local']}@{REVIEWER_DOMAIN}"
    raise UserInputError(
        "reviewer_did_you_mean", value=excerpt(typed), suggestion=meant, answer=meant
    )


def _check_amounts_fit(plan, currency: str) -> None:
    """A new currency must hold the amounts already typed (EUR 12.50 cannot become JPY)."""
    digits = minor_units(currency)
    amounts = [plan.plan_limit] + [a.planned_amount for c in plan.campaigns for a in c.activities]
    for amount in amounts:
        if amount is not None and amount != round(amount, digits):
            raise UserInputError("currency_change_decimals", currency=currency)


def _labelled_choices(locale: str, prefix: str, keys) -> list[Choice]:
    return list(_labelled(language_of(locale), prefix, tuple(keys)))


@functools.lru_cache(maxsize=64)
def _labelled(language: str, prefix: str, keys: tuple[str, ...]) -> tuple[Choice, ...]:
    """The same for every question of a language (built once, not at each question)."""
    return tuple(
        Choice(
            key,
            t(language, f"{prefix}.{key}"),
            synonyms=(
                t("en", f"{prefix}.{key}"),
                t("fr", f"{prefix}.{key}"),
                key.replace("_", " "),
            ),
        )
        for key in keys
    )


# A campaign's removal said "yes" to (its question's button, or "yes" typed after it).
_REMOVE_CONFIRMED = "remove_confirmed"


def _ask_before_removing(draft: PlanDraft, action: ReviewAction) -> None:
    """Removing a campaign that holds activities (clicked or typed) asks first, naming what
    goes: nothing brings it back. An activity, or a campaign with none, goes at once."""
    plan, locale = draft.plan, draft.locale
    campaign = plan.campaign(action.argument) if action.verb == "remove" else None
    if campaign is None or not campaign.activities:
        return
    label = _item_label(draft, campaign.id)
    amount = display_value("planned_amount", campaign.planned_total, plan, locale)
    yes = str(ReviewAction(_REMOVE_CONFIRMED, campaign.id))
    raise UserInputError(
        "review_remove_campaign",
        item=label,
        count=len(campaign.activities),
        amount=amount,
        options=[
            (yes, t(locale, "review.remove_campaign_yes", item=label)),
            (DECLINED, t(locale, "review.remove_campaign_no")),
        ],
    )


def _item_label(draft: PlanDraft, item_id: str) -> str:
    plan, locale = draft.plan, draft.locale
    campaign = plan.campaign(item_id)
    if campaign is not None:
        return display_value("name", campaign.name or campaign.id, plan, locale)
    found = plan.find_activity(item_id)
    if found is None:
        return item_id
    campaign, activity = found
    kind = display_value("activity_type", activity.activity_type, plan, locale)
    return f"{kind} ({display_value('name', campaign.name, plan, locale)})"


def _fix_for(plan: Plan, finding: Finding) -> str | None:
    """The review's choice that repairs `finding` (a blocking one), if a single change does."""
    code, item_id = finding.code, finding.item_id or ""
    if code == "plan_field_missing":
        return _edit(f"{finding.params.get('field')}")
    if code == "plan_without_campaigns":
        return "add_campaign"
    if code == "plan_over_limit":
        return _edit("plan_limit")
    if code == "plan_deadline_passed":
        return _edit("period")
    campaign = plan.campaign(item_id)
    if campaign is not None:
        if code == "campaign_without_activities":
            return str(ReviewAction("add_activity", campaign.id))
        if code == "campaign_end_before_start":
            return _edit("end_date", campaign.id)
        missing = campaign.missing_field()
        return _edit(missing, campaign.id) if missing else None
    found = plan.find_activity(item_id)
    if found is not None:
        campaign, activity = found
        if code == "activity_not_eligible":
            return _edit("activity_type", campaign.id, activity.id)
        missing = activity.missing_field()
        return _edit(missing, campaign.id, activity.id) if missing else None
    return None


def _edit(field_name: str, campaign_id: str | None = None, activity_id: str | None = None) -> str:
    """The review's choice value that changes this field."""
    return str(ReviewAction.edit(EditTarget(field_name, campaign_id, activity_id)))


# "change the plan limit", "modifier le plafond": a plan field's change asked in words.
_FIELD_WORDS = {
    "plan_limit": {"en": ("limit", "plan limit"), "fr": ("plafond", "limite")},
    "reviewer_email": {"en": ("reviewer", "reviewer email"), "fr": ("reviseur", "relecteur")},
    "mpn_id": {"en": ("mpn", "mpn id", "partner id"), "fr": ("mpn", "identifiant partenaire")},
    "market": {"en": ("country",), "fr": ("pays",)},
    "period": {"en": ("period",), "fr": ("periode",)},
    "fund_type": {"en": ("fund",), "fr": ("fonds",)},
}


def review_choices(draft: PlanDraft) -> list[Choice]:
    """Everything the review offers, typed or picked: submit, save, change, add, remove."""
    plan, locale = draft.plan, draft.locale
    choices = [
        Choice(
            "submit",
            t(locale, "review.submit"),
            synonyms=(*SUBMIT_WORDS, "send for approval", "submit the plan", "submit my plan"),
        ),
        Choice(
            "save",
            t(locale, "review.save"),
            synonyms=("save", "enregistrer", "sauvegarder", "close", "fermer"),
        ),
        Choice(
            "add_campaign",
            t(locale, "review.add_campaign"),
            synonyms=("add campaign", "ajouter une campagne", "new campaign", "nouvelle campagne"),
        ),
    ]
    for name in PLAN_FIELDS:
        field_label = t(locale, f"field.{name}")
        choices.append(
            Choice(
                _edit(name),
                t(locale, "review.change", field=field_label),
                synonyms=edit_phrases(f"field.{name}", **_FIELD_WORDS.get(name, {})),
            )
        )
    for campaign in plan.campaigns:
        label = _item_label(draft, campaign.id)
        for name in CAMPAIGN_FIELDS:
            choices.append(
                Choice(
                    _edit(name, campaign.id),
                    t(locale, "review.change_item", item=label, field=t(locale, f"field.{name}")),
                )
            )
        choices.append(
            Choice(
                str(ReviewAction("add_activity", campaign.id)),
                t(locale, "review.add_activity", campaign=label),
            )
        )
        choices.append(
            Choice(str(ReviewAction("remove", campaign.id)), t(locale, "review.remove", item=label))
        )
        for activity in campaign.activities:
            activity_label = _item_label(draft, activity.id)
            for name in ACTIVITY_FIELDS:
                choices.append(
                    Choice(
                        _edit(name, campaign.id, activity.id),
                        t(
                            locale,
                            "review.change_item",
                            item=activity_label,
                            field=t(locale, f"field.{name}"),
                        ),
                    )
                )
            choices.append(
                Choice(
                    str(ReviewAction("remove", activity.id)),
                    t(locale, "review.remove", item=activity_label),
                )
            )
    return choices


def _parse_limit(draft: PlanDraft, answer: str) -> ReadAmount:
    """The plan's limit: "up to 50,000", "50,000 (per half)" are 50,000."""
    # "50000?": that figure, unsure; "the plan limit is 50000": that figure
    typed = split_remark(as_a_most(as_unsure(figure_in_sentence(answer))))[0]
    return parse_amount(typed, draft.plan.currency or "USD", draft.locale)
