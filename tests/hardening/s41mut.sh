#!/bin/sh
# tests/hardening/s41mut.sh KHGEN WORKDIR - the cases session 41's mutation
# sweep (tools/mutants.py over session 40's new code: telex_text.c,
# yread_meant.c, load_dup.c, load_merge.c, load_excerpt.c,
# figures_holders.c, diff_printed.c, and the functions it changed in
# import_damaged.c, md_autolink.c, textref.c, load_office.c, diff_match.c,
# load_nbsp.c and yread.c) found missing: each kills a mutant that every suite of its
# file let survive, and passes at main 654cfcd1 and after (the code was
# right; a later change that breaks the behaviour would have passed every
# test), unless its verdict names a fix. The mutant each case kills is
# named in its verdict by its id in that file at 654cfcd1 (`python3
# tools/mutants.py list src/FILE.c`, with `--since ff71a1cc` for the
# changed files); each case was run with that mutant's binary
# (`tools/mutants.py build ... --only ID`) and failed. The plans are
# README's example with an edit. A few dozen runs of khgen, a few seconds.
# Prints "ok - ..."/"not ok - ..."  and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LC_MESSAGES
PY=/usr/bin/python3
P=$work/p
readme_base

# chk NAME: `khgen check` of $P/NAME.yaml, stderr in $work/NAME.err, $st
chk() {
    "$khgen" check "$P/$1.yaml" >/dev/null 2>"$work/$1.err"
    st=$?
}
# count CODE NAME: how many messages of CODE; msgs NAME: how many messages
count() { grep -c "\[$1\]" "$work/$2.err"; }
msgs() { grep -c '^[^ ].*: \(error\|warning\)\[KH' "$work/$1.err"; }
verdict() {
    if [ -z "$bad" ]; then ok "$1"; else not_ok "$1:$bad"; fi
}

# ---- load_dup.c: which value of a key written twice is read ------------------
# 'units: x' above a 'units:' list: the first value is no list, so the two
# are not read as one; KH008 says to delete one, not that the list is the
# rest of the first (load_dup-017: a second list alone taken for two)
edited d1 'units:
' 'units: x
units:
'
chk d1
bad=
grep -q "d1\.yaml:24:1: error\[KH008\]: duplicate key 'units' in this mapping: delete one of the two" "$work/d1.err" ||
    bad="$bad [$(grep KH008 "$work/d1.err")]"
verdict "load_dup: 'units: x' above a 'units:' list is KH008 'delete one', no lists joined (load_dup-017)"

# a task's 'lead: vpdp' above its 'lead: tckh': the first is read, the
# second dropped; tckh, named only there, is not "never used" (KH250) while
# a value is dropped (load_dup-024: one drop not counted)
edited d2 '            lead: tckh
' '            lead: vpdp
            lead: tckh
'
chk d2
bad=
[ "$(count KH008 d2)" -eq 1 ] || bad="$bad [no KH008]"
[ "$(count KH250 d2)" -eq 0 ] || bad="$bad [$(grep KH250 "$work/d2.err")]"
verdict "load_dup: one value dropped (a task's lead written twice) holds back 'never used' for the unit only it named (load_dup-024)"

# ---- load_excerpt.c: a key quoted in KH008, cut at 60 bytes ------------------
# a key of 60 bytes is quoted whole (load_excerpt-006: cut at 60 too, with
# "..."), one of 61 as its 60 and "...", one of 59 letters and a 'ệ' (62
# bytes) as the 59 letters and "...", not inside the character
k59=kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk
edited e1 'units:
' "${k59}k: 1
${k59}k: 2
${k59}kk: 1
${k59}kk: 2
${k59}ệ: 1
${k59}ệ: 2
units:
"
chk e1
bad=
for want in "24:1: error\[KH008\]: duplicate key '${k59}k' in" "26:1: error\[KH008\]: duplicate key '${k59}k\.\.\.' in" \
    "28:1: error\[KH008\]: duplicate key '${k59}\.\.\.' in"; do
    grep -q "e1\.yaml:$want" "$work/e1.err" || bad="$bad [no '$want']"
