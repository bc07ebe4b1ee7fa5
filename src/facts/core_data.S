/* Data files compiled into sada_core: CLDR's Arabic subdivision names
   (SADA_SUBDIVISIONS, data/gazetteer/subdivisions-ar.txt) and the word
   clusters of the entity tagger (SADA_CLUSTERS, models/clusters-ar.txt), and
   the background document frequencies of story clustering (SADA_DOC_FREQ,
   models/df-ar.txt), and the entity tagger's lexicon (SADA_LEXICON,
   models/lexicon-ar.txt). */
    .section .rodata
    .global sada_subdivisions_begin
    .global sada_subdivisions_end
sada_subdivisions_begin:
    .incbin SADA_SUBDIVISIONS
sada_subdivisions_end:
    .global sada_clusters_begin
    .global sada_clusters_end
sada_clusters_begin:
    .incbin SADA_CLUSTERS
sada_clusters_end:
    .global sada_doc_freq_begin
    .global sada_doc_freq_end
sada_doc_freq_begin:
    .incbin SADA_DOC_FREQ
sada_doc_freq_end:
    .global sada_lexicon_begin
    .global sada_lexicon_end
sada_lexicon_begin:
    .incbin SADA_LEXICON
sada_lexicon_end:
    .section .note.GNU-stack,"",@progbits
