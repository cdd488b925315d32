"""People questions answered from the title chains of the best sentences (people.py reads the chains):
"<post>是谁", "X担任什么职务", "X的母亲叫什么名字", "X是哪家媒体的社长", "谁认为…" (a speaker's paragraph) and
"作为<post>,这是他…" (the holder named before). None when no chain speaks to the question: it is then answered as
any other (compose.py); a near-miss post declines rather than naming the wrong person."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import chain, islice

from ..config import ComposerConfig
from ..types import Answer, Corpus, Hit, Sentence
from .acting_for_new import acting_title
from .agreement import Surroundings, other_ordinal_in
from .body_unprinted import body_missing
from .called_holder import called_holder
from .event_pinned import occasion_asked, occasion_untold
from .features import Ranked
from .latest_holder import latest_first
from .new_holder import new_holder_first
from .other_owner import owned_by_other
from .people import (
    Titled,
    article_place_owns,
    asked_owner,
    asked_person,
    asked_post,
    asked_relation,
    body_place_unnamed,
    bracketed_owner,
    clause_of,
    country_post_unprinted,
    deed_of,
    find_holder,
    find_owner,
    find_person,
    find_relative,
    holder_after_copula,
    holder_by_verb,
    named_freely,
    names_owner,
    owner_absent,
    owner_unnamed,
    person_at,
    post_ending,
    post_of_pronoun,
    post_taken,
    posts_but,
    printed_bare,
    subject_owns,
    tells_deed,
    titled,
    unqualified,
)
from .place_post_rows import place_post_rows
from .policy import DECLINE
from .question import QuestionInfo, arabic_years
from .role_owner import asked_role_owner, body_before, names_in
from .spans import Span
from .unnamed import place_unnamed
from .whose_kin import asked_whose, find_whose

_LABEL = re.compile(r"^\s*([\u4e00-\u9fff]{2,4})\s?:")  # a paragraph opening with a name and a colon (folded)


@dataclass(frozen=True)
class Reader:
    """What the people paths (and around.py) read through the composer: the corpus, its settings and its cached
    views of a sentence (tags and typed spans; the text around it), and how it declines."""

    corpus: Corpus
    config: ComposerConfig
    tagged: Callable[[Sentence], tuple[list[tuple[str, str]], list[Span]]]
    tags: Callable[[Sentence], list[tuple[str, str]]]  # (the tags only: no typed spans scanned)
    pos: Callable[[str], list[tuple[str, str]]]  # the tags of any text
    surroundings: Callable[[Sentence], Surroundings]
    decline: Callable[..., Answer]
    # the sentences whose index tokens hold any of some words, in corpus order; None when the retriever cannot tell
    holding: Callable[[Iterable[str]], list[Sentence] | None] = lambda words: None

    def covering(self, ranked: list[Ranked]) -> list[Ranked]:
        """The best sentences (config.sentences) that hold enough of the question (config.min_coverage): where a
        path that reads on from a retrieved sentence into its article may start."""
        return [r for r in ranked[: self.config.sentences] if r.coverage >= self.config.min_coverage]


def people_answer(reader: Reader, question: str, info: QuestionInfo, ranked: list[Ranked]) -> Answer | None:
    """The answer to a question about a post, a person, a relative, an owner or a speaker; None if the question
    is none of these or no title chain tells it."""
    whose = asked_whose(info.text) if info.qtype == "who" else ("", "")
    if whose[0]:
        told = _whose(reader, question, info, ranked, *whose)
        if told is not None:
            return told
    post = asked_post(info)
    relation = ("", "") if post else asked_relation(info)
    person = "" if post or relation[0] else asked_person(info)
    if post or person:
        told = _people(reader, question, info, ranked, post, person)
        if told is not None:
            return told
    if relation[0]:
        kin = _relative(reader, question, info, ranked, *relation)
        if kin is not None:
            return kin
    owner = ("", "") if post or relation[0] or person else asked_owner(info)
    if owner[0]:
        told = _owner(reader, question, info, ranked, *owner)
        if told is not None:
            return told
    role_owner = ("", "") if post or relation[0] or person or owner[0] else asked_role_owner(info.text)
    if role_owner[0]:  # "刘利杰是哪所学校的老师" (role_owner.py)
        told = _role_owner(reader, question, info, ranked, *role_owner)
        if told is not None:
            return told
    if info.qtype == "who" and info.wh_word == "谁" and not post:
        return _speaker(reader, question, info, ranked)
    return None


def told_answer(reader: Reader, question: str, info: QuestionInfo, ranked: list[Ranked], s: Sentence,
                span: tuple[int, int], rule: str, confidence: float, lead: tuple[Hit, ...]) -> Answer:
    """The answer a people path found: `span` of sentence `s`; the evidence leads with `lead` (the sentence
    that tells it, and the retrieved one it was found from), then the other retrieved sentences."""
    shown = lead[-1].sentence.id
    evidence = lead + tuple(r.hit for r in ranked if r.hit.sentence.id != shown)
    return Answer(question=question, text=s.text[span[0]:span[1]], declined=False, qtype=info.qtype,
                  confidence=round(confidence, 4), rule=rule, sentence=s, span=span,
                  article=reader.corpus.article(s.article_id), evidence=evidence)

def _relative(reader: Reader, question: str, info: QuestionInfo, ranked: list[Ranked], x: str, kin: str
              ) -> Answer | None:
    """"X的母亲叫什么名字 / X的夫人是谁": the name printed after the relation word whose owner is X
    (people.find_relative), in the best sentences, then in the rest of the articles that name X (the wife
    of "大使欧阳玉靖" is "大使夫人宋晓梅" among the guests further down)."""
    rows = [r for r in ranked[: reader.config.sentences] if r.coverage >= reader.config.min_coverage]
    named = [r.hit.sentence.article_id for r in ranked[: reader.config.sentences] if x[-2:] in r.hit.sentence.folded]
    more = [Hit(s, 0.0) for a in dict.fromkeys(named) for s in reader.corpus.sentences_of(a) if kin in s.folded]
    for hit in [*(r.hit for r in rows), *more]:
        s = hit.sentence
        if kin not in s.folded or s.kind == "credit":
            continue
        pos, spans = reader.tagged(s)
        found = find_relative(x, kin, titled(s, spans, pos), reader.surroundings(s).article)
        if found is None:
            continue
        start, end = found.name
        cover = next((r.coverage for r in ranked if r.hit.sentence.id == s.id), 0.0)
        return told_answer(reader, question, info, ranked, s, (start, end), "people:relative", 0.5 + 0.5 * cover,
                           (hit,))
    return None


def _whose(reader: Reader, question: str, info: QuestionInfo, ranked: list[Ranked], x: str, kin: str
           ) -> Answer | None:
    """"X是谁的女儿": the one whose relation X is, printed in the articles of the best sentences that name X
    (whose_kin.py), read in each article's order."""
    named = [r.hit.sentence.article_id for r in ranked[: reader.config.sentences] if x in r.hit.sentence.folded]
    for aid in dict.fromkeys(named):
        sentences = reader.corpus.sentences_of(aid)
        found = find_whose(x, kin, sentences, sentences[0].folded if sentences else "")
        if found is None:
            continue
        s, span = found
        cover = next((r.coverage for r in ranked if r.hit.sentence.id == s.id), 0.0)
        return told_answer(reader, question, info, ranked, s, span, "people:whose", 0.5 + 0.5 * cover,
                           (Hit(s, 0.0),))
    return None


