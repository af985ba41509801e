// A controllable clock for tests and journeys: deadlines, reminders and escalations happen
// days after the action that sets them, and no test should wait days. The offset moves the
// whole emulator: server dates written through the wire and `Date` inside every function
// worker (applied per invocation, see runner/worker-clock.js). Only the emulator has this.

export class Clock {
  private offset = 0

  /** Moves the clock to real time + `offsetMs` (0: back to real time). */
  set(offsetMs: number): void {
    if (!Number.isFinite(offsetMs)) throw new Error('clock offset must be a finite number of milliseconds')
    this.offset = Math.trunc(offsetMs)
  }

  offsetMs(): number {
    return this.offset
  }

  now(): Date {
    return new Date(Date.now() + this.offset)
  }
}

/** The environment variable a function worker reads for the offset of the invocation it runs. */
export const CLOCK_ENV = 'EMULATOR_CLOCK_OFFSET_MS'
