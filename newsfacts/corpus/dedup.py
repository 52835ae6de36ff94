"""Copies and light rewrites: MinHash (datasketch) of each body's character shingles, LSH buckets
kept in the database, and near-duplicate groups whose earliest member is the original."""
from __future__ import annotations

# Shingles are taken inside each paragraph of the normalised body with punctuation and spaces
# dropped, so reordered paragraphs and a new headline leave the set as it was and an added
# sentence only adds to it. The LSH band keys live in `lsh_buckets`, so finding the candidates of
# a new article is one indexed query: memory does not grow with the corpus, and any process (or
# database) sees the same index. Candidates are kept when their estimated Jaccard similarity
# reaches THRESHOLD; groups are merged transitively, and the member published first (or stored
# first, when dates are missing) is named the likely original.

import hashlib
import re
import zlib
from datetime import datetime
from functools import lru_cache
from typing import Iterable, Optional

import numpy as np
import sqlalchemy as sa

from .schema import articles, insert_rows, lsh_buckets, minhashes

SHINGLE = 4  # characters: long enough to be specific in Chinese, short enough to survive edits
NUM_PERM = 128
THRESHOLD = 0.5  # estimated Jaccard of shingle sets at which two bodies are the same text
SCHEME = "affine32"  # datasketch 2's default: 32-bit values, collision-free permutations
# The hash of a shingle: CRC-32, which the affine32 scheme passes through MurmurHash3's finaliser
# before permuting, so its weak avalanche does not matter; it is some ten times faster than the
# default SHA-1 per shingle. A change here changes every signature: it needs a migration that
# recomputes them (migrations/v0002_minhash_crc32.py).
HASH = zlib.crc32
_DTYPE = np.uint32
_NOT_WORD = re.compile(r"[\W_]+")


def shingles(paragraphs: Iterable[str], k: int = SHINGLE) -> set[str]:
    """Character k-shingles of each paragraph, punctuation and spaces removed."""
    out: set[str] = set()
    for paragraph in paragraphs:
        plain = _NOT_WORD.sub("", paragraph).lower()
        if len(plain) < k:
            if plain:
                out.add(plain)
            continue
        out.update(plain[i:i + k] for i in range(len(plain) - k + 1))
    return out


@lru_cache(maxsize=1)
def _lsh_shape() -> tuple[int, int]:
    """(bands, rows per band) that datasketch picks for THRESHOLD and NUM_PERM."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


@lru_cache(maxsize=1)
def _permutations() -> tuple:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations  # drawn once, not per article


def signature(paragraphs: Iterable[str]) -> Optional[np.ndarray]:
    """The MinHash signature of a body, or None for a body with no text."""
    from datasketch import MinHash

    found = shingles(paragraphs)
    if not found:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=1, permutations=_permutations(), scheme=SCHEME, hashfunc=HASH)
    minhash.update_batch([s.encode("utf-8") for s in found])
    return minhash.hashvalues.astype(_DTYPE)


def buckets(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per LSH band (the band number is hashed in, so keys never collide
    across bands)."""
    bands, rows = _lsh_shape()
    keys = []
    for band in range(bands):
        chunk = sig[band * rows:(band + 1) * rows].tobytes()
        digest = hashlib.blake2b(band.to_bytes(2, "little") + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.count_nonzero(a == b)) / len(a)


def index(conn: sa.Connection, pk: int, sig_bytes: bytes, keys: list[int]) -> None:
    """Store an article's signature and its LSH band keys."""
    conn.execute(minhashes.insert(), {"article_pk": pk, "signature": sig_bytes})
    insert_rows(conn, lsh_buckets, pk, [{"bucket": key} for key in sorted(set(keys))])


