"""When to decline, and how sure an answer is.

A confident wrong answer costs a user's trust; a decline costs little. Before a candidate is answered it must
agree with the question (consistency: unit, year, day, place, person, list), and two fitted probabilities read
from the signals in `confidence_features` must reach their thresholds (weights.yaml): evidence (the answer's
sentence holds an answer at all; below it, the papers do not say) and confidence (the answer is right).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from ..lexicon import (
    CJK,
    CLASSIFIERS_ALIKE,
    CN_DIGITS,
    COUNT_NUMERALS,
    DURATION_ASKED,
    DURATION_UNITS,
    KIN_WORDS,
    KIND_WORDS,
    LENGTH_ASKED,
    LIST_CLAUSE_END,
    MEASURED,
    PERSON_CLASSIFIERS,
    PERSON_NOUN_ENDS,
    PERSON_NOUNS,
    PERSON_TAGS,
    PLACE_TAG,
    POST_MODIFIERS,
    POSTS,
    ROMAN_DIGITS,
    SAME_UNITS,
    SEVERAL_PEOPLE,
    UNIT_PATTERN,
)
from ..types import Candidate
from .absent_names import long_name_unprinted, opening_subject_unprinted
from .acting_for_new import acting_for_new
from .age_of import age_of_other
from .agreement import (
    ASKED_AMOUNT,
    BASELINE_YEAR,
    VERB_TAGS,
    Surroundings,
    anaphor_of_other,
    count_of_a_part,
    day_for_year,
    goal_for_source,
    label_for_count,
    names_in,
    negated_event,
    other_counted,
    other_date,
    other_deed,
    other_district,
    other_edition,
    other_kind,
    other_measure,
    other_modifier,
    other_month,
    other_name,
    other_numbered,
    other_ordinal,
    other_org,
    other_origin,
    other_side,
    other_title,
    other_year,
    outside_province,
    role_unnamed,
    unnamed_locative,
    vague_day,
)
from .alias_owner import alias_owner
from .amount_as_share import share_for_amount
from .anniversary import other_founding
from .attached import (
    other_kind_counted,
    other_owner,
    other_period,
    other_person_attached,
    other_place_attached,
    other_place_before_figure,
    other_title_edition,
)
from .attended_count import attended_count
from .award_clause import other_award_clause
from .beyond_list import beyond_list
from .body_unprinted import body_unprinted
from .category_word import category_word
from .chain_body import chain_body
from .city_unnamed import city_unnamed
from .clause_for_kind import clause_for_kind
from .clock_asked import date_for_clock
from .compound_unprinted import compound_unprinted
from .count_asked import amount_for_ordinal, count_for_which, one_for_several, ordinal_for_count
from .count_words import count_word
from .counted_in_money import money_for_count
from .counted_kind import count_for_name
from .counted_noun import other_noun_counted
from .country_as_water import country_as_water
from .country_landform import landform_for_country
from .country_unprinted import country_unprinted
from .defined_unprinted import defined_unprinted
from .deputy_named import deputy_for_post
from .duration_dated import date_for_duration
from .echoed_modifier import modifier_only
from .echoed_place import place_echoed
from .end_unprinted import end_unprinted
from .era_asked import era_for_year
from .event_name import other_event_name
from .event_untold import event_untold
from .features import MONEY, Features, Ranked, measured_units, score, sigmoid
from .first_time import first_as_other
from .fragment import clause_joint
from .from_level import from_level_for_change
from .generic_name import generic_name
from .group_total import group_total
from .holiday_asked import other_holiday
from .item_label import item_label
from .kin_owner import kin_owner
from .later_time import later_time
from .latin_unit import count_for_latin_unit
from .list_mate import list_mate
from .listed_beside import listed_beside
from .measure_unprinted import measure_unprinted
from .measure_word import other_measure_word
from .month_asked import month_for_other
from .name_unfound import name_unfound
from .named_year import year_in_name
from .negated_deed import negated_deed
from .nothing_new import restated_only
from .one_character import one_character
from .opposite_event import opposite_event
from .opposite_twin import opposite_twin
from .ordinal_cut import ordinal_cut
from .ordinal_unprinted import ordinal_unprinted
from .origin import origin_for_destination
from .other_award import other_award
from .other_country import other_country
from .other_level import other_level
from .other_opener import other_opener
from .other_part import other_part
from .other_period_rate import other_period_rate
from .other_value import other_value
from .own_government import own_government
from .own_named import own_named
from .part_asked import country_for_part
from .people import asked_post, holds, post_ending
from .period_apart import period_apart
from .person_asked import org_for_person
from .photo_date import photo_date
from .place_as_time import place_as_time
from .population_listed import population_listed
from .post_deed_unprinted import post_deed_unprinted
from .post_echo import post_echo
from .post_elsewhere import other_post_only
from .post_swapped import other_post_holder
from .pronoun import pointing_answer
from .qualifier_unprinted import qualifier_unprinted
from .question import QuestionInfo, arabic_years
from .quoted_term import quoted_unnamed
from .quoted_time import quoted_time
from .ratio_reversed import reversed_ratio
from .relative_day import other_relative_day
from .relay_leg import relay_leg
from .respective import paired_item
from .restated_span import restated_span
from .share_for_count import share_for_count
from .size_by_count import size_by_count
from .span_of_years import span_answers_when
from .spans import offsets
from .standout import standout
from .subject_unprinted import subject_unprinted
from .superlative_kind import superlative_kind
from .target_asked import outcome_for_target
from .thing_as_person import thing_as_person
from .threshold import threshold_unprinted
from .time_for_count import time_for_count
from .time_for_thing import time_for_thing
from .typed import counts_other
from .uncounted import other_thing_counted
from .unfit_kind import unfit_kind
from .unnamed import person_unnamed
from .unnamed_kind import unnamed_kind
from .where_time import where_time
from .which_post import other_body_post
from .work_title import work_title
from .year_duration import year_duration

DECLINE = "资料中没有找到相关内容。"
# A measure word the question asks in, and the measure words an answer in another unit ends with: "多少吨" is not
# answered by "4.5个", "几天" not by "24日".
_COUNTERS = re.compile(r"(?:\d|[" + CN_DIGITS + r"几多余])\s?(" + UNIT_PATTERN + r")$")
_MAGNITUDES = frozenset(("万", "亿", "兆", "千", "百", "多万", "余万"))
_MONEY = (*MONEY, "万", "亿")  # "多少钱" is not answered by "5个" (a bare 万 or 亿 may end the sum)
# sums asked by the noun after the question word ("筹得多少善款"): lexicon.MEASURED reads the noun before it
_MONEY_AFTER = ("钱", "善款", "捐款", "罚款", "罚金", "赔偿金")


def _asked_units(info: QuestionInfo) -> tuple[str, ...]:
    """The units the measured noun of a how-much question takes, before the question word or after it."""
    return measured_units(info) or (_MONEY if info.right.startswith(_MONEY_AFTER) else ())


_LATIN = re.compile(r"[0-9a-z]")
_A_YEAR = re.compile(r"\d{3,4}\s?年")
# (Ⅲ: a grade, "应急响应为Ⅲ级")
_ANY_NUMERAL = re.compile(rf"[\d{COUNT_NUMERALS}俩半双壹贰叁肆伍陆柒捌玖拾佰仟{ROMAN_DIGITS}]")


# A year named by its distance from the year the report was printed: "去年只有1186人" in a 2008 paper is 2007's.
_YEARS_BACK = {"今年": 0, "去年": 1, "上年": 1, "前年": 2}
_RELATIVE = re.compile(r"(?<![\d年])(" + "|".join(_YEARS_BACK) + ")")
# A sentence naming a year of its own ("2013年", "二零一三世界电信日"): the text before it tells of no other year
_OWN_YEAR = re.compile(r"\d{3,4}\s?年|[〇○零一二三四五六七八九]{4}")


def relative_years(folded: str, printed: str) -> set[str]:
    """The years a sentence names as 今年/去年/前年, read against the year its report was printed ("" unknown);
    a baseline ("比去年同期增长") names the year a figure is compared with, not the year it is of: left out."""
    if not printed.isdigit():
        return set()
    told = BASELINE_YEAR.sub(" ", folded)
    return {str(int(printed) - _YEARS_BACK[m.group(1)]) for m in _RELATIVE.finditer(told)}


def _single_year(article: str, asked: Sequence[str]) -> bool:
    """The whole piece speaks of one year only, the one asked ("2023年宜章县国民经济和社会发展统计公报", a
    year's bulletin or report): each of its sentences that names no year of its own is of that year."""
    years = set(_YEAR_OF.findall(arabic_years(article)))
    return len(years) == 1 and bool(years & set(asked))


_YEAR_OF = re.compile(r"(?<!\d)((?:1[89]|20)\d{2})\s?年")


def inconsistent(info: QuestionInfo, best: Candidate, around: Surroundings | None = None) -> str:
    """Why the answer cannot be right for this question ("" when nothing disagrees): the rule of a decline."""
    text = best.sentence.folded[best.start:best.end]
    why = _wrong_unit(info, text) or _wrong_kind(info, best, text)
    if why:
        return why
    around = around or Surroundings()
    if info.years and not any(y in arabic_years(best.sentence.folded) for y in info.years) \
            and not (not _A_YEAR.search(best.sentence.folded) and any(y in around.near or y == around.year
                                                                      for y in info.years)) \
            and not (not _A_YEAR.search(best.sentence.folded) and _single_year(around.article, info.years)) \
            and not (not _A_YEAR.search(best.sentence.folded) and around.para_year in info.years) \
            and not set(info.years) & relative_years(best.sentence.folded if _OWN_YEAR.search(best.sentence.folded)
                                                     else best.sentence.folded + " " + around.near, around.year):
        # a sentence naming no year of its own tells the one just before it ("1916年，…。袁世凯邀请段祺瑞…"), or,
        # none named there either, the year the report was printed ("…也迎来了75岁生日" in a 2024 paper), or the
        # year the paragraph named last ("2020年,贵州粮食播种面积…。其中,夏粮产量251.67万吨")
        return "decline:year"
    stripped = text.strip().strip("—–-")  # "——科研助理代表座谈会": a sub-head's dash is no word of the answer
    if stripped and info.wh and stripped in info.text and best.type != "byline" \
            and not best.rule.endswith("+negation") \
            and not counts_other(best.sentence.folded, best.end, stripped, info.right) \
            and not ("+route" in best.rule
                     and modifier_only(best.sentence.folded, best.start, best.end, info.text, best.start)):
        # the answer is the question's own words (a 没有 answering 有没有 is no echo; nor the place a route passes
        # that the question names only inside a longer name, 埃姆斯兰|高速公路: route_leg.py)
        return "decline:echo"
    if _action_for_person(info, best, text, around):
        return "decline:type"
    return (_bare_for_money(info, best) or year_in_name(info, best) or ordinal_for_count(info, best)
            or count_for_which(info, best)
            or one_for_several(info, best)
            or other_post_only(info, best, around) or deputy_for_post(info, best) or day_for_year(info, text)
            or label_for_count(info, best)
            or other_counted(info, best, around)
            or other_year(info, best, around) or other_side(info, best, around) or other_ordinal(info, best, around)
            or other_org(info, best, around) or role_unnamed(info, best, around)
            or other_measure(info, best, around) or other_date(info, best, around) or other_month(info, best, around)
            or other_name(info, best, around) or other_district(info, best) or outside_province(info, best)
            or _one_of_many(info, best, around)
            or _unnamed_place(info, best, around) or unnamed_kind(info, best, around)
            or other_title(info, best, around)
            or other_modifier(info, best, around) or other_event_name(info, best, around)
            or unnamed_locative(info, best, around)
            or goal_for_source(info, best) or other_deed(info, best, around) or count_of_a_part(info, best)
            or negated_event(info, best, around) or opposite_event(info, best) or _qualified_post(info, best)
            or _compared_figure(info, best)
            or _place_in_frame(info, best, around) or _holder_apart(info, best) or vague_day(info, text)
            or other_edition(info, best, around) or other_numbered(info, best, around)
            or other_kind(info, best) or _other_rank(info, best)
            or other_origin(info, best) or other_value(info, best) or beyond_list(info, best)
            or restated_only(info, best) or restated_span(info, best) or name_unfound(info, best)
            or time_for_thing(info, best) or span_answers_when(info, best)
            or anaphor_of_other(info, best, around)
            or _another_owners_holder(info, best, around)
            or other_period(info, best, around) or other_owner(info, best, around)
            or other_place_attached(info, best, around) or other_title_edition(info, best, around)
            or other_place_before_figure(info, best, around) or threshold_unprinted(info, best)
            or other_kind_counted(info, best, around) or other_person_attached(info, best, around)
            or _kin_asked(info, best) or quoted_unnamed(info, best, around)
            or long_name_unprinted(info, best, around) or opening_subject_unprinted(info, best, around)
            or compound_unprinted(info, best, around) or place_as_time(info, best)
            or unfit_kind(info, best) or clause_for_kind(info, best, around)
            or generic_name(info, best) or category_word(info, best)
            or count_for_name(info, best) or thing_as_person(info, best, around) or listed_beside(info, best, around)
            or kin_owner(info, best) or post_echo(info, best) or work_title(info, best, around)
            or era_for_year(info, best) or month_for_other(info, best) or org_for_person(info, best)
            or other_level(info, best) or own_named(info, best)
            or from_level_for_change(info, best) or money_for_count(info, best) or relay_leg(info, best)
            or quoted_time(info, best)
            or clause_joint(info, best, around)
            or other_thing_counted(info, best, around) or origin_for_destination(info, best)
            or other_noun_counted(info, best, around)
            or pointing_answer(info, best, around) or person_unnamed(info, best, around)
            or outcome_for_target(info, best, around) or other_measure_word(info, best) or measure_unprinted(info, best)
            or negated_deed(info, best, around) or acting_for_new(info, best)
            or other_relative_day(info, best) or photo_date(info, best) or other_country(info, best, around)
            or other_founding(info, best, around) or other_part(info, best, around)
            or other_body_post(info, best, around) or ordinal_cut(info, best) or year_duration(info, best)
            or time_for_count(info, best) or chain_body(info, best) or other_award(info, best)
            or other_award_clause(info, best)
            or group_total(info, best) or ordinal_unprinted(info, best, around)
            or defined_unprinted(info, best, around) or country_as_water(info, best) or size_by_count(info, best)
            or superlative_kind(info, best) or alias_owner(info, best, around)
            or amount_for_ordinal(info, best) or subject_unprinted(info, best, around)
            or own_government(info, best) or country_for_part(info, best)
            or period_apart(info, best, around) or list_mate(info, best, around)
            or opposite_twin(info, best) or event_untold(info, best, around)
            or body_unprinted(info, best, around)
            or other_opener(info, best, around) or end_unprinted(info, best) or later_time(info, best)
            or age_of_other(info, best)
            or item_label(info, best, around) or place_echoed(info, best) or count_word(best)
            or one_character(best) or first_as_other(info, best, around) or count_for_latin_unit(info, best)
            or reversed_ratio(info, best) or date_for_clock(info, best) or date_for_duration(info, best)
            or other_holiday(info, best, around) or country_unprinted(info, best, around)
            or share_for_amount(info, best) or other_post_holder(info, best, around)
            or landform_for_country(info, best) or city_unnamed(info, best, around)
            or attended_count(info, best) or share_for_count(info, best)
            or qualifier_unprinted(info, best, around) or other_period_rate(info, best)
            or population_listed(info, best) or where_time(info, best) or post_deed_unprinted(info, best, around))


def _bare_for_money(info: QuestionInfo, best: Candidate) -> str:
    """A sum asked ("赔偿金额是多少", "筹得多少钱") is not answered by a bare number the sentence counts something
    else with ("4死39|傷": 39 wounded), nor by an ordinal ("第137选区"): money is printed with its currency."""
    if info.qtype != "number" or info.unit:
        return ""
    units = _asked_units(info)
    if "元" not in units:
        return ""
    text = best.sentence.folded[best.start:best.end].strip()
    if text.endswith(units):
        return ""
    if text.startswith("第"):
        return "decline:unit"
    after = best.sentence.folded[best.end:best.end + 1]
    if re.fullmatch(r"[\d.,]+", text) and CJK.match(after) and after not in "万亿兆千百" \
            and not best.sentence.folded[best.end:].startswith(units):
        return "decline:unit"
    return ""


# "肖丽的丈夫": a kin word after a name and 的, the person a question asks of
_KIN_OF = re.compile(r"([\u4e00-\u9fff]{2,4})的(" + "|".join(sorted(KIN_WORDS, key=len, reverse=True)) + ")")


def _kin_asked(info: QuestionInfo, best: Candidate) -> str:
    """"肖丽的丈夫今年多少岁" answered from "肖丽今年35岁": the question asks of someone's kin, the answer's
    sentence names that someone and no family tie (丈夫; "其父", "之子", "爱妻" would say one): the figure or name
    is the person's own ("decline:subject")."""
    m = _KIN_OF.search(info.text)
    if m is None:
        return ""
    owner, kin = m.groups()
    f = best.sentence.folded
    # a sentence naming any family tie may say it from the other side ("忽必烈爱妻察必皇后" for 察必皇后的丈夫)
    return "decline:subject" if owner in f and not any(c in f for c in kin + _FAMILY) else ""


_FAMILY = "夫妻子女父母儿爸妈爷奶婆孙哥姐弟妹媳婿兄嫂叔伯姑舅姨侄甥"


_TERM_SESSION = re.compile(r"[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,2}[次中]")
# An age asked without its unit in the question word ("多大年纪", "年龄是多少"; "多少岁" names its unit itself).
_AGE_ASKED = re.compile(r"多大(?:年纪|岁数|年龄)|(?:年纪|年龄|岁数)(?:是|为|有)?多[少大]")


# the noun counted after 个 is a person's ("几个皇帝", "多少个工人"): read from the question's words after it
_PERSON_COUNTED = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:" + PERSON_NOUNS + r"|帝|王)")


