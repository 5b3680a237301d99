#!/bin/sh
# tests/hardening/s52user.sh KHGEN WORKDIR - session 52's new user (the IT
# officer of phường Thủ Dầu Một, Thành phố Hồ Chí Minh, from the README
# alone) and session 51's leftovers on `khgen init`. Each case fails at
# 3be5a963 (session 52's start) unless it is named a guard:
#  U1   a skeleton's places renamed as the region names them and their
#       `kind:` left as init wrote it: "Tổ dân phố 1" made "Khu phố 1" in
#       a ward of Thành phố Hồ Chí Minh (kind tổ dân phố), "Thôn 1" made
#       "Ấp 1" in a southern xã (kind thôn) printed "tổ dân phố Khu phố 1"
#       and "thôn Ấp 1", the Biểu headed "Tên tổ dân phố", exit 0 and no
#       word; now KH270 at the kind, with the kind the name says.
#  U1g  (guard) names that begin with a kind's word and are the place's
#       own name stay silent: "Làng Nủ" and "Bản Phủ" (thôn), "Xóm Mới"
#       (ấp), "Buôn Ma Thuột" (phường), "Thôn 1" (thôn), a name without a
#       kind; and every plan of plans/ and the seeds' checks unchanged.
#  U2   `init "P3"` wrote the plan of a xã named "P3" ("XÃ P3", placed
#       "P3"), its one note speaking of marks: "P3" and "Q1" are a ward and
#       a district numbered as the city's offices write them ("P3, Q5");
#       now read as phường 3 (quận 1 up to 2025, refused from 2026 as a
#       quận is), with the note "P." has, and checking clean.
# Prints "ok - ..."/"not ok - ..." and ends with "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"

# ---- U1: a place named as another kind --------------------------------------------------
bad=
mkdir -p "$work/u1"
cd "$work/u1" || exit 2
"$khgen" init --year 2026 "Phường Thủ Dầu Một" -o w.yaml >/dev/null 2>&1 || bad="$bad [init w]"
"$khgen" init --year 2026 "Xã Bình Mỹ" -o x.yaml >/dev/null 2>&1 || bad="$bad [init x]"
sed 's/name: "Tổ dân phố 1"/name: "Khu phố 1"/; s/name: "Tổ dân phố 2"/name: "Khu phố Chánh Nghĩa"/' w.yaml >w1.yaml
sed 's/name: "Thôn 1"/name: "Ấp 1"/' x.yaml >x1.yaml
"$khgen" check w1.yaml >w1.out 2>&1
st=$?
[ "$st" -eq 0 ] || bad="$bad [w1 exit $st]"
grep -q '^w1.yaml:[0-9]*:[0-9]*: warning\[KH270\]: locality .tdp-1. is named .Khu phố 1., as a place of kind .khu phố. is, but its kind is .tổ dân phố.*kind: khu phố' w1.out ||
    bad="$bad [w1 tdp-1: $(head -c 300 w1.out)]"
grep -q "warning\[KH270\]: locality .tdp-2. is named .Khu phố Chánh Nghĩa." w1.out ||
    bad="$bad [w1 tdp-2]"
line=$(grep -n 'name: "Khu phố 1"' w1.yaml | cut -d: -f1)
col=$(/usr/bin/python3 -c 'import sys; l = [x for x in open(sys.argv[1], encoding="utf-8") if "name: \"Khu phố 1\"" in x][0]; print(l.index("kind: ") + 7)' w1.yaml)
grep -q "^w1.yaml:$line:$col: warning\[KH270\]" w1.out || bad="$bad [w1 not at the kind $line:$col]"
"$khgen" check -Werror w1.yaml >/dev/null 2>&1 && bad="$bad [-Werror passed]"
"$khgen" check x1.yaml >x1.out 2>&1
grep -q "warning\[KH270\]: locality .thon-1. is named .Ấp 1., as a place of kind .ấp. is, but its kind is .thôn.*kind: ấp" x1.out ||
    bad="$bad [x1: $(head -c 300 x1.out)]"
[ "$(grep -c KH270 x1.out)" -eq 1 ] || bad="$bad [x1 count]"
# the kind written as the name says: clean again
sed 's/"Khu phố 1", kind: tổ dân phố/"Khu phố 1", kind: khu phố/; s/"Khu phố Chánh Nghĩa", kind: tổ dân phố/"Khu phố Chánh Nghĩa", kind: khu phố/' w1.yaml >w2.yaml
"$khgen" check w2.yaml >w2.out 2>&1 && [ ! -s w2.out ] || bad="$bad [w2: $(head -c 200 w2.out)]"
LANG=vi_VN.UTF-8 "$khgen" --lang vi check x1.yaml >x1.vi 2>&1
grep -q "KH270" x1.vi && ! grep -q "is named" x1.vi || bad="$bad [vi: $(head -c 200 x1.vi)]"
if [ -z "$bad" ]; then
    ok "U1 a ward's 'Khu phố 1' kept as a tổ dân phố and a xã's 'Ấp 1' as a thôn: KH270 at the kind, with the kind to write (-Werror refuses; in Vietnamese too); written so, clean"
