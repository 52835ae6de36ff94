"""Speakers on domestic news: nested lead-ins, pronouns after reported speech, documents that speak.
Each case is a short passage written for the test."""
from __future__ import annotations

import newsfacts


def quotes_of(body: str) -> list[tuple]:
    doc = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00")
    return [(q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.content.text, q.kind)
            for q in doc.quotes]


def test_writer_lead_in_gives_way_to_the_nested_source():
    found = quotes_of("教授赵强表示，农村市场空间很大。本网注意到，国家统计局官网提到，其是负责全国统计工作的机构。")
    assert found == [("赵强", "表示", "农村市场空间很大", "indirect"),
                     ("国家统计局官网", "提到", "其是负责全国统计工作的机构", "indirect")]


def test_the_papers_own_observation_is_nobodys_quote():
    found = quotes_of("教授赵强表示，农村市场空间很大。本网注意到，两家企业近日签约。")
    assert found == [("赵强", "表示", "农村市场空间很大", "indirect")]


def test_pronoun_after_reported_speech_is_the_reporter_not_a_name_inside():
    found = quotes_of("李明还提到，王刚自称公司是自己的，这让人怀疑王刚是否插手？他说，王刚必须出面说明情况。")
    assert found[-1] == ("李明", "说", "王刚必须出面说明情况", "indirect")


def test_pronoun_after_an_outlets_report_stays_with_the_one_reported():
    found = quotes_of("据新华社报道，王刚表示，公司会继续投资。他说，今年的目标不变。")
    assert found[-1] == ("王刚", "说", "今年的目标不变", "indirect")


def test_policy_document_is_the_speaker_of_its_provisions():
    found = quotes_of("专家认为，这是好事。行动计划指出，要加快产业发展。")
    assert found[-1] == ("行动计划", "指出", "要加快产业发展", "indirect")


def test_document_after_a_connective_is_not_the_previous_speaker():
    found = quotes_of("专家认为，这是好事。此外，实施方案还指出，要加快产业发展。")
    assert found[-1] == ("实施方案", "指出", "要加快产业发展", "indirect")


def test_dated_document_speaker_drops_the_tying_de():
    found = quotes_of("去年的政府工作报告指出，要稳定就业。")
    assert found == [("政府工作报告", "指出", "要稳定就业", "indirect")]


def test_later_quotations_in_the_narrative_are_not_the_documents():
    found = quotes_of("部里发布了新规。文件中提到：社区要“配建菜店和食堂”，并要求开展试点。\n\n"
                      "新规公布后，网上说法不少。“以后都得排队打饭了吗？”“菜价会不会跟着涨？”这是不少读者的疑问。")
    assert found == [("文件", "提到", "社区要“配建菜店和食堂”，并要求开展试点", "indirect")]


def test_the_one_who_posts_speaks_not_the_channel():
    found = quotes_of("某科技园党委书记孙丽的朋友圈发文称：园区有二十多万人，管理难度很大。")
    assert found == [("孙丽", "发文称", "园区有二十多万人，管理难度很大", "indirect")]


def test_a_bodys_official_account_speaks_for_the_body():
    found = quotes_of("市教育局的官方微博发布消息称，学校将推迟开学。")
    assert [q[0] for q in found] == ["市教育局"]


def test_saying_with_its_own_object_is_no_cue():
    assert quotes_of("李明痛批王刚的说法是睁眼说瞎话，骗完市民又骗别人。") == []


def test_a_lie_mentioned_inside_content_keeps_the_outer_quote():
    assert quotes_of("王刚说，有人在说谎，大家不要信。") == [("王刚", "说", "有人在说谎，大家不要信", "indirect")]


def test_colon_quote_stays_with_the_clause_that_introduced_it():
    found = quotes_of("赵山很少露面。他只是发过一段感慨：“岁月匆匆，我们都老了。”钱海回忆，几年前他们一起拍戏。")
    assert found == [("赵山", "：", "岁月匆匆，我们都老了。", "direct"),
                     ("钱海", "回忆", "几年前他们一起拍戏", "indirect")]


def test_colon_quote_is_not_given_to_the_next_forward_cue():
    found = quotes_of("赵山从不回应，仅在朋友圈写过一段感慨：“岁月匆匆，我们都老了。”钱海回忆，几年前他们一起拍戏。")
    assert ("钱海", "回忆", "岁月匆匆，我们都老了。", "direct") not in found
    assert ("钱海", "回忆", "几年前他们一起拍戏", "indirect") in found


def test_a_crew_that_calls_someone_is_the_speaker_not_the_one_called():
    found = quotes_of("剧组联系了刘强，并表示他是最合适的演员。")
    assert found == [("剧组", "表示", "他是最合适的演员", "indirect")]


def test_everyday_role_noun_speaks():
    found = quotes_of("刘强的表情很紧张。大夫说：“喊什么，忍一忍就好了！”")
    assert found == [("大夫", "说", "喊什么，忍一忍就好了！", "direct")]


def test_a_friends_circle_is_a_channel_not_a_friend():
    found = quotes_of("赵山从不回应，仅在自己的朋友圈写过一段感慨：“岁月匆匆，我们都老了。”钱海回忆，几年前他们一起拍戏。")
    assert all(q[0] != "朋友" for q in found)
    assert quotes_of("赵山的朋友说，他最近很好。") == [("赵山的朋友", "说", "他最近很好", "indirect")]
