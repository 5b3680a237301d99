#!/usr/bin/python3
"""tests/hardening/genplan.py SEED OUT.yaml - one random valid plan.

A seeded generator of plans that use the whole plan language of README.md
(sections, nested items, tasks with lead/support/due/assign/criteria,
references, figures, tables in the body written and generated, attachments
with group rows, totals and merges, header fields), with Vietnamese text,
markup characters, long words and numbers at their edges. Used by
tests/hardening/formats10.py to render one plan to every format and compare
the words of each (issue 8). The same seed gives the same plan.

With --more (tests/hardening/formats11.py) it also writes the keys session
11 added to the generator: parts (`part:` over the sections, some with a
`label`), and `style`, `text_style`, `label` and `number` on headings.
Without it a seed gives the plan it always gave.

With --stress (tests/hardening/cross21.sh, tools/cross21.py) a third of
the words are the Markdown constructs a text may hold, as an official
types them: emphasis nested and against punctuation, links, code spans,
backslash escapes, NBSP, decomposed Vietnamese and other combining marks,
emoji, braces and the characters HTML, XML and Markdown treat apart.
"""
import json
import random
import sys

WORDS = ("Hoàn thành xây dựng xã đạt chuẩn nông thôn mới nâng cao kiểu mẫu "
         "Ủy ban nhân dân huyện tỉnh phòng chống thiên tai tìm kiếm cứu nạn "
         "Đồng Hưu Tân Hiệp Quỳnh Lưu Nghệ An giao thông thủy lợi điện trường "
         "học cơ sở vật chất văn hóa thông tin truyền thông nhà ở dân cư thu "
         "nhập nghèo lao động việc làm tổ chức sản xuất giáo dục y tế môi "
         "trường an toàn thực phẩm hệ thống chính trị quốc phòng an ninh "
         "Ước tính được thực hiện đúng tiến độ rà soát hồ sơ ĐẠT ỨNG").split()
MARKS = ["*", "_", "`", "<", ">", "&", "[", "]", "#", "|", "\\", "~", "^",
         "**", "__", "<b>", "&amp;", "[x](y)", "a*b*c", "x_y_z", "1.", "-",
         "+", "!", "\"", "'", "%", "$", "~~", "~~gạch~~"]
NUMBERS = ["0", "1", "9", "10", "99", "100", "999", "1.000", "1.234.567",
           "16,9", "0,5", "-2", "2.147.483.648", "999.999.999.999.999",
           "04", "100%", "12,50", "1/2", "31/12/2024"]


STRESS = ["**đậm**", "**đậm**,", "*nghiêng*.", "***cả hai***", "**a *b* c**",
          "(*x*)", "_gạch_dưới", "a**b**c", "**Ủy ban**:", "*a*b", "**\"trích\"**",
          "[trang](https://example.vn/a_b)", "<https://x.vn/y>", "[thư](mailto:a@b.vn)",
          "`mã`", "``a`b``", "`*x*`", "\\*", "\\_", "\\\\", "\\[", "\\`", "x\\",
          "1\u00a0000", "Nguyễn\u00a0Văn", "Nguye\u0302\u0303n", "Vie\u0323\u0302t",
          "a\u0301\u0323", "e\u0308", "🙂", "👍🏽", "🇻🇳", "{{", "}}", "{{x}}", "<", "&",
          "&lt;", "&#65;", "*", "_", "\\", "[x]", "[ ]", "- [x]", "1.234,5", "−5", "–",
          "…", "“trích”", "‘a’", "a\u00adb", "10\u202f000", "Ⅳ", "ﬁ", "²", "½",
          "<b>x</b>", "a|b", "#1", ">", "~x~", "$x$", "^2^"]


