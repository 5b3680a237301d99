# khgen - plain Makefile.
#
#   make          build ./khgen (release, -O2)
#   make run      install missing packages, build, compile plans/*.yaml into output/
#   make test     the fast tier (under a minute): release build, unit tests,
#                 diagnostics corpus (in parallel), e2e and fidelity; prints
#                 the failures and one summary line per suite, the full log
#                 goes to build/test.log
#   make check    install missing packages (incl. test tools), build with
#                 ASan+UBSan, run every test (the full gate: adds the
#                 sanitizers, the fuzz, the browser and the office suite);
#                 full log in build/check.log
#   make bench    speed and memory figures
#   make fuzz     coverage-guided fuzzing (clang libFuzzer + ASan + UBSan) of
#                 every target in FUZZ_TARGETS for FUZZ_SECONDS each (default
#                 60); corpora grow in build/fuzz/corpus/, crashes land in
#                 build/fuzz/crashes/ (see tests/fuzz/README.md)
#   make fuzz-check  each fuzz target over its seeds and the committed crash
#                 reproducers, then a short coverage-guided run (make check)
#   make schema   regenerate schema/khgen-plan.schema.json from the
#                 parser's key table src/keys.def (tools/gen_schema.c)
#   make po       update po/khgen.pot from the sources and merge it into
#                 po/vi.po (then translate the new entries)
#   make install  PREFIX=/usr/local DESTDIR=: binary, man pages, bash
#                 completion, templates, schema, message catalogs, the
#                 README and doc/ (share/doc/khgen)
#   make uninstall
#   make nfc-table  regenerate src/nfc_table.h with tools/gen_nfc.py
#   make clean
#
# Sources are found by glob: every src/*.c but main.c goes into one library
# archive, build/<flavour>/libkhgen.a, that khgen and every unit test link;
# every tests/unit/test_*.c is one cmocka test program. The built-in
# templates are generated from templates/ into build/embedded.c by
# tools/embed.c. Header dependencies come from the compiler (-MMD -MP,
# build/<flavour>/*.d); every object also depends on this Makefile, so a
# change of flags or rules rebuilds everything once.

CC      ?= cc
PKGS    := yaml-0.1 libcmark xlsxwriter libzip libxml-2.0
CSTD    := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
WARN    := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wformat=2 -Werror=int-conversion -Werror=incompatible-pointer-types \
           -Werror=implicit-function-declaration
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CMOCKA_LIBS = $(shell pkg-config --libs cmocka 2>/dev/null || echo -lcmocka)

AR      ?= ar
DEPFLAGS := -MMD -MP

SAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer

