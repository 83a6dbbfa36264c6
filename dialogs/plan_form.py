"""What the plan dialogs share: the plan draft a turn works on, loaded and saved."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.dialogs import WaterfallStepContext

from dialogs.form_dialog import WALKED_BACK, Draft, FormDialog, Next
from dialogs.identity import Identity
from domain.plan import Activity, Campaign, Plan
from storage.repository import DuplicatePlanError, PlanChangedError
from views.display import display_value, plan_not_found, status_label
from views.strings import t

log = logging.getLogger(__name__)


@dataclass
class PlanDraft(Draft):
    """A plan, and the campaign and activity the dialog is on (if any)."""

    plan: Plan | None = None
    campaign: Campaign | None = None
    activity: Activity | None = None

    @property
    def target(self) -> str:
        parts = [self.plan.id]
        if self.campaign is not None:
            parts.append(self.campaign.id)
        if self.activity is not None:
            parts.append(self.activity.id)
        return "/".join(parts)

    @property
    def is_editable(self) -> bool:
        return self.plan.is_editable

    def locked_text(self) -> str:
        status = status_label(self.plan.status.value, self.locale)
        return t(self.locale, "error.plan_locked", plan_id=self.plan.id, status=status)

    @property
    def owned(self) -> tuple[str, str, str, str | None]:
        return ("plan", self.plan.id, self.plan.owner_id, self.plan.owner_name)


def shown_on_plan(draft: PlanDraft, name: str, value: Any) -> str:
    """How a plan's, campaign's or activity's value is shown (a `Field.display`)."""
    return display_value(name, value, draft.plan, draft.locale)


class PlanFormDialog(FormDialog):
    """A form over a plan: options carry `plan_id`, `campaign_id`, `activity_id`."""

    # The dialog's questions in the order they are asked: "back" asks the one before.
    back_order: tuple[str, ...] = ()
    # A question that follows up another (a date's confirmation): "back" there is that one.
    back_to: dict[str, str] = {}

    async def go_back(
        self, step: WaterfallStepContext, draft: PlanDraft, field_name: str
    ) -> Next | None:
        """ "back": the question before within the plan's details, a campaign or an activity
        (its answer shown as its current value); then on from there. A change asked from
        the review goes back to the review."""
        options = step.options or {}
        if options.get("edit") and not options.get(WALKED_BACK):
            return await super().go_back(step, draft, field_name)
        walked = {WALKED_BACK: True}  # "back" there too walks on back
        if field_name in self.back_to:
            return Next(edit=self.back_to[field_name], options=walked)
        order = self.back_order
        if field_name in order and order.index(field_name) > 0:
            return Next(edit=order[order.index(field_name) - 1], options=walked)
        begun = self.just_begun(draft) if order and field_name == order[0] else None
        if begun is not None:
            # A campaign or an activity with nothing in it yet ("yes" to "another?" by
            # mistake): it goes, and the dialog above asks what came before it
            # (`back_from_child`).
            draft.plan.remove_item(begun)
            return Next(end="back") if await self.save(step, draft) else None
        await step.context.send_activity(t(draft.locale, "back.first_here"))
        return None

    def is_first_question(self, draft: PlanDraft, field_name: str) -> bool:
        """The plan's own first detail (its Partner ID): "back" there has nothing before."""
        order = self.back_order
        first = bool(order) and field_name == order[0] and field_name not in self.back_to
        return first and self.just_begun(draft) is None and not draft.plan.campaigns

    def just_begun(self, draft: PlanDraft) -> str | None:
        """The id of the campaign or activity this dialog fills when nothing of it is
        answered yet; None for the plan's own details, or once anything is."""
        return None

    async def load(self, turn_context: TurnContext, options: dict[str, Any]) -> PlanDraft | None:
        identity = Identity.from_activity(turn_context.activity)
        plan = await self.services.plans.get_plan(identity.tenant_id, options.get("plan_id", ""))
        if plan is None:
            return None
        draft = PlanDraft(identity=identity, today=self.services.today(), plan=plan)
        if options.get("campaign_id"):
            draft.campaign = plan.campaign(options["campaign_id"])
            if draft.campaign is None:
                return None
        if options.get("activity_id") and draft.campaign is not None:
            draft.activity = draft.campaign.activity(options["activity_id"])
            if draft.activity is None:
                return None
        return draft

    async def save(self, step: WaterfallStepContext, draft: PlanDraft) -> bool:
        """Save the plan; on a lost update or a duplicate say so and return False."""
        locale = draft.locale
        try:
            draft.plan = await self.services.plans.save_plan(draft.plan)
            return True
        except PlanChangedError as error:
            await step.context.send_activity(t(locale, "error.plan_changed", plan_id=draft.plan.id))
            log.info("plan %s changed under a turn; re-reading", error.current.id)
            return False
        except DuplicatePlanError as error:
            await step.context.send_activity(
                t(locale, "error.plan_duplicate", plan_id=error.existing_plan_id)
            )
            return False

    def not_found_text(self, locale: str, options: dict[str, Any]) -> str:
        return plan_not_found(locale, options.get("plan_id"))
