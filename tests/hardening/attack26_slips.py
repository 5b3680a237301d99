"""tests/hardening/attack26_slips.py KHGEN WORKDIR - a tired drafter (s26attack).

One-line mistakes made in the figures and tables of a plan written from
scratch by copying the README: its complete example with, as a drafter
adds them from the README, two bullets of figures ({count}, {avg} over
the localities, {sum}, {avg} over a table's rows) and the attachment
Biểu 03 of the README's "Attachments" (its comments dropped): ex3.yaml,
made here from the README as it stands. None of them a repeat of
slips*.py, drafts19, attack25_slips.py or the attack suites' slips. Each
must be told at the line and column the slip is on, with its code, and end
with the status given (1: an error, nothing built). Prints "ok - ..."/"not
ok - ..." per case; the last line is "N passed, M failed" for the caller
to add up.
"""
import os
import re
import subprocess
import sys

from drafter_slips import ENV, run_cases

KHGEN, WORK = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])

# (name, base, old, new, status, code, line, col, text the message holds)
CASES = [
    ('spaces around = in a filter', 'ex3', 'kind=xã target=ntm target_year=2024}', 'kind = xã target=ntm target_year=2024}', 1, 'KH501', 44, 24, "write 'kind=xã'"),
    ("a figure's closing brace lost", 'ex3', 'target_year=2024} xã phấn', 'target_year=2024 xã phấn', 1, 'KH501', 44, 24, 'is not closed'),
    ('source written singular', 'ex3', '{count localities kind', '{count locality kind', 1, 'KH501', 44, 24, "did you mean 'localities'"),
    ('decimals written decimal', 'ex3', 'target=ntm decimals=2}', 'target=ntm decimal=2}', 1, 'KH503', 44, 112, "did you mean 'decimals'"),
    ('stated in C notation', 'ex3', 'target=ntm decimals=2}', 'target=ntm stated=16.50}', 1, 'KH504', 44, 112, "('16,50')"),
    ('stated with its percent sign', 'ex3', 'rate decimals=2}%', 'rate stated=1,90%}%', 1, 'KH504', 45, 78, 'not a number as printed'),
    ('stated without thousands dots', 'ex3', '{sum rows bieu03 n} hộ', '{sum rows bieu03 n stated=1042} hộ', 1, 'KH504', 45, 38, "('1.042')"),
    ('attachment id without its zero', 'ex3', '{sum rows bieu03 n}', '{sum rows bieu3 n}', 1, 'KH205', 45, 38, "did you mean 'bieu03'"),
    ('column key in capitals', 'ex3', '{sum rows bieu03 n}', '{sum rows bieu03 N}', 1, 'KH502', 45, 38, "did you mean 'n'"),
    ("'rows' left out", 'ex3', '{sum rows bieu03 n}', '{sum bieu03 n}', 1, 'KH501', 45, 38, 'goes over localities, tasks or rows'),
    ('sum without its column', 'ex3', '{sum rows bieu03 n}', '{sum rows bieu03}', 1, 'KH501', 45, 38, 'needs the column to add up'),
    ('sum of the names', 'ex3', '{sum rows bieu03 n}', '{sum rows bieu03 name}', 1, 'KH504', 45, 38, 'holds text, not numbers'),
    ('year in braces in a filter', 'ex3', 'target_year=2024} xã', 'target_year={year}} xã', 1, 'KH504', 44, 24, 'without braces'),
    ('year of two digits in a filter', 'ex3', 'target_year=2024} xã', 'target_year=24} xã', 1, 'KH504', 44, 24, 'write the year in full'),
    ("level's name in a filter", 'ex3', 'kind=xã target=ntm target_year', 'kind=xã target=nông_thôn_mới target_year', 1, 'KH204', 44, 24, "define it under 'levels:'"),
    ('kind with a space in a filter', 'ex3', 'kind=xã target=ntm target_year', 'kind=thị trấn target=ntm target_year', 1, 'KH501', 44, 24, "('kind=thị_trấn')"),
    ("'≥' typed in a filter", 'ex3', 'target_year=2024} xã', 'target_year≥2024} xã', 1, 'KH501', 44, 24, "('target_year>=2024')"),
    ('decimals on a count', 'ex3', 'target_year=2024} xã', 'target_year=2024 decimals=0} xã', 1, 'KH501', 44, 24, 'a count is a whole number'),
    ('pad on an average', 'ex3', 'target=ntm decimals=2}', 'target=ntm pad=2}', 1, 'KH501', 44, 112, "'pad' applies to whole numbers"),
    ('weight over the names', 'ex3', '{avg rows bieu03 rate decimals=2}', '{avg rows bieu03 rate weight=name decimals=2}', 1, 'KH504', 45, 78, "'weight' needs a column of type int"),
    ('unknown filter over rows', 'ex3', '{sum rows bieu03 n}', '{sum rows bieu03 n nhom=ngheo}', 1, 'KH503', 45, 38, 'columns: stt, name, n, rate'),
    ('column type misspelt', 'ex3', 'type: int, total: true', 'type: interger, total: true', 1, 'KH605', 86, 39, "not 'interger'"),
    ('total in quotes', 'ex3', 'type: int, total: true', 'type: int, total: "true"', 1, 'KH600', 86, 51, 'true or false'),
    ('total on the names', 'ex3', '{key: name, header: Nội dung}', '{key: name, header: Nội dung, total: true}', 1, 'KH617', 85, 46, 'is not a number column'),
    ('decimals of 2.5', 'ex3', 'type: percent, decimals: 2,', 'type: percent, decimals: 2.5,', 1, 'KH605', 87, 61, 'whole number from 0 to 10'),
    ('a note added as a fourth value', 'ex3', '[Tân Hiệp, 30, "1,5%"]', '[Tân Hiệp, 30, "1,5%", Ghi chú]', 1, 'KH610', 91, 9, 'write "" for each blank cell'),
    ('a row key misspelt', 'ex3', '{name: Đồng Hưu, n: 12, rate: 2.29}', '{name: Đồng Hưu, m: 12, rate: 2.29}', 1, 'KH610', 90, 26, "did you mean 'n'"),
    ('a row key the table lacks', 'ex3', '{name: Đồng Hưu, n: 12, rate: 2.29}', '{name: Đồng Hưu, n: 12, rate: 2.29, ghi_chu: x}', 1, 'KH610', 90, 45, "no column 'ghi_chu'"),
    ('households with a thousands dot', 'ex3', '{name: Đồng Hưu, n: 12,', '{name: Đồng Hưu, n: 1.200,', 1, 'KH114', 90, 29, 'write 1200'),
    ('households with their unit', 'ex3', '{name: Đồng Hưu, n: 12,', '{name: Đồng Hưu, n: 12 hộ,', 1, 'KH611', 90, 29, 'write digits only'),
    ('a dash for no households', 'ex3', '{name: Đồng Hưu, n: 12,', '{name: Đồng Hưu, n: -,', 1, 'KH611', 90, 29, "not '-'"),
    ('values in the wrong order', 'ex3', '[Tân Hiệp, 30, "1,5%"]', '[30, Tân Hiệp, "1,5%"]', 1, 'KH611', 91, 14, "not 'Tân Hiệp'"),
    ('a space in a number', 'ex3', '[Tân Hiệp, 30, "1,5%"]', '[Tân Hiệp, 1 200, "1,5%"]', 1, 'KH611', 91, 20, "not '1 200'"),
    ('a rate with its decimal comma in braces', 'ex3', 'n: 12, rate: 2.29}', 'n: 12, rate: 2,29}', 1, 'KH015', 90, 39, 'write 2.29'),
    ('a group row given a count', 'ex3', '- heading: Xã khu vực I', '- {heading: Xã khu vực I, n: 42}', 1, 'KH610', 89, 10, 'holds its title alone'),
    ('group header unquoted', 'ex3', 'total: true, group: "Năm {year}"}', 'total: true, group: Năm {year}}', 1, 'KH005', 86, 68, 'in quotes'),
    ("'totals' written 'total'", 'ex3', 'totals: Tổng cộng', 'total: Tổng cộng', 1, 'KH601', 92, 5, "did you mean 'totals'"),
    ('merge of a column the table lacks', 'ex3', 'totals: Tổng cộng', 'totals: Tổng cộng\n    merge: [ten]', 1, 'KH610', 93, 13, "names no column 'ten'"),
    ('width in centimetres', 'ex3', '{key: name, header: Nội dung}', '{key: name, header: Nội dung, width: 30cm}', 1, 'KH605', 85, 46, 'from 1 to 200'),
    ('sort with a dash for the underscore', 'ex3', 'where: {target_year: 2024}}', 'where: {target_year: 2024}, sort: criteria-met}', 1, 'KH614', 76, 64, "did you mean 'criteria_met'"),
    ('sort ascending with a plus', 'ex3', 'where: {target_year: 2024}}', 'where: {target_year: 2024}, sort: +criteria_met}', 1, 'KH614', 76, 64, "did you mean 'criteria_met'"),
    ("group_by of 'parents'", 'ex3', 'where: {target_year: 2024}}', 'where: {target_year: 2024}, group_by: parents}', 1, 'KH614', 76, 68, "did you mean 'parent'"),
    ("where with '>=' unquoted", 'ex3', 'where: {target_year: 2024}}', 'where: {target_year: >=2024}}', 1, 'KH005', 76, 51, 'put the value in quotes'),
    ('where of two years in one text', 'ex3', 'where: {target_year: 2024}}', 'where: {target_year: "2024, 2025"}}', 1, 'KH605', 76, 51, "not '2024, 2025'"),
    ('where of a range of years', 'ex3', 'where: {target_year: 2024}}', 'where: {target_year: 2024-2025}}', 1, 'KH605', 76, 51, "not '2024-2025'"),
    ("where of a level's name", 'ex3', 'where: {target_year: 2024}}', 'where: {target: nông thôn mới}}', 1, 'KH615', 76, 46, "did you mean 'ntm'"),
    ('a row for the group header', 'ex3', '- heading: Xã khu vực I', '- headings: Xã khu vực I', 1, 'KH610', 89, 9, "no column 'headings'"),
    ('a column key used twice', 'ex3', '{key: rate, header: Tỷ lệ', '{key: n, header: Tỷ lệ', 1, 'KH608', 87, 15, 'is used twice'),
    ('a column without its header', 'ex3', '{key: name, header: Nội dung}', '{key: name}', 1, 'KH602', 85, 9, 'add the heading'),
    ("'from' typed 'form'", 'ex3', 'rows: {from: localities, where', 'rows: {form: localities, where', 1, 'KH601', 76, 12, "did you mean 'from'"),
]


