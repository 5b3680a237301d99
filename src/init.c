/* init.c - `khgen init [--level xa|huyen|tinh] [--year N] [-o FILE] NAME`:
 * a new plan with the standard skeleton of a commune's, a district's or a
 * province's plan.
 *
 * The skeleton is what such plans share (see the seeds in shared/seeds and
 * plans/): the two-column header of that level's People's Committee, the
 * usual sections (purpose and requirements, targets for the year, tasks and
 * measures, organisation of the work), the units that answer for tasks at
 * that level, two localities of the level below to fill in, the recipients
 * and the signature block. Every placeholder is marked with a "# TODO"
 * comment so the drafter finds each one. The skeleton is a valid plan: it
 * passes `khgen check` without errors or warnings and builds, so the
 * drafter starts from a document that already compiles. The text is one
 * template with @NAME@-style slots filled per level; nothing is generated
 * YAML-by-YAML, so the file reads like a hand-written plan.
 *
 * The levels follow the plan's year (localgov.c): from 2026 local
 * government has two tiers, so a district's plan is refused, a commune's
 * skeleton has the commune's offices and the province's UBND above it, and
 * without --level the level is the one the place's kind names.
 *
 * `--include REGISTRY` starts a plan that includes a shared registry (the
 * README's repository of communes' plans, s18user L2): the skeleton names
 * it by its path from the plan's directory and leaves out what the
 * registry holds already, the catalog import and each unit, level and
 * locality of the same id, which would otherwise be KH416 and KH200 in
 * every plan.
 */
#include "cycle.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <sys/stat.h>

#include "cli.h"
#include "diag.h"
#include "emit_yaml.h"
#include "init_name.h"
#include "init_province.h"
#include "init_registry.h"
#include "help.h"
#include "init_work.h"
#include "places2025.h"
#include "i18n.h"
#include "include.h"
#include "keys.h"
#include "load.h"
#include "localgov.h"
#include "plan.h"
#include "readpolicy.h"
#include "shquote.h"
#include "unispace.h"
#include "vi.h"
#include "yread.h"

enum { EXIT_OK = 0, EXIT_USAGE = 2, EXIT_IO = 3 };

/* What differs between the levels. */
typedef struct InitLevel {
    const char *arg;         /* "xa" */
    const char *kind;        /* "xã": "UBND xã Đồng Hưu" */
    const char *below;       /* kind of its localities: "thôn" */
    const char *below_id;    /* id prefix of the placeholders */
    const char *units;       /* YAML lines of the units (ids vp, tckh, nn, nv, mttq) */
    const char *recipients;  /* YAML list */
    /* a plan of the two-level local government (2026 on, localgov.c): the
     * units (NULL: as above; slots @KIND@ and @ECONOMY@), the skeleton's
     * task ids as they name them ("OLD\tNEW\n" lines), the recipients
     * (@KIND@), and the kind of its localities (NULL: as above) */
    const char *units_2026, *renames_2026, *recipients_2026, *below_2026, *below_id_2026;
} InitLevel;

static const InitLevel init_levels[] = {
    {"xa", "xã", "thôn", "thon",
     "  - {id: vp, name: Văn phòng - Thống kê @KIND@, short: Văn phòng UBND @KIND@}\n"
     "  - {id: tckh, name: Công chức Tài chính - Kế toán}\n"
     "  - {id: nn, name: Công chức Địa chính - @LAND@ và Môi trường}\n"
     "  - {id: nv, name: Công chức Văn hóa - Xã hội}\n"
     "  - {id: mttq, name: Ủy ban MTTQ và các đoàn thể @KIND@}\n",
     "[UBND @SUPERIOR@, Đảng ủy @KIND@, \"Các ban, ngành, đoàn thể @KIND@\", Các @PLACES@, \"Lưu: VT\"]",
     /* the commune's offices, Nghị định 150/2025/NĐ-CP */
     "  - {id: vp, name: Văn phòng HĐND và UBND @KIND@, short: Văn phòng HĐND và UBND}\n"
     "  - {id: kt, name: @ECONOMY@}\n"
     "  - {id: vhxh, name: Phòng Văn hóa - Xã hội}\n"
     "  - {id: tthc, name: Trung tâm Phục vụ hành chính công}\n"
     "  - {id: mttq, name: Ủy ban MTTQ và các đoàn thể @KIND@}\n",
     "tckh\tkt\nnn\tkt\nnv\tvhxh\n",
     /* @SUPER@, @RPLACES@: the province's kind and the places' as known
      * (province_slots) */
     "[UBND @SUPER@, Đảng ủy @KIND@, \"Các ban, ngành, đoàn thể @KIND@\", @RPLACES@, \"Lưu: VT\"]",
     NULL, NULL},
    {"huyen", "huyện", "xã", "xa",
     "  - {id: vp, name: Văn phòng Điều phối nông thôn mới huyện, short: VPĐP NTM huyện}\n"
     "  - {id: tckh, name: Phòng Tài chính - Kế hoạch}\n"
     "  - {id: nn, name: Phòng Nông nghiệp và Phát triển nông thôn}\n"
     "  - {id: nv, name: Phòng Nội vụ}\n"
     "  - {id: mttq, name: Ủy ban MTTQ và các tổ chức chính trị - xã hội huyện}\n",
     "[UBND tỉnh, Thường trực Huyện ủy, Thường trực HĐND huyện, Các cơ quan chuyên môn "
     "thuộc UBND huyện, \"UBND các xã, thị trấn\", \"Lưu: VT\"]",
     NULL, NULL, NULL, NULL, NULL}, /* refused from 2026 (init_level) */
    /* @PROV@, @PARTY@, @DISTRICTS@: a tỉnh's or a city's (province_fill) */
    {"tinh", "tỉnh", "huyện", "huyen",
     "  - {id: vp, name: Văn phòng Điều phối nông thôn mới @PROV@, short: VPĐP NTM @PROV@}\n"
     "  - {id: tckh, name: Sở Tài chính}\n"
     "  - {id: nn, name: Sở Nông nghiệp và Phát triển nông thôn}\n"
     "  - {id: nv, name: Sở Nội vụ}\n"
     "  - {id: mttq, name: Ủy ban MTTQ Việt Nam @PROV@ và các tổ chức chính trị - xã hội}\n",
     "[Văn phòng Chính phủ, Thường trực @PARTY@, Thường trực HĐND @PROV@, \"Các sở, ban, "
     "ngành\", \"UBND các @DISTRICTS@\", \"Lưu: VT\"]",
     "  # TODO: @#28@\n"
     "  - {id: vp, name: Văn phòng Điều phối nông thôn mới @PROV@, short: VPĐP NTM @PROV@}\n"
     "  - {id: tckh, name: Sở Tài chính}\n"
     "  - {id: nn, name: Sở Nông nghiệp và Môi trường}\n"
     "  - {id: nv, name: Sở Nội vụ}\n"
     "  - {id: mttq, name: Ủy ban MTTQ Việt Nam @PROV@ và các tổ chức chính trị - xã hội}\n",
     "",
     "[Văn phòng Chính phủ, Thường trực @PARTY@, Thường trực HĐND @PROV@, \"Các sở, ban, "
     "ngành\", \"UBND các xã, phường, đặc khu\", \"Lưu: VT\"]",
     "xã", "xa"},
};

/* The level --level names: its argument in any case (`--level XA`,
 * s25attack), or the level's own word (`--level xã`); NULL for none. */
