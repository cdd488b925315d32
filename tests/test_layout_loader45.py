"""Loader rules round 45 added, each on its page's own lines: a site's source field with the posting time glued on
(北部湾在线), a source printed in title marks, with its app, or as a body's website (廊坊日报, 常德日报, 水利部), a
picture's caption under its file name between paragraphs (常德日报), and the writer's role in a site's author field
(廊坊日报)."""

from __future__ import annotations

from pathlib import Path

from page_engine import page_rows

from qa.layout.furniture import furniture
from qa.lint import first_words
from qa.load import load_corpus


def test_source_field_with_its_time_glued_on_names_the_source():
    f = furniture("热点聚焦|来源:新华社2017-05-12 10:54:04|网络编辑:孟宪静")
    assert f is not None and f.source == "新华社" and f.date == "2017-05-12"


def test_source_without_its_title_marks_app_or_site_word():
    f = furniture("2025年01月19日 来源: 《廊坊日报》 作者: 记者 张甜歌")
    assert f is not None and f.source == "廊坊日报"
    f = furniture("发布时间:2026-02-05 信息来源:常德日报·常德融媒客户端 浏览次数: 【字体:")
    assert f is not None and f.source == "常德日报"
    f = furniture("2018-04-03 14:06     来源:水利部网站")
    assert f is not None and f.source == "水利部"
    f = furniture("2020年03月02日08:25 来源：人民网－人民日报")  # a site that is no body's: kept as it was
    assert f is not None and f.source == "人民日报"


def test_caption_under_a_pictures_file_name_between_paragraphs_is_text(tmp_path):
    rows = page_rows(tmp_path, "常德代表团集中审议政府工作报告\n"
                               "发布时间:2026-02-05 信息来源:常德日报·常德融媒客户端 浏览次数: 【字体:\n"
                               "2月4日,参加湖南省第十四届人民代表大会第四次会议的常德代表团在驻地召开第四次全体会议,"
                               "继续审议政府工作报告。\n"
                               "fe170cf-e-94ac-e68_batchwm\n"
                               "审议现场\n"
                               "审议中,代表们踊跃发言。大家一致认为,政府工作报告总结成绩实事求是、分析形势深刻透彻。\n")
    assert len(rows) == 1 and rows[0]["headline"] == "常德代表团集中审议政府工作报告"
    assert rows[0]["sections"] == [] and rows[0]["source"] == "常德日报"


def test_headline_under_a_picture_with_its_dateline_is_still_a_headline(tmp_path):
    rows = page_rows(tmp_path, "学会妥协 女市长给自己打七分\n"
                               "七天记者 梓丰 自2017年11月5日当选,蒙特利尔375年历史上第一位女市长普朗特接受了采访。\n"
                               "/var/folders/36/T/WebArchiveCopyPasteTempFiles/640?wx_fmt=jpeg\n"
                               "蒙特利尔中华医院第29届慈善晚宴隆重举行\n"
                               "【七天讯】(记者:颜宏 独玉 摄影:李明)11月2日,满地可中华医院基金会举行第29届慈善晚宴。\n")
    assert [r["headline"] for r in rows][-1] == "蒙特利尔中华医院第29届慈善晚宴隆重举行"


def test_author_field_with_the_writers_role_is_the_byline(tmp_path):
    rows = page_rows(tmp_path, "市政协八届五次会议举行第二次全体会议\n"
                               "2025年01月19日 来源: 《廊坊日报》 作者: 记者 张甜歌\n"
                               "1月18日上午,市政协八届五次会议举行第二次全体会议。6位委员作大会发言。\n")
    assert len(rows) == 1 and rows[0]["reporters"] == ["张甜歌"] and rows[0]["source"] == "廊坊日报"


def test_title_over_two_deck_lines_set_as_a_pair_is_the_headline(tmp_path):
    rows = page_rows(tmp_path, "主流媒体首次聚焦在日华人\n"
                               "《朝日新闻》总力报道\n"
                               "《中文导报》独家转载\n"
                               "本报讯(记者  张石)日本《朝日新闻》从2月10日开始,刊登大型年度系列专题报道“在日华人”。\n")
    assert len(rows) == 1 and rows[0]["headline"] == "主流媒体首次聚焦在日华人"
    assert rows[0]["subheadline"] == "《朝日新闻》总力报道 《中文导报》独家转载"


