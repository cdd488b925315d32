"""The bot's query log in SQLite (WAL): one row per question, written whole or not at all.

/stats is a query over it; rows older than bot.log_retention_days are deleted; an old JSON-lines log
(the format before SQLite) is imported once, bad lines skipped and counted. `qa log export --jsonl` writes
the rows back out in that JSON-lines format.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import logging
import math
import sqlite3
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

FIELDS = ("time", "chat", "question", "qtype", "declined", "latency_ms")  # the JSON-lines record
_SCHEMA = """
CREATE TABLE IF NOT EXISTS queries (
    id INTEGER PRIMARY KEY,
    time REAL NOT NULL,            -- Unix time of the answer
    chat TEXT NOT NULL,            -- keyed hash of the chat id
    question TEXT NOT NULL,
    qtype TEXT NOT NULL,
    declined INTEGER NOT NULL,
    latency_ms REAL                -- NULL when not a finite number
);
CREATE INDEX IF NOT EXISTS queries_time ON queries(time);
CREATE INDEX IF NOT EXISTS queries_latency ON queries(latency_ms);
CREATE TABLE IF NOT EXISTS imported (path TEXT PRIMARY KEY, time REAL, records INTEGER, skipped INTEGER);
"""
_PRUNE_EVERY = 3600.0  # seconds between retention DELETEs while running


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


@dataclass(frozen=True)
class ImportResult:
    records: int
    skipped: int
    bad_lines: tuple[int, ...]  # line numbers (from 1) of the first bad lines


def database_path(path: Path) -> Path:
    """The SQLite file for a configured query_log: a `.jsonl` path (the old format) keeps its name with .sqlite3."""
    return path.with_suffix(".sqlite3") if path.suffix == ".jsonl" else path


def connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)  # autocommit; BEGIN when needed
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a crash loses at most the last commits, never tears one
    db.execute("PRAGMA busy_timeout=5000")
    return db


class QueryLog:
    def __init__(self, path: Path, key: bytes, retention_days: float = 0.0):
        self.path = database_path(path)
        # Chat ids are small integers: a plain hash would be reversible by enumeration, a keyed one is not.
        self._key = key
        self.retention_days = retention_days
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._pruned = 0.0

    # ------------------------------------------------------------ opening

    def open(self, legacy: Path | None = None) -> QueryLog:
        """Create the database if needed, import `legacy` (an old JSON-lines log) once, apply retention."""
        with self._lock:
            if self._db is None:
                self._db = connect(self.path)
                self._db.executescript(_SCHEMA)
        if legacy is not None and legacy.is_file():
            self.import_jsonl(legacy)
        self.prune()
        return self

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            self.open()
        assert self._db is not None
        return self._db

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    # ------------------------------------------------------------ writing

    def chat_hash(self, chat_id: int) -> str:
        return hmac.new(self._key, str(chat_id).encode(), hashlib.sha256).hexdigest()[:16]

    def write(self, chat_id: int, question: str, qtype: str, declined: bool, latency: float) -> None:
        ms = latency * 1000
        row = (round(time.time(), 3), self.chat_hash(chat_id), question, qtype, int(bool(declined)),
               round(ms, 3) if math.isfinite(ms) else None)
        try:
            with self._lock:
                self._conn().execute("INSERT INTO queries (time, chat, question, qtype, declined, latency_ms) "
                                     "VALUES (?, ?, ?, ?, ?, ?)", row)
        except (sqlite3.Error, OSError) as exc:  # a full disk must not stop the bot from answering
            log.warning("query log %s: %s", self.path, exc)
            return
        if self.retention_days and time.monotonic() - self._pruned > _PRUNE_EVERY:
            self.prune()

    def prune(self) -> int:
        """Delete the rows older than retention_days (0: keep everything); the number deleted."""
        self._pruned = time.monotonic()
        if self.retention_days <= 0:
            return 0
        cutoff = time.time() - self.retention_days * 86400
        try:
            with self._lock:
                deleted = self._conn().execute("DELETE FROM queries WHERE time < ?", (cutoff,)).rowcount
        except sqlite3.Error as exc:
            log.warning("query log %s: retention: %s", self.path, exc)
            return 0
        if deleted:
            log.info("query log: deleted %d record(s) older than %g days", deleted, self.retention_days)
        return deleted

    def import_jsonl(self, source: Path) -> ImportResult | None:
        """Import an old JSON-lines log once (by its resolved path); None if it was imported before."""
        key = str(source.resolve())
        db = self._conn()
        with self._lock:
            if db.execute("SELECT 1 FROM imported WHERE path = ?", (key,)).fetchone():
                return None
        rows, bad = [], []
        with source.open("rb") as f:
            for number, raw in enumerate(f, 1):
                if not raw.strip():
                    continue
                row = _legacy_row(raw)
                if row is None:
                    bad.append(number)
                else:
                    rows.append(row)
        with self._lock:
            db.execute("BEGIN IMMEDIATE")  # all of it or nothing, and the mark with it
            try:
                db.executemany("INSERT INTO queries (time, chat, question, qtype, declined, latency_ms) "
                               "VALUES (?, ?, ?, ?, ?, ?)", rows)
                db.execute("INSERT INTO imported VALUES (?, ?, ?, ?)", (key, time.time(), len(rows), len(bad)))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        where = f" (line {', '.join(map(str, bad[:10]))}{', …' if len(bad) > 10 else ''})" if bad else ""
        (log.warning if bad else log.info)("query log: imported %d record(s) from %s, skipped %d bad line(s)%s",
                                           len(rows), source, len(bad), where)
        return ImportResult(len(rows), len(bad), tuple(bad[:10]))

    # ------------------------------------------------------------ reading

    def summary(self) -> Summary:
        db = self._conn()
        with self._lock:
            n, chats, declined = db.execute(
                "SELECT COUNT(*), COUNT(DISTINCT chat), COALESCE(SUM(declined), 0) FROM queries").fetchone()
            if not n:
                return Summary()
            timed = db.execute("SELECT COUNT(*) FROM queries WHERE latency_ms IS NOT NULL").fetchone()[0]
            p50, p90, p99 = (_percentile(db, timed, p) for p in (50, 90, 99))
        return Summary(n, chats, declined, p50, p90, p99)

    def records(self) -> Iterator[dict]:
        """Every row as the JSON-lines record, oldest first."""
        db = self._conn()
        with self._lock:
            rows = db.execute(f"SELECT {', '.join(FIELDS)} FROM queries ORDER BY time, id").fetchall()
        for t, chat, question, qtype, declined, latency in rows:
            yield {"time": t, "chat": chat, "question": question, "qtype": qtype, "declined": bool(declined),
                   "latency_ms": latency}


def _percentile(db: sqlite3.Connection, n: int, p: float) -> float:
    """The p-th percentile of the finite latencies (linear between neighbours, like numpy's default)."""
    if not n:
        return 0.0
    pos = p / 100 * (n - 1)
    lo = math.floor(pos)
    values = [v for (v,) in db.execute("SELECT latency_ms FROM queries WHERE latency_ms IS NOT NULL "
                                       "ORDER BY latency_ms LIMIT 2 OFFSET ?", (lo,))]
    if len(values) == 1:
        return float(values[0])
    return float(values[0] + (values[1] - values[0]) * (pos - lo))


def _legacy_row(raw: bytes) -> tuple | None:
    """An old JSON-lines record as a row, or None for a torn, undecodable or foreign line."""
    try:
        rec = json.loads(raw.decode("utf-8"))
        t, latency = float(rec["time"]), float(rec["latency_ms"])
        row = (t, str(rec["chat"]), str(rec["question"]), str(rec["qtype"]), int(bool(rec["declined"])),
               latency if math.isfinite(latency) else None)
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        return None
    return row if math.isfinite(t) else None


# ---------------------------------------------------------------- `qa log`

EXAMPLES = """examples:
  qa log export --jsonl > queries.jsonl          # the bot's query log as JSON lines (the pre-SQLite format)
  qa log export --jsonl --output queries.jsonl
  qa log import old-queries.jsonl                # add an old JSON-lines log (once; bad lines are counted)
  qa log stats                                   # what /stats shows

The log is the SQLite file at bot.query_log in the config (default .cache/qa/queries.sqlite3)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", metavar="FILE", help="config file (default: $QA_CONFIG or config/default.yaml)")
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("export", parents=[common], help="write every record as a JSON line (oldest first)")
    p.add_argument("--jsonl", action="store_true", required=True, help="JSON lines, one record per line")
    p.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")
    p = sub.add_parser("import", parents=[common], help="import an old JSON-lines query log (once per file)")
    p.add_argument("file", type=Path)
    sub.add_parser("stats", parents=[common], help="questions, chats, declines and latency percentiles")


def run(args: argparse.Namespace) -> int:
    from qa.config import load_config

    config = load_config(args.config)
    path = database_path(config.path(config.bot.query_log))
    if args.action == "import":
        if not args.file.is_file():
            print(f"qa log: {args.file}: no such file", file=sys.stderr)
            return 1
        result = QueryLog(path, key=b"").open().import_jsonl(args.file)
        if result is None:
            print(f"{args.file} was imported before; nothing done")
        else:
            print(f"imported {result.records} record(s), skipped {result.skipped} bad line(s)")
        return 0
    if not path.exists():
        print(f"qa log: no query log at {path} (the bot writes it when it answers)", file=sys.stderr)
        return 1
    querylog = QueryLog(path, key=b"").open()
    if args.action == "stats":
        s = querylog.summary()
        print(f"questions {s.questions}, chats {s.chats}, declined {s.declined} ({s.decline_rate:.0%}); "
              f"latency p50 {s.p50_ms:.1f} ms, p90 {s.p90_ms:.1f} ms, p99 {s.p99_ms:.1f} ms")
        return 0
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    try:
        for record in querylog.records():
            out.write(json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0
