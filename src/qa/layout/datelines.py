"""Datelines ("本报北京3月5日电(记者 X)", "(曼谷21日综合电)", "【特訊】") and signatures at the end of a
piece: where and when a report was filed and the reporters it names."""

from __future__ import annotations

import dataclasses
import re

from ..lexicon import LONG_PLACES, PHOTO_ROLES, SURNAMES
from ..types import Byline, Dateline
from .bylines import (
    NAME_RX,
    RARE_SURNAMES,
    ROLE_AND_NAME,
    ROLE_RX,
    byline_people,
    join_split_names,
    make_byline,
    parse_byline,
)
from .common import AGENCY, DAY, HAN, REL_DAY, fold_line

_PAREN_WHO = re.compile(r"\s*[(\[【〔]\s*(?P<who>[^()\[\]【】〔〕]{1,40}?)\s*[)\]】〕]")
_DATELINE = [
    # 中央社: （中央社記者王某台北3日電）
    re.compile(rf"^(?P<open>[(\[【〔])(?P<agency>中央社|中新社|新华社)记者(?P<rw>[{HAN}、]{{2,20}}?)"
               rf"(?P<day>{DAY})\s*(?:专电|电)(?P<close>[)\]】〕])"),
    # 参考消息网1月27日报道 (then a space and 据…); 海口网6月4日消息(见习记者杨艳 摄影报道) (a city site's own
    # report: 消息 for 讯, its reporter in brackets right after),
    # 新华社上海5月3日电, 本报北京3月25日电, 【新华社天津二日电】, 据新华社北京3月2日电, 中新网广州2月9日电;
    # 华人号:华人头条-意大利华人头条米兰2月18日电 (华人头条's Italian edition): the platform's account label and the
    # account's name before the edition's own dateline
    re.compile(rf"^(?:[{HAN}]{{1,4}}号\s*:\s*[{HAN}a-z]{{2,12}}\s*[-－—]\s*)?"
               rf"(?P<open>[(\[【〔])?\s*(?P<ju>据)?(?P<agency>{AGENCY})(?P<place>[{HAN}]{{0,12}}?)"
               rf"(?P<day>{DAY}|{REL_DAY}(?=专电|电))\s*(?:专电|电|讯|报道(?=\s)|消息(?=[(（]))(?P<close>[)\]】〕])?"),
    # 本报讯, 【大公报讯】, 据新华社电, 香港文汇报讯, 本报长沙讯 (the place, no day)
    # (and 【on.cc東網專訊】: a site's Latin name before its Chinese one)
    # 据《广西日报》消息: another paper's name in title marks after 据
    # 昆明信息港讯 (a city portal's own dispatch): a site's name of five or more characters before 讯
    # 中国网·滨海高新讯 (a portal's local channel): the site's name, a middle dot and the channel's name before 讯
    # 荆楚网(湖北日报网)讯 (a paper's portal): the site's name and, in brackets, the paper's site it is;
    # 每日甘肃网-嘉峪关日报讯 (a province's portal relaying a city paper): the portal's name, a hyphen and the
    # paper's before 讯
    re.compile(rf"^(?P<open>[(\[【〔])?\s*(?P<ju>据)?(?P<agency>{AGENCY}|[{HAN}]{{2,4}}(?=讯)|"
               rf"[{HAN}]{{2,6}}(?:信息港|网)(?=讯)|[{HAN}]{{2,6}}网·[{HAN}]{{2,6}}(?=讯)|"
               rf"[{HAN}]{{2,6}}网\([{HAN}]{{2,8}}(?:报|网)\)(?=讯)|"
               rf"[{HAN}]{{2,6}}网[-－][{HAN}]{{2,6}}报(?=讯)|"
               # 大江网/赣州头条客户端讯 (中国江西网's 赣州频道): the site's name, a slash and its city app's before 讯
               rf"[{HAN}]{{2,6}}网/[{HAN}]{{2,8}}客户端(?=讯)|"
               # 滨州日报/滨州网讯 (a city paper's e-paper): the paper's name, a slash and its site's before 讯
               rf"[{HAN}]{{2,6}}报/[{HAN}]{{2,6}}网(?=讯)|"
               # 台胞之家网福建台联讯 (福建省台联's site): the site's name, then its owner's short name before 讯
               rf"[{HAN}]{{2,6}}网[{HAN}]{{1,4}}?(?:台联|侨联|妇联|文联)(?=讯)|"
               rf"(?<=据)《[{HAN}]{{2,10}}(?:报|社|网|台)》(?=消息|电|讯)|"
               rf"[a-z][a-z.]{{1,10}}[{HAN}]{{1,4}}?(?:网|台|报)(?=专讯|讯))"
               # "永川日报全媒体讯": the paper's media centre's own dispatch
               rf"(?P<place>(?<=本报)[{HAN}]{{2,4}}?(?=讯))?(?:(?<=报)(?:全媒体|融媒体)(?=讯))?"
               rf"(?:专讯|讯(?!员|息)|电|消息)"  # "本报特约通讯员" is a role
               rf"(?P<close>[)\]】〕])?"),
    # 东南网-福建日报2月15日讯 (a paper's report on its group's site): the site's name, a hyphen and the paper's, then
    # the day before 讯 (the form above with the day the paper dates its report by)
    re.compile(rf"^(?P<open>(?!))?(?P<agency>[{HAN}]{{2,6}}网[-－][{HAN}]{{2,6}}报)(?P<day>{DAY})\s*讯(?!员|息)"
               rf"(?P<close>(?!))?"),
    # 〔記者王某／台北報導〕, 記者王某／台北報導; 鄭建勳\臺中報導 (新華報導): a backslash typed for the slash;
    # 台灣新聞網記者王某/南投報導, 墨新聞|記者王某/台北報導: the outlet's name glued on, or parted by a bar
    # 【雲嘉特派員陳信利/雲林報導】 (a Taiwan site): a correspondent's post (特派員, a region's name before it) for 記者
    re.compile(rf"^(?P<open>[(\[【〔])?\s*(?:(?:(?!本)(?P<agency>[{HAN}]{{1,6}}(?:网|报|社|台|新闻))\s*\|?\s*)?"
               rf"[{HAN}]{{0,4}}?(?:记者|特派员))?\s*(?P<rw>[{HAN}、· ]{{2,20}}?)\s*[/\\]\s*"
               rf"(?P<place>[{HAN}]{{1,8}}?)(?:即时|综合|连线)?(?:报导|报道)(?P<close>[)\]】〕])?"
               rf"(?P<paper>[{HAN}]{{1,6}}报(?=\s|$))?"),
    # 實習記者肖博      華埠報導 (a Los Angeles community site): the reporter, then the place he reported from after a
    # run of spaces standing for the slash, on a line of their own (one space could part two names: "记者 甲 乙报道")
    re.compile(rf"^(?P<open>(?!))?(?:见习|实习|特约|首席)?记者(?P<rw>[{HAN}]{{2,4}}?)\s{{2,}}(?P<place>[{HAN}]{{2,8}}?)"
               rf"(?:报导|报道)(?P<close>(?!))?$"),
    # 【今傳媒/記者李祖東報導】 (今傳媒): the outlet's name and a slash before the role and reporter, the place after a
    # second slash or none
    re.compile(rf"^(?P<open>[(\[【〔])(?P<agency>[{HAN}]{{1,6}}?(?:传媒|媒体|新闻|网|报|社|台))\s*/\s*"
               rf"[{HAN}]{{0,4}}?记者\s*(?P<rw>[{HAN}、· ]{{2,20}}?)\s*(?:/\s*(?P<place>[{HAN}]{{1,8}}?))?"
               rf"(?:即时|综合)?(?:报导|报道)(?P<close>[)\]】〕])"),
    # [台東電子報]記者 楊伊杏/台東報導 (台東電子報): the outlet's name in square brackets glued before the byline
    re.compile(rf"^(?P<open>(?!))?\[(?P<agency>[{HAN}]{{2,8}}?(?:报|网|台))\]\s*[{HAN}]{{0,4}}?记者\s*"
               rf"(?P<rw>[{HAN}、· ]{{2,20}}?)\s*/\s*(?P<place>[{HAN}]{{1,8}}?)(?:报导|报道)(?P<close>(?!))?(?=\s|$)"),
    # 【記者李祖翔報導】 (人間福報): the reporter in brackets, no agency, place or day; 【欧洲时报记者田皓雪子报道】:
    # the paper's name before the role
    re.compile(rf"^(?P<open>[(\[【〔])\s*(?P<agency>[{HAN}]{{2,6}}?(?:报|社|网|台))?\s*记者\s*"
               rf"(?P<rw>[{HAN}]{{2,4}}?)\s*(?:报导|报道)(?P<close>[)\]】〕])"),
    # (News Chinatown徐佩蒂報導) (唐人街号外): the outlet's Latin name glued before its reporter's, no role, place
    # or day (matched folded: the outlet's name in lower case)
    re.compile(rf"^(?P<open>[(])(?P<agency>(?!))?[a-z]{{2,}}(?: [a-z]{{2,}}){{0,3}}(?P<rw>[{HAN}]{{2,4}}?)"
               rf"(?:报导|报道)(?P<close>[)])"),
    # 【記者吳惠民桃園報導】 (taiwanreports.com): the reporter and the place he filed from run together in brackets, no
    # agency or day (split as 中央社's are, _cna_names); 【記者陳良安綜合報導】: put together from several reports, no
    # place
    _BRACKET_REPORTER_PLACE := re.compile(rf"^(?P<open>[【〔])\s*记者(?P<rw>[{HAN}]{{2,4}}?综合|[{HAN}]{{5,8}}?)"
                                          rf"(?:报导|报道)(?P<close>[】〕])"),
    # 【日中商报记者王童】 (日中商报 of Tokyo): the paper's name, the role and its reporter in brackets with no 报道,
    # place or day, the text glued after
    _PAPER_BRACKET_REPORTER := re.compile(rf"^(?P<open>【)(?P<agency>[{HAN}]{{2,6}}?(?:报|社|网|台))记者"
                                          rf"(?P<rw>[{HAN}]{{2,3}})(?P<close>】)"),
    # [据韩国侨报记者 王鹤霖 曹梦德 龙敏 摄影报道]: (韩国侨报 of Seoul): 据, the paper's name, the role, then its
    # reporters spaced apart, who also took the pictures, in square brackets; no place or day
    re.compile(rf"^(?P<open>[\[【])\s*(?P<ju>据)(?P<agency>[{HAN}]{{2,6}}?(?:报|社|网|台))\s*记者\s*"
               rf"(?P<rw>[{HAN}]{{2,4}}(?: (?!摄影)[{HAN}]{{2,4}}){{0,4}})\s*(?:摄影)?(?:报导|报道)(?P<close>[\]】])"),
    # 【南美侨报记者庄沂圣保罗报道】 (南美侨报): the paper's name, the role, then the reporter and the place he filed
    # from run together (split as 中央社's are, _cna_names); 【民眾網編輯方笙楠臺北報導】 (民眾網): a site's editor who
    # reports from a place is the report's writer as a reporter is (报道 and the place say the copy is hers)
    _PAPER_REPORTER_PLACE := re.compile(rf"^(?P<open>【)(?P<agency>[{HAN}]{{2,6}}?(?:报|社|网|台))(?:记者|编辑)"
                                        rf"(?P<rw>[{HAN}]{{5,9}}?)(?:报导|报道)(?P<close>】)"),
    # 【全媒体记者 罗勇】 (a county 融媒体中心's site): the role, a space and the reporters in brackets, no 报道 (the
    # space keeps a column's name out: 【记者手记】)
    _BRACKET_ROLE := re.compile(rf"^(?P<open>【)\s*(?:全媒体|融媒体|融媒|特约|见习|实习|首席)?记者\s+"
                               rf"(?P<rw>[{HAN}]{{2,4}}(?: [{HAN}]{{2,4}}){{0,3}})\s*(?P<close>】)"),
    # 【本报周孙毅报道】 (印尼商报 of Jakarta): the paper's own reporter named right after 本报, no 记者, place or day
    re.compile(rf"^(?P<open>【)(?P<agency>本报)(?P<rw>[{HAN}]{{2,4}}?)(?:报导|报道)(?P<close>】)"),
    # 【本报综合报导】 (看中国): the paper's own report put together from several sources, no place or day
    re.compile(r"^(?P<open>[(\[【〔])\s*(?P<agency>本报)\s*综合\s*(?:报导|报道)(?P<close>[)\]】〕])"),
    # 翡冷翠侨讯综合报道 自2024年6月上旬… (a community paper of Florence, as 非洲时报's site reposts it): the outlet's
    # name and 综合报道 opening the text, a space after it, no brackets, place or day
    re.compile(rf"^(?P<open>(?!))?(?P<agency>[{HAN}]{{2,8}}?(?:侨讯|侨报|报|网|社|台))综合(?:报导|报道)(?P<close>(?!))?"
               rf"(?=\s)"),
    # 本报北京电（记者 X）, 本报多哈电 记者X报道: a place and no day (checked after every form with a day)
    re.compile(rf"^(?P<open>[(\[【〔])?\s*(?P<ju>据)?(?P<agency>{AGENCY})(?P<place>[{HAN}]{{2,8}}?)(?:专电|电)"
               rf"(?=\s|[(\[【]|记者|$)(?P<close>[)\]】〕])?"),
    # 【大紀元2020年07月17日訊】(大紀元記者徐綉惠洛杉磯報導): the paper's name and the full date in brackets (the
    # page's date, not kept as the dateline's day), then its reporter and place run together in brackets
    re.compile(rf"^(?P<open>【)(?P<agency>[{HAN}]{{2,6}}?)(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日(?:专讯|讯)"
               rf"(?P<close>】)\s*[(（][{HAN}]{{0,6}}?记者(?P<rw>[{HAN}]{{4,12}}?)(?:报导|报道)[)）]"),
    # 【环球华语2020年7月26日】, 【环球华语2020年7月27日转BBC】 (环球华语 of Toronto): the outlet's name and the full
    # day in brackets opening the text, with where the copy was taken from after 转 (转自TWITTER时政评论)
    re.compile(rf"^(?P<open>【)(?P<agency>[{HAN}]{{2,6}}?)(?P<day>(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日)"
               rf"(?:转自?[^【】]{{1,20}})?(?P<close>】)"),
    # (台泰時報10月7日曼谷電): the paper's own name, the day, then the place the report was sent from;
    # 【美洲华联社1月28日洛杉矶报道】 (美洲华联社 of Los Angeles): the same in black brackets, 报道 for 电
    re.compile(rf"^(?P<open>[(（【])(?P<agency>[{HAN}]{{2,6}}?(?:报|社|网|台))(?P<day>{DAY})(?P<place>[{HAN}]{{2,6}}?)"
               rf"(?:专电|电|报道|报导)(?P<close>[)）】])"),
    # 全美电视洛杉矶9月17日报道, (全美电视 of Los Angeles): a station's or site's own report, its place and day, then
    # 报道 and a comma opening the text, no brackets
    re.compile(rf"^(?P<open>(?!))?(?P<agency>[{HAN}]{{2,6}}?(?:电视台|电视|报|社|网|台))"
               rf"(?P<place>[{HAN}]{{2,6}}?)(?P<day>\d{{1,2}}月\d{{1,2}}日)(?:报道|报导)(?P<close>(?!))?(?=[,，])"),
    # 记者吴景亮报导 澳洲广东侨团总会… (今日澳洲 of Sydney): the role, the reporter and 报导 opening the text, a space
    # after, no brackets, agency, place or day
    re.compile(rf"^(?P<open>(?!))?(?:见习|实习|特约|首席)?记者(?P<rw>[{HAN}]{{2,3}}?)(?:报导|报道)(?P<close>(?!))?"
               rf"(?=\s+[{HAN}])"),
    # (吉隆坡3日讯), (布城29日讯): the place and day in brackets, the paper's own (星洲日報, 南洋商報, 中國報);
    # (曼谷21日综合电): a story put together from several reports
    re.compile(rf"^(?P<open>[(\[【〔])(?P<place>[{HAN}]{{2,8}}?)(?P<day>{DAY})\s*(?:综合)?(?:专讯|讯|专电|电)"
               rf"(?P<close>[)\]】〕])"),
    # (讯报棉兰讯) (讯报 of Medan): the paper's own name, then the place it reports from, in round brackets before
    # 讯, no day ("(本报长沙讯)" is read above)
    re.compile(rf"^(?P<open>[(（])(?P<agency>(?!本)[{HAN}]{{1,6}}?(?:报|网|社|台))(?P<place>[{HAN}]{{2,4}}?)(?:专讯|讯)"
               rf"(?P<close>[)）])"),
    # 泗水讯—— (印华日报 of Jakarta): the place and 讯 with a dash, no brackets, agency or day; not a column's
    # name ("快讯——", "简讯——")
    re.compile(rf"^(?P<open>(?!))?(?P<place>(?![{HAN}]*(?:报|网|社|台|快|简|通|资|喜|短|专|特|综合)讯)[{HAN}]{{2,4}}?)讯"
               rf"\s*(?:——|—)(?P<close>(?!))?(?=[{HAN}“「《])"),
    # (金边讯) (柬中时报): the place alone in brackets before 讯, no day (a paper's name there ends in 报, 网 …)
    re.compile(rf"^(?P<open>[(（])(?P<place>(?![{HAN}]*(?:报|网|社|台)讯)(?!本)[{HAN}]{{2,4}}?)(?:专讯|讯)"
               rf"(?P<close>[)）])"),
    # 《經濟通通訊社3日專訊》 (經濟通, Hong Kong): a wire's name and the day in title marks
    re.compile(rf"^(?P<open>《)(?P<agency>[{HAN}]{{2,8}}?(?:通讯社|社))(?P<day>{DAY})\s*(?:专讯|讯)(?P<close>》)"),
    # 【特訊】 (華僑報): the paper's own dispatch in brackets, with no agency, place or day printed
    re.compile(r"^(?P<open>[\[【〔])\s*(?:特讯|专讯|快讯)\s*(?P<close>[\]】〕])"),
    # 《本報訊18/11/2020 下午2時》 (South Australia Chinese Weekly): the paper's own, in angle brackets, with the
    # day and hour it was posted (the page's date; not kept as the dateline's day)
    re.compile(r"^(?P<open>《)\s*(?P<agency>本报)讯\s*(?:\d{1,2}/\d{1,2}/(?:19|20)\d{2})?[^》]{0,12}?(?P<close>》)"),
    # 【新闻网讯 记者姜靖】 (a university's news site): the site's own dispatch and its reporter in one pair of
    # brackets, no place or day
    re.compile(rf"^(?P<open>[(\[【〔])\s*(?P<agency>[{HAN}]{{2,6}}?(?:网|报|台|社))\s*讯\s*[{HAN}]{{0,4}}?记者\s*"
               rf"(?P<rw>[{HAN}、 ]{{2,20}}?)\s*(?P<close>[)\]】〕])"),
    # 国际在线报道(记者 杨玉国): (国际在线's own reports): the site's name and 报道, its reporter in brackets after
    re.compile(rf"^(?P<open>(?!))?(?P<agency>[{HAN}]{{2,6}}?(?:在线|网))报道(?P<close>(?!))?(?=\s*[(（]\s*记者)"),
    # 重庆彭水网(融媒体记者 杨丽媛 李 峰) (a county 融媒体中心's site): the site's name, then its reporters in brackets
    # with their role, no 讯 or 报道 between
    re.compile(rf"^(?P<open>(?!))?(?P<agency>[{HAN}]{{2,6}}?网)(?P<close>(?!))?"
               rf"(?=\s*[(（]\s*(?:全媒体|融媒体|融媒|首席|特约|见习|实习)?记者)"),
    # 【韓國慶州時事】 (時事通信 as nippon.com carries it), 【东京共同社】: where the report was filed, then a foreign
    # news agency's short name, in black brackets
    re.compile(rf"^(?P<open>【)(?P<place>[{HAN}]{{2,8}}?)(?P<agency>时事社?|共同社?|韩联社|法新社|路透社?|美联社|"
               rf"塔斯社)(?P<close>】)"),
    # 韩国国际广播电台报道： (KBS's Chinese service): the station's name and 报道 with a colon, opening its text
    re.compile(rf"^(?P<open>(?!))?(?P<agency>[{HAN}]{{2,10}}?(?:电台|电视台|通讯社))报道(?P<close>(?!))?\s*[:：]"),
    # 【大阪/採訪報導】 (台灣新聞 of Tokyo): the place, a slash and the paper's own 採訪報導 or 綜合報導, no reporter
    # named
    re.compile(rf"^(?P<open>[(\[【〔])\s*(?P<place>[{HAN}]{{2,6}}?)\s*/\s*(?:采访|综合)(?:报导|报道)"
               rf"(?P<close>[)\]】〕])"),
    # 地方中心 ∕ 花蓮報導 (匯流新聞網): a desk, not a reporter, then the place
    re.compile(rf"^(?P<open>[(\[【〔])?\s*(?P<agency>[{HAN}]{{0,4}}(?:中心|编辑部|新闻部|采访部|采访组))\s*/\s*"
               rf"(?P<place>[{HAN}]{{1,8}}?)(?:报导|报道)(?P<close>[)\]】〕])?(?=\s|$)"),
    # 【鍾志明 楊以諾 苗栗】 (客家電視台's news list): the reporters, then the place they reported from, spaced apart
    # in black brackets before the text
    re.compile(rf"^(?P<open>【)(?P<rw>[{HAN}]{{2,3}}(?: [{HAN}]{{2,3}}){{0,2}}) (?P<place>[{HAN}]{{2,4}})(?P<close>】)"
               rf"(?=\s)"),
    # 【Now新聞台】 (as Yahoo serves Now TV's items): a station named with its Latin name first, in brackets;
    # [NOWnews今日新聞] (as a portal lists NOWnews's flashes): in square brackets, a space before the text
    re.compile(rf"^(?P<open>[【\[])(?P<agency>[a-z][a-z0-9]{{1,8}}[{HAN}]{{0,4}}新闻台?)(?P<close>[】\]])"
               rf"(?=\s?[{HAN}“「《])"),
    # 台北/ 泰華僑團首長赴台參訪團,由… (僑訊, as 僑光社 sends its dispatches): the place the report was sent from, a
    # slash and a space before the text, no agency or day. The space and a clause after it keep out a column's
    # label ("觀察/台灣病、…"), a path ("主页 / 本地新聞"), two names ("冯彦哲/魏雅欣获…") and a role ("文/ 王某")
    re.compile(rf"^(?P<open>(?!))?(?!(?:撰文|文图|图文|摄影|记者|作者|编辑|责编|主页|首页|来源)\s*/)"
               rf"(?P<place>(?![{HAN}]{{0,3}}(?:报|网|社|台|新闻|中心)\s*/)[{HAN}]{{2,4}})\s*/ +(?P<close>(?!))?"
               rf"(?=[{HAN}“「《][^。！？!?/]{{4,60}}[,，])"),
    # 9月3日 —— 印度尼西亚总统… (Indonesia Daily): the day and a dash before the text, no agency or place
    re.compile(rf"^(?P<open>(?!))?(?P<day>\d{{1,2}}月\d{{1,2}}日)\s*(?:——|—)\s*(?P<close>(?!))?(?=[{HAN}])"),
    # 2月17日讯 据《足球报》报道 (a sports site's repost): the day and 讯 alone, a space after, no agency or place
    re.compile(r"^(?P<open>(?!))?(?P<day>\d{1,2}月\d{1,2}日)讯(?P<close>(?!))?(?=\s)"),
    # 【好报】北京讯。 (好報 of Jakarta): the paper's name in brackets, then the place and 讯, a stop or space after
    re.compile(rf"^(?P<open>【)(?P<agency>[{HAN}]{{1,6}}?(?:报|社|网|台))(?P<close>】)\s*(?P<place>[{HAN}]{{2,6}}?)讯"
               rf"(?:[。:：]|(?=\s))"),
    # 台灣網6月23日株洲消息 (中国台湾网's big5 edition): a site's own report, its day before its place, 消息 for 电,
    # a space after
    re.compile(rf"^(?P<open>(?!))?(?P<agency>[{HAN}]{{1,6}}(?:网|报))(?P<day>(?:\d{{1,2}}月)?\d{{1,2}}日)"
               rf"(?P<place>[{HAN}]{{2,6}}?)消息(?P<close>(?!))?(?=\s)"),
    # 菲龙网(2019-9-12)讯: (菲龙网's report as a chamber's site reposts it): the site's name, the day it was sent in
    # brackets as year-month-day, then 讯 and a colon
    re.compile(rf"^(?P<open>(?!))?(?P<agency>[{HAN}]{{2,6}}?(?:网|报|社|台))[(（]\s*"
               rf"(?P<day>(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}})\s*[)）]\s*(?:专讯|讯)(?P<close>(?!))?\s*[:：]?"),
    # 【美國華人電視記者呂力川 洛杉磯橙縣報導】 (美國華人電視's site): the outlet's name, the role, the reporter, a
    # space, then the place he reported from, on a line of its own
    re.compile(rf"^(?P<open>【)(?P<agency>[{HAN}]{{2,8}}?(?:电视台|电视|报|社|网|台))记者\s*(?P<rw>[{HAN}]{{2,3}})\s+"
               rf"(?P<place>[{HAN}]{{2,8}}?)(?:报导|报道)(?P<close>】)"),
    # 【橙訊】 (橙新聞), 【华社侨讯】 (vanzsnews.com): the outlet's short name or its desk's, then 讯 (侨讯: its
    # community news), in black brackets opening the text — no place or day; not a kind of item ("【快讯】",
    # "【简讯】", "【喜讯】")
    re.compile(rf"^(?P<open>【)(?P<agency>(?![{HAN}]*(?:快|简|通|资|喜|短|专|特|视|图)讯)[{HAN}]{{1,4}}?)侨?讯"
               rf"(?P<close>】)(?=[{HAN}“「《])"),
    # 【有線新聞】 opening the text (i-Cable): a broadcaster's news service by its name alone in brackets, no
    # place or day; not a section's name in brackets ("【國際新聞】", "【相關新聞】": see _NOT_OUTLET)
    re.compile(rf"^(?P<open>【)(?P<agency>[{HAN}]{{2,4}}新闻)(?P<close>】)(?=[{HAN}“「《])"),
]
_OUTLET_BRACKET = _DATELINE[-1]
# What a bracketed "…新闻" names when it is a section's, not an outlet's: "【国际新闻】", "【相关新闻】".
_NOT_OUTLET = frozenset(("相关", "今日", "热点", "图片", "视频", "更多", "最新", "即时", "重要", "头条", "热门", "推荐",
                         "延伸", "精彩", "新闻", "要闻", "本地", "国际", "国内", "社会", "财经", "体育", "娱乐", "科技",
                         "两岸", "港澳", "地方", "综合", "突发", "每日", "早间", "晚间", "午间"))
