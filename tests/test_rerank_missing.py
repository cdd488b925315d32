"""The rerank features that count what a sentence lacks against it: the question's rare words (rare_missing), the
question's words anywhere it refers to (uncovered), the kind of thing asked (no_time, no_grain, no_unit)."""

from qa.answer.features import asked_missing, question_terms, sentence_features
from qa.answer.question import analyze


def _features(question: str, text: str, headline: str = "", before: str = "", rare: tuple[str, ...] = ()):
    info = analyze(question)
    terms = question_terms(info, rare)
    return sentence_features(info, terms, text, headline, before, 1.0, 1.0, "body", 0)[0]


def test_a_sentence_of_another_story_lacks_the_name_asked_about():
    q = "杨昊的职业是什么？"
    other = _features(q, "她生于布林迪西，2000年转为职业选手。", rare=("杨昊",))
    his = _features(q, "杨昊，中国足球运动员，司职中场。", rare=("杨昊",))
    assert other["rare_missing"] == 1.0
    assert his["rare_missing"] == 0.0


def test_the_name_in_the_headline_or_the_text_before_counts_as_held():
    q = "杨昊的职业是什么？"
    assert _features(q, "他是一名足球运动员。", headline="杨昊", rare=("杨昊",))["rare_missing"] == 0.0
    assert _features(q, "他是一名足球运动员。", before="杨昊出生于西安。", rare=("杨昊",))["rare_missing"] == 0.0


def test_no_rare_words_no_feature_and_a_number_is_not_a_name():
    assert "rare_missing" not in _features("日本的象征指的是何人？", "天皇是日本国的象征。")
    terms = question_terms(analyze("2023全国地方媒体总编辑看无锡活动为期几天？"), ("2023",))
    assert terms.rare == ()


def test_uncovered_is_the_share_of_the_question_nowhere_in_reach():
    q = "东关街全长多少米？"
    assert _features(q, "东关街全长1122米。")["uncovered"] == 0.0
    assert 0.0 < _features(q, "全长1122米。")["uncovered"] < 1.0
    assert _features(q, "全长1122米。", headline="东关街")["uncovered"] == 0.0


def test_a_when_question_wants_a_time_in_the_sentence_or_right_before_it():
    info = analyze("习近平总书记是哪天来到西藏林芝的？")
    terms = question_terms(info)
    assert asked_missing(info, terms, "习近平总书记来到西藏，走进林芝。")["no_time"] == 1.0
    assert asked_missing(info, terms, "22日一早，习近平总书记来到林芝火车站。")["no_time"] == 0.0
    dated = asked_missing(info, terms, "习近平总书记来到西藏，走进林芝。", "时隔十年之后，恰逢同一天，7月21日。")
    assert dated["no_time"] == 0.0
    far = asked_missing(info, terms, "习近平总书记来到西藏，走进林芝。", "7月21日，天气晴朗，群众早早来到广场，等候。")
    assert far["no_time"] == 1.0  # a time far back in the paragraph dates something else


def test_a_year_asked_is_not_told_by_a_month_and_a_timeless_sentence_lacks_it_once():
    info = analyze("印度在哪一年正式独立？")
    terms = question_terms(info)
    assert asked_missing(info, terms, "1947年8月15日印度独立。") == {"no_time": 0.0, "no_grain": 0.0}
    assert asked_missing(info, terms, "8月15日印度独立。") == {"no_time": 0.0, "no_grain": 1.0}
    assert asked_missing(info, terms, "印度宣布独立。") == {"no_time": 1.0}


def test_a_count_wants_the_unit_asked_and_a_length_a_length():
    info = analyze("会议有多少名代表出席？")
    terms = question_terms(info)
    assert asked_missing(info, terms, "共有300人出席会议。")["no_unit"] == 0.0  # 人 counts 名 too
    assert asked_missing(info, terms, "会议历时3天。")["no_unit"] == 1.0
    info = analyze("东关街有多长？")
    terms = question_terms(info)
    assert asked_missing(info, terms, "全长1122米，宽约5米。")["no_grain"] == 0.0
    assert asked_missing(info, terms, "东关街有多处文物古迹。")["no_grain"] == 1.0
    assert asked_missing(analyze("谁主持了会议？"), question_terms(analyze("谁主持了会议？")), "王浩主持会议。") == {}
