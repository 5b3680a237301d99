/* xlsx_patch.c - post-processing of the attachment workbook (render stage).
 *
 * libxlsxwriter 1.1 writes no "different first page" header and footer, so
 * the page number of the footer would print on each Biểu's first page too,
 * where the decree and the HTML print none. Once the workbook is closed,
 * this file adds differentFirst="1" to the <headerFooter> of each worksheet
 * part (xl/worksheets/sheetN.xml) of the archive's bytes in memory.
 *
 * It does so without compressing the sheets again: recompressing a sheet
 * of the national plan cost more than writing it. The tag sits near the
 * end of the part (after the cells and merges), so the part is inflated
 * once to find it and the boundaries of its deflate blocks (zlib's
 * Z_BLOCK), into a buffer that keeps only the part's end (what the tail
 * compressed again needs: the national plan's task sheet is 12 MB of XML,
 * which was held whole), the compressed bits before the last block boundary ahead of
 * the tag are kept as they are, and only the rest is deflated anew, primed
 * with the leftover bits of the kept part's last byte and with the 32 KiB
 * before the boundary as its dictionary (the technique of zlib's
 * examples/gzappend.c). The other entries are copied byte for byte; the
 * archive is laid out again (local headers, central directory) by this
 * file, which knows the plain shape libxlsxwriter writes: no ZIP64, no
 * data descriptors, no encryption. An archive of another shape is refused
 * with a reason rather than guessed at.
 */
#include "xlsx_patch.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

static const char OLD_TAG[] = "<headerFooter>";
static const char NEW_TAG[] = "<headerFooter differentFirst=\"1\">";

enum {
    LOCAL_SIG = 0x04034b50,
    CENTRAL_SIG = 0x02014b50,
    END_SIG = 0x06054b50,
    LOCAL_FIXED = 30,
    CENTRAL_FIXED = 46,
    END_FIXED = 22,
    WINDOW = 32768,
};

static uint32_t get16(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}

static uint32_t get32(const unsigned char *p)
{
    return get16(p) | get16(p + 2) << 16;
}

static void set32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16);
    p[3] = (unsigned char)(v >> 24);
}

static int is_sheet(const unsigned char *name, size_t len)
{
    return len > 23 && memcmp(name, "xl/worksheets/sheet", 19) == 0 &&
           memcmp(name + len - 4, ".xml", 4) == 0 && memchr(name + 19, '/', len - 19) == NULL;
}

/* The first occurrence of the tag in text[0..len), or NULL. */
static const unsigned char *find_tag(const unsigned char *text, size_t len)
{
    size_t n = sizeof OLD_TAG - 1;
    for (const unsigned char *p = text; len >= n;) {
        const unsigned char *lt = memchr(p, '<', len - n + 1);
        if (!lt)
            return NULL;
        if (memcmp(lt, OLD_TAG, n) == 0)
            return lt;
        len -= (size_t)(lt + 1 - p);
        p = lt + 1;
    }
    return NULL;
}

/* Deflates (raw) the pieces in order after the primed bits and the
 * dictionary, appending the compressed bytes to out. Returns 0 or -1. */
static int deflate_tail(Buf *out, int bits, int value, const unsigned char *dict,
                        size_t dict_len, const unsigned char *const *pieces, const size_t *lens,
                        int n_pieces)
{
    /* window and hash sized to what there is to compress: zlib clears
     * its hash table and allocates its window at every start, which for
     * the small sheets of a workbook of thousands cost more than the
     * compressing (3,000 sheets: 0.4 of 0.96 billion instructions) */
    size_t total = dict_len;
    for (int i = 0; i < n_pieces; i++)
        total += lens[i];
    int window_bits = 9;
    while (window_bits < 15 && ((size_t)1 << window_bits) < total)
        window_bits++;
    int mem_level = window_bits - 7; /* 2 .. 8: a hash of 2^(mem_level + 7) entries */
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -window_bits, mem_level,
                     Z_DEFAULT_STRATEGY) != Z_OK)
        return -1;
    int ok = (bits == 0 || deflatePrime(&z, bits, value) == Z_OK) &&
             (dict_len == 0 || deflateSetDictionary(&z, dict, (uInt)dict_len) == Z_OK);
    for (int i = 0; ok && i < n_pieces; i++) {
        z.next_in = (unsigned char *)pieces[i];
        z.avail_in = (uInt)lens[i];
        int flush = i == n_pieces - 1 ? Z_FINISH : Z_NO_FLUSH;
        int ret;
        do {
            buf_grow(out, 65536);
            z.next_out = (unsigned char *)out->data + out->len;
            z.avail_out = (uInt)(out->cap - out->len - 1);
            ret = deflate(&z, flush);
            out->len = (size_t)((char *)z.next_out - out->data);
        } while (ret == Z_OK && (z.avail_out == 0 || flush == Z_FINISH));
        ok = flush == Z_FINISH ? ret == Z_STREAM_END : ret == Z_OK || ret == Z_BUF_ERROR;
    }
    deflateEnd(&z);
    out->data[out->len] = '\0';
    return ok ? 0 : -1;
}

