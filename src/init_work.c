/* init_work.c - the work a skeleton of `khgen init` plans for, by the kind
 * of place (localgov.c's table says which kind does which work).
 *
 * A xã, a district and a province plan for the national programme on new
 * rural areas (nông thôn mới): the skeleton's title, opening, purpose,
 * targets, tasks and closing name it, its localities aim at the levels
 * "nông thôn mới" and "nông thôn mới nâng cao", and it imports the
 * criteria catalog. A phường has no thôn and no such programme: its
 * skeleton plans the urban work (đô thị văn minh) over its tổ dân phố,
 * with no catalog, no levels and no criteria, and a TODO asks the official
 * to name the task or programme and its basis, which khgen's facts do not
 * give. What a đặc khu plans for those facts do not say either: it keeps
 * the rural text with a TODO that says so (never a programme invented).
 * Each text is the skeleton's lines as written, its @KEY@ slots filled by
 * init.c with the rest of the skeleton's. Over a province's shared
 * registry that lists its communes already, the targets are the
 * registry's, counted: the skeleton's "Xã 1" and "Xã 2"
 * stood beside its 124 communes, or, of the registry's ids, named two of
 * them as aiming at standards the registry did not give them (s52user);
 * so too over a commune's own places a registry lists, its thôn, "Thôn 1"
 * and "Thôn 2" beside them (s53user). The count's filter and the places'
 * noun are init.c's: "kind=xã " and "xã" over a province's communes,
 * "parent=ID " (or none) and "thôn, bản" over a commune's places.
 */
#include "init_work.h"

#include <stddef.h>

const char *const init_work_keys[INIT_WORK_SLOTS] = {
    "WORK_TITLE", "OPENING", "PURPOSE", "GOALS", "TASKS", "EMULATION", "CLOSING",
};

/* The national programme on new rural areas: the skeleton as it was. */
static const InitWork rural = {
    {"Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm {year}",
     "  UBND @KIND@ xây dựng Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây\n"
     "  dựng nông thôn mới năm {year}, như sau:\n",
     "              Triển khai đồng bộ, hiệu quả Chương trình mục tiêu quốc gia xây dựng\n"
     "              nông thôn mới năm {year} trên địa bàn @KIND@.\n",
     "          - bullet: >-\n"
     "              Duy trì, nâng cao chất lượng các tiêu chí đã đạt; phấn đấu hoàn thành\n"
     "              các chỉ tiêu năm {year}.\n"
     "      - clause: Mục tiêu cụ thể\n"
     "        items:\n"
     "          # TODO: @#15@\n"
     "          - bullet: Phấn đấu {loc-kind @BELOW_ID@-1} đạt chuẩn nông thôn mới.\n"
     "          - bullet: Phấn đấu {loc-kind @BELOW_ID@-2} đạt chuẩn nông thôn mới nâng cao.\n",
     "      - task: Công tác tuyên truyền, vận động\n"
     "        text: >-\n"
     "          Đẩy mạnh tuyên truyền, vận động Nhân dân tham gia xây dựng nông thôn\n"
     "          mới.\n"
     "        lead: mttq\n"
     "        support: [vp]\n"
     "        due: ongoing\n"
     "        show: [lead, due]\n"
     "      - task: Huy động và sử dụng nguồn lực\n"
     "        text: Tham mưu phân bổ, lồng ghép các nguồn vốn thực hiện Chương trình.\n"
     "        lead: tckh\n"
     "        due: @YEAR@-Q2\n"
     "        show: [lead, due]\n"
     "      - task: Phát triển sản xuất, nâng cao thu nhập\n"
     "        text: Hướng dẫn phát triển sản xuất gắn với tiêu thụ sản phẩm.\n"
     "        lead: nn\n"
     "        criteria: [13]\n"
     "        due: ongoing\n"
     "        show: [lead, due]\n",
     "          {unit nv} tham mưu công tác thi đua, khen thưởng trong xây dựng nông\n"
     "          thôn mới.\n",
     "  Trên đây là Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông\n"
     "  thôn mới năm {year} của UBND @KIND@ @NAME@.\n"},
    1,
    "  - {id: ntm, name: nông thôn mới}\n  - {id: ntm-nc, name: nông thôn mới nâng cao}\n",
    "  - {id: @BELOW_ID@-1, name: \"@BELOW_NAME@ 1\", kind: @BELOW@, target: ntm, target_year: "
    "@YEAR@}\n"
    "  - {id: @BELOW_ID@-2, name: \"@BELOW_NAME@ 2\", kind: @BELOW@, status: ntm, target: ntm-nc, "
    "target_year: @YEAR@}\n",
    "          - bullet: >-\n"
    "              Duy trì, nâng cao chất lượng các tiêu chí đã đạt; phấn đấu hoàn thành\n"
    "              các chỉ tiêu năm {year}.\n"
    "      - clause: Mục tiêu cụ thể\n"
    "        items:\n"
    "          # TODO: @#32@\n"
    "          - bullet: >-\n"
    "              Phấn đấu có thêm\n"
    "@LISTED_AIMS@.\n",
    {"ntm", "ntm-nc"},
    {"              {count localities @LISTED_FILTER@target=ntm target_year=year}\n"
     "              @LISTED_NOUN@ đạt chuẩn nông thôn mới",
     "              {count localities @LISTED_FILTER@target=ntm-nc target_year=year}\n"
     "              @LISTED_NOUN@ đạt chuẩn nông thôn mới nâng cao"},
    "          - bullet: >-\n"
    "              Duy trì, nâng cao chất lượng các tiêu chí đã đạt; phấn đấu hoàn thành\n"
    "              các chỉ tiêu năm {year}.\n"
    "      - clause: Mục tiêu cụ thể\n"
    "        items:\n"
    "          # TODO: @#34@\n"
    "          - bullet: Phấn đấu các @LISTED_NOUN@ hoàn thành các chỉ tiêu năm {year}.\n",
};

