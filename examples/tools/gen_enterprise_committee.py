#!/usr/bin/env python3
"""Generates examples/enterprise-committee/: a district enterprise work committee and its
enterprises at the end of the study-and-mobilisation phase (July-August 2005), modelled on
seed 000 (区企党[2005]36号, 杭州高新区（滨江）区企业党工委).

Format: one CSV per table, Chinese file names and Chinese headers, saved as GB18030 with CRLF
line endings, the way Excel on a Chinese Windows machine saves "CSV (逗号分隔)". Dates are typed
in the mix of forms real ledgers show.

Intended failures (everything else is meant to pass):
  * org.temp-branch      汇科软件有限公司党总支 has 3 new members and no 临时党支部
  * member.leader-essays 曹永明 (党员领导干部) has one essay of 3420 字 and one of 2999 字
  * member.study-hours   钟伟 has 32.5 学时 (all collective sessions, no self-study): short by 7.5
  * member.makeup        姜涛 was absent once and did not make it up
  * member.reviewed      赵一鸣's study notes were "reviewed" by the party-building instructor
                         (指导员), who is not the branch secretary or a committee head
Also shown: temporary units of all three kinds with their leaders, a 2-new-member enterprise
whose new members studied (org.new-members-covered passes), a made-up absence (补课), a lesson
brought home (送学上门), an exempt member, and a fully passing enterprise (博远电子).

Deterministic (fixed random seed), standard library only. Run from anywhere:
    python3 examples/tools/gen_enterprise_committee.py
"""
import csv
import datetime as dt
import os
import random

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "enterprise-committee")
rng = random.Random(20050719)  # the date of 区企党[2005]36号
D = dt.date

# ------------------------------------------------------------------ dates as typed in Excel
def fmt(d, style):
    if d is None:
        return ""
    return {
        "iso": f"{d.year}-{d.month:02d}-{d.day:02d}",
        "slash": f"{d.year}/{d.month}/{d.day}",
        "dash": f"{d.year}-{d.month}-{d.day}",
        "dot": f"{d.year}.{d.month}.{d.day}",
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "compact": f"{d.year}{d.month:02d}{d.day:02d}",
    }[style]


def typed(d, main, others=("cn", "dot", "iso"), p=0.15):
    """Mostly one form (what the person who keeps this table types), now and then another."""
    return fmt(d, rng.choice(others) if rng.random() < p else main)


def hours_text(h):
    return f"{h:g}"

# ------------------------------------------------------------------ organisations
COMMITTEE_HEAD = "沈建华"
TOPICS = ["理想信念与党的宗旨", "党员先锋模范作用与党的执政能力建设",
          "求真务实与坚持科学发展观和正确政绩观", "党的优良传统和作风"]

# id, name, kind, parent, enterprise, instructor, leader, head
ORGS = [
    ("QW", "杭州高新区（滨江）区企业党工委", "党委", "", "", "", "", COMMITTEE_HEAD),
    ("QWJG", "区企业党工委机关党支部", "党支部", "QW", "", "", "", "顾雅琴"),
    ("HL", "华澜通信技术股份有限公司党委", "党委", "QW", "华澜通信技术股份有限公司", "周建国", "", "韩卫东"),
    ("HLYF", "华澜通信研发中心党支部", "党支部", "HL", "华澜通信技术股份有限公司", "", "", "邵明"),
    ("HLYX", "华澜通信生产营销党支部", "党支部", "HL", "华澜通信技术股份有限公司", "", "", "金晓红"),
    ("HLLS", "华澜通信临时党支部", "临时党支部", "HL", "华澜通信技术股份有限公司", "", "邵明", ""),
    ("HK", "汇科软件有限公司党总支", "党总支", "QW", "汇科软件有限公司", "周建国", "", "杨立群"),
    ("HKKF", "汇科软件开发党支部", "党支部", "HK", "汇科软件有限公司", "", "", "潘志勇"),
    ("HKZH", "汇科软件综合党支部", "党支部", "HK", "汇科软件有限公司", "", "", "方敏"),
    ("KR", "康瑞生物医药有限公司党支部", "党支部", "QW", "康瑞生物医药有限公司", "吴晓东", "", "陆文娟"),
    ("XY", "星耀大厦楼宇联合党支部", "联合党支部", "QW", "星耀大厦", "吴晓东", "", "冯志强"),
    ("XYLS", "星耀大厦临时联合党支部", "临时联合党支部", "XY", "星耀大厦", "", "许静", ""),
    ("BY", "博远电子有限公司党支部", "党支部", "QW", "博远电子有限公司", "蒋丽萍", "", "何建平"),
    ("BYLS", "博远电子临时党小组", "临时党小组", "BY", "博远电子有限公司", "", "唐振宇", ""),
]
ORG = {o[0]: o for o in ORGS}

