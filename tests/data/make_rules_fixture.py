#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes rules-futian.csv: a hand-built list of a few hundred 福田 entities whose per-pool counts
for 2025Q3 with 13 inspectors are worked out by hand below (and in tests/cli/TestCli.cpp).
The groups are written out one by one so the counts can be checked by reading this file.

Classification window for 2025Q3: penalties and waivers dated 2024-07-01 … 2025-06-30.

fixed.general   150 plain + 2 with a penalty on 2024-06-30 (a day before the window)
                + 1 with 9 complaints (under the threshold of 10) = 153 eligible;
                excluded 46: credit 31 (20 良好, 10 诚信, 1 良好 with the old penalty),
                vocs 10 (VOCs A), positive_list 5 (non-key on the positive list);
                quota ceil(2.5 × 13) = ceil(32.5) = 33
fixed.key       34 + 4 on the positive list (off-site) + 2 with a penalty in the window (key
                beats special) = 40 eligible; quota ceil(12.5% × 40) = 5
fixed.special   12 penalty 2025-03-15 + 6 waiver 2024-07-01 (first day of the window) + 4 警示
                + 3 不良 + 3 VOCs C + 2 with 10 complaints + 3 良好 with a penalty on 2025-06-30
                (special beats excluded) = 33; quota ceil(25% × 33) = ceil(8.25) = 9
mobile.diesel_fleet       37 → max(1, ceil(0.37)) = 1
mobile.emission_station   0 → 0 (empty pool)
mobile.fuel               6 petrol stations + 1 oil depot = 7 → ceil(0.175) = 1
construction.general      25 → ceil(2.5 × 13) = 33 > 25: 25, capped
construction.key          8 → ceil(0.2) = 1
outfall.key 2 → ceil(0.4) = 1;  outfall.general 3 → 26 > 3: 3, capped;
outfall.special 1 (penalty) → ceil(0.3) = 1
soil.key_unit   12 on the list → ceil(0.6) = 1; must-check 1 (removed 2025-05-10);
                1 removed 2024-03-01 (more than 12 months before 2025Q3): neither
soil.plot       3 → 3 (9 tasks)
monitoring_agency  7, 2 with a violation clue → must-check 2, pool 5, quota ceil(0.7) = 1
"""
import os

here = os.path.dirname(os.path.abspath(__file__))
ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def uscc(n):
    body = "91440304" + "%09d" % n
    s = sum(ALPHA.index(c) * w for c, w in zip(body, W))
    return body + ALPHA[(31 - s % 31) % 31]

HEAD = ["单位名称", "统一社会信用代码", "对象编码", "所属管理局", "监管类别", "监管级别", "行业类别", "街道",
        "环境信用等级", "VOCs分级", "最近处罚日期", "免罚日期", "上季度投诉数", "正面清单", "违法线索", "移出重点名录日期"]
rows = []
n = [0]

def add(count, name, category, level="一般", credit="", vocs="", penalty="", waiver="", complaints="0",
        positive="否", clue="否", removed="", code=False, industry="电子元件制造"):
    for i in range(count):
        n[0] += 1
        key_uscc, key_code = (uscc(n[0]), "") if not code else ("", "FT-%s-%04d" % (category, n[0]))
        rows.append(["%s%d" % (name, i + 1), key_uscc, key_code, "福田", category, level, industry, "沙头",
                     credit, vocs, penalty, waiver, complaints, positive, clue, removed])

F = "固定源"
add(150, "一般企业", F)
add(2, "旧处罚企业", F, penalty="2024-06-30")
add(1, "九宗投诉企业", F, complaints="9")
add(20, "良好企业", F, credit="良好")
add(10, "诚信企业", F, credit="诚信")
add(10, "VOCsA级企业", F, vocs="A")
add(5, "正面清单一般企业", F, positive="是")
add(1, "良好旧处罚企业", F, credit="良好", penalty="2024-06-30")
add(34, "重点企业", F, level="重点")
add(4, "正面清单重点企业", F, level="重点", positive="是")
add(2, "受处罚重点企业", F, level="重点", penalty="2025-02-14")
add(12, "处罚企业", F, penalty="2025-03-15")
add(6, "免罚企业", F, waiver="2024-07-01")
add(4, "警示企业", F, credit="警示")
add(3, "不良企业", F, credit="不良")
add(3, "VOCsC级企业", F, vocs="C")
add(2, "投诉企业", F, complaints="10")
add(3, "良好处罚企业", F, credit="良好", penalty="2025-06-30")
add(37, "用车大户", "柴油车用车大户", industry="道路货物运输")
add(6, "加油站", "加油站", industry="加油站")
add(1, "储油库", "储油库", industry="储油库")
add(25, "一般建设项目", "建设项目", industry="房屋建筑")
add(8, "重点建设项目", "建设项目", level="重点", industry="房屋建筑")
add(2, "重点排污口", "入海排污口", level="重点", code=True, industry="入海排污口")
add(3, "一般排污口", "入海排污口", code=True, industry="入海排污口")
add(1, "特殊排污口", "入海排污口", penalty="2025-01-08", code=True, industry="入海排污口")
add(12, "土壤重点单位", "土壤污染重点监管单位", level="重点", industry="化学原料")
add(1, "新移出单位", "土壤污染重点监管单位", removed="2025-05-10", industry="化学原料")
add(1, "早移出单位", "土壤污染重点监管单位", removed="2024-03-01", industry="化学原料")
add(3, "修复地块", "风险管控和修复地块", code=True, industry="地块")
add(5, "监测机构", "社会生态环境监测机构", industry="生态环境监测")
add(2, "违法线索监测机构", "社会生态环境监测机构", clue="是", industry="生态环境监测")

with open(os.path.join(here, "rules-futian.csv"), "w", encoding="utf-8-sig", newline="") as f:
    for r in [HEAD] + rows:
        f.write(",".join(r) + "\r\n")
print(len(rows), "rows")

# inspectors-futian.csv: 14 福田 inspectors, 13 taking part; 19040001 must never be matched to the
# first two ordinary entities (回避).
names = ["陈明", "林芳", "黄伟", "周静", "吴磊", "徐丽", "孙涛", "马超", "朱红", "胡军", "郭敏", "何平", "罗刚", "高洁"]
with open(os.path.join(here, "inspectors-futian.csv"), "w", encoding="utf-8-sig", newline="") as f:
    f.write("姓名,执法证号,所属管理局,科室,本季度参与,回避对象\r\n")
    for i, name in enumerate(names):
        conflicts = '"%s；%s"' % (uscc(1), uscc(2)) if i == 0 else ""
        f.write("%s,1904%04d,福田,执法%d科,%s,%s\r\n" % (name, i + 1, i % 3 + 1, "否" if i == 13 else "是", conflicts))
