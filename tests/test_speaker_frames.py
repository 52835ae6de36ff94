"""Speakers in constructions seen on unlabelled world-affairs news (round 10): a name inside a
在……时/后/当天 frame is no subject (the paper or person before 在 speaks); 该组织负责人 is a new
source of the body named before, not the last person who spoke; a quotation after a run of clauses
goes to the subject of the last clause that opens on one (他……，就把野菜……，“……”), not to a thing
or place deeper in it; a quotation after a sentence whose last clause opens on a person is that
person's, not an unnamed 据悉's (but not when the clause opens on 在……, a frame); 精英 / 承包商 after a
place are the speaker; 这位美军高官 points back to 一名美军高级官员, and X公司的这位老板 to the person, not X. Every passage is made up and written for the test; the checks are those of
test_speaker_discourse_battery."""
from __future__ import annotations

import pytest

from tests.test_speaker_discourse_battery import test_speaker_in_long_passages as _check

FRAME, BODY, CLAUSE, CITED, NONE, BEFORE = "frame", "body-person", "clause-subject", "cited-view", "none-says", "person-before"
NOUN, POINTED, JUDGED = "place-noun", "pointed-back", "judged-saying"

# (class, passage, expected quotes, phrases that must never be a speaker or a quote's content)
CASES = [
    (FRAME,
     "《东方日报》在李明德就职当天就放出消息说，新政府将推迟加税计划。",
     [("东方日报", "说|消息说", "新政府将推迟加税计划", "indirect")], ["李明德"]),
    (FRAME,
     "《北港晚报》在赵启明访问结束后发表评论称，这次访问没有取得进展。",
     [("北港晚报", "称|评论称|发表评论称", "这次访问没有取得进展", "indirect")], ["赵启明"]),
    (FRAME,
     "孙立新在上周举行的工党党首选举中胜出后曾表示，工党必须团结一致。",
     [("孙立新", "表示", "工党必须团结一致", "indirect")], ["工党党首"]),
    (BODY,
     "农业专家周敏表示，今年降雨偏少。一家环保组织周二公布了调查报告。该组织负责人说，河流的水位已经很低。",
     [("周敏", "表示", "今年降雨偏少", "indirect"),
      ("该组织负责人", "说", "河流的水位已经很低", "indirect")], []),
    (BODY,
     "工程师吴斌认为，新电池更安全。一个行业协会上周发布了报告。该协会负责人说，成本会继续下降。",
     [("吴斌", "认为", "新电池更安全", "indirect"),
      ("该协会负责人", "说", "成本会继续下降", "indirect")], []),
    (CLAUSE,
     "记者见到了农民赵大山。小时候家里穷，他饿坏了，就把野菜混在锅里煮来吃，“味道很苦，但也没有生病。”",
     [("赵大山", "，", "味道很苦，但也没有生病。", "direct")], ["野菜"]),
    (CLAUSE,
     "教练马骏带队多年。每次回成都，他都把队员请到成都集训，带他们看录像，“先把基本功练扎实，比赛自然就顺了。”",
     [("马骏", "，", "先把基本功练扎实，比赛自然就顺了。", "direct")], ["成都"]),
    (CITED,
     "《北方日报》援引参议员约翰·米勒的观点称：“这项法案不会获得通过。”",
     [("约翰·米勒", "称", "这项法案不会获得通过。", "direct")], ["约翰·米勒的观点"]),
    (NONE,
     "港口仍在扩建。目前没有消息称新码头已经投入使用。工程师刘建华说，扩建要到明年才能完成。",
     [("刘建华", "说", "扩建要到明年才能完成", "indirect")], ["目前没有消息", "新码头已经投入使用"]),
    (BEFORE,
     "俱乐部的工作人员也告诉记者：“我们不会放弃。”据悉，为了让比赛办下去，俱乐部只能压缩开支，即便如此，"
     "经理周海涛还是给球队定下了目标。“先保级，再争取进前八。”",
     [("俱乐部的工作人员", "告诉记者", "我们不会放弃。", "direct"),
      ("周海涛", "。", "先保级，再争取进前八。", "direct")], []),
    (BEFORE,
     "队医李强说，伤情不算严重。在周海涛受伤的那场比赛后，一件事让他很难忘。“看台上的球迷一直在喊我的名字。”",
     [("李强", "说", "伤情不算严重", "indirect")], ["周海涛"]),
    (BEFORE,
     "区教育局通报称，涉事教师已被停职。此外，就在通报当天，几方协商一致，“按照责任签订了赔偿协议”。",
     [("区教育局", "通报称|称", "涉事教师已被停职", "indirect")], ["就在通报"]),
    (NOUN,
     "一些英国精英认为，掌控这家机构是理所应当的。",
     [("英国精英", "认为", "掌控这家机构是理所应当的", "indirect")], []),
    (NOUN,
     "在议员的催促下，防务承包商已表示，将逐步停用进口的芯片。",
     [("防务承包商", "表示|已表示", "将逐步停用进口的芯片", "indirect")], []),
    (POINTED,
     "一名美军高级官员周二对记者说，演习将如期举行。外交部发言人李刚表示，中方对此表示关切。这位美军高官还透露，参演兵力会增加。",
     [("一名美军高级官员", "说", "演习将如期举行", "indirect"),
      ("李刚", "表示", "中方对此表示关切", "indirect"),
      ("一名美军高级官员", "透露|还透露", "参演兵力会增加", "indirect")], []),
    (POINTED,
     "雅各·米勒在中国经营工厂二十年。现在，这位52岁的美国商人说，客户希望他把部分生产搬走。"
     "南海市华丰五金有限公司的这位老板称，搬迁的成本很高。",
     [("雅各·米勒", "说", "客户希望他把部分生产搬走", "indirect"),
      ("雅各·米勒", "称", "搬迁的成本很高", "indirect")], ["南海市华丰五金有限公司"]),
    (JUDGED,
     "这位部长把话说反了，是对方带来了更多负担。同时，批评该国外交政策过于强调军事手段的声音也在增大。李华说，他明天出发。",
     [("李华", "说", "他明天出发", "indirect")], ["这位部长", "该国外交政策过于", "军事手段的声音也在增大"]),
    (CLAUSE,
     "志愿者周建国了解到，有的护士家里住得远，他们只好睡在值班室，“我不能让她们再走夜路回家。”",
     [("周建国", "，", "我不能让她们再走夜路回家。", "direct")], ["的护士", "护士"]),
    (CLAUSE,
     "路透社文章的第一句话，就点明了它的立场：在马骏宣布辞职的时候，“这座城市的一个时代结束了”。",
     [("路透社", "，|：|文章的第一句话", "这座城市的一个时代结束了", "direct")], ["马骏"]),
    (FRAME,
     "今年3月，北方锂业在其位于秘鲁的盐湖项目投产仪式上宣布，将投资三亿美元扩建工厂。",
     [("北方锂业", "宣布", "将投资三亿美元扩建工厂", "indirect")], ["盐湖"]),
    (FRAME,
     "粮农组织总干事马里奥·佩雷斯在最近的拉尼娜事件评估报告中表示：“南部地区的旱情还会加重。”",
     [("马里奥·佩雷斯", "表示", "南部地区的旱情还会加重。", "direct")], ["拉尼娜"]),
]


@pytest.mark.parametrize("construction, body, expected, never", CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_frame_constructions(construction, body, expected, never):
    _check(construction, body, expected, never)