# ------------------------------------------------------------------ members
# id, name, org, role, status, joined_on, transferred_in_on, new, workplace/post, exempt_reason
M = []


def member(mid, name, org, joined, role="党员", status="在职", moved=None, new="", post="", exempt=""):
    M.append(dict(id=mid, name=name, org=org, role=role, status=status, joined=joined,
                  moved=moved, new=new, post=post, exempt=exempt))


# 区企业党工委机关党支部 (not an enterprise: it sits under the committee with no 单位)
member("QJ01", "沈建华", "QWJG", D(1983, 7, 1), "党员领导干部", post="党工委书记")
member("QJ02", "顾雅琴", "QWJG", D(1990, 6, 18), "书记", post="党工委办公室主任")
member("QJ03", "周建国", "QWJG", D(1988, 12, 5), post="企业党建工作指导员")
member("QJ04", "吴晓东", "QWJG", D(1995, 5, 20), post="企业党建工作指导员")
member("QJ05", "蒋丽萍", "QWJG", D(1999, 7, 1), post="企业党建工作指导员")
# 华澜通信 (党委建制, two branches and a temporary branch for its four new members)
member("HL01", "韩卫东", "HLYF", D(1986, 5, 4), "党员领导干部", post="党委书记、副总裁")
member("HL02", "邵明", "HLYF", D(1994, 7, 1), "书记", post="研发中心副主任")
member("HL03", "林海涛", "HLYF", D(1998, 12, 26), post="软件工程师")
member("HL04", "陈思远", "HLYF", D(2001, 6, 30), post="硬件工程师")
member("HL05", "王蕾", "HLYF", D(2002, 11, 8), post="测试工程师")
member("HL06", "赵一鸣", "HLYF", D(2000, 5, 16), post="项目经理")
member("HL07", "金晓红", "HLYX", D(1992, 3, 12), "书记", post="生产部经理")
member("HL08", "曹永明", "HLYX", D(1989, 9, 1), "党员领导干部", post="副总经理")
member("HL09", "刘志刚", "HLYX", D(1997, 7, 1), post="销售经理")
member("HL10", "黄丽", "HLYX", D(2001, 12, 20), post="质检员")
member("HL11", "徐斌", "HLYX", D(1996, 10, 8), post="生产调度")
member("HL12", "杨帆", "HLLS", D(2004, 6, 28), new="是", post="软件工程师")
member("HL13", "孙佳琪", "HLLS", D(2004, 12, 20), new="是", post="市场专员")
member("HL14", "马俊", "HLLS", D(2001, 5, 20), moved=D(2004, 9, 15), new="是", post="硬件工程师")
member("HL15", "郑晓燕", "HLLS", D(2002, 7, 1), moved=D(2005, 3, 1), new="是", post="人事专员")
# 汇科软件 (总支建制; three new members but no temporary branch: the intended org failure)
member("HK01", "潘志勇", "HKKF", D(1997, 6, 25), "书记", post="开发部经理")
member("HK02", "谢文杰", "HKKF", D(2000, 4, 11), post="架构师")
member("HK03", "罗晶", "HKKF", D(2004, 7, 1), new="是", post="程序员")
member("HK04", "宋涛", "HKKF", D(2002, 5, 4), moved=D(2005, 1, 10), new="是", post="程序员")
member("HK05", "许鹏", "HKKF", D(1999, 11, 30), post="测试主管")
member("HK06", "梁晨", "HKKF", D(2002, 12, 1), post="程序员")
member("HK07", "杨立群", "HKZH", D(1987, 7, 1), "党员领导干部", post="党总支书记、副总经理")
member("HK08", "方敏", "HKZH", D(1993, 3, 8), "书记", post="行政部经理")
member("HK09", "田野", "HKZH", D(2004, 11, 1), new="是", post="财务")
member("HK10", "董秀英", "HKZH", D(1985, 6, 1), post="档案管理", exempt="长期病假（腰椎手术后休养）")
member("HK11", "袁磊", "HKZH", D(2001, 7, 1), post="客户服务")
# 康瑞生物 (支部建制; two new members, below the threshold, studying with the branch)
member("KR01", "陆文娟", "KR", D(1991, 7, 1), "书记", post="质量部经理")
member("KR02", "钟伟", "KR", D(1999, 6, 18), post="销售代表")
member("KR03", "范丽华", "KR", D(1996, 9, 9), post="化验员")
member("KR04", "石磊", "KR", D(2004, 5, 8), new="是", post="车间主任")
member("KR05", "贺娟", "KR", D(2003, 6, 20), moved=D(2005, 4, 12), new="是", post="注册专员")
member("KR06", "汤建军", "KR", D(1990, 1, 15), "党员领导干部", post="总经理")
member("KR07", "程雪", "KR", D(2002, 10, 1), post="研发助理")
# 星耀大厦楼宇联合党支部 (covers several small firms of one building)
member("XY01", "冯志强", "XY", D(1992, 7, 1), "书记", post="易联网络科技有限公司 副总经理")
member("XY02", "许静", "XY", D(1998, 6, 30), post="智谷设计有限公司 设计总监")
member("XY03", "朱海峰", "XY", D(1995, 12, 12), post="诚泰会计师事务所 注册会计师")
member("XY04", "胡晓梅", "XY", D(2000, 7, 1), post="明德教育咨询有限公司 咨询师")
member("XY05", "姜涛", "XY", D(2001, 5, 4), post="易联网络科技有限公司 网络工程师")
member("XY06", "彭丽", "XY", D(2002, 6, 1), post="智谷设计有限公司 设计师")
member("XY07", "卢勇", "XY", D(1997, 8, 1), status="流动", post="诚泰会计师事务所 审计员（组织关系在原籍）")
member("XY08", "白雪", "XY", D(1999, 3, 20), post="明德教育咨询有限公司 行政")
member("XY09", "夏雨", "XYLS", D(2004, 10, 18), new="是", post="易联网络科技有限公司 程序员")
member("XY10", "钱程", "XYLS", D(2002, 4, 1), moved=D(2004, 8, 20), new="是", post="诚泰会计师事务所 助理审计")
member("XY11", "蔡文", "XYLS", D(2005, 1, 6), new="是", post="智谷设计有限公司 设计师")
# 博远电子 (支部建制 with a temporary party group; passes everything)
member("BY01", "何建平", "BY", D(1990, 7, 1), "书记", post="办公室主任")
member("BY02", "唐振宇", "BY", D(1994, 5, 4), post="工程部经理")
member("BY03", "魏红", "BY", D(1998, 7, 1), post="采购")
member("BY04", "郭强", "BY", D(1988, 10, 1), "党员领导干部", post="总经理")
member("BY05", "吕芳", "BY", D(2003, 6, 30), post="会计")
member("BY06", "韦国庆", "BY", D(1996, 12, 1), post="设备维修")
member("BY07", "苏畅", "BYLS", D(2004, 6, 30), new="是", post="技术员")
member("BY08", "邓可", "BYLS", D(2001, 11, 2), moved=D(2004, 12, 6), new="是", post="质检员")
member("BY09", "叶子涵", "BYLS", D(2005, 5, 20), new="是", post="销售助理")
MEMBER = {m["id"]: m for m in M}

