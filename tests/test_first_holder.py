"""A post asked with its ordinal ("首任台北市长") is held only by the holder the text names as the first."""
from qa.answer.people import holds


def test_first_named_by_the_chain() -> None:
    # "首度普选出包括台北市长吴三连": the chain's words before the post say he is the first
    assert holds("首度普选出包括台北市长", "首任台北市长")
    assert holds("首任校长", "厦门大学首任校长")
    assert holds("第一任社长", "首任社长")


def test_any_other_holder_is_not_asked() -> None:
    assert holds("台北市长", "首任台北市长") is None
    assert holds("校长", "首任校长") is None


def test_without_ordinal_unchanged() -> None:
    assert holds("台北市长", "台北市长")
    assert holds("副市长", "市长") is False


def test_near_miss_stays_one() -> None:
    assert holds("馆长", "国家图书馆首位副馆长") is False
