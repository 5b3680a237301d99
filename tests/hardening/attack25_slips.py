"""tests/hardening/attack25_slips.py KHGEN WORKDIR - a tired drafter (s25attack).

One-line mistakes made while writing a plan from scratch by copying
`khgen init`'s skeleton (init.yaml: `khgen init --level xa --year 2025
"Đồng Hưu"`, its comments in English) or the README's complete example
(ex.yaml), none of them a repeat of slips*.py, drafts19 or the attack
suites' slips. Each must be told at the line and column the slip is on,
with its code, and end with the status given: 1 for an error (nothing is
built), 0 only where the document is still built and the warning says what
it prints wrong. Prints "ok - ..."/"not ok - ..." per case; the last line
is "N passed, M failed" for the caller to add up.
"""
import os
import re
import subprocess
import sys

from drafter_slips import ENV, run_cases

KHGEN, WORK = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])

# (name, base, old, new, status, code, line, col, text the message holds)
CASES = [
    # the init skeleton
    ('unit entry with a comma lost', 'init', '{id: tckh, name: Công chức', '{id: tckh name: Công chức', 1, 'KH005', 41, 19, "add the '}' or the ','"),
    ('locality entry with its } lost', 'init', 'target: ntm, target_year: 2025}', 'target: ntm, target_year: 2025', 1, 'KH005', 52, 5, "add the '}'"),
    ('level id typed in capitals', 'init', 'kind: thôn, target: ntm,', 'kind: thôn, target: NTM,', 1, 'KH204', 52, 54, "did you mean 'ntm'"),
    # (the skeleton writes {loc-kind ...} since s45cycle F11)
    ("two localities joined by 'và' in one {loc}", 'init', 'Phấn đấu {loc-kind thon-1} đạt', 'Phấn đấu {loc-kind thon-1 và thon-2} đạt', 1, 'KH203', 84, 30, "unknown locality 'và'"),
    ('a fifth quarter', 'init', 'due: 2025-Q2', 'due: 2025-Q5', 1, 'KH302', 101, 14, 'write'),
    ('31 June', 'init', 'due: 2025-Q2', 'due: 2025-06-31', 1, 'KH300', 101, 14, 'check the day'),
    ("'support' added to show", 'init', '        due: 2025-Q2\n        show: [lead, due]', '        due: 2025-Q2\n        show: [lead, due, support]', 1, 'KH106', 102, 27, 'write [lead]'),
    ('show without its brackets', 'init', '        due: 2025-Q2\n        show: [lead, due]', '        due: 2025-Q2\n        show: lead, due', 1, 'KH106', 102, 15, '[lead, due]'),
    ('show in quotes', 'init', '        due: 2025-Q2\n        show: [lead, due]', '        due: 2025-Q2\n        show: "[lead, due]"', 1, 'KH106', 102, 15, '[lead, due]'),
    ('criteria without brackets, 13,14', 'init', 'criteria: [13]', 'criteria: 13,14', 1, 'KH402', 106, 19, "as a list, '[13, 14]'"),
    ('support without brackets', 'init', 'support: [vp]', 'support: vp, nv', 1, 'KH202', 95, 18, 'as a list: [vp, nv]'),
    ('a lead named twice', 'init', '        lead: tckh\n', '        lead: [tckh, tckh]\n', 0, 'KH256', 100, 16, 'list it once'),
    ('a recipient with commas, its quotes lost', 'init', '"Các ban, ngành, đoàn thể xã"', 'Các ban, ngành, đoàn thể xã', 0, 'KH175', 129, 47, '\'"Các ban, ngành, đoàn thể xã"\''),
    ('a recipient added after a comma', 'init', 'Các thôn, "Lưu: VT"]', 'Các thôn, tổ dân phố, "Lưu: VT"]', 0, 'KH175', 129, 79, '\'"Các thôn, tổ dân phố"\''),
    ("'Lưu: VT' without its quotes", 'init', '"Lưu: VT"]', 'Lưu: VT]', 1, 'KH102', 129, 79, 'quote an entry'),
    ('signature lines without brackets', 'init', 'lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]', 'lines: TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH', 0, 'KH162', 131, 10, 'write the brackets'),
    ('period written as a range', 'init', 'khgen: 1\n', 'khgen: 1\nperiod: 2025-2026\n', 1, 'KH108', 5, 9, 'write one of the two forms'),
    ("'items:' dedented to its clause's dash", 'init', '      - clause: Yêu cầu\n        items:', '      - clause: Yêu cầu\n      items:', 1, 'KH005', 67, 7, '8 spaces'),
    ("the title's second line dedented", 'init', 'năm {year}\n    trên', 'năm {year}\n  trên', 1, 'KH005', 18, 3, 'indent it'),
    ("'QĐ' typed without its stroke", 'init', '  - kind: QĐ\n', '  - kind: QD\n', 0, 'KH161', 21, 5, "did you mean 'QĐ'"),
    ("a basis retyped without 'Căn cứ'", 'init', '  - text: Căn cứ tình hình thực tế của địa phương', '  - text: tình hình thực tế của địa phương', 0, 'KH176', 29, 11, "'Căn cứ ...'"),
    ('day 00 in the date', 'init', 'date: 2025-01  ', 'date: 2025-01-00', 1, 'KH300', 15, 9, 'check the day'),
    ("a thôn's kind in capitals", 'init', 'name: "Thôn 1", kind: thôn', 'name: "Thôn 1", kind: Thôn', 0, 'KH259', 52, 40, "write 'thôn'"),
    # the README's complete example
    ('the language version in quotes', 'ex', 'khgen: 1 ', 'khgen: "1" ', 1, 'KH108', 1, 8, 'remove the quotes'),
    ("the catalog's name mistyped", 'ex', 'import: [qd318-xa-ntm]', 'import: [qd318-xa-ntn]', 1, 'KH400', 2, 10, "did you mean 'qd318-xa-ntm'"),
    ("a title with ': ' in it", 'ex', '  title: Triển khai thực hiện', '  title: Kế hoạch: Triển khai thực hiện', 1, 'KH005', 11, 18, 'in quotes'),
    ("the opening's quotes lost", 'ex', 'opening: "UBND huyện xây dựng Kế hoạch thực hiện năm {year}, như sau:"', 'opening: UBND huyện xây dựng Kế hoạch thực hiện năm {year}, như sau:', 1, 'KH005', 21, 68, 'in quotes'),
    ("criteria_met with its word", 'ex', 'criteria_met: 17,', 'criteria_met: 17 tiêu chí,', 1, 'KH108', 32, 60, 'write digits only'),
    ('a letter O in a year', 'ex', 'criteria_met: 16, target: ntm, target_year: 2024}', 'criteria_met: 16, target: ntm, target_year: 2O24}', 1, 'KH108', 33, 90, 'write digits only'),
    ("a commune's kind in capitals", 'ex', 'name: Đồng Hưu, kind: xã', 'name: Đồng Hưu, kind: Xã', 0, 'KH259', 32, 42, "write 'xã'"),
    ('a lead id in capitals', 'ex', '            lead: tckh', '            lead: TCKH', 1, 'KH202', 50, 19, "did you mean 'tckh'"),
    ('a lead written as its name', 'ex', '            lead: tckh', '            lead: Phòng Tài chính - Kế hoạch', 1, 'KH202', 50, 19, "write its id, 'tckh'"),
    ('a quarter written Q1-2024', 'ex', 'due: 2024-Q1', 'due: Q1-2024', 1, 'KH302', 52, 18, 'write 2024-Q1'),
    ("a column type 'STT'", 'ex', '{key: stt, type: stt, header: TT}', '{key: stt, type: STT, header: TT}', 1, 'KH605', 56, 30, "did you mean 'stt'"),
    ("a column key 'deadline'", 'ex', '{key: due, header: Thời hạn}', '{key: deadline, header: Thời hạn}', 1, 'KH614', 59, 19, "check the field's name"),
    ('a month of one digit', 'ex', 'lead: vpdp, due: 2024-06}', 'lead: vpdp, due: 2024-6}', 1, 'KH302', 61, 59, 'write'),
    ("a table of tasks under 'rows:'", 'ex', '        items:                                   # its rows', '        rows:                                    # its rows', 0, 'KH632', 61, 48, "under 'items:'"),
    ('a preset name cut', 'ex', 'preset: locality-targets', 'preset: locality-target', 1, 'KH603', 73, 13, "did you mean 'locality-targets'"),
    ("'from: locality'", 'ex', 'rows: {from: localities,', 'rows: {from: locality,', 1, 'KH612', 74, 18, "did you mean 'localities'"),
    ("a 'where' key without its underscore", 'ex', 'where: {target_year: 2024}', 'where: {targetyear: 2024}', 1, 'KH614', 74, 38, "did you mean 'target_year'"),
    ("an attachment's key indented 3", 'ex', '    label: Biểu 01', '   label: Biểu 01', 1, 'KH005', 71, 4, 'indent it as they are'),
    ("a basis's date written 22/02/2022", 'ex', '    date: 2022-02-22', '    date: 22/02/2022', 1, 'KH301', 16, 11, 'write 2022-02-22'),
    ("a section typed with its number", 'ex', '  - section: MỤC TIÊU', '  - section: I. MỤC TIÊU', 0, 'KH118', 37, 14, 'Remove it'),
    ("'Lưu: VT' written twice", 'ex', '"Lưu: VT"]', '"Lưu: VT", "Lưu: VT"]', 0, 'KH168', 64, 44, 'remove one'),
]


def main():
    os.makedirs(WORK, exist_ok=True)
    base = {}
    init = os.path.join(WORK, 'init.yaml')
    subprocess.run([KHGEN, 'init', '--level', 'xa', '--year', '2025', '-o', init, '--force',
                    'Đồng Hưu'], env=ENV, capture_output=True)
    base['init'] = open(init, encoding='utf-8').read()
    readme = open(os.path.join(os.path.dirname(__file__), '..', '..', 'README.md'),
                  encoding='utf-8').read()
    m = re.search(r'### A complete example\n+```yaml\n(.*?)```', readme, re.S)
    base['ex'] = m.group(1)
    passed = failed = 0
    p, f = run_cases(KHGEN, WORK, base, CASES)
    passed, failed = passed + p, failed + f
    print('%d passed, %d failed' % (passed, failed))


main()
