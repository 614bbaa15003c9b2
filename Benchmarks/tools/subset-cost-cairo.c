// What Cairo 1.16 costs for one PDF file whose page shows a line of text in
// one font (drawing, font subset, deflate, writing): the other side of
// subset-cost-hb.c (issue 20, RESULTS.md section 000000000000). Counts, not times:
//
//   cc -O2 Benchmarks/tools/subset-cost-cairo.c $(pkg-config --cflags --libs cairo) -o /tmp/subset-cost-cairo
//   for n in 1 11; do valgrind --tool=callgrind --callgrind-out-file=/dev/null /tmp/subset-cost-cairo 'DejaVu Sans' 1 $n; done
//   (one file = (count of 11 − count of 1) / 10; 'Noto Sans CJK KR' shows 62 distinct
//   Hangul syllables instead of 73 Latin characters; TEXT 0 draws only a line)
//
// Arguments: family, TEXT (1 or 0), files to write.
#include <cairo.h>
#include <cairo-pdf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static cairo_status_t count(void *closure, const unsigned char *data, unsigned int length) {
    (void) data;
    *(size_t *) closure += length;
    return CAIRO_STATUS_SUCCESS;
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: %s FAMILY TEXT FILES\n", argv[0]);
        return 2;
    }
    const char *family = argv[1];
    int text = atoi(argv[2]), files = atoi(argv[3]);
    const char *latin = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789$.,;:()-%&'";
    // 87 Hangul syllables (62 distinct), as UTF-8.
    const char *hangul = "가나다라마바사아자차카타파하조지아주한국투자배터리자동차부품전기조선태양광바이오의약품화장출처금액달러억만"
                         "서울부산대구인천광주대전울산세종경기강원충북충남전북전남경북경남제주";
    size_t bytes = 0;
    for (int file = 0; file < files; file++) {
        cairo_surface_t *surface = cairo_pdf_surface_create_for_stream(count, &bytes, 612, 792);
        cairo_t *cr = cairo_create(surface);
        cairo_select_font_face(cr, family, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
        cairo_set_font_size(cr, 10);
        if (text) {
            cairo_move_to(cr, 20, 40);
            cairo_show_text(cr, strstr(family, "CJK") ? hangul : latin);
        }
        cairo_move_to(cr, 20, 80);
        cairo_line_to(cr, 200, 80);
        cairo_stroke(cr);
        cairo_destroy(cr);
        cairo_surface_finish(surface);
        cairo_surface_destroy(surface);
    }
    printf("%zu bytes a file\n", bytes / (size_t) (files > 0 ? files : 1));
    return 0;
}