def _owner(reader: Reader, question: str, info: QuestionInfo, ranked: list[Ranked], x: str, post: str) -> Answer | None:
    """"X是哪家媒体的社长": the organisation X's title names (people.find_owner), in the best sentences that
    name X."""
    for r in ranked[: reader.config.sentences]:
        s = r.hit.sentence
        if x not in s.folded or s.kind == "credit":
            continue
        pos, spans = reader.tagged(s)
        found = find_owner(x, post, titled(s, spans, pos, x))
        if found is None:
            continue
        return told_answer(reader, question, info, ranked, s, found, "people:owner", 0.5 + 0.5 * r.coverage, (r.hit,))
    return None

def _role_owner(reader: Reader, question: str, info: QuestionInfo, ranked: list[Ranked], x: str, kind: str
                ) -> Answer | None:
    """"X是哪所学校的老师": the body of the kind asked printed right before X in the best sentences naming him
    (role_owner.py)."""
    for r in ranked[: reader.config.sentences]:
        s = r.hit.sentence
        if s.kind == "credit":
            continue
        for name in names_in(x):
            found = body_before(s.folded, name, kind) if name in s.folded else None
            if found is not None:
                return told_answer(reader, question, info, ranked, s, found, "people:owner",
                                   0.5 + 0.5 * r.coverage, (r.hit,))
    return None


