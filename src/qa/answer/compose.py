"""Hits → Answer, a short orchestrator over the answer package.

1. Rerank the retrieved sentences: score = Σ weight × sentence feature (features.py, weights.yaml).
2. Byline questions ("谁写的", "谁拍的") are answered from the retrieved article's metadata (byline.py).
3. In the best sentences, each generator proposes candidate spans (typed.py, names.py, short.py, slots.py);
   each candidate carries named features and its score is Σ weight × feature for the question's type.
4. Decline when the evidence is weak or the answer disagrees with the question (policy.py); shape the answer
   (shape.py); its confidence is the fitted probability that it is right.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import re
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar

from ..config import ComposerConfig
from ..lexicon import ADMIN_SUFFIXES, CAUSE_RE, CLAUSE_END, GENERIC_PLACES, MEANS_RE, SAME_UNITS
from ..normalize import fold
from ..postag import PosTagger
from ..tag_store import TagStore, code_key
from ..types import Answer, Article, Candidate, CandidateType, Corpus, Hit, Sentence
from .absolute import absolute_first
from .agreement import Surroundings, names_asked_ordinal, other_ordinal
from .alias import alias_first, aliased
from .amount_first import amount_first
from .anchor_name import other_name_anchor
from .anchored import anchored_first
from .area import areas
from .around import glossed_day, moved, named_before, referent
from .arrival import arrival_places, asked_arrival, deed_places
from .article_subject import article_subject, asked_referent, clause_of, pronoun_before
from .asked import asked_head, asked_verbal_head, asks_what_called, head_noun, kind_named
from .asked_event import asked_event_first, tells_event
from .asked_level import last_level
from .asked_meeting import asked_meeting_first
from .asked_sitting import sitting_doer
from .asked_title import titled_first
from .asked_whom import addressed, asks_whom
from .at_place import asked_next, at_places, located_places
from .attribute_head import attribute_head_first
from .attribute_told import told_attributes, told_values
from .banner_level import LEVELS as BANNER_LEVELS
from .banner_level import banner_levels
from .bare_city import bare_cities
from .bearing_asked import bearing_first
from .beside import beside_apart
from .better_covered import covering_instead, tells_asked_event
from .big_count import big_counts
from .body_born import body_born
from .both_values import both_measures, both_values
from .bound_figure import bound_figure_first
from .bound_opening import cut_from_before
from .byline import byline_answer, role_answer
from .calendar_point import point_for_length
from .called_name import called_name
from .called_what import called_what
from .cause import cause_of
from .cause_alias import cause_alias
from .cause_asked import cause_asked
from .cause_before import cause_before
from .cause_between import cause_between
from .cause_first import cause_first
from .cause_main import cause_main
from .cause_named import cause_named
from .cause_named_after import cause_named_after
from .cause_rest import cause_rest
from .cause_result import cause_result
from .cause_told_before import cause_told_before
from .cause_under import cause_under
from .change import change_asked, is_duration
from .change_figure import change_first
from .changed_state import changed_state
from .changed_to import changed_to_first
from .clause_rest import other_clause
from .clause_tail import tail_figure_first
from .cleft_deed import cleft_doer_first
from .code_figure import amount_over_code
from .colon_quote import colon_quotes
from .compound_head import compound_ending_in_noun
from .condition_asked import condition_told
from .copula import other_side
from .copula_name import copula_name
from .copula_predicate import copula_predicate
from .copula_subject import copula_subject
from .country_chain import country_chain
from .country_only import country_only
from .courtesy_name import courtesy_named
from .cumulative_year import cumulative_for_year
from .dangling_end import without_dangling_end
from .dashed import dashed_names, has_dash
from .dateline import dateline_answer
from .dateline_label import in_dateline
from .day_before import day_told_before
from .day_not_hour import day_first
from .deed_beside import role_told_beside
from .deed_clause import deed_clause_first
from .deed_genitive import deed_genitive
from .defining import asked_term, defines, defining_first
from .defining_rank import defining_among_best, defining_read
from .described_moment import dated_first
from .dimension import dimension_first
from .dispatch_day import asks_dispatch_day
from .distribution import distribution_first, listed
from .doer import agent_first, doer_first
from .due_figure import done_first
from .dwelling import dwelling_places
from .dynasty_actor import past_actor
from .echo_figure import echo_figure_first
from .echo_slot import echo_slot
from .echoed_lead import past_echoed_lead
from .echoed_place import wider_than_echo_first
from .echoed_predicate import before_echoed_predicate
from .echoed_start import past_echoed_verb
from .employer import employer_asked, employers
from .end_cut import ends_in_cut_word
from .event import event_first, event_told_before, other_event
from .event_clause import with_event
from .exact_figure import exact_figure
from .example_named import example_named
from .feature_kind import feature_kind_first
from .features import (
    Features,
    QuestionSides,
    QuestionTerms,
    Ranked,
    SentenceView,
    anchors_in,
    candidate_features,
    measured_units,
    question_sides,
    question_terms,
    score,
    sentence_features,
    sigmoid,
    table,
)
from .field_answer import field_answer
from .first_party import first_party_first
from .formed_by import formed_by
from .frame import framed
from .frame_tail import frame_tail
from .front import to_front
from .gap_clause import gap_clause
from .gap_side import subject_after_predicate
from .genitive_after import after_slot_genitive
from .genitive_head import before_genitive_head
from .grant_for_cost import grant_for_cost
from .group_members import group_members
from .head_context import relative_context
from .head_copula import after_head_copula, copula_noun
from .head_reached import at_asked_noun
from .here import HERE, here_moved, pointed_place
from .idle_slot import idle_slot
from .influence_asked import influence_asked
from .inner_verb import past_inner_verb
from .inside_tail import without_inside_tail
from .inside_title import whole_title
from .issue import issue_answer
from .joined_counts import joined_counts
from .joined_echo import before_joined_echo
from .joined_rest import joined_rest_first
from .kin_told import kin_told_first
from .kind_head import kind_with_head
from .kind_phrase import kind_phrase
from .kinds import asked_kind as place_kind
from .kinds import named_in_quotes, of_kind, within_asked
from .labelled import labelled
from .latin_term import latin_term_answer
from .leading_setting import without_setting
from .level_place import level_answer, level_first, level_places
from .levels import levels_in
from .lies_at import lies_at_first
from .light_anchor import name_after_marker
from .list_frame import list_without_frame
from .list_partner import partner
from .list_sibling import sibling_of_named
from .list_total import member_figure_first
from .locative_tail import without_locative_tail
from .lone import lone_first
from .loose_frame import loose_frame
from .margin_figure import rival_first
from .masthead import masthead_answer
from .meaning_told import meaning_told
from .means_asked import means_asked
from .members import kind_of_members, members
from .month_day import whole_day_first
from .motive_told import motive_told
from .named_as import described
from .named_list import listed_in_ranked, named_items, named_list_first
from .named_owner import named_owner_first
from .named_thing import not_things
from .named_venue import named_venue, school_branch
from .nameless_slot import nameless_for_person
from .namer import namers
from .names import asked_post_prefix, name_after_asked_post, name_in_slot
from .neighbour_count import counted_noun, may_count
from .occupation import occupation_asked, occupations
from .one_of import one_of
from .opener import opener_first
from .ordinal_item import ordinal_item_first
from .ordinal_meeting import with_ordinal
from .other_account import stated_first
from .own_event import event_time_first
from .owner_asked import owner_asked
from .parallel_item import parallel_item
from .parallel_modifier import modified_as_asked
from .part_asked import part_first
from .part_of_day import part_of_day_first
from .part_of_whole import part_of_whole
from .passive_agent import agent_after_passive_first
from .people import asked_post
from .people_answer import Reader, people_answer
from .per_unit import per_unit, price_without_unit
from .period_before import period_told_before
from .periods import other_owner, other_period
from .person_read import person_read
from .place_as_person import not_places
from .place_figure import named_figure_first, part_unlisted, place_figure_first
from .placed_level import placed_levels
from .pointed_work import pointed_work
from .pointing_answer import points_elsewhere
from .policy import DECLINE, confidence, confidence_features, heuristic_confidence, inconsistent
from .post_holder import holder_first
from .precedence import finer_grain, names_doing, printed_day, put_first
from .predicate import from_predicate
from .present_time import condition_time, past_present
from .project_kind import fits_kind, project_kind_first
from .pronoun_echo import echoed_first
from .pronoun_subject import asks_pointed_subject
from .property_asked import defines_instead
from .question import QuestionInfo, abbreviation_asked, analyze, asked_attribute, which_noun
from .quote_cut import quoted_within
from .quoted import speaker_after, with_quotations
from .quoted_head import head_asked, quoted_before_head
from .quoted_kind import asks_quoted, kind_after, quoted_term
from .quoted_title import quoted_title_last
from .range_side import range_side
from .rank_winner import asked_place, winners
from .ranks_listed import rank_answer
from .rate_first import rate_first
from .referents import (
    DESCRIBED,
    PRONOUN_OPENS,
    antecedent,
    asks_day,
    described_person,
    person_before,
    relative_day,
)
from .refers_back import referred
from .reign_asked import reign_deed, reign_first, reign_spans
from .relative_modifier import past_relative_clause
from .relative_time import relative_time_first
from .represents import representatives, represented
from .respective import values_first_other
from .rest import asks_rest, typed_rest
from .restated import next_of_restated
from .right_resumes import asked_noun, cut_where_resumed, resumed_at
from .road_number import numbered_road
from .round_figure import exact_first
from .route_leg import passed_place
from .said_by import said_by_first
from .said_day import said_day_first
from .same_article import completing
from .same_year import same_year_first, year_told_before
from .second_after import second_after
from .set_aside import set_aside_first
from .setting import past_setting
from .shape import shape
from .short import (
    REST_QUESTION,
    abbreviated,
    attribute_value,
    before_copula,
    defined,
    expansion,
    headed,
    marked,
    named,
    names_one,
    ordinals,
    owner,
    rest_items,
    slot_named,
)
from .slot_clause import right_clause
from .slot_start import past_cut_word
from .slots import Slot, align, noun_runs
from .span_of_years import year_not_span_first
from .spans import Span, Tags, offsets, spans, trim
from .subject import subject_of
from .surname_again import named_before_first
from .surname_post import full_name, post_word, surname_moved, surnamed
from .swapped_verb import place_after_swapped
from .tagged_names import doubted_names
from .tail_phrase import tail_first
from .term_clause import term_clause
from .thing_ending import not_thing_endings
from .this_meeting import pointed_figures, points_to_meeting
from .threshold_figure import threshold_figure
from .time_clause import with_happening
from .time_slot import time_for_person
from .told import told_beside
from .topic import asks_topic, topics
from .total_word import total_first
from .trade_named import trade_named
from .translit import asked_kind, crossed
from .typed import (
    about_other,
    counts_other,
    extract,
    level_not_change,
    may_hold,
    named_by_head,
    other_items,
    other_roles,
    paired_counts,
    persons_in,
    place_in_slot,
    pulls_other,
    quotes,
    respectively_other,
)
from .unasked_modifier import with_unasked_modifier
from .unit_restated import restated_first
from .unnamed import asked_city, place_named_first
from .unread_whole import unread_whole
from .venue_asked import venue_without_kind
from .verb_place import verb_place_first
from .weights import Weights
from .which_place import headed_place
from .which_unit import to_unit, unit_asked, unit_before_de, with_unit
from .whose import whose
from .why_purpose import purpose_of
from .within import within
from .work_author import author_first, authors_before
from .year_figure import year_figure_first
from .years_ago import years_ago

# how many paragraphs from the one naming a meeting its report may tell a role's doer (deed_beside.py)
_ROLE_PARAGRAPHS = 6
_POS_CACHE = 20_000  # sentences whose tags and typed spans are kept (a few MB; the seed corpus has ~50)
# recent sentences whose tags are handed out as spans.Tags, which remember their word offsets: a candidate
# sentence's offsets are read by ~10 generators and checks of one question (~2 KB a sentence: not all 20,000)
_WORDED = 512
_ARTICLES = 1_000  # articles whose folded text _surroundings keeps (a few MB)

_RARE = 20  # jieba dictionary frequency below which a question word counts as rare (names, terms, codes)
_KNOWN = 50  # jieba dictionary frequency from which a question's verb is a word, not a tagging slip
_SCHOOLS = frozenset(("大学", "学院", "中学", "小学", "医院"))  # institutions a school's or hospital's name ends with
# a number asked by the two-character label it is printed after ("传真号码是多少": 传真, 电话, 手机, 邮编)
_NUMBER_LABEL = re.compile(r"([\u4e00-\u9fff]{2})号码是?$")
_ROADS = frozenset("路街道巷")  # the roads "在哪条X" asks (question.py's _ROAD_ASKED)
_EVENT_TAGS = frozenset(("v", "vn", "vd", "vi"))  # a question's event word (发生, 出生, 加入)
_NOT_EVENT = frozenset("mdpuqrcf")  # tags skipped looking for the word after the question word (首次, 的)
# declines that say the best sentence is about another year or place (or subject): another sentence may answer,
# but a figure or a date asked of another year or place is declined (a figure elsewhere is someone else's)
_HE_SHE = frozenset(("他", "她"))  # a who-answer standing for a person named before (_pointed_person)
_OTHER_SENTENCE_MAY_ANSWER = frozenset(("decline:year", "decline:place", "decline:other-post"))
_OWN_FIGURES = frozenset(("number", "when"))
_POINTED_MAY_ANSWER = frozenset(("decline:place", "decline:subject"))  # (this_meeting.py)
# The year a paragraph dates its figures by ("2020年,贵州粮食播种面积…。其中,夏粮产量…"), read up to this far back.
_PARA_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年")
_PARAGRAPH = 600


@dataclass(frozen=True)
class Composition:
    """Everything the composer decided for one question: the answer, the reranked sentences and the scored
    candidates (best first), for `--explain`, `:debug` and `qa fit`."""

    answer: Answer
    info: QuestionInfo
    ranked: tuple[Ranked, ...] = ()
    candidates: tuple[Candidate, ...] = ()
    weights: Mapping[str, float] = field(default_factory=dict)
    signals: Mapping[str, float] = field(default_factory=dict)  # what the confidence model read
    decision: str = ""  # the confidence and evidence probabilities against their thresholds, for --explain

    def explain(self, limit: int = 8) -> str:
        """The feature tables: the top sentences' rerank features and the top candidates'."""
        lines = [f"qtype: {self.info.qtype}  expects: {'/'.join(self.info.expects) or '-'}  "
                 f"slot: {self.info.left!r} | {self.info.wh_word!r} | {self.info.right!r}"
                 + (f"  unit: {self.info.unit}" if self.info.unit else "")]
        if self.ranked:
            lines.append("sentences (rerank score = Σ weight × feature):")
            for r in self.ranked[:3]:
                shown = "  ".join(f"{k}={v:.2f}" for k, v in r.features.items() if v)
                lines.append(f"  {r.score:+7.3f}  {r.hit.sentence.text[:30]!r}  {shown}")
        if self.candidates:
            lines.append("candidates (score = Σ weight × feature):")
            lines.append(table([(c.text, c.score, dict(c.features)) for c in self.candidates], self.weights,
                               limit))
        if self.decision:
            lines.append(self.decision)
        return "\n".join(lines)


@dataclass(frozen=True)
class Prepared:
    """A question analysed, its sentences reranked and its candidates found, before the answer is chosen."""

    question: str
    info: QuestionInfo
    ranked: tuple[Ranked, ...]
    missing: float  # share of the question's words absent from every retrieved sentence
    candidates: tuple[Candidate, ...]  # scored, best first
    words: tuple[tuple[str, bool], ...] = ()  # the question's words (≥ 2 characters), each with "is it rare"


class Composer:
    lazy = True  # tag and scan a sentence only when its candidates need it (False: every sentence, as before)

    def __init__(self, config: ComposerConfig, corpus: Corpus, tokenizer, weights: Weights,
                 holding: Callable[[str], list[int] | None] | None = None, previous: Composer | None = None):
        """`holding`: the retriever's postings (the corpus sentence numbers whose index tokens hold a word, or None
        when it cannot tell), so a rule that looks for a word across the corpus reads those sentences, not all.
        `previous`: the composer this one replaces (a reload), whose articles' leads are kept where unchanged."""
        self.config = config
        self._postings = holding
        self.corpus = corpus
        self.tokenizer = tokenizer
        self.weights = weights
        self._tagger = PosTagger(tokenizer.pos_tokenizer(), tokenizer.hmm)  # tokenizer.pos's tags, fast
        self._names = tuple(sorted({n for a in corpus.articles for n in a.byline.names + a.credit.names}))
        self._headlines: dict[str, str] = {}
        self._outlets: dict[str, str] = {}
        self._leads: dict[str, tuple[str, str, str]] = {}  # article id → its lead's id and topics (`_lead`)
        self._dates: dict[str, str] = {}  # article id → its date as printed (`_date`: read for every reranked row)
        self._befores: OrderedDict[tuple[str, int], str] = OrderedDict()  # (sentence id, width) → _before
        self._articles: OrderedDict[str, str] = OrderedDict()  # article id → its folded text (_surroundings)
        # text → agreement.names_in's names, shared by every Surroundings made here (they share the tagger)
        self._named: dict[str, list[tuple[str, str, int]]] = {}
        # folded sentence → its persons, read back for a pronoun while its typed spans are not cached (the next
        # questions on a paragraph read the same sentences back: `_people_past_dateline`)
        self._persons: dict[str, list[Span]] = {}
        # folded sentence → (tags, typed spans or None until a question needs them)
        self._cache: OrderedDict[str, tuple[list[tuple[str, str]], list[Span] | None]] = OrderedDict()
        # folded sentence → (its cached tags, those tags as spans.Tags): `_worded`
        self._worded: OrderedDict[str, tuple[list[tuple[str, str]], Tags]] = OrderedDict()
        self._store: TagStore | None = None  # the tag store whose typed spans are read (use_tags)
        self._reader = Reader(corpus, config, self._tagged, self._tags, self._pos, self._surroundings, self._decline,
                              self._sentences_holding)
        self._make_leads(previous)

    @property
    def tagger(self) -> PosTagger:
        return self._tagger

    def use_tags(self, store) -> None:
        """Read a corpus's tags made at index time (tag_store.TagStore, or None) instead of tagging them here, and
        its typed spans when it holds them (made by `span_maker`)."""
        self._tagger.use_store(store)
        self._store = store if store is not None and store.has_spans else None

    def span_maker(self) -> _SpanMaker:
        """This composer's typed-span extractor, for a tag store to keep its spans (tag_store.SpanMaker)."""
        return _SpanMaker(self._names, self._freq)

    # ------------------------------------------------------------ entry points

    def compose(self, question: str, hits: list[Hit]) -> Answer:
        # Only the answer is wanted: no candidates from sentences decide() would drop anyway (prepare's `covered`).
        prepared = self.prepare(question, hits, covered=self.lazy)
        if isinstance(prepared, Composition):
            return prepared.answer
        return self.decide(prepared, prepared.candidates, explain=False).answer

    def explain(self, question: str, hits: list[Hit]) -> Composition:
        prepared = self.prepare(question, hits)
        if isinstance(prepared, Composition):
            return prepared
        return self.decide(prepared, prepared.candidates)

    def prepare(self, question: str, hits: list[Hit], covered: bool = False) -> Prepared | Composition:
        """Analysis, reranking and every candidate with its features (scored with this composer's weights); a
        Composition when the answer is already decided (a decline on weak evidence, a byline). `covered`: only the
        candidates of sentences holding min_coverage of the question, the only ones decide() keeps (so the answer
        is the same, sooner: the other sentences are not tagged); --explain and `qa fit` see them all."""
        info = analyze(question)
        if not hits or hits[0].score < self.config.min_score:
            return Composition(self._decline(question, info, hits, "decline:low-score"), info)
        words = self._question_words(question, info.wh_word)
        terms = question_terms(info, [w for w, rare in words if rare], self._places(question))  # (rerank's `rare`)
        read = self._read(terms, hits)
        # "刘流担任什么职务" ↔ the 38th sentence, the one naming 刘流 (person_read.py)
        hits = read + person_read(info, read, hits, self.config.read_beyond)
        # "什么是约化群" ↔ "在数学中,约化群是…" of the best hit's article, never retrieved (defining_rank.py)
        hits = hits + defining_read(info, hits, self.corpus.sentences_of)
        hits, speakers = with_quotations(self.corpus, hits)  # "“…白眉村…”" then "马丽清说。" (quoted.py)
        ranked = self.rerank(info, terms, hits, speakers)
        # "什么是标准杆" ↔ "标准杆,是一个…术语", reranked 9th: among the sentences giving candidates (defining_rank.py)
        ranked = defining_among_best(info, ranked, self.config.sentences, lambda r: r.hit.sentence)
        if info.dateline:
            dated = dateline_answer(question, info, self.corpus, [(r.hit, r.coverage) for r in ranked],
                                    self.config.min_coverage)
            if dated is not None:
                return Composition(dated, info, tuple(ranked))
        masthead = masthead_answer(question, info, self.corpus, [(r.hit, r.coverage) for r in ranked])
        if masthead is not None:  # "枫华之声的主编是谁": the paper's own staff line (masthead.py)
            return Composition(masthead, info, tuple(ranked))
        if info.role:
            staffed = role_answer(question, info, self.corpus, [(r.hit, r.coverage) for r in ranked])
            if staffed is not None:
                return Composition(staffed, info, tuple(ranked))
        if info.byline:
            answer = byline_answer(question, info, self.corpus, [(r.hit, r.coverage) for r in ranked],
                                   lambda t: [w for w in self.tokenizer.query_tokens(t) if not self.tokenizer.freq(w)],
                                   lambda t: [w for w, f in self._pos(t) if f == "ns"])
            if answer is not None:
                return Composition(answer, info, tuple(ranked))
        printed = issue_answer(question, info, self.corpus, [(r.hit, r.coverage) for r in ranked])
        if printed is not None:  # "…是哪天更新的", "…第几版": the story's date or page (issue.py)
            return Composition(printed, info, tuple(ranked))
        latin = latin_term_answer(self._reader, question, info, ranked)
        if latin is not None:
            return Composition(latin, info, tuple(ranked))
        told = people_answer(self._reader, question, info, ranked)
        if told is not None:
            return Composition(told, info, tuple(ranked))
        field = field_answer(self._reader, question, info, ranked)  # a notice's 活动地点: under the sub-head asked
        if field is not None:
            return Composition(field, info, tuple(ranked))
        leveled = level_answer(self._reader, question, info, ranked)  # "冷棚村属于哪个镇" (level_place.py)
        if leveled is not None:
            return Composition(leveled, info, tuple(ranked))
        listed = rank_answer(self._reader, question, info, ranked)  # "第四名是哪支球队" ↔ "A、B、C分获二至四名"
        if listed is not None:
            return Composition(listed, info, tuple(ranked))
        if info.qtype == "where" and info.left.endswith(_LOCATIVE_VERBS):
            # "姜川村位于|哪个县": the verb that asks the place is what the answer's place stands for ("西和县姜席镇
            # 姜川村" says where it lies without 位于), not a word the evidence must repeat
            words = tuple((w, rare) for w, rare in words if not info.left.endswith(w))
        missing = _share_absent([w for w, _ in words], [h.sentence.folded for h in hits],
                                {w for w, rare in words if rare})
        if missing > self.config.max_missing:
            evidence = tuple(r.hit for r in ranked)
            return Composition(self._decline(question, info, evidence, "decline:not-covered", ranked), info,
                               tuple(ranked))
        candidates = self.candidates(info, terms, ranked, self.weights.for_qtype(info.qtype), covered)
        read_on = next_of_restated(self.corpus, ranked) if info.wh else None
        if read_on is not None and self._reads_on(info, candidates, *read_on):
            ranked, candidates = self._read_on(info, terms, ranked, candidates, *read_on)
        return Prepared(question, info, tuple(ranked), missing, tuple(candidates), words)

    def decide(self, p: Prepared, candidates: Sequence[Candidate], threshold: float | None = None,
               explain: bool = True) -> Composition:
        """The answer among scored candidates (best first): consistency, shape, confidence, decline. `explain`
        off: no `decision` text (two feature tables formatted per question that only --explain shows)."""
        info, ranked = p.info, list(p.ranked)
        weights = self.weights.for_qtype(info.qtype)
        evidence = tuple(r.hit for r in ranked)
        coverage = {r.hit.sentence.id: r.coverage for r in ranked}
        done = _Done(self, p.question, info, evidence, ranked, list(candidates), weights)
        # The answer's own sentence (with its headline) must hold most of the question's content.
        kept = [c for c in candidates if coverage[c.sentence.id] >= self.config.min_coverage]
        if not kept and max(coverage.values()) < self.config.min_coverage:
            return done.decline("decline:not-covered")
        hosts: dict[str, str] = {}  # a neighbour sentence's id → the retrieved sentence it was read beside
        back = False  # the best sentence's 同年 (这场…) points back to the time a sentence before prints
        first = self._holding(ranked)
        # "…。他建造了「blucher」,…" for "由谁制作": no person in the best sentence holding the question, which
        # opens with 他/她: the person named before it (the nearest sentence before that names one, its first)
        # (谁 asked: "枪手叫什么名字" asks of someone the sentence's 他 is not)
        subject = (info.wh_word == "谁" and first is not None and first.hit.sentence.kind == "body"
                   and PRONOUN_OPENS.match(first.hit.sentence.folded) is not None
                   and not any(c.type in info.expects and c.sentence.id == first.hit.sentence.id for c in kept))
        if subject:
            kept = _beside(self._neighbours(info, ranked, _Agrees(info, ""), True)[:1], kept, hosts, coverage, done)
        # "薛禅皇帝指的是谁" ↔ "…蒙古语尊号薛禅皇帝" of no one named: the person the article opens with
        kept = _beside(self._article_subject(info, ranked, kept), kept, hosts, coverage, done)  # (article_subject.py)
        if info.qtype == "who":  # "…全体会议由谁主持" ↔ "…。易中强主持会议。", beside the best (deed_beside.py)
            kept = self._role_beside(info, ranked, kept, hosts, coverage, done)
        if info.expects and info.expects[0] in ("time", "number"):
            # no time or figure of the grain and unit asked ("哪一年" ↛ a slot "我前", "几岁" ↛ "一辆") in the
            # sentences that hold the question: the nearest sentences of the best one tell it (a person or place
            # there is as often another one: measured on CMRC and DRCD)
            agrees = _Agrees(info, question_sides(info).grain)  # (the grain needs no tagging)
            # "同年7月7日…推出首张专辑", "这场战争…", "年末…" (period_before.py): the year is the one printed before,
            # whatever year another sentence gives
            back = first is not None and (year_told_before(info, first.hit.sentence.folded)
                                          or event_told_before(info, first.hit.sentence.folded)
                                          or period_told_before(info, first.hit.sentence.folded)
                                          # "当日,…" / a paragraph opening "11月9日,…" (day_before.py)
                                          or day_told_before(info, first.hit.sentence, lambda: self.corpus.sentences_of(
                                              first.hit.sentence.article_id)))
            # (a figure of another city's article agrees with nothing: "吴忠市…实到委员多少人" ↛ 江门's 21人)
            city = asked_city(info)
            near = self._neighbours(info, ranked, agrees, back) if back or not any(
                agrees(c.type, c.sentence.folded[c.start:c.end])
                and (not city or city in self._surroundings(c.sentence).article)
                and may_count(info, c.sentence.folded)  # "多少名跑者" ↛ "另一位…马奎说" (neighbour_count.py)
                and not point_for_length(info, c.sentence.folded, c.start, c.end)  # "公元|586年" (calendar_point.py)
                for c in kept) else []
            kept = _beside(near, kept, hosts, coverage, done)
        kept = not_things(kept, info)  # "谁…" ↛ "陈再道案", "道格拉斯|专机": a name naming a thing (named_thing.py)
        kept = not_thing_endings(kept, info)  # "谁…" ↛ "罗马法", "西欧封邑": a thing tagged nr (thing_ending.py)
        kept = not_places(kept, info)  # "谁…" ↛ "马宝道|一带", "康辉路": a place read as a name (place_as_person.py)
        kept = place_named_first(kept, info, self._surroundings)  # not another city's article (unnamed.py)
        kept = put_first(kept, info)  # the wording of the sentence or question overrides the score
        kept = defining_first(kept, info)  # "什么是X" ↔ the sentence "X是…", not one naming X (defining.py)
        # "X分布在哪些地区" ↔ "分布于越南、老挝、…等地,…": the places listed after 分布于 (distribution.py)
        kept = distribution_first(kept, info, lambda c: coverage[c.sentence.id])
        kept = attribute_head_first(kept, info)  # "建筑风格是什么" ↔ "巴罗克风格", not the sentence (attribute_head.py)
        kept = alias_first(kept, info, lambda c: coverage[c.sentence.id])  # "X的别名是什么" ↔ "又名…" (alias.py)
        kept = named_list_first(kept, info)  # "X的支流有哪些" ↔ "主要支流有:麦曲、桑曲…" (named_list.py)
        # or a retrieved sentence holding the question that no candidate came from (named_list.py)
        kept = listed_in_ranked(kept, info, [r.hit.sentence for r in ranked
                                             if coverage[r.hit.sentence.id] >= self.config.min_coverage])
        kept = joined_rest_first(kept, info)  # "…和哪一个战争" ↔ "美西战争及第一次世界大战" (joined_rest.py)
        # "泉州人和哪一个地区的人" ↔ "以|漳州人|、泉州人最多": the item beside the question's (list_partner.py)
        kept = _partner_first(kept, info, [r.hit.sentence for r in ranked[: self.config.sentences]
                                           if r.coverage >= self.config.min_coverage], self._tags)
        kept = tail_first(kept, info)  # "哪所大学取得法学硕士学位" ↔ "…麦吉尔大学法学硕士学位" (tail_phrase.py)
        kept = set_aside_first(kept, info)  # "除了东南沿海之外,…哪一种气候" ↛ "东南沿海属热带草原气候" (set_aside.py)
        kept = first_party_first(kept, info)  # "X主场与Y战平,提前…夺冠": X did it (first_party.py)
        kept = changed_to_first(kept, info)  # "扩区后…多少" ↔ "由6.75平方公里扩大至11.6平方公里" (changed_to.py)
        kept = rate_first(kept, info)  # "占比约多少" ↔ "…122件、占比约31%" (rate_first.py)
        kept = amount_first(kept, info)  # "交易額是多少" ↔ "…增加17.4%,為6.9294萬億韓元" (amount_first.py)
        # "龙港市的雨量" ↔ "全市…30毫米,其中龙港市121.8毫米" (place_figure.py)
        kept = place_figure_first(kept, info, self._pos)
        kept = named_figure_first(kept, info)  # "博后村接待…多少" ↔ "其中,博后村接待1.07万人次" (place_figure.py)
        kept = named_owner_first(kept, info, self._pos)  # "阜阳机场…多少" ↛ "…的机场为10个,…城市机场…" (named_owner.py)
        kept = member_figure_first(kept, info, self._pos)  # "梧州收费站…" ↛ "梧州、梧州西…四个收费站…" (list_total.py)
        if part_unlisted(kept, info):  # "瑞安市的雨量" ↛ "全市…30毫米,其中龙港市…、洞头区…" (place_figure.py)
            return done.decline("decline:place")
        kept = bound_figure_first(kept, info)  # "不足1万人次的机场有几个" ↔ "7个机场…不足1万人次" (bound_figure.py)
        kept = tail_figure_first(kept, info)  # "…事项不出村" ↔ "97项…事项不出乡、52项不出村" (clause_tail.py)
        kept = exact_first(kept, info)  # "迎来了多少名新生" ↔ "迎来百名新生" / "迎来了115名新生" (round_figure.py)
        kept = done_first(kept, info)  # "当天出席多少人" ↔ "出席199人", not "应出席代表236人" (due_figure.py)
        kept = rival_first(kept, info)  # "蔡适应得了多少票" ↛ "领先对手蔡适应约2.5万票" (margin_figure.py)
        kept = change_first(kept, info)  # "按年跌了多少" ↔ "…至34.82亿元,惟按年仍跌56.3%" (change_figure.py)
        kept = year_figure_first(kept, info)  # "2016年…多少" ↔ "由2012年的2199.9亿元增加到2016年的3100.87亿元"
        kept = amount_over_code(kept, info)  # "時速多少" ↛ "X-15", the aircraft's name (code_figure.py)
        kept = dimension_first(kept, info)  # "有多大" ↔ "約1138公頃", not "八里" (dimension.py)
        kept = echo_figure_first(kept, info)  # "幾歲時才得以親政" ↔ "於五歲即位,…於十八歲親政" (echo_figure.py)
        kept = ordinal_item_first(kept, info)  # "第幾區設置了鎮越縣" ↔ "…,第五區置鎮越縣" (ordinal_item.py)
        kept = total_first(kept, info)  # "總計查扣多少瓶" ↔ "…共1,356瓶,總計1,886瓶" (total_word.py)
        kept = restated_first(kept, info)  # "多少万亩" ↔ "2754.14千公顷(4131.20万亩)" (unit_restated.py)
        kept = anchored_first(kept, info)  # "哪一個國家的餐館" ↔ "在日本|的餐館…", not 泰國 (anchored.py)
        kept = feature_kind_first(kept, info)  # "在哪一个海峡入海" ↔ "…,最终流入|鞑靼海峡" (feature_kind.py)
        if info.qtype == "where":
            kept = wider_than_echo_first(kept, info)  # "在鸡西的…是哪里" ↔ "鸡西市老年福利中心" (echoed_place.py)
            kept = level_first(kept, info)  # "在哪个区" ↔ "卫东区|东环路小学" (level_place.py)
            kept = verb_place_first(kept, info)  # "包围于何处" ↔ "被普军包围于麦茨要塞" (verb_place.py)
            kept = lies_at_first(kept, info)  # "最高峰位在何处" ↔ "…,位于斯洛伐克境内" (lies_at.py)
        kept = doer_first(kept, info)  # "在…指挥的是谁" ↔ "陈玉珍在…指挥", and of a body asked (doer.py)
        kept = reign_first(kept, info)  # "哪个皇帝在位时更名为颐年殿" ↔ ",光绪年间改名为颐年殿" (reign_asked.py)
        if info.qtype != "who":
            kept = opener_first(kept, info)  # "鲑鱼寿司是哪一国家发明的" ↔ "此外,挪威为了…,发明了…" (opener.py)
        if info.qtype == "who":
            kept = agent_first(kept, info)  # "由谁创办" ↔ "由来自泉州的谢膺毅先生…所创办" (doer.py)
            kept = cleft_doer_first(kept, info)  # "是谁主演的" ↔ "由…林嘉华等领衔主演", not "…原唱" (cleft_deed.py)
            kept = echoed_first(kept, info)  # "为谁量身打造" ↔ "为他量身打造" (pronoun_echo.py)
            kept = opener_first(kept, info)  # "哪一个人将…比喻为…" ↔ "唐德刚将…比作…" (opener.py)
            kept = deed_clause_first(kept, info)  # "谁…起义" ↔ "唐宣宗…,…张议潮募兵集众起义" (deed_clause.py)
            kept = named_before_first(kept)  # "副总统李宗仁…,李于1月21日…接任" (surname_again.py)
            kept = holder_first(kept, info)  # "哪位…副主席" ↔ "…主席黄孟复,…副主席程路" (post_holder.py)
            kept = titled_first(kept, info)  # "直到哪位教宗" ↔ "…当选教宗乌尔班八世时" (asked_title.py)
            kept = said_by_first(kept, info)  # "谁…宣称X" ↔ "…司长何凤山称:X,汉马伏波…" (said_by.py)
            kept = agent_after_passive_first(kept, info)  # "谁的占领" ↔ "被袁晁率起义军占领" (passive_agent.py)
            kept = author_first(kept, info)  # "《X》的作者是谁" ↔ "…对于笛卡尔《X》一书的批评" (work_author.py)
            kept = kin_told_first(kept, info)  # "X的父亲是谁" ↔ "史夔及其子…X", "X…,弟为…魏泰" (kin_told.py)
        if info.qtype == "when":
            kept = absolute_first(kept, info, self._date)  # "下月20日" ↔ "6月20日": the date as printed (absolute.py)
            if not back:  # (the year 同年 points back to is told beside the sentence telling the event)
                kept = event_first(kept, info, self._sides(info).verbs)  # the time whose sentence tells the event
            kept = event_time_first(kept, info)  # "何时…举行就职典礼" ↔ "3月29日…,5月20日…举行就职典礼" (own_event.py)
            kept = said_day_first(kept, info)  # "哪天表示…" ↔ "11月11日,…表示,12月1日开始…" (said_day.py)
            kept = relative_time_first(kept, info)  # "洪慧珠…何时到任" ↔ "去年九月到任的处长洪慧珠" (relative_time.py)
            kept = part_of_day_first(kept, info)  # "哪天下午" ↔ "十月廿二日下午" (part_of_day.py)
            kept = year_not_span_first(kept, info)  # "从哪一年以来" ↛ "连续9年" (span_of_years.py)
            kept = same_year_first(kept, info)  # "哪一年创刊" ↔ "1928年,…于同年12月3日创刊" (same_year.py)
            kept = dated_first(kept, info, lambda c: coverage[c.sentence.id])  # ↛ "…的关键时期召开" (described_moment)
            if kept and other_event(kept[0], info, self._sides(info).verbs):
                return done.decline("decline:other-event")  # "哪一年出生" ↛ "1986年毕业于…" (event.py)
            kept, event = asked_event_first(kept, info)  # "哪一天逝世" ↛ "3月1日,…遗体告别仪式" (asked_event.py)
            if event is not None:  # the sentence beside that tells the event asked ("…于2017年2月27日…逝世"), or none
                near = self._neighbours(info, ranked, _Agrees(info, question_sides(info).grain),
                                        tells=lambda f: tells_event(event, f))
                if not near:
                    return done.decline("decline:other-event")
                kept = _beside(near, kept, hosts, coverage, done)
            kept, untold = asked_meeting_first(kept, info)  # "首脑会谈…哪一年" ↛ "外长会谈于2012年" (asked_meeting.py)
            if untold:
                return done.decline("decline:other-event")
        kept = stated_first(kept, info)  # "哪一年" ↔ "1932 年(…回忆录中说是 1929 年)…", not the aside (other_account)
        kept = day_first(kept, info)  # "哪一天逝世" ↔ "2017年2月27日", not "2月27日7时50分" (day_not_hour.py)
        kept = whole_day_first(kept, info)  # "哪天举行" ↔ "2015年12月31日,…31日下午…举行" (month_day.py)
        if info.qtype == "number":  # "基础设施项目总投资多少" ↛ "168个项目,总投资454.3亿元" (project_kind.py)
            agrees = _Agrees(info, question_sides(info).grain)
            kept, kind = project_kind_first(kept, info, lambda c: agrees(c.type, c.sentence.folded[c.start:c.end]))
            if kind:  # the sentence beside that counts the kind asked ("其中产业项目24个"), or none
                near = [(r, c) for r, c in self._neighbours(info, ranked, agrees, tells=lambda f: kind in f)
                        if fits_kind(kind, c)]
                if not near:
                    return done.decline("decline:measure")
                kept = _beside(near, kept, hosts, coverage, done)
        if info.expects and not any(c.type in info.expects or c.type == "slot" for c in kept):
            return done.decline("decline:no-type")
        if not kept and not info.expects:
            # No span fits, but a sentence holds the question's content: it is the answer.
            r = next(r for r in ranked if r.coverage >= self.config.min_coverage)
            start, end = trim(r.hit.sentence.folded, 0, len(r.hit.sentence.folded))
            kept = [_candidate(r.hit.sentence, start, end, "sentence", 0.0, "sentence", {})]
        if not kept:
            return done.decline("decline:no-candidate")
        # "哪个城市" ↛ a country, "哪一个国家" ↛ a continent (kinds.py)
        kept = of_kind(info, kept, lambda c: shape(c, info, self._pos, widen_typed=not self.weights.spans))
        kept = part_first(kept, info)  # "美国哪一地区" ↛ 韩国, a country beside it (part_asked.py)
        kept = bearing_first(kept, info)  # "在哪一个国家的东部" ↔ "处于波多黎各以东" (bearing_asked.py)
        kept = quoted_title_last(kept, info)  # "晚宴在哪里" ↛ a quoted name's opening organisation (quoted_title.py)
        kept = past_present(info, kept)  # "于何时建立" ↛ 目前 beside 1897年 (present_time.py)
        kept = past_actor(info, kept)  # "什么时候被释放" ↛ "被北周虏到…" beside 承光元年 (dynasty_actor.py)
        best = shape(kept[0], info, self._pos, widen_typed=not self.weights.spans)
        if info.qtype == "who" and info.wh_word == "谁":  # (subject_of's only questions: spans scanned only then)
            best = subject_of(best, info, self._pos, self._tagged(best.sentence)[1]) or best  # "X由谁创办" (subject.py)
        # "为何…": the cause left of several asked (cause_rest.py), the clause after 因为 (cause.py), the words after
        # the marker the question names (cause_asked.py) or after 原因是/归因于 (cause_named.py), the 为了 clause
        # (why_purpose.py), a phrase of influence 受…影响 (cause_under.py), the clause before 使得 whose effect is the
        # question's (cause_before.py), the clause before an alias asked, "…,|又称做硫磺" (cause_alias.py), or the
        # first clause when the next restates the question (cause_first.py); of a two-clause sentence opening with
        # 由于, its first clause, whatever words the effect is put in (cause_main.py)
        # or, last, the clauses before a clause that a result word opens and that restates the effect (cause_result.py)
        # "八赤蛮|拒绝投降|,被蒙古人腰斩杀死": the comment before the restated effect, no marker (cause_between.py)
        best = cause_between(best, kept, info) or best
        best = cause_rest(best, info) or cause_of(best, info) or cause_main(best, info) or cause_asked(best, info) \
            or cause_named(best, info) or purpose_of(best, info) or cause_under(best, info) \
            or cause_before(best, info) or cause_named_after(best, info) or cause_alias(best, info) \
            or cause_first(best, info) or cause_result(best, info) or best
        best = motive_told(best, info) or best  # "为何倒戈天皇" ↔ "足利高氏早已|不满北条氏专制政权" (motive_told.py)
        best = formed_by(best, kept, info) or best  # "如何形成的" ↔ "都是|火山活动|造成的岛屿" (formed_by.py)
        best = aliased(best, info) or best  # "X的别名是什么" ↔ "又名A、B、C", all of them (alias.py)
        best = trade_named(best, info, self._pos) or best  # "X的职业是什么" ↔ "中国足球运动员" → 足球运动员
        best = courtesy_named(best, info) or best  # "魏玩的字是什么" ↔ "字玉汝" of its entry (courtesy_name.py)
        best = named_items(best, info) or best  # "X的支流有哪些" ↔ the items listed under 支流 (named_list.py)
        best = group_members(best, kept, info) or best  # "“五大恶人”是哪些人" ↔ ",即“A、B、C、D、E”" (group_members.py)
        best = listed(best, info) or best  # "X分布在哪些地区" ↔ the places after 分布于 (distribution.py)
        best = within_asked(best, info) or best  # "印尼的哪一个地方" ↛ "印尼的廖内省" (kinds.py)
        best = country_chain(best, info) or best  # "位于哪里" ↔ "位于美国明尼亚波利斯" (country_chain.py)
        best = country_only(best, info, self._pos) or best  # "哪一个国家" ↛ "英国伦敦市" (country_only.py)
        best = last_level(best, info) or best  # "哪一个区" ↛ "北京市怀柔区": the unit asked (asked_level.py)
        best = named_in_quotes(best, info) or best  # "哪個景點" ↛ "著名景點「西班牙王城」" (kinds.py)
        best = lone_first(best, info, self._pos) or best  # "在添|马政府总部" (lone.py)
        best = other_clause(best, info) or best  # "除了A,还有一项是" ↔ "…,B,A": the clause left (clause_rest.py)
        best = told_beside(best, info) or best  # a whole sentence: the clause beside its restatement (told.py)
        best = from_predicate(best, info, self._pos) or best  # or the clause telling the predicate asked
        best = described(best, info) or best  # or "Y叫做X" for 什么是X (named_as.py)
        best = term_clause(best, info) or best  # or the clause "X(…)是…" of "X是什么" (term_clause.py)
        best = meaning_told(best, info) or best  # "纳怜道指的是什么" ↔ "三为纳怜道,蒙语意为|小道" (meaning_told.py)
        best = copula_predicate(best, info) or best  # "收入来源是什么" ↔ "收入来源为|政府财政拨款"
        best = list_without_frame(best, info) or best  # "子女有哪些" ↔ "子女有|阿部定高、阿部正春…" (list_frame.py)
        best = loose_frame(best, info) or best  # "专业人士提供的什么是很有帮助的" ↔ "…人士的|情感支持|很有帮助"
        best = kind_phrase(best, info, self._pos) or best  # "甚么样的政治关系" ↔ "具有|自由联合关系" (kind_phrase.py)
        best = framed(best, info) or best  # "从什么开始…" ↔ "从出租土地种西瓜开始,…" (frame.py)
        best = within(best, info) or best  # "在哪个学说中提到" ↔ "在生物动力学中,…" (within.py)
        best = with_unasked_modifier(best, info, self._pos) or best  # "途经|仓山湾边|大桥" (unasked_modifier.py)
        best = without_setting(best, info) or best  # "1870年|法德战争" for 哪一场战争 (leading_setting.py)
        best = with_ordinal(best, info) or best  # "什么会议" ↔ "第14次|全体会议" (ordinal_meeting.py)
        best = past_setting(best, info) or best  # "目标是什么" ↔ "在2007年年底以前,|让所有…" (setting.py)
        best = before_genitive_head(best, info, self._pos) or best  # "哪一个政策" ↔ "采取|闭关锁国|的政策"
        best = after_slot_genitive(best, info, self._pos) or best  # "有什么问题" ↔ "都有|噪音过大|的问题"
        best = deed_genitive(best, info, self._pos) or best  # "控制什么" ↔ "取得|德国工业|的控制权"
        best = influence_asked(best, info) or best  # "受到哪一个法律的影响" ↔ "受|罗马法|影响"
        # "签署了哪一个法案" ↔ "国会通过|克莱斯勒贷款法案|,…", the slot elsewhere (compound_head.py)
        best = compound_ending_in_noun(best, info, self._pos) or best
        best = changed_state(best, info) or best  # "生效后成为了哪一种制度" ↔ "由…半总统制国家转变为|议会制国家"
        best = example_named(best, info) or best  # "哪一恒星" ↔ "…的闪光星,像是|鲸鱼座·优咇" (example_named.py)
        best = copula_subject(best, info, self._pos) or best  # "…最强的是哪一个期间" ↔ "|过渡期|是…最强的时期"
        best = copula_name(best, info, self._pos) or best  # "最大威胁是哪一国" ↔ "|普鲁士|成为了…最大威胁"
        best = called_name(best, info, self._pos) or best  # "「X」指的是何处" ↔ "|杜林|有时被称为「X」"
        best = called_what(best, info) or best  # "X在大家口中被称作什么" ↔ "…是大家口中的“|老娘舅|”"
        best = second_after(best, info) or best  # "欧洲第一的国家是?" ↔ "德国人口数量欧洲第二,仅次于|俄罗斯"
        best = part_of_whole(best, info) or best  # "有多少个…改选" ↔ "128个地方议会中,有|124个|…改选市议员"
        best = means_asked(best, info) or best  # "凭什么将关岛给美国" ↔ "基于|巴黎条约|,西班牙…" (means_asked.py)
        best = parallel_item(best, info) or best  # "以北是哪块海域" ↔ "北大西洋位于群岛以北,而加勒比海则…以南"
        best = without_dangling_end(best, self._pos, self._freq) or best  # "以|材料为|主要结构" (dangling_end.py)
        best = without_locative_tail(best, info, self._pos) or best  # "牛胃气膨胀|中" (locative_tail.py)
        best = without_inside_tail(best, info) or best  # "斯洛伐克|境内" for 位在何处 (inside_tail.py)
        best = owner_asked(best, info) or best  # "哪一个行星的卫星" ↔ "|木星|的四颗伽利略卫星" (owner_asked.py)
        best = modified_as_asked(best, info) or best  # "女性的祭典" ↔ "男性的猴祭及女性的|锄草祭" (parallel_modifier)
        best = at_asked_noun(best, info) or best  # "哪个理论的…证据" ↔ "大爆炸理论|的…证据" (head_reached.py)
        best = whole_title(best, info) or best  # "哪一法案" ↔ "《有关…的|法律案|》": the whole title (inside_title.py)
        best = named_venue(best, info) or best  # "哪家饭店" ↔ "老牌饭店|中国星大酒楼": the name (named_venue.py)
        best = school_branch(best, info) or best  # "中华小学|第一校": a school's numbered branch (named_venue.py)
        best = condition_told(best, info) or best  # "在什么样的情况下…爆炸" ↔ "在|干燥|的时候可能发生爆炸"
        best = past_relative_clause(best, info, self._pos) or best  # "较便宜的|铁" (relative_modifier.py)
        pointed = self._pointed_person(best, info) or (cause_told_before(  # (the cause before "因此,…")
            best, info, self.corpus.sentences_of(best.sentence.article_id)) if info.qtype == "why" else None)
        if pointed is not None:  # decided on the sentence telling it; the person named before stands for 他
            hosts[pointed.sentence.id] = hosts.get(best.sentence.id, best.sentence.id)
            coverage[pointed.sentence.id] = coverage[best.sentence.id]
            best = motive_told(pointed, info) or pointed  # (the sentence before, read for its subject's motive)
        told = hosts.get(best.sentence.id, best.sentence.id)  # the retrieved sentence that tells the answer
        around = self._surroundings(best.sentence)
        why = inconsistent(info, best, around)
        # another of the series asked ("十四届…四次会议" for 十三届): a sentence naming the one asked may answer
        series = why == "decline:other" and bool(other_ordinal(info, best, around))
        if why == "decline:subject" or (why in _OTHER_SENTENCE_MAY_ANSWER and info.qtype not in _OWN_FIGURES) \
                or series:
            # the best sentence is about another subject ("男单小将张超…击败了柳承敏" for 彭帅), year or place: a
            # candidate of the asked type from another sentence, whose subject (year, place) agrees, may still answer
            for c in kept[1:4]:
                if c.sentence.id == best.sentence.id or (info.expects and c.type not in info.expects) \
                        or (series and not names_asked_ordinal(info, c.sentence.folded)):
                    continue
                agreed = self._agreeing(c, info)
                if agreed is not None:
                    (best, around), why = agreed, ""
                    told = hosts.get(best.sentence.id, best.sentence.id)
                    kept = to_front(kept, c)
                    break
        if why in _OTHER_SENTENCE_MAY_ANSWER and info.qtype == "when":
            # "…座谈会是哪天召开的": the best-ranked sentence holding more of the question answers (better_covered.py)
            holding = self._holding(ranked)
            fuller = covering_instead(best, kept[1:4], lambda x: coverage[x.sentence.id],
                                      holding.hit.sentence.id if holding is not None
                                      and tells_asked_event(info, holding.hit.sentence.folded) else "")
            agreed = self._agreeing(fuller, info) if fuller is not None else None
            if fuller is not None and agreed is not None:
                (best, around), why = agreed, ""
                told = hosts.get(best.sentence.id, best.sentence.id)
                kept = to_front(kept, fuller)
        # "本次会议应到委员311名" near the sentence telling the 六届二次会议 asked, when the best is another city's or
        # another sitting's (this_meeting.py)
        if why and (series or (why in _POINTED_MAY_ANSWER and names_asked_ordinal(info, info.text))):
            near = self._neighbours(info, ranked, _Agrees(info, question_sides(info).grain), tells=points_to_meeting,
                                    paragraphs=_ROLE_PARAGRAPHS)
            for c in pointed_figures(info, [c for _, c in near], lambda c: self._surroundings(c.sentence).article):
                agreed = self._agreeing(c, info)
                if agreed is not None:  # read beside the sentence naming the meeting, as holding what it holds
                    kept = _beside([(r, x) for r, x in near if x is c], kept, hosts, coverage, done)
                    (best, around), why = agreed, ""
                    told = hosts.get(best.sentence.id, best.sentence.id)
                    break
        if not why and dict(best.features).get("grain_miss") == 1.0:
            # "创办于日据时代。在1928年,…": a year asked, the best gives none; the asked grain told right after it,
            # in the same paragraph, makes the era precise
            finer = finer_grain(best, kept[1:4])
            agreed = self._agreeing(finer, info) if finer is not None else None
            if finer is not None and agreed is not None:
                best, around = agreed
                told = best.sentence.id
                kept = to_front(kept, finer)
        day = printed_day(best, kept[1:4]) if why == "decline:type" and info.qtype == "when" else None
        if day is not None:  # "於7 月22 日…發表國情咨文當天": the date the day word points back to
            best = shape(day, info, self._pos, widen_typed=not self.weights.spans)
            around, told = self._surroundings(best.sentence), hosts.get(best.sentence.id, best.sentence.id)
            kept = to_front(kept, day)
            why = inconsistent(info, best, around)
        if not why and defines_instead(best, info):
            why = "decline:defines"  # "X的花有什么特点" ↛ the sentence saying what X is (property_asked.py)
        if not why and unread_whole(best, info):
            why = "decline:unread"  # a question of no known type answered with a whole sentence (unread_whole.py)
        if not why and gap_clause(best, self._pos):
            why = "decline:clause"  # a name asked; the gap's words tell a clause: "成为了…中心" (gap_clause.py)
        if not why and subject_after_predicate(best, info):
            why = "decline:gap-side"  # a subject asked; the gap run follows the echoed predicate (gap_side.py)
        if not why and sibling_of_named(best, info):
            why = "decline:sibling"  # "狭叶栎和竹是哪一种植被" ↛ "山茶、狭叶栎、竹": a sibling item (list_sibling.py)
        if not why and points_elsewhere(best, info, self._pos):
            why = "decline:pointing"  # "该曲不久就成为" for 哪一曲子: named elsewhere (pointing_answer.py)
        if not why and ends_in_cut_word(best, info, self._pos, self._freq):
            why = "decline:end-cut"  # "达到这些目|的": the answer stops inside a word (end_cut.py)
        if not why and cut_from_before(best, info):
            why = "decline:bound"  # "模特|们超长时间": the anchor phrase's tail, nothing named (bound_opening.py)
        if not why and asks_pointed_subject(best, info, self._headline(best.sentence.article_id)):
            why = "decline:pointed-subject"  # "哪一本書規範了…" ↔ "它…定義了正確梵語的用法" (pronoun_subject.py)
        if not why and not asks_dispatch_day(info) \
                and in_dateline(best, info, self.corpus.article(best.sentence.article_id)):
            why = "decline:dateline"  # "在哪个工业园举行" ↛ "本报讯" of the report's dateline (dateline_label.py)
        if not why and body_born(best, info):
            why = "decline:body-born"  # "郝长江哪一年出生" ↛ "报社出生于…80年代": a body's founding (body_born.py)
        if not why and threshold_figure(best, info):
            why = "decline:threshold"  # "籌得多少" ↛ "凡獻捐…1000令吉或以上者": a condition (threshold_figure.py)
        if not why and price_without_unit(best, info):
            why = "decline:per-unit"  # "每公斤卖多少钱" ↛ "预计产值近180万元": a whole's sum, no unit's (per_unit.py)
        if not why and cumulative_for_year(best, info):
            why = "decline:cumulative"  # "今年…多少名" ↛ "自2016年…以来,…累计为数千名" (cumulative_year.py)
        if not why and venue_without_kind(best, info):
            why = "decline:venue"  # "参观了哪座图书馆" ↛ "上海交通大学": no 馆 named (venue_asked.py)
        if not why and years_ago(best, info):
            why = "decline:years-ago"  # "哪一年成立" ↛ "73年前新中国建立": years counted back (years_ago.py)
        if not why and grant_for_cost(best, info):
            why = "decline:grant"  # "耗资多少" ↛ "拨出50万令吉予…校董会": a sum given (grant_for_cost.py)
        if why:
            return done.decline(why)
        cov = coverage[told]
        context: tuple[str, ...] = (best.sentence.folded, around.near, self._paragraph_before(best.sentence))
        if told != best.sentence.id:  # read beside the retrieved sentence, which holds the question's words
            context += (next(r.hit.sentence.folded for r in ranked if r.hit.sentence.id == told),)
        speaker = self._speaker(best.sentence)
        if speaker:  # a quoted sentence is read with its speaker's line, as the reranker read it (quoted.py)
            context += (speaker,)
        signals = confidence_features(best, kept[1:], info, cov, p.missing, p.words, context, around,
                                      ranked, told)
        sure = confidence(signals, self.weights.confidence, heuristic_confidence(best, cov))
        held = confidence(signals, self.weights.evidence, 1.0)
        cut = self.weights.threshold if threshold is None else threshold
        decision = (f"confidence {sure:.3f} (declines below {cut}), evidence {held:.3f} (declines below "
                    f"{self.weights.evidence_threshold}); the confidence model read:\n"
                    + table([("confidence", score(signals, self.weights.confidence), signals)],
                            self.weights.confidence)
                    + "\nthe evidence model read:\n"
                    + table([("evidence", score(signals, self.weights.evidence), signals)], self.weights.evidence)
                    ) if explain else ""
        if threshold is None and held < self.weights.evidence_threshold:
            # the answer's sentence most likely does not hold an answer at all: the papers do not say
            return replace(done.decline("decline:not-in-papers"), signals=signals, decision=decision)
        if sure < cut:
            return replace(done.decline("decline:low-confidence"), signals=signals, decision=decision)
        post = post_word(asked_post(info)) if info.qtype == "who" else ""
        named = (named_before(self._reader, best, info) or glossed_day(self.corpus, best, info)
                 or referent(self._reader, best, info) or here_moved(self._reader, best, info)
                 or pointed_work(self.corpus, best, info)  # "将哪部作品看作" ↔ "将它看作" (pointed_work.py)
                 or (surname_moved(self.corpus.sentences_of(best.sentence.article_id), best, post) if post else None))
        if named is not None:  # decided on the sentence that tells it; shown as the paragraph named it before
            best = named
        # "是何时步入政界的" ↔ "1994年,…步入政界": shown with the event it dates, after the checks and confidence
        # have judged the time itself (event_clause.py)
        best = with_event(best, info) or best
        best = both_values(best, kept[1:], info) or best  # "分别是多少" ↔ "…31,875美元,…23,235美元" (both_values.py)
        best = both_measures(best, kept[1:], info) or best  # "身高体重是多少" ↔ "身高2米11…,体重118公斤"
        best = joined_counts(best, info, self._pos) or best  # "几个村和社区" ↔ "8个村、2个社区" (joined_counts.py)
        best = with_happening(best, info) or best  # "什么时候…关闭" ↔ "春季化雪的时候" (time_clause.py)
        best = condition_time(best, info) or best  # "什麼時候舉行" ↛ 目前 ↔ "當雙方…戰至6比6時" (present_time.py)
        best = range_side(best, info) or best  # "從什麼時候開始" ↔ "14世紀末|至20世紀初" (range_side.py)
        best = per_unit(best, info) or best  # "人口密度是多少" ↔ "每平方公里69670人" (per_unit.py)
        best = one_of(best, info) or best  # "被誉为什么" ↔ "被誉为“汕尾八景”之一" (one_of.py)
        best = exact_figure(best, info) or best  # "人口是多少" ↔ "九十三萬多人(932,546)" (exact_figure.py)
        seen = {best.text}
        alternatives = []
        if info.expects:  # "更多" after a who-question walks the other people first
            order = {t: i for i, t in enumerate(info.expects)}
            kept = [kept[0]] + sorted(kept[1:], key=lambda c: order.get(c.type, len(order)))
        for c in kept[1:]:
            if c.text not in seen and c.type != "span":
                seen.add(c.text)
                alternatives.append(c)
        # The supporting sentence leads the evidence (the retrieved one a neighbour's answer was read beside, then
        # the neighbour).
        evidence = (next(r.hit for r in ranked if r.hit.sentence.id == told),) + tuple(
            h for h in evidence if h.sentence.id != told)
        if told != best.sentence.id:
            evidence = evidence[:1] + (Hit(best.sentence, evidence[0].score),) + evidence[1:]
        answer = Answer(
            question=p.question, text=best.text,
            declined=False, qtype=info.qtype, confidence=max(sure, 0.0001),
            rule=best.rule, sentence=best.sentence, span=(best.start, best.end),
            article=self.corpus.article(best.sentence.article_id), alternatives=tuple(alternatives[:20]),
            evidence=evidence,
        )
        return Composition(answer, info, tuple(ranked), tuple(done.candidates), weights, signals, decision)

    def _agreeing(self, c: Candidate, info: QuestionInfo) -> tuple[Candidate, Surroundings] | None:
        """`c` shaped for the question, with the text around it, if nothing there disagrees with the question."""
        shaped = shape(c, info, self._pos, widen_typed=not self.weights.spans)
        around = self._surroundings(shaped.sentence)
        return None if inconsistent(info, shaped, around) else (shaped, around)

    def _holding(self, ranked: Sequence[Ranked]) -> Ranked | None:
        """The best of the sentences read that holds enough of the question (`min_coverage`), or None."""
        return next((r for r in ranked[: self.config.sentences] if r.coverage >= self.config.min_coverage), None)

    def _neighbours(self, info: QuestionInfo, ranked: Sequence[Ranked], agrees: _Agrees, back: bool = False,
                    tells: Callable[[str], bool] | None = None, paragraphs: int = 0
                    ) -> list[tuple[Ranked, Candidate]]:
        """"习近平总书记是哪天来到西藏林芝的" ↔ "时隔十年之后，恰逢同一天，7月21日。习近平总书记来到西藏，走进
        林芝。": the best sentence holding the question tells no span of the asked type, and the nearest sentence
        that does (of the grain and unit asked: 哪一年 a year, 几岁 an age) tells it — in its paragraph, or
        right before or after it across a paragraph break ("…撞人逃逸的事件,发生于…" then "34歲傷者…"); a count
        must be of the noun asked; with `back`, only the sentences before it (its 同年, 这场 point back), the
        time printed last first (a who-question's: the first person of the nearest that does not open with 他/她
        itself, which goes on about the same person); with `tells`, only the sentences it holds for (those telling
        the event asked, asked_event.py). Those spans are scored as the best sentence's (its rank and
        coverage), with `neighbour` (1) and `neighbour_gap` (sentences between) saying so, best first; [] when there
        is none. `paragraphs`: how many paragraphs away a sentence past the next may be (a meeting's chair told
        after the rows of leaders on its platform, deed_beside.py)."""
        r = self._holding(ranked)
        if r is None or r.hit.sentence.kind != "body":
            return []
        s = r.hit.sentence
        body = [x for x in self.corpus.sentences_of(s.article_id) if x.kind == "body"]
        at = next((i for i, x in enumerate(body) if x.id == s.id), None)
        if at is None:
            return []
        terms = question_terms(info)
        sides = self._sides(info)
        weights = self.weights.for_qtype(info.qtype)
        top = ranked[0].score
        rank = next(i for i, x in enumerate(ranked) if x is r)
        # "多少名|代表出席": a count there must count the noun asked (not "记者…超过十五人")
        # (not a how-long question's "多久|時間其首都…": "歷時83年" counts no noun)
        counted = counted_noun(info)  # (not a price's 钱: neighbour_count.py)
        for gap in range(1, len(body)):
            out: list[tuple[Ranked, Candidate]] = []
            near = [body[i] for i in ((at - gap,) if back else (at - gap, at + gap)) if 0 <= i < len(body)]
            if not near:
                break
            for x in near:
                if (abs(x.paragraph - s.paragraph) > paragraphs and gap > 1) or (counted and counted not in x.folded):
                    continue
                if back and info.qtype == "who" and PRONOUN_OPENS.match(x.folded) is not None:
                    # "…喬治·史蒂芬生還在…。|他被之前由特里維西克…所建造的…所啟發…。|他建造了「Blucher」": a sentence
                    # before that opens with 他 too goes on about the same person; the names it prints are others
                    continue
                if tells is not None and not tells(x.folded):
                    continue
                if not any(may_hold(x.folded, k) for k in info.expects):
                    continue  # no span of the kind asked can be there (agrees reads only those): not tagged for it
                typed = self._tagged(x)[1]
                f = x.folded
                opening = self._dateline_end(x)
                found = [sp for sp in typed if agrees(sp.type, f[sp.start:sp.end]) and sp.start >= opening
                         and not point_for_length(info, f, sp.start, sp.end)
                         and (f[sp.start:sp.end] not in info.text or counts_other(f, sp.end, f[sp.start:sp.end],
                                                                                  info.right))
                         and not about_other(f, sp, typed, info.text)
                         and not (change_asked(info) and is_duration(f[sp.start:sp.end]))]
                if not found:
                    continue
                view = _view(f, self._tags(x), terms, r, rank, top)
                spans = list(dict.fromkeys((sp.start, sp.end, sp.type) for sp in found))
                all_feats = []
                for sp in spans:
                    sources = {f"src_{sp[2]}": 1.0, "neighbour": 1.0, "neighbour_gap": float(gap - 1)}
                    all_feats.append(candidate_features(info, terms, view, sp[0], sp[1], sources, sides, True))
                beside_apart(all_feats, info.expects, [sp[2] for sp in spans])  # (beside.py)
                for sp, feats in zip(spans, all_feats, strict=True):
                    out.append((r, _candidate(x, sp[0], sp[1], sp[2], score(feats, weights),
                                              f"type:{sp[2]}+neighbour", feats)))
            if out:  # (a 同年 is the year printed last before it)
                if back and info.qtype == "who":  # the person a 他 stands for: the first named (its subject)
                    return sorted(out, key=lambda rc: rc[1].start)
                return sorted(out, key=lambda rc: -rc[1].end if back else -rc[1].score)
        return []

    def _role_beside(self, info: QuestionInfo, ranked: Sequence[Ranked], kept: list[Candidate],
                     hosts: dict[str, str], coverage: dict[str, float], done: _Done) -> list[Candidate]:
        """`kept` with the doer of the role asked first: one printed in the nearest sentence around the best that
        tells it, in its article up to `_ROLE_PARAGRAPHS` paragraphs away, or else one of the best (deed_beside.py)."""
        pairs: dict[int, tuple[Ranked, Candidate]] = {}

        def near(tells: Callable[[str], bool]) -> list[Candidate]:
            found = self._neighbours(info, ranked, _Agrees(info, ""), tells=tells, paragraphs=_ROLE_PARAGRAPHS)
            pairs.update((id(c), (r, c)) for r, c in found)
            return [c for _, c in found]

        first = self._holding(ranked)
        city = asked_city(info)
        doer = sitting_doer(info, first.hit.sentence if first is not None else None, kept, city, self._told_before,
                            lambda s: any(city in x.folded for x in self.corpus.sentences_of(s.article_id)))
        if doer is not None:  # "第二次全体会议" asked, the best prints 第一次's: its own chair (asked_sitting.py)
            return to_front(kept, doer)
        beside, doer = role_told_beside(kept, info, near)
        return _beside([pairs[id(c)] for c in beside], kept, hosts, coverage, done) if beside else to_front(kept, doer)

    def _told_before(self, s: Sentence) -> str:
        """The folded body sentence right before `s` in its article ("" for the first)."""
        body = [x for x in self.corpus.sentences_of(s.article_id) if x.kind == "body"]
        at = next((i for i, x in enumerate(body) if x.id == s.id), 0)
        return body[at - 1].folded if at else ""

    def _article_subject(self, info: QuestionInfo, ranked: Sequence[Ranked], kept: Sequence[Candidate]
                         ) -> list[tuple[Ranked, Candidate]]:
        """"X指的是谁" whose best sentence holding the question prints X in a clause naming no person (the profile's
        subject is 之, 其, 他 or left out): the person its article opens with (article_subject.py), scored as that
        sentence's neighbour; [] otherwise."""
        x = asked_referent(info)
        r = self._holding(ranked) if x else None
        if r is None or r.hit.sentence.kind != "body":
            return []
        s = r.hit.sentence
        f = s.folded
        at = f.find(x)
        if at < 0:
            return []
        a, b = clause_of(f, at, at + len(x))
        if any(c.type == "person" and c.sentence.id == s.id and a <= c.start < b for c in kept):
            return []
        body = [t for t in self.corpus.sentences_of(s.article_id) if t.kind == "body"]
        found = article_subject(body, self._headline(s.article_id),
                                self._people_past_dateline, self._tags)
        pronoun = pronoun_before(f, 0, at) if found is None else -1
        rule = "type:person+article-subject" if found is not None else "type:person+referent-before"
        if pronoun >= 0:
            # "…议长汤玛斯·勃兰契特·瑞德的任期中。如其绰号「瑞德沙皇」一般,…": no article subject, a pronoun
            # before X and no person before it in the sentence: the person named before (with names before it,
            # a long sentence's pronoun may stand for any: "…摩尔达维亚…,…大会由其子贵由即位,后追尊称元定宗")
            if not any(sp.end <= pronoun for sp in self._people_past_dateline(s)):
                sentences, i = self._placed(s)
                before = person_before(sentences, i, self._people_past_dateline) if i is not None else None
                found = (before[0], before[1].start, before[1].end) if before else None
        if found is None:
            return []
        lead, start, end = found
        terms = question_terms(info)
        rank = next(i for i, y in enumerate(ranked) if y is r)
        view = _view(lead.folded, self._tags(lead), terms, r, rank, ranked[0].score)
        gap = abs(next((i for i, t in enumerate(body) if t.id == s.id), 1)
                  - next((i for i, t in enumerate(body) if t.id == lead.id), 0))
        sources = {"src_person": 1.0, "neighbour": 1.0, "neighbour_gap": float(max(gap - 1, 0))}
        feats = candidate_features(info, terms, view, start, end, sources, self._sides(info), True)
        weights = self.weights.for_qtype(info.qtype)
        return [(r, _candidate(lead, start, end, "person", score(feats, weights), rule, feats))]

    def _reads_on(self, info: QuestionInfo, candidates: list[Candidate], host: Ranked, after: Ranked) -> bool:
        """Whether the restated sentence `host` leaves the question unanswered, so `after` is read on
        (restated.py): it names nothing of the asked type but the question's own words (typed questions), or
        not the kind of thing asked, which `after` names ("哪個理論" ↛ "…正在離我們越來越遠。" ↔ "這也是大爆炸
        理論的一個有力證據")."""
        if info.expects:
            if info.expects[0] in ("time", "number"):
                return False  # a time or figure: the nearest sentences either side tell it (_neighbours)
            return not any(c.type in info.expects and c.sentence.id == host.hit.sentence.id for c in candidates)
        kind = asked_head(info, self._pos) or asked_verbal_head(info, self._pos)
        # (nor its head: "什么世界纪录" ↔ "…50米自由式纪录" names one)
        return bool(kind) and kind[-2:] not in host.hit.sentence.folded and kind in after.hit.sentence.folded

    def _read_on(self, info: QuestionInfo, terms: QuestionTerms, ranked: list[Ranked], candidates: list[Candidate],
                 host: Ranked, after: Ranked) -> tuple[list[Ranked], list[Candidate]]:
        """The question restates `host` and `after` (the next sentence, pointing back to it) is read as it
        (restated.py): `after` takes the host's rank and coverage, and its candidates are marked
        `next_of_restated`; the reranked sentences and the candidates (best first) with it."""
        weights = self.weights.for_qtype(info.qtype)
        x = after.hit.sentence.id
        rows = [r for r in ranked if r.hit.sentence.id != x]
        at = next(i for i, r in enumerate(rows) if r is host)
        rows.insert(at + 1, after)
        marked = []
        for c in self.candidates(info, terms, [host, after], weights):
            if c.sentence.id != x:
                continue
            feats = {**dict(c.features), "next_of_restated": 1.0}
            marked.append(replace(c, features=tuple(feats.items()), score=score(feats, weights)))
        kept = [c for c in candidates if c.sentence.id != x] + marked
        return rows, sorted(kept, key=lambda c: -c.score)

    def with_weights(self, weights: Weights) -> Composer:
        """The same composer (same corpus, caches) scoring with other weights (`qa fit`'s folds)."""
        other = copy.copy(self)
        other.weights = weights
        return other

    # ------------------------------------------------------------ reranking

    def rerank(self, info: QuestionInfo, terms: QuestionTerms, hits: list[Hit],
               speakers: Mapping[str, str] | None = None) -> list[Ranked]:
        if not hits:
            return []
        top = hits[0].score or 1.0
        spoken = speakers or {}
        weights = self.weights.rerank
        day = asks_day(info.text)  # (once, not per row: a relative day is read only for a question asking a day)
        # every article's headline and outlet are made with the composer (`_make_leads`): read from their dicts
        headlines, outlets = self._headlines, self._outlets
        out = []
        for i, h in enumerate(hits):
            s = h.sentence
            article = s.article_id
            # a quoted sentence is read with its speaker's line printed after the quotation (quoted.py), one
            # opening with 他/她 with the person it stands for, a relative day with its date (referents.py)
            text = s.folded + spoken.get(s.id, "") + self._referred(s, info.text, day)
            headline = headlines.get(article)
            outlet = outlets.get(article)
            feats, coverage = sentence_features(info, terms, text,
                                                headline if headline is not None else self._headline(article),
                                                self._before(s) if s.start else "", h.score, top, s.kind, i,
                                                outlet if outlet is not None else self._outlet(article),
                                                referred(self.corpus, s, terms.bigrams))
            out.append(Ranked(h, score(feats, weights), coverage, feats))
        out.sort(key=lambda r: -r.score)
        return out

    def _read(self, terms: QuestionTerms, hits: list[Hit]) -> list[Hit]:
        """The first `read` hits, and any later one whose article's headline (or outlet) holds the question's
        words the sentence lacks, so the two hold them all: "会议由丁瑞云主持" under "市第十四届人大第一次会议举行
        预备会议", "区工商联主席方加亮…" under "闵行区委举行专题协商座谈会". BM25 scores a sentence's own words,
        so such a sentence ranks below other stories' that print more of the question's common words (全国工商联
        主席…) and would never be read. Only the headline is read for most of them (folded once per article).
        Then the sentences of the articles naming the question best that their first sentence completes, when
        none read from them holds it (same_article.py: "马锐锋主持会议。" of the 吴忠 session's story, 63rd)."""
        n = self.config.read
        if len(hits) <= n or not terms.chars:
            return hits[:n]
        out = hits[:n]
        for h in hits[n:]:
            if len(out) >= n + self.config.read_beyond:
                break
            s = h.sentence
            topic = self._lead(s.article_id)[1]  # its headline and outlet (made with the composer: `_make_leads`)
            rest = [c for c in terms.chars if c not in topic]
            if len(rest) < len(terms.chars) and (not rest or all(map(s.folded.__contains__, rest))):
                out.append(h)  # (the sentence folded once, and only when its topic holds some of the question)
        return out + completing(terms, out, hits, self.config.read_articles, self.config.read_beyond,
                                out[n - 1].score, self._lead, self.corpus.sentences_of)

    def _referred(self, s: Sentence, question: str, day_asked: bool = True) -> str:
        """The person a sentence's opening 他/她 stands for and the date its relative day is (referents.py), that
        only when the question asks a day (`day_asked`: referents.asks_day(question), read once by the caller)."""
        f = s.folded  # (read once: each read is a lookup in the fold cache)
        day = relative_day(f, question, self._date(s.article_id)) if day_asked else ""
        opens = s.kind == "body" and PRONOUN_OPENS.match(f) is not None
        if s.kind == "body" and not opens and DESCRIBED.search(f):
            return self._described(s) + day
        if not opens:
            return day
        body, at = self._placed(s)
        who = antecedent(body, at, self._people_past_dateline) if at is not None else ""
        return who + day

    def _pointed_person(self, best: Candidate, info: QuestionInfo) -> Candidate | None:
        """"这是为了纪念谁" ↔ "…信阳申侯是…关键历史人物。隋代的信阳人为纪念他,曾建有申塔": a who-answer that is
        only 他/她 is the person it stands for (referents.person_before); None otherwise."""
        if info.qtype != "who" or best.sentence.folded[best.start:best.end].strip() not in _HE_SHE:
            return None
        body, at = self._placed(best.sentence)
        found = person_before(body, at, self._people_past_dateline) if at is not None else None
        return moved(best, found[0], found[1].start, found[1].end, "person", "+antecedent") if found else None

    def _described(self, s: Sentence) -> str:
        """The person "这名…记者" stands for, named so a few sentences before (referents.described)."""
        body, at = self._placed(s)
        return described_person(body, at, self._people_past_dateline) if at is not None else ""

    def _people_past_dateline(self, s: Sentence) -> list[Span]:
        """A sentence's persons after its dateline (not "吉隆坡" of "(吉隆坡8日讯)", which jieba tags nr). Read
        from its typed spans when they are cached; else the persons alone are found (a sentence read back for a
        pronoun is seldom a candidate's: its other types are not scanned for it)."""
        got = self._cache.get(s.folded)
        if got is not None and got[1] is not None:
            people = [sp for sp in got[1] if sp.type == "person"]
        else:
            kept = self._persons.get(s.folded)  # (a function of the text alone, as the typed spans are)
            if kept is None:
                if len(self._persons) > _POS_CACHE:
                    self._persons.clear()
                # a corpus sentence's persons are those of its typed spans made at index time (persons_in gives
                # extract()'s persons, in order), read as _tagged reads them: the pronoun look-ups of the slowest
                # questions found them live (names.persons over three sentences back, ~10 % of the slowest 2 %)
                stored = self._store.spans(s.folded) if self._store is not None and self._tagger.reads(
                    self._store) else None
                if stored is not None:  # (the store keeps a span's type and rule as plain str)
                    kept = [Span(*t) for t in stored if t[2] == "person"]  # type: ignore[arg-type]
                else:
                    kept = persons_in(s.folded, self._tags(s), self._names, self._freq)
                self._persons[s.folded] = kept
            people = kept
        return [sp for sp in people if sp.start >= self._dateline_end(s)]

    def _paragraph_before(self, s: Sentence, width: int = 80) -> str:
        """The folded end of the body paragraph before the one a sentence opens ("" when it does not open one):
        a paragraph's first sentence goes on from it ("创刊号为四开四版" after the paragraph naming the paper)."""
        if s.start or s.kind != "body":
            return ""
        article = self.corpus.article(s.article_id)
        prev = [p for p in article.paragraphs if p.index < s.paragraph and p.kind == "body"]
        return fold(prev[-1].text[-width:]) if prev else ""

    def _speaker(self, s: Sentence) -> str:
        """The folded speaker's line closing the quotation a body sentence belongs to, "" when none (quoted.py)."""
        if s.kind != "body":
            return ""
        body, at = self._placed(s)
        return speaker_after(body, at) if at is not None else ""

    def _placed(self, s: Sentence) -> tuple[list[Sentence], int | None]:
        """The sentences of a sentence's article, in order, and its position among them (None if not there)."""
        body = self.corpus.sentences_of(s.article_id)
        return body, next((i for i, x in enumerate(body) if x.id == s.id), None)

    def _headline(self, article_id: str) -> str:
        """The article's folded headline and sub-headline (folded once: OpenCC is not free)."""
        folded = self._headlines.get(article_id)
        if folded is None:
            a = self.corpus.article(article_id)
            folded = self._headlines[article_id] = fold(a.headline + " " + a.subheadline)
        return folded

    def _lead(self, article_id: str) -> tuple[str, str, str]:
        """The id of the article's first body sentence ("" when it has none), its headline and outlet (the lead's
        own topic), and those with the lead (the topic of the article and of its other sentences), folded once."""
        got = self._leads.get(article_id)
        if got is None:
            first = self.corpus.first_of(article_id)
            own = self._headline(article_id) + " " + self._outlet(article_id)
            got = self._leads[article_id] = (first.id, own, own + " " + first.folded) if first is not None \
                else ("", own, own + " ")
        return got

    def _make_leads(self, previous: Composer | None) -> None:
        """Every article's lead (`_lead`), made as the composer is. A question reads the leads of the ~40 articles
        it retrieves (same_article.py), ~14 of them never read before: making those (a first sentence, three texts
        folded) was ~3 % of an `ask` at 200k. Here ~8 µs an article (0.14 CPU-s for the 17,812 articles of 200k
        sentences, ~7 MB: what the lazy cache grew to over a long run anyway). A reload takes the previous
        composer's leads, headlines and outlets for the articles it kept (the same objects: the same text and
        split), so it stays quick; any other article's are made by `_lead` itself, so they are the same."""
        if previous is None:
            for a in self.corpus.articles:
                self._lead(a.id)
            return
        kept = {a.id: a for a in previous.corpus.articles}
        leads, headlines, outlets = previous._leads, previous._headlines, previous._outlets
        for a in self.corpus.articles:
            if self.corpus.article(a.id) is not a:
                continue  # an id another article of this corpus takes too: its lead is that one's (`_lead`)
            if kept.get(a.id) is a and a.id in leads:  # (`_lead` made its headline and outlet with it)
                self._leads[a.id] = leads[a.id]
                self._headlines[a.id] = headlines[a.id]
                self._outlets[a.id] = outlets[a.id]
            else:
                self._lead(a.id)

    def _date(self, article_id: str) -> str:
        """The article's date as the page prints it ("" when none was found); kept per article, as the headline
        is (each reranked row reads it: the article's look-up by id cost more than the rest of `_referred`)."""
        got = self._dates.get(article_id)
        if got is None:
            got = self._dates[article_id] = getattr(self.corpus.article(article_id), "date", "") or ""
        return got

    def _outlet(self, article_id: str) -> str:
        """The folded name of the outlet that printed the article ("余庆县融媒体中心": its 县委书记 is 余庆's)."""
        folded = self._outlets.get(article_id)
        if folded is None:
            folded = self._outlets[article_id] = fold(self.corpus.article(article_id).source or "")
        return folded

    def _before(self, s: Sentence, width: int = 80) -> str:
        """The folded text just before a sentence in its paragraph (read from the article, so no per-sentence
        map is kept: a million-sentence corpus costs nothing extra; the recently retrieved ones are remembered,
        as folding is not free)."""
        if s.start == 0:
            return ""
        got = self._befores.get((s.id, width))
        if got is None:
            paras = self.corpus.article(s.article_id).paragraphs
            # (a paragraph's index is its position, as the loaders number them: looked up there first)
            para = paras[s.paragraph] if s.paragraph < len(paras) and paras[s.paragraph].index == s.paragraph \
                else next((p for p in paras if p.index == s.paragraph), None)
            got = fold(para.text[max(0, s.start - width):s.start]) if para is not None else ""
            self._befores[(s.id, width)] = got
            if len(self._befores) > _POS_CACHE:
                self._befores.popitem(last=False)
        return got

    def question_terms(self, question: str, info: QuestionInfo) -> QuestionTerms:
        """The question's terms as prepare() reads them (with its rare words), for `qa fit`'s rerank rows."""
        return question_terms(info, [w for w, rare in self._question_words(question, info.wh_word) if rare],
                              self._places(question))

    def _places(self, question: str) -> list[str]:
        """The places a question names (tagged ns): what names the article it asks of (same_article.py)."""
        return [w for w, tag in self._pos(fold(question)) if tag == "ns" and len(w) >= 2]

    def _question_words(self, question: str, wh_word: str = "") -> tuple[tuple[str, bool], ...]:
        """The question's words of two characters or more, each with whether it is rare: a word jieba's
        dictionary hardly knows (a name, a term) is what a paragraph about something else lacks. A word holding
        the question word ("哪些地方") is what is asked, not what the evidence must repeat."""
        return tuple((t, self.tokenizer.freq(t) < _RARE) for t in self.tokenizer.query_tokens(question)
                     if len(t) >= 2 and not (wh_word and wh_word in t))

    def _sentences_holding(self, words: Iterable[str]) -> list[Sentence] | None:
        """The sentences whose index tokens hold any of `words`, in corpus order; None without postings to read
        (another backend) or when the index cannot tell for one of them (a word in over half the sentences)."""
        if self._postings is None:
            return None
        rows: set[int] = set()
        for word in words:
            got = self._postings(word)
            if got is None:
                return None
            rows.update(got)
        return self.corpus.sentences.take(sorted(rows))

    def _surroundings(self, s: Sentence) -> Surroundings:
        """The text around an answer's sentence that the agreement rules read (policy.py): its headline and the
        text before it, and the whole article (its sentences are folded already)."""
        headline = self._headline(s.article_id)
        article = self._articles.get(s.article_id)
        if article is None:  # remembered: consecutive questions are often about one article
            # the outlet that printed it names its place too ("石台县委宣传部"'s release says 县委 of 石台)
            article = headline + " " + self._outlet(s.article_id) + " " + " ".join(
                x.folded for x in self.corpus.sentences_of(s.article_id))
            self._articles[s.article_id] = article
            if len(self._articles) > _ARTICLES:
                self._articles.popitem(last=False)
        date = self._date(s.article_id)
        years = _PARA_YEAR.findall(self._before(s, _PARAGRAPH))
        if len(self._named) > _POS_CACHE:
            self._named.clear()
        return Surroundings(headline + " " + self._before(s), article, self._pos, self._freq, date[:4],
                            years[-1] if years else "", self._named)

    # ------------------------------------------------------------ candidates

    def _pos(self, folded: str) -> list[tuple[str, str]]:
        return list(self._tagger.tag(folded))

    def _tags(self, s: Sentence) -> list[tuple[str, str]]:
        """The sentence's tags, cached (the typed spans are scanned only when a question needs them)."""
        f = s.folded  # (read once: each read is a lookup in the fold cache)
        got = self._cache.get(f)
        if got is None:
            got = self._cache[f] = (self._pos(f), None)
            if len(self._cache) > _POS_CACHE:
                self._cache.popitem(last=False)
        return self._worded_tags(f, got[0])

    def _worded_tags(self, f: str, pos: list[tuple[str, str]]) -> Tags:
        """The cached tags `pos` of the folded sentence `f` as a spans.Tags, the same one while `f` is among the
        _WORDED most recent (and its cached tags are still `pos`): offsets() counts its words once for all its
        readers, not once a reader (~27 a question, over ~8 sentences)."""
        kept = self._worded.get(f)
        if kept is not None and kept[0] is pos:
            return kept[1]
        tags = Tags(pos)
        self._worded[f] = (pos, tags)
        if len(self._worded) > _WORDED:
            self._worded.popitem(last=False)
        return tags

    def _tagged(self, s: Sentence) -> tuple[list[tuple[str, str]], list[Span]]:
        """The sentence's tags and typed spans, cached: a sentence is tagged and scanned once, not per question.
        Keyed by the folded text, which alone decides both (the names and the dictionary are the composer's): a
        sentence printed in several articles (a syndicated story, a boilerplate line) is scanned once — on the
        bench_ask stream a fifth of the scans were such repeats."""
        f = s.folded
        got = self._cache.get(f)
        if got is None or got[1] is None:
            pos = got[0] if got is not None else self._pos(f)
            # made at index time (tag_store.py) with these tags, names and code, while the dictionary is unchanged
            stored = self._store.spans(f) if self._store is not None and self._tagger.reads(self._store) else None
            # the store keeps a span's type and rule as plain str
            typed = [Span(*t) for t in stored] if stored is not None else extract(f, pos, self._names, self._freq)  # type: ignore[arg-type]
            self._cache[f] = (pos, typed)
            if len(self._cache) > _POS_CACHE:
                self._cache.popitem(last=False)
            return self._worded_tags(f, pos), typed
        return self._worded_tags(f, got[0]), got[1]

    def _typed(self, s: Sentence) -> list[Span]:
        return self._tagged(s)[1]

    def _freq(self, word: str) -> int:
        return int(self.tokenizer.freq(word))

    def candidates(self, info: QuestionInfo, terms: QuestionTerms, ranked: list[Ranked],
                   weights: Mapping[str, float], covered: bool = False) -> list[Candidate]:
        """Every generator's candidates in the best sentences, each with its features and score, best first
        (`covered`: only in the sentences holding min_coverage of the question)."""
        cfg = self.config
        top = ranked[0].score
        anchors = len(info.left) + len(info.right)
        head = head_noun(info, self._pos)
        # "综治中心是什么？", "南宁二中是什么的简称？": a short term may be an abbreviation of a longer one.
        subject = "" if info.qtype != "definition" else (info.left or info.right).strip("的是了“”\"")
        short = (info.left or info.right).strip("的是了") if info.qtype == "definition" else ""
        term_asked = fold(asked_term(info))  # "什么是X": the whole definition of X (defining.py)
        short = short if 2 <= len(short) <= 6 else ""
        valued = asked_attribute(info)  # "乙酰胺的分子式是什么": the value told after 分子式 answers it
        abbreviation = abbreviation_asked(info)  # "首钢是什么的简称": the name told before "简称首钢"
        told = told_attributes(info)  # "首都在哪里" ↔ "首都为贝尔格勒": the value told after the attribute asked
        quoted_kind = asks_quoted(info)  # "哪一示威口号" ↔ "「我们是一个民族!」" (quoted_kind.py)
        which = which_noun(info)
        prior, prior_best = self._prior(info, terms, ranked)
        sides = self._sides(info) if info.expects else None
        # for the names a head noun ends, which one of several a what-question asks (a list asks them all)
        heads_apart = not info.expects and bool(info.wh) and info.qtype == "what"
        head_sides: QuestionSides | None = None  # read on the first such name (it tags the question)
        # Untyped questions get short candidates besides the slot and the sentence: the noun phrases ending in
        # the noun asked for, the enumeration items the question leaves out, what a naming word names.
        short_ok = not info.expects and info.qtype not in ("why", "how", "yesno")
        asked = asked_head(info, self._pos) if short_ok else ""
        # a verbal noun asked ("哪一场革命") ends the answer as a noun does, but does not steer the slot
        noun_asked, asked = asked, asked or (asked_verbal_head(info, self._pos) if short_ok else "")
        copula_head = copula_noun(info, self._pos) if short_ok else ""  # (head_copula.py)
        quoted_noun = head_asked(info, self._pos(info.right)) if short_ok and info.wh else ""  # (quoted_head.py)
        asked_unit = unit_asked(info, self._pos(info.right)) if short_ok and info.wh else ""  # (which_unit.py)
        unit_de = unit_before_de(info) if short_ok and info.wh else ""  # "哪|派|的风格" (which_unit.py)
        naming = short_ok and asks_what_called(info)
        member_kind = kind_of_members(info) if short_ok else ""
        crossing = asked_kind(info.expects) if info.qtype in ("where", "who") else ""
        country = place_kind(info) == "country"
        city_asked = info.qtype == "where" and place_kind(info) == "city"
        topic_asked = short_ok and info.qtype in ("what", "other") and asks_topic(info.text)
        # Typed candidates read every sentence's spans, and so do the short ones below that take them (headed,
        # rest_items, before_copula: the same conditions); `lazy` off: always, the slow twin tests compare against.
        need_spans = bool(info.expects) or self.weights.spans or not self.lazy or (short_ok and bool(
            asked or REST_QUESTION.search(info.text) or info.cloze or (info.wh and not info.right)))
        # the noun after the question word names the kind asked, which the sentence need not print there
        # (up to the first sentence that gives candidates; the sentences after it align the question as printed,
        # as the weights were fitted: aligning every sentence so measured worse held-out, pooled EM 0.397 → 0.396)
        slot_head = info.head or (kind_named(info.right, self._pos) if noun_asked and info.wh else "")
        rest_asked = bool(info.expects) and asks_rest(info.text)
        right_noun = asked_noun(info.right, self._pos(info.right)) if info.wh else ""
        arrived = asked_arrival(info)
        next_words = asked_next(info)
        changed = change_asked(info)
        trade_of = occupation_asked(info.text) if info.qtype == "what" and not info.expects else ""
        employed = employer_asked(info.text) if info.qtype in ("what", "which", "who", "where") else ("", "")
        group = represented(info.text) if info.qtype == "who" and "person" in info.expects else ""
        surname_post = post_word(asked_post(info)) if info.qtype == "who" else ""
        whom = info.qtype == "who" and asks_whom(info.text)
        reign = reign_deed(info)  # "哪个皇帝在位期间被建造" asks the reign's name (reign_asked.py)
        dispatch_day = asks_dispatch_day(info)
        out: list[Candidate] = []
        for rank, r in enumerate(ranked[: cfg.sentences]):
            s = r.hit.sentence
            if s.kind in ("byline", "credit") or (covered and r.coverage < cfg.min_coverage):
                continue
            # Tags and typed spans cost most of a question's time: a sentence is tagged only when a typed
            # candidate needs its spans or one of its candidates needs its words (below), not otherwise; and
            # scanned only when a generator reads its spans (most return on the sentence's words first).
            typed_spans: Sequence[Span] = _Lazy(self._typed, s) if need_spans else []
            f = s.folded
            # a dateline ("新华社北京3月14日电") opens the article: its agency and place answer nothing asked
            opening = self._dateline_end(s)
            if opening and dispatch_day:
                opening = 0  # "…的消息是几月几日发的": the dateline's day is what is asked (dispatch_day.py)
            role = _DATELINE_ROLE.search(f, 0, opening) if opening else None
            if role is not None and f"{role['role']}是谁" in info.text:
                # "【民眾網編輯方笙楠臺北報導】" for "…的編輯是誰": a role no byline question reads (an editor), printed
                # right before the name in the dateline — the name after it answers what the question asks
                opening = role.end("role")
            slot = align(f, info.left, info.right, cfg.max_span, not info.expects, slot_head,
                         skip=not (info.expects or noun_asked)) if info.wh else None
            if slot is not None and info.wh_word == "什么":
                slot = kind_with_head(f, slot, info.right)  # "什么|花开了" ↔ "樱|花开了": 樱花 (kind_head.py)
            if slot is not None and asked_unit:
                slot = with_unit(f, slot, asked_unit)  # "哪个|组的讨论" ↔ "市直六|组的讨论": 市直六组 (which_unit.py)
            if slot is not None and (asked_unit or unit_de):
                slot = to_unit(f, slot, asked_unit or unit_de)  # "哪派的风格" ↔ "吸收|牛派|稳健…" (which_unit.py)
            if slot is not None and resumed_at(f, slot, info.right, right_noun) >= 0:
                # "什么方式|来交换基因" ↔ "接合|来在细胞之间…": the open slot ends where the question resumes
                slot = cut_where_resumed(f, slot, info.right, right_noun, self._tags(s))  # (right_resumes.py)
            if slot is not None and short_ok:
                # "…,|属维多利亚|港的一部份" (slot_clause.py; the sentence tagged only if it reads the words)
                slot = right_clause(f, slot, info, _Lazy(self._tags, s))
            if slot is not None and copula_head and copula_head in f:
                # "当我们说长颈鹿的|自然环境是|热带稀树草原" for 哪一种自然环境 (head_copula.py)
                slot = after_head_copula(f, slot, info, self._tags(s), copula_head)
            if slot is not None and other_name_anchor(f, slot, info.left):
                slot = None  # "郑州|日报》是|哪天|创刊" ↔ "大同|日报》…创刊号": another name's head (anchor_name.py)
            strength = (slot.left + slot.right) / anchors if slot and anchors else 0.0
            found = _Found()
            add = found.add
            paired: set[Span] = set()
            if "分别" in f:
                # "A和B分别于X和Y…", "X和Y…分别迎来A和B" (the values first, respective.py): the value paired with
                # the item the question does not name is not its answer
                paired = respectively_other(f, typed_spans, info.text, info.expects) | values_first_other(
                    f, typed_spans, info.text, info.expects)
            paired |= other_items(f, typed_spans, info.text)  # "周五的气温" ↔ "…;周五,多云,15~23℃;…"
            paired |= other_roles(f, typed_spans, info.text)  # "由哪家单位承办" ↔ "由A主办、B承办"
            if info.qtype == "who":
                paired |= namers(f, typed_spans, info.text)  # "…指的是谁" ↔ "被朱元璋称为「…」" (namer.py)
            # (a sentence that can hold no span of the kind asked is not scanned for it: may_hold)
            for sp in typed_spans if self.weights.spans or any(may_hold(f, k) for k in info.expects) else ():
                if ((info.expects and sp.type in info.expects) or self.weights.spans) and sp not in paired:
                    text = f[sp.start:sp.end]
                    if changed and is_duration(text):
                        continue  # "租金上涨了多少" ↔ "等待了六年": a duration is no amount of change (change.py)
                    # an answer does not repeat the question (a count of something else does not repeat it)
                    if (text not in info.text or counts_other(f, sp.end, text, info.right)) \
                            and not about_other(f, sp, typed_spans, info.text):
                        found.add_typed(sp)
            if crossing:  # "在莫斯科|,与苏联交涉" (莫斯科/nr) for 何处: a name typed as the other kind (translit.py)
                for sp in crossed(f, typed_spans, crossing, info.text, self._freq, country):
                    if sp not in paired:
                        found.add_typed(sp)
            if crossing == "person":  # "例如|志费尼|的《世界征服者史》": an nr word names.py doubted (tagged_names.py)
                for sp in doubted_names(f, self._tags(s), typed_spans, info.text, self._freq):
                    if sp not in paired:
                        found.add_typed(sp)
            if crossing == "person":  # "《X》的作者是谁" ↔ "对于|笛卡尔/nr|《X》一书": the name before the title
                for sp in authors_before(f, self._tags(s), info):  # (work_author.py)
                    if sp not in paired:
                        found.add_typed(sp)
            if arrived:  # "在哪里登陆" ↔ "“莫拉克”登陆围头澳,": the place after the verb of arrival (arrival.py)
                found.add_places(f, arrival_places(f, arrived), info.text)
            if info.qtype == "where":  # "在哪里|进行防溺宣导" ↔ "前往|危险水域三栈溪|进行防溺宣导" (arrival.py)
                found.add_places(f, deed_places(f, info), info.text)
                for sp in level_places(f, info):  # "冷棚村属于哪个镇" ↔ "广水市|武胜关镇|冷棚村" (level_place.py)
                    add(sp.start, sp.end, "src_place", 1.0, "place", "type:place")
                for sp in dwelling_places(f, info):  # "唐老伯住在哪里" ↔ "居住在|玉华花园|的唐老伯" (dwelling.py)
                    add(sp.start, sp.end, "src_place", 1.0, "place", "type:place")
            if city_asked:  # "哪个城市" ↔ "信阳/n是…": a city's bare name jieba tags otherwise (bare_city.py)
                for sp in bare_cities(self._tags(s), info.text):
                    add(sp.start, sp.end, "src_place", 1.0, "place", "type:place")
            if next_words:  # "在哪里的一间教堂" ↔ "在哥打白沙罗一间教堂": the place after 在 (at_place.py)
                for sp in at_places(f, next_words, info.text, self._tags(s)):
                    add(sp.start, sp.end, "src_place", 1.0, "place", "type:place")
            # "X位于哪里" ↔ "X位于西海中部,": a place the typed spans miss or echo (西海, the question's) (at_place.py)
            for sp in located_places(f, info, {t.start for t in typed_spans if t.type in ("place", "org")
                                               and f[t.start:t.end] not in info.text}) if info.qtype == "where" else ():
                add(sp.start, sp.end, "src_place", 1.0, "place", "type:place")
            if group and "代表" + group in f:  # "代表教师发言的是谁" ↔ "张森代表教师,…" (represents.py)
                for sp in representatives(f, typed_spans, group):
                    add(sp.start, sp.end, "src_person", 1.0, "person", "type:person")
                    add(sp.start, sp.end, "src_head", 1.0, "person", "type:person")
            if info.qtype == "who":
                # "足利义昭为谁的弟弟?" ↔ "足利义辉之弟足利义昭": the name before "之/的 + the relation" ahead of X
                for sp in whose(f, typed_spans, info.text, info.expects):
                    found.add_typed(sp, "src_head")
            for sp in reign_spans(f, reign) if reign else ():  # ",康熙年间建造" (reign_asked.py)
                found.add_typed(sp, "src_head")
            if rest_asked:
                # "长沙、桂阳、零陵以及哪里" ↔ "长沙、桂阳、武陵、零陵四郡": the item of the kind asked left unnamed
                for sp in typed_rest(f, typed_spans, info.text, info.expects, which or head):
                    found.add_typed(sp, "src_rest")
            if which and info.expects:
                # "哪所大学" ↔ "南开大学", not "中文系": a name of the kind the measure word counts ends with its noun
                for sp in typed_spans:
                    text = f[sp.start:sp.end]
                    if sp.type in info.expects and names_one(text, which) and text not in info.text:
                        add(sp.start, sp.end, "src_head", 1.0, sp.type, f"type:{sp.type}")
                if which in _SCHOOLS and "org" in info.expects and which in f:
                    # "在世新大学举行" (jieba: 在世|新|大学): the school's name right after 在, where something is
                    # done (after 于, "毕业于X大学法商学院", the name may run on to a part of the school)
                    for m in re.finditer(r"(?<=在)[\u4e00-\u9fff]{2,6}?" + which + r"(?=[\u4e00-\u9fff])", f):
                        if m.group() not in info.text:
                            add(m.start(), m.end(), "src_head", 1.0, "org", "type:org")
                if which[-2:] in _SCHOOLS | {"学校"} and "org" in info.expects and which in f:
                    # "主编及双快中文学校创始人": a school's name opens after a list's joint (及, 与, 、), to its noun
                    for m in re.finditer(r"(?<=[及与、])[\u4e00-\u9fff]{2,4}?" + which + r"(?=[\u4e00-\u9fff])", f):
                        if m.group() not in info.text:
                            add(m.start(), m.end(), "src_head", 1.0, "org", "type:org")
            won = asked_place(info.text)
            if won and won in f:  # "冠军是哪支球队" ↔ "最终镇机关队…获得冠军": the winner's team (rank_winner.py)
                for start, end in winners(f, won):
                    add(start, end, "src_head", 1.0, "org", "type:org")
            if info.qtype == "where" and info.unit in _ROADS and info.unit in f:
                # "在哪条街" ↔ "Welrick 东街75号镇屋": an address's road, without the house number after it
                for sp in numbered_road(f, info.unit, info.text):
                    add(sp.start, sp.end, "src_head", 1.0, "place", "type:place")
            if info.head and info.expects and info.head in f:
                # "哪个港口" ↔ "巴丁班(Patimban)港口": the name the asked noun is printed with, of its kind
                for sp in named_by_head(f, self._tags(s), info.head, info.text, info.expects[0]):
                    found.add_typed(sp)
            spanned = slot is not None and slot.end > slot.start
            if spanned and slot is not None and short_ok and idle_slot(self._tags(s), slot.start, slot.end):
                spanned = False  # "…,|并且|主要的能量来源是…": the slot holds no content word (idle_slot.py)
            if spanned and slot is not None and short_ok and echo_slot(
                    self._tags(s), past_echoed_verb(self._tags(s), slot.start, slot.end, info.text), slot.end,
                    info.text):
                # "塢堡|大多由世族豪強建立": the slot restates the question's words (echo_slot.py); read past the
                # question's words and verb it opens with ("被分类为无|争议性和争议性", echoed_start.py)
                spanned = False
            if spanned and slot is not None and short_ok and frame_tail(self._tags(s), slot.start, slot.end):
                spanned = False  # "在非欧几里得几何|中的球面角是用…": the slot opens with a frame's end (frame_tail.py)
            if info.qtype == "where" and info.head and spanned and slot is not None and slot.left and slot.right:
                # "在哪个警署外设路障" ↔ "到|牛头角警署|外设路障": the slot names the place asked (which_place.py)
                place = headed_place(f, slot.start, slot.end, info.head)
                if place is not None and f[place[0]:place[1]] not in info.text:
                    add(place[0], place[1], "src_place", 1.0, "place", "type:place")
            if info.qtype == "where" and info.left.rstrip()[-1:] in ("去", "到", "往"):
                # "可以去|哪边" ↔ "可以在|外汇商店|购买": the sentence's preposition for the question's verb
                found.add_places(f, place_after_swapped(f, self._tags(s), info.left, info.text), info.text)
            if info.qtype == "where" and spanned and slot is not None and slot.left and not slot.right \
                    and slot.start == slot.left_end:
                # "会经过|哪边" ↔ "经过|埃姆斯兰|到博特罗普": the place before the route's next leg (route_leg.py)
                leg = passed_place(f, slot.start, slot.end, info.left, info.text)
                if leg is not None:
                    add(leg.start, leg.end, "src_place", 1.0, "place", "type:place+route")
            if info.qtype == "where" and spanned and slot is not None and slot.left and slot.right \
                    and f[slot.start:slot.start + 2] in HERE and pointed_place(self._reader, s) is not None:
                # "典礼在|这里隆重|举行": the place named in the sentence before (here.py; shown as it after scoring)
                add(slot.start, slot.start + 2, "src_place", 1.0, "place", "type:place")
            if surname_post and surname_post in f:
                # "典礼上,|和副校长|对新生…欢迎" for "致欢迎的副校长是谁": the holder by surname (surname_post.py)
                for at, surname in surnamed(f, surname_post):
                    if full_name(self.corpus.sentences_of(s.article_id), surname_post, surname) is not None:
                        add(at, at + 1 + len(surname_post), "src_person", 1.0, "person", "type:person")
            if whom and "请" in f:  # "向谁提问" ↔ "“我想请问|张宝顺|书记,…": the one addressed (asked_whom.py)
                for sp in addressed(f, typed_spans):
                    add(sp.start, sp.end, "src_person", 1.0, "person", "type:person")
                    add(sp.start, sp.end, "src_head", 1.0, "person", "type:person")
            if info.qtype == "where" and info.wh_word.endswith("带"):
                found.add_places(f, areas(self._tags(s)), info.text)  # "哪一带" ↔ "祐漢一帶": the area named
            if info.qtype == "where" and (((len(info.unit) == 1 or info.unit == "社区")
                                         and info.unit in ADMIN_SUFFIXES) or info.unit in BANNER_LEVELS):
                # "属于通州区哪个镇" ↔ "北京市通州区梨园镇魏家坟村": the level asked out of a chain (levels.py)
                found.add_places(f, levels_in(f, typed_spans, info.unit), info.text)
                # "在哪个乡举行" ↔ "在|金寧鄉|湖下海堤舉行": the name after 在/于 to the level (placed_level.py)
                found.add_places(f, placed_levels(f, info.unit), info.text)
                # "住在哪个嘎查" ↔ "…浩勒图高勒镇脑干宝力格嘎查": 内蒙古's levels, no chain typed (banner_level.py)
                found.add_places(f, banner_levels(f, info.unit), info.text)
            if info.qtype == "who" and spanned and slot is not None and slot.right and not slot.left \
                    and "person" in info.expects:
                # "误将|艺声|的照片": the question's one-character left anchor, "将", closes a name (light_anchor.py)
                after = name_after_marker(f, self._tags(s), slot.start, slot.end, info.left, info.text)
                if after is not None and (after.start, after.end) not in found.sources:
                    add(after.start, after.end, "src_person", 1.0, "person", "type:person")
            if info.qtype == "who" and spanned and slot is not None and slot.right and "person" in info.expects:
                # "市政府副秘书长王为人|为雕塑揭幕": the right anchor ends a name after a post that jieba cut apart
                name = name_in_slot(f, slot.start, slot.end)
                if name is not None and (name.start, name.end) not in found.sources \
                        and f[name.start:name.end] not in info.text:
                    add(name.start, name.end, "src_person", 1.0, "person", "type:person")
            post = asked_post_prefix(info.right) if info.wh_word in ("哪位", "哪一位") else ""
            if post and "person" in info.expects and post in f:
                # "哪位副市长会见了…" ↔ "副市长只升华在…会见了…": the name printed right after the post asked
                for sp in name_after_asked_post(f, self._tags(s), post, info.right[len(post):], self._freq):
                    if f[sp.start:sp.end] not in info.text:
                        add(sp.start, sp.end, "src_person", 1.0, "person", "type:person")
            if info.qtype == "who" and spanned and slot is not None and slot.left and "person" in info.expects \
                    and _kind_in_slot(f, slot.start, slot.end, _GROUPS, 12):
                # "采访了谁" ↔ "采访|两会期间的执勤人员": the people the anchor points at are a group, named by no name
                add(slot.start, slot.end, "src_person", 1.0, "person", "type:person")
            both = bool(spanned and slot and slot.left and slot.right)
            if info.expects and spanned and not both and slot is not None:
                # One strong anchor right against a short span also fills a typed slot (a name jieba does not
                # know: 大久保笃, 拔都).
                both = (slot.end - slot.start <= 8 and slot.left + slot.right >= 3
                        and not any(c in ",，。;；:：!！?？、" for c in f[slot.start:slot.end]))
            # "X的Y是什么" asks for an attribute, which its slot holds; "什么是X"/"X是什么" for the whole definition
            attribute = info.qtype == "definition" and "的" in info.left
            if spanned and slot is not None and (both or attribute
                                                 or not (info.expects or info.qtype == "definition")):
                # Typed questions take an untyped slot only when both anchors hold (a name jieba missed).
                start, end = slot.start, slot.end
                if slot.left and not info.expects:  # the anchor matched a word but its last character ("改组|成")
                    start = past_cut_word(self._tags(s), start, end, self._freq)
                if short_ok:  # "家康大量减封|毛利家" for "哪一家的领土被家康大量减封" (echoed_start.py)
                    start = past_echoed_verb(self._tags(s), start, end, info.text)
                    start = past_inner_verb(self._tags(s), start, end, info.text)  # "大力灌输|反共思想" (inner_verb.py)
                    start = past_echoed_lead(self._tags(s), start, end, info.text)  # "2012年韩国|游戏" (echoed_lead.py)
                    if not slot.right:  # an open slot, run to its clause's end: "不稳定性|及…" (joined_echo.py)
                        end = before_joined_echo(self._tags(s), start, end, info.text)
                        # "江河级驱逐舰|已发展成伴随主力舰队的…" (echoed_predicate.py)
                        end = before_echoed_predicate(self._tags(s), start, end, info.text)
                if slot.right and info.right[1:2] == f[end:end + 1] != info.right[:1]:
                    # the anchor matched from the second character of the word after the question word (党|委)
                    end = _word_end(self._tags(s), start, end)
                if head and f.startswith(head, end):
                    end += len(head)  # "一起什么危机" ↔ "一起企业账户冻结危机": the noun belongs to the answer
                # "计划在|当地|挖掘水井": a where-slot holding a word that names no place in particular is no answer
                generic = info.qtype == "where" and f[start:end] in GENERIC_PLACES
                # "|11月初|的拉脫維亞首都里加" for 哪位拉脫維亞總理: a time names no one (time_slot.py)
                generic = generic or time_for_person(f, start, end, info.expects)
                # "…,|經常|自稱「如來」" for 何人自稱「如來」: adverbs, pronouns, verbs name no one (nameless_slot.py)
                generic = generic or nameless_for_person(self._tags(s), start, end, info.expects)
                if f[start:end] not in info.text and end - start <= cfg.max_span and not generic:
                    typed = (start, end) in found.sources
                    joined = _joined(typed_spans, start, end, info.expects) if slot.left and slot.right else ""
                    if not joined and slot.left and slot.right and info.qtype == "where" \
                            and place_in_slot(self._tags(s), start, end, self._freq):
                        joined = "place"
                    if not joined and slot.left and (slot.right or not info.right.strip(" ?？")) \
                            and "org" in info.expects and _kind_in_slot(f, start, end, _BODIES, 8):
                        # "费用由|各自企业|承担": the body the anchors close in; or the left anchor and the clause's
                        # end, the question ending with its question word ("供职于|武汉一家软件公司|,")
                        joined = "org"
                    if not joined and slot.left and slot.right and len(info.expects) == 1 and info.head \
                            and f.endswith(info.head, start + 2, end) and info.right.startswith(info.head) \
                            and len(info.right.rstrip("?？ ")) >= len(info.head) + 2:
                        # "为建设|什么城市|共谋大计" ↔ "为建设|现代化区域中心城市|共谋大计": both anchors hold a
                        # slot ending with the noun of the kind asked, so it is one of that kind (words after the
                        # noun close it: the noun alone may go on, "中兴大学|法商学院")
                        joined = info.expects[0]
                    if joined and not typed:
                        # "日本福岛|吾妻综合运动公园体育馆": a slot both anchors hold that opens and ends with
                        # spans of the type asked is one of that type (the tagger cut it in pieces)
                        add(start, end, f"src_{joined}", 1.0, joined, f"type:{joined}")  # type: ignore[arg-type]
                        typed = True
                    add(start, end, "src_slot", strength, "slot", "slot")
                    if asked and both and slot_named(f, start, end, asked):
                        add(start, end, "src_head", 1.0, "term", "head")
                    if asked and not both:
                        # one anchor runs the slot to the clause end: the noun in it the asked head ends
                        # ("…和|伊斯兰教苏菲派一神论的共同基础上产生" for 哪一个宗教) is the answer
                        for sp, firm in headed(f, noun_runs(self._tags(s), start, end), asked, info.text):
                            add(sp.start, sp.end, "src_head", firm, "term", "head")
                            add(sp.start, sp.end, "src_slot", strength, "term", "head")
                    if info.expects and not typed:
                        add(start, end, "untyped_slot", 1.0, "slot", "slot")
            if info.qtype in ("list", "who") and not spanned:
                for sp in _between_head_and_verb(f, info.right):  # "哪些县领导陪同" ↔ "县领导李孝、常皓陪同"
                    add(sp.start, sp.end, "src_slot", 1.0, "slot", "slot")
            if info.qtype in ("list", "who") and not info.left.strip():
                for sp in names_doing(f, info.right):  # "哪些人参加了…会见" ↔ "张安顺、赵晓君参加会见。"
                    add(sp.start, sp.end, "src_slot", 1.0, "slot", "slot")
            marker = {"why": CAUSE_RE, "how": MEANS_RE}.get(info.qtype)
            if marker is not None:
                for sp in marked(f, marker):
                    add(sp.start, sp.end, "src_clause", 1.0, "clause", f"marker:{info.qtype}")
            if info.qtype == "when" and info.left.endswith(("到", "至")):
                # "展延到哪一天" ↔ "由原定3月1日展延两週,直到3月14日": the end asked is the time after 到/至
                for sp in typed_spans:
                    if sp.type == "time" and f[max(0, sp.start - 1):sp.start] in ("到", "至") \
                            and (sp.end - sp.start > 2 or f[sp.start] not in "今明去昨前后本次翌"):
                        # (not a relative word: "到|明年|元旦" is a time word cut short)
                        add(sp.start, sp.end, "src_head", 1.0, "time", "type:time")
            if info.qtype == "number" and (label := _NUMBER_LABEL.search(info.left)) and label.group(1) in f:
                # "传真号码是多少" ↔ "电话:(204) 688-2628 … 传真:204-261-4505": the number printed after its label
                for sp in labelled(f, label.group(1)):
                    add(sp.start, sp.end, "src_head", 1.0, "number", "head")
            for sp in big_counts(f, info):  # "几大板块" ↔ "…三大板块" (big_count.py)
                add(sp.start, sp.end, "src_head", 1.0, "number", "head")
            if info.qtype == "number" and not short_ok:  # "第几次党代会" ↔ "区第八次党代会": the ordinal asked
                for sp in ordinals(f, info.text):
                    add(sp.start, sp.end, "src_ordinal", 1.0, "number", "ordinal")
            if short:
                full = expansion(f, short, typed_spans)
                if full is not None and not need_spans:  # whether it is found does not depend on the spans; where
                    full = expansion(f, short, self._tagged(s)[1])  # it starts does
                if full is not None:
                    add(full.start, full.end, "src_expansion", 1.0, "term", "expansion")
            if short_ok:
                if asked:
                    for sp, firm in headed(f, typed_spans, asked, info.text):
                        add(sp.start, sp.end, "src_head", firm, sp.type, "head")
                    # the sentence's noun runs, where the typed terms cut the noun asked apart ("中途/b|公园") or
                    # ran it on into a verbal noun ("黑死病|影响/vn"): ending in the head's last character (not
                    # "金门行动" for 动物), not an adjective and the head after 的 ("“常驻+轮驻+随驻”的|灵活|机制":
                    # what stands before 的 names it)
                    # (each run taken ends with its last character: a sentence without it is not tagged for them)
                    if asked[-1] in f:
                        adjectives = {(a, b) for a, b, _w, flag in offsets(self._tags(s)) if flag == "a"}
                        for sp, firm in headed(f, noun_runs(self._tags(s), 0, len(f)), asked, info.text):
                            if f.endswith(asked[-1], 0, sp.end) and not (f[sp.start - 1:sp.start] == "的" and (
                                    sp.start, sp.end - len(asked)) in adjectives):
                                add(sp.start, sp.end, "src_head", firm, "term", "head")
                    for sp in labelled(f, asked):  # "哪个邮箱" ↔ "邮箱:zswb03@zsnews.com"
                        add(sp.start, sp.end, "src_head", 1.0, "term", "head")
                        if slot is not None and slot.start < sp.start <= slot.end + len(asked) + 2:
                            # the slot ran up to the label ("发送|至邮箱|:"): the value after it fills it
                            add(sp.start, sp.end, "src_slot", strength, "term", "head")
                if info.wh and has_dash(f):
                    # "全加拿大最大的都会区——|大多伦多地区" for "什么区域是全加拿大最大的都会区" (dashed.py)
                    for sp in dashed_names(f, self._tags(s), info.text, info.right):
                        add(sp.start, sp.end, "src_head", 1.0, "term", "head")
                        add(sp.start, sp.end, "src_named", 1.0, "term", "named")
                if member_kind:  # "什么节日" ↔ "八一建军节" (members.py)
                    for sp in members(self._tags(s), member_kind, info.text):
                        add(sp.start, sp.end, "src_head", 1.0, "term", "head")
                for sp in ordinals(f, info.text):
                    add(sp.start, sp.end, "src_ordinal", 1.0, "number", "ordinal")
                for sp in rest_items(f, typed_spans, info.text):
                    add(sp.start, sp.end, "src_rest", 1.0, "term", "rest")
                if naming:
                    for sp, firm in named(f, info.text):
                        add(sp.start, sp.end, "src_named", firm, "term", "named")
                if quoted_kind and any(q in f for q in _QUOTE_OPENS):
                    # "哪一示威口号" ↔ "以德国统一为目标的「我们是一个民族!」": a quoted term names a slogan, a
                    # title, a law as a whole, whatever its last word (quoted_kind.py)
                    for sp in quotes(f):
                        if quoted_term(f, sp.start, sp.end, info.text):
                            add(sp.start, sp.end, "src_named", 1.0, "term", "named")
                            if kind_after(f, sp.end, info):  # "“…”发展战略": the quotation the kind follows
                                add(sp.start, sp.end, "src_head", 1.0, "term", "named")
                if ":“" in f or "：“" in f or ":「" in f or "：「" in f:
                    # "题了什么词" ↔ "作了祝福题词:“海丝连接,珠城津门”": the quotation the split word announces
                    for sp in colon_quotes(f, info):  # (colon_quote.py)
                        add(sp.start, sp.end, "src_named", 1.0, "term", "named")
                if quoted_noun and quoted_noun in f and any(q in f for q in _QUOTE_OPENS):
                    # "在哪个专刊开辟" ↔ "在“时空黑河”专刊开辟": the quotation the noun asked follows (quoted_head.py)
                    for sp in quoted_before_head(f, quotes(f), quoted_noun, info.text):
                        add(sp.start, sp.end, "src_head", 1.0, "term", "named")
                if info.wh and asked and info.right.endswith("的"):
                    # "三屯河大桥是哪个公路项目的" ↔ "…南山伴行公路项目的三屯河大桥"
                    for sp in owner(f, info.left, info.right):
                        add(sp.start, sp.end, "src_head", 1.0, "term", "head")
                if topic_asked:  # "韩语词汇的核心部分为哪一部分" ↔ "固有词是…,是韩语词汇的核心部分" (topic.py)
                    for sp in topics(f, _Lazy(self._tags, s), info.text, self._freq):
                        add(sp.start, sp.end, "src_subject", 1.0, "term", "subject")
                if info.cloze or (info.wh and (not info.right or info.right.rstrip("?？") == asked)):
                    # "…的制造业为哪一种行业?" ↔ "造船业是…的制造业": the asked noun alone after the question word
                    for sp in before_copula(f, typed_spans, info.left):
                        add(sp.start, sp.end, "src_subject", 1.0, sp.type, "subject")
                for sp in other_side(f, info.text) if info.qtype != "definition" else ():
                    # "什么东西为早期的微波讯号" ↔ "早期的微波讯号为类比讯号" (a definition wants the whole clause)
                    add(sp.start, sp.end, "src_subject", 1.0, sp.type, "subject")
            if employed[0] and employed[0] in f:  # "李泽育是哪家媒体的记者" ↔ "吉林旅游广播记者李泽育" (employer.py)
                for sp in employers(f, *employed):
                    add(sp.start, sp.end, "src_subject", 1.0, sp.type, "subject")
            if trade_of and trade_of in f:  # "赵某是做什么的" ↔ "赵某是名包工头" (occupation.py)
                for sp in occupations(f, trade_of):
                    add(sp.start, sp.end, "src_subject", 1.0, sp.type, "subject")
            if info.qtype == "definition" and subject:
                # "什么是X": a sentence about X says what it is, best one that opens with X ("X（…）是…").
                # (or after a field's frame: "在数学中,约化群是…", defining.py)
                opens = 0 <= f.find(subject) <= 2 or (bool(term_asked) and defines(f, term_asked))
                if opens or rank == 0:
                    start, end = trim(f, 0, len(f))
                    add(start, end, "src_definition", 1.0 if opens else 0.5, "sentence", "sentence")
                for sp in defined(f, subject):  # "“仰尘”可能很多人不知道,就是过去房间的天花板"
                    add(sp.start, sp.end, "src_definition", 1.0, "term", "named")
            if valued:
                for sp in attribute_value(f, valued, info.text):
                    add(sp.start, sp.end, "src_definition", 1.0, "term", "named")
            for sp in told_values(f, told, info.text) if told else ():
                kind = info.expects[0] if info.expects else "term"
                add(sp.start, sp.end, f"src_{kind}" if info.expects else "src_named", 1.0, kind,
                    f"type:{kind}" if info.expects else "named")
            if abbreviation:
                for sp in abbreviated(f, abbreviation):
                    add(sp.start, sp.end, "src_named", 1.0, "term", "expansion")
            if not info.expects and not spanned and rank == 0:
                start, end = trim(f, 0, len(f))
                add(start, end, "src_sentence", 1.0, "sentence", "sentence")
            if self.weights.spans and rank < cfg.span_sentences:
                for sp in spans(self._tags(s), cfg.max_span_chars):
                    if (sp.start, sp.end) not in found.sources and f[sp.start:sp.end] not in info.text:
                        add(sp.start, sp.end, "src_span", 1.0, "span", "span")
            if prior_best is not None and prior_best.sentence.id == s.id:
                add(prior_best.start, prior_best.end, "src_prior", 1.0, prior_best.type, prior_best.rule)
            if info.qtype == "number":
                for sp in paired_counts(f, info.text):  # "几开几版" ↔ "四开四版"
                    add(sp.start, sp.end, "src_number", 1.0, "number", "type:number")
                levels = {(sp.start, sp.end) for sp in level_not_change(f, typed_spans, info.left)}
                for key in [k for k in found.sources if pulls_other(f, k[0], info.text) or k in levels]:
                    del found.sources[key]  # "…增长28.7%,拉动全市…增长8.6个百分点": a share of another's growth
                for key in [k for k in found.sources if other_period(f, k[0], k[1], info.text)
                            or other_owner(f, k[0], k[1], info.text)]:
                    del found.sources[key]  # "从107学年度41.05%降低至109学年度36.74%" for 109学年度 (periods.py)
            if any(q in f for q in _QUOTE_OPENS):
                found.whole_quotes(f, quotes(f), info.text)  # "与《西游记》、《|红楼梦》合称" → 红楼梦 (quote_cut.py)
            if not any(start >= opening for start, _ in found.sources):
                continue
            view = _view(f, self._tags(s), terms, r, rank, top, slot, strength)
            pending: list[tuple[int, int, CandidateType, str, Features]] = []
            headed_names: list[Features] = []  # the candidates of the kind asked by its head noun, in this sentence
            for (start, end), sources in found.sources.items():
                if start < opening:
                    continue
                if prior:
                    sources["prior"] = prior.get((s.id, start, end), 0.0)
                    sources["prior_best"] = float(prior_best is not None and prior_best.sentence.id == s.id
                                                  and (prior_best.start, prior_best.end) == (start, end))
                ctype, rule = found.kinds[(start, end)]
                typed_kind = ctype.startswith(("person", "place", "org", "time", "number"))
                # several names of the kind asked in one sentence ("…属热带草原气候,…其余地区属热带雨林气候"): the
                # context features that tell typed spans apart tell these apart too
                headed_name = heads_apart and "src_head" in sources
                if headed_name and head_sides is None:
                    head_sides = self._sides(info)
                feats = candidate_features(info, terms, view, start, end, sources,
                                           head_sides if headed_name else sides, typed_kind or headed_name)
                if not self.weights.spans and not typed_kind:
                    # Hand weights score an untyped candidate by its source alone, as they were tuned.
                    # (but a typed question's slot both anchors close, words of no verb in one clause, is a name
                    # the tagger missed: "在|蘇聯第三國際|支持與行動下" for 在誰的支持下; its anchor counts as a
                    # name's does)
                    keep = ("anchor",) if "untyped_slot" in sources and _untagged_name(info, slot, f, start, end,
                                                                                       feats) else ()
                    for k in ("anchor", "in_slot", "unit", "type_first", "type_other") + (
                            ("proximity",) if ctype != "clause" and not headed_name else ()):
                        if k not in keep:
                            feats.pop(k, None)
                pending.append((start, end, ctype, rule, feats))
                if headed_name:
                    headed_names.append(feats)
            relative_context(headed_names)  # (head_context.py)
            beside_apart([feats for _, _, ctype, _, feats in pending if "beside" in feats], info.expects,
                         [ctype for _, _, ctype, _, feats in pending if "beside" in feats])  # (beside.py)
            out += [_candidate(s, start, end, ctype, score(feats, weights), rule, feats)
                    for start, end, ctype, rule, feats in pending]
            slot_head = ""  # see above
        out.sort(key=lambda c: -c.score)
        return out

    def _prior(self, info: QuestionInfo, terms: QuestionTerms, ranked: list[Ranked]
               ) -> tuple[dict[tuple[str, int, int], float], Candidate | None]:
        """The hand-set composer's scores of its candidates and its choice (shaped as it would answer it), as
        features of the fitted span model: (scores by (sentence id, start, end), the choice)."""
        if not (self.weights.spans and self.weights.prior):
            return {}, None
        hand = self.with_weights(Weights(rerank=self.weights.rerank, candidate=self.weights.prior))
        cands = hand.candidates(info, terms, ranked, hand.weights.for_qtype(info.qtype))
        scores = {(c.sentence.id, c.start, c.end): c.score for c in cands}
        best = shape(cands[0], info, self._pos) if cands else None
        return scores, best

    def _sides(self, info: QuestionInfo) -> QuestionSides:
        """The question's sides for the context features of typed spans: its verbs are the words tagged as verbs
        that the dictionary knows well (jieba glues "坚于" of "苻坚于何年"), and the word right after its question
        word, the event asked about ("何年|加入", "哪一年时|毕业于": jieba tags 毕业 a noun)."""
        words = list(offsets(self._pos(info.text)))
        verbs = [w for _a, _b, w, t in words if t in _EVENT_TAGS and len(w) >= 2 and self._freq(w) >= _KNOWN]
        if info.wh:
            after = [(w, t) for a, _b, w, t in words if a >= info.wh[1] and len(w) >= 2 and t[:1] not in _NOT_EVENT]
            if after and after[0][1] in _EVENT_TAGS | {"n"} and self._freq(after[0][0]) >= _KNOWN:
                verbs.append(after[0][0].rstrip("于在到了过着"))
        return question_sides(info, verbs)

    def _dateline_end(self, s: Sentence) -> int:
        """Where the article's dateline ends in this sentence (0 when the sentence does not open with it)."""
        if s.start:
            return 0
        dateline = getattr(self.corpus.article(s.article_id), "dateline", None)
        text = dateline.text if dateline is not None else ""
        return len(text) if text and s.text.startswith(text) else 0

    # ------------------------------------------------------------ decline

    def _decline(self, question: str, info: QuestionInfo, hits: list[Hit] | tuple[Hit, ...], rule: str,
                 ranked: list[Ranked] | None = None) -> Answer:
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


