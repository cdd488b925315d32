"""The body asked of a person's posts ("吴世玮在台中市政府担任什么职务") opens the sentence as its subject and
the title chain names no owner of its own: the post is the body's (people.subject_owns)."""

from qa.answer.people import subject_owns
from qa.normalize import fold

_S = fold("台中市政府今(18)日在台灣大道惠中樓9樓市政廳,舉行區長布達典禮,由民政局長吳世瑋代表市長主持及監誓。")


def _chain(post: str) -> tuple[int, int]:
    at = _S.find(post)
    return at, at + len(post)


def test_the_subject_owns_a_bare_post():
    assert subject_owns("台中市政府", _S, _chain("民政局长"))


def test_a_body_not_opening_the_sentence_owns_nothing():
    assert not subject_owns("台湾大道", _S, _chain("民政局长"))


def test_a_chain_naming_its_own_owner_is_its_owners():
    s = fold("台中市政府今日舉行典禮,由南投縣民政局長吳世瑋主持。")
    at = s.find("南投县民政局长")
    assert not subject_owns("台中市政府", s, (at, at + len("南投县民政局长")))
