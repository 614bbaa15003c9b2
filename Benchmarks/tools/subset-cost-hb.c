// What HarfBuzz's subsetter (libharfbuzz-subset, the well-kept library for the
// job) costs for one font subset: the figure that says whether a PDF writer of
// tradebrief's own could subset fonts more cheaply than Cairo (issue 20,
// RESULTS.md section 000000000000). Counts, not times:
//
//   cc -O2 Benchmarks/tools/subset-cost-hb.c $(pkg-config --cflags --libs harfbuzz-subset) -o /tmp/subset-cost-hb
//   for n in 1 11; do valgrind --tool=callgrind --callgrind-out-file=/dev/null /tmp/subset-cost-hb /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf 0 80 $n; done
//   (one subset = (count of 11 − count of 1) / 10; Noto Sans CJK KR is face 1 of
//   /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc)
//
// Arguments: font file, face index, glyphs per subset, subsets to make.
#include <hb.h>
#include <hb-subset.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    if (argc != 5) {
        fprintf(stderr, "usage: %s FONT FACE-INDEX GLYPHS SUBSETS\n", argv[0]);
        return 2;
    }
    hb_blob_t *blob = hb_blob_create_from_file(argv[1]);
    hb_face_t *face = hb_face_create(blob, (unsigned) atoi(argv[2]));
    int glyphs = atoi(argv[3]), subsets = atoi(argv[4]);
    // What a PDF needs of a font: outlines and metrics; no layout, naming or hinting tables.
    static const char *dropped[] = {"GSUB", "GPOS", "GDEF", "kern", "name", "post", "cmap", "OS/2", "gasp", "hdmx",
                                    "VDMX", "LTSH", "vhea", "vmtx", "BASE", "JSTF", "MATH", "DSIG", "fpgm", "prep",
                                    "cvt ", "meta", "FFTM"};
    size_t bytes = 0;
    for (int round = 0; round < subsets; round++) {
        hb_subset_input_t *input = hb_subset_input_create_or_fail();
        if (!input) return 1;
        hb_set_t *set = hb_subset_input_glyph_set(input);
        for (int i = 0; i < glyphs; i++) hb_set_add(set, (hb_codepoint_t) (3 + i * 7 + round % 3));
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS | HB_SUBSET_FLAGS_NO_HINTING);
        hb_set_t *drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
        for (size_t t = 0; t < sizeof dropped / sizeof *dropped; t++) hb_set_add(drop, hb_tag_from_string(dropped[t], 4));
        hb_face_t *subset = hb_subset_or_fail(face, input);
        if (!subset) return 1;
        hb_blob_t *out = hb_face_reference_blob(subset);
        bytes += hb_blob_get_length(out);
        hb_blob_destroy(out);
        hb_face_destroy(subset);
        hb_subset_input_destroy(input);
    }
    printf("%zu bytes a subset\n", bytes / (size_t) (subsets > 0 ? subsets : 1));
    hb_face_destroy(face);
    hb_blob_destroy(blob);
    return 0;
}
