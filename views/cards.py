"""Adaptive Cards (schema 1.5, what Teams renders) and the messages built around them.

Every submit carries a hidden `action`, the `field` it answers and the `target`
draft item, so a late or repeated click is routed correctly. Text a partner typed
is escaped before it is shown, so it cannot inject links or formatting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from views.message import Message, card_message, text_message
from views.strings import t

if TYPE_CHECKING:
    from views.choices import Choice

CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
CARD_VERSION = "1.5"
# Up to this many options show as buttons; more go in a drop-down list.
MAX_BUTTONS = 5

_MARKDOWN = re.compile(r"([\\`*_\[\]<>#~|])")
# Control characters, and the direction overrides (U+202E turns "invoice<U+202E>fdp.exe"
# into what reads "invoiceexe.pdf"): shown as nothing; line breaks and tabs as a space.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def escape(text: str | None) -> str:
    """User text made inert for Teams markdown (links, emphasis, lists, mentions)."""
    if not text:
        return ""
    one_line = text.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    return _MARKDOWN.sub(r"\\\1", _INVISIBLE.sub("", one_line))


def card(
    body: list[dict[str, Any]],
    actions: list[dict[str, Any]] | None = None,
    *,
    full_width: bool = False,
) -> dict[str, Any]:
    content: dict[str, Any] = {
        "$schema": CARD_SCHEMA,
        "type": "AdaptiveCard",
        "version": CARD_VERSION,
        "body": body,
    }
    if actions:
        content["actions"] = actions
    if full_width:
        content["msteams"] = {"width": "Full"}
    return content


def text_block(text: str, **style: Any) -> dict[str, Any]:
    return {"type": "TextBlock", "text": text, "wrap": True, **style}


def submit(title: str, data: dict[str, Any], *, style: str | None = None) -> dict[str, Any]:
    action: dict[str, Any] = {"type": "Action.Submit", "title": title, "data": data}
    if style:
        action["style"] = style
    return action


def finding_line(severity: str, code: str, params: dict[str, str], locale: str) -> str:
    """One finding as the partner reads it: its mark, what is wrong, how to fix it."""
    return (
        f"{t(locale, f'severity.{severity}')} "
        f"{t(locale, f'finding.{code}', **params)} "
        f"{t(locale, f'fix.{code}', **params)}"
    )


def choice_set(choices: list[Choice], placeholder: str) -> dict[str, Any]:
    """A compact drop-down of numbered choices, submitted as `answer` (the numbers are
    what a partner may also type)."""
    return {
        "type": "Input.ChoiceSet",
        "id": "answer",
        "style": "compact",
        "placeholder": placeholder,
        "choices": [
            {"title": f"{n}. {c.label}", "value": c.value} for n, c in enumerate(choices, start=1)
        ],
    }


# A card form's inputs are named so (`form.<field>`), apart from a question's `answer`.
FORM_INPUT = "form."


@dataclass(frozen=True)
class FormInput:
    """One input of a card form: the field, its label, its kind, what it holds now (the
    kept value, or what the partner typed in a refused form) and why it was refused."""

    field: str
    label: str
    kind: str  # text | choice | date | number
    value: str | None = None
    choices: tuple[Choice, ...] = ()
    placeholder: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class FormButton:
    """A submit of the form: its title and what it adds to the data (`then`)."""

    title: str
    then: str | None = None


def form_body(inputs: list[FormInput], locale: str) -> list[dict[str, Any]]:
    """The inputs, each with its label; a refused one with its error under it, in red."""
    body: list[dict[str, Any]] = []
    for item in inputs:
        element: dict[str, Any] = {"id": FORM_INPUT + item.field, "label": item.label}
        if item.kind == "choice":
            element.update(
                type="Input.ChoiceSet",
                style="compact",
                placeholder=t(locale, "question.placeholder"),
                choices=[{"title": c.label, "value": c.value} for c in item.choices],
            )
        elif item.kind == "date":
            element.update(type="Input.Date", placeholder=t(locale, "question.date_placeholder"))
        elif item.kind == "number":
            element.update(type="Input.Number")
        else:
            element.update(type="Input.Text")
        if item.kind != "date" and item.placeholder:
            element["placeholder"] = item.placeholder
        if item.value is not None:
            element["value"] = item.value
        if item.error is not None:
            element["errorMessage"] = item.error
        body.append(element)
        if item.error is not None:
            # Teams shows errorMessage only for its own checks: the bot's reason is text.
            body.append(text_block(item.error, color="Attention", size="Small", spacing="None"))
    return body


def form_actions(buttons: list[FormButton], field: str, target: str) -> list[dict[str, Any]]:
    actions = []
    for index, button in enumerate(buttons):
        data = {**answer_data(field, target), "form": button.then or "save"}
        actions.append(submit(button.title, data, style="positive" if index == 0 else None))
    return actions


def form_card(
    title: str,
    inputs: list[FormInput],
    buttons: list[FormButton],
    field: str,
    target: str,
    locale: str,
    notes: list[str] | None = None,
) -> dict[str, Any]:
    """A whole section (the plan's details, a campaign, an activity, a claim) on one card:
    every input prefilled; submitted with the question's `field` and `target`, so a form
    from an older question is recognised as stale like any card."""
    body = [text_block(title, weight="Bolder")]
    body.extend(text_block(note, color="Attention") for note in notes or [])
    body.extend(form_body(inputs, locale))
    return card(body, form_actions(buttons, field, target))


def answer_data(field: str, target: str, answer: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"action": "answer", "field": field, "target": target}
    if answer is not None:
        data["answer"] = answer
    return data


class Asked(Protocol):
    """What the question card reads of a question (the dialogs' `Question` has it all)."""

    @property
    def field(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def input(self) -> str: ...  # text | choice | yes_no | date | review
    @property
    def choices(self) -> list[Choice]: ...
    @property
    def current(self) -> str | None: ...
    @property
    def card(self) -> dict[str, Any] | None: ...
    @property
    def date_range(self) -> tuple[date, date] | None: ...
    @property
    def form(self) -> dict[str, Any] | None: ...  # a card form offered beside the question


def question_message(question: Asked, target: str, locale: str) -> Message:
    """The question as Teams shows it: a card when there is something to click."""
    if question.card is not None:
        return card_message(question.card, question.text)
    lines = [question.text]
    if question.current:
        lines.append(t(locale, "question.current_value", value=question.current))
    if (
        question.input == "text"
        and not question.choices
        and getattr(question, "form", None) is None
    ):
        return text_message("\n\n".join(lines))
    body = [text_block(lines[0], weight="Bolder")]
    body.extend(text_block(line, isSubtle=True) for line in lines[1:])
    actions: list[dict[str, Any]] = []
    if question.input == "yes_no":
        actions = [
            submit(t(locale, "button.yes"), answer_data(question.field, target, "yes")),
            submit(t(locale, "button.no"), answer_data(question.field, target, "no")),
        ]
    elif question.input == "date":
        # Without a placeholder Teams shows its own, in English ("Select a date...").
        picker = {"type": "Input.Date", "id": "answer"}
        picker["placeholder"] = t(locale, "question.date_placeholder")
        if question.date_range is not None:
            picker["min"], picker["max"] = (day.isoformat() for day in question.date_range)
        body.append(picker)
        actions = [submit(t(locale, "button.send"), answer_data(question.field, target))]
    elif len(question.choices) <= MAX_BUTTONS:
        actions = [
            submit(c.label, answer_data(question.field, target, c.value)) for c in question.choices
        ]
    elif question.choices:
        body.append(choice_set(question.choices, t(locale, "question.placeholder")))
        actions = [submit(t(locale, "button.send"), answer_data(question.field, target))]
    if getattr(question, "form", None) is not None:
        # The whole section on one card, one click away; typing the answer works as well.
        actions.append(
            {"type": "Action.ShowCard", "title": t(locale, "button.form"), "card": question.form}
        )
    return card_message(card(body, actions), question.text)


def confirm_card(
    reasons: list[str], question: str, choices: list[Choice], field: str, target: str
) -> dict[str, Any]:
    """Why an answer is questioned, then the question, with one button per choice."""
    body = [text_block(reason, color="Attention") for reason in reasons]
    body.append(text_block(question, weight="Bolder"))
    actions = [submit(c.label, answer_data(field, target, c.value)) for c in choices]
    return card(body, actions)


def welcome_message(locale: str, name: str | None) -> Message:
    first_name = escape((name or "").split(" ")[0])
    # Without a first name, "Hi , I'm…" reads "Hi, I'm…".
    title = t(locale, "welcome.title", name=first_name).replace(" ,", ",")
    content = card(
        [text_block(title, size="Medium", weight="Bolder"), text_block(t(locale, "welcome.body"))],
        [
            submit(t(locale, "button.new_plan"), {"action": "new_plan"}, style="positive"),
            submit(t(locale, "button.new_claim"), {"action": "new_claim"}),
            submit(t(locale, "button.my_plans"), {"action": "my_plans"}),
            submit(t(locale, "button.my_claims"), {"action": "my_claims"}),
            submit(t(locale, "button.help"), {"action": "help"}),
        ],
    )
    return card_message(content, title)


def language_message(locale: str) -> Message:
    """Which language to answer in: one button each, named in its own language."""
    text = t(locale, "language.which")
    content = card(
        [text_block(text, weight="Bolder")],
        [
            submit("English", {"action": "language", "language": "en"}),
            submit("Français", {"action": "language", "language": "fr"}),
        ],
    )
    return card_message(content, text)


def link_message(text: str, title: str, url: str) -> Message:
    """Words and one button that opens `url` (a file of the bot's own to download)."""
    content = card([text_block(text)], [{"type": "Action.OpenUrl", "title": title, "url": url}])
    return card_message(content, text)


def submitted_card(item_id: str, locale: str) -> Message:
    """What a check or review card becomes once its Submit was used: no buttons left to
    click, one line saying what happened (the receipt below has the details)."""
    text = t(locale, "review.used.submitted", item_id=item_id)
    return card_message(card([text_block(text, weight="Bolder", color="Good")]), text)


def receipt_message(title: str, lines: list[str]) -> Message:
    body = [text_block(title, size="Medium", weight="Bolder", color="Good")]
    body.extend(text_block(line) for line in lines)
    return card_message(card(body), title)


def buttons_message(text: str, buttons: list[tuple[str, dict[str, Any]]]) -> Message:
    """Words and a button for each choice (its title, the data it sends)."""
    actions = [submit(title, data) for title, data in buttons]
    return card_message(card([text_block(text)], actions), text)


def command_offer_message(intent: str, typed: str, locale: str) -> Message:
    """A command mistyped with no question open ("nwe plan"): the one meant, one click."""
    meant = t(locale, f"meant.{intent}")
    text = t(locale, "not_understood.meant", typed=escape(typed.strip()[:40]), meant=meant)
    content = card([text_block(text)], [submit(meant[:1].upper() + meant[1:], {"action": intent})])
    return card_message(content, text)
