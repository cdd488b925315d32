"""Reading corpus files: damaged bytes cost only themselves, odd files are named in a warning, never opened
when they could block, and jsonl ids stay unique (issue 13, items 3–6)."""

from __future__ import annotations

import json
import os
import threading

import pytest

from qa.load import load_corpus
from qa.read import LoadError, decode, decode_jsonl, scan, scrub

PAGE = "千亩水杉换新绿\n\n长兴县水口乡水口村，千亩水杉与民居相互映衬。\n\n通讯员 陈海伟 摄\n"
PAGE2 = "综治中心实现最多跑一地\n\n本报记者 李洁\n\n县级综治中心建设成效明显。安吉县综治中心整合了18个部门的力量。\n"


# ---------------------------------------------------------------- item 3: one bad byte never loses a file

def test_utf8_truncated_mid_character_keeps_the_text():
    data = PAGE2.encode("utf-8") + "明显".encode()[:-1]  # the last character cut after its second byte
    d = decode(data)
    assert d.encoding == "utf-8" and d.text.startswith(PAGE2) and d.text.endswith("明\ufffd")
    assert d.bad == ((len(PAGE2.encode("utf-8")) + 3, 6),)  # byte offset and line of the cut character


def test_stray_byte_is_replaced_with_its_offset_and_line():
    head = "千亩水杉换新绿\n\n长兴县"
    data = head.encode("utf-8") + b"\xff" + PAGE.split("长兴县", 1)[1].encode("utf-8")
    d = decode(data)
    assert d.text == PAGE.replace("长兴县", "长兴县\ufffd", 1)
    assert d.bad == ((len(head.encode("utf-8")), 3),)
    assert d.warnings("p.txt") == [f"p.txt:3: invalid utf-8 at byte {len(head.encode())}, replaced with U+FFFD"]


def test_gbk_with_a_stray_byte_stays_gbk():
    body = PAGE2 * 5
    data = body.encode("gbk")
    data = data[:39] + b"\xff" + data[39:]  # between two characters
    d = decode(data)
    assert d.encoding == "gb18030" and len(d.bad) == 1
    assert d.text.replace("\ufffd", "") == body


def test_damaged_file_loads_with_a_warning(tmp_path):
    (tmp_path / "cut.txt").write_bytes(PAGE2.encode("utf-8") + "明".encode()[:2])
    corpus = load_corpus([tmp_path])
    assert [a.headline for a in corpus.articles] == ["综治中心实现最多跑一地"]
    assert any("cut.txt:6" in w and "byte" in w for w in corpus.warnings), corpus.warnings


def test_undecodable_file_says_where():
    with pytest.raises(LoadError, match=r"undecodable bytes, from byte \d+"):
        decode(bytes(range(128, 256)) * 20)


def test_jsonl_line_of_junk_costs_only_that_line(tmp_path):
    good = [json.dumps({"id": f"a{i}", "title": f"标题{i}", "text": f"第{i}篇正文。"}, ensure_ascii=False)
            for i in range(3)]
    data = (good[0] + "\n").encode() + b"\xff\xfe\x00junk\x81\n" + (good[1] + "\n" + good[2] + "\n").encode()
    (tmp_path / "news.jsonl").write_bytes(data)
    corpus = load_corpus([tmp_path])
    assert [a.id for a in corpus.articles] == ["a0", "a1", "a2"]
    assert any("news.jsonl:2" in w and "byte" in w for w in corpus.warnings), corpus.warnings
    assert any("news.jsonl:2" in w and "skipped line" in w for w in corpus.warnings)


def test_jsonl_bad_bytes_inside_a_string_keep_the_article():
    line = '{"id": "x", "text": "正文\xff结束。"}'.encode("utf-8", "surrogateescape")
    d = decode_jsonl(b'{"id": "a", "text": "\xe4\xb8\x80"}\n' + line.replace(b"\xc3\xbf", b"\xff") + b"\n")
    assert d.bad and d.bad[0][1] == 2
    assert json.loads(d.text.split("\n")[1])["text"] == "正文\ufffd结束。"


