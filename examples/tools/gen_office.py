#!/usr/bin/env python3
"""Generates examples/office-general-branches/: a government office's party committee with three
general branches and eight branches in the study-and-mobilisation phase of the first batch
(January-March 2005), modelled on seed 004 (安徽省人民政府驻沪单位党委: 三个总支, 162 名党员;
集中学习 15 次以上、近 50 学时; 离退休党员; 因改制、重病、出国、下岗、流动等原因不能参加的党员;
活动期间发展两名新党员).

Format: one CSV per table, English file names and English headers, saved as "CSV UTF-8" the way
Excel does (UTF-8 with a byte-order mark, CRLF line endings). Cell values stay Chinese, as the
office types them. params.csv sets the first batch's plan deadline.

All branches have the committee's 单位 (or none), so the committee is the only unit: the
organisation rules (plan, mobilisation, topics, look-back, new members) apply to it alone.

Intended failures (everything else is meant to pass):
  * member.essay            邹建华 (机关第二党支部) wrote no essay; his waiver expired on 2005-03-05
  * member.makeup           夏明 (芜湖) missed two collective sessions and made up neither
  * member.reviewed         俞斌 (芜湖): essay "reviewed" by the liaison office's director, who is
                            not the branch secretary or a committee head
  * member.collective-share 章磊 (皖沪大厦, shift work): 27 of 42 hours collective, below 2/3
Shown passing: 丁红 at exactly 2/3 (30 of 45 hours); 高峰 (mobile) whose missed sessions are
covered by a waiver in force; retired members with lessons brought home (送学上门); a member who
cannot write; six exempt members with reasons; a branch under restructuring whose members are all
exempt; the two new members, who studied (org.new-members-covered).
Fully passing branches include 黄山市驻沪联络处党支部.

Deterministic (fixed random seed), standard library only. Run from anywhere:
    python3 examples/tools/gen_office.py
"""
import csv
import datetime as dt
import os
import random

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "office-general-branches")
rng = random.Random(162)  # 162 名党员
D = dt.date
UNIT = "安徽省人民政府驻上海办事处"


def fmt(d, style):
    if d is None:
        return ""
    return {
        "iso": f"{d.year}-{d.month:02d}-{d.day:02d}",
        "dash": f"{d.year}-{d.month}-{d.day}",
        "slash": f"{d.year}/{d.month}/{d.day}",
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "compact": f"{d.year}{d.month:02d}{d.day:02d}",
    }[style]


def typed(d, main, others=("slash", "cn"), p=0.12):
    return fmt(d, rng.choice(others) if rng.random() < p else main)


def hours_text(h):
    return f"{h:g}"

# ------------------------------------------------------------------ organisations
HEAD = "程立华"
# id, name, kind, parent, enterprise, instructor, leader, head
ORGS = [
    ("DW", "安徽省人民政府驻沪单位党委", "党委", "", UNIT, "许文彬", "", HEAD),
    ("ZZ1", "机关党总支", "党总支", "DW", UNIT, "", "", "胡志刚"),
    ("B11", "机关第一党支部（办公室、秘书处）", "党支部", "ZZ1", UNIT, "", "", "刘春燕"),
    ("B12", "机关第二党支部（经济联络处、信息处）", "党支部", "ZZ1", UNIT, "", "", "孙国栋"),
    ("B13", "离退休干部党支部", "党支部", "ZZ1", UNIT, "", "", "王德福"),
    ("ZZ2", "各市驻沪联络处党总支", "党总支", "DW", "", "", "", "汪德顺"),
    ("B21", "合肥市驻沪联络处党支部", "党支部", "ZZ2", "", "", "", "李明"),
    ("B22", "黄山市驻沪联络处党支部", "党支部", "ZZ2", "", "", "", "江华"),
    ("B23", "芜湖市驻沪联络处党支部", "党支部", "ZZ2", "", "", "", "陶金宝"),
    ("ZZ3", "驻沪企事业单位党总支", "党总支", "DW", "", "", "", "方玉梅"),
    ("B31", "皖沪大厦党支部", "党支部", "ZZ3", "", "", "", "鲍建新"),
    ("B32", "徽商驻沪贸易公司党支部", "党支部", "ZZ3", "", "", "", "章国平"),
]
ORG = {o[0]: o for o in ORGS}

