# tests/hardening/pdf_page.sh - the first page of a commune's plan as
# `pdftotext -layout` prints it, which the suites that build a PDF's text
# around a case of their own share (sourced: review34.sh, low35.sh; each
# had its copy): pdf_head prints its header (issuer, Quốc hiệu, number,
# place and date), its mark and title, and a body of one section;
# pdf_tail its closing and signer (TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH, the
# name) and an empty line. A case writes its lines between them, or after.
pdf_head() {
    cat <<'PAGE'
                 ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                   XÃ AN BÌNH                          Độc lập - Tự do - Hạnh phúc
              Số: 12/KH-UBND                      An Bình, ngày 5 tháng 3 năm 2025

                                      KẾ HOẠCH
                         Phòng chống thiên tai năm 2025

     UBND xã xây dựng Kế hoạch như sau:
     I. MỤC ĐÍCH
     Nâng cao năng lực phòng chống thiên tai cho cán bộ và Nhân dân.
PAGE
}
pdf_tail() {
    cat <<'PAGE'
     Trên đây là Kế hoạch của UBND xã.
                                                         TM. ỦY BAN NHÂN DÂN
                                                                CHỦ TỊCH

                                                              Nguyễn Văn A

PAGE
}