static const InitLevel *find_level(const char *arg)
{
    for (size_t i = 0; i < sizeof init_levels / sizeof init_levels[0]; i++)
        if (strcasecmp(init_levels[i].arg, arg) == 0 || strcmp(init_levels[i].kind, arg) == 0)
            return &init_levels[i];
    return NULL;
}

/* The skeleton's comments, slots @#N@ of it: in the language of the
 * messages, as the drafter reads them (their own @KEY@ slots filled as the
 * skeleton's). "TODO" stays outside them, the one word to search for. */
static const char *const comments[] = {
    N_("The plan of @KIND@ @NAME@ for @YEAR@, started with `khgen init --level @LEVEL@`.\n"
       "# Every \"TODO\" marks a placeholder to replace; `khgen check` this file as\n"
       "# you go, and `khgen build` it for the document (see the README)."),
    N_("the criteria catalog the plan cites"),
    N_("the body above the issuer, if any"),
    N_("given by the clerk when signed"),
    N_("the place name printed before the date (\"Đồng Hưu, ngày ...\")"),
    N_("the month of signing; the day is left blank"),
    N_("the plans and decisions of the level above for this year"),
    N_("registries"),
    N_("(a registry shared by the plans of @KIND@ @NAME@ can hold these: see `include:`)"),
    N_("the units that answer for tasks; ids are what the tasks name"),
    N_("the @BELOW@s of @KIND@ @NAME@, each with its own kind, as its name says (kind: ấp for "
       "\"Ấp 1\", kind: khu phố for \"Khu phố 1\": KH270); target and target_year for those "
       "aiming at a standard"),
    N_("the body"),
    N_("what the plan is for"),
    N_("what is required of the units"),
    N_("the general target"),
    N_("the @BELOW@s to reach a standard this year"),
    N_("one task per measure; lead and due are printed under each"),
    N_("what each unit does"),
    N_("the text names the unit already"),
    N_("the signer's name"),
    N_("the registry the plans share: its units, levels, localities and catalogs"),
    N_("the Prime Minister's decision approving the national target programme on new rural "
       "areas that @YEAR@ belongs to, as a basis here (QĐ 263/QĐ-TTg of 22/02/2022 "
       "approved the programme of 2021-2025)"),
    N_("the catalog khgen ships is the national criteria of 2021-2025 (QĐ 318/QĐ-TTg); a "
       "plan of @YEAR@ cites the criteria in force that year: name their catalog here, a file of yours "
       "(import: [../catalogs/x.yaml]) or one in --templates DIR/catalogs"),
    N_("a phường plans for urban work (đô thị văn minh), not the programme on new rural "
       "areas: name the task or programme this plan carries out in the title, opening and "
       "closing, and cite its basis below; khgen's facts name none"),
    N_("the targets of the year for @KIND@ @NAME@ and its @BELOW@s; a standard they aim at goes in "
       "levels:, and a locality's target and target_year"),
    N_("khgen's facts do not say whether a đặc khu carries out the programme on new "
       "rural areas: this is a xã's skeleton; keep its programme only where it is the đặc khu's, "
       "else name the work the plan carries out"),
    N_("khgen's facts do not say whether the places of a đặc khu are thôn or tổ dân "
       "phố: write each with its own kind"),
    N_("khgen's facts do not say which of the commune's offices advises on emulation and "
       "commendation (thi đua, khen thưởng): name the office the commune gives this work"),
    N_("the departments as Nghị định 45/2025/NĐ-CP names them after their merger of 2025 "
       "(KH182); write each as the province names it in @YEAR@"),
    N_("the kinds of commune the province has: one without a đặc khu writes \"UBND các xã, "
       "phường\""),
    N_("the People's Committee above the commune: a commune of a city under the central "
       "government (Hà Nội, Thành phố Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ, Huế) writes "
       "\"UBND thành phố\", not \"UBND tỉnh\"; and its places as it names them (\"Các khu "
       "phố\", \"Các ấp\")"),
    N_("the People's Committee of the district the commune is in, of its kind: \"UBND "
       "huyện\", \"UBND quận\", \"UBND thị xã\" or \"UBND thành phố\" (a province's "
       "city); and its places as it names them"),
    N_("the @BELOW@s to reach a standard this year, counted from the registry's (their target "
       "and target_year there)"),
    N_("the registry imports qd318-xa-ntm, the national criteria of 2021-2025 (QĐ 318/QĐ-TTg); "
       "a plan of @YEAR@ cites the criteria in force that year: import their catalog, a file of "
       "yours (import: [../catalogs/x.yaml]) or one in --templates DIR/catalogs"),
    N_("the @BELOW@s the registry lists aim at no standard in @YEAR@: give those that do their "
       "target and target_year in the registry, and count them here ({count localities "
       "target=ntm target_year=year})"),
    N_("the commune's places as it names them (\"Các khu phố\", \"Các ấp\")"),
};

/* The programme's basis, @PROGRAMME@ of the skeleton: QĐ 263/QĐ-TTg
 * approved the programme of 2021-2025, which a plan of 2026 or later
 * cannot cite (`init --year 2027` did, s31user): there, a TODO. */
static const char programme_2021_2025[] =
    "  - kind: QĐ\n"
    "    number: 263/QĐ-TTg\n"
    "    date: 2022-02-22\n"
    "    by: Thủ tướng Chính phủ\n"
    "    about: >-\n"
    "      phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai\n"
    "      đoạn 2021-2025\n";
static const char programme_later[] = "  # TODO: @#21@\n";

static void fill(Buf *out, const char *text, const char *const *keys, const char *const *values,
                 size_t n);

/* The skeleton's @PROGRAMME@ for a plan of year (year_text), in b. */
static const char *programme_of(Buf *b, long year, const char *year_text)
{
    static const char *const year_key[] = {"YEAR"};
    const char *const year_value[] = {year_text};
    fill(b, year > LOCALGOV_NTM_2021_2025_LAST_YEAR ? programme_later : programme_2021_2025,
         year_key, year_value, 1);
    return buf_str(b);
}

