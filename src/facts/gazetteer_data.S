/* data/gazetteer/subdivisions-ar.txt, linked in as data (SADA_SUBDIVISIONS is its path). */
    .section .rodata
    .global sada_subdivisions_begin
    .global sada_subdivisions_end
sada_subdivisions_begin:
    .incbin SADA_SUBDIVISIONS
sada_subdivisions_end:
    .section .note.GNU-stack,"",@progbits
