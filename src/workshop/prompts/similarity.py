"""Near-identical transcripts across students, cheaply: each task's prompt and answer,
folded, minus the task's data texts (everyone pastes the same riddle or the same text),
become a bottom-k sketch of their word 3-grams (the k smallest 8-byte hashes). Two sketches
estimate the Jaccard similarity of the two texts; the class report lists pairs above
:data:`NEAR` (transcripts are where copying is cheapest, and live mode cannot see it)."""

from __future__ import annotations

import functools
import hashlib

from workshop.prompts.text import copied_cache, fold, shingles, words

K = 64
NEAR = 0.8
MIN_SHINGLES = 8  # shorter texts say too little to compare


def _hash(gram: tuple[str, ...]) -> int:
    return int.from_bytes(hashlib.blake2b(" ".join(gram).encode(), digest_size=8).digest(), "big")


def sketch(text: str, data: list[str]) -> list[int]:
    """The bottom-k sketch of ``text`` without ``data``'s word 3-grams ([] when too short)."""
    return _sketch(text, tuple(data))


@copied_cache(256)  # a starter's untouched task, sketched in every submission that keeps it
def _sketch(text: str, data: tuple[str, ...]) -> list[int]:
    grams = shingles(words(fold(text)), 3) - _data_grams(data)
    if len(grams) < MIN_SHINGLES:
        return []
    return sorted(_hash(g) for g in grams)[:K]


@functools.lru_cache(maxsize=64)  # one entry per task of the exercise
def _data_grams(data: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    return frozenset(g for source in data for g in shingles(words(fold(source)), 3))


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of the texts behind two sketches."""
    if not a or not b:
        return 0.0
    union = sorted(set(a) | set(b))[:K]
    both = set(a) & set(b)
    return sum(1 for h in union if h in both) / len(union)


def similar_pairs(sketches: dict[str, list[int]]) -> list[tuple[str, str, float]]:
    """(student, student, similarity) for every pair at or above :data:`NEAR`, most similar first."""
    students = sorted(s for s, v in sketches.items() if v)
    found = []
    for i, a in enumerate(students):
        for b in students[i + 1 :]:
            score = similarity(sketches[a], sketches[b])
            if score >= NEAR:
                found.append((a, b, round(score, 2)))
    return sorted(found, key=lambda x: -x[2])
