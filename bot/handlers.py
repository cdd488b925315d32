"""Telegram updates → the conversation layer → HTML replies.

One `Conversation` per chat (qa.session.Sessions, bounded and idle-expiring), snapshotted into PTB's chat_data
after every turn so the persistence (bot/state.py) brings it back after a restart. Updates of one chat are
handled in order by the update processor (bot/processor.py), other chats concurrently; retrieval runs in a
thread so the event loop keeps serving everyone else. Inline buttons carry PTB's arbitrary callback data:
(action, the token of the answer they belong to); a press on any other answer's buttons is expired.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from collections.abc import Callable

from telegram import (
    BotCommand,
    CallbackQuery,
    Chat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    MessageEntity,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InvalidCallbackData,
    MessageHandler,
    TypeHandler,
    filters,
)

from qa.config import BotConfig
from qa.session import Conversation, Reply, Sessions
from qa.watch import CorpusWatcher

from . import inbox, messages
from .examples import example_questions
from .querylog import QueryLog
from .settings import Settings

log = logging.getLogger(__name__)

# Updates asked for from Telegram; anything else that arrives is ignored by having no handler.
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]
NEW_MESSAGE = filters.UpdateType.MESSAGE  # not edited messages, not channel posts
MORE, SOURCE = "more", "src"
CONVERSATION, ANSWER = "conversation", "answer"  # chat_data keys: the conversation's snapshot, its buttons' token
# A Conversation's attributes that are not its state (the engine, the clock) or are re-set on restore.
_NOT_STATE = frozenset({"engine", "config", "_clock", "touched"})
_PRUNE_EVERY = 600.0  # seconds between sweeps of expired conversations out of chat_data


def _chat(update: Update) -> Chat:
    chat = update.effective_chat
    assert chat is not None  # the gate (group -1) stops every update without a chat
    return chat


def _message(update: Update) -> Message:
    msg = update.effective_message
    assert msg is not None  # message handlers only
    return msg


def _query(update: Update) -> CallbackQuery:
    query = update.callback_query
    assert query is not None  # callback-query handlers only
    return query


def _chat_data(context: ContextTypes.DEFAULT_TYPE) -> dict:
    data = context.chat_data
    assert data is not None  # PTB sets it for every update with a chat
    return data


class QABot:
    def __init__(self, engine, settings: Settings, config: BotConfig, querylog: QueryLog):
        self.engine = engine
        self.settings = settings
        self.config = config
        self.querylog = querylog
        self.sessions = Sessions(engine)
        self.examples = example_questions(engine.corpus)
        self._pruned = 0.0
        self.watcher: CorpusWatcher | None = None
        self._watch_task: asyncio.Task | None = None

    # ------------------------------------------------------------ wiring

    def install(self, app: Application) -> None:
        app.add_handler(TypeHandler(Update, self.gate), group=-1)
        for name, callback in (("start", self.cmd_start), ("help", self.cmd_help), ("ask", self.cmd_ask),
                               ("more", self.cmd_more), ("source", self.cmd_source), ("stats", self.cmd_stats),
                               ("reload", self.cmd_reload), ("add", self.cmd_add), ("remove", self.cmd_remove)):
            app.add_handler(CommandHandler(name, callback, filters=NEW_MESSAGE))
        app.add_handler(MessageHandler(NEW_MESSAGE & filters.Document.ALL & filters.ChatType.PRIVATE,
                                       self.on_document))
        app.add_handler(CallbackQueryHandler(self.on_expired_button, pattern=InvalidCallbackData))
        app.add_handler(CallbackQueryHandler(self.on_button))
        text = NEW_MESSAGE & filters.TEXT & ~filters.COMMAND
        app.add_handler(MessageHandler(text & filters.ChatType.PRIVATE, self.on_private_text))
        app.add_handler(MessageHandler(text & filters.ChatType.GROUPS & filters.Entity(MessageEntity.MENTION),
                                       self.on_mention))
        app.add_handler(MessageHandler(NEW_MESSAGE & filters.COMMAND & filters.ChatType.PRIVATE, self.on_unknown))
        app.add_error_handler(self.on_error)

    async def post_init(self, app: Application) -> None:
        await self._prune(app)
        await app.bot.set_my_commands([BotCommand(name, desc) for name, desc in messages.COMMANDS])
        cfg = self.engine.config.corpus
        if cfg.watch and self.engine.paths:
            self.watcher = CorpusWatcher(self.engine, cfg.extensions, lambda line: log.info("%s", line),
                                         debounce_ms=cfg.watch_debounce_ms, poll_ms=cfg.watch_poll_ms,
                                         after_reload=self._new_examples)
            self._watch_task = asyncio.create_task(self.watcher.run(), name="corpus-watch")

    async def post_stop(self, app: Application) -> None:
        if self.watcher is not None and self._watch_task is not None:
            self.watcher.stop_async()
            with contextlib.suppress(asyncio.TimeoutError, asyncio.CancelledError):
                await asyncio.wait_for(self._watch_task, 5)

    async def post_shutdown(self, app: Application) -> None:
        self.querylog.close()

    def _new_examples(self) -> None:
        """After a reload (in a worker thread): example questions from the new corpus (a scan of all of it)."""
        self.examples = example_questions(self.engine.corpus)

    # ------------------------------------------------------------ access

    async def gate(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Runs before every handler: a chat off the allowlist, or another bot, gets nothing at all."""
        chat, user = update.effective_chat, update.effective_user
        if chat is None or not self.settings.allowed(chat.id) or (user is not None and user.is_bot):
            raise ApplicationHandlerStop

    def _is_admin(self, update: Update) -> bool:
        user = update.effective_user
        return user is not None and user.id in self.settings.admins

    # ------------------------------------------------------------ commands

    async def cmd_start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._send(update, context, messages.start(self.engine.corpus, self.examples, context.bot.username))

    async def cmd_help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._send(update, context, messages.help_text(context.bot.username, self._example()))

    async def cmd_ask(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = _message(update)
        command = msg.entities[0] if msg.entities else None
        question = (msg.text or "")[command.length:].strip() if command else " ".join(context.args or ())
        if not question:
            await self._send(update, context, messages.plain(messages.ASK_USAGE.format(example=self._example())))
            return
        await self._ask(update, context, question)

    async def cmd_more(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._turn(update, context, Conversation.more)

    async def cmd_source(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._turn(update, context, Conversation.source)

    async def cmd_stats(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if not self._is_admin(update):
            await self._send(update, context, messages.plain(messages.NOT_ADMIN))
            return
        summary = await asyncio.to_thread(self.querylog.summary)
        corpus = self.engine.corpus
        await self._send(update, context,
                         messages.stats(summary, len(self.sessions), len(corpus.articles), len(corpus.sentences)))

    async def cmd_reload(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if not self._is_admin(update):
            await self._send(update, context, messages.plain(messages.NOT_ADMIN))
            return
        force = (context.args or [""])[0] == "force"
        try:
            changed = await self._work(context, _chat(update).id, self.engine.reload, force)
        except Exception as exc:  # a broken corpus must not take the running bot down; the old one stays
            log.exception("reload failed")
            await self._send(update, context, messages.plain(f"重新读取语料失败，仍在使用原来的语料：{exc}"))
            return
        corpus = self.engine.corpus
        if changed:
            await asyncio.to_thread(self._new_examples)
            text = f"已重新读取语料：{len(corpus.articles)} 篇报道、{len(corpus.sentences)} 个句子。"
        else:
            text = "语料文件没有变化（/reload force 强制重读）。"
        await self._send(update, context, messages.plain(text))

    # ------------------------------------------------------------ pages sent by admins (bot/inbox.py)

    async def on_document(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """An admin's .txt/.md/.jsonl page: checked, downloaded, read like a corpus file, saved, indexed."""
        if not self._is_admin(update):
            await self._send(update, context, messages.plain(messages.NOT_ADMIN))
            return
        doc = _message(update).document
        assert doc is not None  # filters.Document
        limit = self.config.max_upload_bytes
        try:
            name = inbox.safe_name(doc.file_name or "", self.engine.config.corpus.extensions)
            if doc.file_size is not None and doc.file_size > limit:
                raise inbox.InboxError(messages.too_big(doc.file_size, limit))
        except inbox.InboxError as exc:
            await self._send(update, context, messages.plain(messages.upload_refused(str(exc))))
            return
        try:
            data = bytes(await (await context.bot.get_file(doc.file_id)).download_as_bytearray())
        except TelegramError as exc:
            log.warning("could not download %s: %s", name, self.settings.redact(str(exc)))
            await self._send(update, context, messages.plain(messages.upload_refused(
                f"下载失败：{self.settings.redact(str(exc))}")))
            return
        if len(data) > limit:  # the size Telegram announced may be missing or wrong
            await self._send(update, context, messages.plain(messages.upload_refused(messages.too_big(len(data),
                                                                                                      limit))))
            return
        await self._add_page(update, context, name, data)

    async def cmd_add(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """`/add` followed by a page's text (headline, byline, paragraphs on lines of their own)."""
        if not self._is_admin(update):
            await self._send(update, context, messages.plain(messages.NOT_ADMIN))
            return
        msg = _message(update)
        command = msg.entities[0] if msg.entities else None
        text = (msg.text or "")[command.length:] if command else ""
        if not text.strip():
            await self._send(update, context, messages.plain(messages.ADD_USAGE))
            return
        data = text.strip("\n ").encode("utf-8")
        if len(data) > self.config.max_upload_bytes:
            await self._send(update, context, messages.plain(messages.upload_refused(
                messages.too_big(len(data), self.config.max_upload_bytes))))
            return
        await self._add_page(update, context, inbox.text_name(text, msg.message_id), data)

    async def _add_page(self, update: Update, context: ContextTypes.DEFAULT_TYPE, name: str, data: bytes) -> None:
        folder = inbox.folder(self.engine.paths)
        if folder is None:
            await self._send(update, context, messages.plain(messages.upload_refused(messages.NO_INBOX)))
            return
        shown = inbox.shown_name(folder, name)
        taken = [a.id for a in self.engine.corpus.articles if a.file != shown]  # a replaced file's ids are free
        try:  # read exactly as the loader will, before anything is written
            page = await asyncio.to_thread(inbox.read_page, data, name, shown, taken)
        except inbox.InboxError as exc:
            await self._send(update, context, messages.plain(messages.unreadable(name, str(exc))))
            return
        try:
            replaced = await asyncio.to_thread(inbox.save, folder, name, data)
        except OSError as exc:
            log.error("cannot save %s: %s", folder / name, exc)
            await self._send(update, context, messages.plain(messages.upload_refused(f"无法保存：{exc.strerror}")))
            return
        log.info("inbox: %s %s (%d bytes; articles: %d)", "replaced" if replaced else "added", folder / name,
                 len(data), len(page.articles))
        if not await self._reindex(update, context):
            return
        corpus = self.engine.corpus
        await self._send(update, context, messages.page_report(page, replaced, len(corpus.articles),
                                                               len(corpus.sentences)))

    async def cmd_remove(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """`/remove <file>`: retire a page from the inbox (moved to inbox/.retired/, no longer answered from)."""
        if not self._is_admin(update):
            await self._send(update, context, messages.plain(messages.NOT_ADMIN))
            return
        folder = inbox.folder(self.engine.paths)
        exts = self.engine.config.corpus.extensions
        msg = _message(update)
        command = msg.entities[0] if msg.entities else None
        name = (msg.text or "")[command.length:].strip() if command else ""
        if not name:
            await self._send(update, context, messages.remove_usage(inbox.listing(folder, exts)))
            return
        try:
            if folder is None:
                raise inbox.InboxError(messages.NO_INBOX)
            name = inbox.safe_name(name.removeprefix(f"{inbox.INBOX}/"), exts)
            await asyncio.to_thread(inbox.retire, folder, name)
        except inbox.InboxError as exc:
            await self._send(update, context, messages.plain(f"没有移除：{exc}"))
            return
        log.info("inbox: retired %s", folder / name)
        if await self._reindex(update, context):
            corpus = self.engine.corpus
            await self._send(update, context, messages.plain(messages.removed(name, len(corpus.articles),
                                                                              len(corpus.sentences))))

    async def _reindex(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
        """engine.reload() in a worker thread (typing… meanwhile); False (and the user told) when it failed."""
        try:
            changed = await self._work(context, _chat(update).id, self.engine.reload)
        except Exception as exc:  # the old corpus stays in use
            log.exception("reload failed")
            await self._send(update, context, messages.plain(f"重新读取语料失败，仍在使用原来的语料：{exc}"))
            return False
        if changed:
            await asyncio.to_thread(self._new_examples)
        return True

    async def on_unknown(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._send(update, context, messages.plain(messages.UNKNOWN_COMMAND))

    # ------------------------------------------------------------ questions

    async def on_private_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._ask(update, context, _message(update).text or "")

    async def on_mention(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """In groups only "@thisbot question" is for us; the mention itself is not part of the question."""
        msg = _message(update)
        me = f"@{context.bot.username}".lower()
        mentions = msg.parse_entities([MessageEntity.MENTION])
        if not any(text.lower() == me for text in mentions.values()):
            return
        question = msg.text or ""
        for text in mentions.values():
            if text.lower() == me:
                question = question.replace(text, " ")
        question = question.strip()
        if not question:
            await self._send(update, context, messages.plain(messages.ASK_USAGE.format(example=self._example())))
            return
        await self._ask(update, context, question)

    async def on_expired_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A button whose payload PTB no longer knows (evicted from its cache, or not ours)."""
        await _query(update).answer(messages.EXPIRED)

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = _query(update)
        payload = query.data
        chat_id = _chat(update).id
        conv = self._conversation(context, chat_id)
        live = _chat_data(context).get(ANSWER)
        if not (isinstance(payload, tuple) and len(payload) == 2 and payload[0] in (MORE, SOURCE)) \
                or live is None or payload[1] != live or conv.last_answer is None:
            await query.answer(messages.EXPIRED)
            return
        await query.answer()  # at once: a callback query not answered within seconds expires at Telegram
        action, token = payload
        reply = await self._work(context, chat_id, conv.more if action == MORE else conv.source)
        self._save(context, conv)
        # The next alternative keeps the buttons (more of the same answer); the source text needs none.
        await self._send_reply(update, context, reply, token if reply.kind == "more" else None)

    async def _turn(self, update: Update, context: ContextTypes.DEFAULT_TYPE,
                    step: Callable[[Conversation], Reply], question: str = "") -> None:
        """One conversation turn in this chat's session: step(conversation) (a question, "more", "source")."""
        chat_id = _chat(update).id
        chat_data = _chat_data(context)
        conv = self._conversation(context, chat_id)
        t0 = time.perf_counter()
        reply = await self._work(context, chat_id, step, conv)
        latency = time.perf_counter() - t0
        if reply.kind in ("answer", "invalid") and reply.answer is not None:
            self.querylog.write(chat_id, question, reply.answer.qtype, reply.answer.declined, latency)
        token = None
        if reply.kind == "answer" and not reply.answer.declined:
            token = secrets.token_urlsafe(6)  # names this answer; its buttons carry it
            chat_data[ANSWER] = token
        elif reply.kind == "answer":
            chat_data.pop(ANSWER, None)  # a declined question ends the previous answer's buttons
        elif reply.kind == "more":
            token = chat_data.get(ANSWER)
        self._save(context, conv)
        await self._send_reply(update, context, reply, token)
        await self._prune(context.application)

    async def _ask(self, update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
        await self._turn(update, context, lambda conv: conv.handle(question), question)

    async def _work(self, context: ContextTypes.DEFAULT_TYPE, chat_id: int, fn, *args):
        """fn(*args) in a thread; if it takes longer than bot.typing_after, show "typing…" until it is done."""
        task = asyncio.ensure_future(asyncio.to_thread(fn, *args))
        await asyncio.wait({task}, timeout=self.config.typing_after)
        while not task.done():
            with contextlib.suppress(TelegramError):  # the indicator is a nicety; never fail a turn over it
                await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
            await asyncio.wait({task}, timeout=4.5)  # Telegram shows "typing" for 5 s
        return task.result()

    # ------------------------------------------------------------ replies

    # ------------------------------------------------------------ conversations across restarts

    def _conversation(self, context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> Conversation:
        """This chat's conversation; after a restart, rebuilt from the snapshot in chat_data."""
        fresh = chat_id not in self.sessions
        conv = self.sessions.get(chat_id)
        saved = _chat_data(context).get(CONVERSATION) if fresh else None
        if saved and time.time() - saved["saved"] <= conv.config.idle_seconds:
            for name, value in saved["state"].items():
                if hasattr(conv, name):  # a field this version no longer has is dropped
                    setattr(conv, name, value)
        return conv

    def _save(self, context: ContextTypes.DEFAULT_TYPE, conv: Conversation) -> None:
        # A new dict each time: the persistence writes the chats whose data changed.
        state = {k: v for k, v in vars(conv).items() if k not in _NOT_STATE}
        _chat_data(context)[CONVERSATION] = {"saved": time.time(), "state": state}

    async def _prune(self, app: Application) -> None:
        """Drop the snapshots of conversations idle for longer than session.idle_seconds."""
        now = time.time()
        if now - self._pruned < _PRUNE_EVERY:
            return
        self._pruned = now
        idle = self.engine.config.session.idle_seconds
        for chat_id, data in list(app.chat_data.items()):
            saved = data.get(CONVERSATION)
            if saved is None or now - saved["saved"] > idle:
                app.drop_chat_data(chat_id)

    async def _send_reply(self, update: Update, context: ContextTypes.DEFAULT_TYPE, reply: Reply,
                          token: str | None) -> None:
        texts = messages.reply(reply)
        markup = None
        if token:
            markup = InlineKeyboardMarkup([[InlineKeyboardButton("更多答案", callback_data=(MORE, token)),
                                            InlineKeyboardButton("查看原文", callback_data=(SOURCE, token))]])
        await self._send(update, context, texts, markup)

    async def _send(self, update: Update, context: ContextTypes.DEFAULT_TYPE, texts: list[str],
                    markup: InlineKeyboardMarkup | None = None) -> None:
        """Send the messages in order; buttons go on the last one; in groups the first quotes the question."""
        chat = _chat(update)
        quote = None
        if chat.type != ChatType.PRIVATE and update.message is not None:
            quote = ReplyParameters(update.message.message_id, allow_sending_without_reply=True)
        for i, text in enumerate(texts):
            last = i == len(texts) - 1
            await context.bot.send_message(chat.id, text, parse_mode=ParseMode.HTML,
                                           reply_markup=markup if last else None,
                                           reply_parameters=quote if i == 0 else None)

    def _example(self) -> str:
        return self.examples[0] if self.examples else "会议在哪里召开？"

    # ------------------------------------------------------------ errors

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log every error without the token; apologise to the user whose update failed; never re-raise."""
        err = context.error
        if update is None and isinstance(err, TelegramError):
            # Bot API trouble outside a handler (polling errors are logged by bot.polling): one line is enough.
            log.warning("Bot API problem while polling (retrying): %s: %s", type(err).__name__,
                        self.settings.redact(str(err)))
            return
        if isinstance(err, Forbidden):  # the user blocked the bot or left the group: nobody to apologise to
            log.info("cannot write to that chat: %s", self.settings.redact(str(err)))
            return
        if isinstance(err, NetworkError | RetryAfter) and not isinstance(err, BadRequest):
            # (PTB's BadRequest is a NetworkError, but it is our bug — bad HTML, bad button data — so it
            # takes the traceback path below.)
            log.warning("Bot API problem while answering: %s: %s", type(err).__name__,
                        self.settings.redact(str(err)))
        else:
            log.error("error while handling an update", exc_info=err)
        if isinstance(update, Update) and update.effective_chat is not None:
            try:
                await context.bot.send_message(update.effective_chat.id, messages.SORRY)
            except TelegramError as exc:
                log.warning("could not apologise either: %s", self.settings.redact(str(exc)))