# ------------------------------------------------------------------ members
M = []


def member(name, org, joined, role="党员", status="在职", new="", can_write="", exempt="", post=""):
    M.append(dict(id=f"AH{len(M) + 1:03d}", name=name, org=org, role=role, status=status,
                  joined=joined, new=new, can_write=can_write, exempt=exempt, post=post))


member("程立华", "B11", D(1978, 6, 1), "党员领导干部", post="党委书记、办事处主任")
member("刘春燕", "B11", D(1988, 7, 1), "书记", post="办公室副主任")
member("胡志刚", "B11", D(1982, 10, 1), "党员领导干部", post="党总支书记、办事处副主任")
member("张晓峰", "B11", D(1996, 6, 28), post="秘书处科员")
member("王琳", "B11", D(1999, 12, 1), post="办公室科员")
member("陈国庆", "B11", D(1985, 9, 20), post="行政科科长")
member("李红梅", "B11", D(1993, 3, 8), post="财务科科长")
member("赵建国", "B11", D(1990, 7, 1), post="驾驶员")
member("周小平", "B11", D(1987, 5, 4), exempt="出国探亲（2005年1月至6月，加拿大）", post="秘书处副处长")
member("吴敏", "B11", D(2001, 6, 30), post="秘书处科员")

member("孙国栋", "B12", D(1989, 6, 1), "书记", post="信息处处长")
member("钱卫平", "B12", D(1984, 12, 1), "党员领导干部", post="办事处副主任")
member("郑雪莲", "B12", D(1997, 7, 1), post="经济联络处科员")
member("冯涛", "B12", D(1995, 11, 8), post="经济联络处副处长")
member("何丽娜", "B12", D(2000, 6, 30), post="信息处科员")
member("许志远", "B12", D(1992, 4, 12), post="经济联络处处长")
member("韩冰", "B12", D(2005, 1, 12), new="Y", post="信息处科员（预备党员）")
member("曹文", "B12", D(1998, 10, 1), post="信息处科员")
member("邹建华", "B12", D(1994, 7, 1), post="经济联络处科员")

member("王德福", "B13", D(1962, 7, 1), "书记", "离退休", post="原办事处副主任")
member("刘玉兰", "B13", D(1965, 3, 8), status="离退休", post="原办公室主任")
member("张德明", "B13", D(1956, 10, 1), status="离退休", exempt="年老体弱，行动不便", post="原办事处主任")
member("陈秀珍", "B13", D(1960, 6, 1), status="离退休", exempt="长期患病住院", post="原财务科科长")
member("李长海", "B13", D(1958, 7, 1), status="离退休", can_write="N", post="原驾驶班班长")
member("杨桂芳", "B13", D(1970, 12, 1), status="离退休", post="原秘书处科员")
member("赵振华", "B13", D(1968, 5, 4), status="离退休", post="原经济联络处处长")
member("孙淑英", "B13", D(1972, 3, 8), status="离退休", post="原行政科科员")
member("黄立新", "B13", D(1975, 7, 1), status="离退休", post="原信息处副处长")
member("周德胜", "B13", D(1966, 8, 1), status="离退休", post="原接待处处长")

