"""Asks before a draft is deleted for good: a plan (DeleteDraftDialog) or a claim
(DeleteClaimDraftDialog).

Only drafts get here (a plan or claim no longer in Editing ends the dialog at once, and is
checked again when the answer comes), and only their owner or an admin (`Draft.owned`).
"back" keeps the draft, as "no" does. A deleted claim's evidence files stay on disk: the
store keeps a file once by its content, and another claim (a fix copy, say) may name it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.dialogs import WaterfallStepContext

from dialogs.claim_form import ClaimDraft, ClaimFormDialog
from dialogs.form_dialog import Child, Done, Field, Next, Question, field_table
from dialogs.plan_form import PlanDraft, PlanFormDialog
from dialogs.services import Services
from views.display import claim_locked
from views.strings import t


@dataclass(frozen=True)
class KeptOpen:
    """The result of a "no" asked over a draft's own question ("delete it" in the middle of
    it): the draft to reopen, where it was (`MainDialog` does)."""

    plan_id: str | None = None
    claim_id: str | None = None


class DeleteDraftDialog(PlanFormDialog):
    """Options: `plan_id`; `reopen` when asked over the plan's own question, which "no" opens
    again. Only drafts get here: a locked plan ends the dialog at once."""

    def __init__(self, services: Services) -> None:
        super().__init__(DeleteDraftDialog.__name__, services)
        self.fields = field_table(
            Field(
                "delete_confirm",
                lambda draft: t(draft.locale, "question.delete_confirm", plan_id=draft.plan.id),
                input="yes_no",
                act=self._delete_or_keep,
            )
        )

    async def next_step(self, draft: PlanDraft, options: dict[str, Any]) -> Question | Child | Done:
        return await self.question(draft, "delete_confirm")

    async def _delete_or_keep(
        self, step: WaterfallStepContext, draft: PlanDraft, delete: bool
    ) -> Next:
        plan = draft.plan
        if delete:
            await self.services.plans.delete_plan(plan.tenant_id, plan.id)
            await step.context.send_activity(t(draft.locale, "delete.done", plan_id=plan.id))
            return Next(end="deleted")
        await step.context.send_activity(t(draft.locale, "delete.kept", plan_id=plan.id))
        if (step.options or {}).get("reopen"):
            return Next(end=KeptOpen(plan_id=plan.id))
        return Next(end="kept")

    async def go_back(self, step: WaterfallStepContext, draft: PlanDraft, field_name: str) -> Next:
        return await self._delete_or_keep(step, draft, False)


@dataclass
class ClaimToDelete(ClaimDraft):
    def locked_text(self) -> str:
        return claim_locked(self.claim, self.locale, "delete.claim_not_draft")


class DeleteClaimDraftDialog(ClaimFormDialog):
    """Options: `claim_id`; `resumable` when the claim's dialog is still open under it
    (then "no" goes back to the claim; otherwise the partner is told how to resume it);
    `reopen` when asked over the claim's own question, which "no" opens again."""

    def __init__(self, services: Services) -> None:
        super().__init__(DeleteClaimDraftDialog.__name__, services)
        self.fields = field_table(
            Field(
                "delete_claim_confirm",
                lambda draft: t(
                    draft.locale, "question.delete_claim_confirm", claim_id=draft.claim.id
                ),
                input="yes_no",
                act=self._delete_or_keep,
            )
        )

    async def load(self, turn_context: TurnContext, options: dict[str, Any]) -> ClaimDraft | None:
        draft = await super().load(turn_context, options)
        return None if draft is None else ClaimToDelete(**vars(draft))

    async def next_step(
        self, draft: ClaimDraft, options: dict[str, Any]
    ) -> Question | Child | Done:
        return await self.question(draft, "delete_claim_confirm")

    async def _delete_or_keep(
        self, step: WaterfallStepContext, draft: ClaimDraft, delete: bool
    ) -> Next:
        claim, locale = draft.claim, draft.locale
        if delete:
            # Read just before: the answer step found it still in Editing.
            await self.services.claims.delete(claim.tenant_id, claim.id)
            await step.context.send_activity(t(locale, "delete.claim_done", claim_id=claim.id))
            return Next(end="deleted")
        options = step.options or {}
        resumable = options.get("resumable") or options.get("reopen")
        key = "delete.claim_kept" if resumable else "delete.claim_kept_closed"
        await step.context.send_activity(t(locale, key, claim_id=claim.id))
        if options.get("reopen"):
            return Next(end=KeptOpen(claim_id=claim.id))
        return Next(end="kept")

    async def go_back(self, step: WaterfallStepContext, draft: ClaimDraft, field_name: str) -> Next:
        return await self._delete_or_keep(step, draft, False)
