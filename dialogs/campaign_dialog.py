"""CampaignDialog: a campaign's name and dates, then its activities in a loop.

A date is checked at the answer: outside the plan's usage period, or a start before
today, it is kept (nothing typed is lost) but said at once, and the partner confirms
it or gives another (`<date field>_confirm`, asked right after). The review still
shows it (`domain.plan_rules`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import partial
from typing import Any

from botbuilder.dialogs import WaterfallStepContext

from dialogs.activity_dialog import ActivityDialog
from dialogs.form_dialog import Child, Done, Field, Next, Question, field_table
from dialogs.plan_form import WALKED_BACK, PlanDraft, PlanFormDialog, shown_on_plan
from dialogs.recognizer import (
    Choice,
    leaves_it_to_me,
    normalize,
    recognize_yes_no,
    says_as_last_time,
    says_nothing_of_it,
)
from dialogs.services import Services
from dialogs.several import Found, Reader, Several, label
from domain.dates import (
    DateWindow,
    FiscalHalf,
    length_after,
    months_span,
    parse_date,
    quarter_or_half_span,
    read_in_sentence,
)
from domain.errors import UserInputError
from domain.evidence import looks_like_link
from domain.plan import (
    ACTIVITY_FIELDS,
    CAMPAIGN_FIELDS,
    MAX_ACTIVITIES_PER_CAMPAIGN,
    MAX_NAME_LENGTH,
    Plan,
)
from domain.plan_rules import campaign_date_concerns
from domain.text import clean_text, excerpt, named_as
from views import cards
from views.display import display_value
from views.strings import t

DATE_FIELDS = ("start_date", "end_date")
# "from <date> to <date>", "du … au …", "between … and …", "entre … et …".
# "from … to …", and a range typed alone ("10 Jan 2027 to 31 Mar 2027": from the start).
_RANGE_OPENING = re.compile(r"(?:^|\s)(?:from|du|between|entre|starting)\s+|^(?=\S)", re.IGNORECASE)
_RANGE_BETWEEN = re.compile(
    r"\s+(?:to|until|till|through|and|au|jusqu'au|jusqu’au|et|-|–|—)\s+", re.IGNORECASE
)
# The question after a date said to be questionable: keep it, or give another (by its date).
CONFIRMS = {"start_date_confirm": "start_date", "end_date_confirm": "end_date"}
# The confirmation asked after each date.
CONFIRMATION = {date_field: confirm for confirm, date_field in CONFIRMS.items()}


def usage_period(plan: Plan) -> FiscalHalf | None:
    """The plan's usage period, where its campaigns spend the co-op (None if not known)."""
    try:
        return FiscalHalf.parse(plan.period) if plan.period else None
    except UserInputError:
        return None


# The campaign's "edit" naming one of its activities to open ("back" into it), not a field.
INTO_ACTIVITY = "activity:"


# A campaign date said from the plan's period or the campaign's start.
_PERIOD_END = frozenset(
    normalize(words)
    for words in (
        *("end of the period", "the end of the period", "period end", "end of period"),
        *("end of the usage period", "until the end of the period", "the last day"),
        *("fin de la periode", "la fin de la periode", "jusqu a la fin de la periode"),
        *("fin de periode", "le dernier jour", "fin de la periode d utilisation"),
    )
)
_PERIOD_START = frozenset(
    normalize(words)
    for words in (
        *("start of the period", "the start of the period", "beginning of the period"),
        *("period start", "start of period", "the first day"),
        *("debut de la periode", "le debut de la periode", "debut de periode"),
        "le premier jour",
    )
)
# The first or last day of a part of the year said ("start of Q3", "by the end of the
# half", « début du T2 », « fin T2 »), normalized words before the part.
_EDGE_OF = re.compile(
    r"(?:(?:at |from |by |until |till )?(?:the )?(?:(?P<start>start|beginning|early|debut)"
    r"|end|close|late|fin)|(?:au |des le |a la |jusqu a la |d ici la )(?:(?P<debut>debut)|fin))"
    r"(?: of| de| du| d)? "
)
_THE_HALF = frozenset(
    ("the half", "half", "this half", "the semester", "semester", "le semestre", "semestre")
)
_SAME_DAY = frozenset(
    normalize(words)
    for words in (
        *("same day", "the same day", "same day as the start", "one day", "a single day"),
        *("le meme jour", "meme jour", "un seul jour", "une seule journee", "une journee"),
    )
)