def _speaker(reader: Reader, question: str, info: QuestionInfo, ranked: list[Ranked]) -> Answer | None:
    """"谁认为…": the best sentence names no one, and its paragraph opens with a name and a colon
    ("李洪嵩:6月16日A6版…。银行所说的…仅仅是一家之言"): a reader's letter or a speaker's turn, whose words the
    whole paragraph is."""
    r = next((r for r in ranked[: reader.config.sentences] if r.coverage >= reader.config.min_coverage), None)
    if r is None or r.hit.sentence.kind != "body":
        return None
    s = r.hit.sentence
    if any(sp.type == "person" for sp in reader.tagged(s)[1]):
        return None
    first = next((x for x in reader.corpus.sentences_of(s.article_id) if x.paragraph == s.paragraph), None)
    m = _LABEL.match(first.folded) if first is not None and first.id != s.id else None
    if first is None or m is None or not any(sp.type == "person" and (sp.start, sp.end) == m.span(1)
                                             for sp in reader.tagged(first)[1]):
        return None
    return told_answer(reader, question, info, ranked, first, m.span(1), "people:speaker", 0.5 * r.coverage,
                      (Hit(first, 0.0), r.hit))

def _antecedent(reader: Reader, question: str, info: QuestionInfo, ranked: list[Ranked], post: str) -> Answer | None:
    """"作为<post>,这是他…": the post's holder is the person named last before, in the sentences of the
    three paragraphs up to it ("郎建民踩着…积雪" two paragraphs above)."""
    for r in reader.covering(ranked):
        s = r.hit.sentence
        if s.kind == "credit" or post_of_pronoun(s, post) is None:
            continue
        before = [x for x in reader.corpus.sentences_of(s.article_id)
                  if (x.paragraph, x.start) < (s.paragraph, s.start) and s.paragraph - x.paragraph <= 3
                  and x.kind not in ("byline", "credit")]
        for x in reversed(before):
            people = [sp for sp in reader.tagged(x)[1] if sp.type == "person"]
            if people:
                sp = people[-1]
                return told_answer(reader, question, info, ranked, x, (sp.start, sp.end), "people:antecedent",
                                  0.5 * r.coverage, (Hit(x, 0.0), r.hit))
    return None


