#!/bin/sh
# tests/hardening/s42attack.sh KHGEN WORKDIR - what session 42's outsider
# attack found over session 41's additions, and session 41's attack's
# leftovers (reproducers in /tmp/s42attack/ of that session). Each case
# fails at main 6c9a8488 unless named a guard:
#  T1  KH040 (a time typed "08: 00") warned at counts after a label, on
#      correct plans: "Bước 1: 10 ngày làm việc", "Chỉ tiêu 17: 25 - 30
#      xã", "Đợt 1: 10 sáng kiến", "Tiêu chí 5: 12 giờ tập huấn", "Giai
#      đoạn 1: 20 đến 30 hộ" (any word beginning "ngày", "sáng", "giờ"
#      after it, or a dash or "đến"); now a word of the day only as a
#      word of its own, "ngày" before a date, a dash or "đến" before
#      another time;
#  T2  the nearest variant of the slip, a space before the ':' too
#      ("lúc 08 : 00", a French keyboard's AutoCorrect), was silent; now
#      KH040, told "08:00"; and the times T1 kept still warn (six: since
#      s43attack the second time of "08: 00 - 11: 30" warns as the first);
#  Y1  KH037 (a year typed "2.024") warned at counts after "năm" or in a
#      range: "mỗi năm 2.024 tấn", "Sau năm 2.020 người", "2.021-2.025
#      ha", "2.024 - 2.025 triệu đồng"; a number or range followed by a
#      unit or a counted noun is a count; Y1b (guard) the years still warn;
#  K1  KH036 (Vietnamese typed with the input method off) warned at
#      English licence lines in capitals and at "Bees Seen Been"
#      (s41attack's leftover): a word in capitals of two syllables is
#      English, and a hat of a doubled e or o, which English spells, needs
#      a key English spells rarely or four words;
#  K2  Telex typed with the tones s, r, x alone, "Baos caos quys", was
#      silent (s41attack's leftover): three words that are all the text's
#      odd words, two with a tone on a vowel beside another, warn;
#      K2b (guard): "Bus, taxi, car" stays silent, "Tieeu chis soos",
#      "KEES HOACHJ THUWCJ HIEENJ" and `place: Yeen Thees` still warn;
#  V1  a code typed in VNI-Windows and pasted without its font,
#      "15/QÑ-UBND" in a text typed in Unicode, printed with no KH027
#      (s41slip's leftover): an abbreviation of capitals with VNI's Ñ
#      (Đ) and no vowel reads back; the reading keeps "Phòng"; V1b
#      (guard): "ESPAÑA", "EL NIÑO" are not warned;
#  C1  KH136 (a paragraph in capitals) warned at a campaign's slogans
#      listed as bullets, each wholly in quotation marks ("“CẢ NƯỚC CHUNG
#      SỨC XÂY DỰNG NÔNG THÔN MỚI”"), as a plan quotes its banners; a quote
#      is printed as written; C1b (guard) the same words unquoted warn.
# Each case runs khgen check once over README's example with texts added:
# well under a second. Prints "ok - ..."/"not ok - ..." and ends with
# "N passed, M failed".
set -u
. "$(dirname "$0")/timed.sh"
readme_base
cd "$work/p" || exit 2

# paras NAME TEXT...: README's example with a paragraph of each TEXT under
# "Cấp xã" (in double quotes), checked; the messages in $work/NAME.out
paras() {
    name=$1
    shift
    /usr/bin/python3 - "$work/p/ex.yaml" "$work/p/$name.yaml" "$@" <<'PY'
import json, sys
s = open(sys.argv[1], encoding='utf-8').read()
anchor = '          - para: (Chi tiết theo {att bieu01} đính kèm).'
if anchor not in s:
    sys.exit('paras: the anchor is not in the example')
add = ''.join('\n          - para: %s' % json.dumps(t, ensure_ascii=False) for t in sys.argv[3:])
open(sys.argv[2], 'w', encoding='utf-8').write(s.replace(anchor, anchor + add, 1))
PY
    "$khgen" check "$work/p/$name.yaml" >"$work/$name.out" 2>&1
    st=$?
}
# count NAME CODE: the warnings CODE in NAME's messages, those folded into
# a note ("the same message at 2 more places") too
count() {
    awk -v code="warning[$2]" 'index($0, code) { n++; last = 1; next }
        /^note: the same message at [0-9]+ more place/ { if (last) n += $6; next }
        /^[^ ]/ { last = 0 } END { print n + 0 }' "$work/$1.out"
}

