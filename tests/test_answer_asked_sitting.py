"""The sitting a role question asks by its ordinal (asked_sitting.py): "铁岭市…第二次全体会议由哪位执行主席主持" is not
answered by another city's "…第一次全体会议由…主持", ranked first for sharing the most words, but by the chair told
right after the asked city's "大会第二次全体会议举行。"."""

from __future__ import annotations

from stories import engine_of

from qa.answer.asked_sitting import other_sitting, sitting_asked


def test_the_sitting_asked_and_another():
    asked = sitting_asked("铁岭市第九届人大二次会议第二次全体会议由哪位执行主席主持?")
    assert asked == ("二", "全体会议")  # (the session's 二次会议 has no 第: not a sitting)
    assert other_sitting("市八届人大五次会议第一次全体会议由大会主席团常务主席殷某主持", asked)
    assert not other_sitting("15时30分,大会第二次全体会议举行。", asked)
    assert not other_sitting("会议由大会执行主席陈文彪主持。", asked)  # no sitting printed: nothing to tell
    assert sitting_asked("谁主持了四平市2025年春节团拜会?") is None


def test_the_chair_of_the_sitting_asked_not_another_citys_first():
    engine = engine_of([
        # another city's session, its first sitting: every word of the question but the city and the ordinal
        ("清河市人大会议第一次全体会议举行", ["1月5日,清河市第八届人大五次会议第一次全体会议由大会主席团常务主席、"
                                "执行主席、市委书记殷昭举主持。", "会议应到代表300名,实到代表280名。"]),
        ("大会圆满完成各项议程", ["9月27日,铁岭市第九届人民代表大会第二次会议在凡河新区会展中心礼堂举行。",
                                "13时30分,大会在雄壮的国歌声中开幕。大会第一次全体会议由大会执行主席宋诚主持。",
                                "会议通过了选举办法。",
                                "15时30分,大会第二次全体会议举行。会议由大会执行主席陈文彪主持。"]),
    ])
    got = engine.ask("铁岭市第九届人大二次会议第二次全体会议由哪位执行主席主持?")
    assert not got.declined and got.text == "陈文彪"
