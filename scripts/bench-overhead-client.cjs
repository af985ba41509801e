// The client side of scripts/bench-overhead.ts, run in a thread of its own: warm
// `account.whoami` calls through the gateway alternated with raw reads of one document by the
// real wx-server-sdk, each timed here. workerData: { url, env, openid, n, warm }.
const http = require('http')
const { performance } = require('perf_hooks')
const { parentPort, workerData } = require('worker_threads')

const { url, env, openid, n, warm } = workerData
// The environment a cloud function's SDK sees (CLOUDBASE-WIRE.md): no metadata probes.
Object.assign(process.env, {
  TENCENTCLOUD_RUNENV: 'SCF', TENCENTCLOUD_SECRETID: 'local', TENCENTCLOUD_SECRETKEY: 'local', SCF_NAMESPACE: env, TCB_ENV: env,
  TENCENTCLOUD_REGION: 'ap-shanghai', WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP', WX_OPENID: openid,
  WX_APPID: 'wx-bench-app', TCB_SOURCE: 'wx_client', SILENCE: 'true',
})
const cloud = require('wx-server-sdk')
cloud.init({ env, serviceUrl: `${url}/admin`, secretId: 'x', secretKey: 'x' })
const db = cloud.database()

// node:http with a kept-alive socket, the client stack the SDK's own reads use.
const agent = new http.Agent({ keepAlive: true })
const body = JSON.stringify({ action: 'account.whoami', input: {} })
const whoami = () => new Promise((resolve, reject) => {
  const req = http.request(`${url}/functions/account`, {
    method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'X-Emulator-Openid': openid },
  }, (res) => {
    let text = ''
    res.setEncoding('utf8').on('data', (c) => (text += c)).on('end', () => {
      if (JSON.parse(text).result?.ok) resolve()
      else reject(new Error(`account.whoami failed: ${text}`))
    })
  })
  req.on('error', reject)
  req.end(body)
})
const read = () => db.collection('accounts').doc(openid).get()

async function timed(once) {
  const t = performance.now()
  await once()
  return performance.now() - t
}

async function main() {
  for (let i = 0; i < warm; i++) await whoami() // the instance is started, the SDK and the bundle are loaded
  for (let i = 0; i < warm; i++) await read()
  // Alternated call by call, so a noisy neighbour on the machine weighs on both sides alike.
  const whoamiMs = [], readMs = []
  for (let i = 0; i < n; i++) {
    whoamiMs.push(await timed(whoami))
    readMs.push(await timed(read))
  }
  return { whoamiMs, readMs }
}

main().then((out) => parentPort.postMessage(out), (e) => parentPort.postMessage({ error: String(e?.stack ?? e) }))
