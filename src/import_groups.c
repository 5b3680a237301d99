/* import_groups.c - the groups of units a plan names by their kind.
 *
 * "các Phòng, Ban, ngành có liên quan", "các cơ quan, đơn vị liên quan",
 * "Các sở, ban, ngành": the plans' way of naming everyone concerned, one
 * name for import though commas run through it. Here are the words that
 * begin such a group and the kinds that go on it after a comma, which
 * import_tasks.c reads a task's units by. Moved out of import_tasks.c,
 * unchanged, when that file neared its size limit (session 44).
 */
#include <string.h>

#include "import_impl.h"

/* A group of units named by their kind ("các Phòng, Ban, ngành có liên
 * quan", "các cơ quan, đơn vị liên quan", "Các sở, ban, ngành"): the
 * plans' way of naming everyone concerned. */
static const char *const group_starts[] = {"các Phòng", "các phòng", "các Sở", "các sở",
                                           "các Ban", "các ban", "các cơ quan", "các ngành",
                                           "các đơn vị", "các đoàn thể", "các tổ chức",
                                           "Các Sở", "Các sở", "Các Ban", "Các ban", "Các ngành",
                                           "Các đơn vị", "Các đoàn thể", "Các phòng",
                                           "Các Phòng", "Các cơ quan", "các cán bộ",
                                           "các công chức", "các tổ dân phố", "các khu phố",
                                           "các thôn", "các bản", NULL};
/* the kinds that continue such a group after a comma ("..., Ban, ngành") */
static const char *const group_words[] = {"Ban", "ban", "ngành", "Ngành", "đơn vị", "đoàn thể",
                                          "địa phương", "cơ quan", "Sở", "sở", "phòng",
                                          "Phòng", "hội", "Hội", "công chức", NULL};

int group_start(const char *s)
{
    for (int k = 0; group_starts[k]; k++)
        if (starts_with(s, group_starts[k]))
            return 1;
    return 0;
}

int group_word(const char *s)
{
    for (int k = 0; group_words[k]; k++) {
        size_t l = strlen(group_words[k]);
        if (strncmp(s, group_words[k], l) == 0 && (s[l] == '\0' || s[l] == ' '))
            return 1;
    }
    return 0;
}
