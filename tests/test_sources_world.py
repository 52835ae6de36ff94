"""Outlets of the world's press as Chinese news credits them (agencies, papers, broadcasters and sites
of every region, Taiwan and Hong Kong, general press references), the forms a credit takes, what is
not a credit (an outlet as an actor, 媒体 in general talk, a short name inside an ordinary word), and the
translation verdict by the language an outlet writes in. Sentences written for these tests."""
from __future__ import annotations

import pytest

import newsfacts


def analysed(body: str, title: str = "测试标题") -> newsfacts.Analysis:
    return newsfacts.analyze_text(f"{title}\n\n{body}")


def sources_of(body: str) -> list[str]:
    return analysed(body).to_dict()["sources"]


@pytest.mark.parametrize("body, expected", [
    ("据安纳多卢通讯社报道，土耳其外长将访问开罗。", ["安纳多卢通讯社"]),
    ("中东社报道称，埃及总统会见了约旦国王。", ["中东社"]),
    ("印度报业托拉斯援引官员的话说，新机场将于明年启用。", ["印度报业托拉斯"]),
    ("据伊朗学生通讯社消息，德黑兰郊区发生小规模地震。", ["伊朗学生通讯社"]),
    ("塔斯尼姆通讯社称，伊朗海军在海湾举行了演习。", ["塔斯尼姆通讯社"]),
    ("法尔斯通讯社发布消息称，伊朗将举行军演。", ["法尔斯通讯社"]),
    ("据越通社报道，越南国会通过了新的预算案。", ["越通社"]),
    ("安塔拉通讯社报道，印尼东部一座火山喷发。", ["安塔拉通讯社"]),
    ("据纽西斯通讯社报道，首尔股市收盘下跌。", ["纽西斯通讯社"]),
    ("埃菲社援引消息人士的话说，西班牙政府将调整税率。", ["埃菲社"]),
    ("国际文传电讯社援引一名消息人士的话说，谈判将在周五举行。", ["国际文传电讯社"]),
    ("据俄通社-塔斯社报道，会谈持续了三个小时。", ["俄通社-塔斯社"]),
    ("据卡塔尔通讯社报道，埃米尔接见了来访的总理。", ["卡塔尔通讯社"]),
    ("据白通社报道，明斯克将举办博览会。", ["白通社"]),
    ("据卢萨社报道，葡萄牙总统解散了议会。", ["卢萨社"]),
    ("据柬新社报道，柬埔寨首相出席了开幕式。", ["柬新社"]),
    ("据瓦法通讯社报道，一所学校遭到袭击。", ["瓦法通讯社"]),
    ("据俄通社—塔斯社报道，双方同意停火。", ["俄通社—塔斯社"]),
    ("据时事通讯社报道，日本央行维持利率不变。", ["时事通讯社"]),
])
def test_the_worlds_news_agencies(body, expected):
    assert sources_of(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("纽时援引两名官员的话报道，计划已经搁置。", ["纽时"]),
    ("英国广播公司报道称，伦敦地铁罢工将持续三天。", ["英国广播公司"]),
    ("据日经报道，这家电器公司将出售部分业务。", ["日经"]),
    ("据日经新闻报道，这家游戏公司将推出新主机。", ["日经新闻"]),
    ("《朝鲜日报》报道称，韩国央行将维持利率不变。", ["《朝鲜日报》"]),
    ("据Axios报道，白宫幕僚长将辞职。", ["Axios"]),
    ("据德国《明镜》周刊报道，柏林将增加国防开支。", ["《明镜》周刊"]),  # the kind word completes its name (明镜周刊)
    ("据《经济学人》杂志报道，欧洲经济放缓。", ["《经济学人》"]),  # no known name with 杂志: the title alone
    ("《费加罗报》在报道中说，法国政府将推迟改革。", ["《费加罗报》"]),
    ("RT报道称，俄方已经提出抗议。", ["RT"]),
    ("据今日俄罗斯报道，俄罗斯将举行海军演习。", ["今日俄罗斯"]),
    ("据《以色列时报》报道，以色列总理将召开安全会议。", ["《以色列时报》"]),
    ("据以色列陆军电台报道，以军已经撤出该地区。", ["以色列陆军电台"]),
    ("马西拉电视台称，胡塞武装发射了导弹。", ["马西拉电视台"]),
    ("马亚丁电视台报道，黎巴嫩南部遭到炮击。", ["马亚丁电视台"]),
    ("据NDTV报道，孟买股市大涨。", ["NDTV"]),
    ("据菲律宾《每日询问者报》报道，马尼拉发生火灾。", ["《每日询问者报》"]),
    ("据南非广播公司报道，约翰内斯堡停电。", ["南非广播公司"]),
    ("据新西兰广播电台报道，惠灵顿发生地震。", ["新西兰广播电台"]),
    ("据中时新闻网报道，岛内物价持续上涨。", ["中时新闻网"]),
    ("据东森新闻报道，台中发生车祸。", ["东森新闻"]),
    ("据《明报》报道，香港特区政府将公布施政报告。", ["《明报》"]),
    ("据香港01报道，香港将增建公屋。", ["香港01"]),
    ("据时代周报报道，这家房企将出售资产。", ["时代周报"]),
    ("据韩国MBN电视台报道，首尔将限制车辆通行。", ["MBN电视台"]),
    ("美国有线电视新闻网官网报道称，洪水造成多人死亡。", ["美国有线电视新闻网官网"]),
])
def test_papers_broadcasters_and_sites_of_every_region(body, expected):
    assert sources_of(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("以媒称，以军在北部展开行动。", ["以媒"]),
    ("据伊媒报道，伊朗外长将访问莫斯科。", ["伊媒"]),
    ("据印媒报道，新德里空气质量恶化。", ["印媒"]),
    ("港媒报道，香港将加强边境管控。", ["港媒"]),
    ("据多家媒体报道，这位导演已经离世。", ["多家媒体"]),
    ("据葡媒报道，这名球员将加盟一家里斯本俱乐部。", ["葡媒"]),
    ("据比媒报道，布鲁塞尔将举行抗议。", ["比媒"]),
    ("据外电报道，这艘游轮在地中海搁浅。", ["外电"]),
    ("据拉美媒体报道，这场峰会将在利马举行。", ["拉美媒体"]),
    ("据俄罗斯国家媒体报道，俄罗斯将举行大选。", ["俄罗斯国家媒体"]),
])
def test_general_press_references(body, expected):
    assert sources_of(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("据韩联社消息，韩国统一部将召开记者会。", ["韩联社"]),
    ("法新社在社交媒体账号上发文称，记者已经安全撤离。", ["法新社"]),
    ("该部长在接受《明镜》周刊采访时说，德国不会让步。", ["《明镜》周刊"]),
    ("彭博社记者获悉，这家基金已经清仓。", ["彭博社"]),
    ("《环球邮报》的一篇评论文章称，加拿大需要新的能源政策。", ["《环球邮报》"]),
    ("《华尔街日报》援引知情人士报道，这家银行将被收购。", ["《华尔街日报》"]),
    ("综合法新社和路透社报道，这座城市已经恢复供电。", ["法新社", "路透社"]),
    ("据共同社和NHK报道，地震造成数十人受伤。", ["共同社", "NHK"]),
    ("据路透社和CNN报道，两国将恢复直航。", ["路透社", "CNN"]),
    ("据《金融时报》披露，这家基金已经撤资。", ["《金融时报》"]),
    ("据路透社计算，这家公司今年已经裁员三千人。", ["路透社"]),
    ("据彭博社估算，这笔交易价值百亿美元。", ["彭博社"]),
    ("美联社的一项调查发现，许多学校缺少教师。", ["美联社"]),
    ("据美国“石英”财经网站报道，这家公司市值蒸发了一半。", ["石英"]),
    ("据美国军事网站“战区”报道，一艘驱逐舰发生故障。", ["战区"]),
    ("据一家名为“晨星”的网站报道，这位演员已经退休。", ["晨星"]),
    ("据英媒《每日邮报》报道，伦敦将举办音乐节。", ["《每日邮报》"]),
    ("美媒CNN报道称，国会将举行投票。", ["CNN"]),
    ("美国Axios新闻网站报道称，白宫将宣布新政策。", ["Axios"]),
    ("据美国全国广播公司新闻台报道，洛杉矶发生山火。", ["美国全国广播公司新闻台"]),
])
def test_forms_of_credit(body, expected):
    assert sources_of(body) == expected


