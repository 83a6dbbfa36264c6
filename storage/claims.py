"""Claims (proofs of execution) and the co-op funds ledger, over the same store."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from operator import itemgetter
from typing import Any, Literal

from domain.claim import Claim, format_claim_id
from domain.claim_rules import UNCOUNTED_STATUSES, OtherClaim, invoice_keys, other_claim
from domain.funds import FundsPeriod
from domain.lifecycle import ClaimStatus
from storage.index_memo import CHECK_MEMO_BUDGET, IndexMemo
from storage.repository import (
    ChangedError,
    KeyValueStore,
    VersionedDocuments,
    tenant_prefix,
)
from storage.unit_of_work import NEW_DOCUMENT, Outcome, change

log = logging.getLogger(__name__)

# What a notice button makes from an item: "fix" (the copy of a rejected claim), "new_claim"
# (the claim started from an approved plan's notice); and "same_activity", what "copy my last
# claim" makes (a new claim for the activity of the one copied).
FollowUp = Literal["fix", "new_claim", "same_activity"]


@dataclass(frozen=True, slots=True)
class ClaimSummary:
    """What "my claims" shows, and what the check of another claim needs
    (domain.claim_rules.OtherClaim): a claim's entry in its index shard.

    Kept by thousands (storage/index_memo.py, one shared by every reader of its shard's
    version, hence frozen): slotted, the words many claims share (their owner, plan,
    activity, status, currency) one string each, about 0.65 KB an entry where a pydantic
    model of the same fields weighed 2.1 KB (tracemalloc over 5,000 entries). An entry
    written before the check's fields were kept has `invoice_keys` None: that claim is
    read whole."""

    id: str
    owner_id: str
    status: ClaimStatus
    updated_at: str
    plan_id: str | None = None
    activity_id: str | None = None
    name: str | None = None
    amount: str | None = None
    currency: str | None = None
    activity_type: str | None = None
    execution_date: str | None = None
    invoice_keys: tuple[str, ...] | None = None
    # When it was last sent (ISO, UTC); None: never; SENT_NOT_KEPT: an entry written before
    # the index kept it (its claim says).
    submitted_at: str | None = None

    @classmethod
    def from_entry(cls, entry: Any) -> ClaimSummary:
        """The summary an index entry holds; ``ValueError`` naming the field if it holds
        none (a damaged or hand-edited index). Thousands are made when a big partner's
        index is first read: one pass, no call a field."""
        if not isinstance(entry, dict):
            raise ValueError("a claim index entry is not an object")
        get = entry.get
        texts = [get(field) for field in _TEXT_FIELDS]
        status, keys = get("status"), get("invoice_keys")
        sent = get("submitted_at", SENT_NOT_KEPT)
        status = _STATUSES.get(status) if status.__class__ is str else None
        sound = status is not None and None not in texts[:3]
        for text in (*texts, sent):
            sound = sound and (text is None or text.__class__ is str)
        if keys is not None:
            sound = sound and keys.__class__ is list
            for key in keys if sound else ():
                sound = sound and key.__class__ is str
        if not sound:
            raise ValueError(_damage(entry))
        id_, owner, updated, plan, activity, name, amount, currency, kind, executed = texts
        return cls(
            id_,
            _intern(owner),
            status,
            updated,
            plan and _intern(plan),
            activity and _intern(activity),
            name,
            amount,
            currency and _intern(currency),
            kind and _intern(kind),
            executed,
            None if keys is None else tuple(keys),
            sent,
        )

    def to_entry(self) -> dict[str, Any]:
        """The index entry, as JSON."""
        entry: dict[str, Any] = {field: getattr(self, field) for field in self.__slots__}
        entry["status"] = self.status.value
        if self.invoice_keys is not None:
            entry["invoice_keys"] = list(self.invoice_keys)
        if self.submitted_at is SENT_NOT_KEPT:
            del entry["submitted_at"]
        return entry


# A summary's `submitted_at` when its index entry predates the day sent being kept there.
SENT_NOT_KEPT = "not kept"


# An entry's text fields, the required ones first (`ClaimSummary.from_entry`).
_TEXT_FIELDS = (
    "id",
    "owner_id",
    "updated_at",
    "plan_id",
    "activity_id",
    "name",
    "amount",
    "currency",
    "activity_type",
    "execution_date",
)
_STATUSES = {status.value: status for status in ClaimStatus}
_intern = sys.intern


def _damage(entry: dict[str, Any]) -> str:
    """What is wrong with a claim index entry, for the error (none of its values)."""
    for number, field in enumerate(_TEXT_FIELDS):
        value = entry.get(field)
        if value is None and number < 3:
            return f"a claim index entry has no {field}"
        if value is not None and not isinstance(value, str):
            return f"a claim index entry's {field} is not text"
    if not isinstance(entry.get("status"), str) or entry["status"] not in _STATUSES:
        return "a claim index entry's status is not a claim status"
    if entry.get("submitted_at") is not None and not isinstance(entry["submitted_at"], str):
        return "a claim index entry's submitted_at is not text"
    return "a claim index entry's invoice_keys is not a list of text"


class ClaimRepository(VersionedDocuments[Claim, ClaimSummary]):
    """Claims (proofs of execution) of every tenant."""

    kind = "claims"
    model = Claim
    summary = ClaimSummary
    format_id = staticmethod(format_claim_id)
    # A distributor files thousands of claims a year: the index in 16 shards.
    index_shards = 16

    def __init__(self, store: KeyValueStore) -> None:
        super().__init__(store)
        # The check's records of each index shard, by the shard's version (`check_records`).
        self._checks: IndexMemo[tuple[str, OtherClaim]] = IndexMemo(CHECK_MEMO_BUDGET)

    async def create_claim(
        self, *, tenant_id: str, owner_id: str, owner_name: str | None, today: date
    ) -> Claim:
        return await self.create(
            tenant_id=tenant_id, owner_id=owner_id, owner_name=owner_name, today=today
        )

    @staticmethod
    def _follow_up_key(tenant_id: str, source_id: str, kind: FollowUp) -> str:
        # Under the tenant's prefix: written in the same (atomic) write as the new claim.
        return f"{tenant_prefix(tenant_id)}/follow-ups/{source_id}/{kind}"

    async def made_from(self, tenant_id: str, source_id: str, kind: FollowUp) -> str | None:
        """The claim a notice button made from `source_id` (a claim or plan id), if any."""
        key = self._follow_up_key(tenant_id, source_id, kind)
        found = (await self._store.read([key])).get(key)
        return found.get("claim_id") if found else None

    async def create_from(
        self,
        *,
        source_id: str,
        kind: FollowUp,
        tenant_id: str,
        owner_id: str,
        owner_name: str | None,
        actor: str,
        today: date,
        fill: Callable[[Claim], Claim],
        replaces: str | None = None,
    ) -> tuple[Claim, bool]:
        """A new claim made from `source_id` by a notice button, recorded on the source once.

        The claim and the record "`source_id` made it" are one write, and the record is
        written over the version it was read at: of two clicks at once (two instances, a
        redelivery), one makes the claim and the other gets it. `replaces`: the claim the
        record named when it was read, and that the caller decided to move past (the claim
        started from a plan was submitted, say). Returns (the claim, whether made now).
        """
        key = self._follow_up_key(tenant_id, source_id, kind)
        found = (await self._store.read([key])).get(key)
        if found is not None and found.get("claim_id") != replaces:
            existing = await self.get(tenant_id, found["claim_id"])
            if existing is not None:
                return existing, False
        year = today.year
        item_id = await self.new_id(
            f"counters/{self.kind}/{year}", lambda number: self.format_id(year, number)
        )
        item = Claim(id=item_id, tenant_id=tenant_id, owner_id=owner_id, owner_name=owner_name)
        item.record(actor, "created", status=item.status.value)
        item = fill(item)
        await self.remember_tenant(tenant_id, item.id)
        record = {"claim_id": item.id, "e_tag": found["e_tag"] if found else NEW_DOCUMENT}
        try:
            return await self.save(item, extra={key: record}), True
        except ChangedError:
            # Another turn recorded its claim first: that one stands (this id stays unused).
            winner = await self.made_from(tenant_id, source_id, kind)
            existing = await self.get(tenant_id, winner) if winner else None
            if existing is None:
                raise
            return existing, False

    async def all_claims(self, tenant_id: str) -> list[Claim]:
        """Every claim of the tenant (for duplicate and cap checks): one read."""
        summaries = await self.summaries(tenant_id)
        return await self.get_many(tenant_id, [s.id for s in summaries])

    async def check_records(self, tenant_id: str) -> list[OtherClaim]:
        """What the check needs of each claim of the tenant, from the claims' index (a
        claim whose entry predates it is read whole): a partner with thousands of claims
        has no claim parsed whole when one is checked. Kept by shard version in a memo of
        their own (`_checks`): a record is a third of a summary's memory, so the check of
        several big partners claiming at once stays held."""
        older: list[str] = []

        def records(items: dict[str, Any]) -> tuple[tuple[tuple[str, OtherClaim], ...], bool]:
            made = []
            for value in items.values():
                summary = ClaimSummary.from_entry(value)
                if summary.invoice_keys is None:
                    older.append(summary.id)
                else:
                    made.append((summary.updated_at, _other_claim(summary)))
            # A shard with older entries is made again until they are filled in.
            return tuple(made), len(made) == len(items)

        shards = await self.memoized_shards(tenant_id, self._checks, records)
        dated = [entry for shard in shards for entry in shard.entries]
        if older:
            claims = await self.get_many(tenant_id, older)
            dated += [(c.updated_at.isoformat(), other_claim(c)) for c in claims]
            if claims:
                await self._fill_in(tenant_id, claims)
        dated.sort(key=itemgetter(0), reverse=True)  # newest first, as "my claims" lists them
        return [record for _, record in dated]

    async def days_sent(self, tenant_id: str, summaries: list[ClaimSummary]) -> dict[str, date]:
        """The day (UTC) each claim of `summaries` was last sent, for those ever sent: from
        the index, or from the claim for an entry written before the index kept it (that
        entry then filled in, once, as the check's are)."""
        days: dict[str, date] = {}
        older = []
        for summary in summaries:
            if summary.submitted_at is SENT_NOT_KEPT:
                if summary.status is not ClaimStatus.EDITING:
                    older.append(summary.id)
            elif summary.submitted_at is not None:
                try:
                    days[summary.id] = datetime.fromisoformat(summary.submitted_at).date()
                except ValueError:  # a hand-edited index: that claim's day is unknown
                    continue
        if older:
            claims = await self.get_many(tenant_id, older)
            days |= {c.id: c.submitted_at.date() for c in claims if c.submitted_at is not None}
            if claims:
                await self._fill_in(tenant_id, claims)
        return days

    async def _fill_in(self, tenant_id: str, claims: list[Claim]) -> None:
        """Write the index entries of claims read whole because theirs predate what the
        check (or "what did I submit last week?": the day sent) keeps there, in one write:
        most older claims are never saved again, and each later check or question would read
        them whole. An entry saved meanwhile is left as it is."""
        keys = sorted({self.index_key_of(tenant_id, claim.id) for claim in claims})

        def fill(found: dict[str, Any]) -> Outcome[None]:
            changed: dict[str, Any] = {}
            for claim in claims:
                key = self.index_key_of(tenant_id, claim.id)
                index = changed.get(key) or found.get(key)
                entry = (index or {}).get("items", {}).get(claim.id)
                if entry is None or entry.get("updated_at") != claim.updated_at.isoformat():
                    continue  # deleted or saved since it was read: nothing to fill in
                index["items"][claim.id] = self.entry_of(self.summarize(claim))
                changed[key] = index
            return Outcome(changed)

        try:
            async with self._lock(tenant_id):
                await change(self._store, keys, fill, what=f"the claim index of {tenant_id}")
        except Exception:  # the check stands; the entries are filled in another time
            log.warning("the claim index of tenant %s was not filled in", tenant_id, exc_info=True)

    def summary_of(self, entry: Any) -> ClaimSummary:
        return ClaimSummary.from_entry(entry)

    def entry_of(self, summary: ClaimSummary) -> dict[str, Any]:
        return summary.to_entry()

    def summarize(self, item: Claim) -> ClaimSummary:
        return ClaimSummary(
            id=item.id,
            owner_id=item.owner_id,
            status=item.status,
            plan_id=item.plan_id,
            activity_id=item.activity_id,
            name=item.name,
            amount=None if item.amount is None else str(item.amount),
            currency=item.currency,
            updated_at=item.updated_at.isoformat(),
            activity_type=item.activity_type,
            execution_date=None if item.execution_date is None else item.execution_date.isoformat(),
            invoice_keys=tuple(sorted(_KEY_JOINER.join(key) for key in invoice_keys(item))),
            submitted_at=None if item.submitted_at is None else item.submitted_at.isoformat(),
        )


# Between the parts of an invoice's key in the index ("file", then its hash): in none of them.
_KEY_JOINER = "\x1f"


def _other_claim(summary: ClaimSummary) -> OtherClaim:
    # Kept by thousands (`check_records`): the words many claims share are one string each
    # (`ClaimSummary.from_entry` made them so; an invoice's file and number here).
    return OtherClaim(
        id=summary.id,
        status=summary.status,
        plan_id=summary.plan_id,
        activity_id=summary.activity_id,
        activity_type=summary.activity_type,
        execution_date=date.fromisoformat(summary.execution_date)
        if summary.execution_date
        else None,
        amount=None if summary.amount is None else Decimal(summary.amount),
        currency=summary.currency,
        invoice_keys=frozenset(
            tuple(map(_intern, key.split(_KEY_JOINER))) for key in summary.invoice_keys or ()
        ),
    )


class FundsLedger:
    """Co-op earned and claimed per program and usage period, per tenant.

    Seeded from a JSON file (`FUNDS_FILE`):
    `{"tenants": {"<tenant id>": [{"program": "csp_indirect_reseller",
    "period": "FY27 H2", "currency": "EUR", "earned": "40000", "claimed": "0"}]}}`;
    `claimed` there is what was claimed outside this bot (see `current`).
    """

    def __init__(self, store: KeyValueStore) -> None:
        self._store = store

    @staticmethod
    def _key(tenant_id: str) -> str:
        return f"{tenant_prefix(tenant_id)}/funds"

    @staticmethod
    def _entry_key(program: str, period: str) -> str:
        return f"{program}|{period}"

    async def _read(self, tenant_id: str) -> dict[str, Any]:
        key = self._key(tenant_id)
        return _funds_document((await self._store.read([key])).get(key))

    async def periods(self, tenant_id: str) -> list[FundsPeriod]:
        document = await self._read(tenant_id)
        entries = [FundsPeriod.model_validate(v) for v in document["periods"].values()]
        return sorted(entries, key=lambda f: (f.usage_period.start, f.program), reverse=True)

    async def period(self, tenant_id: str, program: str, period: str) -> FundsPeriod | None:
        document = await self._read(tenant_id)
        entry = document["periods"].get(self._entry_key(program, period))
        return None if entry is None else FundsPeriod.model_validate(entry)

    async def current(
        self,
        tenant_id: str,
        program: str,
        period: str,
        claims: Sequence[Claim | OtherClaim],
        plan_ids: set[str],
        excluding: str | None = None,
    ) -> FundsPeriod | None:
        """The period's funds with this bot's sent claims counted as claimed.

        `claimed` in the ledger is what was claimed elsewhere (the seed); the claims
        sent here are added on the fly, so a rejection gives the amount back without
        any bookkeeping, and nothing is counted twice.
        """
        funds = await self.period(tenant_id, program, period)
        if funds is None:
            return None
        sent = sum(
            (
                c.amount
                for c in claims
                if c.plan_id in plan_ids
                and c.id != excluding
                and c.amount is not None
                and c.status not in UNCOUNTED_STATUSES
            ),
            Decimal(0),
        )
        return funds.model_copy(update={"claimed": funds.claimed + sent})

    async def set_period(self, tenant_id: str, funds: FundsPeriod) -> None:
        key = self._key(tenant_id)
        entry_key = self._entry_key(funds.program, funds.period)

        def put(found: dict[str, Any]) -> Outcome[None]:
            document = _funds_document(found.get(key))
            document["periods"][entry_key] = funds.model_dump(mode="json")
            return Outcome({key: document})

        await change(self._store, [key], put, what=f"the funds of tenant {tenant_id}")

    async def seed(self, data: dict[str, Any]) -> int:
        """Merge seed entries (earned amounts); what was claimed so far is kept."""
        tenants = data.get("tenants", {})
        for tenant_id, entries in tenants.items():
            for entry in entries:
                funds = FundsPeriod.model_validate(entry)
                existing = await self.period(tenant_id, funds.program, funds.period)
                if existing is not None:
                    funds.claimed = existing.claimed
                await self.set_period(tenant_id, funds)
        return len(tenants)


def _funds_document(document: dict[str, Any] | None) -> dict[str, Any]:
    """A tenant's funds document as read (None: none yet), with its periods."""
    document = document if document is not None else {}
    document.setdefault("periods", {})
    return document