def test_jsonl_surrogate_escapes_are_scrubbed(tmp_path):
    (tmp_path / "s.jsonl").write_text('{"id": "s\\ud800", "title": "\\udc00标题", "text": "正文\\ud83d。"}\n',
                                      encoding="utf-8")
    corpus = load_corpus([tmp_path])
    a = corpus.articles[0]
    assert (a.id, a.headline, a.body[0].text) == ("s\ufffd", "\ufffd标题", "正文\ufffd。")
    json.dumps([s.text for s in corpus.sentences], ensure_ascii=False).encode("utf-8")  # printable


def test_jsonl_deep_nesting_is_a_skipped_line(tmp_path):
    deep = '{"id": "d", "text": "x", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}"
    (tmp_path / "d.jsonl").write_text(deep + '\n{"id": "ok", "text": "正文。"}\n', encoding="utf-8")
    corpus = load_corpus([tmp_path])
    assert [a.id for a in corpus.articles] == ["ok"]
    assert any("d.jsonl:1" in w for w in corpus.warnings)


# ---------------------------------------------------------------- item 4: odd files are named, FIFOs never opened

def _warned(corpus_or_scan, name: str) -> list[str]:
    return [w for w in corpus_or_scan.warnings if name in w]


def test_symlink_loop_and_dangling_symlink_are_named(tmp_path):
    (tmp_path / "ok.txt").write_text(PAGE, encoding="utf-8")
    os.symlink("loop.txt", tmp_path / "loop.txt")
    os.symlink(tmp_path / "missing.txt", tmp_path / "dangling.txt")
    (tmp_path / "sub").mkdir()
    os.symlink(tmp_path, tmp_path / "sub" / "up")  # a folder link back to an ancestor
    corpus = load_corpus([tmp_path])
    assert len(corpus.articles) == 1
    assert "symlink loop" in _warned(corpus, "loop.txt")[0]
    assert "dangling symlink" in _warned(corpus, "dangling.txt")[0]
    assert "symlink loop" in _warned(corpus, "up")[0]


def test_symlinked_folder_is_followed_once(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "p.txt").write_text(PAGE, encoding="utf-8")
    top = tmp_path / "top"
    top.mkdir()
    os.symlink(real, top / "linked")
    os.symlink(real / "p.txt", top / "same.txt")  # the same file twice: read once
    found = scan([top], [".txt"])
    assert [name for _, name in found.files] == ["top/linked/p.txt"] and not found.warnings


