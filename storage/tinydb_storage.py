"""A botbuilder ``Storage`` over TinyDB that is durable, atomic and stays fast as data grows.

Why many small files
--------------------
TinyDB's default ``JSONStorage`` rewrites the whole file on every write (measured on this
kind of machine: 22 ms at 1k documents, 177 ms at 10k, 760 ms at 50k). With one file for
the whole bot, every partner's turn would pay for every other partner's data. So keys are
partitioned into many small TinyDB files, and a write rewrites only its own partition:

- a key ``tenants/<tenant_id>/...`` goes to ``<data_dir>/tenants/<safe name>/<h>.json``, one
  folder per tenant, its keys spread over 16 files by the first hex digit ``h`` of the key's
  sha256; a key ``tenants/<tenant_id>/<kind>/<id>`` of a kind that grows with the partner's
  history (``HISTORY_KINDS``: claims, the claim index's shards, cards, events, follow-ups)
  goes to ``tenants/<safe name>/<kind>/<h>.json``, 16 files a kind. A partner with 5,000
  claims has claim files of about 500 KB rather than one of 8 MB, so opening one (the
  reminder scan, a partner back after a while) never holds the event loop for long, a
  checkpoint rewrites only the sixteenth that changed, and a turn on its plan or profile
  opens files as small as a new partner's. A tenant kept in one file
  ``tenants/<safe name>.json``, or with its history among its 16 files (the layouts
  before), is moved when the tenant is first served (``_prepare_tenant_folder``, on a
  reader thread); a folder made by the store is marked ``.history-moved`` from the start,
  so it is never looked through for that; a damaged
  file refuses what it holds (one sixteenth of that partner's documents of one kind),
  never the other partners;
- a key of the bot's global indexes (``ids/``, ``registry/``, ``outbox/``, ``counters/``,
  ``replay/``: which tenant holds an id, the tenants with data or notices, id counters,
  the signed back-office requests already taken) goes to
  ``<data_dir>/index/<xxx>.json``, where ``xxx`` is the first three hex digits of the
  key's sha256: 4,096 buckets, so a new id rewrites a file of a dozen entries even at
  55,000 ids;
- every other key (conversation and user state, ...) goes to ``<data_dir>/state/<xx>.json``,
  in 256 buckets by the first two hex digits of its sha256.

The indexes grow with the whole store (55,000 ids and a 5,000-tenant registry at 50,000
claims) and change rarely; conversation state is small and changes every turn. Kept
apart, a turn's state write rewrites a file of a few kilobytes, not one that also holds a
share of every index. A folder made before the ``index/`` folder existed is moved to this
layout when the store opens (copied, then removed from ``state/``; crash-safe, once).

A file name never comes from user input as such: a tenant id is used (lower-cased, so a
case-insensitive file system cannot make two partitions share a file) only if it matches
``[A-Za-z0-9-]{1,64}``; any other tenant id is replaced by its sha256.

Inside a partition each key is one TinyDB document whose document id *is* the key, so a
read is a dict lookup, not a table scan. A value that is plain JSON (dicts with string
keys, lists, strings, numbers, booleans, None: every repository document) is stored as
it is (``"format": "json"``) and read back with a plain copy; any other value is
serialized with jsonpickle, as botbuilder-azure's ``BlobStorage`` does, so objects such
as ``DialogState`` round-trip. Only this process's own files are unpickled; never point
``data_dir`` at untrusted files.

Durability, atomicity, concurrency
----------------------------------
A write is durable once its ONE journal record is (``storage/journal.py``): every key it
changes, in whatever partitions, in one appended line with a checksum, fdatasync'd.
``TinyDBStorage.write`` checks every e_tag with all the partitions' locks held, queues the
record, applies the change to the partitions in memory and returns once the record is on
disk; writes from many turns arriving together share one fdatasync (group commit). So a
write is atomic across partitions too (a record is replayed whole or not at all), and
its cost is the size of what it changed, not of the partition: before the journal a
partner with 5,000 claims rewrote an 8 MB file on every answer.

The partition files catch up a little later (``checkpoint``, on a timer thread about a
second after a change: each changed partition rewritten once, for all its changes of that
while, as temp file, fdatasync, ``os.replace``, fsync of the folder), then the journal
segments they covered are deleted. A crash at any moment leaves each file old or new,
never torn, and the journal holds whatever the files lack: the next start replays it into
the files before serving. A checkpoint that fails (a full disk) loses nothing (the journal
keeps the changes; it is retried with back-off and shows in /healthz); an append that
fails is taken back in memory before anyone waiting on it sees the error.

A partition has at most one append in flight: readers and writers of that partition wait
for it (so nobody sees a change before it is durable), and changes of one partition are
therefore journalled in order. A ``threading.Lock`` per partition keeps threads (and their
event loops) from interleaving. One process owns the folder (``app.py`` locks it).

A partition not in memory is read from its file before its lock is taken: at once if the
page cache holds the file (a read that may not wait for the disk), else on a reader thread
while the event loop goes on. What was read is taken under the lock only if nobody loaded
it in between and it was not let go in between (``_Partition.drops``): a file read while
another turn loaded the partition, wrote to it and saw it let go is stale, and is read
again.

A corrupted or truncated file raises ``StorageCorruptedError`` naming the file; the store
never silently starts empty and never overwrites it. ``check()`` at start-up opens the
bot-wide files (conversation state, indexes); a tenant's files are checked when the tenant
is first served (start-up took 25-36 s at 200,000 claims reading them all): a damaged one
refuses that partner only, is named once in the log and listed in ``damaged`` (/healthz).
A damaged journal record followed by good ones stops the start, naming the segment.

Memory
------
Only recently used partitions are kept in memory: at most ``cache_bytes`` of partition
files (16 MiB by default; parsed, a file takes about four times its size) and at most
``cache_partitions`` files (2,048: each held file is an object the garbage collector
walks, and thousands of small partners' files made young collections of 30-66 ms), the least
recently used being dropped first (never one whose file lags the journal, nor one with an
append in flight) and read again from its file when next needed (a tenant's file of a few
dozen kilobytes parses in well under a millisecond). A partition object nobody uses is
forgotten with its data, so memory does not grow with the partners ever served.
"""

from __future__ import annotations

import asyncio
import copy
import errno
import functools
import hashlib
import itertools
import json
import logging
import os
import re
import shutil
import stat
import threading
import time
import uuid
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from pathlib import Path
from typing import Any

from botbuilder.core import Storage, StoreItem
from jsonpickle.pickler import Pickler
from jsonpickle.unpickler import Unpickler
from tinydb import TinyDB
from tinydb.storages import Storage as TinyDBBaseStorage

from seam import state_codec
from seam.state_codec import NotPlainJSON, json_copy
from storage import journal
from storage.errors import ConflictError, DamagedDataError
from storage.write_health import WRITE_SECONDS, WriteHealth

__all__ = [
    "AtomicJSONStorage",
    "ETagConflictError",
    "StorageCorruptedError",
    "TinyDBStorage",
    "partition_of",
]

