/**
 * Hover intent: a card opens only when the pointer slows down on a name (a speed gate) and
 * stays a moment (a short delay, shorter for short names, which are harder to rest on), so
 * that sweeping the pointer across a page does not flash cards.
 */
export interface IntentOptions {
  /** Pointer speed (px/ms) above which the pointer is passing by, not reading. */
  maxSpeed: number;
  longDelay: number;
  shortDelay: number;
  /** Names of at most this many characters get the short delay. */
  shortLength: number;
}

export const DEFAULT_INTENT: IntentOptions = { maxSpeed: 0.9, longDelay: 140, shortDelay: 70, shortLength: 6 };

export class PointerSpeed {
  #lastX = 0;
  #lastY = 0;
  #lastT = 0;
  #speed = 0;

  /** Updates with a new pointer position; returns the smoothed speed in px/ms. */
  update(x: number, y: number, t: number): number {
    if (this.#lastT > 0 && t > this.#lastT) {
      const instant = Math.hypot(x - this.#lastX, y - this.#lastY) / (t - this.#lastT);
      // Exponential smoothing: one jerky event should neither open nor block a card.
      this.#speed = this.#speed * 0.5 + instant * 0.5;
    }
    this.#lastX = x;
    this.#lastY = y;
    this.#lastT = t;
    return this.#speed;
  }

  get value(): number {
    return this.#speed;
  }

  /** Has the pointer slowed down or stopped (no movement for a while counts as stopped)? */
  isSettled(now: number, maxSpeed: number): boolean {
    return now - this.#lastT > 60 || this.#speed <= maxSpeed;
  }
}

export function intentDelay(surface: string, options: IntentOptions = DEFAULT_INTENT): number {
  return surface.length <= options.shortLength ? options.shortDelay : options.longDelay;
}
