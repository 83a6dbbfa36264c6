"""What a review's choice asks for, as typed values.

A card carries a choice as one string (`submit`, `edit:C1:A2:name`, `remove:E1`,
`addressed:0`), and a typed answer is matched to the same strings. They are read here
once, where the answer comes in (`ReviewAction.parse`), and written here only, where a
choice is offered (`str(...)`); the dialogs work on the typed values in between.
"""

from __future__ import annotations

from dataclasses import dataclass

_SEPARATOR = ":"


@dataclass(frozen=True)
class EditTarget:
    """A field to change: the plan's own, a campaign's, or an activity's (with both ids)."""

    field: str
    campaign_id: str | None = None
    activity_id: str | None = None

    @classmethod
    def parse(cls, text: str) -> EditTarget | None:
        """`field`, `C1:field` or `C1:A2:field`; None for anything else."""
        parts = text.split(_SEPARATOR)
        if len(parts) == 1:
            return cls(parts[0])
        if len(parts) == 2:
            return cls(parts[1], campaign_id=parts[0])
        if len(parts) == 3:
            return cls(parts[2], campaign_id=parts[0], activity_id=parts[1])
        return None

    def __str__(self) -> str:
        ids = [i for i in (self.campaign_id, self.activity_id) if i is not None]
        return _SEPARATOR.join([*ids, self.field])


@dataclass(frozen=True)
class ReviewAction:
    """One choice of a review: a verb (`submit`, `edit`, `remove`, …) and what it is about."""

    verb: str
    argument: str = ""

    @classmethod
    def parse(cls, value: str) -> ReviewAction:
        verb, _, argument = value.partition(_SEPARATOR)
        return cls(verb, argument)

    @classmethod
    def edit(cls, target: EditTarget | str) -> ReviewAction:
        return cls("edit", str(target))

    def __str__(self) -> str:
        return f"{self.verb}{_SEPARATOR}{self.argument}" if self.argument else self.verb

    @property
    def number(self) -> int | None:
        """The argument as a position (`addressed:0`), if it is one."""
        return int(self.argument) if self.argument.isdigit() else None
