"""Pages sent to the bot (bot/inbox.py) and the bot's corpus watcher, end to end: the real `qa bot` process
against the fake Bot API, over a corpus folder of its own. Admins send documents (getFile + file download) or
`/add` text; what cannot be read, is too big, is named like a path, or comes from a non-admin changes nothing.
Every test uses its own admin (its own private chat), so replies do not mix."""

from __future__ import annotations

import json
import shutil
import time

import pytest
from fake_telegram import BotProcess, FakeTelegram, write_config

from bot import inbox, messages

from conftest import SEED_FILE

ADMINS = list(range(7101, 7120))
USER = 5001
LIMIT = 4096
SEED_Q = "全省建设更高水平平安浙江工作会议在哪里召开？"
MUSEUM = "龙泉青瓷博物馆新馆开馆\n\n本报记者 周明\n\n龙泉青瓷博物馆新馆于5月20日正式开馆，首批展出青瓷1200件。\n"
MUSEUM_Q = "龙泉青瓷博物馆新馆什么时候开馆？"
TEA = "西湖龙井开采\n\n本报记者 李洁\n\n今年西湖龙井于3月18日正式开采，比去年早五天。\n"
TEA_Q = "西湖龙井什么时候开采？"
BRIDGE = "钱塘江大桥检修\n\n本报记者 王浩\n\n钱塘江大桥的检修工程共投入工人860名，预计年底完工。\n"
BRIDGE_Q = "钱塘江大桥的检修工程投入了多少工人？"
BEER = {"id": "beer-1", "title": "千岛湖啤酒节开幕", "date": "2021-07-01", "byline": "本报记者 陈晨",
        "text": "第十届千岛湖啤酒节在淳安县开幕，吸引游客3万人次。"}
BEER_Q = "千岛湖啤酒节吸引了多少游客？"


@pytest.fixture(scope="module")
def tg():
    with FakeTelegram() as server:
        yield server


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("upload") / "papers"
    folder.mkdir()
    shutil.copy(SEED_FILE, folder)
    return folder


@pytest.fixture(scope="module")
def bot(tg, corpus, cache_dir):
    tmp = corpus.parent
    config = write_config(tmp / "bot.yaml", cache_dir, tmp / "queries.sqlite3",
                          {"watch": True, "watch_debounce_ms": 100}, poll_timeout=2, timeout=2, typing_after=5.0,
                          max_upload_bytes=LIMIT)
    proc = BotProcess(tg, config, [corpus], args=["-v"], env={"TELEGRAM_ADMINS": ",".join(map(str, ADMINS))})
    proc.start()
    yield proc
    assert proc.stop() == 0  # the watcher task ends with the bot

_admins = iter(ADMINS)


@pytest.fixture()
def admin() -> int:
    return next(_admins)


def ask(tg, chat, text, **kw) -> str:
    n = len(tg.sent(chat)) + 1
    tg.message(chat, text, **kw)
    return tg.wait_sent(chat, n)[-1]


def send_file(tg, chat, content: bytes, name: str | None, **kw) -> str:
    """Send a document; the bot's reply (all its messages to this one joined)."""
    n = len(tg.sent(chat))
    tg.document(chat, content, name, **kw)
    tg.wait_sent(chat, n + 1)
    time.sleep(0.1)  # a long report may be split into several messages
    return "\n".join(tg.texts(chat)[n:])


def inbox_files(corpus) -> list[str]:
    return inbox.listing(corpus / inbox.INBOX, (".txt", ".md", ".jsonl"))


def test_admin_uploads_a_page_and_it_is_answered_from(tg, bot, corpus, admin):
    assert "5月20日" not in ask(tg, admin, MUSEUM_Q)
    report = send_file(tg, admin, MUSEUM.encode("gb18030"), "lq_20210520.txt")  # any corpus encoding
    assert "已收下 papers/inbox/lq_20210520.txt：1 篇报道" in report
    assert "《龙泉青瓷博物馆新馆开馆》 本报记者 周明" in report and "日期：2021-05-20" in report  # from the file name
    assert "lq_20210520.txt" in inbox_files(corpus)
    assert tg.downloads and tg.downloads[-1].startswith("documents/")
    assert "5月20日" in ask(tg, admin, MUSEUM_Q)


