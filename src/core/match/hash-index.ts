/**
 * An open-addressing table from 32-bit word hashes to word ids, in typed arrays: one probe per
 * word in the matcher's hot loop, no allocation. Several words may share a hash; callers verify
 * the word itself (see `foldedEquals`).
 */
export function hashString(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

export class HashIndex {
  readonly keys: Int32Array;
  readonly values: Int32Array;
  readonly mask: number;

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Int32Array(size);
    this.values = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  slotOf(hash: number): number {
    return (hash ^ (hash >>> 15)) & this.mask;
  }

  add(hash: number, value: number): void {
    let slot = this.slotOf(hash);
    while (this.values[slot] !== -1) slot = (slot + 1) & this.mask;
    this.keys[slot] = hash;
    this.values[slot] = value;
  }

  /** Is anything stored under `hash`? */
  has(hash: number): boolean {
    let slot = this.slotOf(hash);
    for (;;) {
      const v = this.values[slot]!;
      if (v === -1) return false;
      if (this.keys[slot] === hash) return true;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The first value stored under `hash`, or -1: for tables whose keys are unique integers. */
  get(hash: number): number {
    const keys = this.keys;
    const values = this.values;
    let slot = this.slotOf(hash);
    for (;;) {
      const v = values[slot]!;
      if (v === -1 || keys[slot] === hash) return v;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Every value stored under `hash`. */
  all(hash: number): number[] {
    const out: number[] = [];
    let slot = this.slotOf(hash);
    for (;;) {
      const v = this.values[slot]!;
      if (v === -1) return out;
      if (this.keys[slot] === hash) out.push(v);
      slot = (slot + 1) & this.mask;
    }
  }

  get byteLength(): number {
    return this.keys.byteLength + this.values.byteLength;
  }
}
