"""Round 31: from pages modelled on Tencent and Sina world news of 2022-2023 (blind batteries rA, rC, rE): the
origin a platform names on its time line under the title (2023-03-14 18:06 来源：某某新闻网) is credited as 来源 lines
elsewhere are, and a passive clause that opens on 被 after a clause naming the person (X出庭时，被警方逮捕) acts on that
person's state (but 被调查人, a noun, is no passive), and a number of days after a word of length (停留不超过30日, 为期10日)
is a span, not a day of the month that a later 同日 would take; a joint drill begun under a name (启动代号为“某某”的年度联合军事演习)
took place, and told in an outlet's report it is cooperation done, not one a speaker wants; a blame inside what another is
told to give up (奉劝X摒弃冷战零和思维，停止错误做法) leaves the demand the act, and a spokesperson's words of blame for a
state's conduct (出于一己私利…越走越远) accuse it, the party whose conduct it is (不要跟随美方的错误做法) first; a cue followed by 前/后 and a span (奥斯汀宣布前两天，……) dates the clause after it and reports
nothing; and, from commentary pieces in the style of train's opinion articles (rG, rI): the source named in 正如X所言：“……” speaks the
words after the colon, people listed before 先后/相继/纷纷表示 each say it, and a vice-minister's title (第一次长, which the tagger
reads as 第一次 and a verb) leaves the name after it the one cited, and a long title whose portfolio joins two regions
(东亚和大洋洲事务高级主任) still describes the name after it, the subject a later 他 names. Also: the default state of an
agreement comes from its own kind first, the same in every run (it came from a set's order, which the hash seed
changes). Events: a tie with a partner named after the act (断绝同台湾当局的所谓“外交关系”) has that partner as its target;
the giver in a relative clause (美国提供的火箭炮) gives to the main clause's subject only when the subject has or uses the goods
(使用), not when it shoots them down; a trigger inside the quoted name of a body (成立“核磋商小组”) is no act; cooperation spoken of as a topic (开启…同中国合作的新篇章, 三边安全合作的最大障碍) is no act
either, and a code name in quotation marks (代号为“准备战争”的联合军演) tells no plan or intent; a leader's government that the tagger reads as one body (拜登政府) is the leader and his government,
so it names his state, and a critic's own leader's government (岸田政府, said by a Japanese party leader) is his own state
blamed; and 中 right after an act that opens the name of the one met (会见中共中央外办主任王毅) is no 在…中 that makes the act
an occasion; the states counted alone before a cue (……举行会谈，两国宣布……) speak together, not the last person named, and go on as the subject of a cue
with none of its own (三国随后发表联合声明，宣布……); a transliterated name the tagger cut after a title (发言人切列 / 瓦特) is one
person; and what follows a press addressee and a comma (告诉当地电视台，……) is what was said, while a stance in quotation marks as a cue's object (提出“强烈抗议”) is an act, no words
said. Each case is a short text written for the test."""
from __future__ import annotations

from datetime import date, datetime

import newsfacts
from conftest import events_of
from newsfacts.nlp.timex import NamedDays


def test_the_origin_on_a_time_line_under_the_title_is_credited():
    page = "外方宣布新措施\n\n2023-03-14 18:06 来源：南方新闻网\n\n外交部发言人汪文斌14日表示，中方对此坚决反对。"
    record = newsfacts.analyze_text(page).to_dict()
    assert record["sources"] == ["南方新闻网"]
    assert record["published_at"].startswith("2023-03-14")
    plain = newsfacts.analyze_text("外方宣布新措施\n\n2023-03-14 18:06\n\n外交部发言人汪文斌14日表示，中方对此坚决反对。")
    assert plain.to_dict()["sources"] == []


def test_a_passive_clause_opening_on_bei_acts_on_the_persons_state():
    assert ("COERCE", "PAK", "PAK") in events_of("巴基斯坦前总理伊姆兰·汗9日在法院出庭时，被准军事部队逮捕。")
    assert ("COERCE", "PAK", "PAK") in events_of("巴基斯坦前总理伊姆兰·汗9日出庭，随后被警方逮捕。")
    assert not events_of("国家监察委员会加强组织协调：对于重大案件，被调查人逃匿到国外的，应当追逃。")


