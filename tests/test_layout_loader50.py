"""Loader rules round 50 added, each on made-up lines shaped as its page prints them: a report's own short link
(德國之聲) against a listing's item addresses (HKG報), captions by their words alone (a scene's `…现场`, a cover, a
portrait's name and post, a group of officials), a part's title under the writer's name in brackets (斐济华人网),
a press tour's group at work in a caption (浙江在线), a box of leads under `更多…要聞` with `詳情` under each (明報),
the next item's title glued after the site's `更多内容` (溫哥華中華會館), a digest's titles each over one lead telling
when in its first clause (今日星报), and an outlet's Latin name before its reporter's in brackets (唐人街号外)."""

from __future__ import annotations

from page_engine import page_rows

from qa.layout.datelines import parse_dateline
from qa.layout.lines import pictured
from qa.lint import first_words
from qa.load import load_corpus


def _articles(tmp_path, text: str):
    page = tmp_path / "x_20200101.txt"
    page.write_text(text, encoding="utf-8")
    return load_corpus([page]).articles


REPORT = "你見過外交部編的免費雜誌嗎?在使領館和其它一些官方機構,通常可以獲得這種印刷品,內容也不那麼枯燥。\n"


def test_a_reports_own_short_link_starts_no_item(tmp_path):
    text = ("雜誌辦了一期網路中文版\n" + REPORT + "https://p.dw.com/p/73hh\n「德國」雜誌封面\n"
            "這是本期雜誌網路中文版的一篇文章的開頭。這一期的主題是德國統一15周年的紀念日。\n")
    rows = page_rows(tmp_path, text)
    assert len(rows) == 1 and rows[0]["sections"] == []
    # a listing prints each item's address over its lead, its first item's too: an item each (HKG報)
    listing = ("https://ftp.hkgpao.com/articles/1\n" + REPORT + "https://ftp.hkgpao.com/articles/2\n"
               "中國外貿發展強勁,即使在疫情之下,出口仍然錄得增長,外界普遍看好今年的表現。\n")
    assert len(page_rows(tmp_path, listing)) == 2


def test_captions_by_their_words_alone():
    for caption in ("会议现场", "閉幕式現場", "「德國」雜誌封面", "王宗颖总领事", "郑观陆先生", "曼德勒省市官员"):
        assert pictured(caption), caption
    for heading in ("现场", "王宗颖总领事会见侨领", "毁家纾难见忠贞", "官员"):
        assert not pictured(heading), heading


def test_captions_over_a_headless_report_are_neither_headline_nor_its_first_words(tmp_path):
    text = ("会议现场\n校长杨小林讲话\n7月4日上午,校长杨小林就我校110周年校庆筹备工作进展情况进行专门调研,"
            "并在会议室召开现场办公会。\n杨小林认真听取了各工作组的汇报,对前期的筹备工作表示肯定。\n")
    arts = _articles(tmp_path, text)
    assert len(arts) == 1 and arts[0].headline == "" and arts[0].subheadline == ""
    assert first_words(arts[0]).startswith("7月4日上午")
    # each caption a paragraph of its own: the lead's sentence does not start with them
    assert [p.text for p in arts[0].paragraphs[:2]] == ["会议现场", "校长杨小林讲话"]


def test_a_portrait_caption_between_paragraphs_is_no_sub_head(tmp_path):
    text = ("王宗颖总领事\n1月20日下午6时,中国驻曼德勒总领事馆春节招待会在曼德勒礼堂举行,省市官员出席。\n"
            "曼德勒省省长也应邀上台讲话。他说,这是他第一次参加这样的聚会。\n曼德勒省市官员\n"
            "缅甸华人奔走相告,春节活动将热闹举行。\n")
    rows = page_rows(tmp_path, text)
    assert len(rows) == 1 and rows[0]["headline"] == "" and rows[0]["sections"] == []
    # a line the column wrapped after a sentence left open is no caption: it joins the line under it
    wrapped = ("侨团春节招待会举行\n昨天上午,来自各地的代表和侨团负责人早早来到了春节招待会的\n活动现场\n"
               "共同见证这一历史性的时刻。\n")
    assert "活动现场共同见证" in "".join(p.text for p in _articles(tmp_path, wrapped)[0].paragraphs)


def test_a_short_line_under_the_writers_name_in_brackets_is_the_first_sub_head(tmp_path):
    text = ("斐济华人历史\n\n( 孙嘉瑞 )\n\n毁家纾难见忠贞\n\n"
            "1932 年斐济殖民政府颁发禁酒令 , 不准斐济人、印度人、华人自由进出酒吧 , 必须领取饮酒许可证。\n")
    rows = page_rows(tmp_path, text)
    assert rows[0]["reporters"] == ["孙嘉瑞"] and rows[0]["sections"] == ["毁家纾难见忠贞"]


def test_a_press_tours_group_at_work_is_a_caption(tmp_path):
    text = ("探访美丽乡村 探秘乡村振兴\n昨天下午,参加浙江网络媒体新春走基层活动的记者编辑们,走进利山畲族村、下南山村,"
            "感受特色乡村的变化。\n利山村\n昨天下午1时,走进利山畲族村,采访团一行就被别具一格的徽派建筑群所吸引,"
            "记者们边看边拍。\n采访团记者跟着畲家大姐学做山粉饺\n打麻糍、包粽子、磨豆腐,浓浓的年俗年味,"
            "让采访团的记者编辑们忍不住想体验一番,网易记者跟着畲家大姐学做山粉饺。\n采访团走访记录\n随后,采访团来到下南山村探寻一个村的“蝶变”。\n"
            "下南山村\n走进下南山村,映入眼帘的古民居依山而建,屋舍呈阶梯状分布。\n")
    assert page_rows(tmp_path, text)[0]["sections"] == ["利山村", "下南山村"]


