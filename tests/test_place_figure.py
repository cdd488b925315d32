"""The figure printed right after the place asked answers it, not the whole's figure the sentence opens with
(place_figure.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.place_figure import place_figure_first
from qa.answer.question import analyze

_TEXT = "7月6日20时-7日19时,全市面雨量达30毫米,其中龙港市121.8毫米、洞头区100.6毫米,单站总雨量最高的出现在洞头区。"


def _kept() -> list:
    return [candidate_in(_TEXT, "30毫米", "number", sid="a:0:1", score=11.7),
            candidate_in(_TEXT, "121.8毫米", "number", sid="a:0:1", score=10.8),
            candidate_in(_TEXT, "100.6毫米", "number", sid="a:0:1", score=10.4)]


def test_the_figure_after_the_asked_place_comes_first():
    assert place_figure_first(_kept(), analyze("温州龙港市的雨量是多少毫米？"))[0].text == "121.8毫米"
    assert place_figure_first(_kept(), analyze("温州洞头区的雨量是多少毫米？"))[0].text == "100.6毫米"


def test_no_part_asked_keeps_the_order():
    assert place_figure_first(_kept(), analyze("温州全市的面雨量是多少毫米？"))[0].text == "30毫米"
    assert place_figure_first(_kept(), analyze("温州瑞安市的雨量是多少毫米？"))[0].text == "30毫米"


def test_a_verb_before_the_figure_is_no_name():
    # "…项目中,选出50个": 选出 is the deed of the things counted, which the question prints after its question word
    import jieba.posseg as pseg

    def tag(text: str) -> list[tuple[str, str]]:
        return [(w.word, w.flag) for w in pseg.cut(text)]

    text = "从57个自治区层面重大项目和568个市层面亿元以上项目中,选出50个难度较大的工程作为攻坚项目。"
    kept = [candidate_in(text, "57个", "number", sid="a:0:1", score=13.8),
            candidate_in(text, "50个", "number", sid="a:0:1", score=7.3)]
    info = analyze("玉林市的攻坚项目是从多少个自治区层面重大项目中选出的？")
    assert place_figure_first(kept, info)[0].text == "50个"  # without the tags, 选出 reads as a name
    assert place_figure_first(kept, info, tag)[0].text == "57个"


def test_a_part_named_in_the_clause_before_a_bare_link():
    # "其次为观塘区议会,有19席": the figure's clause is 有 alone, the part it counts is the clause before it
    from qa.answer.echo_figure import echo_figure_first

    text = "刊宪当中议席悬空最多的分区为黄大仙区议会共有20席悬空,其次为观塘区议会,有19席,而沙田区议会有18席。"
    kept = [candidate_in(text, "20席", "number", sid="a:0:1", score=9.6),
            candidate_in(text, "19席", "number", sid="a:0:1", score=8.9),
            candidate_in(text, "18席", "number", sid="a:0:1", score=8.5)]
    info = analyze("观塘区议会有多少席悬空？")
    first = place_figure_first(kept, info)
    assert first[0].text == "19席"
    assert echo_figure_first(first, info)[0].text == "19席"  # 悬空 after 20席 does not take it back
    assert place_figure_first(kept, analyze("沙田区议会有多少席悬空？"))[0].text == "18席"


def test_a_part_the_sentence_does_not_list_gets_no_whole_figure():
    from qa.answer.place_figure import part_unlisted

    assert part_unlisted(_kept(), analyze("温州瑞安市的雨量是多少毫米？"))
    assert not part_unlisted(place_figure_first(_kept(), analyze("温州龙港市的雨量是多少毫米？")),
                             analyze("温州龙港市的雨量是多少毫米？"))
    assert not part_unlisted(_kept(), analyze("温州全市的面雨量是多少毫米？"))