def _classifiers_alike(info: QuestionInfo) -> tuple[str, ...]:
    """The individual classifiers answering a count asked in a general one (lexicon.CLASSIFIERS_ALIKE), and those
    of people when the noun counted right after it is a person's ("几个皇帝" ↔ "93位")."""
    alike = CLASSIFIERS_ALIKE.get(info.unit, ())
    if alike and info.unit == "个" and _PERSON_COUNTED.match(info.right):
        alike += PERSON_CLASSIFIERS
    return alike


# a share ("三分之二", "52.92%"), and the words of a question asking one or a change, which a share may answer
_SHARE = re.compile(r"分之|%|‰")
_SHARE_ASKED = re.compile(r"增|减|降|升|涨|提高|跌|比|占|率|成长|份额|多少成")


def _wrong_unit(info: QuestionInfo, text: str) -> str:
    """The answer counts in another unit than the one asked, or in none ("decline:unit")."""
    if info.qtype != "number" and not _SCORE_ASKED.search(info.text):
        return ""
    text = re.sub(r"(?<=年)多$", "", text)  # "两年多" counts in 年 (typed.py keeps the 多 with the years)
    if info.unit == "届" and _TERM_SESSION.fullmatch(text):
        return ""  # "第几届几次会议" is answered by "七届三次": the term, then its session
    if info.unit and info.qtype == "number":
        m = _COUNTERS.search(text)
        unit = m.group(1) if m else ""
        alike = SAME_UNITS.get(info.unit, (info.unit,)) + _classifiers_alike(info)
        if unit and unit not in _MAGNITUDES and not text.endswith(info.unit) and unit not in alike:
            return "decline:unit"  # "3400万" answers "多少人": a magnitude is no other unit
        if info.unit == "天" and text.endswith(("日", "号")):
            return "decline:unit"  # "24日" is a date, not a number of days
        if not _counted(text, alike):
            return "decline:unit"  # "多少名学生" is not answered by "开学第一课"
    if info.qtype == "number" and _AGE_ASKED.search(info.text) and not re.search(r"岁|周年", text):
        return "decline:unit"  # "高四明多大年纪" is not answered by "702" (路公交车): an age is told in 岁
    if info.qtype == "number" and info.wh_word in _WH_UNITS and not _DURATION_ASKED.search(info.text) \
            and not _counted(text, _WH_UNITS[info.wh_word]):
        return "decline:unit"  # "摊位多宽" is not answered by "百个"
    if info.qtype == "number" and not info.unit:
        units = _asked_units(info)
        m = _COUNTERS.search(text)
        if units and m and not text.endswith(units):
            return "decline:unit"  # "人口是多少" is not answered by "1个"
        if units and _SHARE.search(text) and not text.endswith(units) and not _SHARE_ASKED.search(info.text):
            return "decline:unit"  # "总人口有多少" is not answered by "三分之二" (of it): a share is no amount
        if m and RATE_ASKED.search(ASKED_AMOUNT.sub("", info.left)) and not text.endswith(RATES) \
                and not _DURATION_ASKED.search(info.text):
            return "decline:unit"  # "投票率是多少" is not answered by "十一月": a rate is a share
        if m and m.group(1) in _CALENDAR and CJK.match(info.right) and not _DURATION_ASKED.search(info.text) \
                and not info.right.startswith(_CALENDAR):
            return "decline:unit"  # "每天有多少旅客" is not answered by "六年": people are not counted in years
        if _DURATION_ASKED.search(info.text) \
                and not (_counted(text, DURATION_UNITS, bare=False) or _CLOCK.search(text)):
            return "decline:unit"  # "用了多长时间" is not answered by "暨2024合川", nor by a score ("6:0")
    if info.qtype == "number" and _IDENTIFIER_ASKED.search(ASKED_AMOUNT.sub("", info.left).rstrip()) \
            and _COUNTERS.search(text):
        return "decline:unit"  # "车牌号码是多少" is not answered by "一辆": a number that names is no count
    if _SCORE_ASKED.search(info.text) and not _SCORE.search(text):
        return "decline:unit"  # "比分是多少" is not answered by "2005"
    if info.qtype == "number" and (info.unit or CJK.match(info.right)) and not _ANY_NUMERAL.search(text):
        # a count asked ("有多少根桂花枝被折断") is not answered by "见到": no number at all ("价格降至多少"
        # may be answered by a level in words, "成本价")
        return "decline:unit"
    return ""


