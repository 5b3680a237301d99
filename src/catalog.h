/* catalog.h - criteria catalogs: data files a plan imports.
 *
 * A catalog is the list of criteria of one standard (the 19 criteria of a xã
 * nông thôn mới under QĐ 318/QĐ-TTg, ...) with their display groups and,
 * where known, their indicators ("17.12"). Nothing about criteria is built
 * into khgen's code: catalogs are YAML files. The shipped ones live in
 * templates/catalogs/NAME.yaml (so --templates DIR can replace or add one);
 * a plan can also import its own by a path relative to the plan file:
 *
 *   import: [qd318-xa-ntm, ../catalogs/thon-bac-giang.yaml]
 *
 * The format is documented in README.md ("Criteria catalogs"):
 *
 *   id: qd318-xa-ntm
 *   title: Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025
 *   basis: Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ
 *   partial: true          # indicator lists are incomplete
 *   criteria:
 *     - {code: 1, name: Quy hoạch, group: Quy hoạch}
 *     - code: 17
 *       name: Môi trường và an toàn thực phẩm
 *       indicators: [{code: 17.1}, {code: 17.12, name: Tỷ lệ chất thải nhựa ...}]
 *
 * A criterion that lists no indicators accepts any indicator code N.M with
 * its number N; one that lists some accepts only those (plan.h, Criterion).
 * Problems in a catalog are reported at their line in the catalog file
 * (KH400, KH410-KH419).
 */
#ifndef KHGEN_CATALOG_H
#define KHGEN_CATALOG_H

#include "catcode.h"
#include "diag.h"
#include "load.h"
#include "plan.h"
#include "template.h"
#include "util.h"

/* Loads every entry of import_node (a list of names or paths, or a single
 * one; an entry may also be a mapping: a catalog written inline, in the
 * format of a catalog file) into plan->catalogs / plan->n_catalogs, in order. A name without '/'
 * and without a .yaml/.yml suffix is a shipped catalog, read through
 * tpl_set_text(templates, "catalogs/NAME.yaml") (the user's --templates
 * copy first); anything else is a path, relative to the directory of
 * plan_file unless absolute, read under the plan's read policy
 * (readpolicy.h: inside the plan's tree, regular files only, once each;
 * plan->reads is created here if no earlier reference did). Everything is allocated
 * in arena. Reports unknown catalogs (KH400, with the nearest shipped name),
 * malformed catalogs (KH410-KH415) and imports that repeat a catalog or a
 * criterion code (KH416, KH417). Returns the number of errors reported. */
int catalog_load(Arena *arena, DiagSink *diags, TemplateSet *templates, const char *plan_file,
                 const YNode *import_node, Plan *plan);

/* Reads one catalog document (root as load_file/load_string returned it)
 * into *out; source names the file for Catalog.source. Returns the number of
 * errors reported; on errors *out holds what could be read. Used by
 * catalog_load and by the tests. */
int catalog_parse(Arena *arena, DiagSink *diags, const YNode *root, const char *source,
                  Catalog *out);

/* Finds the imported catalog with this id, or NULL. */
const Catalog *catalog_find(const Plan *plan, const char *id);

/* Compares two criterion or indicator codes in reading order: "2" < "10",
 * "17.2" < "17.10" < "18". Returns <0, 0, >0 like strcmp. */
int catalog_code_cmp(const char *a, const char *b);

/* 1 if code ("17.12") is an indicator code of criterion crit_code ("17"). */
int catalog_code_in(const char *code, const char *crit_code);

struct Buf;


/* Whether code, written in a plan, names a criterion or an indicator of
 * plan's catalogs (plan->n_catalogs > 0): DIAG_NO_CODE if it does, else the code to
 * report (KH402, KH403) with its message written into out (diag_format,
 * in the user's language). The one reading of a code for every place a
 * plan writes one: its form (catalog_code_form, with the code meant), a
 * list written with commas ("13,14") or an indicator with the decimal
 * comma ("17,12"), a code no catalog has, an indicator its criterion does
 * not list, a hundredth ("1.234", the thousands dot). */
DiagId catalog_code_problem(const Plan *plan, const char *code, struct Buf *out);

/* KH422's decision, one for a list of codes (`criteria: [17,12]`) and a
 * reference's ({crit 17,12}): two numbers a and b written glued by a
 * comma, with no space after it, where a.b is an indicator a catalog of
 * plan lists (17.12): 1, with the message into out (diag_format); else 0.
 * The caller tells the two were glued and were a list of two (a run of
 * three, "[1,2,3]", is a list), as only it sees the source. Only a listed
 * indicator counts: a criterion listing none accepts any N.M, so "[1,2]"
 * would be warned as indicator 1.2 (s37slip L1). */
int catalog_glued_codes(const Plan *plan, const char *a, const char *b, struct Buf *out);

/* The message of KH402 for a criterion code no catalog of plan has, with
 * nothing more to suggest, written into out (diag_format): one wording
 * wherever the code is written (a task's `criteria`, `{crit}`, a
 * figure's `criteria=`), so that one code missing from the catalog and
 * named in many places prints one message and a count (diag.c). */
void catalog_unknown_code(struct Buf *out, const Plan *plan, const char *code);

#endif
