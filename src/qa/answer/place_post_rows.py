"""A place's post printed bare in the one article that names the place only around it: "渭南市人大常委会主任是谁" ↔
渭南日报's "市人大常委会主任郭勇格" under the headline "…来渭南市参观考察"; "湖南省政协主席" ↔ "省政协主席毛万春" of
湖南日报; "迪庆州人大常委会主任" ↔ "州人大常委会主任唐世华" of 香格里拉网 (我州, 迪庆 named later in the page).

Such a sentence holds none of the question's rare words (the place), so other cities' papers printing the same bare
post ("市人大常委会主任汪在祥主持会议") outrank it and it is not among the sentences retrieved; the people path then
skips those (another city's, people_answer._elsewhere) and declines. These rows are read after every retrieved one:
only when none of them names the holder. An article that names the place in its headline or before the sentence comes
first; people.unqualified still asks that the article name the post's place (its outlet counts).

The sentences printing the bare post are found through the index's postings of the post word it ends with (主任 of
市人大常委会主任): at 200k sentences one such question read all of them, ~0.9 s; the postings are ~1.6k sentences.
Without postings (another backend), or for a two-character "…长" post, every body sentence is read, as before."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from ..lexicon import POSTS
from ..types import Corpus, Hit, Sentence
from .agreement import Surroundings
from .features import Ranked
from .people import place_body_post

_MOST = 6  # sentences read: a bare post in more articles than that says nothing of which place's


def place_post_rows(corpus: Corpus, surroundings: Callable[[Sentence], Surroundings], seen: set[str],
                    post: str, holding: Callable[[Iterable[str]], list[Sentence] | None] | None = None
                    ) -> Iterator[Ranked]:
    """The body sentences (not among `seen`) printing the bare post of an asked place's body ("市人大常委会主任" of
    渭南市人大常委会主任) whose article names the place, those naming it in the headline or before the sentence
    first; nothing when the post names no place's body. `holding` gives the sentences whose index tokens hold any
    of some words (the composer's postings), or None: then every sentence of the corpus is read."""
    split = place_body_post(post)
    if split is None:
        return
    place, bare = split
    # the post word the bare post ends with, the longest ("秘书长" of "市政府秘书长"): jieba's search mode gives it
    # as a token of the sentences printing it (a compound yields its dictionary sub-words); of a two-character one,
    # its first character alone too, for the name after it may take the second ("主|任何建国"). Not so a
    # two-character "…长", which jieba cuts across after a place ("澎湖縣|長賴峰偉" holds no 县长, "考选部|长"):
    # those read every sentence, as the postings would miss them
    word = max((p for p in POSTS if bare.endswith(p)), key=len)
    words = (word, word[0]) if len(word) == 2 else (word,)
    held = holding(words) if holding is not None and not (len(word) == 2 and word.endswith("长")) else None
    sentences = held if held is not None else (s for a in corpus.articles for s in corpus.sentences_of(a.id))
    found: list[tuple[bool, Sentence]] = []
    for s in sentences:
        if s.kind != "body" or s.id in seen or bare not in s.folded:
            continue
        around = surroundings(s)
        if place in around.article:
            found.append((place not in around.near, s))
    found.sort(key=lambda x: x[0])
    for _, s in found[:_MOST]:
        yield Ranked(Hit(s, 0.0), 0.0, 0.0)
