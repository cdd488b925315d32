"""Loader rules the pages76 pages asked for, on small made-up lines: a site's path after the longer label
"当前所在位置:" with its parts parted by a spaced dash is the site's path; "新闻资讯" alone is a site's column label."""

from __future__ import annotations

from page_engine import page_rows

from qa.layout.furniture import furniture


def test_spaced_dash_path_after_its_label_is_furniture():
    for line in ("当前所在位置:首页 - 学院新闻", "当前所在位置：首页 - 新闻中心 - 本地新闻", "所在位置:首页>知情知政"):
        assert furniture(line) is not None, line
    assert furniture("首页设计大赛 - 学院新闻") is None  # no path label: a title, whatever its dash


def test_breadcrumb_and_column_label_are_not_the_headline_block(tmp_path):
    rows = page_rows(tmp_path, "当前所在位置:首页 - 学院新闻\n"
                           "新闻追踪:老校舍的传承学校找到了\n"
                           "本报讯 7月27日,多位市民打来电话提供线索,短短半天时间,老校舍的传承学校就找到了。\n")
    assert len(rows) == 1 and rows[0]["headline"] == "新闻追踪:老校舍的传承学校找到了"
    assert rows[0]["subheadline"] == ""
    rows = page_rows(tmp_path, "新闻资讯\n"
                           "同乡会举行文化驿站揭牌仪式\n"
                           "为加深友谊与合作,访问团一行五人前往访问同乡会,受到主席的热情欢迎并举行友好会谈。\n")
    assert len(rows) == 1 and rows[0]["headline"] == "同乡会举行文化驿站揭牌仪式"
    assert rows[0]["subheadline"] == ""
