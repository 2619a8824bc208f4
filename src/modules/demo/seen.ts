/**
 * A Bloom filter of strings: "have we issued this name/code before?" in fixed memory. It never
 * answers "no" for something added, so a "no" proves uniqueness; a rare false "yes" only makes the
 * generator pick another candidate. An exact Set of 1 M names would cost ~100 MB; this costs a few.
 */
export class SeenSet {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  /** Sized for about `expected` entries at ≥ 24 bits each (false-positive rate below 0.1%). */
  constructor(expected: number) {
    let size = 1 << 16;
    while (size < expected * 24 && size < 1 << 30) size *= 2;
    this.bits = new Uint32Array(size >>> 5);
    this.mask = size - 1;
  }

  /** True when `s` was probably added before; false means certainly not. */
  has(s: string): boolean {
    const [h1, h2] = hashes(s);
    for (let i = 0; i < 4; i++) {
      const bit = (h1 + Math.imul(i, h2)) & this.mask;
      if (((this.bits[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }

  add(s: string): void {
    const [h1, h2] = hashes(s);
    for (let i = 0; i < 4; i++) {
      const bit = (h1 + Math.imul(i, h2)) & this.mask;
      const w = bit >>> 5;
      this.bits[w] = (this.bits[w] ?? 0) | (1 << (bit & 31));
    }
  }

  /** Adds `s` and returns true when it was certainly new; returns false (adding nothing) otherwise. */
  claim(s: string): boolean {
    if (this.has(s)) return false;
    this.add(s);
    return true;
  }
}

// Two independent 32-bit hashes for double hashing (FNV-1a and a murmur-style mix over UTF-16 units).
function hashes(s: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  b = Math.imul(b ^ (b >>> 15), 0x27d4eb2d);
  // An odd step visits distinct bits for the 4 probes.
  return [a >>> 0, (b | 1) >>> 0];
}
