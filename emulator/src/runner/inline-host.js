// Runs cloud function instances in the emulator's own thread (the `inline` runner; pool.ts).
// Loaded through Node's own module loader, so what it patches are the process's real globals
// even when the emulator itself runs inside a test framework's sandbox.
//
// Each instance gets what a worker thread would give it:
// - its own modules: the function's index.js and everything it requires (wx-server-sdk
//   included) are loaded afresh for the instance, so module state (cloud.init, counters) is
//   its own;
// - its own process.env: `process.env` becomes a view that, inside an invocation, reads and
//   writes that instance's copy (WX_OPENID, the wire URL of the call), and the real one elsewhere;
// - its own clock: `Date` is shifted by the invocation's clock offset inside it, real elsewhere.
// Invocations are told apart by AsyncLocalStorage, which follows every await and callback.
const { AsyncLocalStorage } = require('node:async_hooks')
const Module = require('node:module')
const path = require('node:path')

const scopes = new AsyncLocalStorage()
const realEnv = process.env
const RealDate = Date
let installed = false

function install() {
  if (installed) return
  installed = true
  const target = () => scopes.getStore()?.env ?? realEnv
  process.env = new Proxy(realEnv, {
    get: (_, key) => target()[key],
    set: (_, key, value) => ((target()[key] = typeof value === 'string' ? value : String(value)), true),
    has: (_, key) => key in target(),
    deleteProperty: (_, key) => delete target()[key],
    ownKeys: () => Reflect.ownKeys(target()),
    getOwnPropertyDescriptor: (_, key) => {
      const d = Reflect.getOwnPropertyDescriptor(target(), key)
      return d && { ...d, configurable: true }
    },
  })
  // The SDK can leave a rejection unhandled when a call fails; the cloud logs it and carries
  // on, as the worker runner does. (In the inline runner this holds for the whole process.)
  process.on('unhandledRejection', (reason) => {
    const scope = scopes.getStore()
    console.error(`[emulator] unhandled rejection${scope ? ` in ${scope.callId}` : ''}:`, reason)
  })
}

const offsetNow = () => scopes.getStore()?.offset ?? 0
class ClockDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offsetNow())
    else super(...args)
  }

  static now() {
    return RealDate.now() + offsetNow()
  }

  // Dates made before the clock moved (or by code holding the real Date) are still dates.
  static [Symbol.hasInstance](value) {
    return value instanceof RealDate
  }
}

/** Shifts `Date` once some invocation runs with a clock offset (until then nothing is patched). */
function useClock(offset) {
  if (offset !== 0 && globalThis.Date !== ClockDate) globalThis.Date = ClockDate
}

/** `entry` and everything it requires, loaded afresh: one instance's own module registry. */
function loadIsolated(entry) {
  const registry = new Map()
  const load = (file, parent) => {
    const cached = registry.get(file)
    if (cached) return cached.exports
    const mod = new Module(file, parent)
    mod.filename = file
    mod.paths = Module._nodeModulePaths(path.dirname(file))
    mod.require = (id) => requireFrom(mod, id)
    registry.set(file, mod)
    try {
      mod.load(file)
    } catch (e) {
      registry.delete(file)
      throw e
    }
    return mod.exports
  }
  const requireFrom = (mod, id) => {
    if (Module.isBuiltin(id)) return require(id)
    const file = Module._resolveFilename(id, mod)
    if (Module.isBuiltin(file) || file.endsWith('.node')) return require(file)
    return load(file, mod)
  }
  return load(path.resolve(entry), null)
}

/**
 * One instance: loads the function (its cold start) and runs invocations in their own scope.
 * `stop()` cuts an instance off (time limit, fault injection): a thread cannot be stopped from
 * here, so whatever it still runs keeps running, but every request it would send to the wire
 * goes to a closed port instead, and it is never given another invocation.
 */
function createInstance(name, entry) {
  install()
  const env = { ...realEnv }
  let fn = null
  let loadError = null
  try {
    fn = loadIsolated(entry)
  } catch (e) {
    loadError = e
  }
  let stopped = false
  const scope = { env, offset: 0, callId: null }
  return {
    async invoke(callId, event, callEnv, context) {
      Object.assign(env, callEnv)
      const offset = Number(callEnv.EMULATOR_CLOCK_OFFSET_MS || 0)
      scope.offset = Number.isFinite(offset) ? offset : 0
      scope.callId = callId
      useClock(scope.offset)
      return scopes.run(scope, async () => {
        if (loadError) throw loadError
        const result = await fn.main(event, context)
        // As the cloud hands back a function's answer: JSON, nothing shared with the caller.
        return result === undefined ? null : JSON.parse(JSON.stringify(result))
      })
    },
    stop() {
      if (stopped) return
      stopped = true
      // Port 9 (discard) on loopback: nothing listens, so any later SDK request fails to connect.
      env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: 'http://127.0.0.1:9/admin/stopped' })
    },
    name,
  }
}

module.exports = { createInstance }
