"""Every word list about Chinese text, written once: measure words, digits, punctuation, light characters, place
and organisation suffixes, part-of-speech tags, surnames, byline words and cue words.

Modules match on folded text (normalize.fold: full-width → ASCII, so "，" arrives as ","), but split.py and
load.py see text as written: the punctuation sets hold both forms. Lists are tuples or frozensets (immutable)
and strings where a module tests single characters with `in`. A change here changes tokens, so the index
cache key covers the lists the tokenizer uses (tokenize.Tokenizer.signature).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType


def alternation(words: Iterable[str]) -> str:
    """A regex group matching any of `words`, longest first (so "万人次" wins over "万人"), each escaped.
    ASCII words must not run into a following letter: "5m" is five metres, "3 more" is not "3m" + "ore"."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) + ("(?![a-z])" if w.isascii() and w.isalpha() else "") for w in unique) + ")"


# ---------------------------------------------------------------- numbers

CN_DIGITS = "零〇○一二两三四五六七八九十廿卅百千万亿"  # 廿 20, 卅 30: "廿五周年" (Hong Kong, Macau)
"""Chinese numerals, including the magnitudes a number is written with (两千余人, 七八个, 百分之六十六). Taiwan's
papers print zero as "○" (a circle, U+25CB) in digit-by-digit numerals: "五○○株", "民國一○六年"."""

COUNT_NUMERALS = "0123456789" + CN_DIGITS + "几数"
"""What a count is written with: digits, Chinese numerals, and the 几 and 数 of a number not told ("几名", "数座")."""

ROMAN_DIGITS = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"
"""Roman numerals of one character, as levels and grades are printed ("应急响应为Ⅲ级")."""

ORDINAL_DIGITS = "一二三四五六七八九十"
"""The Chinese digits an ordinal of news is written with ("第三回合", "第十届"); 十 is ten."""


ORDINAL = "第[\\d" + CN_DIGITS + "]+"
"""An ordinal as a sentence prints it, any numeral ("第4", "第二十", "第一百"): short.ordinals answers 第几 with
it; shape.py and policy.py read the ordinals a question names with ORDINAL_DIGITS and ordinal_value."""


def ordinal_value(numeral: str) -> int:
    """The value of an ordinal's numeral: 2 for "2" and "二", 10 for "十", 12 for "十二", 35 for "三十五" (the
    ordinals of news, up to 99; 0 when it is none of these)."""
    if numeral.isdigit():
        return int(numeral)
    value = {c: i + 1 for i, c in enumerate(ORDINAL_DIGITS)}
    if len(numeral) == 1 or "十" not in numeral:
        return value.get(numeral[-1:], 0)
    tens, _, ones = numeral.partition("十")
    return 10 * (value.get(tens, 0) if tens else 1) + (value.get(ones, 0) if ones else 0)


CURRENCIES: tuple[str, ...] = ("新台币", "台币", "澳门元", "澳门币", "澳元", "加元", "新元", "韩元", "泰铢", "铢",
                               "士丁", "令吉", "林吉特", "卢比", "卢布", "比索", "披索", "印尼盾", "越南盾", "英磅",
                               "美金")
"""Currencies besides 元, 美元, 欧元 …, which overseas Chinese papers price in ("15铢", its cent "50士丁", "令吉"; the
pound as they often misspell it, "4,000英磅"; the dollar as spoken, "$10.2亿美金")."""

UNITS: tuple[str, ...] = tuple(dict.fromkeys((
    # Counts of people, things and money.
    "万人次 亿人次 人次 万件 万元 亿元 万亩 万吨 万户 万人 万个 多万 余万 亿美元 万美元 美元 欧元 英镑 日元 港元 "
    + " ".join(CURRENCIES) + " "
    "个百分点 百分点 % ‰ 成 "
    # Measure words (classifiers).
    "人 户 起 元 次 家 项 名 位 条 所 倍 场 批 套 台 辆 座 处 部 支 种 类 级 层 间 张 篇 页 份 块 首 本 集 届 期 版 "
    "季 只 头 匹 枚 颗 艘 架 门 股 卷 章 节 册 票 件 个 盏 瓣 株 棵 粒 宗 例 片 剂 "
    # Wells, members of a household, runs of a flight, medals and floors ("3口井", "一家7口", "每周5班", "两面铜牌",
    # "5楼"): each also opens common nouns (口罩, 班级, 面积, 楼盘; see WORD_OPENING_UNITS).
    "口 班 面 楼 "
    # Pairs ("四十五对新人"; 一对 inside a word, 统一对外, is dropped by typed.numbers).
    "对 "
    # A text's length in characters ("字数以1500字左右为宜", 黑河日报's call for essays).
    "字 "
    # Time: a count of years or days, and calendar units ("2024年" is one token; extract tells dates apart).
    "年 月 日 号 天 周 岁 周岁 周年 小时 分钟 秒 分 代 世纪 个多小时 个多月 个小时 "
    # Weeks counted as 星期 ("预计在10个星期内完成"): a duration as 周 is.
    "个星期 星期 "
    # Lengths, areas, volumes, weights, energy.
    "平方米 平方公里 平方千米 立方米 平方 公顷 亩 公里 千米 米 厘米 毫米 公分 公尺 英寸 英尺 英里 码 海里 光年 里 "
    # A photo's or a screen's size in 寸 ("24寸“微笑照”", 劳动午报): the number alone says no size.
    "寸 "
    "千克 公斤 克 吨 斤 度 摄氏度 ℃ °c 千瓦 万千瓦 兆瓦 赫兹 分贝 卡路里 km² km kg cm mm m² m ghz mhz "
    # Energy as a power over time ("每年可为电网供电3265.5万千瓦时", 中国能源报): the hour is the unit's.
    "千瓦时 万千瓦时 亿千瓦时 兆瓦时 kwh "
    # Taiwan's and Hong Kong's forms (公厘 = mm), volumes, the yen as Taiwan writes it, a ship's tonnage class.
    "公厘 公升 毫升 升 日圆 吨级 kw "
    # Bare magnitudes: "3万", "5亿"; spoken with a measure word before 亿: "总投资18个亿", "几十个亿".
    "万 亿 千 百 个亿 个多亿 "
    # Taiwan's trillion (兆 = 万亿): "1.25兆軍購特別預算", "3兆元".
    "兆 兆元"
).split()))
"""Measure words and units that stay glued to their number: "75.11万人次", "500公顷", "18个", "66%", "七八个".

The union of the three lists the tokenizer, the extractor and the question analyser kept (they had drifted:
"500亩" was one token, "500公顷" was not). One list, because a unit the question asks for ("多少公顷") must be
one the extractor finds after a number and one the tokenizer keeps whole. "代", "世纪" and "成" came from the
question's list ("第几代", "几成"): they are counts there too. ASCII units (km, kg, m) only match when no
letter follows (see `alternation`). "平方" alone is the spoken 平方米 ("种植蘑菇900平方")."""

WORD_OPENING_UNITS: tuple[str, ...] = ("口", "班", "面", "楼")
"""Measure words of UNITS that open many nouns (口罩, 口岸, 班级, 班机, 面积, 面值, 楼盘, 楼层): after 多少/几 in a
question they are the measure asked only when they make no dictionary word with the character after them
("几口井", "幾面銅牌", "几楼的"; not "多少面积的国土", "多少口罩")."""

ADVERB_NUMERALS: tuple[str, ...] = ("十分", "万分", "一起", "一度", "一同", "一齐", "一道", "一并")
"""Numerals with a measure word that are adverbs before a verb or an adjective ("十分|顺畅", "万分|感谢",
"一起|去"): no count then (typed.extract)."""

UNIT_PATTERN = alternation(UNITS)
"""Regex group of UNITS, longest first."""


# ---------------------------------------------------------------- punctuation

SENTENCE_END = "。！？!?；;…"
"""Characters that end a sentence (split.py also ends one at "..."); a run of them is one end, so "……。" no longer
leaves a sentence "。" of its own. Semicolons count: newspaper sentences chain clauses with "；"."""

CLOSERS = "”’」』）)》]"
"""Closing quotes and brackets that stay with the sentence they follow ("……。”"). The ASCII quotes are left
out on purpose: the same mark opens the next sentence, so it cannot be told to close this one."""

CLAUSE_END = frozenset(",，。;；:：!！?？…、()（）\n")
"""Where a clause ends inside a sentence: a candidate span or an anchor does not reach across these."""

LIST_CLAUSE_END = CLAUSE_END - {"、"}
"""Where a clause ends when a list's items stay together (a title chain "省长、省委…副组长", a list answer)."""

CJK = re.compile(r"[\u4e00-\u9fff]")
"""A Chinese character (the folded text's: traditional ones are folded to simplified)."""


def all_han(text: str) -> bool:
    """Whether every character of `text` is a Chinese one (True for ""), as CJK matches one."""
    return all("\u4e00" <= c <= "\u9fff" for c in text)


PUNCT = frozenset(",，。;；:：!！?？…、“”‘’\"'《》「」『』()（）[]【】 \t")
"""Punctuation and spaces that are never part of a word or an answer's edge. "·" is not here: it sits inside
transliterated names (卡尔·马克思). (Was two copies, compose's and extract's; they differed only by the tab.)"""

QUESTION_END = "？?！!。.~～ "
"""What may trail a typed message or question ("原文呢？", "more!") and is stripped before it is matched."""

CMRC_SCORER_PUNCT = frozenset("-:_*^/\\~`+=，。：？！“”；’《》……·、「」（）－～『』,.?!;'\"()[]【】<> \t\n")
"""The punctuation the CMRC 2018 official scorer (cmrc2018_evaluate.py) removes, plus the ASCII forms folding
produces. Kept apart from PUNCT on purpose: `qa eval`'s EM and F1 must stay comparable with published CMRC
figures, so this set follows the scorer, not our own idea of punctuation."""


# ---------------------------------------------------------------- light characters

PARTICLES = "呢吗呀啊么吧"
"""Sentence-final particles: they carry the question's tone, not its content ("那安吉县呢？")."""

LIGHT_CHARS = "的了是"
"""Structural particle, aspect particle and copula: an answer span neither starts nor ends with them."""

