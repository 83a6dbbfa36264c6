"""A message to the partner as plain data: what views build and dialogs/messages.py sends.

Views decide what the partner reads; turning that into a Bot Framework activity is the
SDK's business, done in one place (`dialogs.messages.to_activity`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Teams shows the summary in notifications; longer is cut.
MAX_SUMMARY = 200


@dataclass(frozen=True)
class Message:
    """A plain text (`text`), or an Adaptive Card (`card`) with the `summary` shown in
    notifications and by clients that cannot render the card."""

    text: str | None = None
    card: dict[str, Any] | None = None
    summary: str | None = None


def text_message(text: str) -> Message:
    return Message(text=text)


def card_message(content: dict[str, Any], fallback_text: str | None = None) -> Message:
    return Message(card=content, summary=fallback_text[:MAX_SUMMARY] if fallback_text else None)
