"""Loader rules round 46 added, each on made-up lines shaped as its page prints them: a place and a slash
opening a dispatch (僑訊), a paper's app as the source field (周口日报), a site's follow-us block (乡村干部报),
writers after the source in a site's field line (浙江在线), the title printed again with padding (E生活誌), a
numbered point's question and its answer as two sub-heads (每日經濟新聞), a photo caption placing people in it
(缅甸中华总商会)."""

from __future__ import annotations

from page_engine import page_rows

from qa.layout.datelines import parse_dateline
from qa.lint import first_words
from qa.load import load_corpus


def test_place_and_slash_opening_the_text_is_the_dateline():
    d = parse_dateline("台北/ 泰華僑團首長赴台參訪團,由團長余聲清率領,於4月14日下午訪問華僑救國聯合總會。")
    assert d is not None and d.place == "台北" and d.text == "台北/ "
    assert parse_dateline("觀察/台灣病、公主病、王子病,誰的病?") is None  # a column's label, no space after
    assert parse_dateline("主页 / 本地新聞") is None
    assert parse_dateline("文/ 王小明,本報資深記者") is None  # a role


def test_a_papers_app_as_the_source_gives_way_to_the_paper_its_byline_names(tmp_path):
    rows = page_rows(tmp_path, "来源:周道客户端\n2021-02-22\n周口日报·周道客户端记者 张劲松 任富强\n"
                               "初春,阳光明媚,暖意融融。2月22日下午,市委书记带领市四大班子领导观摩示范区重点项目建设。\n")
    assert rows[0]["source"] == "周口日报" and rows[0]["reporters"] == ["张劲松", "任富强"]


XCGBB = ("乡耕先锋再出发·一路同行丨跋涉祖国大地 记录乡村变迁\n"
         "2025-01-03 08:11:00  来源:乡村干部报\n1\n乡村干部报网\n微信公众号\n乡村干部报网\n官方微博\n"
         "乡村干部报有这样一群新闻人,他们跋涉祖国大地,深入田间地头,以文、图、视频为媒,记录着中国乡村的点滴变迁。\n"
         "探寻改革的力量\n"
         "1978年,安徽省滁州市凤阳县小溪河镇小岗村开启中国改革的春天。\n"
         "乡村振兴,生生不息的力量源自改革。\n"
         "本报记者 汪秋萍\n"
         "汪秋萍(右)在安徽省滁州市凤阳县小溪河镇小岗村采访。 (小岗村村委会供图)\n")


def test_site_name_over_its_account_labels_is_no_column_label_nor_headline_list(tmp_path):
    rows = page_rows(tmp_path, XCGBB)
    assert len(rows) == 1 and rows[0]["headline"] == "乡耕先锋再出发·一路同行丨跋涉祖国大地 记录乡村变迁"
    assert rows[0]["sections"] == ["探寻改革的力量"]


def test_writers_after_the_site_in_the_source_field(tmp_path):
    rows = page_rows(tmp_path, "探访美丽乡村 探秘乡村振兴\n2018年02月04日 18:25:59 来源: 丽水网 叶捷 吴厚非\n"
                               "昨天下午,参加浙江网络媒体新春走基层活动的记者编辑们,走进莲都区大港头镇利山畲族村。\n")
    assert rows[0]["reporters"] == ["叶捷", "吴厚非"]


def test_title_printed_again_with_padding_reads_with_one_space(tmp_path):
    rows = page_rows(tmp_path, "南市新任7區長宣誓就職 黃偉哲:勇於承擔責任、積極任事\nE生活誌\n"
                               "南市新任7區長宣誓就職   黃偉哲:勇於承擔責任、積極任事\n"
                               "【記者顏碧雪/臺南報導】\n台南市政府今(9)日舉行東區、中西區、永康區等新任區長宣誓就職典禮。\n")
    assert rows[0]["headline"] == "南市新任7區長宣誓就職 黃偉哲:勇於承擔責任、積極任事"


def test_numbered_question_and_its_answer_are_two_sub_heads(tmp_path):
    rows = page_rows(tmp_path, "每經記者 胥帥 每經編輯 張海妮\n"
                               "因雪球論壇大V質疑牧原股份財務數據,A股養豬第一股近日被推上風口浪尖,交易所就該事項發出關注函。\n"
                               "點開視頻,記者帶你實探牧原的部分養豬項目\n"
                               "質疑一:子公司凈利潤數據“打架”?\n回應:披露口徑不一致\n"
                               "近日,“天地俠影”的質疑,讓牧原股份成為焦點,也在投資者中引發不少爭論。\n")
    assert len(rows) == 1 and rows[0]["sections"] == ["質疑一:子公司凈利潤數據“打架”?", "回應:披露口徑不一致"]


def test_caption_placing_a_person_in_the_picture_is_no_headline(tmp_path):
    page = tmp_path / "x_20200101.txt"
    page.write_text("吴继垣董事主席(右1)与曼德勒华助中心主任共同出席2018年度工作交流会\n"
                    "2018年1月9日至11日国侨办在北京召开“华助中心2018年度工作交流会”,仰光华助中心吴继垣董事主席出席。\n"
                    "在会议期间,国务院侨办裘援平主任出席了会议,并做了重要讲话。\n", encoding="utf-8")
    articles = load_corpus([page]).articles
    assert len(articles) == 1 and articles[0].headline == ""
    assert articles[0].paragraphs[0].text.startswith("吴继垣")  # text all the same, a paragraph of its own
    assert first_words(articles[0]).startswith("2018年1月9日")  # not the story's first words


def test_caption_placing_people_over_the_first_paragraph_stays_apart_from_it(tmp_path):
    rows = page_rows(tmp_path, "新华社首尔记者姬新龙“朝韩关系是中韩关系的最大变数”\n"
                               "新华社首尔分社社长姬新龙(左)、亚洲记者协会执行董事李相起(中)、新任新华社首尔分社社长江冶(右)\n"
                               "中国新华社驻首尔分社社长姬新龙,将于8月17日结束三年零四个月的任期,返回中国。\n"
                               "他指出“中韩两国之间在多方面存在共识、关系密切,未来将携手共进”。\n"
                               "记者:李相起 winwin0625@theasian.asia\n")
    assert len(rows) == 1 and rows[0]["reporters"] == ["李相起"]
    story = load_corpus([tmp_path / "x_20200101.txt"]).articles[0]
    assert first_words(story).startswith("中国新华社驻首尔分社")  # the caption is no part of the first paragraph


def test_heading_on_the_pages_last_line_under_a_headless_story_is_a_caption(tmp_path):
    rows = page_rows(tmp_path, "2018年1月9日至11日国侨办在北京召开“华助中心2018年度工作交流会”,吴继垣董事主席出席。\n"
                               "在会议期间,国务院侨办裘援平主任出席了会议,并做了重要讲话。\n"
                               "华助中心2018年度工作交流会在北京举行\n")
    assert len(rows) == 1 and rows[0]["sections"] == []