LINK_CHARS = "是的了在为有于由被到把对向将给从与和跟"
"""Light verbs and prepositions that join a question's anchor to its slot ("会议在|哪里|召开"): trimmed from
an anchor's edge before it is looked up. The union of the composer's and the extractor's lists (they differed
by 于/到 and 把对向将给从与和跟; each is a link word either side of a slot)."""

FUNCTION_CHARS = frozenset(
    "的了是在有和与及或吗呢吧啊呀么什谁哪几多少怎样如何为何时候里儿个些这那其之于被把将从对向也都就还"
)
"""Characters that carry no topic: question words, particles, light verbs. Overlap between a question and a
sentence is counted without them."""

QUESTION_TRIM = "？?。!！,，、 ：:；;呢吗呀啊么"
"""Stripped from the ends of a question's anchors: punctuation and the question particles (PARTICLES but "吧",
as the question analyser has always had it)."""


# ---------------------------------------------------------------- places and organisations

ADMIN_SUFFIXES: tuple[str, ...] = ("省", "市", "县", "区", "乡", "镇", "村", "街道", "社区", "州", "自治区", "自治州",
                                   "特别行政区")
"""Administrative levels. They chain into one place: 长兴县水口乡水口村, 杭州市萧山区城厢街道东白马湖社区."""

PLACE_SUFFIXES: tuple[str, ...] = ADMIN_SUFFIXES + ("岛", "山", "河", "湖", "江", "港", "湾", "半岛")
"""Endings that make a noun a place: the administrative levels and geographic features."""

PLACE_SUFFIX_RE = re.compile(alternation(PLACE_SUFFIXES) + "$")
VENUE_SUFFIXES: tuple[str, ...] = ("宫", "庙", "寺", "会议室", "会堂", "礼堂", "体育馆", "体育场", "广场", "公园",
                                   "机场", "车站", "码头", "酒店", "宾馆", "饭店", "大厦", "展览馆", "博物馆", "纪念馆",
                                   "小区", "墓园", "陵园", "殡仪馆")
"""Endings that make a noun a venue, a place where something is held ("县府第一会议室", "涵源宫")."""
PLACE_CHAIN_RE = re.compile(r"(?:[^\W\d_]{1,6}?" + alternation(ADMIN_SUFFIXES) + ")+")
"""One or more administrative levels in a row, each a short name and its suffix."""

GENERIC_PLACES = frozenset((
    "全省", "全市", "全县", "全国", "各地", "当地", "本地", "乡村", "农村", "城市", "社区", "小区", "街道", "地区",
    "国家", "外地", "基层", "城乡", "市县", "县乡", *ADMIN_SUFFIXES
))
"""Words built like places that name none in particular."""

PROVINCES = frozenset((
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
    "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古",
    "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
))
"""China's provincial-level names: places however common the word ("上海" is no ordinary noun, unlike "海洋")."""

ORG_SUFFIXES: tuple[str, ...] = (
    "中心", "厅", "局", "委", "委员会", "法院", "检察院", "政府", "公司", "集团", "大学", "学院", "学校", "中学",
    "小学", "医院", "协会", "学会", "研究所", "研究院", "银行", "电视台", "报社", "日报", "出版社", "组织", "联盟",
    "基金会", "部", "处", "署", "办", "队", "团", "会", "党", "军", "分社", "总社", "社", "支行", "分行",
)
"""Endings of organisation names (安吉县综治中心, 省公安厅)."""

ORG_SUFFIX_RE = re.compile(alternation(ORG_SUFFIXES) + "$")

SHORT_ORGS = frozenset(("法院", "省委", "市委", "县委", "政府", "国务院", "联合国"))
"""Organisations named by one short word, with or without a place before them."""


# ---------------------------------------------------------------- part-of-speech tags (jieba)

PERSON_TAGS = frozenset(("nr", "nrfg", "nrt"))
"""jieba's tags for person names (was three copies: extract, session's entity tags and its word classes)."""

PLACE_TAG = "ns"
ORG_TAG = "nt"

ENTITY_TAGS = PERSON_TAGS | frozenset(("ns", "nt", "nz", "j", "x"))
"""Names, places, organisations and other proper nouns; "x" covers user-dictionary words like 综治中心."""

NOUN_TAGS = frozenset(("n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "vn", "an", "eng", "x", "j", "l", "i", "s", "f",
                       "m", "q"))
"""Tags of the words a noun phrase is made of (nouns, their modifiers, numbers and measure words)."""

ITEM_NOUN_TAGS = frozenset(("n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "nw", "j", "eng", "vn", "an", "ng", "nl"))
"""Tags of the words a list item's bare run of nouns is made of: no numeral, measure word, locative or function word
("东北亚的|倭国|、百济", "被|专家|和市民"; list_partner.py)."""


# ---------------------------------------------------------------- names

SURNAME_ORDER = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆"
    "汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔"
    "伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙"
    "鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边"
    "卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺"
    "楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄"
    "邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智"
    "幸奉植衡富尧闭由"
    "萧洪傅赖阎"  # common in Taiwan, Hong Kong and overseas papers (蕭, 洪, 傅, 賴, 閻), missing above
    "荀"  # 荀子, 荀彧: a surname of history texts, in no word of its own
    "贲"  # 贲迪拓 (东帝汶外长): a surname (贲), and a transliteration's first sound, in no common word
)
"""Single-character surnames, the commonest first."""

SURNAMES = frozenset(SURNAME_ORDER) - frozenset("公安杭麦平明时和国都海南成原全位区计相初门云容来信展利银元")
"""Single-character surnames. jieba tags many non-names nr (高水平, 公共安全); a Chinese name starts with a
surname. Characters that are rare as surnames but common at the start of words are left out."""

COMPOUND_SURNAMES: tuple[str, ...] = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容")

TRANSLIT_CHARS = frozenset(
    "阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕宾波伯勃博布查达戴丹道德登迪狄蒂丁杜敦多厄恩尔法凡菲费芬夫弗伏福盖甘冈戈格"
    "根古圭哈海汉豪赫亨胡霍基吉加伽贾杰捷卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗劳勒雷蕾里利莉列林琳留卢鲁路伦罗洛"
    "马玛迈麦曼芒梅蒙米密缪莫姆穆纳娜奈尼涅宁纽努诺欧帕潘佩皮珀普奇齐乔切钦琼丘萨塞赛桑瑟森沙莎舍什施史舒斯苏索"
    "塔泰坦汤陶特提图托瓦旺威韦维温沃乌西希锡席谢辛休雅亚扬耶伊因英尤约泽扎詹兹佐俾恺撒廷顿谟略易")
"""Characters of the transliteration table for foreign names (斯, 尔, 德, 克, 特 …): a word jieba tags a name and
made of these alone (伽利略, 俾斯麦, 西塞罗) is a foreign person's name, whatever its frequency, with no surname."""

ARRIVAL_VERBS: tuple[str, ...] = (
    "登陆", "抵达", "到达", "飞抵", "驶抵", "驶入", "进驻", "入驻", "落户", "迁往", "转往", "前往")
"""Verbs of arrival: the place reached follows ("登陆围头澳", "抵达比什凯克"), whatever jieba tagged it."""

KIN_WORDS: tuple[str, ...] = (
    "儿子", "女儿", "妻子", "丈夫", "老伴", "父亲", "母亲", "爸爸", "妈妈", "爷爷", "奶奶", "外公", "外婆", "姥姥",
    "姥爷", "孙子", "孙女", "外孙", "外孙女", "哥哥", "姐姐", "弟弟", "妹妹", "儿媳", "女婿", "老公", "老婆",
    "邻居", "同事", "战友", "室友", "同学")
"""Kin and close relations a news sentence names someone by ("儿子送来新年礼物"): who-answers when the sentence
names no person."""



# ---------------------------------------------------------------- bylines and credits

BYLINE_ROLES: tuple[str, ...] = ("记者", "通讯员", "摄影", "摄影记者", "特约记者", "见习记者", "实习生",
                                 "实习记者", "特派记者", "特约撰稿人", "撰稿人", "撰文", "评论员", "作者", "主笔")
"""Roles in a byline line ("本报记者 李洁 通讯员 张磊"); a role may carry a prefix of up to eight characters
(浙江日报记者)."""

CREDIT_MARK = "摄"
"""Ends a photo credit: "通讯员 陈海伟 摄"."""

BYLINE_ROLE_RE = re.compile(r"^(?:[\u4e00-\u9fff]{0,8}?" + alternation(BYLINE_ROLES) + "|" + CREDIT_MARK + ")$")
"""A whole token that is a role, on folded text."""

WRITER_QUESTION = re.compile(
    # "新闻工作者" (journalists) and "工作者" are workers, no writer: 作者 after 工 is none
    r"通讯员|谁写|谁撰写|谁采写|谁整理|整理者|(?<!工)作者|(?:哪位|哪些|哪几位|哪[两二三四五六七八九十]{1,2}位)"
    # "是哪位特派員寫的" (【雲嘉特派員陳信利/雲林報導】): a correspondent's post, as the dateline names him
    r"[\u4e00-\u9fff]{0,4}?(?<![报社台网])(?:记者|特派员)|记者是谁|记者有谁|记者有哪些|谁报道|谁报导|"
    # "是哪位校报记者写的": the paper's own reporter (本报, a school's 校报) is the byline's
    r"(?:哪位|哪几位|哪[两二三四五六七八九十]{1,2}位)(?:本报|本刊|本网|本台|校报|院报)记者|"
    r"报道者|署名|撰稿|主笔|"  # "主筆/單厚之": a commentary's writer
    r"讲述人是谁|"
    # "這篇報導是誰提供的" (僑務電子報's `池育文 提供` under the date): the story's giver, named as its writer
    r"(?:报道|报导|文章|稿件|新闻)是谁提供的"
)
"""A question the byline answers ("这篇报道是谁写的", "是哪位见习记者写的"); "哪位光明日报记者" names an outlet, whose
reporter the text may name (a story it quotes), not a role of the byline — unless it is the paper's own
("是哪位校报记者写的", "哪位本报记者")."""

PHOTO_QUESTION = re.compile(r"谁拍|谁摄|拍摄者|摄影师?是谁|摄影者|照片.*谁|图片.*谁|谁.*(?:照片|图片|摄影)|哪位摄影|"
                            # "照片是哪位記者拍攝的" (the credits `/記者 王昭聖 攝`): the picture's taker, asked by 哪位
                            r"(?:照片|图片).*哪[位名](?:[\u4e00-\u9fff]{0,4}?)(?:拍摄|拍|摄)")
"""A question the photo credit answers ("照片是谁拍的"). Test it before WRITER_QUESTION: "摄影记者是谁" is a
photo question."""

GIVEN_QUESTION = re.compile(r"谁提供|提供者|由谁提供|来源|出处")
"""A photo question asking who gave the picture ("照片是谁提供的"), which a credit naming no photographer answers."""

PICTURE_GIVER = re.compile(r"^\s*\(?\s*图\s*[/:]\s*([^\s()/,、。:]{2,30}?)\s*(?:提供)?\s*\)?\s*$")
"""A credit naming who gave the picture, on a line of its own, folded: "(圖/花蓮縣消防局提供)",
"图/珲春东北虎国家级自然保护区"."""

BYLINE_QUESTION_WORDS: tuple[str, ...] = (
    "这篇", "篇", "报道", "文章", "新闻", "稿件", "记者", "作者", "照片", "图片", "摄影", "拍摄", "撰写",
    "通讯员", "谁", "写", "拍", "摄", "的", "是", "这张", "张", "幅", "这", "那", "哪位", "有", "位", "署名", "采写",
    "报导", "关于", "特写", "评论", "社论", "专访", "专栏", "短评", "专题",
)
"""Words of byline questions that are not their topic ("这篇报道是谁写的" has no topic at all)."""

DATELINE_QUESTION = re.compile(r"(?:从|在|自)哪(?:里|儿|个城市|座城市)?(?:发回|发出|发来|发稿|报道)|发自哪(?:里|儿)")
"""A question the dateline answers ("新华社从哪里发回的关于X的报道"), on folded text."""

DATELINE_QUESTION_WORDS: tuple[str, ...] = (
    "发回", "发出", "发来", "发稿", "发自", "报道", "报导", "消息", "新闻", "稿件", "文章", "记者", "关于", "有关",
    "从", "在", "自", "哪里", "哪儿", "哪个城市", "哪座城市", "哪", "的", "是",
)
"""Words of dateline questions that are not their topic."""

BYLINE_PLACE = re.compile(r"(?:^|[/∕／|｜\s])([\u4e00-\u9fff]{2,6}?)(?:报道|报导|电)")
"""The place in a byline line: "记者王超群∕台北报导" → 台北, "本报记者 李洁 北京报道" → 北京 (folded text)."""

PERSON_TRAILING_WORDS: tuple[str, ...] = (
    "表示", "指出", "强调", "认为", "介绍", "透露", "坦言", "直言", "回应", "宣布", "提出", "说明", "联同", "会同",
    "率领", "陪同", "说", "称", "等",
)
"""Speech and link verbs jieba glues to a name ("陈时中表示", "曾俊华联同"): cut from a person answer's right
edge, also when the span ends inside one ("曾俊华联|同")."""

STAFF_ROLES: tuple[str, ...] = (
    "实习生", "见习记者", "责任编辑", "责编", "美编", "编辑", "校对", "策划", "统筹", "主编", "监制",
    "一审", "二审", "三审", "终审",  # a 融媒体 site's review chain under the story ("三审:王进")
    "编审",  # the editor who reviewed it, a county media centre's credit line ("编审|肖家云")
    "指导老师", "指导教师",  # the teacher who guided a pupil's essay ("●松门二小五(2)班 林谨诚 指导老师 莫星宇")
)
"""Roles a page prints beside or under an article besides its authors ("实习生 梁颖岚", "系列报道策划:秦晖")."""

STAFF_QUESTION = re.compile(r"(?<![总副])(" + alternation(STAFF_ROLES) + r")(?:是谁|有谁|都有谁|是哪位|是哪些人)")
"""A question one of those roles answers ("强暴雨那篇报道的实习生是谁"), on folded text; "总编辑是谁", "副主编是谁"
ask a post (people.py), not the page's editor."""

EDITED_QUESTION = re.compile(r"(?:是谁|由谁|谁)编辑的|(?:是谁|由谁)编辑[?？]?$")
"""A question asking who edited a story by the verb ("…的报道是谁编辑的"): the page's editor, its 编辑 role."""

KIND_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "byline": ("记者", "报道", "作者", "撰写", "写", "文章", "采写", "署名"),
    "credit": ("摄影", "摄", "拍摄", "拍", "照片", "图片", "图", "摄影师"),
    "headline": ("标题", "题目", "新闻", "报道"),
    "subheadline": ("标题", "副标题"),
})
"""Words added to a passage's index tokens by its kind, so "谁写的" finds a byline and "谁拍的" a photo credit."""


