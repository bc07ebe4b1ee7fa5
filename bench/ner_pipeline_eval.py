#!/usr/bin/env python3
"""Entity-level (CoNLL) scores of the entities `sada extract` writes, on an
ANERcorp-format file: what a user gets, with the rules on top of the tagger
(trigger words, gazetteer names, splits and joins), not the tagger alone
(`build/ner eval` measures the tagger and its document rules).

  bench/ner_pipeline_eval.py ../shared/data/anercorp/ANERcorp_test_corrected.txt [--sada build/sada]
      [--errors TYPE]

Each document (ANERcorp's "ARTICLE" lines) becomes one text file, its
sentences one line each, its tokens joined by spaces; `sada ingest` gives
the texts the offsets count in, `sada extract` the entities; an entity tags
the tokens it overlaps (the longest first when two overlap), and chunks are
compared per sentence. --errors TYPE lists that type's false and missed
chunks, the 40 most frequent of each (ERRORS_SHOWN=N in the environment
for another number).
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

TYPES = {"person": "PERS", "place": "LOC", "organisation": "ORG", "other": "MISC"}


def read_docs(path):
    docs, doc, sent = [], [], []
    for line in open(path, encoding="utf-8"):
        p = line.split()
        if len(p) < 2:
            if sent:
                doc.append(sent)
                sent = []
            if p and p[0].lower() == "article" and doc:
                docs.append(doc)
                doc = []
            continue
        tag = p[1]
        if len(tag) >= 3 and tag[1] == "-" and tag[2] in "PLOM":  # misspelt tags by their type letter
            tag = tag[0] + "-" + {"P": "PERS", "L": "LOC", "O": "ORG", "M": "MISC"}[tag[2]]
        else:
            tag = "O"
        sent.append((p[0], tag))
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    return docs


def chunks(tags, offset=0):
    out, i = set(), 0
    while i < len(tags):
        if tags[i] == "O":
            i += 1
            continue
        typ, j = tags[i][2:], i + 1
        while j < len(tags) and tags[j] == "I-" + typ:
            j += 1
        out.add((offset + i, offset + j, typ))
        i = j
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("test")
    ap.add_argument("--sada", default=os.path.join(os.path.dirname(__file__), "..", "build", "sada"))
    ap.add_argument("--errors")
    args = ap.parse_args()
    docs = read_docs(args.test)
    with tempfile.TemporaryDirectory() as tmp:
        os.mkdir(os.path.join(tmp, "docs"))
        for i, d in enumerate(docs):
            with open(os.path.join(tmp, "docs", f"d{i:04d}.txt"), "w", encoding="utf-8") as f:
                f.write("\n".join(" ".join(w for w, _ in s) for s in d) + "\n")
        for cmd in ("ingest", "extract"):
            subprocess.run([args.sada, cmd, "-q", "-o", os.path.join(tmp, cmd + ".jsonl"), os.path.join(tmp, "docs")],
                           check=True, stderr=subprocess.DEVNULL)
        texts = {}
        for line in open(os.path.join(tmp, "ingest.jsonl"), encoding="utf-8"):
            a = json.loads(line)
            texts[os.path.basename(a["origin"]["file"])] = (a["id"], a["text"])
        entities = collections.defaultdict(list)
        for line in open(os.path.join(tmp, "extract.jsonl"), encoding="utf-8"):
            f = json.loads(line)
            if f["kind"] == "entity":
                entities[f["article"]].append(f)
    found, gold, correct = collections.Counter(), collections.Counter(), collections.Counter()
    false, missed = collections.Counter(), collections.Counter()
    for i, d in enumerate(docs):
        aid, text = texts[f"d{i:04d}.txt"]
        words = [w for s in d for w, _ in s]
        gold_tags = [t for s in d for _, t in s]
        spans, pos = [], 0
        for w in words:
            k = text.find(w, pos)
            if k < 0:
                sys.exit(f"token {w!r} of document {i} not found in its text")
            spans.append((k, k + len(w)))
            pos = k + len(w)
        pred = ["O"] * len(words)
        for f in sorted(entities[aid], key=lambda f: (-(f["end"] - f["begin"]), f["begin"])):
            idx = [j for j, (b, e) in enumerate(spans) if b < f["end"] and e > f["begin"]]
            if not idx or any(pred[j] != "O" for j in idx):
                continue
            for n, j in enumerate(idx):
                pred[j] = ("B-" if n == 0 else "I-") + TYPES[f["type"]]
        start = 0
        for s in d:
            g = chunks(gold_tags[start:start + len(s)], start)
            p = chunks(pred[start:start + len(s)], start)
            for c in g:
                gold[c[2]] += 1
            for c in p:
                found[c[2]] += 1
            for c in g & p:
                correct[c[2]] += 1
            for c in p - g:
                false[(c[2], " ".join(words[c[0]:c[1]]))] += 1
            for c in g - p:
                missed[(c[2], " ".join(words[c[0]:c[1]]))] += 1
            start += len(s)
    print(f"{len(docs)} documents, {sum(len(s) for d in docs for s in d)} tokens; entities as `sada extract` writes them")
    for k in ["all", "PERS", "LOC", "ORG", "MISC"]:
        c = sum(correct.values()) if k == "all" else correct[k]
        fo = sum(found.values()) if k == "all" else found[k]
        go = sum(gold.values()) if k == "all" else gold[k]
        p, r = c / max(1, fo), c / max(1, go)
        f1 = 2 * p * r / (p + r) if p + r else 0
        print(f"{'overall' if k == 'all' else k:8s} precision {p:.4f}  recall {r:.4f}  F1 {f1:.4f}  ({c} correct, {fo} found, {go} gold)")
    if args.errors:
        for name, counter in (("false", false), ("missed", missed)):
            items = [(n, t) for (ty, t), n in counter.items() if ty == args.errors]
            print(f"{name} {args.errors}: " + "; ".join(f"{t} ({n})" for n, t in sorted(items, reverse=True)[:int(os.environ.get("ERRORS_SHOWN", "40"))]))


if __name__ == "__main__":
    main()
