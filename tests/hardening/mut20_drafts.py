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
from drafts19_cases import BASES, PLANS  # noqa: E402

NEW_CODES = ('KH166', 'KH167', 'KH168', 'KH169', 'KH261', 'KH262', 'KH263', 'KH315',
             'KH316')
DIAG = re.compile(r'^(.*?):(\d+):(\d+): (error|warning)\[(KH\d+)\]')


def C(id, base, subs, what, expect, want=()):
    return {'id': id, 'base': base, 'subs': subs, 'what': what, 'expect': expect,
            'want': want}


CASES = [
    # read_key spells "UBND" out where it stands as a word: after a space
    # too, not only at the name's start (-003 -006 -007: "Thường trực
    # UBND tỉnh" read as written, another recipient)
    C('ubnd-inside', 'small',
      [('recipients: [UBND tỉnh, ', 'recipients: [Thường trực UBND tỉnh, Thường trực Ủy ban nhân dân tỉnh, ')],
      "'Thường trực UBND tỉnh' and 'Thường trực Ủy ban nhân dân tỉnh' are one recipient",
      [('KH168', 'recipients: [Thường trực')]),
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
            r = subprocess.run([khgen, '--lang', 'en', 'check', '--color=never', path],
                               capture_output=True, text=True, timeout=60)
            lines = text.split('\n')
            want = sorted((code, next((i + 1 for i, l in enumerate(lines) if at in l), 0))
                          for code, at in case['expect'])
            got = sorted((m.group(5), int(m.group(2)))
                         for m in map(DIAG.match, r.stderr.splitlines())
                         if m and m.group(1) == path and m.group(5) in NEW_CODES)
            missing = [w for w in case['want'] if w not in r.stderr]
            ok = got == want and not missing and r.returncode == 0
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
