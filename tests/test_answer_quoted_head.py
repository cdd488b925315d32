"""A quoted name right before the noun a which-question asks (quoted_head.py), and the question's phrase read across
a quoted name's marks (beside.py): pages62's 黑河日报 and 黔西南日报 sentences."""

from __future__ import annotations

from candidates import pos_tags
from page_engine import page_engine

from qa.answer.beside import phrase_beside
from qa.answer.question import analyze
from qa.answer.quoted_head import head_asked, quoted_before_head
from qa.answer.typed import quotes
from qa.config import load_config

_TEA = "村民谭化爱安顿好身有残疾的丈夫,骑上电动摩托车赶到山腰的“白叶一号”感恩茶园,开始一天的管护工作。"
_COLUMN = ("从即日起,《黑河日报》在“时空黑河”专刊开辟“我与黑河日报——纪念《黑河日报》创刊70周年”专栏,面向老报人和"
           "广大通讯员、各界读者征集纪念文章。")


def _quoted(question: str, sentence: str) -> list[str]:
    info = analyze(question)
    head = head_asked(info, pos_tags(info.right))
    return [sentence[s.start:s.end] for s in quoted_before_head(sentence, quotes(sentence), head, question)]


def test_the_quotation_before_the_noun_asked():
    assert _quoted("谭化爱在哪个茶园做管护工作？", _TEA) == ["白叶一号"]  # 感恩 between
    assert _quoted("《黑河日报》在哪个专刊开辟“我与黑河日报”专栏？", _COLUMN) == ["时空黑河"]


def test_no_other_quotation_nor_other_question():
    assert _quoted("谭化爱在哪个茶园做管护工作？", "他们在“白叶一号”基地种茶,在感恩茶园劳作。") == []
    assert head_asked(analyze("谭化爱在什么地方做管护工作？"), pos_tags("地方做管护工作")) == ""


def test_the_phrase_is_read_across_the_quotation_marks():
    info = analyze("《黑河日报》在哪个专刊开辟“我与黑河日报”专栏？")
    start = _COLUMN.index("时空黑河")
    assert phrase_beside(info.left, info.right, _COLUMN, start, start + 4) == 1.0


def test_the_composer_answers_the_quoted_name(tmp_path):
    page = "\n白叶一号:茶苗里“生长”的中国式现代化\n\n" + _TEA + "\n"
    engine = page_engine(load_config(None), tmp_path, page)
    assert engine.ask("谭化爱在哪个茶园做管护工作？").text == "白叶一号"


_OPERATION = ("王健教授和我院常锐教授与线上同行的互动交流,通过“双侧甲状腺癌扩大根治术”手术实时直播,为2300余名业内人员"
              "演示了复杂甲状腺癌规范外科操作。")


def test_the_quotation_before_the_noun_asked_with_shenme():
    # pages75 (安阳市肿瘤医院): "什么手术" asks the kind the quoted name is printed before, as "哪个茶园" does
    assert _quoted("王健教授实时直播的是什么手术？", _OPERATION) == ["双侧甲状腺癌扩大根治术"]
