"""One option of a question, as the partner sees it and as the draft keeps it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Choice:
    """One option of a question: `value` goes into the draft, `label` is shown."""

    value: str
    label: str
    synonyms: tuple[str, ...] = ()
