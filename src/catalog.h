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

/* 1 if code is a criterion's or an indicator's code as written: digits,
 * then at most a dot and digits ("17", "17.12"). */
int catalog_code_well_formed(const char *code);

/* code written as several codes of the plan's catalogs joined by commas
 * ("13,14", "8, 17.1": a list whose brackets were lost, read as one text),
 * as the list to write ("[13, 14]") in arena memory; NULL for anything
 * else (s25attack). */
const char *catalog_codes_as_list(Arena *arena, const Plan *plan, const char *code);

/* The message of KH402 for a criterion code no catalog of plan has, with
 * nothing more to suggest, written into out (diag_format): one wording
 * wherever the code is written (a task's `criteria`, `{crit}`, a
 * figure's `criteria=`), so that one code missing from the catalog and
 * named in many places prints one message and a count (diag.c). */
struct Buf;
void catalog_unknown_code(struct Buf *out, const Plan *plan, const char *code);

#endif
