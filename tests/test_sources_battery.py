"""A battery of short sentences, written for the tests, covering the ways Chinese news credits an
outlet or agency (据X报道, X援引, X刊文, 来源：X, 转自：X, country prefixes, general press references,
foreign outlets by transliteration or abbreviation) and what is no credit (the publisher's own tag
or reporter, a person, an outlet only mentioned)."""
from __future__ import annotations

import pytest

import newsfacts


def sources(body: str) -> list[str]:
    return newsfacts.analyze_text("测试标题\n\n" + body).to_dict()["sources"]


def translated(body: str) -> bool:
    return bool(newsfacts.analyze_text("测试标题\n\n" + body).to_dict()["translated"])


CREDITED = [
    ("据路透社报道，两国外长当天通了电话。", ["路透社"]),
    ("据法新社消息，会议将推迟到下周举行。", ["法新社"]),
    ("美联社报道称，当地已有数百人撤离。", ["美联社"]),
    ("彭博社援引知情人士的话说，该公司正考虑出售部门。", ["彭博社"]),
    ("援引塔斯社的报道，该官员表示谈判仍在继续。", ["塔斯社"]),
    ("俄新社写道，代表团已经抵达首都。", ["俄新社"]),
    ("《纽约时报》刊文称，这项政策引发争议。", ["《纽约时报》"]),
    ("《华盛顿邮报》发表社论称，国会应当尽快行动。", ["《华盛顿邮报》"]),
    ("英国《卫报》发文指出，物价上涨令家庭承压。", ["《卫报》"]),
    ("综合共同社、韩联社报道，双方领导人将于月底会晤。", ["共同社", "韩联社"]),
    ("本文转自澎湃新闻。", ["澎湃新闻"]),
    ("英国广播公司报道说，首相将于明天发表讲话。", ["英国广播公司"]),
    ("BBC报道称，罢工还将持续数日。", ["BBC"]),
    ("CNN援引官员的话说，调查仍在进行中。", ["CNN"]),
    ("据外媒报道，该国总统已启程前往邻国。", ["外媒"]),
    ("美媒称，该法案有望在本周获得通过。", ["美媒"]),
    ("俄媒报道，边境地区再次响起枪声。", ["俄媒"]),
    ("日媒援引政府消息人士的话说，首相将出席峰会。", ["日媒"]),
    ("据韩媒报道，两国将重启对话。", ["韩媒"]),
    ("台媒报道称，岛内多地出现停电。", ["台媒"]),
    ("港媒消息，特区政府将公布新措施。", ["港媒"]),
    ("据当地媒体报道，洪水冲毁了两座桥梁。", ["当地媒体"]),
    ("据日本媒体报道，首相将访问欧洲。", ["日本媒体"]),
    ("多家外媒报道称，该国大选结果将推迟公布。", ["外媒"]),
    ("Politico报道称，白宫正在起草新的行政令。", ["Politico"]),
    ("据Axios报道，两党议员已经达成初步共识。", ["Axios"]),
    ("美国政治新闻网站Axios报道，谈判进入最后阶段。", ["Axios"]),
    ("《金融时报》援引消息人士称，该银行将裁员。", ["《金融时报》"]),
    ("据以色列《国土报》报道，内阁将召开紧急会议。", ["《国土报》"]),
    ("法国《世界报》评论称，改革面临巨大阻力。", ["《世界报》"]),
    ("据俄罗斯卫星通讯社报道，双方交换了战俘。", ["俄罗斯卫星通讯社"]),
    ("日本广播协会（NHK）报道，地震没有引发海啸。", ["日本广播协会"]),
    ("《华尔街日报》记者获悉，该公司正在进行内部调查。", ["《华尔街日报》"]),
    ("据土耳其阿纳多卢通讯社报道，救援工作仍在进行。", ["阿纳多卢通讯社"]),
    ("美国消费者新闻与商业频道报道，股市当天大幅下跌。", ["美国消费者新闻与商业频道"]),
    ("据新加坡《联合早报》报道，东盟将召开特别会议。", ["《联合早报》"]),
    ("根据路透社获得的一份文件，该公司将关闭工厂。", ["路透社"]),
    ("路透社看到的一份文件显示，出口量明显下降。", ["路透社"]),
    ("两名知情人士告诉路透社，交易可能在下月完成。", ["路透社"]),
    ("部长在接受塔斯社采访时说，合作将继续。", ["塔斯社"]),
    ("据《纽约时报》中文网报道，该公司否认了指控。", ["《纽约时报》中文网"]),
    ("据朝鲜中央通讯社报道，代表团已经返回。", ["朝鲜中央通讯社"]),
    ("据央视新闻客户端消息，救援工作正在进行。", ["央视新闻客户端"]),
    ("据香港01报道，特区政府将派员协助。", ["香港01"]),
    # a press reference that counted something: what it found is reported
    ("美媒还做了一项粗略统计，本月已有上百家商店关门。", ["美媒"]),
    # a Latin name right after the kind of outlet it is
    ("法国体育网站Footmercato报道，这名后卫将在冬季转会。", ["Footmercato"]),
    ("美国新闻网站Semafor称，谈判仍未取得进展。", ["Semafor"]),
]


