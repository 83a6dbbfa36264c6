"""A finding: one thing a reviewer would reject (blocking) or question (warning)."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field


class Severity(StrEnum):
    BLOCKING = "blocking"
    WARNING = "warning"


class Finding(BaseModel):
    """`code` keys the explanation (`finding.<code>`) and its fix (`fix.<code>`)."""

    code: str
    severity: Severity
    item_id: str | None = None
    params: dict[str, Any] = Field(default_factory=dict)

    @property
    def is_blocking(self) -> bool:
        return self.severity is Severity.BLOCKING


def blocking(findings: list[Finding]) -> list[Finding]:
    return [finding for finding in findings if finding.is_blocking]