_DATED_BRACKET = next(rx for rx in _DATELINE if "日(?:专讯|讯)" in rx.pattern)
# "…已报名参加互助新冠疫苗接种项目。 (小红)" (千岛日报): the writer's name in brackets after the last sentence.
_BRACKET_SIGNATURE = re.compile(rf"(?:[。！？!?”」』]\s*|^\s)(?P<sig>[(（](?P<name>[{HAN}]{{2,3}})[)）])$")
# "…的知名度和影响力。(朱冬娅、见习记者 姚程玉)" (无锡日报), "…全部完工。 (李东 罗潇)" (中国中铁报's briefs): the
# writers, several, with or without their roles, in brackets after the last sentence; "…宣传报道。(中国吉林网 吉刻APP
# 记者 沙春霞 许家强)" (中国吉林网): an app's Latin-lettered name glued before the role.
_BRACKET_WRITERS = re.compile(rf"[。！？!?”」』]\s*(?P<sig>[(（](?P<names>(?:[{HAN}·、 ]|[a-z]{{2,6}}(?=记者))"
                              rf"{{3,30}})[)）])$")
# "…得到有效改善。 【记者:张千  责任编辑:谢文荣】" (a company site): the writer and the editor in square brackets
# after the last sentence.
_BRACKET_CREDIT = re.compile(rf"[。！？!?”」』]\s*(?P<sig>【\s*(?:记者|通讯员|作者)\s*:\s*[{HAN}·]{{2,4}}"
                             rf"(?:[ 、][{HAN}·]{{2,4}}){{0,2}}\s*"
                             rf"(?:(?:责任编辑|编辑|责编)\s*:\s*[{HAN}·]{{2,4}}\s*)?】)$")
