"""A foreign name after a post that jieba cut into pieces of which some are not of the transliteration table: two
pieces it tags a name, and a first character read as an adjective before them ("总理热/a|恩/nr|别科夫/nr|邀请"), are
one person (names._name_piece); a place reached after a verb of arrival is none ("抵达|比什凯克/nrt";
names.place_by_context). Sentences written for these tests, with jieba's tags as it prints them."""

from __future__ import annotations

from qa.answer.names import persons

_INVITED = [("应", "v"), ("吉尔吉斯共和国", "ns"), ("总理", "n"), ("热", "a"), ("恩", "nr"), ("别科夫", "nr"),
            ("邀请", "v"), (",", "x"), ("总理", "n"), ("李克强", "nr"), ("乘专机", "l"), ("抵达", "v"),
            ("比什凯克", "nrt"), (",", "x"), ("开始", "v"), ("访问", "v")]


def _people(tags: list[tuple[str, str]]) -> list[str]:
    f = "".join(w for w, _ in tags)
    return [f[sp.start:sp.end] for sp in persons(f, tags) if sp.type == "person"]


def test_a_name_cut_into_pieces_after_a_post_is_one_person():
    assert "热恩别科夫" in _people(_INVITED)


def test_the_pieces_need_two_words_tagged_a_name():
    tags = [("总理", "n"), ("热", "a"), ("恩", "nr"), ("邀请", "v")]
    assert "热恩" not in _people(tags)


def test_a_place_reached_after_a_verb_of_arrival_is_no_person():
    people = _people(_INVITED)
    assert "比什凯克" not in people and "李克强" in people


def test_a_kin_word_tagged_a_name_is_no_piece():
    tags = [("县长", "n"), ("老公", "nr"), ("傅", "nr"), ("崐", "zg"), ("萁", "g"), ("的", "uj"), ("优势", "n")]
    assert "老公傅" not in _people(tags)
