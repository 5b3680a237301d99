#!/usr/bin/env python3
"""gen_plan.py - writes a big plan for `make bench`.

    python3 tests/bench/gen_plan.py [LOCALITIES [TASKS]] > big.yaml

The plan is a district plan scaled up: 50 units, three levels, LOCALITIES
localities (one commune for every nine villages, each village under its
commune, with criteria counts, targets and criteria lists), and TASKS tasks
spread over sections and clauses, every task with a lead, supporting units,
a deadline inside the year, criteria codes and the locality it is about,
some nested under another task with an earlier deadline. The text uses
inline references and figures ({loc}, {unit}, {count ...}, {avg ...}) and
the plan attaches five tables (the localities, the assignment of the
criteria, the assignment table of every task, the communes' targets and
the assignment of the indicators), so `khgen check` exercises every stage on realistic data. The
plan is correct: checking it reports nothing (from 10 localities and 19 tasks
up: each of the 19 criteria needs a task). Deterministic (no randomness).
"""
import sys

n_localities = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
n_tasks = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
n_units = max(1, min(50, n_tasks))  # a unit no task names would be a warning (KH250)
out = []
w = out.append

w("khgen: 1\nimport: [qd318-xa-ntm]\n")
w("header:\n  issuer: [ỦY BAN NHÂN DÂN, HUYỆN LỚN]\n  issuer_short: UBND huyện Lớn\n"
  "  place: Lớn\n  date: 2024-01\n"
  "  title: Triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024\n")
w("bases:\n  - kind: QĐ\n    number: 263/QĐ-TTg\n    date: 2022-02-22\n    by: Thủ tướng Chính phủ\n"
  "    about: phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025\n")
w("opening: \"UBND huyện xây dựng Kế hoạch thực hiện năm {year}, như sau:\"\n")

w("units:\n")
for u in range(n_units):
    w("  - {id: u%d, name: Phòng chuyên môn số %d, short: Phòng %d}\n" % (u, u + 1, u + 1))
w("levels:\n  - {id: ntm, name: nông thôn mới}\n  - {id: ntm-nc, name: nông thôn mới nâng cao}\n"
  "  - {id: ntm-km, name: nông thôn mới kiểu mẫu}\n")

w("localities:\n")
communes = []
for i in range(n_localities):
    if i % 10 == 0:
        communes.append(i)
        crit = [str(1 + (i + k) % 19) for k in range(1 + i % 3)]
        w("  - {id: l%d, name: Xã Số %d, kind: xã, status: ntm, target: ntm-nc, target_year: 2024, "
          "criteria_met: %d, criteria_planned: %d, criteria: [%s]}\n"
          % (i, i // 10 + 1, 15 + i % 4, len(crit), ", ".join(crit)))
    else:
        parent = i - i % 10
        w("  - {id: l%d, name: Thôn %d, kind: thôn, parent: l%d, target: ntm-km, target_year: 2024, "
          "data: {ho: %d}}\n" % (i, i, parent, 100 + i % 200))

w("body:\n")
w("  - section: MỤC TIÊU\n    items:\n")
w("      - bullet: \"Toàn huyện có {count localities kind=xã} xã và {count localities kind=thôn} thôn; "
  "bình quân {avg localities criteria_met kind=xã} tiêu chí/xã; hoàn thành thêm "
  "{sum localities criteria kind=xã} tiêu chí.\"\n")
w("      - para: (Chi tiết theo {att bieu01} đính kèm).\n")
w("  - section: NHIỆM VỤ, GIẢI PHÁP\n    items:\n")
dues = ["2024-03-31", "2024-06", "2024-Q3", "2024-H2", "2024-11-30", "ongoing", "2024",
        "{before: 2024-12}"]
per_clause = 100
task = 0
clause = 0
while task < n_tasks:
    clause += 1
    w("      - clause: Nhóm nhiệm vụ %d\n        items:\n" % clause)
    for _ in range(per_clause):
        if task >= n_tasks:
            break
        lead = task % n_units
        support = [(task + 1) % n_units, (task + 7) % n_units]
        loc = task % n_localities
        crit = 1 + task % 19
        nested = task % 10 == 9 and task + 1 < n_tasks
        w("          - task: \"\"\n            id: t%d\n"
          "            text: \"{unit u%d} chủ trì thực hiện nhiệm vụ %d tại {loc l%d}, hoàn thành {due}.\"\n"
          "            lead: u%d\n            support: [u%d, u%d]\n            due: %s\n"
          "            criteria: [%d]\n            localities: [l%d]\n"
          % (task, lead, task + 1, loc, lead, support[0], support[1],
             "2024-11-30" if nested else dues[task % len(dues)], crit, loc))
        task += 1
        if nested:
            loc = task % n_localities
            w("            items:\n              - task: Bước chuẩn bị\n                id: t%d\n"
              "                lead: u%d\n                due: 2024-10\n                criteria: [%d]\n"
              "                localities: [l%d]\n" % (task, task % n_units, 1 + task % 19, loc))
            task += 1
w("  - section: TỔ CHỨC THỰC HIỆN\n    items:\n"
  "      - para: (Các ngành phụ trách tiêu chí theo {att bieu02} đính kèm)\n"
  "      - para: (Phân công nhiệm vụ theo {att bieu03}; tiêu chí các xã theo {att bieu04}; "
  "chỉ tiêu theo {att bieu05} đính kèm)\n")
w("closing: Trên đây là Kế hoạch năm {year} của UBND huyện.\n")
w("recipients: [UBND tỉnh, Các xã, \"Lưu: VT\"]\n")
w("signature:\n  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]\n  name: Nguyễn Văn A\n")
w("attachments:\n"
  "  - id: bieu01\n    label: Biểu 01\n    title: Danh sách xã, thôn phấn đấu đạt chuẩn năm {year}\n"
  "    preset: locality-targets\n"
  "  - id: bieu02\n    label: Biểu 02\n    title: Phân công phụ trách tiêu chí\n"
  "    preset: criteria-assignments\n"
  "  - id: bieu03\n    label: Biểu 03\n    title: Phân công nhiệm vụ\n"
  "    preset: task-assignments\n"
  "  - id: bieu04\n    label: Biểu 04\n    title: Tiêu chí các xã phấn đấu hoàn thành\n"
  "    preset: locality-criteria\n"
  "  - id: bieu05\n    label: Biểu 05\n    title: Phân công phụ trách chỉ tiêu\n"
  "    preset: indicator-assignments\n")
sys.stdout.write("".join(out))
