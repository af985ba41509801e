// Shifts `Date` in a function worker by the emulator clock's offset (see ../clock.ts): set
// before each invocation from the environment the runner passes. `new Date(x)` with an
// argument is untouched; `new Date()` and `Date.now()` read the shifted time.
const RealDate = Date
let offset = 0

class ClockDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offset)
    else super(...args)
  }

  static now() {
    return RealDate.now() + offset
  }
}

function applyClock(value) {
  const next = Number(value || 0)
  offset = Number.isFinite(next) ? next : 0
  if (offset !== 0 && globalThis.Date !== ClockDate) globalThis.Date = ClockDate
}

module.exports = { applyClock }
