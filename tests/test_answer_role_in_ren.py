"""Role nouns in 人 held at an event or on a programme, taken as posts (lexicon.POSTS: 主讲人, 主持人): "参议长维森特·
索托担任大会主讲人" names the 大会主讲人, "節目主持人陳蕙蘭" the programme's host."""

from __future__ import annotations

from stories import engine_of


def test_the_keynote_speaker_taken_by_担任():
    got = engine_of([("菲律宾中国商会举行就职典礼", [
        "菲律宾中国商会就职典礼于9月20日在马尼拉举行。",
        "中国驻菲律宾特命全权大使赵鉴华担任监誓员并勉诲,参议长维森特·索托担任大会主讲人,马尼拉市长莫仁诺等先后致辞。"])]
    ).ask("菲律宾中国商会就职典礼的大会主讲人是谁？")
    assert not got.declined and "维森特" in got.text


def test_the_programme_s_host_before_the_name():
    got = engine_of([("神農廣播電臺節目走訪農村", [
        "神農廣播電臺節目《咱的農村咱的愛》日前走訪雲林。",
        "節目主持人陳蕙蘭說,現在有個新品種的「小西瓜」,是吊著種的。"])]).ask("神農廣播電臺節目《咱的農村咱的愛》的主持人是誰？")
    assert not got.declined and got.text == "陳蕙蘭"


def test_the_host_whose_interview_is_received():
    # 接受 opens whose interview, as 受到 whose welcome: the post is 主持人, not 接受主持人
    got = engine_of([("王毅訪澳 TVBS特派連線", [
        "TVBS北京特派陳韻雯今(19日)於《FOCUS世界新聞》中,接受主持人李作珩線上訪問表示,王毅此行將與澳洲外長會面。"])]
    ).ask("《FOCUS世界新聞》的主持人是誰？")
    assert not got.declined and got.text == "李作珩"
