"""Webhook mode that an update the library cannot parse does not stall (as bot.polling does for polling).

PTB's webhook handler answers 400 to an update `Update.de_json` cannot build (a chat without `type`, a poll
missing a field), and Telegram then posts that update again and again, holding back every update after it.
Here such an update is logged, one line with its id (never the token, nor the message text), and answered
200 so Telegram drops it; the bot goes on with the next one. A body that is not JSON at all is dropped the same
way. The secret and content-type checks stay PTB's (403)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Iterator
from http import HTTPStatus
from typing import Any

import telegram.ext._updater as ptb_updater
import tornado.web
from telegram.ext._utils.webhookhandler import TelegramHandler, WebhookAppClass

from .polling import log_unparsable

log = logging.getLogger(__name__)


class SkippingHandler(TelegramHandler):
    """PTB's TelegramHandler, except that an update it cannot parse is logged and answered 200 (dropped)."""

    async def post(self) -> None:
        try:
            await super().post()
        except tornado.web.HTTPError as exc:
            if exc.status_code != HTTPStatus.BAD_REQUEST:  # 403: a wrong or missing secret, not JSON content
                raise
            log_unparsable(_update_id(self.request.body), exc.__cause__ or exc, log)
            self.set_status(HTTPStatus.OK)
        except ValueError as exc:  # the body is not JSON (or not UTF-8): nothing Telegram could send better
            log.warning("skipped a webhook request whose body is not JSON (%s)", type(exc).__name__)
            self.set_status(HTTPStatus.OK)


def _update_id(body: bytes) -> Any:
    try:
        data = json.loads(body)
    except ValueError:
        return None
    return data.get("update_id") if isinstance(data, dict) else None


class SkippingWebhookApp(WebhookAppClass):
    """PTB's webhook application, routing to SkippingHandler."""

    def __init__(self, webhook_path: str, bot: Any, update_queue: asyncio.Queue, secret_token: str | None = None):
        # What WebhookAppClass.__init__ does, with our handler on its one route (it names PTB's inline).
        self.shared_objects = {"bot": bot, "update_queue": update_queue, "secret_token": secret_token}
        tornado.web.Application.__init__(self, [(rf"{webhook_path}/?", SkippingHandler, self.shared_objects)])


@contextlib.contextmanager
def skipping_unparsable_updates() -> Iterator[None]:
    """While it lasts, `Application.run_webhook` serves with SkippingWebhookApp. PTB's Updater names the
    application class it builds in its own module, with no option to pass another, hence the swap (undone
    on the way out)."""
    original = ptb_updater.WebhookAppClass
    ptb_updater.WebhookAppClass = SkippingWebhookApp  # type: ignore[misc]
    try:
        yield
    finally:
        ptb_updater.WebhookAppClass = original  # type: ignore[misc]
