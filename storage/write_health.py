"""Whether a store's writes are failing now: the last failure, until a write succeeds.

A full disk, a read-only volume, a storage account refusing writes: every turn fails and
is answered with an apology, yet reads (and a health check that only reads) look fine.
The store records each failed write here and forgets it at the next one that lands, so
/healthz can say "writes failing" (with the error's type and errno name, never a path or
the OS's message) the moment it starts, and "ok" again once it ends.
"""

from __future__ import annotations

import errno
import threading
from datetime import UTC, datetime
from typing import Any

from opentelemetry import metrics

# Each durable write's time, from the call to the data on disk (or in the blob): what an
# answer waits for before it may be sent (bot/telemetry.py lists every instrument).
WRITE_SECONDS = metrics.get_meter("incentives.storage").create_histogram(
    "incentives.storage.write.duration", unit="s", description="Durable writes"
)


class WriteHealth:
    """The first failure of the current run of failed writes, or None."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # writes finish on writer threads and on the loop
        self._failure: dict[str, Any] | None = None

    def failed(self, error: BaseException) -> None:
        code = getattr(error, "errno", None)
        with self._lock:
            since = self._failure["since"] if self._failure else datetime.now(UTC).isoformat()
            self._failure = {
                "error": type(error).__name__,
                "errno": errno.errorcode.get(code) if isinstance(code, int) else None,
                "since": since,
            }

    def succeeded(self) -> None:
        with self._lock:
            self._failure = None

    def report(self) -> dict[str, Any] | None:
        """None while writes work; else the error's type, errno name and since when."""
        with self._lock:
            return dict(self._failure) if self._failure else None