# ---- T1, T2: KH040 ---------------------------------------------------------
paras t1 'Bước 1: 10 ngày làm việc kể từ ngày nhận hồ sơ.' 'Chỉ tiêu 17: 25 - 30 xã đạt chuẩn.' \
    'Đợt 1: 10 sáng kiến được công nhận.' 'Tiêu chí 5: 12 giờ tập huấn.' \
    'Giai đoạn 1: 20 đến 30 hộ mỗi thôn.' 'Số 3: 08 chiều dài tuyến.'
if [ "$st" -eq 0 ] && [ "$(count t1 KH040)" -eq 0 ]; then
    ok "T1 KH040 is silent on counts after a label ('Bước 1: 10 ngày làm việc')"
else
    not_ok "T1 status $st, $(grep -A1 KH040 "$work/t1.out" | head -c 800)"
fi
paras t2 'Họp lúc 08 : 00 ngày 15/3.' 'Họp 08: 00 ngày 15/3.' 'Làm việc 08: 00 - 11: 30 hằng ngày.' \
    'Họp 14: 30 chiều.' 'Làm việc 08: 00 đến 11 giờ.'
if [ "$(count t2 KH040)" -eq 6 ] && grep -q "'08 : 00' is a time .* write '08:00'" "$work/t2.out"; then
    ok "T2 '08 : 00' is KH040 told '08:00'; the times after T1's rule still warn"
else
    not_ok "T2 $(count t2 KH040) KH040, $(grep KH040 "$work/t2.out" | head -c 800)"
fi

# ---- Y1: KH037 -------------------------------------------------------------
paras y1 'Bình quân mỗi năm 2.024 tấn lúa.' 'Sau năm 2.020 người lao động được đào tạo.' \
    'Diện tích 2.021-2.025 ha.' 'Đầu tư 2.024 - 2.025 triệu đồng.' 'Hằng năm 2.050 hộ được hỗ trợ.'
if [ "$st" -eq 0 ] && [ "$(count y1 KH037)" -eq 0 ]; then
    ok "Y1 KH037 is silent on counts with a unit ('mỗi năm 2.024 tấn', '2.021-2.025 ha')"
else
    not_ok "Y1 status $st, $(grep -A1 KH037 "$work/y1.out" | head -c 800)"
fi
paras y1b 'Kế hoạch năm 2.024 của UBND.' 'Giai đoạn 2.021 - 2.025 trên địa bàn.' \
    'năm 2.023 xã Đồng Hưu đạt chuẩn.' 'Đến 31/12/2.022 hoàn thành.'
if [ "$(count y1b KH037)" -eq 5 ]; then
    ok "Y1b guard: years typed with a separator still warn"
else
    not_ok "Y1b guard: $(count y1b KH037) KH037, $(head -c 600 "$work/y1b.out")"
fi

# ---- K1, K2: KH036 ---------------------------------------------------------
paras k1 'OF THIS LICENSE OR THE USE OF THE WORK, EVEN IF LICENSOR HAS BEEN ADVISED OF' \
    'OF THIS SOFTWARE AND ITS DOCUMENTATION, EVEN IF THE COPYRIGHT HOLDER HAS BEEN' \
    'THIS CODE, EVEN IF THE AUTHOR HAS BEEN ADVISED OF THE POSSIBILITY OF SUCH' 'Bees Seen Been'
