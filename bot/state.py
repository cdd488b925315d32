"""What the bot keeps across restarts: each chat's conversation (PTB chat_data) and the inline buttons' payloads
(PTB's callback-data cache), in SQLite — one row per chat, each written whole or not at all.

Values are pickled: the file is the bot's own state (like PTB's PicklePersistence), never input from others.
"""

from __future__ import annotations

import logging
import pickle
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from telegram.ext import BasePersistence, PersistenceInput

from .querylog import connect

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS chat_data (chat_id INTEGER PRIMARY KEY, data BLOB NOT NULL, updated REAL NOT NULL);
CREATE TABLE IF NOT EXISTS blobs (name TEXT PRIMARY KEY, data BLOB NOT NULL, updated REAL NOT NULL);
"""


def _open(path: Path) -> sqlite3.Connection:
    db = connect(path)
    try:
        db.executescript(_SCHEMA)
    except sqlite3.DatabaseError:
        db.close()
        raise
    return db


class SQLitePersistence(BasePersistence[dict, dict, dict]):
    """PTB persistence for chat_data and callback_data in one SQLite file (user/bot data and PTB's
    ConversationHandler states are not used by this bot)."""

    def __init__(self, path: Path, update_interval: float = 60.0):
        super().__init__(store_data=PersistenceInput(bot_data=False, chat_data=True, user_data=False,
                                                     callback_data=True),
                         update_interval=update_interval)
        self.path = path
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            try:
                self._db = _open(self.path)
            except sqlite3.DatabaseError as exc:  # not a database (junk, a torn copy): keep it aside, start afresh
                aside = self.path.with_name(f"{self.path.name}.broken-{int(time.time())}")
                self.path.rename(aside)
                log.warning("bot state %s: unreadable (%s); moved to %s, starting with no saved conversations",
                            self.path, exc, aside)
                self._db = _open(self.path)
        return self._db

    def _load(self, blob: bytes, what: str) -> Any:
        try:
            return pickle.loads(blob)
        except Exception as exc:  # a state from an incompatible version: start that part afresh
            log.warning("bot state %s: cannot read %s (%s: %s); starting it afresh", self.path, what,
                        type(exc).__name__, exc)
            return None

    # ------------------------------------------------------------ chat data

    async def get_chat_data(self) -> dict[int, dict]:
        with self._lock:
            rows = self._conn().execute("SELECT chat_id, data FROM chat_data").fetchall()
        out = {}
        for chat_id, blob in rows:
            data = self._load(blob, f"chat {chat_id}")
            if isinstance(data, dict):
                out[chat_id] = data
        return out

    async def update_chat_data(self, chat_id: int, data: dict) -> None:
        blob = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
        with self._lock:
            self._conn().execute("INSERT OR REPLACE INTO chat_data VALUES (?, ?, ?)", (chat_id, blob, time.time()))

    async def drop_chat_data(self, chat_id: int) -> None:
        with self._lock:
            self._conn().execute("DELETE FROM chat_data WHERE chat_id = ?", (chat_id,))

    async def refresh_chat_data(self, chat_id: int, chat_data: dict) -> None:
        pass

    # ------------------------------------------------------------ callback data (inline buttons)

    async def get_callback_data(self) -> Any:
        with self._lock:
            row = self._conn().execute("SELECT data FROM blobs WHERE name = 'callback_data'").fetchone()
        return self._load(row[0], "button data") if row else None

    async def update_callback_data(self, data: Any) -> None:
        blob = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
        with self._lock:
            self._conn().execute("INSERT OR REPLACE INTO blobs VALUES ('callback_data', ?, ?)", (blob, time.time()))

    # ------------------------------------------------------------ unused by this bot

    async def get_user_data(self) -> dict[int, dict]:
        return {}

    async def update_user_data(self, user_id: int, data: dict) -> None:
        pass

    async def drop_user_data(self, user_id: int) -> None:
        pass

    async def refresh_user_data(self, user_id: int, user_data: dict) -> None:
        pass

    async def get_bot_data(self) -> dict:
        return {}

    async def update_bot_data(self, data: dict) -> None:
        pass

    async def refresh_bot_data(self, bot_data: dict) -> None:
        pass

    async def get_conversations(self, name: str) -> dict:
        return {}

    async def update_conversation(self, name: str, key: Any, new_state: object | None) -> None:
        pass

    async def flush(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
