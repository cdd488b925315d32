"""A common word jieba tags as a name (都市, 山区, 河水 as places; 乐迷, 诸王, 由其子 as people) answers no
who- or where-question (generic_name.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.generic_name import generic_name
from qa.answer.question import analyze
from qa.normalize import fold

# real sentences of DRCD's test set (folded)
_DAM = ("近年有海外媒体报导称,中国将在雅鲁藏布江建造全球规模最大的水力发电站,另有称中国可能利用水坝将河水引入"
        "黄河流域,工程涵盖陕西、河北、北京和天津等地区,以缓解这些地区的水资源短缺。")
_KUNMING = ("昆明市是中华人民共和国云南省省会,是云南唯一的特大城市和中国西部第四大城市,是中国西部地区重要的区域中心"
            "城市,是云南的政治、经济、文化、科技中心和交通枢纽。")
_PITTSBURGH = ("匹兹堡兼具悠久的历史记忆与现代化的都市景象,向东可至大纽约区,向北可通达五大湖区,可以说是美国东岸连接"
               "中西部的重要地点。")
_MUI = ("1999-2000年,她跟黄耀明、王双骏、蔡一智等新派音乐人合作,制作出两张备受乐迷好评的唱片,当中跟陈奕迅合唱的"
        "〈同声一哭〉颇受欢迎。")
_MONGKE = ("1252年蒙哥即位后推行中央集权化,在汉地、中亚与伊朗等直辖地设置行中书省,分遣拖雷系诸王分守各地,以其弟"
           "忽必烈总领漠南汉地大总督以管理汉地。")
_GUYUK = "1241年11月窝阔台汗去世,由皇后乃马真脱列哥那监国,1246年3月的库里勒台大会由其子贵由即位,后追尊称元定宗。"


def _why(question: str, sentence: str, answer: str, kind: str) -> str:
    return generic_name(analyze(fold(question)), candidate_in(sentence, answer, kind))


def test_a_word_for_land_in_general_names_no_place():
    assert _why("若中国将在雅鲁藏布江建造全球规模最大的水力发电站则会特别引起哪一个国家的不满以及关注?", _DAM,
                "河水", "place") == "decline:generic"
    assert _why("中国哪里的重要区域中心城市在昆明市?", _KUNMING, "大城市", "place") == "decline:generic"
    # another kind than the one asked ("湖区" for 哪一个城市) tells no city either
    assert _why("美国东岸连接中西部的重要地点指的是哪一个城市?", _PITTSBURGH, "湖区", "place") == "decline:generic"


def test_a_group_or_a_clause_piece_names_no_one():
    assert _why("〈同声一哭〉是梅艳芳与谁合唱的歌曲?", _MUI, "乐迷", "person") == "decline:generic"
    assert _why("谁在蒙古的直辖地设置行中书省?", _MONGKE, "诸王", "person") == "decline:generic"
    assert _why("元定宗指的是谁?", _GUYUK, "由其子", "person") == "decline:generic"


def test_names_and_the_kind_asked_with_its_modifier_are_kept():
    assert _why("〈同声一哭〉是梅艳芳与谁合唱的歌曲?", _MUI, "陈奕迅", "person") == ""
    assert _why("元定宗指的是谁?", _GUYUK, "贵由", "person") == ""
    assert _why("中国哪一地区的重要区域中心城市在昆明市?", _KUNMING, "西部地区", "place") == ""
    assert _why("美国东岸连接中西部的重要地点指的是哪一个城市?", _PITTSBURGH, "匹兹堡", "place") == ""



def test_a_given_name_holding_qi_is_a_name():
    # 其 makes a clause's piece only after a preposition (由其子); 袁寿其, like 何其芳, is a name
    sentence = "我们还与江苏大学党委书记袁寿其,徐州第一人民医院眼科医院院长李甦雁进行了访谈。"
    assert _why("小记者还与哪些人进行了访谈？", sentence, "袁寿其", "person") == ""
    assert _why("谁即位?", _GUYUK, "由其子", "person") == "decline:generic"
