/* attach_preset.c - a preset of --templates that is there but cannot be read.
 *
 * An attachment's `preset: X` is read from the user's templates/presets/X.yaml
 * first. When that name is a link to a device (/dev/zero), a pipe or a
 * directory, or a file without read permission, the template set falls back
 * to nothing and attach.c said "unknown preset 'X': no
 * templates/presets/X.yaml" of a name that is there (s14attack L4). This
 * file says what is wrong with it instead: not a regular file, and which
 * kind, or the system's reason. It runs only after a preset was not found.
 */
#include "attach_impl.h"

#include <errno.h>
#include <string.h>

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
