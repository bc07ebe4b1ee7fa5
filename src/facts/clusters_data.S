/* models/clusters-ar.txt (tools/word_clusters.cc), linked in as data (SADA_CLUSTERS is its path). */
    .section .rodata
    .global sada_clusters_begin
    .global sada_clusters_end
sada_clusters_begin:
    .incbin SADA_CLUSTERS
sada_clusters_end:
    .section .note.GNU-stack,"",@progbits