# "…相對容易實現。申나리 journari@donga.com" (東亞日報's Chinese site): the writer's name — a Korean one in 漢字 and
# 한글 — and her address glued after the last sentence.
_MAILED_SIGNATURE = re.compile(rf"(?:[。！？!?”」』]\s*|\s)(?P<sig>(?P<name>[{HAN}\uac00-\ud7a3]{{2,5}})\s+"
                               r"[a-z0-9._%+-]{1,30}@[a-z0-9-]{1,30}(?:\.[a-z0-9-]{1,20}){1,3})$")
_NOT_A_WRITER = re.compile(r"[社报网台图摄讯电部组室会]$|^(?:待续|未完|续完|全文完|资料)$")
# After a student's name: the grade in brackets and where it was written ("侨报小记者杜原鑫 (十年级)写于北卡", 侨报).
_SIGNATURE_NOTE = rf"\s*[(（][{HAN}\d]{{1,8}}[)）]\s*(?:写于[{HAN}]{{1,8}})?|\s*写于[{HAN}]{{1,8}}"
_SIGNATURE = re.compile(r"(?:[。！？!?”」』)）]\s+|[”」』](?=本报记者))"
                        rf"(?P<sig>(?:读者|作者|本报记者|记者|通讯员|特约记者|特约通讯员|[{HAN}]{{0,4}}?小记者)\s?"
                        rf"[{HAN}·]{{2,4}}(?:\s[{HAN}·]{{2,4}}){{0,2}}(?P<note>{_SIGNATURE_NOTE})?)$")