# ------------------------------------------------------------------ sessions
OWN_TOPIC = {
    "QWJG": "服务企业，建设滨江科技城",
    "HLYF": "实现新突破，党员当先锋", "HLYX": "实现新突破，党员当先锋", "HLLS": "新党员怎样保持先进性",
    "HKKF": "党员先锋岗与软件质量", "HKZH": "党员先锋岗与软件质量",
    "KR": "立足岗位保障药品质量",
    "XY": "楼宇党建与“先锋形象”大讨论", "XYLS": "楼宇党建与“先锋形象”大讨论",
    "BY": "“战高温、抗缺电、送清凉”主题实践", "BYLS": "“先锋形象”大讨论",
}
MATERIALS = ["《党章》", "《保持共产党员先进性教育读本》", "胡锦涛总书记关于党的先进性建设的重要讲话",
             "《中共中央关于加强党的执政能力建设的决定》", "《保持共产党员先进性教育读本》"]
KINDS = ["党课", "讨论", "电教", "集中学习", "讨论", "参观"]
DEFAULT_HOURS = [3, 3, 2.5, 4, 3, 3, 2.5, 3, 4, 3, 3]          # 34 collective + 9 self = 43
SCHEDULE_HOURS = {
    "KR": [3, 2.5, 4, 3, 3, 2.5, 3, 4, 4, 3.5],                 # 32.5 collective + 9 self = 41.5
    "XY": [3, 3, 4, 3, 3, 4, 3, 3, 4, 3, 3],                    # 36 + 9 = 45
}
STUDYING = ["QWJG", "HLYF", "HLYX", "HLLS", "HKKF", "HKZH", "KR", "XY", "XYLS", "BY"]
S = []  # id, org, date, kind, hours, topic, material


