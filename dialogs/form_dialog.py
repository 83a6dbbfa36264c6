"""The question loop shared by the plan, campaign and activity dialogs.

Each turn the dialog looks at the draft in the repository and asks for the first
thing still missing (or hands over to a child dialog for a campaign or activity);
the answer is parsed, applied and saved at once, and the loop starts again. So
the draft is saved after every answer, and resuming — after "cancel", a restart,
or days later — lands exactly on the next unanswered question.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from botbuilder.core import MessageFactory, TurnContext
from botbuilder.dialogs import (
    ComponentDialog,
    DialogTurnResult,
    WaterfallDialog,
    WaterfallStepContext,
)
from botbuilder.dialogs.prompts import PromptOptions, PromptValidatorContext
from botbuilder.schema import Activity
from pydantic import BaseModel, TypeAdapter
from pydantic_core import to_jsonable_python

from dialogs import several
from dialogs.answer_prompt import OFFERED, STALE_CARD, UNREADABLE_CARD, AnswerPrompt
from dialogs.field_help import field_help
from dialogs.identity import Identity
from dialogs.intents import Intent
from dialogs.messages import to_activity
from dialogs.ownership import refusal_unless_may_change
from dialogs.recognizer import (
    SUBMITTING,
    Choice,
    another_item_said,
    asks_about_the_question,
    asks_something,
    choices_named,
    close_choice,
    exact_choice,
    is_approval,
    is_done_word,
    is_step_word,
    judged_fine,
    match_choice,
    names_a_day_ahead,
    names_the_reviewer,
    pleasantry,
    rank_said,
    recognize_command,
    recognize_yes_no,
    says_change_unnamed,
    says_has_none,
    says_later,
    says_not,
    says_not_given,
    says_nothing_of_it,
    says_only_submit,
    says_unsure,
)
from dialogs.review_actions import ReviewAction
from dialogs.services import Services
from dialogs.several import Reader, Several
from domain.errors import UserInputError
from domain.roles import SUBMITTER_ROLES, may_submit_plan
from domain.text import excerpt
from storage.cards import SentCard
from views import cards
from views.message import Message
from views.strings import TABLES, t

log = logging.getLogger(__name__)

# The longest answer a question takes unless it says otherwise (twice this is refused unread).
MAX_ANSWER_LENGTH = 1000
# An offer's "No" button: its answer is "no", as typed (the question again, nothing done).
DECLINED = "no"
# Error parameters that quote the partner's own text back.
_QUOTED_PARAMS = frozenset({"value", "name", "typed"})
# A word naming several options offers them as buttons, up to this many.
MAX_OFFERED_CHOICES = 8
# The yes/no questions asking for one more item, and the item ("add another activity").
_ANOTHER_ASKED = {"more_activities": "activity", "more_campaigns": "campaign"}
# The most of it quoted back (parsers quote an excerpt already; this holds for any of them).
MAX_QUOTED = 200
# What a review's "done" may mean, in the order offered: submitting it, or saving it.
_ENDS = ("submit", "submit_anyway", "save")
# The value of a question's "Back" choice (its card button, or its number typed).
BACK = "back"
# An option: the question asked was reached by "back" (or from the question after its
# section, "another activity?"), not by a change asked from the review: "back" there walks
# on back. It lasts one answer, as `edit` does.
WALKED_BACK = "walked_back"


@dataclass(frozen=True)
class FormAnswer(Several):
    """A card form submitted whole: its values (all read), and which button (`then`)."""

    then: str | None = None


class FormRefused(Exception):
    """A card form with values that cannot be taken: the same card comes back with what
    was typed in every input and each refused one's reason under it; nothing is kept."""

    def __init__(self, card: dict[str, Any], count: int) -> None:
        super().__init__(f"{count} values refused")
        self.card = card
        self.count = count


@dataclass(frozen=True)
class Back:
    """The partner asked for the step before this question ("back", "retour", the button)."""


@dataclass(frozen=True)
class ReadAs:
    """A choice read from its number or from part of its name ("1", "indirect reseller"):
    kept as `value`, and said back before the next question so that a slip shows at once
    (as `label`, the choice's name, where the field acts rather than keeps a value)."""

    value: Any
    label: str | None = None


@dataclass(frozen=True)
class FilesAside:
    """Files sent at a question that takes none, taken by the dialog's own rules (evidence)."""

    value: Any


@dataclass
class Question:
    """One question: what it asks, how it may be answered, and the value it has now."""

    field: str
    text: str
    input: str = "text"  # text | choice | yes_no | date | review
    choices: list[Choice] = field(default_factory=list)
    current: str | None = None
    # The longest answer allowed, as told to the partner; see `_parse_answer` for the guard.
    max_length: int = MAX_ANSWER_LENGTH
    # True for the questions that take files (evidence); others ignore attachments.
    accepts_files: bool = False
    # A prebuilt card (the plan review) shown instead of the generic question card.
    card: dict[str, Any] | None = None
    # False when the choices are not shown numbered (the plan review's buttons): a typed
    # number then picks nothing.
    numbered: bool = True
    # The days a date question accepts (first, last), offered by the picker.
    date_range: tuple[date, date] | None = None
    # The section's card form, offered beside the question (`FormDialog.form_fields`).
    form: dict[str, Any] | None = None


@dataclass
class Child:
    """Hand the turn to another dialog (a campaign or an activity)."""

    dialog_id: str
    options: dict[str, Any]


@dataclass
class Done:
    """Leave the dialog with this result (saying `message` first, if any)."""

    result: Any = None
    message: str | None = None


# A child dialog's end asking its parent to ask one of the parent's questions again:
# `Done(EDIT_FROM_CHILD + field name)` (read by `FormDialog.edit_from_child`).
EDIT_FROM_CHILD = "edit:"


@dataclass(frozen=True)
class Next:
    """Where the loop goes after an answer: what `apply`, `go_back`, `apply_files_aside`
    and `back_from_child` return (None: the first thing still missing, options unchanged)."""

    # Ask this question next, once (an edit target, a confirmation, the step before).
    edit: str | None = None
    # Leave the form with `Done(end)` ("saved", "submitted", "deleted", "kept", "back", ...).
    end: str | None = None
    # Options changed for the turns that follow; None takes one out.
    options: Mapping[str, Any] = field(default_factory=dict)

    def also(self, **changes: Any) -> Next:
        """The same, with more options changed."""
        return replace(self, options={**self.options, **changes})

    def options_after(self, options: dict[str, Any]) -> dict[str, Any]:
        """The loop's options for its next turn, from this turn's (its `edit` gone)."""
        after = {**options, **self.options}
        for key, value in self.options.items():
            if value is None:
                after.pop(key, None)
        if self.edit:
            after["edit"] = self.edit
        return after


