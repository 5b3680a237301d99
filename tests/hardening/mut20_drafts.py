#!/usr/bin/env python3
"""tests/hardening/mut20_drafts.py KHGEN WORKDIR - the cases of mut20.sh
(session 20's mutation sweep) for check_draft.c, the drafter's meaning
mistakes (KH166-KH169, KH261-KH263, KH315, KH316).

Each case is one of drafts19_cases.py's base plans with OLD -> NEW
replacements (each OLD once in the base), and what `khgen check` must say
of it: the exact list of the session-19 codes it reports, each as (CODE,
TEXT), at the line of the plan that first holds TEXT, nothing more and
nothing less (drafts19.py asks only that the one code expected be there,
so a mutant that added a false alarm beside it, or moved it, passed), and
for some a piece of the message (WANT). The mutants each case kills are
named beside it; the ids are those of `tools/mutants.py list
src/check_draft.c` at 45cdcdf.

Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed";
exits 1 if any failed."""
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# the suites' hang guard (60 s of CPU time, not of wall time)
GUARD = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'cpu_guard.sh')
from drafts19_cases import BASES, PLANS  # noqa: E402

NEW_CODES = ('KH166', 'KH167', 'KH168', 'KH169', 'KH261', 'KH262', 'KH263', 'KH315',
             'KH316')
DIAG = re.compile(r'^(.*?):(\d+):(\d+): (error|warning)\[(KH\d+)\]')


def C(id, base, subs, what, expect, want=(), status=0):
    return {'id': id, 'base': base, 'subs': subs, 'what': what, 'expect': expect,
            'want': want, 'status': status}


# KH261's ranks (kind_rank): each kind of locality as (high, low), the
# rank it may stand at from the province (1) to the village (4).
RANKS = [('tỉnh', 1, 1), ('thành phố', 1, 2), ('huyện', 2, 2), ('quận', 2, 2),
         ('thị xã', 2, 2), ('xã', 3, 3), ('phường', 3, 3), ('thị trấn', 3, 3),
         ('thôn', 4, 4), ('bản', 4, 4), ('ấp', 4, 4), ('buôn', 4, 4), ('làng', 4, 4),
         ('xóm', 4, 4), ('tổ dân phố', 4, 4), ('khu phố', 4, 4), ('khối', 4, 4),
         ('sóc', 4, 4), ('plei', 4, 4), ('khóm', 4, 4)]
OF_HIGH = {1: 'tỉnh', 2: 'huyện', 3: 'xã', 4: 'thôn'}  # a kind of that rank
# the villages' nestings that are no slip (nests_in_village): a xóm inside
# its thôn (session 49; a tổ dân phố inside its khu phố, session 48)
NESTS = {('xóm', 'thôn')}


def rank_pairs():
    """Each kind as a child under a parent of its lowest rank (KH261) and
    one rank above it (none), and as a parent over a child of its highest
    rank (KH261) and one rank below it (none): the localities (a YAML
    block, one pair a line after its parent's) and the KH261 expected
    (CODE, the child's id)."""
    lines, expect, k = [], [], 0
    for kind, high, low in RANKS:
        pairs = [(kind, OF_HIGH[low], True)]
        if low > 1:
            pairs.append((kind, OF_HIGH[low - 1], False))
        pairs.append((OF_HIGH[high], kind, True))
        if high < 4:
            pairs.append((OF_HIGH[high + 1], kind, False))
        for child, parent, warn in pairs:
            k += 1
            lines.append('  - {id: rp%d, name: Nơi %d, kind: %s}\n' % (k, k, parent))
            lines.append('  - {id: rc%d, name: Chỗ %d, kind: %s, parent: rp%d}\n'
                         % (k, k, child, k))
            if warn and (child, parent) not in NESTS:
                expect.append(('KH261', 'id: rc%d,' % k, 'rp%d}' % k))
    # a locality without a kind is not ranked, as a child or as a parent
    # (-177: read as a province)
    lines.append('  - {id: rp0, name: Nơi 0, kind: xã}\n')
    lines.append('  - {id: rc0, name: Chỗ 0, parent: rp0}\n')
    lines.append('  - {id: rq0, name: Chỗ 00}\n')
    lines.append('  - {id: rc00, name: Chỗ 000, kind: tỉnh, parent: rq0}\n')
    return ''.join(lines), expect