static const char skeleton[] =
    "# @#0@\n"
    "khgen: 1\n"
    "@IMPORT@"
    "\n"
    "header:\n"
    "  # governing_body: @SUPERIOR@# TODO: @#2@\n"
    "  issuer: [ỦY BAN NHÂN DÂN, @ISSUER@]\n"
    "  issuer_short: UBND @KIND@ @NAME@\n"
    "  number: \"\"                            # @#3@\n"
    "  code: KH-UBND\n"
    "  # TODO: @#4@\n"
    "  place: @PLACE@\n"
    "  date: @YEAR@-01                         # TODO: @#5@\n"
    "@WORK_TODO@"
    "  title: >-\n"
    "    @WORK_TITLE@\n"
    "    trên địa bàn @KIND@ @NAME@\n"
    "\n"
    "bases:\n"
    "@PROGRAMME@"
    "  # TODO: @#6@\n"
    "  - text: Căn cứ tình hình thực tế của địa phương\n"
    "\n"
    "opening: >-\n"
    "@OPENING@"
    "\n"
    "# ---- @#7@ ------------------------------------------------------------\n"
    "# @#8@\n"
    "\n"
    "@UNITS@"
    "@LEVELS@"
    "@LOCALITIES@"
    "# ---- @#11@ --------------------------------------------------------------\n"
    "\n"
    "body:\n"
    "  - section: MỤC ĐÍCH, YÊU CẦU\n"
    "    items:\n"
    "      - clause: Mục đích\n"
    "        items:\n"
    "          # TODO: @#12@\n"
    "          - bullet: >-\n"
    "@PURPOSE@"
    "      - clause: Yêu cầu\n"
    "        items:\n"
    "          # TODO: @#13@\n"
    "          - bullet: >-\n"
    "              Xác định rõ nhiệm vụ, trách nhiệm của các cơ quan, đơn vị trong tổ\n"
    "              chức thực hiện.\n"
    "\n"
    "  - section: MỤC TIÊU NĂM {year}\n"
    "    items:\n"
    "      - clause: Mục tiêu chung\n"
    "        items:\n"
    "          # TODO: @#14@\n"
    "@GOALS@"
    "\n"
    "  - section: NHIỆM VỤ, GIẢI PHÁP\n"
    "    items:\n"
    "      # TODO: @#16@\n"
    "@TASKS@"
    "\n"
    "  - section: TỔ CHỨC THỰC HIỆN\n"
    "    items:\n"
    "      # TODO: @#17@\n"
    "      - task: \"\"\n"
    "        text: >-\n"
    "          {unit vp} theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch; báo\n"
    "          cáo UBND @KIND@ theo quy định.\n"
    "        lead: vp\n"
    "        show: []                        # @#18@\n"
    "@EMULATION_TODO@"
    "      - task: \"\"\n"
    "        text: >-\n"
    "@EMULATION@"
    "        lead: nv\n"
    "        show: []\n"
    "@MORE_TASKS@"
    "\n"
    "closing: >-\n"
    "@CLOSING@"
    "recipients: @RECIPIENTS@   # TODO@RECIPIENTS_TODO@\n"
    "signature:\n"
    "  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]\n"
    "  name: Nguyễn Văn A                     # TODO: @#19@\n";

/* The task of the commune's Trung tâm Phục vụ hành chính công, a unit of
 * the two-level skeleton only (@MORE_TASKS@): a unit no task names is
 * KH250, and the skeleton checks clean. */
static const char commune_centre_task[] =
    "      - task: \"\"\n"
    "        text: >-\n"
    "          {unit tthc} tiếp nhận, giải quyết thủ tục hành chính của tổ chức, cá\n"
    "          nhân theo quy định.\n"
    "        lead: tthc\n"
    "        show: []\n";


/* Appends text with every @KEY@ replaced by its value, and every @#N@ by
 * comment N translated (its own slots filled). */
static void fill(Buf *out, const char *text, const char *const *keys, const char *const *values,
                 size_t n)
{
    while (*text) {
        const char *at = strchr(text, '@');
        if (!at) {
            buf_puts(out, text);
            return;
        }
        buf_putn(out, text, (size_t)(at - text));
        if (at[1] == '#') {
            char *end;
            unsigned long c = strtoul(at + 2, &end, 10);
            if (*end == '@' && c < sizeof comments / sizeof comments[0]) {
                fill(out, _(comments[c]), keys, values, n);
                text = end + 1;
                continue;
            }
        }
        size_t k = 0;
        for (; k < n; k++) {
            size_t len = strlen(keys[k]);
            if (strncmp(at + 1, keys[k], len) == 0 && at[1 + len] == '@')
                break;
        }
        if (k == n) {
            buf_putc(out, '@');
            text = at + 1;
            continue;
        }
        buf_puts(out, values[k]);
        text = at + strlen(keys[k]) + 2;
    }
}

/* s as an item of a flow list: plain when YAML reads it back as s (no
 * ',' or bracket ending it early), double-quoted otherwise. */
static void emit_quoted_if_flow(Buf *out, const char *s)
{
    if (strpbrk(s, ",[]{}"))
        emit_quoted(out, s);
    else
        emit_scalar(out, s);
}

/* The place line and the issuer's second line, as YAML reads them back:
 * "Xã &a" gave "place: &a" (an anchor), "Xã null" an empty place, and
 * "Xã A, B" an issuer of two lines, "XÃ A" and "B" (attack s8 F7). */
static void put_name_lines(const char *kind, const char *rest, const char *name,
                           const char *kind_up, const char *rest_up, Buf *place, Buf *issuer)
{
    Buf line = {0};
    put_place(&line, kind, rest, name);
    emit_scalar(place, line.data);
    buf_reset(&line);
    buf_printf(&line, "%s %s", kind_up, rest_up);
    emit_quoted_if_flow(issuer, line.data);
    buf_free(&line);
}

/* The plan's year: --year's (0, or -1 for a value not a year 1900-2999,
 * said), or this year. */
static int init_year(const char *year_arg, long *year)
{
    if (year_arg)
        return cli_year("init", year_arg, year);
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    *year = tm.tm_year + 1900;
    return 0;
}

/* The file init writes without -o: the name folded to ASCII words joined
 * by '-', then the year ("dong-huu-2025.yaml"); cut to 200 bytes, so a
 * name of 500 letters still makes a file name under 255 bytes. */
static void default_file_name(Buf *slug, const char *name, long year)
{
    Buf folded = {0};
    vi_put_folded(&folded, name);
    for (const char *s = folded.data; s && *s; s++) {
        char ch = *s;
        if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
            buf_putc(slug, ch);
        else if (slug->len && slug->data[slug->len - 1] != '-')
            buf_putc(slug, '-');
    }
    if (slug->len > 200)
        slug->data[slug->len = 200] = '\0';
    while (slug->len && slug->data[slug->len - 1] == '-')
        slug->data[--slug->len] = '\0';
    buf_printf(slug, "%s%ld.yaml", slug->len ? "-" : "plan-", year);
    buf_free(&folded);
}

/* 1 if NAME holds what the skeleton cannot carry, the character named in
 * what ("'/'", "U+0001"). '.' is allowed ("TP. Hồ Chí Minh"); '/' keeps a
 * path out; nor a first character that YAML reads as an anchor, alias,
 * tag, quote or block ('&a' wrote a skeleton that did not check), nor a
 * character the loader refuses (a control character, U+2028, a byte order
 * mark, U+FFFE: KH004, the skeleton did not check) or hides (KH020). A
 * name that is not UTF-8 is left to the caller's message. */
static int name_refused(const char *name, char what[24])
{
    /* the marks of Markdown and HTML too: the name is written into the
     * subject line ("... trên địa bàn xã NAME"), a Markdown text, so
     * "Xã *A*" printed "A" in italics there and "XÃ *A*" in the header
     * (s30attack F4); what a place's name holds besides letters and
     * digits is a space, '.', '-', an apostrophe (Ea H'leo), a comma or
     * parentheses */
    const char *bad = strpbrk(name, "\n\r\t\"\\/:#{}[]@*_`<>~|$^=+!?;%&");
    if (!bad && *name && strchr("&*!%`|>,'?", *name))
        bad = name;
    if (bad) {
        if (*bad == '\n' || *bad == '\r' || *bad == '\t')
            snprintf(what, 24, "U+%04X", (unsigned)(unsigned char)*bad);
        else
            snprintf(what, 24, "'%c'", *bad);
        return 1;
    }
    size_t len = strlen(name);
    int n = 0;
    unsigned cp = 0;
    if (utf8_invalid_at(name, len) != (size_t)-1)
        return 0;
    if (strncmp(name, "\xEF\xBB\xBF", 3) == 0)
        cp = 0xFEFF;
    else if (load_refused_char(name, len, &n, &cp) == len &&
             (cp = unispace_first_invisible(name, len)) == 0) /* U+202E, U+200B: s36low */
        return 0;
    snprintf(what, 24, "U+%04X", cp);
    return 1;
}