member("李明", "B21", D(1990, 7, 1), "书记", post="合肥市驻沪联络处主任")
member("马超", "B21", D(1997, 6, 1), post="联络处科员")
member("朱丽", "B21", D(1999, 7, 1), post="联络处科员")
member("高峰", "B21", D(1995, 5, 4), status="流动", post="驻金山工业区招商项目组")
member("罗小军", "B21", D(1993, 11, 1), post="联络处副主任")
member("梁静", "B21", D(2002, 6, 30), post="联络处科员")
member("宋志强", "B21", D(1988, 9, 1), post="合肥在沪企业联谊会秘书长")
member("唐亮", "B21", D(2000, 12, 1), post="联络处科员")

member("江华", "B22", D(1991, 7, 1), "书记", post="黄山市驻沪联络处主任")
member("汪洋", "B22", D(1998, 6, 28), post="联络处科员")
member("程晓红", "B22", D(1996, 3, 8), post="联络处副主任")
member("胡文斌", "B22", D(1994, 10, 1), post="旅游推介科科长")
member("叶青", "B22", D(2001, 7, 1), post="联络处科员")
member("方志明", "B22", D(1992, 5, 4), status="流动", post="在沪务工人员党员服务站")
member("吴建平", "B22", D(1987, 12, 1), post="联络处科员")
member("余芳", "B22", D(2005, 1, 18), new="Y", post="联络处科员（预备党员）")

member("陶金宝", "B23", D(1989, 7, 1), "书记", post="芜湖市驻沪联络处副主任")
member("潘立军", "B23", D(1996, 6, 1), post="联络处科员")
member("汤丽", "B23", D(1999, 7, 1), post="联络处科员")
member("戴强", "B23", D(1993, 10, 1), post="招商科科长")
member("夏明", "B23", D(2000, 6, 30), post="联络处科员")
member("蒋红", "B23", D(1997, 3, 8), post="联络处科员")
member("俞斌", "B23", D(1995, 12, 1), post="联络处科员")
member("魏国强", "B23", D(1991, 8, 1), status="流动", post="芜湖在沪务工人员服务站")

member("鲍建新", "B31", D(1986, 7, 1), "书记", post="皖沪大厦总经理")
member("金凤", "B31", D(1995, 6, 1), post="前厅部经理")
member("章磊", "B31", D(2001, 7, 1), post="前厅部领班（倒班）")
member("丁红", "B31", D(1998, 12, 1), post="客房部领班（倒班）")
member("储国胜", "B31", D(1990, 10, 1), post="工程部经理")
member("查文", "B31", D(1997, 7, 1), post="餐饮部主管")
member("江涛", "B31", D(1993, 5, 4), exempt="企业减员，下岗待岗", post="原餐饮部厨师")
member("柏玲", "B31", D(2000, 6, 30), post="财务部会计")
member("季伟", "B31", D(1999, 11, 1), post="保安部主管")

member("章国平", "B32", D(1985, 7, 1), "书记", exempt="企业改制，人员分流安置中", post="原公司总经理")
member("谢春生", "B32", D(1992, 6, 1), exempt="企业改制，人员分流安置中", post="原业务部经理")
member("俞翠萍", "B32", D(1996, 3, 8), exempt="企业改制，人员分流安置中", post="原会计")
BY_NAME = {m["name"]: m for m in M}

# ------------------------------------------------------------------ sessions
TOPICS = ["理想信念与党的宗旨", "党员先锋模范作用与党的执政能力建设",
          "求真务实与坚持科学发展观和正确政绩观", "党的优良传统和作风"]
OWN = "立足驻沪服务，做好招商引资和流动党员管理"
MATERIALS = ["《党章》", "《保持共产党员先进性教育读本》", "胡锦涛同志在新时期保持共产党员先进性专题报告会上的讲话",
             "《中共中央关于加强党的执政能力建设的决定》", "《保持共产党员先进性教育读本》"]
KINDS = ["党课", "讨论", "集中学习", "电教", "讨论", "参观", "集中学习"]
S = []  # id, org, date, kind, hours, topic, material
# Two committee-wide sessions: the secretary's party lesson and a report by an invited speaker
S.append(("DW-01", "DW", D(2005, 1, 26), "党课", 3, "保持共产党员先进性，做合格驻沪工作者", "《党章》"))
S.append(("DW-02", "DW", D(2005, 3, 3), "集中学习", 3, TOPICS[2], "专题辅导报告：科学发展观与长三角合作"))

