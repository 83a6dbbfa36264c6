"""The write-ahead journal of the TinyDB store: each change's one durable write.

Why a journal
-------------
Before it, every write rewrote its whole partition file (temp file, fdatasync, rename):
a partner with 5,000 claims paid for an 8 MB file on every answer, one with 10 claims
for 19 KB. Now a change is appended to the journal as one record holding just the
documents it changed, and is durable once that append is (fdatasync). The partition
files are brought up to date later, off the turn, by the store's checkpoint, which
rewrites each changed partition once for all the changes of the last second or so; then
the journal's older segments are deleted. A turn therefore costs the same whatever the
partner's history, and the changes of several partners arriving together share one
fdatasync (group commit: records queued while one flush runs go out in the next).

Format
------
``journal/<first sequence number, 20 digits>.log`` segments of lines, one record a line:
``<crc32 of the JSON, 8 hex digits> <JSON>\\n`` where the JSON (compact: it never holds a
raw newline) is ``{"s": seq, "w": {key: document}, "d": [key, ...]}``. A segment's lines
are written by one thread in order; sequence numbers grow by one record at a time.

A crash can leave the last lines of a segment torn (part written, or zeroes where the
file grew). Reading stops at the first line that does not check out; if a good record
follows it in the same segment, that is not a torn tail but damage, and
``JournalDamaged`` says where (the store refuses to start rather than skip a change).
A failed append is cut off again (``ftruncate`` to where the batch began); if even that
fails, the segment is closed and the next batch starts a new one, so a torn batch is
always the tail of its segment.
"""

from __future__ import annotations

import json
import os
import threading
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SUFFIX = ".log"

# fdatasync where the system has it (Linux); fsync elsewhere.
_datasync = getattr(os, "fdatasync", os.fsync)


class JournalDamaged(Exception):
    """A journal segment holds a damaged record followed by good ones."""

    def __init__(self, path: Path, line: int, reason: str) -> None:
        self.path = path
        super().__init__(f"line {line}: {reason}")


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new entry in ``folder`` survive a power cut."""
    if os.name == "nt":  # os.open cannot open a folder on Windows; nothing to sync there.
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def encode_record(seq: int, written: dict[str, str], deleted: list[str]) -> bytes:
    """One journal line. ``written`` maps each key to its document's JSON text."""
    parts = ",".join(f"{json.dumps(key)}:{text}" for key, text in written.items())
    body = f'{{"s":{seq},"w":{{{parts}}},"d":{json.dumps(deleted)}}}'.encode("ascii")
    return b"%08x %s\n" % (zlib.crc32(body), body)


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """The good records of one segment, in order; a torn tail is left out."""
    lines = path.read_bytes().split(b"\n")
    # The part after the last newline never completed a record.
    complete = lines[:-1]
    bad_at: tuple[int, str] | None = None
    for number, line in enumerate(complete, start=1):
        record, reason = _parse(line)
        if record is None:
            if bad_at is None:
                bad_at = (number, reason)
            continue
        if bad_at is not None:
            raise JournalDamaged(path, bad_at[0], f"{bad_at[1]}, and good records follow it")
        yield record


def _parse(line: bytes) -> tuple[dict[str, Any] | None, str]:
    crc, _, body = line.partition(b" ")
    if len(crc) != 8:
        return None, "no checksum"
    try:
        if int(crc, 16) != zlib.crc32(body):
            return None, "checksum mismatch"
        record = json.loads(body)
    except ValueError:
        return None, "not a record"
    if not isinstance(record, dict) or not isinstance(record.get("s"), int):
        return None, "not a record"
    return record, ""


def segments(folder: Path) -> list[Path]:
    """The segment files of ``folder``, oldest first."""
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.iterdir() if path.name.endswith(SUFFIX))


@dataclass
class _Segment:
    path: Path
    fd: int | None
    size: int = 0
    last_seq: int = 0


@dataclass
class _Queued:
    seq: int
    line: bytes
    future: Future
    on_failure: Callable[[], None] | None = field(default=None)