TENANT_PREFIX = "tenants/"
STATE_FOLDER = "state"
TENANTS_FOLDER = "tenants"
INDEX_FOLDER = "index"
INDEX_PREFIXES = ("ids/", "registry/", "outbox/", "counters/", "replay/")
# A tenant's documents that grow with its history (its claims and their index's shards,
# their cards in the chat, the status events taken, the follow-ups): thousands for a
# distributor. Each kind has its own 16 files (``tenants/<name>/<kind>/<h>.json``), so
# that a turn on the partner's other documents (a plan, the profile) or on a card never
# opens a file full of old claims.
HISTORY_KINDS = frozenset({"claims", "claim-index", "cards", "events", "follow-ups"})
# In a tenant's folder once its history documents were moved out of its 16 files.
_HISTORY_MOVED = ".history-moved"
# Every partition file a tenant may have, relative to its folder (`partition_of`).
_TENANT_FILE_NAMES = tuple(
    f"{kind}{bucket}.json"
    for kind in ("", *(f"{kind}/" for kind in sorted(HISTORY_KINDS)))
    for bucket in "0123456789abcdef"
)
_INDEXES_MOVED = ".indexes-moved"  # in state/: the move to index/ is complete
_SAFE_TENANT_ID = re.compile(r"[A-Za-z0-9-]{1,64}")
_TEMP_SUFFIX = ".tmp"
_WILDCARD_E_TAG = "*"
# How a document's value is stored: plain JSON, or jsonpickle's flattened form (documents
# written before the format was recorded have no "format" and are jsonpickle).
_FORMAT_JSON = "json"
_FORMAT_JSONPICKLE = "jsonpickle"
DEFAULT_CACHE_BYTES = 16 * 1024 * 1024
DEFAULT_CACHE_PARTITIONS = 2048
# How many partitions that cannot be let go of yet (changed, waiting for the checkpoint)
# one call of ``_used`` passes over at most; the calls after it look at the next ones.
SKIPPED_AT_MOST = 64
JOURNAL_FOLDER = "journal"
# How long after a change its partition file is rewritten (all the changes of that
# while in one file write); the journal holds them meanwhile.
CHECKPOINT_SECONDS = 1.0
_ABSENT = object()  # a key that was not stored before a change
# The stores open on each folder in this process (see TinyDBStorage.__init__).
_OPEN_STORES: dict[Path, weakref.WeakSet[TinyDBStorage]] = {}
_OPEN_STORES_LOCK = threading.Lock()
log = logging.getLogger(__name__)
# Stored values are flattened (jsonpickle) or plain JSON, never cyclic: no cycle check.
_ENCODER = json.JSONEncoder(separators=(",", ":"), check_circular=False)
# File writes run here, off the event loop. Sixteen: fsyncs of different files overlap
# well on a journaling file system (the journal commits many at once), and a turn waits
# for its writes, so with many partners at once a short pool made turns queue behind
# fsyncs (`make bench`: 4 → 16 writers, turns/s +10-15%, less CPU a turn). A partition
# never has two writes in flight anyway.
_FILE_WRITERS = ThreadPoolExecutor(max_workers=16, thread_name_prefix="tinydb-write")
# Files opened by turns and scans are read here, off the event loop, on threads of their
# own: a read never waits behind another partner's fsync.
_FILE_READERS = ThreadPoolExecutor(max_workers=4, thread_name_prefix="tinydb-read")


# The name this store's callers and tests first knew the typed conflict by.
ETagConflictError = ConflictError


