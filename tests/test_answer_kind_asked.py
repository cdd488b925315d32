"""What-questions that name the kind asked after 什么: the noun run the question does not echo, or the title after
the kind noun, answers them rather than the whole sentence (kind_asked.py)."""

from __future__ import annotations

from candidates import dict_tagger, sentence_of

from qa.answer.gap import gap_span
from qa.answer.kind_asked import asks_kind, kind_named
from qa.answer.question import analyze


def _words(*pairs: str) -> list[tuple[str, str]]:
    """"细胞核/n" → ("细胞核", "n"): the tags written beside the words, as jieba would give them."""
    return [tuple(p.rsplit("/", 1)) for p in pairs]  # type: ignore[misc]


def test_a_kind_named_after_shenme_asks_for_a_noun_run():
    assert asks_kind(analyze("这座工厂燃烧煤炭会排出什么气体?"))
    assert asks_kind(analyze("该国宪法规定实行什么样的制度?"))  # 什么样 after a verb: still one of the kind
    assert asks_kind(analyze("他们以什么名义发动了这场战争?"))
    assert asks_kind(analyze("这次罢工是由于什么事件引发的?"))  # an event's name, unlike 什么事 (what happened)
    assert not asks_kind(analyze("那天下午他们遇到了什么事?"))


def test_a_kind_told_by_a_clause_or_no_kind_at_all_is_not_asked():
    assert not asks_kind(analyze("会议之后市政府做出了什么决定?"))  # a deed: a clause tells it
    assert not asks_kind(analyze("1990年他担任什么职务?"))  # a post: the appointment's clause
    assert not asks_kind(analyze("这种鸟主要以什么为食?"))  # a verb follows 什么: no kind named
    assert not asks_kind(analyze("这份协议起到了什么开创性的作用?"))  # the kind, past its modifiers, is abstract
    assert not asks_kind(analyze("第三舰队是一支什么样的部队?"))  # 是…什么样: a description
    assert not asks_kind(analyze("旧码头后来被什么取代?"))  # the agent of a passive: a verb follows
    assert not asks_kind(analyze("为什么工厂会排出气体?"))


def test_the_unechoed_noun_run_answers_a_kind_question():
    info = analyze("这座工厂燃烧煤炭会排出什么气体?")
    pos = _words("这座/r", "工厂/n", "燃烧/v", "煤炭/n", "会/v", "排出/v", "二氧化硫/n", "，/x", "污染/v", "空气/n")
    f = "".join(w for w, _ in pos)
    start, end = gap_span(f, pos, info) or (0, 0)
    assert f[start:end] == "二氧化硫"


def test_the_title_after_the_kind_noun_names_the_thing_asked():
    info = analyze("那位歌手因参加什么电视节目而成名?")
    f = "她参加电视节目《歌声飞扬》而成名，后来又出演电影"
    start, end = kind_named(f, info) or (0, 0)
    assert f[start:end] == "《歌声飞扬》"
    assert kind_named("她参加电视节目而成名，后来又出演电影", info) is None


def test_a_question_closing_on_what_a_thing_is_called_asks_a_name():
    assert asks_kind(analyze("这种能把两段链条连起来的酶称为什么?"))
    assert asks_kind(analyze("那次秘密撤退又称什么?"))
    assert asks_kind(analyze("这座新建的大桥叫做什么?"))
    assert not asks_kind(analyze("这座新建的大桥叫什么?"))  # a bare 叫: a name the typed rules answer


def test_he_with_a_kind_noun_asks_like_shenme_but_not_as_why_or_how():
    assert asks_kind(analyze("这种步枪要用何种油脂润滑?"))
    assert asks_kind(analyze("这片平原有何称号?"))
    assert not asks_kind(analyze("这座剧院是因何得名的?"))  # 因何: why
    assert not asks_kind(analyze("工厂如何处理废水?"))  # 如何: how
    assert not asks_kind(analyze("这次会议将在何地举行?"))  # 何地: where


def test_a_list_question_of_a_kind_gets_the_enumeration_not_the_sentence():
    from qa.answer.shape import shape
    from qa.types import Candidate

    text = "这两种矿物都含有铁、铜和锌，是重要的矿石"
    s = sentence_of(text)
    best = Candidate(text=text, sentence=s, start=0, end=len(text), type="sentence", score=0.0, rule="sentence")
    # what the minerals hold (中有什么) is listed; "都含有什么元素" asks one thing, a what-question (question.py)
    info = analyze("这两种矿物中有什么元素?")
    pos = dict_tagger({"这": "r", "两种": "m", "矿物": "n", "都": "d", "含有": "v", "铁": "n", "、": "x", "铜": "n",
                       "和": "c", "锌": "n", "，": "x", "是": "v", "重要": "a", "的": "uj", "矿石": "n"})

    assert info.qtype == "list"
    got = shape(best, info, pos).text
    assert got.endswith("铁、铜和锌") and "矿石" not in got  # every item, not the clause after them
    assert not asks_kind(analyze("这两种水果相比有什么不同?"))  # a difference: a clause tells it
