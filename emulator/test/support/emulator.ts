import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { createWire, type Wire, type WireOptions } from '../../src/wire'

export const ENV = 'chengxin-local'
export const FIXTURE_DB = join(__dirname, '../fixtures/database')
export const REPO_DB = join(__dirname, '../../../database')

export interface Running {
  wire: Wire
  url: string
  /** A fresh wire (same server and port) built from the original options plus `opts`: a restart. */
  restart(opts?: Partial<WireOptions>): Promise<Wire>
  close(): Promise<void>
}

/**
 * A wire on an ephemeral loopback port, 404 for anything it does not own, as the emulator's
 * server does. One server per test file: wx-server-sdk keeps the first serviceUrl it was
 * initialised with, so a restart swaps the wire behind the same URL instead.
 */
export async function startWire(opts: Partial<WireOptions> = {}): Promise<Running> {
  let url = ''
  const build = (extra: Partial<WireOptions>) =>
    createWire({ env: ENV, databaseDir: FIXTURE_DB, strictIndexes: true, publicUrl: () => url, ...opts, ...extra })
  let wire = build({})
  const server: Server = createServer((req, res) => {
    wire.handle(req, res).then(
      (handled) => handled || res.writeHead(404).end(),
      () => res.headersSent || res.writeHead(500).end(),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const running: Running = {
    wire,
    url,
    restart: async (extra = {}) => {
      await wire.flush()
      wire = running.wire = build(extra)
      return wire
    },
    close: async () => {
      await wire.flush()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
  return running
}

/** The environment a cloud function sees (CLOUDBASE-WIRE.md): no metadata probes, a fixed caller. */
export function setFunctionEnv(openid = 'o-test-openid'): void {
  Object.assign(process.env, {
    TENCENTCLOUD_RUNENV: 'SCF',
    TENCENTCLOUD_SECRETID: 'local',
    TENCENTCLOUD_SECRETKEY: 'local',
    SCF_NAMESPACE: ENV,
    TCB_ENV: ENV,
    TENCENTCLOUD_REGION: 'ap-shanghai',
    WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP',
    WX_OPENID: openid,
    WX_APPID: 'wx-test-app',
    TCB_SOURCE: 'wx_client',
    SILENCE: 'true',
  })
}

/** The real wx-server-sdk, initialised against `serviceUrl`. */
export function realSdk(serviceUrl: string): any {
  setFunctionEnv()
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the SDK reads its environment when loaded: load it after setFunctionEnv()
  const cloud = require('wx-server-sdk')
  cloud.init({ env: ENV, serviceUrl, secretId: 'x', secretKey: 'x' })
  return cloud
}
