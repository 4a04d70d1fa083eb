# Generates examples/single-branch/branch.yaml: one branch, realistic and with a few gaps.
import datetime
out=[]
P=out.append
P("# 滨江某科技公司党支部 · 学习动员阶段台账（示例）")
P("name: 某科技公司党支部")
P("orgs:")
P("  - {id: B01, name: 某科技公司党支部, kind: 党支部, enterprise: 某科技公司, instructor: 周建国, head: 王海燕}")
P("members:")
members=[
 ("M01","王海燕","书记","在职","",""),
 ("M02","陈立新","党员领导干部","在职","",""),
 ("M03","张三","党员","在职","",""),
 ("M04","李娜","党员","在职","",""),
 ("M05","刘洋","党员","流动","",""),
 ("M06","赵德明","党员","离退休","","长期患病住院"),
 ("M07","孙丽","党员","在职","",""),
 ("M08","周敏","党员","离退休","否",""),
]
for mid,name,role,status,cw,ex in members:
    extra = (f", 有书写能力: {cw}" if cw else "") + (f", 免除原因: {ex}" if ex else "")
    P(f"  - {{党员编号: {mid}, 姓名: {name}, 所在组织: B01, 身份: {role}, 状态: {status}{extra}}}")
topics=["理想信念与党的宗旨","党员先锋模范作用与党的执政能力建设","求真务实与坚持科学发展观和正确政绩观","党的优良传统和作风","立足岗位创新创业当先锋"]
# 12 collective sessions x 3h = 36h, 3 self sessions x 3h = 9h -> 45h total, collective 36/45
sessions=[]
d=datetime.date(2005,7,27)
kinds=["党课","讨论","电教","参观","集中学习"]
for i in range(12):
    sid=f"S{i+1:02d}"
    sessions.append((sid,(d+datetime.timedelta(days=3*i)).isoformat(),kinds[i%5],("2.5" if i==11 else "3"),topics[i%5], "《党章》" if i in (0,5) else "《保持共产党员先进性教育读本》"))
for i in range(3):
    sessions.append((f"Z{i+1:02d}",(d+datetime.timedelta(days=3*i+1)).isoformat(),"自学","3","自学读本","《保持共产党员先进性教育读本》"))
sessions.append(("S13","2005-08-28","集中学习","3","补课","《党章》"))
P("sessions:")
for s in sessions:
    P(f"  - {{id: {s[0]}, org: B01, date: {s[1]}, kind: {s[2]}, hours: {s[3]}, topic: {s[4]}, material: {s[5]}}}")
P("attendance:")
def row(sid,mid,st,extra=""):
    P(f"  - {{session: {sid}, member: {mid}, status: {st}{extra}}}")
for sid,*_ in sessions:
    if sid=="S13": continue
    for mid,*_ in members:
        if mid=="M06": continue
        st="出席"
        if mid=="M03" and sid in ("S02","S05","S09"): st="请假"   # Zhang San misses three, makes up none
        if mid=="M04" and sid=="S04": st="请假"                  # Li Na misses one, makes it up
        if mid=="M07" and sid.startswith("Z"): st="缺席"          # Sun Li skips self-study
        if mid=="M08" and sid=="S07": st="送学上门"
        if mid=="M05" and sid in ("S03","S06","S08","S10","S11"): st="缺席"  # mobile member
        row(sid,mid,st)
row("S13","M04","补课",", makeup_for: S04")
P("essays:")
es=[("E01","M01","心得体会","坚定理想信念 做合格党员",3200,"王海燕"),("E02","M01","学习笔记","学习笔记",None,"王海燕"),
    ("E03","M02","心得体会","以先进性建设推动企业发展",3500,"王海燕"),("E04","M02","心得体会","学习党章的体会",2999,"王海燕"),("E05","M02","学习笔记","学习笔记",None,"王海燕"),
    ("E06","M03","心得体会","我的先进性认识",1800,"王海燕"),("E07","M03","学习笔记","学习笔记",None,"王海燕"),
    ("E08","M04","心得体会","岗位上的先锋",2100,"王海燕"),("E09","M04","学习笔记","学习笔记",None,""),
    ("E10","M05","学习笔记","学习笔记",None,"王海燕"),
    ("E11","M07","心得体会","学习体会",1500,"王海燕"),("E12","M07","学习笔记","学习笔记",None,"王海燕")]
for e in es:
    chars=f", chars: {e[4]}" if e[4] else ""
    P(f"  - {{id: {e[0]}, member: {e[1]}, kind: {e[2]}, title: {e[3]}{chars}, reviewed_by: {e[5]!r}}}".replace("'",'"') if e[5]=="" else f"  - {{id: {e[0]}, member: {e[1]}, kind: {e[2]}, title: {e[3]}{chars}, reviewed_by: {e[5]}}}")
P("meetings:")
P("  - {id: H01, org: B01, kind: 动员大会, date: 2005-07-25, chair: 王海燕}")
P("  - {id: H02, org: B01, kind: 回头看, date: 2005-08-30, chair: 王海燕, 听取群众评估组意见: 是}")
P("plans:")
P("  - {org: B01, filed_on: 2005年7月22日, reviewed_by: 周建国}")
P("plan_items:")
for i,t in enumerate(topics):
    P(f"  - {{org: B01, date: 2005-07-{27+i}, text: {t}, responsible: 王海燕}}")
P("waivers:")
P("  - {rule: member.study-hours, subject: M05, reason: 外出务工，已函授学习, approved_by: 周建国, approved_on: 2005-08-20, expires_on: 2005-09-30}")
open("examples/single-branch/branch.yaml","w").write("\n".join(out)+"\n")
