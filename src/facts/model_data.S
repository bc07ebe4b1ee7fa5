/* The NER model, linked in as data (SADA_NER_MODEL is its path). */
    .section .rodata
    .global sada_ner_model_begin
    .global sada_ner_model_end
    .balign 16
sada_ner_model_begin:
    .incbin SADA_NER_MODEL
sada_ner_model_end:
    .section .note.GNU-stack,"",@progbits
