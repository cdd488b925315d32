"""Photo questions on a page of captioned photos answer the credit printed with the caption they are about."""

from __future__ import annotations

from qa.answer.byline import byline_answer
from qa.answer.question import analyze
from qa.answer.titled_writer import titled_writer
from qa.load import corpus_from_articles
from qa.types import Article, Byline, Hit, Paragraph


def _page():
    texts = [("body", "猎德龙舟文化尽显魅力。"), ("credit", "广州日报全媒体记者莫伟浓摄"),
             ("body", "鸦岗村村民在进行龙舟训练。"), ("credit", "广州日报全媒体记者陈忧子摄"),
             ("body", "龙潭村老中青三代扒龙舟。"), ("credit", "广州日报全媒体记者夏强、廖靖文摄"),
             ("body", "端午将至，各村的龙舟队每天傍晚在河涌里训练。")]
    article = Article(id="p#0", file="p.txt", headline="赛龙讲龙育龙", paragraphs=tuple(
        Paragraph(i, kind, text) for i, (kind, text) in enumerate(texts)),
        credit=Byline(text="广州日报全媒体记者莫伟浓摄", photographers=("莫伟浓", "陈忧子", "夏强", "廖靖文")))
    return corpus_from_articles([article])


def _ask(corpus, question, about):
    s = next(s for s in corpus.sentences_of("p#0") if about in s.text)
    ranked = [(Hit(s, 2.0), 1.0)] + [(Hit(x, 1.0), 0.2) for x in corpus.sentences_of("p#0") if x.id != s.id]
    return byline_answer(question, analyze(question), corpus, ranked)


def test_each_caption_answers_with_its_own_credit():
    corpus = _page()
    answer = _ask(corpus, "鸦岗村村民在进行龙舟训练的照片是谁拍的？", "鸦岗村")
    assert answer is not None and answer.text == "陈忧子"
    answer = _ask(corpus, "龙潭村老中青三代扒龙舟的照片是谁拍的？", "龙潭村")
    assert answer is not None and answer.text == "夏强、廖靖文"


def test_a_sentence_with_no_credit_of_its_own_falls_back_to_the_articles_credit():
    answer = _ask(_page(), "龙舟队训练的照片是谁拍的？", "端午将至")
    assert answer is not None and not answer.declined and "莫伟浓" in answer.text


def test_a_story_the_page_does_not_carry_gets_no_credit_from_one_that_shares_a_word():
    # "猎德" and "龙舟" are on the page, the race and its win are not: the credit of 猎德龙舟文化 is not its answer
    assert _ask(_page(), "猎德村龙舟赛夺冠的照片是谁拍的？", "猎德") is None
    answer = _ask(_page(), "猎德龙舟文化的照片是谁拍的？", "猎德")
    assert answer is not None and answer.text == "莫伟浓"


def _letter():
    texts = [("body", "陕工报日前推出的栏目中,有一篇名为“高温下作业的西煤机人”的报道。"), ("body", "职工们颇为感动。"),
             ("byline", "读者 薛芳玲")]
    article = Article(id="p#0", file="p.txt", headline="这样的报道让职工感动", paragraphs=tuple(
        Paragraph(i, kind, text) for i, (kind, text) in enumerate(texts)),
        byline=Byline(text="读者 薛芳玲", reporters=("薛芳玲",)))
    return corpus_from_articles([article])


def test_a_work_the_article_only_quotes_by_its_title_is_not_the_articles_own():
    answer = _ask(_letter(), "《高温下作业的西煤机人》是哪位记者写的？", "名为")
    assert answer is not None and answer.declined and answer.rule == "decline:other-work"
    # the letter's own title still answers with its writer
    answer = _ask(_letter(), "《这样的报道让职工感动》是谁写的？", "名为")
    assert answer is not None and not answer.declined and answer.text == "薛芳玲"


