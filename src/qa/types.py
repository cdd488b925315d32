"""The frozen records that pass between stages: Article → Sentence → Hit → Candidate → Answer."""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields, replace
from typing import TYPE_CHECKING, Literal, TypeVar

from .normalize import fold_cached

if TYPE_CHECKING:  # split.py builds the table from these types, so it is imported for annotations only
    from .split import SentenceTable

# What a question asks for (qa.answer.question decides it; "invalid" is input that cannot be asked).
QType = Literal["who", "when", "where", "number", "what", "definition", "why", "how", "yesno", "list", "other",
                "invalid"]
# What kind of span a candidate is (qa.answer.candidates makes them; "span" = any word-aligned span).
CandidateType = Literal["person", "place", "org", "time", "number", "quote", "term", "slot", "clause", "sentence",
                        "byline", "span"]


_T = TypeVar("_T")
_FACTORY = object()  # "no value given: call the field's default factory"


def quick_init(cls: type[_T]) -> type[_T]:
    """A frozen dataclass's __init__ that writes the fields to the instance dict: the generated one sets each
    through object.__setattr__ (about twice the time). For the classes made by the dozen a question (hits, ranked
    sentences, candidates); the same fields, defaults and factories, and the class stays frozen.
    tests/test_fast_init.py compares them with the generated __init__."""
    fs = fields(cls)  # type: ignore[arg-type]
    if "__post_init__" in cls.__dict__ or "__slots__" in cls.__dict__ or not all(f.init for f in fs):
        raise TypeError(f"quick_init does not handle {cls.__name__}")
    env: dict[str, object] = {"_FACTORY": _FACTORY}
    params, body = [], []
    for f in fs:
        if f.default is not MISSING:
            env[f"_d_{f.name}"] = f.default
            params.append(f"{f.name}=_d_{f.name}")
            body.append(f"    d[{f.name!r}] = {f.name}")
        elif f.default_factory is not MISSING:
            env[f"_f_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_FACTORY")
            body.append(f"    d[{f.name!r}] = _f_{f.name}() if {f.name} is _FACTORY else {f.name}")
        else:
            params.append(f.name)
            body.append(f"    d[{f.name!r}] = {f.name}")
    source = f"def __init__(self, {', '.join(params)}):\n    d = self.__dict__\n" + "\n".join(body) + "\n"
    exec(source, env)  # noqa: S102 (as dataclasses itself makes __init__)
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    setattr(cls, "__init__", init)  # noqa: B010
    return cls


