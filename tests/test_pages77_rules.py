"""Rules the pages77 pages asked for, on small made-up texts: a writers' credit in brackets under the text with an
editor glued to his name after them (鄂州日报's `(…全媒体记者王凤玲 通讯员彭薇 责任编辑汪敏)`); a site's line of the
time posted, the site and paper and the reporter, no labels (西江都市报's); a title asking a question over a deck
giving who answers after a colon; a bank's branch (支行) that jieba reads as a verb; an ordinal year (第5年) is no
year; 分别 with values listed by 、 and the items' shared head after the last item; a month's part the question
names (3月末) that the sentence does not, while it names others; a poet's name after 诗人."""

from __future__ import annotations

from candidates import pos_tags
from page_engine import page_engine, page_rows

from qa.answer.names import persons
from qa.answer.spans import Span
from qa.answer.typed import orgs, respectively_other
from qa.config import load_config
from qa.layout.bylines import parse_byline
from qa.layout.furniture import furniture
from qa.normalize import fold


def test_a_credit_line_naming_its_editor_after_the_writers_is_their_byline(tmp_path):
    b = parse_byline("(鄂州日报全媒体记者王凤玲 通讯员彭薇 责任编辑汪敏)")
    assert b is not None and b.reporters == ("王凤玲",) and b.correspondents == ("彭薇",)
    assert furniture("(某市日报记者张明 通讯员李华 责任编辑赵新)") is None
    assert furniture("(责任编辑 赵新)") is not None  # an editor alone is the site's note, no byline
    rows = page_rows(tmp_path, "全市贷款余额增速全省第一\n"
                               "近日,记者从某市中心支行获悉,全市银行业金融机构贷款增势强劲,贷款增长实现开门红。\n"
                               "(某市日报全媒体记者张明 通讯员李华 责任编辑赵新)\n")
    assert rows[0]["reporters"] == ["张明"] and rows[0]["correspondents"] == ["李华"]


def test_a_posting_line_of_time_site_and_reporter_is_furniture():
    f = furniture("2020-08-07 09:44    某市零距離網-某某都市報   記者 張明")
    assert f is not None and f.date == "2020-08-07"
    assert furniture("2020-08-07 09:44 某某日报") is not None
    assert furniture("2020-08-07 09:44 某某日报 记者张明来到现场时,工人们正在施工。") is None  # text after it


def test_a_question_title_over_its_answering_deck(tmp_path):
    rows = page_rows(tmp_path, "某镇何时通公交\n"
                               "交通运输部门:计划先试行将县5路公交线延伸至该镇\n"
                               "本报讯(记者 张明)近日,有网友在问政平台上发帖反映,某镇迟迟不开通公交车,"
                               "给群众出行带来不便。\n")
    assert rows[0]["headline"] == "某镇何时通公交"
    assert rows[0]["subheadline"] == "交通运输部门:计划先试行将县5路公交线延伸至该镇"


def test_a_bank_branch_read_as_a_verb_ends_the_organisation():
    f = fold("近日,记者从中国人民银行鄂州市中心支行获悉")
    assert "中国人民银行鄂州市中心支行" in [f[s.start:s.end] for s in orgs(f, pos_tags(f))]


def test_respective_values_listed_with_a_pause_mark():
    f = "1月末、2月末贷款增速分别高达20.74%、22.08%,已连续两个月名列第一。"
    spans = [Span(f.find(x), f.find(x) + len(x), "number", "number") for x in ("20.74%", "22.08%")]
    assert [f[s.start:s.end] for s in respectively_other(f, spans, "2月末贷款增速是多少？", ("number",))] == ["20.74%"]
    assert [f[s.start:s.end] for s in respectively_other(f, spans, "1月末贷款增速是多少？", ("number",))] == ["22.08%"]


_LOANS = ("\n全市贷款余额增速全省第一\n\n本报讯 近日,记者从某市中心支行获悉,全市贷款增势强劲。"
          "1月末、2月末贷款增速分别高达20.74%、22.08%,已连续两个月在全省地市州中名列第一。\n")


def test_a_month_part_the_sentence_does_not_name_is_declined(tmp_path):
    engine = page_engine(load_config(None), tmp_path, _LOANS)
    assert "22.08%" in engine.ask("某市2月末贷款增速是多少？").text
    assert "20.74%" in engine.ask("某市1月末贷款增速是多少？").text
    assert engine.ask("某市3月末贷款增速是多少？").declined


def test_an_ordinal_year_is_no_year(tmp_path):
    engine = page_engine(load_config(None), tmp_path, "\n公交线网再优化\n\n本报讯 今年是某市开展公交线网优化的第5年。"
                                                      "市交通运输局昨日公示了新方案。\n")
    assert "5年" not in engine.ask("某市从哪一年开始开展公交线网优化？").text


def test_a_poets_name_after_the_word_poet():
    f = fold("为纪念中国历史上伟大爱国诗人屈原的献身,特地举行了一次聚会。")
    assert "屈原" in [f[s.start:s.end] for s in persons(f, pos_tags(f)) if s.type == "person"]