class StorageCorruptedError(DamagedDataError):
    """A partition file exists but cannot be read back; its path is in ``path``."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        super().__init__(
            f"TinyDB partition file {self.path} is corrupted ({reason}). The rest of the data "
            f"is unaffected. To recover: stop the bot, move this file aside (for example to "
            f"{self.path.name}.corrupt) or put back a copy from a backup, and start again; "
            f"until then the keys it held read as missing."
        )


# Keys a turn touches are asked for again and again (a turn groups a few dozen): their
# partitions are remembered, a few thousand at most.
@functools.lru_cache(maxsize=8192)
def partition_of(key: str) -> str:
    """Return the partition file of ``key``, relative to the data folder (POSIX form).

    ``tenants/<tenant_id>/<kind>/<id>`` of a kind in ``HISTORY_KINDS`` →
    ``tenants/<safe name>/<kind>/<h>.json`` and any other ``tenants/<tenant_id>/...`` →
    ``tenants/<safe name>/<h>.json``, where ``h`` is the first hex digit of the key's sha256
    (16 files a kind, 16 for the rest); a global index key →
    ``index/<first three hex digits of sha256(key)>.json``; anything else →
    ``state/<first two hex digits of sha256(key)>.json``.
    """
    if not isinstance(key, str):
        raise TypeError(f"storage keys must be str, not {type(key).__name__}")
    if key.startswith(TENANT_PREFIX):
        tenant_id, slash, rest = key[len(TENANT_PREFIX) :].partition("/")
        if slash and tenant_id:
            if _SAFE_TENANT_ID.fullmatch(tenant_id):
                name = tenant_id.lower()
            else:
                name = "sha256-" + _sha256_hex(tenant_id)[:40]
            bucket = _sha256_hex(key)[0]
            kind, slash, item = rest.partition("/")
            if slash and item and kind in HISTORY_KINDS:
                return f"{TENANTS_FOLDER}/{name}/{kind}/{bucket}.json"
            return f"{TENANTS_FOLDER}/{name}/{bucket}.json"
    if key.startswith(INDEX_PREFIXES):
        return f"{INDEX_FOLDER}/{_sha256_hex(key)[:3]}.json"
    return f"{STATE_FOLDER}/{_sha256_hex(key)[:2]}.json"


_SCANNER = json.JSONDecoder().scan_once
_FILE_START = f'{{"{TinyDB.default_table_name}":{{'


# How much of a file is parsed between two returns to the event loop when a read opens it
# (a big partner's file is a megabyte: parsed whole it held every turn 15-25 ms).
_STEP_CHARACTERS = 64 * 1024


class _OtherForm(Exception):
    """The file is not in the form ``encode`` writes (written by hand, or damaged)."""


def _document_steps(raw: bytes, docs: dict[str, str]):
    """Fill ``docs`` with each document's JSON text, sliced from a file in the form
    ``encode`` writes (``{"_default":{"<key>":{...},...}}``, compact), parsing the file
    once and encoding nothing again (that doubled the time to open a big partner's file).
    Yields after every ``_STEP_CHARACTERS`` parsed; raises ``_OtherForm`` for any other
    form (the caller's full parse then says whether it is valid)."""
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError:
        raise _OtherForm from None
    if not text.startswith(_FILE_START) or not text.endswith("}}"):
        raise _OtherForm
    position, end = len(_FILE_START), len(text) - 2
    next_step = position + _STEP_CHARACTERS
    try:
        while position < end:
            if text[position] != '"':
                raise _OtherForm
            key, position = json.decoder.scanstring(text, position + 1)
            if text[position] != ":":
                raise _OtherForm
            document, after = _SCANNER(text, position + 1)
            if not isinstance(document, dict):
                raise _OtherForm
            docs[key] = text[position + 1 : after]
            position = after
            if position < end:
                if text[position] != ",":
                    raise _OtherForm
                position += 1
            if position >= next_step:
                next_step = position + _STEP_CHARACTERS
                yield
    except (ValueError, StopIteration, IndexError):
        raise _OtherForm from None
    if position != end:
        raise _OtherForm


def _document_texts(raw: bytes) -> dict[str, str] | None:
    """Each document's JSON text (see ``_document_steps``) in one go; None for a file in
    another form."""
    docs: dict[str, str] = {}
    try:
        for _ in _document_steps(raw, docs):
            pass
    except _OtherForm:
        return None
    return docs


_UNREADABLE: Any = object()  # a file that could not be read (see _files_bytes)
_NOT_CACHED: Any = object()  # a file not (wholly) in the page cache (see _cached_file_bytes)
# Linux: a read that fails rather than wait for the disk. Elsewhere every file is read on a
# reader thread.
_NOWAIT: int | None = getattr(os, "RWF_NOWAIT", None)


def _cached_file_bytes(where: str) -> bytes | bytearray | None:
    """A partition file's bytes if the page cache holds all of them (read on the loop:
    no wait for the disk, ``RWF_NOWAIT``), None when there is no file, else
    ``_NOT_CACHED`` (``_files_bytes`` reads it on a thread, and says what is wrong)."""
    global _NOWAIT
    if _NOWAIT is None:
        return _NOT_CACHED
    try:
        # O_NONBLOCK: anything but a regular file (a FIFO) must not block the open.
        fd = os.open(where, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        return None
    except OSError:
        return _NOT_CACHED
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            return _NOT_CACHED
        size = status.st_size
        content = bytearray(size)
        if size and os.preadv(fd, [content], 0, _NOWAIT) != size:
            return _NOT_CACHED  # partly cached: the rest would wait for the disk
        return content
    except BlockingIOError:
        return _NOT_CACHED
    except OSError as error:
        if error.errno == errno.EOPNOTSUPP:
            _NOWAIT = None  # this file system cannot: read on threads from now on
        return _NOT_CACHED
    finally:
        os.close(fd)


def _files_bytes(wheres: list[str]) -> list[bytes | None]:
    """Each partition file's bytes, read on a reader thread: None when there is no file,
    ``_UNREADABLE`` when it cannot be read (opened again the usual way, which says why)."""
    contents: list[bytes | None] = []
    for where in wheres:
        try:
            with open(where, "rb") as file:
                contents.append(file.read())
        except FileNotFoundError:
            contents.append(None)
        except OSError:
            contents.append(_UNREADABLE)
    return contents


async def _document_texts_in_steps(raw: bytes) -> dict[str, str] | None:
    """``_document_texts``, giving the loop back after every ``_STEP_CHARACTERS`` parsed."""
    docs: dict[str, str] = {}
    try:
        for _ in _document_steps(raw, docs):
            await asyncio.sleep(0)
    except _OtherForm:
        return None
    return docs


def _tenant_folder(relative: str) -> str | None:
    """``tenants/<name>`` for a tenant's partition file (its history's too), else None."""
    if not relative.startswith(TENANTS_FOLDER + "/"):
        return None
    parts = relative.split("/")
    if len(parts) == 3 or (len(parts) == 4 and parts[2] in HISTORY_KINDS):
        return f"{parts[0]}/{parts[1]}"
    return None


def _sha256_hex(text: str) -> str:
    # surrogatepass: a key with a lone surrogate is odd but must not crash the store.
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# fdatasync where the system has it (Linux); fsync elsewhere.
_datasync = getattr(os, "fdatasync", os.fsync)
# Make a rename or a new entry in a folder survive a power cut (module-level: tests slow
# it down or make it fail).
_fsync_dir = journal.fsync_dir


class _FolderSyncs:
    """Group commit of folder fsyncs: writers that renamed into the same folder while one
    fsync of it was running share the next one, instead of queueing one each.

    A writer needs an fsync that *starts* after its rename. It takes a ticket (the number
    of the next fsync to start); if an fsync is running it waits for it to end, then
    either a later fsync (started after its rename) has already covered it, or it runs
    one itself, for every writer waiting with the same ticket. An fsync that fails
    covers nobody: each of its waiters tries again (and sees the error itself).
    """

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._state: dict[Path, list[int]] = {}  # folder → [started, completed, running]

    def sync(self, folder: Path) -> None:
        with self._condition:
            state = self._state.setdefault(folder, [0, 0, 0])
            ticket = state[0] + 1
            while True:
                if state[1] >= ticket:
                    return  # an fsync that started after our rename has completed
                if not state[2]:
                    break
                self._condition.wait()
            state[0] += 1
            state[2] = 1
            number = state[0]
        try:
            _fsync_dir(folder)
        except BaseException:
            with self._condition:
                state[2] = 0
                self._condition.notify_all()
            raise
        with self._condition:
            state[1] = max(state[1], number)
            state[2] = 0
            self._condition.notify_all()


_FOLDER_SYNCS = _FolderSyncs()


def _make_dirs_durably(folder: Path) -> None:
    missing = []
    parent = folder
    while not parent.exists():
        missing.append(parent)
        parent = parent.parent
    folder.mkdir(parents=True, exist_ok=True)
    for created in reversed(missing):
        _fsync_dir(created.parent)


class AtomicJSONStorage(TinyDBBaseStorage):
    """TinyDB storage: one JSON file, replaced atomically and durably.

    ``TinyDB(path, storage=AtomicJSONStorage)`` opens a partition file like any TinyDB
    database; the store itself uses only ``_load`` (parse, or name the damage) and
    ``write_file`` (temp file, fdatasync, rename, fsync of the folder).
    """

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = Path(path)
        self._data: dict[str, dict[str, Any]] | None = None
        self._loaded = False

    def read(self) -> dict[str, dict[str, Any]] | None:
        if not self._loaded:
            self._data = self._load()
            self._loaded = True
        return self._data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        # Serialize first: a value that cannot be encoded must not leave a temp file behind.
        payload = _ENCODER.encode(data).encode("ascii")
        self._data, self._loaded = data, True
        try:
            self.write_file(payload)
        except BaseException:
            self._data, self._loaded = None, False
            raise

    def _load(self) -> dict[str, dict[str, Any]] | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        if not raw:
            # Our writes never leave an empty file, so this is damage, not a new database.
            raise StorageCorruptedError(self.path, "the file is empty")
        try:
            data = json.loads(raw)
        except ValueError as error:
            raise StorageCorruptedError(self.path, f"not valid JSON: {error}") from error
        if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
            raise StorageCorruptedError(self.path, "not a TinyDB document")
        return data

    def write_file(self, payload: bytes) -> None:
        """Replace the file with ``payload``, atomically and durably.

        The temp file has a fixed name (``.<name>.tmp``): a partition has at most one
        write in flight and one process owns the folder, and a leftover is removed at
        start-up. ``fdatasync`` makes the bytes and the size durable (the modification
        time need not be); the folder's fsync makes the rename durable (shared with the
        other writers that renamed into the folder meanwhile: ``_FolderSyncs``).
        """
        folder = self.path.parent
        temp_path = folder / f".{self.path.name}{_TEMP_SUFFIX}"
        try:
            fd = os.open(temp_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                view = memoryview(payload)
                while view:
                    view = view[os.write(fd, view) :]
                _datasync(fd)
            finally:
                os.close(fd)
            os.replace(temp_path, self.path)
        except BaseException:
            with suppress(FileNotFoundError):
                os.unlink(temp_path)
            raise
        _FOLDER_SYNCS.sync(folder)


class _Partition:
    """One partition file: its documents in memory (as JSON text), lock, and what the
    journal holds of it.

    Each document is kept as its JSON text, not as parsed objects: a text is one object
    the garbage collector never walks (a cache of parsed partitions was hundreds of
    thousands of dicts, and a full collection held the event loop for 300 ms), it takes
    about a quarter of the memory, and a read parses it afresh, which is also the copy a
    reader must get (faster than copying objects).
    """

    __slots__ = (
        "counted",
        "docs",
        "drops",
        "lock",
        "pending",
        "relative",
        "size",
        "unwritten",
        "users",
        "where",
        "writing",
    )

    def __init__(self, path: Path, relative: str) -> None:
        # The file's path as text, its Path and storage made when used: the store holds
        # thousands of these (the reminder scan opens every partner's files), and each
        # object held is one more the garbage collector walks (a Path is two, with its
        # parts; it was seven objects a partition, and young collections of 60,000 of
        # them held the event loop 30-66 ms).
        self.where = os.fspath(path)
        self.relative = relative
        self.lock = threading.Lock()
        # key → the document's JSON text; None until the file is read.
        self.docs: dict[str, str] | None = None
        self.size = 0  # characters of JSON text held
        # The journal append in flight for this partition's last change, if any (set
        # under ``lock``): readers and writers wait for it, so nobody sees a change
        # before it is durable.
        self.pending: Future | None = None
        # Bytes this partition holds in memory, as the store counts them.
        self.counted = 0
        # Sequence number of the oldest journal record not yet in the file (None: the
        # file is up to date), and of the oldest one a checkpoint is writing right now.
        self.unwritten: int | None = None
        self.writing: int | None = None
        # Turns holding this object between finding it and finishing with it.
        self.users = 0
        # How many times its documents were let go: a file read off the lock is stale if
        # this changed meanwhile (read, written, let go, all while the read was under way).
        self.drops = 0

    @property
    def path(self) -> Path:
        return Path(self.where)

    @property
    def file(self) -> AtomicJSONStorage:
        return AtomicJSONStorage(self.where)

    @property
    def loaded(self) -> bool:
        return self.docs is not None

    def load(self, opened: dict[str, str] | None = None) -> None:
        """Read the file into memory (with ``lock`` held); a missing file is empty.
        ``opened``: its documents as a read already sliced them from the file."""
        if opened is not None:
            self.docs, self.size = opened, sum(map(len, opened.values()))
            return
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            self.docs, self.size = {}, 0
            return
        docs = _document_texts(raw)
        if docs is None:  # not in the store's own compact form: parsed and encoded again
            data = self.file._load()  # raises StorageCorruptedError when damaged
            table = (data or {}).get(TinyDB.default_table_name, {})
            if not all(isinstance(document, dict) for document in table.values()):
                raise StorageCorruptedError(self.path, "a document is not an object")
            docs = {key: _ENCODER.encode(document) for key, document in table.items()}
        self.docs = docs
        self.size = sum(map(len, docs.values()))

    def drop(self) -> None:
        self.docs = None
        self.size = 0
        self.drops += 1

    def put(self, key: str, text: str | None) -> None:
        """Set (or, with None, remove) a document's text."""
        docs = self.docs if self.docs is not None else {}
        self.docs = docs
        old = docs.pop(key, None) if text is None else docs.get(key)
        if text is not None:
            docs[key] = text
        self.size += (len(text) if text is not None else 0) - (len(old) if old else 0)

    def encode(self) -> bytes:
        """The file's content: a TinyDB database of one table, ``_default``."""
        docs = self.docs or {}
        body = ",".join(f"{_ENCODER.encode(key)}:{text}" for key, text in docs.items())
        return f'{{"{TinyDB.default_table_name}":{{{body}}}}}'.encode("ascii")

    def busy(self) -> bool:
        pending = self.pending
        return pending is not None and not pending.done()

    def evictable(self) -> bool:
        """Nothing in it that the file lacks, nothing in flight."""
        return self.unwritten is None and self.writing is None and not self.busy()


class TinyDBStorage(Storage):
    """Bot state and repository data in many small TinyDB files under ``data_dir``.

    See the module docstring for the layout and the guarantees. One process owns the folder.
    """

    def __init__(
        self,
        data_dir: str | Path,
        *,
        cache_bytes: int = DEFAULT_CACHE_BYTES,
        checkpoint_seconds: float = CHECKPOINT_SECONDS,
        cache_partitions: int = DEFAULT_CACHE_PARTITIONS,
    ) -> None:
        super().__init__()
        self.data_dir = Path(data_dir).resolve()
        for folder in (self.data_dir / STATE_FOLDER, self.data_dir / TENANTS_FOLDER):
            _make_dirs_durably(folder)
            _remove_temp_files(folder)
        _move_indexes_out_of_state(self.data_dir)
        _remove_temp_files(self.data_dir / INDEX_FOLDER)
        self._partitions: dict[str, _Partition] = {}
        self._partitions_lock = threading.Lock()
        self._closed = False
        self.cache_bytes = cache_bytes
        self.cache_partitions = cache_partitions
        self.checkpoint_seconds = checkpoint_seconds
        # Partitions holding their data in memory, least recently used first.
        self._recent: OrderedDict[str, _Partition] = OrderedDict()
        self._cached_bytes = 0
        # Files proven to open (by check() or by use); check() does not parse them again.
        self._verified: set[str] = set()
        # Files found damaged when first opened: named in /healthz and the log.
        self.damaged: dict[str, str] = {}
        # The last failed file write (a full disk...) until one succeeds: for /healthz.
        self.write_health = WriteHealth()
        self._checkpoint_lock = threading.Lock()
        # Tenant folders ready for use in this process (moved from a one-file tenant).
        self._tenant_folders: set[str] = set()
        self._tenant_folders_lock = threading.Lock()
        self._checkpoint_failures = 0
        self._checkpoint_timer: threading.Timer | None = None
        self._timer_lock = threading.Lock()
        journal_folder = self.data_dir / JOURNAL_FOLDER
        with _OPEN_STORES_LOCK:
            owners = [s for s in _OPEN_STORES.setdefault(self.data_dir, weakref.WeakSet())]
            owners = [owner for owner in owners if not owner._closed]
            if owners:
                # Another store on a folder this process has open (tests simulating a
                # restart do this; `python app.py` locks the folder to one store): the
                # open ones bring their files up to date, and their journal is left alone.
                for owner in owners:
                    owner.checkpoint()
                next_seq = max(owner._journal.next_seq for owner in owners) + 1_000_000
            else:
                next_seq = self._recover(journal_folder)
            _OPEN_STORES[self.data_dir].add(self)
        self._journal = journal.Journal(journal_folder, next_seq, _FILE_WRITERS)

    # -- the storage interface -------------------------------------------------------------

    async def read(self, keys: Iterable[str]) -> dict[str, Any]:
        """Return the stored values of the ``keys`` that exist, as fresh copies."""
        return await self.read_unless_known(keys, {})

    async def read_unless_known(
        self, keys: Iterable[str], known: Mapping[str, str]
    ) -> dict[str, Any]:
        """`read`, except that a key whose stored e_tag is `known[key]` is not parsed: it
        comes back as ``{"e_tag": known[key]}`` alone (the caller holds what it made of that
        version: a claims' index shard of a partner with 5,000 claims is up to 143 KB of
        JSON, unchanged between most of their turns).
        """
        if keys is None:
            raise Exception("Keys are required when reading")
        self._ensure_open()
        found: dict[str, Any] = {}
        groups = _group_by_partition(keys)
        partitions = [self._partition(relative) for relative in groups]
        try:
            # Files not in memory are read off the loop, together, before any lock (see
            # ``_opened``): other turns get the loop meanwhile, even when the disk is slow.
            opened = await self._opened([p for p in partitions if not p.loaded])
            for partition, partition_keys in zip(partitions, groups.values(), strict=True):
                read = opened.get(partition.relative)
                async with _settled_and_locked([partition]):
                    if read is not None:
                        self._load_opened(partition, *read)
                    if not partition.loaded and read is None:
                        # In memory when the others were opened, let go since (the cache
                        # under a reminder scan): opened off the loop too, under its lock.
                        again = await self._opened([partition])
                        read = again.get(partition.relative)
                        if read is not None:
                            self._load_opened(partition, *read)
                    self._load(partition)
                    docs = partition.docs
                    texts = [(key, docs.get(key)) for key in partition_keys]
                if read is not None:
                    # Between opening a file and parsing what was asked of it (a big
                    # partner's claim index alone is over a megabyte of JSON).
                    await asyncio.sleep(0)
                for key, text in texts:  # parsed outside the lock: a fresh copy each
                    if text is None:
                        continue
                    e_tag = known.get(key)
                    if e_tag is not None and _stored_e_tag(text) == e_tag:
                        found[key] = {"e_tag": e_tag}
                    else:
                        found[key] = _restore_fresh(json.loads(text))
        finally:
            self._used(partitions)
        return found

    async def write(self, changes: Mapping[str, Any]) -> None:
        """Store every change or none of them.

        E-tags: a value whose e_tag is absent, None or ``"*"`` overwrites; an empty e_tag
        raises; any other e_tag must equal the stored one, else ``ConflictError``
        (a key that is not stored accepts any e_tag, as in ``MemoryStorage``). Every write
        stores a new e_tag, which ``read`` returns in the value.
        """
        if changes is None:
            raise Exception("Changes are required when writing")
        if not changes:
            return
        self._ensure_open()

        expected_e_tags: dict[str, str | None] = {}
        documents: dict[str, dict[str, Any]] = {}
        for key, value in changes.items():
            expected = _e_tag_of(value)
            if expected == "":
                raise Exception(
                    f"TinyDBStorage.write(): e_tag of {key!r} is empty; "
                    f"use None or '*' to overwrite"
                )
            expected_e_tags[key] = expected
            documents[key] = _document(value, _new_e_tag())

        def check(partition: _Partition, keys: list[str]) -> None:
            for key in keys:
                _check_e_tag(partition.docs, key, expected_e_tags[key])

        started = time.perf_counter()
        await self._commit(_group_by_partition(documents), documents, check)
        WRITE_SECONDS.record(time.perf_counter() - started, {"store": "tinydb"})

        # A caller doing optimistic concurrency gets the new version back, as a database
        # returns the new row version: saving the same state twice in one turn then works.
        # Callers that wrote None or "*" keep last-writer-wins for their next write.
        for key, value in changes.items():
            if expected_e_tags[key] not in (None, _WILDCARD_E_TAG):
                _set_e_tag(value, documents[key]["e_tag"])

    async def delete(self, keys: Iterable[str]) -> None:
        """Remove the ``keys``; unknown keys are ignored."""
        if keys is None:
            raise Exception("Keys are required when deleting")
        self._ensure_open()
        await self._commit(_group_by_partition(keys), {}, None)

    # -- one change: checked, journalled, applied ------------------------------------------

    async def _commit(
        self,
        groups: dict[str, list[str]],
        documents: dict[str, dict[str, Any]],
        check: Callable[[_Partition, list[str]], None] | None,
    ) -> None:
        """Write ``documents`` (the keys of ``groups`` missing from it are deleted) as one
        journal record: all of it is durable, or none of it happened."""
        # Sorted order: two multi-partition writes from two threads cannot deadlock.
        relatives = sorted(groups)
        partitions = [self._partition(relative) for relative in relatives]
        try:
            opened = await self._opened([p for p in partitions if not p.loaded])
            async with _settled_and_locked(partitions):
                for partition, relative in zip(partitions, relatives, strict=True):
                    # Loading every partition first means a damaged file fails the whole
                    # write before anything is journalled.
                    read = opened.get(relative)
                    if read is not None:
                        self._load_opened(partition, *read)
                    self._load(partition)
                    if check is not None:
                        check(partition, groups[relative])
                future = self._journal_and_apply(partitions, relatives, groups, documents)
        finally:
            self._used(partitions)
        if future is None:
            return
        try:
            # Shielded: a cancelled turn leaves its append to finish (the next reader waits).
            await asyncio.shield(asyncio.wrap_future(future))
        except Exception as error:
            self.write_health.failed(error)
            raise
        self.write_health.succeeded()

    def _journal_and_apply(
        self,
        partitions: list[_Partition],
        relatives: list[str],
        groups: dict[str, list[str]],
        documents: dict[str, dict[str, Any]],
    ) -> Future | None:
        """With the partitions' locks held: queue the record, then change the partitions
        in memory (the append cannot complete, nor fail, before the locks are released:
        ``undo`` needs them)."""
        texts = {key: _ENCODER.encode(document) for key, document in documents.items()}
        before: list[tuple[_Partition, dict[str, str | None]]] = []
        deleted: list[str] = []
        for partition, relative in zip(partitions, relatives, strict=True):
            stored = partition.docs or {}
            changed: dict[str, str | None] = {}
            for key in groups[relative]:
                if key in documents or key in stored:
                    changed[key] = stored.get(key)
                    if key not in documents:
                        deleted.append(key)
            if changed:
                before.append((partition, changed))
        if not before:
            return None

        def undo() -> None:
            # The append failed: the partitions go back to what the file and the journal
            # hold. Runs in the journal's writer thread before anyone waiting sees the error.
            for partition, changed in before:
                with partition.lock:
                    if partition.loaded:
                        for key, old in changed.items():
                            partition.put(key, old)

        seq, future = self._journal.append(
            lambda number: journal.encode_record(number, texts, deleted), undo
        )
        for partition, changed in before:
            for key in changed:
                partition.put(key, texts.get(key))
            if partition.unwritten is None:
                partition.unwritten = seq
            partition.pending = future
        self._schedule_checkpoint()
        return future

    # -- checkpoints: the partition files catch up with the journal ------------------------

    def _schedule_checkpoint(self) -> None:
        with self._timer_lock:
            if self._checkpoint_timer is not None or self._closed:
                return
            # After failures (a full disk) the next try waits longer, up to a minute.
            delay = min(60.0, self.checkpoint_seconds * 2**self._checkpoint_failures)
            timer = threading.Timer(delay, self._timed_checkpoint)
            timer.daemon = True
            timer.name = "tinydb-checkpoint"
            self._checkpoint_timer = timer
        timer.start()

    def _timed_checkpoint(self) -> None:
        with self._timer_lock:
            self._checkpoint_timer = None
        try:
            self.checkpoint()
        except Exception:
            log.exception("checkpoint of %s failed; the journal keeps every change", self.data_dir)

    def checkpoint(self) -> bool:
        """Write every partition changed since its file was written; drop the journal
        segments nothing needs any more. Returns whether every change is in its file.

        Runs on a timer thread a little after changes (``checkpoint_seconds``), and at
        ``close``. A partition with an append in flight waits for the next one.
        """
        with self._checkpoint_lock:
            if self._closed:
                return False
            self._journal.rotate()
            with self._partitions_lock:
                dirty = [p for p in self._partitions.values() if p.unwritten is not None]
            for partition in dirty:
                with partition.lock:
                    if partition.busy() or partition.unwritten is None:
                        continue
                    payload = partition.encode()
                    partition.writing, partition.unwritten = partition.unwritten, None
                try:
                    if not partition.path.parent.is_dir():  # a new tenant's folder
                        self._make_folder(partition)
                    partition.file.write_file(payload)
                except Exception as error:
                    self.write_health.failed(error)
                    log.error("could not write %s (%s); retried", partition.path, error)
                    with partition.lock:
                        floor = partition.writing
                        partition.unwritten = min(floor, partition.unwritten or floor)
                        partition.writing = None
                    continue
                with partition.lock:
                    partition.writing = None
            with self._partitions_lock:
                floors = [
                    seq
                    for p in self._partitions.values()
                    for seq in (p.unwritten, p.writing)
                    if seq is not None
                ]
            self._journal.drop_before(min(floors, default=self._journal.next_seq))
            failed = any(p.unwritten is not None and not p.busy() for p in dirty)
            self._checkpoint_failures = min(self._checkpoint_failures + 1, 6) if failed else 0
            if floors and self.data_dir.is_dir():  # a folder removed under us: nothing to do
                self._schedule_checkpoint()
        self._used(dirty, release=False)  # what was held only while its file lagged may go now
        return not floors

    def _recover(self, folder: Path) -> int:
        """Replay what the journal holds beyond the files (a crash, a kill -9), write it to
        the files, and delete the journal. Returns the next sequence number."""
        last = 0
        paths = journal.segments(folder)
        for path in paths:
            try:
                records = list(journal.read_records(path))
            except journal.JournalDamaged as error:
                raise StorageCorruptedError(path, f"journal damaged at {error}") from error
            for record in records:
                last = max(last, record["s"])
                changes = [*record.get("w", {}).items(), *((k, None) for k in record.get("d", []))]
                for key, document in changes:
                    partition = self._partition(partition_of(key))
                    self._load(partition)
                    partition.put(key, None if document is None else _ENCODER.encode(document))
                    partition.unwritten = partition.unwritten or record["s"]
        if paths:
            for partition in list(self._partitions.values()):
                if partition.unwritten is not None:
                    self._make_folder(partition)
                    partition.file.write_file(partition.encode())
                    partition.unwritten = None
            self._partitions.clear()
            for path in paths:
                path.unlink(missing_ok=True)
            journal.fsync_dir(folder)
            log.info("replayed %d journal segment(s) of %s", len(paths), self.data_dir)
        return last + 1

    def _make_folder(self, partition: _Partition) -> None:
        """The partition's folder, made durably. A tenant folder made here holds the
        current layout from its first file, so it is marked as such (``_HISTORY_MOVED``):
        a later process has nothing to look for in it before its first use."""
        folder = _tenant_folder(partition.relative)
        if folder is not None and not (self.data_dir / folder).exists():
            _make_dirs_durably(self.data_dir / folder)
            (self.data_dir / folder / _HISTORY_MOVED).touch()
        _make_dirs_durably(partition.path.parent)

    # -- health ----------------------------------------------------------------------------

    def probe_write(self) -> bool:
        """Write (durably) and remove a small file in the data folder: can we write now?

        For /healthz while writes are failing, so recovery shows before a partner's turn
        writes again. Blocking (an fsync): call it off the event loop.
        """
        probe = self.data_dir / ".write-probe.json"
        try:
            AtomicJSONStorage(probe).write_file(b"{}")
            probe.unlink(missing_ok=True)
        except OSError as error:
            self.write_health.failed(error)
            return False
        self.write_health.succeeded()
        return True

    def check(self) -> dict[str, Any]:
        """Open the bot-wide partition files (conversation state, indexes); raise
        ``StorageCorruptedError`` for the first bad one. Tenant files are checked when a
        tenant is first served (see the module docstring): start-up does not grow with
        the number of partners. Call it at start-up; files already proven to open are not
        reread, so a health endpoint calling it again costs two folder listings.
        """
        self._ensure_open()
        files = [
            path
            for folder in (STATE_FOLDER, INDEX_FOLDER)
            for path in sorted((self.data_dir / folder).glob("*.json"))
        ]
        for path in files:
            relative = path.relative_to(self.data_dir).as_posix()
            if relative in self._verified:
                continue
            with self._partitions_lock:
                partition = self._partitions.get(relative)
            if partition is None:
                AtomicJSONStorage(path).read()  # parsed to prove it opens, then let go
            else:
                with partition.lock:
                    if not partition.loaded:
                        partition.load()
            self._verified.add(relative)
        return {
            "backend": "tinydb",
            "checked": len(files),
            "damaged": sorted(self.damaged),
            "journal_bytes": max(0, self._journal.bytes),
            "data_dir": str(self.data_dir),
        }

    def health(self) -> dict[str, Any]:
        """What /healthz reports, without touching the disk: the files found damaged since
        start-up (named when first opened) and how far the journal is ahead of the files."""
        self._ensure_open()
        return {
            "backend": "tinydb",
            "damaged": sorted(self.damaged),
            "journal_bytes": max(0, self._journal.bytes),
        }

    def close(self) -> None:
        """Write every change to its file, then release the partitions and the journal."""
        if self._closed:
            return
        with self._timer_lock:
            timer, self._checkpoint_timer = self._checkpoint_timer, None
        if timer is not None:
            timer.cancel()
        with self._partitions_lock:
            partitions = list(self._partitions.values())
        for partition in partitions:
            pending = partition.pending
            if pending is not None:
                with suppress(Exception):  # its writer was told; only let it finish
                    pending.result()
        with suppress(Exception):  # what is not written stays in the journal for next time
            self.checkpoint()
        with self._checkpoint_lock, self._partitions_lock:
            self._closed = True
            partitions = list(self._partitions.values())
            self._partitions.clear()
        self._journal.close()
        for partition in partitions:
            with partition.lock:
                partition.drop()

    def _ensure_open(self) -> None:
        if self._closed:
            raise RuntimeError("TinyDBStorage is closed")

    async def _opened(self, partitions: list[_Partition]) -> dict[str, tuple[int, dict[str, str]]]:
        """The documents of partitions not in memory, read from their files before taking
        their locks: the files are read on a reader thread, all in one go (a cold page
        cache or a slow disk holds no turn but the reader's; one hand-off for the 16 files
        a batch of a partner's claims spans), then sliced on the loop a step at a time.
        By partition, with its ``drops`` as it was before the read (see ``_load_opened``).
        A partition left out is opened the usual way, under its lock, which names what is
        wrong (another form, damage, an unreadable file)."""
        if not partitions:
            return {}
        ready = [p for p in partitions if await self._ready(p.relative)]
        drops = [p.drops for p in ready]
        # What the page cache holds is taken at once; the rest is read on a thread (a
        # hand-off costs a turn's worth of waiting for the GIL when the loop is busy: the
        # reminder scan took three times as long with every file read there).
        contents = [_cached_file_bytes(p.where) for p in ready]
        uncached = [n for n, raw in enumerate(contents) if raw is _NOT_CACHED]
        if uncached:
            loop = asyncio.get_running_loop()
            read = await loop.run_in_executor(
                _FILE_READERS, _files_bytes, [ready[n].where for n in uncached]
            )
            for number, raw in zip(uncached, read, strict=True):
                contents[number] = raw
        opened: dict[str, tuple[int, dict[str, str]]] = {}
        unyielded = 0  # characters sliced since the loop was last given back
        for partition, dropped, raw in zip(ready, drops, contents, strict=True):
            if raw is _UNREADABLE:
                continue
            if raw is None:
                docs: dict[str, str] | None = {}
            elif len(raw) > _STEP_CHARACTERS:
                docs = await _document_texts_in_steps(raw)  # gives the loop back itself
            else:
                if unyielded + len(raw) > _STEP_CHARACTERS:
                    # Many small files add up: the reminder scan's first read opens the
                    # 256 files of the tenant registry (1.3 MB at 14,000 tenants).
                    await asyncio.sleep(0)
                    unyielded = 0
                unyielded += len(raw)
                docs = _document_texts(raw)
            if docs is not None:
                opened[partition.relative] = (dropped, docs)
        return opened

    def _load_opened(self, partition: _Partition, drops: int, docs: dict[str, str]) -> None:
        """Take what ``_opened`` read (with the partition's lock held), unless the partition
        is in memory already or was let go meanwhile: then the file read may predate a
        write, and what is in memory, or the file as it is now, is what counts."""
        if not partition.loaded and partition.drops == drops:
            self._load(partition, docs)

    async def prepare_tenants(self, prefixes: Iterable[str]) -> None:
        """Prepare the folders of the tenants whose keys start with these ``prefixes``
        (``tenants/<tenant>``, as the repositories write them; ``_prepare_tenant_folder``)
        on a reader thread, in one hand-off, before they are read: the first read of each
        partner after a start lists their folder, and on the loop a listing the system no
        longer caches held every turn while it waited for the disk (66 and 108 ms in the
        bench, during the reminder scan, which is the first to read nearly every partner);
        their files are looked up there too (``_look_up_files``).
        A folder that cannot be prepared is left for its first read, which names what is
        wrong."""
        self._ensure_open()
        folders = [
            folder
            for folder in dict.fromkeys(
                _tenant_folder(partition_of(f"{prefix}/-")) for prefix in prefixes
            )
            if folder is not None and folder not in self._tenant_folders
        ]
        if folders:
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(_FILE_READERS, self._prepare_folders, folders)

    def _prepare_folders(self, folders: list[str]) -> None:
        for folder in folders:
            try:
                self._prepare_tenant_folder(folder)
            except (StorageCorruptedError, OSError) as error:
                log.debug("tenant folder %s left for its first read: %s", folder, error)
            else:
                self._look_up_files(folder)

    def _look_up_files(self, folder: str) -> None:
        """Look up each file a tenant's reads may open (its 16 files, and 16 of each
        history kind), here on a reader thread: a partition file is opened on the loop to
        read what the page cache holds, and the open first looks up its name and inode,
        which waits for the disk when the system no longer caches them (a 247 ms stall
        in the bench, during the reminder scan). A lookup made here is cached for that
        open, a missing file's too."""
        target = os.fspath(self.data_dir / folder)
        for name in _TENANT_FILE_NAMES:
            try:
                os.stat(f"{target}/{name}")
            except OSError:
                pass  # missing (the open finds it so), or said by the read

    async def _ready(self, relative: str) -> bool:
        """Prepare the tenant folder of ``relative`` for use (``_prepare_tenant_folder``),
        once: on a reader thread when it has an older layout to move (that reads and
        writes files), at once when there is nothing to move (a few lookups of metadata
        the system caches: a thread hand-off for each of 14,000 partners made the reminder
        scan much longer). False when its older file is damaged: the usual way names it."""
        folder = _tenant_folder(relative)
        if folder is None or folder in self._tenant_folders:
            return True
        target = self.data_dir / folder
        if not (self.data_dir / f"{folder}.json").exists() and (
            (target / _HISTORY_MOVED).exists() or not target.exists()
        ):
            self._prepare_tenant_folder(folder)
            return True
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(_FILE_READERS, self._prepare_tenant_folder, folder)
        except StorageCorruptedError:
            return False
        return True

    def _load(self, partition: _Partition, opened: dict[str, str] | None = None) -> None:
        """Bring the partition's file into memory (with its lock held); a damaged file is
        named once in the log and in ``damaged``, and refused to whoever needs it.
        ``opened``: its documents, as a read sliced them from the file already."""
        if partition.loaded:
            return
        folder = None
        try:
            folder = _tenant_folder(partition.relative)
            if folder is not None and folder not in self._tenant_folders:
                self._prepare_tenant_folder(folder)
            partition.load(opened)
        except StorageCorruptedError as error:
            self._name_damaged(error)
            raise
        if self.damaged:
            # Moved aside or restored: served again.
            self.damaged.pop(partition.relative, None)
            if folder is not None:
                self.damaged.pop(f"{folder}.json", None)

    def _name_damaged(self, error: StorageCorruptedError) -> None:
        """Name a damaged file once, in the log and in ``damaged`` (/healthz)."""
        relative = error.path.relative_to(self.data_dir).as_posix()
        if relative not in self.damaged:
            self.damaged[relative] = str(error)
            log.error("%s", error)

    def _prepare_tenant_folder(self, folder: str) -> None:
        """Before a tenant's first file is opened: a tenant kept in one file (the layout
        before the 16 files a tenant) is moved to its folder, once.

        Each of the tenant's documents is written to its new file (atomically), then the
        old file is removed. A crash in between leaves the old file, and the move is done
        again from it at the next use: nothing was written to the new files meanwhile,
        since every use of the tenant comes here first. A damaged old file is named and
        refused like any damaged file, and left where it is.
        """
        with self._tenant_folders_lock:
            if folder in self._tenant_folders:
                return
            old = self.data_dir / f"{folder}.json"
            target = self.data_dir / folder
            if old.exists():
                data = AtomicJSONStorage(old).read() or {}
                table = TinyDB.default_table_name
                moving: dict[str, dict[str, Any]] = {}
                for key, document in data.get(table, {}).items():
                    moving.setdefault(partition_of(key), {})[key] = document
                for relative, documents in sorted(moving.items()):
                    _make_dirs_durably((self.data_dir / relative).parent)
                    AtomicJSONStorage(self.data_dir / relative).write({table: documents})
                (target / _HISTORY_MOVED).touch()
                old.unlink()
                _fsync_dir(old.parent)
                log.info("moved tenant file %s to %d files in %s/", old.name, len(moving), folder)
            elif target.is_dir():
                _remove_temp_files(target)
                for kind in HISTORY_KINDS:
                    if (target / kind).is_dir():
                        _remove_temp_files(target / kind)
                self._move_history_out(target)
            self._tenant_folders.add(folder)

    def _move_history_out(self, target: Path) -> None:
        """A tenant folder of the layout before the history files (its claims among its 16
        files): its history documents are moved to their own files, once.

        They are written to their kind's files first (a file already there is kept as it
        is: an interrupted move wrote it, or, after the move, a write), then removed from
        the 16 files (each rewritten atomically), then ``.history-moved`` says it is done.
        A crash in between is finished at the next use: every use of the tenant comes here
        first. A damaged file is left as it is, refused when its documents are read like
        any damaged file, and the move is tried again at the next start (once the file is
        restored, what it holds is moved too).
        """
        marker = target / _HISTORY_MOVED
        if marker.exists():
            return
        table = TinyDB.default_table_name
        moving: dict[str, dict[str, Any]] = {}
        staying: dict[Path, dict[str, Any]] = {}
        damaged = False
        for path in sorted(target.glob("?.json")):
            try:
                documents = (AtomicJSONStorage(path).read() or {}).get(table, {})
            except StorageCorruptedError as error:
                self._name_damaged(error)  # its history documents read as missing meanwhile
                damaged = True
                continue
            kept = {}
            for key, document in documents.items():
                relative = partition_of(key)
                if _tenant_folder(relative) is not None and relative.count("/") == 3:
                    moving.setdefault(relative, {})[key] = document
                else:
                    kept[key] = document
            if len(kept) < len(documents):
                staying[path] = kept
        for relative, documents in sorted(moving.items()):
            _make_dirs_durably((self.data_dir / relative).parent)
            file = AtomicJSONStorage(self.data_dir / relative)
            there = (file.read() or {}).get(table, {})
            file.write({table: {**documents, **there}})
        for path, kept in staying.items():
            AtomicJSONStorage(path).write({table: kept})
        if not damaged:
            marker.touch()
            _fsync_dir(target)
        if moving:
            moved = sum(map(len, moving.values()))
            log.info("moved %d history documents of %s to their own files", moved, target.name)

    def _used(self, partitions: list[_Partition], *, release: bool = True) -> None:
        """Count what the partitions hold in memory; let go of the least recently used.

        Call it with no partition lock held, once for each ``_partition`` call. A partition
        is let go only if its lock is free, its file holds all of it and it has nothing in
        flight, so what is dropped always matches its file; one nobody is using is
        forgotten altogether, so memory does not grow with the partitions ever touched.
        """
        # Those let go of in this call stay: a set, as the walk below may pass thousands
        # of partitions (a list's `in` made each call's walk quadratic: 1.2 s for the
        # 15,685 partitions of one seeding batch, the lock held throughout).
        releasing = set(partitions) if release else set()
        with self._partitions_lock:
            for partition in partitions:
                if release:
                    partition.users -= 1
                relative = partition.relative
                held = partition.size if partition.loaded else 0
                self._cached_bytes += held - partition.counted
                partition.counted = held
                if partition.loaded:
                    self._recent[relative] = partition
                    self._recent.move_to_end(relative)
                    if not relative.startswith(TENANT_PREFIX) and relative not in self.damaged:
                        self._verified.add(relative)  # check() skips it (tenants: not listed)
                elif partition.users == 0 and partition.evictable():
                    self._forget(partition)
            # Partitions that cannot go yet are moved to the recent end, at most
            # SKIPPED_AT_MOST a call: when hundreds wait for the checkpoint (the reminder
            # scan writes to each partner it visits), every call walked them all.
            skipped = 0
            while (
                len(self._recent) > skipped
                and skipped < SKIPPED_AT_MOST
                and (
                    self._cached_bytes > self.cache_bytes
                    or len(self._recent) > self.cache_partitions + skipped
                )
            ):
                relative, oldest = next(iter(self._recent.items()))
                if oldest in releasing or not oldest.lock.acquire(blocking=False):
                    self._recent.move_to_end(relative)
                    skipped += 1
                    continue
                try:
                    if not oldest.evictable():
                        self._recent.move_to_end(relative)
                        skipped += 1
                        continue
                    oldest.drop()
                finally:
                    oldest.lock.release()
                del self._recent[relative]
                self._cached_bytes -= oldest.counted
                oldest.counted = 0
                if oldest.users == 0:
                    self._forget(oldest)

    def _forget(self, partition: _Partition) -> None:
        """Drop a partition object holding nothing (with ``_partitions_lock`` held)."""
        if self._partitions.get(partition.relative) is partition:
            del self._partitions[partition.relative]
        self._recent.pop(partition.relative, None)

    def _partition(self, relative: str) -> _Partition:
        """The partition object of ``relative``; pair every call with ``_used``."""
        with self._partitions_lock:
            partition = self._partitions.get(relative)
            if partition is None:
                partition = _Partition(self.data_dir / relative, relative)
                self._partitions[relative] = partition
            partition.users += 1
            return partition


class _settled_and_locked:
    """Hold the partitions' locks once none of them has a file write in flight.

    The body must not await: it holds threading locks. Waiting is done outside them, and
    the check is repeated under them, so a thread that started a write meanwhile is seen.
    (A class, not a generator: it runs twice a turn, and the generator's machinery
    cost more than the locking.)
    """

    __slots__ = ("partitions",)

    def __init__(self, partitions: list[_Partition]) -> None:
        self.partitions = partitions

    async def __aenter__(self) -> None:
        partitions = self.partitions
        while True:
            for partition in partitions:
                pending = partition.pending
                if pending is not None and not pending.done():
                    # Shielded: a cancelled reader must not cancel another writer's write.
                    with suppress(Exception):  # that writer reports its own failure
                        await asyncio.shield(asyncio.wrap_future(pending))
            for partition in partitions:
                partition.lock.acquire()
            if not any(partition.busy() for partition in partitions):
                return
            self._release()

    async def __aexit__(self, *exc_info: object) -> None:
        self._release()

    def _release(self) -> None:
        for partition in reversed(self.partitions):
            partition.lock.release()


def _move_indexes_out_of_state(data_dir: Path) -> None:
    """Give a folder made with the older layout (indexes among the state files) the
    ``index/`` folder, once: the index documents are copied into a staging folder that
    is renamed into place (so ``index/`` appears whole or not at all), then removed from
    the state files, then a marker says it is done. A crash in between is finished at
    the next start; a new folder just gets an empty ``index/``."""
    state, index = data_dir / STATE_FOLDER, data_dir / INDEX_FOLDER
    marker = state / _INDEXES_MOVED
    if marker.exists() and index.is_dir():
        return
    state_files = sorted(state.glob("*.json"))
    if not index.is_dir():
        moving: dict[str, dict[str, Any]] = {}
        for path in state_files:
            table = (AtomicJSONStorage(path).read() or {}).get(TinyDB.default_table_name, {})
            for key, document in table.items():
                if key.startswith(INDEX_PREFIXES):
                    moving.setdefault(partition_of(key), {})[key] = document
        staging = data_dir / f".{INDEX_FOLDER}.moving"
        if staging.exists():
            shutil.rmtree(staging)
        _make_dirs_durably(staging)
        for relative, documents in sorted(moving.items()):
            target = AtomicJSONStorage(staging / Path(relative).name)
            target.write({TinyDB.default_table_name: documents})
        _fsync_dir(staging)
        os.replace(staging, index)
        _fsync_dir(data_dir)
    for path in state_files:
        storage = AtomicJSONStorage(path)
        data = storage.read() or {}
        table = data.get(TinyDB.default_table_name, {})
        kept = {key: doc for key, doc in table.items() if not key.startswith(INDEX_PREFIXES)}
        if len(kept) != len(table):
            storage.write({**data, TinyDB.default_table_name: kept})
    marker.touch()
    _fsync_dir(state)


def _remove_temp_files(folder: Path) -> None:
    """Delete temp files a crash left behind; they were never renamed, so never committed."""
    for entry in folder.iterdir():
        if entry.name.startswith(".") and entry.name.endswith(_TEMP_SUFFIX) and entry.is_file():
            with suppress(FileNotFoundError):
                entry.unlink()


def _group_by_partition(keys: Iterable[str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for key in dict.fromkeys(keys):
        groups.setdefault(partition_of(key), []).append(key)
    return groups


def _check_e_tag(docs: dict[str, str] | None, key: str, expected: str | None) -> None:
    if expected is None or expected == _WILDCARD_E_TAG:
        return
    text = (docs or {}).get(key)
    # As MemoryStorage: a key that is not stored (any more) accepts any e_tag.
    if text is not None:
        stored = _stored_e_tag(text)
        if stored != expected:
            raise ConflictError(key, expected, stored)


_E_TAG_PREFIX_TEXT = '{"e_tag":"'


def _stored_e_tag(text: str) -> str:
    """The e_tag of a stored document's JSON text, without parsing the whole of it.

    Documents are written e_tag first (``_document``), and an e_tag is hex digits; any
    other text (written by hand, say) is parsed.
    """
    if text.startswith(_E_TAG_PREFIX_TEXT):
        end = text.find('"', len(_E_TAG_PREFIX_TEXT))
        e_tag = text[len(_E_TAG_PREFIX_TEXT) : end]
        if end > 0 and "\\" not in e_tag:
            return e_tag
    return json.loads(text)["e_tag"]


def _e_tag_of(value: Any) -> str | None:
    if isinstance(value, dict):
        return value.get("e_tag")
    return getattr(value, "e_tag", None)


def _carries_e_tag(value: Any) -> bool:
    """Dicts and store items carry their e_tag; other values (lists, numbers) cannot."""
    return isinstance(value, dict | StoreItem) or (
        hasattr(value, "e_tag") and not isinstance(value, type)
    )


def _with_e_tag(value: Any, e_tag: str) -> Any:
    """A shallow copy of ``value`` carrying ``e_tag``, or ``value`` if it cannot carry one."""
    if isinstance(value, dict):
        return {**value, "e_tag": e_tag}
    if _carries_e_tag(value):
        clone = copy.copy(value)
        with suppress(AttributeError, TypeError):
            clone.e_tag = e_tag
            return clone
    return value


def _set_e_tag(value: Any, e_tag: str) -> None:
    if isinstance(value, dict):
        value["e_tag"] = e_tag
    elif _carries_e_tag(value):
        with suppress(AttributeError, TypeError):
            value.e_tag = e_tag


# A new e_tag for every write: unique within this process by the counter, and across
# processes and restarts by the random prefix (uuid4 per write cost a system call each).
_E_TAG_PREFIX = uuid.uuid4().hex[:16]
_e_tag_numbers = itertools.count(1)


def _new_e_tag() -> str:
    return f"{_E_TAG_PREFIX}{next(_e_tag_numbers):016x}"


def _document(value: Any, e_tag: str) -> dict[str, Any]:
    """The stored form of ``value``: plain JSON as it is, anything else through jsonpickle.

    Either way the value is copied, so later changes by the caller do not leak in.
    """
    if type(value) is dict:
        try:
            plain = json_copy(value)
        except (NotPlainJSON, RecursionError):
            pass
        else:
            plain["e_tag"] = e_tag
            return {"e_tag": e_tag, "value": plain, "format": _FORMAT_JSON}
    carrying = _with_e_tag(value, e_tag)
    flattened = state_codec.flatten(carrying)  # jsonpickle's output, fast, for dialog state
    if flattened is state_codec.UNSUPPORTED:
        flattened = Pickler().flatten(carrying)
    return {"e_tag": e_tag, "value": flattened, "format": _FORMAT_JSONPICKLE}


def _restore_fresh(document: dict[str, Any]) -> Any:
    """The value of a document just parsed from its text: nobody else holds its objects."""
    if document.get("format") == _FORMAT_JSON:
        value = document["value"]
    else:
        value = state_codec.restore(document["value"])
        if value is state_codec.UNSUPPORTED:
            value = Unpickler().restore(document["value"])
    _set_e_tag(value, document["e_tag"])
    return value


def _restore(document: Mapping[str, Any]) -> Any:
    if document.get("format") == _FORMAT_JSON:
        value = json_copy(document["value"])
    else:
        value = state_codec.restore(document["value"])  # builds fresh objects
        if value is state_codec.UNSUPPORTED:
            # Restore from a copy: jsonpickle may consume parts of its input (defaultdict),
            # and the stored document must never share objects with what callers get back.
            value = Unpickler().restore(copy.deepcopy(document["value"]))
    _set_e_tag(value, document["e_tag"])
    return value