@pytest.mark.parametrize("body,expected", CREDITED)
def test_credited(body, expected):
    assert sources(body) == expected


NOT_CREDITED = [
    "【环球网报道】两国外长当天通了电话。",
    "本报记者从有关部门获悉，新规将于下月实施。",
    "本台记者在现场看到，救援人员正在搜寻。",
    "张伟表示，这项工作进展顺利。",
    "他曾在《纽约时报》担任记者多年。",
    "他毕业后进入路透社工作。",
    "两名路透社记者被当局拘留。",
    "有外媒猜测，他可能会辞职。",
    "西方媒体普遍认为，这次会谈不会有实质成果。",
    "美国总统在社交媒体发文称，关税将上调。",
    "外交部官网发布消息称，部长将出访。",
    "据悉，双方将在下周继续磋商。",
    "据统计，今年以来共发生事故十余起。",
    # a credit mark naming no outlet (一家: which one is not said)
    "本文编译自英国一家财经网站。该国央行宣布维持利率不变。",
]


@pytest.mark.parametrize("body", NOT_CREDITED)
def test_not_credited(body):
    assert sources(body) == []


def test_a_reprint_line_with_a_colon_credits_the_origin_and_its_app():
    body = "该市今天发布了新的交通规划。\n\n转自：某某新闻客户端，原文有删节。"
    assert sources(body) == ["某某新闻客户端"]


def test_a_source_mark_before_an_account_with_its_id_credits_the_account():
    body = "各地纷纷开展了主题活动。编辑丨小林来源丨某某青年（ID：abc_def）综合整理自：人民日报"
    assert sources(body) == ["某某青年", "人民日报"]


def test_a_short_name_glued_to_the_body_after_a_source_mark():
    body = "作者丨李四编辑丨王五来源 | 某某财经最近市场上的消息很多，投资者需要冷静。"
    assert sources(body) == ["某某财经"]


def test_a_glued_source_mark_naming_no_outlet_credits_nothing():
    body = "来源 | 网友拍摄的视频新闻最近引发关注。"
    assert sources(body) == []


def test_a_chinese_papers_own_reporter_told_is_no_foreign_outlet_speaking():
    assert not translated("一位专家告诉本报记者，明年经济有望回暖。")


def test_a_source_telling_the_paper_itself_still_reads_as_an_outlet_speaking():
    assert translated("一名消息人士告诉我们，该公司正在寻找买家。另一名知情人士说，交易可能在年底前完成。")


def test_an_article_built_on_three_foreign_agencies_is_translated():
    body = "据路透社报道，该国总统已启程。法新社称，双方将讨论能源合作。美联社援引官员的话说，协议有望签署。"
    assert translated(body)


def test_a_chinese_report_citing_one_foreign_outlet_in_passing_is_not_translated():
    body = ("市政府今天召开新闻发布会。市长表示，地铁三号线将于年底通车。据路透社报道，该市人口已突破千万。"
            "市民对此表示欢迎。交通部门负责人介绍，新线路将缓解拥堵。")
    assert not translated(body)


def test_a_correspondents_own_report_from_abroad_is_not_translated():
    assert not translated("本报驻华盛顿记者获悉，美国国会将于下周投票。一名议员对本报记者说，结果难以预料。")


def test_an_outlets_article_as_a_thing_that_happened_is_no_credit():
    assert sources("《纽约时报》的这篇文章很快被删除。") == []
    assert sources("《纽约时报》的一篇文章称，谈判已经破裂。") == ["《纽约时报》"]


def test_a_passing_mention_of_foreign_press_does_not_make_a_chinese_report_translated():
    body = ("本市今年将新建十所学校。市教育局负责人介绍，新学校将于九月投入使用。此前外媒报道，多个城市都在扩建学校。"
            "家长们对此表示欢迎。")
    assert not translated(body)


def test_foreign_press_opening_the_article_makes_it_translated():
    assert translated("外媒报道称，该国总统已启程前往邻国访问。这是他就任以来首次出访。双方将讨论能源合作。")
    assert translated("据外媒报道，该国总统已启程前往邻国访问。双方将讨论能源合作。")