@pytest.mark.parametrize("body", [
    "3日经国务院批准，这项规定开始实施。",
    "节日经济带动了消费，数据显示客流增长。",
    "日经指数报道称上涨百分之二。",
    "这次RT-PCR检测显示结果为阴性。",
    "他在国外电视节目中称，合作很重要。",
    "中日经贸合作稳步推进，数据显示贸易额增长。",
    "我们要实事求是地说，调查显示满意度很高。",
    "她长期从事国际新闻报道和评论工作。",
    "美联社被禁止进入白宫新闻发布会。",
    "路透社成立于1851年。",
    "美国政府起诉了《纽约时报》。",
    "媒体报道称，这款手机将于下月上市。",
    "有媒体报道，这位歌手已经结婚。",
    "西方媒体对此大肆炒作。",
    "这段视频在社交媒体上广泛传播。",
    "新媒体平台的用户数量持续增长。",
    "市政府官网发布通知称，道路将封闭。",
    "图片来源：路透社",
    "他在接受本报记者采访时说，项目将如期完工。",
])
def test_not_credited(body):
    assert sources_of(body) == []


def test_the_publishers_own_tag_is_not_credited_but_the_agency_it_cites_is():
    assert sources_of("【环球网报道】据路透社报道，这家工厂已经停产。") == ["路透社"]


