"""MainDialog: the router. Reads what the partner asks and starts or interrupts dialogs.

Commands (help, cancel, my plans, …) work at any moment: while a question is
pending they are answered and the question is asked again, so nothing typed is
lost. Card clicks are routed by their hidden `action`, never by their text.
"""

from __future__ import annotations

import logging
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

from bot import cards
from bot.display import status_label
from bot.identity import Identity
from bot.recognizer import Command, Intent, recognize_command
from bot.strings import t
from dialogs.answer_prompt import card_value
from dialogs.delete_draft_dialog import DeleteDraftDialog
from dialogs.plan_dialog import PlanDialog
from dialogs.services import Services
from domain.lifecycle import PlanStatus
from domain.money import format_amount
from domain.plan import Plan

log = logging.getLogger(__name__)

# Card buttons that stand for a command.
_CARD_ACTIONS = {
    "new_plan": Intent.NEW_PLAN,
    "my_plans": Intent.MY_PLANS,
    "help": Intent.HELP,
    "continue_plan": Intent.CONTINUE_PLAN,
}


def command_of(turn_context: TurnContext) -> Command | None:
    """The command a message or a card click stands for, if any."""
    value = card_value(turn_context.activity)
    if value is not None:
        intent = _CARD_ACTIONS.get(str(value.get("action")))
        return Command(intent, value.get("plan_id")) if intent else None
    return recognize_command(turn_context.activity.text)


