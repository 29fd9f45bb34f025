#!/bin/bash
# One-shot topic creation for docker compose (runs in the apache/kafka image).
# TOPICS: space-separated names; PARTITIONS: partition count for all of them (= WIRESTREAM_PARTITIONS).
# Fails if a topic already exists with fewer partitions: the workers' consumer group would
# then use fewer partitions than configured, and shrinking is impossible in Kafka anyway.
set -euo pipefail

BOOTSTRAP="${BOOTSTRAP:-kafka:9092}"
PARTITIONS="${PARTITIONS:?PARTITIONS is required}"
TOPICS="${TOPICS:?TOPICS is required}"
KAFKA_TOPICS="${KAFKA_TOPICS:-/opt/kafka/bin/kafka-topics.sh}"

for attempt in $(seq 1 60); do
  if "$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --list >/dev/null 2>&1; then
    break
  fi
  [ "$attempt" -eq 60 ] && { echo "broker $BOOTSTRAP not reachable" >&2; exit 1; }
  sleep 2
done

for topic in $TOPICS; do
  "$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
    --topic "$topic" --partitions "$PARTITIONS" --replication-factor 1
  have=$("$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --describe --topic "$topic" \
    | grep -c "Partition: ") || true
  if [ "$have" -lt "$PARTITIONS" ]; then
    echo "topic $topic has $have partitions, expected $PARTITIONS" >&2
    exit 1
  fi
  echo "topic $topic: $have partitions"
done