def schedule(org):
    hours = list(SCHEDULE_HOURS.get(org, DEFAULT_HOURS))
    rng.shuffle(hours)
    topics = TOPICS + [OWN_TOPIC[org]]
    day = D(2005, 7, 26) + dt.timedelta(days=rng.randint(0, 2))
    out = []
    for i, h in enumerate(hours):
        kind = KINDS[i % len(KINDS)]
        topic = topics[i % len(topics)]
        material = "《党章》" if i in (0, 5) else MATERIALS[(i + 1) % len(MATERIALS)]
        if kind == "电教":
            material = "党员电教片《牛玉儒》" if i < 6 else "党员电教片《任长霞》"
        if kind == "参观":
            material = "参观浙江革命历史纪念馆"
        out.append((f"{org}-{i + 1:02d}", org, day, kind, h, topic, material))
        day += dt.timedelta(days=3)
    for j in range(3):
        out.append((f"{org}-Z{j + 1}", org, D(2005, 7, 29) + dt.timedelta(days=10 * j), "自学", 3,
                    "自学《保持共产党员先进性教育读本》", "《保持共产党员先进性教育读本》"))
    return out


for org in STUDYING:
    S.extend(schedule(org))
# 博远电子临时党小组 studies with its branch and holds two discussions of its own
S.append(("BYLS-01", "BYLS", D(2005, 8, 6), "讨论", 2.5, OWN_TOPIC["BYLS"], "《党章》"))
S.append(("BYLS-02", "BYLS", D(2005, 8, 20), "讨论", 2.5, TOPICS[1], "《保持共产党员先进性教育读本》"))
SESSION = {s[0]: s for s in S}


def org_sessions(org):
    return [s for s in S if s[1] == org]


STUDIES_WITH = {"BYLS": ["BY", "BYLS"]}

# ------------------------------------------------------------------ attendance
A = []  # session, member, status, hours override, makeup_for


def collective_ids(org):
    return [s[0] for s in org_sessions(org) if s[3] != "自学"]


# Who missed what (collective sessions); the rest attended everything of their org.
LEAVE_MADE_UP = {"HL11": collective_ids("HLYX")[4]}   # 请假, made up at a later make-up session
HOME = {"XY08": collective_ids("XY")[6]}             # ill: lesson brought to her home
ABSENT_NOT_MADE_UP = {"XY05": collective_ids("XY")[3]}
NO_SELF_STUDY = {"KR02"}                              # sales trips: no self-study recorded

