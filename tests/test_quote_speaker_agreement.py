"""Speakers that agree with their cue: pronouns in gender and number, the one asked or the place
of a story never speaking, unnamed some-people sources, dialogue tags, whole Latin-script names,
and statements credited to an outlet but issued by someone else. Passages written for the tests."""
from __future__ import annotations

from test_quotes import quotes_of


def speakers(body: str) -> list:
    return [s for s, _, _, _ in quotes_of(body)]


def test_she_refers_back_to_a_woman_not_to_the_man_named_last():
    found = speakers("外交部发言人毛宁周二出席了记者会。美国国务卿布林肯上周访问了北京。她表示，中方欢迎各国加强交流。")
    assert found == ["毛宁"]


def test_she_skips_a_man_the_knowledge_base_knows_for_an_unknown_person():
    found = speakers("学者闫瑾接受了采访。德国总理朔尔茨访华释放出积极信号。她进一步指出，中德合作前景广阔。")
    assert found == ["闫瑾"]


def test_a_woman_described_as_such_before_her_name():
    found = speakers("女外长王芳周一抵达。德国总理朔尔茨随后发表讲话。她指出，两国应当保持对话。")
    assert found[-1] == "王芳"


def test_they_never_refers_back_to_one_person():
    found = quotes_of("心理学家张明说：“信任是最好的礼物。”很多孩子遇到困难后，他们认为父母不会帮助自己。")
    assert found[0][0] == "张明"
    assert found[1][0] != "张明" and "孩子" in found[1][0]


def test_the_one_asked_is_no_speaker():
    assert "小张" not in speakers("一位老大爷问小张：“这种降压药副作用大不大？”")


def test_the_place_of_a_story_is_no_he():
    assert "杭州" not in speakers("杭州一个30岁的小伙子近几年总是胸闷，他称自己小时候误吞过一枚硬币。")


def test_someone_unnamed_speaks_not_the_person_talked_about():
    found = quotes_of("李明是一名数学教授。有人读完这篇报道以后，对他的专业水平产生了质疑，认为他夸大其词。")
    assert found and all(s == "有人" for s, _, _, _ in found)
    assert speakers("关于这款车的说法很多，有说它是特供车，有说它将在欧洲上市。") == ["有", "有"]


def test_a_dialogue_tag_before_a_colon_names_the_speaker():
    assert speakers("妈妈：“作业写完了吗？”儿子：“早就写完了。”") == ["妈妈", "儿子"]
    assert speakers("李明说，天气很好。\n老爸：“丫头真聪明！”")[-1] == "老爸"


def test_a_colon_after_a_label_or_a_speech_verb_is_no_dialogue_tag():
    assert "通知如下" not in speakers("会议通知如下：“全体人员明天上午九点到会。”")
    assert "我说道" not in speakers("他对我说道：“马上就要毕业了。”我说道：“以后你会遇见更好的人。”")


def test_a_name_in_latin_script_is_whole():
    assert speakers("北京时间5月1日，据The Athletic报道，球队计划签下一名后卫。") == ["The Athletic"]
    assert speakers("据Foreign Policy报道，美国计划提高关税。") == ["Foreign Policy"]


def test_the_one_who_issues_a_statement_speaks_not_the_outlet_that_carried_it():
    found = quotes_of("据白宫网站消息，美国总统拜登周一晚间发表声明，向日本新首相表示祝贺。")
    assert [s for s, _, _, _ in found] == ["拜登"]
    assert speakers("据新华社消息，当地时间30日，巴西举行总统选举。") == ["新华社"]


def test_a_document_named_again_speaks_for_the_body_that_issued_it():
    found = speakers("根据法国外交部发布的会议纪要，和平计划得到了积极回应。会议纪要称，卢比奥还与拉夫罗夫进行了交谈。")
    assert found == ["法国外交部"]


def test_the_agent_after_bei_is_the_antecedent_even_inside_a_ministry_name():
    found = speakers("展会介绍了两座新桥。去年秋天，这座桥被交通运输部总工程师李建国称赞。他认为，这是一个成功的案例。")
    assert found[-1] == "李建国"


def test_local_people_are_a_source_not_the_country_of_the_story():
    found = speakers("在老挝，一座跨河大桥让许多村民出行更方便，当地人称赞“这座桥是友谊的象征”。")
    assert found == ["当地人"]


def test_a_spokesman_or_adviser_named_after_his_principal_speaks():
    assert speakers("普京发言人佩斯科夫表示，俄方不会参加这次会议。") == ["佩斯科夫"]
    assert speakers("泽连斯基首席顾问波多利亚克称，乌方不会让步。") == ["波多利亚克"]
    assert speakers("国家主席习近平在致法国总统马克龙的信中指出，双方应深化交流。") == ["习近平"]


def test_they_refers_back_to_a_body_opening_the_sentence():
    assert speakers("哈马斯昨天释放了两名人质。他们表示，将继续履行协议。") == ["哈马斯"]


def test_a_dialogue_tag_after_a_list_number_or_with_latin_letters():
    found = speakers("3、飞机上...旅客:“把我的行李放上去！”乘务员MM:“对不起，我一个人抬不动。”")
    assert found == ["旅客", "乘务员MM"]


def test_a_noun_after_a_verb_is_its_object_not_the_speaker():
    assert speakers("勇士队裁掉了两名球员，称这是为了腾出名额。") == ["勇士队"]
    assert speakers("公司解雇了三百名员工，表示将削减成本。") == ["公司"]


def test_the_outside_world_after_bei_is_the_speaker():
    assert speakers("这位门将在巅峰时期，曾被外界称为亚洲最可靠的守门员。") == ["外界"]
