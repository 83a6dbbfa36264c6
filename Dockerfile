# The bot behind gunicorn with aiohttp's worker (as the BotBuilder samples deploy it).
#
#   docker build -t incentives-assistant .
#   # one instance, TinyDB in a volume:
#   docker run -p 3978:3978 -v incentives-data:/data -e STATUS_WEBHOOK_SECRET=... incentives-assistant
#   # several instances on one Azure Blob container (README: "Running several instances"):
#   docker run -p 3978:3978 -e STORAGE=azure-blob -e AZURE_STORAGE_CONNECTION_STRING=... incentives-assistant
#
# Settings are the environment variables of .env.example (never baked into the image).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Tesseract with its English and French data: invoices sent as photos or scans are read
# (invoices/). Without it the bot reads text PDFs only, and says so in /healthz.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra \
    && rm -rf /var/lib/apt/lists/*

# Dependencies first, pinned exactly: this layer is rebuilt only when they change.
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt

# The code belongs to root and is read-only for the bot; only /data is writable.
COPY app.py config.py ./
COPY backoffice_api/ backoffice_api/
COPY bot/ bot/
COPY dialogs/ dialogs/
COPY domain/ domain/
COPY invoices/ invoices/
COPY proactive/ proactive/
COPY seam/ seam/
COPY sheets/ sheets/
COPY storage/ storage/
COPY views/ views/
COPY tools/ tools/
RUN useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin bot \
    && mkdir -p /data \
    && chown bot:bot /data

# HOST/PORT are read by `python app.py`; gunicorn binds 0.0.0.0:$PORT by itself.
# WEB_CONCURRENCY (gunicorn's worker count) stays 1: with STORAGE=tinydb exactly one
# process may own DATA_DIR (a second one refuses to start); with STORAGE=azure-blob scale
# out by running more containers, each with its own notifier (safe: outbox leases).
ENV HOST=0.0.0.0 \
    PORT=3978 \
    DATA_DIR=/data \
    STORAGE=tinydb \
    WEB_CONCURRENCY=1
VOLUME ["/data"]
USER bot
EXPOSE 3978

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ['PORT'], timeout=4)"]

# `make run`, production-style: the async app factory, one aiohttp worker, logs to stdout.
# --graceful-timeout lets a turn in flight finish on SIGTERM (docker stop).
CMD ["gunicorn", "app:make_app", \
     "--worker-class", "aiohttp.GunicornUVLoopWebWorker", \
     "--graceful-timeout", "30", \
     "--access-logfile", "-"]