def _wrong_kind(info: QuestionInfo, best: Candidate, text: str) -> str:
    """The answer is no thing of the kind asked: no institution, no time, no name ("decline:type")."""
    if info.head in _INSTITUTIONS and not any(k in text for k in _INSTITUTIONS[info.head]) \
            and not (info.head == "大学" and best.type == "org" and _SHORT_UNIVERSITY.match(text.strip())):
        return "decline:type"  # "哪家医院" is not answered by a city
    if info.qtype == "when" and (text.strip() in _PART_OF_DAY or not _TIMELIKE.search(text)):
        return "decline:type"  # "何时停播" is not answered by "上午" alone, "哪一年开设的" not by "办得很好"
    if info.qtype == "when" and _LABEL_YEAR.search(text):
        return "decline:type"  # "2022年度安徽经济新闻奖": the year names an award, not when anything happened
    if best.type == "sentence" and _NAME_ASKED.search(info.text):
        return "decline:type"  # "叫什么名字": a whole sentence names nothing
    if text.strip() in KIN_WORDS and _NAME_ASKED.search(info.text):
        return "decline:type"  # "操作工叫什么名字" is not answered by "同事": a relation is no name
    echo = _ECHO_START.match(text.strip())
    if _POST_ASKED.search(info.text) and best.type != "byline" and not PERSON_NOUN_ENDS.search(text.strip()) \
            and echo is not None and echo.group() in info.text:
        # "骆敏舟在中科院担任什么职务" is not answered by "骆敏舟辞去中科院": the question's own subject, no post
        return "decline:type"
    if best.type in ("org", "place") and (asked_post(info) or (
            info.qtype == "who" and _HEAD_OF_ASKED.search(info.left.rstrip("的是")))):
        return "decline:type"  # "海南日报社社长是谁" is not answered by "工商银行门口": a post is held by a person
    return ""


