/* Data files compiled into sada_core: CLDR's Arabic subdivision names
   (SADA_SUBDIVISIONS, data/gazetteer/subdivisions-ar.txt) and the word
   clusters of the entity tagger (SADA_CLUSTERS, models/clusters-ar.txt). */
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
    .section .note.GNU-stack,"",@progbits
