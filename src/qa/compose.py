"""Hits → Answer: rerank the retrieved sentences, extract typed candidate spans, score them, answer or decline.

1. Rerank the top sentences by BM25 (normalised) + the question's characters and character bigrams found in the
   sentence, the longest run of question characters in it, its article's headline and the sentence before it.
2. Byline questions ("谁写的", "谁拍的") are answered from the article's byline or photo credit.
3. In the best sentences, candidates are the slot the question's anchors point at and the spans of the expected
   type (extract.py), scored by sentence rank, type match, slot alignment and proximity to the question's words.
4. Decline when the evidence is weak: low retrieval score, the question's content words mostly absent, or the
   expected answer type nowhere in the evidence. A confident wrong answer is worse than "not found".
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from .config import ComposerConfig
from .extract import CAUSE, MEANS, Span, align, clause_of, enumeration, expansion, extract, marked, trim, widen
from .normalize import fold
from .postag import PosTagger, pos_tokenizer_of
from .question import QuestionInfo, analyze
from .tokenize import Tokenizer
from .types import Answer, Article, Candidate, Corpus, Hit, Sentence

DECLINE = "资料中没有找到相关内容。"

# Characters that carry no topic: question words, particles, light verbs. Overlap is counted without them.
_FUNCTION_CHARS = set("的了是在有和与及或吗呢吧啊呀么什谁哪几多少怎样如何为何时候里儿个些这那其之于被把将从对向也都"
                      "就还")
_PUNCT = set(",，。;；:：!！?？…、“”‘’\"'《》「」『』()（）[]【】 \t")
# Words of byline questions that are not their topic ("这篇报道是谁写的" has no topic at all).
_BYLINE_WORDS = ("这篇", "篇", "报道", "文章", "新闻", "稿件", "记者", "作者", "照片", "图片", "摄影", "拍摄", "撰写",
                 "谁", "写", "拍", "摄", "的", "是", "这张", "张", "幅", "这")
# Question types whose typed answer is widened to its noun phrase (measured on CMRC 2018 trial: F1 up on each).
_WIDENED = ("where", "when", "who", "number")
_POS_CACHE = 20_000  # sentences whose typed spans are kept (a few MB; the seed corpus has ~50)


@dataclass(frozen=True)
class _Ranked:
    hit: Hit
    score: float  # the rerank score
    coverage: float  # share of the question's content characters found in the sentence (or its headline)


class Composer:
    def __init__(self, config: ComposerConfig, corpus: Corpus, tokenizer: Tokenizer):
        self.config = config
        self.corpus = corpus
        self.tokenizer = tokenizer
        self._tagger = PosTagger(pos_tokenizer_of(tokenizer), tokenizer.hmm)  # tokenizer.pos's tags, fast
        self._names = tuple(sorted({n for a in corpus.articles for n in a.byline.names + a.credit.names}))
        self._headlines: dict[str, str] = {}
        self._cache: OrderedDict[str, list[Span]] = OrderedDict()  # sentence id → typed spans

    # ------------------------------------------------------------ entry point

    def compose(self, question: str, hits: list[Hit]) -> Answer:
        info = analyze(question)
        if not hits or hits[0].score < self.config.min_score:
            return self._decline(question, info, hits, "decline:low-score")
        ranked = self._rerank(info, hits)
        evidence = tuple(r.hit for r in ranked)
        if info.byline:
            answer = self._byline(question, info, ranked)
            if answer is not None:
                return answer
        if self._missing(question, hits) > self.config.max_missing:
            return self._decline(question, info, evidence, "decline:not-covered", ranked)
        candidates = self._candidates(info, ranked)
        coverage = {r.hit.sentence.id: r.coverage for r in ranked}
        # The answer's own sentence (with its headline) must hold most of the question's content.
        candidates = [c for c in candidates if coverage[c.sentence.id] >= self.config.min_coverage]
        if not candidates and max(coverage.values()) < self.config.min_coverage:
            return self._decline(question, info, evidence, "decline:not-covered", ranked)
        if info.expects and not any(c.type in info.expects or c.type == "slot" for c in candidates):
            return self._decline(question, info, evidence, "decline:no-type", ranked)
        if not candidates and not info.expects:
            # No span fits, but a sentence holds the question's content: it is the answer.
            r = next(r for r in ranked if r.coverage >= self.config.min_coverage)
            start, end = trim(r.hit.sentence.folded, 0, len(r.hit.sentence.folded))
            candidates = [_candidate(r.hit.sentence, start, end, "sentence", r.score, "sentence")]
        if not candidates:
            return self._decline(question, info, evidence, "decline:no-candidate", ranked)
        best = candidates[0]
        if info.qtype == "list":
            # A list answer is every item: the whole enumeration, or else the whole clause around the span.
            start, end = enumeration(best.sentence.folded, best.start, best.end)
            if (start, end) == (best.start, best.end):
                # No enumeration: the items are told by the clause and what follows it in the sentence.
                start = clause_of(best.sentence.folded, best.start, best.end)[0]
                end = trim(best.sentence.folded, start, len(best.sentence.folded))[1]
            best = _candidate(best.sentence, start, end, best.type, best.score, best.rule + "+list")
        if info.qtype in ("why", "how") and best.type in ("slot", "clause"):
            # A cause or a means is told by the whole sentence: a slot or a marked clause alone cuts it short.
            start, end = trim(best.sentence.folded, 0, len(best.sentence.folded))
            best = _candidate(best.sentence, start, end, best.type, best.score, best.rule + "+sentence")
        if best.rule.startswith("type:") and info.qtype in _WIDENED:
            f = best.sentence.folded
            start, end = widen(self._tagger.tag(f), best.start, best.end, info.text)
            best = _candidate(best.sentence, start, end, best.type, best.score, best.rule + "+np")
        confidence = self._confidence(best, ranked)
        if confidence < self.config.min_confidence:
            return self._decline(question, info, evidence, "decline:low-confidence", ranked)
        seen = {best.text}
        alternatives = []
        if info.expects:  # "更多" after a who-question walks the other people first
            order = {t: i for i, t in enumerate(info.expects)}
            candidates = [candidates[0]] + sorted(candidates[1:], key=lambda c: order.get(c.type, len(order)))
        for c in candidates[1:]:
            if c.text not in seen:
                seen.add(c.text)
                alternatives.append(c)
        # The supporting sentence leads the evidence.
        evidence = (next(r.hit for r in ranked if r.hit.sentence.id == best.sentence.id),) + tuple(
            h for h in evidence if h.sentence.id != best.sentence.id)
        return Answer(
            question=question, text=best.text, declined=False, qtype=info.qtype, confidence=confidence,
            rule=best.rule, sentence=best.sentence, span=(best.start, best.end),
            article=self.corpus.article(best.sentence.article_id), alternatives=tuple(alternatives[:20]),
            evidence=evidence,
        )

    # ------------------------------------------------------------ reranking

    def _rerank(self, info: QuestionInfo, hits: list[Hit]) -> list[_Ranked]:
        w = self.config.weights
        chars, bigrams = _content(info)
        q_plain = "".join(c for c in info.text if c not in _PUNCT)
        top = hits[0].score or 1.0
        near = _near(info)
        out = []
        for h in hits:
            text = h.sentence.folded
            headline = self._headline(h.sentence.article_id)
            char_cov = sum(c in text for c in chars) / len(chars) if chars else 0.0
            bi_cov = sum(b in text for b in bigrams) / len(bigrams) if bigrams else 0.0
            score = w.retrieval * h.score / top + w.overlap * char_cov + w.bigram * bi_cov
            before = self._before(h.sentence)
            if bigrams and w.context:
                # The sentence before often names the subject this one refers to ("他", "该", "其").
                if before:
                    score += w.context * sum(b in before and b not in text for b in bigrams) / len(bigrams)
            if w.phrase and len(q_plain) > 1:
                score += w.phrase * _longest_common(q_plain, text) / len(q_plain)
            if h.sentence.kind != "body" and not info.byline:
                score -= w.kind_penalty  # headlines repeat the story's words but rarely hold the answer
            if near and w.near:
                # The words right against the question word name what is asked ("面积|有多大", "总部|在哪里");
                # the subject is often only in the sentence before or the headline.
                score += w.near * sum(b in text for b in near) / len(near)
            # Coverage also counts the headline and the text before: "这里", "他" stand for a subject named there.
            cov = sum(c in text or c in headline or c in before for c in chars) / len(chars) if chars else 0.0
            # The article's title often names the question's subject ("李晨毕业于哪儿" → an article on 李晨).
            if bigrams:
                score += w.title * sum(b in headline for b in bigrams) / len(bigrams)
            out.append(_Ranked(h, score, cov))
        out.sort(key=lambda r: -r.score)
        return out

    def _headline(self, article_id: str) -> str:
        """The article's folded headline and sub-headline (folded once: OpenCC is not free)."""
        folded = self._headlines.get(article_id)
        if folded is None:
            a = self.corpus.article(article_id)
            folded = self._headlines[article_id] = fold(a.headline + " " + a.subheadline)
        return folded

    def _before(self, s: Sentence, width: int = 80) -> str:
        """The folded text just before a sentence in its paragraph (read from the article, so no per-sentence
        map is kept: a million-sentence corpus costs nothing extra)."""
        if s.start == 0:
            return ""
        article = self.corpus.article(s.article_id)
        para = next((p for p in article.paragraphs if p.index == s.paragraph), None)
        return fold(para.text[max(0, s.start - width):s.start]) if para is not None else ""

    def _missing(self, question: str, hits: list[Hit]) -> float:
        """Share of the question's words found in none of the retrieved sentences ("明天", "下雨", "gdp")."""
        words = [t for t in self.tokenizer.query_tokens(question) if len(t) >= 2]
        if not words:
            return 0.0
        texts = [h.sentence.folded for h in hits]
        return sum(not any(t in x for x in texts) for t in words) / len(words)

    # ------------------------------------------------------------ candidates

    def _spans(self, s: Sentence) -> list[Span]:
        """The sentence's typed spans, cached: a sentence is tagged and scanned once, not once per question."""
        spans = self._cache.get(s.id)
        if spans is None:
            spans = extract(s.folded, list(self._tagger.tag(s.folded)), self._names, self.tokenizer.freq)
            self._cache[s.id] = spans
            if len(self._cache) > _POS_CACHE:
                self._cache.popitem(last=False)
        return spans

    def _candidates(self, info: QuestionInfo, ranked: list[_Ranked]) -> list[Candidate]:
        cfg, w = self.config, self.config.weights
        top = ranked[0].score or 1.0
        anchors = len(info.left) + len(info.right)
        qtext = info.text
        bigrams = _content(info)[1]
        head = self._head_noun(info)
        # "综治中心是什么？", "南宁二中是什么的简称？": a short term may be an abbreviation of a longer one.
        short = "" if info.qtype != "definition" else (info.left or info.right).strip("的是了")
        subject = "" if info.qtype != "definition" else (info.left or info.right).strip("的是了“”\"")
        short = short if 2 <= len(short) <= 6 else ""
        out: list[Candidate] = []
        for rank, r in enumerate(ranked[: cfg.sentences]):
            s = r.hit.sentence
            if s.kind in ("byline", "credit"):
                continue
            base = w.sentence * r.score / top - w.rank * rank
            spans = self._spans(s) if info.expects or short else []  # tagged only for typed/term spans
            slot = align(s.folded, info.left, info.right, cfg.max_span) if info.wh else None
            strength = (slot.left + slot.right) / anchors if slot and anchors else 0.0
            typed = [sp for sp in spans if sp.type in info.expects] if info.expects else []
            near = _anchors(s.folded, bigrams) if typed else []
            for sp in typed:
                text = s.folded[sp.start:sp.end]
                if text in qtext:
                    continue  # an answer does not repeat the question
                score = base + w.type_match * (1.0 if sp.type == info.expects[0] else 0.6)
                if slot:
                    # Right against an anchor ("副组长刘捷|主持") is the strongest sign; inside the slot, weaker.
                    touching = slot.touch(sp.start, sp.end)
                    if touching:
                        score += w.anchor * touching
                    elif sp.start < slot.end and sp.end > slot.start:
                        score += w.slot * strength
                score += w.proximity * _proximity(sp, near)
                if info.unit:
                    score += w.unit if text.endswith(info.unit) else -w.unit
                out.append(_candidate(s, sp.start, sp.end, sp.type, score, f"type:{sp.type}"))
            spanned = slot is not None and slot.end > slot.start
            both = bool(spanned and slot.left and slot.right)
            if info.expects and spanned and not both:
                # One strong anchor right against a short span also fills a typed slot (a name jieba does not
                # know: 大久保笃, 拔都).
                both = (slot.end - slot.start <= 8 and slot.left + slot.right >= 3
                        and not any(c in _PUNCT for c in s.folded[slot.start:slot.end]))
            if spanned and (both or not (info.expects or info.qtype == "definition")):
                # Typed questions take an untyped slot only when both anchors hold (a name jieba missed).
                start, end = slot.start, slot.end
                if head and s.folded.startswith(head, end):
                    end += len(head)  # "一起什么危机" ↔ "一起企业账户冻结危机": the noun belongs to the answer
                score = base + w.slot * strength - (w.type_match if info.expects else 0.0)
                if s.folded[start:end] not in qtext and end - start <= cfg.max_span:
                    out.append(_candidate(s, start, end, "slot", score, "slot"))
            marker = {"why": CAUSE, "how": MEANS}.get(info.qtype)
            if marker is not None:
                near = _anchors(s.folded, bigrams)
                for sp in marked(s.folded, marker):
                    score = base + w.marker + w.proximity * _proximity(sp, near)
                    out.append(_candidate(s, sp.start, sp.end, "clause", score, f"marker:{info.qtype}"))
            if short:
                full = expansion(s.folded, short, spans)
                if full is not None:
                    out.append(_candidate(s, full.start, full.end, "term", base + w.slot, "expansion"))
            if info.qtype == "definition" and subject:
                # "什么是X": a sentence about X says what it is, best one that opens with X ("X（…）是…");
                # a one-sided slot would cut it badly.
                opens = 0 <= s.folded.find(subject) <= 2
                if opens or rank == 0:
                    start, end = trim(s.folded, 0, len(s.folded))
                    score = base + w.slot * (1.0 if opens else 0.5)
                    out.append(_candidate(s, start, end, "sentence", score, "sentence"))
            if not info.expects and not spanned and rank == 0:
                start, end = trim(s.folded, 0, len(s.folded))
                out.append(_candidate(s, start, end, "sentence", base, "sentence"))
        out.sort(key=lambda c: -c.score)
        return out

    def _head_noun(self, info: QuestionInfo) -> str:
        """The noun right after "什么"/"哪些" ("什么危机" → "危机"), which the answer usually ends with."""
        if info.qtype not in ("what", "list") or not info.wh or not info.right:
            return ""
        if info.text[info.wh[0]:info.wh[1]] not in ("什么", "哪些", "哪个", "哪种", "哪一个", "哪"):
            return ""
        word, flag = (self._tagger.tag(info.right[:6]) or [("", "")])[0]
        return word if flag.startswith("n") and len(word) <= 3 else ""

    def _confidence(self, best: Candidate, ranked: list[_Ranked]) -> float:
        """How much of the question the answer's sentence holds, and how strongly the answer won (0–1)."""
        cov = next(r.coverage for r in ranked if r.hit.sentence.id == best.sentence.id)
        margin = best.score / (abs(best.score) + 2.0) if best.score > 0 else 0.0
        return round(max(0.0, min(1.0, 0.5 * cov + 0.5 * margin)), 4)

    # ------------------------------------------------------------ byline and credit

    def _byline(self, question: str, info: QuestionInfo, ranked: list[_Ranked]) -> Answer | None:
        """"这篇报道是谁写的？" / "千亩水杉的照片是谁拍的？": the article's byline or photo credit names."""
        want = "credit" if info.byline == "photographer" else "byline"
        topic = info.text
        for word in _BYLINE_WORDS:
            topic = topic.replace(word, "")
        topic = "".join(c for c in topic if c not in _PUNCT and c not in _FUNCTION_CHARS)
        order = []
        for r in ranked:  # articles in rerank order; with a topic, only those that mention it
            aid = r.hit.sentence.article_id
            if aid in order:
                continue
            if topic and r.coverage < self.config.min_coverage and not _shares(topic, r.hit.sentence.folded):
                continue
            order.append(aid)
        if not topic:  # "这篇报道": no topic, so the page's lead story
            order = [a.id for a in self.corpus.articles]
        for aid in order:
            for s in self.corpus.sentences_of(aid):
                if s.kind not in ("byline", "credit"):
                    continue
                article = self.corpus.article(aid)
                names = article.credit.photographers if want == "credit" else article.byline.names
                if want == "byline" and "通讯员" in info.text and article.byline.correspondents:
                    names = article.byline.correspondents
                elif want == "byline" and "记者" in info.text and article.byline.reporters:
                    names = article.byline.reporters
                if s.kind != want and not (want == "credit" and s.kind == "byline" and article.credit.names):
                    continue
                if not names:
                    continue
                positions = [(s.text.find(n), n) for n in names if s.text.find(n) >= 0]
                if not positions:
                    continue
                start = min(p for p, _ in positions)
                end = max(p + len(n) for p, n in positions)
                hit = Hit(s, next((r.hit.score for r in ranked if r.hit.sentence.id == s.id), 0.0))
                evidence = (hit,) + tuple(r.hit for r in ranked if r.hit.sentence.id != s.id)
                alternatives = tuple(
                    _candidate(s, p, p + len(n), "person", 0.0, "byline") for p, n in positions if len(positions) > 1)
                return Answer(
                    question=question, text=s.text[start:end], declined=False, qtype=info.qtype,
                    confidence=0.9 if topic else 0.6, rule=f"byline:{want}", sentence=s, span=(start, end),
                    article=article, alternatives=alternatives, evidence=evidence,
                )
        return None

    # ------------------------------------------------------------ decline

    def _decline(self, question: str, info: QuestionInfo, hits: list[Hit] | tuple[Hit, ...], rule: str,
                 ranked: list[_Ranked] | None = None) -> Answer:
        message = DECLINE
        if ranked:
            near: list[Article] = []
            for r in ranked[:5]:
                if r.coverage >= self.config.min_coverage / 2:
                    a = self.corpus.article(r.hit.sentence.article_id)
                    if a not in near and a.headline:
                        near.append(a)
            if near:
                message += "相关的报道有：" + "；".join(f"《{a.headline}》" for a in near[:2]) + "。"
        return Answer(question=question, text="", declined=True, qtype=info.qtype, confidence=0.0, rule=rule,
                      evidence=tuple(hits), message=message)