BRANCH_HOURS = [3, 2.5, 3, 3, 2.5, 3, 3, 3, 2.5, 3, 3, 2.5, 3]   # 37 + committee 6 + self 7.5 = 50.5
HOTEL_HOURS = [3, 2.5, 3, 3, 2.5, 3, 3, 2.5, 3, 2.5, 2]        # 30 + 6 + self 15 = 51
# Days with sessions: weekday afternoons, avoiding the Spring Festival week (2005-02-08..02-14)
DAYS = [D(2005, 1, 27) + dt.timedelta(days=i) for i in range(38)]
DAYS = [d for d in DAYS if d.weekday() < 5 and not D(2005, 2, 7) <= d <= D(2005, 2, 15)]


def schedule(org, hours, self_count, self_hours):
    h = list(hours)
    rng.shuffle(h)
    days = sorted(rng.sample(DAYS, len(h)))
    topics = TOPICS + [OWN]
    for i, (day, x) in enumerate(zip(days, h)):
        kind = KINDS[i % len(KINDS)]
        material = "《党章》" if i in (0, 6) else MATERIALS[(i + 2) % len(MATERIALS)]
        if kind == "电教":
            material = "党员电教片《牛玉儒》"
        if kind == "参观":
            material = "参观中共一大会址纪念馆"
        S.append((f"{org}-{i + 1:02d}", org, day, kind, x, topics[i % len(topics)], material))
    for j in range(self_count):
        S.append((f"{org}-Z{j + 1}", org, D(2005, 1, 31) + dt.timedelta(days=7 * j), "自学",
                  self_hours, "自学《保持共产党员先进性教育读本》", "《保持共产党员先进性教育读本》"))


for b in ["B11", "B12", "B13", "B21", "B22", "B23"]:
    schedule(b, BRANCH_HOURS, 3, 2.5)
schedule("B31", HOTEL_HOURS, 5, 3)                               # shift work: more self-study
SESSION = {s[0]: s for s in S}


def coll(org):
    return [s for s in S if s[1] == org and s[3] != "自学"]

# ------------------------------------------------------------------ attendance
A = []  # session, member, status, hours, makeup_for
SPECIAL = {}  # (member name, session id) -> (status, hours override)
for s in coll("B23")[2:4]:
    SPECIAL[("夏明", s[0])] = ("缺席", "")                      # not made up: intended failure
missed_wei = coll("B23")[5:7]
for s in missed_wei:
    SPECIAL[("魏国强", s[0])] = ("请假", "")                    # made up below
missed_gao = coll("B21")[1:4]
for s in missed_gao:
    SPECIAL[("高峰", s[0])] = ("缺席", "")                      # waived (in force)
hotel3 = [s for s in coll("B31") if s[4] == 3]
for s in hotel3[:6]:
    SPECIAL[("章磊", s[0])] = ("出席", "1.5")                   # left early for his shift, 6 times
for s in hotel3[:4]:
    SPECIAL[("丁红", s[0])] = ("出席", "1.5")                   # 4 times: exactly 2/3 remains
retired_home = {"李长海": 5, "孙淑英": 2}
for name, k in retired_home.items():
    for s in coll("B13")[-k:]:
        SPECIAL[(name, s[0])] = ("送学上门", "")
SPECIAL[("刘玉兰", "DW-02")] = ("送学上门", "")

for m in M:
    if m["exempt"]:
        continue
    for s in S:
        if s[1] not in ("DW", m["org"]):
            continue
        status, hours = SPECIAL.get((m["name"], s[0]), ("出席", ""))
        A.append((s[0], m["id"], status, hours, ""))

