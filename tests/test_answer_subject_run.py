"""A which-question asking the subject of its predicate, answered by a whole sentence that prints the predicate
right after the words opening a clause: those words (subject_run.py)."""

from __future__ import annotations

from qa.answer.question import analyze
from qa.answer.subject_run import subject_run


def _words(*pairs: str) -> list[tuple[str, str]]:
    """"相声/d" → ("相声", "d"): the tags written beside the words, as jieba gives them."""
    return [tuple(p.rsplit("/", 1)) for p in pairs]  # type: ignore[misc]


def _run(question: str, right: list[str], *pairs: str) -> str:
    pos = _words(*pairs)
    f = "".join(w for w, _ in pos)
    start, end = subject_run(f, pos, analyze(question), _words(*right)) or (0, 0)
    return f[start:end]


_SENTENCE = ("相声/d", "被/p", "称为/v", "文艺/n", "战线/n", "上/f", "的/uj", "轻骑兵/n", "。/x")
_RIGHT = ["表演艺术/n", "被/p", "称为/v", "文艺/n", "战线/n", "上/f", "的/uj", "轻骑兵/n", "?/x"]


def test_the_words_before_the_predicate_answer_the_subject_asked():
    assert _run("中国哪一门表演艺术被称为文艺战线上的轻骑兵?", _RIGHT, *_SENTENCE) == "相声"


def test_an_object_asked_has_no_subject_run():
    # "…可以产生什么元素": the question word closes the question, no predicate follows it
    assert _run("质量更大的恒星用碳氮氧循环的反应可以产生什么元素?", ["元素/n", "?/x"],
                "氦/n", "可以/c", "经由/p", "碳氮氧/n", "循环/vn", "的/uj", "反应/vn", "产生/v", "。/x") == ""


def test_a_subject_the_question_names_or_an_adverb_in_it_is_no_answer():
    # "中英文网站|皆|被完全封锁": the question's own topic and an adverb stand before the predicate
    right = ["事件/n", "之后/f", "被/p", "完全/ad", "封锁/v", "?/x"]
    assert _run("《南华早报》的中英文网站在哪一事件之后被完全封锁?", right,
                "自/p", "2014/m", "年/m", "佔领/v", "行动/vn", "开始/v", "后/f", ",/x", "中英文/nz", "网站/n", "皆/d",
                "被/p", "完全/ad", "封锁/v", "。/x") == ""


def test_the_doer_a_relative_clause_describes_is_its_subject():
    # "…引入突变的东西为什么?": the words before the relative clause's predicate, after the clause before them
    assert _run("文中提及,也可以用于产生基因剔除的内源基因中引入突变的东西为什么?", [],
                "除了/p", "增强/v", "基因/n", "靶向/n", ",/x", "工程化/v", "核酸酶/n", "也/d", "可以/c", "用于/v",
                "在/p", "产生/v", "基因/n", "剔除/v", "的/uj", "内源/n", "基因/n", "中/f", "引入/v", "突变/v",
                "。/x") == "工程化核酸酶"


_SASSANID = ("勇猛善战/i", "的/uj", "萨珊/ns", "王朝/nr", "发迹/n", "于/p", "帕提亚/nr", ",/x", "取代/v", "安息/v",
             "帝国/n", "成为/v", "罗马/ns", "东部/f", "的/uj", "心腹大患/i", "。/x")


def test_the_first_clauses_subject_without_its_modifier_answers_when_the_next_clause_prints_the_predicate():
    # "…,|取代安息帝国成为罗马…": the second clause goes on with the first one's subject; its 了 left out
    right = ["帝国/n", "取代/v", "了/ul", "安息/v", "帝国/n", "成为/v", "罗马/ns", "的/uj", "劲敌/n", "?/x"]
    assert _run("在罗马三世纪危机期间,哪个帝国取代了安息帝国成为罗马的劲敌?", right, *_SASSANID) == "萨珊王朝"


def test_a_noun_closing_its_clause_in_the_question_is_an_object_asked():
    # "结合了哪一种概念,|形成…": the predicate after the comma is the question's next clause, not the noun's
    right = ["概念/n", ",/x", "形成/v", "现在/t", "广为/d", "大众/n", "所/c", "接受/v", "的/uj", "现代/t", "综合/vn",
             "理论/n", "?/x"]
    assert _run("达尔文的理论在之后结合了哪一种概念,形成现在广为大众所接受的现代综合理论?", right,
                "直到/v", "后来/t", "与/p", "奥地利/ns", "遗传学家/n", "孟德尔/nr", "的/uj", "遗传/vn", "定律/n",
                "相/d", "结合/v", ",/x", "形成/v", "现在/t", "广为/d", "大众/n", "所/c", "接受/v", "的/uj",
                "现代/t", "综合/vn", "理论/n", "。/x") == ""
