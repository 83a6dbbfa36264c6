"""Evidence files: fetched from the channel with limits, kept by content hash.

A file never lands at a path the partner chose: it is streamed to a temporary
file, hashed, and moved to `<data_dir>/evidence/<aa>/<sha256>` — outside any
served folder. The size cap is enforced while streaming (a lying Content-Length
does not help), and the whole download has a time limit. Before a file is kept its
first bytes must match its extension (`domain.evidence.check_file_content`): a program
dressed as a PDF is deleted, never moved into the store.
"""

from __future__ import annotations

import hashlib
import ipaddress
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp

from domain.errors import UserInputError
from domain.evidence import SNIFF_BYTES, check_file_content

CHUNK_BYTES = 64 * 1024


class DownloadError(Exception):
    """The file could not be fetched; `code` keys the sentence shown to the partner."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    stored_as: str  # relative to the data folder


class EvidenceStore:
    """Downloads evidence into the data folder, content-addressed."""

    def __init__(
        self,
        data_dir: Path,
        *,
        max_bytes: int,
        timeout_seconds: float = 30.0,
        allowed_hosts: tuple[str, ...] = (),
        allow_http_loopback: bool = False,
    ) -> None:
        self.root = Path(data_dir) / "evidence"
        self.max_bytes = max_bytes
        self.timeout_seconds = timeout_seconds
        # Empty: any https host (the channel decides). Otherwise only these hosts.
        self.allowed_hosts = tuple(h.lower() for h in allowed_hosts)
        self.allow_http_loopback = allow_http_loopback

    def _check_url(self, url: str) -> None:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        loopback = host in ("localhost", "127.0.0.1", "::1")
        if parts.scheme == "http" and loopback and self.allow_http_loopback:
            return
        if parts.scheme != "https" or not host:
            raise DownloadError("download_refused")
        if self.allowed_hosts and not any(
            host == allowed or host.endswith("." + allowed) for allowed in self.allowed_hosts
        ):
            raise DownloadError("download_refused")
        if not self.allowed_hosts and _is_internal_address(host):
            # With no host list, "any https host" still never means our own network.
            raise DownloadError("download_refused")

    async def fetch(
        self, url: str, headers: dict[str, str] | None = None, *, file_name: str | None = None
    ) -> StoredFile:
        """Download `url` within the size and time limits; raise DownloadError otherwise.

        With `file_name`, the content must match its extension (else `file_executable` or
        `file_content_mismatch`, and nothing is kept).
        """
        self._check_url(url)
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        head = b""
        handle = tempfile.NamedTemporaryFile(dir=self.root, prefix=".part-", delete=False)
        temporary = Path(handle.name)
        try:
            timeout = aiohttp.ClientTimeout(total=self.timeout_seconds)
            async with (
                aiohttp.ClientSession(timeout=timeout) as session,
                session.get(url, headers=headers, allow_redirects=False) as response,
            ):
                if response.status != 200:
                    raise DownloadError("download_failed", status=response.status)
                declared = response.content_length
                if declared is not None and declared > self.max_bytes:
                    raise DownloadError("file_too_large", size=declared)
                async for chunk in response.content.iter_chunked(CHUNK_BYTES):
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise DownloadError("file_too_large", size=size)
                    if len(head) < SNIFF_BYTES:
                        head += chunk[: SNIFF_BYTES - len(head)]
                    digest.update(chunk)
                    handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
            if size == 0:
                raise DownloadError("file_empty")
            if file_name is not None:
                try:
                    check_file_content(file_name, head)
                except UserInputError as error:
                    raise DownloadError(error.code, **error.params) from None
            sha256 = digest.hexdigest()
            relative = Path("evidence") / sha256[:2] / sha256
            target = self.root.parent / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temporary, target)
            return StoredFile(sha256=sha256, size=size, stored_as=relative.as_posix())
        except TimeoutError:
            raise DownloadError("download_timeout") from None
        except aiohttp.ClientError:
            raise DownloadError("download_failed", status=0) from None
        finally:
            if not handle.closed:
                handle.close()
            temporary.unlink(missing_ok=True)

    def path_of(self, stored_as: str) -> Path:
        """The file for a recorded `stored_as` (only ever a hash path this store made)."""
        return self.root.parent / stored_as


def _is_internal_address(host: str) -> bool:
    """A literal IP address of this machine or a private network (a name is not checked)."""
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return host == "localhost" or host.endswith(".localhost")
    return not address.is_global