for m in M:
    if m["exempt"]:
        continue
    for org in STUDIES_WITH.get(m["org"], [m["org"]]):
        for s in org_sessions(org):
            status = "出席"
            if LEAVE_MADE_UP.get(m["id"]) == s[0]:
                status = "请假"
            elif HOME.get(m["id"]) == s[0]:
                status = "送学上门"
            elif ABSENT_NOT_MADE_UP.get(m["id"]) == s[0]:
                status = "缺席"
            elif m["id"] in NO_SELF_STUDY and s[3] == "自学":
                status = "缺席"
            A.append((s[0], m["id"], status, "", ""))

# Make-up session for 徐斌 (same topic, two weeks later)
missed = SESSION[LEAVE_MADE_UP["HL11"]]
S.append(("HLYX-B1", "HLYX", D(2005, 8, 27), "集中学习", missed[4], missed[5] + "（补课）", missed[6]))
A.append(("HLYX-B1", "HL11", "补课", "", missed[0]))
SESSION = {s[0]: s for s in S}


def member_hours(mid):
    total = coll = 0.0
    for sid, who, status, override, _ in A:
        if who == mid and status in ("出席", "补课", "送学上门"):
            h = float(override) if override else SESSION[sid][4]
            total += h
            coll += 0 if SESSION[sid][3] == "自学" else h
    return total, coll


# Sanity checks on the intended gaps (fail the generator, not the example, if they drift)
assert member_hours("KR02") == (32.5, 32.5), member_hours("KR02")
for m in M:
    if not m["exempt"] and m["id"] != "KR02":
        t, c = member_hours(m["id"])
        assert t >= 40 and 3 * c >= 2 * t, (m["id"], t, c)

# ------------------------------------------------------------------ essays and notes
ESSAY_TITLES = ["坚定理想信念，做合格党员", "对照党章找差距", "立足岗位当先锋", "学习先进性读本的几点体会",
                "党员的先进性体现在哪里", "以先进性教育促进企业发展", "做一名让群众满意的共产党员",
                "重温入党誓词有感", "学习牛玉儒同志先进事迹的体会", "在平凡岗位上保持先进性"]
LEADER_TITLES = ["以先进性建设推动工作创新", "当好发展的领头雁", "加强执政能力建设的思考",
                 "领导干部要带头树立科学发展观", "领导干部要在先进性教育中走在前列"]


def reviewer_for(m):
    """The branch secretary reviews the members; secretaries and leaders are reviewed a level up."""
    org = ORG[m["org"]]
    if org[2].startswith("临时"):
        return org[6]                                   # the temporary unit's leader
    if m["role"] == "书记" or m["role"] == "党员领导干部":
        parent = ORG.get(org[3])
        if parent and parent[0] != "QW" and parent[7] != m["name"]:
            return parent[7]                            # the enterprise's head
        return COMMITTEE_HEAD if m["name"] != COMMITTEE_HEAD else "顾雅琴"
    return org[7]


E = []  # id, member, kind, title, chars, file, reviewed_by, reviewed_on
n = 0
for m in M:
    if m["exempt"]:
        continue
    who = reviewer_for(m)
    leader = m["role"] == "党员领导干部"
    titles = rng.sample(LEADER_TITLES if leader else ESSAY_TITLES, 2 if leader else 1)
    for t in titles:
        chars = rng.randint(3050, 4600) if leader else rng.randint(1500, 2900)
        if m["id"] == "HL08" and t == titles[1]:
            chars = 2999                                # one essay a single 字 short
        if m["id"] == "HL08" and t == titles[0]:
            chars = 3420
        n += 1
        E.append((f"X{n:03d}", m["id"], "心得体会", t, str(chars), "", who,
                  D(2005, 8, rng.randint(18, 29))))
    n += 1
    notes_reviewer = "周建国" if m["id"] == "HL06" else who   # the instructor is not a reviewer
    E.append((f"X{n:03d}", m["id"], "学习笔记", "学习笔记本", f"{rng.randint(80, 160) * 100:,}",
              "", notes_reviewer, D(2005, 8, rng.randint(22, 30))))

