"""Why-questions answered by the comment told, with no marker, right before the clause restating the effect asked
(cause_between.py): sentences written for these tests, after DRCD's."""

from __future__ import annotations

from candidates import candidate_in, whole
from stories import engine_of

from qa.answer.cause_between import cause_between
from qa.answer.question import analyze


def _between(question: str, sentence: str, slot: str):
    return cause_between(whole(sentence), [whole(sentence), candidate_in(sentence, slot, "slot", "slot")],
                         analyze(question))


def test_the_comment_before_the_restated_effect_is_the_cause():
    got = _between("部落首领八赤蛮为何被蒙古人腰斩杀死?",
                   "1237年,蒙古第二次西征,部落首领八赤蛮拒绝投降,被蒙古人腰斩杀死,其部众逃亡匈牙利", "拒绝投降")
    assert got is not None and got.text == "拒绝投降" and got.rule == "sentence+between"
    # a subject of its own in the comment, after a setting the question repeats
    got = _between("改革开放后,为什么很多外资机构在沪设点?",
                   "本地人口以江浙为主体,改革开放后,政府因开放市场的需要,很多外资机构在沪设点,移民随之而来",
                   "政府因开放市场的需要")
    assert got is not None and got.text == "政府因开放市场的需要"
    # joined to its effect by 而
    got = _between("很多男性为什么需要回内地娶妻?", "很多男性不少达不到当地女性的择偶条件而回内地娶妻,同时亦有更多选择",
                   "不少达不到当地女性的择偶条件")
    assert got is not None and got.text == "不少达不到当地女性的择偶条件"


def test_the_effect_goes_on_in_a_clause_listing_its_object():
    # "包括…" lists the object of the effect: the question's 催泪弹 is one of them
    sentence = "霰弹枪的口径大,可以用来发射各种非致命性弹药,包括鸟弹、豆袋弹、催泪弹等,并能产生极大的动能"
    got = _between("霰弹枪为什么可以发射催泪弹?", sentence, "口径大")
    assert got is not None and got.text == "口径大"
    # without the listing clause the effect clause alone does not restate the question
    assert _between("霰弹枪为什么可以发射催泪弹?", "霰弹枪的口径大,可以用来发射各种非致命性弹药,并能产生极大的动能",
                    "口径大") is None


def test_not_when_a_marker_tells_the_cause_or_the_effect_is_not_restated():
    sentence = "因为影迷太多,不执行任务的时候他也不敢前往伦敦,大部分时间都待在基地内"
    # a marker before the slot: the sentence tells its cause itself
    assert _between("他不执行任务的时候,为什么大部分时间都待在基地内?", sentence, "他也不敢前往伦敦") is None
    # a preposition of motive before it tells the cause
    assert _between("综治中心为什么要引入调解团队?", "针对纠纷频发的痛点,综治中心加强解纷力量建设,引入调解团队",
                    "加强解纷力量建设") is None
    # a marker opening the clause after the effect
    assert _between("八赤蛮为何被腰斩?", "八赤蛮拒绝投降,被腰斩,因为他杀了使臣", "拒绝投降") is None
    # the next clause tells another effect
    assert _between("八赤蛮为何被腰斩?", "八赤蛮拒绝投降,其部众逃亡匈牙利", "拒绝投降") is None
    # a result word opening the slot: an effect, no cause
    assert _between("金氏为什么能影响朝政?", "金氏所以得以掌权,能影响朝政", "所以得以掌权") is None
    # not a why-question
    assert _between("八赤蛮做了什么而被腰斩?", "八赤蛮拒绝投降,被腰斩", "拒绝投降") is None


def test_the_composer_answers_the_comment():
    engine = engine_of([("西征", ["1237年,蒙古第二次西征,伏尔加河的钦察部落首领八赤蛮拒绝投降,被蒙古人腰斩杀死,"
                                "钦察联盟解体,而因部长亦纳思包庇蔑儿乞人首脑忽都,被速不台所败。"])])
    answer = engine.ask("钦察部落首领八赤蛮为何被蒙古人腰斩杀死?")
    assert answer.text == "拒绝投降"
    assert answer.rule.endswith("+between")
