"""A fake Telegram Bot API on 127.0.0.1 (aiohttp, in its own thread) for end-to-end tests of the real bot.

It behaves like Telegram for the methods the bot uses: the {"ok": …} envelope and status codes, getUpdates
long polling with offset confirmation (a second concurrent poller gets 409), webhook delivery with the secret
header, and sendMessage/editMessageText checking the HTML and the 4096-character limit with Telegram's error
texts. Tests push updates, read the recorded calls, and inject failures (429 with retry_after, 409, 502,
timeouts, dropped connections). Documents users send are served by getFile and the file-download route.

    with FakeTelegram() as tg:
        env["TELEGRAM_API_URL"] = tg.url
        tg.message(42, "会议在哪里召开？")
        [reply] = tg.wait_sent(42)
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from aiohttp import ClientSession, ClientTimeout, web

from qa.config import DEFAULT_CONFIG, PROJECT_ROOT

QA_BIN = Path(sys.executable).with_name("qa")  # the real console script of this venv

TOKEN = "123456789:TEST-fake_token_for_loopback_only"
MAX_TEXT = 4096
JSON_FIELDS = ("reply_markup", "allowed_updates", "commands", "reply_parameters", "link_preview_options",
               "entities", "scope")
INT_FIELDS = ("chat_id", "offset", "limit", "timeout", "message_id", "max_connections")
HTML_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre",
             "blockquote", "tg-emoji"}
ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
CONFLICT_POLL = "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"
CONFLICT_HOOK = "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the " \
                "webhook first"


class BadRequest(Exception):
    pass


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def parse_html(text: str) -> str:
    """The visible text of Telegram-HTML `text`; BadRequest with Telegram's wording when it does not parse."""
    out, stack, i = [], [], 0
    tag_re = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^<>]*)?)>")
    while i < len(text):
        ch = text[i]
        if ch == "<":
            m = tag_re.match(text, i)
            offset = len(text[:i].encode())
            if not m:
                raise BadRequest(f"can't parse entities: Unexpected end of name token at byte offset {offset}")
            closing, name = m.group(1) == "/", m.group(2).lower()
            if name not in HTML_TAGS:
                kind = "end" if closing else "start"
                raise BadRequest(f'can\'t parse entities: Unsupported {kind} tag "{name}" at byte offset {offset}')
            if closing:
                if not stack or stack[-1] != name:
                    expected = f'"</{stack[-1]}>"' if stack else "no end tag"
                    raise BadRequest(f"can't parse entities: Unmatched end tag at byte offset {offset}, "
                                     f'expected {expected}, found "</{name}>"')
                stack.pop()
            else:
                stack.append(name)
            i = m.end()
        elif ch == "&":
            m = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);").match(text, i)
            if not m:
                out.append("&")  # a lone ampersand is taken literally
                i += 1
                continue
            ref = m.group(1)
            if ref.startswith("#x"):
                out.append(chr(int(ref[2:], 16)))
            elif ref.startswith("#"):
                out.append(chr(int(ref[1:])))
            elif ref in ENTITIES:
                out.append(ENTITIES[ref])
            else:
                raise BadRequest(f'can\'t parse entities: Unsupported HTML entity "&{ref};" at byte offset '
                                 f"{len(text[:i].encode())}")
            i = m.end()
        else:
            out.append(ch)
            i += 1
    if stack:
        raise BadRequest(f'can\'t parse entities: Can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return "".join(out)


@dataclass
class Call:
    method: str
    params: dict
    time: float  # time.monotonic() when the request arrived
    status: int = 200
    result: object = None
    error: str = ""


@dataclass
class Failure:
    status: int = 502
    retry_after: int | None = None
    description: str = ""
    delay: float = 0.0  # answer this late (the client times out first: a lost request)
    disconnect: bool = False  # drop the connection without an answer


@dataclass
class Message:
    message_id: int
    chat_id: int
    text: str  # visible text
    html: str
    reply_markup: dict | None = None
    edits: list[str] = field(default_factory=list)


class FakeTelegram:
    def __init__(self, token: str = TOKEN, username: str = "qa_test_bot", bot_id: int = 123456789):
        self.token = token
        self.username = username
        self.bot_id = bot_id
        self.calls: list[Call] = []
        self.messages: dict[int, Message] = {}
        self.commands: list[dict] = []
        self.webhook_url = ""
        self.webhook_secret = ""
        self.webhook_posts: list[tuple[int, int]] = []  # (update_id, HTTP status) of each delivery attempt
        self.pushed_at: dict[int, float] = {}  # update_id → time.monotonic() of the push
        self.deliveries: dict[int, int] = {}  # update_id → how often it was handed to the bot
        self.confirmed = 0  # every update_id below this is confirmed (gone)
        self.sent_count = 0  # successful sendMessage calls (cheap to poll in benchmarks)
        self.files: dict[str, tuple[str, bytes]] = {}  # file_id → (file_path, content) of documents users sent
        self.downloads: list[str] = []  # file_path of every file the bot downloaded
        self._queue: list[dict] = []
        self._next_update = 1
        self._next_message = 1
        self._failures: dict[str, deque[Failure]] = {}
        self._polling = False
        self._poller: web.Request | None = None
        self._cond = threading.Condition()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # ------------------------------------------------------------ lifecycle

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FakeTelegram:
        started = threading.Event()
        self._loop = asyncio.new_event_loop()

        def main():
            asyncio.set_event_loop(self._loop)
            self._loop.run_until_complete(self._serve())
            started.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=main, name="fake-telegram", daemon=True)
        self._thread.start()
        if not started.wait(10):
            raise RuntimeError("fake Telegram server did not start")
        return self

    async def _serve(self):
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._dispatch)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        # handler_cancellation: a client that hangs up (timeout, SIGTERM) ends its long poll here too.
        self._runner = web.AppRunner(app, handler_cancellation=True, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        self._new_update = asyncio.Event()
        self._http = ClientSession(timeout=ClientTimeout(total=5))
        self._hook_task = asyncio.create_task(self._deliver_webhooks())

    def stop(self) -> None:
        if self._loop is None:
            return

        async def shutdown():
            self._hook_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._hook_task
            await self._http.close()
            await self._runner.cleanup()

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop = None

    def __enter__(self) -> FakeTelegram:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # ------------------------------------------------------------ test controls

    def push(self, update: dict) -> int:
        """Queue an update (an update_id is assigned); returns the update_id."""
        with self._cond:
            update = {"update_id": self._next_update, **update}
            self._next_update += 1
            self.pushed_at[update["update_id"]] = time.monotonic()
        self._loop.call_soon_threadsafe(self._enqueue, [update])
        return update["update_id"]

    def push_many(self, updates: list[dict]) -> list[int]:
        """Queue several updates at once (one burst)."""
        with self._cond:
            batch = []
            now = time.monotonic()
            for u in updates:
                batch.append({"update_id": self._next_update, **u})
                self.pushed_at[self._next_update] = now
                self._next_update += 1
        self._loop.call_soon_threadsafe(self._enqueue, batch)
        return [u["update_id"] for u in batch]

    def message(self, chat_id: int, text: str, user_id: int | None = None, chat_type: str | None = None,
                is_bot: bool = False) -> int:
        return self.push({"message": self.make_message(chat_id, text, user_id, chat_type, is_bot)})

    def make_message(self, chat_id: int, text: str, user_id: int | None = None, chat_type: str | None = None,
                     is_bot: bool = False) -> dict:
        """A user's text message as Telegram sends it, with bot_command and mention entities."""
        user_id = user_id or (chat_id if chat_id > 0 else 1000)
        with self._cond:
            message_id = self._next_message
            self._next_message += 1
        msg = {"message_id": message_id, "date": int(time.time()), "chat": self._chat(chat_id, chat_type),
               "from": {"id": user_id, "is_bot": is_bot, "first_name": f"user{user_id}"}, "text": text}
        entities, command_end = [], 0
        if m := re.match(r"/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?", text):
            entities.append({"type": "bot_command", "offset": 0, "length": utf16_len(m.group())})
            command_end = m.end()
        for m in re.finditer(r"@[A-Za-z0-9_]{5,32}", text):
            if m.start() >= command_end:  # "/ask@bot" is one command entity, not a mention
                entities.append({"type": "mention", "offset": utf16_len(text[:m.start()]),
                                 "length": utf16_len(m.group())})
        if entities:
            msg["entities"] = entities
        return msg

    def document(self, chat_id: int, content: bytes, file_name: str | None, user_id: int | None = None,
                 mime_type: str = "text/plain", file_size: int | None = -1) -> int:
        """A user sends a file (as Telegram delivers it: a document with a file_id to getFile). file_size -1:
        the real size; None: not announced."""
        msg = self.make_message(chat_id, "", user_id)
        del msg["text"]
        with self._cond:
            file_id = f"doc{len(self.files) + 1}"
            self.files[file_id] = (f"documents/file_{len(self.files) + 1}", content)
        doc = {"file_id": file_id, "file_unique_id": f"u{file_id}", "mime_type": mime_type}
        if file_name is not None:
            doc["file_name"] = file_name
        if file_size is not None:
            doc["file_size"] = len(content) if file_size == -1 else file_size
        msg["document"] = doc
        return self.push({"message": msg})

    def callback(self, chat_id: int, data: str, user_id: int | None = None, message_id: int = 1) -> int:
        """A press on an inline button of the bot's message `message_id`."""
        user_id = user_id or (chat_id if chat_id > 0 else 1000)
        return self.push({"callback_query": {
            "id": f"cb{time.monotonic_ns()}", "chat_instance": str(chat_id), "data": data,
            "from": {"id": user_id, "is_bot": False, "first_name": f"user{user_id}"},
            "message": {"message_id": message_id, "date": int(time.time()), "chat": self._chat(chat_id),
                        "from": self._me(), "text": "…"},
        }})

    def fail(self, method: str, status: int = 502, times: int = 1, retry_after: int | None = None,
             delay: float = 0.0, disconnect: bool = False) -> None:
        """Make the next `times` calls of `method` fail."""
        description = {429: f"Too Many Requests: retry after {retry_after}", 409: CONFLICT_POLL,
                       502: "Bad Gateway", 500: "Internal Server Error"}.get(status, "Error")
        with self._cond:
            q = self._failures.setdefault(method.lower(), deque())
            q.extend(Failure(status, retry_after, description, delay, disconnect) for _ in range(times))

    def pending_failures(self, method: str) -> int:
        with self._cond:
            return len(self._failures.get(method.lower(), ()))

    @property
    def polling(self) -> bool:
        """A getUpdates long poll is open right now."""
        return self._polling

    def get_calls(self, method: str | None = None, chat_id: int | None = None, ok: bool | None = True) -> list[Call]:
        with self._cond:
            return [c for c in self.calls
                    if (method is None or c.method.lower() == method.lower())
                    and (chat_id is None or c.params.get("chat_id") == chat_id)
                    and (ok is None or (c.status == 200) == ok)]

    def sent(self, chat_id: int) -> list[Call]:
        """Successful sendMessage calls to `chat_id`, oldest first."""
        return self.get_calls("sendMessage", chat_id)

    def texts(self, chat_id: int) -> list[str]:
        return [c.result["text"] for c in self.sent(chat_id)]

    def wait_for(self, predicate, timeout: float = 20.0, what: str = "condition"):
        """Wait until predicate() is truthy (it is re-checked on every API call); return its value."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                value = predicate()
                if value:
                    return value
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"timed out waiting for {what}; last calls: "
                                       f"{[(c.method, c.status, c.params.get('chat_id')) for c in self.calls[-8:]]}")
                self._cond.wait(min(left, 0.2))

    def wait_sent(self, chat_id: int, n: int = 1, timeout: float = 20.0) -> list[str]:
        """The visible texts of the first n messages sent to `chat_id`, waiting for them."""
        self.wait_for(lambda: len(self.sent(chat_id)) >= n, timeout, f"{n} message(s) to chat {chat_id}")
        return self.texts(chat_id)[:n]

    # ------------------------------------------------------------ the API

    def _chat(self, chat_id: int, chat_type: str | None = None) -> dict:
        chat_type = chat_type or ("private" if chat_id > 0 else "supergroup")
        chat = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = f"user{chat_id}"
        else:
            chat["title"] = f"group {chat_id}"
        return chat

    def _me(self) -> dict:
        return {"id": self.bot_id, "is_bot": True, "first_name": "QA Test Bot", "username": self.username}

    def _enqueue(self, updates: list[dict]) -> None:
        self._queue.extend(updates)
        self._new_update.set()

    def _record(self, call: Call) -> None:
        with self._cond:
            self.calls.append(call)
            self._cond.notify_all()

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        if request.match_info["token"] != self.token:
            self._record(Call(method, {}, time.monotonic(), 401, error="Unauthorized"))
            return _error(401, "Unauthorized")
        params = dict(request.query)
        if request.content_type == "application/json":
            params.update(await request.json())
        elif request.can_read_body:
            form = await request.post()
            params.update({k: v for k, v in form.items() if isinstance(v, str)})
        for key in JSON_FIELDS:
            if isinstance(params.get(key), str):
                params[key] = json.loads(params[key])
        for key in INT_FIELDS:
            if isinstance(params.get(key), str) and re.fullmatch(r"-?\d+", params[key]):
                params[key] = int(params[key])
        call = Call(method, params, time.monotonic())
        with self._cond:
            queue = self._failures.get(method.lower())
            failure = queue.popleft() if queue else None
        if failure is not None:
            call.status, call.error = failure.status, "injected"
            self._record(call)
            if failure.disconnect:
                request.transport.close()
                return web.Response(status=500)
            if failure.delay:
                await asyncio.sleep(failure.delay)
            if failure.status == 502:
                return web.Response(status=502, text="<html><body>502 Bad Gateway</body></html>",
                                    content_type="text/html")
            return _error(failure.status, failure.description,
                          {"retry_after": failure.retry_after} if failure.retry_after else None)
        handler = getattr(self, f"_api_{method.lower()}", None)
        if handler is None:
            call.status, call.error = 404, "Not Found: method not found"
            self._record(call)
            return _error(404, call.error)
        try:
            result = await handler({**params, "_request": request})
        except BadRequest as exc:
            call.status, call.error = 400, f"Bad Request: {exc}"
            self._record(call)
            return _error(400, call.error)
        except _Conflict as exc:
            call.status, call.error = 409, str(exc)
            self._record(call)
            return _error(409, call.error)
        call.result = result
        with self._cond:
            self.sent_count += method.lower() == "sendmessage"
            self._record(call)
        return web.json_response({"ok": True, "result": result})

    async def _api_getme(self, p):
        return {**self._me(), "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": False}

    async def _api_getupdates(self, p):
        if self.webhook_url:
            raise _Conflict(CONFLICT_HOOK)
        if self._polling and not self._poller_gone():
            raise _Conflict(CONFLICT_POLL)
        offset = int(p.get("offset") or 0)
        limit = min(int(p.get("limit") or 100), 100)
        timeout = float(p.get("timeout") or 0)
        if offset:
            with self._cond:
                self.confirmed = max(self.confirmed, offset)
            self._queue = [u for u in self._queue if u["update_id"] >= offset]
        self._polling, self._poller = True, p["_request"]
        try:
            deadline = asyncio.get_running_loop().time() + timeout
            while not self._queue:
                left = deadline - asyncio.get_running_loop().time()
                if left <= 0:
                    break
                self._new_update.clear()
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(self._new_update.wait(), left)
            batch = self._queue[:limit]
            with self._cond:
                for u in batch:
                    self.deliveries[u["update_id"]] = self.deliveries.get(u["update_id"], 0) + 1
            return batch
        finally:
            if self._poller is p["_request"]:
                self._polling, self._poller = False, None

    def _poller_gone(self) -> bool:
        """The open long poll's client has hung up (its cancellation may not have run yet): not a conflict."""
        transport = self._poller.transport if self._poller is not None else None
        return transport is None or transport.is_closing()

    async def _api_setwebhook(self, p):
        url = p.get("url", "")
        if url and not url.startswith(("http://", "https://")):
            raise BadRequest("bad webhook: An HTTPS URL must be provided for webhook")
        self.webhook_url, self.webhook_secret = url, p.get("secret_token", "")
        if str(p.get("drop_pending_updates", "")).lower() == "true":
            self._queue.clear()
        self._new_update.set()
        return True

    async def _api_deletewebhook(self, p):
        self.webhook_url = self.webhook_secret = ""
        if str(p.get("drop_pending_updates", "")).lower() == "true":
            self._queue.clear()
        return True

    async def _api_getwebhookinfo(self, p):
        return {"url": self.webhook_url, "has_custom_certificate": False, "pending_update_count": len(self._queue)}

    async def _api_setmycommands(self, p):
        commands = p.get("commands") or []
        for c in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", c.get("command", "")):
                raise BadRequest("BOT_COMMAND_INVALID")
            if not 1 <= len(c.get("description", "")) <= 256:
                raise BadRequest("command description is empty")
        self.commands = commands
        return True

    async def _api_getmycommands(self, p):
        return self.commands

    async def _api_sendchataction(self, p):
        if "chat_id" not in p or p.get("action") not in ("typing", "upload_photo", "record_video", "upload_video",
                                                          "record_voice", "upload_voice", "upload_document",
                                                          "choose_sticker", "find_location"):
            raise BadRequest("wrong parameter action in request")
        return True

    async def _api_getfile(self, p):
        entry = self.files.get(p.get("file_id", ""))
        if entry is None:
            raise BadRequest("invalid file_id")
        path, content = entry
        if len(content) > 20 * 1024 * 1024:
            raise BadRequest("file is too big")
        return {"file_id": p["file_id"], "file_unique_id": f"u{p['file_id']}", "file_size": len(content),
                "file_path": path}

    async def _download(self, request: web.Request) -> web.StreamResponse:
        """GET /file/bot<token>/<file_path>: the file's bytes, as Telegram's file server sends them."""
        path = request.match_info["path"]
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        content = next((c for p, c in self.files.values() if p == path), None)
        with self._cond:
            self.downloads.append(path)
            self._cond.notify_all()
        if content is None:
            return web.Response(status=404, text="Not Found")
        return web.Response(body=content, content_type="application/octet-stream")

    async def _api_answercallbackquery(self, p):
        if not p.get("callback_query_id"):
            raise BadRequest("query is too old and response timeout expired or query ID is invalid")
        if len(p.get("text", "")) > 200:
            raise BadRequest("MESSAGE_TOO_LONG")
        return True

    def _check_text(self, p) -> str:
        text = p.get("text", "")
        visible = parse_html(text) if str(p.get("parse_mode", "")).upper() == "HTML" else text
        if not visible.strip():
            raise BadRequest("message text is empty")
        if utf16_len(visible) > MAX_TEXT:
            raise BadRequest("message is too long")
        for row in (p.get("reply_markup") or {}).get("inline_keyboard", []):
            for button in row:
                if len(button.get("callback_data", "").encode()) > 64:
                    raise BadRequest("BUTTON_DATA_INVALID")
        return visible

    def _message_json(self, m: Message) -> dict:
        out = {"message_id": m.message_id, "date": int(time.time()), "chat": self._chat(m.chat_id),
               "from": self._me(), "text": m.text}
        if m.reply_markup:
            out["reply_markup"] = m.reply_markup
        return out

    async def _api_sendmessage(self, p):
        if not isinstance(p.get("chat_id"), int):
            raise BadRequest("chat not found")
        visible = self._check_text(p)
        with self._cond:
            message_id = self._next_message
            self._next_message += 1
        m = Message(message_id, p["chat_id"], visible, p["text"], p.get("reply_markup"))
        self.messages[message_id] = m
        return self._message_json(m)

    async def _api_editmessagetext(self, p):
        m = self.messages.get(p.get("message_id"))
        if m is None or m.chat_id != p.get("chat_id"):
            raise BadRequest("message to edit not found")
        visible = self._check_text(p)
        if visible == m.text and p.get("reply_markup") == m.reply_markup:
            raise BadRequest("message is not modified: specified new message content and reply markup are exactly "
                             "the same as a current content and reply markup of the message")
        m.edits.append(m.text)
        m.text, m.html, m.reply_markup = visible, p["text"], p.get("reply_markup")
        return self._message_json(m)

    async def _deliver_webhooks(self):
        """Post queued updates to the webhook, oldest first, each until the bot answers 200 (like Telegram)."""
        while True:
            if not (self.webhook_url and self._queue):
                self._new_update.clear()
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(self._new_update.wait(), 0.2)
                continue
            update = self._queue[0]
            headers = {"X-Telegram-Bot-Api-Secret-Token": self.webhook_secret} if self.webhook_secret else {}
            try:
                async with self._http.post(self.webhook_url, json=update, headers=headers) as resp:
                    status = resp.status
            except (OSError, asyncio.TimeoutError):
                status = 0  # not listening yet: PTB sets the webhook before its server is up
            with self._cond:
                self.webhook_posts.append((update["update_id"], status))
                if status == 200:
                    self.deliveries[update["update_id"]] = self.deliveries.get(update["update_id"], 0) + 1
                self._cond.notify_all()
            if status == 200:
                self._queue.pop(0)
            else:
                await asyncio.sleep(0.2)


class _Conflict(Exception):
    pass


def _error(status: int, description: str, parameters: dict | None = None) -> web.Response:
    body = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=status)