@dataclass(frozen=True)
class Field:
    """One question of a form, declared once: its words, how it is answered, where the
    answer is kept and how it is shown. `FormDialog.fields` holds a dialog's."""

    name: str
    # The question's words for this draft.
    text: Callable[[Any], str] | None = None
    # The card's input: text | choice | yes_no | date | review | confirm.
    input: str = "text"
    # The choices offered (a choice question).
    choices: Callable[[Any], list[Choice]] | None = None
    # A typed answer that is none of the choices -> the value; it validates, raising
    # UserInputError to re-ask. None: only a choice (or yes / no) answers the question.
    parse: Callable[[Any, Any], Any] | None = None
    max_length: int = MAX_ANSWER_LENGTH
    # The model the answer is kept on (as `attribute`); None when the answer is an action.
    holder: Callable[[Any], Any] | None = None
    attribute: str | None = None  # default: `name`
    # How a kept value is shown, (draft, attribute, value) -> text: as the question's
    # current value, and said back.
    display: Callable[[Any, str, Any], str] | None = None
    # Say the value back ("✓ …") once it is saved.
    ack: bool = False
    # The whole question, when it is more than words and choices (a lookup, a review card).
    ask: Callable[[Any], Question | Awaitable[Question]] | None = None
    # What an answer does instead of being kept: (step, draft, value) -> Next | None.
    act: Callable[..., Awaitable[Next | None]] | None = None
    # What follows a kept and saved answer: (step, draft, value) -> Next | None.
    after: Callable[..., Awaitable[Next | None]] | None = None
    # The input of the section's card form (text | choice | date | number); None: from
    # `input` (a choice or a date), else text.
    form_input: str | None = None

    @property
    def kept_as(self) -> str:
        return self.attribute or self.name


def field_table(*fields: Field) -> dict[str, Field]:
    """A dialog's fields by name."""
    return {f.name: f for f in fields}


@dataclass
class Draft:
    """The draft a turn works on, loaded fresh from the repository."""

    identity: Identity
    today: date

    @property
    def locale(self) -> str:
        return self.identity.locale

    @property
    def target(self) -> str:
        """Names the item a card was made for, so a late click finds its way."""
        raise NotImplementedError

    @property
    def is_editable(self) -> bool:
        raise NotImplementedError

    def locked_text(self) -> str:
        """What to say when the draft can no longer change."""
        raise NotImplementedError

    @property
    def owned(self) -> tuple[str, str, str, str | None] | None:
        """(kind, item id, owner id, owner name) when only its owner and admins may change
        it (see `dialogs.ownership`); None when anyone the dialog lets in may."""
        return None


