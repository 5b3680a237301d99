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
/* libyaml's descriptions of syntax errors and their context (load.c
 * prints them translated when they are listed here) */
N_("did not find expected key")
N_("did not find expected '-' indicator")
N_("did not find expected <document start>")
N_("did not find expected node content")
N_("did not find expected ',' or ']'")
N_("did not find expected ',' or '}'")
N_("did not find expected alphabetic or numeric character")
N_("did not find expected comment or line break")
N_("mapping keys are not allowed in this context")
N_("mapping values are not allowed in this context")
N_("block sequence entries are not allowed in this context")
N_("found character that cannot start any token")
N_("found unexpected end of stream")
N_("found unknown escape character")
N_("found a tab character that violates indentation")
N_("found undefined tag handle")
N_("found unexpected document indicator")
N_("could not find expected ':'")
N_("while parsing a block mapping")
N_("while parsing a block collection")
N_("while parsing a flow sequence")
N_("while parsing a flow mapping")
N_("while parsing a flow node")
N_("while parsing a block node")
N_("while parsing a node")
N_("while scanning a simple key")
N_("while scanning a quoted scalar")
N_("while scanning a plain scalar")
N_("while scanning a block scalar")
N_("while scanning an anchor")
N_("while scanning an alias")
N_("while scanning a tag")
