#!/usr/bin/env python3
"""Derive word clusters for the NER tagger from unlabeled text.

    python3 scripts/ner/word-clusters.py OUTPUT CONLL_TRAIN TEXT_DIR [TEXT_DIR ...]

Reads the tokens (first column) of a CoNLL-2003 file and every .txt file of
the given directories (unlabeled; any annotation is ignored), lowercases
them, and represents each word seen at least --min-count times by its
positive PMI with the frequent words one and two places to its left and
right. A truncated SVD of that matrix gives dense vectors; spherical k-means
at three granularities (64, 256, 1024 clusters) gives each word three
cluster numbers. Writes OUTPUT as `word<TAB>c64<TAB>c256<TAB>c1024` lines
under a `#` header saying how it was made. Only vocabulary and cluster
numbers are written, never text. Deterministic (fixed seeds).
Needs numpy and scipy.
"""
import argparse
import collections
import glob
import os
import re
import sys

import numpy as np
import scipy.sparse
import scipy.sparse.linalg

TOKEN = re.compile(r"\w+(?:[-.']\w+)*|[^\w\s]")
GRANULARITIES = (64, 256, 1024)


def tokens_of_text(text):
    """Sentences of lowercase tokens split roughly as the tokenizer does (possessive 's apart)."""
    for line in text.replace("\u2019", "'").splitlines():
        sentence = []
        for token in TOKEN.findall(line):
            if len(token) > 2 and token.lower().endswith("'s"):
                sentence += [token[:-2].lower(), "'s"]
            else:
                sentence.append(token.lower())
        if sentence:
            yield sentence


def conll_sentences(path):
    sentence = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            columns = line.split()
            if not columns or columns[0] == "-DOCSTART-":
                if sentence:
                    yield sentence
                sentence = []
                continue
            sentence.append(columns[0].lower())
    if sentence:
        yield sentence


def spherical_kmeans(vectors, k, seed, iterations=20):
    rng = np.random.default_rng(seed)
    centers = vectors[rng.choice(len(vectors), size=k, replace=False)].copy()
    for _ in range(iterations):
        assignment = np.argmax(vectors @ centers.T, axis=1)
        for cluster in range(k):
            members = vectors[assignment == cluster]
            if len(members):
                center = members.sum(axis=0)
                centers[cluster] = center / max(np.linalg.norm(center), 1e-9)
    return np.argmax(vectors @ centers.T, axis=1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output")
    parser.add_argument("conll")
    parser.add_argument("text_dirs", nargs="+")
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--contexts", type=int, default=2000, help="frequent words used as contexts")
    parser.add_argument("--dimensions", type=int, default=100)
    args = parser.parse_args()

    sentences = list(conll_sentences(args.conll))
    files = sorted(f for d in args.text_dirs for f in glob.glob(os.path.join(d, "*.txt")))
    for path in files:
        with open(path, encoding="utf-8") as f:
            sentences.extend(tokens_of_text(f.read()))
    counts = collections.Counter(t for s in sentences for t in s)
    total = sum(counts.values())
    words = sorted((w for w, c in counts.items() if c >= args.min_count), key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(words)}
    contexts = words[: args.contexts]
    context_index = {w: i for i, w in enumerate(contexts)}
    print(f"{len(sentences)} sentences, {total} tokens, {len(words)} words with count >= {args.min_count}",
          file=sys.stderr)

    rows, columns = [], []
    for sentence in sentences:
        padded = ["<s>", "<s>"] + sentence + ["</s>", "</s>"]
        for position in range(2, len(padded) - 2):
            row = index.get(padded[position])
            if row is None:
                continue
            for slot, offset in enumerate((-2, -1, 1, 2)):
                column = context_index.get(padded[position + offset])
                if column is not None:
                    rows.append(row)
                    columns.append(slot * len(contexts) + column)
    matrix = scipy.sparse.coo_matrix((np.ones(len(rows), dtype=np.float64), (rows, columns)),
                                     shape=(len(words), 4 * len(contexts))).tocsr()
    matrix.sum_duplicates()
    # Positive PMI with context-distribution smoothing (alpha 0.75).
    row_sums = np.asarray(matrix.sum(axis=1)).ravel()
    column_sums = np.asarray(matrix.sum(axis=0)).ravel() ** 0.75
    grand = matrix.sum()
    coo = matrix.tocoo()
    pmi = np.log(coo.data * grand / (row_sums[coo.row] * column_sums[coo.col] / column_sums.sum() * grand))
    keep = pmi > 0
    ppmi = scipy.sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=matrix.shape)
    u, s, _ = scipy.sparse.linalg.svds(ppmi, k=args.dimensions, random_state=2003)
    vectors = u * np.sqrt(s)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)

    assignments = [spherical_kmeans(vectors, k, seed=k) for k in GRANULARITIES]
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        out.write("# whosaid lexicon: word clusters for the NER tagger's features.\n")
        out.write("# GENERATED by scripts/ner/word-clusters.py -- do not edit by hand.\n#\n")
        out.write("# Format: word<TAB>c64<TAB>c256<TAB>c1024: a lowercase word and its cluster\n")
        out.write("#   number at three granularities (words used alike share a cluster).\n")
        out.write(f"# Made from {total} unlabeled tokens: the token column of the CoNLL-2003 English train\n")
        out.write(f"#   split and {len(files)} PolNeAR train articles; words seen >= {args.min_count} times;\n")
        out.write(f"#   PPMI with the {args.contexts} most frequent words at offsets -2,-1,+1,+2, SVD to\n")
        out.write(f"#   {args.dimensions} dimensions, spherical k-means. Only vocabulary and cluster numbers, no text.\n")
        for row in sorted(range(len(words)), key=lambda r: words[r]):
            word = words[row]
            if any(c.isspace() for c in word):
                continue
            out.write(word + "".join(f"\t{a[row]}" for a in assignments) + "\n")
    print(f"wrote {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
