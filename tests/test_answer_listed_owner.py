"""A bare post listed after another post with a 、 is of the first one's body (people._owner_before): pages63's
衡水日报 sentence, "市政协主席李洪林、副主席苏振武" — the 副主席 is the 市政协's."""

from __future__ import annotations

from page_engine import page_engine

from qa.config import load_config


def test_the_vice_chairman_listed_after_the_chairman(tmp_path):
    page = ("\n吴晓华在参加市政协六届五次会议市直六组讨论时强调\n\n"
            "2月1日下午,河北衡水市长吴晓华参加市政协六届五次会议市直六组的讨论。"
            "市政协主席李洪林、副主席苏振武一同参加讨论。\n")
    engine = page_engine(load_config(None), tmp_path, page)
    assert engine.ask("和吴晓华一同参加市直六组讨论的衡水市政协副主席是谁？").text == "苏振武"
