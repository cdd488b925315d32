"""A post with its owner asked after 哪位 ("…会见了哪位越南国家主席") is asked as "<post>是谁" is, and the Japanese and
Korean posts the Chinese press prints (外相, 次官, 党首) are posts: a page that names no holder of the post asked is
declined, not answered with another leader of the sentence (pages56's 川普 in 岘港, 高市早苗 in 庆州)."""

from __future__ import annotations

from page_engine import page_engine

from qa.answer.people import asked_post
from qa.answer.question import analyze
from qa.config import load_config

_PAGE = ("\n川普抵达越南岘港\n\n美国总统川普结束对北京前后跨越三天的访问,赶往他上任总统后首次亚洲行的第四站越南,"
         "与其他国家领导人一道出席在岘港举行的亚太经合组织首脑会议。国家主席习近平和夫人彭丽媛也抵达岘港。\n")


def test_the_post_after_which_is_asked():
    assert asked_post(analyze("川普在岘港APEC峰会期间会见了哪位越南国家主席？")) == "越南国家主席"
    assert asked_post(analyze("南韓外交部次官是誰？")) == "南韩外交部次官"
    assert asked_post(analyze("與森山裕一同訪華的公明黨黨首是誰？")).endswith("公明党党首")
    assert asked_post(analyze("他师从哪位教授？")) == ""  # a post alone: the one the deed names
    assert asked_post(analyze("雲林縣第87次主管會報由哪位縣長介紹新任主管？")) == ""  # the post does something


def test_a_post_the_page_does_not_print_is_declined(tmp_path):
    engine = page_engine(load_config(None), tmp_path, _PAGE)
    assert engine.ask("川普在岘港APEC峰会期间会见了哪位越南国家主席？").declined
