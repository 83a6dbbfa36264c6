"""The catalog's activity types as a partner names them: the options of a plan's "what type of
activity is it?", and every name of each type (both languages, each side of "Customer seminars
/ boot camps", partners' words), read by the plan and claim dialogs and the recognizer."""

from __future__ import annotations

import functools

from domain.catalog import ACTIVITY_TYPES
from domain.text import language_of
from views.choices import Choice
from views.strings import t


def activity_type_choices(locale: str) -> list[Choice]:
    """The catalog as choices: its translated names (both languages) and aliases match."""
    return list(_activity_types(language_of(locale)))


@functools.cache
def activity_type_words(activity_type: str) -> tuple[str, ...]:
    """What names an activity of this type: its names in both languages, either side of
    "Customer seminars / boot camps", and partners' words for it ("webinar", « salon »)."""
    choice = next((c for c in _activity_types("en") if c.value == activity_type), None)
    if choice is None:
        return ()
    parts = (part.strip() for name in (choice.label, *choice.synonyms) for part in name.split("/"))
    return tuple(dict.fromkeys((choice.label, *choice.synonyms, *parts)))


@functools.lru_cache(maxsize=8)
def _activity_types(language: str) -> tuple[Choice, ...]:
    """The same for every question of a language (built once, not at each question)."""
    return tuple(
        Choice(
            entry.key,
            t(language, f"activity.{entry.key}"),
            synonyms=(
                t("en", f"activity.{entry.key}"),
                t("fr", f"activity.{entry.key}"),
                *entry.aliases,
            ),
        )
        for entry in ACTIVITY_TYPES
    )
