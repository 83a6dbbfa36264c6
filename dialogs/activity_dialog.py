"""ActivityDialog: one activity of a campaign — type, description, countries, amount."""

from __future__ import annotations

from typing import Any

from botbuilder.dialogs import WaterfallStepContext

from dialogs.form_dialog import Child, Done, Question
from dialogs.plan_form import PlanDraft, PlanFormDialog
from dialogs.recognizer import Choice
from dialogs.services import Services
from domain.catalog import ACTIVITY_TYPES
from domain.countries import parse_countries
from domain.errors import UserInputError
from domain.money import format_amount, parse_amount
from domain.plan import MAX_DESCRIPTION_LENGTH
from domain.text import clean_text
from views.display import display_value
from views.strings import t


class ActivityDialog(PlanFormDialog):
    """Fills the activity's fields in order; with `edit` set, asks that field first."""

    def __init__(self, services: Services) -> None:
        super().__init__(ActivityDialog.__name__, services)

    async def next_step(self, draft: PlanDraft, options: dict[str, Any]) -> Question | Child | Done:
        activity = draft.activity
        assert activity is not None
        field_name = options.get("edit") or activity.missing_field()
        if field_name is None:
            return Done()
        return await self.question(draft, field_name)

    async def question(self, draft: PlanDraft, field_name: str) -> Question:
        locale, plan, campaign, activity = draft.locale, draft.plan, draft.campaign, draft.activity
        assert campaign is not None and activity is not None
        current_value = getattr(activity, field_name, None)
        current = display_value(field_name, current_value, plan, locale) if current_value else None
        if field_name == "activity_type":
            number = campaign.activities.index(activity) + 1
            return Question(
                field_name,
                t(
                    locale,
                    "question.activity_type",
                    number=number,
                    campaign=display_value("name", campaign.name, plan, locale),
                ),
                input="choice",
                choices=activity_type_choices(locale),
                current=current,
            )
        if field_name == "description":
            kind = t(locale, f"activity.{activity.activity_type}")
            return Question(
                field_name,
                t(locale, "question.description", activity_type=kind),
                current=current,
                max_length=MAX_DESCRIPTION_LENGTH,
            )
        if field_name == "countries":
            return Question(field_name, t(locale, "question.countries"), current=current)
        if field_name == "planned_amount":
            return Question(
                field_name,
                t(locale, "question.planned_amount", currency=plan.currency),
                current=current,
            )
        raise KeyError(field_name)

    def parse(self, draft: PlanDraft, field_name: str, answer: str) -> Any:
        if field_name == "activity_type":
            raise UserInputError("choice_unknown", value=answer[:60])
        if field_name == "description":
            return clean_text(answer, max_length=MAX_DESCRIPTION_LENGTH, field=field_name)
        if field_name == "countries":
            return parse_countries(answer, draft.locale)
        if field_name == "planned_amount":
            return parse_amount(answer, draft.plan.currency or "USD", draft.locale)
        raise KeyError(field_name)

    async def apply(
        self, step: WaterfallStepContext, draft: PlanDraft, field_name: str, value: Any
    ) -> None:
        activity, plan = draft.activity, draft.plan
        assert activity is not None
        setattr(activity, field_name, value)
        if not await self.save(step, draft):
            return
        if field_name in ("countries", "planned_amount"):
            shown = display_value(field_name, value, draft.plan, draft.locale)
            await step.context.send_activity(t(draft.locale, "ack.value", value=shown))
        if field_name == "planned_amount" and plan.plan_limit is not None:
            total = draft.plan.planned_total
            if total > plan.plan_limit:
                currency = plan.currency or "USD"
                await step.context.send_activity(
                    t(
                        draft.locale,
                        "ack.over_limit",
                        total=format_amount(total, currency, draft.locale),
                        limit=format_amount(plan.plan_limit, currency, draft.locale),
                    )
                )


def activity_type_choices(locale: str) -> list[Choice]:
    """The catalog as choices: its translated names (both languages) and aliases match."""
    return [
        Choice(
            entry.key,
            t(locale, f"activity.{entry.key}"),
            synonyms=(
                t("en", f"activity.{entry.key}"),
                t("fr", f"activity.{entry.key}"),
                *entry.aliases,
            ),
        )
        for entry in ACTIVITY_TYPES
    ]
