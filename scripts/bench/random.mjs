// Seeded randomness for the bench generator: the same kommunkod always gives the same files.

/** mulberry32: tiny, fast and good enough to vary texts; seeded so output is reproducible. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick(rng, list) {
  return list[Math.floor(rng() * list.length)];
}

/** n distinct items of list in a seeded order (partial Fisher–Yates). */
export function sample(rng, list, n) {
  const copy = [...list];
  for (let i = 0; i < n && i < copy.length; i++) {
    const j = i + Math.floor(rng() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}

/** True with probability p. */
export function chance(rng, p) {
  return rng() < p;
}