class _SpanMaker:
    """typed.extract with a composer's names and frequencies, keyed by them and by the extractor's code."""

    def __init__(self, names: tuple[str, ...], freq: Callable[[str], int]):
        self._names, self._freq = names, freq

    @functools.cached_property
    def key(self) -> str:  # (read only for a corpus large enough for a store: the code's hash takes ~0.3 s)
        h = hashlib.sha256("\n".join(self._names).encode())
        h.update(code_key(extract.__module__).encode())
        return h.hexdigest()[:24]

    def __call__(self, folded: str, tags: Sequence[tuple[str, str]]) -> list[tuple[int, int, str, str]]:
        return [(sp.start, sp.end, sp.type, sp.rule) for sp in extract(folded, list(tags), self._names, self._freq)]


_DATELINE_ROLE = re.compile(r"(?P<role>编辑|编译)(?=[\u4e00-\u9fff]{2,3})")  # (folded) a role in a dateline
_QUOTE_OPENS = ("“", "《", "「")  # the marks quotes() reads, to skip sentences without any
_T = TypeVar("_T")


class _Lazy(Sequence[_T]):
    """A sentence's typed spans or tags, made on their first read (`get`: Composer._tagged, _tags): the same list."""

    __slots__ = ("_get", "_s", "_items")

    def __init__(self, get: Callable[[Sentence], list[_T]], s: Sentence):
        self._get, self._s = get, s
        self._items: list[_T] | None = None

    def _all(self) -> list[_T]:
        if self._items is None:
            self._items = self._get(self._s)
        return self._items

    def __getitem__(self, i):
        return self._all()[i]

    def __len__(self) -> int:
        return len(self._all())

    def __iter__(self) -> Iterator[_T]:
        return iter(self._all())

    def __contains__(self, x: object) -> bool:
        return x in self._all()


