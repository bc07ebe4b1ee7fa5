// minhash_lsh_go: the MinHash LSH of Debian's golang-github-ekzhu-minhash-lsh-dev
// on the shingle sets written by `dedup_eval compare` (OUTDIR/shingles.txt),
// with the same number of hashes (128) and threshold (0.8), candidates
// verified by exact Jaccard as sada does. Prints the time and the recall
// against OUTDIR/truth.txt. Written for sada's benchmarks (bench/compare_dedup.sh).
package main

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	minhashlsh "github.com/ekzhu/minhash-lsh"
)

func readSets(path string) [][]uint32 {
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	var sets [][]uint32
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		s := make([]uint32, len(fields))
		for i, x := range fields {
			v, _ := strconv.ParseUint(x, 10, 32)
			s[i] = uint32(v)
		}
		sets = append(sets, s)
	}
	return sets
}

// Jaccard of two sorted sets.
func jaccard(a, b []uint32) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	i, j, common := 0, 0, 0
	for i < len(a) && j < len(b) {
		if a[i] < b[j] {
			i++
		} else if b[j] < a[i] {
			j++
		} else {
			common++
			i++
			j++
		}
	}
	return float64(common) / float64(len(a)+len(b)-common)
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: minhash_lsh_go OUTDIR")
		os.Exit(2)
	}
	dir := os.Args[1]
	const threshold = 0.8
	const numHash = 128
	sets := readSets(dir + "/shingles.txt")
	t0 := time.Now()
	lsh := minhashlsh.NewMinhashLSH64(numHash, threshold)
	sigs := make([][]uint64, len(sets))
	buf := make([]byte, 4)
	for i, s := range sets {
		m := minhashlsh.NewMinhash(1, numHash)
		for _, x := range s {
			binary.LittleEndian.PutUint32(buf, x)
			m.Push(buf)
		}
		sigs[i] = m.Signature()
		lsh.Add(i, sigs[i])
	}
	lsh.Index()
	found := map[[2]int]bool{}
	candidates := 0
	for i := range sets {
		if len(sets[i]) == 0 {
			continue
		}
		for _, key := range lsh.Query(sigs[i]) {
			j := key.(int)
			if j <= i {
				continue
			}
			candidates++
			if jaccard(sets[i], sets[j]) >= threshold {
				found[[2]int{i, j}] = true
			}
		}
	}
	elapsed := time.Since(t0).Seconds()
	truth := readSets(dir + "/truth.txt")
	hit := 0
	for _, p := range truth {
		if found[[2]int{int(p[0]), int(p[1])}] {
			hit++
		}
	}
	k, l := lsh.Params()
	recall := 1.0
	if len(truth) > 0 {
		recall = float64(hit) / float64(len(truth))
	}
	fmt.Printf("ekzhu/minhash-lsh: %.3f s on shingle sets (one thread), %d bands x %d rows; %d candidate pairs; recall %.4f (%d of %d)\n",
		elapsed, l, k, candidates, recall, hit, len(truth))
}