/* A deflate block boundary: compressed bytes before it, unused bits of
 * the last of them, plain bytes before it. The start of the stream is
 * one. */
typedef struct Bound {
    size_t in, unused, out;
} Bound;

/* The plain text of a sheet part as far as it is kept: text[0..len) is
 * the part's bytes from plain offset base on (base 0 and len the whole
 * part when it was inflated whole), and bounds its block boundaries. */
typedef struct Inflated {
    unsigned char *text;
    size_t base, len, cap;
    Bound *bounds;
    size_t n_bounds, cap_bounds;
} Inflated;

/* The tag is looked for in the last TAIL bytes of a part: libxlsxwriter
 * writes <headerFooter> after the cells, merges and page setup, and as
 * it escapes every '<' of a value, the element is the tag's first
 * occurrence. A part whose tag is not there is inflated whole. */
enum { TAIL = 65536, CHUNK = 262144 };

static void inflated_free(Inflated *f)
{
    free(f->text);
    free(f->bounds);
    memset(f, 0, sizeof *f);
}

static int add_bound(Inflated *f, size_t in, size_t unused, size_t out)
{
    if (f->n_bounds == f->cap_bounds) {
        size_t cap = f->cap_bounds ? f->cap_bounds * 2 : 64;
        Bound *more = realloc(f->bounds, cap * sizeof *more);
        if (!more)
            return -1;
        f->bounds = more;
        f->cap_bounds = cap;
    }
    f->bounds[f->n_bounds++] = (Bound){in, unused, out};
    return 0;
}

/* Makes room for more text in f: keeps, when keep_all is 0, only the
 * bytes that a tag in the last TAIL bytes can need (from WINDOW before
 * the last boundary at least TAIL before the end, the dictionary of the
 * tail compressed again), else grows the buffer. Returns 0 or -1. */
static int make_room(Inflated *f, int keep_all)
{
    size_t end = f->base + f->len, keep = f->base;
    if (!keep_all && end > TAIL) {
        size_t b = f->n_bounds - 1;
        while (b > 0 && f->bounds[b].out > end - TAIL)
            b--;
        size_t from = f->bounds[b].out;
        keep = from > WINDOW ? from - WINDOW : 0;
        if (keep < f->base)
            keep = f->base;
    }
    if (f->cap > 0 && keep - f->base >= f->cap / 4) { /* a quarter freed at least */
        memmove(f->text, f->text + (keep - f->base), end - keep);
        f->len = end - keep;
        f->base = keep;
        return 0;
    }
    size_t cap = f->cap ? f->cap * 2 : CHUNK;
    unsigned char *more = realloc(f->text, cap);
    if (!more)
        return -1;
    f->text = more;
    f->cap = cap;
    return 0;
}

/* Inflates the raw deflate data comp[0..comp_len) of plain_len bytes into
 * f, noting its block boundaries; with keep_all 0 only the end is kept
 * (make_room). Returns 0, or -1 on a damaged stream or no memory. */
static int inflate_part(const unsigned char *comp, size_t comp_len, size_t plain_len,
                        int keep_all, Inflated *f)
{
    memset(f, 0, sizeof *f);
    /* a small part gets a buffer of its size, not a CHUNK (make_room) */
    if (plain_len < CHUNK) {
        f->cap = plain_len + 1;
        f->text = malloc(f->cap);
        if (!f->text)
            return -1;
    }
    z_stream z;
    memset(&z, 0, sizeof z);
    if (add_bound(f, 0, 0, 0) != 0 || inflateInit2(&z, -15) != Z_OK) {
        inflated_free(f);
        return -1;
    }
    z.next_in = (unsigned char *)comp;
    z.avail_in = (uInt)comp_len;
    int ret = Z_OK;
    while (ret == Z_OK) {
        if (f->len == f->cap && make_room(f, keep_all) != 0)
            break;
        z.next_out = f->text + f->len;
        z.avail_out = (uInt)(f->cap - f->len);
        ret = inflate(&z, Z_BLOCK);
        f->len = (size_t)(z.next_out - f->text);
        if (ret == Z_BUF_ERROR && z.avail_out == 0)
            ret = Z_OK; /* the buffer was full: make room and go on */
        if (ret == Z_OK && (z.data_type & 128) && !(z.data_type & 64) &&
            add_bound(f, z.total_in, (size_t)(z.data_type & 7), z.total_out) != 0)
            break;
    }
    inflateEnd(&z);
    if (ret != Z_STREAM_END || z.total_out != plain_len) {
        inflated_free(f);
        return -1;
    }
    return 0;
}

