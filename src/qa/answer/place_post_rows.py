"""A place's post printed bare in the one article that names the place only around it: "渭南市人大常委会主任是谁" ↔
渭南日报's "市人大常委会主任郭勇格" under the headline "…来渭南市参观考察"; "湖南省政协主席" ↔ "省政协主席毛万春" of
湖南日报; "迪庆州人大常委会主任" ↔ "州人大常委会主任唐世华" of 香格里拉网 (我州, 迪庆 named later in the page).

Such a sentence holds none of the question's rare words (the place), so other cities' papers printing the same bare
post ("市人大常委会主任汪在祥主持会议") outrank it and it is not among the sentences retrieved; the people path then
skips those (another city's, people_answer._elsewhere) and declines. These rows are read after every retrieved one:
only when none of them names the holder. An article that names the place in its headline or before the sentence comes
first; people.unqualified still asks that the article name the post's place (its outlet counts)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..types import Corpus, Hit, Sentence
from .agreement import Surroundings
from .features import Ranked
from .people import place_body_post

_MOST = 6  # sentences read: a bare post in more articles than that says nothing of which place's


def place_post_rows(corpus: Corpus, surroundings: Callable[[Sentence], Surroundings], seen: set[str],
                    post: str) -> Iterator[Ranked]:
    """The body sentences (not among `seen`) printing the bare post of an asked place's body ("市人大常委会主任" of
    渭南市人大常委会主任) whose article names the place, those naming it in the headline or before the sentence
    first; nothing when the post names no place's body."""
    split = place_body_post(post)
    if split is None:
        return
    place, bare = split
    found: list[tuple[bool, Sentence]] = []
    for article in corpus.articles:
        for s in corpus.sentences_of(article.id):
            if s.kind != "body" or s.id in seen or bare not in s.folded:
                continue
            around = surroundings(s)
            if place in around.article:
                found.append((place not in around.near, s))
    found.sort(key=lambda x: x[0])
    for _, s in found[:_MOST]:
        yield Ranked(Hit(s, 0.0), 0.0, 0.0)
