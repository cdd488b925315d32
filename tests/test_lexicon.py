"""The lexicon: one list per fact about Chinese text, and the patterns built from them."""

import re

import pytest

from qa import lexicon as L


def test_units_are_one_list_without_repeats():
    assert len(L.UNITS) == len(set(L.UNITS))
    # The three old lists disagreed on these; each is a unit now.
    for unit in ("公顷", "亩", "万人次", "周岁", "世纪", "代", "km"):
        assert unit in L.UNITS


@pytest.mark.parametrize(("text", "tokens"), [
    ("500公顷", ["500公顷"]),
    ("75.11万人次", ["75.11万人次"]),  # longest unit first, not 万人 + 次
    ("5km", ["5km"]),
    ("3 more", ["3"]),  # an ASCII unit does not run into a word
    ("12个百分点", ["12个百分点"]),
    ("从14铢调至15铢,上涨50士丁", ["14铢", "15铢", "50士丁"]),  # a currency besides 元 is a unit too
])
def test_unit_pattern_glues_the_longest_unit(text, tokens):
    assert re.findall(r"\d+(?:\.\d+)?(?:\s?" + L.UNIT_PATTERN + ")?", text) == tokens


def test_a_price_in_another_currency_is_money():
    # "票价调至多少" is answered in baht as well as in yuan (policy's measured-noun check reads MEASURED)
    assert "铢" in L.MEASURED["票价"] and "士丁" in L.MEASURED["价格"]


def test_alternation_is_longest_first_and_escaped():
    assert re.fullmatch(L.alternation(["a.b", "a"]), "a.b")
    assert not re.fullmatch(L.alternation(["a.b"]), "axb")
    assert L.alternation(["万", "万人", "万人次"]).startswith("(?:万人次|万人|万")


def test_place_patterns():
    assert L.PLACE_CHAIN_RE.match("长兴县水口乡水口村有").group() == "长兴县水口乡水口村"
    assert L.PLACE_CHAIN_RE.match("新疆维吾尔自治区").group() == "新疆维吾尔自治区"
    assert L.PLACE_SUFFIX_RE.search("舟山群岛") and not L.PLACE_SUFFIX_RE.search("综治中心")
    assert L.ORG_SUFFIX_RE.search("安吉县综治中心") and not L.ORG_SUFFIX_RE.search("水口村")


def test_byline_roles():
    for token in ("本报记者", "浙江日报记者", "通讯员", "摄影记者", "摄"):
        assert L.BYLINE_ROLE_RE.match(token), token
    for token in ("记者站在", "李洁", "摄像"):
        assert not L.BYLINE_ROLE_RE.match(token), token


def test_byline_questions():
    assert L.PHOTO_QUESTION.search("这张照片是谁拍的")
    assert L.WRITER_QUESTION.search("这篇报道是谁写的") and not L.PHOTO_QUESTION.search("这篇报道是谁写的")
    assert L.WRITER_QUESTION.search("押解经历是谁整理的")  # "整理:记者 X": who wrote down a first-person account
    assert L.WRITER_QUESTION.search("这篇评论的主笔是谁") and L.BYLINE_ROLE_RE.match("主笔")  # "主筆/單厚之"


def test_cmrc_scorer_punctuation_stays_the_official_one():
    # cmrc2018_evaluate.py's list (full-width forms and the ellipsis) plus the ASCII forms folding gives.
    official = "-:_*^/\\~`+=，。：？！“”；’《》……·、「」（）－～『』"
    assert set(official) <= L.CMRC_SCORER_PUNCT
    assert set(",.?!;'\"()[]【】<> \t\n") <= L.CMRC_SCORER_PUNCT
    assert "·" in L.CMRC_SCORER_PUNCT and "·" not in L.PUNCT  # names keep their dot; the scorer drops it


def test_sets_and_strings_agree():
    assert set(L.SENTENCE_END) <= L.CLAUSE_END
    assert set(L.PARTICLES) <= L.FUNCTION_CHARS
    assert set(L.LIGHT_CHARS) <= set(L.LINK_CHARS)
    assert L.PERSON_TAGS <= L.ENTITY_TAGS and L.PERSON_TAGS <= L.NOUN_TAGS
    assert not {"公", "安", "海"} & L.SURNAMES and {"王", "李", "欧"} <= L.SURNAMES
    assert L.CAUSE_RE.match("由于") and L.MEANS_RE.match("通过") and not L.CAUSE_RE.search("所以")


def test_lists_cannot_be_changed_in_place():
    with pytest.raises(TypeError):
        L.KIND_WORDS["body"] = ("正文",)  # type: ignore[index]
