"""The words attached to a figure tell whose it is: the period or place printed right before it in its clause, the
noun it qualifies right after it, the edition its paper is printed with. A figure of another one is declined; the
same figure answers the question it belongs to. An attribute printed right before a figure (长达) credits it."""

from __future__ import annotations

import jieba
import jieba.posseg
import pytest

from qa.answer.agreement import Surroundings
from qa.answer.features import attributed
from qa.answer.policy import inconsistent
from qa.answer.question import analyze
from qa.types import Candidate, Sentence


def _tag(text: str) -> list[tuple[str, str]]:
    return [(p.word, p.flag) for p in jieba.posseg.lcut(text)]


def _freq(word: str) -> int:
    return int(jieba.get_FREQ(word) or 0)


def _why(question: str, sentence: str, answer: str, kind: str = "number") -> str:
    # the article names the place, disease and people asked (泉州, 流感, 高行健, 雷收麦): what the figure is
    # attached to disagrees
    s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text=sentence, start=0, end=len(sentence))
    start = sentence.index(answer)
    c = Candidate(text=answer, sentence=s, start=start, end=start + len(answer), type=kind,  # type: ignore[arg-type]
                  score=1.0, rule="type:" + kind)
    around = Surroundings(article="泉州市区下了大雨,流感来袭,高行健出席,雷收麦到场。" + sentence, tag=_tag, freq=_freq)
    return inconsistent(analyze(question), c, around)


def _kind(question: str) -> str:
    return "time" if "何时" in question else "title" if "叫什么" in question else "number"


_QUARTERS = "二季度进出口986.1亿元,创季度历史新高,增长13.8%,较一季度加快7.1个百分点。"
_CAMERA = "里面除了有一部价值1万多元的相机外,还有部分现金。"
_RAIN = "9号强热带风暴登陆围头澳,晋江平均雨量达243毫米。"
_BOOK = "流亡德国的中国著名异议作家廖亦武目前在法国推销他的法文版新书《子弹鸦片》。"
_EDITION = "《欧洲时报》英国版于2011年12月15日在伦敦创刊,隶属于总部位于法国巴黎的集团。"


@pytest.mark.parametrize(("question", "sentence", "answer", "rule"), [
    # the period printed before the figure is another quarter; the one asked is only compared with (较一季度)
    ("一季度进出口多少亿元？", _QUARTERS, "986.1亿元", "decline:year"),
    # the sum is the camera's worth (…元的相机), not the cash asked
    ("相机包里有多少现金？", _CAMERA, "1万多元", "decline:measure"),
    # the rainfall printed right after another place (晋江|平均雨量)
    ("泉州市区的平均雨量是多少？", _RAIN, "243毫米", "decline:place"),
    # another edition of the paper asked
    ("《欧洲时报》法国版于何时创刊？", _EDITION, "2011年12月15日", "decline:other"),
    # the count is of another disease than the one asked (流感 is named elsewhere in the article)
    ("本港新增多少宗流感个案？", "本港新增16,953宗新型肺炎确诊。", "16,953宗", "decline:subject"),
    # the book is said to be another person's (廖亦武…他的新书), the person asked not named in the sentence
    ("高行健的新书叫什么？", _BOOK, "《子弹鸦片》", "decline:subject"),
])
def test_a_figure_attached_to_another_one_is_declined(question, sentence, answer, rule):
    assert _why(question, sentence, answer, _kind(question)) == rule


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("二季度进出口多少亿元？", _QUARTERS, "986.1亿元"),
    ("一季度和二季度进出口各多少亿元？", "一季度、二季度进出口分别为900亿元和986.1亿元。", "900亿元"),
    ("相机的价值是多少？", _CAMERA, "1万多元"),
    ("庭审过程持续了多长时间？", "半个小时的庭审过程,让居民看得目不转睛。", "半个小时"),  # a dimension asked
    ("伤者几岁？", "34岁的她当时正站在路口的中央位置。", "34岁"),  # whom the figure describes
    ("晋江的平均雨量是多少？", _RAIN, "243毫米"),
    ("《欧洲时报》英国版于何时创刊？", _EDITION, "2011年12月15日"),
    ("本港新增多少宗新型肺炎个案？", "本港新增16,953宗新型肺炎确诊。", "16,953宗"),
    ("上海男排以几比几战胜江苏队？", "上海男排今晚以3比2力克江苏队。", "3比2"),  # 战胜 (tagged n) is no kind
    ("廖亦武的新书叫什么？", _BOOK, "《子弹鸦片》"),
    # a work another person wrote, found by the person asked (the writer's 我): not said to be the other's
    ("雷收麦在资料室找到的那组报道叫什么？", "我找到的竟然是记者郑笑枫写的一组报道《金子镶边的地方》。",
     "《金子镶边的地方》"),
])
def test_the_same_figure_answers_the_one_it_is_attached_to(question, sentence, answer):
    assert _why(question, sentence, answer, _kind(question)) == ""


def test_an_attribute_printed_right_before_a_figure_credits_it():
    s = "打造这艘长达173.3米、宽34米的破冰船。"
    long, wide = analyze("破冰船长多少米？"), analyze("破冰船有多宽？")
    assert attributed(long, s, s.index("173.3米")) and not attributed(long, s, s.index("34米"))
    assert attributed(wide, s, s.index("34米")) and not attributed(wide, s, s.index("173.3米"))
    assert not attributed(long, "产值增长10米", 6)  # 增长 ends with 长 but names no length


def test_a_count_of_pages_keeps_its_measure_word():
    from qa.answer.typed import numbers
    s = "受疫情影响,报纸减至16版。"
    assert "16版" in [s[sp.start:sp.end] for sp in numbers(s)]