class CampaignDialog(PlanFormDialog):
    """Asks what the campaign still lacks, hands each activity to ActivityDialog."""

    back_order = CAMPAIGN_FIELDS
    back_to = CONFIRMS

    def __init__(self, services: Services) -> None:
        super().__init__(CampaignDialog.__name__, services)
        self.activity_form = ActivityDialog(services)
        self.add_dialog(self.activity_form)
        kept = {"holder": lambda draft: draft.campaign, "display": shown_on_plan}
        self.fields = field_table(
            Field(
                "name",
                lambda draft: t(
                    draft.locale,
                    "question.name",
                    number=draft.plan.campaigns.index(draft.campaign) + 1,
                ),
                parse=_parse_name,
                max_length=MAX_NAME_LENGTH,
                **kept,
            ),
            *(
                Field(
                    date_field,
                    partial(self._date_text, date_field),
                    input="date",
                    parse=partial(self._parse_date, date_field, in_sentence=True),
                    after=partial(self._date_kept, date_field),
                    **kept,
                )
                for date_field in DATE_FIELDS
            ),
            *(
                Field(
                    confirm,
                    ask=partial(self._confirm_question, confirm),
                    parse=partial(self._parse_confirmation, confirm),
                    act=partial(self._confirmed, confirm),
                )
                for confirm in CONFIRMS
            ),
            Field(
                "more_activities",
                lambda draft: t(
                    draft.locale, "question.more_activities", campaign=self._name(draft)
                ),
                input="yes_no",
                act=self._more_activities,
            ),
        )

    async def next_step(self, draft: PlanDraft, options: dict[str, Any]) -> Question | Child | Done:
        campaign = draft.campaign
        assert campaign is not None
        ids = {"plan_id": draft.plan.id, "campaign_id": campaign.id}
        field_name = options.get("edit") or campaign.missing_field()
        if field_name and field_name.startswith(INTO_ACTIVITY):
            # "back" at "another activity?": the activity just finished, at its last answer.
            activity_id = field_name.removeprefix(INTO_ACTIVITY)
            if campaign.activity(activity_id) is not None:
                into = {"activity_id": activity_id, "edit": ACTIVITY_FIELDS[-1], WALKED_BACK: True}
                return Child(ActivityDialog.__name__, {**ids, **into})
            field_name = campaign.missing_field()
        if field_name in CONFIRMS and getattr(campaign, CONFIRMS[field_name]) is None:
            field_name = CONFIRMS[field_name]  # the date itself, gone since it was said
        if field_name is not None:
            return await self.question(draft, field_name)
        unfinished = next((a for a in campaign.activities if a.missing_field()), None)
        if unfinished is not None:
            return Child(ActivityDialog.__name__, {**ids, "activity_id": unfinished.id})
        if not campaign.activities:
            activity = draft.plan.add_activity(campaign)
            draft.plan = await self.services.plans.save_plan(draft.plan)
            return Child(ActivityDialog.__name__, {**ids, "activity_id": activity.id})
        if not campaign.activities_done:
            return await self.question(draft, "more_activities")
        return Done()

    async def go_back(
        self, step: WaterfallStepContext, draft: PlanDraft, field_name: str
    ) -> Next | None:
        """ "back" at "another activity?": the activity before it, at its last answer (the
        amount just typed); then on from there."""
        activities = draft.campaign.activities if draft.campaign else []
        if field_name == "more_activities" and activities:
            return Next(edit=f"{INTO_ACTIVITY}{activities[-1].id}")
        return await super().go_back(step, draft, field_name)

    def just_begun(self, draft: PlanDraft) -> str | None:
        campaign = draft.campaign
        if campaign is None or campaign.activities:
            return None
        begun = all(getattr(campaign, name) is None for name in CAMPAIGN_FIELDS)
        return campaign.id if begun else None

    async def back_from_child(self, step: WaterfallStepContext, draft: PlanDraft) -> Next | None:
        """ "back" at the first question of an activity just begun (it is gone): "another
        activity?" again; for the campaign's first activity, its end date. Added from the
        review (activities done), the review again."""
        campaign = draft.campaign
        if campaign is None or campaign.activities_done:
            return None
        walked = {WALKED_BACK: True}
        if campaign.activities:
            return Next(edit="more_activities", options=walked)
        return Next(edit=self.back_order[-1], options=walked)

    # -- the campaign's card form, and the next activity's at "another activity?" ----------

    form_fields = ("name", *DATE_FIELDS)

    def form_title(self, draft: PlanDraft) -> str:
        plan = draft.plan
        number = (
            plan.campaigns.index(draft.campaign) + 1
            if draft.campaign in plan.campaigns
            else len(plan.campaigns) + 1
        )
        return t(draft.locale, "form.campaign_title", number=number)

    def form_owner(self, draft: PlanDraft, field_name: str):
        if field_name == "more_activities":
            if len(draft.campaign.activities) >= MAX_ACTIVITIES_PER_CAMPAIGN:
                return None
            # On a copy: the activity the form would fill is not added to the draft.
            plan = draft.plan.model_copy(deep=True)
            campaign = plan.campaign(draft.campaign.id)
            return self.activity_form, replace(
                draft, plan=plan, campaign=campaign, activity=plan.add_activity(campaign)
            )
        return super().form_owner(draft, field_name)

    @staticmethod
    def _name(draft: PlanDraft) -> str:
        return display_value("name", draft.campaign.name, draft.plan, draft.locale)

    # -- several answers in one message --------------------------------------------------

    def several_readers(self, draft: PlanDraft) -> list[Reader]:
        """ "Salon Cloud Paris du 15/09/2026 au 15/12/2026": a name and the dates."""
        return [
            self.reader(draft, "name", label("name", "nom"), free_text=True),
            self.reader(
                draft, "start_date", label("start", "starts", "début", "debut"), kind="date"
            ),
            self.reader(draft, "end_date", label("end", "ends", "fin"), kind="date"),
        ]

    def several_found(self, draft: PlanDraft, text: str, asked: str | None = None) -> Found | None:
        """ "… from <date> to <date>" (du … au, between … and, entre … et) anywhere: the
        first reading where both dates are dates, in the order and windows asked one by
        one; what comes before is the name."""
        campaign = draft.campaign
        kept = (campaign.start_date, campaign.end_date)
        # "January to March 2027": whole months; "Q1 2027", "Q3 FY27", "H2": the part of
        # the year that lies in the usage period, calendar or fiscal.
        span = months_span(text, draft.today)
        if span is None and asked != "end_date":  # there, the quarter's end (`_said_from`)
            span = quarter_or_half_span(text, usage_period(draft.plan))
        if span is not None:
            try:
                start = self._parse_date("start_date", draft, span[0].isoformat())
                campaign.start_date = start
                end = self._parse_date("end_date", draft, span[1].isoformat())
                return Found(rest="", values=[("start_date", start), ("end_date", end)])
            except UserInputError:
                pass  # outside what the questions take: read as any other message
            finally:
                campaign.start_date, campaign.end_date = kept
        vague: Found | None = None
        for opening in _RANGE_OPENING.finditer(text):
            tail = text[opening.end() :]
            name = text[: opening.start()].strip(" ,:;-–")
            for between in _RANGE_BETWEEN.finditer(tail):
                typed_end = tail[between.end() :].strip(" .")
                try:
                    start = self._parse_date("start_date", draft, tail[: between.start()])
                except UserInputError:
                    continue
                try:
                    campaign.start_date = start
                    end = self._parse_date("end_date", draft, typed_end)
                except UserInputError as error:
                    # "du 1er avril au fin juin": the range is meant, its end is several
                    # days; the start is taken, the end said back with the likely day.
                    if error.code == "date_vague" and vague is None:
                        hint = error.params.get("suggestion")
                        vague = Found(
                            rest=name,
                            values=[("start_date", start)],
                            unread=[(typed_end, str(hint) if hint else None)],
                        )
                    continue
                finally:
                    campaign.start_date, campaign.end_date = kept
                return Found(rest=name, values=[("start_date", start), ("end_date", end)])
        return vague

    async def after_several(
        self, step: WaterfallStepContext, draft: PlanDraft, answer: Several
    ) -> Next | None:
        for date_field in DATE_FIELDS:
            if date_field in answer.fields and self._concerns(draft, date_field):
                return Next(edit=CONFIRMATION[date_field])
        return None

    def read_ahead(self, draft: PlanDraft, field_name: str, answer: str) -> Any:
        """ "Another activity?" answered with the activity ("tradeshow, France, 3,000, …")."""
        campaign = draft.campaign
        if field_name != "more_activities" or len(campaign.activities) >= (
            MAX_ACTIVITIES_PER_CAMPAIGN
        ):
            return None
        activity = draft.plan.add_activity(campaign)
        ahead = replace(draft, activity=activity)
        taken = self.activity_form.read_several(ahead, answer, None)
        return taken if taken is not None and taken.values else None

    async def _more_activities(
        self, step: WaterfallStepContext, draft: PlanDraft, value: bool | Several
    ) -> None:
        campaign = draft.campaign
        if isinstance(value, Several):
            if len(campaign.activities) >= MAX_ACTIVITIES_PER_CAMPAIGN:
                await step.context.send_activity(
                    t(draft.locale, "error.too_many_activities", max=MAX_ACTIVITIES_PER_CAMPAIGN)
                )
                return
            ahead = replace(draft, activity=draft.plan.add_activity(campaign))
            self.activity_form.keep_several(ahead, value)
            if await self.save(step, draft):
                await step.context.send_activity(self.activity_form.several_said(ahead, value))
            return
        if value and len(campaign.activities) >= MAX_ACTIVITIES_PER_CAMPAIGN:
            await step.context.send_activity(
                t(draft.locale, "error.too_many_activities", max=MAX_ACTIVITIES_PER_CAMPAIGN)
            )
            value = False
        if value:
            draft.plan.add_activity(campaign)
        else:
            campaign.activities_done = True
        await self.save(step, draft)

    # -- dates -------------------------------------------------------------------------------

    def _date_text(self, field_name: str, draft: PlanDraft) -> str:
        return t(draft.locale, f"question.{field_name}", campaign=self._name(draft))

    def _parse_date(
        self, field_name: str, draft: PlanDraft, answer: str, *, in_sentence: bool = False
    ) -> Any:
        """The date `answer` gives; `in_sentence`: also after a few words leading to it
        ("it starts on 1 March 2027": the question's own answer, never a piece of a message
        read for several answers, where those words are the name's)."""
        campaign = draft.campaign
        window = self._window(draft, field_name)
        which_end = "end" if field_name == "end_date" else "start"
        value = self._said_from(field_name, draft, answer)
        if value is None:

            def read(said: str) -> date:
                return parse_date(said, draft.locale, draft.today, window, month_alone=which_end)

            value = read_in_sentence(answer, read) if in_sentence else read(answer)
        start = value if field_name == "start_date" else campaign.start_date
        end = value if field_name == "end_date" else campaign.end_date
        if start is not None and end is not None and end < start:
            # Name the date being asked, so the re-ask is answered with the right one.
            raise UserInputError(
                "end_before_start" if field_name == "end_date" else "start_after_end",
                start=display_value("start_date", start, draft.plan, draft.locale),
                end=display_value("end_date", end, draft.plan, draft.locale),
            )
        return value

    def _said_from(self, field_name: str, draft: PlanDraft, answer: str) -> date | None:
        """A campaign date said from what is known: the period's first or last day ("end of
        the period", « début de la période »), the start's own day ("same day"), a
        quarter's or a half's last day ("Q1", « T1 2027 ») for the end, each taken; a
        length from the start ("6 weeks", « pendant 2 mois ») offered as the day it gives
        (`date_length`)."""
        typed = normalize(answer[:60])
        period, start = usage_period(draft.plan), draft.campaign.start_date
        if period is not None and typed in _PERIOD_END and field_name == "end_date":
            return period.end
        if period is not None and typed in _PERIOD_START and field_name == "start_date":
            return period.start
        edge = _EDGE_OF.match(typed)
        if edge is not None and period is not None:
            # "start of Q3", "end of the half", « début du T2 », « fin du semestre »: that
            # quarter's or half's first or last day, as said.
            rest = typed[edge.end() :]
            span = (
                (period.start, period.end)
                if rest in _THE_HALF
                else quarter_or_half_span(rest, period)
            )
            if span is not None:
                return span[0] if edge["start"] or edge["debut"] else span[1]
        if field_name != "end_date" or start is None:
            return None
        quarter = quarter_or_half_span(answer, period)
        if quarter is not None:  # "Q1" at the end date: the campaign ends with it
            return quarter[1]
        if typed in _SAME_DAY:
            return start
        meant = length_after(answer, start)
        if meant is not None:
            shown = display_value("end_date", meant, draft.plan, draft.locale)
            raise UserInputError(
                "date_length",
                value=answer.strip()[:40],
                start=display_value("start_date", start, draft.plan, draft.locale),
                suggestion=shown,
                answer=meant.isoformat(),
            )
        return None

    async def _date_kept(
        self, field_name: str, step: WaterfallStepContext, draft: PlanDraft, value: Any
    ) -> Next | None:
        if self._concerns(draft, field_name):
            # Said at once, before any "✓": the next question is whether to keep it.
            return Next(edit=CONFIRMATION[field_name])
        shown = display_value(field_name, value, draft.plan, draft.locale)
        await step.context.send_activity(t(draft.locale, "ack.value", value=shown))
        return None

    async def _confirmed(
        self, confirm: str, step: WaterfallStepContext, draft: PlanDraft, value: Any
    ) -> Next | None:
        """Kept (yes), asked again (no), or another date typed instead."""
        date_field = CONFIRMS[confirm]
        if value is True:
            kept = getattr(draft.campaign, date_field)
            shown = display_value(date_field, kept, draft.plan, draft.locale)
            await step.context.send_activity(t(draft.locale, "ack.date_kept", date=shown))
            return None
        if value is False:
            return Next(edit=date_field)
        return await self.apply(step, draft, date_field, value)

    def _window(self, draft: PlanDraft, field_name: str) -> DateWindow:
        """Where the year of a year-less campaign date is looked for: the usage period first
        (a day in it is the one meant, even one already past: that is then said, as for
        any date), preferring what comes next: from today for a start, from the start for
        an end."""
        campaign, today = draft.campaign, draft.today
        period = usage_period(draft.plan)
        if field_name == "start_date":
            after, latest = today, campaign.end_date
        else:
            after, latest = campaign.start_date or today, None
        earliest = after
        if period is not None:
            earliest = period.start if field_name == "start_date" else max(after, period.start)
            latest = min(latest, period.end) if latest else period.end
        return DateWindow(earliest=earliest, latest=latest, on_or_after=after)

    def _concerns(self, draft: PlanDraft, field_name: str) -> list[str]:
        value = getattr(draft.campaign, field_name)
        if value is None:
            return []
        return campaign_date_concerns(field_name, value, usage_period(draft.plan), draft.today)

    def _confirm_question(self, field_name: str, draft: PlanDraft) -> Question:
        locale, plan = draft.locale, draft.plan
        date_field = CONFIRMS[field_name]
        shown = display_value(date_field, getattr(draft.campaign, date_field), plan, locale)
        period = usage_period(plan)
        params = {
            "date": shown,
            "today": display_value(date_field, draft.today, plan, locale),
            "period": period.label if period else "",
            "start": display_value(date_field, period.start if period else None, plan, locale),
            "end": display_value(date_field, period.end if period else None, plan, locale),
        }
        reasons = [
            t(
                locale,
                "date_check.campaign_outside_period"
                if code == "campaign_outside_period"
                else "date_check.campaign_starts_in_past",
                **params,
            )
            for code in self._concerns(draft, date_field)
        ]
        text = t(locale, "question.date_confirm", date=shown)
        choices = [
            Choice("yes", t(locale, "button.keep_date", date=shown)),
            Choice("no", t(locale, "button.change_date")),
        ]
        card = cards.confirm_card(reasons, text, choices, field_name, draft.target)
        return Question(field_name, text, input="confirm", choices=choices, card=card)

    def _parse_confirmation(self, field_name: str, draft: PlanDraft, answer: str) -> Any:
        """Yes (keep), no (ask the date again), or another date."""
        decision = recognize_yes_no(answer)
        if decision is not None:
            return decision
        date_field = CONFIRMS[field_name]
        try:
            return self.parse(draft, date_field, answer)
        except UserInputError as error:
            if error.code not in ("date_invalid", "date_empty"):
                raise
            value = getattr(draft.campaign, date_field)
            shown = display_value(date_field, value, draft.plan, draft.locale)
            raise UserInputError("date_keep_or_change", date=shown) from None


