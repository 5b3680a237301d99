"""tests/hardening/drafts19_cases.py - the drafter's meaning mistakes of
session 19: well-formed plans that say something a reviewer at the People's
Committee would send back (a year copied from last year's plan, a unit both
leading and supporting, a xã under a xã, a signer who does not sign for the
issuer, ...). Each case is a base plan and OLD -> NEW replacements (each OLD
occurs once in the base); `expect` is what khgen check must say of it: a
code at a line of the mutated plan (the line holding `at`), or `silent`
for a mistake khgen does not see (documented, not a pass of a check).
Read by drafts19.py."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, '..', '..', 'plans')

def _read(name):
    with open(os.path.join(PLANS, name), encoding='utf-8') as f:
        return f.read()

SMALL = '''khgen: 1
import: [qd318-xa-ntm]
header:
  issuer: [ỦY BAN NHÂN DÂN, HUYỆN AN BÌNH]
  issuer_short: UBND huyện An Bình
  place: An Bình
  date: 2024-03-05
  title: Thực hiện Chương trình xây dựng nông thôn mới năm 2024
bases:
  - kind: Quyết định
    number: 263/QĐ-TTg
    date: 2022-02-22
    by: Thủ tướng Chính phủ
    about: phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025
  - kind: Kế hoạch
    number: 03/KH-UBND
    date: 2024-01-11
    by: UBND tỉnh
    about: thực hiện Chương trình năm 2024
opening: "UBND huyện xây dựng Kế hoạch thực hiện năm {year}, như sau:"
units:
  - {id: vpdp, name: Văn phòng Điều phối nông thôn mới huyện, short: VPĐP NTM}
  - {id: tckh, name: Phòng Tài chính - Kế hoạch}
  - {id: nnptnt, name: Phòng Nông nghiệp và Phát triển nông thôn}
levels:
  - {id: ntm, name: nông thôn mới}
  - {id: ntm-nc, name: nông thôn mới nâng cao}
localities:
  - {id: dong-hoa, name: Đông Hòa, kind: xã, criteria_met: 17, target: ntm, target_year: 2024, criteria: [8, 17], data: {ho_ngheo: 3.5, bhyt: 92.5}}
  - {id: binh-son, name: Bình Sơn, kind: xã, criteria_met: 16, target: ntm, target_year: 2024, criteria: [5, 9, 13], data: {ho_ngheo: 4.2, bhyt: 90.1}}
  - {id: tan-an, name: Tân An, kind: xã, status: ntm, target: ntm-nc, target_year: 2025, data: {ho_ngheo: 2.1, bhyt: 95}}
  - {id: thon-1, name: Thôn 1, kind: thôn, parent: dong-hoa}
body:
  - section: MỤC TIÊU
    items:
      - clause: Cấp xã
        items:
          - bullet: Hoàn thành xây dựng xã {loc dong-hoa binh-son} đạt chuẩn nông thôn mới năm {year}.
          - bullet: >-
              Phấn đấu hoàn thành thêm {sum localities criteria stated=5} tiêu chí;
              {count localities target=ntm target_year=2024 stated=2} xã đạt chuẩn.
          - bullet: Xã {loc tan-an} đạt chuẩn nông thôn mới nâng cao năm 2025.
          - bullet: Thôn {loc thon-1} duy trì chuẩn thôn nông thôn mới.
          - para: (Chi tiết theo {att bieu01} và {att bieu02} đính kèm).
  - section: TỔ CHỨC THỰC HIỆN
    items:
      - clause: Các phòng, ban
        items:
          - point: Phân bổ vốn
            items:
              - task: ""
                text: Tham mưu phân bổ nguồn vốn năm {year}.
                lead: tckh
                support: [vpdp]
                due: 2024-Q1
                show: [lead, due]
          - point: Sản xuất
            items:
              - task: ""
                text: Hướng dẫn các xã phát triển sản xuất, nâng cao thu nhập cho người dân.
                lead: nnptnt
                due: 2024-06-30
                show: [lead, due]
          - point: Báo cáo
            items:
              - task: ""
                text: Tổng hợp, báo cáo kết quả thực hiện về UBND tỉnh.
                lead: vpdp
                due: {in: 2024-11-30, text: trước ngày 30/11/2024}
                show: [lead, due]
closing: Trên đây là Kế hoạch năm {year} của UBND huyện.
recipients: [UBND tỉnh, Văn phòng Điều phối NTM tỉnh, Phòng Tài chính - Kế hoạch, Các xã, "Lưu: VT"]
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]
  name: Nguyễn Văn A
attachments:
  - id: bieu01
    label: Biểu 01
    title: Danh sách xã phấn đấu đạt chuẩn năm {year}
    preset: locality-targets
    rows: {from: localities, where: {target_year: 2024}}
  - id: bieu02
    label: Biểu 02
    title: Tỷ lệ hộ nghèo, bảo hiểm y tế năm 2024
    columns:
      - stt
      - {key: name, header: Xã}
      - {key: ho_ngheo, header: Tỷ lệ hộ nghèo, type: percent, decimals: 1}
      - {key: bhyt, header: Tỷ lệ tham gia BHYT, type: percent, decimals: 1}
    rows: {from: localities, where: {kind: xã}}
'''

BASES = {
    'small': lambda: SMALL,
    'yen': lambda: _read('yen-the-2024.yaml'),
    'binh': lambda: _read('binh-trung-2024.yaml'),
    'krong': lambda: _read('krong-no-2022.yaml'),
}

def C(id, base, subs, what, expect=None, at=None):
    return {'id': id, 'base': base, 'subs': subs, 'what': what,
            'expect': expect, 'at': at}

CASES = [
 # ---- a year copied from last year's plan ---------------------------------
 C('date-last-year', 'yen', [('  date: 2024-01\n', '  date: 2023-01\n')],
   "the header's date left at last year's",
   # said at the date (KH318, session 20), not at the title and each
   # deadline, which are right
   [('KH318', '  date: 2023-01'), ('KH314', 'date: 2024-01-11')]),
 C('title-last-year', 'yen', [('    mới trên địa bàn huyện năm 2024\n', '    mới trên địa bàn huyện năm 2023\n')],
   "the title's 'năm 2024' left at 2023",
   [('KH315', 'huyện năm 2023')]),
 C('small-title-last-year', 'small', [('xây dựng nông thôn mới năm 2024\n', 'xây dựng nông thôn mới năm 2023\n')],
   "the title's year left at last year's",
   [('KH315', 'nông thôn mới năm 2023')]),
 C('bieu-title-last-year', 'small', [('title: Tỷ lệ hộ nghèo, bảo hiểm y tế năm 2024', 'title: Tỷ lệ hộ nghèo, bảo hiểm y tế năm 2023')],
   "a Biểu title's year left at last year's",
   [('KH315', 'y tế năm 2023')]),
 C('goal-last-year', 'small', [('nâng cao năm 2025.', 'nâng cao năm 2023.')],
   "a goal 'đạt chuẩn ... năm 2023' in a plan of 2024",
   'silent: a year in the body\'s prose: "so với năm 2023" is right as often as wrong'),
 C('due-last-year', 'yen', [('due: {before: 2024-01-31}', 'due: {before: 2023-01-31}')],
   "a deadline left in last year",
   [('KH311', 'before: 2023-01-31')]),
 C('due-next-year', 'small', [('due: 2024-06-30', 'due: 2025-06-30')],
   "a deadline after the plan's year",
   [('KH310', 'due: 2025-06-30')]),
 C('due-text-last-year', 'small', [('text: trước ngày 30/11/2024}', 'text: trước ngày 30/11/2023}')],
   "a deadline's printed text left at last year, its date right",
   [('KH316', '30/11/2023')]),
 C('due-before-date', 'small', [('due: 2024-Q1', 'due: 2024-02')],
   "a deadline before the plan's date",
   [('KH311', 'due: 2024-02')]),
 C('target-year-past', 'small', [('target: ntm-nc, target_year: 2025', 'target: ntm-nc, target_year: 2023')],
   "a commune aiming for a standard in a year already past",
   [('KH262', 'id: tan-an')]),
 C('base-after-plan', 'small', [('date: 2024-01-11', 'date: 2024-04-11')],
   "a legal basis dated after the plan",
   [('KH314', 'date: 2024-04-11')]),
 C('data-year-text', 'small', [('bảo hiểm y tế năm 2024', 'bảo hiểm y tế năm 2022')],
   "a data table's year two years old",
   [('KH315', 'y tế năm 2022')]),
 # ---- units -----------------------------------------------------------------
 C('lead-is-support', 'small', [('support: [vpdp]', 'support: [tckh]')],
   "a task led and supported by the same unit",
   [('KH256', 'support: [tckh]')]),
 C('support-twice', 'small', [('support: [vpdp]', 'support: [vpdp, vpdp]')],
   "a unit in support twice",
   [('KH256', 'support: [vpdp, vpdp]')]),
 C('same-task-twice', 'small', [('text: Tổng hợp, báo cáo kết quả thực hiện về UBND tỉnh.', 'text: Tham mưu phân bổ nguồn vốn năm {year}.')],
   "the same task written twice, in two points",
   'silent: two tasks of one text (left for a later check: a duty often repeats under two units)'),
 C('unit-name-twice', 'small', [('{id: nnptnt, name: Phòng Nông nghiệp và Phát triển nông thôn}', '{id: nnptnt, name: Phòng Tài chính - Kế hoạch}')],
   "two units with one name",
   [('KH257', 'id: nnptnt')]),
 C('unit-name-tone', 'small', [('{id: nnptnt, name: Phòng Nông nghiệp và Phát triển nông thôn}', '{id: nnptnt, name: Phòng Tài chinh - Kế hoạch}')],
   "a unit's name that is another's with a tone mark lost",
   [('KH263', 'id: nnptnt')]),
 C('recipient-tone', 'small', [('Phòng Tài chính - Kế hoạch, Các xã', 'Phòng Tài chinh - Kế hoạch, Các xã')],
   "a recipient that is a unit's name with a tone mark lost",
   [('KH263', 'Tài chinh - Kế hoạch, Các xã')]),
 C('text-unit-tone', 'small', [('Hướng dẫn các xã phát triển', 'Phối hợp Phòng Tài chinh - Kế hoạch hướng dẫn các xã phát triển')],
   "a unit's name typed in a task's text with a tone mark lost",
   'silent: a unit\'s name typed in prose, a tone mark lost: prose is not spell-checked'),
 C('lead-unknown', 'small', [('lead: nnptnt', 'lead: nnptn')],
   "a lead that is no unit",
   [('KH202', 'lead: nnptn')]),
 # ---- localities and their figures ------------------------------------------
 C('xa-under-xa', 'small', [('{id: tan-an, name: Tân An, kind: xã, status', '{id: tan-an, name: Tân An, kind: xã, parent: dong-hoa, status')],
   "a xã under a xã",
   [('KH261', 'parent: dong-hoa, status')]),
 C('thon-under-thon', 'small', [('{id: thon-1, name: Thôn 1, kind: thôn, parent: dong-hoa}', '{id: thon-1, name: Thôn 1, kind: thôn, parent: dong-hoa}\n  - {id: thon-2, name: Thôn 2, kind: thôn, parent: thon-1}'), ('Thôn {loc thon-1} duy', 'Thôn {loc thon-1 thon-2} duy')],
   "a thôn under a thôn",
   [('KH261', 'id: thon-2')]),
 C('huyen-under-xa', 'small', [('{id: thon-1, name: Thôn 1, kind: thôn, parent: dong-hoa}', '{id: thon-1, name: Thôn 1, kind: thôn, parent: dong-hoa}\n  - {id: h2, name: Hữu Lũng, kind: huyện, parent: binh-son}'), ('Thôn {loc thon-1} duy', 'Thôn {loc thon-1 h2} duy')],
   "a huyện under a xã",
   [('KH261', 'id: h2')]),
 C('own-parent', 'small', [('parent: dong-hoa}', 'parent: thon-1}')],
   "a locality its own parent",
   [('KH255', 'id: thon-1')]),
 C('target-below-status', 'small', [('status: ntm, target: ntm-nc', 'status: ntm-nc, target: ntm')],
   "a commune aiming below the standard it has",
   'silent: levels are not ordered in the plan language (ntm-nc above ntm is the drafter\'s knowledge)'),
 C('target-is-status', 'small', [('status: ntm, target: ntm-nc', 'status: ntm-nc, target: ntm-nc')],
   "a commune aiming for the standard it has",
   [('KH258', 'id: tan-an')]),
 C('criteria-met-over', 'small', [('criteria_met: 17', 'criteria_met: 21')],
   "a commune meeting 21 of the 19 criteria",
   [('KH108', 'criteria_met: 21')]),
 C('criteria-met-plus', 'small', [('criteria_met: 16', 'criteria_met: 18')],
   "18 criteria met and 3 more to complete: 21 of 19",
   'silent: criteria_met 18 plus 3 criteria to complete is 21 of 19 (criteria listed may be kept, not added: not certain)'),
 C('percent-over-100', 'small', [('bhyt: 95}', 'bhyt: 105}')],
   "a rate over 100 %",
   'silent: a percent over 100 is right for a rate of completion (đạt 105% kế hoạch)'),
 C('percent-negative', 'small', [('ho_ngheo: 2.1', 'ho_ngheo: -2.1')],
   "a negative rate",
   'silent: a negative percent is right for a fall (tăng trưởng -2%)'),
 C('sum-stated-wrong', 'small', [('stated=5}', 'stated=6}')],
   "a stated sum of the communes' criteria that does not add up",
   [('KH500', 'stated=6')]),
 C('count-stated-wrong', 'small', [('target_year=2024 stated=2}', 'target_year=2024 stated=3}')],
   "a stated count of communes that does not add up",
   [('KH500', 'stated=3')]),
 C('district-avg-wrong', 'krong', [('{sum localities criteria}\n', '{sum localities criteria stated=22}\n')],
   "the district's total that its communes' criteria do not give",
   [('KH500', 'stated=22')]),
 C('same-locality-twice', 'small', [('{loc dong-hoa binh-son} đạt', '{loc dong-hoa binh-son dong-hoa} đạt')],
   "a commune named twice in one list",
   'silent: a locality twice in one {loc} list'),
 # ---- criteria -------------------------------------------------------------
 C('crit-unknown', 'small', [('criteria: [8, 17]', 'criteria: [8, 20]')],
   "a criterion the catalog does not have",
   [('KH402', 'criteria: [8, 20]')]),
 C('indicator-unknown', 'binh', [('criteria: [8, "17.12"]', 'criteria: [8, "17.13"]')],
   "an indicator the catalog does not have",
   [('KH403', '17.13')]),
 C('crit-twice', 'small', [('criteria: [5, 9, 13]', 'criteria: [5, 9, 5]')],
   "a criterion counted twice for one commune",
   [('KH421', 'criteria: [5, 9, 5]')]),
 C('assign-twice', 'binh', [('{unit: ca, indicators: ["19.2"]}', '{unit: ca, indicators: ["19.1"]}')],
   "an indicator assigned twice in a Biểu, another left unassigned",
   'silent: an indicator assigned to two units and another to none (19.2): indicators are not required to be assigned'),
 # ---- issuing ----------------------------------------------------------------
 C('tm-other-body', 'small', [('lines: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH', 'lines: [TM. BAN CHỈ ĐẠO, KT. CHỦ TỊCH')],
   "a signature for a body that is not the issuer",
   [('KH166', 'TM. BAN CHỈ ĐẠO')]),
 C('tm-other-body-binh', 'binh', [('lines: [TM. BAN QUẢN LÝ XDNTM, TRƯỞNG BAN]', 'lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]')],
   "a commune board's plan signed for the People's Committee",
   [('KH166', 'TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH')]),
 C('kt-without-deputy', 'small', [('KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]', 'KT. CHỦ TỊCH]')],
   "'KT. CHỦ TỊCH' with no deputy's title under it",
   [('KH166', 'KT. CHỦ TỊCH]')]),
 C('deputy-without-kt', 'small', [('KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]', 'PHÓ CHỦ TỊCH]')],
   "a deputy signing for the committee without 'KT. CHỦ TỊCH'",
   [('KH166', 'PHÓ CHỦ TỊCH]')]),
 C('no-luu', 'small', [(', "Lưu: VT"]', ']')],
   "a 'Nơi nhận' without 'Lưu: VT'",
   [('KH167', 'recipients:')]),
 C('no-upper-recipient', 'small', [('recipients: [UBND tỉnh, ', 'recipients: [')],
   "a 'Nơi nhận' without the UBND tỉnh the plan reports to",
   'silent: which body the plan reports to is not in the plan\'s data'),
 C('recipient-twice', 'small', [('Các xã, "Lưu', 'Các xã, Các xã, "Lưu')],
   "a recipient written twice",
   [('KH168', 'Các xã, Các xã')]),
 C('basis-twice', 'small', [('    number: 03/KH-UBND\n', '    number: 263/QĐ-TTg\n')],
   "one legal basis cited twice (a number copied)",
   [('KH169', 'kind: Kế hoạch')]),
 C('issuer-short-other', 'small', [('issuer_short: UBND huyện An Bình', 'issuer_short: UBND huyện Yên Thế')],
   "issuer_short copied from another district's plan",
   'silent: issuer_short naming another district than the issuer (abbreviations make the names differ honestly)'),
 C('place-other', 'small', [('place: An Bình', 'place: Yên Thế')],
   "the place copied from another district's plan",
   'silent: the place is where the body sits, not always its name (a province\'s plan is dated at its city)'),
 # ---- numbering written by hand ------------------------------------------------
 C('point-number-skip', 'small', [('          - point: Sản xuất\n', '          - point: Sản xuất\n            number: 3\n')],
   "a point numbered by hand that skips one (a, c)",
   'silent: a point numbered by hand (number: 3) after a) prints c): the drafter\'s choice'),
]
