"""A botbuilder ``Storage`` on Azure Blob Storage, for several bot instances on one store.

Why not botbuilder-azure's ``BlobStorage``
------------------------------------------
It writes one blob per key with no conditional headers (a stale e_tag is not detected
across processes) and runs the blocking SDK client on the event loop. This store uses the
SDK's aio client and makes every write conditional (``If-Match`` / ``If-None-Match: *``).

Layout: the same partitions as the TinyDB store, one blob each
-------------------------------------------------------------
Keys are grouped into *partition blobs* exactly as ``TinyDBStorage`` groups them into files,
and a partition blob is one JSON document ``{"format": 1, "documents": {key: {"e_tag",
"value"}}}`` in ONE container:

- every key ``tenants/<tenant>/...`` → ``tenants/<tenant>.json`` (a tenant id that is not
  ``[A-Za-z0-9-]{1,64}`` is replaced by ``sha256-<hex>``): a partner's plans, claims, their
  index, the outbox, processed-event markers, reminders sent, profiles, role directory;
- any other key (conversation state, counters, registries) → ``state/<sha256 of key>.json``,
  a blob of its own.

The partners' evidence files are blobs of the same container too, ``evidence/<aa>/<sha256>``
(``storage/evidence_keepers.BlobKeeper``, through ``container``); this store never reads them.

A blob name is never built from a raw key, so keys of any characters (slashes, quotes,
emoji, lone surrogates, 500 characters) map to short, valid names; the key itself is kept
inside the blob, so even two keys whose hashes collided would simply share a blob.

Why partitions rather than a blob per key: atomicity
-----------------------------------------------------
Blob storage has no multi-blob transaction. With a blob per key, ``VersionedDocuments.save
(item, extra=...)`` would be four independent writes (document, tenant index, outbox,
processed-event marker), and every ordering of them leaves a crash window that is not
duplicate-safe:

- document first: a crash before the outbox write keeps the status change and loses its
  notice; before the event marker, the back office's retry is refused as a forbidden move;
- outbox or marker first: a conflict or crash on the document announces a change that
  never happened;
- index after the document: a crash leaves a plan that "my plans" never lists.

The repository already keeps everything that must change together under one tenant
(``tenants/<t>/...``) because the TinyDB store writes a tenant's file atomically. Keeping
the same partitions here gives the same guarantee with one conditional PUT: a write of
several keys of one tenant replaces the tenant's blob whole or not at all. The price is
that a write rewrites the tenant's blob (a partner's data, typically kilobytes) and a read
downloads it; an instance keeps the partitions it has seen with their blob ETag and asks
with ``If-None-Match``, so an unchanged partition costs a 304 and no body.

Concurrency: two levels of e-tags
---------------------------------
Each key has its own e_tag (a fresh uuid per write), which is the botbuilder contract and
what callers compare; each blob has the service's ETag, which makes the read-modify-write of
a partition safe across processes. A write:

1. takes the partition as last seen (or downloads it) and checks every key's e_tag exactly
   as ``TinyDBStorage`` does: absent/None/``"*"`` overwrites, ``""`` raises, anything else
   must equal the stored one (a key not stored accepts any e_tag, as in ``MemoryStorage``),
   else ``ConflictError`` (``storage/errors.py``), confirmed on a fresh download first;
2. uploads the partition with ``If-Match: <blob ETag>``, or ``If-None-Match: *`` when the
   blob did not exist (so two instances creating the same partition cannot both win);
3. on 412/409 (another instance wrote the partition meanwhile) downloads it again and goes
   back to 1, so a key changed by the other instance becomes a real e_tag conflict and a
   different key of the same partition is merged, not overwritten. Bounded; with jitter.

Because a key that was read as missing and is written back with an e_tag the store never
hands out is rejected once the key exists, the repository writes first versions with a
"must not exist yet" e_tag (``storage.repository.NEW_DOCUMENT``): two instances allocating
the first number of a counter, or creating a tenant's first index or outbox, cannot both
succeed.

A write touching several partitions (rare: ``Outbox._drop`` writes the outbox's tenant list
and, as a guard, the tenant's outbox) first checks every partition, then writes them one by
one in the order of first appearance in ``changes``. It is not atomic across partitions: a
conflict or crash between two partitions leaves the first written. ``_drop`` stays safe
with that: an enqueue lists its tenant (a write of the list) before it writes the entry,
so a tenant dropped while an entry is being added is caught by the list's e_tag, listed
again by that mark, or not dropped at all (marked within the last minute).

What the notifier relies on: an outbox entry is claimed with a lease written by an e_tag
conditional write of the tenant's outbox (see ``storage/outbox.py``), which this store turns
into a conditional PUT of the tenant's blob; of two instances claiming one entry, exactly
one succeeds.

Values are serialized with jsonpickle, as ``TinyDBStorage`` does (``DialogState`` round
trips). Only point this store at a container the bot alone writes.
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import json
import random
import re
import time
import uuid
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from azure.core import MatchConditions
from azure.core.exceptions import (
    AzureError,
    HttpResponseError,
    ResourceExistsError,
    ResourceModifiedError,
    ResourceNotFoundError,
)
from azure.storage.blob.aio import ContainerClient
from botbuilder.core import Storage
from jsonpickle.pickler import Pickler

from storage.errors import ConflictError, DamagedDataError
from storage.tinydb_storage import (
    _e_tag_of,
    _restore,
    _set_e_tag,
    _with_e_tag,
)
from storage.write_health import WRITE_SECONDS, WriteHealth

__all__ = [
    "DEFAULT_CONTAINER",
    "AzureBlobStorage",
    "BlobCorruptedError",
    "StorageUnavailableError",
    "blob_name_of",
]

DEFAULT_CONTAINER = "incentives-assistant"
TENANT_PREFIX = "tenants/"
_SAFE_TENANT_ID = re.compile(r"[A-Za-z0-9-]{1,64}")
_WILDCARD_E_TAG = "*"
_FORMAT = 1
_LOCK_STRIPES = 256


class StorageUnavailableError(Exception):
    """The blob service cannot be reached or refuses us (start-up and health checks)."""


class BlobCorruptedError(DamagedDataError):
    """A partition blob exists but is not a document this store wrote; names the blob."""

    def __init__(self, container: str, name: str, reason: str) -> None:
        self.container = container
        self.name = name
        super().__init__(
            f"blob {name!r} in container {container!r} is corrupted ({reason}). The other "
            f"partitions are unaffected. To recover: copy the blob aside, then delete it or "
            f"restore a previous version or snapshot of it; until then its keys cannot be read."
        )


def blob_name_of(key: str) -> str:
    """The partition blob holding ``key`` (see the module docstring)."""
    if not isinstance(key, str):
        raise TypeError(f"storage keys must be str, not {type(key).__name__}")
    if key.startswith(TENANT_PREFIX):
        tenant_id, slash, _ = key[len(TENANT_PREFIX) :].partition("/")
        if slash and tenant_id:
            if _SAFE_TENANT_ID.fullmatch(tenant_id):
                return f"tenants/{tenant_id}.json"
            return f"tenants/sha256-{_sha256_hex(tenant_id)}.json"
    return f"state/{_sha256_hex(key)}.json"


def _sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class _Partition:
    """A partition blob as last seen: its service ETag (None: no blob) and its documents."""

    etag: str | None
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)


class AzureBlobStorage(Storage):
    """Bot state and repository data in partition blobs of one container (module docstring)."""

    def __init__(
        self,
        connection_string: str,
        container: str = DEFAULT_CONTAINER,
        *,
        cached_partitions: int = 1024,
        max_attempts: int = 25,
        **client_options: Any,
    ) -> None:
        """`client_options` go to the SDK's client (`retry_total`, timeouts...)."""
        super().__init__()
        if not connection_string:
            raise ValueError("AZURE_STORAGE_CONNECTION_STRING is empty")
        self.container_name = container
        self._client = ContainerClient.from_connection_string(
            connection_string, container, **client_options
        )
        self._cache: OrderedDict[str, _Partition] = OrderedDict()
        self._cache_size = cached_partitions
        self._max_attempts = max_attempts
        # One writer per partition within this process (striped: a bounded set of locks);
        # blob ETags guard against the other processes.
        self._locks = [asyncio.Lock() for _ in range(_LOCK_STRIPES)]
        # The last failed upload (other than a lost race) until one succeeds: for /healthz.
        self.write_health = WriteHealth()

    @property
    def container(self) -> ContainerClient:
        """The SDK's client of the container, for the evidence files kept beside the
        partitions (`storage/evidence_keepers.BlobKeeper`); closed with this store."""
        return self._client

    # -- lifecycle ---------------------------------------------------------------------------

    async def open(self) -> None:
        """Create the container if needed; raise ``StorageUnavailableError`` if we cannot."""
        try:
            await self._client.create_container()
        except ResourceExistsError:
            pass
        except (AzureError, OSError) as error:
            raise StorageUnavailableError(
                f"Azure Blob Storage is not reachable or refused container "
                f"{self.container_name!r}: {type(error).__name__}: {_first_line(error)}"
            ) from error

    async def check(self) -> dict[str, Any]:
        """One round trip to the service; raises if the container cannot be read."""
        try:
            await self._client.get_container_properties()
        except (AzureError, OSError) as error:
            raise StorageUnavailableError(
                f"container {self.container_name!r}: {type(error).__name__}"
            ) from error
        return {"backend": "azure-blob", "container": self.container_name}

    async def close(self) -> None:
        await self._client.close()

    # -- the Storage contract ----------------------------------------------------------------

    async def read(self, keys: Iterable[str]) -> dict[str, Any]:
        """Return the stored values of the ``keys`` that exist, as fresh copies."""
        if keys is None:
            raise Exception("Keys are required when reading")
        groups = _group_by_blob(keys)
        if not groups:
            return {}
        partitions = await asyncio.gather(*(self._download(name) for name in groups))
        found: dict[str, Any] = {}
        for (_name, group), partition in zip(groups.items(), partitions, strict=True):
            for key in group:
                document = partition.documents.get(key)
                if document is not None:
                    found[key] = _restore(document)
        return found

    async def write(self, changes: Mapping[str, Any]) -> None:
        """Store the changes; each partition blob is replaced whole, conditionally.

        E-tags as in ``TinyDBStorage.write``. All partitions are checked before any is
        written; across partitions the write is not atomic (module docstring).
        """
        if changes is None:
            raise Exception("Changes are required when writing")
        if not changes:
            return
        expected_e_tags: dict[str, str | None] = {}
        documents: dict[str, dict[str, Any]] = {}
        for key, value in changes.items():
            expected = _e_tag_of(value)
            if expected == "":
                raise Exception(
                    f"AzureBlobStorage.write(): e_tag of {key!r} is empty; "
                    f"use None or '*' to overwrite"
                )
            expected_e_tags[key] = expected
            new_e_tag = uuid.uuid4().hex
            documents[key] = {
                "e_tag": new_e_tag,
                "value": Pickler().flatten(_with_e_tag(value, new_e_tag)),
            }
        groups = _group_by_blob(documents)
        if len(groups) > 1:
            # Every partition is checked before the first is written.
            for name, group in groups.items():
                await self._check(name, group, expected_e_tags, self._cached(name))

        for name, group in groups.items():

            def apply(partition: _Partition, group: list[str] = group) -> None:
                for key in group:
                    partition.documents[key] = documents[key]

            await self._update(name, group, expected_e_tags, apply)

        for key, value in changes.items():
            if expected_e_tags[key] not in (None, _WILDCARD_E_TAG):
                _set_e_tag(value, documents[key]["e_tag"])

    async def delete(self, keys: Iterable[str]) -> None:
        """Remove the ``keys``; unknown keys are ignored. A partition left empty is deleted."""
        if keys is None:
            raise Exception("Keys are required when deleting")
        for name, group in _group_by_blob(keys).items():

            def apply(partition: _Partition, group: list[str] = group) -> None:
                for key in group:
                    partition.documents.pop(key, None)

            await self._update(name, group, {}, apply, deleting=True)

    # -- partitions --------------------------------------------------------------------------

    def _lock(self, name: str) -> asyncio.Lock:
        # A write holds one partition's lock at a time, so striping cannot deadlock.
        return self._locks[int(hashlib.sha256(name.encode()).hexdigest()[:8], 16) % _LOCK_STRIPES]

    def _cached(self, name: str) -> _Partition | None:
        return self._cache.get(name)

    def _remember(self, name: str, partition: _Partition) -> None:
        self._cache[name] = partition
        self._cache.move_to_end(name)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)

    async def _download(self, name: str) -> _Partition:
        """The partition as stored now; a 304 on the ETag we hold reuses our copy."""
        cached = self._cache.get(name)
        blob = self._client.get_blob_client(name)
        try:
            if cached is not None and cached.etag is not None:
                stream = await blob.download_blob(
                    etag=cached.etag, match_condition=MatchConditions.IfModified
                )
            else:
                stream = await blob.download_blob()
            raw = await stream.readall()
            etag = stream.properties.etag
        except ResourceNotFoundError:
            partition = _Partition(None)
            self._remember(name, partition)
            return partition
        except HttpResponseError as error:
            if error.status_code == 304 and cached is not None:
                self._cache.move_to_end(name)
                return cached
            raise
        partition = _Partition(etag, self._decode(name, raw))
        self._remember(name, partition)
        return partition

    def _decode(self, name: str, raw: bytes) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(raw)
        except ValueError as error:
            raise BlobCorruptedError(self.container_name, name, f"not JSON: {error}") from None
        documents = data.get("documents") if isinstance(data, dict) else None
        if not isinstance(documents, dict) or not all(
            isinstance(d, dict) and "e_tag" in d and "value" in d for d in documents.values()
        ):
            raise BlobCorruptedError(self.container_name, name, "not a partition document")
        return documents

    async def _check(
        self,
        name: str,
        keys: list[str],
        expected_e_tags: Mapping[str, str | None],
        partition: _Partition | None,
    ) -> _Partition:
        """Raise ``ConflictError`` if a key's e_tag is stale; returns what was checked.

        A conflict seen on our last copy is confirmed on a fresh download, so a stale copy
        never produces a false conflict (a stale pass is caught by the blob ETag at upload).
        """
        if partition is None:
            partition = await self._download(name)
        conflict = _first_conflict(partition, keys, expected_e_tags)
        if conflict is not None:
            partition = await self._download(name)
            conflict = _first_conflict(partition, keys, expected_e_tags)
            if conflict is not None:
                raise conflict
        return partition

    async def _update(
        self,
        name: str,
        keys: list[str],
        expected_e_tags: Mapping[str, str | None],
        apply,
        *,
        deleting: bool = False,
    ) -> None:
        """Read-modify-write one partition blob, retrying while other instances write it.

        This loop is the store's, not a caller's: a 412 on the blob usually means another
        instance wrote *other* keys of the partition, which are merged, not a conflict.
        A key whose e_tag moved on raises ``ConflictError`` at once (``_check``), and that
        is left to the caller's unit of work (``storage/unit_of_work.py``).
        """
        async with self._lock(name):
            partition = self._cached(name)
            if deleting:
                partition = await self._download(name)  # deleting needs the truth, not a copy
            for attempt in range(self._max_attempts):
                partition = await self._check(name, keys, expected_e_tags, partition)
                changed = _Partition(partition.etag, dict(partition.documents))
                apply(changed)
                if deleting and changed.documents == partition.documents:
                    return  # nothing of ours is stored here
                try:
                    await self._upload(name, partition.etag, changed)
                    return
                except (ResourceModifiedError, ResourceExistsError, ResourceNotFoundError):
                    # Another instance wrote (or removed) the partition since we saw it.
                    partition = await self._download(name)
                    await asyncio.sleep(random.uniform(0, 0.005 * (attempt + 1)))
            raise ConflictError(
                keys[0], "(retried)", None, f" (partition {name} kept changing under us)"
            )

    async def _upload(self, name: str, etag: str | None, partition: _Partition) -> None:
        started = time.perf_counter()
        try:
            await self._upload_once(name, etag, partition)
        except (ResourceModifiedError, ResourceExistsError, ResourceNotFoundError):
            raise  # another instance wrote first: the service works
        except Exception as error:
            self.write_health.failed(error)
            raise
        self.write_health.succeeded()
        WRITE_SECONDS.record(time.perf_counter() - started, {"store": "azure-blob"})

    async def _upload_once(self, name: str, etag: str | None, partition: _Partition) -> None:
        blob = self._client.get_blob_client(name)
        if etag is None:
            conditions = {"match_condition": MatchConditions.IfMissing}
        else:
            conditions = {"etag": etag, "match_condition": MatchConditions.IfNotModified}
        if not partition.documents and etag is not None:
            await blob.delete_blob(**conditions)
            self._remember(name, _Partition(None))
            return
        if not partition.documents:
            return
        payload = json.dumps(
            {"format": _FORMAT, "documents": partition.documents}, separators=(",", ":")
        ).encode("ascii")
        result = await blob.upload_blob(
            payload, overwrite=True, content_type="application/json", **conditions
        )
        self._remember(name, _Partition(result["etag"], copy.copy(partition.documents)))


def _first_conflict(
    partition: _Partition, keys: list[str], expected_e_tags: Mapping[str, str | None]
) -> ConflictError | None:
    for key in keys:
        expected = expected_e_tags.get(key)
        if expected is None or expected == _WILDCARD_E_TAG:
            continue
        stored = partition.documents.get(key)
        # As MemoryStorage: a key that is not stored (any more) accepts any e_tag.
        if stored is not None and stored["e_tag"] != expected:
            return ConflictError(key, expected, stored["e_tag"])
    return None


def _group_by_blob(keys: Iterable[str]) -> dict[str, list[str]]:
    """Keys by partition blob, partitions in the order of their first key."""
    groups: dict[str, list[str]] = {}
    for key in dict.fromkeys(keys):
        groups.setdefault(blob_name_of(key), []).append(key)
    return groups


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [""])[0][:200]
