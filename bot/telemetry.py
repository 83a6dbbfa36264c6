"""What an operator sees of a running bot: OpenTelemetry traces and metrics, JSON logs.

Traces and metrics
------------------
Every module records through the OpenTelemetry API (`opentelemetry.trace` and
`opentelemetry.metrics`), which does nothing until a provider is set. `configure` sets
them once, at start-up (`app.main`), from the settings, as Azure bots do:

- `APPLICATIONINSIGHTS_CONNECTION_STRING` set: exported to Azure Monitor (Application
  Insights);
- else `OTEL_EXPORTER_OTLP_ENDPOINT` set: exported over OTLP/HTTP to `<endpoint>/v1/traces`
  and `/v1/metrics` (the exporters read the other `OTEL_EXPORTER_OTLP_*` variables, headers
  and timeouts, from the environment themselves);
- else nowhere (no provider: recording costs next to nothing).

What is recorded (never a partner's text, name or token):

- a span per Teams turn, `teams turn`: the activity's type, the intent the bot took from it
  (`new_plan`, `status`, `answer`…), its outcome (`answered`, `refused`, `error`…) and the
  ids that correlate it (activity, conversation, tenant);
- `incentives.turn.duration` (s), by intent and outcome;
- `incentives.storage.write.duration` (s): each durable write (storage/);
- `incentives.notices` by `result` (delivered, parked, retry) and the gauge
  `incentives.notices.pending` (proactive/notifier.py);
- `incentives.downloads.failed` by reason (evidence files, dialogs/evidence_dialog.py);
- `incentives.signature.failures` by source (the channel's JWT, the back office's HMAC);
- `incentives.requests.rate_limited` by route (the back-office API's 429s).

Logs
----
`LOG_FORMAT=json` (the default when `MicrosoftAppId` is set, that is in production) writes
one JSON object a line: time, level, logger, message, and the turn's correlation ids (trace
and span ids, activity, conversation, tenant) when the line was written inside a turn.
`text` keeps the one-line human format.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from opentelemetry import metrics, trace
from opentelemetry.trace import StatusCode

TRACER = trace.get_tracer("incentives")
METER = metrics.get_meter("incentives")
TURN_SECONDS = METER.create_histogram(
    "incentives.turn.duration", unit="s", description="Teams turns, from request to answer"
)
SIGNATURE_FAILURES = METER.create_counter(
    "incentives.signature.failures", description="Requests refused for their signature"
)
RATE_LIMITED = METER.create_counter(
    "incentives.requests.rate_limited", description="Requests answered 429"
)

# The ids of the turn being handled, for log lines (set by `turn`).
_TURN_IDS: ContextVar[Mapping[str, str] | None] = ContextVar("incentives_turn_ids", default=None)


class Turn:
    """The span of one Teams turn; `outcome` is set by whoever answers."""

    def __init__(self, span: trace.Span) -> None:
        self.span = span
        self.outcome = "answered"


@contextmanager
def turn(activity_type: str, ids: Mapping[str, str | None]) -> Iterator[Turn]:
    """A `teams turn` span around the handling of one activity, its duration recorded."""
    kept = {name: value for name, value in ids.items() if value}
    started = time.perf_counter()
    with TRACER.start_as_current_span("teams turn", kind=trace.SpanKind.SERVER) as span:
        span.set_attribute("incentives.activity_type", activity_type)
        for name, value in kept.items():
            span.set_attribute(f"incentives.{name}", value)
        token = _TURN_IDS.set(kept)
        current = Turn(span)
        try:
            yield current
        except BaseException:
            current.outcome = "error"
            raise
        finally:
            _TURN_IDS.reset(token)
            if getattr(getattr(span, "status", None), "status_code", None) is StatusCode.ERROR:
                current.outcome = "error"  # the turn's error handler apologised
            intent = _intent_of(span)
            span.set_attribute("incentives.outcome", current.outcome)
            TURN_SECONDS.record(
                time.perf_counter() - started, {"intent": intent, "outcome": current.outcome}
            )


def note_intent(intent: str) -> None:
    """What the turn is about (an intent's name, never the words): on the turn's span."""
    span = trace.get_current_span()
    if span.is_recording():
        span.set_attribute("incentives.intent", intent)


def _intent_of(span: trace.Span) -> str:
    attributes = getattr(span, "attributes", None) or {}
    return str(attributes.get("incentives.intent", "none"))


# -- logs -------------------------------------------------------------------------------------


class CorrelationFilter(logging.Filter):
    """Adds the current turn's ids (and trace and span ids) to every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.turn_ids = dict(_TURN_IDS.get() or {})
        context = trace.get_current_span().get_span_context()
        if context.is_valid:
            record.turn_ids["trace_id"] = format(context.trace_id, "032x")
            record.turn_ids["span_id"] = format(context.span_id, "016x")
        return True


class JSONFormatter(logging.Formatter):
    """One JSON object a line."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        line.update(getattr(record, "turn_ids", None) or {})
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def configure_logging(level: str, log_format: str) -> None:
    """The root logger: `json` (one object a line) or `text`, with the turn's ids."""
    handler = logging.StreamHandler()
    handler.addFilter(CorrelationFilter())
    if log_format == "json":
        handler.setFormatter(JSONFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    # As basicConfig does: a process whose root logger has handlers already keeps them.
    logging.basicConfig(level=level.upper(), handlers=[handler])


# -- exporters --------------------------------------------------------------------------------

_exported_to: str | None = None


def configure(connection_string: str, otlp: str, service_name: str | None = None) -> str:
    """Set the providers once (settings APPLICATIONINSIGHTS_CONNECTION_STRING and
    OTEL_EXPORTER_OTLP_ENDPOINT); says where telemetry goes: azure-monitor, otlp or off."""
    global _exported_to
    connection_string, otlp = connection_string.strip(), otlp.strip().rstrip("/")
    if _exported_to is not None:
        return _exported_to  # the providers are the process's: set once
    if not connection_string and not otlp:
        return "off"
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import PeriodicExportingMetricReader
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    resource = Resource.create({"service.name": service_name or "incentives-assistant"})
    if connection_string:
        from azure.monitor.opentelemetry.exporter import (
            AzureMonitorMetricExporter,
            AzureMonitorTraceExporter,
        )

        spans = AzureMonitorTraceExporter(connection_string=connection_string)
        numbers = AzureMonitorMetricExporter(connection_string=connection_string)
        where = "azure-monitor"
    else:
        from opentelemetry.exporter.otlp.proto.http.metric_exporter import OTLPMetricExporter
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        spans = OTLPSpanExporter(endpoint=f"{otlp}/v1/traces")
        numbers, where = OTLPMetricExporter(endpoint=f"{otlp}/v1/metrics"), "otlp"
    tracer_provider = TracerProvider(resource=resource)
    tracer_provider.add_span_processor(BatchSpanProcessor(spans))
    trace.set_tracer_provider(tracer_provider)
    reader = PeriodicExportingMetricReader(numbers)
    metrics.set_meter_provider(MeterProvider(resource=resource, metric_readers=[reader]))
    _exported_to = where
    return where
