import { randomBytes } from 'node:crypto'
import QRCode from 'qrcode'
import { decodeRequestData, encodeResponse } from './proto'
import { fail } from '../wire/wire-error'

export interface OpenApiCall {
  apiName: string
  data: any // eslint-disable-line @typescript-eslint/no-explicit-any -- decoded JSON as the function sent it
  at: Date
  tag: string
}

/** A JSON reply (WeChat's own shape, e.g. `{ errcode: 43101, errmsg: 'user refuse to accept the msg' }`). */
export type OpenApiAnswer = Record<string, unknown>

/**
 * wxacode.* answers an image, never JSON. WeChat draws its round mini-program code; the
 * emulator draws a plain QR code of the same scene and page, so a person can see and scan
 * what the code would carry.
 */
function miniProgramCode(data: { scene?: string; page?: string; path?: string }): Promise<Buffer> {
  const text = data.scene ? `${data.page ?? ''}?scene=${data.scene}` : data.path ?? data.page ?? 'emulator'
  return QRCode.toBuffer(text, { type: 'png', width: 280, margin: 2 })
}

const defaults: Record<string, () => OpenApiAnswer> = {
  'security.msgSecCheck': () => ({ errcode: 0, errmsg: 'ok', result: { suggest: 'pass', label: 100 }, detail: [] }),
  'security.mediaCheckAsync': () => ({ errcode: 0, errmsg: 'ok', trace_id: randomBytes(12).toString('hex') }),
}

/** cloud.openapi.*: every call is recorded, none is sent; tests may script an answer per apiName. */
export class OpenApi {
  readonly calls: OpenApiCall[] = []
  private readonly scripted = new Map<string, OpenApiAnswer>()

  /** Makes `apiName` answer `answer` (a WeChat errcode, or a whole JSON reply) until cleared with `null`. */
  respond(apiName: string, answer: number | OpenApiAnswer | null): void {
    if (answer === null) this.scripted.delete(apiName)
    else this.scripted.set(apiName, typeof answer === 'number' ? { errcode: answer, errmsg: `emulator: scripted errcode ${answer}` } : answer)
  }

  reset(): void {
    this.calls.length = 0
    this.scripted.clear()
  }

  /** Handles `action=wx.openApi`; answers a protobuf CommOpenApiResp. */
  async call(fields: Record<string, Buffer>, tag: string): Promise<Uint8Array> {
    const apiName = fields.apiName?.toString('utf8')
    if (!apiName) return fail('INVALID_PARAM', 'apiName is required')
    const data = fields.requestData ? decodeRequestData(fields.requestData) : {}
    this.calls.push({ apiName, data, at: new Date(), tag })
    const scripted = this.scripted.get(apiName)
    if (scripted) return encodeResponse(Buffer.from(JSON.stringify(scripted)), 'application/json')
    if (apiName.startsWith('wxacode.')) return encodeResponse(await miniProgramCode(data), 'image/png')
    const answer = defaults[apiName]?.() ?? { errcode: 0, errmsg: 'ok' }
    return encodeResponse(Buffer.from(JSON.stringify(answer)), 'application/json')
  }
}
