"""head_reached.py: a which-question's slot running past the noun asked into its 的-phrase ends at the noun."""

from qa.answer.head_reached import at_asked_noun
from qa.answer.question import analyze
from qa.types import Candidate, Sentence

# DRCD 3439-2-2: the question's 的重要证据 is the sentence's 的一个有力证据, so the slot's right anchor is not found
_SENTENCE = "这也是大爆炸理论的一个有力证据。"
_QUESTION = "星系具有红移现象,说明这些星系在空间视线方向上正在离我们越来越远,同时这也是哪个理论的重要证据?"


def _slot(text: str, start: int, end: int) -> Candidate:
    s = Sentence(id="a#0:0:1", article_id="a#0", paragraph=0, kind="body", text=text, start=0, end=len(text))
    return Candidate(text=text[start:end], sentence=s, start=start, end=end, type="slot", score=1.0, rule="slot")


def test_the_slot_ends_at_the_noun_asked():
    cut = at_asked_noun(_slot(_SENTENCE, 3, 15), analyze(_QUESTION))
    assert cut is not None and cut.text == "大爆炸理论" and cut.rule == "slot+noun"


def test_left_alone_without_a_noun_phrase_after_the_question_word_or_before_the_noun():
    assert at_asked_noun(_slot(_SENTENCE, 3, 8), analyze(_QUESTION)) is None  # already ends at the noun
    assert at_asked_noun(_slot(_SENTENCE, 3, 15), analyze("这也是哪个理论?")) is None  # no 的-phrase asked
    # nothing before the noun: the question's own word is no answer
    assert at_asked_noun(_slot("理论的一个有力证据。", 0, 9), analyze(_QUESTION)) is None


def test_the_engine_answers_the_theory_from_the_sentence_referring_back():
    from qa.config import load_config
    from qa.engine import Engine
    from qa.types import Article, Paragraph

    texts = ["星系具有红移现象,说明这些星系在空间视线方向上正在离我们越来越远。" + _SENTENCE,
             "杭州今天下雨,气温十八度。", "市政府召开常务会议,研究部署防汛工作。", "图书馆周末照常开放。"]
    articles = [Article(id=f"r#{i}", file="r.json", headline="", paragraphs=(Paragraph(0, "body", t),))
                for i, t in enumerate(texts)]
    assert Engine.from_articles(load_config(), articles).ask(_QUESTION).text == "大爆炸理论"
