"""Where fetched evidence is kept: the data folder (STORAGE=tinydb) or the blob container
(STORAGE=azure-blob, on Azurite), behind one EvidenceStore.

On blob storage a file is still streamed to a local part first (size cap, hash, content
sniff), then uploaded to `evidence/<aa>/<sha256>` with a create-only condition and the
part removed: nothing stays on the instance's disk, a second upload of the same bytes
changes nothing, a batch is kept whole or not at all, and any other instance reads it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from azure.core.exceptions import ResourceNotFoundError
from azure.storage.blob.aio import ContainerClient

from app import build_house, build_services
from config import load_settings
from storage.blob_storage import AzureBlobStorage
from storage.evidence_keepers import BlobKeeper, EvidenceCorruptedError, FolderKeeper
from storage.evidence_store import Download, DownloadError, EvidenceStore
from tests.azurite import new_container_name
from tests.dialogs.claim_support import FileServer, content_of
from tests.support import tinydb_storage

CAP = 4 * 1024 * 1024


def stored_as_of(content: bytes) -> str:
    digest = hashlib.sha256(content).hexdigest()
    return f"evidence/{digest[:2]}/{digest}"


def everything_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


@pytest.fixture
async def container(azurite):
    storage = AzureBlobStorage(azurite.connection_string, new_container_name("evidence"))
    await storage.open()
    yield storage
    await storage.close()


@pytest.fixture
async def files():
    async with FileServer() as server:
        yield server


def blob_store(data_dir: Path, storage: AzureBlobStorage, **keeper_options) -> EvidenceStore:
    return EvidenceStore(
        data_dir,
        max_bytes=CAP,
        timeout_seconds=5,
        allow_http_loopback=True,
        keeper=BlobKeeper(storage.container, **keeper_options),
    )


async def evidence_blobs(storage: AzureBlobStorage) -> list[str]:
    listing = storage.container.list_blobs(name_starts_with="evidence/")
    return sorted([blob.name async for blob in listing])


async def blob_bytes(storage: AzureBlobStorage, name: str) -> bytes:
    stream = await storage.container.get_blob_client(name).download_blob()
    return await stream.readall()


async def blob_etag(storage: AzureBlobStorage, name: str) -> str:
    return (await storage.container.get_blob_client(name).get_blob_properties()).etag


# -- blob storage -----------------------------------------------------------------------------


async def test_a_fetched_file_lands_in_the_container_and_not_on_the_local_disk(
    container, files, data_dir
):
    evidence = blob_store(data_dir, container)
    kept = await evidence.fetch(files.url("invoice.pdf"), file_name="invoice.pdf")

    content = content_of("invoice.pdf")
    assert kept.stored_as == stored_as_of(content)
    assert (kept.size, kept.created) == (len(content), True)
    assert await evidence_blobs(container) == [kept.stored_as]
    assert await blob_bytes(container, kept.stored_as) == content
    assert everything_under(data_dir) == []  # no copy, no part left behind


async def test_the_same_bytes_fetched_again_are_not_uploaded_again(container, files, data_dir):
    evidence = blob_store(data_dir, container)
    first = await evidence.fetch(files.url("invoice.pdf"), file_name="invoice.pdf")
    etag = await blob_etag(container, first.stored_as)

    again = await evidence.fetch(files.url("invoice.pdf"), file_name="invoice.pdf")

    assert again.stored_as == first.stored_as
    assert again.created is False  # so discarding it would not remove the first one's file
    assert await blob_etag(container, first.stored_as) == etag  # the blob was not rewritten
    assert await evidence_blobs(container) == [first.stored_as]


async def test_a_file_larger_than_a_block_is_uploaded_in_blocks_once(container, files, data_dir):
    # FileServer's /big/ is 2 MB: eight blocks of 256 KiB, committed in one create-only step.
    evidence = blob_store(data_dir, container, block_bytes=256 * 1024)
    kept = await evidence.fetch(files.url("scan.pdf", "big"))
    assert kept.created and kept.size == FileServer.BIG
    assert await blob_bytes(container, kept.stored_as) == b"x" * FileServer.BIG
    etag = await blob_etag(container, kept.stored_as)

    again = await evidence.fetch(files.url("scan.pdf", "big"))

    assert again.created is False
    assert await blob_etag(container, kept.stored_as) == etag
    assert everything_under(data_dir) == []


async def test_a_batch_with_one_refused_file_uploads_none_of_them(container, files, data_dir):
    evidence = blob_store(data_dir, container)
    with pytest.raises(DownloadError) as refused:
        await evidence.fetch_all(
            [
                Download(files.url("invoice.pdf"), "invoice.pdf"),
                Download(files.url("agenda.pdf"), "agenda.pdf"),
                # A JPEG named as a PDF: refused after the other two were downloaded.
                Download(files.url("photos.jpg"), "photos.pdf"),
            ]
        )
    assert refused.value.code == "file_content_mismatch"
    assert await evidence_blobs(container) == []
    assert everything_under(data_dir) == []


class FailingFor(BlobKeeper):
    """Uploads one blob name into a container that does not exist: the service refuses it."""

    def __init__(self, storage: AzureBlobStorage, failing: str, nowhere: ContainerClient) -> None:
        super().__init__(storage.container)
        self._failing = failing
        self._nowhere = nowhere

    def _blob(self, name: str):
        if name == self._failing:
            return self._nowhere.get_blob_client(name)
        return super()._blob(name)


async def test_a_batch_whose_last_upload_fails_keeps_none_it_created(
    azurite, container, files, data_dir
):
    evidence = blob_store(data_dir, container)
    earlier = await evidence.fetch(files.url("agenda.pdf"), file_name="agenda.pdf")
    failing = stored_as_of(content_of("photos.pdf"))
    nowhere = ContainerClient.from_connection_string(
        azurite.connection_string, new_container_name("missing")
    )
    evidence.keeper = FailingFor(container, failing, nowhere)
    try:
        with pytest.raises(ResourceNotFoundError):
            await evidence.fetch_all(
                [
                    Download(files.url("invoice.pdf"), "invoice.pdf"),  # kept, then removed
                    Download(files.url("agenda.pdf"), "agenda.pdf"),  # there before: stays
                    Download(files.url("photos.pdf"), "photos.pdf"),  # refused by the service
                ]
            )
    finally:
        await nowhere.close()

    assert await evidence_blobs(container) == [earlier.stored_as]
    assert everything_under(data_dir) == []


async def test_another_instance_reads_what_one_instance_kept(azurite, container, files, tmp_path):
    here = blob_store(tmp_path / "a", container)
    kept = await here.fetch(files.url("invoice.pdf"), file_name="invoice.pdf")

    other_storage = AzureBlobStorage(azurite.connection_string, container.container_name)
    try:
        there = blob_store(tmp_path / "b", other_storage)
        assert await there.read(kept.stored_as) == content_of("invoice.pdf")
        with pytest.raises(FileNotFoundError):
            await there.read(stored_as_of(b"never kept"))
    finally:
        await other_storage.close()
    assert everything_under(tmp_path / "b") == []


async def test_discard_removes_only_the_blobs_its_download_created(container, files, data_dir):
    evidence = blob_store(data_dir, container)
    earlier = await evidence.fetch(files.url("agenda.pdf"), file_name="agenda.pdf")
    kept = await evidence.fetch_all(
        [
            Download(files.url("invoice.pdf"), "invoice.pdf"),
            Download(files.url("agenda.pdf"), "agenda.pdf"),
        ]
    )
    assert [k.created for k in kept] == [True, False]

    await evidence.discard(kept)

    assert await evidence_blobs(container) == [earlier.stored_as]
    await evidence.discard(kept)  # already gone: nothing to do, no error


async def test_a_blob_whose_bytes_are_not_its_hash_is_refused_when_read(container, data_dir):
    name = stored_as_of(b"what was sent")
    await container.container.get_blob_client(name).upload_blob(b"something else")
    with pytest.raises(EvidenceCorruptedError) as refused:
        await blob_store(data_dir, container).read(name)
    assert name in str(refused.value)


@pytest.mark.parametrize(
    "stored_as",
    [
        "tenants/11111111-2222-3333-4444-555555555555.json",
        "evidence/../tenants/t.json",
        "evidence/bb/" + "a" * 64,  # the folder is not the hash's first two digits
        "evidence/aa/" + "A" * 64,
        "/evidence/aa/" + "a" * 64,
    ],
)
async def test_only_names_the_store_makes_are_read(container, data_dir, stored_as):
    # The bot's own documents share the container: a recorded name never reaches them.
    with pytest.raises(ValueError):
        await blob_store(data_dir, container).read(stored_as)


async def test_with_blob_storage_the_app_keeps_evidence_in_the_container(
    azurite, data_dir, files, tmp_path
):
    settings = load_settings(
        {
            "DATA_DIR": str(data_dir),
            "STORAGE": "azure-blob",
            "AZURE_STORAGE_CONNECTION_STRING": azurite.connection_string,
            "AZURE_STORAGE_CONTAINER": new_container_name("app"),
            "EVIDENCE_ALLOW_HTTP_LOOPBACK": "true",
        }
    )
    house = await build_house(settings)
    try:
        kept = await house.services.evidence.fetch(
            files.url("invoice.pdf"), file_name="invoice.pdf"
        )
        assert await evidence_blobs(house.storage) == [kept.stored_as]
        assert everything_under(data_dir) == []
    finally:
        await house.storage.close()


# -- the data folder ----------------------------------------------------------------------------


async def test_with_tinydb_the_app_keeps_evidence_in_the_data_folder(data_dir, files):
    settings = load_settings(
        {"DATA_DIR": str(data_dir), "STORAGE": "tinydb", "EVIDENCE_ALLOW_HTTP_LOOPBACK": "true"}
    )
    evidence = build_services(settings, tinydb_storage(data_dir)).evidence
    assert isinstance(evidence.keeper, FolderKeeper)
    kept = await evidence.fetch(files.url("invoice.pdf"), file_name="invoice.pdf")

    path = data_dir / kept.stored_as
    assert evidence.path_of(kept.stored_as) == path
    assert path.read_bytes() == content_of("invoice.pdf")
    assert await evidence.read(kept.stored_as) == content_of("invoice.pdf")


async def test_the_folder_refuses_names_it_did_not_make_and_reports_missing_files(data_dir, files):
    evidence = EvidenceStore(data_dir, max_bytes=CAP, allow_http_loopback=True)
    (data_dir / "tenants.json").write_text("{}")
    for stored_as in ("tenants.json", "evidence/../tenants.json", "evidence/aa/" + "b" * 64):
        with pytest.raises(ValueError):
            await evidence.read(stored_as)
    with pytest.raises(FileNotFoundError):
        await evidence.read(stored_as_of(b"never kept"))