def test_admin_uploads_jsonl_the_report_has_date_byline_and_warnings(tg, bot, corpus, admin):
    lines = [json.dumps(BEER, ensure_ascii=False), "{not json"]
    report = send_file(tg, admin, "\n".join(lines).encode(), "beer.jsonl")
    assert "已收下 papers/inbox/beer.jsonl：1 篇报道" in report
    assert "《千岛湖啤酒节开幕》 本报记者 陈晨 — 2021-07-01" in report
    assert "日期：2021-07-01" in report
    assert "提示（1）" in report and "inbox/beer.jsonl:2: skipped line" in report
    assert "3万人次" in ask(tg, admin, BEER_Q)
    again = send_file(tg, admin, lines[0].encode(), "beer2.jsonl")  # the same id in another file
    assert "duplicate id 'beer-1'" in again and "papers/inbox/beer2.jsonl#1" in again
    report = send_file(tg, admin, lines[0].encode(), "beer.jsonl")  # replacing a file frees its own ids
    assert "替换了同名文件" in report and "提示" not in report


def test_non_admin_is_refused_and_nothing_is_downloaded(tg, bot, corpus):
    before, downloads = inbox_files(corpus), len(tg.downloads)
    assert send_file(tg, USER, TEA.encode(), "tea.txt") == messages.NOT_ADMIN
    assert ask(tg, USER, "/add\n" + TEA) == messages.NOT_ADMIN
    assert ask(tg, USER, "/remove lq_20210520.txt") == messages.NOT_ADMIN
    assert inbox_files(corpus) == before and len(tg.downloads) == downloads


def test_oversize_is_refused_before_or_after_download(tg, bot, corpus, admin):
    before, downloads = inbox_files(corpus), len(tg.downloads)
    big = (MUSEUM * 60).encode()
    assert len(big) > LIMIT
    assert "文件太大" in send_file(tg, admin, big, "big.txt")
    assert len(tg.downloads) == downloads  # the announced size was enough to refuse
    reply = send_file(tg, admin, big, "big.txt", file_size=None)  # no size announced: checked after download
    assert "文件太大" in reply and f"{len(big):,}" in reply
    assert "文件太大" in ask(tg, admin, "/add\n" + "很长的正文。" * 300)
    assert inbox_files(corpus) == before


def test_binary_garbage_gets_a_clear_error_and_nothing_changes(tg, bot, corpus, admin):
    before = inbox_files(corpus)
    reply = send_file(tg, admin, bytes(range(256)) * 4, "junk.txt", mime_type="application/octet-stream")
    assert reply.startswith("读不了 junk.txt：binary file") and "语料没有任何改动" in reply
    assert "读不了 empty.md：empty file" in send_file(tg, admin, b"  \n", "empty.md")
    assert "读不了 bad.jsonl" in send_file(tg, admin, b'{"title": "no text"}\n', "bad.jsonl")
    assert inbox_files(corpus) == before
    assert "杭州" in ask(tg, admin, SEED_Q)  # still answering from the corpus as it was


def test_a_failed_download_is_reported_and_nothing_changes(tg, bot, corpus, admin):
    before = inbox_files(corpus)
    tg.fail("getFile", status=502)
    reply = send_file(tg, admin, MUSEUM.encode(), "later.txt")
    assert reply.startswith("没有收下：下载失败") and tg.token not in reply
    assert inbox_files(corpus) == before


def test_add_text_then_remove_it(tg, bot, corpus, admin):
    report = ask(tg, admin, "/add\n" + TEA)
    assert "：1 篇报道" in report and "《西湖龙井开采》 本报记者 李洁" in report
    [name] = [n for n in inbox_files(corpus) if "西湖龙井开采" in n]
    assert "3月18日" in ask(tg, admin, TEA_Q)
    assert name in ask(tg, admin, "/remove")  # without a name: the inbox's listing
    assert ask(tg, admin, f"/remove {name}").startswith(f"已移除 inbox/{name}")
    assert name not in inbox_files(corpus) and (corpus / inbox.INBOX / inbox.RETIRED / name).exists()
    assert "3月18日" not in ask(tg, admin, TEA_Q)
    assert "没有移除" in ask(tg, admin, f"/remove {name}")  # gone already
    assert messages.ADD_USAGE in ask(tg, admin, "/add")