/* The usage error of a NAME that names no place. */
static void name_usage_error(void)
{
    term_fprintf(stderr, _("khgen: init needs the name of the place (letters and spaces)\n"));
    help_put_usage(stderr, "init");
}

/* 1, said, when the place's name (nfc, upper: NFC and in upper case; name,
 * name_len as typed) names no place init writes: one under a commune (a
 * thôn), none at all, or an abbreviation after its kind ("TP.HCM"); else
 * 0 with its kind (NULL: none) and the name after it in *kind, *rest. */
static int place_refused(const Buf *nfc, const Buf *upper, const char *name, size_t name_len,
                         const char **rest, const char **kind)
{
    if (refuse_below_commune(nfc->data, upper->data)) /* a thôn: no UBND */
        return 1;
    if (!names_a_place(nfc->data, upper->data)) {
        name_usage_error();
        return 1;
    }
    *rest = nfc->data;
    *kind = name_kind(nfc->data, upper->data, rest);
    return refuse_abbreviated_name(name, name_len, upper->data + (*rest - nfc->data));
}

/* Writes the skeleton to OUT ("-": standard output, as build's and
 * convert's -o -), never over an existing file without FORCE, and says
 * so, with the command that checks it: given `--allow-read ALLOW` when
 * ALLOW (the directory of an included registry outside the plan's tree;
 * without it the command said to run was KH030, s29user). Returns the
 * exit status. */
static int write_skeleton(const char *out, int force, const Buf *text, const char *kind,
                          const char *name, long year, const char *allow)
{
    int status = EXIT_OK;
    if (strcmp(out, "-") == 0) { /* standard output, as build's and convert's */
        if (fwrite(text->data, 1, text->len, stdout) != text->len || fflush(stdout) != 0) {
            if (errno != EPIPE) /* the reader that left (| head) knows it, as main says */
                term_fprintf(stderr, _("khgen: init: cannot write the plan to standard output: %s\n"),
                             i18n_strerror(errno));
            status = EXIT_IO;
        }
    } else if (cli_stdout_writable("init") != 0) {
        status = EXIT_IO; /* it says what it wrote there: nothing written */
    } else if (!force && output_exists(out)) {
        term_fprintf(stderr, _("khgen: init: '%s' exists; use --force to overwrite it, or -o\n"), out);
        status = EXIT_USAGE;
    } else if (write_file_atomic(out, text->data, text->len) != 0) {
        cli_write_failed(out, errno);
        status = EXIT_IO;
    } else {
        /* the command as a shell reads it back: "--include 'my dir/chung'"
         * was printed unquoted, split at the space when pasted (s30review) */
        Buf cmd = {0};
        buf_puts(&cmd, "khgen check ");
        if (allow) {
            buf_puts(&cmd, "--allow-read ");
            sh_quote(&cmd, allow);
            buf_putc(&cmd, ' ');
        }
        sh_quote(&cmd, out);
        term_fprintf(stdout, _("khgen: wrote %s, the skeleton of a %s plan for %s (%ld); fill in "
                               "each TODO, then check it with: %s\n"),
                     out, kind, name, year, buf_str(&cmd));
        buf_free(&cmd);
    }
    if (status == EXIT_OK && strcmp(out, "-") != 0) {
        if (fflush(stdout) != 0 || ferror(stdout)) { /* a full disk: the plan is whole */
            term_fprintf(stderr, _("khgen: init: wrote '%s', but could not say so on standard "
                                   "output: %s\n"), out, i18n_strerror(errno));
            status = EXIT_IO;
        }
    }
    return status;
}

/* The skeleton's slots a shared registry changes (include_arg, the
 * --include path, or NULL): the include: and import: lines, the units,
 * the levels and the localities (work's: init_work.c; below: the values
 * of BELOW, BELOW_ID, BELOW_NAME, YEAR, NAME and KIND in its localities; their
 * comment has places_todo after it, a TODO line or ""), each left out
 * where the registry holds one of its
 * id: a registry's "thon-1" beside the skeleton's was KH200, a skeleton
 * that did not check (s20attack M6), and no placeholder at all where the
 * registry lists the places: a province's communes (init_lists_places) or
 * a commune's own (init_lists_own_places: its "Thôn 1", "Thôn 2" stood
 * beside them, s53user); then goals gets the work's GOALS over them,
 * counted, else it stays empty. Returns 0, or the exit status of a
 * registry that could not be read. */
static int registry_slots(const char *include_arg, const char *out, const InitLevel *level,
                          const InitWork *work, const char *places_todo,
                          const char *const below[6], Buf *import, Buf *units, Buf *levels,
                          Buf *localities, Buf *renames, char **allow, Buf *goals)
{
    Arena *arena = arena_new();
    Registry0 reg = {0};
    Buf written = {0}, units_comment = {0};
    int status = include_arg ? init_read_registry(include_arg, out, arena, &reg, &written) : EXIT_OK;
    if (include_arg && status == EXIT_OK) {
        /* a registry outside the plan's directory tree (../../chung/...)
         * is KH030 to every command not given its directory */
        if (strncmp(buf_str(&written), "../", 3) == 0)
            *allow = path_dir(include_arg);
        buf_puts(import, "include: [");
        emit_quoted_if_flow(import, buf_str(&written));
        fill(import, "]   # @#20@\n", NULL, NULL, 0);
    }
    static const char *const year_key[] = {"YEAR"};
    int later = atol(below[3]) > LOCALGOV_NTM_2021_2025_LAST_YEAR;
    if (reg.imports_shipped && work->catalog && later) /* the registry's: its TODO kept (s52user) */
        fill(import, "# TODO: @#33@\n", year_key, &below[3], 1);
    if (!reg.imports && work->catalog) /* the criteria of 2021-2025: a later plan's TODO (s42user L9) */
        fill(import, later
                         ? "import: [qd318-xa-ntm]   # TODO: @#22@\n"
                         : "import: [qd318-xa-ntm]                  # @#1@\n",
             year_key, &below[3], 1);
    fill(&units_comment, "  # TODO: @#9@\n", NULL, NULL, 0);
    init_put_entries(units, "units", buf_str(&units_comment), level->units, reg.units, arena,
                     renames, level->arg);
    static const char *const below_keys[] = {"BELOW", "BELOW_ID", "BELOW_NAME", "YEAR", "NAME",
                                             "KIND"};
    Buf lines = {0}, localities_comment = {0};
    fill(&lines, work->localities, below_keys, below, 6);
    fill(&localities_comment, "  # TODO: @#10@\n", below_keys, below, 6);
    fill(&localities_comment, places_todo, below_keys, below, 6);
    /* the registry's own places (a province's communes, a commune's thôn):
     * none beside them, their targets counted (a commune's under it) */
    Buf filter = {0}, noun = {0};
    const char *parent = NULL;
    if (level->below_2026 && init_lists_places(&reg, below[0])) {
        buf_printf(&filter, "kind=%s ", below[0]);
        buf_puts(&noun, below[0]);
    } else if (level->renames_2026 && *level->renames_2026 &&
               init_lists_own_places(&reg, below[5], below[4], arena, &parent, &noun) && parent)
        buf_printf(&filter, "parent=%s ", parent);
    /* the counts of the places aiming at each level this year, and those
     * levels alone: a count of none was KH505 in the skeleton, a level
     * then unused KH252 (s54cycle) */
    static const char *const listed_keys[] = {"LISTED_FILTER", "LISTED_NOUN", "LISTED_AIMS"};
    const char *listed_values[] = {buf_str(&filter), buf_str(&noun), ""};
    Buf aims = {0}, aimed_levels = {0};
    for (int a = 0; noun.len && a < 2 && work->listed_level[a]; a++)
        if (init_listed_aim(&reg, filter.len && !parent ? below[0] : NULL, parent,
                            work->listed_level[a], below[3])) {
            buf_puts(&aims, aims.len ? ",\n" : "");
            fill(&aims, work->listed_aims[a], listed_keys, listed_values, 2);
            init_level_line(&aimed_levels, work->levels, work->listed_level[a]);
        }
    listed_values[2] = buf_str(&aims);
    init_put_entries(levels, "levels", "",
                     noun.len && work->listed_level[0] ? buf_str(&aimed_levels) : work->levels,
                     reg.levels, arena, NULL, NULL);
    buf_free(&aimed_levels);
    if (noun.len)
        fill(goals, work->listed_level[0] && !aims.len ? work->goals_unaimed : work->goals_listed,
             listed_keys, listed_values, 3);
    else
        init_put_entries(localities, "localities", buf_str(&localities_comment),
                         buf_str(&lines), reg.localities, arena, NULL, NULL);
    buf_free(&filter);
    buf_free(&noun);
    buf_free(&aims);
    buf_free(&lines);
    buf_free(&localities_comment);
    buf_free(&units_comment);
    buf_free(&written);
    arena_free(arena); /* reg's nodes: read above, not after */
    return status;
}