# ---------------------------------------------------------------- page layout (load.py, layout/)

CORRESPONDENT_ROLES: tuple[str, ...] = ("通讯员",)
"""Roles whose names are correspondents rather than reporters."""

PHOTO_ROLES: tuple[str, ...] = ("摄影", "摄影记者")
"""Roles whose names are photographers ("摄影记者 王某")."""

DATELINE_AGENCIES: tuple[str, ...] = ("本报", "新华社", "中新社", "中新网", "中央社", "人民网", "新华网", "央视网",
                                      "央视新闻", "中国新闻网")
"""Agencies a dateline names ("新华社上海5月3日电"); any "…报/社/网/台" of up to eight characters is one too."""

LONG_PLACES: tuple[str, ...] = ("华盛顿", "布鲁塞尔", "耶路撒冷", "吉隆坡", "新德里", "莫斯科", "伦敦", "纽约",
                                "洛杉矶", "雅加达", "新加坡", "胡志明市", "旧金山", "芝加哥", "日内瓦", "圣保罗",
                                "里约热内卢", "布宜诺斯艾利斯", "曼德勒", "万象", "金边")
"""Places not two characters long, for 中央社 datelines where the reporter's name runs into the place
("中央社記者王小明台北3日電": the place is the last two characters unless it is one of these)."""

DISCLAIMERS: tuple[str, ...] = (
    "版权所有", "未经授权", "不得转载", "禁止转载", "本文仅代表", "仅代表作者", "责任编辑", "责编", "本版编辑",
    "版面编辑", "美术编辑", "校对", "编审", "编辑:", "原标题:", "来源:", "点击进入", "扫码", "二维码", "免责声明",
    "转载请注明", "欢迎订阅",
)
"""Words of the short lines a page prints that are no article (folded, so "编辑:" covers "编辑：")."""

SECTION_LABELS: frozenset[str] = frozenset((
    "要闻", "港闻", "地方新闻", "快讯", "今日头条", "国内", "国际", "评论", "经济", "社会", "体育", "文化", "副刊",
    "综合", "财经", "时政", "两岸", "大陆", "地方", "焦点", "专题", "观点", "论坛", "娱乐", "科技", "教育", "健康",
    "本地新闻", "即时新闻", "社论", "读者来信", "理论", "国际新闻", "国内新闻", "即时报道", "新闻推荐",
    "日报头条", "澳闻", "港澳", "体坛", "时事", "最新", "商余", "其他人也在看",
    "图片新闻",
    "头条", "新闻头条", "特别关注",
    "政事",
    "新闻中心",  # a site's news section over its item (舜网)
    "头版",
    "新闻", "政治", "本报新闻",
    "新闻资讯",  # a site's news column over its item (泰國潮州會館's site)
    "编辑推介",  # the editors' picks a site files its item under, over its headline's next line (透視報)
))
"""Names of a paper's pages and sections, printed on a line of their own above the articles ("港聞", "快訊"),
folded to simplified characters; never a headline."""