def test_kicker_over_a_title_broken_over_two_bare_lines_is_still_the_kicker(tmp_path):
    rows = page_rows(tmp_path, "习近平在山西考察时强调\n"
                               "努力在推动资源型经济转型发展上迈出新步伐\n"
                               "奋力谱写三晋大地推进中国式现代化新篇章\n"
                               "新华社太原7月8日电 中共中央总书记、国家主席习近平近日在山西考察。\n")
    assert len(rows) == 1 and rows[0]["subheadline"] == "习近平在山西考察时强调"


def test_headline_printed_again_with_a_dash_for_its_space_is_not_the_text(tmp_path):
    rows = page_rows(tmp_path, "部分議員屢提中央事務質詢 盧市長感謝議員看重、盼問政更公正\n"
                               "2024 年 12 月 9 日\n"
                               "部分議員屢提中央事務質詢-盧市長感謝議員看重、盼問政更公正\n"
                               "台中市議會今(9)日市政總質詢,針對部分議員利用議會質詢,要求市長盧秀燕針對中央事務表態。\n")
    assert len(rows) == 1 and rows[0]["headline"] == "部分議員屢提中央事務質詢 盧市長感謝議員看重、盼問政更公正"
    story = load_corpus([tmp_path / "x_20200101.txt"]).articles[0]
    assert first_words(story).startswith("台中市議會今(9)日")


def test_source_field_outranks_the_masthead_name_printed_over_it(tmp_path):
    rows = page_rows(tmp_path, "非洲时报\n"
                               "首页  >> 国际新闻  >> 查看详情\n"
                               "凝聚侨力夯实合作 欧洲中华总商会再访欧洲四国\n"
                               "2024-07-21 20:05:31 来源: 翡冷翠侨讯 阅读 (9230次)\n"
                               "翡冷翠侨讯综合报道 自2024年6月上旬至7月中旬,欧洲中华总商会执行主席率团访问欧洲四国。\n")
    assert len(rows) == 1 and rows[0]["source"] == "翡冷翠侨讯"


def test_media_centre_source_gives_way_to_the_place_paper_its_story_names(tmp_path):
    rows = page_rows(tmp_path, "当好“桥头堡” 实现新作为\n"
                               "来源:江津区融媒体中心    2020-05-21 10:44\n"
                               "江津日报讯(记者 吕晓)5月20日,区委副书记、区长毛平来到区人大会议双福、塘河代表团。\n")
    assert rows[0]["source"] == "江津日报"
    rows = page_rows(tmp_path, "九江:修水县17万亩早稻喜获丰收\n"
                               "2013-08-05 09:05 来源:九江新媒体\n"
                               "[九江新媒体]从7月16日开始,修水县各地17万亩早稻陆续开始收割。\n"
                               "(文 九江日报 樊耀清 张蓉)\n")
    assert rows[0]["source"] == "九江日报"
    rows = page_rows(tmp_path, "罗甸县召开经济工作会议\n"  # no paper of the place named: the centre stays
                               "来源:罗甸县融媒体中心\n"
                               "本报讯 12月20日,罗甸县召开经济工作会议,总结今年工作,部署明年任务。\n")
    assert rows[0]["source"] == "罗甸县融媒体中心"


def test_title_under_a_numbered_label_is_a_sub_head_though_it_holds_a_comma(tmp_path):
    rows = page_rows(tmp_path, "省人代会举行第二次全体会议\n"
                               "四川法治报全媒体记者 夏菲妮\n"
                               "1月21日下午,四川省第十四届人民代表大会第四次会议举行第二次全体会议。\n"
                               "亮点1\n"
                               "天府中央法务区审判资源集聚度全国领先,审理案件标的额超430亿元\n"
                               "全省法院妥善审理涉“一带一路”中欧班列等民商事案件501件,平等保护中外当事人合法权益。\n")
    assert rows[0]["sections"] == ["亮点1", "天府中央法务区审判资源集聚度全国领先,审理案件标的额超430亿元"]


