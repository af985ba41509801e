import type http from 'http'
import { readCapped } from './read-capped'

/** What the upload needs of the emulator's storage (the wire's Storage). */
export interface UploadStorage {
  mayClientWrite(openid: string, key: string): boolean
  clientPut(openid: string, key: string, bytes: Buffer, contentType?: string): { fileID: string } | null
  /** Resolves once the stored file is on disk: the upload is answered only then. */
  durable(): Promise<void>
  clientTempUrls(openid: string, list: Array<{ fileID: string; maxAge?: number }>): unknown[]
}

// wx.cloud.uploadFile takes any cloudPath the storage rules allow; these keep keys plain
// (the SDK encodeURIs temp URLs, so no `%`) and inside the bucket (no `..`, no leading `/`).
const CLOUD_PATH = /^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9_\-./]{1,256}$/
const MAX_BYTES = 10 * 1024 * 1024

// STORAGE_EXCEED_AUTHORITY is -503002 in the SDK's code table; CloudBase's message for it.
const DENIED = { errCode: -503002, errMsg: 'cloud.uploadFile:fail STORAGE_EXCEED_AUTHORITY: have no access right to the storage' }

function json(res: http.ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): true {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(value))
  return true
}

/**
 * POST /_emulator/temp-urls with `{ fileList: [{ fileID, maxAge? }] }`: the stand-in for
 * `wx.cloud.getTempFileURL`, answering its shape `{ fileList, errMsg }` (per file `status` 0 or an error).
 */
export async function handleTempUrls(storage: UploadStorage, req: http.IncomingMessage, res: http.ServerResponse): Promise<true> {
  const openid = String(req.headers['x-emulator-openid'] ?? '')
  if (!openid) return json(res, 401, { errCode: -1, errMsg: 'cloud.getTempFileURL:fail X-Emulator-Openid header is required' })
  const bytes = await readCapped(req, 64 * 1024)
  let list: unknown
  try {
    list = bytes ? (JSON.parse(bytes.toString('utf8')) as { fileList?: unknown }).fileList : undefined
  } catch {
    list = undefined
  }
  const valid = Array.isArray(list) && list.length > 0 && list.length <= 50 && list.every((f) => f && typeof f.fileID === 'string')
  if (!valid) return json(res, 400, { errCode: -1, errMsg: 'cloud.getTempFileURL:fail fileList must hold 1 to 50 { fileID }' })
  return json(res, 200, { fileList: storage.clientTempUrls(openid, list as Array<{ fileID: string; maxAge?: number }>), errMsg: 'cloud.getTempFileURL:ok' })
}

/**
 * POST /_emulator/upload?cloudPath=<path> with the file's bytes as the body and the caller in
 * X-Emulator-Openid: the H5 build's stand-in for `wx.cloud.uploadFile`, answering its success
 * shape `{ fileID, statusCode, errMsg }`. Failures answer `{ errCode, errMsg }` like its fail.
 */
export async function handleUpload(storage: UploadStorage, req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<true> {
  const openid = String(req.headers['x-emulator-openid'] ?? '')
  if (!openid) return json(res, 401, { errCode: -1, errMsg: 'cloud.uploadFile:fail X-Emulator-Openid header is required' })
  const cloudPath = url.searchParams.get('cloudPath') ?? ''
  if (!CLOUD_PATH.test(cloudPath)) return json(res, 400, { errCode: -1, errMsg: 'cloud.uploadFile:fail invalid cloudPath' })
  // The storage rules are checked before a byte is read, and again as the file is stored.
  if (!storage.mayClientWrite(openid, cloudPath)) return json(res, 403, DENIED, { Connection: 'close' })
  const bytes = await readCapped(req, MAX_BYTES)
  if (!bytes) return json(res, 413, { errCode: -1, errMsg: 'cloud.uploadFile:fail file too large' }, { Connection: 'close' })
  if (bytes.length === 0) return json(res, 400, { errCode: -1, errMsg: 'cloud.uploadFile:fail empty file' })
  const declared = String(req.headers['content-type'] ?? '')
  const file = storage.clientPut(openid, cloudPath, bytes, declared && declared !== 'application/octet-stream' ? declared : undefined)
  if (!file) return json(res, 403, DENIED)
  await storage.durable()
  return json(res, 200, { fileID: file.fileID, statusCode: 200, errMsg: 'cloud.uploadFile:ok' })
}