PAPER_CODES: Mapping[str, str] = MappingProxyType({
    "rmrb": "人民日报", "gmrb": "光明日报", "jjrb": "经济日报", "zqb": "中国青年报", "cyol": "中国青年报",
    "zgqnb": "中国青年报", "mrdx": "新华每日电讯", "xinhua": "新华社", "xhs": "新华社", "xinhuanet": "新华网",
    "rmw": "人民网", "zjrb": "浙江日报", "bjrb": "北京日报", "jfrb": "解放日报", "whb": "文汇报", "xmwb": "新民晚报",
    "nfrb": "南方日报", "ndrb": "南方都市报", "gzrb": "广州日报", "ytrb": "烟台日报", "xdkb": "现代快报",
    "xmzk": "新民周刊", "fjrb": "福建日报", "hbrb": "湖北日报", "scrb": "四川日报", "dzrb": "大众日报",
    "cdns": "中華日報", "cna": "中央社", "udn": "聯合報", "ltn": "自由時報", "mingpao": "明報",
    "wenweipo": "文匯報", "takungpao": "大公報", "kmdn": "金門日報", "isd": "政府新聞公報",
    "aamacau": "論盡媒體", "crn": "中評社", "lnrb": "陇南日报",
    "modaily": "澳門日報", "stheadline": "星島日報", "singtao": "星島日報", "hcrb": "合川日报", "fzrb": "法治日报",
    "thepaper": "澎湃新闻", "jnsb": "江南时报", "sxgrb": "陕西工人报", "kxsb": "科學時報", "rthk": "香港電台",
    "mpcanada": "明報加西版", "dhb": "大河报", "jhsb": "京华时报", "sinchew": "星洲日報", "shzqb": "上海证券报",
    "hkb": "虹口报", "rarb": "瑞安日报", "dnsb": "东南商报", "qlwb": "齐鲁晚报", "bjwb": "北京晚报", "glwb": "桂林晚报",
    "dskb": "都市快报",
    "worldjournal": "世界日報", "chinatimes": "中國時報", "spyan": "新報人", "oncc": "東方日報", "zaobao": "联合早报",
    "enanyang": "南洋商报", "kwongwah": "光华日报",
    "cjrb": "长江日报", "cswb": "长沙晚报", "xmwanbao": "厦门晚报", "sjzrb": "石家庄日报", "hhzb": "淮河早报",
    "hxdsb": "华西都市报", "jwb": "今晚报", "hrbrb": "哈尔滨日报",
    "zgzqb": "中国证券报", "zqsb": "证券时报", "jfjb": "解放军报", "xyrb": "信阳日报",
    "zjgrrb": "浙江工人日报", "jzrb": "焦作日报", "rmgab": "人民公安报",
    "guancha": "观察者网", "jiemian": "界面新闻", "ckxx": "参考消息", "cctv": "央视", "govcn": "中国政府网",
    "bjnews": "新京报",
    "xzrb": "西藏日报", "bfxb": "北方新报", "dtrb": "大同日报", "changjirb": "昌吉日报", "ynrb": "云南日报",
    "hnrb": "海南日报",
    "tzwb": "天中晚报", "lyrb": "洛阳日报", "yzwb": "扬子晚报", "zzwb": "郑州晚报", "zzrb": "郑州日报",
    "yarb": "延安日报",
    "dongfangbao": "東方報", "thaiworld": "世界日报", "guojiribao": "国际日报", "merittimes": "人間福報",
    "shangbao": "菲律賓商報", "zhengbao": "正報",
    "xihuabao": "西華報", "vakio": "華僑報", "szwb": "深圳晚报", "ctdsb": "楚天都市报", "ycwb": "羊城晚报",
    "singtaoca": "星島日報", "ngzb": "南国早报",
    "grrb": "工人日报", "xhrb": "新华日报", "henanrb": "河南日报", "glrb": "桂林日报",
    "zsrb": "中山日报", "nbrb": "宁波日报", "fsrb": "佛山日报", "qiaobao": "侨报", "qiandao": "千岛日报",
    "tljsb": "铁路建设报", "ztb": "中国中铁报", "wxrb": "无锡日报", "zggb": "中国改革报", "bbnews": "蚌埠新闻网",
    "ysxw": "英山县融媒体中心", "xywb": "信阳晚报", "huzhourb": "湖州日报",
    "todaymacao": "現代澳門日報", "newstaiwan": "台灣好報", "knews": "知新聞", "thehubnews": "匯流新聞網",
    "orientaldaily": "东方日报", "franceqw": "法国侨报", "sachineseweekly": "South Australia Chinese Weekly",
    "chubun": "中文导报",
    "hsb": "华商报", "snxww": "寿宁新闻网", "ndwww": "宁德网", "gjdb": "各界导报", "zkwb": "周口晚报",
    "fznews": "福州新闻网", "sxscdb": "山西市场导报", "hinews": "南海网",
    "jianhua": "柬华日报", "epochtimes": "大紀元時報", "hkone": "香港01", "initium": "端傳媒",
    "bastillepost": "巴士的報", "acd": "澳洲新報", "vct": "看傳媒", "ubeat": "大學線", "ydn": "青年日報",
    "rnz": "RNZ中文",
    "wfwb": "潍坊晚报", "lywb": "洛阳晚报", "qzwb": "泉州晚报", "qlxww": "清流新闻网", "xcrm": "襄城县融媒体中心",
    "pdrm": "普定县融媒体中心", "sdsjb": "水电四局报",
    "penghudaily": "澎湖日報", "icable": "有線新聞", "dotdotnews": "點新聞", "sggp": "西貢解放日報",
    "xinouzhou": "欧洲时报", "jnocnews": "日本新华侨报", "rfi": "法廣", "kanzhongguo": "看中国",
    "qbwb": "淇滨晚报", "gsrb": "甘肃日报", "xxrb": "新乡日报", "jlrb": "吉林日报", "ahsb": "安徽商报",
    "czrb": "常州日报", "yqrm": "余庆县融媒体中心", "hpuxb": "河南理工大学报", "jrzs": "今日竹山",
    "storm": "風傳媒", "thewitness": "法庭線", "liantong": "聯統日報", "nowtv": "Now新聞台", "pts": "公視",
    "tdm": "澳門電台", "indonesiadaily": "Indonesia Daily",
    "mbcn": "MBCN", "phhua": "phhua.com", "shicheng": "shicheng.news", "xinjiapo": "xinjiapo.news",
    "taitung": "台東電子報", "voa": "美国之音", "irakyat": "iRakyat", "taronews": "芋傳媒",
    "haidu": "海峡都市报", "jiahe": "嘉禾网", "zqxb": "肇庆学院报", "shitai": "石台县人民政府网", "zgfnb": "中国妇女报",
    "hebust": "河北科技大学", "xzqfy": "新洲区人民法院", "lznyjt": "鲁中能源集团", "ynjst": "云南建投",
    "zswb": "舟山晚报", "qzrb": "衢州日报", "gstv": "广水市融媒体中心", "sxnmb": "山西农民报", "zhhz": "中华合作时报",
    "hsnews": "海曙新闻网", "jiading": "嘉定区人民政府网", "ucas": "中国科学院研究生院", "sneb": "中交二航局",
    "taithaitimes": "台泰時報", "asiatimes": "亚洲时报", "wartaoriental": "Warta Oriental", "ouzhouxinbao": "欧洲新报",
    "waou": "新華澳報", "twchinanews": "tw-chinanews.com", "gengsheng": "更生日報", "kinliu": "堅料網",
    "thaicn": "泰华网",
    "inmediahk": "獨立媒體", "taisounds": "太報", "xinhuabaodao": "新華報導", "haobao": "好報",
    "scdaily": "美南新聞", "therocket": "火箭报", "ouhua": "欧华报",
    "macaonews": "themacaonews.com",
    "cgctv": "环球华语", "fenghuavoice": "枫华之声", "cbavancouver": "溫哥華中華會館", "suppnews": "SUPP News",
    "matsudaily": "馬祖日報", "zhongtong": "中华通讯社",
    "zgtdjzb": "中国铁道建筑报", "zjjrb": "张家界日报", "rdrb": "如东日报", "ytwb": "烟台晚报", "gxzb": "工学周报",
    "zgjsb": "中国建设报", "nbjsb": "宁波建设报", "mhxw": "中国民航新闻信息网", "cdrb": "成都日报", "zjxu": "嘉兴学院",
    "anntw": "台灣醒報", "ftnn": "FTNN新聞網", "dushi": "加拿大都市报", "theasian": "TheAsiaN", "dw": "德國之聲",
    "kannz": "看新西兰", "jinfenghuang": "金凤凰", "joins": "中央日报中文网", "kansai": "关西华文时报",
    "tsrb": "天水日报", "nmgrb": "内蒙古日报", "ylrb": "伊犁日报", "bijierb": "毕节日报", "qhrb": "青海日报",
    "eedsrb": "鄂尔多斯日报", "kjrb": "科技日报", "jcrb": "检察日报", "xzsb": "西藏商报",
    "pdswb": "平顶山晚报", "fyb": "飞跃报", "cqsb": "重庆商报", "lifeweek": "三联生活周刊", "zgxwzk": "中国新闻周刊",
    "sinahunan": "新浪湖南", "qqhrrb": "齐齐哈尔日报", "whu": "武汉大学报", "cug": "现代高教信息", "zgrb": "自贡日报",
    "septdays": "七天", "nanfei": "南非华人网", "ajudaily": "亚洲日报", "sbs": "SBS", "nikkei": "日经中文网",
    "kantsuu": "贯通日本", "ausnznet": "澳紐網", "cts": "華視", "panachina": "巴華網", "asiannews": "華僑天地",
    "hkwb": "海口晚报", "tjrb": "天津日报", "msrb": "眉山日报", "jingzhourb": "荆州日报", "czwb": "沧州晚报",
    "lcxw": "聊城新闻网", "kmrb": "昆明日报", "zqrb": "证券日报",
    "twminbao": "臺灣民報", "dingzhou": "定州日报", "syrb": "上虞日报", "zxs": "中新社", "jjckb": "经济参考报",
    "cqwb": "重庆晚报", "xxcb": "潇湘晨报", "jjjjb": "晋江经济报", "zgnyxww": "zgnyxww.com",
    "mdjrb": "牡丹江日报", "ggrb": "贵港日报", "gnrb": "赣南日报", "yjxww": "延吉新闻网", "lfxww": "临汾新闻网",
    "scxxb": "市场信息报", "jiangling": "江陵县广播电视台",
    "amhk": "am730", "hkej": "信報", "yahoohk": "Yahoo新聞", "hakkatv": "客家電視台", "ettoday": "ETtoday新聞雲",
    "ftvnews": "民視新聞", "ner": "國立教育廣播電臺",
    "lzfy": "林州市人民法院", "hzzy": "惠州市中级人民法院", "yizhang": "宜章县", "fmprc": "外交部",
    "bgsty": "baogaosu.com", "dfrd": "dfrd.js.cn", "dongtai": "东台日报", "ycnews": "盐城新闻网", "zjzx": "浙江在线",
    "zgshb": "中国石化报", "zgslb": "中国水利报", "weathercn": "中国天气网", "rmzxw": "人民政协网",
    "zgshkxb": "中国社会科学报", "zgxyjjb": "中国县域经济报", "scjtt": "四川省交通运输厅",
    "euchinese": "EU Chinese Journal", "itschina": "意大利中国", "xindaobao": "新导报", "greenpost": "北欧绿色邮报网",
    "mhwmm": "缅华网", "worldnewsph": "世界日報", "xinxilan": "新西兰先驱报", "chinesebiznews": "中華商報",
    "ucausa": "UCA北美华人周刊",
    "chinacom": "中国网", "e23": "舜网", "sdsb": "山东商报", "hljrb": "黑龙江日报", "jrxb": "今日星报",
    "acheng": "阿城市志", "dbw": "东北网", "sxjjrb": "山西经济日报", "sqdsb": "三秦都市报",
    "wzrb": "温州日报", "mnrb": "闽南日报", "sxdsb": "三湘都市报", "yyrb": "岳阳日报", "wuzhourb": "梧州日报",
    "qdnrb": "黔东南日报", "jiujiangrb": "九江日报", "mnw": "闽南网",
    "sengpou": "星報", "hkcd": "香港商報", "tmhk": "TMHK", "nownews": "今日新聞", "agriharvest": "農傳媒",
    "einfo": "環境資訊中心", "businesstoday": "今周刊", "ctwant": "CTWANT", "peopo": "PeoPo公民新聞",
    "ansrb": "鞍山日报", "tlgd": "铁岭广播电视台", "mwr": "水利部", "tjdl": "天津市东丽区融媒体中心",
    "bdrb": "保定日报", "wuzhongrb": "吴忠日报", "chengshiwb": "城市晚报", "dxbw": "大西北网",
    "intimes": "国际时报", "dryenyoon": "马来西亚新闻简报", "thaiheadlines": "泰国头条新闻社", "yna": "韓聯社",
    "aoweibang": "侨居AU", "newschinatown": "唐人街号外", "usnewscenterca": "美国新闻中心",
    "yilingbaliu": "1086NEWS",
    "mianyangrb": "绵阳日报", "yongchuanrb": "永川日报", "xhdsb": "西海都市报", "sanya": "三亚市人民政府网",
    "jnxww": "济宁新闻网", "qjrb": "曲靖日报", "mhrcw": "mhrcw.cc", "tzfb": "泰州发布", "hamirb": "哈密日报",
    "taichung": "台中市政府", "nantou": "南投縣政府", "titv": "原住民族電視台", "mypeople": "民眾網",
    "scooptw": "墨新聞", "elifezhi": "E生活誌", "twnewsnet": "台灣新聞網", "ttv": "台視",
    "nbd": "每日经济新闻", "jingji": "21世纪经济报道", "zgysb": "中国艺术报", "zqbao": "足球报", "ttzb": "体坛周报",
    "shonline": "上海热线", "zgkxb": "中国科学报", "metrohk": "新城廣播",
    "rednet": "红网", "nyzx": "南阳市政协", "wuhurb": "芜湖日报", "jmnews": "荆门新闻网", "jmrb": "江门日报",
    "smrb": "三明日报", "dxalxl": "新林区政府网", "ylwb": "玉林晚报", "jxntv": "江西网络广播电视台",
    "hket": "香港經濟日報", "cnr": "央广网", "cri": "国际在线", "tvbs": "TVBS", "bbrtv": "北部湾在线",
    "appledailytw": "蘋果日報", "hitfm": "Hit FM", "mptor": "明報加東版",
    "lfrb": "廊坊日报", "changzhirb": "长治日报", "hbhnews": "环渤海新闻网", "linyirb": "临沂日报",
    "pdsb": "浦东时报", "xuzhourb": "徐州日报", "hzrb": "杭州日报", "hdrd": "邯郸市人大常委会",
    "minge": "民革中央网站", "jiusan": "九三学社中央", "mjzy": "民进中央网站", "chinawriter": "中国作家网",
    "lswz": "国家粮食局", "solarbe": "索比光伏网",
    "baojirb": "宝鸡日报", "jiangjinrb": "江津日报", "bananrb": "巴南日报", "yuxirb": "玉溪日报",
    "zuojiangrb": "左江日报", "yulinrb": "榆林日报", "klmyrb": "克拉玛依日报", "zgzyw": "中国张掖网",
    "nippon": "nippon.com", "kbsworld": "KBS中文", "donga": "東亞日報", "ktsf": "KTSF", "botanwang": "博谈网",
    "ahscb": "市场星报", "exmoo": "力報", "kyodo": "共同网", "hangzhoucom": "杭州网",
    "jmsqjq": "前进区政府网", "liaoyuanrb": "辽源日报", "jlntv": "吉林广播电视台", "liaoyangrb": "辽阳日报",
    "zjkrb": "张家口日报", "bynerb": "巴彦淖尔日报", "ewenke": "鄂温克族自治旗政府网", "yanhu": "盐湖区融媒体中心",
    "chinapress": "中國報", "uniteddaily": "联合日报", "kcg": "高雄市政府", "toc": "网络公民",
    "taichungtimes": "台中時報", "newtalk": "新頭殼", "govmo": "澳門特別行政區政府入口網站", "etnet": "經濟通",
    "yandurb": "盐都日报", "chuzhourb": "滁州日报", "srrb": "上饶日报", "changderb": "常德日报",
    "suizhourb": "随州日报", "tongcheng": "通城县融媒体中心", "meizhourb": "梅州日报", "liuzhourb": "柳州日报",
    "ngdsb": "南国都市报",
    "feilong": "菲龙网", "auliving": "澳洲生活", "hrtt": "华人头条", "speakout": "港人講地", "modia": "Modia",
    "am1320": "加拿大中文電台", "ilannews": "宜蘭新聞網", "fingermedia": "指傳媒", "jinmedia": "今傳媒",
    "yqb": "延庆报", "bhgx": "中国网·滨海高新", "songjiangb": "松江报", "dazu": "大足区融媒体中心",
    "yongkangrb": "永康日报", "mxxww": "闽西新闻网", "rznews": "日照新闻网", "sqrb": "商丘日报",
    "cnhubei": "荆楚网", "hunanrb": "湖南日报", "hnnews": "怀宁新闻网", "fuzhourb": "抚州日报",
    "ncxww": "南充新闻网", "weinanrb": "渭南日报", "qingyuanrb": "清远日报", "hengshuirb": "衡水日报",
    "pjrb": "盘锦日报", "jqrb": "酒泉日报", "jygrb": "嘉峪关日报", "bhrb": "北海日报", "hdrb": "海东日报",
    "dab": "定安报", "hhrb": "黑河日报", "qxnrb": "黔西南日报",
    "dzbao": "大眾報", "ntdtv": "新唐人", "cknxws": "cknxws.com", "canadactv": "canadactv.com",
    "malaiedu": "malaiedu.com", "buletin": "珍珠快讯", "huarenjie": "华人街", "tccwz": "泰国温州商会",
    "hongkongdaily": "香港日报",
    "maomingrb": "茂名日报", "hhhtrb": "呼和浩特日报", "gyxww": "固原新闻网", "sxdayuan": "山西大院资讯网",
    "yangzhong": "扬中市人民政府", "aksuljl": "阿克苏市零距离", "rikaze": "rikaze.xzdw.gov.cn",
    "siping": "四平市人民政府", "xgll": "香格里拉网",
    "ycrb": "银川日报", "xixia": "西夏区人民政府网", "ykrb": "营口日报", "tibetcn": "中国西藏网",
    "zgjtb": "中国交通报", "rmfyb": "人民法院报", "crnews": "中国农网", "gannanrb": "甘南日报",
    "yssnews": "yssnews.com",
    "shimindaily": "市民日報", "cctimes": "柬中时报", "nanmeiqb": "南美侨报", "kokang888": "kokang888.com",
    "fijichinese": "fijichinese.com", "kamalan": "kamalan-news.com", "zgmh": "zgmh.net",
    "cdbao": "昌都报", "xzcd": "xzcd.com", "danfana": "danfana.com", "luodian": "罗甸县融媒体中心",
    "bsrb": "保山日报", "zgnyb": "中国能源报", "pengshui": "重庆彭水网",
    "bignews": "bignews.tw", "gokinmen": "gokinmentour.com", "feishe": "菲社网", "pcccii": "菲律宾中国商会",
    "xarb": "西安日报",
    "pingliang": "平凉日报", "zwfb": "中卫发布", "chinajilin": "中国吉林网", "northnews": "北方新闻网",
    "haikouwang": "海口网", "macaucee": "澳門會展經濟報", "rmjtxw": "人民交通网",
    "fltqx": "翡冷翠侨讯", "china2au": "在澳大利亚", "ziyangrb": "资阳日报", "scnews": "四川新闻网",
    "laibinrb": "来宾日报", "dalirb": "大理日报", "xnrb": "咸宁日报",
    "shangbaoid": "印尼商报", "xunbao": "讯报", "inhua": "印华日报", "bcrb": "白城日报",
    "mdjzy": "牡丹江市中级人民法院", "shaoyangnews": "邵阳新闻在线", "jinzhongrb": "晋中日报",
    "koreaqb": "韩国侨报", "skykiwi": "天维网", "neehao": "neehao.co.uk", "jxnews": "中国江西网",
    "guizhourb": "贵州日报", "ztrb": "昭通日报", "gxjy": "广西教育",
    "huoshannews": "霍山县融媒体中心", "fjtl": "福建台胞之家", "jinbianwb": "金边晚报",
    "mccoc": "缅甸中华总商会", "xmweekly": "鹭风报", "keembassy": "中国驻肯尼亚大使馆",
    "bjtzh": "北京通州发布", "cn3x": "三峡日报", "htfy": "汉台区人民法院", "navoice": "北美之声",
    "ocdn": "華僑日報", "huaxiaau": "华廈传媒", "ayszlyy": "安阳市肿瘤医院",
    "chicagotimes": "芝加哥時報", "lfgdtv": "陆丰市广播电视台", "lishuiw": "丽水网", "zbwb": "淄博晚报",
    "kaifengw": "开封网", "zhxww": "政和新闻网", "tiochewth": "泰國潮州會館", "ffcccii": "菲華商聯總會",
    "xjdsb": "西江都市报", "nnwb": "南宁晚报", "scfzb": "四川法治报", "gulinfy": "泸州市古蔺县人民法院",
    "ezrb": "鄂州日报", "yunnancn": "云南网", "acbnews": "acbnews.com.au",
    "dyrb": "德阳日报", "harb": "淮安日报", "htrb": "和田日报", "taiwancn": "中国台湾网",
    "bostonorange": "Boston Orange", "aena": "亞洲經濟通訊社", "hkgpao": "HKG報",
    "zkrb": "周口日报", "bdcb": "半岛晨报", "scjyxw": "四川教育新闻网", "xcgbb": "乡村干部报",
    "pdxct": "Portland Chinese Times", "qiaoxun": "僑訊", "borneonews": "borneonews.net",
    "collectivehk": "集誌社", "macautoday": "今日澳門", "ocacnews": "僑務電子報", "twnewsjp": "台灣新聞",
    "puhuabao": "葡华报", "aichannel": "aichannel.ca", "houstonewind": "houstonewind.com",
    "truereport": "透視報", "macauspeaking": "macauspeaking.com", "kingtop": "kingtop.com.tw",
    "ushealthlifestyle": "ushealthlifestyle.com", "jcbn": "日中商报", "uschinews": "美中報道", "seeniun": "迪拜人",
    "zgkdb": "中国科大报", "ljdb": "兰江导报", "asrb": "安顺日报", "zghgb": "中国化工报", "sckjb": "四川科技报",
    "xfrb": "消费日报", "hanzhongrb": "汉中日报",
    "dezhourb": "德州日报", "nykjb": "农业科技报", "sxkjb": "陕西科技报", "wlrb": "温岭日报", "scudxb": "四川大学报",
    "rzrb": "日照日报", "changfengb": "长丰报",
    "lybs": "联谊报", "lhrb": "漯河日报", "huizhourb": "惠州日报", "jrgy": "今日高邮", "aqwb": "安庆晚报",
    "dongyingnews": "东营网", "lcrb": "聊城日报",
    "catvus": "美國華人電視", "vanzsnews": "vanzsnews.com", "nzmessengers": "新西兰信报", "twlifenews": "台灣生活新聞",
    "orangenews": "橙新聞", "praguetimes": "布拉格时报", "click2macao": "click2macao.com",
    "ldwb": "劳动午报", "cangzhourb": "沧州日报", "chuzhouwb": "处州晚报", "sxrb": "陕西日报", "huainanrb": "淮南日报",
    "sjtub": "上海交大报",
    "luzhourb": "泸州日报", "bzrb": "滨州日报", "chengderb": "承德日报", "nbwb": "宁波晚报", "barb": "宝安日报",
    "ldzxyyb": "娄底市中心医院报", "qustb": "青岛科技大学报",
    "guangming": "光明日報", "ukjs": "英国侨报", "ihuawen": "ihuawen.com", "argchina": "阿根廷华人网",
    "deouhuashang": "deouhuashang.de", "taiwanreports": "taiwanreports.com", "yesmyradio": "yesmyradio.com",
    "bostonese": "波士頓雙語網", "huarenone": "美洲华联社", "jinriaozhou": "今日澳洲", "seehua": "詩華日報",
    "vitaminbnews": "vitaminbnews.com", "amtvusa": "全美电视", "spacehk": "spacehk.com",
})
"""The codes e-paper archives name their files with ("rmrb_20210302_04.txt"), for a page that does not print
its paper's name."""