def trailing_signature(text: str) -> int | None:
    """Where a signature glued to the end of the last paragraph starts ("…是企业的主力军。 读者 薛芳玲"), or None:
    a role and a name (or up to three) after the closing punctuation and a space; after a closing quote
    "本报记者" needs no space ("…恢复平日的热闹。”本报记者 董怡虹 陈炅玮", 新民晚报)."""
    tail = max(0, len(text) - 36)  # the signature is short: look at the paragraph's end only
    tail = max(0, len(text) - 60) if "@" in text[-60:] else tail  # an address makes the signature longer
    m = (_SIGNATURE.search(fold_line(text[tail:])) or _BRACKET_SIGNATURE.search(fold_line(text[tail:]))
         or _BRACKET_CREDIT.search(fold_line(text[tail:])) or _MAILED_SIGNATURE.search(fold_line(text[tail:])))
    if m is not None and m.re is _MAILED_SIGNATURE and m["name"][0] not in SURNAMES:
        return None  # "…见 info@example.com": an address after a word, not a writer's
    if m is not None and m.re is _BRACKET_SIGNATURE and _NOT_A_WRITER.search(m["name"]):
        return None  # "(新华社)", "(资料图)", "(待续)": an agency, a picture's note or a serial's, not a writer
    if m is None and (w := _BRACKET_WRITERS.search(fold_line(text[tail:]))) is not None \
            and bracket_writers(w["sig"]) is not None:
        return tail + w.start("sig")
    return None if m is None else tail + m.start("sig")


