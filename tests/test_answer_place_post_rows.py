"""A place's post printed bare in the one article naming the place around it, outranked by other cities' papers
printing the same bare post (place_post_rows.py): pages63's 渭南日报 page."""

from __future__ import annotations

from page_engine import page_engine

from qa.answer.people import place_body_post
from qa.answer.place_post_rows import place_post_rows
from qa.config import load_config

_WEINAN = ("\n喜看渭河治理点赞陕西发展 安启元等省级离退休干部来渭南市参观考察\n\n"
           "(记者张向辉)10月19日至20日,按照省委部署,省委老干部局牵头,组织安启元等20多名省级离退休老干部莅临我市,"
           "开展“喜看渭河治理点赞陕西发展”参观考察活动。省委组织部副部长、省委老干部局局长黄思光一同参加。"
           "市委副书记、市长李明远致欢迎辞,市人大常委会主任郭勇格,市委副书记王爱民,市委常委、组织部部长孟小瓒,"
           "市政协副主席贺韧陪同。\n")
_SURNAMES = "赵钱孙李周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
# other cities' papers, each printing the bare post with its own holder (none names 渭南)
_OTHERS = "".join(f"\n第{i + 1}次常委会会议召开\n\n市人大常委会主任{c}建国主持会议。\n"
                  for i, c in enumerate(_SURNAMES))


def test_the_place_and_its_bare_post():
    assert place_body_post("渭南市人大常委会主任") == ("渭南", "市人大常委会主任")
    assert place_body_post("湖南省政协主席") == ("湖南", "省政协主席")
    assert place_body_post("市人大常委会主任") is None  # no place asked


def test_the_place_s_own_paper_is_read(tmp_path):
    engine = page_engine(load_config(None), tmp_path, _OTHERS + _WEINAN)
    reader = engine._state.composer._reader
    rows = list(place_post_rows(reader.corpus, reader.surroundings, set(), "渭南市人大常委会主任"))
    assert [r.hit.sentence.folded.count("郭勇格") for r in rows] == [1]  # not another city's bare 主任
    assert not list(place_post_rows(reader.corpus, reader.surroundings, set(), "西安市人大常委会主任"))
    assert engine.ask("渭南市人大常委会主任是谁？").text == "郭勇格"
    assert engine.ask("西安市人大常委会主任是谁？").declined  # no page names 西安


def test_the_post_s_postings_are_read_not_the_corpus(tmp_path):
    engine = page_engine(load_config(None), tmp_path, _OTHERS + _WEINAN)
    reader = engine._state.composer._reader
    held = reader.holding(("主任", "主"))  # the index's postings of the post word and its first character
    assert held is not None
    assert [s.id for s in held] == [s.id for s in reader.corpus.sentences if "主任" in s.folded]
    # (主任 alone misses "市人大常委会主任何建国主持会议": jieba cuts it 主|任何)
    assert len(reader.holding(("主任",)) or []) == len(held) - 1

    def ids(holding):
        return [r.hit.sentence.id for r in place_post_rows(reader.corpus, reader.surroundings, set(),
                                                           "渭南市人大常委会主任", holding)]
    assert ids(reader.holding) == ids(None) and len(ids(None)) == 1  # the same row as reading every sentence
    asked: list[tuple[str, ...]] = []
    assert ids(lambda words: asked.append(tuple(words)) or []) == []  # what the postings give is read, no more
    assert asked == [("主任", "主")]
    # a two-character "…长" jieba may cut across after the place ("澎湖縣|長"): every sentence is read
    assert not list(place_post_rows(reader.corpus, reader.surroundings, set(), "渭南市市长",
                                    lambda words: asked.append(tuple(words)) or []))
    assert asked == [("主任", "主")]