def test_a_corpus_with_no_bylines_leaves_a_works_author_to_the_text_that_quotes_it():
    # reading-comprehension text has no bylines: "自孔恩著作《X》…" tells the author, it is no quotation of another
    # work's byline
    texts = [("body", "自孔恩著作《科学革命的结构》于1962年出版以来,学界一直辩论。")]
    article = Article(id="p#0", file="p.txt", headline="科学哲学", paragraphs=tuple(
        Paragraph(i, kind, text) for i, (kind, text) in enumerate(texts)))
    assert _ask(corpus_from_articles([article]), "《科学革命的结构》的作者是谁？", "孔恩") is None
    # the same article signed by a reader: the quoted work is not the article's own
    signed = Article(id="p#0", file="p.txt", headline="科学哲学", paragraphs=article.paragraphs,
                     byline=Byline(text="读者 薛芳玲", reporters=("薛芳玲",)))
    answer = _ask(corpus_from_articles([signed]), "《科学革命的结构》的作者是谁？", "孔恩")
    assert answer is not None and answer.declined and answer.rule == "decline:other-work"


def _given_page(credit_kind: str, credit: str):
    texts = [("body", "保护区工作人员正在检查红外摄像机。"), (credit_kind, credit),
             ("body", "在中俄边境及保护区内,布设有这样的摄像机千余台。")]
    article = Article(id="p#0", file="p.txt", headline="为东北虎返乡操碎了心", paragraphs=tuple(
        Paragraph(i, kind, text) for i, (kind, text) in enumerate(texts)))
    other = Article(id="q#0", file="q.txt", headline="别的报道", paragraphs=(Paragraph(0, "body", "别的事。"),),
                    byline=Byline(text="记者 王某", reporters=("王某",)))
    return corpus_from_articles([article, other])


def test_a_picture_given_by_an_organisation_answers_who_gave_it():
    for kind, credit, giver in [("body", "图/珲春东北虎国家级自然保护区", "珲春东北虎国家级自然保护区"),
                                ("credit", "(圖/花蓮縣消防局提供)", "花蓮縣消防局"),
                                # an outlet or a broadcaster in a bracket of its own ("(CTV圖片)")
                                ("body", "(CTV圖片)", "CTV"), ("body", "(泰国头条新闻社图)", "泰国头条新闻社"),
                                ("staff", "(圖片:多倫多警隊) T02", "多倫多警隊")]:
        corpus = _given_page(kind, credit)
        answer = _ask(corpus, "保护区工作人员检查红外摄像机的照片是谁提供的？", "检查红外")
        assert answer is not None and answer.text == giver and answer.rule == "byline:giver"
        # who took it is not said: the giver is no photographer
        answer = _ask(corpus, "保护区工作人员检查红外摄像机的照片是谁拍的？", "检查红外")
        assert answer is not None and answer.declined


def test_a_credit_run_into_the_text_names_who_gave_the_picture():
    # no line of its own: "照片由X提供" printed mid-paragraph, the next sentence run on after a space
    for credit, giver in [("照片由珲春日报李某(Li Mou)提供 据介绍,摄像机已布设三年。", "珲春日报李某(Li Mou)"),
                          ("本版图片均由保护区管理局提供。", "保护区管理局")]:
        answer = _ask(_given_page("body", credit), "保护区工作人员检查红外摄像机的照片是谁提供的？", "检查红外")
        assert answer is not None and answer.text == giver and answer.rule == "byline:giver"
    # a kind of picture given is no giver
    question = "保护区工作人员检查红外摄像机的照片是谁提供的？"
    answer = _ask(_given_page("body", "照片由资料库提供。"), question, "检查红外")
    assert answer is not None and answer.declined


def test_a_bracket_naming_a_kind_of_picture_or_a_writer_is_no_giver():
    for credit in ("(资料图片)", "(李东)", "(完)"):
        answer = _ask(_given_page("body", credit), "保护区工作人员检查红外摄像机的照片是谁提供的？", "检查红外")
        assert answer is not None and answer.declined, credit