def link(conn: sa.Connection, pk: int, sig_bytes: Optional[bytes], keys: list[int]) -> list[int]:
    """Index a new article and join it to the group of its near-duplicates; returns their pks."""
    if sig_bytes is None or not keys:
        return []
    index(conn, pk, sig_bytes, keys)
    candidates = conn.execute(_CANDIDATES, {"pk": pk}).all()
    if not candidates:
        return []
    mine = np.frombuffer(sig_bytes, dtype=_DTYPE)
    matched = [(other, group, similarity(mine, np.frombuffer(sig, dtype=_DTYPE))) for other, sig, group in candidates]
    matched = [m for m in matched if m[2] >= THRESHOLD]
    if not matched:
        return []
    groups = {group for _, group, _ in matched if group is not None}
    loose = [other for other, group, _ in matched if group is None] + [pk]
    target = min(groups) if groups else min(loose)
    heads = conn.execute(_HEADS, {"groups": sorted(groups)}).all() if groups else []
    contenders = heads + conn.execute(_DATED, {"pks": loose}).all()
    original = min(contenders, key=_earliest)[0]
    points_at = sa.case((articles.c.pk == original, None), else_=original)
    conn.execute(sa.update(articles).where(articles.c.pk.in_(loose)).values(dup_group=target, duplicate_of=points_at))
    if len(groups) > 1 or (groups and original not in {head[0] for head in heads}):
        # groups merged, or the newcomer is earlier than the old original: repoint every member
        conn.execute(sa.update(articles).where(articles.c.dup_group.in_(groups))
                     .values(dup_group=target, duplicate_of=points_at))
    best = max(score for _, _, score in matched)
    conn.execute(sa.update(articles).where(articles.c.pk == pk).values(dup_similarity=round(best, 3)))
    return [other for other, _, _ in matched]


def _earliest(row) -> tuple:
    """Order of originality: published first, then stored first; undated after dated."""
    pk, published = row[0], row[1]
    return (published is None, published or datetime.min, pk)


_HEADS = (sa.select(articles.c.pk, articles.c.published_utc)  # each group's current original
          .where(articles.c.dup_group.in_(sa.bindparam("groups", expanding=True)), articles.c.duplicate_of.is_(None)))
_DATED = sa.select(articles.c.pk, articles.c.published_utc).where(articles.c.pk.in_(sa.bindparam("pks", expanding=True)))
_MINE, _THEIRS = lsh_buckets.alias("mine"), lsh_buckets.alias("theirs")
_CANDIDATES = (  # articles sharing an LSH bucket with the new one (its buckets are in), with signatures
    sa.select(minhashes.c.article_pk, minhashes.c.signature, articles.c.dup_group)
    .join(articles, articles.c.pk == minhashes.c.article_pk)
    .where(minhashes.c.article_pk.in_(
        sa.select(_THEIRS.c.article_pk).join(_MINE, _MINE.c.bucket == _THEIRS.c.bucket)
        .where(_MINE.c.article_pk == sa.bindparam("pk"), _THEIRS.c.article_pk != sa.bindparam("pk")))))


def name_original(conn: sa.Connection, group: int) -> None:
    """Mark the earliest member of a group as its original and point the others at it."""
    members = conn.execute(
        sa.select(articles.c.pk).where(articles.c.dup_group == group)
        .order_by(articles.c.published_utc.is_(None), articles.c.published_utc, articles.c.pk)).scalars().all()
    if len(members) < 2:  # a group of one is no group: its copy was replaced or removed
        conn.execute(sa.update(articles).where(articles.c.dup_group == group)
                     .values(dup_group=None, duplicate_of=None, dup_similarity=None))
        return
    original = members[0]
    conn.execute(sa.update(articles).where(articles.c.dup_group == group)
                 .values(duplicate_of=sa.case((articles.c.pk == original, None), else_=original)))


def groups(conn: sa.Connection, min_size: int = 2) -> list[dict]:
    """Every near-duplicate group: its original and its copies, largest first."""
    rows = conn.execute(
        sa.select(articles.c.dup_group, articles.c.pk, articles.c.id, articles.c.title, articles.c.published_date,
                  articles.c.duplicate_of, articles.c.dup_similarity)
        .where(articles.c.dup_group.is_not(None)).order_by(articles.c.dup_group, articles.c.pk)).mappings().all()
    found: dict[int, dict] = {}
    for row in rows:
        entry = found.setdefault(row["dup_group"], {"group": row["dup_group"], "original": None, "copies": []})
        member = {k: row[k] for k in ("pk", "id", "title", "published_date", "dup_similarity")}
        if row["duplicate_of"] is None:
            entry["original"] = member
        else:
            entry["copies"].append(member)
    out = [g for g in found.values() if len(g["copies"]) + 1 >= min_size]
    return sorted(out, key=lambda g: (-len(g["copies"]), g["group"]))
