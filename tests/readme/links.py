#!/usr/bin/env python3
"""tests/readme/links.py TOP [--fix] - the links between README.md and the
topic files under doc/ (session 43 split the README into them).

Every relative link of README.md and doc/*.md, [text](path#anchor), must
name a file of the tree and, with an anchor, a heading of that file (the
anchor as GitHub makes it: lower case, punctuation dropped, spaces as
hyphens, a repeated heading numbered -1, -2). Every doc/*.md is linked
from README.md, and no line of them is longer than 400 characters (a
paragraph is wrapped; a table row that long is a paragraph in disguise).
With --fix, a link whose anchor is a heading of another file is pointed
at that file (for a section moved between files), and nothing else.
Prints "ok - ..."/"not ok - ..." lines and exits non-zero on a failure.
"""
import glob
import os
import re
import sys

# the files whose tables still hold rows over MAX_LINE (session 43 turns
# them into headed paragraphs, one file at a time); none is added
WIDE = {'doc/attachments.md', 'doc/cycle.md', 'doc/diagnostics.md', 'doc/import.md',
        'doc/language.md'}
LINK = re.compile(r'\[([^\]]*)\]\(([^)\s]+)\)')
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
        lines = text.split('\n')
        changed = False
        for i, ln in prose_lines(f):
            def check(m):
                nonlocal count, changed
                target = m.group(2)
                if re.match(r'[a-z]+:', target):
                    return m.group(0)
                count += 1
                path, _, anchor = target.partition('#')
                dst = os.path.normpath(os.path.join(os.path.dirname(f), path)) if path else f
                if not os.path.exists(dst) and fix and path and os.path.exists(os.path.normpath(path)):
                    # written as from the top (moved out of README.md)
                    dst = os.path.normpath(path)
                    target = os.path.relpath(dst, os.path.dirname(f) or '.') + ('#' + anchor if anchor else '')
                    changed = True
                    if not anchor or anchor in where.get(dst, ()):
                        return '[%s](%s)' % (m.group(1), target)
                if not os.path.exists(dst):
                    bad.append('%s:%d: %s: no file %s' % (f, i, target, dst))
                    return m.group(0)
                if not anchor or not dst.endswith('.md'):
                    return m.group(0)
                if dst in where and anchor not in where[dst]:
                    homes = [g for g in files if anchor in where[g]]
                    if fix and len(homes) == 1:
                        new = os.path.relpath(homes[0], os.path.dirname(f) or '.')
                        new = '' if homes[0] == f else new
                        changed = True
                        return '[%s](%s#%s)' % (m.group(1), new, anchor)
                    bad.append('%s:%d: %s: no heading #%s in %s' % (f, i, target, anchor, dst))
                return m.group(0)
            # a link's syntax shown in a code span (`[x](y)`) is no link
            spans = [m.span() for m in re.finditer(r'(`+).+?\1', ln)]
            lines[i - 1] = LINK.sub(lambda m: m.group(0) if any(a <= m.start() < b for a, b in spans)
                                    else check(m), ln)
        if changed:
            open(f, 'w', encoding='utf-8').write('\n'.join(lines))
    result(not bad and count > 0, 'the %d relative links of README.md and doc/*.md name a file and a heading of it%s'
           % (count, ''.join('\n    ' + b for b in bad)))

    readme = open('README.md', encoding='utf-8').read()
    unlinked = [f for f in files[1:] if '](%s)' % f not in readme and '](%s#' % f not in readme]
    result(len(files) > 1 and not unlinked,
           'README.md links each of the %d files of doc/%s' % (len(files) - 1, ''.join(' ' + u for u in unlinked)))

    narrow = [f for f in files if f not in WIDE]
    long = ['%s:%d: %d characters' % (f, i, len(ln)) for f in narrow for i, ln in prose_lines(f) if len(ln) > MAX_LINE]
    result(not long, 'no line of %s is over %d characters%s'
           % (' '.join(narrow), MAX_LINE, ''.join('\n    ' + x for x in long[:20]) + ('\n    ...' if len(long) > 20 else '')))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
