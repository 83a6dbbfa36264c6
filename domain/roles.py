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


def may_draft(role: Role, *, role_required: bool = False) -> bool:
    """Whether `role` may draft plans and claims and ask where they stand.

    By default anyone in the tenant may (an unknown user drafts and is told who can
    submit); with `role_required` only the directory's people may: Incentives users,
    Incentives admins, Global and Billing admins.
    """
    return not role_required or role is not Role.UNKNOWN
