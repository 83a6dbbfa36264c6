"""DeleteDraftDialog: asks before a draft plan is deleted for good."""

from __future__ import annotations

from typing import Any

from botbuilder.dialogs import WaterfallStepContext

from bot.strings import t
from dialogs.form_dialog import Child, Done, Question
from dialogs.plan_form import PlanDraft, PlanFormDialog
from dialogs.services import Services


class DeleteDraftDialog(PlanFormDialog):
    """Options: `plan_id`. Only drafts get here: a locked plan ends the dialog at once."""

    def __init__(self, services: Services) -> None:
        super().__init__(DeleteDraftDialog.__name__, services)

    async def next_step(self, draft: PlanDraft, options: dict[str, Any]) -> Question | Child | Done:
        return await self.question(draft, "delete_confirm")

    async def question(self, draft: PlanDraft, field_name: str) -> Question:
        return Question(
            field_name,
            t(draft.locale, "question.delete_confirm", plan_id=draft.plan.id),
            input="yes_no",
        )

    def parse(self, draft: PlanDraft, field_name: str, answer: str) -> Any:
        raise KeyError(field_name)  # yes/no is read by the form itself

    async def apply(
        self, step: WaterfallStepContext, draft: PlanDraft, field_name: str, value: Any
    ) -> None:
        plan = draft.plan
        if value:
            await self.services.plans.delete_plan(plan.tenant_id, plan.id)
            await step.context.send_activity(t(draft.locale, "delete.done", plan_id=plan.id))
            self.finish(step, "deleted")
        else:
            await step.context.send_activity(t(draft.locale, "delete.kept", plan_id=plan.id))
            self.finish(step, "kept")