def _unnamed_place(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"哪个救助站" answered by a clause that says only "救助站" after a verb ("民警想把她带到救助站"): the
    institution asked for is never named ("decline:type")."""
    m = _WHICH_NOUN.search(info.text)
    if not m or around.tag is None:
        return ""
    noun = m.group(1)
    text = best.sentence.folded[best.start:best.end]
    if noun not in text or text == noun:
        return ""
    words = offsets(around.tag(text))
    before = {b: flag for _a, b, _w, flag in words}
    at = [i for i in range(len(text)) if text.startswith(noun, i)]
    return "decline:type" if all(i == 0 or before.get(i, "")[:1] in _BARE_BEFORE for i in at) else ""


# "哪个救助站", "哪家派出所": an institution asked by its noun (ending as such nouns do)
_WHICH_NOUN = re.compile(r"哪[个家所座间](\w{1,3}[站所院馆局厂店校园部处])")
_BARE_BEFORE = ("v", "p", "u", "r", "d", "c")  # the noun after a verb or a function word is named by nothing


def _holder_apart(info: QuestionInfo, best: Candidate) -> str:
    """"<post>是谁" answered from a sentence that prints the post's role word only apart from the answer (before
    it across a clause break; after it, neither right after nor after a copula): the sentence speaks of the post
    without naming its holder ("20多家地方媒体的总编辑获授“无锡城市推荐官”荣誉牌", "泰国前首相周四晚现身曼谷路
    (唐人街)"). A sentence that does not print the role at all is left to the other rules."""
    asked = asked_post(info)
    role = post_ending(asked) if asked else ""
    f = best.sentence.folded
    found = [m.start() for m in re.finditer(re.escape(role), f)] if role else []
    for at in found:
        end = at + len(role)
        if at < best.end and best.start < end:
            return ""  # the answer holds the role ("总编辑杨峰" read as one span)
        if end <= best.start:  # the holder after the post: right after it, or after a copula ("主席是曾任…的X")
            gap = f[end:best.start]
            linked = _HOLDER_LINK.match(gap) and not any(c in LIST_CLAUSE_END for c in gap[1:])
            if len(gap.strip()) <= 2 or _NAME_PARTS.match(gap) or linked:
                return ""
        elif not any(c in LIST_CLAUSE_END for c in f[best.end:at]):
            return ""  # the holder before the post, in its clause ("马英九当选中华民国第十二任总统")
        elif "分别" in f[best.end:at]:
            # "刘胜刚、金海山、张革,分别任…、编辑部主任": the names paired with the posts after 分别, the one
            # paired with the answer the asked post or not (副总编辑 for 总编辑)
            item = paired_item(f, best.start, best.end)
            return "" if item is None or holds(item, asked) else "decline:post"
    return "decline:post" if found else ""


_OWNER_NAME = re.compile(r"[\u4e00-\u9fff]{2,}$")  # the owner's own name before the kind the two share


def _another_owners_holder(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"深圳晚报副总编辑是谁" answered by the name after "京九晚报副总编辑": the sentence prints the asked post and
    its owner's kind (晚报) right before the name, after another owner's name (京九) that the question does not
    hold, and the article never names the question's owner (深圳): the other owner's holder ("decline:other")."""
    asked = asked_post(info)
    role = post_ending(asked) if asked else ""
    before = best.sentence.folded[:best.start].rstrip()
    k = 0
    while k < min(len(asked), len(before)) and asked[-1 - k] == before[-1 - k]:
        k += 1
    if not role or k <= len(role):
        return ""  # only the post is shared ("宣传部部长" after "市委常委、"): no owner of the same kind printed
    mine, theirs = _OWNER_NAME.search(asked[:-k]), _OWNER_NAME.search(before[:-k])
    if mine is None or theirs is None or around.tag is None:
        return ""
    if any(not words or not words[-1][1].startswith("n") for words in (around.tag(mine.group()),
                                                                          around.tag(theirs.group()))):
        return ""  # names, not a clause's words ("…答问的|财政司司长" ↔ "以下是|财政司司长")
    a, b = mine.group()[-2:], theirs.group()[-2:]
    if set(a) & set(b) or b in info.text or a in best.sentence.folded or a in around.article:
        return ""
    return "decline:other"
# "总主席罗山• |鲁斯拉尼": the answer is the last part of a name printed in parts
_NAME_PARTS = re.compile(r"\s*(?:[^\W\d_]{1,8}\s?[•·・‧.]\s?)+$")
_HOLDER_LINK = re.compile(r"\s*(?:是|为|由|系|:|一职)")  # "总编辑为张三", "总编辑一职由张三担任"


def _action_for_person(info: QuestionInfo, best: Candidate, text: str, around: Surroundings) -> bool:
    """A who-question answered by an untyped slot that ends with a verb and holds no word tagged as a name nor
    one the dictionary hardly knows ("审判长|当庭宣判"): an action, no one's name ("则由世孙李算继承",
    "真挚温暖的乌尔苏|拉" still name someone)."""
    if info.qtype != "who" or best.type != "slot" or around.tag is None:
        return False
    words = around.tag(text)
    return bool(words) and words[-1][1] in VERB_TAGS and not any(
        flag in PERSON_TAGS or (len(w) >= 2 and around.freq(w) < _UNKNOWN_WORD) for w, flag in words)


_UNKNOWN_WORD = 20  # dictionary frequency below which a word may be a name jieba does not know
_NUMERAL = rf"[\d{COUNT_NUMERALS}兆多余半{ROMAN_DIGITS}]"  # 兆: Taiwan's trillion, "1兆倍"; Ⅲ: a grade, "Ⅲ级"
# What any time holds: a digit, a calendar word, a season, a part of the day, a dynasty ("西晋", "东汉").
_TIMELIKE = re.compile(r"[\d" + CN_DIGITS + r"年月日号时天周世纪代朝期季春夏秋冬今昨明前后初末晚早午夜间旬"
                       r"商秦汉晋隋唐宋元清魏齐梁陈辽金]")
# A part of the day alone names no time ("何时停播" ↛ "上午"): the day it belongs to is missing.
_PART_OF_DAY = frozenset(("上午", "下午", "晚上", "凌晨", "中午", "早上", "清晨", "傍晚", "晚间", "当天", "当晚",
                          "当日"))
_SCORE_ASKED = re.compile(r"比分|比数|几比几|多少比多少")
_SCORE = re.compile(r"\d+\s?[比:：-]\s?\d+|[" + CN_DIGITS + r"]+比[" + CN_DIGITS + r"]+")
_NAME_ASKED = re.compile(r"全名|全称|叫什么名字|名字是什么|名字叫什么|姓名是什么|姓什么|什么品牌|哪个品牌|什么牌子")
# numbers that name one thing (a plate, a telephone, a code), not count anything
_IDENTIFIER_ASKED = re.compile(r"(?:号码|编号|代号|代码|车牌号?|门牌号?|电话|邮编|账号|学号|工号)$")
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?$")  # a time taken: "1:12:30"
# Institutions asked by the noun their names end with ("哪家医院" → …医院), and the endings that name one: a city
# or a person does not answer them.
_SCHOOLS = ("学校", "大学", "中学", "小学", "学院", "学堂", "书院")
_INSTITUTIONS: Mapping[str, tuple[str, ...]] = {
    "学校": _SCHOOLS, "大学": ("大学", "学院"), "医院": ("医院",), "公司": ("公司", "集团"), "银行": ("银行",),
    "学院": ("学院", "大学", "书院"),  # "受哪个学院之邀" is not answered by "中国民航" (absent46)
    "酒店": ("酒店", "宾馆", "饭店"), "机场": ("机场",), "法院": ("法院",), "博物馆": ("博物馆",),
    # a TV station is also named by its channel: 德国电视一台, 湖南卫视
    "图书馆": ("图书馆",), "电视台": ("电视台", "电视", "卫视"), "报社": ("报社", "报")}
# the head of a place named by the place's last character ("动物园园长", "博物馆的馆长", "派出所所长"): a post,
# whether or not POSTS lists it
_HEAD_OF_ASKED = re.compile(r"([^\W\d_])的?\1长$")
# an organisation named as a university by its short name ("北大", "福师大"), alone or with its department
# ("福师大中文系")
_SHORT_UNIVERSITY = re.compile(r"[^\W\d_]{1,3}大(?:[^\W\d_]{0,4}[系院])?$")
_POST_ASKED = re.compile(r"什么职务|什么职位|何职|哪个职位|什么官职")
_ECHO_START = re.compile(r"[\u4e00-\u9fff]{3}")
_LABEL_YEAR = re.compile(r"\d{4}\s?年度[^\W\d_]{2,}")  # a year that names a thing: "2022年度…新闻奖", "2021年度报告"
_DURATION_ASKED = re.compile(DURATION_ASKED)


def _counted(text: str, units: Sequence[str], bare: bool = True) -> bool:
    """Does the answer count in one of these units ("18名", "两个半小时", "78岁高龄") or (`bare`) end with a bare
    number?"""
    # (a count ends with its unit: a unit the text does not hold needs no pattern compiled)
    return bool(bare and _BARE_NUMERAL.search(text.rstrip())) or any(
        u in text and _count_in(u).search(text) for u in units)


_BARE_NUMERAL = re.compile(_NUMERAL + r"$")


@lru_cache(maxsize=1024)
def _count_in(unit: str) -> re.Pattern[str]:
    """A count in `unit`, compiled once a unit (re's own cache of 512 is churned by the patterns other rules
    build per question, so these were compiled again and again)."""
    return re.compile(_NUMERAL + r"[\s个多余半]*" + re.escape(unit))


# "多高", "多宽": a length is asked, "多重" a weight
_WH_UNITS: Mapping[str, tuple[str, ...]] = {
    **{w: MEASURED["长度"] for w in LENGTH_ASKED}, "多重": MEASURED["重量"],
    "多高": (*MEASURED["长度"], "%", "百分点", "成", "倍"),  # "减幅有多高" asks a rate
    "多长": (*MEASURED["长度"], *DURATION_UNITS)}  # "航程有多长": "两小时"


# Who-questions that ask for several people (shape.py widens a person answer to every name coordinated with it).
_SEVERAL_PEOPLE = re.compile(SEVERAL_PEOPLE)


def _one_of_many(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """Several people asked ("与哪些人进行了访谈"), the sentence names several, and the answer names none of
    them (a fragment like "南京大学地理"): a list question answered with something that is no item of the list."""
    if info.qtype != "who" or around.tag is None or not _SEVERAL_PEOPLE.search(info.text):
        return ""
    f = best.sentence.folded
    people = {n for kind, n, _ in names_in(f, around) if kind == "person"}
    if len(people) >= 2 and not any(n in f[best.start:best.end] for n in people):
        return "decline:list"
    return ""


RATE_ASKED = re.compile(r"(?:率|比例|比重|占比)$")
RATES = ("%", "％", "百分点", "成", "倍")
_CALENDAR = ("年", "月", "日", "号", "世纪")


def confidence_features(best: Candidate, others: Sequence[Candidate], info: QuestionInfo, coverage: float,
                        missing: float, words: Sequence[tuple[str, bool]] = (),
                        context: Sequence[str] = (), around: Surroundings | None = None,
                        ranked: Sequence[Ranked] = (), told: str = "") -> Features:
    """What the confidence model reads: how strongly the best candidate won and how well the evidence covers
    the question. `words` are the question's words with "is it rare"; `context` the answer's sentence and the
    text around it (its headline and the text before it; folded): a rare word of the question missing there
    (the name, the term asked about) says the paragraph that would answer is not in the papers. `around` (the
    answer's article and the tagger) adds the question's subject and bigrams missing there (_absence); `ranked`
    (the retrieved sentences) and `told` (the id of the one that tells the answer) how that one stands out among
    them (standout.py)."""
    second = next((c.score for c in others if c.text != best.text), best.score - 5.0)
    feats = dict(best.features)
    f: Features = {
        "score": best.score,
        "margin": min(best.score - second, 10.0),
        "coverage": coverage,
        "missing": missing,
        "sentence_p": feats.get("sentence_p", 0.0),
        "typed": float(bool(info.expects)),
        "type_first": feats.get("type_first", 0.0),
        "anchor": feats.get("anchor", 0.0),
        "echo": feats.get("echo", 0.0),
        f"q_{info.qtype}": 1.0,
        # what made the answer: a typed span, a slot, a clause, the whole sentence (each right at its own rate)
        f"rule_{best.rule.split(':')[0]}": 1.0,
        "length": min(best.end - best.start, 60) / 20.0,
        "whole": float(best.end - best.start >= 0.9 * len(best.sentence.text)),
    }
    if words and context:
        absent = [not any(w in x for x in context) for w, _ in words]
        f["local_missing"] = sum(absent) / len(absent)
        rare = [a for a, (_, r) in zip(absent, words, strict=True) if r]
        if rare:
            f["rare_missing"] = sum(rare) / len(rare)
            f["rare_any_missing"] = float(any(rare))
        else:
            f["no_rare"] = 1.0
        latin = [a for a, (w, _) in zip(absent, words, strict=True) if _LATIN.search(w)]
        if latin:
            f["latin_missing"] = sum(latin) / len(latin)
    if around is not None and context:
        f.update(_absence(info, context, around))
    if ranked:
        f.update(standout(ranked, told or best.sentence.id))
    if info.qtype in _LONG_ANSWERS:  # what these answer with says more than for the others: their own weights
        f[f"{info.qtype}_{best.rule.split(':')[0].split('+')[0]}"] = 1.0
        f[f"{info.qtype}_items"] = min(best.sentence.folded.count("、"), 4) / 4.0
    return f


_LONG_ANSWERS = ("list", "definition")  # CMRC's long answers: enumerations, descriptions


# two CJK characters: the question's bigrams that the evidence should repeat
_CJK2 = re.compile(r"[\u4e00-\u9fff]{2}")
_FUNCTION_CHARS = frozenset("的地得是在了着过和与及或也都就被把对从向为于而吗呢啊吧之其")
_PICTURE_WORDS = sorted(KIND_WORDS["credit"], key=len, reverse=True)


def _absence(info: QuestionInfo, context: Sequence[str], around: Surroundings) -> Features:
    """What a paragraph about something else lacks: the question's subject (its first noun of two characters or
    more, before the question word) missing from the answer's sentence and the text before it
    (subject_missing) or from its whole article (subject_article_missing), and the question's bigrams the
    sentence and that text do not hold (bigrams_gone: how many, a tenth each up to 1; bigrams_gone_share: which
    share). Kept among the signals tried for the measured gain on held-out folds (src/qa/fit.py)."""
    f: Features = {}
    q = info.text[: info.wh[0]] + " " + info.text[info.wh[1]:] if info.wh else info.text
    for w in _PICTURE_WORDS:  # "照片…拍的": the picture itself, which its caption never names
        q = q.replace(w, " ")
    grams = {q[i:i + 2] for i in range(len(q) - 1) if _CJK2.fullmatch(q[i:i + 2])
             and not any(c in _FUNCTION_CHARS for c in q[i:i + 2])}  # "杉的", "是在" say nothing of the topic
    if grams:
        gone = sum(not any(g in x for x in context) for g in grams)
        f["bigrams_gone"] = min(gone, 10) / 10.0
        f["bigrams_gone_share"] = gone / len(grams)
    if around.tag is not None:
        subject = next((w for w, t in around.tag(info.left or info.text) if len(w) >= 2 and t[:1] == "n"), "")
        if subject:
            f["subject_missing"] = float(not any(subject in x for x in context))
            f["subject_article_missing"] = float(subject not in around.article)
    return f


def confidence(features: Mapping[str, float], weights: Mapping[str, float], fallback: float) -> float:
    """The fitted probability that the answer is right; `fallback` when no confidence model is fitted."""
    if not weights:
        return round(max(0.0, min(1.0, fallback)), 4)
    return round(sigmoid(score(features, weights)), 4)


def heuristic_confidence(best: Candidate, coverage: float) -> float:
    """How much of the question the answer's sentence holds, and how strongly the answer won (0–1): the
    confidence before a model is fitted."""
    margin = best.score / (abs(best.score) + 2.0) if best.score > 0 else 0.0
    return 0.5 * coverage + 0.5 * margin


def _qualified_post(info: QuestionInfo, best: Candidate) -> str:
    """"段长是谁" answered by the name printed right after a qualified form of the post ("副段长吴佳阳"), or right
    before it ("李长青老社长" for 现任社长: 老 after a name tells a former holder): the deputy or the former is not
    the holder ("decline:post"). For posts the people rules do not know ("段长"), any word in 长 or one of POSTS,
    the asked post's last words ending the text before the name (or opening the text after it) with a modifier
    before them."""
    if info.qtype != "who" or info.wh_word != "谁" or info.right.strip("的呢"):
        return ""
    asked = info.left.rstrip("的是")
    before = best.sentence.folded[:best.start].rstrip()
    after = best.sentence.folded[best.end:].lstrip()
    for k in range(min(len(asked), 6), 1, -1):
        tail = asked[-k:]
        if not (tail.endswith(POSTS) or tail[-1] == "长"):
            continue
        # the post printed right after the name ("李长青老社长"), a modifier before it: 老 there is a former holder
        if any(after.startswith(m + tail) and not asked[:-k].endswith(m) for m in (*POST_MODIFIERS, "老")):
            return "decline:post"
        if not before.endswith(tail):
            continue
        head = before[: -k]
        if any(head.endswith(m) and not asked[:-k].endswith(m) for m in POST_MODIFIERS):
            return "decline:post"
        return ""
    return ""


_WORD = re.compile(r"[\u4e00-\u9fff]+")


def _other_rank(info: QuestionInfo, best: Candidate) -> str:
    """"警察公共关系科高级警司是谁" answered by the name after "警察公共关系科总警司": the post printed right
    before the name is the asked one with another rank word in it (高级 → 总), both between the same words (at
    least two on either side): another post ("decline:post")."""
    if info.qtype != "who" or info.wh_word != "谁" or info.right.strip("的呢"):
        return ""
    asked = info.left.rstrip("的是")
    before = best.sentence.folded[:best.start].rstrip()
    k = 0
    while k < min(len(asked), len(before)) and asked[-1 - k] == before[-1 - k]:
        k += 1
    if k < 2:
        return ""
    a, b = asked[:-k], before[:-k]
    for m in (1, 2, 3):
        for n in (1, 2, 3):
            if len(a) >= m + 2 and len(b) >= n + 2 and a[-m - 2:-m] == b[-n - 2:-n] \
                    and _WORD.fullmatch(a[-m:]) and _WORD.fullmatch(b[-n:]) and not set(a[-m:]) & set(b[-n:]) \
                    and not (set(a[-m:]) | set(b[-n:])) & _FUNCTION_CHARS:  # "X的养父" ↔ "X鉴于其养父": no rank
                return "decline:post"
    return ""


# A figure compared with the thing asked ("共疏运41万人次,超越去年全年运量"): the asked one is not printed.
_COMPARED = re.compile(r"(?:超越|超过|超出|高于|低于|多于|少于|大于|小于|胜过|不及|不到|比|较)$")


def _compared_figure(info: QuestionInfo, best: Candidate) -> str:
    """A how-much question asks a figure ("去年全年运量是多少") that the answer's sentence names only after a word
    of comparison the question does not use ("…人次,超越去年全年运量"): the answer is the figure it is compared
    with, the one asked is not printed ("decline:measure")."""
    if info.qtype != "number":
        return ""
    asked = ASKED_AMOUNT.sub("", info.left).rstrip("的")
    f = best.sentence.folded
    for k in range(len(asked), 2, -1):  # the longest end of the question's words the sentence holds
        tail = asked[-k:]
        at = [i for i in range(len(f)) if f.startswith(tail, i)]
        if not at:
            continue
        compared = [m.group() for i in at if (m := _COMPARED.search(f[max(0, i - 2):i]))]
        if len(compared) == len(at) and not any(c in info.text for c in compared) \
                and all(i > best.start for i in at):
            return "decline:measure"
        return ""
    return ""


def _place_in_frame(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """A how-much question names a place inside a phrase ("在日|韩国|人") that the answer's sentence does not
    name, and the sentence holds the same phrase around another place ("在日|中国|人登记人数…80万人"): the figure
    is the other group's ("decline:subject"), though the text before may compare the two ("超过在日韩国人")."""
    if info.qtype != "number" or around.tag is None:
        return ""
    q, f = info.text, best.sentence.folded
    for at, end, word, flag in offsets(around.tag(q)):
        if flag != PLACE_TAG or len(word) < 2 or word in f or at < 2 or not CJK.match(q, end):
            continue
        left, right = q[at - 2:at], q[end]
        if not CJK.match(left[0]) or not CJK.match(left[1]):
            continue
        for m in re.finditer(re.escape(left) + r"([\u4e00-\u9fff]{2,4}?)" + re.escape(right), f):
            other = m.group(1)
            tags = list(around.tag(other))
            if other != word and len(tags) == 1 and tags[0][1] == PLACE_TAG:
                return "decline:subject"
    return ""