done
verdict "load_excerpt: a key of 60 bytes quoted whole, of 61 cut to 60 and '...', cut before a character it would split (load_excerpt-006)"

# ---- load_merge.c: YAML's merge key '<<:' read once (KH007) -----------------
# a unit's '<<' holding two keys (name and short): both read as the unit's,
# one KH007 (load_merge-033: no room counted for a mapping's keys, the
# second written over the id's value: KH102 and KH202 'unknown unit tckh')
edited m1 '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}' \
    '  - {id: tckh, <<: {name: Phòng Tài chính - Kế hoạch, short: TCKH}}'
# a unit whose first value is a plain '<<' (its short name): a value, no
# merge key (load_merge-054: the loop ran one past the keys, onto the
# first value, and read it as a '<<' holding no mapping)
edited m2 '  - {id: vpdp, name: Văn phòng Điều phối nông thôn mới huyện, short: VPĐP NTM}' \
    '  - {short: <<, id: vpdp, name: Văn phòng Điều phối nông thôn mới huyện, <<: {}}'
bad=
for m in m1:25:16 m2:24:74; do
    chk "${m%%:*}"
    [ "$(msgs "${m%%:*}")" -eq 1 ] && grep -q "${m%%:*}\.yaml:${m#*:}: error\[KH007\]: merge keys ('<<') are not part of the plan language: its keys are read" "$work/${m%%:*}.err" ||
        bad="$bad [${m%%:*}: $(grep '^[^ ].*\[KH' "$work/${m%%:*}.err" | cut -c1-140 | tr '\n' ' ')]"
done
verdict "load_merge: a '<<' of two keys, a plain '<<' value before one: one KH007 each, the unit read whole (load_merge-033, -054)"

