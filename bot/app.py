"""`qa bot` / `python -m bot`: build the python-telegram-bot Application and run it (polling or webhook)."""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
from urllib.parse import urlsplit

from telegram.error import InvalidToken, TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder
from telegram.request import HTTPXRequest

from qa.config import Config, load_config
from qa.engine import build_engine
from qa.options import add_engine_options

from .handlers import ALLOWED_UPDATES, QABot
from .polling import PollingBot, PollPolicy
from .processor import PerChatUpdateProcessor
from .querylog import QueryLog
from .settings import Settings, SettingsError, from_env
from .state import SQLitePersistence
from .webhook import skipping_unparsable_updates

EXAMPLES = """examples:
  export TELEGRAM_BOT_TOKEN=123456:ABC-your-token      # from @BotFather; never put it in a file or argument
  qa bot                                               # long polling over the configured corpus
  qa bot --corpus seeds/ --corpus more.jsonl -v
  TELEGRAM_API_URL=http://127.0.0.1:8081 qa bot        # a local Bot API server
  TELEGRAM_ALLOWED_CHATS=123,-100456 TELEGRAM_ADMINS=123 qa bot
  TELEGRAM_WEBHOOK_URL=https://bot.example.org/tg TELEGRAM_WEBHOOK_SECRET=long_random_secret \\
      qa bot --webhook --listen 0.0.0.0 --port 8443    # behind an https reverse proxy
  python -m bot --help

environment:
  TELEGRAM_BOT_TOKEN       the bot token (required; only read from here)
  TELEGRAM_API_URL         Bot API server (default https://api.telegram.org)
  TELEGRAM_WEBHOOK_URL     public URL Telegram posts updates to (--webhook)
  TELEGRAM_WEBHOOK_SECRET  secret Telegram sends with every webhook request; others get 403 (--webhook)
  TELEGRAM_ALLOWED_CHATS   comma-separated chat ids that may use the bot (added to bot.allowed_chats)
  TELEGRAM_ADMINS          comma-separated user ids allowed /stats, /reload, /add, /remove and uploads
                           (added to bot.admins)

corpus: new, changed or deleted files in the corpus folders are indexed within seconds (corpus.watch); pages
admins send (a .txt/.md/.jsonl document, or /add text) are saved in <first corpus folder>/inbox/.

files: the query log (bot.query_log, SQLite; `qa log export --jsonl` prints it) and the conversations and
button payloads that survive a restart (bot.state, SQLite).

exit status: 0 after a clean stop (SIGTERM, Ctrl-C), 1 when the token is missing or rejected, the Bot API
cannot be reached, or another instance kept polling with this token (409 Conflict for bot.conflict_exit
seconds), 2 for a bad config. Start-up failures are one line; -v adds the library's tracebacks."""

log = logging.getLogger("bot")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_engine_options(parser)
    parser.add_argument("--webhook", action="store_true",
                        help="receive updates by webhook (TELEGRAM_WEBHOOK_URL, TELEGRAM_WEBHOOK_SECRET) "
                             "instead of long polling")
    parser.add_argument("--listen", metavar="ADDR", help="webhook server address (default: bot.listen)")
    parser.add_argument("--port", type=int, metavar="N", help="webhook server port (default: bot.port)")
    parser.add_argument("--no-rate-limit", action="store_true",
                        help="switch the rate limiter off (benchmarks only: Telegram enforces ~30 msg/s)")


class _Redact(logging.Filter):
    """Blanks the token out of every log line and traceback (PTB and httpx put it in URLs)."""

    def __init__(self, settings: Settings):
        super().__init__()
        self.settings = settings

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = self.settings.redact(record.getMessage()), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.settings.redact(record.exc_text)
        return True


def setup_logging(settings: Settings, verbose: bool) -> None:
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    root.setLevel(logging.INFO if verbose else logging.WARNING)
    for handler in root.handlers:
        handler.addFilter(_Redact(settings))
    # httpx logs every request URL at INFO, and the URL holds the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.getLogger("bot").setLevel(logging.INFO)
    # Without -v the library itself is silent: start-up failures become our one line, polling trouble and
    # unparsable updates are logged by bot.polling (and bot.webhook), errors in handlers and persistence by
    # QABot.on_error.
    logging.getLogger("telegram").setLevel(logging.NOTSET if verbose else logging.CRITICAL + 1)


def _request(connections: int, timeout: float) -> HTTPXRequest:
    return HTTPXRequest(connection_pool_size=connections, connect_timeout=timeout, read_timeout=timeout,
                        write_timeout=timeout, pool_timeout=timeout)


