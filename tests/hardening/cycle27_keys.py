#!/usr/bin/python3
"""tests/hardening/cycle27_keys.py HASH N [BITS] - N distinct keys of ASCII
letters that HASH gives one value in its low BITS bits (20 by default):
every table of up to 2^BITS slots that takes its slot from those bits puts
them in one chain. For the timed guards of cycle27.sh (s27fixcycle: the
tables' hashes before the one hash of util.h, text_hash).

HASH is djb2x (h = h * 33 ^ c from 5381: diff's parts and rows, similar.c,
attach_column.c) or fnv (FNV-1a without its bits mixed: the loader's keys,
figures' memo). In both the low bits of the state depend on its low bits
and the byte alone, so a key is met in the middle: a prefix run forward
from the start, a suffix run backward from the target, joined where their
states agree. One key a line, in order; deterministic.
"""
import itertools
import string
import sys

ALPHA = string.ascii_letters


def main():
    kind, n = sys.argv[1], int(sys.argv[2])
    bits = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    mask = (1 << bits) - 1
    if kind == 'djb2x':
        start = 5381 & mask
        inv = pow(33, -1, 1 << bits)
        fwd = lambda s, c: ((s * 33) ^ c) & mask
        back = lambda s, c: ((s ^ c) * inv) & mask
    elif kind == 'fnv':
        prime = 1099511628211
        start = 1469598103934665603 & mask
        inv = pow(prime, -1, 1 << bits)
        fwd = lambda s, c: ((s ^ c) * prime) & mask
        back = lambda s, c: ((s * inv) & mask) ^ c
    else:
        sys.exit('HASH: djb2x or fnv')
    target = 0x5a5a5 & mask
    # each suffix of three letters: the state before it that ends at target
    need = {}
    for suf in itertools.product(ALPHA, repeat=3):
        s = target
        for ch in reversed(suf):
            s = back(s, ord(ch))
        need.setdefault(s, ''.join(suf))
    out = []
    for pre in itertools.product(ALPHA, repeat=5):
        s = start
        for ch in pre:
            s = fwd(s, ord(ch))
        suf = need.get(s)
        if suf is not None:
            out.append(''.join(pre) + suf)
            if len(out) == n:
                break
    sys.stdout.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
