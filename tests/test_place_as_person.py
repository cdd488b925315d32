"""A place the tagger read as a person's name (before 一帶, after a verb of birth, a road's name) is no answer to a
who-question; a person's name ending like a road (中村法道) still is (place_as_person.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.place_as_person import not_places
from qa.answer.question import analyze

# DRCD 6292-47-3 and 4984-2-1, CMRC TRIAL_697_QUERY_1
_STREETS = ("近年很多內地人在北角站一帶街道上，使環境變差，加上蔡素玉議員熱心幫助新移民，北角站一帶有不少新移民"
            "以及內地旅客，春秧街、馬寶道一帶的商販實有部份為福建籍以及上海籍新移民。")
_BORN = "他出生於伊斯帕尼亞，西元117年至138年間在位，戀人是美少年安提諾烏斯。"
_ROAD = "是香港一所高度设防院所，属惩教署设施，位于新界屯门区小榄康辉路，1972年开始运作。"


def test_a_name_before_a_word_of_area_is_a_place():
    kept = [candidate_in(_STREETS, "馬寶道", "person", score=9.0),
            candidate_in(_STREETS, "蔡素玉", "person", score=8.0)]
    assert [c.text for c in not_places(kept, analyze("北角站一帶有許多新移民的情況和誰的貢獻有關?"))] == ["蔡素玉"]


def test_a_name_after_a_verb_of_birth_or_a_road_is_a_place():
    assert not not_places([candidate_in(_BORN, "伊斯帕尼亞", "person")], analyze("安提諾烏斯是誰的戀人?"))
    assert not not_places([candidate_in(_ROAD, "康辉路", "person")], analyze("小榄精神病治疗中心一般收留哪些人员？"))


def test_a_person_ending_like_a_road_stays():
    text = "長崎縣現任知事是中村法道，他於2010年就任。"
    kept = [candidate_in(text, "中村法道", "person")]
    assert not_places(kept, analyze("誰為現任的長崎縣知事?")) == kept
    # a where-question keeps its places
    kept = [candidate_in(_STREETS, "馬寶道", "person")]
    assert not_places(kept, analyze("商販在哪裡?")) == kept


def test_a_name_after_a_rivers_part_and_de_is_a_place():
    # CMRC TRIAL_796_QUERY_1: 萨莱 (nr to jieba) is where 拔都 set his capital
    text = "1242年至1245年间,拔都率部从欧洲撤退,在伏尔加河下游的萨莱定都,建立金帐汗国。"
    kept = [candidate_in(text, "萨莱", "person", score=9.0), candidate_in(text, "拔都", "person", score=8.0)]
    assert [c.text for c in not_places(kept, analyze("金帐汗国的建立者是谁？"))] == ["拔都"]