_WEEKDAYS = frozenset(f"周{d}" for d in "一二三四五六日天")  # "(周一 周二)": days, not 周 the surname


_SPACED_ROLE = re.compile(r"(?:特约|见习|实习|本报)?(?:记者|通讯员)")


_ROLE_PAPER = re.compile(rf"(?P<role>文|图|摄影?)\s+[{HAN}]{{2,6}}(?:日报|晚报|报)\s+"
                         rf"(?P<names>[{HAN}]{{2,4}}(?:[\s、][{HAN}]{{2,4}})*)")


_OUTLET_AND_APP = re.compile(rf"^[{HAN}]{{2,8}}(?:网|报|台)\s+[{HAN}]{{1,6}}(?:app|客户端)(?=记者)", re.IGNORECASE)


def bracket_writers(text: str) -> Byline | None:
    """Writers in brackets, printed under or after the text: "(周 健 刘星野 曹 莉)", "(朱冬娅、见习记者 姚程玉)",
    "(李东 罗潇)" → a Byline; None unless the brackets hold names only (each opening with a surname unless a
    role stands before it) — two or more, or one with its role; a single bare name is "(小红)"'s rule."""
    t = text.strip()
    if not re.fullmatch(r"[(（][^()（）]+[)）]", t):
        return None
    inner = t[1:-1].strip()
    # "(文 九江日报 樊耀清 张蓉)": the writers' role, the paper they write for, their names: read as "文/樊耀清 张蓉"
    m = _ROLE_PAPER.fullmatch(inner)
    if m:
        b = parse_byline(m["role"] + "/" + m["names"])
        return dataclasses.replace(b, text=t) if b is not None else None
    # "(中国吉林网 吉刻APP记者 沙春霞 许家强)": the site's name and its app's before the role say whose reporters they
    # are, no writer's name: read as "(记者 沙春霞 许家强)"
    inner = _OUTLET_AND_APP.sub("", inner)
    roles: list[tuple[str, str]] = []
    parts = [x for x in re.split(r"[\s、]+", inner) if x]
    # "(曹富強 記者 田沙沙)": a role among the parts makes them roles and names, not names spaced to fill columns
    if all(re.fullmatch(rf"[{HAN}]{{1,3}}", fold_line(x)) for x in parts) \
            and not any(_SPACED_ROLE.fullmatch(fold_line(x)) for x in parts):
        names = join_split_names(parts)  # "周 健 刘星野 曹 莉": names printed with a space to fill two columns
        people: tuple[list[str], list[str], list[str]] | None = (names, [], []) if names else None
    else:
        people = byline_people(inner, fold_line(inner), roles)
    if people is None or people[2]:
        return None
    names = people[0] + people[1]
    bare = [n for n in names if n not in {who for _, who in roles}]
    if not (len(names) >= 2 or roles) or any(fold_line(n)[0] not in SURNAMES | RARE_SURNAMES
                                             or _NOT_A_WRITER.search(fold_line(n)) or fold_line(n) in _WEEKDAYS
                                             for n in bare):
        return None
    return make_byline(text.strip(), people, roles)