/* The compressed data of one sheet part, comp[0..comp_len) holding
 * plain_len bytes whose CRC is old_crc, with the tag patched, appended to out; *crc and
 * *plain_out get the new part's CRC and size. Returns 1 when patched, 0
 * when the part has no tag (nothing appended), -1 on a damaged stream. */
static int patch_sheet(const unsigned char *comp, size_t comp_len, size_t plain_len,
                       uint32_t old_crc, Buf *out, uint32_t *crc, size_t *plain_out)
{
    Inflated f;
    if (inflate_part(comp, comp_len, plain_len, 0, &f) != 0)
        return -1;
    /* the tag in the tail kept, else the whole part inflated again */
    size_t from_tail = plain_len > TAIL ? plain_len - TAIL : 0;
    const unsigned char *tag = NULL;
    if (from_tail >= f.base)
        tag = find_tag(f.text + (from_tail - f.base), plain_len - from_tail);
    if (!tag && f.base > 0) {
        inflated_free(&f);
        if (inflate_part(comp, comp_len, plain_len, 1, &f) != 0)
            return -1;
        tag = find_tag(f.text, plain_len);
    }
    if (!tag) {
        inflated_free(&f);
        return 0;
    }
    /* plain + k is the part's byte k, for k from f.base on */
    const unsigned char *plain = f.text - f.base;
    size_t at = (size_t)(tag - plain), b = f.n_bounds - 1;
    while (f.bounds[b].out > at)
        b--;
    size_t in = f.bounds[b].in, unused = f.bounds[b].unused, from = f.bounds[b].out;
    int rc = 1;
    /* the kept bytes, less a last byte only partly used */
    size_t whole = unused && in > 0 ? in - 1 : in;
    buf_putn(out, (const char *)comp, whole);
    int bits = unused && in > 0 ? 8 - (int)unused : 0;
    int value = bits ? comp[in - 1] & ((1 << bits) - 1) : 0;
    size_t dict = from < WINDOW ? from : WINDOW;
    size_t old_len = sizeof OLD_TAG - 1, new_len = sizeof NEW_TAG - 1;
    const unsigned char *pieces[3] = {plain + from, (const unsigned char *)NEW_TAG,
                                      tag + old_len};
    size_t lens[3] = {at - from, new_len, plain_len - at - old_len};
    if (deflate_tail(out, bits, value, plain + from - dict, dict, pieces, lens, 3) != 0) {
        rc = -1;
    } else {
        /* the CRC from the part's own and the tail's alone: CRC-32 is
         * linear, crc(AB) = shift_|B|(crc(A)) ^ crc(B) (crc32_combine),
         * so shift_|B|(crc(A)) is the old CRC ^ the old tail's, and
         * shifting it by the bytes the tag grew and adding the new
         * tail's gives the new CRC without reading the part again */
        size_t rest = plain_len - at - old_len;
        uLong tail_old = crc32_z(crc32_z(crc32(0L, Z_NULL, 0), (const unsigned char *)OLD_TAG,
                                         old_len), tag + old_len, rest);
        uLong tail_new = crc32_z(crc32_z(crc32(0L, Z_NULL, 0), (const unsigned char *)NEW_TAG,
                                         new_len), tag + old_len, rest);
        *crc = (uint32_t)crc32_combine((uLong)old_crc ^ tail_old, tail_new,
                                       (z_off_t)(new_len - old_len));
        *plain_out = plain_len - old_len + new_len;
    }
    inflated_free(&f);
    return rc;
}

/* Copies the entry whose central header is at cen into out (local header,
 * data), patched when it is a sheet part; appends its central header to
 * dir; offsets count from base, where the archive starts in out.
 * Returns 0, or -1 with a reason in err. */
