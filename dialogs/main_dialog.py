"""MainDialog: the router. Reads what the partner asks and starts or interrupts dialogs.

Commands (help, cancel, my plans, …) work at any moment: while a question is
pending they are answered and the question is asked again, so nothing typed is
lost. Card clicks are routed by their hidden `action`, never by their text.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from botbuilder.core import MessageFactory, TurnContext
from botbuilder.dialogs import (
    ComponentDialog,
    DialogContext,
    DialogState,
    DialogTurnResult,
    DialogTurnStatus,
    WaterfallDialog,
    WaterfallStepContext,
)
from botbuilder.dialogs.prompts import PromptOptions
from botbuilder.schema import Activity
from opentelemetry import trace

from dialogs.answer_prompt import card_value
from dialogs.attachments import IncomingFile, files_of
from dialogs.claim_dialog import (
    ACTIVITY_CHANGE,
    AMOUNT_FIELD,
    CHANGEABLE,
    FOR_WORDS,
    PREFIX,
    ClaimDialog,
    copy_claim,
    items_at_fault,
    reopen_for,
)
from dialogs.claims_export import LINK_MINUTES, export_link, may_export
from dialogs.delete_draft_dialog import DeleteClaimDraftDialog, DeleteDraftDialog, KeptOpen
from dialogs.dispute_dialog import FIELD as DISPUTE_FIELD
from dialogs.dispute_dialog import DisputeDialog
from dialogs.evidence_dialog import EVIDENCE_QUESTIONS_AT, evidence_question, files_talked_about
from dialogs.field_help import field_help
from dialogs.form_dialog import MAX_OFFERED_CHOICES, Done, error_text
from dialogs.identity import TEAMS_LOCALE, Identity
from dialogs.intents import INTENTS, Intent
from dialogs.messages import show_typing, to_activity
from dialogs.ownership import owner_label, refusal_unless_may_change
from dialogs.plan_dialog import PlanDialog, asks_total
from dialogs.plan_form import PlanDraft
from dialogs.recognizer import (
    REBATE_PAID,
    Command,
    StatusQuestion,
    activity_ran,
    asks_to_change,
    asks_what_stops,
    at_rest,
    claim_field_to_change,
    close_choice,
    command_meant,
    contradicts_the_rejection,
    delay_told_about,
    in_another_language,
    invoice_currency_told,
    left_asked,
    match_choice,
    mistake_about,
    names_a_claim,
    names_a_plan_only,
    need_asked,
    normalize,
    overview_asked,
    plan_item_changed_to,
    plan_item_named,
    plan_item_to_change,
    promises_it_later,
    recognize_command,
    recognize_status_question,
    repeat_asked,
    term_alone,
    why_alone,
)
from dialogs.review_actions import EditTarget
from dialogs.review_words import answered, edits_meant, example
from dialogs.services import Services
from dialogs.sheet_import import Filled, SheetFiller, problems_text, read_attached, sheet_of
from dialogs.status_answers import (
    MAX_LISTED,
    SENT,
    STATUS_SHOWN,
    answer_left_to_claim,
    answer_payment,
    answer_status,
    more_line,
    reasons_said,
    status_going_on,
)
from dialogs.used_cards import mark_notice_used
from domain.catalog import ACTIVITY_TYPES, expenses_named
from domain.claim import METRIC_FIELD, Claim
from domain.dates import FiscalHalf, format_date, format_day_ahead
from domain.errors import UserInputError
from domain.evidence import (
    ALLOWED_EXTENSIONS_TEXT,
    INVOICE_OR_CSR,
    requirements_for,
    still_needed,
)
from domain.funds import claiming_window, period_closing
from domain.lifecycle import ClaimStatus, PlanStatus
from domain.money import format_amount
from domain.plan import (
    MAX_ACTIVITIES_PER_CAMPAIGN,
    MAX_CAMPAIGNS,
    PLAN_FIELDS,
    Plan,
    copy_plan_into,
)
from domain.plan_rules import RESUBMISSION_GRACE, program_year_end, submission_deadline
from domain.reminder_day import CLAIM_DEADLINE_DAYS, day_named_at_end, reminder_day
from domain.roles import SUBMITTER_ROLES, Role, may_draft, may_submit_plan
from domain.text import answer_locale, excerpt, language_of
from sheets.plan_sheet import TEMPLATE_FILE_NAME
from storage.claims import ClaimSummary, FollowUp
from storage.repository import DuplicatePlanError, PlanChangedError
from views import cards
from views.activity_names import activity_type_choices
from views.claim_cards import (
    claim_limits_text,
    common_rejections_text,
    evidence_needed_text,
    expenses_text,
    invoice_awaited_message,
    invoice_offer_message,
    pre_approval_text,
)
from views.display import (
    NOT_AN_ID,
    claim_locked,
    claim_named,
    claim_not_found,
    claim_resumed,
    claim_status_label,
    item_id_or_marker,
    periods_text,
    plan_not_found,
    status_label,
    threshold_text,
)
from views.plan_cards import plan_contents_text, plan_reviewers_text
from views.strings import t

log = logging.getLogger(__name__)

# "submit my claim" (not "… plan"): the words that say a claim is meant.
_CLAIM_WORD = re.compile(r"\b(?:claim|reclamation)\b")
# "fix it" with several waiting: the ids named (changed last first).
MAX_LISTED_FIXES = 5
# Rejected claims looked at for a fix not yet sent (one read each), changed last first.
MAX_REJECTED_LOOKED_AT = 25


def command_of(turn_context: TurnContext) -> Command | None:
    """The command a message or a card click stands for, if any (its intent, never the
    words, is noted on the turn's trace: `answer` when it is none)."""
    command = _command_of(turn_context)
    note_intent(command.intent.value if command else "answer")
    return command


def note_intent(intent: str) -> None:
    """What the turn is about, on its trace (an intent's name, never the words)."""
    span = trace.get_current_span()
    if span.is_recording():
        span.set_attribute("incentives.intent", intent)


def _command_of(turn_context: TurnContext) -> Command | None:
    value = card_value(turn_context.activity)
    if value is not None:
        intent = _card_intent(value.get("action"))
        if intent is None:
            return None
        # A card's ids are the client's to forge: only well-formed ones are used or shown.
        language = value.get("language")
        edit = value.get("edit")  # "which one?"'s buttons: a campaign's or activity's answer
        edit = edit if isinstance(edit, str) and _EDIT_TARGET.fullmatch(edit) else None
        said = value.get("value")  # and the value typed with it, read as the question reads it
        # A reminder's day ("Remind me on Friday 4 December"), read as typed words would be.
        day = value.get("day") if intent is Intent.REMIND_ME else None
        day = day if isinstance(day, str) and _ISO_DAY.fullmatch(day) else None
        return Command(
            intent,
            item_id_or_marker(value.get("plan_id")),
            item_id_or_marker(value.get("claim_id")),
            language=language if language in ("en", "fr") else None,
            text=edit or day,
            value=said if edit and isinstance(said, str) and 0 < len(said) <= 200 else None,
        )
    return recognize_command(turn_context.activity.text)


def _invoice_files(activity: Activity) -> list[dict[str, Any]]:
    """The invoice a new claim starts from: the file sent with "new claim", or the one the
    offer card names (the client's to forge: a name and a link of bounded length, fetched
    under the evidence rules like any attachment)."""
    files = [asdict(f) for f in files_of(activity)]
    if files:
        return files[:1]
    value = card_value(activity) or {}
    invoice = value.get("invoice")
    if not isinstance(invoice, dict):
        return []
    name, url = invoice.get("name"), invoice.get("url")
    if not (isinstance(name, str) and isinstance(url, str)) or len(name) > 255 or len(url) > 2000:
        return []
    return [asdict(IncomingFile(name, url, None))]


# "my claims" lists this many at a time; "show more" the next ones, from where it stopped,
# kept in the partner's profile under this key with the question open when it was shown
# (`{"shown_to": 25, "during": "CLM-…:claim.name"}`; `during` None: at rest).
CLAIMS_PAGE = 25
_CLAIMS_SHOWN = "claims_shown"


def _claims_place(profile: dict[str, Any]) -> tuple[int, str | None]:
    """Where "my claims" stopped (0: from its start) and the question it was shown at."""
    kept = profile.get(_CLAIMS_SHOWN)
    kept = kept if isinstance(kept, dict) else {}
    shown_to, during = kept.get("shown_to"), kept.get("during")
    shown_to = shown_to if isinstance(shown_to, int) and shown_to > 0 else 0
    return shown_to, during if isinstance(during, str) else None


# A reminder button's day (`2026-12-04`).
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

# A button's edit target (`C1:name`, `C1:A2:countries`); the plan says if it holds it.
_EDIT_TARGET = re.compile(r"C\d{1,4}(?::A\d{1,4})?:[a-z_]{1,20}")


def _card_intent(action: Any) -> Intent | None:
    """The intent a card button's `action` names (its value), if a button may ask for it."""
    try:
        intent = Intent(str(action))
    except ValueError:
        return None
    return intent if INTENTS[intent].from_card else None


# The plan's questions where "add an activity", "remove this campaign" are the answer.
_ITEMS_ASKED_AT = frozenset({"review", "more_activities", "more_campaigns"})

# "who is my reviewer?" reads the latest plans only (one read each).
_REVIEWERS_LISTED = 10
# "which currency?" names the latest plans' currencies (from the plans' list, one read).
_CURRENCIES_LISTED = 5

# A question followed by more ("Why was it rejected? The scan is clear."): at a dispute, the
# partner's justification, not a question about where the claim stands.
_SAYS_MORE = re.compile(r"[?!.]\s+\w")

# "is there a deadline?", « quelle est la date limite ? » (normalized), asked of the funds.
_DEADLINE_WORD = re.compile(r"\b(?:deadlines?|due|cut ?off|dates? limites?|echeances?|delais?)\b")

# "where are my files?": the files of this many of the speaker's latest claims sent.
MAX_SENT_FILES_LISTED = 3

# What `MainDialog._answer` says to each intent that only needs an answer.
_ANSWERS = {
    Intent.NOTHING_ASKED: "nothing_asked",
    Intent.INVOICE_HOW: "invoice_how",
    Intent.SUPPORT: "support",
    Intent.WHO_ARE_YOU: "about_me",
    Intent.DATA_KEPT: "data_kept",
    Intent.ABOUT_COOP: "about_coop",
    Intent.REVIEW_TIME: "review_time",
    Intent.NO_INVOICE: "error.evidence_invoice_lacking",  # said at the evidence list too
    Intent.LOST_INVOICE: "lost_invoice",
    Intent.AFTER_SUBMIT: "after_submit",
    Intent.NEXT_STEPS: "next_steps",
    Intent.CLAIMS_PER_ACTIVITY: "claims_per_activity",
    Intent.CLAIMS_HOW_MANY: "claims_how_many",
    Intent.PLANS_HOW_MANY: "plans_how_many",
    Intent.INVOICE_ONCE: "invoice_once",
    Intent.QUESTION_COMING: "question_coming",
    Intent.DELETE_HOW: "delete_how",
    Intent.PARTNER_ID: "help.field.mpn_id",
    Intent.CSR_WHAT: "error.evidence_faq_csr",  # as at a claim's evidence
    Intent.STATUSES_WHAT: "statuses_what",
    Intent.KEEP_ORIGINALS: "error.evidence_faq_keep",  # as at a claim's evidence
    Intent.RESUBMIT_TIMES: "resubmit_times",
    Intent.IMPRESSIONS_WHAT: "help.field.claim.impressions",  # as at a claim's question
    Intent.SPENT_LESS: "spent_less",
    Intent.QUOTE_ONLY: "error.evidence_faq_quote",  # as at a claim's evidence
}


@dataclass(frozen=True)
class Pending:
    """The question waiting for an answer when a command comes in the middle of a dialog."""

    plan_id: str = ""
    claim_id: str | None = None
    field: str | None = None
    # The question's kind (form_dialog.Question.input); None in a state saved before it was kept.
    input: str | None = None


@dataclass
class Turn:
    """A command being routed: at the start of a turn (`step`), or in the middle of a
    question (`inner_dc`, with the `pending` question)."""

    context: TurnContext
    identity: Identity
    command: Command
    step: WaterfallStepContext | None = None
    inner_dc: DialogContext | None = None
    pending: Pending = field(default_factory=Pending)

    async def leave_question(self) -> None:
        """Drop the dialogs under way (at the start of a turn there are none)."""
        if self.inner_dc is not None:
            await self.inner_dc.cancel_all_dialogs()

    async def begin(self, dialog_id: str, options: dict[str, Any]) -> DialogTurnResult:
        return await (self.step or self.inner_dc).begin_dialog(dialog_id, options)

    async def answered(self, typed: str) -> DialogTurnResult:
        """The question just asked, answered with `typed` in the same turn ("change the
        start date to 1 March" at another question, or the value a "which one?" button
        carries: its value), read as if typed."""
        activity = self.context.activity
        said, clicked = activity.text, activity.value
        activity.text, activity.value = typed, None
        try:
            return await (self.inner_dc or self.step).continue_dialog()
        finally:
            activity.text, activity.value = said, clicked

    async def answered_if_asked(
        self, opened: DialogTurnResult, typed: str | None
    ) -> DialogTurnResult:
        """`opened` (a dialog just begun at an answer's question), that question answered
        with `typed` when it waits for one and a value was said (`answered`)."""
        if typed is None or opened.status is not DialogTurnStatus.Waiting:
            return opened
        return await self.answered(typed)

    async def carry_on(self) -> DialogTurnResult:
        """Nothing started: the turn ends, or the pending question is asked again."""
        if self.step is not None:
            return await self.step.end_dialog()
        await self.inner_dc.reprompt_dialog()
        return DialogTurnResult(DialogTurnStatus.Waiting)

    async def end(self) -> DialogTurnResult:
        """The request ends here; a question left behind is not asked again."""
        if self.step is not None:
            return await self.step.end_dialog()
        return DialogTurnResult(DialogTurnStatus.Complete)


Handler = Callable[[Turn], Awaitable[DialogTurnResult]]


def _sent_plan_text(locale: str, sent: Any) -> str:
    """ "edit my plan" with no draft, the latest plan sent: awaiting changes (how to make
    them), or why it can't change and whom to tell."""
    if sent.status is PlanStatus.ACTION_REQUIRED:
        return t(locale, "plan.awaiting_changes", plan_id=sent.id)
    status = status_label(sent.status.value, locale)
    return t(locale, "plan.sent_unchangeable", plan_id=sent.id, status=status)


@dataclass(frozen=True)
class Route:
    """An intent's handlers (named in dialogs.intents.INTENTS), bound to the dialog."""

    at_start: Handler
    # None: in the middle of a question these words are an answer to it ("hi", "back").
    in_question: Handler | None


class MainDialog(ComponentDialog):
    """Root of every conversation: routes commands, owns the plan and delete dialogs."""

    def __init__(self, services: Services) -> None:
        super().__init__(MainDialog.__name__)
        self.services = services
        self.plan_form = PlanDialog(services)
        self.add_dialog(self.plan_form)
        self.add_dialog(DeleteDraftDialog(services))
        self.add_dialog(DeleteClaimDraftDialog(services))
        self.add_dialog(ClaimDialog(services))
        self.add_dialog(DisputeDialog(services))
        self.add_dialog(
            WaterfallDialog(f"{MainDialog.__name__}.route", [self.route_step, self.final_step])
        )
        self.initial_dialog_id = f"{MainDialog.__name__}.route"
        # Looked up once, here: a handler misnamed in the table fails at start-up.
        self.routes: dict[Intent, Route] = {
            intent: Route(
                getattr(self, spec.at_start),
                getattr(self, spec.in_question) if spec.in_question else None,
            )
            for intent, spec in INTENTS.items()
        }

    # -- a new request -----------------------------------------------------------------------

    async def route_step(self, step: WaterfallStepContext) -> DialogTurnResult:
        context = step.context
        identity = Identity.from_activity(context.activity)
        command = command_of(context)
        if await self._refused_without_role(context, identity, command):
            return await step.end_dialog()
        if command is None:
            return await self._not_a_command(step, identity)
        return await self.routes[command.intent].at_start(Turn(context, identity, command, step))

    async def _not_a_command(
        self, step: WaterfallStepContext, identity: Identity
    ) -> DialogTurnResult:
        """A late card answer, a status question, files, or words not understood."""
        context = step.context
        value = card_value(context.activity)
        if value is not None and value.get("action") == "answer":
            return await self._late_answer(step, identity, value)
        text = context.activity.text if value is None else None
        term = term_alone(text) or at_rest(text)
        if term is not None:
            # "CSR?", « co-op ? », "I'm done", "options" alone: inside a question they may be
            # its answer; here, what they mean with nothing open.
            return await self.routes[term].at_start(Turn(context, identity, Command(term), step))
        ran = activity_ran(text)
        if ran is not None:  # "I ran the seminar, now what?": its claim, as "new claim for …"
            # (Before the status question: "… what now?" asks that too.)
            command = Command(Intent.NEW_CLAIM, text=ran)
            return await self.routes[Intent.NEW_CLAIM].at_start(
                Turn(context, identity, command, step)
            )
        question = recognize_status_question(context.activity.text)
        if question is None and overview_asked(text):
            # "summary", "what's pending?"; "my claim is stuck": the claims alone.
            question = StatusQuestion(delay_told_about(text) or "any")
        if question is not None:
            note_intent("status")
            await context.send_activity(await answer_status(self.services, identity, question))
            return await step.end_dialog()
        files = files_of(context.activity)
        if not files and contradicts_the_rejection(text) and await self._rejected_claims(identity):
            # "the invoice was there!" after a rejection: its dispute, those words offered as
            # the reason (with nothing rejected, "I already sent it" is said of a file).
            command = Command(Intent.DISPUTE_WAITING, text=(text or "").strip())
            route = self.routes[Intent.DISPUTE_WAITING]
            return await route.at_start(Turn(context, identity, command, step))
        talked = None if files else files_talked_about(text)
        if talked is not None:  # "see attached" with none, "where are my files?"
            await context.send_activity(await self._files_kept(identity, talked == "sent"))
            return await step.end_dialog()
        sheet = sheet_of(files)
        if sheet is not None:
            # A plan spreadsheet with no question open: a new draft, or the one it names.
            return await self._plan_sheet(
                context, identity, sheet, None, begin=step.begin_dialog, carry_on=step.end_dialog
            )
        if files:
            # No claim open: say how to attach it to one (nothing is downloaded); one file
            # invoices are read from may start a claim as its invoice (one click).
            elsewhere = await self._where_files_go(identity)
            if len(files) == 1 and self.services.invoices is not None:
                offer = invoice_offer_message(
                    files[0].name, files[0].download_url, elsewhere, identity.locale
                )
                await context.send_activity(to_activity(offer))
            else:
                await context.send_activity(elsewhere)
        elif why_alone(text) and (sent_back := await self._waiting_for_fix(identity)):
            # "why?" after a reviewer sent something back: its reasons (stop 58).
            item_id = sent_back[0]
            kind = "claim" if item_id.startswith("CLM-") else "plan"
            asked = StatusQuestion(kind, item_id)
            await context.send_activity(await answer_status(self.services, identity, asked))
        elif meant := command_meant(text):  # "nwe plan": the command offered, one click
            offer = cards.command_offer_message(meant.value, text or "", identity.locale)
            await context.send_activity(to_activity(offer))
        elif (context.activity.text or "").strip() or value is not None:
            await context.send_activity(await self._not_understood(identity, text))
        else:
            # No words, no file, no card data (a card pasted in, a value the client mangled):
            # said, never left unanswered.
            await context.send_activity(t(identity.locale, "not_understood.empty"))
        return await step.end_dialog()

    async def _not_understood(self, identity: Identity, text: str | None = None) -> str:
        """ "I didn't understand that", with what a reviewer sent back to the partner when
        anything was (the likeliest reason for words off the script after a notice); words
        of another language (« hola, necesito ayuda ») are told, in English and in French,
        which two the bot speaks."""
        if text and in_another_language(text):
            return t(identity.locale, "not_understood.other_language")
        waiting = await self._waiting_for_fix(identity)
        if not waiting:
            return t(identity.locale, "not_understood")
        items = ", ".join(f"**{item_id}**" for item_id in waiting[:MAX_LISTED_FIXES])
        # (« Renvoyée … pour la corriger »: a réclamation is feminine, a plan masculine.)
        key = (
            "not_understood.waiting_claim"
            if waiting[0].startswith("CLM-")
            else "not_understood.waiting"
        )
        return t(identity.locale, key, items=items, example=waiting[0])

    # -- the routes (named in dialogs.intents.INTENTS) ---------------------------------------

    async def _new_plan(self, turn: Turn) -> DialogTurnResult:
        identity = turn.identity
        # A draft of the partner's with nothing in it yet serves: "new plan" twice leaves
        # no empty draft behind.
        plan = await self._blank_plan_draft(identity)
        if plan is not None:
            said = t(identity.locale, "ack.plan_blank_reused", plan_id=plan.id)
        else:
            plan = await self.services.plans.create_plan(
                tenant_id=identity.tenant_id,
                owner_id=identity.user_id,
                owner_name=identity.name,
                today=self.services.today(),
            )
            said = t(identity.locale, "ack.plan_started", plan_id=plan.id)
        if turn.command.text:  # "new plan for next half": its period kept, said back
            plan.period = FiscalHalf.read(turn.command.text, self.services.today()).label
            plan = await self.services.plans.save_plan(plan)
            said = f"{said}\n\n✓ {plan.period}"
        await turn.context.send_activity(said)
        return await turn.begin(PlanDialog.__name__, {"plan_id": plan.id})

    async def _blank_plan_draft(self, identity: Identity) -> Plan | None:
        """The partner's plan draft with nothing answered yet, if any."""
        plans = self.services.plans
        for summary in await plans.list_plans(identity.tenant_id, owner_id=identity.user_id):
            if summary.status is PlanStatus.EDITING and not (
                summary.program or summary.period or summary.currency
            ):
                plan = await plans.get_plan(identity.tenant_id, summary.id)
                if plan is not None and plan.is_blank:
                    return plan
        return None

    async def _blank_claim_draft(self, identity: Identity) -> Claim | None:
        """The partner's claim draft with nothing answered yet, if any."""
        claims = self.services.claims
        for summary in await claims.summaries(identity.tenant_id):
            if (
                summary.owner_id == identity.user_id
                and summary.status is ClaimStatus.EDITING
                and not (summary.name or summary.amount)
            ):
                claim = await claims.get(identity.tenant_id, summary.id)
                if claim is not None and claim.is_blank:
                    return claim
        return None

    async def _copy_claim(self, turn: Turn) -> DialogTurnResult:
        """ "copy my last claim": a new draft for the activity of the claim named, else of the
        latest one sent (a draft only when none was), in its plan's currency; what proves one
        run of the activity (name, day, amount, reach, evidence) is the new claim's own, asked
        from its name on. Made once per claim copied while that draft is open: asked again (a
        second click, a redelivery), the same draft is opened."""
        identity, claims = turn.identity, self.services.claims
        locale, tenant_id = identity.locale, identity.tenant_id
        source_id = turn.command.claim_id
        if source_id is None:
            latest = await claims.summaries(tenant_id)
            sent = [s for s in latest if s.status is not ClaimStatus.EDITING]
            source_id = (sent or latest)[0].id if latest else None
        source = await claims.get(tenant_id, source_id) if source_id else None
        if source is None or source.activity_id is None:
            if source is not None:  # a draft with no activity chosen yet: nothing to copy
                said = t(locale, "claim.copy_nothing", claim_id=source.id)
            elif source_id is None:
                said = t(locale, "claim.copy_none")
            else:
                said = claim_not_found(locale, source_id)
            await turn.context.send_activity(said)
            return await turn.end()

        def same_activity(draft: Claim) -> Claim:
            draft.plan_id, draft.campaign_id = source.plan_id, source.campaign_id
            draft.activity_id, draft.activity_type = source.activity_id, source.activity_type
            draft.currency = source.currency
            draft.record(identity.user_id, "copied", note=f"same activity as {source.id}")
            return draft

        copy, made = await self._claim_made_once(
            identity, source.id, "same_activity", same_activity
        )
        if made is None:
            said = t(locale, "claim.copy_open", claim_id=source.id, new_id=copy.id)
        elif made:
            plan = await self.services.plans.get_plan(tenant_id, source.plan_id or "")
            campaign = plan.campaign(source.campaign_id or "") if plan is not None else None
            activity = claim_named(None, source.activity_type, locale)
            where = activity
            if campaign is not None:
                where = f"{cards.escape(campaign.name or campaign.id)} · {activity}"
            said = t(locale, "claim.copied", claim_id=source.id, new_id=copy.id, activity=where)
        else:
            said = claim_resumed(copy, locale)
        await turn.context.send_activity(said)
        return await turn.begin(ClaimDialog.__name__, {"claim_id": copy.id})

    async def _copy_plan(self, turn: Turn) -> DialogTurnResult:
        """ "copy plan PLN-… to FY27 H2": a new draft for the next period (or the one named)
        from a plan of the tenant (the one named, else the latest), its campaigns' dates
        moved into that period and listed for the partner to check; then its review."""
        identity, command, plans = turn.identity, turn.command, self.services.plans
        locale = identity.locale
        source_id = command.plan_id
        if source_id is None:
            # The latest plan sent (a draft, such as an earlier copy, only when none was).
            latest = await plans.list_plans(identity.tenant_id)
            sent = [p for p in latest if p.status is not PlanStatus.EDITING]
            source_id = (sent or latest)[0].id if latest else None
        source = await plans.get_plan(identity.tenant_id, source_id) if source_id else None
        if source is None:
            if source_id is None:
                await turn.context.send_activity(t(locale, "copy.no_plan"))
            else:
                await turn.context.send_activity(plan_not_found(locale, source_id))
            return await turn.end()
        today = self.services.today()
        try:
            from_half = FiscalHalf.parse(source.period) if source.period else None
        except UserInputError:
            from_half = None
        to_half = (
            FiscalHalf.parse(command.period)
            if command.period
            else (from_half or FiscalHalf.containing(today)).next()
        )
        if from_half is not None and to_half.label == from_half.label:
            await turn.context.send_activity(
                t(locale, "copy.same_period", plan_id=source.id, period=to_half.label)
            )
            return await turn.end()
        months = 0
        if from_half is not None:
            months = (to_half.start.year - from_half.start.year) * 12 + (
                to_half.start.month - from_half.start.month
            )
        target = await plans.create_plan(
            tenant_id=identity.tenant_id,
            owner_id=identity.user_id,
            owner_name=identity.name,
            today=today,
        )
        copied = copy_plan_into(source, target, to_half.label, months)
        try:
            target = await plans.save_plan(target)
        except DuplicatePlanError as error:
            await plans.delete_plan(identity.tenant_id, target.id)
            await turn.context.send_activity(
                t(locale, "error.plan_duplicate", plan_id=error.existing_plan_id)
            )
            return await turn.end()
        lines = [
            t(
                locale,
                "copy.done",
                source=source.id,
                plan_id=target.id,
                period=to_half.label,
                campaigns=len(copied),
                activities=sum(len(c.activities) for c in copied),
            )
        ]
        for before, after in zip(source.campaigns, copied, strict=True):
            if before.start_date and after.start_date and before.end_date and after.end_date:
                lines.append(
                    t(
                        locale,
                        "copy.moved",
                        campaign=cards.escape(after.name or after.id),
                        start=format_date(after.start_date, locale),
                        end=format_date(after.end_date, locale),
                        was_start=format_date(before.start_date, locale),
                        was_end=format_date(before.end_date, locale),
                    )
                )
        lines.append(t(locale, "copy.check_dates"))
        await turn.context.send_activity("\n\n".join(lines))
        return await turn.begin(PlanDialog.__name__, {"plan_id": target.id})

    async def _plan_template(self, turn: Turn) -> DialogTurnResult:
        """The spreadsheet to fill a plan in, as a link (Teams takes no file from a bot in a
        personal chat without a consent round; a link opens in one click)."""
        locale = turn.identity.locale
        name = TEMPLATE_FILE_NAME[language_of(locale)]
        message = cards.link_message(
            t(locale, "sheet.template"),
            t(locale, "button.template"),
            self.services.link(f"/templates/{name}"),
        )
        await turn.context.send_activity(to_activity(message))
        return await turn.carry_on()

    async def _plan_sheet(
        self,
        context: TurnContext,
        identity: Identity,
        incoming: IncomingFile,
        pending_plan_id: str | None,
        *,
        begin: Callable[..., Awaitable[DialogTurnResult]],
        carry_on: Callable[[], Awaitable[DialogTurnResult]],
    ) -> DialogTurnResult:
        """A plan spreadsheet: every row checked, then the draft built or updated in one
        save, and its review shown (or the first thing still missing asked). One refused
        value and nothing changes: each problem is listed with its row.

        Which draft: the one the file names (a template made from a draft), else the one
        whose question is open, else the partner's draft with the same partner id, program,
        fund and period (a file attached again after an edit), else a new one."""
        locale, plans = identity.locale, self.services.plans
        await show_typing(context)
        try:
            sheet = await read_attached(self.services, incoming, locale)
        except UserInputError as error:
            await context.send_activity(error_text(locale, error))
            return await carry_on()
        filler = SheetFiller(self.plan_form)
        today = self.services.today()

        def fill(plan: Plan) -> Filled:
            return filler.fill(PlanDraft(identity=identity, today=today, plan=plan), sheet)

        target: Plan | None = None
        named = sheet.plan_id or pending_plan_id
        if named:
            target = await self._draft_to_open(context, identity, named)
            if target is None:
                return await carry_on()
        filled = fill(target or Plan(id="", tenant_id=identity.tenant_id, owner_id=""))
        if not filled.problems and target is None:
            target = await self._same_draft(context, identity, filled.plan)
            if target is not None:
                filled = fill(target)
        if filled.problems:
            await context.send_activity(problems_text(locale, incoming.name, filled.problems))
            return await carry_on()
        created = target is None
        if target is None:
            target = await plans.create_plan(
                tenant_id=identity.tenant_id,
                owner_id=identity.user_id,
                owner_name=identity.name,
                today=today,
            )
            filled = fill(target)
        plan = filled.plan
        plan.record(identity.user_id, "imported", note=incoming.name[:100])
        try:
            plan = await plans.save_plan(plan)
        except (DuplicatePlanError, PlanChangedError) as error:
            if created:
                await plans.delete_plan(identity.tenant_id, target.id)
            if isinstance(error, DuplicatePlanError):
                said = t(locale, "error.plan_duplicate", plan_id=error.existing_plan_id)
            else:
                said = t(locale, "error.plan_changed", plan_id=target.id)
            await context.send_activity(said)
            return await carry_on()
        await context.send_activity(
            t(
                locale,
                "sheet.created" if created else "sheet.updated",
                plan_id=plan.id,
                name=cards.escape(incoming.name),
                campaigns=filled.campaigns,
                activities=filled.activities,
            )
        )
        return await begin(PlanDialog.__name__, {"plan_id": plan.id})

    async def _same_draft(
        self, context: TurnContext, identity: Identity, plan: Plan
    ) -> Plan | None:
        """The tenant's draft holding the same partner id, program, fund and period as
        `plan`, if the speaker may change it (one plan per key: DOMAIN.md)."""
        wanted = plan.uniqueness_key
        if wanted is None:
            return None
        wanted = (identity.tenant_id, *wanted[1:])
        for summary in await self.services.plans.list_plans(identity.tenant_id):
            if summary.status is not PlanStatus.EDITING:
                continue
            found = await self.services.plans.get_plan(identity.tenant_id, summary.id)
            if found is not None and found.uniqueness_key == wanted:
                if await self._refused_not_owner(context, identity, "plan", found):
                    return None
                return found
        return None

    async def _continue_plan(self, turn: Turn) -> DialogTurnResult:
        changed = plan_item_changed_to(turn.command.text)
        field = claim_field_to_change(changed[0]) if changed and not turn.command.plan_id else None
        if field is not None:
            # "change the amount to 9,000": a claim's word too, the claim draft's when it was
            # changed last (then at that question, with the value said).
            plan, claim = await self._latest_drafts(turn.identity)
            if claim is not None and (plan is None or claim.updated_at > plan.updated_at):
                turn.command = replace(turn.command, claim_id=claim.id, text=field)
                opened = await self._continue_claim(turn)
                return await turn.answered_if_asked(opened, changed[1])
        plan = await self._draft_to_open(turn.context, turn.identity, turn.command.plan_id)
        if plan is None:
            return await turn.end()
        locale = turn.identity.locale
        await turn.context.send_activity(t(locale, "ack.plan_resumed", plan_id=plan.id))
        text, value = _change_said(turn.command.text, turn.command.value)
        try:
            meant = edits_meant(text, plan)
        except UserInputError as error:  # "change the amount of activity 5"
            await turn.context.send_activity(error_text(locale, error))
            meant = []
        if len(meant) > 1:  # "change the countries" of two activities: which, one click each
            typed = (turn.context.activity.text or turn.command.text or "").strip()  # as typed
            await turn.context.send_activity(_which_answer(plan, meant, typed, locale, value))
        options: dict[str, Any] = {"plan_id": plan.id}
        if len(meant) == 1:
            options["edit"] = meant[0]  # "change the plan limit": at that question
        opened = await turn.begin(PlanDialog.__name__, options)
        return await turn.answered_if_asked(opened, value if len(meant) == 1 else None)

    async def _plan_change_how(self, turn: Turn) -> DialogTurnResult:
        """ "add a campaign", "how do I remove an activity?" with no question open: the
        speaker's plan draft changed last is said to be one whose review adds, changes and
        removes campaigns and activities, and is opened; with only plans sent, why the latest
        can't change; with none, how a plan gets its campaigns."""
        identity, locale = turn.identity, turn.identity.locale
        plan, _ = await self._latest_drafts(identity)
        if plan is None:
            sent = await self.services.plans.list_plans(
                identity.tenant_id, owner_id=identity.user_id
            )
            said = _sent_plan_text(locale, sent[0]) if sent else t(locale, "plan_change.none")
            await turn.context.send_activity(said)
            return await turn.end()
        await turn.context.send_activity(t(locale, "plan_change.draft", plan_id=plan.id))
        turn.command = replace(turn.command, plan_id=plan.id)
        return await self._continue_plan(turn)

    async def _plan_change_how_in_question(self, turn: Turn) -> DialogTurnResult | None:
        """ "add another activity", "remove this activity" at a plan's question (seen at
        stop 61 kept as an activity's description): when another is asked, and that the
        review adds, renames and removes them; the question again, nothing kept. At the
        review, at "another activity?" and "another campaign?", and in a claim's question,
        the words are its own."""
        pending = turn.pending
        if not pending.plan_id or pending.claim_id or pending.field in _ITEMS_ASKED_AT:
            return None
        await turn.context.send_activity(t(turn.identity.locale, "plan_change.in_question"))
        return await turn.carry_on()

    async def _mistake_told(self, turn: Turn) -> DialogTurnResult:
        """ "I made a mistake in my claim", "I uploaded the wrong invoice", « je me suis
        trompé » with no question open: the speaker's draft meant (the kind named, else the
        draft changed last) is said to be one, with how to change an answer, and opened where
        it was left. With no such draft: a claim's, why the latest sent one can't change and
        what can be done; a plan's, the same of the latest plan sent; neither, the rule."""
        identity, locale = turn.identity, turn.identity.locale
        about = mistake_about(turn.context.activity.text)
        plan, claim = await self._latest_drafts(identity)
        if claim is not None and about != "plan":
            if about == "claim" or plan is None or claim.updated_at > plan.updated_at:
                said = t(locale, "mistake.claim_draft", claim_id=claim.id)
                await turn.context.send_activity(said)
                turn.command = replace(turn.command, claim_id=claim.id)
                return await self._continue_claim(turn)
        if about == "claim":
            await turn.context.send_activity(await self._mistake_in_sent_claim(identity))
            return await turn.end()
        if plan is not None:
            await turn.context.send_activity(t(locale, "mistake.plan_draft", plan_id=plan.id))
            turn.command = replace(turn.command, plan_id=plan.id)
            return await self._continue_plan(turn)
        if about == "plan":
            return await self._continue_plan(turn)  # the latest plan sent: why it stays
        await turn.context.send_activity(t(locale, "after_submit"))
        return await turn.end()

    async def _mistake_in_sent_claim(
        self, identity: Identity, none_key: str = "error.no_claim_to_change"
    ) -> str:
        """A mistake in a claim with no claim draft: the speaker's latest claim, why it
        can't change and what its status leaves to do (telling the reviewers where no fix
        or dispute is open); with none, that there is no claim (`none_key`)."""
        locale = identity.locale
        own = [
            s
            for s in await self.services.claims.summaries(identity.tenant_id)
            if s.owner_id == identity.user_id
        ]
        claim = await self.services.claims.get(identity.tenant_id, own[0].id) if own else None
        if claim is None:
            return t(locale, none_key)
        said = claim_locked(claim, locale, "mistake.claim_sent")
        if claim.status not in (ClaimStatus.ACTION_REQUIRED, ClaimStatus.REJECTED):
            said = f"{said} {t(locale, 'mistake.tell_reviewer')}"
        return said

    async def _continue_draft(self, turn: Turn) -> DialogTurnResult:
        """ "resume": the draft named, else the partner's draft changed last, plan or claim."""
        command, identity = turn.command, turn.identity
        if command.claim_id:
            return await self._continue_claim(turn)
        if command.plan_id:
            return await self._continue_plan(turn)
        plan_id, claim_id = await self._latest_draft(identity)
        if claim_id is not None:
            turn.command = replace(command, claim_id=claim_id)
            return await self._continue_claim(turn)
        if plan_id is None:
            # "repeat that" with nothing under way (seen at stop 61 answered as "continue").
            said = "repeat.nothing" if repeat_asked(turn.context.activity.text) else None
            await turn.context.send_activity(t(identity.locale, said or "error.no_draft_any"))
            return await turn.end()
        turn.command = replace(command, plan_id=plan_id)
        return await self._continue_plan(turn)

    async def _submit_draft(self, turn: Turn) -> DialogTurnResult:
        """ "submit my plan" with no dialog open: that draft, the partner's latest, whose
        review (or the question still missing) comes next; submitting is done there."""
        typed = turn.context.activity.text
        about_claim = names_a_claim(typed) or turn.command.claim_id is not None
        if not about_claim and not turn.command.plan_id and not names_a_plan_only(typed):
            # "submit", "how do I submit?": no kind named, the draft changed last.
            _, claim_id = await self._latest_draft(turn.identity)
            about_claim = claim_id is not None
        if about_claim:
            return await self._continue_claim(turn)
        return await self._continue_plan(turn)

    async def _delete_claim_draft(self, turn: Turn) -> DialogTurnResult:
        """ "delete my claim": the one named, else the partner's latest claim draft."""
        if not await self._claim_draft_named(turn):
            return await turn.end()
        return await self._delete_draft(turn)

    async def _delete_claim_draft_in_question(self, turn: Turn) -> DialogTurnResult:
        """The same in a question: the claim named, else the one open, else the latest."""
        if not await self._claim_draft_named(turn, turn.pending.claim_id):
            return await turn.carry_on()
        return await self._delete_draft_in_question(turn)

    async def _claim_draft_named(self, turn: Turn, open_claim: str | None = None) -> bool:
        """Puts the claim draft meant in the turn's command; False, said so, when none.

        With no draft, the speaker's latest claim: "withdraw my claim" once it is sent is
        told why it stays and what comes next (by `DeleteClaimDraftDialog`), not that
        there is nothing."""
        identity = turn.identity
        claim_id = turn.command.claim_id or open_claim
        if claim_id is None:
            mine = [
                s
                for s in await self.services.claims.summaries(identity.tenant_id)
                if s.owner_id == identity.user_id
            ]
            drafts = [s.id for s in mine if s.status is ClaimStatus.EDITING]
            claim_id = next(iter(drafts), None) or next((s.id for s in mine), None)
        if claim_id is None:
            said = t(identity.locale, "error.no_claim_draft_to_delete")
            if not _CLAIM_WORD.search(normalize(turn.context.activity.text or "")):
                # "cancel my submission" with no claim and only plans sent: why they stay.
                plans = await self.services.plans.list_plans(
                    identity.tenant_id, owner_id=identity.user_id
                )
                if plans and all(s.status is not PlanStatus.EDITING for s in plans):
                    sent, locale = plans[0], identity.locale
                    status = status_label(sent.status.value, locale)
                    said = t(locale, "delete.plan_sent", plan_id=sent.id, status=status)
            await turn.context.send_activity(said)
            return False
        turn.command = replace(turn.command, claim_id=claim_id, plan_id=None)
        return True

    async def _delete_draft(self, turn: Turn) -> DialogTurnResult:
        command = turn.command
        if command.claim_id and not command.plan_id:
            # Checked (its tenant, a draft, its owner or an admin) by the dialog itself.
            return await turn.begin(DeleteClaimDraftDialog.__name__, {"claim_id": command.claim_id})
        plan = await self._plan_draft_to_delete(turn)
        if plan is None:
            if command.plan_id is None:
                await self._claim_drafts_hint(turn.context, turn.identity)
            return await turn.end()
        return await turn.begin(DeleteDraftDialog.__name__, {"plan_id": plan.id})

    async def _plan_draft_to_delete(self, turn: Turn) -> Plan | None:
        """The plan draft "delete my plan" means: the one named, else the partner's latest;
        None when there is none, said why (with only plans sent, why they stay)."""
        command, identity = turn.command, turn.identity
        if command.plan_id is None:
            mine = await self.services.plans.list_plans(
                identity.tenant_id, owner_id=identity.user_id
            )
            if mine and all(s.status is not PlanStatus.EDITING for s in mine):
                # "withdraw my plan" with only plans sent: why they stay (one read of them).
                status = status_label(mine[0].status.value, identity.locale)
                said = t(identity.locale, "delete.plan_sent", plan_id=mine[0].id, status=status)
                await turn.context.send_activity(said)
                return None
        return await self._draft_to_open(
            turn.context, identity, command.plan_id, "error.no_draft_to_delete"
        )

    async def _new_claim(self, turn: Turn) -> DialogTurnResult:
        context, identity, plan_id = turn.context, turn.identity, turn.command.plan_id
        plans = await self.services.plans.list_plans(identity.tenant_id)
        approved = {s.id for s in plans if s.status is PlanStatus.APPROVED}
        if not approved:
            # Said before any draft is made: no empty claim is left in "my claims".
            await context.send_activity(t(identity.locale, "claim.no_approved_plan"))
            return await turn.end()
        if plan_id in approved and card_value(context.activity) is not None:
            # From an approval notice's button: that plan is already chosen.
            return await self._claim_from_notice(turn.step, identity, plan_id)
        claim = await self._blank_claim_draft(identity)
        reused = claim is not None
        if claim is None:
            claim = await self.services.claims.create_claim(
                tenant_id=identity.tenant_id,
                owner_id=identity.user_id,
                owner_name=identity.name,
                today=self.services.today(),
            )
        else:
            claim.restart_blank()  # asked anew: which plan's activity it is for too
        if plan_id in approved:
            plan = await self.services.plans.get_plan(identity.tenant_id, plan_id)
            claim.plan_id, claim.currency = plan.id, plan.currency
        if reused or plan_id in approved:
            claim = await self.services.claims.save(claim)  # one write for both
        started = "ack.claim_blank_reused" if reused else "ack.claim_started"
        await context.send_activity(t(identity.locale, started, claim_id=claim.id))
        options: dict[str, Any] = {"claim_id": claim.id}
        if turn.command.text:  # "new claim for the seminar": that activity, if one is
            options[FOR_WORDS] = turn.command.text
        invoice = _invoice_files(context.activity)
        if invoice:
            options["invoice_files"] = invoice  # "new claim" with its invoice attached
        return await turn.begin(ClaimDialog.__name__, options)

    async def _continue_claim(self, turn: Turn) -> DialogTurnResult:
        command = turn.command
        # "the amount is wrong" with no claim draft: the claim last sent is the one meant.
        changing = command.text in (*CHANGEABLE, ACTIVITY_CHANGE)
        if command.claim_id is None and not changing and asks_to_change(turn.context.activity.text):
            # "can I change my claim?" with no claim draft but claims sent: why the latest
            # can't change and who can send it back (as "I made a mistake in my claim").
            _, draft = await self._latest_drafts(turn.identity)
            if draft is None:
                said = await self._mistake_in_sent_claim(turn.identity, "error.no_claim_draft")
                await turn.context.send_activity(said)
                return await turn.end()
        claim = await self._claim_to_open(turn.context, turn.identity, command.claim_id, changing)
        if claim is None:
            return await turn.end()
        await turn.context.send_activity(claim_resumed(claim, turn.identity.locale))
        return await turn.begin(ClaimDialog.__name__, _opened_at(claim, turn.command.text))

    async def _nothing_to_cancel(self, turn: Turn) -> DialogTurnResult:
        await turn.context.send_activity(t(turn.identity.locale, "cancelled.nothing"))
        return await turn.end()

    async def _nothing_to_save(self, turn: Turn) -> DialogTurnResult:
        await turn.context.send_activity(t(turn.identity.locale, "saved.nothing"))
        return await turn.end()

    async def _save_in_question(self, turn: Turn) -> DialogTurnResult | None:
        """ "save" at a question of a draft: every answer is saved as it comes, so the
        question is left as the review's "Save" leaves it (the draft kept, how to come back
        said). At a review it is the review's own Save, and at a dispute's reason, or in a
        state that does not say, it is an answer as before. (The evidence list, a question
        of the review kind too, has no Save of its own: it stops there.)"""
        locale, pending = turn.identity.locale, turn.pending
        at_review = pending.input == "review" and (pending.field or "").endswith("review")
        if pending.input is None or at_review or pending.field == DISPUTE_FIELD:
            return None
        if pending.claim_id:
            said = t(locale, "claim.saved", claim_id=pending.claim_id)
        elif pending.plan_id:
            said = t(locale, "saved", plan_id=pending.plan_id)
        else:
            return None
        await turn.leave_question()
        await turn.context.send_activity(said)
        return await turn.end()

    async def _nothing_to_go_back_to(self, turn: Turn) -> DialogTurnResult:
        await turn.context.send_activity(t(turn.identity.locale, "back.nothing"))
        return await turn.end()

    async def _invoice_awaited(self, turn: Turn) -> DialogTurnResult:
        """ "still waiting for the invoice" at rest: the speaker's claim drafts that still
        need an invoice or CSR, each with the words that open it and the day claims of its
        period close; with none, how a claim waits for its invoice."""
        identity, locale = turn.identity, turn.identity.locale
        drafts = await self._claim_drafts(identity)
        claims = await self.services.claims.get_many(identity.tenant_id, drafts[:MAX_LISTED])
        lines = []
        for claim in claims:
            if INVOICE_OR_CSR not in still_needed(claim.activity_type, claim.evidence):
                continue
            name = claim_named(claim.name, claim.activity_type, locale)
            line = t(locale, "invoice_awaited.line", claim_id=claim.id, name=name)
            closes = await self._claims_close(identity, claim)
            lines.append(f"- {line} {closes}".rstrip())
        if lines:
            said = "\n".join([t(locale, "invoice_awaited.title"), *lines])
        else:
            said = t(locale, "invoice_awaited.none")
        await turn.context.send_activity(said)
        return await turn.end()

    async def _invoice_awaited_in_question(self, turn: Turn) -> DialogTurnResult | None:
        """ "still waiting for the invoice" at a claim's question: left as "later" leaves
        it, the claim kept, waiting for it; at another draft's question, its answer."""
        claim_id = turn.pending.claim_id
        if not claim_id or turn.pending.field == DISPUTE_FIELD:
            return None
        identity = turn.identity
        await turn.leave_question()
        locale, today = identity.locale, self.services.today()
        said = t(locale, "invoice_awaited.kept", claim_id=claim_id)
        claim = await self.services.claims.get(identity.tenant_id, claim_id)
        closes = await self._claims_close(identity, claim) if claim is not None else ""
        said = f"{said} {closes}".rstrip()
        # "the invoice comes tomorrow": a reminder that day, one click away.
        day = day_named_at_end(turn.context.activity.text, locale, today)
        if day is None:
            await turn.context.send_activity(said)
        else:
            shown = format_day_ahead(day, locale, today)
            message = invoice_awaited_message(said, claim_id, day.isoformat(), shown, locale)
            await turn.context.send_activity(to_activity(message))
        return await turn.end()

    async def _claims_close(self, identity: Identity, claim: Claim) -> str:
        """ "Claims for FY27 H1 are accepted until 15 Feb 2027.", from the claim's plan; ""
        when its plan or period is unknown."""
        closing = await self._claiming_closes(identity, claim)
        if closing is None:
            return ""
        period, closes = closing
        shown = format_date(closes, identity.locale)
        return t(identity.locale, "invoice_awaited.closes", period=period, closes=shown)

    async def _claiming_closes(self, identity: Identity, claim: Claim) -> tuple[str, date] | None:
        """The period of the claim's plan and the last day its claims are accepted; None
        when the plan is gone or says no period it can read."""
        if not claim.plan_id:
            return None
        plan = await self.services.plans.get_plan(identity.tenant_id, claim.plan_id)
        return period_closing(plan.period) if plan is not None else None

    async def _thanks(self, turn: Turn) -> DialogTurnResult:
        await turn.context.send_activity(t(turn.identity.locale, "thanks"))
        return await turn.end()

    async def _language(self, turn: Turn) -> DialogTurnResult:
        """ "speak French": answers in that language from now on ("language": both offered).
        In the middle of a question, the question is asked again in it."""
        if turn.command.language is None:
            await turn.context.send_activity(
                to_activity(cards.language_message(turn.identity.locale))
            )
            return await turn.carry_on()
        await self._choose_language(turn)
        if turn.inner_dc is None:
            return await turn.end()
        # A prompt keeps the words it was asked with: the draft is reopened where it was,
        # which asks its question anew, in the language chosen.
        active, pending = turn.inner_dc.active_dialog.id, turn.pending
        if active == ClaimDialog.__name__ and pending.claim_id:
            await turn.leave_question()
            return await turn.begin(*_draft_dialog(claim_id=pending.claim_id))
        if active == PlanDialog.__name__ and pending.plan_id:
            await turn.leave_question()
            return await turn.begin(*_draft_dialog(plan_id=pending.plan_id))
        return await turn.carry_on()

    async def _reminders(self, turn: Turn) -> DialogTurnResult:
        """ "stop reminding me" / "remind me again": the reminders of drafts left untouched,
        in the partner's profile (the notifier reads it); deadline reminders always come.
        In the middle of a question, the question is asked again."""
        identity, on = turn.identity, turn.command.intent is Intent.REMINDERS_ON
        await self.services.profiles.update(identity.tenant_id, identity.user_id, idle_reminders=on)
        said = "reminders.idle_on" if on else "reminders.idle_off"
        await turn.context.send_activity(t(identity.locale, said))
        return await turn.carry_on()

    async def _choose_language(self, turn: Turn) -> None:
        """Keep the language asked for in the partner's profile and answer in it now.

        Their Teams client's language again is no choice kept: Teams decides again."""
        context, identity, language = turn.context, turn.identity, turn.command.language
        teams = context.turn_state.get(TEAMS_LOCALE, context.activity.locale)
        chosen = None if language_of(teams) == language else language
        locale = answer_locale(teams, chosen) or ("fr-FR" if language == "fr" else "en-US")
        await self.services.profiles.update(
            identity.tenant_id, identity.user_id, language=chosen, locale=locale
        )
        context.activity.locale = locale
        turn.identity = replace(identity, locale=locale)
        await context.send_activity(t(locale, "language.chosen"))

    async def _answer(self, turn: Turn) -> DialogTurnResult:
        """Words that only need an answer (`_ANSWERS`); in a question, it is asked again."""
        await turn.context.send_activity(t(turn.identity.locale, _ANSWERS[turn.command.intent]))
        return await turn.carry_on()

    async def _chase_review(self, turn: Turn) -> DialogTurnResult:
        """ "can you chase the reviewer?": no one here can hurry a review; how long one takes,
        then where the speaker's plans and claims sent stand (a review past its time says
        whom to contact); in a question, it is asked again."""
        identity = turn.identity
        standing = await answer_status(
            self.services,
            identity,
            StatusQuestion("any", None, SENT),
            turn.pending.claim_id or turn.pending.plan_id or None,
        )
        await turn.context.send_activity(
            "\n\n".join([t(identity.locale, "chase_review"), standing])
        )
        return await turn.carry_on()

    async def _files_how(self, turn: Turn) -> DialogTurnResult:
        """ "add a file to my claim", "attach the invoice", « ajouter un fichier » with no
        question open: the speaker's claim draft changed last, opened where it stands to
        take the file; with none, how to attach one (an invoice starts a claim)."""
        _, draft = await self._latest_drafts(turn.identity)
        if draft is None:
            return await self._answer(turn)
        said = t(turn.identity.locale, "files_how.draft", claim_id=draft.id)
        await turn.context.send_activity(said)
        turn.command = replace(turn.command, claim_id=draft.id, text=None)
        return await self._continue_claim(turn)

    async def _evidence_needed(self, turn: Turn) -> DialogTurnResult:
        """What a reviewer needs: for the activity type named ("… for a webinar"), else in
        a claim for its own type, else for every type; a cost named ("… catering?"), the
        catalog's rule for it; in a question, it is asked again."""
        identity, named = turn.identity, turn.command.text or ""
        activity_type, unknown = None, ""
        expenses = expenses_named(named)
        if expenses:  # "can I claim catering?": the cost's rule (stop 59), before any type
            await turn.context.send_activity(expenses_text(identity.locale, expenses))
            return await turn.carry_on()
        if named:
            choices = activity_type_choices(identity.locale)
            choice = match_choice(named, choices) or close_choice(named, choices)
            activity_type, unknown = (choice.value, "") if choice is not None else (None, named)
        elif turn.pending.claim_id:
            claim = await self.services.claims.get(identity.tenant_id, turn.pending.claim_id)
            activity_type = claim.activity_type if claim is not None else None
        text = evidence_needed_text(identity.locale, activity_type, unknown)
        await turn.context.send_activity(text)
        return await turn.carry_on()

    async def _evidence_needed_in_question(self, turn: Turn) -> DialogTurnResult | None:
        """At the evidence list, a file's kind or the check card, a question they answer in
        their own words ("what counts as proof?": what a proof document is) is theirs (None);
        anywhere else, what a reviewer needs."""
        typed = turn.context.activity.text or ""
        if turn.pending.field in EVIDENCE_QUESTIONS_AT and evidence_question(typed):
            return None
        return await self._evidence_needed(turn)

    async def _claim_limits(self, turn: Turn) -> DialogTurnResult:
        """How much a claim may be (the catalog's caps); in a question, it is asked again."""
        await turn.context.send_activity(claim_limits_text(turn.identity.locale))
        return await turn.carry_on()

    async def _pre_approval_what(self, turn: Turn) -> DialogTurnResult:
        """What a pre-approval is and which types need one; in a question, asked again."""
        await turn.context.send_activity(pre_approval_text(turn.identity.locale))
        return await turn.carry_on()

    async def _fund_types_what(self, turn: Turn) -> DialogTurnResult:
        """The fund types a plan is for (co-op, MDF); in a question, it is asked again."""
        await turn.context.send_activity(t(turn.identity.locale, "fund_types_what"))
        return await turn.carry_on()

    async def _periods(self, turn: Turn) -> DialogTurnResult:
        """Earning, usage and claiming periods, with today's usage period and the days its
        claims are taken (and the last period's, while still taken); in a question, asked
        again."""
        await turn.context.send_activity(periods_text(turn.identity.locale, self.services.today()))
        return await turn.carry_on()

    async def _claim_when(self, turn: Turn) -> DialogTurnResult:
        """ "when can I claim?", "can I claim in advance?": once the activity has run, until
        its usage period's claims close (today's periods said); in a question, asked again."""
        locale = turn.identity.locale
        periods = periods_text(locale, self.services.today())
        await turn.context.send_activity(f"{t(locale, 'claim_when')}\n\n{periods}")
        return await turn.carry_on()

    async def _deadline_missed(self, turn: Turn) -> DialogTurnResult:
        """ "what if I miss the deadline?", "do unused funds roll over?": what is lost, with
        today's period and the day its claims close; in a question, asked again."""
        locale = turn.identity.locale
        periods = periods_text(locale, self.services.today())
        await turn.context.send_activity(f"{t(locale, 'deadline_missed')}\n\n{periods}")
        return await turn.carry_on()

    async def _deadline_extension(self, turn: Turn) -> DialogTurnResult:
        """ "can the deadline be extended?", « j'ai besoin de plus de temps »: a deadline is
        not this bot's to move: said so, whom to tell, what it can do instead, and today's
        period with the day its claims close; in a question, asked again."""
        locale = turn.identity.locale
        periods = periods_text(locale, self.services.today())
        await turn.context.send_activity(f"{t(locale, 'deadline_extension')}\n\n{periods}")
        return await turn.carry_on()

    async def _requirement_what(self, turn: Turn) -> DialogTurnResult:
        """ "what's a proof of distribution?": what that proof of a claim's checklist is, and
        the activity types that ask for it; in a question (the evidence list), asked again."""
        locale, keys = turn.identity.locale, (turn.command.text or "").split()
        if not keys:  # only the recognizer asks, always naming one
            return await turn.carry_on()
        key = keys[0]
        if len(keys) > 1 and turn.pending.claim_id:
            # "what's an agenda?" in a seminar's claim: its "Invitation and agenda".
            claim = await self.services.claims.get(turn.identity.tenant_id, turn.pending.claim_id)
            needed = requirements_for(claim.activity_type or "") if claim else ()
            key = next((each for each in keys if each in needed), key)
        types = [t(locale, f"activity.{entry.key}") for entry in ACTIVITY_TYPES
                 if key in entry.evidence]  # fmt: skip
        said = t(locale, "requirement_what", label=t(locale, f"requirement.{key}"),
                 help=t(locale, f"requirement_help.{key}"))  # fmt: skip
        if types:
            said += "\n\n" + t(locale, "requirement_what.asked_for", types=", ".join(types))
        await turn.context.send_activity(said)
        return await turn.carry_on()

    async def _my_role(self, turn: Turn) -> DialogTurnResult:
        """ "what's my role?", « quel est mon rôle ? »: the speaker's role in the directory
        and what it allows; where it does not allow submitting, who submits (and, outside the
        directory, who adds people to it). People to add or a role to change ("how do I add
        a colleague?", stop 60): where roles are given. In a question, asked again."""
        said = await self._role_text(turn.identity)
        if _PEOPLE_ADDED.search(normalize(turn.context.activity.text or "")):
            said += "\n\n" + t(turn.identity.locale, "my_role.add_people")
        await turn.context.send_activity(said)
        return await turn.carry_on()

    async def _approval_who(self, turn: Turn) -> DialogTurnResult:
        """ "does my boss need to approve it?": no one in the organisation approves before
        it goes, Microsoft's reviewer does; then the speaker's role and who submits. In a
        question, asked again."""
        said = t(turn.identity.locale, "approval_who")
        await turn.context.send_activity(f"{said}\n\n{await self._role_text(turn.identity)}")
        return await turn.carry_on()

    async def _threshold(self, turn: Turn) -> DialogTurnResult:
        """ "what is the co-op threshold?", "what is rebate?": rebate and co-op, and each
        program's threshold below which co-op becomes rebate; in a question, asked again.
        A rebate's payment asked after ("why is my rebate late?"): first, that the bot does
        not see it and whom to ask (stop 60)."""
        locale, text = turn.identity.locale, normalize(turn.context.activity.text or "")
        said = threshold_text(locale)
        if REBATE_PAID.search(text):
            said = t(locale, "threshold.rebate_paid") + "\n\n" + said
        await turn.context.send_activity(said)
        return await turn.carry_on()

    async def _plan_needs(self, turn: Turn) -> DialogTurnResult:
        """ "what do you need from me?", "what's a campaign?": what a plan asks, in order, how
        its campaigns and activities go (and how many it holds), what a claim asks later; in
        a question, asked again. With no question open and a draft under way, "what do you
        need?" asks what that draft still needs: where everything stands (stop 62)."""
        if turn.step is not None and need_asked(turn.context.activity.text):
            plan, claim = await self._latest_drafts(turn.identity)
            if plan is not None or claim is not None:
                question = StatusQuestion("any")
                said = await answer_status(self.services, turn.identity, question)
                await turn.context.send_activity(said)
                return await turn.end()
        said = t(
            turn.identity.locale,
            "plan_needs",
            campaigns=MAX_CAMPAIGNS,
            activities=MAX_ACTIVITIES_PER_CAMPAIGN,
        )
        await turn.context.send_activity(said)
        return await turn.carry_on()

    async def _common_rejections(self, turn: Turn) -> DialogTurnResult:
        """ "what are common rejection reasons?": what reviewers most often send back, how
        each is avoided, and that a claim's check says which apply; in a question, asked
        again."""
        await turn.context.send_activity(common_rejections_text(turn.identity.locale))
        return await turn.carry_on()

    async def _role_text(self, identity: Identity) -> str:
        """The speaker's role and what it allows, who submits, who may change a draft."""
        locale = identity.locale
        directory = self.services.directory
        role = await directory.role_of(identity.tenant_id, identity.user_id)
        named = t(locale, f"role_name.{role.value}")
        names = await directory.people_with(identity.tenant_id, SUBMITTER_ROLES)
        who = ", ".join(cards.escape(name) for name in names) or t(locale, "role.admin")
        if may_submit_plan(role):
            said = t(locale, "my_role.submitter", role=named)
        else:
            if role is not Role.UNKNOWN:
                key = "my_role.user"
            elif self.services.drafting_requires_role:
                key = "my_role.unknown_required"
            else:
                key = "my_role.unknown"
            said = t(locale, key, role=named, who=who)
        # "who can submit?", "can my colleague finish my draft?" (stop 57): who submits, and
        # who may change a draft (its owner or an admin: `_refused_not_owner`).
        return said + "\n\n" + t(locale, "my_role.others", who=who)

    async def _left_to_claim(self, turn: Turn) -> DialogTurnResult:
        """ "what's left to claim?": each approved plan's activities and what remains to
        claim on them; in a question, asked again."""
        said = await answer_left_to_claim(self.services, turn.identity)
        await turn.context.send_activity(said)
        return await turn.carry_on()

    async def _payment(self, turn: Turn) -> DialogTurnResult:
        """Who pays a claim, when and where, and the asker's approved claims with the day
        each is paid by; in a question, it is asked again."""
        said = await answer_payment(self.services, turn.identity, turn.pending.claim_id)
        await turn.context.send_activity(said)
        return await turn.carry_on()

    async def _dispute_how(self, turn: Turn) -> DialogTurnResult:
        """How a dispute goes, and which of the tenant's claims may be disputed now (as
        "dispute" alone reads them); nothing is started. In a question, asked again."""
        locale = turn.identity.locale
        rejected = await self._rejected_claims(turn.identity)
        if rejected:
            items = ", ".join(f"**{s.id}**" for s in rejected[:MAX_LISTED_FIXES])
            now = t(locale, "dispute_how.which", items=items, example=rejected[0].id)
        else:
            now = t(locale, "dispute_how.none")
        await turn.context.send_activity(t(locale, "dispute_how") + "\n\n" + now)
        return await turn.carry_on()

    async def _currency(self, turn: Turn) -> DialogTurnResult:
        """Which currency amounts are in, and the latest plans' own; at the plan's currency
        question, that question's help (what it asks, then the question again)."""
        if turn.pending.field == "currency":
            return await self._help(turn)
        identity = turn.identity
        summaries = await self.services.plans.list_plans(identity.tenant_id)
        named = [
            t(identity.locale, "currency.plan", plan_id=s.id, period=s.period, currency=s.currency)
            for s in summaries[:_CURRENCIES_LISTED]
            if s.currency and s.period
        ]
        text = t(identity.locale, "currency")
        if named:
            text += "\n\n" + t(identity.locale, "currency.plans", plans="; ".join(named))
        await turn.context.send_activity(text)
        return await turn.carry_on()

    async def _currency_in_question(self, turn: Turn) -> DialogTurnResult | None:
        """ "my invoice is in dollars" at a claim's amount is that question's (None): it asks
        for the amount converted; anywhere else, which currency amounts are in."""
        told = invoice_currency_told(turn.context.activity.text or "")
        if told and turn.pending.field == AMOUNT_FIELD:
            return None
        return await self._currency(turn)

    async def _show_plan(self, turn: Turn) -> DialogTurnResult:
        """What the latest plan holds (and how to list the others); in a question, it is
        asked again."""
        identity = turn.identity
        summaries = await self.services.plans.list_plans(identity.tenant_id)
        plan = None
        if summaries:
            plan = await self.services.plans.get_plan(identity.tenant_id, summaries[0].id)
        if plan is None:
            text = t(identity.locale, "plan_view.none")
        else:
            text = plan_contents_text(identity.locale, plan, len(summaries) - 1)
        await turn.context.send_activity(text)
        return await turn.carry_on()

    async def _who_reviews(self, turn: Turn) -> DialogTurnResult:
        """The reviewer each plan names (the latest plans'), or where one is named; at the
        question asking for the reviewer, what that question means."""
        if turn.pending.field == "reviewer_email":
            return await self._help(turn)
        identity = turn.identity
        summaries = await self.services.plans.list_plans(identity.tenant_id)
        reviewed = []
        for summary in summaries[:_REVIEWERS_LISTED]:
            plan = await self.services.plans.get_plan(identity.tenant_id, summary.id)
            if plan is not None and plan.reviewer_email:
                reviewed.append(plan)
        await turn.context.send_activity(plan_reviewers_text(identity.locale, reviewed))
        return await turn.carry_on()

    async def _greet(self, turn: Turn) -> DialogTurnResult:
        identity = turn.identity
        welcome = cards.welcome_message(identity.locale, identity.name)
        await turn.context.send_activity(to_activity(welcome))
        return await turn.end()

    async def _help(self, turn: Turn) -> DialogTurnResult:
        """General help; in the middle of a question, what that question means."""
        field_name, pending = turn.pending.field, turn.pending
        if field_name:
            await turn.context.send_activity(
                await field_help(
                    self.services, turn.identity, field_name, pending.plan_id, pending.claim_id
                )
            )
        else:
            await turn.context.send_activity(t(turn.identity.locale, "help.general"))
        return await turn.carry_on()

    async def _my_plans(self, turn: Turn) -> DialogTurnResult:
        await turn.context.send_activity(await self._plans_list(turn.identity))
        return await turn.carry_on()

    async def _my_claims(self, turn: Turn) -> DialogTurnResult:
        during = _during(turn.pending)
        await turn.context.send_activity(await self._claims_list(turn.identity, during=during))
        return await turn.carry_on()

    async def _more_claims_in_question(self, turn: Turn) -> DialogTurnResult | None:
        """ "show more" in a question: the list shown at that very question goes on (the
        question asked again); None, the question's answer, when none was shown there."""
        identity, during = turn.identity, _during(turn.pending)
        if during is None:
            return None
        profile = await self.services.profiles.get(identity.tenant_id, identity.user_id)
        if await self._status_went_on(turn, profile, during):
            return await turn.carry_on()
        start, shown_at = _claims_place(profile)
        if shown_at == during and start > 0:
            listed = await self._claims_list(identity, start, more=True, during=during)
            await turn.context.send_activity(listed)
            return await turn.carry_on()
        return None

    async def _more_claims(self, turn: Turn) -> DialogTurnResult:
        """ "show more", « la suite »: the next claims of the list "my claims" showed last
        (where it stopped is kept in the partner's profile); none shown, from its start."""
        identity = turn.identity
        profile = await self.services.profiles.get(identity.tenant_id, identity.user_id)
        if await self._status_went_on(turn, profile):  # a status answer, asked last
            return await turn.carry_on()
        start, _ = _claims_place(profile)
        await turn.context.send_activity(await self._claims_list(identity, start, more=True))
        return await turn.carry_on()

    async def _status_went_on(
        self, turn: Turn, profile: dict[str, Any], during: str | None = None
    ) -> bool:
        """The rest of the status answer whose list goes on (shown at the question `during`,
        when given), said; False when none goes on."""
        going_on = status_going_on(profile, during)
        if going_on is None:
            return False
        question, start = going_on
        said = await answer_status(
            self.services, turn.identity, question, start=start, during=during
        )
        await turn.context.send_activity(said)
        return True

    async def _export_claims(self, turn: Turn) -> DialogTurnResult:
        """ "export my claims": a link to every claim of the organisation in a spreadsheet
        (dialogs/claims_export.py), for people in the role directory; none with no claim.
        In a question, the question again."""
        identity, locale = turn.identity, turn.identity.locale
        summaries = await self.services.claims.summaries(identity.tenant_id)
        if not summaries:
            await turn.context.send_activity(t(locale, "claims.none"))
        elif not await may_export(self.services, identity.tenant_id, identity.user_id):
            await turn.context.send_activity(t(locale, "export.not_allowed"))
        else:
            link = export_link(self.services, identity.tenant_id, identity.user_id, locale)
            said = t(locale, "export.ready", count=len(summaries), minutes=LINK_MINUTES)
            message = cards.link_message(said, t(locale, "export.button"), link)
            await turn.context.send_activity(to_activity(message))
        return await turn.carry_on()

    async def _status_all(self, turn: Turn) -> DialogTurnResult:
        """ "Status" clicked: where everything of the partner's stands, as "status" typed;
        in a question, the question again."""
        asked = StatusQuestion("any")
        editing = turn.pending.claim_id or turn.pending.plan_id or None
        during = _during(turn.pending)
        answer = await answer_status(self.services, turn.identity, asked, editing, during=during)
        await turn.context.send_activity(answer)
        return await turn.carry_on()

    async def _my_funds(self, turn: Turn) -> DialogTurnResult:
        deadline = bool(_DEADLINE_WORD.search(normalize(turn.context.activity.text or "")))
        await turn.context.send_activity(await self._funds(turn.identity, deadline))
        return await turn.carry_on()

    async def _my_funds_in_question(self, turn: Turn) -> DialogTurnResult | None:
        """ "how much is left?" at a plan's review asks what is left under its limit: the
        review's answer (None); anywhere else, or with the funds named, the funds."""
        if _asks_plan_total(turn.pending, turn.context.activity.text):
            return None
        return await self._my_funds(turn)

    async def _remind_me(self, turn: Turn) -> DialogTurnResult:
        """ "remind me tomorrow", « rappelle-moi lundi »: the day kept on the draft (the
        reminder scan sends it then, once, if it is still a draft): the draft named, else the
        one whose question is open, else the partner's draft changed last. In a question, the
        question is left as "later" leaves it; a day that cannot be kept is refused, and the
        question asked again."""
        identity, locale, pending = turn.identity, turn.identity.locale, turn.pending
        try:
            day = reminder_day(turn.command.text, locale, self.services.today())
        except UserInputError as error:
            said = error_text(locale, error)
            if error.code == "remind_day_deadline":  # "remind me before the deadline"
                said = await self._deadline_said(turn) or said
            await turn.context.send_activity(said)
            return await turn.carry_on()
        draft, item_id = await self._draft_to_remind(turn)
        said = await self._reminder_refused(identity, draft, item_id)
        if said is None and isinstance(draft, Claim):
            said = await self._after_claims_close(identity, draft, day)
        if said is not None:
            await turn.context.send_activity(said)
            return await turn.carry_on()
        if draft.remind_on != day:  # asked again (or redelivered): nothing to write
            draft.remind_on = day
            await self._save_draft(draft)
        shown = format_day_ahead(day, locale, self.services.today())
        if pending.field and draft.id not in (pending.claim_id, pending.plan_id):
            # Another draft's (named, or its reminder's button): this question goes on.
            said = t(locale, "remind.set_other", item_id=draft.id, day=shown)
            await turn.context.send_activity(said)
            return await turn.carry_on()
        await turn.leave_question()
        await turn.context.send_activity(t(locale, "remind.set", item_id=draft.id, day=shown))
        return await turn.end()

    async def _draft_to_remind(self, turn: Turn) -> tuple[Plan | Claim | None, str | None]:
        """The draft "remind me …" is about, and its id (None: the partner has no draft):
        the one named, else the one whose question is open, else the latest changed."""
        command, pending, identity = turn.command, turn.pending, turn.identity
        claim_id = command.claim_id or (None if command.plan_id else pending.claim_id)
        plan_id = None if claim_id else command.plan_id or pending.plan_id or None
        if claim_id is None and plan_id is None:
            plan_id, claim_id = await self._latest_draft(identity)
        if claim_id is not None:
            return await self.services.claims.get(identity.tenant_id, claim_id), claim_id
        if plan_id is not None:
            return await self.services.plans.get_plan(identity.tenant_id, plan_id), plan_id
        return None, None

    async def _deadline_said(self, turn: Turn) -> str | None:
        """ "remind me before the deadline": for a claim, the day its period's claims close
        and the days it is reminded of unasked; for a plan, the last day it may be submitted.
        None when the draft is not the speaker's, or says no period yet."""
        identity, locale, today = turn.identity, turn.identity.locale, self.services.today()
        draft, item_id = await self._draft_to_remind(turn)
        if draft is None:
            return None
        refused = await self._reminder_refused(identity, draft, item_id)
        if refused is not None:  # someone else's, or no longer a draft
            return refused
        plan = draft
        if isinstance(draft, Claim):
            plan = await self.services.plans.get_plan(identity.tenant_id, draft.plan_id or "")
        try:
            period = FiscalHalf.parse(plan.period) if plan is not None and plan.period else None
        except UserInputError:
            period = None
        if period is None:
            return None
        if isinstance(draft, Plan):
            deadline = format_day_ahead(submission_deadline(draft), locale, today)
            return t(locale, "remind.deadline_plan", item_id=draft.id, deadline=deadline)
        closes = claiming_window(period)[1]
        shown = format_day_ahead(closes, locale, today)
        marks = [
            t(
                locale,
                "remind.day_before" if days == 1 else "remind.days_before",
                days=days,
                day=format_day_ahead(day, locale, today),
            )
            for days in sorted(CLAIM_DEADLINE_DAYS, reverse=True)
            if (day := closes - timedelta(days=days)) >= today
        ]
        if not marks:
            key = "remind.deadline_claim_today" if closes == today else "remind.after_closed"
            return t(locale, key, item_id=draft.id, closes=shown)
        marks_said = f" {t(locale, 'remind.marks_and')} ".join(marks)
        return t(locale, "remind.deadline_claim", item_id=draft.id, closes=shown, marks=marks_said)

    async def _files_what(self, turn: Turn) -> DialogTurnResult:
        """ "what is the max file size?", "can I upload a zip?": the files evidence may be
        (their size and types), as the evidence list says it. A question is asked again."""
        max_mb = self.services.evidence.max_bytes // (1024 * 1024)
        said = t(turn.identity.locale, "error.evidence_faq_files", max_mb=max_mb,
                 extensions=ALLOWED_EXTENSIONS_TEXT)  # fmt: skip
        await turn.context.send_activity(said)
        return await turn.carry_on()

    async def _trouble(self, turn: Turn) -> DialogTurnResult:
        """ "it doesn't work", "the file won't upload": how files are sent, or the ways out
        (help, back, cancel, resume), and that nothing typed is lost; in a question, its
        help too, and it is asked again."""
        locale = turn.identity.locale
        if _CARD_TROUBLE.search(normalize(turn.context.activity.text or "")):
            # "the card disappeared": its words typed; in a question, it comes again.
            await turn.context.send_activity(t(locale, "trouble.card"))
            return await turn.carry_on()
        if _FILE_TROUBLE.search(normalize(turn.context.activity.text or "")):
            max_mb = self.services.evidence.max_bytes // (1024 * 1024)
            await turn.context.send_activity(
                t(locale, "trouble.file", max_mb=max_mb, extensions=ALLOWED_EXTENSIONS_TEXT)
            )
            return await turn.carry_on()
        if turn.pending.field:
            await turn.context.send_activity(t(locale, "trouble.in_question"))
            return await self._help(turn)
        unhappy = not _BROKEN.search(normalize(turn.context.activity.text or ""))
        await turn.context.send_activity(
            t(locale, "trouble.unhappy" if unhappy else "trouble.general")
        )
        return await turn.carry_on()

    async def _reminders_list(self, turn: Turn) -> DialogTurnResult:
        """ "what reminders do I have?": the days asked for, draft by draft, and whether the
        reminders of drafts left untouched come. In a question, it is asked again."""
        identity, locale = turn.identity, turn.identity.locale
        drafts = await self._drafts_with_reminder(identity)
        profile = await self.services.profiles.get(identity.tenant_id, identity.user_id)
        muted = profile.get("idle_reminders") is False
        idle = "reminders.list.idle_off" if muted else "reminders.list.idle_on"
        if drafts:
            parts = [t(locale, "reminders.list.title"), self._reminder_lines(drafts, locale)]
            parts.append(t(locale, "reminders.list.cancel_how"))
        else:
            parts = [t(locale, "reminders.list.none")]
        await turn.context.send_activity("\n\n".join([*parts, t(locale, idle)]))
        return await turn.carry_on()

    async def _cancel_reminder(self, turn: Turn) -> DialogTurnResult:
        """ "cancel my reminder": the one of the draft named, else the only one asked, else
        the one of the draft whose question is open; "cancel my reminders" all of them; with
        several and none named, they are listed to name one. The question is asked again."""
        identity, locale, command = turn.identity, turn.identity.locale, turn.command
        drafts = await self._drafts_with_reminder(identity)
        named = command.claim_id or command.plan_id
        every = bool(_REMINDERS_WORD.search(normalize(turn.context.activity.text or "")))
        open_one = [d for d in drafts if d.id in (turn.pending.claim_id, turn.pending.plan_id)]
        if named is not None:
            chosen = [d for d in drafts if d.id == named]
            if not chosen:
                said = t(locale, "reminders.cancel.none_for", item_id=named)
                await turn.context.send_activity(said)
                return await turn.carry_on()
        elif len(drafts) <= 1 or every:
            chosen = drafts
        elif open_one:
            chosen = open_one
        else:
            lines = self._reminder_lines(drafts, locale)
            said = t(locale, "reminders.cancel.which", lines=lines, example=drafts[0].id)
            await turn.context.send_activity(said)
            return await turn.carry_on()
        if not chosen:
            await turn.context.send_activity(t(locale, "reminders.cancel.none"))
            return await turn.carry_on()
        today = self.services.today()
        dropped = []
        for draft in chosen:
            dropped.append(
                t(locale, "reminders.item_on", item_id=draft.id,
                  day=format_day_ahead(draft.remind_on, locale, today))
            )  # fmt: skip
            draft.remind_on = None
            await self._save_draft(draft)
        said = t(locale, "reminders.cancelled", items=", ".join(dropped))
        await turn.context.send_activity(said)
        return await turn.carry_on()

    def _reminder_lines(self, drafts: list[Plan | Claim], locale: str) -> str:
        today = self.services.today()
        lines = []
        for draft in drafts:
            name = f" ({cards.escape(draft.name)})" if getattr(draft, "name", None) else ""
            day = format_day_ahead(draft.remind_on, locale, today)
            lines.append(t(locale, "reminders.line", item_id=draft.id, name=name, day=day))
        return "\n".join(lines)

    async def _drafts_with_reminder(self, identity: Identity) -> list[Plan | Claim]:
        """The speaker's drafts with a reminder asked for today or later, soonest first."""
        tenant_id, today = identity.tenant_id, self.services.today()
        plans, claims = await self._draft_summaries(identity)
        drafts: list[Plan | Claim] = [
            *await self.services.plans.get_many(tenant_id, [s.id for s in plans]),
            *await self.services.claims.get_many(tenant_id, [s.id for s in claims]),
        ]
        asked = [d for d in drafts if d.remind_on is not None and d.remind_on >= today]
        return sorted(asked, key=lambda d: (d.remind_on, d.id))

    async def _save_draft(self, draft: Plan | Claim) -> None:
        if isinstance(draft, Claim):
            await self.services.claims.save(draft)
        else:
            await self.services.plans.save_plan(draft)

    async def _draft_summaries(self, identity: Identity) -> tuple[list[Any], list[Any]]:
        """The speaker's own drafts, plans and claims, as their index summaries."""
        plans = [
            s
            for s in await self.services.plans.list_plans(
                identity.tenant_id, owner_id=identity.user_id
            )
            if s.status is PlanStatus.EDITING
        ]
        claims = [
            s
            for s in await self.services.claims.summaries(identity.tenant_id)
            if s.owner_id == identity.user_id and s.status is ClaimStatus.EDITING
        ]
        return plans, claims

    async def _latest_drafts(self, identity: Identity) -> tuple[Any, Any]:
        """The speaker's plan draft and claim draft changed last (summaries, each None when
        there is none)."""
        plans, claims = await self._draft_summaries(identity)
        return (
            max(plans, key=lambda s: s.updated_at, default=None),
            max(claims, key=lambda s: s.updated_at, default=None),
        )

    async def _latest_draft(self, identity: Identity) -> tuple[str | None, str | None]:
        """The speaker's draft changed last, as (plan id, None) or (None, claim id)."""
        plan, claim = await self._latest_drafts(identity)
        if claim is not None and (plan is None or claim.updated_at > plan.updated_at):
            return None, claim.id
        return (plan.id if plan is not None else None), None

    async def _after_claims_close(self, identity: Identity, claim: Claim, day: date) -> str | None:
        """Why `day` is too late to be reminded of `claim`: its period's claims close before
        (nothing could be done then); None otherwise, or when its plan says no period."""
        closing = await self._claiming_closes(identity, claim)
        if closing is None or day <= closing[1]:
            return None
        closes = closing[1]
        shown = format_date(closes, identity.locale)
        return t(identity.locale, "remind.after_close", claim_id=claim.id, closes=shown)

    async def _reminder_refused(
        self, identity: Identity, draft: Plan | Claim | None, item_id: str | None
    ) -> str | None:
        """Why no reminder of `draft` can be kept for the speaker, or None: it is theirs and
        a draft (a reminder goes to whoever drafts)."""
        locale = identity.locale
        if item_id is None:
            return t(locale, "remind.no_draft")
        if draft is None:
            if item_id.startswith("CLM-"):
                return claim_not_found(locale, item_id)
            return plan_not_found(locale, item_id)
        if draft.owner_id != identity.user_id:
            owner = owner_label(locale, draft.owner_name)
            return t(locale, "remind.not_yours", item_id=draft.id, owner=owner)
        if draft.status not in (PlanStatus.EDITING, ClaimStatus.EDITING):
            status = status_label(draft.status.value, locale)
            return t(locale, "remind.not_a_draft", item_id=draft.id, status=status)
        return None

    # -- the routes in the middle of a question ----------------------------------------------

    async def _cancel_question(self, turn: Turn) -> DialogTurnResult:
        locale, pending = turn.identity.locale, turn.pending
        await turn.leave_question()
        if pending.field == DISPUTE_FIELD:  # nothing was sent; the claim stays rejected
            await turn.context.send_activity(
                t(locale, "dispute.cancelled", claim_id=pending.claim_id)
            )
        elif pending.claim_id:
            await turn.context.send_activity(
                t(locale, "claim.cancelled", claim_id=pending.claim_id)
            )
        else:
            await turn.context.send_activity(t(locale, "cancelled", plan_id=pending.plan_id))
        return await turn.end()

    async def _start_over_in_question(self, turn: Turn) -> DialogTurnResult:
        """ "start over" in a question: stopped as by "cancel" (the draft kept, said so),
        then the start card, to begin anything afresh."""
        result = await self._cancel_question(turn)
        identity = turn.identity
        await turn.context.send_activity(
            to_activity(cards.welcome_message(identity.locale, identity.name))
        )
        return result

    async def _already_in_one(self, turn: Turn) -> DialogTurnResult:
        """ "New plan" or "new claim" while one is being filled in: that one is asked on."""
        locale, pending = turn.identity.locale, turn.pending
        if pending.claim_id:
            await turn.context.send_activity(
                t(locale, "error.already_in_claim", claim_id=pending.claim_id)
            )
        else:
            await turn.context.send_activity(
                t(locale, "error.already_in_plan", plan_id=pending.plan_id)
            )
        return await turn.carry_on()

    async def _said_claim_resumed(self, turn: Turn) -> bool:
        """ "Continue" inside a claim: that claim, named (its question is asked again)."""
        command, claim_id = turn.command, turn.pending.claim_id
        if not (claim_id and command.claim_id in (None, claim_id) and not command.plan_id):
            return False
        claim = await self.services.claims.get(turn.identity.tenant_id, claim_id)
        if claim is not None:
            await turn.context.send_activity(claim_resumed(claim, turn.identity.locale))
        return True

    async def _continue_claim_in_question(self, turn: Turn) -> DialogTurnResult | None:
        command, claim_id = turn.command, turn.pending.claim_id
        typed, at_dispute = turn.context.activity.text, turn.pending.field == DISPUTE_FIELD
        plan_id, phrase = turn.pending.plan_id, normalize((typed or "")[:200]).rstrip(" ?!.")
        if plan_id and not claim_id and not names_a_claim(typed) and plan_item_to_change(phrase):
            # "change the amount" at an activity's description (stop 61): the plan's.
            return await self._plan_answer_to_change(turn, plan_id, phrase)
        if command.text in CHANGEABLE and not names_a_claim(typed) and (at_dispute or not claim_id):
            # "the name is wrong" at a plan's question, "the amount is wrong" at a dispute:
            # that question's answer, as before.
            return None
        if command.text in (*CHANGEABLE, ACTIVITY_CHANGE) and claim_id and not command.claim_id:
            # "change the date on my claim" in one of its questions: that answer's question.
            claim = await self._claim_to_open(turn.context, turn.identity, claim_id)
            if claim is not None:
                await turn.leave_question()
                return await turn.begin(ClaimDialog.__name__, _opened_at(claim, command.text))
            return await turn.carry_on()
        if await self._said_claim_resumed(turn):
            return await turn.carry_on()
        # A draft that cannot be opened (unknown, locked, someone else's) leaves the
        # pending question where it is: it is asked again.
        if command.claim_id and command.claim_id != claim_id:
            claim = await self._claim_to_open(turn.context, turn.identity, command.claim_id)
            if claim is not None:
                await turn.leave_question()
                await turn.context.send_activity(claim_resumed(claim, turn.identity.locale))
                return await turn.begin(ClaimDialog.__name__, {"claim_id": claim.id})
        return await turn.carry_on()

    async def _continue_draft_in_question(self, turn: Turn) -> DialogTurnResult:
        """ "continue" inside a question: the draft open (said), or the claim named."""
        if turn.command.claim_id:
            return await self._continue_claim_in_question(turn)
        return await self._continue_plan_in_question(turn)

    async def _continue_plan_in_question(self, turn: Turn) -> DialogTurnResult | None:
        command, plan_id, locale = turn.command, turn.pending.plan_id, turn.identity.locale
        if not plan_id and plan_item_changed_to(command.text):
            # "change the date to the 3rd" at a claim's amount: that answer (stop 62)
            return await self._claim_answer_changed_to(turn)
        if await self._said_claim_resumed(turn):
            return await turn.carry_on()
        if plan_id and command.text and command.plan_id in (None, plan_id):
            # "change the plan limit" (stop 60), "change the campaign name" (stop 61) at an
            # activity's description: that question, then on where the plan was (nothing
            # kept where the words were typed).
            return await self._plan_answer_to_change(turn, plan_id, command.text)
        if plan_id and command.plan_id in (None, plan_id):
            await turn.context.send_activity(t(locale, "ack.plan_resumed", plan_id=plan_id))
        elif command.plan_id and command.plan_id != plan_id:
            plan = await self._draft_to_open(turn.context, turn.identity, command.plan_id)
            if plan is not None:
                await turn.leave_question()
                await turn.context.send_activity(t(locale, "ack.plan_resumed", plan_id=plan.id))
                return await turn.begin(PlanDialog.__name__, {"plan_id": plan.id})
        return await turn.carry_on()

    async def _claim_answer_changed_to(self, turn: Turn) -> DialogTurnResult | None:
        """ "change the date to the 3rd", "change the amount to 9000" in one of a claim's
        questions (seen at stop 62: refused as that question's answer): the answer named,
        asked and given the value as its question reads it (a value it refuses is said, and
        that question stays asked), then the claim goes on where it was. At the check and
        at a dispute their own words (None), as for an answer the claim does not ask."""
        changed = plan_item_changed_to(turn.command.text)
        field = claim_field_to_change(changed[0]) if changed else None
        claim_id, pending = turn.pending.claim_id, turn.pending.field
        if field is None or not claim_id or pending in (PREFIX + "review", DISPUTE_FIELD):
            return None
        claim = await self._claim_to_open(turn.context, turn.identity, claim_id)
        if claim is None:
            return await turn.carry_on()
        options = _opened_at(claim, field)
        if "edit" not in options:
            return None
        await turn.leave_question()
        opened = await turn.begin(ClaimDialog.__name__, options)
        return await turn.answered_if_asked(opened, changed[1])

    async def _plan_answer_to_change(
        self, turn: Turn, plan_id: str, text: str
    ) -> DialogTurnResult | None:
        """A plan's answer named to change in one of its questions: that answer's question
        (the campaign or activity said by the plan); words that could mean several ask which,
        one click each, the question left open; words that name the question asked, with
        more said ("update the description of our webinars"), are its answer (None)."""
        locale, context = turn.identity.locale, turn.context
        if turn.pending.field == "review" and text not in PLAN_FIELDS:
            return None  # the review reads its own changes ("change the countries")
        typed = (context.activity.text or text).strip()  # as typed, for the which question
        text, value = _change_said(text, turn.command.value)  # "change … to 1 March"
        plan = await self.services.plans.get_plan(turn.identity.tenant_id, plan_id)
        try:
            meant = edits_meant(text, plan) if plan is not None else []
        except UserInputError as error:  # "change the amount of activity 5"
            await context.send_activity(error_text(locale, error))
            return await turn.carry_on()
        if len(meant) == 1 and _asked_now(plan, meant[0], turn.pending.field):
            return None if plan_item_named(text) else await turn.carry_on()
        if len(meant) == 1:
            await turn.leave_question()
            opened = await turn.begin(PlanDialog.__name__, {"plan_id": plan_id, "edit": meant[0]})
            return await turn.answered_if_asked(opened, value)  # as its question reads it
        if meant:
            await context.send_activity(_which_answer(plan, meant, typed, locale, value))
        elif plan_item_to_change(text):  # "change the campaign name" before any campaign
            await context.send_activity(t(locale, "plan_item.not_yet"))
        else:
            await context.send_activity(t(locale, "ack.plan_resumed", plan_id=plan_id))
        return await turn.carry_on()

    async def _delete_draft_in_question(self, turn: Turn) -> DialogTurnResult:
        command, pending, context = turn.command, turn.pending, turn.context
        if pending.claim_id and not command.claim_id and names_a_plan_only(context.activity.text):
            return await self._delete_plan_in_a_claim(turn)
        if command.claim_id or (pending.claim_id and not command.plan_id):
            # A claim draft: the one named, else the one open. Its dialog checks the rest.
            target = command.claim_id or pending.claim_id
            if target == pending.claim_id or await self._claim_to_open(
                context, turn.identity, target
            ):
                await turn.leave_question()
                # "no" about the claim open goes back to its question.
                options = {"claim_id": target, "reopen": target == pending.claim_id}
                return await turn.begin(DeleteClaimDraftDialog.__name__, options)
            return await turn.carry_on()
        target = command.plan_id or pending.plan_id
        if target == pending.plan_id or await self._draft_to_open(
            context, turn.identity, target, "error.no_draft_to_delete"
        ):
            await turn.leave_question()
            options = {"plan_id": target, "reopen": target == pending.plan_id}
            return await turn.begin(DeleteDraftDialog.__name__, options)
        return await turn.carry_on()

    async def _delete_plan_in_a_claim(self, turn: Turn) -> DialogTurnResult:
        """ "delete my plan" at a claim's question: a plan draft of the partner's (asked
        first, the claim kept), never the claim open; with none, why, and the question
        asked again."""
        plan = await self._plan_draft_to_delete(turn)
        if plan is None:
            return await turn.carry_on()
        await turn.leave_question()
        return await turn.begin(DeleteDraftDialog.__name__, {"plan_id": plan.id})

    async def final_step(self, step: WaterfallStepContext) -> DialogTurnResult:
        return await step.end_dialog(step.result)

    async def _claim_from_notice(
        self, step: WaterfallStepContext, identity: Identity, plan_id: str
    ) -> DialogTurnResult:
        """ "New claim" on a plan's notice: once. A later click (or a redelivery) opens the
        claim the first one started while it is a draft; once that one is sent, a new one."""
        locale = identity.locale
        plan = await self.services.plans.get_plan(identity.tenant_id, plan_id)

        def on_plan(claim: Claim) -> Claim:
            claim.plan_id, claim.currency = plan.id, plan.currency
            return claim

        claim, made = await self._claim_made_once(identity, plan_id, "new_claim", on_plan)
        if made is None:
            said = t(locale, "claim.from_notice_open", plan_id=plan_id, claim_id=claim.id)
        else:
            started = t(locale, "ack.claim_started", claim_id=claim.id)
            said = started if made else claim_resumed(claim, locale)
        await step.context.send_activity(said)
        return await step.begin_dialog(ClaimDialog.__name__, {"claim_id": claim.id})

    async def _claim_made_once(
        self, identity: Identity, source_id: str, kind: FollowUp, fill: Callable[[Claim], Claim]
    ) -> tuple[Claim, bool | None]:
        """The claim `kind` makes from `source_id` (a plan's "new claim", "copy my last
        claim"), made once: the one made before while it is the speaker's open draft (None:
        opened again), else a new one (True), or the one a click at the same moment made
        (False). One write for the claim and the record of it (`create_from`)."""
        claims, tenant_id = self.services.claims, identity.tenant_id
        earlier_id = await claims.made_from(tenant_id, source_id, kind)
        earlier = await claims.get(tenant_id, earlier_id) if earlier_id else None
        if earlier is not None and earlier.is_editable and earlier.owner_id == identity.user_id:
            return earlier, None
        claim, made = await claims.create_from(
            source_id=source_id,
            kind=kind,
            tenant_id=tenant_id,
            owner_id=identity.user_id,
            owner_name=identity.name,
            actor=identity.user_id,
            today=self.services.today(),
            fill=fill,
            replaces=earlier_id,
        )
        return claim, made

    async def _refused_not_owner(
        self, context: TurnContext, identity: Identity, kind: str, item: Plan | Claim
    ) -> bool:
        """Says whose draft it is when the speaker may not change it (see dialogs.ownership)."""
        refusal = await refusal_unless_may_change(
            self.services, context, identity, kind, item.id, item.owner_id, item.owner_name
        )
        if refusal is None:
            return False
        await context.send_activity(refusal)
        return True

    async def _late_answer(
        self, step: WaterfallStepContext, identity: Identity, value: dict[str, Any]
    ) -> DialogTurnResult:
        """A card clicked after its dialog ended: say what happened, resume a draft."""
        locale = identity.locale
        target = value.get("target")
        item_id = item_id_or_marker(target.split("/")[0] if isinstance(target, str) else None)
        item_id = item_id or NOT_AN_ID
        if item_id.startswith("CLM-"):
            return await self._late_claim_answer(step, identity, value, item_id)
        plan_id = item_id
        plan = await self.services.plans.get_plan(identity.tenant_id, plan_id)
        if plan is None:
            if value.get("field") == "delete_confirm":  # its Yes clicked again
                said = t(locale, "delete.plan_already", plan_id=plan_id)
            else:
                said = plan_not_found(locale, plan_id)
            await step.context.send_activity(said)
            return await step.end_dialog()
        if not plan.is_editable:
            key = "submit.already" if value.get("answer") == "submit" else "error.plan_locked"
            await step.context.send_activity(
                t(locale, key, plan_id=plan.id, status=status_label(plan.status.value, locale))
            )
            return await step.end_dialog()
        if await self._refused_not_owner(step.context, identity, "plan", plan):
            return await step.end_dialog()
        await step.context.send_activity(t(locale, "stale_card"))
        return await step.begin_dialog(PlanDialog.__name__, {"plan_id": plan.id})

    async def _refused_without_role(
        self, context: TurnContext, identity: Identity, command: Command | None
    ) -> bool:
        """With DRAFTING_REQUIRES_ROLE, people outside the directory get help and a refusal."""
        if not self.services.drafting_requires_role:
            return False
        if command is not None and INTENTS[command.intent].without_role:
            return False
        role = await self.services.directory.role_of(identity.tenant_id, identity.user_id)
        if may_draft(role, role_required=True):
            return False
        names = await self.services.directory.people_with(identity.tenant_id, SUBMITTER_ROLES)
        who = ", ".join(cards.escape(name) for name in names) or t(identity.locale, "role.admin")
        await context.send_activity(t(identity.locale, "role.required", who=who))
        return True

    # -- fix and resubmit, or dispute: from a notice card's button, at any moment --------------

    async def _fix_plan(self, turn: Turn) -> DialogTurnResult:
        await turn.leave_question()
        context, identity, command = turn.context, turn.identity, turn.command
        locale = identity.locale
        plan = await self.services.plans.get_plan(identity.tenant_id, command.plan_id or "")
        if plan is None:
            await context.send_activity(plan_not_found(locale, command.plan_id))
            return await turn.end()
        if await self._refused_not_owner(context, identity, "plan", plan):
            return await turn.end()
        if plan.status is PlanStatus.ACTION_REQUIRED:
            plan.move_to(PlanStatus.EDITING, actor=identity.user_id, note="fix requested")
            plan = await self.services.plans.save_plan(plan)
            done = t(locale, "notice.used.reopened")
            await mark_notice_used(context, self.services, identity, plan, done)
        if not plan.is_editable:
            status = status_label(plan.status.value, locale)
            await context.send_activity(
                t(locale, "fix.not_possible", item_id=plan.id, status=status)
            )
            return await turn.end()
        await context.send_activity(t(locale, "fix.plan_reopened", plan_id=plan.id))
        return await turn.begin(PlanDialog.__name__, {"plan_id": plan.id})

    async def _fix_waiting(self, turn: Turn) -> DialogTurnResult:
        """ "fix it" with no id: the one item of the partner's waiting for a fix, or which."""
        identity, locale = turn.identity, turn.identity.locale
        waiting = await self._waiting_for_fix(identity)
        if not waiting:
            await turn.context.send_activity(t(locale, "fix.nothing_waiting"))
            return await turn.end()
        if len(waiting) > 1:
            items = ", ".join(f"**{item_id}**" for item_id in waiting[:MAX_LISTED_FIXES])
            await turn.context.send_activity(
                t(locale, "fix.which", items=items, example=waiting[0])
            )
            return await turn.end()
        (item_id,) = waiting
        if item_id.startswith("CLM-"):
            turn.command = replace(turn.command, claim_id=item_id)
            return await self._fix_claim(turn)
        turn.command = replace(turn.command, plan_id=item_id)
        return await self._fix_plan(turn)

    async def _fix_how(self, turn: Turn) -> DialogTurnResult:
        """ "how do I fix it?", "can I resubmit?": how a fix goes, and what of the partner's
        waits for one (with its reasons, when one); nothing is started."""
        identity, locale = turn.identity, turn.identity.locale
        waiting = await self._waiting_for_fix(identity)
        if not waiting:
            now = t(locale, "fix.nothing_waiting")
        elif len(waiting) > 1:
            items = ", ".join(f"**{item_id}**" for item_id in waiting[:MAX_LISTED_FIXES])
            now = t(locale, "fix.which", items=items, example=waiting[0])
        else:
            (item_id,) = waiting
            claim = None
            if item_id.startswith("CLM-"):
                claim = await self.services.claims.get(identity.tenant_id, item_id)
            reasons = reasons_said(claim, locale) if claim is not None else ""
            key = "fix_how.one_reasons" if reasons else "fix_how.one"
            now = t(locale, key, item_id=item_id, reasons=reasons)
        await turn.context.send_activity(t(locale, "fix_how") + "\n\n" + now)
        return await turn.carry_on()

    async def _waiting_for_fix(self, identity: Identity) -> list[str]:
        """The partner's claims and plans a reviewer sent back, changed last first: asked
        for changes, or rejected with no fix sent yet (a fix under way counts)."""
        tenant_id, user_id = identity.tenant_id, identity.user_id
        claims = [
            s for s in await self.services.claims.summaries(tenant_id) if s.owner_id == user_id
        ]
        status_of = {s.id: s.status for s in claims}
        found: list[tuple[str, str]] = []
        rejected = 0
        for summary in sorted(claims, key=lambda s: s.updated_at, reverse=True):
            if summary.status is ClaimStatus.ACTION_REQUIRED:
                found.append((summary.updated_at, summary.id))
            elif summary.status is ClaimStatus.REJECTED and rejected < MAX_REJECTED_LOOKED_AT:
                rejected += 1
                copy_id = await self.services.claims.made_from(tenant_id, summary.id, "fix")
                if copy_id is None or status_of.get(copy_id) is ClaimStatus.EDITING:
                    found.append((summary.updated_at, summary.id))
        plans = await self.services.plans.list_plans(tenant_id, owner_id=user_id)
        found += [(s.updated_at, s.id) for s in plans if s.status is PlanStatus.ACTION_REQUIRED]
        return [item_id for _, item_id in sorted(found, reverse=True)]

    async def _dispute_waiting(self, turn: Turn) -> DialogTurnResult:
        """ "dispute" with no id: the tenant's one rejected claim (a dispute is for its
        admins, whoever made the claim: the dialog checks), or which."""
        locale = turn.identity.locale
        rejected = await self._rejected_claims(turn.identity)
        if not rejected:
            await turn.context.send_activity(t(locale, "dispute.nothing_rejected"))
            return await turn.end()
        if len(rejected) > 1:
            items = ", ".join(f"**{s.id}**" for s in rejected[:MAX_LISTED_FIXES])
            said = t(locale, "dispute.which", items=items, example=rejected[0].id)
            await turn.context.send_activity(said)
            return await turn.end()
        turn.command = replace(turn.command, claim_id=rejected[0].id)
        return await self._dispute_claim(turn)

    async def _rejected_claims(self, identity: Identity) -> list[ClaimSummary]:
        """The tenant's rejected claims, the latest first: what may be disputed."""
        summaries = await self.services.claims.summaries(identity.tenant_id)
        rejected = [s for s in summaries if s.status is ClaimStatus.REJECTED]
        return sorted(rejected, key=lambda s: s.updated_at, reverse=True)

    async def _dispute_claim(self, turn: Turn) -> DialogTurnResult:
        await turn.leave_question()
        claim_id = turn.command.claim_id
        claim = await self.services.claims.get(turn.identity.tenant_id, claim_id or "")
        if claim is None:
            await turn.context.send_activity(claim_not_found(turn.identity.locale, claim_id))
            return await turn.end()
        options = {"claim_id": claim.id}
        if turn.command.text:  # "I disagree, <the reason>": offered to send
            options["reason"] = turn.command.text
        return await turn.begin(DisputeDialog.__name__, options)

    async def _fix_claim(self, turn: Turn) -> DialogTurnResult:
        await turn.leave_question()
        context, identity, claim_id = turn.context, turn.identity, turn.command.claim_id
        locale = identity.locale
        claim = await self.services.claims.get(identity.tenant_id, claim_id or "")
        if claim is None:
            await context.send_activity(claim_not_found(locale, claim_id))
            return await turn.end()
        if await self._refused_not_owner(context, identity, "claim", claim):
            return await turn.end()
        faults = items_at_fault(claim)
        if claim.status is ClaimStatus.ACTION_REQUIRED:
            claim.move_to(ClaimStatus.EDITING, actor=identity.user_id, note="fix requested")
            claim = reopen_for(claim, faults)
            claim = await self.services.claims.save(claim)
            await context.send_activity(t(locale, "fix.reopened", claim_id=claim.id))
            done = t(locale, "notice.used.reopened")
            await mark_notice_used(context, self.services, identity, claim, done)
        elif claim.status is ClaimStatus.REJECTED:
            rejected = claim
            claim = await self._fix_copy(turn, rejected, faults)
            if claim is None:
                return await turn.end()
            done = t(locale, "notice.used.fixed_as", new_id=claim.id)
            await mark_notice_used(context, self.services, identity, rejected, done)
        elif not claim.is_editable:
            await context.send_activity(claim_locked(claim, locale, "fix.not_possible"))
            return await turn.end()
        fields = [f for f in faults if f in CHANGEABLE]
        return await turn.begin(ClaimDialog.__name__, {"claim_id": claim.id, "fix": fields})

    async def _fix_copy(self, turn: Turn, rejected: Claim, faults: list[str]) -> Claim | None:
        """A rejected claim stays rejected (DOMAIN.md); its fix is a new claim from it, made
        once: a second click (or a redelivery) finds the copy the first one made. None when
        that copy was sent already (said so)."""
        context, identity, locale = turn.context, turn.identity, turn.identity.locale
        copy, made = await self.services.claims.create_from(
            source_id=rejected.id,
            kind="fix",
            tenant_id=identity.tenant_id,
            # The copy carries on the rejected claim: it stays its owner's.
            owner_id=rejected.owner_id,
            owner_name=rejected.owner_name,
            actor=identity.user_id,
            today=self.services.today(),
            fill=lambda draft: copy_claim(rejected, draft, faults),
        )
        if made:
            reasons = reasons_said(rejected, locale)  # what the reviewer wrote, said again
            key = "fix.copied_reasons" if reasons else "fix.copied"
            await context.send_activity(
                t(locale, key, claim_id=rejected.id, new_id=copy.id, reasons=reasons)
            )
        elif copy.is_editable:
            await context.send_activity(
                t(locale, "fix.copy_open", claim_id=rejected.id, new_id=copy.id)
            )
        else:
            status = claim_status_label(copy.status.value, locale)
            await context.send_activity(
                t(locale, "fix.copy_sent", claim_id=rejected.id, new_id=copy.id, status=status)
            )
            return None
        return copy

    async def _late_claim_answer(
        self, step: WaterfallStepContext, identity: Identity, value: dict[str, Any], claim_id: str
    ) -> DialogTurnResult:
        locale = identity.locale
        claim = await self.services.claims.get(identity.tenant_id, claim_id)
        if claim is None:
            if value.get("field") == "delete_claim_confirm":  # its Yes clicked again
                said = t(locale, "delete.claim_already", claim_id=claim_id)
            else:
                said = claim_not_found(locale, claim_id)
            await step.context.send_activity(said)
            return await step.end_dialog()
        if not claim.is_editable:
            if str(value.get("answer", "")).startswith("submit"):  # a second click: said so
                status = claim_status_label(claim.status.value, locale)
                said = t(locale, "claim.submit.already", claim_id=claim.id, status=status)
            else:
                said = claim_locked(claim, locale, "error.claim_locked")
            await step.context.send_activity(said)
            return await step.end_dialog()
        if await self._refused_not_owner(step.context, identity, "claim", claim):
            return await step.end_dialog()
        await step.context.send_activity(t(locale, "stale_card"))
        return await step.begin_dialog(ClaimDialog.__name__, {"claim_id": claim.id})

    async def _claim_to_open(
        self,
        context: TurnContext,
        identity: Identity,
        claim_id: str | None,
        changing: bool = False,
    ) -> Claim | None:
        """The claim named, or the partner's latest claim draft; says why when there is none
        (`changing`: an answer to change was named, so with no draft the partner's latest
        claim is the one meant, and why it can't change is said)."""
        locale = identity.locale
        if claim_id is None:
            own = [
                s
                for s in await self.services.claims.summaries(identity.tenant_id)
                if s.owner_id == identity.user_id
            ]
            drafts = [s for s in own if s.status is ClaimStatus.EDITING]
            if changing and not own:  # "the amount is wrong" with no claim: a plan's, maybe
                await context.send_activity(t(locale, "error.no_claim_to_change"))
                return None
            if not drafts and not (changing and own):
                await context.send_activity(t(locale, "error.no_claim_draft"))
                return None
            claim_id = (drafts or own)[0].id
        claim = await self.services.claims.get(identity.tenant_id, claim_id)
        if claim is None:
            await context.send_activity(claim_not_found(locale, claim_id))
            return None
        if not claim.is_editable:
            await context.send_activity(claim_locked(claim, locale, "error.claim_locked"))
            return None
        if await self._refused_not_owner(context, identity, "claim", claim):
            return None
        return claim

    async def _draft_to_open(
        self,
        context: TurnContext,
        identity: Identity,
        plan_id: str | None,
        none_key: str = "error.no_draft",
    ) -> Plan | None:
        """The plan named, or the partner's latest draft; says why when there is none (with
        only plans sent, the latest of them: why it can't change, and how it may)."""
        locale = identity.locale
        if plan_id is None:
            mine = await self.services.plans.list_plans(
                identity.tenant_id, owner_id=identity.user_id
            )
            drafts = [s for s in mine if s.status is PlanStatus.EDITING]
            if not drafts:
                if mine and none_key == "error.no_draft":
                    await context.send_activity(_sent_plan_text(locale, mine[0]))
                else:
                    await context.send_activity(t(locale, none_key))
                return None
            plan_id = drafts[0].id
        plan = await self.services.plans.get_plan(identity.tenant_id, plan_id)
        if plan is None:
            await context.send_activity(plan_not_found(locale, plan_id))
            return None
        if not plan.is_editable:
            await context.send_activity(
                t(
                    locale,
                    "error.plan_locked",
                    plan_id=plan.id,
                    status=status_label(plan.status.value, locale),
                )
            )
            return None
        if await self._refused_not_owner(context, identity, "plan", plan):
            return None
        return plan

    async def _plans_list(self, identity: Identity):
        locale = identity.locale
        summaries = await self.services.plans.list_plans(identity.tenant_id)
        if not summaries:
            return MessageFactory.text(t(locale, "plans.none"))
        lines = [f"**{t(locale, 'plans.title')}**", ""]
        for summary in summaries[:25]:
            shown_total = "—"
            if summary.currency:
                shown_total = format_amount(
                    Decimal(summary.planned_total), summary.currency, locale
                )
            lines.append(
                "- "
                + t(
                    locale,
                    "plans.line",
                    plan_id=summary.id,
                    program=t(locale, f"program.{summary.program}") if summary.program else "—",
                    period=summary.period or "—",
                    status=status_label(summary.status.value, locale),
                    total=shown_total,
                )
            )
        # What is not listed, counted, and how to ask for one.
        for line in more_line("status.more_plans", summaries[25:], status_label, locale):
            lines += ["", line]
        if any(s.status is PlanStatus.EDITING for s in summaries):
            lines += ["", t(locale, "plans.draft_hint")]
        return MessageFactory.text("\n".join(lines))

    async def _claims_list(
        self, identity: Identity, start: int = 0, *, more: bool = False, during: str | None = None
    ):
        """The organisation's claims, `CLAIMS_PAGE` of them from `start` (latest first), and
        what follows; where the list stops is kept for "show more" (`more`: asked so), with
        the question open when it was shown (`during`), if one was."""
        locale = identity.locale
        summaries = await self.services.claims.summaries(identity.tenant_id)
        if not summaries:
            return MessageFactory.text(t(locale, "claims.none"))
        if start >= len(summaries):
            await self._claims_shown_to(identity, 0)
            return MessageFactory.text(t(locale, "claims.no_more", count=len(summaries)))
        end = start + CLAIMS_PAGE
        if end < len(summaries) or more:  # a list that goes on, or went on: where it stopped
            # (its end reached by "show more": the next "show more" says so, then starts over)
            await self._claims_shown_to(identity, min(end, len(summaries)), during)
        else:  # listed whole: "show more" goes on with no status answer before it
            await self.services.profiles.update(
                identity.tenant_id, identity.user_id, **{STATUS_SHOWN: None}
            )
        title = t(locale, "claims.title")
        if start:
            last = min(end, len(summaries))
            title = t(locale, "claims.title_page", first=start + 1, last=last, count=len(summaries))
        lines = [f"**{title}**", ""]
        for summary in summaries[start:end]:
            amount = "—"
            if summary.amount and summary.currency:
                amount = format_amount(Decimal(summary.amount), summary.currency, locale)
            lines.append(
                "- "
                + t(
                    locale,
                    "claims.line",
                    claim_id=summary.id,
                    name=claim_named(summary.name, summary.activity_type, locale),
                    status=claim_status_label(summary.status.value, locale),
                    amount=amount,
                )
            )
        for line in more_line("status.more_claims", summaries[end:], claim_status_label, locale):
            lines += ["", line, "", t(locale, "claims.more_hint")]
        if summaries[end:]:
            lines += ["", t(locale, "claims.export_hint")]  # every one, in a spreadsheet
        if any(s.status is ClaimStatus.EDITING for s in summaries):
            lines += ["", t(locale, "claims.draft_hint")]
        return MessageFactory.text("\n".join(lines))

    async def _claims_shown_to(
        self, identity: Identity, shown_to: int, during: str | None = None
    ) -> None:
        """Where "my claims" stopped, for "show more" (0: from its start; the count of
        claims: at its end, said once), and the question open when it was shown."""
        profiles = self.services.profiles
        values = {
            _CLAIMS_SHOWN: {"shown_to": shown_to, "during": during},
            STATUS_SHOWN: None,  # this list, asked last
        }
        await profiles.update(identity.tenant_id, identity.user_id, **values)

    async def _funds(self, identity: Identity, deadline: bool = False):
        """The co-op funds of each period on record, with its claiming window; with none,
        that none is (and, the deadlines asked, how they go, with today's period's)."""
        locale, tenant_id = identity.locale, identity.tenant_id
        periods = await self.services.funds.periods(tenant_id)
        if not periods and deadline:
            today = self.services.today()
            half = FiscalHalf.containing(today)
            opens, closes = claiming_window(half)
            said = t(
                locale,
                "funds.none_deadlines",
                period=half.label,
                opens=format_date(opens, locale),
                closes=format_date(closes, locale),
                plans_until=format_date(program_year_end(half.label), locale),
                grace=RESUBMISSION_GRACE.days,
            )
            return MessageFactory.text(said)
        if not periods:
            return MessageFactory.text(t(locale, "funds.none"))
        claims = await self.services.claims.check_records(tenant_id)
        plans = await self.services.plans.list_plans(tenant_id)
        lines = [f"**{t(locale, 'funds.title')}**", ""]
        for seeded in periods:
            same = {
                p.id for p in plans if p.program == seeded.program and p.period == seeded.period
            }
            funds = await self.services.funds.current(
                tenant_id, seeded.program, seeded.period, claims, same
            )
            money = {
                name: format_amount(getattr(funds, name), funds.currency, locale)
                for name in ("earned", "claimed", "remaining")
            }
            # "my deadlines" is answered here too: when the period's claims are taken.
            opens, closes = funds.claiming_window
            lines.append(
                "- "
                + t(
                    locale,
                    "funds.line",
                    period=funds.period,
                    program=t(locale, f"program.{funds.program}"),
                    expiry=format_date(funds.expiry, locale),
                    opens=format_date(opens, locale),
                    closes=format_date(closes, locale),
                    **money,
                )
            )
        return MessageFactory.text("\n".join(lines))

    async def _claim_drafts(self, identity: Identity) -> list[str]:
        """The ids of the speaker's claim drafts, latest first."""
        return [
            s.id
            for s in await self.services.claims.summaries(identity.tenant_id)
            if s.owner_id == identity.user_id and s.status is ClaimStatus.EDITING
        ]

    async def _claim_drafts_hint(self, context: TurnContext, identity: Identity) -> None:
        """After "no draft plan to delete": how to delete a claim draft, if there is one."""
        drafts = await self._claim_drafts(identity)
        if drafts:
            await context.send_activity(
                t(
                    identity.locale,
                    "delete.claim_hint",
                    claim_ids=", ".join(drafts[:5]),
                    claim_id=drafts[0],
                )
            )

    async def _files_kept(self, identity: Identity, none_came: bool) -> str:
        """The files each claim draft of the speaker's holds (changed last first), after
        "no file came" when one was said to be on the message, and how a file reaches a
        claim."""
        locale = identity.locale
        own = [
            s
            for s in await self.services.claims.summaries(identity.tenant_id)
            if s.owner_id == identity.user_id
        ]  # one read of the claims' index, latest first, for the drafts and those sent
        drafts = [s.id for s in own if s.status is ClaimStatus.EDITING]
        claims = await self.services.claims.get_many(identity.tenant_id, drafts[:MAX_LISTED])
        lines = _files_lines(claims, locale)
        # Those sent went with the claim: the latest few, with where each stands (stop 57).
        sent_ids = [s.id for s in own if s.status is not ClaimStatus.EDITING]
        sent_ids = sent_ids[:MAX_SENT_FILES_LISTED]
        sent_claims = await self.services.claims.get_many(identity.tenant_id, sent_ids)
        sent = _files_lines(sent_claims, locale)
        parts = [t(locale, "files.none_came")] if none_came else []
        if lines:
            parts += [t(locale, "files.kept.title"), "\n".join(lines)]
        elif not sent:
            parts.append(t(locale, "files.kept.none"))
        if sent:
            parts += [t(locale, "files.sent.title"), "\n".join(sent)]
        if drafts:
            parts.append(t(locale, "files.how", claim_id=drafts[0]))
        elif not sent:
            parts.append(t(locale, "files.how_none"))
        return "\n\n".join(parts)

    async def _where_files_go(self, identity: Identity) -> str:
        """A file sent with no claim open: evidence belongs to a claim; the claim a reviewer
        sent back (its fix takes the file), else the drafts."""
        sent_back = [i for i in await self._waiting_for_fix(identity) if i.startswith("CLM-")]
        if sent_back:
            return t(identity.locale, "files.fix_first", claim_id=sent_back[0])
        drafts = await self._claim_drafts(identity)
        if not drafts:
            return t(identity.locale, "files.no_claim")
        return t(
            identity.locale,
            "files.open_a_claim",
            claim_ids=", ".join(drafts[:5]),
            claim_id=drafts[0],
        )

    # -- while a dialog runs -----------------------------------------------------------------

    async def on_continue_dialog(self, inner_dc: DialogContext) -> DialogTurnResult:
        result = await self._interrupt(inner_dc)
        if result is not None:
            return result
        result = await super().on_continue_dialog(inner_dc)
        kept = result.result.result if isinstance(result.result, Done) else None
        if result.status == DialogTurnStatus.Complete and isinstance(kept, KeptOpen):
            # "delete it", then "no": the draft's question again, where it was.
            return await inner_dc.begin_dialog(*_draft_dialog(kept.plan_id, kept.claim_id))
        return result

    async def _interrupt(self, inner_dc: DialogContext) -> DialogTurnResult | None:
        """A command (or a status question) in the middle of a question; None: an answer."""
        context = inner_dc.context
        command = command_of(context)
        if inner_dc.active_dialog is None:
            return None
        if inner_dc.active_dialog.id != self.initial_dialog_id:
            pending = _pending_question(inner_dc)
            sheet = sheet_of(files_of(context.activity))
            if sheet is not None and pending.plan_id and pending.claim_id is None:
                # A plan spreadsheet at a question of a plan: that draft, from the file.
                identity = Identity.from_activity(context.activity)

                async def begin(dialog_id: str, options: dict[str, Any]) -> DialogTurnResult:
                    await inner_dc.cancel_all_dialogs()
                    return await inner_dc.begin_dialog(dialog_id, options)

                async def ask_again() -> DialogTurnResult:
                    await inner_dc.reprompt_dialog()
                    return DialogTurnResult(DialogTurnStatus.Waiting)

                return await self._plan_sheet(
                    context, identity, sheet, pending.plan_id, begin=begin, carry_on=ask_again
                )
        if command is None:
            text = context.activity.text
            question = recognize_status_question(text)
            if question is None and not left_asked(text):
                return None  # an answer (the pending question is only looked up past here)
            pending = _pending_question(inner_dc)
            # The draft being filled in is not sent to "continue my …": it is asked below.
            editing = pending.claim_id or pending.plan_id or None
            if question is None and editing and pending.field not in _RESTS:
                # "what's missing?": what the draft being filled in still needs.
                question = StatusQuestion("claim" if pending.claim_id else "plan", editing)
            if question is None:
                return None
            if _the_questions_own(pending, text or ""):
                return None
            note_intent("status")
            identity = Identity.from_activity(context.activity)
            answer = await answer_status(
                self.services, identity, question, editing, during=_during(pending)
            )
            await context.send_activity(answer)
            await inner_dc.reprompt_dialog()
            return DialogTurnResult(DialogTurnStatus.Waiting)
        if inner_dc.active_dialog.id == self.initial_dialog_id:
            return None
        route = self.routes[command.intent]
        if route.in_question is None:
            return None
        pending = _pending_question(inner_dc)
        if (
            command.intent is Intent.PAUSE
            and pending.field in _KEPT_EMPTY_FOR_LATER
            and promises_it_later(context.activity.text or "")
        ):
            return None  # "I'll add them later" at the results: left empty, the claim goes on
        identity = Identity.from_activity(context.activity)
        turn = Turn(context, identity, command, inner_dc=inner_dc, pending=pending)
        return await route.in_question(turn)


def _during(pending: Pending | None) -> str | None:
    """The question open (its draft and field), for a list shown there; None at rest."""
    if pending is None or not pending.field:
        return None
    return f"{pending.claim_id or pending.plan_id}:{pending.field}"


def _draft_dialog(
    plan_id: str | None = None, claim_id: str | None = None
) -> tuple[str, dict[str, Any]]:
    """The dialog that opens a draft where it was, and its options: a claim's, else a plan's."""
    if claim_id:
        return ClaimDialog.__name__, {"claim_id": claim_id}
    return PlanDialog.__name__, {"plan_id": plan_id}


# "the card disappeared", « je ne trouve pas le bouton »: trouble with a card.
_CARD_TROUBLE = re.compile(
    r"\b(?:card|cards|button|buttons|click|clicked|clicking|carte|bouton|boutons|clique"
    r"|cliquer|clic)\b"
)
# "the file won't upload", « la facture ne passe pas »: trouble with a file.
_FILE_TROUBLE = re.compile(
    r"\b(?:file|upload\w*|attach|invoice|fichier|joindre|facture|televersement|envoyer)\b"
)


# "how do I add a colleague?", "how do I become an admin?", « comment donner accès … ? »:
# people to add, or a role to change (normalized words).
_PEOPLE_ADDED = re.compile(
    r"\b(?:add|invite|access|become|make (?:my colleague|someone|a colleague) an admin"
    r"|change my role|ajouter|inviter|acces|devenir|changer mon role)\b"
)


# A claim's answers a promise of later leaves empty ("I'll add them later" at the results):
# the answer there, not a pause.
_KEPT_EMPTY_FOR_LATER = frozenset((PREFIX + METRIC_FIELD,))

# The amounts where "what's left", « ce qu'il reste » is the answer: what remains (of the
# activity's planned amount, of the plan's limit), not a question about the draft.
_RESTS = frozenset((AMOUNT_FIELD, "planned_amount", "plan_limit"))


# "PLN-2026-000002" typed at a claim's "Which approved plan?" (seen at stop 61 answered
# with that plan's status, the question asked again): the plan chosen.
_CLAIM_PLAN_ASKED = "claim.plan_id"
_AN_ID_ALONE = re.compile(r"\s*PLN-\d{4}-\d{6}[\s.!]*", re.IGNORECASE)


def _the_questions_own(pending: Pending, text: str) -> bool:
    """Whether a status question typed at `pending` is that question's answer instead: "how
    much more can I plan?" at a plan's review (its total), « est-ce qu'elle sera acceptée ? »
    at a review (what stops it), "Why was a readable invoice rejected? It is clear." at a
    dispute (the justification), a plan's id at a claim's "Which approved plan?"."""
    return (
        _asks_plan_total(pending, text)
        or (pending.field == _CLAIM_PLAN_ASKED and _AN_ID_ALONE.fullmatch(text) is not None)
        or (pending.input == "review" and asks_what_stops(text))
        or (pending.field == DISPUTE_FIELD and bool(_SAYS_MORE.search(text)))
    )


def _files_lines(claims: list[Claim], locale: str) -> list[str]:
    """One line a claim with files or links: its id, name (and status once sent), what it
    holds."""
    lines = []
    for claim in claims:
        kept = [e.file_name or e.url for e in claim.evidence if e.file_name or e.url]
        if not kept:
            continue
        name = claim_named(claim.name, claim.activity_type, locale)
        if claim.status is not ClaimStatus.EDITING:
            name = f"{name}, {claim_status_label(claim.status.value, locale)}"
        listed = ", ".join(cards.escape(k) for k in kept)
        lines.append(t(locale, "files.kept.line", claim_id=claim.id, name=name, files=listed))
    return lines


def _asked_now(plan: Plan, target: str, field: str | None) -> bool:
    """Whether the edit `target` is the question open (`field`, not answered yet)."""
    edit = EditTarget.parse(target)
    return edit is not None and edit.field == field and answered(plan, edit) is False


def _change_said(text: str | None, value: str | None) -> tuple[str, str | None]:
    """The answer named to change, and the value said with it when one was: "change the
    start date to 1 March" → ("change the start date", "1 March"); a "which one?" button's
    target → itself and the `value` it carries."""
    text = text or ""
    if value is not None:
        return text, value
    changed = None if plan_item_to_change(text) else plan_item_changed_to(text)
    return changed if changed is not None else (text, None)


def _which_answer(
    plan: Plan, meant: list[str], typed: str, locale: str, value: str | None = None
) -> Activity:
    """ "change the countries" where two activities have them: one button each (carrying
    the value said with it, "change the countries to Spain"), and how to say it naming the
    one meant."""
    options = [(target, example(f"edit:{target}", plan, locale)) for target in meant]
    options = [(target, said) for target, said in options if said][:MAX_OFFERED_CHOICES]
    data: dict[str, Any] = {"action": Intent.CONTINUE_PLAN.value, "plan_id": plan.id}
    if value is not None:
        data["value"] = value
    buttons = [(said[:1].upper() + said[1:], {**data, "edit": target}) for target, said in options]
    text = t(
        locale,
        "error.review_which",
        value=cards.escape(excerpt(typed)),
        example=cards.escape(options[0][1] if options else ""),
    )
    return to_activity(cards.buttons_message(text, buttons))


def _opened_at(claim: Claim, field: str | None) -> dict[str, Any]:
    """The claim dialog's options: at the answer `field` ("change the date on my claim")
    when the claim asks it, else where it stands."""
    options: dict[str, Any] = {"claim_id": claim.id}
    if field in CHANGEABLE and field in claim.required_fields():
        options["edit"] = field
    elif field == ACTIVITY_CHANGE and claim.activity_id:
        options["edit"] = field  # "change the activity": asked again, from its plan
    return options


# What says something went wrong (an error, a block), rather than that the partner is
# annoyed ("this is useless"): the ways out of a question, not an apology for being no help.
_BROKEN = re.compile(
    r"\b(?:work\w*|error|stuck|broken|bug|wrong|happen\w*|respond\w*|marche|fonctionne|"
    r"erreur|bloquee?|casse|passe|va pas|repond)\b"
)
# "cancel my reminders", « annule mes rappels »: every reminder asked, not one.
_REMINDERS_WORD = re.compile(r"\b(?:reminders|rappels)\b")


def _asks_plan_total(pending: Pending, text: str | None) -> bool:
    """Whether `text`, at a plan's review, asks its total or what is left under its limit
    ("how much is left?"): the review answers it, not the funds or the status."""
    at_review = pending.input == "review" and pending.field == "review"
    return at_review and bool(pending.plan_id) and not pending.claim_id and asks_total(text or "")


def _pending_question(inner_dc: DialogContext) -> Pending:
    """The ids and field of the question now waiting for an answer (innermost prompt)."""
    instance = inner_dc.active_dialog
    # A component dialog keeps its own stack in its state, under "dialogs".
    while instance is not None and isinstance(instance.state.get("dialogs"), DialogState):
        stack = instance.state["dialogs"].dialog_stack
        instance = stack[0] if stack else None
    options = instance.state.get("options") if instance is not None else None
    if not isinstance(options, PromptOptions):
        return Pending()
    validations = options.validations or {}
    return Pending(
        plan_id=validations.get("plan_id", ""),
        claim_id=validations.get("claim_id"),
        field=validations.get("field"),
        input=validations.get("input"),
    )