def signature_writer(sig: str) -> str:
    """The role and name of a signature without the note after them: "侨报小记者杜原鑫 (十年级)写于北卡" →
    "侨报小记者杜原鑫"; a name in brackets without them: "(小红)" → "小红"."""
    if _BRACKET_SIGNATURE.fullmatch(" " + fold_line(sig)) or re.fullmatch(r"[(（][^()（）]+[)）]", sig.strip()):
        return sig.strip()[1:-1].strip()
    if (mailed := _MAILED_SIGNATURE.fullmatch(" " + fold_line(sig))) is not None:
        return sig[:mailed.end("name") - 1]  # "申나리 journari@donga.com": the name without the address
    m = re.search(_SIGNATURE_NOTE + "$", fold_line(sig))
    return sig[:m.start()].rstrip() if m and m.start() > 0 else sig


_INLINE_BYLINE = re.compile(rf"(?<=[。！？!?」”])\s+(?P<by>(?:记者|通讯员|实习记者|见习记者)\s*:\s*[{HAN}·]{{2,4}}"
                            rf"(?:、[{HAN}·]{{2,4}})*)(?=\s+\S)")


def inline_byline(text: str) -> tuple[int, int, Byline] | None:
    """A byline a site ran into the middle of a paragraph, between two sentences ("…也無濟於事。 記者:劉可妍、李澤彤
    免運費包郵…", 新報人): its (start, end) and what it says, or None."""
    m = _INLINE_BYLINE.search(fold_line(text))
    if m is None or m.group("by").split(":")[-1].strip()[:1] not in SURNAMES:
        return None
    b = parse_byline(text[m.start("by"):m.end("by")])
    if b is None or not (b.reporters or b.correspondents):
        return None
    return m.start("by"), m.end("by"), b


_TIP = re.compile(rf"[。！？!?”」』)）]\s*(?P<tip>(?:新闻)?(?:线索提供|报料|爆料)人?\s*[:：]?\s*[{HAN}·]{{2,4}})$")


def trailing_tip(text: str) -> int | None:
    """Where a tipster's credit glued to the end of a paragraph starts ("…法律知识。” 线索提供李庆秀"), or None.
    Who gave the tip is no author: the loader keeps it as a staff line."""
    tail = max(0, len(text) - 20)
    m = _TIP.search(fold_line(text[tail:]))
    return None if m is None else tail + m.start("tip")


# An outlet's dated 讯 and its writer in one bracket: "(阿根廷华人网8月7日讯 黄东/编译)"
_BRACKET_DAY_WHO = re.compile(rf"[(（](?P<head>[{HAN}a-z0-9]{{2,12}}?\d{{1,2}}月\d{{1,2}}日讯)\s+"
                              rf"(?P<who>[^()（）\s][^()（）]{{1,20}}?)[)）]")


