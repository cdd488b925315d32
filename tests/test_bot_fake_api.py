"""The fake Bot API behaves like Telegram where the bot's tests rely on it (so a passing e2e test means something)."""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from fake_telegram import FakeTelegram


@pytest.fixture(scope="module")
def tg():
    with FakeTelegram() as server:
        yield server


def call(tg, method, token=None, **params) -> tuple[int, dict]:
    data = urllib.parse.urlencode({k: json.dumps(v) if isinstance(v, dict | list) else v
                                   for k, v in params.items()}).encode()
    request = urllib.request.Request(f"{tg.url}/bot{token or tg.token}/{method}", data=data, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def test_envelope_getme_and_unknown_token(tg):
    status, body = call(tg, "getMe")
    assert status == 200 and body["ok"] and body["result"]["is_bot"] and body["result"]["username"] == tg.username
    assert call(tg, "getMe", token="1:wrong") == (401, {"ok": False, "error_code": 401,
                                                        "description": "Unauthorized"})
    assert call(tg, "noSuchMethod")[0] == 404


def test_send_message_checks_html_and_length(tg):
    status, body = call(tg, "sendMessage", chat_id=5, text="<b>杭州</b> &amp; &lt;x&gt;", parse_mode="HTML")
    assert status == 200 and body["result"]["text"] == "杭州 & <x>"
    for text, error in (("<b>x", "Can't find end tag"), ("<script>x</script>", 'Unsupported start tag "script"'),
                        ("<b>x</i>", "Unmatched end tag"), ("&nbsp;", "Unsupported HTML entity")):
        status, body = call(tg, "sendMessage", chat_id=5, text=text, parse_mode="HTML")
        assert status == 400 and body["description"].startswith("Bad Request: can't parse entities") and \
            error in body["description"]
    assert call(tg, "sendMessage", chat_id=5, text="杭" * 4096)[0] == 200
    assert call(tg, "sendMessage", chat_id=5, text="杭" * 4097)[1]["description"] == "Bad Request: message is too long"
    # Markup does not count, entities count as one character each.
    assert call(tg, "sendMessage", chat_id=5, text="<b>" + "&amp;" * 4096 + "</b>", parse_mode="HTML")[0] == 200
    markup = {"inline_keyboard": [[{"text": "x", "callback_data": "d" * 65}]]}
    assert call(tg, "sendMessage", chat_id=5, text="x", reply_markup=markup)[1]["description"].endswith(
        "BUTTON_DATA_INVALID")


def test_get_updates_offsets_long_polling_and_conflict(tg):
    first = tg.message(9, "一")
    second = tg.message(9, "二")
    ids = [u["update_id"] for u in call(tg, "getUpdates")[1]["result"]]
    assert ids == [first, second]
    assert [u["update_id"] for u in call(tg, "getUpdates", offset=second)[1]["result"]] == [second]  # confirms 1st
    assert call(tg, "getUpdates", offset=second + 1, timeout=0)[1]["result"] == []

    results = {}

    def poll():
        t0 = time.monotonic()
        results["body"] = call(tg, "getUpdates", offset=second + 1, timeout=60)[1]
        results["waited"] = time.monotonic() - t0

    poller = threading.Thread(target=poll)
    poller.start()
    tg.wait_for(lambda: tg.polling, 5, "the long poll")
    status, body = call(tg, "getUpdates", offset=second + 1, timeout=0)  # a second poller meanwhile
    assert status == 409 and "terminated by other getUpdates request" in body["description"]
    third = tg.message(9, "三")
    poller.join(90)
    assert [u["update_id"] for u in results["body"]["result"]] == [third]
    assert results["waited"] < 45  # answered when the update came, not at the 60 s timeout


def test_injected_failures(tg):
    tg.fail("sendMessage", 429, retry_after=3)
    status, body = call(tg, "sendMessage", chat_id=5, text="x")
    assert status == 429 and body["parameters"] == {"retry_after": 3}
    tg.fail("sendMessage", 502)
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(urllib.request.Request(f"{tg.url}/bot{tg.token}/sendMessage", data=b"chat_id=5"),
                               timeout=10)
    assert err.value.code == 502
    assert call(tg, "sendMessage", chat_id=5, text="x")[0] == 200  # one failure each, then back to normal
