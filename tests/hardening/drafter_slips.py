"""tests/hardening/drafter_slips.py - what attack25_slips.py and
attack26_slips.py (a tired drafter's one-line slips, each told at its line
and column) share; each had its own copy until session 36 folded them.

ENV is the environment khgen runs in (C.UTF-8, no LANGUAGE or
LC_MESSAGES). run_cases(khgen, work, base, cases) runs each case
(name, base, old, new, status, code, line, col, text the message holds):
base[BASE] with OLD (which must stand in it once) replaced by NEW, as
WORK/dNN/p.yaml, checked from that directory; ok when the check ends with
STATUS and its message at LINE:COL is CODE, an error for status 1 (a
warning else), holding the text. Prints "ok - DN ..."/"not ok - DN ..."
per case and returns (passed, failed); the caller prints the total.
"""
import os
import re
import subprocess

ENV = dict(os.environ, LC_ALL='C.UTF-8')
ENV.pop('LANGUAGE', None)
ENV.pop('LC_MESSAGES', None)


def run_cases(khgen, work, base, cases):
    passed = failed = 0
    for i, (name, which, old, new, status, code, line, col, says) in enumerate(cases):
        src = base[which]
        if src.count(old) != 1:
            print('not ok - D%d %s: the line to change is not in %s.yaml once' % (i + 1, name, which))
            failed += 1
            continue
        d = os.path.join(work, 'd%02d' % (i + 1))
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, 'p.yaml'), 'w', encoding='utf-8') as f:
            f.write(src.replace(old, new, 1))
        r = subprocess.run([khgen, 'check', '--color=never', 'p.yaml'], cwd=d, env=ENV,
                           capture_output=True, text=True)
        want = re.compile(r'^p\.yaml:%d:%d: (error|warning)\[%s\]: (.*)$' % (line, col, code), re.M)
        hit = want.search(r.stderr)
        level = 'error' if status == 1 else 'warning'
        if r.returncode == status and hit and hit.group(1) == level and says in hit.group(2):
            print('ok - D%d %s: %s[%s] at %d:%d, exit %d' % (i + 1, name, level, code, line, col, status))
            passed += 1
        else:
            print('not ok - D%d %s: exit %d (want %d), want %s[%s] at %d:%d saying %r; got: %s'
                  % (i + 1, name, r.returncode, status, level, code, line, col, says,
                     ' | '.join(r.stderr.splitlines()[:3])[:600]))
            failed += 1
    return passed, failed