def parse_dateline(text: str) -> Dateline | None:
    """The dateline at the start of a paragraph, with the reporters printed with it, or None."""
    text = text[:120]  # a dateline opens the paragraph: only its start is read
    spaced = _SPACED_AGENCY.match(text)
    if spaced is not None:
        # "大 西 北 網 訊 (記者王志儉)" (a mirror of 大西北网): the outlet's name spaced out as a masthead prints it,
        # read as it is written close; the dateline's text keeps the spaces the paragraph has
        close = spaced.group().replace(" ", "")
        d = parse_dateline(close + text[spaced.end():])
        return None if d is None else dataclasses.replace(d, text=text[:len(d.text) + spaced.end() - len(close)])
    f = fold_line(text)
    m = _BRACKET_DAY_WHO.match(f)
    if m is not None:
        # "(阿根廷华人网8月7日讯 黄东/编译)": the outlet's dateline and, a space on inside the same bracket, who wrote
        # (or compiled) it — the dateline read as if closed before the space, the writers from the byline
        d = parse_dateline(text[:m.end("head")] + ")")
        b = parse_byline(text[m.start("who"):m.end("who")])
        if d is not None and not d.reporters and b is not None and b.reporters and not b.photographers:
            return dataclasses.replace(d, reporters=b.reporters, text=text[:m.end()])
    for n, rx in enumerate(_DATELINE):
        m = rx.match(f)
        if not m or (m.group("open") is None) != (m.group("close") is None):
            continue
        agency = text[m.start("agency"):m.end("agency")].strip("《》") if "agency" in rx.groupindex else ""
        if rx is _OUTLET_BRACKET and fold_line(agency)[:-2] in _NOT_OUTLET:
            continue
        if rx is _OUTLET_BRACKET and len(f[m.end():].strip()) < 12 \
                and not re.search(r"[,，。、!！?？:：]", f[m.end():]):
            continue  # "【南加新聞】社區動態" over a headline: a site's section and its column, a label, no text
        if "paper" in rx.groupindex and m.group("paper"):
            agency = text[m.start("paper"):m.end("paper")]  # "…北京報導聯合報": the paper glued on
        place = text[m.start("place"):m.end("place")] if "place" in rx.groupindex else ""
        day = text[m.start("day"):m.end("day")] if "day" in rx.groupindex and m.group("day") else ""
        if "记者" in fold_line(place) or "报道" in fold_line(place):
            continue
        if fold_line(place) in ("综合", "专题"):
            place = ""  # "(本报综合讯)", "記者X／專題報導": put together from several reports, a series: no place
        reporters: list[str] = []
        if "rw" in rx.groupindex:
            rw, rwf = text[m.start("rw"):m.end("rw")], m.group("rw")
            if n == 0 or rx is _DATED_BRACKET or rx is _PAPER_REPORTER_PLACE or rx is _BRACKET_REPORTER_PLACE:
                rw, rwf, place = _cna_names(rw, rwf)
                if rx is _BRACKET_REPORTER_PLACE and fold_line(place) == "综合":
                    place = ""
            names = join_split_names([x for x in re.split(r"[、\s]+", rw) if x])
            if not names or ("记者" not in f[:m.start("rw")] and fold_line(names[0])[0] not in SURNAMES):
                continue  # "上海/北京报道": places, not a reporter
            if rx in (_BRACKET_ROLE, _PAPER_BRACKET_REPORTER) and any(fold_line(x)[0] not in SURNAMES for x in names):
                continue  # "【记者 观察】": a column's name, not a reporter
            reporters += names
        end = m.end()
        tail = _reporters_after(text, f, end)
        correspondents: list[str] = []
        if tail is not None:
            reporters += tail[0]
            correspondents = tail[1]
            end = tail[2]
        if n == 2 and m.group("ju") is None and "电" in f[m.end("agency"):m.end()] and not m.group("open"):
            continue  # "X社电" with no place or day only after 据
        if n == 2 and agency and not re.search(r"(?:报|社|网|台)(?:\([^()]+\))?$|网·|"
                                               r"网[\u4e00-\u9fff]{1,4}?(?:台联|侨联|妇联|文联)$", fold_line(agency)) \
                and agency not in _OWN_SITE and tail is None:
            continue  # "西和讯" (a county's own news) only with its reporters after it; "中国网·滨海高新讯" a site's
        return Dateline(agency=agency, place=place, day=day, reporters=tuple(dict.fromkeys(reporters)),
                        text=text[:end], correspondents=tuple(correspondents))
    return _run_in_byline(text, f)


# An outlet's name of three to eight characters spaced out before its 讯 ("大 西 北 網 訊"), as a masthead prints it.
_SPACED_AGENCY = re.compile(rf"^[{HAN}](?: [{HAN}]){{2,7}} (?=[讯訊])")
# A site's word for its own dispatch: "本站讯 4月1日,…" (水利部's site), as a paper's is 本报讯.
_OWN_SITE = frozenset(("本站",))


# "记者李浩然、通讯员叶星国报道:南国初春,…" (解放军报): the byline run into the paragraph, ended by 报道 and a colon.
_RUN_IN = re.compile(rf"^(?P<who>[{HAN}·、 ]{{2,30}}?)\s*(?:报道|报导)\s*:|"
                     # "本报记者小妹报道 由李汉成先生倡议的…" (金边晚报): the paper's reporter and 报道, then a space
                     # before the text, no colon
                     rf"^(?P<own>本报(?:记者|通讯员)[{HAN}]{{2,3}})\s*(?:报道|报导) +(?=[{HAN}])")


# "記者|蘇曉欣 做鄉郊保育這議題,…" (大學線): the role and the name with a bar between them, run into the text.
_BAR_BYLINE = re.compile(rf"^(?:记者|撰文|文)\s*[|｜]\s*(?P<who>[{HAN}]{{2,4}})(?=\s)")


def _run_in_byline(text: str, f: str) -> Dateline | None:
    bar = _BAR_BYLINE.match(f)
    if bar is not None and bar.group("who")[0] in SURNAMES | RARE_SURNAMES:
        return Dateline(reporters=(text[bar.start("who"):bar.end("who")],), text=text[:bar.end()])
    m = _RUN_IN.match(f)
    who = "who" if m is not None and m.group("who") else "own"
    if m is None or f.startswith("据") or not re.search("记者|通讯员", m.group(who)):
        return None  # "据记者王某报道:" quotes another paper's report
    written, folded = text[:m.end(who)].replace("、", " "), m.group(who).replace("、", " ")
    if who == "own":  # the role written against the name: a space between them, same length kept apart
        role = re.match(r"本报(?:记者|通讯员)", folded)
        cut = role.end() if role else 0
        written, folded = written[:cut] + " " + written[cut:], folded[:cut] + " " + folded[cut:]
    people = byline_people(written, folded)
    if people is None or people[2] or not (people[0] or people[1]):
        return None
    return Dateline(reporters=tuple(people[0]), correspondents=tuple(people[1]), text=text[:m.end()])


_END_DATELINE = re.compile(rf"^[(（]\s*(?P<place>[{HAN}]{{2,8}}?)\s*(?P<day>{DAY})\s*(?:专电|电)\s*[)）]$")


def end_dateline(line: str) -> Dateline | None:
    """"(北京七日電)" on a line of its own under the text: where and when the report was sent, printed at its
    end (澳門日報, 大公報), or None."""
    line = line.strip()
    m = _END_DATELINE.match(fold_line(line))
    if m is None or (parse_dateline(line) or Dateline()).agency:  # "(新华社北京3月2日电)" opens wire copy
        return None
    return Dateline(place=line[m.start("place"):m.end("place")], day=line[m.start("day"):m.end("day")], text=line)


