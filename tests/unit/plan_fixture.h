/* plan_fixture.h - a plan compiled from a string, for the unit tests.
 *
 * Most unit tests start the same way: a plan header and the test's own
 * lines are loaded as "t.yaml" (load_string), parsed (parse_plan) and
 * resolved (resolve_plan), with
 * the diagnostics collected in memory so the test can compare them exactly.
 * This header holds that setup once; each test embeds a PlanFixture in its
 * own fixture. The functions are static inline so that a test that uses
 * only some of them gets no unused-function warning.
 */
#ifndef KHGEN_PLAN_FIXTURE_H
#define KHGEN_PLAN_FIXTURE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "diag.h"
#include "load.h"
#include "parse.h"
#include "resolve.h"
#include "template.h"

typedef struct PlanFixture {
    Arena *arena;
    DiagSink *diags;
    FILE *stream;            /* the sink writes here ... */
    char *output;            /* ... into this text (after fixture_flush) */
    size_t output_len;
    TemplateSet *templates;
    Plan *plan;
} PlanFixture;

/* Starts the arena and an in-memory diagnostics sink, if not done yet. */
static inline void fixture_open(PlanFixture *pf)
{
    if (pf->arena)
        return;
    pf->arena = arena_new();
    pf->stream = open_memstream(&pf->output, &pf->output_len);
    assert_non_null(pf->stream);
    pf->diags = diag_new(pf->stream);
}

/* Loads head + rest as "t.yaml" and parses it into pf->plan, with templates
 * from templates_dir (NULL: the built-in ones). Diagnostics stay pending
 * until fixture_flush. Fails the test if the YAML cannot be loaded. */
static inline Plan *fixture_parse(PlanFixture *pf, const char *head, const char *rest,
                                  const char *templates_dir)
{
    fixture_open(pf);
    size_t len = strlen(head) + strlen(rest);
    char *text = malloc(len + 1);
    assert_non_null(text);
    strcpy(text, head);
    strcat(text, rest);
    pf->templates = tpl_set_new(pf->arena, pf->diags, templates_dir);
    LoadLimits limits = load_default_limits();
    YNode *root = load_string(pf->arena, pf->diags, "t.yaml", text, len, &limits);
    free(text);
    assert_non_null(root);
    pf->plan = parse_plan(pf->arena, pf->diags, pf->templates, "t.yaml", root);
    resolve_plan(pf->arena, pf->diags, pf->templates, pf->plan);
    return pf->plan;
}

/* Prints the pending diagnostics into pf->output and returns it ("" if
 * none). */
static inline const char *fixture_flush(PlanFixture *pf)
{
    diag_flush(pf->diags);
    fflush(pf->stream);
    return pf->output ? pf->output : "";
}

/* Frees everything the fixture holds; safe on a fixture never opened. */
static inline void fixture_release(PlanFixture *pf)
{
    if (pf->diags)
        diag_free(pf->diags);
    if (pf->stream)
        fclose(pf->stream);
    free(pf->output);
    arena_free(pf->arena);
    memset(pf, 0, sizeof *pf);
}

#endif
