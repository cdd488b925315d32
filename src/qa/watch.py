"""A watched corpus: new, changed or deleted files in the corpus folders are indexed within seconds.

Used by the long-running adapters (`qa repl` in a background thread, the bot as an asyncio task). File-system
events come from `watchfiles` (inotify, FSEvents, …); where it is not installed or cannot watch (no inotify
slots left, a network file system) the folders are polled instead. A burst of events (a day's 20 pages copied
at once) is one batch: nothing happens until the folders have been quiet for `corpus.watch_debounce_ms`. Each
batch calls `engine.reload()` — the same call as `:reload` and `/reload`, which compares the files with the
ones its corpus was read from — and reports what its `last_reload` says came in:
"+1 file: rmrb_20210302_04.txt, 3 articles".
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol

from .load import corpus_signature
from .types import Corpus

log = logging.getLogger(__name__)

_CATCH_UP = 0.5  # seconds after the watch starts: by then watchfiles has its watches in place


class Report(Protocol):
    """What a reload changed (qa.engine.ReloadReport is one): corpus files by display name."""

    @property
    def added(self) -> tuple[str, ...]: ...

    @property
    def changed(self) -> tuple[str, ...]: ...

    @property
    def removed(self) -> tuple[str, ...]: ...


class Reloadable(Protocol):
    """What the watcher needs of an Engine (qa.engine.Engine is one)."""

    paths: list[Path]

    @property
    def corpus(self) -> Corpus: ...

    @property
    def last_reload(self) -> Report | None: ...

    def reload(self, force: bool = False) -> bool: ...


def _files(n: int) -> str:
    return f"{n} file" if n == 1 else f"{n} files"


def _articles(n: int) -> str:
    return f"{n} article" if n == 1 else f"{n} articles"


def describe(change: Report, corpus: Corpus) -> str:
    """"+1 file: a.txt, 3 articles; ~1 file: b.jsonl, 2 articles; -1 file: c.txt" — counts from the new corpus.
    A reload in which no file's text changed (a file touched, or only its permissions) says "no file's text
    changed"."""
    per_file = Counter(a.file for a in corpus.articles)
    parts = []
    for sign, names in (("+", change.added), ("~", change.changed)):
        if len(names) == 1:
            parts.append(f"{sign}1 file: {names[0]}, {_articles(per_file[names[0]])}")
        elif names:
            shown = ", ".join(f"{n} ({per_file[n]})" for n in names[:5]) + (", …" if len(names) > 5 else "")
            total = sum(per_file[n] for n in names)
            parts.append(f"{sign}{_files(len(names))}, {_articles(total)}: {shown}")
    removed = change.removed
    if removed:
        shown = ", ".join(removed[:5]) + (", …" if len(removed) > 5 else "")
        parts.append(f"-{_files(len(removed))}: {shown}")
    return "; ".join(parts) or "reloaded, no file's text changed"


def _visible(_change: object, path: str) -> bool:
    # The loader skips hidden names, and atomic writes go through hidden temporary files.
    return not Path(path).name.startswith(".")