def _cna_names(rw: str, rwf: str) -> tuple[str, str, str]:
    """中央社記者王某某台北3日電: names then the place, written together; the place is the last 2 characters
    (台北, 巴黎, 東京; 4 for the few long ones), the rest names separated by 、."""
    for long in LONG_PLACES:
        if rwf.endswith(long):
            return rw[:-len(long)], rwf[:-len(long)], rw[-len(long):]
    return rw[:-2], rwf[:-2], rw[-2:]


def _reporters_after(text: str, f: str, end: int) -> tuple[list[str], list[str], int] | None:
    """"（记者 王某 李某）", "(甲某 乙某)", "(通讯员梁云霞杨军祥)", "记者王某报道", " 记者 王某" right after a
    dateline: (reporters, correspondents, where the dateline ends)."""
    m = _PAREN_WHO.match(f, end)
    if m:
        who = text[m.start("who"):m.end("who")]
        b = parse_byline(who)
        paper = re.match(rf"[{HAN}]{{2,8}}(?:报|网|台|社)\s+(?=[{HAN}]{{0,4}}?(?:记者|通讯员))", fold_line(who))
        if b is None and paper:  # "(昆明日报 记者王姗)": the paper, a space, then its reporter
            b = parse_byline(who[paper.end():])
        # "(文/图 记者 X)": X wrote it too; "(文/甲 乙 图/丙)": the writers, the photographer a credit
        # (dateline_credit) — a bracket naming writers, not a caption's "(X 摄)"
        # "(记者 甲 见习记者 乙 摄影 丙 通讯员 丁)": writers named by role, the photographer by his own
        wrote = (set(b.photographers) <= set(b.reporters) or any(role == "文" for role, _ in b.roles)
                 or bool(b.reporters and any(fold_line(role) in PHOTO_ROLES for role, _ in b.roles))) if b else False
        if b is not None and wrote and (b.reporters or b.correspondents):
            return list(b.reporters), list(b.correspondents), m.end()
        names = [x for x in re.split(r"[、\s]+", who) if x]
        names = join_split_names(names)
        if len(names) > 2 and NAME_RX.match(fold_line(names[0])) and not ROLE_RX.match(fold_line(names[0])) \
                and any(ROLE_RX.match(fold_line(x)) for x in names[1:]):
            # "(贾元东 通讯员 刘敏)" (四川教育新闻网): the writer named with no role, then a role and its people — the
            # role word is no name; the names before it wrote the story
            people = byline_people("记者 " + who, "记者 " + fold_line(who))
            if people is not None and people[0] and not people[2]:
                return people[0], people[1], m.end()
        if names and all(NAME_RX.match(fold_line(x)) for x in names):
            return names, [], m.end()
        # "(记者施 璇 李文刚)": the role glued to a two-character name printed with a space to fill two columns
        g = re.fullmatch(rf"[{HAN}]{{0,8}}?记者\s*([{HAN}][{HAN}、 ]{{1,29}})", fold_line(who))
        spaced = join_split_names([x for x in re.split(r"[、\s]+", who[g.start(1):]) if x]) if g else []
        if spaced and all(NAME_RX.match(fold_line(x)) for x in spaced):
            return spaced, [], m.end()
        # "(特派记者时敏)": in the brackets after a dateline a role word is a role, whatever the name's surname
        r = re.fullmatch(rf"[{HAN}]{{0,8}}?记者\s*([{HAN}]{{2,3}})", fold_line(who))
        return ([who[r.start(1):]], [], m.end()) if r else None
    # "记者陈敏珊、张伟科摄影报道:" (佛山日报): they wrote it and took its pictures; " 通讯员陈龙报道:" (中国江西网's
    # 赣州频道): a correspondent's report
    m = re.compile(rf"\s*(?:[{HAN}·]{{0,10}}?(?P<role>记者|(?<!本报)(?<!特约)通讯员))\s*(?P<who>[{HAN}、 ]{{2,24}}?)\s*"
                   rf"(?:摄影)?(?:报道|报导)\s*[:]?").match(f, end)
    if m:
        who = text[m.start("who"):m.end("who")]
        role = m.group("role") + " "
        people = byline_people(role + who.replace("、", " "), role + m.group("who").replace("、", " "))
        if people is not None and not people[2]:  # "记者李浩然、通讯员叶星国": each name with its role
            return people[0], people[1], m.end()
        names = join_split_names([x for x in re.split(r"[、\s]+", who) if x])
        if names:
            return names, [], m.end()
    # " 记者 王小明 通讯员 李华 近日…": roles and names up to the first word that is neither.
    m = re.match(r"\s+", f[end:]) if f[end:end + 1].isspace() else None
    start = end + (m.end() if m else 0)
    words = list(re.finditer(r"\S+", f[start:start + 60]))
    taken = 0
    for w in words:
        if ROLE_RX.match(w.group()) or ROLE_AND_NAME.match(w.group()) or (
                taken and NAME_RX.match(w.group()) and w.group()[0] in SURNAMES):
            taken += 1
        else:
            break
    if taken and (ROLE_RX.match(words[0].group()) or ROLE_AND_NAME.match(words[0].group())):
        stop = start + words[taken - 1].end()
        roles: list[tuple[str, str]] = []
        people = byline_people(text[start:stop], f[start:stop], roles)
        if people is not None and (people[0] or people[1]):
            return people[0], people[1], stop
    return None


def dateline_credit(dateline: Dateline) -> Byline | None:
    """The photographers a dateline names with its reporters ("本报讯 (文/图 记者 郑两兴)"), or None."""
    if dateline.reporters and re.search(r"记者[^()]{2,30}摄影(?:报道|报导)[\]】]?\s*:?$", fold_line(dateline.text)):
        return Byline(text=dateline.text, photographers=dateline.reporters)  # "…记者X、Y摄影报道:"
    # the last bracket: "荆楚网(湖北日报网)讯(记者 … 摄影 杨光 …)" names its people after the outlet's own brackets
    found = list(_PAREN_WHO.finditer(dateline.text))
    b = parse_byline(found[-1].group("who")) if found else None
    return Byline(text=b.text, photographers=b.photographers) if b is not None and b.photographers else None


def after_dateline(text: str, dateline: Dateline | None) -> str:
    """The paragraph's words after its dateline (what a reader sees as the story's first words)."""
    if dateline is None or not text.startswith(dateline.text):
        return text
    return text[len(dateline.text):].lstrip(" \u3000:：,，—-/／")
