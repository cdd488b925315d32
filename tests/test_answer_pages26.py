"""Question and composer rules found on pages26's overseas and Taiwan pages, each on a small page of its own."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.precedence import printed_day
from qa.answer.question import analyze
from qa.answer.typed import times
from qa.engine import Engine
from qa.normalize import fold
from qa.types import Candidate, Sentence

# other stories beside the one asked about: retrieval weighs a word by how few articles hold it
OTHERS = ("\n天氣報告\n\n本港今日天氣稍涼,有幾陣雨,最高氣溫約22度。\n\n運動會開幕\n\n全市中學生運動會昨日在體育館開幕,"
          "三千多名學生參加。\n\n圖書館延長開放\n\n市立圖書館下月起延長開放時間至晚上十時。\n")


def _engine(config, folder, text):
    (folder / "page.txt").write_text(text + OTHERS, encoding="utf-8")
    return Engine.load(config, corpus=folder)


def test_a_name_in_quotes_after_the_kind_asked_answers_which_one(config, tmp_path):
    engine = _engine(config, tmp_path, "古堡辦展覽\n\n聖地牙哥堡位於馬尼拉著名景點「西班牙王城」內,"
                     "是殖民時期所興建。\n\n委員會批准提案\n\n眾議院人口委員會“原則上”批准了離婚法的多項提案。\n")
    assert engine.ask("聖地牙哥堡位於馬尼拉哪個景點內？").text == "西班牙王城"
    # words the question quotes itself name nothing asked
    assert "原則上" not in engine.ask("哪個委員會“原則上”批准了離婚法的多項提案？").text


def test_a_day_word_pointing_back_gives_way_to_the_date_its_sentence_prints():
    text = "總統於7 月22 日(星期一)發表國情咨文當天,市政府沒有頒發任何許可證。"
    s = sentence_of(text)

    def cand(word: str, kind: str = "time") -> Candidate:
        i = text.index(word)
        return Candidate(text=word, sentence=s, start=i, end=i + len(word), type=kind, score=1.0, rule="t")

    day = printed_day(cand("當天"), [cand("市政府", "org"), cand("7 月22 日")])
    assert day is not None and day.text == "7 月22 日"
    assert printed_day(cand("7 月22 日"), [cand("當天")]) is None  # a date in figures stays the answer
    other = Sentence(id="b:0:0", article_id="b", paragraph=0, kind="body", text=text, start=0, end=len(text))
    far = Candidate(text="7 月22 日", sentence=other, start=2, end=8, type="time", score=1.0, rule="t")
    assert printed_day(cand("當天"), [far]) is None  # another sentence's date is not the one pointed back to


def test_a_bare_day_spaced_from_its_unit_is_a_date():
    f = fold("中國國家主席習近平 18 日與菲律賓總統通電話")
    assert "18 日" in [f[s.start:s.end] for s in times(f)]
    f = fold("他已連續工作3日,等了 3 日內的結果")
    assert "3 日" not in [f[s.start:s.end] for s in times(f)]  # unspaced, or a span of days (日內)


def test_which_two_years_asks_a_time():
    assert analyze("施工量将在哪两年达到顶峰？").qtype == "when"
    assert analyze("施工量将在哪一年达到顶峰？").qtype == "when"
    assert analyze("哪两个机构牵头？").qtype != "when"


def test_several_times_asked_are_all_answered(config, tmp_path):
    engine = _engine(config, tmp_path, "組屋完工\n\n尤其在2026年和2027年,施工量將達到頂峰,屆時約有150個項目在建。\n")
    assert engine.ask("施工量將在哪兩年達到頂峰？").text == "2026年和2027年"
    assert engine.ask("施工量將在哪一年達到頂峰？").text != "2026年和2027年"  # one asked: one given


def test_a_post_asked_with_two_ministries_joined_by_jian(config, tmp_path):
    engine = _engine(config, tmp_path, "組屋項目\n\n國家發展部兼外交部高級政務部長沈穎表示,項目一度受到拖延。\n")
    assert engine.ask("國家發展部兼外交部高級政務部長是誰？").text == "沈穎"


def test_an_unsigned_page_whose_text_names_its_reporter(config, tmp_path):
    engine = _engine(config, tmp_path, "选民访谈\n\n美国之音记者黄耀毅采访了几位亚非裔美国选民,分享他们的经历。\n\n"
                     "另一篇報導\n\n記者王明/台北報導\n\n本市昨日舉行運動會,三千人參加。\n")
    assert engine.ask("哪位美国之音记者采访了几位亚非裔美国选民？").text == "黄耀毅"