/* NAME as given (NULL: none) without the spaces at its ends: returns its
 * start and stores its length, or says why it is refused and returns NULL
 * (a usage error). */
static const char *name_operand(const char *name, size_t *len)
{
    while (name && *name == ' ')
        name++;
    size_t name_len = name ? strlen(name) : 0;
    while (name_len && name[name_len - 1] == ' ')
        name_len--;
    char what[24];
    if (!name_len) {
        name_usage_error();
        return NULL;
    }
    if (name_refused(name, what)) { /* "Đồng/Hưu": say which character (s22low) */
        term_fprintf(stderr, _("khgen: init: the name '%s' holds %s, which a place's name "
                               "cannot hold in a plan; give the name as it is printed, "
                               "without it (letters, digits, spaces, '.', '-', an "
                               "apostrophe, ',' and parentheses)\n"),
                     name, what);
        help_put_usage(stderr, "init");
        return NULL;
    }
    if (utf8_invalid_at(name, strlen(name)) != (size_t)-1) {
        term_fprintf(stderr, _("khgen: init: the name is not UTF-8 text\n"));
        return NULL;
    }
    /* full-width digits ("Thôn ２", an input method's wide mode): the
     * skeleton printed them wide, and its check warned at each (KH024)
     * where README promises a skeleton that checks clean */
    for (const char *c = name; (c = str_find(c, "\xEF\xBC")) != NULL; c += 2)
        if ((unsigned char)c[2] >= 0x90 && (unsigned char)c[2] <= 0x99) {
            term_fprintf(stderr, _("khgen: init: the name '%s' holds full-width digits "
                                   "('%.3s'): type them as digits 0-9\n"), name, c);
            return NULL;
        }
    *len = name_len;
    return name;
}

/* The level of a plan of 2025 or before by the place of kind (NULL: NAME
 * names none), rest its name after the kind, name as typed: the commune's
 * (xã, phường, thị trấn, đặc khu), the province's (a tỉnh, a city under
 * the central government), else the district's, as before: a huyện, quận,
 * thị xã, a province's city (with a note: it had a district's level; a
 * centrally-run city's plan takes --level tinh), and a NAME without a kind
 * (`init --year 2025 "TP. Hồ Chí Minh"` and "Xã Tân Phú" were the
 * district's, s49review). */
static const InitLevel *level_before(const char *kind, const char *rest, long year,
                                      const char *name)
{
    int tier = localgov_tier(kind);
    if (tier == LOCALGOV_COMMUNE || tier == LOCALGOV_TOWNSHIP)
        return find_level("xa");
    if (tier == LOCALGOV_PROVINCE && strcmp(kind, "thành phố") != 0)
        return find_level("tinh");
    if (tier == LOCALGOV_PROVINCE && localgov_central_city(rest, year))
        return find_level("tinh");
    if (tier == LOCALGOV_PROVINCE)
        term_fprintf(stderr, _("khgen: init: note: '%s' is read as a city of a province, which "
                               "had a district's level up to 2025: the plan is a district's; for "
                               "a city under the central government give --level tinh\n"),
                     name);
    return find_level("huyen");
}

/* The level of the plan: --level's (given; NULL: none), else by the year
 * and the kind NAME begins with (rest: its name after the kind): up to
 * 2025 level_before's; from 2026 (localgov.c) a commune's when it names
 * none (most plans are the communes'; "Tỉnh ..." the province's). NULL,
 * said why, where the year has no such level: a district's, from 2026
 * (s42domain), a province's city's, which had a district's level
 * (s53cycle), a thị trấn's (s42lead), and a province's merged into
 * another on 1 July 2025 (places2025.c). */
static const InitLevel *init_level(const InitLevel *given, const char *kind, const char *rest,
                                   long year, const char *name)
{
    int two = localgov_two_level(year), tier = localgov_tier(kind);
    if (two && tier == LOCALGOV_DISTRICT) {
        term_fprintf(stderr, _("khgen: init: '%s' names a %s, but the district tier of local "
                               "government ended on 1 July 2025: no district People's Committee "
                               "issues a plan for %ld; start the commune's plan (a xã, phường or "
                               "đặc khu: --level xa) or the province's (--level tinh), or give "
                               "--year 2025 for a district's plan of 2025\n"),
                     name, kind, year);
        return NULL;
    }
    if (two && tier == LOCALGOV_TOWNSHIP) {
        term_fprintf(stderr, _("khgen: init: '%s' names a thị trấn, but since 1 July 2025 the "
                               "commune level is xã, phường and đặc khu, each thị trấn made one "
                               "of them: start the plan under the commune's name of %ld (\"Xã "
                               "...\" or \"Phường ...\"), or give --year 2025 for a plan of 2025\n"),
                     name, year);
        return NULL;
    }
    if (two && kind && strcmp(kind, "thành phố") == 0 && !localgov_central_city(rest, year)) {
        /* "Thành phố Hà Giang" for 2026 was a province's plan of a city
         * that ended on 1 July 2025, exit 0 (s53cycle) */
        term_fprintf(stderr, _("khgen: init: '%s' names a city of a province, which had a "
                               "district's level: the district tier of local government ended "
                               "on 1 July 2025 and the city with it (its wards were made "
                               "phường of the province), and the cities under the central "
                               "government are Hà Nội, Huế, Hải Phòng, Đà Nẵng, Cần Thơ and "
                               "TP. Hồ Chí Minh: no People's Committee of it issues a plan for "
                               "%ld; start the plan of the phường or xã that took its area "
                               "(--level xa) or the province's (--level tinh), or give --year "
                               "2025 for the city's plan of 2025\n"),
                     name, year);
        return NULL;
    }
    const char *as = kind ? kind : given ? given->kind : NULL; /* "--level tinh Bắc Giang" */
    const char *into = two && as && strcmp(as, "tỉnh") == 0 && rest
                           ? places2025_merged_province(rest)
                           : NULL;
    if (into) { /* "Tỉnh Bắc Giang" for 2026: check's KH183 at every line of it */
        term_fprintf(stderr, _("khgen: init: '%s' names a province merged into %s on 1 July "
                               "2025 (Nghị quyết 202/2025/QH15): no People's Committee of it "
                               "issues a plan for %ld; start the plan of %s, or give --year 2025 "
                               "for a plan of 2025\n"),
                     name, into, year, into);
        return NULL;
    }
    if (two && given && strcmp(given->arg, "huyen") == 0) {
        term_fprintf(stderr, _("khgen: init: --level huyen: the district tier of local "
                               "government ended on 1 July 2025: no district People's Committee "
                               "issues a plan for %ld; start the commune's plan (a xã, phường or "
                               "đặc khu: --level xa) or the province's (--level tinh), or give "
                               "--year 2025 for a district's plan of 2025\n"),
                     year);
        return NULL;
    }
    if (given)
        return given;
    if (two)
        return find_level(tier == LOCALGOV_PROVINCE ? "tinh" : "xa");
    return level_before(kind, rest, year, name);
}

