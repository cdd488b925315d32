"""Composer rules found on pages31's mainland pages, each on a small page of its own."""

from __future__ import annotations

from page_engine import page_engine


def test_a_place_jieba_does_not_know_in_a_relative_clause_zai_x_verb_de(config, tmp_path):
    engine = page_engine(config, tmp_path, "外宣平台讲好草原故事\n\n蒙古国《东方省报》9月10日以图文并茂的形式,"
                         "整版报道了在海拉尔举办的第十四届中俄蒙经贸洽谈暨商品展销会盛况。\n")
    assert "海拉尔" in engine.ask("中俄蒙经贸洽谈暨商品展销会在哪里举办？").text


def test_a_day_with_qi_fronted_before_the_subject_is_the_day_of_the_deed(config, tmp_path):
    engine = page_engine(config, tmp_path, "报社四十年\n\n2001年1月1日,《毕节日报》扩为四开八版彩报。\n"
                         "2007年5月1日起,《毕节日报》扩为对开八版彩报,进入大报时代。\n")
    assert "2007" in engine.ask("《毕节日报》哪一年扩为对开八版彩报？").text
    assert "2001" in engine.ask("《毕节日报》哪一年扩为四开八版彩报？").text


def test_a_story_named_by_its_title_must_be_there_for_its_editor(config, tmp_path):
    story = ("总有一种力量让我们前行\n来源:青海日报\n作者:秦睿\n编辑:李娜\n"
             "又是一年记者节,广大新闻工作者依然奔走于采访途中。\n")
    other = "力量训练走进社区\n来源:某某日报\n编辑:冯奕然\n社区健身房开设力量训练课,居民踊跃报名。\n"
    engine = page_engine(config, tmp_path, story + "\n" + other)
    assert "李娜" in engine.ask("《总有一种力量让我们前行》的编辑是谁？").text
    (tmp_path / "page.txt").unlink()
    engine = page_engine(config, tmp_path, other)
    assert engine.ask("《总有一种力量让我们前行》的编辑是谁？").declined  # another story shares 力量 only