def test_a_byline_printed_twice_is_answered_from_the_fuller_line():
    texts = [("byline", "記者:DMC編輯:DMC"),
             ("body", "網購時代,快遞自提點湧現香港街頭,更進駐多個傳統街市。記者:劉可妍、李澤彤 網購加促 市民難忍")]
    article = Article(id="p#0", file="p.txt", headline="自提點進駐街市排長龍", paragraphs=tuple(
        Paragraph(i, kind, text) for i, (kind, text) in enumerate(texts)),
        byline=Byline(text="記者:DMC編輯:DMC 記者:劉可妍、李澤彤", reporters=("DMC", "劉可妍", "李澤彤")))
    corpus = corpus_from_articles([article])
    answer = _ask(corpus, "自提點進駐街市的報導是哪些記者寫的？", "自提點")
    assert answer is not None and answer.text == "劉可妍、李澤彤"


def test_a_topic_whose_names_are_printed_needs_half_of_its_pairs():
    from qa.answer.byline import speaks_of
    text = "【记者李祖翔报导】政大新闻系毕业后,《人间福报》社长符芝瑛历任《联合报》"
    assert not speaks_of("符芝瑛谈福报", text)  # 3 of 5 pairs: 瑛谈, 谈福 cross the verb
    assert speaks_of("符芝瑛谈福报", text, ["符芝瑛"])
    assert not speaks_of("王小明谈福报", text, ["王小明"])  # the name is not printed
    assert not speaks_of("这在党和国家历史上 第一次", "党和国家 历史 第一次会议", [])  # 6 of 10, no name


def test_an_article_printed_with_no_headline_is_told_by_its_text():
    texts = [("byline", "□讲述:黄雷(凤山县公安局刑侦大队副大队长) 整理:记者 刘文杰 通讯员 罗开革"),
             ("body", "7月4日,我们押解巨龙某从新疆库尔勒搭乘列车至四川广元。")]
    article = Article(id="p#0", file="p.txt", headline="", paragraphs=tuple(
        Paragraph(i, kind, text) for i, (kind, text) in enumerate(texts)),
        byline=Byline(text=texts[0][1], reporters=("刘文杰",), correspondents=("罗开革",)))
    corpus = corpus_from_articles([article])
    question = "黄雷讲述的押解经历是谁整理的？"
    s = corpus.sentences_of("p#0")[0]
    ranked = [(Hit(s, 2.0), 1.0)] + [(Hit(x, 1.0), 0.5) for x in corpus.sentences_of("p#0")[1:]]
    answer = byline_answer(question, analyze(question), corpus, ranked, lambda t: ["黄雷"] if "黄雷" in t else [])
    assert answer is not None and "刘文杰" in answer.text
    assert byline_answer(question, analyze(question), corpus, ranked) is None  # pairs alone: 3 of 7


def _two_writers(text, reporters, roles=()):
    article = Article(id="p#0", file="p.txt", headline="二十余家地方媒体总编辑注目无锡", paragraphs=(
        Paragraph(0, "body", "二十余家地方媒体的总编辑昨天齐聚太湖之滨。"), Paragraph(1, "byline", text)),
        byline=Byline(text=text, reporters=reporters, roles=roles))
    return corpus_from_articles([article])


def test_a_role_asked_in_a_writer_question_answers_the_names_printed_with_it():
    corpus = _two_writers("(朱冬娅、见习记者 姚程玉)", ("朱冬娅", "姚程玉"), (("见习记者", "姚程玉"),))
    question = "《二十余家地方媒体总编辑注目无锡》是哪位见习记者写的？"
    assert analyze(question).byline == "writer"
    assert analyze("那组报道是哪位光明日报记者写的？").byline == ""  # an outlet's reporter, not a byline role
    answer = _ask(corpus, question, "齐聚")
    assert answer is not None and answer.text == "姚程玉"
    answer = _ask(corpus, "《二十余家地方媒体总编辑注目无锡》是谁写的？", "齐聚")
    assert answer is not None and answer.text == "朱冬娅、见习记者 姚程玉"