LIB_SRCS  := $(filter-out src/main.c,$(sort $(wildcard src/*.c)))
TEST_SRCS := $(sort $(wildcard tests/unit/test_*.c))
TEMPLATE_FILES := $(shell find templates -type f -not -name '*~' 2>/dev/null | LC_ALL=C sort)

# Two build flavours share the rules below.
REL_DIR := build/release
ASAN_DIR := build/asan

REL_OBJS  := $(LIB_SRCS:src/%.c=$(REL_DIR)/%.o) $(REL_DIR)/embedded.o
ASAN_OBJS := $(LIB_SRCS:src/%.c=$(ASAN_DIR)/%.o) $(ASAN_DIR)/embedded.o
REL_LIB   := $(REL_DIR)/libkhgen.a
ASAN_LIB  := $(ASAN_DIR)/libkhgen.a
REL_TESTS  := $(TEST_SRCS:tests/unit/%.c=$(REL_DIR)/tests/%)
ASAN_TESTS := $(TEST_SRCS:tests/unit/%.c=$(ASAN_DIR)/tests/%)

# The message catalogs (po/LANG.po -> build/locale/LANG/LC_MESSAGES/khgen.mo):
# khgen finds them next to itself when it runs from the tree (i18n.c).
LINGUAS := vi
MO_FILES := $(LINGUAS:%=build/locale/%/LC_MESSAGES/khgen.mo)

# Installation (GNU conventions).
PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR  := $(PREFIX)/bin
DATADIR := $(PREFIX)/share
MANDIR  := $(DATADIR)/man
LOCALEDIR := $(DATADIR)/locale
COMPLETIONDIR := $(DATADIR)/bash-completion/completions
PKGDATADIR := $(DATADIR)/khgen
# the README and its topic files, as they lie in the tree, so that README's
# links to doc/NAME.md hold where they are installed
DOCDIR := $(DATADIR)/doc/khgen
DOC_FILES := README.md $(sort $(wildcard doc/*.md))

REL_CFLAGS  := $(CSTD) $(WARN) -O2 -g
ASAN_CFLAGS := $(CSTD) $(WARN) -O1 -g $(SAN_FLAGS)

.PHONY: all run check test test-full deps deps-test deps-bench bench clean unit print-cflags print-san-flags nfc-table po schema install uninstall \
        fuzz fuzz-check fuzz-build

all: khgen

khgen: $(REL_DIR)/main.o $(REL_LIB) $(MO_FILES)
	$(CC) $(REL_CFLAGS) -o $@ $(REL_DIR)/main.o $(REL_LIB) $(PKG_LIBS) -lm

build/locale/%/LC_MESSAGES/khgen.mo: po/%.po
	@mkdir -p $(dir $@)
	msgfmt -c -o $@.tmp $< && mv $@.tmp $@

# The JSON Schema of the plan language, for editors (README, "Editing plans
# in VS Code"), printed by tools/gen_schema.c from the parser's own key
# table (src/keys.def, through keys.o of the library); the schema suites
# (tests/schema) regenerate it and fail when the committed file differs,
# and check it against what khgen accepts.
schema: $(REL_DIR)/gen-schema
	$(REL_DIR)/gen-schema schema/khgen-plan.schema.json.tmp
	mv schema/khgen-plan.schema.json.tmp schema/khgen-plan.schema.json

# Messages changed in the sources: refresh the template and merge it into
# every translation; new entries come out empty ("msgstr \"\"").
po:
	sh po/extract.sh po/khgen.pot
	for l in $(LINGUAS); do \
	    msgmerge --quiet --no-wrap --no-location --no-fuzzy-matching --update --backup=none po/$$l.po po/khgen.pot && \
	    msgattrib --no-wrap --no-location --no-obsolete -o po/$$l.po po/$$l.po || exit 1; done
	@echo "po/vi.po updated: translate the entries with an empty msgstr, then run sh tests/i18n/run.sh"

$(REL_LIB): $(REL_OBJS)
	rm -f $@
	$(AR) rcs $@ $^

$(ASAN_LIB): $(ASAN_OBJS)
	rm -f $@
	$(AR) rcs $@ $^

$(REL_DIR)/%.o: src/%.c Makefile | $(REL_DIR)
	$(CC) $(REL_CFLAGS) $(DEPFLAGS) $(PKG_CFLAGS) -Isrc -c -o $@ $<

$(ASAN_DIR)/%.o: src/%.c Makefile | $(ASAN_DIR)
	$(CC) $(ASAN_CFLAGS) $(DEPFLAGS) $(PKG_CFLAGS) -Isrc -c -o $@ $<

build/embedded.c: tools/embed.c $(TEMPLATE_FILES) | build
	$(CC) -O1 -o build/embed tools/embed.c
	./build/embed templates $(TEMPLATE_FILES:templates/%=%) > $@.tmp && mv $@.tmp $@

$(REL_DIR)/embedded.o: build/embedded.c Makefile | $(REL_DIR)
	$(CC) $(REL_CFLAGS) $(DEPFLAGS) -Isrc -c -o $@ $<

$(ASAN_DIR)/embedded.o: build/embedded.c Makefile | $(ASAN_DIR)
	$(CC) $(ASAN_CFLAGS) $(DEPFLAGS) -Isrc -c -o $@ $<

# The sanitizer build of khgen, used by every test of `make check`.
$(ASAN_DIR)/khgen: $(ASAN_DIR)/main.o $(ASAN_LIB) $(MO_FILES)
	$(CC) $(ASAN_CFLAGS) -o $@ $(ASAN_DIR)/main.o $(ASAN_LIB) $(PKG_LIBS) -lm

$(REL_DIR)/tests/%: tests/unit/%.c $(REL_LIB) Makefile | $(REL_DIR)/tests
	$(CC) $(REL_CFLAGS) $(DEPFLAGS) $(PKG_CFLAGS) -Isrc -o $@ $< $(REL_LIB) $(PKG_LIBS) $(CMOCKA_LIBS) -lm

$(ASAN_DIR)/tests/%: tests/unit/%.c $(ASAN_LIB) Makefile | $(ASAN_DIR)/tests
	$(CC) $(ASAN_CFLAGS) $(DEPFLAGS) $(PKG_CFLAGS) -Isrc -o $@ $< $(ASAN_LIB) $(PKG_LIBS) $(CMOCKA_LIBS) -lm

$(REL_DIR)/gen-schema: tools/gen_schema.c $(REL_LIB) Makefile | $(REL_DIR)
	$(CC) $(REL_CFLAGS) $(DEPFLAGS) -Isrc -o $@ $< $(REL_LIB)

$(ASAN_DIR)/gen-schema: tools/gen_schema.c $(ASAN_LIB) Makefile | $(ASAN_DIR)
	$(CC) $(ASAN_CFLAGS) $(DEPFLAGS) -Isrc -o $@ $< $(ASAN_LIB)

# Writes legacy-encoded test files with the converter's tables inverted.
$(ASAN_DIR)/legacy-encode: tests/legacy/encode.c $(ASAN_LIB) Makefile | $(ASAN_DIR)
	$(CC) $(ASAN_CFLAGS) $(PKG_CFLAGS) -Isrc -o $@ $< $(ASAN_LIB) $(PKG_LIBS) -lm

$(REL_DIR)/legacy-encode: tests/legacy/encode.c $(REL_LIB) Makefile | $(REL_DIR)
	$(CC) $(REL_CFLAGS) $(PKG_CFLAGS) -Isrc -o $@ $< $(REL_LIB) $(PKG_LIBS) -lm

build $(REL_DIR) $(ASAN_DIR) $(REL_DIR)/tests $(ASAN_DIR)/tests:
	mkdir -p $@

-include $(wildcard $(REL_DIR)/*.d $(ASAN_DIR)/*.d $(REL_DIR)/tests/*.d $(ASAN_DIR)/tests/*.d)

# ---- fuzzing (tests/fuzz/README.md) ----------------------------------
# The library once more, with clang and coverage instrumentation; each
# tests/fuzz/fuzz_NAME.c links against it into build/fuzz/fuzz_NAME. A new
# input path gets a target by adding its NAME here.
FUZZ_CC      ?= clang
# every tests/fuzz/fuzz_NAME.c is a target: built by make fuzz-build, run by
# make fuzz and by make fuzz-check (so by make check) - none can be forgotten
FUZZ_TARGETS := $(sort $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c)))
# make check's coverage-guided run: this many seconds in all, shared by the targets
FUZZ_CHECK_SECONDS ?= 60
FUZZ_SECONDS ?= 60
FUZZ_JOBS    ?= 1
FUZZ_TIMEOUT ?= 10
FUZZ_DIR     := build/fuzz
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_CFLAGS  := $(CSTD) -O1 -g $(FUZZ_SAN) -fsanitize=fuzzer-no-link \
                -DFUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
FUZZ_OBJS    := $(LIB_SRCS:src/%.c=$(FUZZ_DIR)/obj/%.o) $(FUZZ_DIR)/obj/embedded.o
FUZZ_BINS    := $(FUZZ_TARGETS:%=$(FUZZ_DIR)/fuzz_%)

$(FUZZ_DIR)/obj/%.o: src/%.c Makefile | $(FUZZ_DIR)/obj
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(DEPFLAGS) $(PKG_CFLAGS) -Isrc -c -o $@ $<

$(FUZZ_DIR)/obj/embedded.o: build/embedded.c Makefile | $(FUZZ_DIR)/obj
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(DEPFLAGS) -Isrc -c -o $@ $<

$(FUZZ_DIR)/libkhgen.a: $(FUZZ_OBJS)
	rm -f $@
	$(AR) rcs $@ $^

# the message catalogs too: fuzz_diagnostics prints in Vietnamese, from
# build/locale (found next to build/fuzz/, as khgen finds it)
$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_common.h tests/fuzz/fuzz_templates.h \
                    $(FUZZ_DIR)/libkhgen.a Makefile \
                    | $(MO_FILES)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer $(PKG_CFLAGS) -Isrc -o $@ $< \
	    $(FUZZ_DIR)/libkhgen.a $(PKG_LIBS) -lm

$(FUZZ_DIR)/obj:
	mkdir -p $@

-include $(wildcard $(FUZZ_DIR)/obj/*.d)

fuzz-build: $(FUZZ_BINS)

fuzz: fuzz-build
	FUZZ_JOBS=$(FUZZ_JOBS) FUZZ_TIMEOUT=$(FUZZ_TIMEOUT) sh tests/fuzz/run.sh campaign $(FUZZ_DIR) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

fuzz-check: fuzz-build
	sh tests/fuzz/run.sh check $(FUZZ_DIR) $(FUZZ_CHECK_SECONDS) $(FUZZ_TARGETS)

# src/nfc_table.h is generated but committed, so that building needs no
# Python; this rule regenerates it (review the diff before committing).
nfc-table:
	/usr/bin/python3 tools/gen_nfc.py > src/nfc_table.h.tmp && mv src/nfc_table.h.tmp src/nfc_table.h

# ---- the two commands of the README ---------------------------------

deps:
	@sh tools/deps.sh build

deps-test:
	@sh tools/deps.sh test

deps-bench:
	@sh tools/deps.sh bench

run: deps
	$(MAKE) khgen
	./khgen build -o output plans/*.yaml

# (the build on every core: make check builds the tree three times, for
# the release, the sanitizers and the fuzzers)
check: deps-test
	$(MAKE) -j$(NPROC) $(ASAN_DIR)/khgen $(ASAN_TESTS) $(ASAN_DIR)/legacy-encode $(ASAN_DIR)/gen-schema khgen \
	    $(FUZZ_BINS)
	FUZZ_CHECK_SECONDS=$(FUZZ_CHECK_SECONDS) sh tests/run_all.sh $(ASAN_DIR)

# The fast tier: the release build, no sanitizers, no browser or office suite.
# The build runs on every core (a fresh tree builds in about half the time).
NPROC := $(shell nproc 2>/dev/null || echo 2)
test:
	@$(MAKE) --no-print-directory -s -j$(NPROC) khgen $(REL_DIR)/khgen $(REL_DIR)/gen-schema $(REL_TESTS)
	@sh tests/run_all.sh --fast $(REL_DIR)

# every suite of `make check` against the release build, without the
# sanitizers and the fuzz targets: the net before landing a change to
# what every plan prints, in about half of make check's time
test-full:
	@$(MAKE) --no-print-directory -s -j$(NPROC) khgen $(REL_DIR)/khgen $(REL_DIR)/gen-schema $(REL_TESTS) \
		$(REL_DIR)/legacy-encode
	@sh tests/run_all.sh $(REL_DIR)

$(REL_DIR)/khgen: khgen | $(REL_DIR)
	cp khgen $@

# The flags every C file of the tree compiles with, for
# tests/structure/warnings.sh (a warning anywhere fails the tests).
print-cflags:
	@echo $(CSTD) $(WARN) $(PKG_CFLAGS) -Isrc

# The sanitizers of the ASan build (make check), for tools/mutants.py --asan.
print-san-flags:
	@echo $(SAN_FLAGS)

unit: $(ASAN_TESTS)
	@for t in $(ASAN_TESTS); do $$t || exit 1; done

bench: deps-bench
	$(MAKE) khgen
	sh tests/bench.sh

# The directories install creates (and the directories above them that do
# not exist yet) are listed in $(PKGDATADIR)/installed-dirs, so uninstall
# removes its files and then those directories, each only if empty
# (tools/installdirs.sh): nothing of khgen is left, nothing else is removed.
INSTALL_DIRS = $(BINDIR) $(MANDIR)/man1 $(MANDIR)/man5 $(MANDIR)/vi/man1 $(MANDIR)/vi/man5 $(COMPLETIONDIR) $(PKGDATADIR)/schema \
    $(DOCDIR)/doc \
    $(patsubst %/,%,$(sort $(dir $(TEMPLATE_FILES:templates/%=$(PKGDATADIR)/templates/%)))) \
    $(LINGUAS:%=$(LOCALEDIR)/%/LC_MESSAGES)
INSTALL_MANIFEST = $(DESTDIR)$(PKGDATADIR)/installed-dirs

install: khgen
	new=$$(sh tools/installdirs.sh missing "$(DESTDIR)" $(INSTALL_DIRS)) || exit 1; \
	install -d $(INSTALL_DIRS:%=$(DESTDIR)%) || exit 1; \
	{ cat $(INSTALL_MANIFEST) 2>/dev/null; [ -z "$$new" ] || echo "$$new"; } | \
	    LC_ALL=C sort -u >$(INSTALL_MANIFEST).tmp && mv $(INSTALL_MANIFEST).tmp $(INSTALL_MANIFEST)
	install -m 755 khgen $(DESTDIR)$(BINDIR)/khgen
	install -m 644 man/khgen.1 $(DESTDIR)$(MANDIR)/man1/khgen.1
	install -m 644 man/khgen-plan.5 $(DESTDIR)$(MANDIR)/man5/khgen-plan.5
	install -m 644 man/vi/khgen.1 $(DESTDIR)$(MANDIR)/vi/man1/khgen.1
	install -m 644 man/vi/khgen-plan.5 $(DESTDIR)$(MANDIR)/vi/man5/khgen-plan.5
	install -m 644 completion/khgen.bash $(DESTDIR)$(COMPLETIONDIR)/khgen
	install -m 644 schema/khgen-plan.schema.json $(DESTDIR)$(PKGDATADIR)/schema/khgen-plan.schema.json
	for f in $(TEMPLATE_FILES:templates/%=%); do \
	    install -m 644 templates/$$f $(DESTDIR)$(PKGDATADIR)/templates/$$f || exit 1; done
	for l in $(LINGUAS); do \
	    install -m 644 build/locale/$$l/LC_MESSAGES/khgen.mo \
	        $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/khgen.mo || exit 1; done
	for f in $(DOC_FILES); do install -m 644 $$f $(DESTDIR)$(DOCDIR)/$$f || exit 1; done

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/khgen $(DESTDIR)$(MANDIR)/man1/khgen.1 \
	    $(DESTDIR)$(MANDIR)/man5/khgen-plan.5 $(DESTDIR)$(MANDIR)/vi/man1/khgen.1 \
	    $(DESTDIR)$(MANDIR)/vi/man5/khgen-plan.5 $(DESTDIR)$(COMPLETIONDIR)/khgen \
	    $(DESTDIR)$(PKGDATADIR)/schema/khgen-plan.schema.json
	for f in $(TEMPLATE_FILES:templates/%=%); do rm -f $(DESTDIR)$(PKGDATADIR)/templates/$$f; done
	for l in $(LINGUAS); do rm -f $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/khgen.mo; done
	for f in $(DOC_FILES); do rm -f $(DESTDIR)$(DOCDIR)/$$f; done
	sh tools/installdirs.sh remove "$(DESTDIR)" $(INSTALL_MANIFEST)

clean:
	rm -rf build khgen
