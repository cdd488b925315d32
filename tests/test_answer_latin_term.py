"""The English name in the brackets after a term, under its label or with a stray character (latin_term.py). The
sentences are CMRC 2018's (trial set: 越南投资发展银行, 西贡商业信用银行), each on a small page of its own."""

from __future__ import annotations

from page_engine import page_engine


def test_the_english_name_under_its_label_in_the_brackets(config, tmp_path):
    engine = page_engine(config, tmp_path, "越南投资发展银行\n\n越南投资发展银行（国语字：，儒字：，英文全称：Bank for "
                         "Investment and Development of Vietnam，英文简称：BIDV）是越南最大的国有银行。\n")
    assert engine.ask("越南投资发展银行的英文名是什么？").text == "Bank for Investment and Development of Vietnam"
    assert engine.ask("越南投资发展银行的英文简称是什么？").text == "BIDV"


def test_a_latin_name_with_one_stray_character_is_the_whole_bracket(config, tmp_path):
    engine = page_engine(config, tmp_path, "西贡商业信用银行\n\n西贡商业信用银行（Saigon Thuong Tin的 "
                         "Bank，Sacombank），成立于1991年12月21日，是越南第二大私营的商业银行。\n")
    assert engine.ask("西贡商业信用银行的英文名是什么？").text == "Saigon Thuong Tin的 Bank，Sacombank"