# ---- telex_text.c: a text typed with the input method off (KH036) -----------
# each text below as a bullet of README's example, and its KH036: the
# column of the word named, the input method, the word, and the text as it
# reads; none where the text is read as typed (fewer than three words, or
# two not both typed with a hat, breve, horn or đ, English, capitals,
# words in braces). The texts each kill a mutant: a tone typed inside the
# word, before its last consonant ("thuwjc", "vieejc": telex_text-034,
# the tone read only at the word's end); a 'w' or a VNI 7/8 with no vowel
# before it ("we want", "ng7 th8": telex_text-081, an index below the
# word's letters; the sanitizers' build stops on it); a VNI 9 (đ) after
# a first letter other than d ("Ta9i xa9 ba9 la9": telex_text-150, -151
# read 'đai đa đa đa'); nine words read of ten that are no syllable,
# nine in ten, is the bar (telex_text-286 wanted more); a VNI 6 twice
# or with no a, e, o before it ("Ke661", "th6": telex_text-064 read
# 'Kế', and below the letters); a word in capitals holding a 9 ("HD9ND",
# HĐND in VNI) is an abbreviation, not an odd word against the text
# (telex_text-253 counted it); the rest guard the
# readings of a hat, breve, horn, đ and each tone in both methods.
cat >"$work/t1.in" <<'LIST'
Kees hoachj thuwcj hieenj nawm nay|22 Telex 'Kees' => 'Kế hoạch thực hiện năm nay'
Ke61 hoa5ch thu7c5 hie65n na8m nay|22 VNI 'Ke61' => 'Kế hoạch thực hiện năm nay'
Nguwowif daan thoon|22 Telex 'Nguwowif' => 'Người dân thoon'
nguoiwf daan|22 Telex 'nguoiwf' => 'người dân'
Dduwowngf xaay|22 Telex 'Dduwowngf' => 'Đường xây'
Ddaay laf vieecj|22 Telex 'Ddaay' => 'Đây là việc'
Trieenr khai thuwcj hieenj|22 Telex 'Trieenr' => 'Triển khai thực hiện'
Hoaf thaanhf nhieemj vuj|22 Telex 'Hoaf' => 'Hòa thầnh nhiệm vụ'
Xaay duwngj nhaf vawn hoas|22 Telex 'Xaay' => 'Xây dựng nhà văn hóa'
Thoon xoms|
Tooi ddi hocj|22 Telex 'Tooi' => 'Tôi đi học'
Kees hoachj|
Xaay duwngj|22 Telex 'Xaay' => 'Xây dựng'
huye65n xa6y|22 VNI 'huye65n' => 'huyện xây'
na8m mo71i|22 VNI 'na8m' => 'năm mới'
ddaays|
this is its list of items|
see the list as its|
UBND huyeenj xaay duwngj kees hoachj|27 Telex 'huyeenj' => 'UBND huyện xây dựng kế hoạch'
{loc dong-lac} kees hoachj thuwcj hieenj|37 Telex 'kees' => '{loc dong-lac} kế hoạch thực hiện'
kees {year} hoachj thuwcj|22 Telex 'kees' => 'kế {year} hoạch thực'
KEES HOACHJ THUWCJ HIEENJ|22 Telex 'KEES' => 'KẾ HOẠCH THỰC HIỆN'
Kees hoạch thuwcj hieenj nawm|22 Telex 'Kees' => 'Kế hoạch thực hiện năm'
Tuaanf tows chuwcs|22 Telex 'Tuaanf' => 'Tuần tớ chức'
quaanr lys|
gia ddinhf|
Muwowif hai thaangs|22 Telex 'Muwowif' => 'Mười hai thấng'
Thuwcj hieenj vaof thaangs 12|22 Telex 'Thuwcj' => 'Thực hiện vào thấng 12'
a1 b2 c3 ke61 hoa5ch thu7c5|
Hieeuj quar cao|
Ddoongf Laics xaay|22 Telex 'Ddoongf' => 'Đồng Laíc xây'
Kees Hoachj Thuwcj Hieenj Nawm Hai|22 Telex 'Kees' => 'Kế Hoạch Thực Hiện Năm Hai'
ke61 hoa5ch thu7c5 hie65n ddd|
Nhaf vawn hoas thoon|22 Telex 'Nhaf' => 'Nhà văn hóa thoon'
Xoong xaay duwngj|28 Telex 'xaay' => 'Xoong xây dựng'
Tooir chuwcs thuwcj hieenj|22 Telex 'Tooir' => 'Tổi chức thực hiện'
Tieeus chis|
DDaay laf|
Kees hoachj, thuwcj hieenj. Nawm nay|22 Telex 'Kees' => 'Kế hoạch, thực hiện. Năm nay'
Khoong cos|
Vieecj laf|
Ddieeuf chinhr|
hoawcj laf|
Nhuwngx|
tuwf nawm 2024 ddeens nawm 2025|22 Telex 'tuwf' => 'từ năm 2024 đến năm 2025'
Thuwjc hieejn kees hoajch|22 Telex 'Thuwjc' => 'Thực hiện kế hoạch'
Vieejc xaay duwjng thasng naym|22 Telex 'Vieejc' => 'Việc xây dựng tháng naym'
Kiểm tra thuwcj hieenj kees|31 Telex 'thuwcj' => 'Kiểm tra thực hiện kế'
class bass pass mass|
we want wow with was|
ng7 th8 d7 x8 tr7|
Ta9i xa9 ba9 la9|
Kees hoachj thuwcj hieenj xaay duwngj nhaf vawn hoas qqq|22 Telex 'Kees' => 'Kế hoạch thực hiện xây dựng nhà văn hóa qqq'
Kees hoachj thuwcj hieenj xaay duwngj nhaf vawn qqq|
th6 ng6 d6 x6|
Ke661 hoa5ch thu7c5 hie65n|
HD9ND Ke61 hoa5ch thu7c5 hie65n na8m|28 VNI 'Ke61' => 'HD9ND Kế hoạch thực hiện năm'
LIST
$PY - "$work/p/ex.yaml" "$P/t1.yaml" "$work/t1.in" "$work/t1.list" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
rows = [l.split('|', 1) for l in open(sys.argv[3], encoding='utf-8').read().splitlines() if l]
at = "          - para: (Chi tiết theo {att bieu01} đính kèm).\n"
s = s.replace(at, ''.join('          - bullet: "%s"\n' % t for t, _ in rows) + at)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
with open(sys.argv[4], 'w', encoding='utf-8') as f:
    for k, (t, want) in enumerate(rows):
        f.write('%d|%s|%s\n' % (43 + k, t, want))
