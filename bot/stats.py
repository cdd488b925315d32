"""The query log: one JSON line per question (time, chat hash, question, qtype, declined, latency), and the
summary /stats shows, read back from that file so it survives restarts."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Summary:
    questions: int = 0
    chats: int = 0
    declined: int = 0
    p50_ms: float = 0.0
    p90_ms: float = 0.0
    p99_ms: float = 0.0

    @property
    def decline_rate(self) -> float:
        return self.declined / self.questions if self.questions else 0.0


class QueryLog:
    def __init__(self, path: Path, key: bytes):
        self.path = path
        # Chat ids are small integers: a plain hash would be reversible by enumeration, a keyed one is not.
        self._key = key
        self._lock = threading.Lock()
        self._file = None

    def chat_hash(self, chat_id: int) -> str:
        return hmac.new(self._key, str(chat_id).encode(), hashlib.sha256).hexdigest()[:16]

    def write(self, chat_id: int, question: str, qtype: str, declined: bool, latency: float) -> None:
        record = {"time": round(time.time(), 3), "chat": self.chat_hash(chat_id), "question": question,
                  "qtype": qtype, "declined": declined, "latency_ms": round(latency * 1000, 3)}
        line = json.dumps(record, ensure_ascii=False) + "\n"
        with self._lock:
            try:
                if self._file is None:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                    self._file = self.path.open("a", encoding="utf-8")
                self._file.write(line)  # flushed by summary() and close(), not per line: it is on the hot path
            except OSError as exc:  # a full disk must not stop the bot from answering
                log.warning("query log %s: %s", self.path, exc)

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None

    def summary(self) -> Summary:
        with self._lock:
            if self._file is not None:
                self._file.flush()
        latencies, chats, declined = [], set(), 0
        try:
            with self.path.open(encoding="utf-8") as f:
                for line in f:
                    try:
                        rec = json.loads(line)
                        latencies.append(float(rec["latency_ms"]))
                        chats.add(rec["chat"])
                        declined += bool(rec["declined"])
                    except (ValueError, KeyError, TypeError):
                        continue  # a torn last line after a crash, or a foreign line
        except FileNotFoundError:
            return Summary()
        if not latencies:
            return Summary()
        p50, p90, p99 = np.percentile(latencies, [50, 90, 99])
        return Summary(len(latencies), len(chats), declined, float(p50), float(p90), float(p99))
