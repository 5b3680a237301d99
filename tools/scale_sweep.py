#!/usr/bin/env python3
"""scale_sweep.py - is every command linear in what it reads? (issue 8)

    python3 tools/scale_sweep.py [--khgen ./khgen] [--cpu] [--scale K]
                                 [--only SUBSTRING ...] [--work DIR]

Each family below grows one thing of one command's input (entries, tasks,
data keys, unknown keys, a misspelling repeated, paragraphs, table rows,
columns, a line's length, diagnostics, includes, imported paragraphs,
diff edits, ...) and runs the command at n, 2n, 4n and 8n. It counts the
instructions of each run with valgrind's cachegrind (--cache-sim=no: the
count does not move with the machine's load) and prints, per family, the
counts and the ratio of each doubling. A ratio over 2.3 is flagged "<--":
a linear step doubles, a quadratic one quadruples (a fixed start-up cost
makes the first ratios smaller than 2, so look at the last one). --cpu
measures CPU time (user + system) instead, without valgrind: quicker, but
noisy under load. --scale K multiplies every n by K (inputs of a few MB at
K=4). Exits 1 when a family's last doubling was flagged, so that a CI job
may run it; never times wall time.

Families build their inputs in --work (default /tmp/scale_sweep-$USER);
the README's complete example is the base plan most of them grow.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import resource

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

HEAD = """khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, HUYỆN YÊN THẾ]
  issuer_short: UBND huyện Yên Thế
  number: ""
  code: KH-UBND
  place: Yên Thế
  date: 2024-01
  title: Triển khai thực hiện Chương trình nông thôn mới trên địa bàn huyện năm 2024