class Journal:
    """Appends records durably, in batches, from a writer thread; rotates and drops segments.

    ``append`` is called with the store's partition locks held and never blocks on I/O:
    it queues the record and returns its sequence number and a future that completes
    once the record is on disk (or fails; ``on_failure`` runs first, in the writer
    thread, so whoever waits on the future sees the store as it was before the change).
    """

    def __init__(self, folder: Path, next_seq: int, writers: ThreadPoolExecutor) -> None:
        self.folder = folder
        self._writers = writers
        self._lock = threading.Lock()
        self._next_seq = next_seq
        self._queue: list[_Queued] = []
        self._flushing = False
        # Held while a batch is written: rotation waits for it, never closes a file in use.
        self._io_lock = threading.Lock()
        self._current: _Segment | None = None
        self._closed_segments: list[_Segment] = []
        self.bytes = 0  # of the segments kept, for /healthz and the checkpoint's pace

    @property
    def next_seq(self) -> int:
        return self._next_seq

    def append(
        self, encode: Callable[[int], bytes], on_failure: Callable[[], None] | None = None
    ) -> tuple[int, Future]:
        """Queue the record ``encode(seq)``; returns ``(seq, future)``."""
        future: Future = Future()
        with self._lock:
            seq = self._next_seq
            self._next_seq += 1
            self._queue.append(_Queued(seq, encode(seq), future, on_failure))
            start = not self._flushing
            self._flushing = True
        if start:
            self._writers.submit(self._flush)
        return seq, future

    def rotate(self) -> None:
        """Start a new segment for the records written from now on (if the current one has any)."""
        with self._io_lock, self._lock:
            self._close_current()

    def drop_before(self, seq: int) -> None:
        """Delete the closed segments whose records all have sequence numbers below ``seq``."""
        with self._lock:
            dropping = [s for s in self._closed_segments if s.last_seq < seq]
            self._closed_segments = [s for s in self._closed_segments if s.last_seq >= seq]
        for segment in dropping:
            with suppress(FileNotFoundError):
                os.unlink(segment.path)
            self.bytes -= segment.size

    def close(self) -> None:
        with self._lock:
            self._close_current()

    # -- the writer thread -----------------------------------------------------------------

    def _flush(self) -> None:
        while True:
            with self._lock:
                batch, self._queue = self._queue, []
                if not batch:
                    self._flushing = False
                    return
            segment: _Segment | None = None
            with self._io_lock:
                try:
                    segment = self._current or self._open(batch[0].seq)
                    self._write(segment, b"".join(queued.line for queued in batch))
                    segment.last_seq = batch[-1].seq
                    failure = None
                except BaseException as error:  # each waiter gets it
                    self._cut_off(segment)
                    failure = error
            if failure is not None:
                for queued in batch:
                    if queued.on_failure is not None:
                        queued.on_failure()
                    queued.future.set_exception(failure)
                continue
            for queued in batch:
                queued.future.set_result(queued.seq)

    def _open(self, first_seq: int) -> _Segment:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{first_seq:020d}{SUFFIX}"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            fsync_dir(self.folder)  # the new file's name is durable before its records
        except BaseException:
            os.close(fd)
            raise
        self._current = _Segment(path, fd, size=os.fstat(fd).st_size)
        return self._current

    def _write(self, segment: _Segment, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(segment.fd, view) :]
        _datasync(segment.fd)
        segment.size += len(data)
        self.bytes += len(data)

    def _cut_off(self, segment: _Segment | None) -> None:
        """After a failed batch: the segment ends where the batch began, or is closed.

        ``segment.size`` counts only what was written successfully, so it is where the
        failed batch began."""
        if segment is None or segment.fd is None:
            return
        try:
            os.ftruncate(segment.fd, segment.size)
            _datasync(segment.fd)
        except OSError:
            with self._lock:
                self._close_current()

    def _close_current(self) -> None:
        segment, self._current = self._current, None
        if segment is None:
            return
        if segment.fd is not None:
            os.close(segment.fd)
            segment.fd = None
        if segment.size == 0 and segment.last_seq == 0:
            with suppress(FileNotFoundError):
                os.unlink(segment.path)
            return
        self._closed_segments.append(segment)
