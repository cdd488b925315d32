"""A ranking printed as a list paired with its ranks (ranks_listed.py): the items take the ranks in order."""

from __future__ import annotations

from qa.answer.ranks_listed import listed_ranks, ranked_item, ranking_named


def _item(folded: str, rank: int, tie: bool = False) -> str | None:
    span = ranked_item(folded, rank, tie)
    return None if span is None else folded[span[0]:span[1]]


def test_items_then_a_range_of_ranks():
    assert _item("文昌、琼海、三亚分获二至四名。", 4) == "三亚"
    assert _item("文昌、琼海、三亚分获二至四名。", 2) == "文昌"


def test_items_then_a_run_of_ranks():
    text = "流岗龙舟队、教子桥龙舟队、丹店龙舟队、恒坑龙舟队分别获得四、五、六、七名。"
    assert _item(text, 5) == "教子桥龙舟队"


def test_a_range_of_ranks_then_the_items():
    text = "排名第三至第八分别为首领地、南澳、塔州、昆州和北领地和西澳。"
    assert _item(text, 3) == "首领地"
    assert _item(text, 8) == "西澳"


def test_a_list_ranked_as_a_whole_takes_the_ranks_from_one():
    text = "最终,中国队(182.200分)、美国队(181.350分)、俄罗斯队(177.325分)分居前三位。"
    assert _item(text, 3) == "俄罗斯队"
    assert _item(text, 4) is None


def test_tied_items():
    text = "最终夺得第一名的是后巷龙舟队,六石龙舟队、巷尾龙舟队并列第二,流岗龙舟队获得第四名。"
    assert _item(text, 2, tie=True) == "六石龙舟队、巷尾龙舟队"


def test_no_item_for_a_rank_not_listed_or_a_list_of_another_length():
    assert _item("文昌、琼海、三亚分获二至四名。", 5) is None
    assert _item("文昌、琼海分获二至四名。", 3) is None  # two items, three ranks: not paired


def test_the_ranking_must_be_the_contest_asked():
    article = "省排球联赛昨日落幕,海师大夺冠。文昌、琼海、三亚分获二至四名。"
    assert ranking_named("省排球联赛", article)
    assert not ranking_named("F1中国大奖赛", article)  # another contest's fourth place


def test_the_last_rank_a_ranking_lists():
    # rank_answer declines a rank past the last one listed ("排名第九" of 第三至第八) unless the article prints it
    text = "排名第三至第八分别为首领地、南澳、塔州、昆州和北领地和西澳。"
    assert max(n for n, _ in listed_ranks(text)) == 8
    assert listed_ranks("文昌、琼海分获二至四名。") == []  # not paired: no ranks read
