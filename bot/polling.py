"""Long polling that a bad update, a flaky API or a second bot process cannot stall.

PTB's Updater asks `Bot.get_updates` for a batch and confirms it by the last update_id. Two things here:

- When a batch does not parse, each of its updates is parsed on its own; one the library cannot parse (a chat
  without `type`, a poll missing a field) becomes an empty `Update` with its id, so the offset moves past it
  and nothing handles it. Without this, PTB re-polls the same batch forever.
- Polling errors get our policy instead of PTB's (whose delay grows to 30 s): a capped backoff, and on
  `409 Conflict` — another process polling with this token — a clear log line and, if it lasts, a stop.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

from telegram import Update
from telegram.error import Conflict, InvalidToken, RetryAfter, TelegramError, TimedOut
from telegram.ext import ExtBot

log = logging.getLogger(__name__)


class PollPolicy:
    """What to do after a failed getUpdates: how long to wait, and when a conflict means "give up".

    A conflict lasting `conflict_exit` seconds stops the bot (via `stop`) and sets `gave_up`. A bot that was
    polling alone before the conflict waits twice as long, so the newcomer is the one that leaves. The
    conflict is over after `quiet` seconds without a 409 (about one long poll).
    """

    def __init__(self, max_delay: float, conflict_exit: float, quiet: float, redact: Callable[[str], str] = str,
                 clock: Callable[[], float] = time.monotonic):
        self.max_delay = max_delay
        self.conflict_exit = conflict_exit
        self.quiet = quiet
        self.redact = redact
        self.clock = clock
        self.stop: Callable[[], Any] = lambda: None  # set once the Application exists
        self.failures = 0  # consecutive
        self.started = clock()
        self.conflict_since: float | None = None
        self.last_conflict = 0.0
        self.gave_up = False

    def delay(self) -> float:
        """1, 1.5, 2.25 … seconds (PTB's growth), never more than max_delay."""
        return min(self.max_delay, 1.5 ** max(0, self.failures - 1))

    def failed(self, exc: TelegramError) -> float:
        """Record a failed poll; the seconds to wait before the next one (0 once the bot is stopping)."""
        self.failures += 1
        now = self.clock()
        if isinstance(exc, Conflict):
            if self.conflict_since is None:
                self.conflict_since = now
                log.error("409 Conflict: another bot instance is polling Telegram with this token (only one may); "
                          "stop the other one. This one exits after %.0f s of conflict (bot.conflict_exit).",
                          self._limit())
            self.last_conflict = now
            if now - self.conflict_since >= self._limit():
                log.error("another bot instance kept polling with this token for %.0f s (409 Conflict): exiting",
                          now - self.conflict_since)
                self.gave_up = True
                self.stop()
                return 0.0
            return self.delay()
        wait = self.delay()
        log.warning("Bot API problem while polling (failure %d in a row, retrying in %.1f s): %s: %s",
                    self.failures, wait, type(exc).__name__, self.redact(str(exc)))
        return wait

    def succeeded(self) -> None:
        now = self.clock()
        if self.failures:
            log.info("polling again after %d failure(s)", self.failures)
        self.failures = 0
        if self.conflict_since is not None and now - self.last_conflict > self.quiet:
            log.warning("409 Conflict is over: no other instance polled for %.0f s", now - self.last_conflict)
            self.conflict_since = None

    def _limit(self) -> float:
        newcomer = self.conflict_since is None or self.conflict_since - self.started < self.conflict_exit
        return self.conflict_exit if newcomer else 2 * self.conflict_exit


class PollingBot(ExtBot):
    """ExtBot whose getUpdates skips unparsable updates and applies `PollPolicy` to polling errors."""

    def __init__(self, *args: Any, policy: PollPolicy, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._policy = policy
        self._raw_updates: Any = None

    @property
    def policy(self) -> PollPolicy:
        return self._policy

    async def get_updates(self, offset: int | None = None, limit: int | None = None, timeout: Any = None,
                          allowed_updates: Any = None, **kwargs: Any) -> tuple[Update, ...]:
        try:
            try:
                updates = await super().get_updates(offset=offset, limit=limit, timeout=timeout,
                                                    allowed_updates=allowed_updates, **kwargs)
            except TelegramError:
                raise
            except Exception:  # the batch holds an update the library cannot parse (rare: parse it again, singly)
                updates = self._salvage()
        except (InvalidToken, RetryAfter, TimedOut):
            raise  # PTB's loop does the right thing: stop; wait as told; retry at once
        except TelegramError as exc:
            if not timeout:  # the Updater's last call on shutdown (timeout 0) only confirms the offset
                raise
            await asyncio.sleep(self._policy.failed(exc))  # cancelled at once when the Updater stops
            return ()
        if timeout:
            self._policy.succeeded()
        return updates

    async def _post(self, endpoint: str, data: Any = None, *args: Any, **kwargs: Any) -> Any:
        result = await super()._post(endpoint, data, *args, **kwargs)
        if endpoint == "getUpdates":
            self._raw_updates = result  # kept for _salvage (a reference, no copy)
        return result

    def _salvage(self) -> tuple[Update, ...]:
        """The last batch parsed update by update; one that does not parse becomes a bare update with its id
        (so the offset moves past it and no handler sees it), with one log line."""
        updates = []
        for raw in self._raw_updates if isinstance(self._raw_updates, list) else ():
            try:
                update = Update.de_json(raw, self)
            except Exception as exc:  # whatever the library raises on data it does not expect
                update_id = raw.get("update_id") if isinstance(raw, dict) else None
                log_unparsable(update_id, exc)
                if not isinstance(update_id, int):
                    continue
                update = Update(update_id)
            self.insert_callback_data(update)
            updates.append(update)
        return tuple(updates)


def log_unparsable(update_id: Any, exc: BaseException, logger: logging.Logger = log) -> None:
    """The one line for an update the library cannot parse (polling and webhook): its id and the library's
    complaint, cut short."""
    logger.warning("skipped update %s: the library cannot parse it (%s: %s)", update_id, type(exc).__name__,
                   str(exc)[:200])
