"""The name a who-slot ends or opens with answers who (slot_name.py; shape._name_of_slot)."""

from __future__ import annotations

from candidates import candidate_in, dict_tagger

from qa.answer.question import analyze
from qa.answer.shape import _name_of_slot
from qa.answer.slot_name import name_ending_slot
from qa.types import Candidate


def _slot(text: str, part: str) -> Candidate:
    return candidate_in(text, part, kind="slot", rule="slot")


def test_the_name_a_slot_ends_with():
    text = "前半段时期一直为其母布朗茜摄政。"
    pos = dict_tagger({"前半段": "t", "时期": "n", "一直": "d", "为": "p", "其": "r", "母": "n", "布朗": "nr",
                       "茜": "nr", "摄政": "n"})
    assert name_ending_slot(_slot(text, "一直为其母布朗茜"), pos).text == "布朗茜"


def test_a_place_after_its_preposition_or_a_whole_name_stays():
    text = "瓦特在伯明罕发明了这个改进。"
    pos = dict_tagger({"瓦特": "nrt", "在": "p", "伯明罕": "nr", "发明": "v", "了": "ul"})
    assert name_ending_slot(_slot(text, "在伯明罕"), pos).text == "在伯明罕"
    assert name_ending_slot(_slot(text, "瓦特"), pos).text == "瓦特"
    text = "张安顺、赵晓君参加会见。"
    pos = dict_tagger({"张安顺": "nr", "、": "x", "赵晓君": "nr", "参加": "v", "会见": "v"})
    assert name_ending_slot(_slot(text, "张安顺、赵晓君"), pos).text == "张安顺、赵晓君"  # names listed


def test_the_name_a_slot_opens_with_before_a_preposition():
    text = "瓦特在伯明罕发明了这个改进。"
    pos = dict_tagger({"瓦特": "nrt", "在": "p", "伯明罕": "nr", "发明": "v", "了": "ul"})
    assert analyze("谁发明了这个改进?").qtype == "who"
    assert _name_of_slot(_slot(text, "瓦特在伯明罕"), pos).text == "瓦特"