def test_the_body_that_oversees_the_site_alone_over_the_headline_is_no_kicker(tmp_path):
    assert furniture("中國作家協會主管") is not None
    rows = page_rows(tmp_path, "中國作家協會主管\n"
                               "中國作家協會召開主管文學社團新春座談會\n"
                               "來源:中國作家網 | 徐健、劉鵬波  2024年01月25日21:54\n"
                               "1月25日,中國作家協會召開主管文學社團新春座談會,中國作協黨組書記出席並講話。\n")
    assert len(rows) == 1 and rows[0]["headline"] == "中國作家協會召開主管文學社團新春座談會"
    assert rows[0]["subheadline"] == ""


def test_writer_between_dashes_under_a_parts_title_is_not_the_sub_heads_second_line(tmp_path):
    rows = page_rows(tmp_path, "匈媒:闯荡世界的中国人\n"
                               "作者:刘思嶽 来自:新导报 时间:2009-11-26\n"
                               "原编者按:我们在快餐店点咕咾鸡吃;我们在寒冷的日子穿羽绒夹克;我们找中国人开的店。\n"
                               "华人综合症\n"
                               "—瓦格维尔吉.B.安德拉什—\n"
                               "在布达一所雅致的别墅里,有个律师事务所。斯特罗卡伊.爱丝特尔博士欢迎我们。\n")
    assert rows[0]["sections"] == ["华人综合症"]
    rows = page_rows(tmp_path, "匈媒:闯荡世界的中国人\n"  # no dot: a phrase between dashes stays a sub-head's line
                               "作者:刘思嶽 来自:新导报 时间:2009-11-26\n"
                               "原编者按:我们在快餐店点咕咾鸡吃;我们在寒冷的日子穿羽绒夹克;我们找中国人开的店。\n"
                               "华人综合症\n"
                               "—记者手记—\n"
                               "在布达一所雅致的别墅里,有个律师事务所。斯特罗卡伊.爱丝特尔博士欢迎我们。\n")
    assert rows[0]["sections"] == ["华人综合症 —记者手记—"]


def test_a_papers_reporter_and_reported_on_a_line_of_its_own_is_the_dateline_too(tmp_path):
    rows = page_rows(tmp_path, "中超征战亚冠策略调整\n"
                               "2025-08-18 11:01 来源:胜球体育\n"
                               "体坛周报全媒体记者马德兴报道\n"
                               "2025-26赛季亚冠精英联赛和二级联赛的分组抽签已经揭晓,赛程也随之公布。\n")
    assert rows[0]["reporters"] == ["马德兴"]
    assert rows[0]["dateline"] is not None and rows[0]["dateline"]["agency"] == "体坛周报"


def test_a_programmes_name_in_the_bylines_frame_is_no_sub_head(tmp_path):
    assert furniture("記者 Jenny Lee 報導") is None  # a person's name in Latin letters: a byline, read as one
    rows = page_rows(tmp_path, "王毅20日訪澳洲 邀請反AUKUS前總理會面\n"
                               "記者 FOCUS世界新聞 報導\n"
                               "發佈時間:2024/03/19 15:19\n"
                               "中國大陸外交部長王毅將於20日訪問澳洲坎培拉,此行除了與澳洲外長會談,還將會見前總理。\n")
    assert len(rows) == 1 and rows[0]["subheadline"] == "" and rows[0]["reporters"] == []


def test_weekly_digest_items_under_their_numbers_and_issue_line(tmp_path):
    f = furniture("UCA北美华人周刊 第七十八期 2024-7-22")
    assert f is not None and f.source == "UCA北美华人周刊" and f.date == "2024-07-22"
    page = (Path(__file__).parent / "data" / "pages" / "ucausa_20240722.txt").read_text(encoding="utf-8")
    rows = page_rows(tmp_path, page)  # the page's own lines: an English summary under each title
    assert [r["headline"] for r in rows] == ["特朗普在竞选演讲中批评中国和移民",
                                            "副总统候选人万斯抨击中国发展经济导致美国薪资水平下降"]
    assert rows[0]["subheadline"] == "" and rows[0]["source"] == "UCA北美华人周刊"


def test_source_field_on_an_items_undated_credit_line_does_not_outrank_the_masthead(tmp_path):
    rows = page_rows(tmp_path, "非洲时报\n"
                               "凝聚侨力夯实合作 欧洲中华总商会再访欧洲四国\n"
                               "2024-07-21 20:05:31\n"
                               "自2024年6月上旬至7月中旬,欧洲中华总商会执行主席率团访问欧洲四国。\n"
                               "来源: 翡冷翠侨讯\n")
    assert rows[0]["source"] == "非洲时报"


