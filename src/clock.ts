/** The clock port: production reads the system time, tests move a controllable clock. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that stands still until told to move; for tests and benches. */
export class ManualClock implements Clock {
  constructor(private current: number) {}
  now(): number {
    return this.current;
  }
  set(millis: number): void {
    this.current = millis;
  }
  advance(millis: number): void {
    this.current += millis;
  }
}