class _Found:
    """The candidates of one sentence, by span: each generator that proposed a span adds its source feature."""

    def __init__(self) -> None:
        self.sources: dict[tuple[int, int], dict[str, float]] = {}
        self.kinds: dict[tuple[int, int], tuple[CandidateType, str]] = {}

    def add(self, start: int, end: int, source: str, value: float, kind: CandidateType, rule: str) -> None:
        got = self.sources.setdefault((start, end), {})
        got[source] = max(value, got.get(source, 0.0))
        if (start, end) not in self.kinds or self.kinds[(start, end)][0] in ("span", "term"):
            self.kinds[(start, end)] = (kind, rule)

    def whole_quotes(self, folded: str, quoted: Sequence[Span], question: str) -> None:
        """Each span (no sentence or clause) that cuts through a quotation proposes the quoted term too, with its
        sources and kind, unless the question prints that term."""
        for key in list(self.sources):
            inside = quoted_within(key[0], key[1], quoted)
            if inside is None or inside == key or self.kinds[key][0] in ("sentence", "clause"):
                continue  # (a sentence or a clause answers as a whole, quotations and all)
            if folded[inside[0]:inside[1]] in question:
                continue
            sources = dict(self.sources[key])
            kind, rule = self.kinds[key]
            for source, value in sources.items():
                self.add(inside[0], inside[1], source, value, kind, rule)

    def add_typed(self, sp: Span, *also: str) -> None:
        """A typed span, sourced by its type and by each of `also` ("src_head": it is named by the noun asked)."""
        for source in (f"src_{sp.type}", *also):
            self.add(sp.start, sp.end, source, 1.0, sp.type, f"type:{sp.type}")

    def add_places(self, folded: str, places: Iterable[Span], question: str) -> None:
        """Places a reading of the sentence proposes, each one the question does not itself print nor a word that
        names no place in particular ("前往|当地|进行")."""
        for sp in places:
            if folded[sp.start:sp.end] not in question and folded[sp.start:sp.end] not in GENERIC_PLACES:
                self.add(sp.start, sp.end, "src_place", 1.0, "place", "type:place")


