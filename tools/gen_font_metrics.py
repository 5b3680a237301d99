#!/usr/bin/python3
"""gen_font_metrics.py REGULAR.ttf BOLD.ttf > src/font_metrics.h

Writes the advance widths of the characters of Vietnamese text in Times New
Roman, read from Liberation Serif (metric-compatible: same advance widths),
for src/colwidth.c to measure table text with. Standard library only: reads
the font's cmap (format 4) and hmtx tables.
"""
import struct
import sys


def tables(data):
    n = struct.unpack(">H", data[4:6])[0]
    out = {}
    for i in range(n):
        tag, _, off, length = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
        out[tag.decode()] = (off, length)
    return out


def widths(path):
    data = open(path, "rb").read()
    t = tables(data)
    upem = struct.unpack(">H", data[t["head"][0] + 18:t["head"][0] + 20])[0]
    n_hmetrics = struct.unpack(">H", data[t["hhea"][0] + 34:t["hhea"][0] + 36])[0]
    hmtx = t["hmtx"][0]
    advance = [struct.unpack(">H", data[hmtx + 4 * i:hmtx + 4 * i + 2])[0] for i in range(n_hmetrics)]
    cmap = t["cmap"][0]
    n_sub = struct.unpack(">H", data[cmap + 2:cmap + 4])[0]
    sub = None
    for i in range(n_sub):
        pid, eid, off = struct.unpack(">HHI", data[cmap + 4 + 8 * i:cmap + 12 + 8 * i])
        if pid == 3 and eid == 1:
            sub = cmap + off
    assert struct.unpack(">H", data[sub:sub + 2])[0] == 4
    segx2 = struct.unpack(">H", data[sub + 6:sub + 8])[0]
    seg = segx2 // 2
    ends = struct.unpack(">%dH" % seg, data[sub + 14:sub + 14 + segx2])
    starts = struct.unpack(">%dH" % seg, data[sub + 16 + segx2:sub + 16 + 2 * segx2])
    deltas = struct.unpack(">%dh" % seg, data[sub + 16 + 2 * segx2:sub + 16 + 3 * segx2])
    ro_at = sub + 16 + 3 * segx2
    ros = struct.unpack(">%dH" % seg, data[ro_at:ro_at + segx2])
    def glyph(cp):
        for i in range(seg):
            if starts[i] <= cp <= ends[i]:
                if ros[i] == 0:
                    return (cp + deltas[i]) & 0xFFFF
                addr = ro_at + 2 * i + ros[i] + 2 * (cp - starts[i])
                g = struct.unpack(">H", data[addr:addr + 2])[0]
                return (g + deltas[i]) & 0xFFFF if g else 0
        return 0
    def adv(cp):
        g = glyph(cp)
        if not g:
            return None
        return advance[min(g, n_hmetrics - 1)] * 1000 // upem
    return adv


def main():
    regular, bold = widths(sys.argv[1]), widths(sys.argv[2])
    cps = list(range(0x20, 0x7F)) + list(range(0xA0, 0x250)) + list(range(0x1EA0, 0x1EFA)) + \
        list(range(0x2010, 0x2027)) + [0x2030, 0x2039, 0x203A, 0x20AB]
    rows = []
    for cp in cps:
        r, b = regular(cp), bold(cp)
        if r is None or b is None:
            continue
        rows.append("    {0x%04X, %d, %d}," % (cp, r, b))
    print("/* font_metrics.h - advance widths of Times New Roman (regular, bold) in")
    print(" * thousandths of an em, for the characters of Vietnamese text. Generated")
    print(" * by tools/gen_font_metrics.py from Liberation Serif, whose widths are")
    print(" * Times New Roman's; do not edit. Sorted by code point. */")
    print("#ifndef KHGEN_FONT_METRICS_H")
    print("#define KHGEN_FONT_METRICS_H")
    print("")
    print("typedef struct GlyphWidth {")
    print("    unsigned cp;")
    print("    unsigned short regular, bold;")
    print("} GlyphWidth;")
    print("")
    print("static const GlyphWidth times_widths[] = {")
    print("\n".join(rows))
    print("};")
    print("")
    print("#endif")


main()
