"""A when-answer is read against its page's date (issue 11, item 3): "11日下午" on a page of 2025-06-12 is shown as
"（6月）11日下午" and means 2025-06-11; a page with no date says nothing about one."""

from __future__ import annotations

import pytest

from qa.config import load_config
from qa.engine import build_engine
from qa.render import answer_json, answer_text

PAGE = """全省科技大会在杭州召开
本报记者 张三
11日下午，全省科技大会在杭州召开，会议表彰了一批科技工作者。
会议指出，要加快建设创新型省份，推动科技成果转化。

宁波港货物吞吐量再创新高
本报记者 李四
今年前5个月，宁波舟山港完成货物吞吐量5.6亿吨，同比增长4.2%。
港口集团表示，将继续拓展海铁联运业务。

温州举办龙舟邀请赛
本报记者 王五
端午节前夕，温州市龙湾区举办龙舟邀请赛，共有24支队伍参赛。
"""
QUESTION = "全省科技大会是什么时候召开的？"


def _engine(tmp_path, name):
    folder = tmp_path / name.split(".")[0]
    folder.mkdir()
    (folder / name).write_text(PAGE, encoding="utf-8")
    cfg = tmp_path / f"{folder.name}.yaml"
    cfg.write_text(f"index:\n  cache_dir: {tmp_path / 'cache'}\n", encoding="utf-8")
    return build_engine(load_config(cfg), [folder])


@pytest.fixture(scope="module")
def dated(tmp_path_factory):
    return _engine(tmp_path_factory.mktemp("dated"), "rmrb_20250612_01.txt")


def test_a_day_is_read_against_the_page_date(dated):
    answer = dated.ask(QUESTION)
    assert answer.article is not None and answer.article.date == "2025-06-12"  # from the file name
    assert answer.text == "11日下午"  # the answer itself stays as printed
    assert (answer.shown, answer.date) == ("（6月）11日下午", "2025-06-11")
    assert answer_text(answer).splitlines()[0] == "答：（6月）11日下午"
    record = answer_json(answer, {})
    assert (record["answer"], record["shown"], record["date"]) == ("11日下午", "（6月）11日下午", "2025-06-11")


def test_other_questions_and_undated_pages_get_no_date(dated, tmp_path):
    number = dated.ask("宁波舟山港前5个月完成货物吞吐量多少？")
    assert number.qtype != "when" and (number.shown, number.date) == ("", "")
    undated = _engine(tmp_path, "page.txt").ask(QUESTION)
    assert undated.text == "11日下午" and (undated.shown, undated.date) == ("", "")
    assert "shown" not in answer_json(undated, {}) and "date" not in answer_json(undated, {})