@dataclass(frozen=True)
class Byline:
    """Who wrote or photographed an article, as printed ("浙江日报记者 余勤 陆乐", "通讯员 陈海伟 摄")."""

    text: str = ""
    reporters: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()
    # (role as printed, name) for every name the line gives one: ("实习生", "梁颖岚"), ("编辑", "冯奕然") — an
    # editor is here only, never among the authors.
    roles: tuple[tuple[str, str], ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return self.reporters + self.correspondents + self.photographers


@dataclass(frozen=True)
class Dateline:
    """The opening of wire copy and reports: "新华社上海5月3日电（记者 王某 李某）" → agency 新华社, place 上海,
    day 5月3日, reporters (王某, 李某). `text` is the dateline as printed at the start of the first paragraph
    (the paragraph's text keeps it); any part may be empty ("据新华社电" has only the agency)."""

    agency: str = ""
    place: str = ""
    day: str = ""
    reporters: tuple[str, ...] = ()
    text: str = ""
    correspondents: tuple[str, ...] = ()  # "本报讯（记者 X 通讯员 Y）": Y, an author too but not a reporter


@dataclass(frozen=True)
class Paragraph:
    """A paragraph as written (column breaks rejoined).

    kind: headline | subheadline | byline | body | credit | section (a sub-head inside the article) |
    staff (who planned or edited it: "系列报道策划:秦晖").
    offset: where the paragraph starts in the decoded file text (for jsonl: in the article's text field).
    speaker: in an interview, who speaks in this paragraph as printed ("记者", "王某"); "" otherwise.
    line: the paragraph's first line number in the file (1-based; 0 when unknown), for `qa corpus --check`.
    """

    index: int
    kind: str
    text: str
    offset: int = 0
    speaker: str = ""
    line: int = 0


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
    # kind may also be "interview". date is ISO YYYY-MM-DD or "". byline's reporters include the dateline's.
    dateline: Dateline | None = None

    @property
    def body(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.kind == "body")

    @property
    def sections(self) -> tuple[str, ...]:
        """The sub-heads inside the article, as printed."""
        return tuple(p.text for p in self.paragraphs if p.kind == "section")

    @property
    def speakers(self) -> tuple[str, ...]:
        """The interview's speakers in order of first turn."""
        return tuple(dict.fromkeys(p.speaker for p in self.paragraphs if p.speaker))

    def turns(self, speaker: str) -> tuple[Paragraph, ...]:
        """What `speaker` says in the interview: the paragraphs of their turns ("温宪", "記者" finds "记者";
        "司长" finds "财政司司长"), matched in the folded form."""
        want = fold_cached(speaker)
        return tuple(p for p in self.paragraphs if p.speaker and want and want in fold_cached(p.speaker))


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


# The slots' own setters, in field order: a frozen dataclass's __init__ sets each field through
# object.__setattr__ (~2.3 µs a Sentence), these ~1.0 µs; ~50 Sentences are made a question (the hits, the
# answer's article). tests/test_make_sentence.py checks the order against the fields.
_SET_SENTENCE = tuple(Sentence.__dict__[f.name].__set__ for f in fields(Sentence))


def make_sentence(id: str, article_id: str, paragraph: int, kind: str, text: str, start: int, end: int  # noqa: A002
                  ) -> Sentence:
    """Sentence(id, article_id, …), the same object, made faster (SentenceTable makes one per access)."""
    s = object.__new__(Sentence)
    set_id, set_article, set_paragraph, set_kind, set_text, set_start, set_end = _SET_SENTENCE
    set_id(s, id)
    set_article(s, article_id)
    set_paragraph(s, paragraph)
    set_kind(s, kind)
    set_text(s, text)
    set_start(s, start)
    set_end(s, end)
    return s


@dataclass(frozen=True)
class Corpus:
    articles: tuple[Article, ...]
    sentences: SentenceTable  # Sentence objects made on access, not held
    warnings: tuple[str, ...] = ()  # files skipped and why
    fingerprint: str = ""  # hash of the loaded files' bytes

    def article(self, article_id: str) -> Article:
        return self.articles[self._positions()[article_id]]

    def sentences_of(self, article_id: str) -> list[Sentence]:
        """One article's sentences, in order."""
        return self.sentences.of_article(self._positions()[article_id])

    def first_of(self, article_id: str, kind: str = "body") -> Sentence | None:
        """An article's first sentence of that kind (its lead), without making the others."""
        return self.sentences.first_of(self._positions()[article_id], kind)

    def _positions(self) -> dict[str, int]:
        """Article id → position, built on first use (the dataclass is frozen, so it is set around it)."""
        cache = self.__dict__.get("_article_index")
        if cache is None:
            cache = {a.id: i for i, a in enumerate(self.articles)}
            object.__setattr__(self, "_article_index", cache)
        return cache


@quick_init
@dataclass(frozen=True)
class Hit:
    """A retrieved sentence with its retrieval score (BM25)."""

    sentence: Sentence
    score: float


@quick_init
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

    def narrowed(self, start: int, end: int, rule: str) -> Candidate:
        """The same candidate cut to sentence.text[start:end], its rule marked "+rule" (the cutters' common step)."""
        return replace(self, text=self.sentence.text[start:end], start=start, end=end, rule=f"{self.rule}+{rule}")


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
    # A when-answer read against its page's date: "11日下午" on a page of 2025-06-12 is shown as "（6月）11日下午"
    # (`shown`) and means 2025-06-11 (`date`, ISO). Both empty when there is nothing to resolve.
    shown: str = ""
    date: str = ""