/* The work a plan of level (its 2026 form or not: two) by a place of kind
 * plans for (init_work.c): a commune's is its kind's (localgov.c), in any
 * year for a xã, a phường (a ward never had the programme: its skeleton of
 * 2025 planned it over thôn, s50user) and a đặc khu (made on 1 July 2025,
 * in the two-level government), from 2026 for the rest; every other
 * plan's the programme on new rural areas, as before. */
static LocalWork work_of(const InitLevel *level, int two, const char *kind)
{
    const LocalKind *k = localgov_kind(kind);
    int commune = level->renames_2026 && *level->renames_2026;
    return commune && k && (two || k->tier == LOCALGOV_COMMUNE) ? k->work : LOCALGOV_RURAL;
}

/* The province's level (any year; recipients its recipients of that
 * year) as the plan of a place of kind writes it, into units and
 * recipients: a city's bodies are the city's ("Thường trực Thành ủy",
 * "HĐND thành phố", its quận before 2026), a tỉnh's the tỉnh's; a city's
 * plan named the Tỉnh ủy (s50user). */
static void province_fill(InitLevel *eff, const char *kind, const char *recipients_of_year,
                          Buf *units, Buf *recipients)
{
    int city = kind && strcmp(kind, "thành phố") == 0;
    static const char *const keys[] = {"PROV", "PARTY", "DISTRICTS"};
    const char *values[] = {city ? "thành phố" : "tỉnh", city ? "Thành ủy" : "Tỉnh ủy",
                            city ? "quận, huyện, thị xã, thành phố" : "huyện, thị xã, thành phố"};
    Buf filled = {0};
    fill(&filled, eff->units, keys, values, 3);
    buf_free(units); /* eff->units may be units' own text */
    buf_puts(units, buf_str(&filled));
    buf_free(&filled);
    fill(recipients, recipients_of_year, keys, values, 3);
    eff->units = buf_str(units);
    eff->recipients = buf_str(recipients);
}

/* level as a plan of 2025 or before by a place of kind k (NULL: none)
 * writes it: a commune's units and recipients name its kind ("Đảng ủy thị
 * trấn"; a place of no commune's kind, --level xa "Huyện ...", the xã's);
 * a ward's are the civil servants of Nghị định 33/2023/NĐ-CP, with its
 * "Địa chính - Xây dựng - Đô thị", under a quận (a thị xã or a city: the
 * recipients' TODO), over its tổ dân phố (its skeleton of 2025 planned
 * the programme on new rural areas over thôn, s50user); a đặc khu's under
 * the tỉnh (made on 1 July 2025, under the province). The caller frees
 * units and recipients. */
static InitLevel level_before_of(const InitLevel *level, const LocalKind *k, Buf *units,
                                 Buf *recipients)
{
    InitLevel eff = *level;
    if (level->below_2026) /* the province's */
        province_fill(&eff, k ? k->kind : level->kind, level->recipients, units, recipients);
    if (!level->renames_2026 || !*level->renames_2026)
        return eff; /* a district's, a province's: no more slots */
    int commune = k && (k->tier == LOCALGOV_COMMUNE || k->tier == LOCALGOV_TOWNSHIP);
    int ward = work_of(level, 0, k ? k->kind : NULL) == LOCALGOV_URBAN;
    if (ward) {
        eff.below = k->places;
        eff.below_id = k->places_id;
    }
    static const char *const keys[] = {"KIND", "LAND", "SUPERIOR", "PLACES"};
    const char *values[] = {commune ? k->kind : "xã",
                            ward ? "Xây dựng - Đô thị" : "Nông nghiệp - Xây dựng",
                            ward                                                 ? "quận"
                            : k && !k->places && k->tier == LOCALGOV_COMMUNE ? "tỉnh" /* a đặc khu */
                                                                                 : "huyện",
                            eff.below};
    fill(units, level->units, keys, values, 4);
    fill(recipients, level->recipients, keys, values, 4);
    eff.units = buf_str(units);
    eff.recipients = buf_str(recipients);
    return eff;
}

/* level as a plan of year writes it: from 2026 its two-level units (in
 * units) and recipients (in recipients), their @KIND@ the place's kind,
 * and the kind of its localities (a commune's: the places its kind is
 * made of, localgov.c; a thôn where the facts do not say); the caller
 * frees the two Bufs. */
static InitLevel level_of_year(const InitLevel *level, long year, const char *kind, Buf *units,
                               Buf *recipients)
{
    InitLevel eff = *level;
    const LocalKind *k = localgov_kind(kind);
    if (!localgov_two_level(year))
        return level_before_of(level, k, units, recipients);
    if (level->renames_2026 && *level->renames_2026 && k && k->places) {
        eff.below = k->places;
        eff.below_id = k->places_id;
    }
    static const char *const keys[] = {"KIND", "ECONOMY", "PLACES", "YEAR"};
    char year_text[16];
    snprintf(year_text, sizeof year_text, "%ld", year);
    const char *economy = work_of(level, 1, kind) == LOCALGOV_URBAN
                              ? "\"Phòng Kinh tế, Hạ tầng và Đô thị\"" : "Phòng Kinh tế";
    const char *values[] = {kind, economy, eff.below, year_text};
    if (level->units_2026) {
        fill(units, level->units_2026, keys, values, 4);
        eff.units = buf_str(units);
    }
    if (level->recipients_2026 && !level->below_2026) {
        fill(recipients, level->recipients_2026, keys, values, 4);
        eff.recipients = buf_str(recipients);
    }
    if (level->below_2026) {
        province_fill(&eff, kind, level->recipients_2026, units, recipients);
        eff.below = level->below_2026;
        eff.below_id = level->below_id_2026;
    }
    return eff;
}