class Gen:
    def __init__(self, seed, more=False, stress=False):
        self.r = random.Random(seed)
        self.seq = 0
        self.more = more
        self.stress = stress

    def keys(self, n):
        """--more: a heading's style, label and number, now and then."""
        if not self.more:
            return n
        r = self.r
        if r.random() < 0.25:
            n["style"] = r.choice(["bold", "italic", "bold italic", "plain", "upper"])
        if r.random() < 0.15 and "text" in n:
            n["text_style"] = r.choice(["bold", "italic", "plain"])
        if r.random() < 0.15:
            n["label"] = r.choice(["5.", "", "1)", "a.", "(*)", "**", "-", "IV.", "1.1",
                                   "Điều 1.", "<b>", "~~"])
        elif r.random() < 0.1:
            n["number"] = r.randint(1, 12)
        return n

    def tag(self):
        self.seq += 1
        return "Zq%04d" % self.seq

    def word(self):
        if self.stress and self.r.random() < 0.35:
            return self.r.choice(STRESS)
        r = self.r.random()
        if r < 0.70:
            return self.r.choice(WORDS)
        if r < 0.82:
            return self.r.choice(NUMBERS)
        if r < 0.95:
            m = self.r.choice(MARKS)
            return m if self.r.random() < 0.5 else m + self.r.choice(WORDS)
        return "".join(self.r.choice("abcdeghiklmnopqrstuvxyđăâêôơư")
                       for _ in range(self.r.randint(30, 90)))

    def text(self, lo=2, hi=12, refs=True):
        ws = [self.tag()] + [self.word() for _ in range(self.r.randint(lo, hi))]
        if refs and self.r.random() < 0.5:
            ws.insert(self.r.randint(1, len(ws)), self.ref())
        s = " ".join(ws)
        return s

    def plain(self, lo=1, hi=5):
        """Text printed as written (names): no braces, no markup."""
        return " ".join([self.tag()] + [self.r.choice(WORDS)
                                        for _ in range(self.r.randint(lo, hi))])

    def ref(self):
        c = self.r.choice(["year", "year+1", "year-1", "unit", "short", "loc",
                           "att", "crit", "critname", "count", "sum", "list",
                           "avg", "braces"])
        if c.startswith("year"):
            return "{%s}" % c
        if c in ("unit", "short"):
            return "{%s %s}" % (c, self.r.choice(self.units)[0])
        if c == "loc":
            ids = self.r.sample([l[0] for l in self.locs],
                                self.r.randint(1, min(3, len(self.locs))))
            return "{loc %s}" % " ".join(ids)
        if c == "att" and self.atts:
            return "{att %s}" % self.r.choice(self.atts)
        if c == "crit":
            return "{crit %d}" % self.r.randint(1, 19)
        if c == "critname":
            return "{crit-name %d}" % self.r.randint(1, 19)
        if c == "count":
            return self.r.choice(["{count localities}",
                                  "{count localities kind=xã}",
                                  "{count localities criteria_met>=15 pad=3}"])
        if c == "sum":
            return self.r.choice(["{sum localities data.dan_so}",
                                  "{sum localities criteria_met}"])
        if c == "avg":
            return "{avg localities criteria_met decimals=2}"
        if c == "list":
            return "{list localities kind=xã}"
        return "{{literal}}"

    def plan(self):
        r = self.r
        year = r.choice([2024, 2025, 2026])
        self.year = year
        self.units = [("u%d" % i, self.plain(2, 6), self.plain(1, 2))
                      for i in range(r.randint(2, 5))]
        self.locs = []
        for i in range(r.randint(2, 6)):
            self.locs.append(("l%d" % i, self.plain(1, 3),
                              r.choice(["xã", "thôn", "thị trấn"]),
                              r.randint(0, 19),
                              r.choice([0, 1, 999, 1000, 123456, 7])))
        self.atts = []
        natt = r.randint(0, 3)
        self.atts = ["bieu%02d" % (i + 1) for i in range(natt)]
        p = {"khgen": 1, "import": ["qd318-xa-ntm"]}
        hdr = {"issuer": ["ỦY BAN NHÂN DÂN", "HUYỆN " + self.plain(1, 2).upper()],
               "issuer_short": "UBND huyện " + self.plain(1, 2),
               "place": self.plain(1, 2),
               "date": r.choice(["%d-01" % year, "%d-03-15" % year,
                                 "%d" % year]),
               "title": self.text(4, 14)}
        if r.random() < 0.5:
            hdr["governing_body"] = "UBND TỈNH " + self.plain(1, 2).upper()
        if r.random() < 0.6:
            hdr["number"] = r.choice([1, 9, 10, 123, "45"])
        p["header"] = hdr
        p["bases"] = [{"kind": "Quyết định", "number": "263/QĐ-TTg",
                       "date": "2022-02-22", "by": "Thủ tướng Chính phủ",
                       "about": self.plain(3, 8)},
                      {"text": "Căn cứ " + self.plain(3, 8)}]
        p["opening"] = self.text()
        p["units"] = [{"id": u, "name": n, "short": s} for u, n, s in self.units]
        p["levels"] = [{"id": "ntm", "name": "nông thôn mới"},
                       {"id": "nc", "name": "nông thôn mới nâng cao"}]
        p["localities"] = [{"id": i, "name": n, "kind": k, "criteria_met": c,
                            "target": "ntm", "target_year": year,
                            "data": {"dan_so": d}}
                           for i, n, k, c, d in self.locs]
        p["body"] = [self.section() for _ in range(r.randint(1, 4))]
        if self.more and r.random() < 0.4:
            parts, body = [], p["body"]
            while body:
                k = r.randint(1, len(body))
                part = {"part": self.plain(1, 4).upper(), "items": body[:k]}
                if r.random() < 0.3:
                    part["label"] = r.choice(["Phần I", "PHẦN THỨ HAI", "Phần 1", ""])
                parts.append(part)
                body = body[k:]
            p["body"] = parts
        p["closing"] = self.text()
        p["recipients"] = [self.plain(1, 4) for _ in range(r.randint(1, 4))]
        p["signature"] = {"lines": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
                          "name": self.plain(1, 3)}
        if self.atts:
            p["attachments"] = [self.attachment(a, i)
                                for i, a in enumerate(self.atts)]
        p["suppress"] = ["KH253", "KH505", "KH506", "KH118", "KH023", "KH018", "KH250", "KH251", "KH252"]
        return p

    def section(self):
        n = {"section": self.text(1, 5, refs=False), "items": []}
        for _ in range(self.r.randint(1, 4)):
            n["items"].append(self.node(1))
        return self.keys(n)

    def node(self, depth):
        r = self.r
        k = r.choice(["clause", "clause", "point", "bullet", "para", "task",
                      "task", "table", "string", "subclause"])
        if depth > 3 and k in ("clause", "subclause", "table"):
            k = "bullet"
        if k == "string":
            return self.text()
        if k == "para":
            return {"para": self.text(3, 30)}
        if k == "table":
            return self.body_table()
        if k == "task":
            return self.task(depth)
        if k == "subclause" and depth < 2:
            k = "clause"
        n = {k: self.text(1, 8)}
        if r.random() < 0.3 and k in ("clause", "subclause"):
            n["text"] = self.text()
        if r.random() < 0.5 and depth < 4:
            n["items"] = [self.node(depth + 1)
                          for _ in range(r.randint(1, 3))]
            if k == "subclause" or k == "point":
                n["items"] = [x for x in n["items"]
                              if not (isinstance(x, dict) and
                                      ("clause" in x or "subclause" in x))] \
                    or [{"bullet": self.text()}]
        if k == "clause" and "items" in n:
            n["items"] = [x if not (isinstance(x, dict) and "clause" in x)
                          else {"subclause": x["clause"], **{kk: v for kk, v in x.items() if kk != "clause"}}
                          for x in n["items"]]
        return self.keys(n)

    def due(self):
        y = self.year
        return self.r.choice(["%d-06-30" % y, "%d-10" % y, "%d-Q4" % y,
                              "%d-H1" % y, "%d" % y, "ongoing",
                              {"before": "%d-11" % y},
                              {"in": "%d-Q1" % y, "text": self.plain(1, 3)},
                              {"in": "ongoing", "prefix": "Hoàn thành"}])

    def task(self, depth, table=False):
        r = self.r
        t = {"task": self.text(1, 6) if r.random() < 0.7 or table else ""}
        if not table or r.random() < 0.5:
            t["text"] = self.text(2, 20) + (" {lead} {due}" if r.random() < 0.3 else "")
        t["lead"] = r.choice(self.units)[0]
        if r.random() < 0.5:
            t["support"] = [u for u, _, _ in r.sample(self.units, r.randint(1, len(self.units)))
                            if u != t["lead"]] or [self.units[0][0]]
            if t["lead"] in t["support"]:
                del t["support"]
        if r.random() < 0.8 or "{due}" in t.get("text", ""):
            t["due"] = self.due()
        if r.random() < 0.4:
            t["criteria"] = [r.randint(1, 19)]
        if r.random() < 0.2 and not table:
            t["assign"] = [{"unit": r.choice(self.units)[0],
                            "indicators": ["17.%d" % r.randint(1, 12)]}]
        if r.random() < 0.2:
            t["lead_note"] = self.plain(1, 4)
        if r.random() < 0.3 or table:
            t["data"] = {"san_pham": self.plain(1, 4)}
        return t

    def columns_written(self):
        cols = [{"key": "stt", "type": "stt", "header": "TT"},
                {"key": "name", "header": self.plain(1, 3)},
                {"key": "n", "header": self.plain(1, 2), "type": "int",
                 "total": True, "group": "Năm {year}"},
                {"key": "rate", "header": self.plain(1, 2), "type": "percent",
                 "group": "Năm {year}"},
                {"key": "d", "header": "Số", "type": "decimal",
                 "decimals": self.r.choice([0, 1, 2, 3])},
                {"key": "nh", "header": self.plain(1, 2)}]
        return cols

    def rows_written(self):
        r = self.r
        rows = []
        grp = self.r.choice(["A", "B"])
        for i in range(r.randint(1, 6)):
            if r.random() < 0.2:
                rows.append({"heading": self.plain(1, 3)})
                continue
            rows.append({"name": self.text(1, 6, refs=r.random() < 0.3),
                         "n": r.choice([0, 1, 7, 1000, 123456789, -5, 999999]),
                         "rate": r.choice([0, 50, 92.1, 100, 33.25, 0.5]),
                         "d": r.choice([0, 1.5, 1234.5678, 0.001, 16.9, 1000000.25]),
                         "nh": grp})
            if r.random() < 0.4:
                grp = r.choice(["A", "B", "C"])
        return rows

    def body_table(self):
        r = self.r
        if r.random() < 0.4:
            cols = [{"key": "stt", "type": "stt", "header": "TT"},
                    {"key": "task", "header": "Nhiệm vụ"},
                    {"key": "lead", "header": "Chủ trì"},
                    {"key": "support", "header": "Phối hợp"},
                    {"key": "due", "header": "Thời hạn"},
                    {"key": "san_pham", "header": "Sản phẩm"}]
            return {"table": self.text(1, 5, refs=False), "columns": cols,
                    "items": [self.task(3, table=True)
                              for _ in range(r.randint(1, 4))]}
        if r.random() < 0.5:
            t = {"table": self.text(1, 5), "columns": self.columns_written(),
                 "rows": self.rows_written(), "totals": "Tổng cộng"}
            if r.random() < 0.5:
                t["merge"] = ["nh"]
            if r.random() < 0.5:
                t["note"] = self.text()
            return t
        return {"table": self.r.choice(["", self.text(1, 4)]),
                "columns": self.loc_columns(),
                "rows": self.loc_rows()}

    def loc_columns(self):
        return [{"key": "stt", "type": "stt", "header": "STT"},
                {"key": "name_full", "header": "Tên"},
                {"key": "criteria_met", "header": "Số tiêu chí", "type": "int",
                 "total": True},
                {"key": "dan_so", "header": "Dân số", "type": "int"},
                {"key": "kind", "header": "Loại"},
                {"key": "ghi", "header": "Ghi chú", "value": self.plain(1, 2)}]

    def loc_rows(self):
        g = {"from": "localities"}
        if self.r.random() < 0.6:
            g["group_by"] = "kind"
        if self.r.random() < 0.5:
            g["sort"] = self.r.choice(["name", "-criteria_met", "dan_so"])
        return g

    def attachment(self, aid, i):
        r = self.r
        a = {"id": aid, "label": "Biểu %02d" % (i + 1),
             "title": self.text(2, 8)}
        k = r.choice(["written", "loc", "preset", "tasks"])
        if k == "written":
            a["columns"] = self.columns_written()
            a["rows"] = self.rows_written()
            a["totals"] = r.choice([True, "Tổng cộng"])
            if r.random() < 0.5:
                a["merge"] = ["nh"]
        elif k == "loc":
            a["columns"] = self.loc_columns()
            a["rows"] = self.loc_rows()
            a["totals"] = True
        elif k == "preset":
            a["preset"] = r.choice(["locality-targets", "task-assignments"])
        else:
            a["preset"] = "task-assignments"
            a["rows"] = {"group_by": r.choice(["section", "lead"])}
        if r.random() < 0.5:
            a["note"] = self.text()
        if r.random() < 0.5:
            a["orientation"] = "portrait"
        return a


def main():
    seed = int(sys.argv[1])
    p = Gen(seed, "--more" in sys.argv[3:], "--stress" in sys.argv[3:]).plan()
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        # JSON is YAML: every string quoted, so a mark means itself.
        json.dump(p, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