# 魏国强's make-up: the branch repeats both lessons for him on one Saturday
for i, s in enumerate(missed_wei):
    sid = f"B23-B{i + 1}"
    S.append((sid, "B23", D(2005, 3, 5), "集中学习", s[4], s[5] + "（补课）", s[6]))
    A.append((sid, BY_NAME["魏国强"]["id"], "补课", "", s[0]))
SESSION = {s[0]: s for s in S}


def hours_of(name):
    mid = BY_NAME[name]["id"]
    total = collective = 0.0
    for sid, who, status, override, _ in A:
        if who == mid and status in ("出席", "补课", "送学上门"):
            h = float(override) if override else SESSION[sid][4]
            total += h
            collective += 0 if SESSION[sid][3] == "自学" else h
    return total, collective


assert hours_of("章磊") == (42, 27), hours_of("章磊")
assert hours_of("丁红") == (45, 30), hours_of("丁红")
for m in M:
    if not m["exempt"] and m["name"] not in ("章磊",):
        t, c = hours_of(m["name"])
        assert t >= 40 and 3 * c >= 2 * t, (m["name"], t, c)

# ------------------------------------------------------------------ written work
TITLES = ["对照党章找差距，立足岗位作贡献", "做一名合格的驻沪工作者", "学习先进性读本的体会",
          "保持先进性，服务在沪皖籍群众", "重温入党誓词的思考", "学习牛玉儒同志事迹有感",
          "以实际行动践行“三个代表”", "在招商引资一线体现党员先进性", "老党员的新课题", "永葆共产党员本色"]
LEADER_TITLES = ["领导干部要在先进性教育中当好表率", "提高驻沪机构服务发展的能力",
                 "加强执政能力建设的几点思考", "坚持科学发展观，推进皖沪合作"]


def reviewer(m):
    org = ORG[m["org"]]
    if m["role"] == "书记":
        return ORG[org[3]][7]                       # the general branch's head
    if m["name"] == "俞斌":
        return "王建设"                             # the liaison office's director: no standing
    return org[7]                                   # the branch secretary


E = []  # id, member, kind, title, chars, file, reviewed_by, reviewed_on
def essay(m, kind, title, chars, who, day):
    E.append((f"W{len(E) + 1:03d}", m["id"], kind, title, chars, "", who, day))


for m in M:
    if m["exempt"] or m["can_write"] == "N":
        continue
    who = reviewer(m)
    leader = m["role"] == "党员领导干部"
    if m["name"] != "邹建华":
        for t in rng.sample(LEADER_TITLES if leader else TITLES, 2 if leader else 1):
            essay(m, "心得体会", t, rng.randint(3100, 5200) if leader else rng.randint(1500, 3200),
                  who, D(2005, 3, rng.randint(1, 8)))
    notes = rng.randint(82, 160) * 100 if not leader else rng.randint(300, 520) * 100
    essay(m, "读书笔记", "读书笔记", notes, who, D(2005, 3, rng.randint(4, 9)))
    essay(m, "阶段小结", "学习动员阶段小结", rng.randint(1500, 1900), who, D(2005, 3, rng.randint(8, 11)))