def _beside(near: list[tuple[Ranked, Candidate]], kept: list[Candidate], hosts: dict[str, str],
            coverage: dict[str, float], done: _Done) -> list[Candidate]:
    """`kept` with the neighbours' candidates (_neighbours) first, each read beside the retrieved sentence it was
    found for (its host: the evidence and coverage are that sentence's)."""
    if not near:
        return kept
    host = near[0][0]
    hosts.update((c.sentence.id, host.hit.sentence.id) for _, c in near)
    coverage.update((c.sentence.id, host.coverage) for _, c in near)
    done.candidates = sorted(done.candidates + [c for _, c in near], key=lambda c: -c.score)
    return [c for _, c in near] + kept


@dataclass(frozen=True)
class _Agrees:
    """Whether a span of some type is what the question asks: of its type, its grain (a regex: 哪一年 a year)
    and its unit (多少元 ↛ "3")."""

    info: QuestionInfo
    grain: str

    def __call__(self, kind: str, text: str) -> bool:
        unit = self.info.unit
        # no measure word asked: a measured noun's units ("价格降至多少" ↛ "200公斤")
        units = SAME_UNITS.get(unit, (unit,)) if unit else measured_units(self.info) if self.info.qtype == "number" \
            else ()
        return (kind in self.info.expects and (not self.grain or re.search(self.grain, text) is not None)
                and (not units or text.endswith(units)))


