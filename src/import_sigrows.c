/* import_sigrows.c - the lines import reads in a signature table's rows
 * below the signer's name, and a recipient's line pasted outside the list.
 *
 * A signature table is read cell by cell: the recipients' cell, then the
 * signature's, then the cells of any row under them. A line below the
 * signer's name is none of the signature's: a row pasted into the table
 * (a recipient's line is read as the last recipient, any other line stays
 * under the name as written, each said in a '# review:' note and KH768),
 * moved out of import.c whole (its 1,200 lines). A recipient's line there
 * while the list above has not ended (its last line's ';') continues it:
 * khgen's own .docx prints a long list so (render_recipients_beside).
 */
#include <string.h>

#include "i18n.h"
#include "import_impl.h"

/* The recipient a line pasted outside the recipients reads as, a
 * recipient's line "- Đảng ủy xã;" without its dash and end mark, or
 * NULL: one reading for a row pasted below the signer's name (imp_sig_put)
 * and one pasted above the signature table's row (pasted_above). */
const char *imp_pasted_recipient(Ctx *c, const char *s)
{
    Label l = parse_label(s);
    if (l.kind != L_BULLET || !s[l.len])
        return NULL;
    char *r = trim_dup(c, s + l.len);
    size_t rl = strlen(r);
    while (rl && (r[rl - 1] == ';' || r[rl - 1] == '.' || r[rl - 1] == ','))
        r[--rl] = '\0';
    return rl ? written_text(c, r) : NULL;
}

/* Line s of the signature block (paragraph p): a line above the signature
 * space (above: 1), else one below it. Below the signer's name (*named,
 * set by a line in ordinary case that is no "(Đã ký)"), a line is none of
 * the block's: a row pasted into the signature table, its cells read
 * after the name. It printed under the name, no word (s41imp): a
 * recipient's line ("- Đảng ủy xã;") is read as the last recipient, any
 * other stays under the name as written, each said in *pasted for
 * imp_sig_pasted_said. */
void imp_sig_put(Ctx *c, const Para *p, const char *s, int above, int *named, Buf *pasted)
{
    IPlan *plan = c->plan;
    if (above) {
        plan->sig_lines = list_add(c, plan->sig_lines, &plan->n_sig_lines, written_text(c, s));
        return;
    }
    if (*named) {
        const char *r = imp_pasted_recipient(c, s);
        int recipient = r != NULL;
        if (recipient && c->recipients_open) {
            /* the list not ended (its last line's ';'): it goes on under
             * the signature, as khgen's own .docx prints a long list's
             * recipients past those beside the signature, a row each
             * (render_recipients_beside): read as the next recipient, no
             * row pasted */
            size_t n = strlen(s);
            while (n && s[n - 1] == ' ')
                n--;
            c->recipients_open = n && (s[n - 1] == ';' || s[n - 1] == ',');
            plan->recipients = list_add(c, plan->recipients, &plan->n_recipients, r);
            return;
        }
        if (!pasted->len) { /* at the first one's line, once */
            SrcPos pos = {c->path, p->line > 0 ? p->line : 0, p->line > 0};
            diag_warning(c->diags, pos, 0, KH768,
                         "'%s' stands below the signer's name, where a plan's signature has no "
                         "line (a row pasted below the signature block?): read as written, with a "
                         "'# review:' comment above the signature; move it where it belongs",
                         s);
        }
        buf_printf(pasted, "%s'%s'%s", pasted->len ? "; " : "", s,
                   recipient ? _(" (read as the last recipient)") : "");
        if (recipient) {
            plan->recipients = list_add(c, plan->recipients, &plan->n_recipients, r);
            return;
        }
    }
    *named |= !signature_line(s) && s[0] != '(' && !starts_with_ci(s, "Đã ký");
    plan->sig_names = list_add(c, plan->sig_names, &plan->n_sig_names, written_text(c, s));
}

/* The lines imp_sig_put found below the signer's name, as a comment over the
 * signature (pasted freed). */
void imp_sig_pasted_said(Ctx *c, Buf *pasted)
{
    if (!pasted->len)
        return;
    const char *said = arena_printf(c->arena, _("below the signer's name, where a plan's "
                                                "signature has no line (a row pasted below the "
                                                "signature block?): %s; move them where they "
                                                "belong [KH768]"),
                                    pasted->data);
    c->plan->sig_comment = c->plan->sig_comment
                               ? arena_printf(c->arena, "%s\n%s", c->plan->sig_comment, said)
                               : said;
    buf_free(pasted);
}