NOT_NAMES: frozenset[str] = frozenset((
    "手记", "观察", "调查", "来信", "述评", "札记", "随笔", "感言", "笔记", "日记", "故事", "视角", "直击", "探访",
    "走访", "连线", "追踪", "体验", "见闻", "亲历", "快评", "锐评", "评论", "专访", "访谈", "现场", "纪行", "一线",
))
"""Words that follow a role in a column's title ("记者手记", "记者 观察"), never a name (folded)."""

SECTION_WORDS: frozenset[str] = frozenset((
    "编者按", "编后", "编后语", "记者手记", "相关新闻", "相关链接", "链接", "背景链接", "延伸阅读", "短评", "点评",
    "记者观察", "新闻链接", "小贴士", "背景", "资料",
    "编按",
))
"""Sub-heads by their word alone, inside an article wherever they stand (folded)."""

DIGEST_TITLE = re.compile(r"(?:新闻|要闻)?简报|(?:早间|午间|晚间)新闻|今日头条|新闻摘要|要闻(?:速览|一览)")
"""A page title naming a news digest ("韓聯社要聞簡報", "SBS晚間新聞(…)"): items one after another under it (folded)."""

INTERVIEWERS: tuple[str, ...] = ("记者", "本报记者", "问", "答", "主持人", "q", "a")
"""Speakers of an interview's turns that are no person's name ("记者：…", "问：…")."""