def test_a_number_of_days_after_a_word_of_length_is_no_day_of_the_month():
    text = "两国元首17日签署协定。根据该协定，公民单次停留不超过30日，演习为期10日，每15日轮换一次。同日，秦刚同哈萨克斯坦外长举行会谈。"
    days = NamedDays(text, datetime(2023, 5, 18))
    assert days.before(text.index("同日")) == date(2023, 5, 17)
    record = newsfacts.analyze_text("测试标题\n\n" + text, published_at="2023-05-18T10:00:00").to_dict()
    assert {e["date"] for e in record["events"] if e["type"] == "CONSULT"} == {"2023-05-17"}


def test_a_joint_drill_begun_under_a_name_is_cooperation_done():
    named = "美韩两国13日启动代号为“北方之盾”的年度联合军事演习。"
    assert ("COOPERATE", "USA", "KOR") in events_of(named)
    assert ("COOPERATE", "USA", "KOR") in events_of("据韩联社报道，" + named)
    assert ("AGREE", "CHN", "RUS") in events_of("外交部发言人表示，中方愿同俄方开展联合演习。")


def test_blame_inside_a_demand_leaves_the_demand_and_blame_in_an_answer_accuses():
    demand = events_of("外交部发言人汪文斌14日表示，我们奉劝美英两国摒弃冷战零和思维，停止错误做法。")
    assert {("REQUEST", "CHN", "USA"), ("REQUEST", "CHN", "GBR")} <= set(demand)
    assert not any(kind == "ACCUSE" for kind, _, _ in demand)
    blame = events_of("外交部发言人汪文斌14日表示，美英两国出于一己地缘政治私利，完全无视国际社会的关切，在错误的道路上越走越远。")
    assert {("ACCUSE", "CHN", "USA"), ("ACCUSE", "CHN", "GBR")} <= set(blame)


def test_a_blame_accuses_the_party_whose_conduct_it_names():
    found = events_of("外交部发言人毛宁说：“我们希望荷兰和日本坚持客观公正立场，不要跟随美方的错误做法。”")
    assert ("ACCUSE", "CHN", "USA") in found
    assert ("ACCUSE", "CHN", "NLD") not in found


def test_a_cue_before_a_span_of_time_reports_nothing():
    from conftest import quote_triples
    found = quote_triples("美国防长奥斯汀18日宣布组建护航联盟。奥斯汀宣布前两天，胡塞武装再次在红海发动无人机袭击。")
    assert [content for _, _, content in found] == ["组建护航联盟"]


def test_the_source_named_in_an_as_said_frame_before_a_colon_speaks():
    from conftest import quote_triples
    found = quote_triples("大使此前曾警告，荷方如果执意跟随美国，“不会没有后果”。正如一位业内资深人士所言：“越是被封锁，产业越要咬紧牙关。”")
    assert ("一位业内资深人士", "所言", "越是被封锁，产业越要咬紧牙关。") in found


def test_people_listed_before_one_after_another_each_say_it():
    from conftest import quote_triples
    found = quote_triples("美国国务院发言人普赖斯和五角大楼新闻秘书莱德13日先后表示，美方正密切关注局势。")
    assert {speaker for speaker, _, _ in found} == {"普赖斯", "莱德"}


def test_a_vice_ministers_title_leaves_the_name_after_it_the_one_cited():
    from conftest import quote_triples
    found = quote_triples("韩联社援引韩国国家安保室第一次长金泰孝的话说，韩国民众会感受到与美国共享核武器。")
    assert [speaker for speaker, _, _ in found] == ["金泰孝"]


def test_a_title_whose_portfolio_joins_two_regions_leaves_its_holder_the_subject():
    from conftest import quote_triples
    found = quote_triples("韩联社援引金泰孝的话说，韩方会感到放心。不过，这位高官话音刚落，美国白宫国家安全委员会东亚和大洋洲事务高级主任"
                          "卡根就在吹风会上泼了冷水。他直言：“我们并不认为这是核共享。”")
    assert ("卡根", "直言", "我们并不认为这是核共享。") in found


def test_the_default_state_of_an_agreement_is_the_same_under_every_hash_seed():
    import os
    import subprocess
    import sys
    script = ("from types import SimpleNamespace as N\n"
              "from newsfacts.model import Span\n"
              "from newsfacts.stages.agreement_states import default_state\n"
              "text = '双方同意落实这一共识。'\n"
              "mention = N(kind='agreement', name=Span(6, 8, '共识'), sentence=Span(0, 11, text))\n"
              "print(default_state(N(norm_text=text), N(kind='other'), [mention], False))\n")
    states = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip() for seed in range(8)}
    assert states == {"agreed_in_principle"}