# ---------------------------------------------------------------- running the real bot against the fake

def write_config(path, cache_dir, query_log, corpus: dict | None = None, **bot) -> Path:
    """The project's default config with absolute paths, a private index cache and query log, and `corpus` and
    `bot` overrides (a config file's relative paths resolve from its own folder, so they are made absolute here)."""
    data = yaml.safe_load(DEFAULT_CONFIG.read_text(encoding="utf-8"))
    data["corpus"]["paths"] = [str(PROJECT_ROOT / p) for p in data["corpus"]["paths"]]
    for key in ("user_dict", "stopwords"):
        if data["tokenizer"].get(key):
            data["tokenizer"][key] = str(PROJECT_ROOT / data["tokenizer"][key])
    data["index"]["cache_dir"] = str(cache_dir)
    data["corpus"].update(corpus or {})
    # The bot's state (conversations, buttons) beside the query log, so each test has its own.
    state = Path(query_log).with_name(f"{Path(query_log).stem}-state.sqlite3")
    data["bot"].update(query_log=str(query_log), state=str(state), **bot)
    path = Path(path)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


class BotProcess:
    """`qa bot` as a subprocess pointed at a FakeTelegram; stopped with SIGTERM by its pid."""

    def __init__(self, tg: FakeTelegram, config: Path, corpus: list, args: list[str] = (), env: dict | None = None,
                 log: Path | None = None):
        self.tg = tg
        self.cmd = [str(QA_BIN), "bot", "--config", str(config), *sum((["--corpus", str(c)] for c in corpus), []),
                    *args]
        self.env = {**os.environ, "TELEGRAM_BOT_TOKEN": tg.token, "TELEGRAM_API_URL": tg.url,
                    "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost", **(env or {})}
        for key in ("TELEGRAM_ALLOWED_CHATS", "TELEGRAM_ADMINS", "QA_CONFIG"):
            if env is None or key not in env:
                self.env.pop(key, None)
        self.log = Path(log or Path(config).with_suffix(".log"))
        self.proc: subprocess.Popen | None = None

    def start(self, wait: bool = True, timeout: float = 60.0) -> BotProcess:
        before = len(self.tg.get_calls("setMyCommands"))
        self._log_file = self.log.open("ab")
        self.proc = subprocess.Popen(self.cmd, env=self.env, stdout=self._log_file, stderr=subprocess.STDOUT)
        if wait:
            # post_init registers the commands right before polling (or the webhook server) starts.
            try:
                self.tg.wait_for(lambda: len(self.tg.get_calls("setMyCommands")) > before
                                 or self.proc.poll() is not None, timeout, "the bot to start")
            except TimeoutError:
                self.stop()
                raise
            if self.proc.poll() is not None:
                self.stop()
                raise RuntimeError(f"the bot exited with {self.proc.returncode}:\n{self.output()}")
        return self

    def stop(self, timeout: float = 30.0) -> int:
        if self.proc is None:
            return 0
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log_file.close()
        return self.proc.returncode

    def __enter__(self) -> BotProcess:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()  # never leave a bot running after a failed test

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""