def _content(info: QuestionInfo) -> tuple[set[str], set[str]]:
    """The question's content characters and character bigrams (question words and particles left out)."""
    q = info.text
    if info.wh:
        q = q[: info.wh[0]] + " " + q[info.wh[1]:]
    chars = {c for c in q if c not in _PUNCT and c not in _FUNCTION_CHARS and not c.isspace()}
    bigrams = {q[i:i + 2] for i in range(len(q) - 1) if q[i] in chars and q[i + 1] in chars}
    return chars, bigrams


def _near(info: QuestionInfo) -> list[str]:
    """The character bigrams right against the question word, light words skipped ("总部|在哪里" → 总部)."""
    if not info.wh:
        return []
    out = []
    left = info.left.rstrip("是的了在为有于由被到")
    if len(left) >= 2 and not any(c in _PUNCT for c in left[-2:]):
        out.append(left[-2:])
    right = info.right.lstrip("是的了在为有于由被到")
    if len(right) >= 2 and not any(c in _PUNCT for c in right[:2]):
        out.append(right[:2])
    return out


def _shares(topic: str, text: str) -> bool:
    return sum(topic[i:i + 2] in text for i in range(len(topic) - 1)) >= 1


def _longest_common(a: str, b: str) -> int:
    """Length of the longest common substring of two short strings."""
    best = 0
    for i in range(len(a)):
        n = best + 1
        while i + n <= len(a) and a[i:i + n] in b:
            best = n
            n += 1
    return best


def _anchors(folded: str, bigrams: set[str]) -> list[int]:
    """Positions in the sentence where one of the question's content bigrams occurs."""
    return [i for i in range(len(folded) - 1) if folded[i:i + 2] in bigrams]


def _proximity(span: Span, anchors: list[int]) -> float:
    """1 when the span sits right next to the question's words in the sentence, falling off with distance."""
    if not anchors:
        return 0.0
    gap = min(max(0, span.start - (i + 2), i - span.end) for i in anchors)
    return 1.0 / (1.0 + gap / 4.0)


def _candidate(s: Sentence, start: int, end: int, kind: str, score: float, rule: str) -> Candidate:
    return Candidate(text=s.text[start:end], sentence=s, start=start, end=end, type=kind, score=score, rule=rule)