NOT_SPEAKERS: tuple[str, ...] = (
    "说", "表示", "指出", "认为", "强调", "介绍", "提出", "称", "道", "问题", "答案", "时间", "地点", "电话", "地址",
    "网址", "来源", "编辑", "注", "备注", "其中", "例如", "比如", "一是", "二是", "三是", "原标题", "标题", "主题",
    "目标", "结果", "特点", "原因", "要求", "内容", "方法",
)
"""Words that make "X：…" a sentence introducing a list or a quote, not an interview turn."""


# ---------------------------------------------------------------- cue words

CAUSE_WORDS: tuple[str, ...] = ("因为", "由于", "随着", "针对", "为了", "出于", "鉴于", "皆因", "因")
"""Words that introduce a cause ("why" questions). Not 所以/因此: they introduce the effect."""

RESULT_WORDS: tuple[str, ...] = ("所以", "因此", "因而", "于是", "从而")
"""Words that open the effect after its cause (the cause readers, cause*.py: a clause so opened tells no cause)."""

MEANS_WORDS: tuple[str, ...] = ("通过", "经过", "采取", "采用", "利用", "借助", "依靠", "凭借", "运用")
"""Words that introduce a means ("how" questions)."""

CAUSE_RE = re.compile(alternation(CAUSE_WORDS))
MEANS_RE = re.compile(alternation(MEANS_WORDS))

QUESTION_WORDS: tuple[str, ...] = ("谁", "哪", "什么", "多少", "几", "怎", "如何", "为何", "为什么", "何时", "是否",
                                   "是不是", "吗")
"""A word containing any of these asks for something: it is not part of a topic."""

POINTERS = frozenset(
    "那 那么 那个 那些 那里 那儿 那次 这 这个 这些 这里 这儿 这次 这位 那位 该 其 它 它们 他 她 他们 她们".split()
)
"""First words that point back at something said before ("那安吉县呢？", "它有几个窗口？")."""

PERSONAL_POINTERS = frozenset("他 她 他们 她们 这位 那位".split())
"""Pointers to a person: they take the person last answered rather than the topic."""


# ---------------------------------------------------------------- answers (qa.answer)

PLACE_PREPOSITIONS = ("在", "于", "从", "自", "到", "向", "往")
"""Prepositions setting a place ("在庆州与谁": the 与 after the place is "with", no list mark; list_partner.py)."""

VERB_TAGS = frozenset(("v", "vd", "vg", "vi", "vq", "vl", "vf", "vshi", "vyou"))
"""jieba's verb tags: a span that starts with a verb is rarely a whole answer."""

SPAN_EDGE_LIGHT = frozenset("的了是在和与及或也都就还而并且被把将从对向于由为之其着过等")
"""Single-character words an answer span neither starts nor ends with ("是杭州", "杭州的")."""

SPAN_BREAK = frozenset("。!！?？;；:：,，()（）[]【】\n")
"""Characters a candidate span does not cross: it stays inside its clause ("、" joins list items, so it may)."""

SPAN_OPEN_TRIM = "是为在了的于由"
"""Trimmed from the start of a slot answer ("是杭州" → 杭州); its end loses LIGHT_CHARS."""

ANCHOR_RIGHT_LIGHT = "的了是在"
"""Light words the right anchor of a slot is also looked up without ("|的|规模" ↔ "规模")."""

ANCHOR_LEFT_SKIP = re.compile(r"(?<![来了])做$")
"""A light verb the question puts right before its question word and the sentence leaves out: the left anchor is
also looked up without it ("要求苏方做|什么" ↔ "要求苏方|撤军"). Not 做了 ("成公英做了|哪些工作" asks the deeds a
whole clause tells) nor 用来做 (a purpose, told by a clause too): CMRC's gold answers those with the clause."""

ERA_WORDS: tuple[str, ...] = ("时代", "时期", "年间", "王朝")
"""Endings of named eras (孔雀王朝时期, 明朝万历年间): a time answer."""

WIDEN_RIGHT_TAGS = frozenset(("n", "ns", "nz", "nt", "nr", "nrt", "nrfg", "s", "ng"))
"""Tags of nouns that carry a typed answer on into its noun phrase ("阮爱馨" + "女士")."""

WIDEN_LEFT_TAGS = frozenset(("ns", "nt", "nz"))
"""Proper nouns that widen a typed answer on its left ("北魏" + "宣武帝"); a title ("副组长") stays out."""

HEAD_KINDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "org": ("政府", "机构", "组织", "公司", "集团", "单位", "部门", "大学", "学校", "学院", "医院", "银行", "企业",
            "球队", "团体", "政党", "党派", "机关", "协会", "报社", "电视台", "部队", "军队"),
    "person": ("人物", "国王", "皇帝", "总统", "首相", "总理", "演员", "歌手", "作家", "球员", "导演", "主席",
               "主持人", "作者", "科学家", "画家", "诗人", "君主", "领袖", "官员"),
    "place": ("国家", "城市", "地区", "省份", "州", "岛", "山", "河", "湖", "港口"),
    "time": ("朝代", "年代", "时期", "时代", "年份", "季节", "日子"),
    "number": ("比分", "比数", "票数"),
})
"""The noun after 哪一个/什么 says what kind of answer is wanted ("哪一个政府" → an organisation)."""

CLOZE_COPULAS: tuple[str, ...] = ("被称为", "称为", "称作", "叫做", "名为", "称", "叫", "为", "是", "有")
"""A question ending in one of these asks for what follows it ("…的首都为?", "…称为?")."""

SAME_UNITS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "天": ("天", "日"), "人": ("人", "名", "位", "万人"), "名": ("人", "名", "位"), "位": ("人", "名", "位"),
    "元": ("元", "万元", "亿元", "美元"), "年": ("年",), "个": ("个",), "成": ("成", "%", "个百分点", "百分点"),
    "%": ("%", "个百分点", "百分点", "成"),
    "度": ("度", "℃", "摄氏度", "°c"),
    "次": ("次", "度", "回"),  # "曾幾次參選" ↔ "曾兩度參選": 度 and 回 count times as well
    "吨": ("吨", "吨级", "万吨"),  # "多少吨" ↔ "(1422吨级)": a ship's tonnage class is counted in 吨
    # one measure by its Taiwan and its mainland name: "海拔多少公尺" ↔ "1000米", "多少公斤" ↔ "20千克"
    "公尺": ("公尺", "米"), "米": ("米", "公尺"), "公里": ("公里", "千米"), "千米": ("千米", "公里"),
    "公斤": ("公斤", "千克"), "千克": ("千克", "公斤"), "公分": ("公分", "厘米"), "厘米": ("厘米", "公分"),
})
"""Measure words that answer a question asked in another ("多少人" ↔ "18名"); any other unit after a number
disagrees with the question's ("多少吨" is not answered by "4.5个")."""

