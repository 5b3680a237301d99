#!/usr/bin/env python3
"""tests/diag/whattodo.py - every diagnostic says what to do (issue 8).

The brief asks of every bad input "a clear diagnostic (file:line:col, what
is wrong, what to do)". tests/diag checks the first two on each case; this
checks the third over the whole catalogue, so that it holds for a code
nobody has written a case for yet, and for the next new one.

The catalogue is the message templates of the diagnostics in the sources,
as po/extract.sh --diagnostics collects them (the calls that take a code:
diag_error, diag_warning, diag_report and the stages' wrappers), with their
Vietnamese from po/vi.po. The rule, honest and mechanical:

 - English: after what is wrong, the template has a clause that begins,
   after ':', ';', '(', '?', '.' or ' - ' (and an optional "or", "then",
   "and", "else", "instead" or "only", or a condition "if ...,"), with a
   verb of ACTIONS (write, use, remove, move, ...) or of OBJECT_VERBS with
   its object ("number it lower"), or asks "did you mean"; a clause that
   only explains ("not %s", "is empty") is not one.
 - Vietnamese: the translation of such a template has its action too:
   "hãy", or a clause that begins with a verb of HANH_DONG (viết, dùng,
   xóa, ...), or "có phải" (did you mean).

A template whose action is not in its own words is listed in
tests/diag/whattodo-debt.txt, one a line, with the reason after a tab (its
action is an argument built elsewhere, such as libyaml's hint of KH005).
A listed template that now passes, or that is no longer in the sources,
fails too, so the list cannot go stale. Prints ok/not ok lines and
"N passed, M failed".
"""
import os
import re
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

ACTIONS = ("write|use|remove|delete|add|give|move|put|check|change|rename|split|quote|indent|"
           "fix|choose|name|list|replace|convert|drop|keep|set|correct|make|re-?save|save|run|"
           "spell|join|shorten|reduce|raise|lower|define|declare|open|close|leave|mark|sort|"
           "merge|cut|enclose|escape|wrap|unindent|align|take|pass|separate|insert|install|"
           "free|fill|complete|restore|copy|point|refer|cite|sign|renumber|suppress|ask|"
           "answer|spread|turn|link|enter|finish|swap|avoid|extract|create|append|edit|"
           "retype|ask|rewrite|shorten|reword|attach|unpack|save|repair|re-?build|re-?run|compare|build|"
           "try|consider|bring|fold|trim|clear|stop|apply|pick|follow|sum|skip")
# verbs that are also nouns count only with their object: "number it lower"
OBJECT_VERBS = r"(?:end|begin|start|number|date|print|list|name|type|state|count|import)\s+(?:it|this|them|each|the)\b"
EN = re.compile(r"(?:[:;(?.]|\s[-–—]\s)\s*(?:if [^,;:()]*,\s*)?(?:(?:or|then|and|else|instead|only|so)\s+)*"
                r"(?:(?:%s)\b|%s)|did you mean" % (ACTIONS, OBJECT_VERBS), re.I)
HANH_DONG = ("viết|dùng|xóa|xoá|bỏ|thêm|đặt|chuyển|sửa|kiểm tra|đổi|tách|ghi|đưa|gõ|chọn|"
             "khai báo|lưu|chạy|cài|nhập|mở|đóng|giữ|để|cắt|gộp|nối|trả lời|xem|in|lùi|ghép|"
             "điền|rút gọn|đánh số|trích|tạo|bắt đầu|kết thúc|so sánh|đếm|nêu|sao chép|"
             "bổ sung|lập|dựng|trả|sắp xếp|đặt tên|thay|chia|nhập|lấy|cho|nhắc")
VI = re.compile(r"hãy|có phải|(?:[:;(?.]|\s[-–—]\s|^)\s*(?:(?:hoặc|rồi|và|nếu không|"
                r"thay vào đó,?|chỉ|thì)\s+)*(?:%s)(?=[\s,.:;)'\"]|$)" % HANH_DONG, re.I)


def entries(path):
    """msgid -> msgstr (the first form of a plural) of a .po or .pot file."""
    src = open(path, encoding="utf-8").read()
    out = {}
    for m in re.finditer(r'^msgid ((?:".*"\n)+)(?:msgid_plural (?:".*"\n)+)?'
                         r'msgstr(?:\[0\])? ((?:".*"\n)+)', src, re.M):
        join = lambda g: "".join(re.findall(r'"(.*)"', g))
        if join(m.group(1)):
            out[join(m.group(1))] = join(m.group(2))
    return out


def main():
    passed = failed = 0

    def report(good, what):
        nonlocal passed, failed
        print(("ok - " if good else "not ok - ") + what)
        if good:
            passed += 1
        else:
            failed += 1

    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, "diag.pot")
        r = subprocess.run(["sh", os.path.join(TOP, "po", "extract.sh"), "--diagnostics", pot],
                           capture_output=True, text=True)
        if r.returncode != 0:
            report(False, "po/extract.sh --diagnostics: " + r.stderr[:300])
            print(f"{passed} passed, {failed} failed")
            return 1
        templates = list(entries(pot))
    vi = entries(os.path.join(TOP, "po", "vi.po"))
    debt = {}
    with open(os.path.join(TOP, "tests", "diag", "whattodo-debt.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                msg, _, why = line.partition("\t")
                debt[msg] = why
    report(len(templates) > 300, f"the catalogue holds {len(templates)} diagnostic templates")
    missing_en, missing_vi = [], []
    for t in templates:
        if t in debt:
            continue
        if not EN.search(t):
            missing_en.append(t)
        elif vi.get(t) and not VI.search(vi[t]):
            missing_vi.append(t)
    for t in missing_en:
        report(False, f"no 'what to do' in: {t}")
    for t in missing_vi:
        report(False, f"no 'what to do' in the Vietnamese of: {t} -> {vi[t]}")
    report(not missing_en, f"{len(templates) - len(debt) - len(missing_en)} English templates say what to do")
    report(not missing_vi, "their Vietnamese says it too")
    for msg, why in debt.items():
        if msg not in templates:
            report(False, f"whattodo-debt.txt lists a template the sources no longer have: {msg}")
        elif EN.search(msg):
            report(False, f"whattodo-debt.txt lists a template that now says what to do: {msg}")
        elif not why.strip():
            report(False, f"whattodo-debt.txt gives no reason for: {msg}")
    report(True, f"{len(debt)} templates listed in whattodo-debt.txt")
    # the rule itself can fail: a template that only says what is wrong
    report(not EN.search("duplicate key '%s' in this mapping") and
           EN.search("duplicate key '%s': delete one of the two") is not None and
           not VI.search("trùng khóa '%s'") and VI.search("trùng khóa '%s': hãy xóa một") is not None,
           "the rule tells a template with an action from one without")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