def _people(reader: Reader, question: str, info: QuestionInfo, ranked: list[Ranked], post: str, person: str
            ) -> Answer | None:
    """"<post>是谁" / "X担任什么职务" from the title chains of the best sentences (people.py); None when
    no chain speaks to it (the question is then answered as any other)."""
    near = free = False
    deed, _ = deed_of(post) if post else ("", post)
    clause, bare = clause_of(post, reader.pos) if post else ("", post)
    # "出席…开幕式的副市长" (event_pinned.py): an occasion attended, not any deed — a deed is told in other words
    # ("提出两岸一家人" ↔ "提两岸一家人") and the deed rules below read it; the occasion is told when it or the
    # whole deed holding it is ("来徐州考察" ↔ "率领…代表团…来我市考察" in 徐州's paper)
    occasion = occasion_asked(info.text) if post else ""
    person, where = person_at(person)  # "刘士杰在中国建设报社担任什么职务": 刘士杰, his posts there
    rows = ranked[: reader.config.sentences]
    if post:  # an article on another city's bodies ("新乡市长" ↔ 哈尔滨's) tells nothing of the asked one's: its
        # sentences take no place among those read, so the asked city's own, ranked below them, are reached
        rows = _first_kept(ranked, lambda r: not _elsewhere(reader, info, post, r.hit.sentence),
                           reader.config.sentences)
    if person:  # a sentence naming the person asked is read wherever it ranks (a name in a byline line has few
        # other words to rank by: "讲述:黄雷(…副大队长)")
        rows = rows + [r for r in ranked[reader.config.sentences:] if person in r.hit.sentence.folded]
        # and the article of a row naming him, where he is asked with a place or not: "陈金德担任什么职务" retrieves
        # the headline naming him bare, the 200-character lead printing his post ranking under other stories'
        rows = rows + _naming_in_article(reader, rows, person)
    if post:
        rows = rows + _bare_post_rows(reader, rows, post)
        # "新任副县长": the sentences telling a new holder first (new_holder.py)
        rows = new_holder_first(post, rows, lambda r: reader.surroundings(r.hit.sentence).near)
        # no time asked: the latest page's holder of the rows holding the question as fully (latest_holder.py)
        rows = latest_first(info, post, rows, lambda r: reader.corpus.article(r.hit.sentence.article_id).date)
    # the place's own paper printing the post bare, read last (place_post_rows.py)
    extra = place_post_rows(reader.corpus, reader.surroundings, {r.hit.sentence.id for r in rows}, post,
                            reader.holding) if post else iter(())
    for r in chain(rows, extra):
        s = r.hit.sentence
        covered = r.coverage >= reader.config.min_coverage if post else person in s.folded
        if post and not covered and printed_bare(post, s.folded, reader.surroundings(s).article):
            covered = True  # "臺長戎屏國表示…" under the sentence naming 神農廣播電臺
        held = post
        article = reader.surroundings(s).article if occasion else ""
        if occasion and all(occasion_untold(x, s.folded, article) for x in (occasion, deed) if x):
            continue  # "出席X的市长": a report never telling X is of another occasion's (event_pinned.py)
        if deed and not tells_deed(deed, s.folded) and tells_deed(deed, s.folded + " " + reader.surroundings(s).near):
            # the event the holder took part in is told just before the sentence listing the posts: the post alone
            covered, held = True, deed_of(post)[1]
        if clause and held == post and (r.coverage >= _TOLD_AROUND or (not tells_deed(clause, s.folded) and tells_deed(
                clause, s.folded + " " + reader.surroundings(s).article))):
            # the sentence holds nearly all the question's words, the clause before 的 told around the row of posts
            # or after the name ("国发会主委陈美伶转述,…习近平…与宋楚瑜握手寒暄"): the post after the 的 alone is
            # sought, and its clause is not read as its owner. So too when the article tells the clause the sentence
            # only ends ("在…常委会第十九次会议上作说明的…常务副秘书长": the meeting named in the lead, "作了说明" here)
            held = bare
        if s.kind == "credit" or not covered or (info.years and not _in_year(info.years, s.folded,
                                                                              reader.surroundings(s).near,
                                                                              reader.surroundings(s).year)):
            continue  # "2011年的美国总统" is not told by a sentence of another year
        if other_ordinal_in(info, s.folded, reader.surroundings(s).near):
            continue  # nor "第26个记者节" by a sentence of the 第22个
        pos, spans = reader.tagged(s)
        people = titled(s, spans, pos, person)
        if post:
            around = reader.surroundings(s)
            article = around.article
            if body_missing(info.text, around.with_sentence(s.folded)):
                continue  # "瑞典华人工商联合总会会长" in a report listing other associations' 会长 (body_unprinted.py)
            holder, seen = find_holder(held, people, article)
            if holder is None and not seen:
                holder = holder_by_verb(held, s, people)  # "陳漢川擔任總團長": the post after the name and its verb
            if holder is None and not seen:
                holder = called_holder(held, s.folded, people)  # "他叫X,…驻村第一书记。" (called_holder.py)
            if holder is None and deed and held == post and tells_deed(deed, s.folded):
                # the sentence tells the deed after the holder's name ("老村长徐正元进行老眷村照片回顾分享"): the
                # post alone, its chain read from the name back ("当日活动除安排老村长" holds 老村长)
                holder, seen = find_holder(deed_of(post)[1], people, article)
            # a near post in an article that does not name the asked post's organisation ("协会主席" of a
            # Vietnamese paper for 印尼工商会馆总主席) is another organisation's: no near miss of the asked one
            near = near or (seen and not owner_unnamed(held, article))
            free = free or (named_freely(held, s, people) and not owner_absent(held, article)
                            and not country_post_unprinted(held, article))
            holder = _qualified_holder(held, people, holder, article)
            if holder is not None and owned_by_other(held, holder, pos):
                # "法军的总参谋长" ↔ "普军…,毛奇为总参谋长": another owner's holder, a near miss (other_owner.py)
                holder, near = None, True
            if holder is not None and acting_title(info, s.folded[max(0, holder.name[0] - 30):holder.name[0]]):
                # "接替曾國衞的…新任局長" ↔ "署理政制及內地事務局局長胡健民": acting, a near miss (acting_for_new.py)
                holder, near = None, True
            after = holder_after_copula(held, s.folded, article) if holder is None and not seen else None
            if after is not None:  # "现任校长为C.L. Max Nikias": a name the tagger does not know, after the post
                return told_answer(reader, question, info, ranked, s, after, "people:post", 0.5 + 0.5 * r.coverage,
                                   (r.hit,))
            if holder is None or s.folded[holder.name[0]:holder.name[1]] in info.text:
                continue  # "和毛平一起参加审议的区委副书记是谁": the person the question names is not the one asked
            start, end = holder.name
            rule = "people:post"
        else:
            found = find_person(person, people)
            # no title before the name: a post the sentence says the person took ("…,成为…所长")
            span = found.chain if found is not None else post_taken(person, s, people)
            if where and (found is None or (where not in s.folded[found.chain[0]:found.chain[1]]
                                            and not subject_owns(where, s.folded, found.chain)
                                            and not article_place_owns(where, s.folded[found.chain[0]:found.chain[1]],
                                                                       reader.surroundings(s).article))):
                span = None  # the posts asked are those the title names the place with, not any he holds
            if span is None:
                continue
            start, end = span
            # "除了固原市委书记还担任什么职务": the posts but the one set aside, which the chain prints first or last
            lo, hi = posts_but(s.folded[start:end], info)
            start, end = start + lo, start + hi
            rule = "people:posts"
        return told_answer(reader, question, info, ranked, s, (start, end), rule, 0.5 + 0.5 * r.coverage, (r.hit,))
    if post and not near:
        told = _antecedent(reader, question, info, ranked, post) or _owner_by_anaphor(reader, question, info, ranked,
                                                                                       post)
        if told is not None:
            return told
    if near:
        # a near miss (副书记 for 书记) must not name the wrong person
        answer = reader.decline(question, info, tuple(r.hit for r in ranked), "decline:post", ranked)
        note = f"资料中没有提到{post}是谁（只有相近的职务）。"
        return replace(answer, message=note + answer.message[len(DECLINE):])
    if post and not free:
        # the post is named only before other people ("新华通讯社社长田聪明" for 明报的社长), or not at all:
        # whoever else the text names is not its holder
        answer = reader.decline(question, info, tuple(r.hit for r in ranked), "decline:post", ranked)
        return replace(answer, message=f"资料中没有提到{post}是谁。" + answer.message[len(DECLINE):])
    return None


