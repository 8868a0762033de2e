FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY router ./router
COPY policies ./policies
COPY classifiers ./classifiers
RUN pip install --disable-pip-version-check . && useradd --system --uid 10001 router \
    && mkdir -p /var/lib/router && chown router /var/lib/router
COPY config.yaml ./config.yaml
COPY migrations ./migrations

USER router
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/healthz')"
CMD ["router", "serve", "--config", "/app/config.yaml", "--host", "0.0.0.0", "--port", "8080"]
