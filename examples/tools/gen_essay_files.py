# Generates examples/essay-files/: one branch whose essays are handed in as files (文章/), as a
# folder of CSV tables saved as "CSV UTF-8". The essays' texts are in tools/essay-sources/;
# the .docx and .doc files are converted from them with LibreOffice when it is installed
# (soffice --headless), otherwise the committed ones are kept. 赵敏's .txt is saved in GB18030,
# as Notepad on a Chinese Windows machine saves it.
import csv, datetime, os, shutil, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "essay-sources")
OUT = os.path.join(HERE, "..", "essay-files")
DOCS = os.path.join(OUT, "文章")
os.makedirs(DOCS, exist_ok=True)

def table(name, header, rows):
    with open(os.path.join(OUT, name + ".csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)

table("组织", ["组织编号", "组织名称", "组织类型", "上级组织", "单位", "指导员", "负责人", "书记"],
      [["B01", "某软件公司党支部", "党支部", "", "某软件公司", "周建国", "", "周红"]])
members = [("M01", "周红", "书记"), ("M02", "陈刚", "党员领导干部"), ("M03", "李娜", "党员"),
           ("M04", "赵敏", "党员"), ("M05", "王磊", "党员"), ("M06", "孙鹏", "党员")]
table("党员名册", ["党员编号", "姓名", "所在组织", "身份", "状态", "入党日期"],
      [[m, n, "B01", r, "在职", "2004-06-30" if m == "M05" else "1995-07-01"] for m, n, r in members])
topics = ["理想信念与党的宗旨", "党员先锋模范作用与党的执政能力建设",
          "求真务实与坚持科学发展观和正确政绩观", "党的优良传统和作风", "立足岗位创新创业当先锋"]
kinds = ["党课", "讨论", "电教", "参观", "集中学习"]
start = datetime.date(2005, 7, 27)
sessions = [(f"S{i + 1:02d}", (start + datetime.timedelta(days=3 * i)).isoformat(), kinds[i % 5],
             "3.5", topics[i % 5], "《党章》" if i in (0, 5) else "《保持共产党员先进性教育读本》")
            for i in range(10)]
sessions += [(f"Z{i + 1:02d}", (start + datetime.timedelta(days=3 * i + 1)).isoformat(), "自学",
              "3", "自学读本", "《保持共产党员先进性教育读本》") for i in range(2)]
table("学习活动", ["活动编号", "组织", "日期", "形式", "学时", "主题", "学习内容"],
      [[s[0], "B01", *s[1:]] for s in sessions])
table("签到", ["活动编号", "党员编号", "出勤"],
      [[s[0], m[0], "出席"] for s in sessions for m in members])

# (id, member, title, declared 字数, file or "", source text)
essays = [
    ("E01", "M02", "以先进性建设推动企业持续健康发展", "3050", "文章/陈刚-心得体会.docx", "chengang-1.txt"),
    ("E02", "M02", "学习党章的几点体会", "3000", "文章/陈刚-学习党章的几点体会.doc", "chengang-2.txt"),
    ("E03", "M03", "立足岗位当先锋", "550", "文章/李娜.txt", "lina.txt"),
    ("E04", "M04", "立足本职岗位争当先锋", "500", "文章/赵敏.txt", "zhaomin.txt"),
    ("E05", "M05", "做一名合格的青年党员", "", "文章/王磊.md", "wanglei.md"),
    ("E06", "M06", "老党员的新认识", "280", "文章/孙鹏.docx", "sunpeng.txt"),
    ("E07", "M01", "抓好学习动员　带好支部队伍", "400", "文章/周红.docx", "zhouhong.txt"),
]
rows = [[e[0], e[1], "心得体会", e[2], e[3], e[4], "周红", "2005-08-29"] for e in essays]
rows += [[f"N{i + 1:02d}", m[0], "学习笔记", "学习笔记", "6000", "", "周红", "2005-08-30"]
         for i, m in enumerate(members)]
table("心得体会", ["编号", "党员编号", "类型", "标题", "字数", "文件", "批改人", "批改日期"], rows)
table("会议", ["编号", "组织", "类型", "日期", "主持人", "听取群众评估组意见"],
      [["H01", "B01", "动员大会", "2005-07-25", "周红", ""],
       ["H02", "B01", "回头看", "2005-08-30", "周红", "是"]])
table("学习计划", ["组织", "报送日期", "审核人"], [["B01", "2005-07-22", "周建国"]])
table("计划条目", ["组织", "日期", "内容", "责任人"],
      [["B01", f"2005-07-{27 + i}", t, "周红"] for i, t in enumerate(topics)])

soffice = shutil.which("soffice")
for _, _, _, _, target, source in essays:
    src, dst = os.path.join(SRC, source), os.path.join(OUT, target)
    ext = os.path.splitext(target)[1]
    if ext in (".txt", ".md"):
        text = open(src, encoding="utf-8").read()
        open(dst, "w", encoding="gb18030" if "赵敏" in target else "utf-8", newline="\r\n").write(text)
    elif soffice:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([soffice, "--headless", "--infilter=Text (encoded):UTF8",
                            "--convert-to", ext[1:], "--outdir", tmp, src], check=True,
                           capture_output=True)
            shutil.move(os.path.join(tmp, os.path.splitext(source)[0] + ext), dst)
