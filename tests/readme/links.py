#!/usr/bin/env python3
"""tests/readme/links.py TOP [--fix] - the links between README.md and the
topic files under doc/ (session 43 split the README into them).

Every relative link of README.md and doc/*.md, [text](path#anchor), must
name a file of the tree and, with an anchor, a heading of that file (the
anchor as GitHub makes it: lower case, punctuation dropped, spaces as
hyphens, a repeated heading numbered -1, -2). Every doc/*.md is linked
from README.md, and no line of them is longer than 400 characters (a
paragraph is wrapped; a table row that long is a paragraph in disguise;
the code table's rows of doc/diagnostics.md excepted, WIDE_ROW).
With --fix, a link whose anchor is a heading of another file is pointed
at that file (for a section moved between files), and nothing else.
Prints "ok - ..."/"not ok - ..." lines and exits non-zero on a failure.
"""
import glob
import os
import re
import sys

# the one table whose rows may be longer: the code table of
# doc/diagnostics.md, a row a code in the form the engineers' protocol
# gives a new code ("| `KHnnn` | warning | ... |", read by s39readme)
WIDE_ROW = {'doc/diagnostics.md': re.compile(r'\| `KH[0-9]{3}` \| (error|warning) \| ')}
LINK = re.compile(r'\[([^\]]*)\]\(([^)\s]+)\)')  # its text may span lines
MAX_LINE = 400


def slug(title):
    t = re.sub(r'`|\*\*|\[([^\]]*)\]\([^)]*\)', lambda m: m.group(1) or '', title.strip())
    t = re.sub(r'[^\w\- ]', '', t.lower())
    return t.replace(' ', '-')


def anchors(path):
    """The anchors of a Markdown file's headings, code blocks skipped."""
    seen, out, code = {}, set(), False
    for ln in open(path, encoding='utf-8'):
        if ln.startswith('```'):
            code = not code
        m = None if code else re.match(r'#{1,6} (.*)', ln)
        if m:
            s = slug(m.group(1))
            n = seen.get(s, 0)
            seen[s] = n + 1
            out.add(s if n == 0 else '%s-%d' % (s, n))
    return out


def mask(text):
    """text with its code blocks, indented code and code spans blanked (the
    same length, the line breaks kept): a link's syntax shown as code
    (`[x](y)`) is no link."""
    out, code = [], False
    for ln in text.split('\n'):
        if ln.startswith('```'):
            code = not code
            out.append(' ' * len(ln))
        elif code or ln.startswith('    '):
            out.append(' ' * len(ln))
        else:
            out.append(ln)
    # a code span may go on over a line break, not over a blank line
    blank = lambda m: re.sub(r'[^\n]', ' ', m.group(0))
    return '\n\n'.join(re.sub(r'(`+)(?:(?!\1).)+?\1', blank, p, flags=re.S)
                       for p in '\n'.join(out).split('\n\n'))


def prose_lines(path):
    """(number, line) of the lines outside code blocks and indented code."""
    code = False
    for i, ln in enumerate(open(path, encoding='utf-8').read().split('\n'), 1):
        if ln.startswith('```'):
            code = not code
            continue
        if not code and not ln.startswith('    '):
            yield i, ln


def main():
    top = sys.argv[1]
    fix = '--fix' in sys.argv
    os.chdir(top)
    files = ['README.md'] + sorted(glob.glob('doc/*.md'))
    where = {f: anchors(f) for f in files}
    failed = 0

    def result(good, what):
        nonlocal failed
        print(('ok - ' if good else 'not ok - ') + what)
        failed += not good

    bad, count = [], 0
    for f in files:
        text = open(f, encoding='utf-8').read()
        masked = mask(text)
        edits = []
        for m in LINK.finditer(masked):
            target = text[m.start(2):m.end(2)]
            if re.match(r'[a-z]+:', target):
                continue
            count += 1
            where_at = '%s:%d' % (f, text.count('\n', 0, m.start()) + 1)
            path, _, anchor = target.partition('#')
            dst = os.path.normpath(os.path.join(os.path.dirname(f), path)) if path else f
            new = None
            if not os.path.exists(dst) and fix and path and os.path.exists(os.path.normpath(path)):
                # written as from the top (moved out of README.md)
                dst = os.path.normpath(path)
                new = os.path.relpath(dst, os.path.dirname(f) or '.') + ('#' + anchor if anchor else '')
            if not os.path.exists(dst):
                bad.append('%s: %s: no file %s' % (where_at, target, dst))
                continue
            if anchor and dst in where and anchor not in where[dst]:
                homes = [g for g in files if anchor in where[g]]
                if fix and len(homes) == 1:
                    new = ('' if homes[0] == f else os.path.relpath(homes[0], os.path.dirname(f) or '.')) + '#' + anchor
                else:
                    bad.append('%s: %s: no heading #%s in %s' % (where_at, target, anchor, dst))
                    continue
            if new is not None:
                edits.append((m.start(2), m.end(2), new))
        for a, b, new in reversed(edits):
            text = text[:a] + new + text[b:]
        if edits:
            open(f, 'w', encoding='utf-8').write(text)
    result(not bad and count > 0, 'the %d relative links of README.md and doc/*.md name a file and a heading of it%s'
           % (count, ''.join('\n    ' + b for b in bad)))

    readme = open('README.md', encoding='utf-8').read()
    unlinked = [f for f in files[1:] if '](%s)' % f not in readme and '](%s#' % f not in readme]
    result(len(files) > 1 and not unlinked,
           'README.md links each of the %d files of doc/%s' % (len(files) - 1, ''.join(' ' + u for u in unlinked)))

    long = ['%s:%d: %d characters' % (f, i, len(ln)) for f in files for i, ln in prose_lines(f)
            if len(ln) > MAX_LINE and not (f in WIDE_ROW and WIDE_ROW[f].match(ln))]
    result(not long, 'no line of README.md and doc/*.md is over %d characters (but the code table\'s rows)%s'
           % (MAX_LINE, ''.join('\n    ' + x for x in long[:20]) + ('\n    ...' if len(long) > 20 else '')))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