/* A phường's: the urban work, no criteria of new rural areas. */
static const InitWork urban = {
    {"Thực hiện nhiệm vụ xây dựng đô thị văn minh năm {year}",
     "  UBND @KIND@ xây dựng Kế hoạch thực hiện nhiệm vụ xây dựng đô thị văn minh\n"
     "  năm {year}, như sau:\n",
     "              Triển khai đồng bộ, hiệu quả nhiệm vụ xây dựng đô thị văn minh năm\n"
     "              {year} trên địa bàn @KIND@.\n",
     "          - bullet: >-\n"
     "              Duy trì, nâng cao chất lượng các kết quả đã đạt; phấn đấu hoàn thành\n"
     "              các chỉ tiêu năm {year}.\n"
     "      - clause: Mục tiêu cụ thể\n"
     "        items:\n"
     "          # TODO: @#24@\n"
     "          - bullet: >-\n"
     "              Phấn đấu {loc-kind @BELOW_ID@-1} và {loc-kind @BELOW_ID@-2} hoàn thành\n"
     "              các chỉ tiêu năm {year}.\n",
     "      - task: Công tác tuyên truyền, vận động\n"
     "        text: >-\n"
     "          Đẩy mạnh tuyên truyền, vận động Nhân dân tham gia xây dựng đô thị văn\n"
     "          minh.\n"
     "        lead: mttq\n"
     "        support: [vp]\n"
     "        due: ongoing\n"
     "        show: [lead, due]\n"
     "      - task: Huy động và sử dụng nguồn lực\n"
     "        text: Tham mưu phân bổ, lồng ghép các nguồn vốn thực hiện Kế hoạch.\n"
     "        lead: tckh\n"
     "        due: @YEAR@-Q2\n"
     "        show: [lead, due]\n"
     "      - task: Chỉnh trang đô thị, bảo vệ môi trường\n"
     "        text: >-\n"
     "          Hướng dẫn quản lý trật tự xây dựng, trật tự đô thị và vệ sinh môi\n"
     "          trường trên địa bàn.\n"
     "        lead: nn\n"
     "        due: ongoing\n"
     "        show: [lead, due]\n",
     "          {unit nv} tham mưu công tác thi đua, khen thưởng trong xây dựng đô thị\n"
     "          văn minh.\n",
     "  Trên đây là Kế hoạch thực hiện nhiệm vụ xây dựng đô thị văn minh năm {year}\n"
     "  của UBND @KIND@ @NAME@.\n"},
    0,
    "",
    "  - {id: @BELOW_ID@-1, name: \"@BELOW_NAME@ 1\", kind: @BELOW@}\n"
    "  - {id: @BELOW_ID@-2, name: \"@BELOW_NAME@ 2\", kind: @BELOW@}\n",
    "          - bullet: >-\n"
    "              Duy trì, nâng cao chất lượng các kết quả đã đạt; phấn đấu hoàn thành\n"
    "              các chỉ tiêu năm {year}.\n"
    "      - clause: Mục tiêu cụ thể\n"
    "        items:\n"
    "          # TODO: @#24@\n"
    "          - bullet: Phấn đấu các @LISTED_NOUN@ hoàn thành các chỉ tiêu năm {year}.\n",
    {NULL, NULL},
    {NULL, NULL},
    NULL,
};

const InitWork *init_work(LocalWork work, const char **todo)
{
    /* a đặc khu's: the rural text, its TODO saying the facts are missing */
    *todo = work == LOCALGOV_URBAN ? "  # TODO: @#23@\n"
            : work == LOCALGOV_RURAL ? ""
                                     : "  # TODO: @#25@\n";
    return work == LOCALGOV_URBAN ? &urban : &rural;
}
