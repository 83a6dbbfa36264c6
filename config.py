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
from typing import Literal, get_args

from pydantic import (
    BaseModel,
    Field,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from domain.working_hours import WorkingHours

StorageKind = Literal["tinydb", "memory", "azure-blob"]
# The names `logging` takes (basicConfig would raise on any other, after start-up began).
LogLevel = Literal["CRITICAL", "FATAL", "ERROR", "WARN", "WARNING", "INFO", "DEBUG", "NOTSET"]
# How the bot is registered with Azure AI Bot Service (docs/registration.md): the names
# botbuilder's ConfigurationServiceClientCredentialFactory knows (it reads them in any case).
AppType = Literal["MultiTenant", "SingleTenant", "UserAssignedMSI"]
_APP_TYPES = {name.lower(): name for name in get_args(AppType)}
# A Microsoft Entra tenant as the token endpoint's address takes it
# (https://login.microsoftonline.com/<tenant>/...): its ID, or one of its domain names.
_TENANT = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"|(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)


class Settings(BaseModel):
    """Everything the bot reads from its environment; secrets stay SecretStr."""

    # The registration (docs/registration.md). app_type comes first: the three after it are
    # checked against it (validate_default: a missing one is refused too).
    app_type: AppType = "MultiTenant"
    app_id: str = Field(default="", validate_default=True)
    app_password: SecretStr = Field(default=SecretStr(""), validate_default=True)
    app_tenant_id: str = Field(default="", validate_default=True)
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
    # Signs the links the chat gives to a partner's data (the claims spreadsheet), so that
    # any instance opens a link another made; empty: each instance makes its own at start.
    export_link_secret: SecretStr = SecretStr("")
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
    # A turn still at work after this many seconds answers "working on it" and posts its
    # result when done (Teams sends a message again when it has no answer after 15 s).
    turn_answer_seconds: float = Field(default=10.0, gt=0, le=14)
    # "json": one JSON object a line with the turn's ids; "text": one line for people;
    # "auto": json when MicrosoftAppId is set (production), else text.
    log_format: Literal["auto", "json", "text"] = "auto"
    # Traces and metrics (bot/telemetry.py): to Azure Monitor when the connection string is
    # set, else over OTLP/HTTP to this endpoint when set, else nowhere.
    applicationinsights_connection_string: SecretStr = SecretStr("")
    otel_exporter_otlp_endpoint: str = Field(default="", pattern=r"^(https?://\S+)?$")
    # The bot's public address (https://bot.example.com): links it sends (the plan
    # template) point there. Empty: the address each message came to.
    public_url: str = Field(default="", pattern=r"^(https?://[^/?#\s]+)?/?$")
    # Snap to claim: invoices attached to a claim are read (text PDFs, and with OCR scans
    # and photos) to fill the claim and check it. `invoice_ocr` false: text PDFs only.
    invoice_reading: bool = True
    invoice_ocr: bool = True

    @field_validator("app_type", mode="before")
    @classmethod
    def _app_type(cls, value: str) -> str:
        return _APP_TYPES.get(value.strip().lower(), value) if isinstance(value, str) else value

    # The registration's settings, checked together. The messages name what is wrong, never
    # a value (the environment variable is named by load_settings).
    @field_validator("app_id")
    @classmethod
    def _app_id_for_type(cls, value: str, info: ValidationInfo) -> str:
        app_type = info.data.get("app_type")
        if not value and app_type == "SingleTenant":
            raise ValueError(
                "required with MicrosoftAppType=SingleTenant "
                "(the app registration's Application (client) ID)"
            )
        if not value and app_type == "UserAssignedMSI":
            raise ValueError(
                "required with MicrosoftAppType=UserAssignedMSI (the managed identity's Client ID)"
            )
        return value

    @field_validator("app_password")
    @classmethod
    def _app_password_for_type(cls, value: SecretStr, info: ValidationInfo) -> SecretStr:
        app_type = info.data.get("app_type")
        if not value.get_secret_value() and app_type == "SingleTenant":
            raise ValueError(
                "required with MicrosoftAppType=SingleTenant (a client secret of the app "
                "registration)"
            )
        if value.get_secret_value() and app_type == "UserAssignedMSI":
            raise ValueError(
                "must be empty with MicrosoftAppType=UserAssignedMSI: a managed identity has "
                "no password (docs/registration.md)"
            )
        return value

    @field_validator("app_tenant_id")
    @classmethod
    def _app_tenant_for_type(cls, value: str, info: ValidationInfo) -> str:
        app_type = info.data.get("app_type")
        if value and not _TENANT.fullmatch(value):
            raise ValueError("expected the tenant's ID (a GUID) or one of its domain names")
        if not value and app_type in ("SingleTenant", "UserAssignedMSI"):
            raise ValueError(
                f"required with MicrosoftAppType={app_type} (the Directory (tenant) ID of the "
                + ("app registration)" if app_type == "SingleTenant" else "managed identity)")
            )
        return value

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

    @property
    def effective_log_format(self) -> str:
        if self.log_format == "auto":
            return "json" if self.authenticated else "text"
        return self.log_format


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
    "EXPORT_LINK_SECRET": "export_link_secret",
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
    "LOG_FORMAT": "log_format",
    "TURN_ANSWER_SECONDS": "turn_answer_seconds",
    "APPLICATIONINSIGHTS_CONNECTION_STRING": "applicationinsights_connection_string",
    "OTEL_EXPORTER_OTLP_ENDPOINT": "otel_exporter_otlp_endpoint",
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
