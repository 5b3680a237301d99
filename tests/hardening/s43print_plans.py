#!/usr/bin/env python3
"""s43print_plans.py KIND OUT.yaml - the plans tests/hardening/s43print.sh prints.

    note   one Biểu (landscape) of 27 rows, every third short, the others two
           lines long, a totals row and a note of three lines: its table
           ends at the foot of its third page, so a note printed after the
           table stood alone on the fourth (LibreOffice's PDF of the .docx
           and Chromium's print of the .html, at main d5be71a7);
    rows   40 tasks of 3-8 lines under numbered clauses, then one Biểu of 120
           rows of one to three lines in groups of 25, under a note: page
           breaks in the body's paragraphs and in a long table (rows, the
           header repeated, group rows, page numbers, the signature).
Text is generated from a fixed list of words, so the plans are the same
each run.
"""
import sys

WORDS = ("Tiếp tục rà soát đánh giá thực trạng các tiêu chí nông thôn mới trên địa bàn "
         "xã để xây dựng kế hoạch cụ thể huy động nguồn lực thực hiện có hiệu quả các "
         "nội dung của Chương trình mục tiêu quốc gia").split()

HEAD = """khgen: 1
header:
  issuer: [ỦY BAN NHÂN DÂN, XÃ TÂN HIỆP]
  issuer_short: UBND xã Tân Hiệp
  number: ""
  code: KH-UBND
  place: Tân Hiệp
  date: 2024-01
  title: Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn xã năm 2024
bases:
  - text: Căn cứ tình hình thực tế của địa phương
opening: "UBND xã xây dựng Kế hoạch thực hiện năm {year}, như sau:"
units:
  - {id: vp, name: Văn phòng - Thống kê xã}
closing: Trên đây là Kế hoạch năm {year} của UBND xã.
recipients: [UBND huyện, Các thôn, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  name: Nguyễn Văn A
"""


def text(n, seed=0):
    return " ".join(WORDS[(seed + i) % len(WORDS)] for i in range(n))


def note_plan():
    out = [HEAD, "body:\n  - section: TỔ CHỨC THỰC HIỆN\n    items:\n"
           "      - para: %s (chi tiết theo {att b01} đính kèm).\n" % text(40, 3)]
    out.append("attachments:\n  - id: b01\n    label: Biểu 01\n    title: Bảng số 1\n"
               "    note: >-\n      Ghi chú của biểu 1: %s.\n    totals: Tổng cộng\n"
               "    columns:\n      - stt\n      - {key: name, header: Nội dung}\n"
               "      - {key: n, header: Số lượng, type: int, total: true}\n    rows:\n" % text(60))
    for r in range(27):
        out.append("      - {name: \"Hàng 1.%d %s\", n: %d}\n" % (r + 1, text(25 if r % 3 else 5, r), r + 1))
    return "".join(out)


def rows_plan():
    out = [HEAD, "body:\n  - section: NHIỆM VỤ, GIẢI PHÁP\n    items:\n"]
    for t in range(40):
        out.append("      - clause: Nhiệm vụ số %d về %s\n        items:\n" % (t + 1, text(6, t)))
        out.append("          - task: \"\"\n            text: >-\n              %s.\n"
                   "            lead: vp\n            due: 2024-%02d\n"
                   % (text(40 + (t * 13) % 70, t), t % 12 + 1))
    out.append("  - section: TỔ CHỨC THỰC HIỆN\n    items:\n"
               "      - para: Chi tiết theo {att b01} đính kèm.\n")
    out.append("attachments:\n  - id: b01\n    label: Biểu 01\n    title: Bảng lớn\n"
               "    note: >-\n      %s.\n    columns:\n      - stt\n"
               "      - {key: name, header: Nội dung}\n      - {key: who, header: Đơn vị thực hiện}\n"
               "      - {key: n, header: Số lượng, type: int}\n    rows:\n" % text(50, 1))
    for r in range(120):
        if r % 25 == 0:
            out.append("      - heading: Nhóm %d\n" % (r // 25 + 1))
        out.append("      - {name: \"Hàng %d %s\", who: \"%s\", n: %d}\n"
                   % (r + 1, text((r * 7) % 40, r), text((r * 11) % 30, r + 5), r + 1))
    return "".join(out)


def main(argv):
    kinds = {"note": note_plan, "rows": rows_plan}
    if len(argv) != 3 or argv[1] not in kinds:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[2], "w", encoding="utf-8") as f:
        f.write(kinds[argv[1]]())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
