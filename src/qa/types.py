"""The frozen records that pass between stages: Article → Sentence → Hit → Candidate → Answer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from .normalize import fold_cached

# What a question asks for (qa.answer.question decides it; "invalid" is input that cannot be asked).
QType = Literal["who", "when", "where", "number", "what", "definition", "why", "how", "yesno", "list", "other",
                "invalid"]
# What kind of span a candidate is (qa.answer.candidates makes them; "span" = any word-aligned span).
CandidateType = Literal["person", "place", "org", "time", "number", "quote", "term", "slot", "clause", "sentence",
                        "byline", "span"]


@dataclass(frozen=True)
class Byline:
    """Who wrote or photographed an article, as printed ("浙江日报记者 余勤 陆乐", "通讯员 陈海伟 摄")."""

    text: str = ""
    reporters: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return self.reporters + self.correspondents + self.photographers


@dataclass(frozen=True)
class Paragraph:
    """A paragraph as written (column breaks rejoined).

    kind: headline | subheadline | byline | body | credit.
    offset: where the paragraph starts in the decoded file text (for jsonl: in the article's text field).
    """

    index: int
    kind: str
    text: str
    offset: int = 0


@dataclass(frozen=True)
class Article:
    id: str  # stable: "<file>#<n>" or the jsonl id
    file: str  # path as given to the loader
    headline: str
    subheadline: str = ""
    byline: Byline = field(default_factory=Byline)
    credit: Byline = field(default_factory=Byline)  # photo credit ("… 摄")
    paragraphs: tuple[Paragraph, ...] = ()
    continuations: tuple[str, ...] = ()  # "下转2版", "上接1版"
    kind: str = "article"  # article | photo
    date: str = ""
    source: str = ""
    page: str = ""
    url: str = ""
    warnings: tuple[str, ...] = ()

    @property
    def body(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.kind == "body")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A retrieval passage. `text` is as written; `folded` is the matching form, same length, so offsets in one
    are offsets in the other. start/end are offsets into the paragraph's text.

    Slotted, and `folded` computed on demand: a million sentences are held in memory at once, and only the
    few retrieved per question are ever folded after indexing."""

    id: str  # "<article id>:<paragraph>:<n>", stable across runs
    article_id: str
    paragraph: int
    kind: str  # the paragraph's kind: body | headline | subheadline | byline | credit
    text: str
    start: int
    end: int

    @property
    def folded(self) -> str:
        return fold_cached(self.text)


@dataclass(frozen=True)
class Corpus:
    articles: tuple[Article, ...]
    sentences: Sequence[Sentence]  # split.SentenceTable: made on access, not held as objects
    warnings: tuple[str, ...] = ()  # files skipped and why
    fingerprint: str = ""  # hash of the loaded files' bytes

    def article(self, article_id: str) -> Article:
        return self.articles[self._positions()[article_id]]

    def sentences_of(self, article_id: str) -> list[Sentence]:
        """One article's sentences, in order."""
        return self.sentences.of_article(self._positions()[article_id])

    def _positions(self) -> dict[str, int]:
        """Article id → position, built on first use (the dataclass is frozen, so it is set around it)."""
        cache = self.__dict__.get("_article_index")
        if cache is None:
            cache = {a.id: i for i, a in enumerate(self.articles)}
            object.__setattr__(self, "_article_index", cache)
        return cache


@dataclass(frozen=True)
class Hit:
    """A retrieved sentence with its retrieval score (BM25)."""

    sentence: Sentence
    score: float


@dataclass(frozen=True)
class Candidate:
    """A typed answer span inside a sentence; start/end are offsets into sentence.text."""

    text: str
    sentence: Sentence
    start: int
    end: int
    type: CandidateType
    score: float
    rule: str  # which extractor or rule produced it
    features: tuple[tuple[str, float], ...] = ()  # the named features its score sums (weight × feature)


@dataclass(frozen=True)
class Answer:
    question: str
    text: str  # the short answer as written in the corpus; "" when declined
    declined: bool
    qtype: QType
    confidence: float  # 0–1: the fitted probability that the answer is right
    rule: str  # the rule that fired ("slot", "type:number", "byline", "sentence", "decline:low-score", …)
    sentence: Sentence | None = None  # the supporting sentence
    span: tuple[int, int] | None = None  # the answer's offsets in sentence.text, for highlighting
    article: Article | None = None  # the source: file, headline, byline
    alternatives: tuple[Candidate, ...] = ()  # ranked, best first, the chosen one excluded
    evidence: tuple[Hit, ...] = ()  # the top sentences, best first
    message: str = ""  # the plain decline text, or a note
