"""Where evidence bytes are kept once fetched: the data folder, or the blob container.

`EvidenceStore` (storage/evidence_store.py) fetches a file to a local part, checks it and
hashes it, then hands the part to its keeper under the name `evidence/<aa>/<sha256>`. The
dialogs only ever see `EvidenceStore`; which keeper it has is decided in `app.py`:

- `FolderKeeper` (STORAGE=tinydb or memory): the part is made durable and moved to
  `<data_dir>/<name>`, as it always was (now on a worker thread). One process owns the
  data folder.
- `BlobKeeper` (STORAGE=azure-blob): the part is uploaded to the blob `<name>` in the bot's
  container (the one `storage/blob_storage.py` keeps its partitions in), so every instance
  behind the load balancer reads the same files. Nothing stays on the instance's disk.

Content addressing makes the blob upload simple: a name is the hash of its bytes, so a
blob that exists already holds these very bytes. Every upload is create-only (`If-None-
Match: *`) and "it exists" is success, never a second upload or a rewrite. A file up to
`block_bytes` goes in one PUT; a larger one in blocks read from the part off the event
loop (never more than one block in memory) and committed by one create-only commit, which
is atomic: a reader sees the whole file or no blob. The SDK client is the async one
(`azure.storage.blob.aio`), as in `storage/blob_storage.py`; only the local file work
(reading a part, fsync, rename) goes to a worker thread.

`keep` says whether this call created the file. `EvidenceStore.discard` removes only
those, so a file another claim already named is never removed because this one could not
record it. Between two instances there is one narrow race left: if instance A creates a
file, instance B fetches the same bytes (not created: it exists) and records it, and A
then fails to record and discards, B's item names a removed file. Both would have to
fetch identical bytes within the same second, and A's save fail; the item is then shown
like any evidence whose file is missing (`FileNotFoundError` on read).

A crash between an upload and the claim's save, or a turn cancelled while a file is being
moved or uploaded, leaves a file no item names: harmless (content addressed, never
listed), and the same in the folder and the container.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from pathlib import Path
from typing import Protocol

from azure.core import MatchConditions
from azure.core.exceptions import (
    HttpResponseError,
    ResourceExistsError,
    ResourceModifiedError,
    ResourceNotFoundError,
)
from azure.storage.blob import ContentSettings
from azure.storage.blob.aio import BlobClient, ContainerClient

# Above this a file is uploaded in blocks of this size (4 MiB: one block in memory at a time).
BLOCK_BYTES = 4 * 1024 * 1024
_CONTENT = ContentSettings(content_type="application/octet-stream")


class EvidenceCorruptedError(Exception):
    """A kept file's bytes are not the ones its name is the hash of."""

    def __init__(self, stored_as: str, where: str) -> None:
        self.stored_as = stored_as
        super().__init__(
            f"evidence {stored_as!r} in {where} does not match its hash: it was changed "
            f"after it was kept. Restore it from a backup or remove the item that names it."
        )


class EvidenceKeeper(Protocol):
    """Keeps checked parts under their content name; reads and removes them.

    `stored_as` is always a name `EvidenceStore` made and checked (`evidence/<aa>/<sha>`).
    """

    where: str  # for messages: the folder or the container

    async def keep(self, part: Path, stored_as: str, size: int) -> bool:
        """Keep the part's bytes as `stored_as`; True if this call created it.

        The part may be moved or left in place: the store removes what is left.
        """
        ...

    async def read(self, stored_as: str) -> bytes:
        """The bytes kept as `stored_as`; FileNotFoundError if there are none."""
        ...

    async def remove(self, stored_as: str) -> None:
        """Remove `stored_as`; nothing happens if it is not there."""
        ...


class FolderKeeper:
    """Files under the data folder, exactly where the store has always kept them."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.where = "the data folder"

    def path_of(self, stored_as: str) -> Path:
        return self.data_dir / stored_as

    async def keep(self, part: Path, stored_as: str, size: int) -> bool:
        # An fsync of megabytes is disk time: a worker thread's, not every partner's turn.
        return await asyncio.to_thread(self._keep, part, self.path_of(stored_as))

    @staticmethod
    def _keep(part: Path, target: Path) -> bool:
        target.parent.mkdir(parents=True, exist_ok=True)
        created = not target.exists()
        with open(part, "rb") as handle:
            os.fsync(handle.fileno())  # durable before it is named
        os.replace(part, target)
        return created

    async def read(self, stored_as: str) -> bytes:
        return await asyncio.to_thread(self.path_of(stored_as).read_bytes)

    async def remove(self, stored_as: str) -> None:
        self.path_of(stored_as).unlink(missing_ok=True)


class BlobKeeper:
    """Files as blobs of the bot's container, created once, read by every instance."""

    def __init__(self, container: ContainerClient, *, block_bytes: int = BLOCK_BYTES) -> None:
        self._container = container
        self.block_bytes = block_bytes
        self.where = f"container {container.container_name!r}"

    def _blob(self, name: str) -> BlobClient:
        return self._container.get_blob_client(name)

    async def keep(self, part: Path, stored_as: str, size: int) -> bool:
        blob = self._blob(stored_as)
        try:
            if size <= self.block_bytes:
                data = await asyncio.to_thread(part.read_bytes)
                await blob.upload_blob(
                    data,
                    overwrite=False,
                    match_condition=MatchConditions.IfMissing,
                    content_settings=_CONTENT,
                )
            else:
                await self._upload_in_blocks(blob, part, size)
        except (ResourceExistsError, ResourceModifiedError):
            return False  # the same name is the same bytes: kept already
        except HttpResponseError as error:
            # Another instance committed these bytes between our blocks and our commit,
            # which drops the blocks we staged.
            if error.error_code == "InvalidBlockList" and await blob.exists():
                return False
            raise
        return True

    async def _upload_in_blocks(self, blob: BlobClient, part: Path, size: int) -> None:
        # Ids of one upload: another instance staging the same name never mixes its in.
        upload = uuid.uuid4().hex
        ids: list[str] = []
        for offset in range(0, size, self.block_bytes):
            chunk = await asyncio.to_thread(_read_at, part, offset, self.block_bytes)
            block_id = f"{upload}-{len(ids):06d}"
            await blob.stage_block(block_id, chunk, length=len(chunk))
            ids.append(block_id)
        await blob.commit_block_list(
            ids, content_settings=_CONTENT, match_condition=MatchConditions.IfMissing
        )

    async def read(self, stored_as: str) -> bytes:
        try:
            stream = await self._blob(stored_as).download_blob()
            return await stream.readall()
        except ResourceNotFoundError:
            raise FileNotFoundError(stored_as) from None

    async def remove(self, stored_as: str) -> None:
        try:
            await self._blob(stored_as).delete_blob()
        except ResourceNotFoundError:
            pass


def _read_at(path: Path, offset: int, length: int) -> bytes:
    with open(path, "rb") as handle:
        handle.seek(offset)
        return handle.read(length)
