"""Answers from article metadata: "这篇报道是谁写的 / X的作者是谁 / 这张照片是谁拍的".

The article is the one the question's words retrieve (its headline, body or caption), never the best-scoring
byline line anywhere in the corpus: a byline line is all names and role words, so it matches every byline
question equally. When that article has no byline (or no photo credit), the answer is a decline that says so.
A question with no topic of its own ("这篇报道是谁写的") is about the page's lead story.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from ..dates import source_in_name
from ..lexicon import (
    BYLINE_QUESTION_WORDS,
    FUNCTION_CHARS,
    GIVEN_QUESTION,
    PAPER_CODES,
    PICTURE_GIVER,
    PUNCT,
    STAFF_ROLES,
)
from ..normalize import fold
from ..types import Answer, Article, Candidate, Corpus, Hit, Sentence
from .question import QuestionInfo
from .titled_writer import titled_writer

_LATIN = re.compile(r"[0-9a-z]+")
# The role a writer question names ("是哪位见习记者写的", "哪位融媒体记者"): its names answer, and it is no topic word.
_ASKED_ROLE = re.compile(r"(?:哪位|哪些|哪几位|哪[两二三四五六七八九十]{1,2}位)"
                         r"([\u4e00-\u9fff]{1,4}?(?<![报社台网])记者)")


def topic_of(info: QuestionInfo) -> str:
    """The question's own words once the byline vocabulary is taken out ("千亩水杉的照片是谁拍的" → 千亩水杉);
    a space stands where a word was taken out ("港式记者阵那篇特写" → "港式 阵")."""
    topic = _ASKED_ROLE.sub(" ", info.text)
    for word in sorted(BYLINE_QUESTION_WORDS, key=len, reverse=True):
        topic = topic.replace(word, " ")
    kept = "".join(" " if c in PUNCT or c in FUNCTION_CHARS or c.isspace() else c for c in topic)
    return " ".join(kept.split())


def byline_answer(question: str, info: QuestionInfo, corpus: Corpus, ranked: Sequence[tuple[Hit, float]],
                  unknown: Callable[[str], Sequence[str]] | None = None,
                  places: Callable[[str], Sequence[str]] | None = None) -> Answer | None:
    """The byline (or photo credit) names of the article the question is about; None when no article is (the
    composer then declines or answers from the text). `ranked` is (hit, coverage) in rerank order; `unknown`
    gives the topic's words jieba's dictionary does not know (names: "符芝瑛"), which speaks_of weighs; `places` the
    topic's place names, which the article must print ("贵港记者节座谈会" is not another county's 记者节座谈会)."""
    want = "credit" if info.byline == "photographer" else "byline"
    topic = topic_of(info)
    words = [w for w in unknown(topic) if len(w) >= 2] if unknown is not None and topic else []
    article: Article | None = None
    caption: Sentence | None = None  # the retrieved sentence that is about the topic
    paper = _PAPER.match(topic)
    in_paper = [x for x in ranked if paper and fold(corpus.article(x[0].sentence.article_id).source) == paper.group()]
    if paper and in_paper:  # "東亞日報報道…的記者": the paper named prints a story retrieved; its stories come first
        ranked = in_paper + [x for x in ranked if x not in in_paper]
    if paper and _printed_here(paper.group(), corpus) and not _found(topic, words, corpus, ranked) \
            and _found(topic[paper.end():], words, corpus, ranked):
        topic = topic[paper.end():].strip()  # "新华日报“产业强音”那篇报道": where it is printed is no topic
    named = [w for w in places(topic) if len(w) >= 2] if places is not None and topic else []
    titled = _titles(question)
    if topic:
        for hit, _ in ranked:
            s = hit.sentence
            if named and not _prints_places(corpus, s.article_id, named):
                continue
            if titled and not _prints_titles(corpus, s.article_id, titled):
                continue  # "介紹《報導者》的這篇報導": a story that never prints 《報導者》 is not about it
            headline = fold(corpus.article(s.article_id).headline)
            if s.kind in ("byline", "credit"):
                # a byline line names no topic: its article counts only when its headline holds the topic; an
                # article printed with no headline (a first-person account under "讲述:X 整理:Y") by its text
                told = headline or " ".join(x.folded for x in corpus.sentences_of(s.article_id))
                if speaks_of(topic, told, words):
                    article = corpus.article(s.article_id)
                    break
                continue
            # the outlet that printed it names its place too: "高邮市建行新增贷款" is told by 今日高邮's "市建行今年
            # 新增贷款" (compose._surroundings reads the outlet so)
            if speaks_of(topic, s.folded + headline + " " + fold(corpus.article(s.article_id).source), words):
                article = corpus.article(s.article_id)
                caption = s
                break
        if article is None:
            return None
    else:  # "这篇报道": no topic, so the page's lead story with a byline
        article = next((a for a in corpus.articles if (a.credit if want == "credit" else a.byline).names),
                       corpus.articles[0] if corpus.articles else None)
        if article is None:
            return None
    asked = _OUTLET_REPORTER.search(fold(question))
    if asked and article.source and fold(article.source) not in asked.group(1) \
            and asked.group(1) not in fold(article.source):
        # "眉山广播电视台的哪位记者谈了…" of 德阳日报's story: another outlet's reporter, one the text names ("眉山广播
        # 电视台记者张婷如是表示"), not the story's writer
        return None
    evidence = tuple(h for h, _ in ranked)
    if caption is not None and _unsigned(corpus):
        # a corpus with no bylines at all (reading-comprehension text): "《X》的作者是谁" is told by the text that
        # quotes the title ("自孔恩著作《X》…"), not declined as another work's quotation
        return None
    listed = _listed_writer(question, info, article, caption, evidence) if caption is not None else None
    if listed is not None:
        return listed
    other = _other_work(question, article, caption)
    if other:
        # "《高温下作业的西煤机人》是哪位记者写的" retrieves a letter that quotes that story by its title: the
        # letter's byline is not the story's, and the papers do not say who wrote the story.
        return Answer(question=question, text="", declined=True, qtype=info.qtype, confidence=0.0,
                      rule="decline:other-work", article=article, evidence=evidence,
                      message=f"资料中没有找到《{other}》的作者：《{article.headline}》只提到它。")
    names = _names(article, want, info.text)
    sentences = corpus.sentences_of(article.id)
    own = _own_credit(caption, sentences) if want == "credit" and caption is not None else None
    if want == "credit" and not names and GIVEN_QUESTION.search(info.text):
        given = _giver(([own] if own is not None else []) + list(sentences))
        if given is not None:
            s, start, end = given
            hit = next((h for h, _ in ranked if h.sentence.id == s.id), Hit(s, 0.0))
            return Answer(question=question, text=s.text[start:end], declined=False, qtype=info.qtype,
                          confidence=0.9, rule="byline:giver", sentence=s, span=(start, end), article=article,
                          evidence=(hit,) + tuple(h for h in evidence if h.sentence.id != s.id))
    if own is not None:
        # a page of captioned photos: each caption's own credit line names its photographer
        names = tuple(n for n in names if n in own.text) or names
        sentences = [own]
    # the byline or credit line first; else where the names are printed (a dateline's "（记者 X）" in the body)
    lines = [s for s in sentences if s.kind in (want, "byline")] + [s for s in sentences if s.kind not in
                                                                    ("byline", "credit")]
    if want == "byline" and not _found_in(lines, names):
        # "鐘 瑜 李林烜 文/圖": a credit that says who wrote the text as well as who took the photo is the byline
        lines += [s for s in sentences if s.kind == "credit" and _WROTE_TOO.search(s.folded)]
    found = [(s, sorted(p for p in (_printed(s.text, n) for n in names) if p is not None)) for s in lines
             if not (s.kind == "byline" and want == "credit" and not article.credit.names)]
    found = [x for x in found if x[1]]
    if want == "byline":
        # the line printing the most of the writers: a byline printed twice ("記者:DMC" in the listing, "記者:
        # 劉可妍、李澤彤" run into the lead) is answered from the fuller one (photo credits are each a photo's)
        found.sort(key=lambda x: -len(x[1]))
    for s, positions in found[:1]:
        start = positions[0][0]
        end = max(p + len(n) for p, n in positions)
        hit = next((h for h, _ in ranked if h.sentence.id == s.id), Hit(s, 0.0))
        alternatives = tuple(Candidate(text=s.text[p:p + len(n)], sentence=s, start=p, end=p + len(n),
                                       type="person", score=0.0, rule="byline")
                             for p, n in positions if len(positions) > 1)
        return Answer(question=question, text=s.text[start:end], declined=False, qtype=info.qtype,
                      confidence=0.9 if topic else 0.6, rule=f"byline:{want}", sentence=s, span=(start, end),
                      article=article, alternatives=alternatives,
                      evidence=(hit,) + tuple(h for h in evidence if h.sentence.id != s.id))
    if _unsigned(corpus):
        return None  # a corpus with no bylines at all (reading-comprehension text): the text may say who wrote it
    if want == "byline" and caption is not None and _REPORTER_IN_TEXT.search(caption.folded):
        return None  # an unsigned page whose text names its reporter ("美国之音记者黄耀毅…采访了"): the text tells
    what = "摄影者" if want == "credit" else "作者署名"
    return Answer(question=question, text="", declined=True, qtype=info.qtype, confidence=0.0,
                  rule=f"decline:no-{want}", article=article, evidence=evidence,
                  message=f"《{article.headline}》没有{what}。" if article.headline else f"这篇报道没有{what}。")


# "报导:冯芷芸 摄影:…" (珍珠快讯's credit line after a rule at the report's end): the writer's label before the
# photographer's, the same line
_WROTE_TOO = re.compile(r"文/[图摄]|图/文|文图\s*$|^(?:报导|报道|撰文|文字|文)\s*:")


def _found_in(lines: list[Sentence], names: tuple[str, ...]) -> bool:
    """Whether any of the lines prints any of the names."""
    return any(_printed(s.text, n) is not None for s in lines for n in names)


_REPORTER_IN_TEXT = re.compile(r"记者\s?[\u4e00-\u9fff]{2,3}(?=[@(（\s，,]|[采写报拍访说表指])")


def _listed_writer(question: str, info: QuestionInfo, article: Article, caption: Sentence,
                   evidence: tuple[Hit, ...]) -> Answer | None:
    """"《以书为伴》的作者是谁" of a list of works printing "《以书为伴》刘文权(重庆)": the name glued after the
    title (titled_writer.py), whatever the list's own article's byline; None when the sentence prints none."""
    m = _TITLE.search(question)
    if m is None or not m.group().startswith("《") or info.byline == "photographer":
        return None
    span = titled_writer(m.group(1), caption.folded)
    if span is None:
        return None
    hit = next((h for h in evidence if h.sentence.id == caption.id), Hit(caption, 0.0))
    return Answer(question=question, text=caption.text[span[0]:span[1]], declined=False, qtype=info.qtype,
                  confidence=0.9, rule="byline:listed", sentence=caption, span=span,
                  article=article, evidence=(hit,) + tuple(h for h in evidence if h.sentence.id != caption.id))


def _unsigned(corpus: Corpus) -> bool:
    """No article of the corpus has a byline or a photo credit."""
    return not any(a.byline.names or a.credit.names for a in corpus.articles)


_TITLE = re.compile(r"[《“「『]([^》”」』]{2,30})[》”」』]")
# A story named by its title without title marks, before 一文 ("…的为敦煌点赞为文博助力一文的编辑"): spoken of too.
_UNMARKED_TITLE = re.compile(r"([\u4e00-\u9fff]{4,30})一文")
# an outlet named before the reporter asked ("眉山广播电视台的哪位记者", "新华社哪位记者")
_OUTLET_REPORTER = re.compile(r"([\u4e00-\u9fff]{2,8}?(?:广播电视台|电视台|电台|日报|晚报|时报|报社|新闻网|通讯社|"
                              r"新华社))的?(?:哪位|哪个|哪名|哪一位)[\u4e00-\u9fff]{0,4}?记者")
_PAPER = re.compile(r"^[\u4e00-\u9fff]{2,6}?(?:日报|晚报|时报|商报|早报|报)(?=\s|[\u4e00-\u9fff“「《])")
# The outlets the pages are named by (lexicon.PAPER_CODES), folded, the longest first: "枫华之声", "新城廣播".
_OUTLETS = sorted({fold(n) for n in PAPER_CODES.values() if len(n) >= 3}, key=len, reverse=True)


def _printed_here(paper: str, corpus: Corpus) -> bool:
    """May the paper's stories be in the corpus? Not when it is a known outlet none of whose pages is loaded: its
    name then stays in the topic ("中国建设报社理事会工作会议" is not another paper's 理事会 meeting)."""
    return paper not in _OUTLETS or any(paper in (fold(a.source), fold(source_in_name(a.file)))
                                        for a in corpus.articles)


def _found(topic: str, words: Sequence[str], corpus: Corpus, ranked: Sequence[tuple[Hit, float]]) -> bool:
    """Does any retrieved sentence (with its article's headline) speak of the topic?"""
    return bool(topic.strip()) and any(
        speaks_of(topic, h.sentence.folded + fold(corpus.article(h.sentence.article_id).headline), words)
        for h, _ in ranked if h.sentence.kind not in ("byline", "credit"))


# the kind of event a quoted name is followed by: "“X”主题采访活动", "“X”公益活动", "“X”大赛"
_EVENT_KIND = re.compile(r"(?:主题|大型)?(?:采访|宣传|志愿服务|志愿|公益|文化|体育)?"
                         r"(?:活动|大赛|比赛|论坛|仪式|晚会|行动)")


def _other_work(question: str, article: Article, caption: Sentence | None) -> str:
    """The title the question names ("《X》是谁写的") when the retrieved article is not that work but quotes it
    by its title in its text ("一篇名为“X”的报道"); "" otherwise."""
    m = _TITLE.search(question)
    if m is None or caption is None:
        return ""
    if _EVENT_KIND.match(question, m.end()):
        # "“黄河时代滨州答卷”主题采访活动": quotes round an event's name, its kind after them, no work's title
        return ""
    title = fold(m.group(1))
    paper = _PAPER.match(title + " ")
    if paper and paper.end() == len(title):
        return ""  # "《马祖日报》那篇报道": a paper's name in title marks is what the story is about, not a work
    if speaks_of(title, fold(article.headline + " " + article.subheadline)):
        return ""
    quoted = {fold(q) for q in _TITLE.findall(caption.text)}
    return m.group(1) if title in quoted else ""


def _giver(sentences: Sequence[Sentence]) -> tuple[Sentence, int, int] | None:
    """Who gave the article's picture, from a credit line that names no photographer ("(圖/花蓮縣消防局提供)",
    "图/珲春东北虎国家级自然保护区"): (sentence, start, end) of the giver, None when no such line is printed."""
    for s in sentences:
        m = PICTURE_GIVER.match(s.folded) or _OUTLET_PICTURE.match(s.folded)
        if m and not _PICTURE_KIND.fullmatch(m.group(1)):
            return s, m.start(1), m.end(1)
    for s in sentences:  # a credit run into the text, no line of its own: "…许可证。 照片由马尼拉公报X提供 据…"
        m = _GIVEN_IN_TEXT.search(s.folded)
        if m and not _PICTURE_KIND.search(m.group(1)):
            return s, m.start(1), m.end(1)
    return None


# A bracket on a line of its own crediting the picture to whoever gave it: "(CTV圖片)", "(泰国头条新闻社图)",
# "(圖片:多倫多警隊)" (folded); "(资料图片)", "(示意图)" say what kind of picture it is, not who gave it.
_OUTLET_PICTURE = re.compile(r"^\s*\(\s*(?=[^()]*(?:图片|图|照片|提供)\s*\)|图片\s*[:/])(?:图片\s*[:/]\s*)?"
                             r"([^\s()/,、。:]{2,30}?)\s*(?:供图|图片|照片|图|提供)?\s*\)\s*(?:[a-z]?\d{1,3})?\s*$")
# "照片由X提供", "图片由X提供", "本版图片均由X提供": the picture's giver told in a sentence of the text
_GIVEN_IN_TEXT = re.compile(r"(?:照片|图片|图)均?由([^,，。;；:：!！?？“”\"、]{2,30}?)(?:免费)?提供")
_PICTURE_KIND = re.compile(r"资料|示意|网络|档案|摄影|图片|照片")


def _own_credit(caption: Sentence, sentences: Sequence[Sentence]) -> Sentence | None:
    """The credit line printed right after a caption (in its paragraph, or the next paragraph), else None."""
    after = [s for s in sentences if (s.paragraph, s.start) > (caption.paragraph, caption.start)]
    for s in after:
        if s.kind == "credit":
            return s
        if s.paragraph != caption.paragraph:
            return None
    return None


def role_answer(question: str, info: QuestionInfo, corpus: Corpus, ranked: Sequence[tuple[Hit, float]]
                ) -> Answer | None:
    """"X那篇报道的实习生/编辑/策划是谁": the names the retrieved article's staff or byline line gives that
    role. The article is the first retrieved one about the question's topic that names the role at all; None
    when there is none (the composer then answers from the text)."""
    topic = topic_of(info)
    for word in STAFF_ROLES:
        topic = topic.replace(word, "")
    # a story named by its title ("《总有一种力量让我们前行》的编辑") must be spoken of, not share one word (力量)
    titled = _TITLE.search(question)
    if titled is None and (titled := _UNMARKED_TITLE.search(question)) is not None:
        topic = topic.replace("一文", "")  # the word naming the piece is no word of its title
        # "中国甘肃网转载的为敦煌点赞为文博助力一文": who carried the piece, up to its 的, is no word of the title
        # either — the title alone must be spoken of by the headline
        title = fold(titled.group(1)).rsplit("的", 1)[-1]
        topic = title if len(title) >= 4 else topic
    paper = _PAPER.match(fold(titled.group(1)) + " ") if titled else None
    near = speaks_of if titled and not (paper and paper.end() == len(titled.group(1))) else _shares_enough
    # "检察日报这篇…文章的责任编辑": the staff of a story of that paper, not of another paper's page
    # (or an outlet known by a name that is no paper's, "枫华之声的美术编辑": not another outlet's editor)
    asked = fold(info.text)
    printer = m.group().strip() if (m := _PAPER.match(topic)) else next((n for n in _OUTLETS if asked.startswith(n)),
                                                                         "")
    for hit, article in articles_of(corpus, ranked):
        if printer and article.source and printer not in fold(article.source):
            continue
        headline = fold(article.headline + " " + article.subheadline)
        if topic and not near(topic, headline) and not (hit.sentence.kind not in ("byline", "credit")
                                                         and near(topic, hit.sentence.folded)):
            continue
        found = _staff(article, corpus.sentences_of(article.id), info.role)
        if found is None:
            continue
        s, start, end, names = found
        alternatives = tuple(Candidate(text=n, sentence=s, start=p, end=p + len(n), type="person", score=0.0,
                                       rule="byline") for p, n in names if len(names) > 1)
        return printed_answer(question, info, ranked, article, s, (start, end), "byline:role", alternatives)
    return None


def articles_of(corpus: Corpus, ranked: Sequence[tuple[Hit, float]]) -> Iterator[tuple[Hit, Article]]:
    """Each retrieved article once, with its best hit, in rank order."""
    seen: set[str] = set()
    for hit, _coverage in ranked:
        article = corpus.article(hit.sentence.article_id)
        if article.id not in seen:
            seen.add(article.id)
            yield hit, article


def printed_answer(question: str, info: QuestionInfo, ranked: Sequence[tuple[Hit, float]], article: Article,
                   s: Sentence, span: tuple[int, int], rule: str, alternatives: tuple[Candidate, ...] = ()
                   ) -> Answer:
    """The answer a staff, byline or masthead line prints, its sentence first among the evidence."""
    evidence = tuple(h for h, _ in ranked)
    lead = next((h for h in evidence if h.sentence.id == s.id), Hit(s, 0.0))
    return Answer(question=question, text=s.text[span[0]:span[1]], declined=False, qtype=info.qtype, confidence=0.9,
                  rule=rule, sentence=s, span=span, article=article, alternatives=alternatives,
                  evidence=(lead,) + tuple(h for h in evidence if h.sentence.id != s.id))


def _staff(article: Article, sentences: Sequence[Sentence], role: str
           ) -> tuple[Sentence, int, int, list[tuple[int, str]]] | None:
    """(sentence, start, end, [(offset, name)]) of the names given `role`: the loader's (role, name) pairs, else
    a staff line "策划:秦晖、肖桂来" (names joined by 、 after the role and a colon or a bar)."""
    wanted = [n for r, n in article.byline.roles + article.credit.roles if r.endswith(role)]
    # "《北美之声》创办人陈蓉编辑报道": a byline name the role's verb follows, then what was done, did that work
    # (not "张虹红实习生阎霞", "林敏儿 实习生:梁颖岚": a role printed before the names it gives)
    wanted += [n for n in article.byline.names
               if re.search(re.escape(fold(n)) + re.escape(role) + _WORK_DONE, fold(article.byline.text))]
    # the role and its names parted by a colon, or by a bar as a county media centre prints them ("编辑|莫昌玉")
    listed = re.compile(re.escape(role) + r"\s*[:：|｜]\s*([\u4e00-\u9fff]{2,4}(?:[、,，][\u4e00-\u9fff]{2,4})*)")
    for s in sentences:
        if s.kind not in ("byline", "credit", "staff") and not wanted:
            continue
        if wanted:
            names = sorted((s.text.find(n), n) for n in dict.fromkeys(wanted) if s.text.find(n) >= 0)
        else:
            m = listed.search(s.folded)
            names = []
            if m:
                at = m.start(1)
                for part in re.split("[、,，]", m.group(1)):
                    names.append((at, s.text[at:at + len(part)]))
                    at += len(part) + 1
        if names:
            return s, names[0][0], max(p + len(n) for p, n in names), names
    return None


_WORK_DONE = r"(?:报道|报导|整理|撰稿|\s*$)"  # what follows a role's verb after the name doing it


def _printed(text: str, name: str) -> tuple[int, str] | None:
    """(offset, the name as printed) of a name in a line, also when the page spaces its characters out ("周 健"
    for 周健, as a column of two-character names is set); None when it is not there."""
    at = text.find(name)
    if at >= 0:
        return at, name
    m = re.search(r"\s*".join(map(re.escape, name)), text)
    return (m.start(), m.group()) if m else None


def _names(article: Article, want: str, question: str) -> tuple[str, ...]:
    if want == "credit":
        return article.credit.photographers or article.credit.names
    m = _ASKED_ROLE.search(fold(question))
    if m and _other_kind(m.group(1), fold(article.byline.text)):
        return ()  # "哪位融媒体记者写的" of a story signed "全媒体记者张庆杰": its writer is not the one asked
    asked = [n for r, n in article.byline.roles if m and r.endswith(m.group(1))]
    if asked:  # "哪位见习记者写的": the names printed with that role ("朱冬娅、见习记者 姚程玉" → 姚程玉)
        return tuple(dict.fromkeys(asked))
    if "通讯员" in question and article.byline.correspondents:
        return article.byline.correspondents
    if "记者" in question and article.byline.reporters:
        return article.byline.reporters
    return article.byline.names


def _shares(topic: str, text: str) -> bool:
    # a pair across the space where a word was taken out ("枫华博客栏目 " → "目 ") is no word of the topic: it would
    # match any headline ending in 目 before the space joining it to an empty sub-headline
    return sum(" " not in topic[i:i + 2] and topic[i:i + 2] in text for i in range(len(topic) - 1)) >= 1


def _shares_enough(topic: str, text: str) -> bool:
    """A story named by its words ("周口示范区重点项目观摩这篇报道"): the text holds a third of the topic's character
    pairs, not one word of it (辽阳's `重点项目` story is not 周口's project tour); a short topic, one pair."""
    pairs = [topic[i:i + 2] for i in range(len(topic) - 1) if " " not in topic[i:i + 2]]
    if len(pairs) < _LONG_TOPIC:
        return _shares(topic, text)
    return sum(p in text for p in pairs) * 3 >= len(pairs)


_LONG_TOPIC = 9  # character pairs: a story told in a phrase of ten characters or more


_KIND_OF_REPORTER = re.compile(r"(?:全媒体|融媒体|见习|实习|特约|首席|摄影|校报|校园|学生|小)记者")


def _other_kind(asked: str, byline: str) -> bool:
    """Whether a byline prints its writer as another kind of reporter than the one asked (asked 融媒体记者,
    printed 全媒体记者), and never as the one asked."""
    kinds = {m.group() for m in _KIND_OF_REPORTER.finditer(byline)}
    return asked in {m.group() for m in _KIND_OF_REPORTER.finditer(asked)} and bool(kinds) and asked not in byline


def _titles(question: str) -> list[str]:
    """The works the question names in title marks ("介紹《報導者》的這篇報導" → 報導者), folded — not a paper's name
    ("《马祖日报》那篇报道": the paper printing the story), which the article need not print."""
    out = []
    for m in re.finditer(r"《([^《》]{2,30})》", question):
        title = fold(m.group(1))
        paper = _PAPER.match(title + " ")
        if not (paper and paper.end() == len(title)):
            out.append(_WORD_CHARS.sub("", title))
    return [t for t in out if t]


_WORD_CHARS = re.compile(r"[\W_]+")  # a title matched by its characters: its quotes and spaces may be printed otherwise


def _prints_titles(corpus: Corpus, article_id: str, titles: Sequence[str]) -> bool:
    """Whether the article prints every title, in its headline or text, whatever its punctuation and spacing."""
    article = corpus.article(article_id)
    told = _WORD_CHARS.sub("", " ".join([fold(article.headline), fold(article.subheadline)]
                                       + [x.folded for x in corpus.sentences_of(article_id)]))
    return all(t in told for t in titles)


def _prints_places(corpus: Corpus, article_id: str, places: Sequence[str]) -> bool:
    """Whether the article prints every place the topic names, in its headline or text, or its paper's name
    ("内蒙古日报报道…的记者": 内蒙古 names the paper, printed on its masthead)."""
    article = corpus.article(article_id)
    told = " ".join([fold(article.source), fold(article.headline)]
                    + [x.folded for x in corpus.sentences_of(article_id)])
    return all(p in told for p in places)


def speaks_of(topic: str, text: str, words: Sequence[str] = ()) -> bool:
    """Does the text speak of the topic: two thirds of its character pairs (a latin word counts as one) are in
    it? A byline question about an article that is not in the papers must not take the byline of another that
    merely shares a word ("港式记者阵" is not spoken of by every text that says 港式). When the text holds every
    name of the topic (`words`: what jieba's dictionary does not know), half of the pairs will do: the pairs
    across a one-character word ("符芝瑛|谈|福报": 瑛谈, 谈福) are in no text."""
    units = _LATIN.findall(topic) + [p for p in (topic[i:i + 2] for i in range(len(topic) - 1))
                                     if not _LATIN.search(p) and " " not in p]
    share = sum(u in text for u in units) / len(units) if units else 0.0
    if share >= 2 / 3 - 1e-9:
        return True
    return bool(words) and share >= 0.5 and all(w in text for w in words)
