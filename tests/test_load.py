"""The loader: the seed page's layout, encodings, bad files, jsonl, continued articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa.load import LoadError, decode, load_corpus, parse_byline, parse_page
from qa.split import split_text

from conftest import SEED_FILE, SEEDS


@pytest.fixture(scope="module")
def seed():
    return load_corpus([SEEDS])


def test_seed_page_has_its_four_articles(seed):
    heads = [a.headline for a in seed.articles]
    assert len(heads) == 4
    assert heads[0].startswith("王浩在全省建设更高水平平安浙江工作会议上强调")
    assert heads[1] == "千亩水杉换新绿 生态乡村景如画"
    assert heads[2] == "我省县乡两级综治中心 实现群众矛盾纠纷化解“最多跑一地”"
    assert heads[3] == "让年轻人参与社区治理 东白马湖有妙招!"
    assert seed.warnings == ()


def test_seed_bylines_credit_and_marks(seed):
    meeting, photo, centre, youth = seed.articles
    assert meeting.subheadline == "刘捷主持 王成出席"
    assert meeting.byline.reporters == ("余勤", "陆乐")
    assert meeting.continuations == ()
    assert photo.kind == "photo" and photo.credit.photographers == ("陈海伟",)
    assert photo.byline.names == ()
    assert centre.byline.reporters == ("李洁",) and centre.byline.correspondents == ("张磊",)
    assert centre.continuations == ("下转2版",)
    assert youth.byline.reporters == ("潘旭萍", "李洁")
    assert youth.continuations == ("下转2版",)
    # The marks are metadata, not text.
    assert not any("下转" in p.text for a in seed.articles for p in a.paragraphs)


@pytest.mark.parametrize("joined", ["与会省领导为", "不断夯实", "加强社会治安", "信访及矛盾纠纷", "常驻+轮驻+随驻"])
def test_column_breaks_are_rejoined(seed, joined):
    bodies = [p.text for a in seed.articles for p in a.body]
    assert any(joined in text for text in bodies)
    # …and the joined words form one sentence, not two.
    assert any(joined in s.text for s in seed.sentences)


def test_headlines_and_bylines_are_never_joined_to_bodies(seed):
    for a in seed.articles:
        kinds = [p.kind for p in a.paragraphs]
        assert kinds[0] == "headline"
        for p in a.paragraphs:
            if p.kind == "body":
                assert "记者" not in p.text[:8]
    assert [len(a.body) for a in seed.articles] == [5, 1, 4, 2]


def test_sentences_keep_ids_offsets_and_text_as_written(seed):
    ids = [s.id for s in seed.sentences]
    assert len(ids) == len(set(ids))
    for s in seed.sentences:
        para = seed.article(s.article_id).paragraphs[s.paragraph]
        assert para.text[s.start:s.end] == s.text
        assert len(s.folded) == len(s.text)
    # Headline, byline and credit are passages too.
    kinds = {s.kind for s in seed.sentences}
    assert {"headline", "subheadline", "byline", "credit", "body"} <= kinds
    # Paragraph offsets point into the file as written.
    raw = SEED_FILE.read_text(encoding="utf-8")
    for a in seed.articles:
        for p in a.paragraphs:
            assert raw[p.offset:p.offset + 6] == p.text[:6]


def test_ids_are_stable_across_loads():
    a, b = load_corpus([SEEDS]), load_corpus([SEEDS.resolve()])
    assert [s.id for s in a.sentences] == [s.id for s in b.sentences]
    assert a.fingerprint == b.fingerprint


def test_split_keeps_closing_quotes_and_ascii_marks():
    text = "他说：“现在一个窗口就全部解决了！”如何破局?答案是……社区。最后一句"
    parts = [text[s:e] for s, e in split_text(text)]
    assert parts == ["他说：“现在一个窗口就全部解决了！”", "如何破局?", "答案是……", "社区。", "最后一句"]


@pytest.mark.parametrize("line,expected", [
    ("本报记者 李洁 通讯员 张磊", (("李洁",), ("张磊",), ())),
    ("浙江日报记者 余勤 陆乐", (("余勤", "陆乐"), (), ())),
    ("通讯员 陈海伟 摄", ((), (), ("陈海伟",))),
    ("本报记者李洁", (("李洁",), (), ())),
    ("通訊員 陳海偉 攝", ((), (), ("陳海偉",))),
    ("本報記者 李潔 通訊員 張磊", (("李潔",), ("張磊",), ())),
])
def test_parse_byline(line, expected):
    b = parse_byline(line)
    assert (b.reporters, b.correspondents, b.photographers) == expected


@pytest.mark.parametrize("line", ["刘捷主持 王成出席", "省长刘捷主持会议。", "记者节快乐，大家好"])
def test_not_a_byline(line):
    assert parse_byline(line) is None


# ---------------------------------------------------------------- encodings and bad files

PAGE = "千亩水杉换新绿\n\n长兴县水口乡水口村，千亩水杉与民居相互映衬。\n\n通讯员 陈海伟 摄\n"
TRAD_PAGE = "千畝水杉換新綠\n\n長興縣水口鄉水口村，千畝水杉與民居相互映襯，這裡風景優美。\n\n通訊員 陳海偉 攝\n"


@pytest.mark.parametrize("data,text", [
    (PAGE.encode("utf-8"), PAGE),
    (b"\xef\xbb\xbf" + PAGE.encode("utf-8"), PAGE),
    (PAGE.encode("gbk"), PAGE),
    (PAGE.encode("gb18030"), PAGE),
    (TRAD_PAGE.encode("big5"), TRAD_PAGE),
    (PAGE.encode("utf-16"), PAGE),
])
def test_decode_detects_encodings(data, text):
    assert decode(data).text == text


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x00\x01\x02\x03binary\x00" * 50, "binary"),
    (bytes(range(128, 256)) * 20, "undecodable"),
    (bytes(b for b in range(1, 256) if b not in b"\n\r\t") * 12, "undecodable|garbled"),
])
def test_decode_rejects_bad_files(data, reason):
    with pytest.raises(LoadError, match=reason):
        decode(data)


def test_bad_files_are_reported_and_skipped(tmp_path):
    (tmp_path / "good.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "gbk.txt").write_bytes(PAGE.replace("千亩", "万亩").encode("gbk"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "junk.txt").write_bytes(b"\x00\xff" * 300)
    (tmp_path / "image.png").write_bytes(b"\x89PNG")  # not a corpus extension: ignored silently
    corpus = load_corpus([tmp_path])
    assert sorted(a.file for a in corpus.articles) == [f"{tmp_path.name}/gbk.txt", f"{tmp_path.name}/good.txt"]
    assert len(corpus.warnings) == 2
    assert any("empty.txt" in w and "empty" in w for w in corpus.warnings)
    assert any("junk.txt" in w and "binary" in w for w in corpus.warnings)


def test_missing_path_is_a_warning(tmp_path):
    corpus = load_corpus([tmp_path / "nope"])
    assert corpus.articles == () and "no such file" in corpus.warnings[0]


def test_jsonl_articles(tmp_path):
    lines = [
        {"id": "a1", "title": "标题一", "text": "第一段。第二句！\n第二段", "date": "2025-04-13",
         "byline": "本报记者 李洁", "source": "浙江日报", "page": "1", "url": "http://example.invalid/a1"},
        "not json",
        {"id": "a2", "title": "无正文"},
        {"title": "标题三", "text": "只有一段"},
    ]
    f = tmp_path / "news.jsonl"
    f.write_text("\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines),
                 encoding="utf-8")
    corpus = load_corpus([f])
    a1, a3 = corpus.articles
    assert a1.id == "a1" and a1.headline == "标题一" and a1.byline.reporters == ("李洁",)
    assert (a1.date, a1.source, a1.page) == ("2025-04-13", "浙江日报", "1")
    assert [p.text for p in a1.body] == ["第一段。第二句！", "第二段"]
    assert a3.id == "news.jsonl#4"
    assert len(corpus.warnings) == 2 and "news.jsonl:2" in corpus.warnings[0]
    texts = [s.text for s in corpus.sentences if s.article_id == "a1"]
    assert texts == ["标题一", "本报记者 李洁", "第一段。", "第二句！", "第二段"]


def test_continued_article_is_stitched(tmp_path):
    (tmp_path / "p1.txt").write_text(
        "综治中心实现“最多跑一地”\n\n本报记者 李洁\n\n县级综治中心建设成效明显。\n\n(下转2版)\n", encoding="utf-8")
    (tmp_path / "p2.txt").write_text(
        "综治中心实现“最多跑一地”\n\n(上接1版)\n\n安吉县综治中心整合了18个部门的力量。\n", encoding="utf-8")
    corpus = load_corpus([tmp_path])
    assert len(corpus.articles) == 1
    art = corpus.articles[0]
    assert [p.text for p in art.body] == ["县级综治中心建设成效明显。", "安吉县综治中心整合了18个部门的力量。"]
    assert set(art.continuations) == {"下转2版", "上接1版"}


def test_traditional_continuation_mark():
    arts = parse_page("標題\n\n本報記者 李潔\n\n正文第一句。(下轉2版)\n", "x.txt")
    assert arts[0].continuations == ("下转2版",) and arts[0].body[0].text == "正文第一句。"


def test_continuation_without_its_other_half_stays_a_mark():
    arts = parse_page("标题\n\n本报记者 李洁\n\n正文第一句。(下转2版)\n", "x.txt")
    assert arts[0].continuations == ("下转2版",)
    assert arts[0].body[0].text == "正文第一句。"


def test_sentence_table_is_a_sequence(seed):
    sents = seed.sentences
    assert len(list(sents)) == len(sents) > 0
    assert sents[-1] == list(sents)[-1] and sents[1:3] == [sents[1], sents[2]]
    photo = seed.articles[1]
    mine = seed.sentences_of(photo.id)
    kinds = [s.kind for s in mine]
    assert kinds[0] == "headline" and kinds[-1] == "credit" and set(kinds[1:-1]) == {"body"}
    assert mine[-1].text == "通讯员 陈海伟 摄" and all(s.article_id == photo.id for s in mine)


def test_an_unfinished_paragraph_does_not_swallow_the_next_article():
    page = ("会议报道\n\n本报记者 王小明\n\n会议在杭州召开。（完）\n\n"
            "第二篇标题\n\n本报记者 李洁\n\n第二篇的正文一句。\n\n"
            "第三篇标题\n\n本报记者 张磊\n\n正文没有句号就断了\n\n第四篇标题\n\n通讯员 陈海伟 摄\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline for a in arts] == ["会议报道", "第二篇标题", "第三篇标题", "第四篇标题"]
    assert arts[0].body[0].text == "会议在杭州召开。（完）"
    assert arts[1].byline.reporters == ("李洁",) and arts[3].credit.photographers == ("陈海伟",)


def test_same_file_names_in_two_folders_get_distinct_ids(tmp_path):
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "p.txt").write_text(f"{d}标题\n\n本报记者 王小明\n\n{d}的正文。\n", encoding="utf-8")
    corpus = load_corpus([tmp_path / "a" / "p.txt", tmp_path / "b" / "p.txt"])
    ids = [a.id for a in corpus.articles]
    assert len(set(ids)) == 2
    assert corpus.article(ids[1]).headline == "b标题"


def test_the_loader_and_qa_ingest_give_one_reason_for_a_file_they_cannot_use(tmp_path, capsys):
    """Both read a file through load.load_file: a file the loader skips is one `qa ingest` refuses, and the
    reason is worded once."""
    from qa.cli import main
    from qa.config import PROJECT_ROOT
    from qa.load import load_file
    from qa.read import show_path

    with pytest.raises(LoadError, match="^cannot read: No such file or directory$"):
        load_file(tmp_path / "gone.txt", "gone.txt")
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "junk.txt").write_bytes(b"\x00\xff" * 300)
    (bad / "gone.txt").symlink_to(tmp_path / "nowhere.txt")  # the loader's scan reports it as a dangling link
    reasons = {}
    for f in sorted(bad.glob("*.txt")):
        with pytest.raises(LoadError) as err:
            load_file(f, f.name)
        reasons[f] = str(err.value)
    assert reasons[bad / "gone.txt"].startswith("cannot read: ")
    corpus = load_corpus([bad / "empty.txt", bad / "junk.txt"])
    assert list(corpus.warnings) == [f"{show_path(f)}: skipped: {reasons[f]}"
                                     for f in (bad / "empty.txt", bad / "junk.txt")]
    folder = tmp_path / "corpus"
    folder.mkdir()
    cfg = tmp_path / "config.yaml"
    cfg.write_text(f"corpus:\n  paths: [{folder}]\ntokenizer:\n  user_dict: {PROJECT_ROOT / 'config/userdict.txt'}\n"
                   f"  stopwords: {PROJECT_ROOT / 'config/stopwords.txt'}\nindex:\n  cache_dir: {tmp_path / 'cache'}\n",
                   encoding="utf-8")
    assert main(["ingest", "--config", str(cfg), *map(str, reasons)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [f"error: {show_path(f)}: cannot be used: {reason}" for f, reason in reasons.items()] + \
        ["nothing was copied"]
    assert not any(folder.iterdir())


def test_an_articles_first_sentence_of_a_kind_is_the_one_its_sentences_list_first():
    """Corpus.first_of makes the lead alone (same_article reads the leads of every retrieved article); it must be
    the first of that kind among the article's sentences, and None where the article has none."""
    corpus = load_corpus([Path(__file__).parent / "data" / "pages"])
    for a in corpus.articles[:200]:
        listed = corpus.sentences_of(a.id)
        for kind in ("body", "credit"):
            first = next((s for s in listed if s.kind == kind), None)
            assert corpus.first_of(a.id, kind) == first, (a.id, kind)
