#!/usr/bin/python3
"""tests/import/many_names.py KHGEN WORKDIR - import stays linear in the
number of units and places a document names.

A plan naming 60,000 distinct villages ("thôn Bình Cát An 12, ...") and
3,000 distinct units ("- Giao Phòng Thử nghiệm An 7 chủ trì ...") is imported; the
registries are hashed, so it takes well under a second of CPU. Before they
were (each name searched in the list, each new id probed against all ids)
it took 17 s for the villages alone, and an 8 MiB document could take
minutes. CPU time of the child is measured (not wall time), with a budget
of 6 s, ten times the hashed figure, so a loaded machine does not fail it.
Prints "ok - ..." / "not ok - ..." lines; exit status 1 on a failure.
"""
import os
import random
import resource
import subprocess
import sys

khgen, work = sys.argv[1], sys.argv[2]
os.makedirs(work, exist_ok=True)
rng = random.Random(1)
syl = ["An", "Bình", "Cát", "Dương", "Đông", "Gia", "Hòa", "Khánh", "Lạc", "Minh",
       "Nam", "Phú", "Quang", "Sơn", "Tân", "Thạch", "Uyên", "Vĩnh", "Xuân", "Yên"]
lines = ["ỦY BAN NHÂN DÂN", "HUYỆN TAM DƯƠNG", "Số: 27/KH-UBND",
         "Tam Dương, ngày 20 tháng 01 năm 2025", "KẾ HOẠCH", "Thử năm 2025",
         "Căn cứ Quyết định số 1/QĐ-UBND ngày 02/01/2025 của UBND tỉnh về việc thử.",
         "UBND huyện xây dựng Kế hoạch như sau:", "I. MỤC TIÊU"]
for i in range(1, 20001):
    names = ", ".join(f"{rng.choice(syl)} {rng.choice(syl)} {rng.choice(syl)} {i * 10 + k}"
                      for k in range(3))
    lines.append(f"- Hỗ trợ các hộ tại thôn {names}.")
lines.append("II. NHIỆM VỤ")
for i in range(1, 3001):
    lines.append(f"- Giao Phòng Thử nghiệm {rng.choice(syl)} {i} chủ trì rà soát.")
lines += ["Trên đây là Kế hoạch./.", "Nơi nhận:", "- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Văn A"]
doc = os.path.join(work, "many-names.txt")
with open(doc, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
out = os.path.join(work, "many-names.yaml")
before = resource.getrusage(resource.RUSAGE_CHILDREN)
# the suites' hang guard: 60 s of CPU time (ten times the budget), not wall
guard = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cpu_guard.sh")
r = subprocess.run([guard, "60", khgen, "import", "--force", "-o", out, doc], capture_output=True)
after = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
fails = 0
text = open(out, encoding="utf-8").read() if r.returncode == 0 else ""
villages, units = text.count(", kind: thôn}"), text.count("name: Phòng Thử nghiệm")
if r.returncode == 0 and villages == 60000 and units == 3000:
    print("ok - 60,000 villages and 3,000 units named in the text are all registered")
else:
    fails += 1
    print(f"not ok - import of many names: status {r.returncode}, {villages} villages, {units} units")
if cpu < 6.0:
    print(f"ok - importing them takes {cpu:.2f} s of CPU (budget 6 s)")
else:
    fails += 1
    print(f"not ok - importing 63,000 names took {cpu:.2f} s of CPU (budget 6 s): quadratic?")
sys.exit(1 if fails else 0)