def build_bot(settings: Settings, config: Config, rate_limit: bool) -> PollingBot:
    cfg = config.bot
    policy = PollPolicy(max_delay=cfg.max_retry_delay, conflict_exit=cfg.conflict_exit,
                        quiet=cfg.poll_timeout + cfg.timeout, redact=settings.redact)
    return PollingBot(
        token=settings.token,
        base_url=settings.base_url,
        base_file_url=settings.base_file_url,
        # httpcore scans its whole pool on every request: a few connections serve a burst faster than 256.
        request=_request(cfg.connections, cfg.timeout),
        get_updates_request=_request(1, cfg.timeout),
        rate_limiter=AIORateLimiter(max_retries=cfg.rate_limit_retries) if rate_limit else None,
        arbitrary_callback_data=cfg.button_cache,
        policy=policy,
    )


def build_application(qabot: QABot, settings: Settings, config: Config, rate_limit: bool) -> Application:
    cfg = config.bot
    bot = build_bot(settings, config, rate_limit)
    app = (
        ApplicationBuilder()
        .bot(bot)
        .concurrent_updates(PerChatUpdateProcessor(cfg.concurrent_updates))
        .persistence(SQLitePersistence(config.path(cfg.state), update_interval=cfg.persist_interval))
        .post_init(qabot.post_init)
        .post_stop(qabot.post_stop)
        .post_shutdown(qabot.post_shutdown)
        .build()
    )
    bot.policy.stop = app.stop_running
    qabot.install(app)
    return app


def run(args) -> int:
    config = load_config(args.config)
    try:
        settings = from_env(config.bot, webhook=args.webhook)
    except SettingsError as exc:
        print(f"qa bot: {exc}", file=sys.stderr)
        return 1
    setup_logging(settings, args.verbose)
    engine = build_engine(config, args.corpus, backend=args.backend, progress=sys.stderr.isatty(),
                          on_warning=lambda w: log.warning("corpus: %s", w))
    query_log = config.path(config.bot.query_log)
    # The JSON-lines log of earlier versions, at the configured path or beside the database: imported once.
    querylog = QueryLog(query_log, key=settings.token.encode(), retention_days=config.bot.log_retention_days)
    try:
        querylog.open(legacy=query_log.with_suffix(".jsonl"))
    except (sqlite3.Error, OSError) as exc:
        print(f"qa bot: cannot open the query log {querylog.path}: {exc}", file=sys.stderr)
        return 1
    qabot = QABot(engine, settings, config.bot, querylog)
    app = build_application(qabot, settings, config, rate_limit=config.bot.rate_limit and not args.no_rate_limit)
    bot = app.bot
    assert isinstance(bot, PollingBot)
    mode = "webhook" if args.webhook else "polling"
    log.info("serving %d articles (%d sentences) by %s", len(engine.corpus.articles),
             len(engine.corpus.sentences), mode)
    try:
        if args.webhook:
            with skipping_unparsable_updates():  # answered 200 and logged, as polling skips them
                app.run_webhook(
                    listen=args.listen or config.bot.listen,
                    port=args.port or config.bot.port,
                    url_path=urlsplit(settings.webhook_url).path.strip("/"),
                    webhook_url=settings.webhook_url,
                    secret_token=settings.webhook_secret,
                    allowed_updates=ALLOWED_UPDATES,
                    bootstrap_retries=config.bot.bootstrap_retries,
                )
        else:
            app.run_polling(
                poll_interval=0,
                timeout=config.bot.poll_timeout,
                allowed_updates=ALLOWED_UPDATES,
                bootstrap_retries=config.bot.bootstrap_retries,
            )
    except InvalidToken:
        print("qa bot: Telegram rejected TELEGRAM_BOT_TOKEN (Unauthorized): check the token with @BotFather",
              file=sys.stderr)
        return 1
    except TelegramError as exc:
        print(f"qa bot: cannot start: the Bot API at {settings.api_url} failed: {settings.redact(str(exc))}",
              file=sys.stderr)
        return 1
    except OSError as exc:  # e.g. the webhook port is taken
        print(f"qa bot: cannot start: {settings.redact(str(exc))}", file=sys.stderr)
        return 1
    if bot.policy.gave_up:
        print("qa bot: stopped: another bot instance kept polling Telegram with this token (409 Conflict); "
              "run only one", file=sys.stderr)
        return 1
    log.info("stopped")
    return 0