_TOLD_AROUND = 0.8  # share of the question's words the sentence holds: the clause asked is told there, in any order


def _naming_in_article(reader: Reader, rows: list[Ranked], person: str) -> list[Ranked]:
    """The other sentences naming the person asked in the articles of the best rows and of the rows that name him:
    "孟庆斌在日照担任什么职务" retrieves the headline that names him bare ("…齐家滨张民忠孟庆斌参加") and the lead that
    names 日照 over the sentence printing his posts, which holds none of the question's other words (日照, 担任, 职务)
    and is not retrieved."""
    seen = {r.hit.sentence.id for r in rows}
    extra: list[Ranked] = []
    articles: set[str] = set()
    for i, r in enumerate(rows):
        if r.hit.sentence.article_id in articles or (i >= reader.config.sentences
                                                      and person not in r.hit.sentence.folded):
            continue
        articles.add(r.hit.sentence.article_id)
        for s in reader.corpus.sentences_of(r.hit.sentence.article_id):
            if s.id not in seen and person in s.folded:
                seen.add(s.id)
                extra.append(Ranked(Hit(s, 0.0), r.score, r.coverage))
    return extra


def _first_kept(ranked: Iterable[Ranked], keep: Callable[[Ranked], bool], n: int) -> list[Ranked]:
    """The first n rows `keep` keeps, read down the ranking only as far as that: each check builds the
    sentence's surroundings (the rows below them were all checked before, ~40 a question)."""
    return list(islice(filter(keep, ranked), n))