/* The recipients' TODO after its "TODO" (": " and a comment slot, or ""
 * for none) of a plan of level (two: of the two-level government) by a
 * place of kind: what khgen cannot know of its first recipient. A
 * commune's skeleton sent its plan to the "UBND tỉnh", a ward of Thành
 * phố Hồ Chí Minh's too, and one of 2025 to the "UBND quận", a ward of a
 * thị xã's or of a province's city's too; a province's to "UBND các xã,
 * phường, đặc khu", a province without one's too, each under a bare
 * "TODO" (s52user). known: the commune's province is known
 * (init_province.c), its UBND written. */
static const char *recipients_todo(const InitLevel *level, int two, const char *kind, int known)
{
    const LocalKind *k = localgov_kind(kind);
    int commune = level->renames_2026 && *level->renames_2026; /* the xa level */
    if (commune && two && known)
        return ": @#35@"; /* the province known (init_province.c): its places alone */
    if (commune && (two || (k && !k->places && k->tier == LOCALGOV_COMMUNE)))
        return ": @#30@"; /* the province's UBND; a đặc khu's of 2025 too */
    if (commune)
        return ": @#31@"; /* the district's */
    if (level->below_2026 && two)
        return ": @#29@"; /* a province's communes */
    return "";
}

/* Appends the skeleton with the slots of the work a plan of level (as of
 * year) by a place of kind plans for filled (init_work.c), its other
 * slots left for the caller's fill (goals: the GOALS over the places a
 * shared registry lists, counted; NULL: the work's own; known: the
 * commune's province is known, recipients_todo); returns that
 * work. A commune's plan
 * from 2026 also gets the TODO of its emulation task's office, which
 * khgen's facts do not name. */
static const InitWork *put_work(Buf *out, const InitLevel *level, long year, const char *kind,
                                const char *goals, int known)
{
    int two = localgov_two_level(year);
    const char *todo;
    const InitWork *work = init_work(work_of(level, two, kind), &todo);
    const char *keys[INIT_WORK_SLOTS + 3], *values[INIT_WORK_SLOTS + 3];
    for (size_t i = 0; i < INIT_WORK_SLOTS; i++) {
        keys[i] = init_work_keys[i];
        values[i] = work->slot[i];
        if (goals && strcmp(keys[i], "GOALS") == 0)
            values[i] = goals; /* the registry's places, counted */
    }
    keys[INIT_WORK_SLOTS] = "WORK_TODO";
    values[INIT_WORK_SLOTS] = todo;
    keys[INIT_WORK_SLOTS + 1] = "EMULATION_TODO";
    values[INIT_WORK_SLOTS + 1] =
        two && level->renames_2026 && *level->renames_2026 ? "      # TODO: @#27@\n" : "";
    keys[INIT_WORK_SLOTS + 2] = "RECIPIENTS_TODO";
    values[INIT_WORK_SLOTS + 2] = recipients_todo(level, two, kind, known);
    fill(out, skeleton, keys, values, INIT_WORK_SLOTS + 3);
    return work;
}

/* The work a plan of level (as of year) by a place of kind plans for
 * (init_work.c), as put_work fills it. */
static const InitWork *work_for(const InitLevel *level, long year, const char *kind)
{
    const char *todo;
    return init_work(work_of(level, localgov_two_level(year), kind), &todo);
}

/* The TODO after the places' comment (a line, or ""): a đặc khu's, whose
 * places khgen's facts do not name (commune_2026: a commune's plan of
 * the two-level government; before it, a đặc khu's of 2025). */
static const char *places_todo(const InitLevel *level, const char *kind, int commune_2026)
{
    const LocalKind *k = localgov_kind(kind);
    return k && !k->places && (commune_2026 || work_of(level, 0, kind) != LOCALGOV_RURAL)
               ? "  # TODO: @#26@\n"
               : "";
}

/* Reads init's arguments into args (--level, --year, -o, --include, the
 * name: NULL each when not given) and *force; returns -1 to go on, else
 * the exit status (help printed, or a usage error said). */
static int init_args(int argc, char **argv, const char *args[5], int *force)
{
    int operands = 0;  /* after "--" only the name, as build's files */
    unsigned seen = 0; /* each option given once (option_once) */
    for (int i = 1; i < argc; i++) {
        const char *a = operands ? "" : argv[i]; /* "": no option matches */
        if (strcmp(a, "--") == 0) {
            operands = 1;
            continue;
        }
        int opt = strcmp(a, "--level") == 0                           ? 0
                  : strcmp(a, "--year") == 0                          ? 1
                  : strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0 ? 2
                  : strcmp(a, "--include") == 0                       ? 3
                                                                      : -1;
        if (opt >= 0 && i + 1 < argc) { /* an option with its value */
            if (option_once(&seen, 1u << opt) != 0) {
                term_fprintf(stderr, _("khgen: %s: option '%s' is given twice: give it once\n"),
                             "init", a);
                return EXIT_USAGE;
            }
            args[opt] = argv[++i];
        } else if (strcmp(a, "--force") == 0) {
            *force = 1;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            help_put_usage(stdout, "init");
            return EXIT_OK;
        } else if (a[0] == '-' && a[1] && !args[4]) {
            return cli_unknown_option("init", a);
        } else if (a[0] == '-' || args[4]) {
            term_fprintf(stderr, _("khgen: init: unexpected argument '%s'\n"), argv[i]);
            help_put_usage(stderr, "init"); /* its line breaks are not an argument's */
            return EXIT_USAGE;
        } else {
            args[4] = argv[i];
        }
    }
    return -1;
}

/* 1 when the skeleton's issuer_short, "UBND <kind> <rest>", is a name of
 * at most YREAD_MAX_NAME_CHARS; else 0 after a usage message: a longer
 * NAME wrote, exit 0, a plan whose own check refused it (KH115,
 * s47attack). */
static int issuer_short_fits(const char *kind, const char *rest)
{
    size_t chars = 6 + utf8_count(kind, strlen(kind)) + utf8_count(rest, strlen(rest));
    if (chars <= YREAD_MAX_NAME_CHARS)
        return 1;
    term_fprintf(stderr, _("khgen: init: the name is too long: the plan's issuer_short "
                           "'UBND %s ...' would be %zu characters, and a name may be %d "
                           "at most (KH115); give the place's name alone\n"),
                 kind, chars, YREAD_MAX_NAME_CHARS);
    return 0;
}

/* The province a commune's skeleton of the two-level government is under
 * (init_province.c; prov holds it as given after the name): from the
 * registry include_arg where not given; then the word the places take
 * there (level's below and below_id: "khu phố" of a ward of Thành phố Hồ
 * Chí Minh), the recipients' "UBND tỉnh" or "UBND thành phố" and their
 * places, the registry's where it lists the commune's own (level's
 * recipients filled into recipients), and the governing body's line
 * (superior). A commune's "UBND tỉnh" and "Tổ dân phố 1" of a ward of
 * Thành phố Hồ Chí Minh checked clean and printed so, a TODO the only
 * word (s53user; s55cycle). Returns 0, or the exit status of a registry
 * that cannot be read. */