def test_month_day_year_date_line_with_the_month_in_chinese():
    f = furniture("4月. 09, 2024")
    assert f is not None and f.kind == "dateline" and f.date == "2024-04-09"


def test_bare_name_under_an_item_whose_headline_names_him_is_a_tag_not_the_writer(tmp_path):
    rows = page_rows(tmp_path, "國務院免去曾國衞政制及內地事務局局長職務 曾國衞：健康問題提請辭\n"
                               "【Yahoo新聞】新華社報道，國務院根據行政長官李家超的建議和提名，免去曾國衞的局長職務。\n"
                               "曾國衞\n"
                               "鄭震生獲款待被炒｜ 張炳良：負面影響難彌補 楊何蓓茵：公務員用社交平台需注意觀感\n"
                               "【Yahoo新聞】駐天津聯絡處主任鄭震生早前自揭獲私人艙室款待，其後被終止合約。\n")
    assert [r["reporters"] for r in rows] == [[], []]
    assert rows[1]["headline"].startswith("鄭震生獲款待被炒") and rows[1]["subheadline"] == ""


def test_a_records_page_field_is_the_articles_page(tmp_path):
    page = tmp_path / "zjkrb_20140512_a1.txt"
    page.write_text("乌兰察布市党政代表团到我市考察\n"
                    "【报纸名称】:张家口日报\n"
                    "【出版日期】2014.05.12\n"
                    "【版次】第A1版(要闻)\n"
                    "【全文】\n"
                    "本报讯(记者 王大庆) 5月10日,内蒙古乌兰察布市市委书记王学丰率党政代表团来我市考察。\n",
                    encoding="utf-8")
    story = load_corpus([page]).articles[0]
    assert story.page == "A1" and story.source == "张家口日报"


def test_marked_group_photo_caption_run_into_the_report_is_its_own_paragraph(tmp_path):
    page = tmp_path / "dushi_20200101.txt"
    page.write_text("「Kids Help Kids」慈善鋼琴交響音樂會\n"
                    "■ Elizabeth, Jessica, Ray, 肖发凡, Henry Lee, 和温哥华青少年钢琴俱乐部小成员合影 "
                    "6月1日国际儿童节当晚,音乐小艺术家Elizabeth Chen带领着一帮可爱的琴童,希望通过音乐帮助别人。\n",
                    encoding="utf-8")
    texts = [p.text for p in load_corpus([page]).articles[0].paragraphs if p.kind == "body"]
    assert texts[0].endswith("小成员合影") and texts[1].startswith("6月1日国际儿童节当晚")


def test_title_over_a_kicker_naming_who_spoke_and_its_line_is_the_headline(tmp_path):
    rows = page_rows(tmp_path, "吴晓华参加市政协六届五次会议市直六组讨论\n"
                               "吴晓华在参加市政协六届五次会议市直六组讨论时强调\n"
                               "围绕中心 履职尽责 为衡水高质量发展增共识聚合力\n"
                               "2月1日下午,河北衡水市长吴晓华参加市政协六届五次会议市直六组讨论。\n")
    assert len(rows) == 1 and rows[0]["headline"] == "吴晓华参加市政协六届五次会议市直六组讨论"
    assert rows[0]["subheadline"].startswith("吴晓华在参加市政协六届五次会议市直六组讨论时强调 围绕中心")


def test_a_field_line_broken_one_field_a_line_keeps_its_editors_as_staff(tmp_path):
    rows = page_rows(tmp_path, "总投资454.3亿元!长治市深化转型项目建设年第一批项目集中开工\n"
                               "发布时间:\n"
                               "2019-03-03\n"
                               "| 来源:\n"
                               "长治日报\n"
                               "| 编辑:\n"
                               "张瑜\n"
                               "| 责任编辑:\n"
                               "肖贵海\n"
                               "实干争朝夕,项目正当时。3月2日,长治市举行深化转型项目建设年第一批项目集中开工活动。\n")
    assert len(rows) == 1 and rows[0]["reporters"] == [] and rows[0]["sections"] == []
    assert rows[0]["headline"].startswith("总投资454.3亿元") and rows[0]["date"] == "2019-03-03"
