"""What a page runs together that a reader takes apart: a site's listing with its items on one line, a caption
run into the text after its credit, a sub-head with a semicolon between paragraphs."""

from __future__ import annotations

from qa.lint import first_words
from qa.load import parse_page


def test_a_listings_items_run_onto_one_line_are_one_article_each():
    page = ("本地 市区新建公园开放 市民:很方便 2024.05.02 09:30 市区新建的滨江公园今天上午正式开放,"
            "吸引不少市民前往游览,园内设有步道和儿童乐园... "
            "本地 老街夜市重开 摊商增至80家 2024.05.01 18:00 停办两年的老街夜市昨(1)日晚间重新开张,"
            "摊商由原本的50家增至80家,人潮络绎不绝...\n")
    arts = parse_page(page, "x.txt")
    assert [a.headline for a in arts] == ["市区新建公园开放 市民:很方便", "老街夜市重开 摊商增至80家"]
    assert [first_words(a)[:6] for a in arts] == ["市区新建的滨", "停办两年的老"]


def test_one_item_with_its_time_on_a_line_is_not_taken_apart_as_a_listing():
    page = ("市区新建公园开放\n"
            "本地 市区新建公园开放 2024.05.02 09:30 市区新建的滨江公园今天上午正式开放,吸引不少市民前往...\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "市区新建公园开放"


def test_a_caption_and_its_credit_run_into_the_report_are_taken_apart():
    page = ("市长张某作政府工作报告。 本报记者 王某 摄 1月15日上午,某某市第十届人民代表大会第三次会议隆重开幕。"
            "近200名代表出席会议。\n"
            "会议现场气氛庄重热烈。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.credit.photographers == ("王某",)
    assert first_words(a).startswith("1月15日上午,某某市")


def test_two_credited_captions_over_the_report_they_run_into_stay_with_it():
    page = ("大会主席团常务主席李某主持会议。本报记者 王某 摄\n"
            "市长张某作政府工作报告。 本报记者 王某 摄 1月15日上午,某某市第十届人民代表大会第三次会议隆重开幕。\n"
            "会议现场气氛庄重热烈。\n")
    (a,) = parse_page(page, "x.txt")
    assert first_words(a).startswith("1月15日上午,某某市")


def test_a_line_in_two_halves_set_apart_by_a_semicolon_between_paragraphs_is_a_sub_head():
    page = ("大学生村官张某:山村里的新路\n"
            "本报讯 一条小河穿过山村,人称清水。\n"
            "河边的村子里,走来一个年轻人。\n"
            "老村长三次登门,乡亲们热情相邀;他思量再三,终于决定:回到家乡当村官\n"
            "2006年开春,张某的城市生活被打破了。\n"
            "他记得,这是村长第三次请他回乡。\n")
    (a,) = parse_page(page, "x.txt")
    assert [p.text for p in a.paragraphs if p.kind == "section"] == [
        "老村长三次登门,乡亲们热情相邀;他思量再三,终于决定:回到家乡当村官"]


def test_a_sentence_with_a_semicolon_and_its_stop_stays_text():
    page = ("山村里的新路\n"
            "本报讯 一条小河穿过山村,人称清水。\n"
            "老村长三次登门,乡亲们热情相邀;他思量再三,终于决定回到家乡。\n"
            "2006年开春,张某的城市生活被打破了。\n")
    (a,) = parse_page(page, "x.txt")
    assert not [p for p in a.paragraphs if p.kind == "section"]


def test_a_bare_caption_under_the_byline_is_not_the_storys_first_words():
    page = ("某某大使看望当地华侨华人\n"
            "本报记者 王 某\n"
            "某某大使在总领馆\n"
            "中国驻某国大使某某在到任两月之后,首次访问北部城市,会见了当地华侨华人代表。\n"
            "“来到这里不足3个月,所以我还是个新人!”大使一开始便同大家唠起了家常。\n")
    (a,) = parse_page(page, "x.txt")
    assert first_words(a).startswith("中国驻某国大使")


def test_a_sentence_under_the_byline_stays_the_storys_first_words():
    page = ("某某大使看望当地华侨华人\n"
            "本报记者 王 某\n"
            "大使到任两月。\n"
            "中国驻某国大使某某在到任两月之后,首次访问北部城市,会见了当地华侨华人代表。\n")
    (a,) = parse_page(page, "x.txt")
    assert first_words(a).startswith("大使到任两月")


def test_a_short_paragraph_over_the_first_picture_is_the_deck():
    page = ("查资料有罪?记者亲述调查报导的风险\n"
            "穿梭各种资料库,他们查出官员违建。今天,查册成了布满地雷的领域。\n"
            "2020年11月3日,警察到编导某某的住所搜查后,将她带走。 摄:王某/某某传媒\n"
            "今年11月3日,资深记者某某遭警察到家中拘捕,指她涉嫌在制作节目时登入车辆登记册查询车牌信息。\n"
            "事件掀起轩然大波,多个记者工会批评警方打压媒体报道。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.subheadline == "穿梭各种资料库,他们查出官员违建。今天,查册成了布满地雷的领域。"
    assert first_words(a).startswith("今年11月3日")


def test_a_dated_lead_over_the_first_picture_stays_the_lead():
    page = ("某某市召开人代会\n"
            "本报讯 1月15日上午,某某市人代会隆重开幕。\n"
            "会议现场。 本报记者 王某 摄\n"
            "近200名代表出席会议,庄严履行宪法和法律赋予的神圣职责。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.subheadline == ""


def test_leads_cut_by_the_site_with_a_link_to_the_full_text_are_one_item_each():
    page = ("全国两会会期过半,一众港澳代表、委员会见领导人的环节大致已完成,余下会期的焦点,回到讨论具体建议 ...全文\n"
            "近年港府持续加强控烟力度,惟新一份《财政预算案》只字不提加烟税,多年来积极推动控烟政策的委员会 ...全文\n")
    arts = parse_page(page, "x.txt")
    assert [first_words(a)[:6] for a in arts] == ["全国两会会期", "近年港府持续"]
    assert not any("全文" in p.text for a in arts for p in a.paragraphs)


def test_a_listings_page_of_leads_mostly_cut_is_one_item_a_line():
    page = ("【记者王某报导】交通部长张某11月6日在包机首航典礼上指示,包机航线延长开航到元旦假期,详情将于会议公布 ...\n"
            "复兴往动物之家完全没有灯光。路上也没有任何会发光或反光的标志或物品,开车甚至已经使用远灯 ...\n"
            "【本报讯】近日飞来一名娇客黑面琵鹭,今(13)日上午被民众发现跌落湿地鱼池内,经救援后目前仍持续留置观察中。\n"
            "11月14日短程开航,航线为东引到南竿,依目前海象分析,预估可开航,海象随时变化,以当日公告为主 ...\n")
    arts = parse_page(page, "x.txt")
    assert [first_words(a)[:5] for a in arts] == ["交通部长张", "复兴往动物", "近日飞来一", "11月14"]


def test_a_report_with_one_paragraph_trailing_off_is_not_a_listing():
    page = ("某某市举行新春团拜会\n"
            "本报讯 某某市昨日举行新春团拜会,市领导与各界代表欢聚一堂,共话发展,畅叙友情,气氛热烈……\n"
            "市长张某在致辞中回顾了过去一年的工作,并对新一年的发展提出了要求,希望大家齐心协力。\n"
            "团拜会上,各界代表纷纷表示,将在新的一年里继续支持家乡建设,为城市发展贡献力量和智慧。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "某某市举行新春团拜会"


def test_a_title_over_a_deck_broken_over_lines_with_who_attended_is_the_headline():
    page = ("某某访问团在会馆举行文化驿站揭牌仪式\n"
            "张某主席与李某常委一行举行友好会谈\n"
            "会馆副主席王某赵某钱某孙某周某吴某\n"
            "郑某冯某陈某褚某卫某及常执委出席热情接待访问团\n"
            "为通报家乡最新发展情况,加深友谊与合作,某某市访问团一行五人前往访问会馆,受到热情欢迎。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.headline == "某某访问团在会馆举行文化驿站揭牌仪式"
    assert a.subheadline.startswith("张某主席与李某常委一行举行友好会谈")


def test_a_kicker_over_a_main_title_over_two_lines_stays_the_kicker():
    page = ("张某在某省考察时强调\n"
            "努力在推动资源型经济转型发展上迈出新步伐\n"
            "奋力谱写推进现代化建设的新篇章\n"
            "新华社太原1月27日电 张某近日在某省考察,看望慰问基层干部群众,向全国各族人民致以新春祝福。\n")
    (a,) = parse_page(page, "x.txt")
    assert a.subheadline == "张某在某省考察时强调"
