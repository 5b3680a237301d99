/* caps.h - how much a plan may make khgen print, in MiB, and how the fuzz
 * build scales it.
 *
 * A few bytes of a plan can print a great deal: a reference to a name of
 * 500 characters, a generated table over every locality, a figure listing
 * names, a template partial. Each such amplifier has a cap, an error when
 * passed: KH211 (the names references print, textref.h), KH623 (the text
 * of generated tables, attach_impl.h), the names a figure lists
 * (figures_impl.h) and KH807 (one template render, template.c). The caps
 * are large enough for the national plan and bound every document at a
 * few tens of MB.
 *
 * In the fuzz build (the Makefile's FUZZ_CFLAGS define libFuzzer's
 * FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION, as OSS-Fuzz projects do) each
 * cap is a thirty-second of itself: an input near the KH211 cap printed
 * 22 MB per document, which the sanitizer and coverage build took 40 s of
 * CPU to render and diff, and libFuzzer ends a target's campaign at its
 * first timeout. With the caps scaled, the same paths (under a cap, at it,
 * past it) are reached at a thirty-second of the cost. Every other build,
 * the release and the ASan one of make check included, has the caps as
 * written; the messages print the cap in force.
 */
#ifndef KHGEN_CAPS_H
#define KHGEN_CAPS_H

#ifdef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
#define OUTPUT_CAP_MIB(n) ((n) / 32)
#else
#define OUTPUT_CAP_MIB(n) (n)
#endif

#endif