# ------------------------------------------------------------------ meetings, plans, waivers
UNITS = ["QW", "HL", "HK", "KR", "XY", "BY"]
UNIT_TOPIC = {"QW": OWN_TOPIC["QWJG"], "HL": OWN_TOPIC["HLYF"], "HK": OWN_TOPIC["HKKF"],
              "KR": OWN_TOPIC["KR"], "XY": OWN_TOPIC["XY"], "BY": OWN_TOPIC["BY"]}
MEET = []
PLANS = []
ITEMS = []
for i, u in enumerate(UNITS):
    o = ORG[u]
    MEET.append((f"H{2 * i + 1:02d}", u, "动员大会", D(2005, 7, 21 + i), o[7], ""))
    MEET.append((f"H{2 * i + 2:02d}", u, "回头看", D(2005, 8, 25 + i), o[7], "是"))
    reviewer = o[5] or "区委先进性教育活动第二督导组 王志平"
    PLANS.append((u, D(2005, 7, 18 + i), reviewer))
    deputy = {"QW": "顾雅琴", "HL": "邵明", "HK": "潘志勇", "KR": "汤建军", "XY": "许静", "BY": "唐振宇"}[u]
    for k, text in enumerate(["学习《党章》全文"] + TOPICS + [UNIT_TOPIC[u]]):
        ITEMS.append((u, D(2005, 7, 26) + dt.timedelta(days=5 * k),
                      "专题：" + text if k else text, o[7] if k % 2 == 0 else deputy))

# ------------------------------------------------------------------ write the tables
def write(name, header, rows):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + ".csv"), "w", encoding="gb18030", newline="") as f:
        w = csv.writer(f)  # QUOTE_MINIMAL, CRLF: what Excel writes
        w.writerow(header)
        w.writerows(rows)


write("组织", ["组织编号", "组织名称", "组织类型", "上级组织", "单位", "指导员", "负责人", "书记"],
      [list(o) for o in ORGS])
write("党员名册", ["党员编号", "姓名", "所在组织", "身份", "状态", "入党日期", "转入日期", "新党员",
                  "有书写能力", "免除原因", "工作单位及职务"],
      [[m["id"], m["name"], m["org"], m["role"], m["status"], typed(m["joined"], "dot"),
        typed(m["moved"], "dot"), m["new"] or "否", "是", m["exempt"], m["post"]] for m in M])
write("学习活动", ["活动编号", "组织", "日期", "形式", "学时", "主题", "学习内容"],
      [[s[0], s[1], typed(s[2], "slash", ("cn", "dash")), s[3], hours_text(s[4]), s[5], s[6]]
       for s in sorted(S, key=lambda s: (s[1], s[2], s[0]))])
write("签到", ["活动编号", "党员编号", "出勤", "认定学时", "补哪次"], [list(a) for a in A])
write("心得体会", ["编号", "党员编号", "类型", "标题", "字数", "文件", "批改人", "批改日期"],
      [list(e[:7]) + [typed(e[7], "cn", ("slash",))] for e in E])
write("会议", ["编号", "组织", "类型", "日期", "主持人", "听取群众评估组意见"],
      [[h[0], h[1], h[2], typed(h[3], "cn", ("iso",), 0.3), h[4], h[5]] for h in MEET])
write("学习计划", ["组织", "报送日期", "审核人"],
      [[p[0], fmt(p[1], ("cn", "compact", "slash")[k % 3]), p[2]] for k, p in enumerate(PLANS)])
write("计划条目", ["组织", "日期", "内容", "责任人"],
      [[i[0], typed(i[1], "dash", ("cn",)), i[2], i[3]] for i in ITEMS])

print(f"wrote {os.path.normpath(OUT)}: {len(ORGS)} orgs, {len(M)} members, {len(S)} sessions, "
      f"{len(A)} attendance rows, {len(E)} essays/notes")
