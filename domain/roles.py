"""Roles held by a person in a partner tenant, and what each may do (DOMAIN.md "Who uses it")."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    INCENTIVES_ADMIN = "incentives_admin"
    INCENTIVES_USER = "incentives_user"
    GLOBAL_ADMIN = "global_admin"
    BILLING_ADMIN = "billing_admin"
    # Someone the directory does not know: may draft, may not submit.
    UNKNOWN = "unknown"


# Who may submit plans and claims, and dispute decisions (DOMAIN.md "Who uses it").
SUBMITTER_ROLES = (Role.INCENTIVES_ADMIN, Role.GLOBAL_ADMIN, Role.BILLING_ADMIN)
_SUBMITTERS = frozenset(SUBMITTER_ROLES)


def may_submit_plan(role: Role) -> bool:
    return role in _SUBMITTERS


def may_draft(role: Role) -> bool:
    """Drafting is open to everyone in the tenant; submitting is what is guarded."""
    return True