else
    not_ok "U1:$bad"
fi
cd "$top" || exit 2

# ---- U1g: (guard) a place's own name that begins with a kind's word -----------------------
bad=
mkdir -p "$work/u1g"
cd "$work/u1g" || exit 2
"$khgen" init --year 2026 "Xã Bình Mỹ" -o g.yaml >/dev/null 2>&1
/usr/bin/python3 - g.yaml <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding='utf-8').read()
s = s.replace('  - {id: thon-2,', '''  - {id: lang-nu, name: Làng Nủ, kind: thôn}
  - {id: ban-phu, name: Bản Phủ, kind: thôn}
  - {id: xom-moi, name: Xóm Mới, kind: ấp}
  - {id: bmt, name: Buôn Ma Thuột, kind: phường}
  - {id: thon-3, name: Thôn 3, kind: thôn}
  - {id: tdp-4, name: Tổ dân phố 4}
  - {id: thon-2,''', 1)
s = s.replace('Phấn đấu {loc-kind thon-1} đạt', 'Phấn đấu {loc-kind thon-1 lang-nu ban-phu xom-moi bmt thon-3 tdp-4} đạt', 1)
open(p, 'w', encoding='utf-8').write(s)
PY
"$khgen" check g.yaml >g.out 2>&1 && [ ! -s g.out ] || bad="$bad [$(head -c 300 g.out)]"
cd "$top" || exit 2
# every plan of plans/ and the seeds: no KH270
for f in plans/*.yaml; do
    "$khgen" check --max-errors 0 "$f" 2>&1 | grep -q 'KH270' && bad="$bad [$f]"
done
if [ -z "$bad" ]; then
    ok "U1g (guard) Làng Nủ, Bản Phủ (thôn), Xóm Mới (ấp), Buôn Ma Thuột (phường), Thôn 3, a name without a kind: no KH270; none in plans/"
else
    not_ok "U1g:$bad"
fi

# ---- U2: init "P3" ------------------------------------------------------------------------
bad=
mkdir -p "$work/u2"
cd "$work/u2" || exit 2
for y in 2025 2026; do
    "$khgen" init --year "$y" "P3" -o "p3-$y.yaml" >/dev/null 2>"p3-$y.err" || bad="$bad [P3 $y: exit $?]"
    grep -qxF '  issuer: [ỦY BAN NHÂN DÂN, PHƯỜNG 3]' "p3-$y.yaml" && grep -qxF '  place: Phường 3' "p3-$y.yaml" &&
        grep -qxF '  issuer_short: UBND phường 3' "p3-$y.yaml" || bad="$bad [P3 $y: $(grep -m1 issuer: "p3-$y.yaml")]"
    grep -q "note: 'P' is read as the kind 'phường'" "p3-$y.err" && ! grep -q "Vietnamese marks" "p3-$y.err" ||
        bad="$bad [P3 $y note: $(head -c 200 "p3-$y.err")]"
    "$khgen" check "p3-$y.yaml" >"p3-$y.out" 2>&1 && [ ! -s "p3-$y.out" ] || bad="$bad [P3 $y check]"
done
"$khgen" init --year 2026 "p12" -o p12.yaml >/dev/null 2>&1
grep -qxF '  issuer: [ỦY BAN NHÂN DÂN, PHƯỜNG 12]' p12.yaml || bad="$bad [p12]"
"$khgen" init --year 2025 "Q1" -o q1.yaml >/dev/null 2>&1
grep -qxF '  issuer: [ỦY BAN NHÂN DÂN, QUẬN 1]' q1.yaml || bad="$bad [Q1 2025]"
"$khgen" init --year 2026 "Q1" -o q1-2026.yaml >/dev/null 2>q1.err
st=$?
[ "$st" -eq 2 ] && [ ! -e q1-2026.yaml ] && grep -q "names a quận" q1.err || bad="$bad [Q1 2026: exit $st]"
cd "$top" || exit 2
if [ -z "$bad" ]; then
    ok "U2 init 'P3' (2025, 2026) is phường 3, issued, placed and named so, with the note 'P.' has; 'p12' phường 12; 'Q1' quận 1 in 2025, refused in 2026; each checks clean"
else
    not_ok "U2:$bad"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