@pytest.mark.parametrize("title, body, translated", [
    ("会谈结束", "据卡塔尔通讯社报道，两国外长的会谈于周五结束。据科威特通讯社报道，双方同意继续对话。", True),
    ("地震造成伤亡", "据共同社报道，日本北部发生强烈地震。日本广播协会报道称，已有多人受伤。", True),
    ("英国议会通过法案", "据BBC中文网报道，英国议会通过了一项法案。BBC中文网指出，该法案将于明年生效。", False),
    ("吉隆坡将举办书展", "据《星洲日报》报道，吉隆坡将举办书展。《南洋商报》指出，参展商数量创新高。", False),
    ("岛内油价上涨", "据东森新闻报道，岛内油价上涨。中时新闻网指出，这是今年第三次调价。", False),
])
def test_translated_by_the_language_of_the_outlets(title, body, translated):
    assert analysed(body, title).translated is translated


@pytest.mark.parametrize("body, expected", [
    ("路透社援引该国议会外交政策委员会一名成员的话说，谈判仍在继续。", ["路透社"]),
    ("美联社称，这位参议员长期关注外交事务委员会的工作。", ["美联社"]),
])
def test_a_magazine_named_like_an_ordinary_phrase_needs_its_title_marks(body, expected):
    assert sources_of(body) == expected


def test_the_magazine_in_title_marks_is_credited():
    assert any("外交政策" in name for name in sources_of("据美国《外交政策》杂志网站报道，两国将恢复谈判。"))


def test_an_outlets_report_on_a_long_topic_is_credited():
    body = "针对彭博社有关甲乙两国计划在下个月的峰会期间签署一项港口联合运营协议的报道，发言人回应称，合作不应针对第三方。"
    assert sources_of(body) == ["彭博社"]