@dataclass
class _Done:
    """The state a decline after candidate scoring reports (the scored candidates stay visible to --explain)."""

    composer: Composer
    question: str
    info: QuestionInfo
    evidence: tuple[Hit, ...]
    ranked: list[Ranked]
    candidates: list[Candidate]
    weights: Mapping[str, float]

    def decline(self, rule: str) -> Composition:
        answer = self.composer._decline(self.question, self.info, self.evidence, rule, self.ranked)
        return Composition(answer, self.info, tuple(self.ranked), tuple(self.candidates), self.weights)


_LOCATIVE_VERBS = ("位于", "坐落于", "坐落在", "地处")  # verbs of where something lies


def _view(f: str, pos: Sequence[tuple[str, str]], terms: QuestionTerms, r: Ranked, rank: int, top: float,
          slot: Slot | None = None, strength: float = 0.0) -> SentenceView:
    """What the candidate features read of a sentence (`f`, folded; `pos`, its tags) ranked `rank` as `r`."""
    words = offsets(pos)
    return SentenceView(
        folded=f, words=words, starts={a: i for i, (a, _, _, _) in enumerate(words)},
        ends={b: i for i, (_, b, _, _) in enumerate(words)}, slot=slot, strength=strength,
        anchors=anchors_in(f, terms.bigrams), rank=rank, gap=top - r.score,
        relative=r.score / top if top > 0 else 0.0, probability=sigmoid(r.score), coverage=r.coverage)


