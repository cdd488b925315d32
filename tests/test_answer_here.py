"""A where-answer printed as 这里 is the place named in the sentence before it (here.py)."""

from __future__ import annotations

from types import SimpleNamespace

from candidates import sentences_in

from qa.answer.here import here_moved, pointed_place
from qa.answer.question import analyze
from qa.answer.spans import Span
from qa.types import Candidate, Sentence

_TEXTS = ("9月10日晚上七点半,多功能体育馆内灯火通明,流光溢彩。", "我校2006级新生开学典礼在这里隆重举行。")


def _reader(sentences: list[Sentence]) -> SimpleNamespace:
    corpus = SimpleNamespace(sentences_of=lambda article: [s for s in sentences if s.article_id == article])
    return SimpleNamespace(corpus=corpus, tagged=lambda s: ([], []))  # no typed spans: the venue pattern reads it


def _here(s: Sentence) -> Candidate:
    start = s.text.index("这里")
    return Candidate(text="这里", sentence=s, start=start, end=start + 2, type="place", score=1.0, rule="type:place")


def test_here_is_the_venue_named_before():
    sentences = sentences_in(_TEXTS, (2, 2))
    moved = here_moved(_reader(sentences), _here(sentences[1]), analyze("2006级新生开学典礼在哪里举行？"))
    assert moved is not None and moved.text == "多功能体育馆" and moved.sentence is sentences[0]


def test_not_across_paragraphs_nor_for_other_questions():
    apart = sentences_in(_TEXTS, (1, 2))
    assert pointed_place(_reader(apart), apart[1]) is None
    same = sentences_in(_TEXTS, (2, 2))
    assert here_moved(_reader(same), _here(same[1]), analyze("2006级新生开学典礼何时举行？")) is None


def test_here_is_the_spot_printed_after_zai_not_the_last_word_tagged_a_place():
    # 牡丹江市中级人民法院's site: jieba tags 神圣 (holy) a place name; the sentence tells where after 在, run on to
    # the spot's locative word (门前)
    texts = ("2013年5月29日9时许,在牡丹江市公安局公交分局门前出现了神圣的人民法庭开庭图景,引来众多百姓驻足旁听。",
             "牡丹江市东安区人民法院刑事审判庭在这里公开审理了被告人董某、杜某盗窃一案。")
    sentences = sentences_in(texts, (2, 2))
    first = sentences[0].folded

    def spans(s: Sentence) -> tuple[list, list[Span]]:
        if s is not sentences[0]:
            return [], []
        return [], [Span(first.index(w), first.index(w) + len(w), "place", "place") for w in ("牡丹江市", "神圣")]

    reader = SimpleNamespace(corpus=_reader(sentences).corpus, tagged=spans)
    moved = here_moved(reader, _here(sentences[1]), analyze("东安区人民法院在哪里公开审理了董某、杜某盗窃案？"))
    assert moved is not None and moved.text == "牡丹江市公安局公交分局门前"


def test_a_slot_ending_in_zaici_is_the_place_an_earlier_clause_names():
    # 天维网 (Auckland): "新西兰政府|依惯例在此|举行…招待会" — 在此 points back to the venue opening an earlier clause
    text = "天维网2月14日报道 农历大年初四下午,惠灵顿国会大厦内锣鼓声声,新西兰政府依惯例在此举行中国农历新年招待会。"
    sentences = sentences_in((text,), (1,))
    s = sentences[0]
    venue = s.folded.index("惠灵顿国会大厦")

    def spans(x: Sentence) -> tuple[list, list[Span]]:
        return [], [Span(venue, venue + len("惠灵顿国会大厦"), "place", "place")]

    reader = SimpleNamespace(corpus=_reader(sentences).corpus, tagged=spans)
    start = s.text.index("依惯例在此")
    slot = Candidate(text="依惯例在此", sentence=s, start=start, end=start + 5, type="place", score=1.0, rule="slot")
    moved = here_moved(reader, slot, analyze("新西兰政府在哪里举行中国农历新年招待会？"))
    assert moved is not None and moved.text == "惠灵顿国会大厦" and moved.rule == "slot+here"
    # no clause before the pointer: nothing to point back to
    alone = sentences_in(("新西兰政府依惯例在此举行中国农历新年招待会。",), (1,))[0]
    bare = Candidate(text="依惯例在此", sentence=alone, start=5, end=10, type="place", score=1.0, rule="slot")
    assert here_moved(SimpleNamespace(corpus=None, tagged=lambda x: ([], [])), bare,
                      analyze("新西兰政府在哪里举行中国农历新年招待会？")) is None