class FormDialog(ComponentDialog):
    """Base of the form dialogs; subclasses say what is next and declare their `fields`."""

    # Options besides the draft's ids that its answers are read with (the prompt keeps
    # them: `load` receives them at the answer), short strings only.
    prompt_options: tuple[str, ...] = ()

    # The dialog's questions by name (see `Field`); set in each dialog's __init__.
    fields: dict[str, Field] = {}

    # Whether "I made a mistake", "oops" typed at a question may be its answer (a
    # dispute's justification reads them itself); elsewhere they are never kept.
    mistakes_told_are_answers = False

    def __init__(self, dialog_id: str, services: Services) -> None:
        super().__init__(dialog_id)
        self.services = services
        self.prompt_id = f"{dialog_id}.{AnswerPrompt.__name__}"
        self.add_dialog(AnswerPrompt(self.prompt_id, self._render, self._validate))
        self.add_dialog(
            WaterfallDialog(f"{dialog_id}.loop", [self.question_step, self.answer_step])
        )
        self.initial_dialog_id = f"{dialog_id}.loop"
        # Where `question_step` hands the question it asks to `_render` (the turn's state).
        self._asked_key = f"{dialog_id}.asked"

    # -- to implement ------------------------------------------------------------------------

    async def next_step(self, draft: Draft, options: dict[str, Any]) -> Question | Child | Done:
        raise NotImplementedError

    # -- the fields (lookups in `fields`; dialogs override for what a table does not say) ---

    async def question(self, draft: Draft, field_name: str, *, with_form: bool = True) -> Question:
        """The question for ``field_name``; ``with_form``: with the section's card form
        when it offers one (what is shown; reading an answer needs no form)."""
        spec = self.fields[field_name]
        if spec.ask is not None:
            asked = spec.ask(draft)
            question = await asked if inspect.isawaitable(asked) else asked
        else:
            question = Question(
                field_name,
                spec.text(draft),
                input=spec.input,
                choices=spec.choices(draft) if spec.choices else [],
                current=self.current(draft, spec),
                max_length=spec.max_length,
            )
        if with_form and question.card is None:
            owner = self.form_owner(draft, field_name)
            # A question typed in plain text gets a card only at the section's start: a
            # partner half-way through one answers the rest as asked.
            plain = question.input == "text" and not question.choices
            if owner is not None and (not plain or self._untouched(draft)):
                form, scratch = owner
                question = replace(question, form=form.form(scratch, field_name, draft.target))
        return question

    def _untouched(self, draft: Draft) -> bool:
        return all(
            self._form_value(draft, name) in (None, "", []) for name in self.form_names(draft)
        )

    # -- the section's card form ---------------------------------------------------------

    # The fields one card form fills at once (the plan's details, a campaign, an activity,
    # a claim); empty: no form. Offered beside a question of the section while at least
    # two of them are still to answer.
    form_fields: tuple[str, ...] = ()

    def form_owner(self, draft: Draft, field_name: str) -> tuple[FormDialog, Draft] | None:
        """The form a question offers, and the draft it fills: this dialog's own, or (at
        "another …?") the next item's, on a scratch item. None: no form there."""
        names = self.form_names(draft)
        if field_name not in names:
            return None
        missing = [name for name in names if self._form_value(draft, name) in (None, "", [])]
        return (self, draft) if len(missing) >= 2 else None

    def form_names(self, draft: Draft) -> tuple[str, ...]:
        """The fields of the form for this draft (a claim's depend on its activity type)."""
        return self.form_fields

    def _form_value(self, draft: Draft, name: str) -> Any:
        spec = self.fields[name]
        return getattr(spec.holder(draft), spec.kept_as, None)

    def form_title(self, draft: Draft) -> str:
        raise NotImplementedError

    def form_buttons(self, draft: Draft) -> list[cards.FormButton]:
        return [cards.FormButton(t(draft.locale, "button.form_save"))]

    def form_inputs(
        self, draft: Draft, typed: Mapping[str, str] | None, errors: Mapping[str, str]
    ) -> list[cards.FormInput]:
        inputs = []
        for name in self.form_names(draft):
            spec = self.fields[name]
            value = self._form_value(draft, name)
            if typed is not None:
                shown = typed.get(name) or None
            elif value in (None, "", []):
                shown = None
            elif isinstance(value, date):
                shown = value.isoformat()
            elif spec.input == "choice" or spec.form_input == "number":
                shown = str(value)
            else:
                shown = spec.display(draft, spec.kept_as, value) if spec.display else str(value)
            kind = spec.form_input or (spec.input if spec.input in ("choice", "date") else "text")
            choices = list(spec.choices(draft)) if spec.choices and kind == "choice" else []
            if choices and shown and all(choice.value != shown for choice in choices):
                choices.append(Choice(shown, shown))  # typed in the chat, not one offered
            inputs.append(
                cards.FormInput(
                    name,
                    t(draft.locale, f"form.{name}"),
                    kind,
                    value=shown,
                    choices=tuple(choices),
                    error=errors.get(name),
                )
            )
        return inputs

    def form(
        self,
        draft: Draft,
        field_name: str,
        target: str,
        typed: Mapping[str, str] | None = None,
        errors: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """The card form, prefilled with what is kept (or, refused, with what was typed)."""
        errors = errors or {}
        notes = [t(draft.locale, "form.refused", count=len(errors))] if errors else None
        return cards.form_card(
            self.form_title(draft),
            self.form_inputs(draft, typed, errors),
            self.form_buttons(draft),
            field_name,
            target,
            draft.locale,
            notes,
        )

    def read_form(
        self, draft: Draft, field_name: str, target: str, typed: Mapping[str, str], then: str
    ) -> FormAnswer:
        """Every value of a submitted form through its field's own parser, in the form's
        order (a later field sees the earlier ones: an end after its start, an amount in
        the currency given). All taken, or `FormRefused` with the card to show again."""
        values: list[tuple[str, Any]] = []
        errors: dict[str, str] = {}
        shown = dict(typed)
        for name in self.form_names(draft):
            text = (typed.get(name) or "").strip()
            if not text:
                continue
            try:
                self.refuse_far_too_long(name, text)
                value = self.read_field(draft, name, text)
            except UserInputError as error:
                # "Did you mean France?": in a form, no button and no "yes"; what is meant
                # goes in the field, and Save keeps it.
                offered, key = error.params.get("answer"), _IN_A_FORM.get(error.code)
                if isinstance(offered, str) and key is not None:
                    shown[name] = offered
                    errors[name] = t(draft.locale, key, **quoted_params(error))
                else:
                    errors[name] = _form_error_text(draft.locale, error)
                continue
            spec = self.fields[name]
            setattr(spec.holder(draft), spec.kept_as, value)
            values.append((name, value))
        if errors:
            card = self.form(draft, field_name, target, shown, errors)
            raise FormRefused(card, len(errors))
        return FormAnswer(values=tuple(values), then=then)

    def current(self, draft: Draft, spec: Field) -> str | None:
        """The kept value as the question shows it (None: nothing kept yet)."""
        if spec.holder is None or spec.display is None:
            return None
        value = getattr(spec.holder(draft), spec.kept_as, None)
        return spec.display(draft, spec.kept_as, value) if value else None

    def parse(self, draft: Draft, field_name: str, answer: Any) -> Any:
        """Turn an answer into a value (or an awaitable of it); raise UserInputError to re-ask.

        `answer` is the typed text, or `{"files": [...]}` when the message carried files.
        """
        spec = self.fields[field_name]
        if spec.parse is None:
            raise UserInputError("choice_unknown", value=str(answer)[:60])
        return spec.parse(draft, answer)

    async def apply(
        self, step: WaterfallStepContext, draft: Draft, field_name: str, value: Any
    ) -> Next | None:
        """Act on an answer (the field's `act`), or keep it, save, say it back (`ack`, or a
        choice read from its number or part of its name) and do what follows (`after`)."""
        spec = self.fields[field_name]
        said_back = spec.ack
        read_as = value if isinstance(value, ReadAs) else None
        if read_as is not None:
            value, said_back = read_as.value, True
        if spec.act is not None:
            if read_as is not None and read_as.label:
                # Said before what the act says (the invoice it reads, the next question).
                label = cards.escape(read_as.label)
                await step.context.send_activity(t(draft.locale, "ack.value", value=label))
            return await spec.act(step, draft, value)
        setattr(spec.holder(draft), spec.kept_as, value)
        if not await self.save(step, draft):
            return None
        if said_back:
            kept = getattr(spec.holder(draft), spec.kept_as)
            shown = noted(draft.locale, spec.display(draft, spec.kept_as, kept), value)
            await step.context.send_activity(t(draft.locale, "ack.value", value=shown))
        return await spec.after(step, draft, value) if spec.after else None

    def is_first_question(self, draft: Draft, field_name: str) -> bool:
        """Whether `field_name` is the draft's first question, with no answer before it that
        "back" could change."""
        return False

    def as_before(self, draft: Draft, field_name: str, answer: str) -> Awaitable[Any] | None:
        """An answer that points at an earlier one ("same as last time" at a new plan's
        program): an awaitable of the value it points at, read before anything else; None
        (the default) reads the answer as typed."""
        return None

    def asks_to_add(self, draft: Draft, answer: str) -> bool:
        """Whether a question at a review asks to add something ("can I add a campaign?"),
        which is done as asked (nothing is removed or changed so)."""
        return False

    def unmatched_meaning(self, draft: Draft, answer: str, choices: list[Choice]) -> Any:
        """What a typed answer at a review-like question (the plan's review, the evidence
        menu) means though no choice's words match it: a choice it names in other words, a
        value of the dialog's own; None when nothing (the answer is refused). It may raise
        UserInputError with `options` when it means one of several."""
        return None

    # -- several answers in one message (dialogs/several.py) --------------------------------

    def several_readers(self, draft: Draft) -> list[Reader]:
        """The fields a message may fill at once, in the order they are kept (none: one
        answer a message)."""
        return []

    def several_found(
        self, draft: Draft, text: str, asked: str | None = None
    ) -> several.Found | None:
        """Values this dialog finds anywhere in a message (dates, a period...), kept; `asked`
        is the field whose question the message answers."""
        return None

    def read_several(self, draft: Draft, text: str, asked: str | None) -> Several | None:
        """Every field `text` names, when it names more than the one asked; else None."""
        readers = self.several_readers(draft)
        if not readers:
            return None
        found = self.several_found(draft, text, asked)
        if not (found and found.values) and not several.PIECE_SEPARATORS.search(text):
            return None  # one piece and nothing found in it: one answer (most answers)
        spec = self.fields.get(asked) if asked is not None else None
        free = {reader.field for reader in readers if reader.free_text}
        if spec is not None and asked not in free:
            # The whole message answers the question asked: one answer, as always
            # ("March 31, 2027" is a date, "France, Belgium" the countries).
            if spec.choices is not None:
                if exact_choice(text, spec.choices(draft)) is not None:
                    return None
            else:
                try:
                    self.read_field(draft, asked, text)
                    return None
                except UserInputError:
                    pass
        taken = several.read(text, readers, found, asked)
        if taken is None:
            return None
        # Several only when the message names another field than the one asked, and one
        # that is not free text (unless the dialog found it by its own words: "85 registered
        # guests" is the results): else it is the question's own answer, with its own error
        # ("November 5, 2026" outside the campaign is a refused date, not a summary).
        named = {name for name, _ in found.values} if found else set()
        others = [
            name for name in taken.fields if name != asked and (name not in free or name in named)
        ]
        if not others:
            return None
        if asked in free and not (found and found.values) and len(others) < 2:
            # A name or a description may hold commas ("Paris, Lyon roadshow"): one other
            # field besides only when every piece found its place ("Q1 push, 2027-01-10").
            if taken.unsure or taken.unread or asked not in taken.fields:
                return None
        return taken

    def read_ahead(self, draft: Draft, field_name: str, answer: str) -> Any:
        """A yes/no question answered with what a yes would lead to ("another activity?"
        answered with the activity): the value for the field's `act`, or None."""
        return None

    def reader(self, draft: Draft, name: str, label: Any = None, **options: Any) -> Reader:
        """A `Reader` of the field `name` through its own parser and choices."""
        spec = self.fields[name]
        return Reader(
            name,
            read=lambda piece: self.read_field(draft, name, piece),
            keep=lambda value: setattr(spec.holder(draft), spec.kept_as, value),
            label=label,
            exact=(lambda piece: exact_choice(piece, spec.choices(draft)) is not None)
            if spec.choices is not None
            else None,
            current=lambda: getattr(spec.holder(draft), spec.kept_as, None),
            **options,
        )

    def refuse_far_too_long(self, name: str, text: str) -> None:
        """Twice the field's limit refuses a value unread (a card input, a spreadsheet
        cell), as a typed answer is: a megabyte costs no parse."""
        longest = self.fields[name].max_length
        if len(text) > 2 * longest:
            raise UserInputError("answer_too_long", length=len(text), max_length=longest)

    def read_field(self, draft: Draft, name: str, piece: str) -> Any:
        """One field's value from one piece of a message (a number never picks a choice)."""
        spec = self.fields[name]
        if spec.choices is not None and not piece.strip().isdigit():
            choice = match_choice(piece, spec.choices(draft))
            if choice is not None and choice.value != BACK:
                return choice.value
        if spec.parse is None:
            raise UserInputError("choice_unknown", value=_shorten(piece))
        value = spec.parse(draft, piece)
        if inspect.isawaitable(value):
            value.close()  # a parser that fetches (files) takes one answer at a time
            raise UserInputError("choice_unknown", value=_shorten(piece))
        # A value read as another ("same as the campaign"): the form shows it, kept plain.
        return value.value if isinstance(value, ReadAs) else value

    def several_said(self, draft: Draft, answer: Several) -> str:
        """The values taken, in one line, and what was not taken and why."""
        locale = draft.locale
        shown = []
        for name, value in answer.values:
            spec = self.fields[name]
            label = t(locale, f"field.{name}")
            text = spec.display(draft, spec.kept_as, value) if spec.display else str(value)
            text = noted(locale, text, value)
            shown.append(t(locale, "several.pair", label=label[:1].upper() + label[1:], value=text))
        lines = [t(locale, "ack.value", value=" · ".join(shown))] if shown else []
        quoted = ", ".join(f"«{cards.escape(_shorten(p))}»" for p in answer.unsure)
        if answer.unsure:
            lines.append(t(locale, "several.unsure", pieces=quoted))
        if answer.unread:
            hints = dict(answer.hints)
            unread = ", ".join(
                f"«{cards.escape(_shorten(p))}»"
                + (" " + t(locale, "several.hint", value=hints[p]) if p in hints else "")
                for p in answer.unread
            )
            lines.append(t(locale, "several.unread", pieces=unread))
        return "\n\n".join(lines)

    def keep_several(self, draft: Draft, answer: Several) -> None:
        for name, value in answer.values:
            spec = self.fields[name]
            setattr(spec.holder(draft), spec.kept_as, value)

    async def apply_several(
        self, step: WaterfallStepContext, draft: Draft, answer: Several
    ) -> Next | None:
        """Keep every value read, save once, say them back in one line."""
        self.keep_several(draft, answer)
        if answer.values and not await self.save(step, draft):
            return None
        await step.context.send_activity(self.several_said(draft, answer))
        return await self.after_several(step, draft, answer)

    async def after_several(
        self, step: WaterfallStepContext, draft: Draft, answer: Several
    ) -> Next | None:
        """What follows values kept together (a date to confirm); None: the next question."""
        return None

    # -- navigation and files elsewhere (defaults; dialogs that know better override) --------

    async def go_back(
        self, step: WaterfallStepContext, draft: Draft, field_name: str
    ) -> Next | None:
        """ "back" at `field_name`. A change asked from a review goes back to it (the loop
        does so once the edit is dropped); elsewhere there is no step before to go to."""
        if not (step.options or {}).get("edit"):
            await step.context.send_activity(t(draft.locale, "back.not_here"))
        return None

    async def back_from_child(self, step: WaterfallStepContext, draft: Draft) -> Next | None:
        """A child dialog ended on "back" at its first question."""
        return None

    async def edit_from_child(
        self, step: WaterfallStepContext, draft: Draft, name: str
    ) -> Next | None:
        """A child dialog ended asking to change this form's answer `name` (`Done` of
        `EDIT_FROM_CHILD` + name: "change the date" at a claim's evidence list)."""
        return None

    def files_aside(self, draft: Draft, answer: dict[str, Any]) -> Any:
        """Files sent at a question that takes none: None to refuse them (`file_not_expected`),
        or an awaitable of `FilesAside` when this dialog keeps them anyway."""
        return None

    async def apply_files_aside(
        self, step: WaterfallStepContext, draft: Draft, field_name: str, value: Any
    ) -> Next | None:
        raise NotImplementedError

    # -- loading and saving (per kind of draft) --------------------------------------------

    async def load(self, turn_context: TurnContext, options: dict[str, Any]) -> Draft | None:
        raise NotImplementedError

    async def save(self, step: WaterfallStepContext, draft: Draft) -> bool:
        """Save the draft; when it cannot be saved, say why and return False."""
        raise NotImplementedError

    async def send_receipt(
        self, step: WaterfallStepContext, draft: Draft, item_id: str, message: Message
    ) -> None:
        """Send the submission's receipt and keep its id: the notifier updates that card in
        place when the reviewer moves the item on (storage.cards). The card whose Submit was
        clicked becomes one line saying so, with no buttons left."""
        response = await step.context.send_activity(to_activity(message))
        await self._close_clicked_card(step, item_id, draft.locale)
        activity_id = getattr(response, "id", None)
        if not activity_id:
            return  # a channel that gives no id: later notices come as new messages
        card = SentCard(activity_id, step.context.activity.conversation.id, "Submitted")
        try:
            await self.services.cards.keep(draft.identity.tenant_id, item_id,
                                           draft.identity.user_id, card)  # fmt: skip
        except Exception:  # the submission stands; only the card will not be updated
            log.warning("the receipt card of %s was not kept", item_id, exc_info=True)

    async def _close_clicked_card(
        self, step: WaterfallStepContext, item_id: str, locale: str
    ) -> None:
        activity = step.context.activity
        clicked = activity.reply_to_id if activity.value else None
        if not clicked:
            return  # typed: no card to close
        used = to_activity(cards.submitted_card(item_id, locale))
        used.id = clicked
        try:
            await step.context.update_activity(used)
        except Exception:  # the card keeps its buttons; a second Submit says it was done
            log.info("the card submitting %s was not closed", item_id, exc_info=True)

    def not_found_text(self, locale: str, options: dict[str, Any]) -> str:
        raise NotImplementedError

    # -- the loop ----------------------------------------------------------------------------

    async def question_step(self, step: WaterfallStepContext) -> DialogTurnResult:
        options = dict(step.options or {})
        draft = await self.load(step.context, options)
        if draft is None:
            locale = Identity.from_activity(step.context.activity).locale
            await step.context.send_activity(self.not_found_text(locale, options))
            return await step.end_dialog(Done("missing"))
        if not draft.is_editable:
            await step.context.send_activity(draft.locked_text())
            return await step.end_dialog(Done("locked"))
        # Every way into a draft (a command, a card, Fix, a late answer) passes here.
        if draft.owned is not None:
            refusal = await refusal_unless_may_change(
                self.services, step.context, draft.identity, *draft.owned
            )
            if refusal is not None:
                await step.context.send_activity(refusal)
                return await step.end_dialog(Done("not_owner"))
        next_step = await self.next_step(draft, options)
        if isinstance(next_step, Done):
            if next_step.message:
                await step.context.send_activity(next_step.message)
            return await step.end_dialog(next_step)
        if isinstance(next_step, Child):
            step.values["field"] = None
            return await step.begin_dialog(next_step.dialog_id, next_step.options)
        step.values["field"] = next_step.field
        validations = {
            "field": next_step.field,
            "target": draft.target,
            # What kind of question waits: "save" there is the review's own button, and
            # elsewhere a pause (MainDialog._save_in_question).
            "input": next_step.input,
            **_ids(options),
            **{k: options[k] for k in self.prompt_options if isinstance(options.get(k), str)},
        }
        # The prompt shows this very question at once (`_render`): handed over with its
        # draft rather than built again from a second read of the draft.
        step.context.turn_state[self._asked_key] = (validations, draft, next_step)
        return await step.prompt(self.prompt_id, PromptOptions(validations=validations))

    async def answer_step(self, step: WaterfallStepContext) -> DialogTurnResult:
        options = dict(step.options or {})
        # An edit lasts one answer (or one child dialog); the answer may ask for the next one.
        options.pop("edit", None)
        options.pop(WALKED_BACK, None)
        if isinstance(step.result, Done) and step.result.result in (
            "submitted",
            "saved",
            "deleted",
        ):
            return await step.end_dialog(step.result)  # a child ended the whole form
        after = await self._after_answer(step, options)
        if after is not None and after.end is not None:
            return await step.end_dialog(Done(after.end))
        next_options = after.options_after(options) if after is not None else options
        return await step.replace_dialog(self.initial_dialog_id, next_options)

    async def _after_answer(
        self, step: WaterfallStepContext, options: dict[str, Any]
    ) -> Next | None:
        """Act on the answer (or on a child dialog's "back", or its asking for one of this
        form's answers again) while the draft may change."""
        field_name = step.values.get("field")
        answer = step.result
        ended = answer.result if isinstance(answer, Done) else None
        edit = None
        if isinstance(ended, str) and ended.startswith(EDIT_FROM_CHILD):
            edit = ended[len(EDIT_FROM_CHILD) :]
        if field_name is None and ended != "back" and edit is None:
            return None
        draft = await self.load(step.context, options)
        if draft is None or not draft.is_editable:
            return None
        if field_name is None:
            if edit is not None:
                return await self.edit_from_child(step, draft, edit)
            return await self.back_from_child(step, draft)
        if isinstance(answer, Back):
            return await self.go_back(step, draft, field_name)
        if isinstance(answer, FilesAside):
            return await self.apply_files_aside(step, draft, field_name, answer.value)
        if isinstance(answer, Several) and self.fields[field_name].act is None:
            return await self.apply_several(step, draft, answer)
        return await self.apply(step, draft, field_name, answer)

    async def refusal_unless_submitter(
        self,
        draft: Draft,
        tenant_id: str,
        key: str,
        who_keys: tuple[str, str] = ("submit.who", "submit.who_unknown"),
    ) -> str | None:
        """None when the asker may submit (and dispute); else the sentence `key` saying who may.

        `who_keys`: the "ask {names} to …" sentence, and the one when nobody is known.
        """
        role = await self.services.directory.role_of(tenant_id, draft.identity.user_id)
        if may_submit_plan(role):
            return None
        names = await self.services.directory.people_with(tenant_id, SUBMITTER_ROLES)
        who = (
            # Names come from the role directory: shown escaped like any text we did not write.
            t(draft.locale, who_keys[0], names=", ".join(cards.escape(n) for n in names))
            if names
            else t(draft.locale, who_keys[1])
        )
        return t(draft.locale, key, who=who)

    # -- prompt callbacks --------------------------------------------------------------------

    async def _render(self, turn_context: TurnContext, validations: dict[str, Any]) -> Activity:
        asked = turn_context.turn_state.pop(self._asked_key, None)
        if asked is not None and asked[0] == validations:
            _, draft, question = asked  # just asked by `question_step`, this turn
        else:  # shown again (a card from another question was clicked)
            draft = await self.load(turn_context, validations)
            if draft is None:
                locale = Identity.from_activity(turn_context.activity).locale
                return MessageFactory.text(self.not_found_text(locale, validations))
            question = await self.question(draft, validations["field"])
        return to_activity(cards.question_message(question, draft.target, draft.locale))

    async def _validate(self, prompt_context: PromptValidatorContext) -> bool:
        turn_context = prompt_context.context
        validations = prompt_context.options.validations or {}
        locale = Identity.from_activity(turn_context.activity).locale
        answer = prompt_context.recognized.value if prompt_context.recognized.succeeded else ""
        if answer in (STALE_CARD, UNREADABLE_CARD):
            said = "stale_card" if answer == STALE_CARD else "unreadable_card"
            await turn_context.send_activity(t(locale, said))
            await turn_context.send_activity(await self._render(turn_context, validations))
            return False
        # "Did you mean **France**?" answered as a question is: "yes" takes it (as its
        # button does), "no" asks the question again. Only the answer right after it.
        offered = prompt_context.state.pop(OFFERED, None)
        draft = await self.load(turn_context, validations)
        if draft is None:
            return True  # the next step reports the missing draft
        if isinstance(answer, str) and isinstance(offered, list) and offered:
            decision = recognize_yes_no(answer)
            taken = [value for value in offered if value != DECLINED]
            rank = rank_said(answer) if len(taken) > 1 else None
            if len(offered) > 1 and "save" in offered and says_later(answer):
                answer = "save"  # submit or save offered: "not now" is saving
            elif decision is True and len(taken) == 1 and isinstance(taken[0], str):
                answer = taken[0]
            elif rank is not None and 1 <= rank <= len(taken):
                # "1", "the second one" just after two figures offered: that one (never an
                # amount of 1, nor the second question's answer).
                answer = taken[rank - 1]
            elif decision is False:
                shown = await self.question(draft, validations["field"])
                await turn_context.send_activity(
                    to_activity(cards.question_message(shown, draft.target, locale))
                )
                return False
        question = await self.question(draft, validations["field"], with_form=False)
        try:
            value = self._parse_answer(draft, question, answer)
            if inspect.isawaitable(value):
                value = await value  # parsers that fetch (evidence files) are async
            prompt_context.recognized.value = value
            if not isinstance(value, FilesAside):
                await self._say_files_not_kept(turn_context, question, answer)
            return True
        except FormRefused as refused:
            # The same card, every value as typed, each refused one with its reason.
            summary = t(locale, "form.refused", count=refused.count)
            await turn_context.send_activity(to_activity(cards.card_message(refused.card, summary)))
            return False
        except UserInputError as error:
            keeps_none = type(self).files_aside is FormDialog.files_aside
            if keeps_none and error.code != "file_not_expected":
                await self._say_files_not_kept(turn_context, question, answer)
            # "I don't have one", "no idea" at the reviewer's address: where to find them.
            reviewer_unknown = (
                isinstance(answer, str)
                and error.code == "email_invalid"
                and (says_unsure(answer) or says_has_none(answer) or names_the_reviewer(answer))
            )
            if (
                isinstance(answer, str)
                and error.code in _UNREADABLE
                and says_not_given(answer)
                and not reviewer_unknown
            ):
                # "skip" where the answer is needed: not a bad value, a question to go on.
                error = UserInputError("answer_needed", value=excerpt(answer))
            params = quoted_params(error)
            said = t(locale, error.message_key, **params)
            # "Did you mean France?", or the options "revendeur" or "change the amount" may
            # mean: one click answers the question with the one meant.
            options = error.params.get("options")
            suggested = error.params.get("answer")
            if not options and isinstance(suggested, str) and error.params.get("suggestion"):
                options = [(suggested, str(params["suggestion"]))]
            # "what do you mean?", and "I don't know what to write" at options too (stop 57)
            asked = isinstance(answer, str) and (
                asks_something(answer) or asks_about_the_question(answer)
            )
            asked = asked or error.code == "text_asks"
            # "not sure yet" at a choice: its help, as "not sure" (a command there) gets.
            # "not sure yet" where a value could not be read (an amount, a date): the same.
            unsure = isinstance(answer, str) and says_unsure(answer)
            asked = asked or (unsure and (question.input == "choice" or error.code in _UNREADABLE))
            # "I don't have one" at the Partner ID: where it is found, not "6 to 8 digits".
            asked = asked or (error.code == "mpn_invalid" and says_nothing_of_it(str(answer)))
            # "my account manager" where their address is asked: where to find it.
            asked = asked or reviewer_unknown
            if not options and asked and error.code not in _ANSWERS_ITSELF:
                # "what's the max?" at the amount: what the question means, as "help"
                # says it, and the question again; no "isn't an amount".
                identity = Identity.from_activity(turn_context.activity)
                ids = (validations.get("plan_id", ""), validations.get("claim_id"))
                await turn_context.send_activity(
                    await field_help(self.services, identity, question.field, *ids)
                )
                shown = await self.question(draft, question.field)
                await turn_context.send_activity(
                    to_activity(cards.question_message(shown, draft.target, locale))
                )
                return False
            if options:
                prompt_context.state[OFFERED] = [value for value, _ in options]
                choices = [Choice(value, label) for value, label in options]
                asked = Question(question.field, said, input="choice", choices=choices)
                await turn_context.send_activity(
                    to_activity(cards.question_message(asked, draft.target, locale))
                )
                return False
            await turn_context.send_activity(said)
            if question.input in ("choice", "yes_no") or error.code.startswith("pleasantry_"):
                shown = await self.question(draft, question.field)  # with its form
                await turn_context.send_activity(
                    to_activity(cards.question_message(shown, draft.target, locale))
                )
            return False

    @staticmethod
    async def _say_files_not_kept(
        turn_context: TurnContext, question: Question, answer: Any
    ) -> None:
        """Files sent with a typed answer at a question that takes none, and that this dialog
        does not keep: the answer is read, and the partner told the files were not kept
        (seen: a quote sent with the planned amount, dropped without a word)."""
        if question.accepts_files or not isinstance(answer, dict) or "form" in answer:
            return
        names = [str(f.get("name") or "") for f in answer.get("files") or [] if f.get("name")]
        if names and (answer.get("text") or "").strip():
            locale = turn_context.activity.locale
            shown = ", ".join(f"**{cards.escape(name)}**" for name in names)
            await turn_context.send_activity(t(locale, "files_not_kept", names=shown))

    def _parse_answer(self, draft: Draft, question: Question, answer: Any) -> Any:
        if isinstance(answer, dict) and "form" in answer:
            owner = self.form_owner(draft, question.field)
            if owner is None:  # a form where this question offers none (forged, or old)
                raise UserInputError("form_not_here")
            form, scratch = owner
            inputs = answer.get("inputs") or {}
            return form.read_form(
                scratch, question.field, draft.target, inputs, str(answer["form"])
            )
        if isinstance(answer, dict):
            if question.accepts_files:
                return self.parse(draft, question.field, answer)
            aside = self.files_aside(draft, answer)
            if aside is not None:
                return aside
            answer = answer.get("text") or ""
            if not answer.strip():
                raise UserInputError("file_not_expected")
        answer = (answer or "").strip()
        if _is_back(answer):
            return Back()
        # Twice the limit: room for the spaces and invisible characters cleaning removes;
        # beyond that the answer is refused unread, stating the limit the field really has.
        if len(answer) > 2 * question.max_length:
            raise UserInputError(
                "answer_too_long", length=len(answer), max_length=question.max_length
            )
        if not answer:
            raise UserInputError("answer_empty")
        earlier = self.as_before(draft, question.field, answer)
        if earlier is not None:
            return earlier
        if question.input in ("text", "choice", "date", "yes_no"):
            said_to_the_bot = pleasantry(answer) if question.input != "yes_no" else None
            if said_to_the_bot is not None:  # "thanks" alone at a name: not its name
                raise UserInputError(f"pleasantry_{said_to_the_bot}")
            # (At a yes/no question too: "oops" at "another activity?" is no "yes or no".)
            mistake = says_change_unnamed(answer) and not self.mistakes_told_are_answers
            if mistake and exact_choice(answer, question.choices or []) is None:
                # "oops", "I made a mistake" at a name: never its name; "back" is the way
                # (at the first question there is no answer before: its own is asked).
                first = self.is_first_question(draft, question.field)
                key = "mistake_at_first_question" if first else "mistake_at_question"
                raise UserInputError(key, value=excerpt(answer))
            if question.input == "text" and asks_about_the_question(answer):
                # "what should I write?" at a description or a dispute: its help, never kept.
                raise UserInputError("text_asks", value=excerpt(answer))
            taken = self.read_several(draft, answer, question.field)
            if taken is not None:
                return taken
        if question.input == "yes_no":
            decision = recognize_yes_no(answer)
            if decision is None and question.field in _ANOTHER_ASKED:
                decision = another_item_said(answer, _ANOTHER_ASKED[question.field])
            if decision is None:
                ahead = self.read_ahead(draft, question.field, answer)
                if ahead is not None:
                    return ahead
                raise UserInputError("yes_no")
            return decision
        if question.choices and question.input in ("choice", "review"):
            asked_as_is = exact_choice(answer.rstrip(" ?"), question.choices)
            if asks_something(answer) and asked_as_is is None:
                if question.input == "review" and self.asks_to_add(draft, answer):
                    # "can I add another activity?": asked, and so done (stop 58).
                    meant = self.unmatched_meaning(draft, answer, question.choices)
                    if meant is not None:
                        return meant
                # "what is a CSR?" names an option but asks about it: help answers it.
                raise UserInputError("choice_unknown", value=_shorten(answer))
            unshown_number = answer.isdigit() and not question.numbered
            choice = None if unshown_number else match_choice(answer, question.choices)
            if choice is not None and asked_as_is is None and says_not(answer, choice):
                later = says_later(answer) or names_a_day_ahead(answer)
                if question.input == "review" and choice.value in _ENDS and later:
                    offer_saving(question, answer)  # "submit it later": saving is meant
                # "don't submit yet" holds "submit": never taken for it (nor for any option
                # it names with a "not" around; "submit it later" is no submission now).
                raise UserInputError("choice_negated", value=_shorten(answer), label=choice.label)
            if choice is not None and question.input == "review" and asked_as_is is None:
                if choice.value in SUBMITTING and not says_only_submit(answer, choice):
                    # "send me a copy", "send it to my manager": "send" names Submit, the
                    # rest says something else; nothing is submitted unasked.
                    offer_submit_or_save(question, answer)
            if choice is not None:
                if choice.value == BACK:
                    return Back()
                if question.input == "choice" and exact_choice(answer, question.choices) is None:
                    return ReadAs(choice.value, choice.label)
                return choice.value
            if question.input == "review":
                meant = self.unmatched_meaning(draft, answer, question.choices)
                if meant is not None:
                    return meant
                done = is_done_word(answer) or is_approval(answer)
                fine = not done and judged_fine(answer)  # "the name is fine": nothing changed
                if done or fine:
                    # "done", "looks good" at a review: submit or save, whichever is meant.
                    ends = [c for c in question.choices if c.value in _ENDS]
                    if ends:
                        code = "done_which" if len(ends) > 1 else "done_save"
                        code = f"fine_{code}" if fine else code
                        options = [(c.value, c.label) for c in ends]
                        raise UserInputError(code, value=_shorten(answer), options=options)
                if says_later(answer):
                    offer_saving(question, answer)  # "not now", « plus tard »
                if says_change_unnamed(answer):
                    offer_changes(question, answer)  # "I made a mistake": which answer?
                said_to_the_bot = pleasantry(answer)
                if said_to_the_bot is not None:  # "thanks" at a review: its card again
                    raise UserInputError(f"pleasantry_{said_to_the_bot}")
                code = "choice_unknown" if question.numbered else "review_unknown"
                raise UserInputError(code, value=_shorten(answer))
            spec = self.fields.get(question.field)
            offered = [c for c in question.choices if c.value != BACK]
            named = choices_named(answer, offered) if spec and spec.parse is None else []
            if 1 < len(named) <= MAX_OFFERED_CHOICES:
                # "revendeur" with two programs of that name: both offered, not one guessed.
                options = [(c.value, c.label) for c in named]
                raise UserInputError("choice_which", value=_shorten(answer), options=options)
            close = close_choice(answer, question.choices) if spec and spec.parse is None else None
            if close is not None:
                raise UserInputError(
                    "choice_did_you_mean",
                    value=_shorten(answer),
                    suggestion=close.label,
                    answer=close.value,
                )
        if question.input == "text" and question.choices:
            # A suggested answer (an amount that remains) named in words: read as its value.
            suggested = exact_choice(answer, question.choices)
            if suggested is not None:
                return self.parse(draft, question.field, suggested.value)
        if question.input == "text" and is_step_word(answer):
            # "done" or "submit" at a name: meant as the step, never as the answer (a text
            # question's choices are suggestions, "All that remains": no step word).
            raise UserInputError("step_word", typed=answer)
        return self.parse(draft, question.field, answer)


def offer_submit_or_save(question: Question, answer: str) -> None:
    """Submitting and saving offered, which one click takes; returns when the review offers
    no saving."""
    ends = [(c.value, c.label) for c in question.choices if c.value in _ENDS]
    if len(ends) > 1:
        raise UserInputError("done_which", value=_shorten(answer), options=ends)


def offer_changes(question: Question, answer: str) -> None:
    """A review's answer that says something is to change or is wrong, naming nothing ("I
    made a mistake", « modifier »): the answers that can be changed, offered (named, with
    one as an example, when too many for buttons); nothing changes. Returns when the
    review has none."""
    edits = [
        (c.value, c.label) for c in question.choices if ReviewAction.parse(c.value).verb == "edit"
    ]
    if not edits:
        return
    if len(edits) > MAX_OFFERED_CHOICES:
        raise UserInputError("change_which_many", value=_shorten(answer), example=edits[0][1])
    raise UserInputError("change_which", value=_shorten(answer), options=edits)


def offer_saving(question: Question, answer: str) -> None:
    """A review's answer that puts it off ("submit it later", « pas maintenant »): saving
    offered, which "yes" takes; nothing is submitted. Returns when the review has no save."""
    saves = [(c.value, c.label) for c in question.choices if c.value == "save"]
    if saves:
        # "submit on Monday": how to be reminded that day is said too.
        code = "later_day_save" if names_a_day_ahead(answer) else "later_save"
        raise UserInputError(code, value=_shorten(answer), options=saves)


def noted(locale: str, shown: str, value: Any) -> str:
    """A value said back, with what was read around it ("read as excl. tax")."""
    notes = [t(locale, f"amount_note.{note}") for note in getattr(value, "notes", ())]
    return f"{shown} ({', '.join(notes)})" if notes else shown


def _is_back(answer: str) -> bool:
    command = recognize_command(answer)
    return command is not None and command.intent is Intent.BACK


def _ids(options: dict[str, Any]) -> dict[str, Any]:
    """The draft ids of the options (never `edit`, which lasts one answer)."""
    return {k: v for k, v in options.items() if k.endswith("_id") and isinstance(v, str)}


def quoted_params(error: UserInputError) -> dict[str, Any]:
    """The error's values, what the partner typed (or a file's name) shortened and escaped:
    quoted back as inert text."""
    return {
        k: cards.escape(_shorten(v, MAX_QUOTED))
        if k in _QUOTED_PARAMS and isinstance(v, str)
        else v
        for k, v in error.params.items()
    }


# Refusals of a value that cannot be read: "skip", "n/a" there ask to leave it out, where
# the answer is needed ("answer_needed" says so, and how to stop and come back).
_UNREADABLE = frozenset({"date_invalid", "amount_not_a_number", "country_unknown", "email_invalid"})

# Refusals that answer a question asked at the answer ("can I email it to you?"): said as
# they are, rather than the question's help.
_ANSWERS_ITSELF = frozenset(
    {
        *("evidence_by_email", "evidence_lacking", "evidence_none_received"),
        "evidence_invoice_link",  # ".../invoice.pdf": the file itself, and why
        "evidence_invoice_lacking",
        *("execution_not_run_yet", "execution_not_run_campaign_over"),
        "execution_not_run_yet_undated",
        "claim_amount_from_invoice",  # "what the invoice says": where the amount comes from
        *("evidence_received", "plan_what_stops", "plan_only_warnings", "plan_nothing_stops"),
        *("evidence_faq_quote", "evidence_faq_csr", "evidence_faq_keep", "evidence_faq_files"),
        *("evidence_faq_invoice", "evidence_faq_proof", "evidence_faq_several"),
        *("evidence_faq_note", "evidence_internal_store", "evidence_in_mailbox"),
        *("invoice_shown", "invoice_shown_none"),
        *("plan_total", "plan_total_over", "plan_total_no_limit"),
        *("claim_total", "claim_total_none"),
        # "hello?", "are you there?": a word back and the question, not the question's help
        *("pleasantry_greeting", "pleasantry_thanks", "pleasantry_ok", "pleasantry_wait"),
        "dispute_reason_question",  # "can I attach a better scan?" at a dispute
    }
)

# A refusal that offers what was likely meant ("Did you mean **France**? Say yes or click it
# below"), said in a form, where that answer is put in the field instead.
_IN_A_FORM = {
    "email_spoken": "form_error.email_spoken",
    "country_did_you_mean": "form_error.country_did_you_mean",
    "countries_part_excepted": "form_error.countries_part_excepted",
    "choice_did_you_mean": "form_error.choice_did_you_mean",
    "date_vague": "form_error.date_vague",
    "date_asap": "form_error.date_asap",
    "date_day_number": "form_error.date_day_number",
    "date_approximate": "form_error.date_approximate",
    "date_with_words": "form_error.date_with_words",
    "date_other_order": "form_error.date_other_order",
    "pre_approval_did_you_mean": "form_error.pre_approval_did_you_mean",
    "reviewer_did_you_mean": "form_error.reviewer_did_you_mean",
    "count_range": "form_error.count_range",
    "count_in_sentence": "form_error.count_in_sentence",
    "claim_amount_estimate": "form_error.claim_amount_estimate",
    "claim_amount_sum": "form_error.claim_amount_sum",
    "claim_amount_asked": "form_error.claim_amount_asked",
    "amount_thousands": "form_error.amount_thousands",
    "name_offered": "form_error.name_offered",
    "date_length": "form_error.date_length",
}


def error_text(locale: str, error: UserInputError) -> str:
    """The sentence explaining `error` to the partner, in their language."""
    return t(locale, error.message_key, **quoted_params(error))


def _form_error_text(locale: str, error: UserInputError) -> str:
    """`error_text`, under a form's field: a refusal offering answers as buttons (which a
    field has not) names them instead, to type one (its own `form_error.` sentence, else
    the one all such refusals share)."""
    options = error.params.get("options")
    if not isinstance(options, list) or not options:
        return error_text(locale, error)
    choices = ", ".join(str(label) for _value, label in options)
    own = f"form_error.{error.code}"
    key = own if own in TABLES["en"] else "form_error.one_of"
    # The labels are the bot's own, made safe where they hold typed text (as on buttons).
    return t(locale, key, **{**quoted_params(error), "choices": choices})


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- "undo" at a review: an answer kept as it was, and put back -------------------------------


def kept_now(holder: BaseModel, name: str) -> Any:
    """The answer `name` as `holder` keeps it now, in JSON (small: for a dialog's state)."""
    return to_jsonable_python(getattr(holder, name))


def put_back(holder: BaseModel, name: str, kept: Any) -> Any:
    """`kept` (from `kept_now`) read back as `holder` keeps that answer, set, and returned."""
    value = TypeAdapter(type(holder).model_fields[name].annotation).validate_python(kept)
    setattr(holder, name, value)
    return value
