"""Settings from the environment (names in DESIGN.md), validated with pydantic.

`load_settings()` (what `python app.py` and gunicorn's `app:make_app` call at start) also
reads a `.env` file: `.env` in the working folder if there is one, or the file ENV_FILE
names (`ENV_FILE=/dev/null`: none). A variable set in the environment wins over the file;
an empty one counts as unset, as everywhere here. The file's syntax is the common subset
of docker compose's and python-dotenv's: `NAME=value` lines, `export ` allowed before the
name, blank lines and `#` comments ignored, a value in matching single or double quotes
taken as it is (no escapes, no `${...}`), else cut at a ` #` comment and stripped.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, SecretStr, ValidationError, field_validator

from domain.working_hours import WorkingHours

StorageKind = Literal["tinydb", "memory", "azure-blob"]
# The names `logging` takes (basicConfig would raise on any other, after start-up began).
LogLevel = Literal["CRITICAL", "FATAL", "ERROR", "WARN", "WARNING", "INFO", "DEBUG", "NOTSET"]


class Settings(BaseModel):
    """Everything the bot reads from its environment; secrets stay SecretStr."""

    app_id: str = ""
    app_password: SecretStr = SecretStr("")
    app_type: Literal["MultiTenant", "SingleTenant", "UserAssignedMSI"] = "MultiTenant"
    app_tenant_id: str = ""
    host: str = "localhost"
    port: int = Field(default=3978, ge=1, le=65535)
    data_dir: Path = Path("./data")
    storage: StorageKind = "tinydb"
    azure_storage_connection_string: SecretStr = SecretStr("")
    # The one blob container STORAGE=azure-blob keeps everything in (created if missing).
    azure_storage_container: str = Field(
        default="incentives-assistant", min_length=3, max_length=63, pattern=r"^[a-z0-9-]+$"
    )
    status_webhook_secret: SecretStr = SecretStr("")
    # Also accepted while the back office moves to a new secret (README: rotating it).
    status_webhook_previous_secret: SecretStr = SecretStr("")
    roles_file: Path | None = None
    funds_file: Path | None = None
    # Evidence files: size cap (inferred: 25 MB), download time limit, and the hosts
    # files may come from (empty: any https host; Teams' own in production). The time limit
    # covers all the files of one message: Teams redelivers a turn not answered in 15 s.
    max_evidence_mb: int = Field(default=25, ge=1, le=500)
    evidence_timeout_seconds: float = Field(default=10.0, gt=0, le=12)
    evidence_hosts: str = ""
    # Local clients only (the Agents Playground, the e2e test): also fetch evidence over
    # plain http from this machine's loopback address. Never on in production.
    evidence_allow_http_loopback: bool = False
    # Only people in the role directory may draft and ask status (issue 7); off by default
    # so an unlisted colleague may draft and is told who can submit (issue 2).
    drafting_requires_role: bool = False
    # The channel's signing keys: how long one fetch (metadata + key set) may take; a
    # request needing them is answered 503 after it (seam/auth_seam.py).
    channel_keys_timeout_seconds: float = Field(default=5.0, gt=0, le=60)
    # Reminders: a draft untouched this many days gets a nudge (once per idle spell).
    reminder_idle_days: int = Field(default=7, ge=1, le=365)
    # Non-urgent notices and reminders wait for these hours (Monday to Friday) where the
    # partner is; "always": sent at any hour (domain/working_hours.py).
    notice_hours: str = "09:00-18:00"
    log_level: LogLevel = "INFO"
    # The bot's public address (https://bot.example.com): links it sends (the plan
    # template) point there. Empty: the address each message came to.
    public_url: str = Field(default="", pattern=r"^(https?://[^/?#\s]+)?/?$")
    # Snap to claim: invoices attached to a claim are read (text PDFs, and with OCR scans
    # and photos) to fill the claim and check it. `invoice_ocr` false: text PDFs only.
    invoice_reading: bool = True
    invoice_ocr: bool = True

    @field_validator("storage", mode="before")
    @classmethod
    def _lower(cls, value: str) -> str:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("notice_hours")
    @classmethod
    def _hours(cls, value: str) -> str:
        WorkingHours.parse(value)  # ValueError: refused, named by the variable
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: str) -> str:
        return value.strip().upper() if isinstance(value, str) else value

    @property
    def evidence_host_list(self) -> tuple[str, ...]:
        return tuple(h.strip() for h in self.evidence_hosts.split(",") if h.strip())

    @property
    def authenticated(self) -> bool:
        return bool(self.app_id)


# Environment variable → settings field.
ENVIRONMENT_NAMES: dict[str, str] = {
    "MicrosoftAppId": "app_id",
    "MicrosoftAppPassword": "app_password",
    "MicrosoftAppType": "app_type",
    "MicrosoftAppTenantId": "app_tenant_id",
    "HOST": "host",
    "PORT": "port",
    "DATA_DIR": "data_dir",
    "STORAGE": "storage",
    "AZURE_STORAGE_CONNECTION_STRING": "azure_storage_connection_string",
    "AZURE_STORAGE_CONTAINER": "azure_storage_container",
    "STATUS_WEBHOOK_SECRET": "status_webhook_secret",
    "STATUS_WEBHOOK_PREVIOUS_SECRET": "status_webhook_previous_secret",
    "ROLES_FILE": "roles_file",
    "FUNDS_FILE": "funds_file",
    "MAX_EVIDENCE_MB": "max_evidence_mb",
    "EVIDENCE_TIMEOUT_SECONDS": "evidence_timeout_seconds",
    "EVIDENCE_HOSTS": "evidence_hosts",
    "EVIDENCE_ALLOW_HTTP_LOOPBACK": "evidence_allow_http_loopback",
    "REMINDER_IDLE_DAYS": "reminder_idle_days",
    "NOTICE_HOURS": "notice_hours",
    "CHANNEL_KEYS_TIMEOUT_SECONDS": "channel_keys_timeout_seconds",
    "DRAFTING_REQUIRES_ROLE": "drafting_requires_role",
    "LOG_LEVEL": "log_level",
    "PUBLIC_URL": "public_url",
    "INVOICE_READING": "invoice_reading",
    "INVOICE_OCR": "invoice_ocr",
}


class SettingsError(Exception):
    """A setting is wrong; the message names the environment variable, never its value."""


ENV_FILE_VARIABLE = "ENV_FILE"
DEFAULT_ENV_FILE = Path(".env")
_ENV_LINE = re.compile(r"^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$")


def read_env_file(path: Path) -> dict[str, str]:
    """The variables of a `.env` file (syntax: the module's docstring).

    A malformed line is named by its number, never quoted: it may hold a secret.
    """
    variables: dict[str, str] = {}
    text = path.read_text(encoding="utf-8-sig")
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = _ENV_LINE.match(line)
        if match is None:
            raise SettingsError(f"invalid settings: {path.name} line {number}: expected NAME=value")
        name, value = match.groups()
        if len(value) >= 2 and value[0] in "'\"" and value[-1] == value[0]:
            value = value[1:-1]
        else:
            value = re.split(r"\s#", value, maxsplit=1)[0].strip()
        variables[name] = value
    return variables


def _environment_with_env_file() -> dict[str, str]:
    named = os.environ.get(ENV_FILE_VARIABLE, "")
    path = Path(named) if named else DEFAULT_ENV_FILE
    if named and not path.is_file() and named != os.devnull:
        raise SettingsError(f"invalid settings: {ENV_FILE_VARIABLE}: no such file")
    from_file = read_env_file(path) if path.is_file() else {}
    return {**from_file, **{name: value for name, value in os.environ.items() if value != ""}}


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Settings from `environ`, or (None) from the environment over the `.env` file."""
    environ = _environment_with_env_file() if environ is None else dict(environ)
    values = {
        field: environ[name]
        for name, field in ENVIRONMENT_NAMES.items()
        if environ.get(name, "") != ""
    }
    try:
        return Settings.model_validate(values)
    except ValidationError as error:
        reverse = {field: name for name, field in ENVIRONMENT_NAMES.items()}
        problems = ", ".join(
            f"{reverse.get(str(e['loc'][0]), e['loc'][0])}: {e['msg']}" for e in error.errors()
        )
        raise SettingsError(f"invalid settings: {problems}") from None
