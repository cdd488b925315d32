"""byline._shares: a story spoken of shares a word (two characters) of the question's topic with its headline —
never a pair across the space where a role word was taken out ("枫华博客栏目的编辑" → "枫华博客栏目 ")."""

from qa.answer.byline import _shares


def test_a_pair_across_a_space_is_no_shared_word():
    # "…重点项目 " (a headline and its empty sub-headline joined by a space) shares no word with 枫华博客栏目
    assert not _shares("枫华博客栏目 ", "白英率团参加“辽宁—长三角招商引资促进周”活动并推进重点项目 ")


def test_a_shared_word_is_still_found():
    assert _shares("枫华博客栏目 ", "枫华博客:春节见闻 ")
