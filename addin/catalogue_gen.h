/*
 * catalogue_gen.h - the frame of a program that writes one file derived
 * from the catalogue (idl/gen_idl.c, packaging/gen_xcu.c,
 * tests/gen_catalogue_json.c): `NAME OUTPUT` opens OUTPUT, calls the
 * program's write_output() and reports write errors in the exit status.
 * Include it once, in the generator's own .c file, after defining
 * write_output().
 */
#ifndef EPA_CATALOGUE_GEN_H
#define EPA_CATALOGUE_GEN_H

#include <stdio.h>

#include "catalogue.h"

static void write_output(FILE *out);

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s OUTPUT\n", argv[0]);
        return 2;
    }
    FILE *out = fopen(argv[1], "w");
    if (!out) {
        perror(argv[1]);
        return 1;
    }
    write_output(out);
    return ferror(out) | (fclose(out) != 0) ? 1 : 0;
}

#endif /* EPA_CATALOGUE_GEN_H */
