"""The deployment image, read from the Dockerfile (no Docker engine runs here): it must
carry every package the product imports, and the OCR engine invoices are read with."""

from __future__ import annotations

import re
from pathlib import Path

from tests.test_layout import PRODUCT

DOCKERFILE = (Path(__file__).resolve().parents[1] / "Dockerfile").read_text(encoding="utf-8")


def _copied() -> set[str]:
    copied: set[str] = set()
    for line in DOCKERFILE.splitlines():
        if line.startswith("COPY "):
            *sources, _target = line.split()[1:]
            copied.update(source.rstrip("/").removesuffix(".py") for source in sources)
    return copied


def test_the_image_carries_every_package_of_the_product() -> None:
    assert sorted(set(PRODUCT) - _copied()) == []


def test_the_image_installs_tesseract_with_english_and_french() -> None:
    # A RUN continued over several lines is one command.
    packages = " ".join(re.findall(r"apt-get install[^\n]*", DOCKERFILE.replace("\\\n", " ")))
    for package in ("tesseract-ocr", "tesseract-ocr-eng", "tesseract-ocr-fra"):
        assert re.search(rf"(?<![\w-]){package}(?![\w-])", packages), package