PY
chk t1
bad=
while IFS='|' read -r line text want; do
    got=$(sed -n "s/^.*t1\.yaml:$line:\([0-9]*\): warning\[KH036\]: .* keys \([A-Za-z]*\) takes ('\([^']*\)' here), .* it reads \(.*\)$/\1 \2 '\3' => \4/p" "$work/t1.err")
    [ "$got" = "$want" ] || bad="$bad [$text: '$got']"
done <"$work/t1.list"
verdict "telex_text: 57 texts, each KH036's word and reading or none (telex_text-034, -081, -127, -150, -151, -219, -260, -286, -064, -253)"

# ---- yread_meant.c: a key typed otherwise than meant, read as meant ---------
# README's example with one slip in each of eight mappings: an unknown key
# in capitals ('Zalo': no key of the header, so no capital's message;
# yread_meant-001 took any key after 'Y' for allowed[0] in capitals), a
# zero-width non-joiner, a soft hyphen and a word joiner inside a key, a
# key in capitals, and keys typed with Telex on (đue, hêader, préet): one
# KH101 or KH601 each, its words, and nothing else (each key read as meant);
# then 'dưe' (a horn: yread_meant-093 took it for no Telex key) and
# 'itém' (the tone's key last, 'items': yread_meant-109 tried it only
# inside the word)
$PY - "$work/p/ex.yaml" "$P/y1.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
for old, new in [("  place: ", "  Zalo: x\n  place: "),
                 ("{id: ntm, name:", "{id: ntm, \u200cname:"),
                 ("            lead: tckh\n", "            Lead: tckh\n"),
                 ("            support: [vpdp]\n", "            sup\u00adport: [vpdp]\n"),
                 ("            due: 2024-Q1\n", "            \u0111ue: 2024-Q1\n"),
                 ("{key: task, header:", "{key: task, h\u00eaader:"),
                 ("    label: Biểu 01\n", "    la\u2060bel: Biểu 01\n"),
                 ("    preset: locality-targets\n", "    pr\u00e9et: locality-targets\n"),
                 ("lead: vpdp, due: 2024-06}", "lead: vpdp, d\u01b0e: 2024-06}"),
                 ("  - section: TỔ CHỨC THỰC HIỆN\n    items:", "  - section: TỔ CHỨC THỰC HIỆN\n    it\u00e9m:")]:
    assert old in s, old
    s = s.replace(old, new, 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
chk y1
bad=
grep '^[^ ].*: \(error\|warning\)\[KH' "$work/y1.err" | sed 's/^[^:]*y1\.yaml://' | cut -c1-110 >"$work/y1.got"
cat >"$work/y1.want" <<'EOF2'
9:3: error[KH101]: unknown key 'Zalo' in the header, which takes governing_body, issuer, issuer_short, number,
29:15: error[KH101]: unknown key '\u200Cname' in a level: it is 'name' with an invisible U+200C inside it (a s
46:5: error[KH101]: unknown key 'itém' in a body entry: it is 'items' typed with the Vietnamese input method 
51:13: error[KH101]: unknown key: its first letter is a capital, and a plan's keys are in lower case (AutoCorr
52:13: error[KH101]: unknown key 'sup\u00ADport' in a task: it is 'support' with an invisible U+00AD inside it
53:13: error[KH101]: unknown key 'đue' in a task: it is 'due' typed with the Vietnamese input method on (Tele
58:25: error[KH601]: unknown key 'hêader' in a column: it is 'header' typed with the Vietnamese input method 
62:54: error[KH101]: unknown key 'dưe' in a task: it is 'due' typed with the Vietnamese input method on (Tele
72:5: error[KH601]: unknown key 'la\u2060bel' in an attachment: it is 'label' with an invisible U+2060 inside 
74:5: error[KH601]: unknown key 'préet' in an attachment: it is 'preset' typed with the Vietnamese input meth
EOF2
cmp -s "$work/y1.want" "$work/y1.got" || bad="$bad [$(diff "$work/y1.want" "$work/y1.got" | grep '^[<>]' | head -4 | tr '\n' ' ')]"
verdict "yread_meant: ten keys typed otherwise (capitals, invisible characters, Telex on) and a key in capitals that is none: one message each, read as meant (yread_meant-001, -076, -093, -109)"

# ---- figures_holders.c: a sum of a data key over its holders ----------------
# 16 localities, two holding data.k, l0's a text ('abc'): {sum localities
# data.k} is KH506 (15 of the 16 have none), its note at l0's text, the
# first without a number, not at l2, the first without the key
# (figures_holders-034: the holders' walk read no locality, so a holder's
# text was never the first missing)
$PY - "$P/f1.yaml" <<'PY'
import sys
o = ["khgen: 1\nheader:\n  issuer: [ỦY BAN NHÂN DÂN, HUYỆN A]\n  issuer_short: UBND huyện A\n"
     "  place: A\n  date: 2024-03-05\n  title: Thực hiện thử năm 2024\n"
     "opening: \"UBND huyện xây dựng Kế hoạch như sau:\"\nunits:\n  - {id: u0, name: Phòng A}\n"
     "localities:\n  - {id: l0, name: Xã 0, kind: xã, data: {k: abc}}\n"
     "  - {id: l1, name: Xã 1, kind: xã, data: {k: 2}}\n"]
o.extend("  - {id: l%d, name: Xã %d, kind: xã}\n" % (i, i) for i in range(2, 16))
o.append("body:\n  - section: NỘI DUNG\n    items:\n      - task: Việc chung\n        lead: u0\n"
         "      - para: Có {sum localities data.k} mục.\n"
         "closing: Trên đây là Kế hoạch.\nrecipients: [UBND tỉnh, \"Lưu: VT\"]\nsignature:\n"
         "  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]\n  name: Nguyễn Văn A\n")
open(sys.argv[1], "w", encoding="utf-8").write("".join(o))
PY
chk f1
bad=
grep -q "f1\.yaml:33:18: warning\[KH506\]: 15 of the 16 localities have no data\.k" "$work/f1.err" || bad="$bad [no KH506]"
grep -q "f1\.yaml:12:46: note: 'l0' has data\.k as text, not a number: 'abc'" "$work/f1.err" ||
    bad="$bad [$(grep 'note:' "$work/f1.err")]"
verdict "figures_holders: a holder's text value is the first missing of a sum over the holders (figures_holders-034, -043)"

# ---- diff_printed.c: two texts that print alike compare equal ---------------
# README's example with its first bullet written two ways, and `khgen
# diff` of the two: its status and the lines it prints after the header
# ('~' a line's end; "\n" in a text a line break): bold or italic split or
# joined where the words print alike ("**a** **b**" and "**a b**", a
# picture and its text) is no change; emphasis, code, a link's address or
# the spaces changed are one. diff_printed-012 (a style's mark written
# where the italic did not change) showed the alike pairs as changed;
# diff_printed-037 (a kept link's address left on the words after it)
# showed a link's text grown by a word as no change.
cat >"$work/dp.in" <<'LIST'
Hoàn **thành** **xây** dựng|Hoàn **thành xây** dựng|0|
Hoàn **thành** xây dựng|Hoàn **thành xây** dựng|1|Hoàn [-**thành** xây-]{+**thành xây**+} dựng~
Hoàn *thành* xây dựng|Hoàn thành xây dựng|1|Hoàn [-*thành*-]{+thành+} xây dựng~
Hoàn `thành` xây dựng|Hoàn thành xây dựng|1|Hoàn [-`thành`-]{+thành+} xây dựng~
Hoàn **thành ***xây*** dựng**|Hoàn **thành** ***xây*** **dựng**|0|
Hoàn [thành](https://a.vn) xây|Hoàn [thành](https://b.vn) xây|1|Hoàn thành xây~liên kết: [-https://a.vn-]{+https://b.vn+}~
Hoàn [thành](https://a.vn) xây|Hoàn thành xây|1|Hoàn thành xây~liên kết: [-https://a.vn-]~
Hoàn **thành **xây|Hoàn **thành** xây|1|Hoàn [-**thành **xây-]{+**thành** xây+}~
Hoàn  thành xây|Hoàn thành xây|1|Hoàn[-‹2 dấu cách›-]{+‹dấu cách›+}thành xây~
Hoàn thành xây **dựng**|Hoàn thành xây dựng|1|Hoàn thành xây [-**dựng**-]{+dựng+}~
**Hoàn** thành|Hoàn thành|1|[-**Hoàn**-]{+Hoàn+} thành~
Hoàn thành **x**|Hoàn thành x|1|Hoàn thành [-**x**-]{+x+}~
Hoàn thành **x** |Hoàn thành **x**|0|
Hoàn **thành** `xây`|Hoàn **thành** xây|1|Hoàn **thành** [-`xây`-]{+xây+}~
Hoàn *thành* **xây**|Hoàn **thành** *xây*|1|Hoàn [-*thành* **xây**-]{+**thành** *xây*+}~
Hoàn **_thành_** xây|Hoàn ***thành*** xây|0|
Hoàn \*\*thành\*\* xây|Hoàn **thành** xây|1|Hoàn [-\*\*thành\*\*-]{+**thành**+} xây~
Hoàn ![thành](a.png) xây|Hoàn thành xây|0|
Hoàn ** thành** xây|Hoàn \*\* thành\*\* xây|0|
Hoàn **thành**\nxây dựng|Hoàn **thành** xây dựng|0|
Hoàn **thành**\n**xây** dựng|Hoàn **thành\nxây** dựng|0|
Hoàn [thành](https://a.vn) xây|Hoàn [thành xây](https://a.vn)|1|Hoàn [-[thành](https://a.vn) xây-]{+[thành xây](https://a.vn)+}~
LIST
bad=$($PY - "$khgen" "$work/p/ex.yaml" "$work" "$work/dp.in" <<'PY'
import subprocess, sys
khgen, base, work, listing = sys.argv[1:5]
s = open(base, encoding='utf-8').read()
b = "- bullet: Hoàn thành xây dựng xã {loc dong-huu tan-hiep} đạt chuẩn nông thôn mới."
bad = []
for k, line in enumerate(open(listing, encoding='utf-8').read().splitlines()):
    old, new, status, want = line.split('|')
    for name, t in (('a', old), ('b', new)):
        t = t.replace('\\', '\\\\').replace('\\\\n', '\\n').replace('"', '\\"')
        open('%s/dp%s%d.yaml' % (work, name, k), 'w', encoding='utf-8').write(
            s.replace(b, '- bullet: "%s"' % t))
    r = subprocess.run([khgen, 'diff', '%s/dpa%d.yaml' % (work, k), '%s/dpb%d.yaml' % (work, k)],
                       capture_output=True, text=True)
    got = ''.join(l + '~' for l in (r.stdout + r.stderr).splitlines()
                  if not l.startswith(('---', '+++', '@@')))
    if str(r.returncode) != status or got != want:
        bad.append('%s | %s: %d %s' % (old, new, r.returncode, got))
print(' '.join('[%s]' % x for x in bad[:3]))
PY
)
verdict "diff_printed: 22 pairs of texts, what diff says of each: alike where they print alike (diff_printed-012, -014, -017, -020, -037)"

# ---- md_autolink.c: a run of backticks with no partner opens no span --------
# `khgen diff -f md` of a bullet 'Mã ` lẻ <b> cũ' edited to 'Mã ` lẻ <b>
# mới `x` và ``': the first backtick is text on the old side, a span's
# opening on the new; the report escapes each lone one (md_autolink-008:
# a run with no partner said to open a span ending nowhere: the report
# aborted, 'double free or corruption')
edited ma1 '- bullet: Hoàn thành xây dựng xã {loc dong-huu tan-hiep} đạt chuẩn nông thôn mới.' "- bullet: 'Mã \` lẻ <b> cũ'"
edited ma2 '- bullet: Hoàn thành xây dựng xã {loc dong-huu tan-hiep} đạt chuẩn nông thôn mới.' "- bullet: 'Mã \` lẻ <b> mới \`x\` và \`\`'"
"$khgen" diff -f md "$P/ma1.yaml" "$P/ma2.yaml" >"$work/ma.md" 2>"$work/ma.err"
st=$?
bad=
[ "$st" -eq 1 ] || bad="$bad [status $st: $(head -c 200 "$work/ma.err")]"
grep -qxF 'Mã ~~\` lẻ \<b> cũ~~**` lẻ <b> mới `x\` và \`\`**' "$work/ma.md" || bad="$bad [$(grep 'Mã' "$work/ma.md")]"
verdict "md_autolink: diff -f md of a lone backtick edited into a code span: each lone run escaped, the span kept (md_autolink-008)"

# two backslashes before a backtick (a backslash, then a span): `diff -f
# md` keeps the span 'x<y' whole and unescaped; the edit after it or inside
# it is marked around the words (md_autolink-009: the span's start put two
# bytes in, the '<' escaped and the span cut)
edited mb1 '- bullet: Hoàn thành xây dựng xã {loc dong-huu tan-hiep} đạt chuẩn nông thôn mới.' "- bullet: 'Mã \\\\\`x<y\` cũ'"
edited mb2 '- bullet: Hoàn thành xây dựng xã {loc dong-huu tan-hiep} đạt chuẩn nông thôn mới.' "- bullet: 'Mã \\\\\`x<y\` mới'"
edited mb3 '- bullet: Hoàn thành xây dựng xã {loc dong-huu tan-hiep} đạt chuẩn nông thôn mới.' "- bullet: 'a \\\\\`b c\` d'"
edited mb4 '- bullet: Hoàn thành xây dựng xã {loc dong-huu tan-hiep} đạt chuẩn nông thôn mới.' "- bullet: 'a \\\\\`b e\` d'"
"$khgen" diff -f md "$P/mb1.yaml" "$P/mb2.yaml" >"$work/mb1.md" 2>&1
"$khgen" diff -f md "$P/mb3.yaml" "$P/mb4.yaml" >"$work/mb3.md" 2>&1
bad=
grep -qxF 'Mã \\`x<y` ~~cũ~~**mới**' "$work/mb1.md" || bad="$bad [$(grep 'Mã' "$work/mb1.md")]"
grep -qxF 'a ~~\\`b c`~~**\\`b e`** d' "$work/mb3.md" || bad="$bad [$(grep '^a ' "$work/mb3.md")]"
verdict "md_autolink: a span after two backslashes kept whole in diff -f md (md_autolink-009)"

# ---- textref.c: a '<' inside a code span on a text's second line ------------
# a bullet "Mã mới\n`x<y` và <b> `<c>`": the .md prints each span's '<' as
# written and escapes the other (textref-027: the scan stopped at the
# line's end and read the second line's span as text, printing 'x\<y')
edited tr1 '- bullet: Hoàn thành xây dựng xã {loc dong-huu tan-hiep} đạt chuẩn nông thôn mới.' '- bullet: "Mã mới\n`x<y` và <b> `<c>`"'
"$khgen" build -f md -o "$work/o-tr1" "$P/tr1.yaml" >/dev/null 2>"$work/tr1.err"
st=$?
bad=
[ "$st" -eq 0 ] || bad="$bad [status $st]"
grep -qxF -e '- Mã mới `x<y` và \<b> `<c>`' "$work/o-tr1/tr1.md" || bad="$bad [$(grep 'Mã' "$work/o-tr1/tr1.md")]"
verdict "textref: a '<' in a code span on a text's second line printed as written in the .md, one outside escaped (textref-027)"

# ---- import_damaged.c: a page's free label is a short line ---------------------
# README's example with a second Biểu, the first with a note 'Nguồn: UBND
# xã 2023' below its table, built to .docx, the second page's label line
# deleted: the import keeps the note as the first page's and reads the
# second page under 'Biểu 02' (KH768); the note, four words, is no label
# (import_damaged-007: a line of four words or one ending in '.' taken for
# a free label, the note read as the page's label and lost from its page)
$PY - "$work/p/ex.yaml" "$P/id1.yaml" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
att = s[s.index('  - id: bieu01'):]
two = att.replace('bieu01', 'bieu02').replace('Biểu 01', 'Biểu 02').replace(
    'Danh sách xã phấn đấu đạt chuẩn năm 2024', 'Danh sách xã đạt chuẩn nâng cao')
s = s.replace(att, att.rstrip('\n') + '\n    note: "Nguồn: UBND xã 2023"\n' + two)
s = s.replace('(Chi tiết theo {att bieu01} đính kèm).', '(Chi tiết theo {att bieu01} và {att bieu02} đính kèm).')
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
"$khgen" build -f docx -o "$work" "$P/id1.yaml" >/dev/null 2>&1
$PY - "$work/id1.docx" "$work/id1-cut.docx" <<'PY'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
data = {n: z.read(n) for n in z.namelist()}
x = data['word/document.xml'].decode('utf-8')
label = [p for p in re.findall(r'<w:p[ >].*?</w:p>', x, flags=re.S)
         if re.sub(r'<[^>]+>', '', p).strip() == 'Biểu 02']
x = x.replace(label[0], '', 1) if len(label) == 1 else x
with zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as out:
    for n in z.namelist():
        out.writestr(n, x.encode('utf-8') if n == 'word/document.xml' else data[n])
PY
"$khgen" import "$work/id1-cut.docx" -o "$work/id1-i.yaml" --force >/dev/null 2>"$work/id1-i.err"
st=$?
bad=
[ "$st" -eq 0 ] || bad="$bad [status $st]"
grep -q 'warning\[KH768\]' "$work/id1-i.err" || bad="$bad [no KH768]"
[ "$(grep -c '^    label: Biểu 0[12]$' "$work/id1-i.yaml")" = 2 ] && grep -q '^    note: "Nguồn: UBND xã 2023"$' "$work/id1-i.yaml" ||
    bad="$bad [$(grep '^    label:\|^    note:' "$work/id1-i.yaml" | tr '\n' ' ')]"
verdict "import_damaged: a page's note of four words above the next page's title, its label deleted, stays the note (import_damaged-007)"

# ---- load_nbsp.c: Word's other bullets typed for a list item's '-' ------------
# '· >-' under a bullet's key (s40slip H1) with each character Word or an
# input method types for a list's dash: a minus sign, a full-width hyphen,
# a middle dot, a bullet operator, a white bullet, a black circle, a small
# square, a hyphenation point: KH005 at the character each (load_nbsp-005,
# -008, -009, -013, -014 dropped one or two of them from the list)
bad=
for c in − － · ∙ ◦ ● ▪ ‧; do
    edited nb '          - bullet: Hoàn thành xây dựng xã {loc dong-lac} đạt chuẩn nông thôn mới nâng cao.' \
        "          - bullet:
              $c >-
                Hoàn thành xây dựng xã {loc dong-lac} đạt chuẩn
                nông thôn mới nâng cao."
    chk nb
    grep -q "nb\.yaml:43:15: error\[KH005\]" "$work/nb.err" || bad="$bad [$c: $(grep -o 'error\[KH[0-9]*\].\{0,60\}' "$work/nb.err" | head -1)]"
done
verdict "load_nbsp: eight bullets typed for a list item's '-' before '>-', each KH005 at its place (load_nbsp-005, -008, -009, -013, -014)"

# a unit's '<<' holding its id again and its name: the unit's own id wins,
# the name is read (load_merge-025: the merge stopped at the first key the
# unit had, the name lost: KH103 'a unit has no name')
edited m3 '  - {id: tckh, name: Phòng Tài chính - Kế hoạch}' \
    '  - {id: tckh, <<: {id: zz, name: Phòng Tài chính - Kế hoạch}}'
chk m3
bad=
[ "$(msgs m3)" -eq 1 ] && [ "$(count KH007 m3)" -eq 1 ] || bad="$bad [$(grep '^[^ ].*\[KH' "$work/m3.err" | cut -c1-140 | tr '\n' ' ')]"
verdict "load_merge: a '<<' holding a key the unit has and one it lacks: the lacking one read (load_merge-025)"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