class MainDialog(ComponentDialog):
    """Root of every conversation: routes commands, owns the plan and delete dialogs."""

    def __init__(self, services: Services) -> None:
        super().__init__(MainDialog.__name__)
        self.services = services
        self.add_dialog(PlanDialog(services))
        self.add_dialog(DeleteDraftDialog(services))
        self.add_dialog(
            WaterfallDialog(f"{MainDialog.__name__}.route", [self.route_step, self.final_step])
        )
        self.initial_dialog_id = f"{MainDialog.__name__}.route"

    # -- a new request -----------------------------------------------------------------------

    async def route_step(self, step: WaterfallStepContext) -> DialogTurnResult:
        context = step.context
        identity = Identity.from_activity(context.activity)
        command = command_of(context)
        if command is None:
            value = card_value(context.activity)
            if value is not None and value.get("action") == "answer":
                return await self._late_answer(step, identity, value)
            if (context.activity.text or "").strip() or value is not None:
                await context.send_activity(t(identity.locale, "not_understood"))
            return await step.end_dialog()
        if command.intent is Intent.NEW_PLAN:
            plan = await self.services.plans.create_plan(
                tenant_id=identity.tenant_id,
                owner_id=identity.user_id,
                owner_name=identity.name,
                today=self.services.today(),
            )
            await context.send_activity(t(identity.locale, "ack.plan_started", plan_id=plan.id))
            return await step.begin_dialog(PlanDialog.__name__, {"plan_id": plan.id})
        if command.intent is Intent.CONTINUE_PLAN:
            plan = await self._draft_to_open(context, identity, command.plan_id)
            if plan is None:
                return await step.end_dialog()
            await context.send_activity(t(identity.locale, "ack.plan_resumed", plan_id=plan.id))
            return await step.begin_dialog(PlanDialog.__name__, {"plan_id": plan.id})
        if command.intent is Intent.DELETE_DRAFT:
            plan = await self._draft_to_open(context, identity, command.plan_id)
            if plan is None:
                return await step.end_dialog()
            return await step.begin_dialog(DeleteDraftDialog.__name__, {"plan_id": plan.id})
        if command.intent is Intent.CANCEL:
            await context.send_activity(t(identity.locale, "cancelled.nothing"))
        elif command.intent is Intent.GREETING:
            await context.send_activity(cards.welcome_activity(identity.locale, identity.name))
        else:
            await self._answer(context, identity, command)
        return await step.end_dialog()

    async def final_step(self, step: WaterfallStepContext) -> DialogTurnResult:
        return await step.end_dialog(step.result)

    async def _late_answer(
        self, step: WaterfallStepContext, identity: Identity, value: dict[str, Any]
    ) -> DialogTurnResult:
        """A card clicked after its dialog ended: say what happened, resume a draft."""
        locale = identity.locale
        plan_id = str(value.get("target", "")).split("/")[0]
        plan = await self.services.plans.get_plan(identity.tenant_id, plan_id)
        if plan is None:
            await step.context.send_activity(t(locale, "error.plan_not_found", plan_id=plan_id))
            return await step.end_dialog()
        if not plan.is_editable:
            key = "submit.already" if value.get("answer") == "submit" else "error.plan_locked"
            await step.context.send_activity(
                t(locale, key, plan_id=plan.id, status=status_label(plan.status.value, locale))
            )
            return await step.end_dialog()
        await step.context.send_activity(t(locale, "stale_card"))
        return await step.begin_dialog(PlanDialog.__name__, {"plan_id": plan.id})

    async def _draft_to_open(
        self, context: TurnContext, identity: Identity, plan_id: str | None
    ) -> Plan | None:
        """The plan named, or the partner's latest draft; says why when there is none."""
        locale = identity.locale
        if plan_id is None:
            drafts = [
                s
                for s in await self.services.plans.list_plans(
                    identity.tenant_id, owner_id=identity.user_id
                )
                if s.status is PlanStatus.EDITING
            ]
            if not drafts:
                await context.send_activity(t(locale, "error.no_draft"))
                return None
            plan_id = drafts[0].id
        plan = await self.services.plans.get_plan(identity.tenant_id, plan_id)
        if plan is None:
            await context.send_activity(t(locale, "error.plan_not_found", plan_id=plan_id))
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
        return plan

    async def _answer(self, context: TurnContext, identity: Identity, command: Command) -> None:
        """Commands answered in one message, with or without a dialog running."""
        locale = identity.locale
        if command.intent is Intent.HELP:
            await context.send_activity(t(locale, "help.general"))
        elif command.intent is Intent.MY_PLANS:
            await context.send_activity(await self._plans_list(identity))

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
        if any(s.status is PlanStatus.EDITING for s in summaries):
            lines += ["", t(locale, "plans.draft_hint")]
        return MessageFactory.text("\n".join(lines))

    # -- while a dialog runs -----------------------------------------------------------------

    async def on_continue_dialog(self, inner_dc: DialogContext) -> DialogTurnResult:
        result = await self._interrupt(inner_dc)
        if result is not None:
            return result
        return await super().on_continue_dialog(inner_dc)

    async def _interrupt(self, inner_dc: DialogContext) -> DialogTurnResult | None:
        context = inner_dc.context
        command = command_of(context)
        if command is None or inner_dc.active_dialog is None:
            return None
        if inner_dc.active_dialog.id == self.initial_dialog_id:
            return None
        identity = Identity.from_activity(context.activity)
        locale = identity.locale
        pending = _pending_question(inner_dc)
        plan_id = pending.get("plan_id", "")
        if command.intent is Intent.CANCEL:
            await inner_dc.cancel_all_dialogs()
            await context.send_activity(t(locale, "cancelled", plan_id=plan_id))
            return DialogTurnResult(DialogTurnStatus.Complete)
        if command.intent is Intent.HELP:
            field = pending.get("field")
            if field:
                plan = await self.services.plans.get_plan(identity.tenant_id, plan_id)
                currency = plan.currency if plan else ""
                await context.send_activity(
                    t(locale, f"help.field.{field}", currency=currency)
                    + "\n\n"
                    + t(locale, "help.way_out", plan_id=plan_id)
                )
            else:
                await context.send_activity(t(locale, "help.general"))
        elif command.intent is Intent.MY_PLANS:
            await context.send_activity(await self._plans_list(identity))
        elif command.intent is Intent.NEW_PLAN:
            await context.send_activity(t(locale, "error.already_in_plan", plan_id=plan_id))
        elif command.intent is Intent.CONTINUE_PLAN:
            if command.plan_id and command.plan_id != plan_id:
                await inner_dc.cancel_all_dialogs()
                plan = await self._draft_to_open(context, identity, command.plan_id)
                if plan is None:
                    return DialogTurnResult(DialogTurnStatus.Complete)
                await context.send_activity(t(locale, "ack.plan_resumed", plan_id=plan.id))
                return await inner_dc.begin_dialog(PlanDialog.__name__, {"plan_id": plan.id})
        elif command.intent is Intent.DELETE_DRAFT:
            await inner_dc.cancel_all_dialogs()
            return await inner_dc.begin_dialog(
                DeleteDraftDialog.__name__, {"plan_id": command.plan_id or plan_id}
            )
        else:
            return None  # a greeting mid-question is just an answer
        await inner_dc.reprompt_dialog()
        return DialogTurnResult(DialogTurnStatus.Waiting)


def _pending_question(inner_dc: DialogContext) -> dict[str, Any]:
    """The ids and field of the question now waiting for an answer (innermost prompt)."""
    instance = inner_dc.active_dialog
    # A component dialog keeps its own stack in its state, under "dialogs".
    while instance is not None and isinstance(instance.state.get("dialogs"), DialogState):
        stack = instance.state["dialogs"].dialog_stack
        instance = stack[0] if stack else None
    options = instance.state.get("options") if instance is not None else None
    if isinstance(options, PromptOptions):
        return dict(options.validations or {})
    return {}
