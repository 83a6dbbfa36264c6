"""Settings as an operator meets them: `.env` read at start (the environment winning), and
every bad setting refused with one line naming the variable, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from config import ENVIRONMENT_NAMES, SettingsError, load_settings
from tests.azurite import free_port

REPO_ROOT = Path(__file__).resolve().parent.parent


def _run_app(cwd: Path, **extra: str) -> subprocess.CompletedProcess:
    """`python app.py` from `cwd`, none of the settings inherited but those given."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ENVIRONMENT_NAMES and name != "ENV_FILE"
    }
    environment.update(PYTHONPATH=str(REPO_ROOT), HOST="127.0.0.1", PORT=str(free_port()))
    environment.update(DATA_DIR=str(cwd / "data"), **extra)
    return subprocess.run(
        [sys.executable, str(REPO_ROOT / "app.py")],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _refused_in_one_line(result: subprocess.CompletedProcess, variable: str) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"invalid settings: {variable}: "), lines[0]
    return lines[0]


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("LOG_LEVEL", "loud"),
        ("PORT", "many"),
        ("STORAGE", "floppy"),
        ("NOTICE_HOURS", "18:00-09:00"),
    ],
)
def test_a_bad_setting_stops_the_bot_with_one_line_naming_it(tmp_path, variable, value):
    line = _refused_in_one_line(_run_app(tmp_path, **{variable: value}), variable)
    assert value not in line  # the value may be a secret elsewhere: never echoed


def test_log_level_takes_the_names_logging_knows_in_any_case():
    assert load_settings({}).log_level == "INFO"
    assert load_settings({"LOG_LEVEL": "debug"}).log_level == "DEBUG"
    assert load_settings({"LOG_LEVEL": " Warning "}).log_level == "WARNING"
    for name in ("CRITICAL", "FATAL", "ERROR", "WARN", "INFO", "NOTSET"):
        assert load_settings({"LOG_LEVEL": name.lower()}).log_level == name
    with pytest.raises(SettingsError, match=r"^invalid settings: LOG_LEVEL: "):
        load_settings({"LOG_LEVEL": "10"})


def test_the_bot_reads_dot_env_from_its_working_folder_at_start(tmp_path):
    (tmp_path / ".env").write_text("# a comment\nLOG_LEVEL=loud\n", encoding="utf-8")
    _refused_in_one_line(_run_app(tmp_path), "LOG_LEVEL")
    # The environment wins over the file.
    result = _run_app(tmp_path, LOG_LEVEL="INFO", PORT="0")
    _refused_in_one_line(result, "PORT")


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """The working folder, with no setting in the environment."""
    monkeypatch.chdir(tmp_path)
    for name in [*ENVIRONMENT_NAMES, "ENV_FILE"]:
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def test_dot_env_syntax(folder):
    (folder / ".env").write_text(
        "\n".join(
            [
                "# Copied from .env.example",
                "",
                "PORT=4001",
                "export HOST=0.0.0.0",
                "DATA_DIR = ./elsewhere   # an inline comment",
                "STATUS_WEBHOOK_SECRET='a #secret with spaces'",
                'MicrosoftAppId="11111111-2222-3333-4444-555555555555"',
                "MicrosoftAppPassword=pa#ss",
                "MicrosoftAppTenantId=",
                "SOMETHING_ELSE=ignored",
            ]
        ),
        encoding="utf-8",
    )
    settings = load_settings()
    assert settings.port == 4001
    assert settings.host == "0.0.0.0"
    assert settings.data_dir == Path("./elsewhere")
    assert settings.status_webhook_secret.get_secret_value() == "a #secret with spaces"
    assert settings.app_id == "11111111-2222-3333-4444-555555555555"
    assert settings.app_password.get_secret_value() == "pa#ss"
    assert settings.app_tenant_id == ""


def test_the_environment_wins_over_dot_env_and_an_empty_variable_is_unset(folder, monkeypatch):
    (folder / ".env").write_text("PORT=4001\nHOST=0.0.0.0\n", encoding="utf-8")
    monkeypatch.setenv("PORT", "4002")
    monkeypatch.setenv("HOST", "")
    settings = load_settings()
    assert settings.port == 4002
    assert settings.host == "0.0.0.0"


def test_no_dot_env_is_fine_and_an_explicit_environment_reads_none(folder):
    assert load_settings().port == 3978
    (folder / ".env").write_text("PORT=4001\n", encoding="utf-8")
    assert load_settings({}).port == 3978  # callers that pass the environment get only it


def test_env_file_names_another_file(folder, monkeypatch):
    (folder / ".env").write_text("PORT=4001\n", encoding="utf-8")
    (folder / "staging.env").write_text("PORT=4003\n", encoding="utf-8")
    monkeypatch.setenv("ENV_FILE", str(folder / "staging.env"))
    assert load_settings().port == 4003
    monkeypatch.setenv("ENV_FILE", os.devnull)
    assert load_settings().port == 3978
    monkeypatch.setenv("ENV_FILE", str(folder / "missing.env"))
    with pytest.raises(SettingsError, match=r"^invalid settings: ENV_FILE: "):
        load_settings()


def test_a_malformed_dot_env_line_is_named_by_number_not_quoted(folder):
    (folder / ".env").write_text("PORT=4001\nthis is my-secret\n", encoding="utf-8")
    with pytest.raises(SettingsError) as raised:
        load_settings()
    message = str(raised.value)
    assert message.startswith("invalid settings: .env line 2: ")
    assert "my-secret" not in message
