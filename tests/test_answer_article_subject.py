"""The person an article is about answers "X指的是谁" when the article prints X of no one it names, or the person
a pronoun before X stands for (article_subject.py). Paragraphs of DRCD 4893, 6092, 6159, 6433 and 6410 (their
opening and the sentence printing X), each an article under its title, with a paragraph about someone else beside
them."""

from __future__ import annotations

import pytest

from qa.answer.article_subject import article_subject, asked_referent
from qa.answer.question import analyze
from qa.config import load_config
from qa.engine import Engine
from qa.types import Article, Paragraph

_ARTICLES = [
    ("元世祖", "元世祖忽必烈，孛兒只斤氏，蒙古族，政治家，軍事家。父拖雷的第四子，母唆魯禾帖尼的第二子。"
              "1271年12月18日，忽必烈改國號為「大元」，建立元朝，成為元朝首任皇帝。"
              "去世後，獲諡號聖德神功文武皇帝，廟號世祖，蒙古語尊號薛禪皇帝。"),
    ("方濟·沙勿略", "聖方濟·沙勿略是西班牙籍天主教傳教士，也是耶穌會創始人之一，"
                 "首先將天主教信仰傳播到亞洲的麻六甲和日本。"
                 "天主教會稱之為「歷史上最偉大的傳教士」；是「傳教士的主保」。"
                 "方濟·沙勿略於1506年生於今日西班牙北部納瓦拉沙勿略堡的一個巴斯克望族家庭。"),
    ("岳飛", "岳飛，北宋末、南宋初抗金名將、民族英雄。官至少保、樞密副使，封武昌郡開國公。"
            "岳飛治軍，賞罰分明，紀律嚴整，又能體恤部屬，以身作則，他率領的「岳家軍」號稱「凍死不拆屋，餓死不擄掠」；"
            "金人流傳有「撼山易，撼岳家軍難」的哀嘆，表示對岳家軍最高的稱讚。"),
    ("元代", "西線方面，1235年窩闊台汗命朮赤長子拔都、貴由與蒙哥、速不台等第二代蒙古王子"
            "發起蒙古第二次西征。"
            "1236年至1242年間攻占欽察草原、基輔羅斯等各公國與匈牙利、摩爾達維亞、波蘭，"
            "1241年11月窩闊台汗去世，由皇后乃馬真脫列哥那監國，1246年3月的庫里勒台大會由其子貴由即位，後追尊稱元定宗。"),
    ("美國眾議院", "重建時期年代跟著見證了共和黨長期在國會取得多數，許多美國人將之歸因於聯邦在內戰中取勝。"
               "19世紀晚期與20世紀早期也見證了眾議院議長權力的戲劇性增長。"
               "眾議員議長的影響力之高漲始自1890年代，共和黨籍議長湯瑪斯·勃蘭契特·瑞德的任期中。"
               "如其綽號「瑞德沙皇」一般，瑞德試圖使他的看法發揮影響力。"),
    ("鄧小平理論", "鄧小平理論，是中國共產黨的指導思想之一。"
               "根據中國共產黨的官方定義，鄧小平理論是以鄧小平為主要創立者、"
               "以建設中國特色社會主義為主題的理論。鄧小平理論的生成實現了馬克思主義中國化的第二次飛躍，"
               "構建了中國特色社會主義的理論基石，初步回答了什麼是社會主義和怎麼建設社會主義的問題。"),
]


@pytest.fixture(scope="module")
def profiles() -> Engine:
    articles = [Article(id=f"p#{i}", file="p.json", headline=h, paragraphs=(Paragraph(0, "body", t),))
                for i, (h, t) in enumerate(_ARTICLES)]
    return Engine.from_articles(load_config(), articles)


@pytest.mark.parametrize(("question", "answer"), [
    ("薛禪皇帝指的是誰?", "元世祖忽必烈"),  # the person of the lead's first clause, named again
    ("「歷史上最偉大的傳教士」指的是誰?", "方濟·沙勿略"),  # 稱之為: the headline's name in the lead
    ("「凍死不拆屋，餓死不擄掠」指的是誰的軍隊?", "岳飛"),  # a name the person rules doubt, as the headline
    ("「瑞德沙皇」指的是誰?", "湯瑪斯·勃蘭契特·瑞德"),  # no article subject: 其, the person named before
])
def test_the_article_subject_answers_whom_a_title_refers_to(profiles, question, answer):
    got = profiles.ask(question)
    assert not got.declined and answer in got.text


def test_a_pronoun_after_other_names_of_its_sentence_is_not_guessed(profiles):
    # 其子贵由: the names before 其 in the long sentence (摩尔达维亚, a place typed a person) are not its antecedent
    got = profiles.ask("元定宗指的是誰?")
    assert got.declined or "摩爾達維亞" not in got.text


def test_a_thing_named_after_its_founder_is_no_subject(profiles):
    # jieba tags 邓小平理论 nr whole; the article is about the theory (DRCD 6410-1-2)
    body = [s for s in profiles.corpus.sentences_of("p#5") if s.kind == "body"]
    composer = profiles._state.composer
    assert article_subject(body, "邓小平理论", composer._people_past_dateline, composer._tags) is None
    assert article_subject([s for s in profiles.corpus.sentences_of("p#2") if s.kind == "body"], "岳飞",
                           composer._people_past_dateline, composer._tags) is not None


def test_only_a_referent_asked():
    assert asked_referent(analyze("「美國的良心」指的是誰?")) == "美国的良心"
    assert asked_referent(analyze("元定宗是指谁?")) == "元定宗"
    assert asked_referent(analyze("谁是元定宗?")) == ""
    assert asked_referent(analyze("元定宗指的是什么?")) == ""  # a what-question