def _elsewhere(reader: Reader, info: QuestionInfo, post: str, s: Sentence) -> bool:
    """The sentence's article never prints the place the question names (unnamed.py) or whose body the post is."""
    around = reader.surroundings(s)
    return place_unnamed(info, around) or (bool(around.article) and body_place_unnamed(post, around.article))


def _in_year(years: Sequence[str], f: str, near: str, dated: str = "") -> bool:
    """The sentence tells of a year asked: it prints it, or it prints no year and the headline or the text just
    before it does ("水利部召开2018年水文工作会议" over "水利部副部长叶建春出席会议并讲话"), or the report is dated
    that year (`dated`, the article's printed year): a report of 2023-03-27 on "年會" speaks of 2023's."""
    printed = arabic_years(f)
    if any(y in printed for y in years):
        return True
    return _A_YEAR.search(printed) is None and any(y in arabic_years(near) or y == dated for y in years)


_A_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")


def _qualified_holder(held: str, people: Sequence[Titled], holder: Titled | None, article: str) -> Titled | None:
    """The holder found, or when his post is another organisation's ("省广播电视局党组书记、局长彭鸿嘉" for
    天水市文旅局局长), the next one the sentence names after him that holds the asked post and is not ("…,市文旅局
    局长李玉进"): a row of officials names several bodies' heads one after the other."""
    while holder is not None and (unqualified(held, holder, article) or bracketed_owner(held, holder)):
        rest = list(people)
        holder, _ = find_holder(held, rest[rest.index(holder) + 1:], article)
    return holder


def _bare_post_rows(reader: Reader, rows: list[Ranked], post: str) -> list[Ranked]:
    """The sentences of the best article that print the asked post bare ("臺長戎屏國表示…" in the report on
    神農廣播電臺): too few of the question's words for them to rank, they still name the post's holder."""
    covering = [r for r in rows if r.coverage >= reader.config.min_coverage]
    if not covering:
        return []
    # the best article that names the post's organisation or place ("吴忠"), not one of another city's
    best = next((r for r in covering if names_owner(post, reader.surroundings(r.hit.sentence).article)), covering[0])
    s = best.hit.sentence
    article, seen = reader.surroundings(s).article, {r.hit.sentence.id for r in rows}
    return [Ranked(Hit(x, 0.0), 0.0, best.coverage) for x in reader.corpus.sentences_of(s.article_id)
            if x.id not in seen and x.kind == "body" and printed_bare(post, x.folded, article)]


def _owner_by_anaphor(reader: Reader, question: str, info: QuestionInfo, ranked: list[Ranked], post: str
                      ) -> Answer | None:
    """"沙巴进步党主席是谁" ↔ "(本报讯)沙巴进步党…。该党主席拿督杨德利昨日披露…": the post printed with an anaphor
    of its owner (该党) in one of the two sentences after a retrieved sentence that names the owner, which itself
    holds too little of the question to be retrieved."""
    owner = post_ending(post)
    owner = post[: len(post) - len(owner)] if owner else ""
    if len(owner) < 2:
        return None
    for r in reader.covering(ranked):
        s = r.hit.sentence
        if owner not in s.folded:
            continue
        after = [x for x in reader.corpus.sentences_of(s.article_id)
                 if (x.paragraph, x.start) > (s.paragraph, s.start) and x.kind == "body"][:2]
        for x in after:
            if "该" not in x.folded:
                continue
            pos, spans = reader.tagged(x)
            holder, _ = find_holder(post, titled(x, spans, pos), reader.surroundings(x).article)
            if holder is not None and any(p.startswith("该") for p in holder.posts):
                return told_answer(reader, question, info, ranked, x, holder.name, "people:anaphor",
                                   0.5 * r.coverage, (Hit(x, 0.0), r.hit))
    return None
