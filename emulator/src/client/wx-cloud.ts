// `wx.cloud` for a mini-program running outside WeChat (miniprogram-simulate in jest, a node
// script), served by the emulator's gateway — as the Firebase emulator serves its client SDKs.
// The calls and answers are WeChat's: callFunction resolves `{ result, errMsg:
// 'cloud.callFunction:ok', requestID }` and rejects `{ errCode, errMsg: 'cloud.callFunction:fail …' }`
// when the function failed; uploadFile resolves `{ fileID, statusCode, errMsg }`; getTempFileURL
// answers per file with `status` 0 or an error. Each also takes success/fail/complete callbacks
// and then returns nothing, as wx does. Node's http, not fetch: jsdom environments have no fetch.
import fs from 'fs'
import http from 'http'
import { randomUUID } from 'crypto'

export interface WxCloudOptions {
  /** The emulator's address, e.g. http://127.0.0.1:8787 */
  url: string
  /** Who is calling now (X-Emulator-Openid); read at each call, so a test can switch users. */
  openid: () => string
  /** The bytes of a temporary file path (uploadFile's filePath); default: read it from disk. */
  readFile?: (filePath: string) => Buffer
}

export interface WxCloudError { errCode: number; errMsg: string }
interface Callbacks<T> { success?: (r: T) => void; fail?: (e: WxCloudError) => void; complete?: (r: T | WxCloudError) => void }

export interface CallFunctionResult { result: unknown; errMsg: string; requestID: string }
export interface UploadFileResult { fileID: string; statusCode: number; errMsg: string }
export interface TempFileURLResult {
  fileList: Array<{ fileID: string; tempFileURL: string; maxAge: number; status: number; errMsg: string }>
  errMsg: string
}

export interface WxCloud {
  init(options?: { env?: string | { functions?: string }; traceUser?: boolean }): void
  /** The env the app passed to init (undefined before init). */
  readonly env: string | undefined
  callFunction(o: { name: string; data?: unknown } & Callbacks<CallFunctionResult>): Promise<CallFunctionResult> | void
  uploadFile(o: { cloudPath: string; filePath: string } & Callbacks<UploadFileResult>): Promise<UploadFileResult> | void
  getTempFileURL(o: { fileList: Array<string | { fileID: string; maxAge?: number }> } & Callbacks<TempFileURLResult>): Promise<TempFileURLResult> | void
}

/** What a test harness adds to wx.cloud: waiting until the app has nothing in flight. */
export interface EmulatedWxCloud extends WxCloud {
  /**
   * Resolves once every request made so far has been answered and the code awaiting it has
   * run, including requests that code made in turn: call it before tearing a page down, so
   * no answer arrives to render into a closed DOM.
   */
  idle(): Promise<void>
}

interface Answer { status: number; body: unknown }

function post(base: string, path: string, openid: string, body: Buffer, contentType: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(path, base), {
      method: 'POST',
      headers: { 'Content-Type': contentType, 'Content-Length': body.length, 'X-Emulator-Openid': openid },
    }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        try {
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) })
        } catch {
          resolve({ status: res.statusCode ?? 0, body: { errCode: -1, errMsg: text } })
        }
      })
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(body)
  })
}

/** A promise, or the callbacks when any was given (then nothing is returned, as in wx). */
function settle<T>(o: Callbacks<T>, run: () => Promise<T>): Promise<T> | void {
  const p = run()
  if (!o.success && !o.fail && !o.complete) return p
  p.then((r) => { o.success?.(r); o.complete?.(r) }, (e: WxCloudError) => { o.fail?.(e); o.complete?.(e) })
}

const failed = (api: string, errCode: number, why: string): WxCloudError => ({ errCode, errMsg: `cloud.${api}:fail ${why}` })
const isError = (b: unknown): b is { errCode: number; errMsg?: string } => !!b && typeof b === 'object' && 'errCode' in b

export function createWxCloud(options: WxCloudOptions): EmulatedWxCloud {
  const readFile = options.readFile ?? ((p: string) => fs.readFileSync(p))
  let env: string | undefined
  const inFlight = new Set<Promise<unknown>>()
  // Like wx: a network failure rejects with request:fail, which apps treat as retryable.
  const send = (api: string, path: string, body: Buffer, type: string) => {
    const p = post(options.url, path, options.openid(), body, type).catch((e: Error) => { throw failed(api, -1, `request:fail ${e.message}`) })
    inFlight.add(p)
    void p.finally(() => inFlight.delete(p)).catch(() => {})
    return p
  }
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve))

  return {
    async idle() {
      // Quiet means: nothing in flight across several event-loop turns, since what awaited an
      // answer (React's scheduler, Taro's setData) runs a turn or two after it and may ask again.
      for (let quiet = 0; quiet < 5;) {
        if (inFlight.size > 0) {
          quiet = 0
          await Promise.allSettled([...inFlight])
        } else quiet++
        await turn()
      }
    },
    get env() { return env },
    init(o = {}) {
      env = typeof o.env === 'string' ? o.env : o.env?.functions ?? 'default'
    },
    callFunction(o) {
      return settle(o, async () => {
        if (!o.name) throw failed('callFunction', -1, 'parameter.name should be String')
        const json = Buffer.from(JSON.stringify(o.data ?? {}))
        const { body } = await send('callFunction', `/functions/${encodeURIComponent(o.name)}`, json, 'application/json')
        if (isError(body)) throw failed('callFunction', body.errCode, `${body.errCode} ${body.errMsg ?? ''}`.trim())
        return { result: (body as { result: unknown }).result, errMsg: 'cloud.callFunction:ok', requestID: randomUUID() }
      })
    },
    uploadFile(o) {
      return settle(o, async () => {
        let bytes: Buffer
        try {
          bytes = readFile(o.filePath)
        } catch {
          throw failed('uploadFile', -1, `file not found: ${o.filePath}`)
        }
        const { body } = await send('uploadFile', `/_emulator/upload?cloudPath=${encodeURIComponent(o.cloudPath)}`, bytes, 'application/octet-stream')
        if (isError(body)) throw { errCode: body.errCode, errMsg: body.errMsg?.startsWith('cloud.uploadFile:fail') ? body.errMsg : `cloud.uploadFile:fail ${body.errMsg ?? ''}` }
        return body as UploadFileResult
      })
    },
    getTempFileURL(o) {
      return settle(o, async () => {
        const fileList = o.fileList.map((f) => (typeof f === 'string' ? { fileID: f } : f))
        const { body } = await send('getTempFileURL', '/_emulator/temp-urls', Buffer.from(JSON.stringify({ fileList })), 'application/json')
        if (isError(body)) throw failed('getTempFileURL', body.errCode, body.errMsg ?? '')
        return body as TempFileURLResult
      })
    },
  }
}