def _partner_first(kept: Sequence[Candidate], info: QuestionInfo, holding: Sequence[Sentence],
                   tags: Callable[[Sentence], Sequence[tuple[str, str]]]) -> list[Candidate]:
    """`kept` with the item a sentence joins to the question's item first (list_partner.py), made when no
    candidate is that item: of the best one's features, or of none when there is no candidate."""
    kept = list(kept)
    got = partner(info, holding, tags)
    if got is None:
        return kept
    s, start, end, item_start, item_end = got
    if kept and kept[0].sentence.id == s.id and item_start <= kept[0].start and kept[0].end <= item_end:
        return kept  # the best one stands in that item already ("东邻|忻城县|和宜州市", not the run 县境东邻忻城县)
    same = next((c for c in kept if c.sentence.id == s.id and (c.start, c.end) == (start, end)), None)
    if same is not None:
        return to_front(kept, same)
    kind, rule = info.expects[0], f"type:{info.expects[0]}+partner"
    made = replace(kept[0], sentence=s, text=s.text[start:end], start=start, end=end, type=kind, rule=rule) \
        if kept else _candidate(s, start, end, kind, 0.0, rule, {})
    return [made, *kept]


def _candidate(s: Sentence, start: int, end: int, kind: CandidateType, total: float, rule: str, feats: Features
               ) -> Candidate:
    return Candidate(text=s.text[start:end], sentence=s, start=start, end=end, type=kind, score=total, rule=rule,
                     features=tuple(sorted(feats.items())))


