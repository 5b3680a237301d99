/* po/extra.c - messages xgettext cannot find where they are used.
 *
 * Not compiled: po/extract.sh reads it for `make po`. The stages name the
 * entry a message is about with a phrase passed as %s ("unknown key 'x' in
 * the header"), from many call sites; the message functions translate the
 * phrase with _(). Each phrase is listed here once. A new phrase given to
 * check_keys(), require_text() or read_id() (parse.c, attach.c,
 * catalog.c) goes in this list; tests/i18n/run.sh finds the ones missing
 * (the Vietnamese corpus run reports "untranslated message").
 */
N_("the plan")
N_("the header")
N_("the layout")
N_("the period")
N_("the signature")
N_("a body entry")
N_("a task")
N_("a deadline")
N_("a legal basis")
N_("a level")
N_("a locality")
N_("a unit")
N_("an assignment")
N_("a catalog")
N_("a column")
N_("a criterion")
N_("a preset")
N_("an attachment")
N_("an indicator")
N_("the rows generator")
N_("the rows of a preset")
/* what the read policy (readpolicy.c) reads: "cannot read %s '%s'" */
N_("included file")
N_("catalog")
N_("preset")
