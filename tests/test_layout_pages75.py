"""Loader rules the pages75 pages asked for, on small made-up pages: a home root with its path mark alone or its parts
parted by spaced slashes is the site's path; a headline printed again at the report's start, glued to its dateline,
is not the report's text; an outlet's post, a name and 编辑报道 are a byline; a post and a name alone between
paragraphs are a portrait's caption, not a sub-head."""

from __future__ import annotations

from page_engine import page_rows

from qa.layout.bylines import parse_byline
from qa.layout.furniture import furniture


def test_home_root_paths_are_furniture():
    for line in ("首页 >>", "主页 / 本地新聞", "首页 / 地方新闻 / 正文"):
        f = furniture(line)
        assert f is not None and f.kind == "label", line
    assert furniture("主页与客页之争") is None  # a headline that starts with 主页 is no path


def test_outlet_post_name_report_is_a_byline():
    b = parse_byline("《华人周报》主编王立新编辑报道")
    assert b is not None and b.reporters == ("王立新",)
    assert parse_byline("《华人周报》主编辑报道") is None  # no name


def test_headline_repeated_before_its_dateline_is_left_out(tmp_path):
    rows = page_rows(tmp_path, "市商会举办新春团拜会\n"
                           "市商会举办新春团拜会【吉隆坡五日訊】市商会昨晚举办新春团拜会,逾三百人出席。\n"
                           "会长林文华致词时感谢会员的支持。\n")
    assert len(rows) == 1
    assert rows[0]["headline"] == "市商会举办新春团拜会"
    assert rows[0]["dateline"] is not None and rows[0]["dateline"]["place"] == "吉隆坡"


def test_post_and_name_between_paragraphs_is_a_caption(tmp_path):
    rows = page_rows(tmp_path, "华人联会召开年会\n"
                           "本月5日,华人联会在多伦多召开年会,三百多个团体的代表出席。\n"
                           "万锦区议员何胡景\n"
                           "多名议员出席晚宴并致辞,表示将继续支持华人社区。\n")
    assert len(rows) == 1 and rows[0]["sections"] == []
