/* attach_preset.c - a preset's messages that belong at the plan's lines.
 *
 * An attachment's `preset: X` is read from the user's templates/presets/X.yaml
 * first. When that name is a link to a device (/dev/zero), a pipe or a
 * directory, or a file without read permission, the template set falls back
 * to nothing and attach.c said "unknown preset 'X': no
 * templates/presets/X.yaml" of a name that is there (s14attack L4). This
 * file says what is wrong with it instead: not a regular file, and which
 * kind, or the system's reason. It runs only after a preset was not found.
 *
 * A preset's columns and `where` name the fields of its own rows; a plan
 * that changes the rows (`rows: {from: tasks}` under locality-targets)
 * leaves them naming fields its rows lack. That is the plan's line's
 * mistake, told there once (att_no_field), not at each of the preset's
 * lines, a file beside no plan (s35attack M9).
 */
#include "attach_impl.h"

#include <errno.h>
#include <string.h>

#include "query.h"

#include "diag.h"
#include "i18n.h"
#include "template.h"
#include "yread.h"

int att_preset_unreadable(DiagSink *diags, const YNode *name_node, TemplateSet *templates,
                          const char *file)
{
    const char *origin = NULL;
    int err = tpl_set_read_errno(templates, file, &origin);
    if (!err)
        return 0;
    if (err == ENODEV || err == EISDIR)
        diag_error(diags, name_node->pos, yread_span(name_node), KH603,
                   "preset '%s': '%s' is not a regular file (%s): a preset is read only from an "
                   "ordinary file; name the file itself",
                   name_node->text, origin, err == EISDIR ? _("a directory") : _("a device or a pipe"));
    else
        diag_error(diags, name_node->pos, yread_span(name_node), KH603,
                   "preset '%s': cannot read '%s': %s: check the file", name_node->text, origin,
                   tpl_strerror(err));
    return 1;
}

SrcPos att_own_rows_pos(const AttachSpec *spec)
{
    const YNode *v = ynode_get(spec->node, "rows");
    if (!v)
        v = ynode_get(spec->node, "preset");
    return v ? v->pos : spec->node->pos;
}

/* 1 if node was read from the preset's file, not the plan's. */
static int in_preset(const AttachSpec *spec, const YNode *node)
{
    const YNode *preset = spec ? spec->preset_root : NULL;
    return preset && node->pos.file && preset->pos.file &&
           strcmp(node->pos.file, preset->pos.file) == 0;
}

void att_no_field(Resolver *r, AttachSpec *spec, const YNode *node, Source source,
                  const char *name, const char *hint)
{
    static const char *const source_words[] = {"localities", "tasks", "criteria", "indicators"};
    const char *words = source_words[source];
    if (!in_preset(spec, node)) {
        if (hint)
            NODE_ERROR(r, node, KH614, "rows from %s have no field '%s' (did you mean '%s'?)",
                       words, name, hint);
        else
            NODE_ERROR(r, node, KH614, "rows from %s have no field '%s'%s: check the field's "
                       "name", words, name,
                       source == SRC_LOCALITIES ? _(" (nor does any locality's 'data')") : "");
        return;
    }
    r->errors++;
    if (spec->preset_fields_told++)
        return; /* one root cause, one message */
    const YNode *preset = ynode_get(spec->node, "preset");
    diag_error(r->diags, att_own_rows_pos(spec), 1, KH614,
               "rows from %s have no field '%s' that preset '%s' shows: its columns (and "
               "'where', 'group_by') are written for its own rows; write the attachment's own "
               "'columns' for rows from %s, or leave out 'rows' to take the preset's",
               words, name, preset && preset->kind == YNODE_SCALAR ? preset->text : "?", words);
    diag_note(r->diags, node->pos, "the preset names '%s' here", name);
}
