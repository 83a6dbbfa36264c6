"""Programs and fund types a plan can be drafted for (DOMAIN.md "Funds and periods").

The co-op threshold per program is kept here as data; names shown to partners
live in the string tables under `program.<key>` and `fund.<key>`.
"""

from __future__ import annotations

from decimal import Decimal

# Program key → co-op threshold in USD (below it co-op converts to rebate).
PROGRAMS: dict[str, Decimal] = {
    "csp_direct_bill": Decimal("10000"),
    "csp_indirect_provider": Decimal("10000"),
    "csp_indirect_reseller": Decimal("10000"),
    "authorized_distributor": Decimal("1500"),
    "hosting": Decimal("1500"),
    "iot": Decimal("1500"),
    "mixed_reality": Decimal("1500"),
    "oem_reseller": Decimal("1500"),
    "surface_add": Decimal("1500"),
}

# Fund types (inferred: Partner Center plans are per fund type and program year).
FUND_TYPES: tuple[str, ...] = ("coop", "mdf")

SURFACE_PROGRAMS: frozenset[str] = frozenset({"surface_add"})
