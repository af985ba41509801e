// Runs cloud function instances in the emulator's own thread (the `inline` runner; pool.ts).
// Loaded through Node's own module loader, so the functions run on the process's real
// builtins even when the emulator itself runs inside a test framework's sandbox.
//
// Each instance gets what a worker thread would give it, by what its modules are handed
// rather than by patching anything process-wide:
// - its own modules: the function's index.js and everything it requires (wx-server-sdk
//   included) are compiled afresh for the instance, so module state (cloud.init, counters)
//   is its own;
// - its own `process`: every module of the instance sees, as `process`, an object that
//   inherits the real one but has its own `env` (WX_OPENID, the wire URL of the call);
// - its own `Date`: shifted by the invocation's clock offset.
// An instance runs one invocation at a time, so setting these before each call is enough.
const fs = require('node:fs')
const Module = require('node:module')
const path = require('node:path')
const vm = require('node:vm')

const RealDate = Date
const WRAPPER_PARAMS = ['exports', 'require', 'module', '__filename', '__dirname', 'process', 'Date']

let rejectionsLogged = false
function logRejections() {
  if (rejectionsLogged) return
  rejectionsLogged = true
  // The SDK can leave a rejection unhandled when a call fails; the cloud logs it and carries
  // on, as the worker runner does. (In the inline runner this holds for the whole process.)
  process.on('unhandledRejection', (reason) => console.error('[emulator] unhandled rejection in a function:', reason))
}

/** A `Date` whose clock runs `offset()` ms ahead; dates made elsewhere still count as dates. */
function clockDate(offset) {
  return class ClockDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset())
      else super(...args)
    }

    static now() {
      return RealDate.now() + offset()
    }

    static [Symbol.hasInstance](value) {
      return value instanceof RealDate
    }
  }
}

/** `entry` and everything it requires, compiled afresh with the instance's own `process` and `Date`. */
function loadIsolated(entry, globals) {
  const registry = new Map()
  const load = (file, parent) => {
    const cached = registry.get(file)
    if (cached) return cached.exports
    const mod = new Module(file, parent)
    mod.filename = file
    mod.paths = Module._nodeModulePaths(path.dirname(file))
    registry.set(file, mod)
    try {
      if (file.endsWith('.json')) mod.exports = JSON.parse(stripBom(fs.readFileSync(file, 'utf8')))
      else {
        const source = stripBom(fs.readFileSync(file, 'utf8')).replace(/^#!.*/, '')
        const fn = vm.compileFunction(source, WRAPPER_PARAMS, { filename: file })
        const require = (id) => requireFrom(mod, id)
        require.resolve = (id, options) => Module._resolveFilename(id, mod, false, options)
        require.cache = Object.create(null)
        mod.require = require
        fn.call(mod.exports, mod.exports, require, mod, file, path.dirname(file), globals.process, globals.Date)
      }
      mod.loaded = true
    } catch (e) {
      registry.delete(file)
      throw e
    }
    return mod.exports
  }
  const requireFrom = (mod, id) => {
    if (Module.isBuiltin(id)) return require(id)
    const file = Module._resolveFilename(id, mod)
    // Addons and ES modules go to Node's own loader (which refuses require() of ESM as it would anyway).
    if (Module.isBuiltin(file) || !/\.(c?js|json)$/.test(file)) return require(file)
    return load(file, mod)
  }
  return load(path.resolve(entry), null)
}
const stripBom = (text) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)

/**
 * One instance: loads the function (its cold start) and runs invocations one at a time.
 * `stop()` cuts an instance off (time limit, fault injection): a thread cannot be stopped from
 * here, so whatever it still runs keeps running, but every request it would send to the wire
 * goes to a closed port instead, and it is never given another invocation.
 */
function createInstance(name, entry) {
  logRejections()
  const env = { ...process.env }
  let offset = 0
  const instanceProcess = Object.create(process, { env: { value: env, writable: true, enumerable: true, configurable: true } })
  const globals = { process: instanceProcess, Date: clockDate(() => offset) }
  let fn = null
  let loadError = null
  try {
    fn = loadIsolated(entry, globals)
  } catch (e) {
    loadError = e
  }
  let stopped = false
  return {
    async invoke(callId, event, callEnv, context) {
      Object.assign(env, callEnv)
      const next = Number(callEnv.EMULATOR_CLOCK_OFFSET_MS || 0)
      offset = Number.isFinite(next) ? next : 0
      if (loadError) throw loadError
      const result = await fn.main(event, context)
      // As the cloud hands back a function's answer: JSON, nothing shared with the caller.
      return result === undefined ? null : JSON.parse(JSON.stringify(result))
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
