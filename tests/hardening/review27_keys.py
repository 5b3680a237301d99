"""tests/hardening/review27_keys.py STAGES - 2**STAGES distinct YAML keys
(one a line) whose unseeded FNV-1a (load_hash_key before s27review H4)
agrees in its low 20 bits: a multicollision, made a stage at a time - from
the state the keys share, two 3-letter blocks that lead to one state again
(a birthday search over 46,656 blocks), each key choosing one block of
each stage. FNV-1a's low bits depend on the low bits before them only, so
the keys take one slot of any table of up to 2**20 slots."""
import itertools, sys
P = 1099511628211; B = 1469598103934665603; BITS = 20; M = (1 << BITS) - 1
def step(h, s):
    for ch in s.encode():
        h = ((h ^ ch) * P) & M
    return h
al = 'abcdefghijklmnopqrstuvwxyz0123456789'
blocks = [''.join(t) for t in itertools.product(al, repeat=3)]
def keys(stages, prefix='k'):
    h = step(B & M, prefix); pairs = []
    for _ in range(stages):
        seen = {}
        for b in blocks:
            t = step(h, b)
            if t in seen:
                pairs.append((seen[t], b)); h = t; break
            seen[t] = b
    out = [prefix]
    for a, b in pairs:
        out = [o + a for o in out] + [o + b for o in out]
    return out
ks = keys(int(sys.argv[1]))
print('\n'.join(ks))
