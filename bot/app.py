"""`qa bot` / `python -m bot`: build the python-telegram-bot Application and run it (polling or webhook)."""

from __future__ import annotations

import argparse
import logging
import sys
from urllib.parse import urlsplit

from telegram.error import InvalidToken, TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder

from qa.config import Config, load_config
from qa.engine import build_engine
from qa.options import add_engine_options

from .handlers import ALLOWED_UPDATES, QABot
from .settings import Settings, SettingsError, from_env
from .stats import QueryLog

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
  TELEGRAM_ADMINS          comma-separated user ids allowed /stats and /reload (added to bot.admins)

exit status: 0 after a clean stop (SIGTERM, Ctrl-C), 1 when the token is missing or rejected or the
Bot API cannot be reached, 2 for a bad config."""

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


def build_application(qabot: QABot, settings: Settings, config: Config, rate_limit: bool) -> Application:
    cfg = config.bot
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.base_url)
        .base_file_url(settings.base_file_url)
        .concurrent_updates(True)
        # httpcore scans its whole pool on every request: a few connections serve a burst faster than 256.
        .connection_pool_size(cfg.connections)
        .connect_timeout(cfg.timeout).read_timeout(cfg.timeout).write_timeout(cfg.timeout).pool_timeout(cfg.timeout)
        .get_updates_connect_timeout(cfg.timeout).get_updates_read_timeout(cfg.timeout)
        .post_init(qabot.post_init)
        .post_shutdown(qabot.post_shutdown)
    )
    if rate_limit:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=cfg.rate_limit_retries))
    app = builder.build()
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
    querylog = QueryLog(config.path(config.bot.query_log), key=settings.token.encode())
    qabot = QABot(engine, settings, config.bot, querylog)
    app = build_application(qabot, settings, config, rate_limit=config.bot.rate_limit and not args.no_rate_limit)
    mode = "webhook" if args.webhook else "polling"
    log.info("serving %d articles (%d sentences) by %s", len(engine.corpus.articles),
             len(engine.corpus.sentences), mode)
    try:
        if args.webhook:
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
    log.info("stopped")
    return 0