def _name_offered(draft: PlanDraft) -> str:
    """A campaign's name when the partner leaves it to the bot: the plan's period ("FY27 H2
    campaign", « Campagne FY27 H2 »), numbered when the plan has another of that name."""
    period = draft.plan.period or ""
    taken = {c.name for c in draft.plan.campaigns if c.name and c is not draft.campaign}
    number = 1
    while True:
        words = t(draft.locale, "campaign.name_offered", period=period).strip()
        name = words if number == 1 else f"{words} {number}"
        if name not in taken:
            return name[:MAX_NAME_LENGTH]
        number += 1


def _parse_name(draft: PlanDraft, answer: str) -> str:
    """The campaign's name; a yes, a no or an "I don't know" is none (it answered another
    question: kept, the campaign would be called "yes"); "you choose" gets one offered."""
    if leaves_it_to_me(answer):
        offered = _name_offered(draft)
        raise UserInputError(
            "name_offered", value=excerpt(answer), suggestion=offered, answer=offered
        )
    if says_as_last_time(answer):  # each campaign its own name (stop 57)
        raise UserInputError("campaign_name_as_last_time", value=excerpt(answer))
    text = named_as(clean_text(answer, max_length=MAX_NAME_LENGTH, field="name"))
    if says_nothing_of_it(text):
        raise UserInputError("name_says_nothing", value=excerpt(text))
    if looks_like_link(text):
        raise UserInputError("name_is_link", value=excerpt(text))
    return text