def test_names_printed_with_spaces_between_their_characters_are_found():
    corpus = _two_writers("(周 健 刘星野 曹 莉)", ("周健", "刘星野", "曹莉"))
    answer = _ask(corpus, "《二十余家地方媒体总编辑注目无锡》是谁写的？", "齐聚")
    assert answer is not None and answer.text == "周 健 刘星野 曹 莉"
    assert [c.text for c in answer.alternatives] == ["周 健", "刘星野", "曹 莉"]


def test_the_paper_a_writer_question_names_is_no_topic():
    texts = [("body", "新华日报派出多位记者,跟随采访团分赴三条采访专线。"),
             ("body", "请看记者吴琼采自第一条专线的报道。")]
    article = Article(id="p#0", file="p.txt", headline="“产业强音”振奋人心", paragraphs=tuple(
        Paragraph(i, kind, text) for i, (kind, text) in enumerate(texts)),
        byline=Byline(text="记者吴琼", reporters=("吴琼",)))
    corpus = corpus_from_articles([article])
    ranked = [(Hit(s, 1.0), 0.5) for s in corpus.sentences_of("p#0")]
    question = "新华日报“产业强音”那篇报道是哪位记者采写的？"
    answer = byline_answer(question, analyze(question), corpus, ranked)
    assert answer is not None and answer.text == "吴琼"
    question = "新华日报“农业新声”那篇报道是哪位记者采写的？"  # a story not on the page still finds none
    assert byline_answer(question, analyze(question), corpus, ranked) is None


def _special_report(headline: str, byline: str, reporter: str, body: str):
    texts = [("byline", byline), ("body", body)]
    article = Article(id="p#0", file="p.txt", headline=headline, paragraphs=tuple(
        Paragraph(i, kind, text) for i, (kind, text) in enumerate(texts)),
        byline=Byline(text=byline, reporters=(reporter,)))
    return corpus_from_articles([article])


def test_a_kind_of_story_is_no_topic_once_the_paper_is_taken_out():
    # another paper's 专题报道 is not the story "《马祖日报》那篇专题报导" asks about (that page is not in the papers)
    corpus = _special_report("主流媒体首次聚焦在日华人", "本报讯(记者 张石)", "张石",
                             "日本《朝日新闻》从2月10日开始,刊登大型年度系列专题报道“在日华人”。")
    assert _ask(corpus, "《馬祖日報》那篇專題報導是哪位記者寫的？", "专题报道") is None


def test_a_papers_name_in_title_marks_is_what_the_story_is_about_not_a_work_it_quotes():
    corpus = _special_report("", "記者林睿奕／專題報導", "林睿奕",
                             "《馬祖日報》是連江縣地區唯一報業,創刊於民國46年。")
    answer = _ask(corpus, "《馬祖日報》那篇專題報導是哪位記者寫的？", "唯一報業")
    assert answer is not None and not answer.declined and answer.text == "林睿奕"


def test_a_role_asked_of_a_papers_story_is_not_another_papers_staff():
    from qa.answer.byline import role_answer

    texts = [("body", "由自贡日报社联合主办的主题诗歌征集,共评出一等奖作品1件。"), ("staff", "责任编辑:吴山冠")]
    article = Article(id="p#0", file="p.txt", headline="主题诗歌征集获奖名单", source="自贡日报",
                      paragraphs=tuple(Paragraph(i, kind, text) for i, (kind, text) in enumerate(texts)),
                      byline=Byline(text="", roles=(("责任编辑", "吴山冠"),)))
    corpus = corpus_from_articles([article])
    ranked = [(Hit(s, 1.0), 0.5) for s in corpus.sentences_of("p#0")]
    question = "检察日报这篇检察理论研究文章的责任编辑是谁？"  # the paper named prints no story here
    assert role_answer(question, analyze(question), corpus, ranked) is None
    question = "自贡日报这篇诗歌征集文章的责任编辑是谁？"
    answer = role_answer(question, analyze(question), corpus, ranked)
    assert answer is not None and answer.text == "吴山冠"