CLASSIFIERS_ALIKE: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "个": ("座", "家", "所", "间", "条", "只", "艘", "部", "本", "架", "辆", "台", "栋", "支", "项", "种", "件", "处",
          "张", "颗", "匹", "头", "枚", "尊"),
    "间": ("座", "栋", "所", "家"),
})
"""The individual classifiers a count asked in a general one may be answered in: 个 counts things ("有几个是…城市"
↔ "6座"), 间 buildings ("几间图书馆" ↔ "3座"); people only when the noun counted is a person's (PERSON_CLASSIFIERS:
"几个皇帝" ↔ "93位", not "多少个非遗项目" ↔ "万余名观众"). A measure (个月, 个小时) is a unit of its own. Not a
unit's agreement (the candidate feature keeps 个 for 个: "多少个湖泊" prefers "1600个" over "6000条"), only no
reason to decline."""

PERSON_CLASSIFIERS: tuple[str, ...] = ("位", "名", "人")

POSTS: tuple[str, ...] = (
    "书记", "组长", "省长", "市长", "县长", "区长", "镇长", "乡长", "村长", "主任", "部长", "局长", "厅长", "处长",
    "科长", "院长", "校长", "主席", "总理", "总统", "董事长", "总经理", "经理", "秘书长", "会长", "社长", "队长",
    "委员", "常委", "负责人", "理事长", "馆长", "所长", "站长", "行长", "司令员", "政委", "主编", "总编辑", "首相",
    "大使", "发言人", "检察长", "庭长", "审判长", "监事长", "团长", "总监", "主管", "指挥官", "主委", "议长",
    "召集人", "司长", "署长", "台长", "关长", "总干事", "特首", "州长", "议员", "教练", "主教练", "领队", "特派员",
    "教授", "研究员", "院士", "学者", "总裁", "执行长", "领事", "参赞", "王储", "国王", "顾问", "总工程师",
    "发行人", "专员", "秘书", "次长", "协调官", "外长", "知事", "干事长", "总督",
    # a paper's editorial board member ("天津日报报业集团编委黄志伟", "《海南日报》报业集团编委翁朝健")
    "编委",
    # Japanese and Korean posts as the Chinese press prints them ("日本外相岩屋毅", "外交部次官", "公明党党首")
    "外相", "次官", "党首",
    # the board's chair as Hong Kong and South-East Asian Chinese papers print it ("仰光华助中心吴继垣董事主席")
    "董事主席",
    # posts of history and of armies as encyclopaedic prose prints them ("荆州刺史司马休之", "盟军统帅艾森豪")
    "参谋长", "统帅", "刺史", "太守", "都督", "丞相", "宰相", "巡抚", "知府", "提督", "节度使",
    # a show's producer, printed before the name as a post is ("制作人伍宗德")
    "制作人",
    # an association's or owners' corporation's treasurer, as Hong Kong and overseas papers print it ("司庫陳炳洋")
    "司库",
    # a role held at an event or on a programme, taken as a post is ("参议长维森特·索托担任大会主讲人",
    # "節目主持人陳蕙蘭"): role nouns in 人
    "主讲人", "主持人",
)
"""Words a post ends with ("省委副书记", "领导小组组长"): title chains before a name ("省长、…副组长刘捷") are
read with them, and a post is matched exactly (书记 ≠ 副书记, 院长 ≠ 副院长)."""

POSTS_LONGEST: tuple[str, ...] = tuple(sorted(POSTS, key=len, reverse=True))
"""POSTS, longest first: the first that a text ends with is its whole post word ("总经理", not "经理")."""


def post_role(text: str) -> str:
    """The post word `text` ends with, the longest ("省委副书记" → 书记, "副总经理" → 总经理), or ""."""
    return next((r for r in POSTS_LONGEST if text.endswith(r)), "")


HONORIFIC_TITLES: tuple[str, ...] = ("拿督斯里", "丹斯里", "准拿督", "拿督", "拿汀")
"""Malaysian honorifics printed between a post and the name ("董事主席拿督斯里林绪通"): not part of the post."""

POST_MODIFIERS = ("副", "常务副", "代理", "代", "署理", "前", "原", "名誉", "执行", "助理", "总", "轮值")
"""What turns one post into another when put before it: "副书记" does not answer "书记是谁", nor "领事" "总领事"."""

WHICH_SEVERAL = r"哪[两二三四五六七八九十]{1,2}位"
""""哪两位参选人": how many people are asked (a who-question asking several)."""

SEVERAL_PEOPLE = WHICH_SEVERAL + r"|哪些人|哪几位|哪几个人|都有谁|分别是谁|谁和谁"
"""Questions asking several people: the answer lists every name."""

PERSON_NOUNS = (r"[人者员客授师士太婆爷奶姐哥弟妹友工手官叔姨伯妈爸娃]|先生|学生|医生|女儿|儿子|孩子|男子|女子|小伙|"
                r"姑娘|丈夫|妻子|作家|画家|专家|" + "|".join(POSTS))
"""The alternation of the endings of PERSON_NOUN_ENDS, for patterns that read such a noun elsewhere than at the end."""
PERSON_NOUN_ENDS = re.compile(rf"(?:{PERSON_NOUNS})$")
"""Nouns for a person ("东北游客", "老教授", "老太太"): "X叫什么名字" asks that person's name, a who-question."""

PERSON_QUESTION = re.compile(
    r"^(?:.{2,16}?(?:" + alternation(POSTS) + r")(?=.{2,4}在..))??(?P<x>.{2,12}?|[a-zà-öø-ÿ][a-zà-öø-ÿ .·-]{11,40}?|"
    r".{2,30}?的[\u4e00-\u9fff]{2,4}?|[\u4e00-\u9fff]{2,4}?除了?[^,，?？]{2,22}?(?:之外|以外)?[,，]?还)"
    r"(?:是谁|是何人|是什么人|担任什么职务|担任何职|任什么职务?|是什么职务|的职务是什么|是什么身份|"
    r"的身份是什么|以前是做什么的|以前是什么身份|是做什么的|是干什么的|担任什么职位)[?？]?$")
"""Questions about a named person: "X是谁", "X担任什么职务", "X是什么身份", "X以前是做什么的"; a name in Latin
letters may run longer ("García-Escudero"). A post printed before a person asked where he holds a post, too long
to be read whole, is left out ("中央协调所总协调官|赖建信在经济部|担任什么职务"). A post set aside may stand
between the name and the question, however long ("庄悦群除了担任茂名市委书记，还担任什么职务"; people.posts_but).
What the person did may stand before the name ("在…会议上讲话的叶建春任什么职务"; people.asked_person keeps the
name)."""

OWNER_QUESTION = re.compile(
    r"^(?:[^是?？]{2,24}的)?(?P<x>[^的]{2,8}?)是(?:哪一?(?:家|个|所|间|区|县|市|省|州|镇|乡|国|党)|什么)(?:[^的]{0,4})的"
    r"(?P<post>.{2,10}?)[?？]?$")
"""Questions about the organisation a named person holds a post in: "張丹華是哪家媒體的社長", also with what the
person did before the name ("入选…名单的孙微是哪个社区的党委书记")."""

RELATION_WORDS: tuple[str, ...] = (*KIN_WORDS, "夫人", "太太")
"""What a news sentence prints right before the name of someone's relative ("看望母亲李旭燕", "大使夫人宋晓梅")."""

RELATION_QUESTION = re.compile(
    r"^(?P<x>.{2,12}?)的(?P<kin>" + "|".join(sorted(RELATION_WORDS, key=len, reverse=True)) + r")"
    r"(?:是谁|叫什么名字|叫什么|名叫什么|的名字是什么|的名字叫什么)[?？]?$")
"""Questions about a named person's relative: "X的母亲叫什么名字", "X的夫人是谁"."""

LENGTH_UNITS = ("米", "公里", "千米", "厘米", "毫米", "公分", "公尺", "英寸", "英尺", "英里", "码", "海里", "光年",
                "里", "km", "cm", "mm", "m")
"""Units of length (MEASURED's, NUMBER_GRAINS', dimension.py's)."""
_MONEY = ("元", "万元", "亿元", "美元", "万美元", "亿美元", "欧元", "英镑", "日元", "港元", *CURRENCIES)
WEIGHT_UNITS = ("吨", "万吨", "公斤", "千克", "克", "斤", "磅", "kg")
"""Units of weight (MEASURED's, dimension.py's)."""
MEASURED: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "人口": ("人", "万人", "亿人", "口", "万", "亿"),
    # an area is also told as a share of a whole: "二度烫伤约40%", "森林面积占全省的60%"
    "面积": ("平方米", "平方公里", "平方千米", "公顷", "亩", "万亩", "km²", "m²", "平方英里", "万", "亿", "%"),
    "海拔": LENGTH_UNITS, "高度": LENGTH_UNITS, "身高": LENGTH_UNITS, "长度": LENGTH_UNITS, "全长": LENGTH_UNITS,
    "距离": LENGTH_UNITS,
    "重量": WEIGHT_UNITS, "体重": WEIGHT_UNITS,
    "年龄": ("岁", "周岁"), "温度": ("度", "摄氏度", "℃", "°c"), "气温": ("度", "摄氏度", "℃", "°c"),
    "票价": _MONEY, "价格": _MONEY,
    "金额": _MONEY, "费用": _MONEY, "奖金": _MONEY, "造价": _MONEY, "成本": _MONEY, "售价": _MONEY, "价钱": _MONEY,
    "租金": _MONEY, "学费": _MONEY, "工资": _MONEY, "月薪": _MONEY, "耗资": _MONEY, "经费": _MONEY,
    "罚款": _MONEY, "罚金": _MONEY, "善款": _MONEY, "捐款": _MONEY, "赔偿金": _MONEY,
    # a turnover is a sum of money: "交易額是多少" is told in 韓元, not by the day of the report ("2日") or its growth
    "交易额": _MONEY, "销售额": _MONEY, "营业额": _MONEY, "成交额": _MONEY,
    "总产": (*WEIGHT_UNITS, "万斤", "亿斤", "万公斤", "亿公斤"),
    "发行量": ("份", "万份", "亿份", "册", "万册", "亿册", "本", "万本", "张", "万张", "万", "亿"),  # copies
})
"""Nouns whose amount is asked without a measure word ("安吉县的人口是多少", "面积有多大"), and the units an answer
to them may end with: "1个" is no population."""

