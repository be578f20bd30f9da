#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the import fixtures in tests/data. Run once with Debian's python3 (python3-openpyxl);
the files are committed, so the tests never depend on this script. The expected values the tests
check are written here by hand, not produced by Suiji."""
import datetime, io, os, random, zipfile
from openpyxl import Workbook
from openpyxl.workbook.properties import CalcProperties

here = os.path.dirname(os.path.abspath(__file__))
HEAD = ["单位名称", "统一社会信用代码", "对象编码", "所属管理局", "监管类别", "监管级别", "行业类别", "街道", "地址",
        "环境信用等级", "VOCs分级", "最近处罚日期", "免罚日期", "上季度投诉数", "正面清单", "违法线索", "移出重点名录日期"]

# Real-format USCCs with valid check characters (the first three are real codes from domain.md).
ROWS = [
    ["深圳市示例电子有限公司", "914403001922038216", "", "南山", "固定源", "重点", "电子元件制造", "粤海", "深圳市南山区粤海街道科技路1号",
     "良好", "B", "2025/3/31", "", "3", "是", "否", ""],
    ["深圳市华强\"精密\"五金有限公司", "91440300587917503A", "", "宝安区", "固定源", "一般", "金属制品业", "福永", "深圳市宝安区福永街道,工业路8号\n(二期)",
     "警示", "", "2024年11月5日", "", "12", "否", "否", ""],
    ["福州示例监测技术有限公司", "91350100m000100y43", "", "福田管理局", "社会生态环境监测机构", "", "生态环境监测", "沙头", "",
     "", "", "", "2025-01-20", "０", "否", "是", ""],
    ["南山蛇口入海排污口1", "", "RHPWK-440305-0001", "nanshan", "入海排污口", "重点", "入海排污口", "蛇口", "", "", "", "", "", "", "", "", ""],
]

def write_csv(path, rows, encoding, delimiter=",", bom=False, newline="\r\n"):
    def q(v):
        if any(c in v for c in [delimiter, '"', "\n", "\r"]):
            return '"' + v.replace('"', '""') + '"'
        return v
    text = newline.join(delimiter.join(q(c) for c in r) for r in rows) + newline
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    open(path, "wb").write(data)

# GB18030 as Chinese Excel's "CSV (逗号分隔)" saves it: no BOM, CRLF, comma.
write_csv(os.path.join(here, "entities-gb18030.csv"), [HEAD] + ROWS, "gb18030")
# UTF-8 with BOM, semicolons (European Excel), the English header names.
EN = ["name", "uscc", "code", "bureau", "category", "level", "industry", "street", "address", "credit", "vocs",
      "penalty_date", "waiver_date", "complaints", "positive_list", "violation_clue", "removed_date"]
write_csv(os.path.join(here, "entities-utf8-bom.csv"), [EN] + ROWS, "utf-8", delimiter=";", bom=True)
# Tab separated, UTF-8 without BOM, synonyms in the header, columns in another order, an extra column.
TAB_HEAD = ["企业名称", "社会信用代码", "辖区", "对象类别", "备注"]
write_csv(os.path.join(here, "entities-tab.tsv"), [TAB_HEAD, ["=HYPERLINK(\"x\")公司", "914403001922038216", "南山", "固定源", "任意备注"],
                                                   ["@SUM(A1)", "91440300587917503A", "宝安", "固定源", ""]], "utf-8", delimiter="\t", newline="\n")

def xlsx(path, date1904=False):
    wb = Workbook()
    if date1904:
        wb.epoch = datetime.datetime(1904, 1, 1)
    ws = wb.active
    ws.title = "名录"
    ws.append(HEAD)
    ws.append(["深圳市示例电子有限公司", "914403001922038216", None, "南山", "固定源", "重点", "电子元件制造", "粤海", "深圳市南山区粤海街道科技路1号",
               "良好", "B", datetime.date(2025, 3, 31), None, 3, True, False, None])
    ws.append(["宝安示例排污口", None, "RHPWK-440306-0007", "宝安", "入海排污口", "一般", None, "福永", None,
               None, None, datetime.date(2024, 12, 31), datetime.date(2025, 2, 28), 0, False, None, None])
    # Text that looks like a formula, stored as text: must come back as the same text.
    r = ws.max_row + 1
    for col, v in enumerate(["=1+1 公司", "91440300587917503A", None, "宝安", "固定源"], start=1):
        c = ws.cell(row=r, column=col, value=v)
        if col == 1:
            c.data_type = "s"
    ws.cell(row=r, column=14, value=0)
    wb.save(path)

# openpyxl (a different program from Suiji) with real date cells, numbers and booleans.
xlsx(os.path.join(here, "entities-openpyxl.xlsx"))
xlsx(os.path.join(here, "entities-1904.xlsx"), date1904=True)

# Inspectors.
wb = Workbook()
ws = wb.active
ws.append(["姓名", "执法证号", "所属管理局", "科室", "本季度参与", "回避对象"])
ws.append(["王伟", "19050001", "南山", "执法一科", "是", "914403001922038216；91440300587917503A"])
ws.append(["李娜", "19050002", "南山", "执法二科", "否", ""])
ws.append(["张强", "19060001", "宝安", "执法一科", None, "RHPWK-440306-0007"])
wb.save(os.path.join(here, "inspectors.xlsx"))

# The malformed corpus: each file breaks exactly one rule.
m = os.path.join(here, "malformed")
base = [HEAD, ROWS[0]]
def bad(name, rows, **kw):
    write_csv(os.path.join(m, name), rows, "utf-8", **kw)
bad("bad-check.csv", [HEAD, ["甲公司", "914403001922038217"] + ROWS[0][2:]])
bad("duplicate-key.csv", [HEAD, ROWS[0], ROWS[1], ["重复公司"] + ROWS[0][1:]])
bad("unknown-bureau.csv", [HEAD, ROWS[0][:3] + ["东莞"] + ROWS[0][4:]])
bad("unknown-category.csv", [HEAD, ROWS[0][:4] + ["餐饮店"] + ROWS[0][5:]])
bad("impossible-date.csv", [HEAD, ROWS[0][:11] + ["2025-02-30"] + ROWS[0][12:]])
bad("negative-count.csv", [HEAD, ROWS[0][:13] + ["-2"] + ROWS[0][14:]])
bad("missing-column.csv", [[h for h in HEAD if h != "所属管理局"], [v for h, v in zip(HEAD, ROWS[0]) if h != "所属管理局"]])
open(os.path.join(m, "empty.csv"), "wb").write(b"")
open(os.path.join(m, "unclosed-quote.csv"), "wb").write(
    ("\r\n".join([",".join(HEAD), ",".join(ROWS[0]), '"没有结束引号的公司,914403001922038216,,南山,固定源\r\n下一行,,,,'])).encode("utf-8"))
rnd = random.Random(20251129)
open(os.path.join(m, "random-bytes.xlsx"), "wb").write(bytes(rnd.randrange(256) for _ in range(20000)))
good = open(os.path.join(here, "entities-openpyxl.xlsx"), "rb").read()
open(os.path.join(m, "truncated.xlsx"), "wb").write(good[: len(good) * 2 // 3])
with zipfile.ZipFile(os.path.join(m, "not-a-workbook.xlsx"), "w") as z:
    z.writestr("readme.txt", "这是一个普通的 zip 文件，不是 Excel 工作簿。")
print("fixtures written")