static int province_slots(InitProvince *prov, InitLevel *level, const char *include_arg,
                          const char *out, const char *kind, const char *rest, long year,
                          Buf *recipients, Buf *superior)
{
    Buf own = {0}; /* the kinds of the commune's own places its registry lists */
    int status = include_arg ? init_province_registry(include_arg, out, kind, rest, year, prov,
                                                      &own)
                             : EXIT_OK;
    init_province_places(prov, kind);
    if (prov->places) {
        level->below = prov->places;
        level->below_id = prov->places_id;
    }
    /* "Các thôn, bản" quoted: a comma ends an item of the list (KH175) */
    Buf places = {0}, item = {0};
    buf_printf(&places, "Các %s", own.len ? buf_str(&own) : level->below);
    emit_quoted_if_flow(&item, buf_str(&places));
    static const char *const keys[] = {"SUPER", "RPLACES"};
    const char *values[] = {prov->central ? "thành phố" : "tỉnh", buf_str(&item)};
    fill(recipients, level->recipients, keys, values, 2);
    buf_free(&places);
    buf_free(&item);
    level->recipients = buf_str(recipients);
    if (prov->known)
        buf_printf(superior, "UBND %s ", buf_str(&prov->upper));
    else
        buf_puts(superior, "UBND TỈNH ...       ");
    buf_free(&own);
    return status;
}

int cmd_init(int argc, char **argv)
{
    const char *args[5] = {NULL, NULL, NULL, NULL, NULL};
    int force = 0, parsed = init_args(argc, argv, args, &force);
    if (parsed >= 0)
        return parsed;
    const char *level_arg = args[0], *year_arg = args[1], *out = args[2], *include_arg = args[3];
    const char *name = args[4];
    const InitLevel *level = level_arg ? find_level(level_arg) : NULL;
    if (level_arg && !level) {
        term_fprintf(stderr, _("khgen: init: unknown level '%s': use xa, huyen or tinh\n"), level_arg);
        return EXIT_USAGE;
    }
    size_t name_len = 0;
    name = name_operand(name, &name_len);
    if (!name)
        return EXIT_USAGE;
    name = name_after_committee(name, &name_len); /* "UBND xã Tân Phú": the place is the rest */
    if (!name) {
        help_put_usage(stderr, "init");
        return EXIT_USAGE;
    }
    long year;
    if (init_year(year_arg, &year) != 0)
        return EXIT_USAGE; /* said by cli_year */
    if (level && !init_level(level, NULL, NULL, year, name))
        return EXIT_USAGE; /* --level huyen from 2026, said before any note on the name */
    InitProvince prov = {0}; /* "Phường Sài Gòn, Thành phố Hồ Chí Minh": given after a comma */
    if (localgov_two_level(year))
        name_len = init_province_given(name, name_len, year, &prov);

    Buf nfc = {0}, upper = {0}, kind_up = {0}, slug = {0}, text = {0}, rest_up = {0}, place = {0};
    put_name(&nfc, name, name_len);
    vi_put_upper(&upper, nfc.data);
    const char *rest = NULL, *kind = NULL;
    if (place_refused(&nfc, &upper, name, name_len, &rest, &kind)) {
        init_province_free(&prov);
        buf_free(&nfc);
        buf_free(&upper);
        return EXIT_USAGE;
    }
    rest = written_name(&nfc, (size_t)(rest - nfc.data), name, name_len);
    level = init_level(level, kind, rest, year, nfc.data); /* by the year; none: said */
    if (!kind && level)
        kind = level->kind;
    vi_put_upper(&rest_up, rest);
    vi_put_upper(&kind_up, kind ? kind : "");
    Buf issuer = {0};
    int bad_place = level && rest != nfc.data && !names_a_place(rest, rest_up.data);
    if (!level || bad_place || !issuer_short_fits(kind, rest)) { /* "Xã ~", too long: said */
        if (bad_place)
            name_usage_error();
        init_province_free(&prov);
        buf_free(&nfc);
        buf_free(&upper);
        buf_free(&rest_up);
        buf_free(&kind_up);
        return EXIT_USAGE;
    }
    put_name_lines(kind, rest, nfc.data, kind_up.data, rest_up.data, &place, &issuer);
    char year_text[16];
    snprintf(year_text, sizeof year_text, "%ld", year);
    Buf units_2026 = {0}, recipients_2026 = {0};
    InitLevel of_year = level_of_year(level, year, kind, &units_2026, &recipients_2026);
    level = &of_year;
    if (!out) {
        default_file_name(&slug, nfc.data, year);
        out = slug.data;
    }
    int commune_2026 = localgov_two_level(year) && level->renames_2026 && *level->renames_2026;
    Buf recipients = {0}, superior = {0};
    int status = !commune_2026 ? EXIT_OK : province_slots(&prov, &of_year, include_arg, out, kind,
                                                          rest, year, &recipients, &superior);
    char *below_name = capitalised(level->below);
    Buf import = {0}, units = {0}, levels = {0}, localities = {0}, renames = {0}, programme = {0};
    const char *const below[6] = {level->below, level->below_id, below_name, year_text, rest, kind};
    char *allow = NULL; /* the --allow-read the plan's checks need, or NULL */
    Buf shaped = {0}; /* the skeleton with its work's slots filled */
    const InitWork *work = work_for(level, year, kind);
    Buf goals = {0}; /* the GOALS over the places the registry lists, or empty */
    if (status == EXIT_OK)
        status = registry_slots(include_arg, out, level, work,
                                places_todo(level, kind, commune_2026), below, &import, &units,
                                &levels, &localities, &renames, &allow, &goals);
    put_work(&shaped, level, year, kind, goals.len ? buf_str(&goals) : NULL, prov.known);
    buf_free(&goals);
    const char *keys[] = {"NAME",  "NAME_UP", "KIND",     "KIND_UP",    "PLACE",     "YEAR",
                          "LEVEL", "UNITS",   "BELOW",    "BELOW_ID",   "BELOW_NAME", "RECIPIENTS",
                          "ISSUER", "IMPORT", "LEVELS", "LOCALITIES", "PROGRAMME",
                          "SUPERIOR", "MORE_TASKS"};
    const char *values[] = {rest,         rest_up.data, kind,         kind_up.data,
                            place.data,   year_text,    level->arg,   buf_str(&units),
                            level->below, level->below_id, below_name, level->recipients,
                            issuer.data,  buf_str(&import), buf_str(&levels),
                            buf_str(&localities),
                            work->catalog ? programme_of(&programme, year, year_text) : "",
                            commune_2026 ? buf_str(&superior) : "UBND ...            ",
                            commune_2026 ? commune_centre_task : ""};
    fill(&text, buf_str(&shaped), keys, values, sizeof keys / sizeof keys[0]);
    buf_free(&shaped);
    if (commune_2026) /* the skeleton's task ids as the commune's offices name them */
        init_rename_units(&text, level->renames_2026);
    init_rename_units(&text, buf_str(&renames));
    buf_free(&renames);
    free(below_name);
    Buf named = {0}; /* "xã Bình Trung", as the plan names it: "Xã Bình Trung" as
                        typed read "của Xã Bình Trung", "Tân Thanh" had no kind (s42user L3) */
    buf_printf(&named, "%s %s", kind, rest);
    if (status == EXIT_OK)
        status = write_skeleton(out, force, &text, kind, named.data, year, allow);
    if (status == EXIT_OK && commune_2026 && !prov.known) /* a TODO alone was not enough */
        init_province_unknown(named.data, level->below, nfc.data);
    free(allow);
    init_province_free(&prov);
    Buf *const owned[] = {&named, &recipients, &superior, &import, &units_2026, &recipients_2026, &programme, &units,
                          &levels, &localities, &rest_up, &place, &issuer, &nfc, &upper, &kind_up,
                          &slug, &text};
    for (size_t i = 0; i < sizeof owned / sizeof owned[0]; i++)
        buf_free(owned[i]);
    return status;
}
