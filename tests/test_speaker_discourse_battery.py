"""Speakers in long news passages (issue #14, round 8): briefing transcripts (问：……答：……), 这位发言人 /
该官员 / 前述官员 back to the source introduced earlier, 他/她/他们/其 by gender and number, adverbs and time
phrases before the cue, nested attribution, joint speakers, quotations that run on over paragraphs,
titles before names, bodies and governments that speak, bylines and datelines that never do, and quoted
terms that are no quotes. Every passage is made up and written for the test.

Each expected quote is (speaker, cue, content, kind) as FORMAT.md defines them; it is found, as the scorer
finds it, by a predicted content that overlaps it by at least half of the shorter. A speaker or cue may
be given in more than one acceptable form (a|b); as the scorer does, a speaker phrase holding the name
(or held by it) agrees."""
from __future__ import annotations

import pytest

from tests.test_quotes import quotes_of

BRIEFING, REFERENCE, PRONOUN, ADVERB, NESTED, JOINT, RUN_ON, TITLE, BODY, BYLINE, TERM = (
    "briefing", "reference", "pronoun", "adverb", "nested", "joint", "run_on", "title", "body", "byline",
    "term")

# (class, passage, expected quotes, phrases that must never be read as a speaker or as a quote's content)
CASES = [
    # --- press-conference transcripts: 答 is the spokesperson who hosts the briefing -------------------
    (BRIEFING,
     "2025年5月12日外交部发言人林剑主持例行记者会\n\n问：据报道，某国宣布将对进口钢材加征关税。中方对此有何评论？\n\n"
     "答：我们注意到有关报道。中方一贯反对单边主义做法。\n\n问：有消息称两国将举行新一轮磋商，能否证实？\n\n"
     "答：关于你提到的问题，目前我没有可以发布的消息。",
     [("林剑", "答", "我们注意到有关报道。中方一贯反对单边主义做法。", "indirect"),
      ("林剑", "答", "关于你提到的问题，目前我没有可以发布的消息。", "indirect")], []),
    (BRIEFING,
     "3月4日，外交部发言人郭嘉昆主持例行记者会。\n\n问：某岛国新政府上台后宣布与台湾当局“断交”，外交部有何回应？\n\n"
     "答：我们对此表示欢迎。一个中国原则是国际社会的普遍共识。\n\n"
     "事实再次证明，坚持一个中国原则是人心所向。\n\n问：近日多国出现极端天气，中方是否会提供援助？\n\n"
     "答：中方愿在力所能及范围内提供帮助。",
     [("郭嘉昆", "答", "我们对此表示欢迎。一个中国原则是国际社会的普遍共识。", "indirect"),
      ("郭嘉昆", "答", "事实再次证明，坚持一个中国原则是人心所向。", "indirect"),
      ("郭嘉昆", "答", "中方愿在力所能及范围内提供帮助。", "indirect")], []),
    (BRIEFING,
     "商务部新闻发言人何亚东在当天的例行新闻发布会上回答了记者提问。\n\n问：有企业反映出口许可审批时间过长，商务部有何考虑？\n\n"
     "答：商务部高度重视企业的合理诉求，将进一步优化审批流程。\n\n问：下一步是否会出台新的稳外贸措施？\n\n"
     "答：我们正在研究相关政策，成熟后会及时发布。",
     [("何亚东", "答", "商务部高度重视企业的合理诉求，将进一步优化审批流程。", "indirect"),
      ("何亚东", "答", "我们正在研究相关政策，成熟后会及时发布。", "indirect")], []),
    (BRIEFING,
     "国防部新闻发言人张晓刚主持例行记者会。\n\n问：有外媒称某国军舰近日多次进入南海有关海域，请问有何回应？\n\n"
     "答：“中方维护海上安全的决心坚定不移。”我们奉劝有关国家停止挑衅。\n\n"
     "问：联合演习将于何时举行？\n\n答：演习计划按照年度安排进行。",
     [("张晓刚", "答", "中方维护海上安全的决心坚定不移。", "direct"),
      ("张晓刚", "答", "演习计划按照年度安排进行。", "indirect")], []),
    (BRIEFING,
     "外交部发言人毛宁周二主持例行记者会。美国国务卿鲁比奥日前在社交媒体上批评中方的出口管制措施。\n\n"
     "问：鲁比奥的言论是否会影响中美经贸磋商？\n\n答：中方已多次阐明立场。出口管制是各国通行做法。\n\n"
     "问：你能否介绍王毅外长出访的情况？\n\n答：访问期间，双方将就共同关心的问题交换意见。",
     [("毛宁", "答", "中方已多次阐明立场。出口管制是各国通行做法。", "indirect"),
      ("毛宁", "答", "访问期间，双方将就共同关心的问题交换意见。", "indirect")], []),

    # --- 这位发言人 / 该官员 / 前述官员: back to the source introduced earlier, not the nearest name -----
    (REFERENCE,
     "俄罗斯外交部发言人扎哈罗娃周三举行记者会。乌克兰总统泽连斯基当天在基辅会见了北约秘书长吕特。"
     "这位发言人表示，西方的军事援助只会延长冲突。",
     [("扎哈罗娃", "表示", "西方的军事援助只会延长冲突", "indirect")], []),
    (REFERENCE,
     "一名不愿透露姓名的欧盟官员周四向记者透露，成员国将在下周讨论新的制裁方案。德国总理默茨此前曾反对该方案。"
     "该官员说，法国和意大利的立场已经有所松动。",
     [("欧盟官员", "透露", "成员国将在下周讨论新的制裁方案", "indirect"),
      ("欧盟官员", "说", "法国和意大利的立场已经有所松动", "indirect")], []),
    (REFERENCE,
     "一位熟悉情况的美国政府高级官员周五对媒体说，白宫正在考虑延长关税暂停期。财长贝森特与商务部长卢特尼克当天均未置评。"
     "\n\n前述官员还称，最终决定将由总统本人作出。",
     [("美国政府高级官员", "说", "白宫正在考虑延长关税暂停期", "indirect"),
      ("美国政府高级官员", "称|还称", "最终决定将由总统本人作出", "indirect")], []),
    (REFERENCE,
     "清华大学国际关系研究院教授孙立平接受本报采访时指出，双方在技术领域的竞争短期内不会缓和。美国总统特朗普上周签署了新的行政令。"
     "这位专家认为，行政令的实际效果还有待观察。",
     [("孙立平", "认为", "行政令的实际效果还有待观察", "indirect")], []),
    (REFERENCE,
     "据报道，一名以色列高级安全官员周日表示，加沙停火谈判已经取得进展。哈马斯领导人哈耶当天否认了这一说法。"
     "这名官员说，剩下的分歧主要集中在撤军时间表上。",
     [("以色列高级安全官员", "表示", "加沙停火谈判已经取得进展", "indirect"),
      ("以色列高级安全官员", "说", "剩下的分歧主要集中在撤军时间表上", "indirect")], []),
    (REFERENCE,
     "一位接近谈判的消息人士透露，双方已就大部分条款达成一致。日本经济再生大臣赤泽亮正随后抵达华盛顿。"
     "该人士表示，协议文本有望在月底前敲定。",
     [("消息人士", "表示", "协议文本有望在月底前敲定", "indirect")], []),
    (REFERENCE,
     "美国国务院发言人布鲁斯周二在例行记者会上说，美方对局势升级感到担忧。以色列总理内塔尼亚胡当天也发表了电视讲话。"
     "该发言人强调，各方应保持最大限度的克制。",
     [("布鲁斯", "强调", "各方应保持最大限度的克制", "indirect")], []),
    (REFERENCE,
     "南开大学经济学院教授刘明远表示，欧洲电网改造的资金缺口正在扩大。法国总统马克龙日前宣布了新的核电计划。"
     "\n\n这位学者还指出，欧盟内部对核能的分歧仍然很大。",
     [("刘明远", "指出", "欧盟内部对核能的分歧仍然很大", "indirect")], []),

    # --- pronouns by gender and number -------------------------------------------------------------------
    (PRONOUN,
     "英国首相斯塔默周一会见了欧盟委员会主席冯德莱恩。斯塔默表示，英国希望与欧盟建立更紧密的防务关系。"
     "她则说，欧盟愿意在安全领域与英国开展合作。",
     [("冯德莱恩", "说", "欧盟愿意在安全领域与英国开展合作", "indirect")], []),
    (PRONOUN,
     "意大利总理梅洛尼与德国总理默茨在罗马举行会谈。梅洛尼说，移民问题需要欧洲共同应对。"
     "他在会后的记者会上表示，德国支持加强欧盟外部边境管控。",
     [("默茨", "表示", "德国支持加强欧盟外部边境管控", "indirect")], []),
    (PRONOUN,
     "数十名农民周三聚集在布鲁塞尔欧盟总部外。欧盟农业委员汉森出面与农民代表对话。农民们抱怨燃油价格过高。"
     "他们说，如果补贴继续削减，很多农场将无法维持。",
     [("农民", "说", "如果补贴继续削减，很多农场将无法维持", "indirect")], []),
    (PRONOUN,
     "菲律宾前总统杜特尔特的女儿、副总统萨拉周二回到马尼拉。记者询问了她对弹劾案的看法。"
     "她表示，自己对司法程序有信心。",
     [("萨拉", "表示", "自己对司法程序有信心", "indirect")], []),
    (PRONOUN,
     "韩国总统李在明周四访问了东京。其在与日本首相会谈后表示，两国应着眼未来。",
     [("李在明", "表示", "两国应着眼未来", "indirect")], []),
    (PRONOUN,
     "加拿大总理卡尼周二与美国总统特朗普通电话。卡尼随后对记者说，双方同意继续谈判。"
     "他补充说，加拿大不会在主权问题上让步。",
     [("卡尼", "说", "双方同意继续谈判", "indirect"),
      ("卡尼", "补充说", "加拿大不会在主权问题上让步", "indirect")], []),
    (PRONOUN,
     "新加坡外交部长维文与马来西亚外长哈桑在吉隆坡会面。两位部长讨论了地区安全问题。"
     "他们表示，东盟应在大国之间保持中立。",
     [("维文|哈桑|两位部长", "表示", "东盟应在大国之间保持中立", "indirect")], []),
    (PRONOUN,
     "丹麦首相弗雷泽里克森周日发表讲话。她说，格陵兰的未来由格陵兰人民决定。美国副总统万斯曾批评丹麦对格陵兰投入不足。"
     "“我们不会接受任何外部压力。”她强调。",
     [("弗雷泽里克森", "说", "格陵兰的未来由格陵兰人民决定", "indirect"),
      ("弗雷泽里克森", "强调", "我们不会接受任何外部压力。", "direct")], []),

    (PRONOUN,
     "一位当地官员周一接受了电话采访。他说，被洪水冲毁的道路将在下周修通。",
     [("一位当地官员", "说", "被洪水冲毁的道路将在下周修通", "indirect")], []),
    (PRONOUN,
     "一位女法官周二宣读了判决书。她表示，被告的行为严重扰乱了市场秩序。",
     [("一位女法官", "表示", "被告的行为严重扰乱了市场秩序", "indirect")], []),

    # --- adverbs and time phrases between speaker and cue ------------------------------------------------
    (ADVERB,
     "伊朗外长阿拉格齐当天在记者会上再次表示，伊朗不会在压力下谈判。",
     [("阿拉格齐", "表示|再次表示", "伊朗不会在压力下谈判", "indirect")], []),
    (ADVERB,
     "北约秘书长吕特周二呼吁成员国增加军费。德国国防部长皮斯托里乌斯随后也强调，欧洲必须承担更多责任。",
     [("皮斯托里乌斯", "强调|也强调", "欧洲必须承担更多责任", "indirect")], []),
    (ADVERB,
     "马斯克此前曾多次公开称，人工智能的风险被严重低估。",
     [("马斯克", "称|公开称", "人工智能的风险被严重低估", "indirect")], []),
    (ADVERB,
     "巴西总统卢拉8日晚间在总统府接受电视采访时明确表示，巴西不会加入任何军事同盟。",
     [("卢拉", "明确表示|表示", "巴西不会加入任何军事同盟", "indirect")], []),
    (ADVERB,
     "土耳其总统埃尔多安当地时间周六在伊斯坦布尔出席活动时又一次强调，土耳其愿意为俄乌和谈提供场地。",
     [("埃尔多安", "强调", "土耳其愿意为俄乌和谈提供场地", "indirect")], []),
    (ADVERB,
     "澳大利亚总理阿尔巴尼斯与新西兰总理拉克森举行会谈。阿尔巴尼斯会后在联合记者会上进一步指出，两国将共同应对地区挑战。",
     [("阿尔巴尼斯", "指出|进一步指出", "两国将共同应对地区挑战", "indirect")], []),
    (ADVERB,
     "世界卫生组织总干事谭德塞上周在日内瓦曾公开警告称，全球疫苗接种率出现下滑。",
     [("谭德塞", "警告称", "全球疫苗接种率出现下滑", "indirect")], []),

    # --- nested attribution: the inner source speaks -----------------------------------------------------
    (NESTED,
     "据路透社报道，印度尼西亚贸易部长布迪周三表示，印尼将扩大对中国的棕榈油出口。",
     [("布迪", "表示", "印尼将扩大对中国的棕榈油出口", "indirect")], []),
    (NESTED,
     "彭博社援引沙特能源大臣阿卜杜勒阿齐兹的话说，欧佩克将维持现有产量政策。",
     [("阿卜杜勒阿齐兹", "说", "欧佩克将维持现有产量政策", "indirect")], []),
    (NESTED,
     "《华尔街日报》报道称，多名美国国会议员呼吁政府加强对芯片出口的审查。",
     [("美国国会议员", "呼吁", "政府加强对芯片出口的审查", "indirect")], []),
    (NESTED,
     "据日本共同社报道，日本外务大臣岩屋毅在记者会上表示，日方将与韩方保持密切沟通。报道还说，两国外长计划下月会晤。",
     [("岩屋毅", "表示", "日方将与韩方保持密切沟通", "indirect")], []),
    (NESTED,
     "据法新社消息，联合国人权事务高级专员蒂尔克周二发表声明称，各方必须保护平民。",
     [("蒂尔克", "发表声明称|声明称|称", "各方必须保护平民", "indirect")], []),
    (NESTED,
     "美联社援引一名匿名美国官员的话报道，五角大楼正在重新评估在中东的部署。",
     [("美国官员", "报道|援引", "五角大楼正在重新评估在中东的部署", "indirect")], []),

    # --- joint and listed speakers: one quote each ---------------------------------------------------------
    (JOINT,
     "法国总统马克龙和德国总理默茨周五在巴黎会面。两人均表示，欧洲需要加快建设自己的防务能力。",
     [("马克龙", "表示", "欧洲需要加快建设自己的防务能力", "indirect"),
      ("默茨", "表示", "欧洲需要加快建设自己的防务能力", "indirect")], []),
    (JOINT,
     "日本外相岩屋毅和韩国外长赵显周六在东京举行会谈后均表示，日韩合作对地区稳定至关重要。",
     [("岩屋毅", "表示", "日韩合作对地区稳定至关重要", "indirect"),
      ("赵显", "表示", "日韩合作对地区稳定至关重要", "indirect")], []),
    (JOINT,
     "经济学家王立和李海涛都认为，今年下半年的消费将温和回升。",
     [("王立", "认为", "今年下半年的消费将温和回升", "indirect"),
      ("李海涛", "认为", "今年下半年的消费将温和回升", "indirect")], []),
    (JOINT,
     "英国和法国政府周一均表示，将向黎巴嫩提供紧急人道主义援助。",
     [("英国", "表示", "将向黎巴嫩提供紧急人道主义援助", "indirect"),
      ("法国", "表示", "将向黎巴嫩提供紧急人道主义援助", "indirect")], []),
    (JOINT,
     "挪威首相斯特勒、芬兰总统斯图布和瑞典首相克里斯特松周四在奥斯陆会晤。三人都表示，北欧国家将加强防务合作。",
     [("斯特勒", "表示", "北欧国家将加强防务合作", "indirect"),
      ("斯图布", "表示", "北欧国家将加强防务合作", "indirect"),
      ("克里斯特松", "表示", "北欧国家将加强防务合作", "indirect")], []),

    (JOINT,
     "印度总理莫迪与巴西总统卢拉周五举行会谈。莫迪表示，两国应扩大贸易。卢拉则强调，巴西欢迎印度投资。"
     "两位领导人都认为，南南合作潜力巨大。",
     [("莫迪", "认为", "南南合作潜力巨大", "indirect"),
      ("卢拉", "认为", "南南合作潜力巨大", "indirect")], []),

    # --- a quotation that runs on into the next paragraphs -------------------------------------------------
    (RUN_ON,
     "菲律宾总统小马科斯周一在国会发表国情咨文。他说：“我们不会放弃任何一寸领土。\n\n"
     "“我们会通过外交途径解决分歧，但也会加强海上力量。”\n\n当天，反对派议员在场外举行抗议。",
     [("小马科斯", "说", "我们不会放弃任何一寸领土。", "direct"),
      ("小马科斯", "说", "我们会通过外交途径解决分歧，但也会加强海上力量。", "direct")], []),
    (RUN_ON,
     "联合国秘书长古特雷斯周三在安理会发言时表示，加沙的人道主义局势已经到了崩溃边缘。\n\n"
     "“每一天都有儿童死于饥饿和疾病。国际社会不能再袖手旁观。”\n\n随后，多国代表相继发言。",
     [("古特雷斯", "表示", "加沙的人道主义局势已经到了崩溃边缘", "indirect"),
      ("古特雷斯", "表示", "每一天都有儿童死于饥饿和疾病。国际社会不能再袖手旁观。", "direct")], []),
    (RUN_ON,
     "德国经济部长赖歇周二表示：“德国经济今年将停滞不前。\n\n“能源价格是最大的负担，政府将推出新的补贴。”",
     [("赖歇", "表示", "德国经济今年将停滞不前。", "direct"),
      ("赖歇", "表示", "能源价格是最大的负担，政府将推出新的补贴。", "direct")], []),

    # --- titles before names: the name speaks --------------------------------------------------------------
    (TITLE,
     "美国国务院副发言人皮戈特周一在记者会上说，美方正在密切关注局势发展。",
     [("皮戈特", "说", "美方正在密切关注局势发展", "indirect")], []),
    (TITLE,
     "乌克兰外交部长瑟比加周四在基辅表示，乌方准备在任何时间、任何地点举行谈判。",
     [("瑟比加", "表示", "乌方准备在任何时间、任何地点举行谈判", "indirect")], []),
    (TITLE,
     "联合国负责政治和建设和平事务的副秘书长迪卡洛周二警告称，地区局势仍可能急剧恶化。",
     [("迪卡洛", "警告称", "地区局势仍可能急剧恶化", "indirect")], []),
    (TITLE,
     "中国驻美国大使谢锋在一场招待会上致辞时说：“中美合作对两国和世界都有利。”",
     [("谢锋", "说", "中美合作对两国和世界都有利。", "direct")], []),
    # a body, then an office of it, then the holder's name: the holder speaks, not the body
    (TITLE,
     "日本内阁官房长官林芳正周五在例行记者会上称，政府将继续与有关国家保持沟通。",
     [("林芳正", "称", "政府将继续与有关国家保持沟通", "indirect")], ["日本内阁"]),
    (TITLE,
     "韩国总统府国家安保室长魏圣洛当天对记者表示，双方在多数议题上已经接近一致。",
     [("魏圣洛", "表示", "双方在多数议题上已经接近一致", "indirect")], ["韩国总统府"]),
    (TITLE,
     "英国政府外务大臣拉米在议会回答质询时说，伦敦不会改变既定立场。",
     [("拉米", "说", "伦敦不会改变既定立场", "indirect")], ["英国政府"]),
    (TITLE,
     "香港特区政府行政长官李家超在出席活动前回应称，特区将全力配合有关工作。",
     [("李家超", "回应称", "特区将全力配合有关工作", "indirect")], ["香港特区政府"]),

    # --- bodies and governments as speakers ---------------------------------------------------------------
    # a spokesperson of another state's mission is a new source, not the spokeswoman named before
    (TITLE,
     "俄罗斯外交部发言人扎哈罗娃周三表示，新的限制措施是非法的。\n\n"
     "中国驻欧盟使团发言人当晚答记者问时说，中方坚决反对将中国企业列入清单。",
     [("扎哈罗娃", "表示", "新的限制措施是非法的", "indirect"),
      ("中国驻欧盟使团发言人", "说", "中方坚决反对将中国企业列入清单", "indirect")], []),
    # the quotation after an object with its own 的 is what was said; a quoted term right after 的 is no quote
    (TERM,
     "前外长李明浩批评政府的决定“过于草率”。外交部发言人随后批评某国的“长臂管辖”。",
     [("李明浩", "批评", "过于草率", "direct")], ["长臂管辖"]),
    # 澄清 / 放话 report what was said
    (BODY,
     "农业部随后澄清，进口配额不会调整。反对党领袖金明洙放话，将对协议逐条审查。",
     [("农业部", "澄清", "进口配额不会调整", "indirect"),
      ("金明洙", "放话", "将对协议逐条审查", "indirect")], []),
    # the kind of body between its state and its name is an apposition: the body named speaks
    (BODY,
     "韩国最大在野党国民力量周二发表评论称，协议必须提交国会审议。",
     [("国民力量", "发表评论称|评论称|称", "协议必须提交国会审议", "indirect")], ["韩国"]),
    # a body named after a person the tagger cut into (总理内|塔尼亚胡办公室): the office, whole
    (BODY,
     "以色列总理内塔尼亚胡办公室周日发表声明称，以方将继续推进相关行动。",
     [("内塔尼亚胡办公室", "发表声明称", "以方将继续推进相关行动", "indirect")], []),
    (BODY,
     "白宫周三发表声明称，总统将于下周出访中东三国。",
     [("白宫", "发表声明称|声明称|称", "总统将于下周出访中东三国", "indirect")], []),
    (BODY,
     "克里姆林宫当天表示，俄方尚未收到美方关于会晤的正式提议。",
     [("克里姆林宫", "表示", "俄方尚未收到美方关于会晤的正式提议", "indirect")], []),
    (BODY,
     "针对美方的指责，中国外交部回应称，中方从未向冲突任何一方提供致命性武器。",
     [("中国外交部|外交部", "回应称|称", "中方从未向冲突任何一方提供致命性武器", "indirect")], []),
    (BODY,
     "日本政府周五宣布，将向受灾地区追加拨款五百亿日元。",
     [("日本政府", "宣布", "将向受灾地区追加拨款五百亿日元", "indirect")], []),
    (BODY,
     "以色列国防军发表声明说，其部队在黎巴嫩南部摧毁了多处武器库。该军方还表示，行动将持续数日。",
     [("以色列国防军", "发表声明说|声明说|说", "其部队在黎巴嫩南部摧毁了多处武器库", "indirect")], []),

    # --- bylines and datelines never speak ----------------------------------------------------------------
    (BYLINE,
     "【本报驻柏林记者 孙晓明】德国联邦统计局周二公布的数据显示，德国五月通胀率降至百分之二点一。",
     [("德国联邦统计局", "数据显示|显示", "德国五月通胀率降至百分之二点一", "indirect")], ["孙晓明"]),
    (BYLINE,
     "新华社东京6月3日电（记者李文涛）日本首相石破茂3日表示，日本将继续推动与美国的关税谈判。",
     [("石破茂", "表示", "日本将继续推动与美国的关税谈判", "indirect")], ["李文涛", "新华社"]),
    (BYLINE,
     "本报记者 王晓燕\n\n欧洲央行行长拉加德周四表示，欧元区经济复苏仍然脆弱。",
     [("拉加德", "表示", "欧元区经济复苏仍然脆弱", "indirect")], ["王晓燕"]),
    (BYLINE,
     "环球网报道 记者 赵宇\n\n据英国《卫报》报道，英国财政大臣里夫斯周三表示，政府将削减公共开支。",
     [("里夫斯", "表示", "政府将削减公共开支", "indirect")], ["赵宇"]),

    # --- quoted terms, nicknames and titles are no quotes ---------------------------------------------------
    (TERM,
     "被称为“铁娘子”的前首相周一出席了活动。英国外交大臣拉米当天表示，英国将继续支持乌克兰。",
     [("拉米", "表示", "英国将继续支持乌克兰", "indirect")], ["铁娘子"]),
    (TERM,
     "美国政府推出所谓的“对等关税”政策后，多国表示不满。欧盟贸易专员谢夫乔维奇周二说，欧盟将作出相应回应。",
     [("谢夫乔维奇", "说", "欧盟将作出相应回应", "indirect")], ["对等关税"]),
    (TERM,
     "这艘名为“自由号”的货轮周日驶入港口。港口管理局负责人表示，货轮上的船员均已安全上岸。",
     [("负责人|港口管理局负责人", "表示", "货轮上的船员均已安全上岸", "indirect")], ["自由号"]),
    (TERM,
     "这位被球迷称为“闪电”的前锋周日打进两球。主教练科斯塔赛后表示，球队的防守还需要加强。",
     [("科斯塔", "表示", "球队的防守还需要加强", "indirect")], ["闪电"]),
    (TERM,
     "英国广播公司推出了纪录片《沉默的海岸》。导演汤普森说，这部影片讲述了渔民的生活。",
     [("汤普森", "说", "这部影片讲述了渔民的生活", "indirect")], ["沉默的海岸"]),
]


