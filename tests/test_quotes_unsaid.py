"""Which statements exist: cues that report no one's statement (speech supposed, sayings, the reader
addressed, the publisher's reporter), frames that name a source (正如X所说, 用X的话来说), the one told
before what was said, and where reported speech trails off. Each case is a passage written for the test."""
from __future__ import annotations

from tests.test_quotes import quotes_of


def test_speech_supposed_with_if_is_no_statement():
    found = quotes_of("教练李明赛后表示，球队还需要时间磨合。如果他说球队已经没有问题，那是在骗自己。")
    assert found == [("李明", "表示", "球队还需要时间磨合", "indirect")]


def test_the_writer_turning_to_the_reader_is_no_statement():
    found = quotes_of("教练李明赛后表示，球队还需要时间磨合。你说输球也就算了，连比赛态度都没有。")
    assert found == [("李明", "表示", "球队还需要时间磨合", "indirect")]


def test_a_saying_everyone_repeats_is_the_writers_claim():
    found = quotes_of("教练李明赛后表示，球队还需要时间磨合。都说失败是成功之母，这支球队也会从失败中学习。")
    assert found == [("李明", "表示", "球队还需要时间磨合", "indirect")]


def test_all_of_a_subject_named_before_still_speak():
    found = quotes_of("泰国和柬埔寨这两个邻国，都表态支持东盟的调解方案。")
    assert found and {(c, t) for _, c, t, _ in found} == {("表态", "支持东盟的调解方案")}


def test_a_quotation_after_the_writers_own_cue_is_given_to_no_one():
    found = quotes_of("教练李明赛后说：“我们会赢回来。”我说：“希望如此。”")
    assert found == [("李明", "说", "我们会赢回来。", "direct")]


def test_the_first_of_two_coordinated_acts_says_nothing():
    assert quotes_of("卫生局要求，发现可疑患者的诊所应立即报告并转运至指定医院。") == []
    assert quotes_of("发言人张伟表示并不知情，将配合调查。") == [("张伟", "表示", "并不知情，将配合调查", "indirect")]


def test_the_publishers_reporter_after_a_glued_heading_states_the_writers_finding():
    assert quotes_of("新闻发布会 《经济日报》记者注意到，近两年来该项目陆续被罚。") == []


def test_a_source_named_in_an_as_said_frame_speaks():
    expected = [("王毅", "说", "对话是唯一出路", "indirect")]
    assert quotes_of("正如外交部长王毅在发布会上说的那样，对话是唯一出路。") == expected
    assert quotes_of("用外交部长王毅的话来说，对话是唯一出路。") == expected
    assert quotes_of("用王毅的话说，对话是唯一出路。") == expected
    assert quotes_of("正如外交部长王毅所说，对话是唯一出路。") == expected


def test_a_common_opinion_in_an_as_said_frame_is_the_writers_claim():
    assert quotes_of("正如大家所说的那样，他有着不同寻常的童年。") == []


def test_a_paraphrase_of_what_something_means_is_no_statement():
    assert quotes_of("《发展纲要》的意思无非是说：过去，有关部门总是声称代表大家。") == []


def test_what_was_said_follows_the_one_told():
    assert quotes_of("国务卿布林肯告诉美国国会，谈判仍有希望达成协议。") == [
        ("布林肯", "告诉", "谈判仍有希望达成协议", "indirect")]


def test_telling_held_back_is_no_statement():
    found = quotes_of("女子王芳说，她当时担心挨批没敢告诉丈夫，这一拖就拖了五年。")
    assert found == [("王芳", "说", "她当时担心挨批没敢告诉丈夫，这一拖就拖了五年", "indirect")]


def test_a_cue_that_ends_its_sentence_with_nothing_said_does_not_cut_the_statement():
    found = quotes_of("网友王芳表示，小时候犯了错、遇到了困难，都不敢跟父母说。")
    assert found == [("王芳", "表示", "小时候犯了错、遇到了困难，都不敢跟父母说", "indirect")]


def test_reported_speech_ends_where_it_trails_off_before_a_new_clause():
    found = quotes_of("护士刘洋说这瓶喝一口，那瓶喝一口……我一数，一天得喝六种药水。")
    assert found == [("刘洋", "说", "这瓶喝一口，那瓶喝一口……", "indirect")]


def test_a_clause_that_only_says_then_belongs_to_the_next_statement():
    found = quotes_of("体育媒体曝料，球队已经与前锋王磊签约，而后，俱乐部官方宣布了这一消息。")
    assert found[0][1:] == ("曝料", "球队已经与前锋王磊签约", "indirect")


def test_a_circumstance_before_a_quotation_is_no_statement_of_its_own():
    found = quotes_of("该厂人士坦承，在当时的情况下，“谁不发电，谁就要担责任。”")
    assert found == [("该厂人士", "坦承", "谁不发电，谁就要担责任。", "direct")]


def test_an_exclamation_in_quotation_marks_is_a_statement():
    found = quotes_of("网友纷纷表示，这样的要求并不容易达到，不少人直呼“高攀不起”。")
    assert found[-1][1:] == ("直呼", "高攀不起", "direct")
    assert found[0][2] == "这样的要求并不容易达到"


def test_words_written_down_after_a_colon_are_a_statement():
    assert quotes_of("作家王蒙在日记中写下：人生最重要的是坚持。") == [
        ("王蒙", "写下", "人生最重要的是坚持", "indirect")]
    assert quotes_of("作家王蒙写下了一部小说。") == []


def test_people_counted_before_the_cue_speak_unnamed():
    found = quotes_of("发布当晚，多名商贩对记者表示，对这款手机并不感兴趣，暂时不打算囤货。")
    assert found == [("多名商贩", "表示", "对这款手机并不感兴趣，暂时不打算囤货", "indirect")]
    assert quotes_of("一个月后他表示，这场比赛的裁判有问题。") == []


def test_the_speech_verb_before_a_colon_is_the_cue_without_its_manner():
    found = quotes_of("面对记者的提问，公司有关高层人士回答肯定：“是的！双方没有分歧。”")
    assert [(c, t) for _, c, t, _ in found] == [("回答", "是的！双方没有分歧。")]


def test_a_discourse_marker_before_a_comma_names_no_speaker():
    found = quotes_of("教练李明赛后说，球队会赢回来。事实是，“这支球队已经连输五场，很难赢回来。”")
    assert found and all(speaker != "事实是" for speaker, *_ in found)