opening: "UBND huyện xây dựng Kế hoạch thực hiện năm {year}, như sau:"
"""
TAIL = """closing: Trên đây là Kế hoạch năm {year} của UBND huyện.
recipients: [UBND tỉnh, Các xã, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
"""
UNITS = """units:
  - {id: vpdp, name: Văn phòng Điều phối nông thôn mới huyện, short: VPĐP NTM}
  - {id: tckh, name: Phòng Tài chính - Kế hoạch}
"""
WORDS = ("Hoàn thành rà soát hồ sơ đề nghị xét công nhận xã đạt chuẩn nông thôn mới "
         "nâng cao trên địa bàn huyện").split()


def words(i, k=12):
    return " ".join(WORDS[(i + j) % len(WORDS)] for j in range(k)) + " số %d" % i


def plan(body, extra="", units=UNITS):
    return HEAD + units + extra + "body:\n" + body + TAIL


def write(work, name, text):
    path = os.path.join(work, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


# ---- the families: each f(n, work) -> argv after khgen --------------------------

def paras(n, work, name="paras.yaml", change=None):
    body = "  - section: NỘI DUNG\n    items:\n"
    for i in range(n):
        t = words(i)
        if change is not None and change(i):
            t += " thêm"
        body += "      - para: %s.\n" % t
    return write(work, name, plan(body))


def tasks_body(n):
    body = "  - section: NHIỆM VỤ\n    items:\n      - clause: Các nhiệm vụ\n        items:\n"
    for i in range(n):
        body += ("          - task: %s\n            lead: %s\n            support: [%s]\n"
                 "            due: 2024-%02d\n" % (words(i, 6), "tckh" if i % 2 else "vpdp",
                                                  "vpdp" if i % 2 else "tckh", 1 + i % 12))
    return body


def f_check_paras(n, work):
    return ["check", paras(n, work)]


def f_build_paras(fmt):
    return lambda n, work: ["build", "-f", fmt, "-o", os.path.join(work, "out"), paras(n, work)]


def f_check_tasks(n, work):
    return ["check", write(work, "tasks.yaml", plan(tasks_body(n)))]


def f_build_tasks(fmt):
    return lambda n, work: ["build", "-f", fmt, "-o", os.path.join(work, "out"),
                            write(work, "tasks.yaml", plan(tasks_body(n)))]


def gen_plan(n, work):
    out = subprocess.run([sys.executable, os.path.join(TOP, "tests/bench/gen_plan.py"),
                          str(max(10, n)), str(max(19, 2 * n))], capture_output=True, check=True)
    path = os.path.join(work, "gen.yaml")
    with open(path, "wb") as f:
        f.write(out.stdout)
    return path


def f_check_gen(n, work):
    return ["check", gen_plan(n, work)]


def f_build_gen(fmt):
    return lambda n, work: ["build", "-f", fmt, "-o", os.path.join(work, "out"), gen_plan(n, work)]


def rows_plan(n, work, cols=4):
    extra = ""
    att = ("attachments:\n  - id: b1\n    label: Biểu 01\n    title: Danh sách năm 2024\n"
           "    columns:\n      - {key: stt, type: stt, header: TT}\n")
    for c in range(cols):
        att += "      - {key: c%d, header: Cột %d}\n" % (c, c)
    att += "    rows:\n"
    for i in range(n):
        att += "      - {" + ", ".join("c%d: %s" % (c, words(i + c, 3)) for c in range(cols)) + "}\n"
    body = "  - section: NỘI DUNG\n    items:\n      - para: (Chi tiết theo {att b1} đính kèm).\n"
    return write(work, "rows.yaml", plan(body) + att)


def f_rows(cmd_fmt):
    def f(n, work):
        p = rows_plan(n, work)
        if cmd_fmt == "check":
            return ["check", p]
        return ["build", "-f", cmd_fmt, "-o", os.path.join(work, "out"), p]
    return f


def f_columns(cmd_fmt):
    def f(n, work):
        p = rows_plan(500, work, cols=n)
        if cmd_fmt == "check":
            return ["check", p]
        return ["build", "-f", cmd_fmt, "-o", os.path.join(work, "out"), p]
    return f


def f_long_line(fmt):
    def f(n, work):
        text = " ".join("**đậm** _nghiêng_ `mã` [liên kết](http://a.vn) từ%d" % i for i in range(n))
        p = write(work, "long.yaml", plan("  - section: NỘI DUNG\n    items:\n      - para: \"%s\"\n" % text))
        if fmt == "check":
            return ["check", p]
        return ["build", "-f", fmt, "-o", os.path.join(work, "out"), p]
    return f


def localities(n, data_keys=0, misspelt=0):
    s = "localities:\n"
    for i in range(n):
        d = ""
        if data_keys:
            d = ", data: {" + ", ".join("k%s_%d: %d" % ("dan_s" if k < misspelt else "x", k, k)
                                         for k in range(data_keys)) + "}"
        s += "  - {id: l%d, name: Xã Số %d, kind: xã, criteria_met: %d%s}\n" % (i, i, i % 19, d)
    return s


def f_check_localities(n, work):
    body = "  - section: NỘI DUNG\n    items:\n      - para: Có {count localities kind=xã} xã.\n"
    return ["check", write(work, "locs.yaml", plan(body, localities(n)))]


def datakeys_plan(n, work):
    # one locality with n data keys, each a near miss of the key the table reads
    # ("dan_so"), another's keys, so each one is judged
    near = ["dan_s%s" % c for c in "0123456789abcdefghijklmnpqrtuvwxyz"]
    near += ["dan%s_so" % c for c in "0123456789abcdefghijklmnpqrtuvwxyz"]
    near += ["dam_s%s" % c for c in "0123456789abcdefghijklmnpqrtuvwxyz"]
    keys = ["%s%d" % (near[i % len(near)], i // len(near)) if i >= len(near) else near[i]
            for i in range(n)]
    locs = "localities:\n  - {id: l0, name: Xã Một, kind: xã, data: {dan_so: 1}}\n"
    locs += "  - {id: l1, name: Xã Hai, kind: xã, data: {%s}}\n" % ", ".join("%s: 1" % k for k in keys)
    att = ("attachments:\n  - id: b1\n    label: Biểu 01\n    title: Dân số năm 2024\n"
           "    columns:\n      - {key: stt, type: stt, header: TT}\n      - {key: name, header: Xã}\n"
           "      - {key: data.dan_so, header: Dân số, type: int}\n"
           "    rows: {from: localities}\n")
    body = "  - section: NỘI DUNG\n    items:\n      - para: (Chi tiết theo {att b1} đính kèm).\n"
    return write(work, "datakeys.yaml", plan(body, locs) + att)


def f_check_datakeys(n, work):
    return ["check", datakeys_plan(n, work)]


def f_check_unknown_keys(n, work):
    # n tasks each with the same misspelt key ('leed'): n KH101, one suggestion each
    body = "  - section: NỘI DUNG\n    items:\n"
    for i in range(n):
        body += "      - task: %s\n        leed: tckh\n" % words(i, 5)
    return ["check", write(work, "unknown.yaml", plan(body))]


def f_check_distinct_unknown(n, work):
    # one mapping with n distinct unknown keys
    body = "  - section: NỘI DUNG\n    items:\n      - task: Một nhiệm vụ\n"
    for i in range(n):
        body += "        lead%d: tckh\n" % i
    return ["check", write(work, "distinct.yaml", plan(body))]


def f_check_unknown_refs(json):
    def f(n, work):
        # one paragraph naming an unknown unit n times, each its own diagnostic
        body = "  - section: NỘI DUNG\n    items:\n"
        for i in range(n):
            body += "      - para: Giao {unit tckhh} và {unit vpdpp} thực hiện %d.\n" % i
        argv = ["check", "--max-errors", "0"] if json == "all" else ["check"]
        if json == "json":
            argv.append("--diagnostics-format=json")
        return argv + [write(work, "refs.yaml", plan(body))]
    return f


def f_check_errors_one_line(n, work):
    # n errors on one long line: each printed with a window of its line
    items = ", ".join("{unit zz%d}" % i for i in range(n))
    body = "  - section: NỘI DUNG\n    items:\n      - para: \"%s\"\n" % items
    return ["check", "--max-errors", "0", write(work, "oneline.yaml", plan(body))]


def f_check_recipients(n, work):
    text = plan("  - section: NỘI DUNG\n    items:\n      - para: Một.\n")
    rec = "recipients: [" + ", ".join("Phòng số %d" % i for i in range(n)) + ", \"Lưu: VT\"]"
    text = re.sub(r"recipients: .*", lambda m: rec, text)
    return ["check", write(work, "rec.yaml", text)]


def f_check_units(n, work):
    units = "units:\n" + "".join("  - {id: u%d, name: Phòng chuyên môn số %d}\n" % (i, i) for i in range(n))
    body = "  - section: NỘI DUNG\n    items:\n" + "".join(
        "      - task: Nhiệm vụ %d\n        lead: u%d\n" % (i, i) for i in range(n))
    return ["check", write(work, "units.yaml", plan(body, units=units))]


def f_check_bases(n, work):
    bases = "bases:\n" + "".join(
        "  - {kind: Quyết định, number: %d/QĐ-UBND, date: 2023-01-02, by: UBND tỉnh, about: việc số %d}\n"
        % (i, i) for i in range(n))
    return ["check", write(work, "bases.yaml", plan("  - section: A\n    items:\n      - para: Một.\n", bases))]


def f_check_includes(n, work):
    inc = os.path.join(work, "inc")
    os.makedirs(inc, exist_ok=True)
    names = []
    for i in range(n):
        names.append("inc/r%d.yaml" % i)
        write(work, names[-1], "localities:\n  - {id: l%d, name: Xã Số %d, kind: xã}\n" % (i, i))
    text = HEAD + "include: [" + ", ".join(names) + "]\n" + UNITS + \
        "body:\n  - section: A\n    items:\n      - para: Có {count localities kind=xã} xã.\n" + TAIL
    return ["check", write(work, "incs.yaml", text)]


def f_import_txt(n, work):
    lines = ["ỦY BAN NHÂN DÂN", "HUYỆN YÊN THẾ", "", "KẾ HOẠCH", "Triển khai năm 2024", "",
             "I. MỤC TIÊU", ""]
    for i in range(n):
        lines += ["- " + words(i) + ".", ""]
    lines += ["II. NHIỆM VỤ", ""]
    for i in range(n):
        lines += ["%d. %s." % (i + 1, words(i + 3)), ""]
    return ["import", "-o", os.path.join(work, "imp.yaml"), "--force",
            write(work, "in.txt", "\n".join(lines) + "\n")]


def f_import_md(n, work):
    lines = ["# KẾ HOẠCH", "", "## I. MỤC TIÊU", ""]
    for i in range(n):
        lines += ["- " + words(i) + ".", ""]
    lines += ["| TT | Nội dung | Chủ trì |", "| --- | --- | --- |"]
    for i in range(n):
        lines.append("| %d | %s | Phòng %d |" % (i + 1, words(i, 4), i % 7))
    return ["import", "-o", os.path.join(work, "imp.yaml"), "--force",
            write(work, "in.md", "\n".join(lines) + "\n")]


def docx_of(khgen, yaml, work):
    out = os.path.join(work, "docx")
    subprocess.run([khgen, "build", "-f", "docx", "-o", out, yaml], capture_output=True)
    return os.path.join(out, os.path.basename(yaml)[:-5] + ".docx")


def f_import_docx(what):
    def f(n, work, khgen):
        p = paras(n, work) if what == "paras" else rows_plan(n, work) if what == "rows" else \
            write(work, "tasks.yaml", plan(tasks_body(n)))
        return ["import", "-o", os.path.join(work, "imp.yaml"), "--force", docx_of(khgen, p, work)]
    f.needs_khgen = True
    return f


def f_diff_paras(every):
    def f(n, work):
        old = paras(n, work, "old.yaml")
        new = paras(n, work, "new.yaml", change=(lambda i: i % every == 0) if every else
                    (lambda i: i == n // 2))
        return ["diff", "--no-color", old, new]
    return f


def f_diff_moves(n, work):
    # the paragraphs in reverse order: every one moved
    old = paras(n, work, "old.yaml")
    body = "  - section: NỘI DUNG\n    items:\n" + "".join(
        "      - para: %s.\n" % words(i) for i in reversed(range(n)))
    return ["diff", "--no-color", old, write(work, "new.yaml", plan(body))]


def f_diff_tasks(n, work):
    old = write(work, "old.yaml", plan(tasks_body(n)))
    new = write(work, "new.yaml", plan(tasks_body(n)).replace("due: 2024-05", "due: 2024-06"))
    return ["diff", "--no-color", old, new]


def f_diff_rows(n, work):
    old = rows_plan(n, work)
    shutil.copy(old, os.path.join(work, "old.yaml"))
    with open(old, encoding="utf-8") as fh:
        text = fh.read()
    lines = text.split("\n")
    at = [i for i, l in enumerate(lines) if l.startswith("      - {c0")]
    rows = [lines[i] for i in at]
    rows = rows[1::2] + rows[0::2]  # every row moved
    for i, r in zip(at, rows):
        lines[i] = r
    new = write(work, "new.yaml", "\n".join(lines))
    return ["diff", "--no-color", os.path.join(work, "old.yaml"), new]


def f_new_tasks(n, work):
    return ["new", "--from", write(work, "tasks.yaml", plan(tasks_body(n))), "--year", "2025",
            "-o", os.path.join(work, "new.yaml"), "--force"]


def f_new_gen(n, work):
    return ["new", "--from", gen_plan(n, work), "--year", "2025",
            "-o", os.path.join(work, "new.yaml"), "--force"]


TCVN3 = bytes([0x55, 0xB8, 0x20, 0x62, 0xAB, 0x6E, 0x20, 0x6E, 0x68, 0xA9, 0x6E, 0x20,
               0x64, 0xA9, 0x6E])  # TCVN3 (ABC) bytes of Vietnamese words


def f_convert(n, work):
    path = os.path.join(work, "tcvn.yaml")
    with open(path, "wb") as fh:
        fh.write(b"title: ")
        for i in range(n):
            fh.write(TCVN3 + b" %d\n  " % i if i % 20 == 19 else TCVN3 + b" ")
        fh.write(b"\n")
    return ["convert", path, "-o", os.path.join(work, "conv.yaml"), "--force"]


def f_template(n, work):
    tpl = os.path.join(work, "tpl")
    os.makedirs(tpl, exist_ok=True)
    write(tpl, "plan.md", "".join("{{#header}}{{title}} %d{{/header}}\n" % i for i in range(n)) + "{{{body}}}\n")
    return ["build", "-f", "md", "--templates", tpl, "-o", os.path.join(work, "out"), paras(10, work)]


def f_wording(n, work):
    # the wording's phrases read n times (tasks), each with a user's wording.yaml
    tpl = os.path.join(work, "tplw")
    os.makedirs(tpl, exist_ok=True)
    write(tpl, "wording.yaml", 'task_lead_line: "+ Đơn vị chủ trì: {{{lead}}}"\n')
    return ["build", "-f", "md", "--templates", tpl, "-o", os.path.join(work, "out"),
            write(work, "tasks.yaml", plan(tasks_body(n)))]


def f_yaml_error(n, work):
    # a quote left open n lines above the syntax error: its hint looks back
    body = "  - section: NỘI DUNG\n    items:\n      - para: \"Mở ngoặc\n" + "".join(
        "        dòng %d của đoạn\n" % i for i in range(n)) + "    - para: x: y\n"
    return ["check", write(work, "yerr.yaml", plan(body))]


def f_yaml_deep_flow(n, work):
    # a flow list of n items on one line
    return ["check", write(work, "flow.yaml", plan(
        "  - section: A\n    items:\n      - para: Một.\n") +
        "suppress: [" + ", ".join("KH%03d" % (100 + i % 800) for i in range(n)) + "]\n")]


def f_check_includes_warn(n, work):
    # each included registry holds a mistake: a diagnostic in each of n files
    inc = os.path.join(work, "inc")
    os.makedirs(inc, exist_ok=True)
    names = []
    for i in range(n):
        names.append("inc/r%d.yaml" % i)
        write(work, names[-1], "localities:\n  - {id: l%d, name: Xã Số %d, kind: xã, nmae: x}\n" % (i, i))
    text = HEAD + "include: [" + ", ".join(names) + "]\n" + UNITS + \
        "body:\n  - section: A\n    items:\n      - para: Có {count localities kind=xã} xã.\n" + TAIL
    return ["check", write(work, "incs.yaml", text)]


def f_check_parent_chain(n, work):
    # each locality under the one before: a chain of n parents
    locs = "localities:\n  - {id: l0, name: Huyện Một, kind: huyện}\n" + "".join(
        "  - {id: l%d, name: Xã Số %d, kind: xã, parent: l%d}\n" % (i, i, i - 1) for i in range(1, n))
    body = "  - section: NỘI DUNG\n    items:\n      - para: Có {count localities kind=xã} xã.\n"
    return ["check", write(work, "chain.yaml", plan(body, locs))]


def f_check_dup_ids(n, work):
    # n localities with one id: n-1 duplicates, each with a note
    locs = "localities:\n" + "".join("  - {id: l0, name: Xã Số %d, kind: xã}\n" % i for i in range(n))
    return ["check", "--max-errors", "0", write(work, "dups.yaml", plan(
        "  - section: A\n    items:\n      - para: Một.\n", locs))]


def f_check_figures(n, work):
    body = "  - section: NỘI DUNG\n    items:\n" + "".join(
        "      - para: Có {count localities criteria_met>=%d} xã số %d.\n" % (i % 19, i) for i in range(n))
    return ["check", write(work, "figs.yaml", plan(body, localities(n)))]


def f_build_group_by(fmt):
    def f(n, work):
        locs = "localities:\n" + "".join(
            "  - {id: l%d, name: Xã Số %d, kind: xã, data: {nhom: Nhóm %d, dan_so: %d}}\n"
            % (i, i, i // 2, i) for i in range(n))
        att = ("attachments:\n  - id: b1\n    label: Biểu 01\n    title: Danh sách năm 2024\n"
               "    columns:\n      - {key: stt, type: stt, header: TT}\n      - {key: name, header: Xã}\n"
               "      - {key: data.dan_so, header: Dân số, type: int, total: true}\n"
               "    rows: {from: localities, group_by: data.nhom, sort: name}\n")
        body = "  - section: NỘI DUNG\n    items:\n      - para: (Chi tiết theo {att b1} đính kèm).\n"
        return ["build", "-f", fmt, "-o", os.path.join(work, "out"),
                write(work, "group.yaml", plan(body, locs) + att)]
    return f


def f_build_sections(fmt):
    def f(n, work):
        body = "".join("  - section: PHẦN %d\n    items:\n      - para: %s.\n" % (i, words(i)) for i in range(n))
        return ["build", "-f", fmt, "-o", os.path.join(work, "out"), write(work, "secs.yaml", plan(body))]
    return f


def f_build_attachments(n, work):
    att = "attachments:\n" + "".join(
        "  - id: b%d\n    label: Biểu %d\n    title: Bảng số %d\n    columns:\n"
        "      - {key: stt, type: stt, header: TT}\n      - {key: a, header: Nội dung}\n"
        "    rows:\n      - {a: %s}\n" % (i, i, i, words(i, 4)) for i in range(n))
    body = "  - section: NỘI DUNG\n    items:\n" + "".join(
        "      - para: (Chi tiết theo {att b%d} đính kèm).\n" % i for i in range(n))
    return ["build", "-f", "xlsx,md", "-o", os.path.join(work, "out"), write(work, "atts.yaml", plan(body) + att)]


def f_check_refs_in_text(n, work):
    text = " ".join("{unit tckh} và {unit vpdp}" for _ in range(n))
    return ["check", write(work, "refs.yaml", plan("  - section: A\n    items:\n      - para: \"%s\"\n" % text))]


def f_check_title_years(n, work):
    title = " ".join("năm 2023 và năm 2024" for _ in range(n))
    text = plan("  - section: A\n    items:\n      - para: Một.\n")
    text = re.sub(r"  title: .*", lambda m: "  title: " + title, text, count=1)
    return ["check", write(work, "title.yaml", text)]


def f_diff_long_para(every):
    def f(n, work):
        ws = [WORDS[i % len(WORDS)] + str(i) for i in range(n)]
        old = plan("  - section: A\n    items:\n      - para: %s.\n" % " ".join(ws))
        ws2 = [w + "x" if i % every == 0 else w for i, w in enumerate(ws)]
        new = plan("  - section: A\n    items:\n      - para: %s.\n" % " ".join(ws2))
        return ["diff", "--no-color", write(work, "old.yaml", old), write(work, "new.yaml", new)]
    return f


def f_diff_columns(n, work):
    old = rows_plan(500, work, cols=n)
    shutil.copy(old, os.path.join(work, "old.yaml"))
    with open(old, encoding="utf-8") as fh:
        text = fh.read()
    new = write(work, "new.yaml", text.replace("c0: ", "c0: Mới ", 3))
    return ["diff", "--no-color", os.path.join(work, "old.yaml"), new]


def f_import_docx_runs(n, work, khgen):
    text = " ".join("**đậm** _nghiêng_ thường %d" % i for i in range(n))
    p = write(work, "runs.yaml", plan("  - section: NỘI DUNG\n    items:\n      - para: \"%s\"\n" % text))
    return ["import", "-o", os.path.join(work, "imp.yaml"), "--force", docx_of(khgen, p, work)]


f_import_docx_runs.needs_khgen = True


def f_import_long_line(ext):
    def f(n, work):
        line = " ".join(words(i, 3) for i in range(n))
        head = "ỦY BAN NHÂN DÂN\nHUYỆN YÊN THẾ\n\nKẾ HOẠCH\nTriển khai năm 2024\n\nI. MỤC TIÊU\n\n" \
            if ext == "txt" else "# KẾ HOẠCH\n\n## I. MỤC TIÊU\n\n"
        return ["import", "-o", os.path.join(work, "imp.yaml"), "--force",
                write(work, "in." + ext, head + line + "\n")]
    return f


def f_new_include(n, work):
    reg = "localities:\n" + "".join(
        "  - {id: l%d, name: Xã Số %d, kind: xã, target: ntm, target_year: 2024}\n" % (i, i) for i in range(n))
    write(work, "registry.yaml", "levels:\n  - {id: ntm, name: nông thôn mới}\n" + reg)
    text = HEAD + "include: [registry.yaml]\n" + UNITS + \
        "body:\n  - section: A\n    items:\n      - para: Có {count localities kind=xã} xã năm 2024.\n" + TAIL
    return ["new", "--from", write(work, "p.yaml", text), "--year", "2025",
            "-o", os.path.join(work, "new.yaml"), "--force"]


def f_convert_long_line(n, work):
    path = os.path.join(work, "tcvn1.yaml")
    with open(path, "wb") as fh:
        fh.write(b"title: " + b" ".join(TCVN3 for _ in range(n)) + b"\n")
    return ["convert", path, "-o", os.path.join(work, "conv.yaml"), "--force"]


def f_json_one_line(n, work):
    items = ", ".join("{unit zz%d}" % i for i in range(n))
    body = "  - section: NỘI DUNG\n    items:\n      - para: \"%s\"\n" % items
    return ["check", "--max-errors", "0", "--diagnostics-format=json", write(work, "oneline.yaml", plan(body))]


def f_import_bad_utf8(n, work):
    # a .txt of n lines, each with a byte that is no UTF-8: a diagnostic each
    path = os.path.join(work, "bad.txt")
    with open(path, "wb") as fh:
        fh.write(b"KE HOACH\n\n" + b"".join(b"d\xf2ng %d\n\n" % i for i in range(n)))
    return ["import", "-o", os.path.join(work, "imp.yaml"), "--force", path]


def f_check_long_ids(n, work):
    # 300 units with ids of n characters sharing their beginning, 60
    # references one letter off: the "did you mean" search of each
    pre = ("phong-" * 50)[:max(1, n - 5)]
    units = "units:\n" + "".join("  - {id: %s%05d, name: Phòng số %d}\n" % (pre, i, i) for i in range(300))
    body = "  - section: A\n    items:\n" + "".join(
        "      - task: Việc %d\n        lead: %s%05d\n" % (i, pre, i) for i in range(300))
    body += "".join("      - para: Giao {unit %sx%04d}.\n" % (pre, i) for i in range(60))
    return ["check", write(work, "ids.yaml", plan(body, units=units))]


# name, function, base n (the sizes run are n, 2n, 4n, 8n)
FAMILIES = [
    ("check: paragraphs", f_check_paras, 2000),
    ("build md: paragraphs", f_build_paras("md"), 2000),
    ("build html: paragraphs", f_build_paras("html"), 2000),
    ("build docx: paragraphs", f_build_paras("docx"), 2000),
    ("check: tasks", f_check_tasks, 1000),
    ("build md: tasks", f_build_tasks("md"), 1000),
    ("build docx: tasks", f_build_tasks("docx"), 1000),
    ("check: gen_plan localities+tasks", f_check_gen, 250),
    ("build md,html: gen_plan", f_build_gen("md,html"), 250),
    ("build xlsx: gen_plan", f_build_gen("xlsx"), 250),
    ("check: localities", f_check_localities, 2000),
    ("check: units each a lead", f_check_units, 1000),
    ("check: recipients", f_check_recipients, 1000),
    ("check: legal bases", f_check_bases, 1000),
    ("check: data keys of one locality (KH260)", f_check_datakeys, 1000),
    ("check: a misspelt key repeated (KH101)", f_check_unknown_keys, 1000),
    ("check: distinct unknown keys of one mapping", f_check_distinct_unknown, 1000),
    ("check: unknown references, default cap", f_check_unknown_refs("text"), 1000),
    ("check: unknown references, --max-errors 0", f_check_unknown_refs("all"), 1000),
    ("check: unknown references, json", f_check_unknown_refs("json"), 1000),
    ("check: errors on one line, all printed", f_check_errors_one_line, 500),
    ("check: table rows", f_rows("check"), 1000),
    ("build xlsx: table rows", f_rows("xlsx"), 1000),
    ("build docx: table rows", f_rows("docx"), 1000),
    ("build md: table columns (at most 32: KH607)", f_columns("md"), 3),
    ("build xlsx: table columns (at most 32: KH607)", f_columns("xlsx"), 3),
    ("check: one long line", f_long_line("check"), 1000),
    ("build md: one long line of emphasis", f_long_line("md"), 1000),
    ("build html: one long line of emphasis", f_long_line("html"), 1000),
    ("build docx: one long line of emphasis", f_long_line("docx"), 1000),
    ("check: includes", f_check_includes, 100),
    ("check: YAML hint over an open quote", f_yaml_error, 2000),
    ("check: a long flow list", f_yaml_deep_flow, 2000),
    ("import txt: paragraphs", f_import_txt, 1000),
    ("import md: bullets and table rows", f_import_md, 1000),
    ("import docx: paragraphs", f_import_docx("paras"), 1000),
    ("import docx: table rows", f_import_docx("rows"), 1000),
    ("import docx: tasks", f_import_docx("tasks"), 500),
    ("diff: one edit in a run of paragraphs", f_diff_paras(0), 2000),
    ("diff: every 3rd paragraph edited", f_diff_paras(3), 1000),
    ("diff: paragraphs reversed", f_diff_moves, 1000),
    ("diff: tasks, some deadlines moved", f_diff_tasks, 500),
    ("diff: table rows moved", f_diff_rows, 500),
    ("new: tasks", f_new_tasks, 1000),
    ("new: gen_plan", f_new_gen, 250),
    ("convert: TCVN3 words", f_convert, 5000),
    ("template: tags of a user's plan.md", f_template, 1000),
    ("wording: a user's phrase over tasks", f_wording, 1000),
    ("check: includes, a mistake in each", f_check_includes_warn, 200),
    ("check: a chain of parents", f_check_parent_chain, 1000),
    ("check: one id n times, --max-errors 0", f_check_dup_ids, 1000),
    ("check: distinct figures over localities", f_check_figures, 500),
    ("build md: group_by, a group per two rows", f_build_group_by("md"), 1000),
    ("build xlsx: group_by, a group per two rows", f_build_group_by("xlsx"), 1000),
    ("build md: sections", f_build_sections("md"), 1000),
    ("build docx: sections", f_build_sections("docx"), 1000),
    ("build xlsx,md: attachments", f_build_attachments, 100),
    ("check: references in one text", f_check_refs_in_text, 1000),
    ("check: a title of many years", f_check_title_years, 1000),
    ("diff: one paragraph, every 2nd word edited", f_diff_long_para(2), 1000),
    ("diff: one paragraph, every 50th word edited", f_diff_long_para(50), 1000),
    ("diff: table columns, a cell edited", f_diff_columns, 3),
    ("import docx: runs of one paragraph", f_import_docx_runs, 500),
    ("import txt: one long line", f_import_long_line("txt"), 1000),
    ("import md: one long line", f_import_long_line("md"), 1000),
    ("new: an included registry's localities", f_new_include, 1000),
    ("convert: one long line", f_convert_long_line, 5000),
    ("check: errors on one line, json", f_json_one_line, 500),
    ("import txt: a bad byte on each line", f_import_bad_utf8, 1000),
    ("check: 'did you mean' over ids of n characters", f_check_long_ids, 30),
]


def measure(khgen, argv, cpu, work):
    if cpu:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([khgen] + argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=work)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    log = os.path.join(work, "valgrind.log")
    subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no",
                    "--cachegrind-out-file=/dev/null", "--log-file=" + log, khgen] + argv,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=work)
    if not os.path.exists(log):  # valgrind did not start
        return None
    with open(log) as fh:
        m = re.search(r"I\s+refs:\s+([\d,]+)", fh.read())
    return int(m.group(1).replace(",", "")) if m else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--khgen", default=os.path.join(TOP, "khgen"))
    ap.add_argument("--cpu", action="store_true")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--only", nargs="*", default=[])
    ap.add_argument("--work", default="/tmp/scale_sweep-%s" % os.environ.get("USER", "x"))
    ap.add_argument("--flag", type=float, default=2.3)
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--first", type=int, default=0, help="start at the family of this index (--list)")
    ap.add_argument("--last", type=int, default=10**6, help="stop after the family of this index")
    args = ap.parse_args()
    if args.list:
        for i, (name, _, n) in enumerate(FAMILIES):
            print("%2d %-46s n=%d" % (i, name, n))
        return 0
    khgen = os.path.abspath(args.khgen)
    flagged = 0
    unit = "CPU s" if args.cpu else "instructions"
    print("%-46s %7s  %s (ratio per doubling)" % ("family", "n", unit))
    for index, (name, fn, n0) in enumerate(FAMILIES):
        if index < args.first or index > args.last:
            continue
        if args.only and not any(o in name for o in args.only):
            continue
        n = max(1, int(n0 * args.scale))
        counts = []
        sizes = []
        for k in range(4):
            work = os.path.join(args.work, re.sub(r"[^a-z0-9]+", "-", name.lower()), str(k))
            shutil.rmtree(work, ignore_errors=True)
            os.makedirs(work)
            argv = fn(n << k, work, khgen) if getattr(fn, "needs_khgen", False) else fn(n << k, work)
            sizes.append(sum(os.path.getsize(a) for a in argv if os.path.isfile(a)))
            counts.append(measure(khgen, argv, args.cpu, work))
        cells = []
        last_flag = False
        for k, c in enumerate(counts):
            if c is None:
                cells.append("?")
                continue
            cell = ("%.2f" % c) if args.cpu else "{:,}".format(c)
            if k and counts[k - 1]:
                r = c / counts[k - 1]
                last_flag = r > args.flag
                cell += " (%.2fx%s)" % (r, " <--" if r > args.flag else "")
            cells.append(cell)
        flagged += last_flag
        print("%-46s %7d  %s  [%s KB at 8n]" % (name, n, "  ".join(cells), sizes[-1] // 1024), flush=True)
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
