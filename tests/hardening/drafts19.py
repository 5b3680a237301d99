#!/usr/bin/env python3
"""tests/hardening/drafts19.py KHGEN WORKDIR - the drafter's meaning
mistakes of session 19 (drafts19_cases.py), each checked with `KHGEN check`.

A case whose `expect` is a list of (CODE, TEXT) passes when khgen reports
CODE at the line of the mutated plan that first holds TEXT (file:line:col,
the plan's own file) and its base plan has no CODE at all: the mistake
brought the diagnostic. A case whose `expect` is a string starting with
"silent:" is a mistake khgen does not see, on purpose or not yet: it is
listed as "# silent - ..." with the reason, and counted neither as passed
nor as failed. Each base plan must also pass with none of the codes
session 19 added (no false alarm).

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
from drafts19_cases import BASES, CASES, PLANS  # noqa: E402

NEW_CODES = ('KH166', 'KH167', 'KH168', 'KH169', 'KH261', 'KH262', 'KH263', 'KH315',
             'KH316')
DIAG = re.compile(r'^(.*?):(\d+):(\d+): (error|warning)\[(KH\d+)\]')

khgen, work = sys.argv[1], sys.argv[2]
os.makedirs(work, exist_ok=True)
passed = failed = silent = 0


def report(ok, what, detail=''):
    global passed, failed
    if ok:
        passed += 1
        print('ok - ' + what)
    else:
        failed += 1
        print('not ok - ' + what + (': ' + detail if detail else ''))


def run(name, base, text):
    d = os.path.join(work, name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    if base == 'yen':
        shutil.copytree(os.path.join(PLANS, 'yen-the'), os.path.join(d, 'yen-the'))
    path = os.path.join(d, 'plan.yaml')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    r = subprocess.run([GUARD, '60', khgen, 'check', '--color=never', path], capture_output=True,
                       text=True)
    diags = []
    for line in r.stderr.splitlines():
        m = DIAG.match(line)
        if m and m.group(1) == path:
            diags.append((m.group(5), int(m.group(2)), line))
    return r.returncode, diags, r.stderr


base_diags = {}
for base in sorted(BASES):
    rc, diags, err = run('base-' + base, base, BASES[base]())
    base_diags[base] = {code for code, _, _ in diags}
    new = [l for code, _, l in diags if code in NEW_CODES]
    report(rc == 0 and not new, 'base plan %s passes with none of %s' % (base, ', '.join(NEW_CODES)),
           (err.strip() or 'exit %d' % rc)[:400])

for case in CASES:
    text = BASES[case['base']]()
    bad = [old for old, _ in case['subs'] if text.count(old) != 1]
    if bad:
        report(False, case['id'], 'not once in the base: %r' % bad[0])
        continue
    for old, new in case['subs']:
        text = text.replace(old, new)
    expect = case['expect']
    if isinstance(expect, str):
        silent += 1
        print('# silent - %s (%s): %s' % (case['id'], case['what'], expect[len('silent: '):]))
        continue
    rc, diags, err = run(case['id'], case['base'], text)
    lines = text.split('\n')
    for code, at in expect:
        want = next((i + 1 for i, l in enumerate(lines) if at in l), 0)
        got = [l for c, n, l in diags if c == code and n == want]
        new_to_base = code not in base_diags[case['base']]
        report(want and got and new_to_base,
               '%s (%s): %s at line %d' % (case['id'], case['what'], code, want),
               '' if got else 'khgen said: ' + (err.strip()[:600] or 'nothing'))

print('# %d mistakes khgen does not see (listed above, not counted)' % silent)
print('%d passed, %d failed' % (passed, failed))
sys.exit(1 if failed else 0)
