"""The edges of a chosen span: what around it belongs to the answer (shape.py)."""

from __future__ import annotations

from candidates import dict_tagger, sentence_of

from qa.answer.question import analyze
from qa.answer.shape import shape
from qa.types import Candidate


def _at(text: str, part: str, kind: str) -> Candidate:
    s = sentence_of(text)
    start = text.index(part)
    return Candidate(text=part, sentence=s, start=start, end=start + len(part), type=kind, score=1.0,  # type: ignore[arg-type]
                     rule=f"type:{kind}")


def _tags(text: str) -> list[tuple[str, str]]:
    return [(text, "n")]


def test_an_era_year_keeps_the_common_era_year_glossed_after_it():
    text = "李日华生于嘉靖四十四年（1565年），卒于崇祯八年"
    got = shape(_at(text, "嘉靖四十四年", "time"), analyze("李日华生于什么时候？"), _tags, widen_typed=False)
    assert got.text == "嘉靖四十四年（1565年）"
    got = shape(_at(text, "崇祯八年", "time"), analyze("李日华卒于什么时候？"), _tags, widen_typed=False)
    assert got.text == "崇祯八年"


def _tagged(*pairs: str):
    words = [tuple(p.rsplit("/", 1)) for p in pairs]
    return lambda text: words


def test_the_preposition_the_question_puts_before_its_question_word_opens_the_answer():
    pos = _tagged("英祖/nr", "的/uj", "王位/n", "则/d", "由/p", "世孙/n", "李算/nr", "继承/v")
    text = "英祖的王位则由世孙李算继承"
    c = _at(text, "则由世孙李算", "slot")
    # 由 dropped; then the name the slot ends with answers (slot_name.py; DRCD's gold is 李算)
    assert shape(c, analyze("英祖的王位后来由哪一个人所继承?"), pos, widen_typed=False).text == "李算"
    # the question has no 由 before its question word: the span keeps it (and no name ends a slot opening 则由)
    c = _at(text, "则由世孙", "slot")
    assert shape(c, analyze("英祖的王位后来是谁继承的?"), pos, widen_typed=False).text == "则由世孙"


def test_the_kind_the_question_asks_for_printed_after_the_span_ends_the_name():
    sentence = _tagged("河流/n", "分属/v", "黄河/ns", "流域/n", "和/c", "海河/ns", "流域/n")
    question = _tagged("流域/n")
    text = "河流分属黄河流域和海河流域"

    def pos(t: str):
        return question(t) if t.startswith("流域") else sentence(t)

    got = shape(_at(text, "海河", "slot"), analyze("晋中市内的河流分属于黄河流域以及哪一个流域?"), pos,
                widen_typed=False)
    assert got.text == "海河流域"
    # a when-question's noun ("哪一年|开始") is no part of the name
    got = shape(_at(text, "海河", "slot"), analyze("河流在哪一年分属于海河流域?"), pos, widen_typed=False)
    assert got.text == "海河"


def test_a_year_asked_is_answered_by_the_year_without_the_month_or_what_the_span_took_in():
    text = "建炎二年七月，杜充接任东京留守，1828年马里兰州巴尔的摩的线路问世"
    got = shape(_at(text, "建炎二年七月", "time"), analyze("杜充在哪一年开始接任东京留守?"), _tags,
                widen_typed=False)
    assert got.text == "建炎二年"
    got = shape(_at(text, "1828年马里兰州巴尔的摩", "time"), analyze("线路于何年问世?"), _tags, widen_typed=False)
    assert got.text == "1828年"
    # the day asked: the date stays whole
    got = shape(_at(text, "建炎二年七月", "time"), analyze("杜充什么时候接任东京留守?"), _tags, widen_typed=False)
    assert got.text == "建炎二年七月"


def test_of_several_items_the_one_the_question_does_not_name_answers():
    pos = _tagged("改由/v", "朱德/nr", "、/x", "毛泽东/nr", "负责/v")
    text = "改由朱德、毛泽东负责"
    got = shape(_at(text, "朱德、毛泽东", "slot"), analyze("遵义会议后改由毛泽东以及哪一个人负责军事指挥?"), pos,
                widen_typed=False)
    assert got.text == "朱德"
    # nothing named in the question: every item stays
    got = shape(_at(text, "朱德、毛泽东", "slot"), analyze("遵义会议后改由哪两个人负责军事指挥?"), pos,
                widen_typed=False)
    assert got.text == "朱德、毛泽东"


def test_a_transliterated_name_goes_on_over_its_part_across_the_interpunct():
    pos = _tagged("罗马/ns", "皇帝/n", "亚历山大/ns", "·/x", "塞维鲁/nr", "被/p", "杀/v")
    text = "罗马皇帝亚历山大·塞维鲁被杀"
    got = shape(_at(text, "塞维鲁", "person"), analyze("三世纪危机是因为哪位罗马皇帝被杀?"), pos, widen_typed=False)
    assert got.text == "亚历山大·塞维鲁"  # the title 皇帝 before the name stays out


def test_a_name_cut_at_a_hyphen_goes_on_over_the_part_on_the_other_side():
    pos = dict_tagger({"英国": "ns", "作者": "n", "爱德华": "nr", "怀克": "nr", "史密斯": "nr", "的": "uj",
                       "小说": "n", "马来": "ns", "玻里尼西亚": "ns", "语族": "n", "属于": "v"})
    text = "英国作者爱德华·怀克-史密斯的小说"
    got = shape(_at(text, "爱德华·怀克", "person"), analyze("这部小说的作者是谁?"), pos, widen_typed=False)
    assert got.text == "爱德华·怀克-史密斯"
    text = "马来语属于马来-玻里尼西亚语族"
    got = shape(_at(text, "玻里尼西亚语族", "term"), analyze("马来语是属于哪一个语族?"), pos, widen_typed=False)
    assert got.text == "马来-玻里尼西亚语族"


def test_a_range_of_years_is_not_joined_by_its_hyphen():
    pos = dict_tagger({"1946": "m", "1948": "m", "年": "m", "间": "f"})
    text = "1946-1948年间"
    got = shape(_at(text, "1948年", "time"), analyze("在哪一年结束?"), pos, widen_typed=False)
    assert got.text == "1948年"
