"""The parallel item the question's qualifier points to answers, in the same place of the frame (parallel_item.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.parallel_item import parallel_item
from qa.answer.question import analyze
from qa.normalize import fold

# DRCD 2529-5-2 and 1193-75-1, folded
_SEAS = fold("北大西洋位於群島以北，而加勒比海則位於群島以南。")
_STYLES = fold("西方和日本的建築師和工程師在這一時期在韓國修建了教堂和辦公樓，例如哥德式的天主教堂明洞聖堂、"
               "文藝復興式的韓國銀行總行大樓和首爾火車站以及羅馬式的聖公會教堂貞洞堂和首爾市政廳大樓。")
# DRCD 5523-4-2, folded: the two items name each other, no parallel
_PARK = fold("中部科學園區有中興，中興有中部科學園區，提供中興在校學生與畢業學生就業與學習的互動平台。")


def test_the_item_printing_the_qualifier_answers():
    head = candidate_in(_SEAS, "加勒比海", "term", "head")
    got = parallel_item(head, analyze(fold("英屬維京群島以北是哪塊海域?")))
    assert got is not None and got.text == "北大西洋" and got.rule == "head+parallel"


def test_a_list_item_after_yiji_is_placed_by_the_de_after_it():
    head = candidate_in(_STYLES, "罗马式", "term", "head")
    got = parallel_item(head, analyze(fold("韓國銀行總行大樓是以什麼樣式來建成的？")))
    assert got is not None and got.text == "文艺复兴式"


def test_the_answer_in_the_item_the_question_points_to_stays():
    head = candidate_in(_SEAS, "北大西洋", "term", "head")
    assert parallel_item(head, analyze(fold("英屬維京群島以北是哪塊海域?"))) is None
    south = candidate_in(_SEAS, "加勒比海", "term", "head")
    assert parallel_item(south, analyze(fold("英屬維京群島以南是哪塊海域?"))) is None


def test_items_naming_each_other_are_no_parallel_pair():
    head = candidate_in(_PARK, "中部科学园区", "term", "head")
    assert parallel_item(head, analyze(fold("哪一個科學園區是繼竹科園區後下一個值得期待的科學園區?"))) is None