def _between_head_and_verb(f: str, right: str) -> list[Span]:
    """The names printed between the noun the question asks and its verb ("哪些县领导陪同" ↔ "县领导|李孝、常皓|陪同"):
    the question puts them together after its question word, the sentence puts the names in between."""
    right = right.rstrip("?？ 。")
    out = []
    for k in (2, 3, 4):
        head, rest = right[:k], right[k:]
        if len(rest) < 2 or len(rest) > 4:
            continue
        for m in re.finditer(re.escape(head) + r"([^\W\d_][^,，。;；:：!！?？\s]{1,15}?)" + re.escape(rest), f):
            out.append(Span(m.start(1), m.end(1), "term", "term"))
    return out


def _joined(typed: Sequence[Span], start: int, end: int, kinds: Sequence[str]) -> str:
    """"place" when places open and end [start, end) (a place and the venue in it), "" otherwise. (Numbers,
    times and people so joined are lists or ranges, not one answer: measured on CMRC and DRCD.)"""
    for kind in kinds:
        if kind == "place" and any(sp.type == kind and sp.start == start for sp in typed) and any(
                sp.type == kind and sp.end == end and sp.start > start for sp in typed):
            return kind
    return ""


# Nouns for a kind of body, which a who-question's answer may be ("由各自企业承担", "由所在单位负责").
_BODIES = ("企业", "单位", "部门", "机构", "公司", "政府", "学校", "医院", "银行", "商家", "厂家", "雇主")