def test_fifo_is_never_opened(tmp_path):
    (tmp_path / "ok.txt").write_text(PAGE, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    result = {}
    worker = threading.Thread(target=lambda: result.update(corpus=load_corpus([tmp_path])), daemon=True)
    worker.start()
    worker.join(20)
    if worker.is_alive():  # unblock the reader so the test process can end, then fail
        with open(tmp_path / "pipe.txt", "wb"):
            pass
        pytest.fail("load_corpus blocked on a FIFO")
    corpus = result["corpus"]
    assert len(corpus.articles) == 1
    assert "FIFO" in _warned(corpus, "pipe.txt")[0]


def test_fifo_given_directly_is_named(tmp_path):
    os.mkfifo(tmp_path / "p.txt")
    corpus = load_corpus([tmp_path / "p.txt"])
    assert corpus.articles == () and "FIFO" in corpus.warnings[0] and "p.txt" in corpus.warnings[0]


def test_folder_named_like_a_file_is_named_and_searched(tmp_path):
    (tmp_path / "x.txt").mkdir()
    (tmp_path / "x.txt" / "inner.txt").write_text(PAGE, encoding="utf-8")
    corpus = load_corpus([tmp_path])
    assert len(corpus.articles) == 1
    assert "is a folder" in _warned(corpus, "x.txt")[0]


def test_missing_path_and_dangling_path_given(tmp_path):
    os.symlink(tmp_path / "nowhere", tmp_path / "gone")
    corpus = load_corpus([tmp_path / "nope", tmp_path / "gone"])
    assert "no such file" in corpus.warnings[0] and "dangling symlink" in corpus.warnings[1]


def test_undecodable_file_name_is_printable(tmp_path):
    name = os.fsdecode(b"\xff\xfe.txt")  # not UTF-8: Python keeps the bytes as surrogates
    (tmp_path / name).write_text(PAGE, encoding="utf-8")
    corpus = load_corpus([tmp_path])
    assert corpus.articles[0].file.endswith("\\xff\\xfe.txt")
    json.dumps([a.id for a in corpus.articles], ensure_ascii=False).encode("utf-8")


# ---------------------------------------------------------------- item 5: duplicate jsonl ids

def test_duplicate_jsonl_ids_are_made_unique(tmp_path):
    rows = [{"id": "ok1", "title": "甲", "text": "甲文章说的是甲。"},
            {"id": "ok1", "title": "乙", "text": "乙文章说的是乙。"}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps(rows[0], ensure_ascii=False), encoding="utf-8")
    corpus = load_corpus([tmp_path])
    ids = [a.id for a in corpus.articles]
    assert len(set(ids)) == 3 and ids[0] == "ok1"
    assert ids[1] == f"{tmp_path.name}/a.jsonl#2" and ids[2] == f"{tmp_path.name}/b.jsonl#1"
    assert sum("duplicate id 'ok1'" in w for w in corpus.warnings) == 2
    by_sentence = {s.id: s.article_id for s in corpus.sentences}
    assert len(by_sentence) == len(corpus.sentences)  # every sentence id names one sentence
    owner = {a.id: a.headline for a in corpus.articles}
    assert [owner[s.article_id] for s in corpus.sentences if "乙" in s.text] == ["乙", "乙"]


# ---------------------------------------------------------------- item 6: UTF-16 without a BOM

@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(encoding):
    d = decode(PAGE.encode(encoding))
    assert d.text == PAGE and d.encoding == "utf-16"


def test_utf16_without_bom_loads(tmp_path):
    (tmp_path / "w.txt").write_bytes(PAGE.encode("utf-16-le"))
    corpus = load_corpus([tmp_path])
    assert [a.headline for a in corpus.articles] == ["千亩水杉换新绿"] and not corpus.warnings


def test_binary_with_nul_bytes_is_still_binary():
    with pytest.raises(LoadError, match="binary"):
        decode(b"\x00\xff" * 300)


def test_scrub():
    assert scrub("a\ud800b\udfff") == "a\ufffdb\ufffd" and scrub("正常") == "正常"


def test_articles_made_in_memory_with_lone_surrogates_get_a_fingerprint():
    from qa.load import corpus_from_articles
    from qa.types import Article, Paragraph

    para = Paragraph(0, "body", "刘捷主持会议。\ud800", 0)
    art = Article(id="q\ud800", file="sq.json", headline="", paragraphs=(para,))
    assert len(corpus_from_articles([art]).fingerprint) == 64  # `qa eval` on a SQuAD file with "\ud800" escapes


def test_a_folders_notes_are_not_pages(tmp_path):
    (tmp_path / "page.txt").write_text("标题\n正文。\n", encoding="utf-8")
    (tmp_path / "SOURCES.md").write_text("| paper | url |\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("about these pages\n", encoding="utf-8")
    assert [f.name for f, _ in scan([tmp_path], [".txt", ".md"]).files] == ["page.txt"]
    # named on its own, it is read like any other file
    assert [f.name for f, _ in scan([tmp_path / "SOURCES.md"], [".md"]).files] == ["SOURCES.md"]