class CorpusWatcher:
    """Watches `engine.paths`; after each quiet batch of changes, reloads the engine and reports what changed.

    `report` gets one line per reload (or failed reload); `after_reload` runs before it, in the same thread.
    Run it with `start()`/`stop()` (a daemon thread) or `await run()` (an asyncio task; `stop_async()` ends
    it). `use_watchfiles=False` polls every `poll_ms`."""

    def __init__(self, engine: Reloadable, extensions: Iterable[str], report: Callable[[str], None],
                 debounce_ms: int = 500, poll_ms: int = 1000, use_watchfiles: bool = True,
                 after_reload: Callable[[], None] | None = None):
        self.engine = engine
        self.after_reload = after_reload  # called in the watcher's thread after each reload that loaded files
        self.extensions = tuple(extensions)
        self.report = report
        self.debounce_ms = debounce_ms
        self.poll_ms = poll_ms
        self.use_watchfiles = use_watchfiles
        self.mode = ""  # "watchfiles" or "polling", once running
        self.reloads = 0  # reloads that loaded a new corpus
        # Polling only: the files' signature at the last check, so a poll with no change costs a stat per file
        # and a broken corpus is tried once per change, not once per poll. What changed is the engine's to say.
        self._last = self._signature()
        self.ready = threading.Event()  # set once the watch is in place and has caught up
        self._checking = threading.Lock()  # the watch and its start-up catch-up never check at once
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._astop: asyncio.Event | None = None

    # ------------------------------------------------------------ one batch

    def check(self, catch_up: bool = False) -> bool:
        """Reload the engine if the files changed since its corpus was read, and report what its `last_reload`
        says; True when it reloaded. Never raises. catch_up: this is the check once the watch is in place (a
        file may have arrived after the engine was built and before the watch began); it sets `ready`."""
        with self._checking:
            reloaded = self._check()
        if catch_up:
            self.ready.set()
        return reloaded

    def _check(self) -> bool:
        seen = self._signature()
        t0 = time.perf_counter()
        try:
            reloaded = self.engine.reload()
        except Exception as exc:  # a broken corpus must not end the watch: the old corpus stays in use
            log.exception("corpus reload failed")
            self.report(f"corpus: reload failed, still answering from the previous files: {exc}")
            return False
        finally:
            self._last = seen  # tried once; the next change to the files tries again
        if not reloaded:  # nothing changed, or an explicit :reload or /reload (or an upload) loaded it already
            return False
        self.reloads += 1
        if self.after_reload is not None:
            self.after_reload()
        report = self.engine.last_reload  # (a :reload just after this one would show its own: as current)
        what = describe(report, self.engine.corpus) if report is not None else "reloaded"
        self.report(f"corpus: {what} ({time.perf_counter() - t0:.1f} s)")
        return True

    def _signature(self) -> tuple:
        return corpus_signature(self.engine.paths, self.extensions)

    def _watched(self) -> list[Path]:
        return [p for p in self.engine.paths if Path(p).exists()]

    def _kwargs(self) -> dict:
        # step: the quiet time that ends a batch; debounce: the longest a batch may keep growing.
        return {"watch_filter": _visible, "step": self.debounce_ms, "debounce": max(10 * self.debounce_ms, 2000)}

    def _settled(self, stopped: Callable[[], bool]) -> bool:
        """Polling: wait until the files stop changing for debounce_ms (a copy in progress). False if stopped."""
        current = self._signature()
        while not stopped():
            time.sleep(self.debounce_ms / 1000)
            again = self._signature()
            if again == current:
                return True
            current = again
        return False

    # ------------------------------------------------------------ a background thread (the REPL)

    def start(self) -> CorpusWatcher:
        self._thread = threading.Thread(target=self._run_thread, name="corpus-watch", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run_thread(self) -> None:
        if self.use_watchfiles:
            try:
                import watchfiles

                paths = self._watched()
                if paths:
                    self.mode = "watchfiles"
                    # Once the watch is in place (it starts with the generator), catch up with what came before.
                    catch_up = threading.Timer(_CATCH_UP, self.check, (True,))
                    catch_up.daemon = True
                    catch_up.start()
                    try:
                        for _ in watchfiles.watch(*paths, stop_event=self._stop, raise_interrupt=False,
                                                  rust_timeout=0, **self._kwargs()):
                            self.check()
                    finally:
                        catch_up.cancel()
                    return
            except Exception as exc:  # ImportError, no inotify slots, a file system it cannot watch
                log.info("watchfiles unavailable (%s): polling the corpus every %d ms", exc, self.poll_ms)
        self.mode = "polling"
        self.check(catch_up=True)
        while not self._stop.wait(self.poll_ms / 1000):
            if self._signature() != self._last and self._settled(self._stop.is_set):
                self.check()

    # ------------------------------------------------------------ an asyncio task (the bot)

    async def run(self) -> None:
        """Watch until `stop_async()`; each batch's reload runs in a worker thread, the loop keeps serving."""
        self._astop = stop = asyncio.Event()
        if self.use_watchfiles:
            try:
                import watchfiles

                paths = self._watched()
                if paths:
                    self.mode = "watchfiles"
                    catch_up = asyncio.create_task(self._catch_up())  # as in _run_thread
                    try:
                        async for _ in watchfiles.awatch(*paths, stop_event=stop, **self._kwargs()):
                            await asyncio.to_thread(self.check)
                    finally:
                        catch_up.cancel()
                    return
            except Exception as exc:  # as in _run_thread
                log.info("watchfiles unavailable (%s): polling the corpus every %d ms", exc, self.poll_ms)
        self.mode = "polling"
        await asyncio.to_thread(self.check, True)
        while not stop.is_set():
            try:
                await asyncio.wait_for(stop.wait(), self.poll_ms / 1000)
                return
            except asyncio.TimeoutError:
                pass
            moved = await asyncio.to_thread(lambda: self._signature() != self._last)
            if moved and await asyncio.to_thread(self._settled, stop.is_set):
                await asyncio.to_thread(self.check)

    async def _catch_up(self) -> None:
        await asyncio.sleep(_CATCH_UP)
        await asyncio.to_thread(self.check, True)

    def stop_async(self) -> None:
        if self._astop is not None:
            self._astop.set()
