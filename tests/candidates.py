"""Candidates for the composer's unit tests: an answer span found in a sentence of one made-up article."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache

from qa.config import load_config
from qa.split import split_text
from qa.tokenize import Tokenizer
from qa.types import Candidate, Sentence


def sentence_of(text: str, sid: str = "a:0:0") -> Sentence:
    """`text` as the first body sentence of article "a"."""
    return Sentence(id=sid, article_id="a", paragraph=0, kind="body", text=text, start=0, end=len(text))


def sentences_in(texts: tuple[str, ...], paragraphs: tuple[int, ...]) -> list[Sentence]:
    """Body sentences of article "a", one a text, each in the paragraph given beside it."""
    out, at = [], 0
    for i, (text, paragraph) in enumerate(zip(texts, paragraphs, strict=True)):
        out.append(Sentence(id=f"a:{paragraph}:{i}", article_id="a", paragraph=paragraph, kind="body", text=text,
                            start=at, end=at + len(text)))
        at += len(text)
    return out


def split_article(paragraphs: list[str]) -> list[Sentence]:
    """One article's ("a#0") body sentences, its paragraphs split as the corpus splits them."""
    return [Sentence(f"a#0:{j}:{n}", "a#0", j, "body", t[a:b], a, b)
            for j, t in enumerate(paragraphs) for n, (a, b) in enumerate(split_text(t))]


def candidate_in(sentence: str, answer: str, kind: str = "number", rule: str = "", score: float = 1.0,
                 sid: str = "a:0:0", features: tuple[tuple[str, float], ...] = ()) -> Candidate:
    """A candidate of `kind` for the first `answer` printed in `sentence` (its rule "type:<kind>" unless given)."""
    start = sentence.index(answer)
    return Candidate(text=answer, sentence=sentence_of(sentence, sid), start=start, end=start + len(answer),
                     type=kind, score=score, rule=rule or "type:" + kind,  # type: ignore[arg-type]
                     features=features)


def whole(text: str, start: int = 0, end: int | None = None) -> Candidate:
    """The sentence given as the answer (from `start` to `end`, its end by default), as the fallback gives it."""
    end = len(text) if end is None else end
    return Candidate(text=text[start:end], sentence=sentence_of(text), start=start, end=end, type="sentence",
                     score=1.0, rule="sentence")


def dict_tagger(tags: Mapping[str, str]) -> Callable[[str], list[tuple[str, str]]]:
    """A part-of-speech tagger that knows only `tags` (word → tag), longest word first, any other character one
    word tagged x: a test's sentence tagged as it says, not as jieba's dictionary would."""
    def pos(text: str) -> list[tuple[str, str]]:
        words, i = [], 0
        while i < len(text):
            w = next((w for w in sorted(tags, key=len, reverse=True) if text.startswith(w, i)), text[i])
            words.append((w, tags.get(w, "x")))
            i += len(w)
        return words
    return pos


@cache
def _tokenizer() -> Tokenizer:
    return Tokenizer(load_config())


def pos_tags(text: str) -> list[tuple[str, str]]:
    """jieba's part-of-speech tags of `text` as the composer reads them (the default config's dictionary)."""
    return _tokenizer().pos(text)


def people_of(engine) -> Callable[[str], dict[str, tuple[str, ...]]]:
    """{name: posts} of a sentence's people, its spans as the engine's composer extracts them (the `people`
    fixtures of the post and name tests)."""
    from qa.answer.people import titled
    from qa.answer.typed import extract

    freq = engine._state.composer._freq

    def read(text: str) -> dict[str, tuple[str, ...]]:
        s = sentence_of(text)
        pos = list(engine.tokenizer.pos(s.folded))
        return {s.folded[t.name[0]:t.name[1]]: t.posts for t in titled(s, extract(s.folded, pos, freq=freq), pos)}
    return read