static int copy_entry(const unsigned char *zip, size_t len, const unsigned char *cen, Buf *out,
                      size_t base, Buf *dir, Buf *err)
{
    uint32_t flags = get16(cen + 8), method = get16(cen + 10);
    uint32_t comp_len = get32(cen + 20), plain_len = get32(cen + 24);
    size_t name_len = get16(cen + 28), cen_len = CENTRAL_FIXED + name_len + get16(cen + 30) +
                                                 get16(cen + 32);
    size_t local = get32(cen + 42);
    if ((flags & 0x9) || comp_len == 0xFFFFFFFFu || plain_len == 0xFFFFFFFFu ||
        local == 0xFFFFFFFFu || local > len - LOCAL_FIXED || get32(zip + local) != LOCAL_SIG) {
        buf_puts(err, "the workbook's archive has a form this patch does not know");
        return -1;
    }
    size_t head = LOCAL_FIXED + get16(zip + local + 26) + get16(zip + local + 28);
    if (head > len - local || comp_len > len - local - head) {
        buf_puts(err, "the workbook's archive is cut short");
        return -1;
    }
    const unsigned char *data = zip + local + head;
    size_t new_local = out->len;
    buf_putn(out, (const char *)zip + local, head);
    int patched = 0;
    uint32_t crc = 0;
    size_t new_plain = 0;
    if (method == 8 && is_sheet(cen + CENTRAL_FIXED, name_len)) {
        patched = patch_sheet(data, comp_len, plain_len, get32(cen + 16), out, &crc, &new_plain);
        if (patched < 0) {
            buf_puts(err, "a worksheet of the workbook does not inflate");
            return -1;
        }
    }
    size_t new_comp = patched ? out->len - new_local - head : comp_len;
    if (!patched)
        buf_putn(out, (const char *)data, comp_len);
    size_t at = dir->len;
    buf_putn(dir, (const char *)cen, cen_len);
    unsigned char *d = (unsigned char *)dir->data + at;
    if (patched) {
        unsigned char *l = (unsigned char *)out->data + new_local;
        set32(l + 14, crc);
        set32(l + 18, (uint32_t)new_comp);
        set32(l + 22, (uint32_t)new_plain);
        set32(d + 16, crc);
        set32(d + 20, (uint32_t)new_comp);
        set32(d + 24, (uint32_t)new_plain);
    }
    set32(d + 42, (uint32_t)(new_local - base));
    return 0;
}

int xlsx_first_page_unnumbered(const char *zip_bytes, size_t len, Buf *out, Buf *err)
{
    const unsigned char *zip = (const unsigned char *)zip_bytes;
    /* the end record: the last signature within its reach (no comment) */
    size_t end = len >= END_FIXED ? len - END_FIXED + 1 : 0;
    while (end > 0 && get32(zip + end - 1) != END_SIG)
        end--;
    if (end == 0 || len - (end - 1) < END_FIXED || len - (end - 1) > END_FIXED + 65535) {
        buf_puts(err, "the workbook is not a zip archive");
        return -1;
    }
    const unsigned char *eocd = zip + end - 1;
    size_t n = get16(eocd + 10), cd_len = get32(eocd + 12), cd_at = get32(eocd + 16);
    if (get16(eocd + 4) != 0 || get16(eocd + 6) != 0 || n != get16(eocd + 8) ||
        cd_at > (size_t)(eocd - zip) || cd_len > (size_t)(eocd - zip) - cd_at) {
        buf_puts(err, "the workbook's archive has a form this patch does not know");
        return -1;
    }
    Buf dir = {0};
    size_t start = out->len;
    buf_grow(out, len + 4096);
    const unsigned char *cen = zip + cd_at, *cd_end = zip + cd_at + cd_len;
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        if ((size_t)(cd_end - cen) < CENTRAL_FIXED || get32(cen) != CENTRAL_SIG ||
            (size_t)(cd_end - cen) < CENTRAL_FIXED + get16(cen + 28) + get16(cen + 30) +
                                         get16(cen + 32)) {
            buf_puts(err, "the workbook's archive has a damaged directory");
            rc = -1;
            break;
        }
        rc = copy_entry(zip, len, cen, out, start, &dir, err);
        cen += CENTRAL_FIXED + get16(cen + 28) + get16(cen + 30) + get16(cen + 32);
    }
    if (rc == 0) {
        size_t new_cd_at = out->len - start;
        buf_putn(out, (const char *)dir.data, dir.len);
        size_t at = out->len;
        buf_putn(out, (const char *)eocd, len - (size_t)(eocd - zip));
        unsigned char *e = (unsigned char *)out->data + at;
        set32(e + 12, (uint32_t)dir.len);
        set32(e + 16, (uint32_t)new_cd_at);
    } else {
        out->len = start;
        if (out->data)
            out->data[start] = '\0';
    }
    buf_free(&dir);
    return rc;
}
