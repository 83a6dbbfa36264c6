"""A prompt that takes a typed answer or a card submit, and renders its question afresh.

Why not TextPrompt: an Adaptive Card's Action.Submit arrives with `text=None` and
`value={...}`, which TextPrompt rejects. This prompt reads the card's `answer`
when the card was made for this very question (same `field` and draft id), and
treats any other card click as stale. Its options hold only small ids; the
question is rebuilt from the draft each time it is shown, so dialog state stays
small and a re-prompt always shows current data.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import asdict
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.dialogs.prompts import Prompt, PromptOptions, PromptRecognizerResult
from botbuilder.schema import Activity, ActivityTypes, InputHints

from dialogs.attachments import files_of
from views.cards import FORM_INPUT

Renderer = Callable[[TurnContext, dict[str, Any]], Awaitable[Activity]]

# Recognized value standing for "a card from another question was clicked".
STALE_CARD = "\x00stale-card"
# The prompt's state: the answers just offered as "Did you mean …?" (`FormDialog`), for
# the next answer only.
OFFERED = "offered"
# Recognized value standing for "the card sent something that is not text" (a card's inputs
# and buttons send text: only a forged or broken client sends an object or a list).
UNREADABLE_CARD = "\x00unreadable-card"


def card_value(activity: Activity) -> dict[str, Any] | None:
    """The data of a card submit, or None for a typed message."""
    value = activity.value
    return value if isinstance(value, dict) else None


class AnswerPrompt(Prompt):
    """Asks the question `validations` names; hands the raw answer to the validator."""

    def __init__(self, dialog_id: str, render: Renderer, validator) -> None:
        super().__init__(dialog_id, validator)
        self._render = render

    async def on_prompt(
        self,
        turn_context: TurnContext,
        state: dict[str, object],
        options: PromptOptions,
        is_retry: bool,
    ) -> None:
        # The question shown again (after "status?", a language change…): a suggestion made
        # before it is no longer what a "yes" answers.
        state.pop(OFFERED, None)
        activity = await self._render(turn_context, options.validations or {})
        activity.input_hint = InputHints.expecting_input
        await turn_context.send_activity(activity)

    async def on_recognize(
        self, turn_context: TurnContext, state: dict[str, object], options: PromptOptions
    ) -> PromptRecognizerResult:
        activity = turn_context.activity
        result = PromptRecognizerResult()
        if activity.type != ActivityTypes.message:
            return result
        submitted = card_value(activity)
        if submitted is not None:
            expected = options.validations or {}
            same_question = (
                submitted.get("action") == "answer"
                and submitted.get("field") == expected.get("field")
                and submitted.get("target") == expected.get("target")
            )
            result.succeeded = True
            if not same_question:
                result.value = STALE_CARD
            elif "form" in submitted:
                # A card form: its inputs (`form.<field>`), and which of its buttons.
                inputs = {
                    key[len(FORM_INPUT) :]: _as_text(value)
                    for key, value in submitted.items()
                    if isinstance(key, str) and key.startswith(FORM_INPUT)
                }
                form = _as_text(submitted.get("form"))
                unreadable = UNREADABLE_CARD in (form, *inputs.values())
                result.value = UNREADABLE_CARD if unreadable else {"form": form, "inputs": inputs}
            else:
                result.value = _as_text(submitted.get("answer"))
            return result
        result.succeeded = True
        files = files_of(activity)
        if files:
            # Evidence arrives as attachments; the question decides what to do with them.
            result.value = {"files": [asdict(f) for f in files], "text": activity.text or ""}
        else:
            result.value = activity.text or ""
        return result


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return UNREADABLE_CARD  # never quoted back as Python writes it
    return value if isinstance(value, str) else str(value)