if [ "$(count k1 KH036)" -eq 0 ]; then
    ok "K1 KH036 is silent on English licence lines in capitals and 'Bees Seen Been'"
else
    not_ok "K1 $(count k1 KH036) KH036, $(grep -A1 KH036 "$work/k1.out" | head -c 800)"
fi
paras k2 'Baos caos quys' 'Baos caos 6 thangs'
if [ "$(count k2 KH036)" -eq 2 ] && grep -q "it reads 'Báo cáo quý'" "$work/k2.out"; then
    ok "K2 Telex with tones s, r, x alone on vowel pairs warns ('Báo cáo quý')"
else
    not_ok "K2 $(count k2 KH036) KH036, $(head -c 800 "$work/k2.out")"
fi
paras k2b 'Bus, taxi, car' 'Tieeu chis soos' 'KEES HOACHJ THUWCJ HIEENJ' 'tieeu chis, xax'
edited k2p '  place: Yên Thế' '  place: Yeen Thees'
"$khgen" check "$work/p/k2p.yaml" >"$work/k2p.out" 2>&1
if [ "$(count k2b KH036)" -eq 3 ] && ! grep -q "Bus, taxi" "$work/k2b.out" &&
    [ "$(count k2p KH036)" -eq 1 ]; then
    ok "K2b guard: 'Bus, taxi, car' silent; 'Tieeu chis soos', capitals, 'Yeen Thees' warn"
else
    not_ok "K2b guard: $(count k2b KH036)+$(count k2p KH036) KH036, $(head -c 800 "$work/k2b.out")"
fi

# ---- V1: KH027 on a code typed in VNI --------------------------------------
paras v1 'Số 15/QÑ-UBND ngày 15/3/2024.' 'Phòng VH-TT, ÑTN xã'
if [ "$(count v1 KH027)" -eq 2 ] && grep -q "write the text in Unicode: 'Số 15/QĐ-UBND ngày 15/3/2024.'" "$work/v1.out" &&
    grep -q "write the text in Unicode: 'Phòng VH-TT, ĐTN xã'" "$work/v1.out"; then
    ok "V1 a code with VNI's Ñ for Đ is KH027, read 'QĐ-UBND'; 'Phòng' kept"
else
    not_ok "V1 $(count v1 KH027) KH027, $(grep KH027 "$work/v1.out" | head -c 800)"
fi
paras v1b 'Công ty ESPAÑA và EL NIÑO.'
if [ "$st" -eq 0 ] && [ "$(count v1b KH027)" -eq 0 ]; then
    ok "V1b guard: a word of another language with an Ñ is not warned"
else
    not_ok "V1b guard: status $st, $(head -c 400 "$work/v1b.out")"
fi

# ---- C1: KH136 on a slogan quoted ------------------------------------------
paras c1 '“CẢ NƯỚC CHUNG SỨC XÂY DỰNG NÔNG THÔN MỚI”;' \
    '"TOÀN DÂN ĐOÀN KẾT XÂY DỰNG NÔNG THÔN MỚI, ĐÔ THỊ VĂN MINH".' '«NÔNG DÂN LÀ CHỦ THỂ XÂY DỰNG NÔNG THÔN MỚI»'
if [ "$st" -eq 0 ] && [ "$(count c1 KH136)" -eq 0 ]; then
    ok "C1 KH136 is silent on slogans wholly in quotation marks"
else
    not_ok "C1 status $st, $(grep -A1 KH136 "$work/c1.out" | head -c 600)"
fi
paras c1b 'CẢ NƯỚC CHUNG SỨC XÂY DỰNG NÔNG THÔN MỚI' 'Khẩu hiệu “CẢ NƯỚC” VÀ CÁC KHẨU HIỆU KHÁC'
if [ "$(count c1b KH136)" -eq 1 ]; then
    ok "C1b guard: the words unquoted still warn"
else
    not_ok "C1b guard: $(count c1b KH136) KH136, $(head -c 600 "$work/c1b.out")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
