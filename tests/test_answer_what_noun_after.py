"""为什么 read as 为 (is, because of) and 什么 before a noun: a which-thing question, not a why-question
(question._what_noun_after)."""

from qa.answer.question import analyze


def test_which_thing_after_wei():
    assert analyze("可汗最早的記錄出現於3世紀，當時為什麼部落的官稱?").qtype == "what"
    assert analyze("韓國的主要地區因為什麼東西而變的只需要半天內即可到達？").qtype == "what"
    assert analyze("包克球會因為什麼的崩塌而形成？").qtype == "what"


def test_which_thing_ending_the_question():
    assert analyze("南宋的莊園經濟重心為什麼行業?").qtype == "what"
    assert analyze("包括平均人權、個人自由及行政機關等依據為什麼法律?").qtype == "what"
    assert analyze("文中提及，融合中餐和西餐的宴會飲食為什麼名稱?").qtype == "what"


def test_why_kept():
    assert analyze("為什麼東漢時期的佛教在中國沒有廣泛發展?").qtype == "why"  # opens with 为什么
    assert analyze("在2000年的選舉中，為什麼民進黨得以勝出?").qtype == "why"  # the noun's own predicate follows
    assert analyze("高句麗為什麼要將首都遷至丸都城？").qtype == "why"
    assert analyze("鐮倉幕府為何無法犒賞抗元官兵?").qtype == "why"
    assert analyze("他們為什麼失敗?").qtype == "why"  # a verb ends the question
    assert analyze("東南亞各國為什麼排華?").qtype == "why"  # nor a verb tagged a proper noun (排华/nz)
