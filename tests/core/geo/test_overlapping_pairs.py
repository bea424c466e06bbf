"""Pairs of overlapping boxes (``overlapping_pairs``) against a brute-force check of every
pair: on one thread or shared among a pool's threads, with or without a finer test
(``refine``) applied as the pairs are found, for every box or a subset of them."""

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

import demining_plugin.core.geo.polygon_arrays as polygon_arrays
from demining_plugin.core.geo.polygon_arrays import overlapping_pairs


def boxes(seed: int, count: int = 1500) -> np.ndarray:
    """Lanes of typical size, a few boxes spanning many grid cells, boxes touching at a
    side or a corner, and identical boxes, far from the origin (equal-area metres)."""
    rng = np.random.default_rng(seed)
    low = rng.uniform(0, 4000, (count, 2)) + (1.52e7, 4.61e6)
    size = rng.uniform(20, 200, (count, 2))
    size[:15] *= 40  # big: compared with every box directly
    out = np.hstack([low, low + size])
    out[20] = (out[19, 2], out[19, 1], out[19, 2] + 50, out[19, 3])  # touching along a side
    out[22] = (out[21, 2], out[21, 3], out[21, 2] + 30, out[21, 3] + 30)  # touching at a corner
    out[24] = out[23]  # identical
    return out


def brute_force(bounds: np.ndarray, rows: np.ndarray) -> set:
    b = bounds[rows]
    hit = ((b[:, None, 0] <= b[None, :, 2]) & (b[None, :, 0] <= b[:, None, 2])
           & (b[:, None, 1] <= b[None, :, 3]) & (b[None, :, 1] <= b[:, None, 3]))
    i, j = np.nonzero(np.triu(hit, 1))
    return {(int(rows[a]), int(rows[c])) for a, c in zip(i, j)}


def found(first: np.ndarray, second: np.ndarray) -> set:
    pairs = list(zip(first.tolist(), second.tolist()))
    assert len(pairs) == len(set(pairs)), "a pair reported twice"
    assert all(a < c for a, c in pairs)
    return set(pairs)


def far_apart(first: np.ndarray, second: np.ndarray, bounds: np.ndarray) -> np.ndarray:
    """A finer test for ``refine``: keep the pairs whose lower-left corners are close."""
    return np.hypot(*(bounds[first, :2] - bounds[second, :2]).T) < 120


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("threads", [0, 2])
@pytest.mark.parametrize("layout", ["C", "F"])
def test_every_overlapping_pair_once(seed, threads, layout, monkeypatch):
    # Small passes, so that the pool gets many of them.
    monkeypatch.setattr(polygon_arrays, "_CANDIDATES_PER_PASS", 1 << 10)
    bounds = np.asarray(boxes(seed), order=layout)
    rows = np.arange(len(bounds))
    expected = brute_force(bounds, rows)
    assert (19, 20) in expected and (21, 22) in expected and (23, 24) in expected
    if threads:
        with ThreadPoolExecutor(threads) as pool:
            first, second = overlapping_pairs(bounds, None, pool)
    else:
        first, second = overlapping_pairs(bounds)
    assert found(first, second) == expected


@pytest.mark.parametrize("threads", [0, 2])
def test_subset_and_refine(threads, monkeypatch):
    monkeypatch.setattr(polygon_arrays, "_CANDIDATES_PER_PASS", 1 << 10)
    bounds = boxes(4)
    rows = np.flatnonzero(np.random.default_rng(4).random(len(bounds)) < 0.7)
    asked = []

    def refine(first, second):
        asked.append(len(first))
        return far_apart(first, second, bounds)

    pool = ThreadPoolExecutor(threads) if threads else None
    try:
        first, second = overlapping_pairs(bounds, rows, pool, refine)
    finally:
        if pool is not None:
            pool.shutdown()
    everything = brute_force(bounds, rows)
    kept = {(a, c) for a, c in everything if far_apart(np.array([a]), np.array([c]), bounds)[0]}
    assert 0 < len(kept) < len(everything)
    assert found(first, second) == kept
    assert len(asked) > 2 and sum(asked) == len(everything)  # refine saw each box pair once


def test_fewer_than_two_boxes():
    for count in (0, 1):
        first, second = overlapping_pairs(boxes(5)[:count])
        assert len(first) == len(second) == 0
