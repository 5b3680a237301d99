#!/usr/bin/env python3
"""hostile.py KHGEN WORKDIR - `khgen import` on broken and hostile inputs.

Each input below must be refused with a diagnostic (an error with a KH
code on stderr), exit status 3, no output file, within a time limit; no
crash (a signal, or a sanitizer report) and no hang. Then a deterministic
mutation run: 150 damaged copies of a .docx and of a seed text must each
be imported (status 0) or refused (status 3), never crash or hang.

The corpus is built here, not stored: an empty file, a .docx that is not a
zip, a zip bomb (a document part that inflates to 300 MB), a .docx with no
document part, a .docx whose part declares a small size but inflates past
it, malformed XML, an XML entity bomb ("billion laughs"), binary junk
named .txt and .docx, a legacy .doc, and a 50 MB text.
"""
import io
import os
import random
import subprocess
import sys
import zipfile

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                 'package/2006/content-types"/>')
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_bytes(parts):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()


def doc_xml(body):
    return f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>'


def bomb():
    """A zip whose document part inflates to 300 MB (a few hundred kB packed)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            chunk = b"<" * (1 << 20)
            for _ in range(300):
                f.write(chunk)
    return buf.getvalue()


def lying_size():
    """A part whose central directory says 100 bytes but inflates to 10 MB."""
    real = doc_xml("<w:p><w:r><w:t>" + "x" * (10 << 20) + "</w:t></w:r></w:p>").encode()
    data = bytearray(docx_bytes({"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": real}))
    # patch the uncompressed size in the local header and the central directory
    for sig, off in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        pos = 0
        while True:
            pos = data.find(sig, pos)
            if pos < 0:
                break
            name_len_off = 26 if sig == b"PK\x03\x04" else 28
            name_len = int.from_bytes(data[pos + name_len_off:pos + name_len_off + 2], "little")
            start = pos + (30 if sig == b"PK\x03\x04" else 46)
            if data[start:start + name_len] == b"word/document.xml":
                data[pos + off:pos + off + 4] = (100).to_bytes(4, "little")
            pos += 4
    return bytes(data)


LAUGHS = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
          + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
          + f']><w:document {W}><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>')


def cases(work):
    rnd = random.Random(12)
    junk = bytes(rnd.randrange(256) for _ in range(4096))
    big = os.path.join(work, "big.txt")
    with open(big, "wb") as f:
        line = ("Căn cứ " * 10 + "\n").encode()
        for _ in range((50 << 20) // len(line) + 1):
            f.write(line)
    return [
        ("empty file", "empty.txt", b"", "KH757"),
        ("empty .docx", "empty.docx", b"", "KH754"),
        ("a .docx that is not a zip", "notzip.docx", "Kế hoạch\n".encode() * 50, "KH754"),
        ("a truncated zip", "truncated.docx",
         docx_bytes({"word/document.xml": doc_xml("<w:p/>")})[:60], "KH754"),
        ("a zip bomb", "bomb.docx", bomb(), "KH755"),
        ("a part larger than its declared size", "lying.docx", lying_size(), "KH75"),
        ("a .docx with no document part", "nodoc.docx",
         docx_bytes({"[Content_Types].xml": CONTENT_TYPES, "xl/workbook.xml": "<x/>"}), "KH756"),
        ("malformed document XML", "badxml.docx",
         docx_bytes({"word/document.xml": "<w:document><w:body><w:p>"}), "KH754"),
        ("an XML entity bomb", "laughs.docx", docx_bytes({"word/document.xml": LAUGHS}), "KH75"),
        ("a document with no text", "notext.docx",
         docx_bytes({"word/document.xml": doc_xml("<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>")}), "KH757"),
        ("binary junk as .txt", "junk.txt", junk, "KH753"),
        ("binary junk as .docx", "junk.docx", junk, "KH754"),
        ("binary junk as .md", "junk.md", b"\x00\x01\x02" + junk, "KH753"),
        ("a legacy .doc", "old.doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + junk, "KH751"),
        ("a 50 MB text", "big.txt", None, "KH752"),
    ]


def run(khgen, path, out):
    # the suites' hang guard: 60 s of CPU time, not of wall time (124)
    guard = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cpu_guard.sh")
    r = subprocess.run([guard, "60", khgen, "import", "-o", out, path], capture_output=True)
    if r.returncode == 124:
        return None, "killed by its guard (60 s of CPU or 1800 s of wall)"
    return r.returncode, r.stderr.decode("utf-8", "replace")


def main():
    khgen, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    bad = 0
    for label, name, data, code in cases(work):
        path = os.path.join(work, name)
        if data is not None:
            with open(path, "wb") as f:
                f.write(data)
        out = os.path.join(work, name + ".yaml")
        if os.path.exists(out):
            os.remove(out)
        status, err = run(khgen, path, out)
        problems = []
        if status is None:
            problems.append(err)
        elif status != 3:
            problems.append(f"exit status {status}, expected 3")
        if status is not None and (code not in err or "error" not in err):
            problems.append(f"no {code} diagnostic: {err.strip()[:200]!r}")
        if "Sanitizer" in (err or "") or "runtime error" in (err or ""):
            problems.append("sanitizer report")
        if os.path.exists(out):
            problems.append("an output file was written")
        if problems:
            print(f"not ok - {label}: " + "; ".join(problems))
            bad += 1
        else:
            print(f"ok - {label}: {err.strip().splitlines()[0][:110]}")
        if data is None or len(data) > (1 << 20):
            os.remove(path)

    # mutations: damaged .docx and text must import or be refused, never crash
    rnd = random.Random(2026)
    base_docx = docx_bytes({
        "[Content_Types].xml": CONTENT_TYPES,
        "word/numbering.xml": f'<w:numbering {W}><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0">'
                              '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
                              '<w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>'
                              '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>',
        "word/document.xml": doc_xml(
            "<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p><w:p><w:r><w:t>Thực hiện năm 2024</w:t></w:r></w:p>"
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
            "<w:r><w:rPr><w:b/></w:rPr><w:t>Mục tiêu</w:t></w:r></w:p>"
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
            "<w:r><w:t>Xã Đồng Hưu đạt chuẩn</w:t></w:r></w:p>"
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Nơi nhận:</w:t></w:r></w:p></w:tc>"
            "<w:tc><w:p><w:r><w:t>CHỦ TỊCH</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"),
    })
    seed = open("tests/seeds/yen-the-2024.txt", "rb").read()
    crashes = 0
    runs = 0
    for k in range(150):
        src = bytearray(base_docx if k % 2 == 0 else seed)
        if k % 2 == 0 and k % 4 == 0:
            # damage the inflated XML, not only the zip: rebuild from a mutated part
            xml = bytearray(doc_xml("<w:p><w:r><w:t>1. Mục tiêu năm 2024</w:t></w:r></w:p>").encode())
            for _ in range(rnd.randrange(1, 8)):
                xml[rnd.randrange(len(xml))] = rnd.choice(b"<>/&\"'=w:p\x00\xff")
            src = bytearray(docx_bytes({"word/document.xml": bytes(xml)}))
        else:
            for _ in range(rnd.randrange(1, 12)):
                op = rnd.randrange(3)
                pos = rnd.randrange(len(src))
                if op == 0:
                    src[pos] = rnd.randrange(256)
                elif op == 1:
                    del src[pos:pos + rnd.randrange(1, 64)]
                else:
                    src[pos:pos] = bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 16)))
        name = os.path.join(work, f"mut{k}.docx" if k % 2 == 0 else f"mut{k}.txt")
        with open(name, "wb") as f:
            f.write(src)
        out = name + ".yaml"
        status, err = run(khgen, name, out)
        runs += 1
        if status not in (0, 3) or "Sanitizer" in (err or "") or "runtime error" in (err or ""):
            crashes += 1
            print(f"not ok - mutation {k} ({name}): status {status}: {(err or '').strip()[:300]}")
        elif status == 3 and os.path.exists(out):
            crashes += 1
            print(f"not ok - mutation {k}: refused but wrote {out}")
        for p in (name, out):
            if os.path.exists(p):
                os.remove(p)
    if crashes:
        bad += 1
    else:
        print(f"ok - {runs} damaged .docx and text files: each imported or refused, no crash or hang")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
