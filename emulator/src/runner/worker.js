// Runs one cloud function's bundled index.js, one invocation at a time, as the cloud does.
// process.env is this thread's own copy, so WX_OPENID and the wire URL set here for a call
// are seen by the real wx-server-sdk inside the function and by no other instance.
const { parentPort, workerData } = require('worker_threads')
const { applyClock } = require('./worker-clock')

let current = null
let loadError = null
let fn = null
// Loading the function is the instance's cold start, outside any invocation's timeout (as
// SCF's initialisation phase is); the pool waits for 'ready' before the first call.
try {
  fn = require(workerData.entry)
} catch (e) {
  loadError = e
}
parentPort.postMessage({ ready: true })

// The SDK can leave a rejection unhandled when a call fails; the cloud would log it and
// carry on, so does the emulator (it is reported against the current invocation).
process.on('unhandledRejection', (reason) => {
  console.error(`[${workerData.name}] unhandled rejection${current ? ` in ${current}` : ''}:`, reason)
})

parentPort.on('message', async ({ callId, event, env, context }) => {
  current = callId
  for (const [k, v] of Object.entries(env)) process.env[k] = v
  applyClock(env.EMULATOR_CLOCK_OFFSET_MS)
  try {
    if (loadError) throw loadError
    const result = await fn.main(event, context)
    parentPort.postMessage({ callId, ok: true, result: result === undefined ? null : JSON.parse(JSON.stringify(result)) })
  } catch (e) {
    // Also reached when the result cannot be posted back (too deep to clone): still an answer.
    parentPort.postMessage({ callId, ok: false, error: String((e && e.stack) || e) })
  } finally {
    current = null
  }
})