@pytest.mark.parametrize("name", ["../evil.txt", "..", "/etc/passwd.txt", "a/b.txt", "..\\evil.txt",
                                  ".hidden.txt", "evil.pdf", "inbox/../../000.txt"])
def test_path_traversal_and_bad_names_are_refused(tg, bot, corpus, admin, name):
    seed = corpus / SEED_FILE.name
    before, seed_bytes = inbox_files(corpus), seed.read_bytes()
    reply = send_file(tg, admin, MUSEUM.encode(), name)
    assert reply.startswith("没有收下："), reply
    assert ask(tg, admin, f"/remove {name}").startswith("没有移除："), name
    assert ask(tg, admin, f"/remove ../{SEED_FILE.name}").startswith("没有移除：")
    assert inbox_files(corpus) == before and seed.read_bytes() == seed_bytes
    assert not (corpus.parent / "evil.txt").exists()


def test_a_page_dropped_into_the_folder_is_answered_within_seconds(tg, bot, corpus, admin):
    (corpus / "bridge_20210601.txt").write_text(BRIDGE, encoding="utf-8")
    deadline = time.monotonic() + 15
    while "+1 file: papers/bridge_20210601.txt, 1 article" not in bot.output():
        assert time.monotonic() < deadline, bot.output()[-2000:]
        time.sleep(0.05)
    assert "860名" in ask(tg, admin, BRIDGE_Q)


def test_help_lists_the_admin_commands(tg, bot, admin):
    text = ask(tg, admin, "/help")
    assert "/add" in text and "/remove" in text and ".jsonl" in text


# ---------------------------------------------------------------- bot/inbox.py in-process

@pytest.mark.parametrize("name", ["", " a.txt", "../a.txt", "a/b.txt", "a\\b.txt", "..", ".a.txt", "a.pdf", "a.txt.exe",
                                  "a\x00.txt", "a\u202e.txt", "长" * 80 + ".txt"])
def test_safe_name_refuses(name):
    with pytest.raises(inbox.InboxError):
        inbox.safe_name(name, (".txt", ".md", ".jsonl"))


def test_safe_name_accepts_plain_names():
    for name in ("rmrb_20210302_04.txt", "浙江日报 第3版.md", "a.b.JSONL"):
        assert inbox.safe_name(name, (".txt", ".md", ".jsonl")) == name


def test_text_name_is_safe_and_unique(tmp_path):
    a, b = inbox.text_name("../../etc/passwd\n正文", 1), inbox.text_name("../../etc/passwd\n正文", 2)
    assert a != b
    for name in (a, b, inbox.text_name("\n\n", 3), inbox.text_name("西湖龙井开采\n…", 4)):
        assert inbox.safe_name(name, (".txt",)) == name


def test_retire_moves_only_regular_files_inside_the_inbox(tmp_path):
    box = tmp_path / "corpus" / inbox.INBOX
    assert inbox.save(box, "a.txt", b"x") is False and inbox.save(box, "a.txt", b"y") is True
    outside = tmp_path / "outside.txt"
    outside.write_text("keep", encoding="utf-8")
    (box / "link.txt").symlink_to(outside)
    with pytest.raises(inbox.InboxError):
        inbox.retire(box, "link.txt")
    with pytest.raises(inbox.InboxError):
        inbox.retire(box, "missing.txt")
    assert inbox.listing(box, (".txt",)) == ["a.txt"]  # the symlink is not listed either
    first = inbox.retire(box, "a.txt")
    inbox.save(box, "a.txt", b"z")
    second = inbox.retire(box, "a.txt")
    assert first != second and first.read_bytes() == b"y" and second.read_bytes() == b"z"
    assert inbox.listing(box, (".txt",)) == [] and outside.read_text(encoding="utf-8") == "keep"


def test_read_page_never_writes(tmp_path):
    with pytest.raises(inbox.InboxError, match="binary"):
        inbox.read_page(b"\x00\x01\x02" * 100, "x.txt", "c/inbox/x.txt")
    page = inbox.read_page(MUSEUM.encode("utf-16"), "x.txt", "c/inbox/x.txt")
    assert [a.headline for a in page.articles] == ["龙泉青瓷博物馆新馆开馆"]
    assert page.articles[0].file == "c/inbox/x.txt"
    assert list(tmp_path.iterdir()) == []