def _word_end(pos: Sequence[tuple[str, str]], start: int, end: int) -> int:
    """The slot's end moved past the rest of a two-character noun the right anchor matched from its middle
    ("哪个党委的机关报" ↔ "中国共产党郑州|市委|的机关报": 委 of 党委 matched 委 of 市委, and the word is whole in the
    answer)."""
    for a, b, _w, flag in offsets(pos):
        if a < end < b:  # a noun only: a verb or adverb the anchor cut ("作|為", "更|是") is no part of the answer
            return b if start < a and b - a == 2 and flag[:1] == "n" else end
        if a >= end:
            break
    return end


def _kind_in_slot(f: str, start: int, end: int, kinds: tuple[str, ...], longest: int) -> bool:
    """A slot of one clause, at most `longest` characters, no digit in it, that ends with one of `kinds`: a
    body ("各自企业") or a group of people ("两会期间的执勤人员") a who-question may be answered with."""
    text = f[start:end]
    return 2 <= len(text) <= longest and text.endswith(kinds) and not re.search(r"[\W\d_]", text)


# Nouns for a group of people ("执勤人员", "志愿者"), which a who-question's answer may be when no one is named.
_GROUPS = ("人员", "工作者", "志愿者", "群众", "居民", "市民", "村民", "官兵", "民警", "职工", "员工", "师生", "游客")


def _untagged_name(info: QuestionInfo, slot: Slot | None, f: str, start: int, end: int, feats: Features) -> bool:
    """Whether the untyped slot [start, end) of a typed question is a name the tagger missed: both of the
    question's anchors close it, it is whole words in one clause with no verb and no 的, not only adjectives or
    adverbs ("张淑娟|不满|媒体人…" for 对哪两位媒体人; the tagger may take a name for a time word: 周恩来/t).
    Not a time or a number, which the tagger does find ("在球队|历史内|首次升级" is no time; measured on CMRC)."""
    return (slot is not None and bool(slot.left and slot.right) and info.qtype not in ("when", "number")
            and "words" in feats and not feats.get("has_verb") and not feats.get("modifiers_only")
            and "的" not in f[start:end]
            and not any(c in CLAUSE_END for c in f[start:end]))


def _share_absent(words: Sequence[str], texts: Sequence[str], rare: Collection[str] = ()) -> float:
    """Share of the words found in none of the texts ("明天", "下雨", "gdp"). A rare word of three characters or
    more is found by all but its last one too: jieba glues the verb after a name it does not know ("张玉丽患|了")."""
    if not words:
        return 0.0
    return sum(not any(w in x or (w in rare and len(w) >= 3 and w[:-1] in x) for x in texts)
               for w in words) / len(words)
