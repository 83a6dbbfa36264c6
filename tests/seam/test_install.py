"""The SDK seam is installed by the composition root, once, on the SDK versions it was
verified against: never by importing a module, and the same in every test as in production."""

from __future__ import annotations

import importlib.metadata
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import seam
from tests.azurite import free_port

REPO_ROOT = Path(__file__).resolve().parents[2]
# Small and quick, and it never imports app: what it runs against is the conftest's doing.
DIALOG_TEST_FILE = "tests/dialogs/test_status_mid_dialog.py"
PROBE = ("-p", "tests.seam.probe")


def _python(code: str, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT), **extra},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_whole_suite_runs_the_installed_seam():
    assert seam.installed()
    assert all(seam.status().values()), seam.status()


def test_importing_the_composition_root_patches_nothing():
    result = _python(
        "import app, seam, json\nprint(json.dumps(seam.status()))\nassert not seam.installed()"
    )
    assert result.returncode == 0, result.stderr
    status = json.loads(result.stdout)
    assert status and not any(status.values()), status


def test_install_patches_everything_once():
    result = _python(
        "import seam, json\n"
        "seam.install(); first = seam.status()\n"
        "seam.install(); assert seam.status() == first\n"
        "print(json.dumps(first))"
    )
    assert result.returncode == 0, result.stderr
    status = json.loads(result.stdout)
    assert set(status) == {"auth_seam", "connector_seam", "state_seam", "turn_seam"}
    assert all(status.values()), status


def test_one_dialog_test_file_alone_runs_against_the_installed_seam(tmp_path):
    probe = tmp_path / "probe.json"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *PROBE, DIALOG_TEST_FILE],
        cwd=REPO_ROOT,
        env={**os.environ, "SEAM_PROBE_FILE": str(probe)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    seen = json.loads(probe.read_text(encoding="utf-8"))
    assert seen, "no test ran"
    assert all(seen.values()), seen


def _pretend(versions: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.metadata.version

    def version(name: str) -> str:
        if name in versions:
            if versions[name] is None:
                raise importlib.metadata.PackageNotFoundError(name)
            return versions[name]
        return real(name)

    monkeypatch.setattr(importlib.metadata, "version", version)


def test_the_verified_versions_are_the_installed_ones():
    seam.check_versions()  # the pinned requirements pass
    for package, verified in seam.VERIFIED.items():
        assert importlib.metadata.version(package) in verified, package


def test_an_sdk_version_the_seam_was_not_verified_against_is_refused(monkeypatch):
    _pretend({"jsonpickle": "3.4.2", "msrest": None}, monkeypatch)
    with pytest.raises(seam.SeamVersionError) as raised:
        seam.check_versions()
    message = str(raised.value)
    assert "\n" not in message
    assert "jsonpickle 3.4.2" in message and "1.4.2" in message
    assert "msrest not installed" in message and "0.7.1" in message
    assert "requirements.txt" in message
    with pytest.raises(seam.SeamVersionError):
        seam.install()  # checked on every install, before any patch


def test_the_bot_refuses_to_start_on_an_unverified_sdk_and_says_why(tmp_path):
    # `python app.py`, with the metadata lookup answering another jsonpickle.
    code = (
        "import importlib.metadata as m, runpy, sys\n"
        "real = m.version\n"
        "m.version = lambda name: '3.4.2' if name == 'jsonpickle' else real(name)\n"
        "sys.argv = ['app.py']\n"
        "runpy.run_path('app.py', run_name='__main__')\n"
    )
    result = _python(
        code,
        HOST="127.0.0.1",
        PORT=str(free_port()),
        DATA_DIR=str(tmp_path / "data"),
        STORAGE="tinydb",
        MicrosoftAppId="",
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("cannot start: ")
    assert "jsonpickle 3.4.2" in last and "1.4.2" in last


def test_every_package_the_seam_checks_is_pinned_at_a_verified_version_with_a_reason():
    lines = (REPO_ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    for package, verified in seam.VERIFIED.items():
        pins = [
            (number, line)
            for number, line in enumerate(lines)
            if re.match(rf"{re.escape(package)}==", line, re.IGNORECASE)
        ]
        assert len(pins) == 1, f"{package} is not pinned once in requirements.txt"
        number, line = pins[0]
        version = line.split("==", 1)[1].split("#", 1)[0].strip()
        assert version in verified, package
        reason = line.split("#", 1)[1] if "#" in line else ""
        while not reason and number > 0 and lines[number - 1].startswith("#"):
            number -= 1
            reason = lines[number] if lines[number].startswith("# seam:") else ""
        assert "seam" in reason.lower(), f"the pin of {package} does not say why (the seam)"