def _normalise(text: str) -> str:
    return "".join(c for c in text if not c.isspace() and c not in "“”‘’\"'「」")


def _overlaps(expected: str, found: str) -> bool:
    """The scorer's match: the contents share at least half of the shorter one, in characters."""
    a, b = _normalise(expected), _normalise(found)
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if not short:
        return False
    best = 0
    for i in range(len(short)):
        for j in range(i + best + 1, len(short) + 1):
            if short[i:j] in long_:
                best = j - i
            else:
                break
    return best * 2 >= len(short)


def _agrees(expected: str, got) -> bool:
    return bool(got) and any(e in got or got in e for e in expected.split("|"))


@pytest.mark.parametrize("construction, body, expected, never", CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_speaker_in_long_passages(construction, body, expected, never):
    found = quotes_of(body)
    used: set[int] = set()  # each predicted quote answers one expected quote (joint speakers: one each)
    for speaker, cue, content, kind in expected:
        assert content in body
        hit = [q for q in found if _overlaps(content, q[2]) and id(q) not in used]
        assert hit, (content, found)
        agreeing = [q for q in hit if _agrees(speaker, q[0])]
        assert agreeing, (content, speaker, found)
        used.add(id(agreeing[0]))
        _, got_cue, _, got_kind = agreeing[0]
        assert got_cue in cue.split("|"), (content, cue, found)
        assert got_kind == kind, (content, kind, found)
    for phrase in never:
        assert all(s is None or phrase not in s for s, _, _, _ in found), (phrase, found)
        assert all(_normalise(c) != phrase for _, _, c, _ in found), (phrase, found)
