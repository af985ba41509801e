import type http from 'http'
import type { FunctionRunner } from '../runner'
import type { AccountDoc } from '@chengxin/shared/src/server/documents'
import { identities } from './identities'
import { handleUpload, type UploadStorage } from './upload'

export interface GatewayDeps {
  runner: FunctionRunner
  accounts: () => AccountDoc[]
  roundTrips: (tag: string) => number
  storage: UploadStorage
}

async function body(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function json(res: http.ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(value))
}

/**
 * The stable local gateway the H5 app and outside tools use:
 * POST /functions/<name> (X-Emulator-Openid) → { result }, GET /_emulator/identities,
 * POST /_emulator/timers/<function>/<trigger>, POST /_emulator/upload?cloudPath= (uploadFile). Only the emulator has a demo sign-in.
 */
export async function handleGateway(deps: GatewayDeps, req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://x')
  const fn = url.pathname.match(/^\/functions\/([\w-]+)$/)
  if (fn && req.method === 'POST') {
    const openid = String(req.headers['x-emulator-openid'] ?? '')
    if (!openid) return json(res, 401, { errCode: -1, errMsg: 'X-Emulator-Openid header is required (pick a demo identity)' }), true
    let event: unknown
    try {
      event = JSON.parse((await body(req)) || '{}')
    } catch {
      return json(res, 400, { errCode: -1, errMsg: 'body must be JSON: the data passed to callFunction' }), true
    }
    const out = await deps.runner.invoke(fn[1], event, openid)
    const headers = { 'X-Emulator-Round-Trips': String(deps.roundTrips(out.tag)), 'X-Emulator-Ms': String(out.ms) }
    if (out.error) return json(res, 200, out.error, headers), true
    return json(res, 200, { result: out.result }, headers), true
  }
  if (url.pathname === '/_emulator/upload' && req.method === 'POST') return handleUpload(deps.storage, req, res, url)
  if (url.pathname === '/_emulator/identities' && req.method === 'GET') {
    return json(res, 200, { identities: identities(deps.accounts()) }), true
  }
  const timer = url.pathname.match(/^\/_emulator\/timers\/([\w-]+)\/([\w-]+)$/)
  if (timer && req.method === 'POST') {
    const out = await deps.runner.fireTimer(timer[1], timer[2])
    return json(res, 200, out.error ?? { result: out.result }), true
  }
  if (url.pathname === '/_emulator/health') return json(res, 200, { ok: true, functions: deps.runner.functions().map((f) => f.name) }), true
  return false
}