def test_a_tie_cut_with_a_partner_named_after_the_act():
    assert ("SANCTION", "HND", "TWN") in events_of("洪都拉斯26日同中国建立外交关系，并断绝同台湾当局的所谓“外交关系”。")


def test_goods_given_go_to_the_subject_only_when_it_uses_them():
    assert ("AID", "USA", "UKR") in events_of("乌军23日使用美国提供的火箭炮袭击了俄军阵地。")
    assert not any(kind == "AID" for kind, _, _ in events_of("乌军23日击落了至少11架伊朗提供的无人机。"))


def test_a_trigger_inside_the_quoted_name_of_a_body_is_no_act():
    assert events_of("美韩双方将成立“核磋商小组”。") == []
    assert ("CONSULT", "USA", "JPN") in events_of("美国和日本举行“2+2会谈”。")


def test_cooperation_spoken_of_as_a_topic_is_no_act():
    assert events_of("此次峰会将开启中亚国家同中国合作的新篇章。") == []
    assert events_of("美日韩三边安全合作的最大障碍正在被清除。") == []
    assert ("COOPERATE", "CHN", "UZB") in events_of("中国和乌兹别克斯坦合作的古城修复项目已经完工。")


def test_a_code_name_in_quotation_marks_tells_no_intent():
    found = events_of("上个月，印美两军在北部山区举行了代号为“准备战争”的联合军演。")
    assert ("COOPERATE", "IND", "USA") in found and ("AGREE", "IND", "USA") not in found


def test_a_leaders_government_names_his_state():
    assert ("ACCUSE", "CHN", "USA") in events_of("美国总统拜登12日发表讲话。中国外交部发言人批评称，拜登政府在台湾问题上玩火。")
    assert ("SANCTION", "USA", "RUS") in events_of("拜登政府12日宣布对俄罗斯实施新制裁。")
    blamed = events_of("日本首相岸田文雄16日出席了内阁会议。日本共产党委员长志位和夫批评称，岸田政府正在“把日本变成能打仗的国家”。")
    assert ("ACCUSE", "JPN", "JPN") in blamed


def test_zhong_opening_the_name_of_the_one_met_is_no_postposition():
    found = events_of("美国国务卿布林肯上周在慕尼黑安全会议期间会见中共中央外办主任王毅后声称，中方正在考虑提供支持。")
    assert ("CONSULT", "USA", "CHN") in found
    assert events_of("双方在会谈中强调合作。") == []


def test_the_states_counted_alone_before_a_cue_speak_together():
    from conftest import quote_triples
    found = quote_triples("今年3月16日，尹锡悦访问日本，同日本首相岸田文雄举行会谈，两国宣布全面恢复首脑“穿梭外交”。")
    assert [speaker for speaker, _, _ in found] == ["两国"]


def test_the_states_counted_go_on_as_the_subject_of_a_cue_with_none():
    from conftest import quote_triples
    found = quote_triples("美国总统拜登、英国首相苏纳克和澳大利亚总理阿尔巴尼斯13日在美国圣迭戈会面，三国随后发表联合声明，"
                          "宣布澳大利亚将分阶段获得核动力潜艇。")
    assert [speaker for speaker, _, _ in found] == ["三国"]
    assert [speaker for speaker, _, _ in quote_triples("中美两国元首举行会谈，两国关系有所改善，称将加强沟通。")] != ["两国"]


def test_a_transliterated_name_cut_after_a_title_is_one_person():
    from conftest import quote_triples
    found = quote_triples("乌克兰东部集群发言人切列瓦特告诉记者，乌军部队仍在城内作战。")
    assert [speaker for speaker, _, _ in found] == ["切列瓦特"]


def test_what_follows_a_press_addressee_was_said():
    from conftest import quote_triples
    found = quote_triples("乌克兰东部集群发言人切列瓦特也告诉当地电视台，乌军部队仍在城内作战。")
    assert [(speaker, content) for speaker, _, content in found] == [("切列瓦特", "乌军部队仍在城内作战")]
    assert quote_triples("他告诉孩子错在哪里。") == []


def test_a_stance_in_quotation_marks_after_a_cue_is_an_act_not_words():
    from conftest import quote_triples
    text = "日本外务省官员随后通过电话向中国驻日本大使馆提出“强烈抗议”。"
    assert quote_triples(text) == []
    assert ("ACCUSE", "JPN", "CHN") in events_of(text)
