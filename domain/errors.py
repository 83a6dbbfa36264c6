"""Errors a user can cause, carried as a message key plus parameters.

The domain never formats sentences: a `UserInputError` names a key of the string
tables (`error.<code>`) and the values to fill in, and the bot turns it into a
sentence in the user's language.
"""

from __future__ import annotations

from typing import Any


class UserInputError(ValueError):
    """An answer that cannot be accepted; `code` keys the explanation shown to the user."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    @property
    def message_key(self) -> str:
        return f"error.{self.code}"

    def __repr__(self) -> str:
        return f"UserInputError({self.code!r}, {self.params!r})"
