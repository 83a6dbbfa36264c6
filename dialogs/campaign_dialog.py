"""CampaignDialog: a campaign's name and dates, then its activities in a loop."""

from __future__ import annotations

from typing import Any

from botbuilder.dialogs import WaterfallStepContext

from bot.display import display_value
from bot.strings import t
from dialogs.activity_dialog import ActivityDialog
from dialogs.form_dialog import Child, Done, Question
from dialogs.plan_form import PlanDraft, PlanFormDialog
from dialogs.services import Services
from domain.dates import parse_date
from domain.errors import UserInputError
from domain.plan import MAX_ACTIVITIES_PER_CAMPAIGN, MAX_NAME_LENGTH
from domain.text import clean_text


class CampaignDialog(PlanFormDialog):
    """Asks what the campaign still lacks, hands each activity to ActivityDialog."""

    def __init__(self, services: Services) -> None:
        super().__init__(CampaignDialog.__name__, services)
        self.add_dialog(ActivityDialog(services))

    async def next_step(self, draft: PlanDraft, options: dict[str, Any]) -> Question | Child | Done:
        campaign = draft.campaign
        assert campaign is not None
        field_name = options.get("edit") or campaign.missing_field()
        if field_name is not None:
            return await self.question(draft, field_name)
        ids = {"plan_id": draft.plan.id, "campaign_id": campaign.id}
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

    async def question(self, draft: PlanDraft, field_name: str) -> Question:
        locale, plan, campaign = draft.locale, draft.plan, draft.campaign
        assert campaign is not None
        name = display_value("name", campaign.name, plan, locale)
        current_value = getattr(campaign, field_name, None)
        current = display_value(field_name, current_value, plan, locale) if current_value else None
        if field_name == "name":
            number = plan.campaigns.index(campaign) + 1
            return Question(
                field_name,
                t(locale, "question.name", number=number),
                current=current,
                max_length=MAX_NAME_LENGTH,
            )
        if field_name in ("start_date", "end_date"):
            return Question(
                field_name,
                t(locale, f"question.{field_name}", campaign=name),
                input="date",
                current=current,
            )
        if field_name == "more_activities":
            return Question(
                field_name, t(locale, "question.more_activities", campaign=name), input="yes_no"
            )
        raise KeyError(field_name)

    def parse(self, draft: PlanDraft, field_name: str, answer: str) -> Any:
        campaign = draft.campaign
        assert campaign is not None
        if field_name == "name":
            return clean_text(answer, max_length=MAX_NAME_LENGTH, field=field_name)
        if field_name in ("start_date", "end_date"):
            value = parse_date(answer, draft.locale, draft.today)
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
        raise KeyError(field_name)

    async def apply(
        self, step: WaterfallStepContext, draft: PlanDraft, field_name: str, value: Any
    ) -> None:
        campaign = draft.campaign
        assert campaign is not None
        if field_name == "more_activities":
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
            return
        setattr(campaign, field_name, value)
        if await self.save(step, draft) and field_name in ("start_date", "end_date"):
            shown = display_value(field_name, value, draft.plan, draft.locale)
            await step.context.send_activity(t(draft.locale, "ack.value", value=shown))
