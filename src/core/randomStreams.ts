// The simulation's random numbers (docs/model.md). Every kind of draw of every line has its own
// stream, named by the kind and the line's identity (see streamKeys.ts) and seeded from that name
// and the simulation's seed, so two scenarios compared with one seed see the same numbers for the
// lines they share, whatever else differs and in whatever order the lines are written.
//
// The generator is mulberry32: a 32-bit state advanced by a constant and mixed into the output.
// The streams of one kind of draw live as slots of one object, and the sampling loops call its
// methods: V8 inlines them, where a closure per stream, or a function read through a module
// binding on every draw (as the test runner's module loader does), is several times slower.

/** FNV-1a, 32-bit: a stable hash of a stream's name. */
function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** The starting state of the stream named `key` under `seed`. */
function streamSeed(key: string, seed: number): number {
  return (hashString(key) ^ Math.imul(seed, 0x9e3779b1)) >>> 0
}

/** One stream per key, each seeded from its key and the simulation's seed. */
export class RandomStreams {
  private readonly seeds: Int32Array
  private readonly states: Int32Array

  constructor(keys: readonly string[], seed: number) {
    this.seeds = Int32Array.from(keys, (key) => streamSeed(key, seed) | 0)
    this.states = Int32Array.from(this.seeds)
  }

  /** Advances stream `slot` and returns a uniform number in [0, 1). */
  next(slot: number): number {
    const state = this.advance(this.states[slot])
    this.states[slot] = state
    return this.uniformAt(state)
  }

  /**
   * The state stream `slot` starts sample `sample` from: it depends only on the stream and the
   * sample, never on how many numbers earlier samples took. Draws whose count varies from sample
   * to sample (departures, refills) start here, so that a change in a line's life, such as a later
   * end, leaves the other samples' draws where they were. The caller holds the state in a local
   * and draws with `advance` and `uniformAt`, which in the innermost loop spares a store and a
   * load per number.
   */
  sampleState(slot: number, sample: number): number {
    // murmur3's finaliser: every input bit moves about half the output bits.
    let h = (this.seeds[slot] ^ Math.imul(sample, 0x85ebca6b)) | 0
    h ^= h >>> 16
    h = Math.imul(h, 0x85ebca6b)
    h ^= h >>> 13
    h = Math.imul(h, 0xc2b2ae35)
    return (h ^ (h >>> 16)) | 0
  }

  /** The state after `state`: the generator's step. */
  advance(state: number): number {
    return (state + 0x6d2b79f5) | 0
  }

  /** The uniform number in [0, 1) that a state gives: the generator's output. */
  uniformAt(state: number): number {
    let x = Math.imul(state ^ (state >>> 15), state | 1)
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61)
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A discrete distribution over 0, 1, 2, … (a slip in quarters; a seat's wait and refill slip as one pair)
 * drawn by inversion: the value whose cumulative band holds a uniform number u. A guide table
 * (Chen and Asau's indexed search) says where the answer starts for each 1/GUIDE_BUCKETS of u, so a
 * draw is one lookup and, rarely, a step, instead of a walk through the bands. A sum a hair under 1
 * (validation allows ±1e-9) never yields an impossible value: a draw above the last cumulative
 * probability takes the last value that has any probability.
 */
export class DiscreteDistribution {
  private readonly cumulative: Float64Array
  private readonly lastPossible: number
  private readonly guide: Uint16Array

  constructor(probabilities: readonly number[]) {
    this.cumulative = new Float64Array(probabilities.length)
    let sum = 0
    probabilities.forEach((p, k) => { this.cumulative[k] = sum += p })
    this.lastPossible = probabilities.reduce((last, p, k) => (p > 0 ? k : last), 0)
    // guide[b] is the value at the bottom of bucket b; values only grow with u.
    // Two bytes an entry keep the table small in the cache; the limits allow at most 41k values
    // (a seat's wait and slip pairs, seatDepartures.ts).
    if (probabilities.length > 65_536) throw new RangeError('a discrete distribution has at most 65,536 values')
    this.guide = new Uint16Array(GUIDE_BUCKETS)
    let k = 0
    for (let b = 0; b < GUIDE_BUCKETS; b++) {
      while (k < this.lastPossible && b / GUIDE_BUCKETS >= this.cumulative[k]) k++
      this.guide[b] = k
    }
  }

  /** True when every draw is 0. */
  get certain(): boolean {
    return this.lastPossible === 0
  }

  /**
   * P(value < k), for k from 1 to the largest possible value: valueAt(u) is k or more exactly when
   * u is at least this.
   */
  probabilityBelow(k: number): number {
    return this.cumulative[k - 1]
  }

  /** The value whose cumulative band holds the uniform number u in [0, 1). */
  valueAt(u: number): number {
    let k = this.guide[(u * GUIDE_BUCKETS) | 0]
    while (k < this.lastPossible && u >= this.cumulative[k]) k++
    return k
  }
}

const GUIDE_BUCKETS = 1024
