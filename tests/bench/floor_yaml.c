/* floor_yaml.c - the floor of `khgen check`: libyaml loading a file into
 * its document tree (yaml_parser_load), nothing else.
 *
 *     floor_yaml FILE
 *
 * Reads FILE, builds libyaml's document (every node with its marks), counts
 * the nodes, frees the document. Built and run by tests/bench/bench.py; its
 * time and peak memory are what loading the plan costs at the least, the
 * yardstick for khgen's check (which also parses, resolves and checks). Prints
 * the node count on stdout; exit status 1 if libyaml refuses the file.
 */
#include <stdio.h>
#include <yaml.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fputs("usage: floor_yaml FILE\n", stderr);
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    yaml_parser_t parser;
    yaml_document_t doc;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_file(&parser, f);
    if (!yaml_parser_load(&parser, &doc)) {
        fprintf(stderr, "%s: libyaml: %s\n", argv[1], parser.problem ? parser.problem : "error");
        return 1;
    }
    long nodes = (long)(doc.nodes.top - doc.nodes.start);
    printf("%ld nodes\n", nodes);
    yaml_document_delete(&doc);
    yaml_parser_delete(&parser);
    fclose(f);
    return 0;
}