def _prize_list():
    texts = [("body", "本报讯(记者张世韬)“读新书”征文活动各奖项揭晓。"),
             ("body", "一等奖 成人组:《以书为伴》刘文权(重庆)、《橘树,纷其可喜兮》许晨露(上海)。"),
             ("body", "《我的中秋月》鲜晓东 《心中的月亮 》(外一首)张秀英"),
             ("body", "《人民日报》记者对此作了报道。")]
    article = Article(id="p#0", file="p.txt", headline="“读新书”征文活动揭晓", paragraphs=tuple(
        Paragraph(i, kind, text) for i, (kind, text) in enumerate(texts)),
        byline=Byline(text="本报讯(记者张世韬)", reporters=("张世韬",)))
    return corpus_from_articles([article])


def test_a_list_of_works_answers_a_works_writer_with_the_name_glued_after_its_title():
    corpus = _prize_list()
    for question, about, writer in (("《以书为伴》的作者是谁？", "以书为伴", "刘文权"),
                                    ("《橘树,纷其可喜兮》是谁写的？", "以书为伴", "许晨露"),
                                    ("《我的中秋月》的作者是谁？", "我的中秋月", "鲜晓东"),
                                    ("《心中的月亮》的作者是谁？", "我的中秋月", "张秀英")):
        answer = _ask(corpus, question, about)
        assert answer is not None and not answer.declined and answer.text == writer, question
        assert answer.rule == "byline:listed"


def test_a_title_followed_by_no_name_is_not_a_listed_work():
    # "《人民日报》记者": no surname after the title, so the report's byline answers, not 记者
    answer = _ask(_prize_list(), "“读新书”征文活动的报道是谁写的？", "揭晓")
    assert answer is not None and answer.rule != "byline:listed"
    assert titled_writer("人民日报", "《人民日报》记者对此作了报道。") is None
    assert titled_writer("以书为伴", "《以书为伴》一书") is None


def test_a_work_named_in_title_marks_must_be_printed_by_the_story_answered():
    # 墨新聞's headless item (its byline "墨新聞|記者張游舜/台北報導"): "介紹《報導者》的這篇報導" leaves the topic
    # "介绍 者" once the byline words are taken out, which a text saying 介紹 holds; the story never prints 報導者
    texts = [("byline", "墨新聞|記者張游舜/台北報導"), ("body", "會議首先介紹新任主管,包括副縣長陳璧君。")]
    article = Article(id="p#0", file="p.txt", headline="", paragraphs=tuple(
        Paragraph(i, kind, text) for i, (kind, text) in enumerate(texts)),
        byline=Byline(text=texts[0][1], reporters=("張游舜",)))
    corpus = corpus_from_articles([article])
    assert _ask(corpus, "介紹《報導者》的這篇報導是誰寫的？", "張游舜") is None
    # a title printed with other quotes or spaces is printed all the same
    texts = [("byline", "記者 楊明偉"), ("body", "我和《羊城晚報》的“報料”往事,說來話長。")]
    article = Article(id="p#0", file="p.txt", headline="我和《羊城晚報》的“報料”往事", paragraphs=tuple(
        Paragraph(i, kind, text) for i, (kind, text) in enumerate(texts)),
        byline=Byline(text=texts[0][1], reporters=("楊明偉",)))
    answer = _ask(corpus_from_articles([article]), "《我和〈羊城晚报〉的“报料”往事》的作者是谁？", "楊明偉")
    assert answer is not None and "楊明偉" in answer.text