CASES = [
    # read_key spells "UBND" out where it stands as a word: after a space
    # too, not only at the name's start (-003 -006 -007: "Thường trực
    # UBND tỉnh" read as written, another recipient)
    C('ubnd-inside', 'small',
      [('recipients: [UBND tỉnh, ', 'recipients: [Thường trực UBND tỉnh, Thường trực Ủy ban nhân dân tỉnh, ')],
      "'Thường trực UBND tỉnh' and 'Thường trực Ủy ban nhân dân tỉnh' are one recipient",
      [('KH168', 'recipients: [Thường trực')]),
    # names_archive: "Lưu" as a recipient's first word, or after ", " or
    # "; " (a list written as one line), is the office's copy (-273 -278
    # -280 -281 -283 -284 -285: not found after "; " or ", "; -271 -279: not
    # after a leading ", "); "Lưu" inside a name is not (-274 -275 -282:
    # "Trung tâm Lưu trữ" taken for the copy, KH167 lost)
    C('archive-after-semicolon', 'small', [('Các xã, "Lưu: VT"]', '"Các xã; Lưu: VT"]')],
      "'Các xã; Lưu: VT' holds the office's copy", []),
    C('archive-after-comma', 'small', [('Các xã, "Lưu: VT"]', '"Các xã, Lưu: VT"]')],
      "'Các xã, Lưu: VT' holds the office's copy", []),
    C('archive-leading-comma', 'small', [('Các xã, "Lưu: VT"]', 'Các xã, ", Lưu: VT"]')],
      "', Lưu: VT' is the office's copy", []),
    C('archive-alone', 'small', [('Các xã, "Lưu: VT"]', 'Các xã, Lưu]')],
      "'Lưu' alone is the office's copy (-293: its end not taken for the word's)", []),
    C('archive-inside-name', 'small', [('Các xã, "Lưu: VT"]', 'Các xã, Trung tâm Lưu trữ lịch sử tỉnh]')],
      "'Trung tâm Lưu trữ lịch sử tỉnh' is no office's copy: KH167",
      [('KH167', 'recipients: [')]),
    # a recipient that reads as nothing (a no-break or an ideographic
    # space) is passed over, not the end of the list (-314: the duplicate
    # and the "Lưu" after it unseen, KH167 instead of KH168). Its status
    # is not asked: such a recipient is KH107 since session 21 (it printed
    # a blank line), left out of the list, and KH168 is still at the
    # second 'UBND tỉnh' (check_draft.c's item_pos skips it)
    C('recipient-blank-inside', 'small',
      [('recipients: [UBND tỉnh, Văn phòng', 'recipients: [UBND tỉnh, "\\u3000", "\\u00A0", UBND tỉnh, Văn phòng')],
      "a recipient of a space of another kind, then 'UBND tỉnh' again and 'Lưu: VT'",
      [('KH168', 'recipients: [UBND', 'UBND tỉnh, Văn')], status=None),
    # check_marks (KH263): a recipient that is a unit's short name with a
    # mark lost (-343: the short names left out once a name was new); the
    # first recipient too (-348: read from the second); two units of one
    # name are KH257's, not a mark lost (-345: names read the same taken
    # for different)
    C('marks-short', 'small', [('Văn phòng Điều phối NTM tỉnh, ', 'VPDP NTM, ')],
      "the recipient 'VPDP NTM' is the unit's short name 'VPĐP NTM' with its mark lost",
      [('KH263', 'recipients: [')], ["write 'VPĐP NTM'"]),
    C('marks-first-recipient', 'small',
      [('recipients: [UBND tỉnh, ', 'recipients: [Phòng Tài chinh - Kế hoạch, UBND tỉnh, ')],
      "the first recipient 'Phòng Tài chinh - Kế hoạch' with a mark lost",
      [('KH263', 'recipients: [', 'Phòng Tài chinh')], ["write 'Phòng Tài chính - Kế hoạch'"]),
    C('marks-same-name', 'small',
      [('  - {id: nnptnt, name: Phòng Nông nghiệp và Phát triển nông thôn}\n',
        '  - {id: nnptnt, name: Phòng Nông nghiệp và Phát triển nông thôn}\n'
        '  - {id: nn2, name: Phòng Nông nghiệp và Phát triển nông thôn}\n')],
      "two units of one name (KH257) are no mark lost", [], status=None),
    # check_bases_twice (KH169): two laws by name are two documents (-357:
    # an empty number read as the key), a basis by text or with neither
    # number nor name is passed over, not the list's end (-356, -360), two
    # of those are not one document (-358), and the law cited again is
    # named by its name, with the basis it repeats (-363 -364 -365); the
    # two without a number are KH103's errors, and still compared
    C('bases-mixed', 'small',
      [('bases:\n', 'bases:\n'
        '  - {kind: Luật, name: Tổ chức chính quyền địa phương, date: 2015-06-19}\n'
        '  - {kind: Luật, name: Ngân sách nhà nước, date: 2015-06-25}\n'
        '  - text: Căn cứ tình hình thực tế của huyện\n'
        '  - {kind: Quyết định, about: giao chỉ tiêu năm 2024, by: UBND tỉnh, date: 2024-01-05}\n'
        '  - {kind: Quyết định, about: phân bổ vốn năm 2024, by: UBND tỉnh, date: 2024-01-20}\n'
        '  - {kind: Luật, name: Tổ chức chính quyền địa phương, date: 2015-06-19, date_style: long}\n')],
      "the Law on local government cited again after two other laws, a text and two unnumbered",
      [('KH169', 'date_style: long')],
      ["cites Tổ chức chính quyền địa phương, as basis 1 does"], status=1),
    # year_at: the year's digits and the characters around them. A
    # deadline's text without a year names none (-063: any character
    # taken for a digit, "2/12" read as 1912); "năm2023" with no space is
    # 2023 (-053, -055: a letter before it taken for a digit); a year with
    # a 9 in it is a year (-062); 92023, 02023 and 12023 are numbers, not
    # years (-046, -047: a '9' or '0' before the year not a digit; -051: the
    # second character's neighbour not looked at)
    C('due-no-year', 'small',
      [('{in: 2024-11-30, text: trước ngày 30/11/2024}', '{in: 2024-12-02, text: trước ngày 2/12}')],
      "a deadline's text with no year ('trước ngày 2/12') names no other year", []),
    C('due-year-glued', 'small',
      [('text: trước ngày 30/11/2024}', 'text: đến hết năm2023}')],
      "'năm2023' (no space) in a deadline of 2024 is 2023", [('KH316', 'năm2023')],
      ["names 2023, but its date is in 2024"]),
    C('due-year-nine', 'small',
      [('text: trước ngày 30/11/2024}', 'text: trước ngày 30/11/2019}')],
      "'30/11/2019' in a deadline of 2024 names 2019", [('KH316', '30/11/2019')],
      ["names 2019, but its date is in 2024"]),
    C('due-five-digits', 'small',
      [('text: trước ngày 30/11/2024}', 'text: "12023 hồ sơ theo mẫu 92023, 02023, trước ngày 30/11"}')],
      "12023, 92023 and 02023 in a deadline's text are numbers, not years", []),
    # begins_word: "TM." and "KT." with no space after the dot are still
    # those words (-034, -036, -037, -038: a word ending in '.' asked for a
    # blank after it); lower case is the same word (-029: not upper-cased),
    # and so is "Phó Chủ tịch", which prints as written (a bug: the title
    # was compared byte by byte, 'ó' never matched 'Ó'); "PHÓ" alone is the
    # title (-033: its end not taken for the word's end); "TT." is not "KT."
    # (-025: the first letter not compared)
    C('sig-no-space', 'small',
      [('lines: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]',
        'lines: [TM.ỦY BAN NHÂN DÂN TỈNH, KT.CHỦ TỊCH]')],
      "'TM.ỦY BAN NHÂN DÂN TỈNH' signs for another body, 'KT.CHỦ TỊCH' has no deputy under it"
      " (and each has no space after its prefix: session 24)",
      [('KH166', 'lines: [TM.')] * 4,
      ["signs 'TM. ỦY BAN NHÂN DÂN TỈNH'", "ends with 'KT.CHỦ TỊCH'",
       "'TM.ỦY BAN NHÂN DÂN TỈNH' has no space after 'TM.'",
       "'KT.CHỦ TỊCH' has no space after 'KT.'"]),
    C('sig-lower', 'small',
      [('lines: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]',
        'lines: [TM. ỦY BAN NHÂN DÂN, kt. chủ tịch]')],
      "'kt. chủ tịch' as the last line has no deputy under it",
      [('KH166', 'lines: [TM.')], ["ends with 'kt. chủ tịch'"]),
    C('sig-deputy-mixed', 'small',
      [('lines: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]',
        'lines: [TM. ỦY BAN NHÂN DÂN, Phó Chủ tịch]')],
      "'Phó Chủ tịch' under no 'KT.' line is a deputy's title",
      [('KH166', 'lines: [TM.')], ["the deputy's title 'Phó Chủ tịch' has no 'KT.' line"]),
    C('sig-deputy-bare', 'small',
      [('lines: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]',
        'lines: [TM. ỦY BAN NHÂN DÂN, PHÓ]')],
      "'PHÓ' alone under no 'KT.' line is a deputy's title",
      [('KH166', 'lines: [TM.')], ["the deputy's title 'PHÓ' has no 'KT.' line"]),
    C('sig-other-abbreviation', 'small',
      [('lines: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]',
        'lines: [TM. ỦY BAN NHÂN DÂN, TT. CHỦ TỊCH]')],
      "'TT. CHỦ TỊCH' as the last line is no 'KT.' line", []),
    # year_at's end and bounds: 20239, 20230 and 20230a are numbers, not
    # 2023 (-067, -068: a '9' or '0' after it not a digit; -070, -071: the
    # character after the next one looked at); 1900 and 2999 are years
    # (-073, -074, -077), 1899 and 3000 are not (-075, -076: out of range
    # read as a year, or as 1; -078)
    C('due-numbers-after', 'small',
      [('{in: 2024-11-30, text: trước ngày 30/11/2024}', '{in: 2024-12-02, text: "hồ sơ 20239, 20230a, trước ngày 2/12"}')],
      "20239, 20230a in a deadline's text are numbers, not 2023", []),
    C('due-1900', 'small',
      [('text: trước ngày 30/11/2024}', 'text: trước ngày 30/11/1900}')],
      "'30/11/1900' names 1900", [('KH316', '30/11/1900')], ["names 1900"]),
    C('due-2999', 'small',
      [('text: trước ngày 30/11/2024}', 'text: trước ngày 30/11/2999}')],
      "'30/11/2999' names 2999", [('KH316', '30/11/2999')], ["names 2999"]),
    C('due-out-of-range', 'small',
      [('{in: 2024-11-30, text: trước ngày 30/11/2024}', '{in: 2024-12-02, text: "1899 hộ, 3000 m, trước ngày 2/12"}')],
      "1899 and 3000 are not years", []),
    # check_title_year: "Năm 2023" first in a title (-087: the title read
    # from its second character), its year underlined (-115); a range "năm 2021-2025" or
    # "năm 2021–2025" is a period, not 2021 (-098)
    C('title-year-first', 'small',
      [('title: Tỷ lệ hộ nghèo, bảo hiểm y tế năm 2024', 'title: "Năm 2023: tỷ lệ hộ nghèo, bảo hiểm y tế"')],
      "a Biểu's title 'Năm 2023: ...' in a plan of 2024, the year underlined",
      [('KH315', 'title: "Năm 2023')], ["^~~~\n"]),
    C('title-range', 'small',
      [('xây dựng nông thôn mới năm 2024\n', 'xây dựng nông thôn mới năm 2021-2025\n'),
       ('title: Tỷ lệ hộ nghèo, bảo hiểm y tế năm 2024', 'title: Tỷ lệ hộ nghèo, bảo hiểm y tế năm 2021–2025')],
      "titles of the period 'năm 2021-2025' and 'năm 2021–2025' name no year outside it", []),
    # an attachment without a title (an error) is passed over: the next
    # one's title is judged (-375: the end of the list), and no crash
    # (-371: the missing title's file read)
    C('att-no-title', 'small',
      [('    title: Danh sách xã phấn đấu đạt chuẩn năm {year}\n', ''),
       ('title: Tỷ lệ hộ nghèo, bảo hiểm y tế năm 2024', 'title: Tỷ lệ hộ nghèo, bảo hiểm y tế năm 2023')],
      "Biểu 01 without a title (an error), Biểu 02's 'năm 2023' in a plan of 2024",
      [('KH315', 'y tế năm 2023')], status=1),
    # KH315's message and caret: a period of several years is named so
    # (-114: "the plan is for " and nothing), the year's four characters
    # are underlined (-115, -116: five)
    C('title-period', 'small',
      [('\nbases:\n', '\nperiod: {from: 2021-01-01, to: 2025-12-31}\nbases:\n'),
       ('xây dựng nông thôn mới năm 2024\n', 'xây dựng nông thôn mới năm 2020 của huyện\n')],
      "a title's 'năm 2020' in a plan of 2021-2025, the year underlined",
      [('KH315', 'mới năm 2020')], ["but the plan is for 2021-2025", "^~~~\n"]),
    # no date: the plan has no year, and its title's year is not judged
    # (-081: "the plan is for 0"); no title either: no crash (-080)
    C('no-date', 'small', [('  date: 2024-03-05\n', '')],
      "a plan without a date (KH103) has no year to judge its title's by", [], status=1),
    # no issuer (KH103): "TM." has nothing to be judged against (-239: the
    # issuer's first line read from an empty list, a crash)
    C('no-issuer', 'small', [('  issuer: [ỦY BAN NHÂN DÂN, HUYỆN AN BÌNH]\n', '')],
      "a plan without an issuer (KH103) signs 'TM.' unjudged", [],
      ["the header has no 'issuer'"], status=1),
    C('no-date-title', 'small',
      [('  date: 2024-03-05\n', ''),
       ('  title: Thực hiện Chương trình xây dựng nông thôn mới năm 2024\n', '')],
      "a plan without a date or a title (KH103 twice) is reported, not a crash", [],
      ["the header has no 'title'"], status=1),
    # check_due_text: a year first in the text (-130: read from its second
    # character); of two years, neither the date's, the first is named
    # (-132: the last); an ongoing deadline of a plan of 2021-2025 whose
    # text names 2022 is no slip (-125: ongoing judged, its year the
    # period's last)
    C('due-year-first', 'small',
      [('text: trước ngày 30/11/2024}', 'text: "2023, trước ngày 30/11"}')],
      "a deadline's text beginning with 2023", [('KH316', '2023, trước')], ["names 2023"]),
    C('due-two-years', 'small',
      [('text: trước ngày 30/11/2024}', 'text: "trước 30/11/2022 (như năm 2023)"}')],
      "a deadline's text naming 2022 and 2023 is reported with the first",
      [('KH316', 'trước 30/11/2022')], ["names 2022, but its date is in 2024"]),
    C('due-ongoing-period', 'small',
      [('\nbases:\n', '\nperiod: {from: 2021-01-01, to: 2025-12-31}\nbases:\n'),
       ('{in: 2024-11-30, text: trước ngày 30/11/2024}', '{in: ongoing, text: "Thường xuyên, hằng năm từ năm 2022"}')],
      "an ongoing deadline of a plan of 2021-2025 whose text names 2022", []),
    # kind_rank's table: every kind above, beside and below its neighbours
    # (-136 to -175: a rank moved by one, or made 0, unranked; -184: the
    # table read from its second row), the warning at the parent's value
    # (-201: the parents' uses looked for only up to the first use of
    # another registry, the locality's id instead)
    C('ranks', 'small',
      [('  - {id: thon-1, name: Thôn 1, kind: thôn, parent: dong-hoa}\n',
        '  - {id: thon-1, name: Thôn 1, kind: thôn, parent: dong-hoa}\n' + rank_pairs()[0])],
      "each kind of locality under a parent of its rank (KH261) and of the rank above (none)",
      rank_pairs()[1]),
]


