"""A post asked by a clause before its 的 whose event the article's lead names and whose verb the sentence with the
row of posts ends in ("在全国政协十二届常委会第十九次会议上作说明的全国政协常务副秘书长": the meeting in the
lead, "…分别就上述议题作了说明" in the later sentence): the article tells the clause, so the post after the 的
alone is sought (people_answer._people)."""

from __future__ import annotations

from qa.engine import build_engine
from qa.types import Article, Paragraph


def _article(i: int, headline: str, *texts: str) -> Article:
    return Article(id=f"a{i}", file=f"t{i}.txt", headline=headline,
                   paragraphs=tuple(Paragraph(index=k, kind="body", text=t) for k, t in enumerate(texts)))


def _engine(config):
    return build_engine(config, articles=[
        _article(0, "", "新华社北京2月27日电 政协第十二届全国委员会常务委员会第十九次会议27日在京开幕。"
                 "会议的主要议题是为全国政协十二届五次会议作准备。全国政协主席俞正声出席。",
                 "会议审议通过了关于召开政协第十二届全国委员会第五次会议的决定。",
                 "全国政协副主席兼秘书长张庆黎,全国政协常务副秘书长潘立刚,全国政协提案委员会主任孙淦,"
                 "分别就上述议题作了说明。"),
        # (other reports, so that the question's words are rare enough to retrieve by)
        *(_article(1 + i, f"第{i}届农民丰收节", f"第{i}届农民丰收节在县城广场开幕,村民展示了今年的收成。")
          for i in range(6)),
    ])


def test_the_meeting_in_the_lead_and_the_verb_in_the_sentence_tell_the_clause(config):
    a = _engine(config).ask("在全国政协十二届常委会第十九次会议上作说明的全国政协常务副秘书长是谁?")
    assert not a.declined
    assert a.text == "潘立刚"


def test_a_post_the_sentence_does_not_print_is_still_declined(config):
    a = _engine(config).ask("在全国政协十二届常委会第十九次会议上作说明的全国政协副秘书长是谁?")
    assert a.declined or a.text != "潘立刚"
