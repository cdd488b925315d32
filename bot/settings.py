"""The bot's settings: secrets and endpoints from the environment only, the rest from the config."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from qa.config import BotConfig

DEFAULT_API_URL = "https://api.telegram.org"
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


class SettingsError(ValueError):
    """The environment cannot start the bot; the message says which variable and why (never its value)."""


@dataclass(frozen=True)
class Settings:
    token: str
    api_url: str = DEFAULT_API_URL
    allowed_chats: frozenset[int] = frozenset()  # empty: every chat
    admins: frozenset[int] = frozenset()
    webhook_url: str = ""
    webhook_secret: str = ""

    @property
    def base_url(self) -> str:
        return f"{self.api_url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.api_url}/file/bot"

    def allowed(self, chat_id: int | None) -> bool:
        return not self.allowed_chats or chat_id in self.allowed_chats

    def redact(self, text: str) -> str:
        """`text` with the token (and the webhook secret) blanked out, for logs and error messages."""
        for secret, label in ((self.token, "<token>"), (self.webhook_secret, "<secret>")):
            if secret:
                text = text.replace(secret, label)
        return text


def _ids(env: Mapping[str, str], name: str) -> frozenset[int]:
    raw = env.get(name, "").strip()
    if not raw:
        return frozenset()
    try:
        return frozenset(int(part) for part in raw.replace(" ", "").split(",") if part)
    except ValueError:
        raise SettingsError(f"{name} must be comma-separated integer ids, e.g. 12345,-100987") from None


def from_env(config: BotConfig, webhook: bool = False, env: Mapping[str, str] | None = None) -> Settings:
    env = os.environ if env is None else env
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not token:
        raise SettingsError("TELEGRAM_BOT_TOKEN is not set: export the token @BotFather gave you")
    if not re.fullmatch(r"\d+:[A-Za-z0-9_-]+", token):
        raise SettingsError("TELEGRAM_BOT_TOKEN does not look like a bot token (digits:letters)")
    api_url = env.get("TELEGRAM_API_URL", "").strip().rstrip("/") or DEFAULT_API_URL
    try:
        parts = urlsplit(api_url)
        parts.port  # noqa: B018 — raises ValueError for a port out of range
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise SettingsError("TELEGRAM_API_URL must be an http(s) URL, e.g. http://127.0.0.1:8081")
    webhook_url = secret = ""
    if webhook:
        webhook_url = env.get("TELEGRAM_WEBHOOK_URL", "").strip()
        secret = env.get("TELEGRAM_WEBHOOK_SECRET", "").strip()
        if urlsplit(webhook_url).scheme not in ("http", "https"):
            raise SettingsError("--webhook needs TELEGRAM_WEBHOOK_URL, the public https URL Telegram posts to")
        if not _SECRET.fullmatch(secret):
            raise SettingsError("--webhook needs TELEGRAM_WEBHOOK_SECRET: 1-256 characters of A-Z a-z 0-9 _ -")
    return Settings(
        token=token,
        api_url=api_url,
        allowed_chats=frozenset(config.allowed_chats) | _ids(env, "TELEGRAM_ALLOWED_CHATS"),
        admins=frozenset(config.admins) | _ids(env, "TELEGRAM_ADMINS"),
        webhook_url=webhook_url,
        webhook_secret=secret,
    )