def main():
    khgen, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    passed = failed = 0
    for case in CASES:
        text = BASES[case['base']]()
        bad = [old for old, _ in case['subs'] if text.count(old) != 1]
        ok, detail = not bad, 'not once in the base: %r' % (bad[:1],)
        if ok:
            for old, new in case['subs']:
                text = text.replace(old, new)
            d = os.path.join(work, case['id'])
            shutil.rmtree(d, ignore_errors=True)
            os.makedirs(d)
            if case['base'] == 'yen':
                shutil.copytree(os.path.join(PLANS, 'yen-the'), os.path.join(d, 'yen-the'))
            path = os.path.join(d, 'plan.yaml')
            with open(path, 'w', encoding='utf-8') as f:
                f.write(text)
            r = subprocess.run([GUARD, '60', khgen, '--lang', 'en', 'check', '--color=never', path],
                               capture_output=True, text=True)
            lines = text.split('\n')
            want, cols = [], set()
            for code, at, *col in case['expect']:
                n = next((i + 1 for i, l in enumerate(lines) if at in l), 0)
                if col:  # the column of col's text on that line, in characters
                    want.append((code, n, lines[n - 1].find(col[0]) + 1 if n else 0))
                    cols.add((code, n))
                else:
                    want.append((code, n))
            want.sort()
            got = sorted((m.group(5), int(m.group(2))) +
                         ((int(m.group(3)),) if (m.group(5), int(m.group(2))) in cols else ())
                         for m in map(DIAG.match, r.stderr.splitlines())
                         if m and m.group(1) == path and m.group(5) in NEW_CODES)
            missing = [w for w in case['want'] if w not in r.stderr]
            ok = (got == want and not missing and r.returncode >= 0 and
                  case['status'] in (None, r.returncode))
            detail = 'want %s, got %s, status %d%s: %s' % (
                want, got, r.returncode, ', missing %r' % missing if missing else '',
                r.stderr.strip()[:500])
        if ok:
            passed += 1
            print('ok - CD %s: %s' % (case['id'], case['what']))
        else:
            failed += 1
            print('not ok - CD %s: %s' % (case['id'], detail))
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