CONTRASTS: tuple[tuple[str, str], ...] = (
    ("男子", "女子"), ("男篮", "女篮"), ("男足", "女足"), ("男排", "女排"), ("男单", "女单"), ("男双", "女双"),
    ("男团", "女团"), ("男双", "混双"), ("女双", "混双"), ("男单", "男双"), ("女单", "女双"), ("决赛", "预赛"),
    ("决赛", "半决赛"), ("决赛", "资格赛"), ("上半年", "下半年"), ("上半场", "下半场"), ("出口", "进口"),
    ("最高", "最低"), ("最多", "最少"), ("最大", "最小"), ("冠军", "亚军"), ("上涨", "下跌"), ("增加", "减少"),
    ("增长", "下降"), ("冠军", "季军"), ("冠军", "铜牌"), ("冠军", "银牌"), ("半决赛", "预赛"),
    ("男主角", "女主角"), ("男配角", "女配角"), ("男演员", "女演员"), ("男歌手", "女歌手"), ("最早", "最晚"),
    ("最长", "最短"), ("最快", "最慢"), ("主持", "召开"), ("主办", "承办"), ("早稻", "晚稻"), ("早稻", "中稻"),
    ("中稻", "晚稻"), ("赞成", "反对"), ("赞成", "弃权"), ("反对", "弃权"),
    ("亚军", "金牌"), ("季军", "金牌"), ("季军", "银牌"), ("金牌", "银牌"), ("金牌", "铜牌"), ("银牌", "铜牌"))
"""Words that tell one of two apart: a question asking one is not answered about the other ("最低气温" asked,
"最高气温24℃" given). typed.about_other reads them per clause, policy per sentence."""

LIGHT_VERBS = frozenset(("成为", "进行", "作为", "没有", "可以", "能够", "就是", "还是", "需要", "应该", "认为",
                         "称为", "叫做", "是否", "开始", "使用"))
"""Verbs too common to tell which clause a question is about (features.question_sides leaves them out)."""

ASKS_YEAR = re.compile(r"年(?!代)")
"""A when-question's question word that asks for a year (哪一年, 何年, 几几年, 西元几年, 哪个年份; not 哪个年代):
shape.py cuts a date to its year for it, policy.py declines a day with no year."""

TIME_GRAINS: tuple[tuple[str, str], ...] = (
    # any 年 (not ASKS_YEAR): the cue reads the words after the question word too, and "哪一年|代" wants what
    # "七十年代" holds as well
    (r"年", r"\d\s?年|[〇零一二三四五六七八九十]年|元年"),
    # "昨(15)日": the day of the month in brackets after yesterday or today, as Taiwan and Macau papers print it
    (r"几月几日|哪一?天|哪日|几日|几号", r"[\d一二三四五六七八九十廿卅][)）]?\s?[日号]|[昨今明前]天|当天"),
    (r"月", r"月"),
    (r"几点|(?:午|上|晨|晚|里)几时", r"[点时]|\d[:：]\d{2}"),  # "昨天15:30": a clock time with a colon
    (r"朝代", r"[朝代]|[夏商周秦汉晋隋唐宋元明清魏辽金]"),
)
"""(cue in a when-question's question word, what its answer's text must hold): "哪一年" wants a year, not
"8月"; the first cue found decides."""

DURATION_ASKED = "多长时间|多久|多少时间|多长的时间"
"""A how-long question ("用了多长时间"): its answer counts in DURATION_UNITS (policy.py) — NUMBER_GRAINS wants
one too."""
DURATION_UNITS: tuple[str, ...] = ("秒", "分", "分钟", "小时", "钟头", "天", "日", "周", "星期", "个月", "月", "年",
                                   "世纪", "代")
"""Units a duration counts in ("两个半小时", "三年")."""
LENGTH_ASKED: tuple[str, ...] = ("多长", "多远", "多深", "多宽")
"""Question words that ask a length (MEASURED["长度"]); 多高 asks a length or a rate ("减幅有多高"), a bare 多长 a
length or a duration ("航程有多长": "两小时")."""

NUMBER_GRAINS: tuple[tuple[str, str], ...] = (
    (r"几比几|多少比多少|比分|比数", r"\d\s?(?:[:：]|比)\s?\d|[一二三四五六七八九十零]比[一二三四五六七八九十零]"),
    # a grain of one character each, not DURATION_UNITS: "三代" is no answer to how long a rule lasted
    (DURATION_ASKED, r"[年月天日周时分秒]|世纪|小时|星期"),  # "10个星期" counts weeks as 周 does
    # "航程有多长", "假期有多长": a bare 多长 asks a length or a duration
    ("多长", alternation((*LENGTH_UNITS, "尺", "㎝", "㎞")) + r"|[年月天日周时分秒]|世纪|小时|星期"),
    ("|".join(("多高", *LENGTH_ASKED, "海拔")), alternation((*LENGTH_UNITS, "尺", "㎝", "㎞"))),
    (r"多大(?:年纪|岁数|年龄)|(?:年纪|年龄|岁数)(?:是|为|有)?多[少大]", r"岁"),
    # "女儿现在多大", "老人今年多大": 多大 after a person asks an age
    (PERSON_NOUN_ENDS.pattern[:-1] + r"(?:现在|今年|如今|当时|那年)?(?:有|已)?多大(?:了|呢|啦)?$", r"岁"),
)
"""(cue in a how-much question's question word, what its answer's text must hold): "任期多久" wants a duration
("四年"), not "一个"; "多高" a length; "多大年纪", "女儿现在多大" an age ("25岁", not "一家"); "几比几", "比分是多少" a
score ("2比0", "3:1")."""

NAME_TITLES: tuple[str, ...] = ("女士", "先生", "夫人", "小姐", "太太", "公爵", "伯爵", "侯爵", "子爵", "男爵", "皇后",
                                "王后", "公主", "王子", "亲王", "大帝", "世")
"""Words a name is quoted with ("阮爱馨女士", "韦尔夫公爵", "阿方索十世"): the only nouns a person's span widens
over, besides the rest of a name the tagger cut (a single character, a name's tag)."""

ADDRESS_TERMS: tuple[str, ...] = (
    "阿姨", "阿婆", "阿伯", "阿公", "奶奶", "爷爷", "大爷", "大妈", "大娘", "大婶", "大叔", "大伯", "大姐", "大哥",
    "叔叔", "伯伯", "婆婆", "老伯", "师傅", "老师", "先生", "女士", "小姐", "太太")
"""Terms of address after a surname that name someone the reporter met ("顾阿姨", "林阿婆", "刘师傅")."""

CONTINENTS: tuple[str, ...] = (
    "亚洲", "欧洲", "非洲", "美洲", "北美洲", "南美洲", "中美洲", "拉丁美洲", "大洋洲", "南极洲", "欧亚", "亚太",
    "东亚", "东南亚", "南亚", "西亚", "中亚", "北亚", "北非", "南非洲", "东非", "西非", "中东", "远东", "东欧", "西欧",
    "南欧", "北欧", "中欧", "北美", "南美", "印度支那", "中南半岛")
"""Continents and world regions: places that are no country and no city (澳洲, Taiwan's name for Australia, is
a country)."""

COUNTRIES: tuple[str, ...] = (
    "中国", "日本", "韩国", "朝鲜", "蒙古", "印度", "泰国", "越南", "缅甸", "老挝", "柬埔寨", "新加坡", "马来西亚",
    "印度尼西亚", "印尼", "菲律宾", "巴基斯坦", "阿富汗", "伊朗", "伊拉克", "叙利亚", "土耳其", "以色列", "埃及",
    "俄罗斯", "苏联", "英国", "法国", "德国", "意大利", "义大利", "西班牙", "葡萄牙", "荷兰", "比利时", "瑞士",
    "奥地利", "瑞典", "挪威", "丹麦", "芬兰", "波兰", "希腊", "美国", "加拿大", "墨西哥", "巴西", "阿根廷", "智利",
    "秘鲁", "澳大利亚", "澳洲", "新西兰", "纽西兰", "南非", "尼日利亚", "肯尼亚", "沙特阿拉伯", "乌克兰", "匈牙利",
    "捷克", "哈萨克斯坦", "吉尔吉斯斯坦", "乌兹别克斯坦", "塔吉克斯坦", "土库曼斯坦", "拉脱维亚", "立陶宛", "爱沙尼亚",
    # Taiwan's and Hong Kong's names for countries the mainland names otherwise (DRCD's 尚比亞, 肯亞, 克羅埃西亞)
    "肯亚", "坦尚尼亚", "尚比亚", "马拉威", "莫三比克", "乌干达", "卢安达", "蒲隆地", "辛巴威", "波札那", "衣索比亚",
    "索马利亚", "奈及利亚", "迦纳", "塞内加尔", "喀麦隆", "安哥拉", "利比亚", "阿尔及利亚", "突尼西亚", "摩洛哥",
    "沙乌地阿拉伯", "科威特", "黎巴嫩", "汶莱", "孟加拉", "斯里兰卡", "尼泊尔", "塞尔维亚", "克罗埃西亚", "斯洛维尼亚",
    "波士尼亚", "蒙特内哥罗", "马其顿", "阿尔巴尼亚", "保加利亚", "罗马尼亚", "白俄罗斯", "爱尔兰", "卢森堡",
    "哥伦比亚", "委内瑞拉", "厄瓜多", "玻利维亚", "巴拉圭", "乌拉圭", "巴拿马", "哥斯大黎加", "瓜地马拉", "宏都拉斯",
    "尼加拉瓜", "亚塞拜然", "斯洛伐克",
    # and the mainland's names of the same countries
    "赞比亚", "坦桑尼亚", "莫桑比克", "马拉维", "津巴布韦", "埃塞俄比亚", "索马里", "突尼斯", "克罗地亚",
    "斯洛文尼亚", "阿塞拜疆", "格鲁吉亚", "亚美尼亚", "卡塔尔", "科索沃")
"""Common countries, as mainland and Taiwan papers write them (folded): a place no city question is answered
with (a country's name without 国 does not tell itself)."""

ABSTRACT_NOUNS = re.compile(r"意[义思]|目的|原因|作用|影响|方法|方式|内容|[特优缺]点|理念|情[形况]|状[况态]|贡献"
                            r"|结果|过程|区别|用途|功能|关系|说法|定义")
"""Nouns whose answer is a clause, not a name ("存在的意義是?", "攻擊遼東的目的為?"): a question asking for one
is answered by what is told, not by a noun run (gap.py, kind_asked.py)."""