def test_leads_under_more_news_and_details_buttons_are_an_item_each(tmp_path):
    text = ("中斷3年 中日韓外長會議周六舉行\n【明報專訊】日本外相岸田文雄17日上午在記者會上宣布,將於21日在首爾"
            "舉行中日韓外長會談。\n岸田文雄在記者會上表示,希望與中韓外長在廣泛層面探討三國的合作事例。\n"
            "據了解,對上一次三國外長會談於2012年4月在中國舉行。\n更多中國要聞\n"
            "【明報專訊】據法國《費加羅報》報道,法國發生巨額匯款詐騙案,多年來超過3.5億歐元款項被匯到中國帳戶。\n"
            "詳情\n最近擾攘紛紛的中緬邊界炸彈事件有緩和跡象,緬甸國防部長昨日表示已成立調查委員會。\n詳情\n")
    rows = page_rows(tmp_path, text)
    assert [r["headline"] for r in rows] == ["中斷3年 中日韓外長會議周六舉行", "", ""]


def test_a_title_glued_after_the_sites_more_link_starts_the_next_item(tmp_path):
    text = ("溫哥華學務委員候選人到訪中華會館\n溫哥華市教育局學務委員候選人於10月8日下午到訪溫哥華中華會館,"
            "與會館理事們座談交流。 她介紹自己有15年的專業工作經驗,熱心為社區服務,參與各種慈善組織活動。 "
            "會後理事們與她合影留念。\n"
            "更多内容溫哥華 1st 市選候選人到訪中華會館\n"
            "溫哥華 1st (Vancouver 1st) 市選候選人團隊包括市長候選人 Fred Harding, 市議員候選人 Ken Low (劉勁錚)等"
            "於10月8日下午到訪溫哥華中華會館,介紹其競選政綱。 理事長代表中華會館表示歡迎。\n")
    rows = page_rows(tmp_path, text)
    assert [r["headline"] for r in rows] == ["溫哥華學務委員候選人到訪中華會館", "溫哥華 1st 市選候選人到訪中華會館"]
    # the site's pointer closing a report is furniture, never the next item's title
    closing = text.split("更多内容")[0] + "更多新聞請搜尋🔍風傳媒\n"
    assert len(page_rows(tmp_path, closing)) == 1


def test_an_outlets_latin_name_before_its_reporter_in_brackets():
    d = parse_dateline("(News Chinatown徐佩蒂報導) 昆西市市長Thomas P. Koch說:「週日在昆西Walmart…」")
    assert d is not None and d.reporters == ("徐佩蒂",) and d.agency == ""
    assert parse_dateline("(Photo徐佩蒂) 昆西市市長說") is None


BRIEFS = ("2021年4月6日 星期二\n1909年4月6日,人类首次徒步到达北极。\n1984年4月6日,我国居民身份证制度施行。\n"
          "安徽天气\n今明两天大别山区和沿江江南小雨再上线\n"
          "昨天全省以晴到多云天气为主,仅江南局部地区有零星小雨。据安徽省气象台预报,今明两天大别山区和沿江江南有小雨,其他地区以多云天气为主。\n"
          "安徽\n省政府批复!安徽这一开发区扩区\n"
          "近日,安徽省政府正式批复同意合肥蜀山经济开发区扩区,总体规划面积由6.75平方公里扩大至11.6平方公里,成为安徽省“十三五”以来第一个获批扩区的开发区。\n"
          "安徽:这类企业上市最高可奖200万元\n"
          "近日,安徽省住房和城乡建设厅印发《关于持续推进建筑业发展的十二条意见》,进一步促进建筑业高质量发展,鼓励各地加大对境内外上市的建筑业企业的奖励力度。\n"
          "我省将试点推行“茶长制”\n"
          "正值春茶上市时节。日前安徽省政府办公厅发布关于推动茶产业振兴的意见,围绕茶叶种植、加工、品牌建设和融合发展等,提出一揽子扶持政策。\n")


def test_a_digests_titles_each_over_one_lead_are_an_item_each(tmp_path):
    rows = page_rows(tmp_path, BRIEFS)
    # the section labels (`安徽天气`, `安徽`) over a brief's title are no part of it
    assert [r["headline"] for r in rows] == ["", "今明两天大别山区和沿江江南小雨再上线",
                                             "省政府批复!安徽这一开发区扩区", "安徽:这类企业上市最高可奖200万元",
                                             "我省将试点推行“茶长制”"]
    assert all(r["subheadline"] == "" and r["sections"] == [] for r in rows)
    # a report's sub-heads, each over paragraphs that go on with what was done, are no briefs
    report = BRIEFS.replace("。\n安徽\n", "。\n全省各地抓紧做好防范工作,农业部门提醒农户及时清沟排水,防止渍害。\n"
                                         "安徽\n")
    report = report.replace("近日,安徽省住房", "安徽省住房")
    assert len(page_rows(tmp_path, report)) < 5