# ------------------------------------------------------------------ meetings, plan, waivers, params
MEETINGS = [
    ("HY01", "DW", "动员大会", D(2005, 1, 24), HEAD, ""),
    ("HY02", "ZZ1", "动员大会", D(2005, 1, 25), "胡志刚", ""),
    ("HY03", "ZZ2", "动员大会", D(2005, 1, 25), "汪德顺", ""),
    ("HY04", "ZZ3", "动员大会", D(2005, 1, 26), "方玉梅", ""),
    ("HY05", "DW", "回头看", D(2005, 3, 10), HEAD, "是"),
    ("HY06", "DW", "转段分析会", D(2005, 3, 15), HEAD, ""),
]
PLANS = [("DW", D(2005, 1, 21), "许文彬")]
ITEMS = [
    ("DW", D(2005, 1, 24), "召开动员大会，党委书记作动员报告", HEAD),
    ("DW", D(2005, 1, 26), "党课：学习《党章》，保持共产党员先进性", HEAD),
    ("DW", D(2005, 1, 28), "专题一：" + TOPICS[0], "胡志刚"),
    ("DW", D(2005, 2, 2), "专题二：" + TOPICS[1], "汪德顺"),
    ("DW", D(2005, 2, 18), "专题三：" + TOPICS[2], "方玉梅"),
    ("DW", D(2005, 2, 25), "专题四：" + TOPICS[3], "钱卫平"),
    ("DW", D(2005, 3, 2), "结合本单位特色专题：" + OWN, "胡志刚"),
    ("DW", D(2005, 3, 3), "专题辅导报告：科学发展观与长三角合作", HEAD),
    ("DW", D(2005, 3, 10), "学习动员阶段“回头看”，听取群众评估组意见", HEAD),
]
WAIVERS = [
    ("member.makeup", BY_NAME["高峰"]["id"], "驻金山工业区招商项目组，缺课以函授资料自学代替",
     HEAD, D(2005, 2, 28), D(2005, 12, 31)),
    ("member.essay", BY_NAME["邹建华"]["id"], "赴皖参加招商活动，心得体会准予延期至3月5日交",
     HEAD, D(2005, 2, 20), D(2005, 3, 5)),
]
PARAMS = [("plan_deadline", "2005-01-25", "第一批学习培训计划报送期限（示例取值）")]

# ------------------------------------------------------------------ write the tables
def write(name, header, rows):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + ".csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)  # QUOTE_MINIMAL, CRLF
        w.writerow(header)
        w.writerows(rows)


write("orgs", ["id", "name", "kind", "parent", "enterprise", "instructor", "leader", "head"],
      [list(o) for o in ORGS])
write("members", ["id", "name", "org", "role", "status", "joined_on", "transferred_in_on", "new",
                  "can_write", "exempt_reason", "post"],
      [[m["id"], m["name"], m["org"], m["role"], m["status"], typed(m["joined"], "dash"), "",
        m["new"], m["can_write"], m["exempt"], m["post"]] for m in M])
write("sessions", ["id", "org", "date", "kind", "hours", "topic", "material"],
      [[s[0], s[1], typed(s[2], "iso"), s[3], hours_text(s[4]), s[5], s[6]]
       for s in sorted(S, key=lambda s: (s[1] != "DW", s[1], s[2], s[0]))])
write("attendance", ["session", "member", "status", "hours", "makeup_for"], [list(a) for a in A])
write("essays", ["id", "member", "kind", "title", "chars", "file", "reviewed_by", "reviewed_on"],
      [list(e[:7]) + [typed(e[7], "slash", ("iso",))] for e in E])
write("meetings", ["id", "org", "kind", "date", "chair", "mass_evaluation"],
      [[h[0], h[1], h[2], typed(h[3], "iso"), h[4], h[5]] for h in MEETINGS])
write("plans", ["org", "filed_on", "reviewed_by"], [[p[0], fmt(p[1], "cn"), p[2]] for p in PLANS])
write("plan_items", ["org", "date", "text", "responsible"],
      [[i[0], typed(i[1], "slash", ("cn", "compact"), 0.3), i[2], i[3]] for i in ITEMS])
write("waivers", ["rule", "subject", "reason", "approved_by", "approved_on", "expires_on"],
      [[w[0], w[1], w[2], w[3], fmt(w[4], "iso"), fmt(w[5], "iso")] for w in WAIVERS])
write("params", ["name", "value", "note"], [list(p) for p in PARAMS])

print(f"wrote {os.path.normpath(OUT)}: {len(ORGS)} orgs, {len(M)} members, {len(S)} sessions, "
      f"{len(A)} attendance rows, {len(E)} written works")