def ex3(readme):
    """The README's complete example with two bullets of figures and Biểu 03."""
    ex = re.search(r'### A complete example\n+```yaml\n(.*?)```', readme, re.S).group(1)
    att = re.search(r'(  - id: bieu03\n.*?    totals: Tổng cộng[^\n]*\n)', readme, re.S).group(1)
    para = '          - para: (Chi tiết theo {att bieu01} đính kèm).\n'
    figures = (para +
               '          - bullet: Có {count localities kind=xã target=ntm target_year=2024} xã '
               'phấn đấu đạt chuẩn, bình quân {avg localities criteria_met target=ntm decimals=2} '
               'tiêu chí/xã.\n'
               '          - bullet: Tổng số hộ nghèo {sum rows bieu03 n} hộ, tỷ lệ bình quân '
               '{avg rows bieu03 rate decimals=2}% ({att bieu03}).\n')
    return ex.replace(para, figures, 1) + re.sub(r' *#[^\n]*', '', att)


def main():
    os.makedirs(WORK, exist_ok=True)
    top = os.path.join(os.path.dirname(__file__), '..', '..')
    # the complete example is README's; Biểu 03 moved with the reference to
    # doc/attachments.md (s43readme): read as one text
    readme = ''.join(open(os.path.join(top, f), encoding='utf-8').read()
                     for f in ('README.md', 'doc/attachments.md'))
    base = {'ex3': ex3(readme)}
    passed = failed = 0
    # the base itself checks clean: every slip below is the slip's alone
    d = os.path.join(WORK, 'base')
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, 'p.yaml'), 'w', encoding='utf-8') as f:
        f.write(base['ex3'])
    r = subprocess.run([KHGEN, 'check', '--color=never', 'p.yaml'], cwd=d, env=ENV,
                       capture_output=True, text=True)
    if r.returncode == 0 and not r.stderr.strip():
        print('ok - D0 the base plan (README example, figures, Biểu 03) checks clean')
        passed += 1
    else:
        print('not ok - D0 the base plan checks clean: exit %d, %s' % (r.returncode, r.stderr[:400]))
        failed += 1
    p, f = run_cases(KHGEN, WORK, base, CASES)
    passed, failed = passed + p, failed + f
    print('%d passed, %d failed' % (passed, failed))


main()
