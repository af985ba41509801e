import type { IncomingMessage, ServerResponse } from 'node:http'
import { randomBytes } from 'node:crypto'
import { extname } from 'node:path'
import { readBody } from '../wire/http-io'
import { storageRules, type StorageRules } from './rules'

export interface StoredFile {
  fileID: string
  key: string
  bytes: Buffer
  contentType: string
  uploadedAt: Date
  /** The openid of the mini-program user who created it (`resource.openid` to the rules); absent for admin writes. Never served. */
  creator?: string
}

/** One applied change to the stored files, reported as it happens (persistence journals these). */
export type FileChange = { op: 'file'; file: StoredFile } | { op: 'unfile'; fileID: string }

/** Where storage reports its changes, and how it waits until they are durable before answering. */
export interface StorageJournal {
  changed(change: FileChange): void
  durable(): Promise<void>
}

const inMemory: StorageJournal = { changed: () => {}, durable: () => Promise.resolve() }

// Served paths; the upload URL and the temp URL are both on the emulator itself.
export const FILE_PREFIX = '/_storage/'

const TYPES: Record<string, string> = {
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp',
  '.pdf': 'application/pdf', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8', '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}
// COS upload credentials from getUploadMetadata are short-lived; one use each here.
const UPLOAD_GRANT_MS = 10 * 60 * 1000
const cosError = (code: string, message: string, key: string) =>
  `<?xml version='1.0' encoding='utf-8' ?><Error><Code>${code}</Code><Message>${message}</Message><Resource>/${key.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)}</Resource>` +
  `<RequestId>${randomBytes(8).toString('hex')}</RequestId><TraceId>${randomBytes(8).toString('hex')}</TraceId></Error>`

const contentTypeOf = (key: string) => TYPES[extname(key).toLowerCase()] ?? 'application/octet-stream'

/** Cloud storage: files keyed by fileID (`cloud://<env>.<bucket>/<path>`), bytes in memory. */
export class Storage {
  readonly files = new Map<string, StoredFile>()
  /** Upload tokens handed out by getUploadMetadata: a PUT must carry one, for its own key. */
  private readonly uploadGrants = new Map<string, { key: string; expires: number }>()
  private readonly bucket: string

  constructor(
    private readonly env: string,
    private readonly publicUrl: () => string,
    private readonly journal: StorageJournal = inMemory,
    /** Checked only for clients (the gateway's upload), never for the server SDK, as in CloudBase. */
    private readonly rules: StorageRules = storageRules({}),
    /** Where its files are served: FILE_PREFIX for the default environment, a prefix of their own for others. */
    readonly prefix: string = FILE_PREFIX,
  ) {
    this.bucket = `${Buffer.from(env).toString('hex').slice(0, 4)}-${env}-1250000000`
  }

  fileIdOf(key: string): string {
    return `cloud://${this.env}.${this.bucket}/${key}`
  }

  keyOf(fileID: string): string | undefined {
    const prefix = `cloud://${this.env}.${this.bucket}/`
    return fileID.startsWith(prefix) ? fileID.slice(prefix.length) : undefined
  }

  urlOf(key: string): string {
    return `${this.publicUrl()}${this.prefix}${key}`
  }

  /** Stores bytes as admin (the server SDK, seeding): no rules, no creator. */
  put(key: string, bytes: Buffer, contentType = contentTypeOf(key), creator?: string): StoredFile {
    const file: StoredFile = { fileID: this.fileIdOf(key), key, bytes, contentType, uploadedAt: new Date(), ...(creator ? { creator } : {}) }
    this.files.set(file.fileID, file)
    this.journal.changed({ op: 'file', file })
    return file
  }

  /**
   * Whether the rules let `openid` upload to `key`. The file's owner is its creator: the one
   * who uploaded it first, so a new file is the caller's own and an existing one is whoever
   * created it (nobody's, for admin files). Overwriting keeps the creator.
   */
  mayClientWrite(openid: string, key: string): boolean {
    const existing = this.files.get(this.fileIdOf(key))
    const owner = existing ? existing.creator : openid
    return this.rules.allows('write', { auth: { openid }, resource: { ...(owner ? { openid: owner } : {}), path: key } })
  }

  /** A mini-program upload (wx.cloud.uploadFile): null when the storage rules refuse it. */
  clientPut(openid: string, key: string, bytes: Buffer, contentType = contentTypeOf(key)): StoredFile | null {
    if (!this.mayClientWrite(openid, key)) return null
    return this.put(key, bytes, contentType, this.files.get(this.fileIdOf(key))?.creator ?? openid)
  }

  remove(fileID: string): boolean {
    const had = this.files.delete(fileID)
    if (had) this.journal.changed({ op: 'unfile', fileID })
    return had
  }

  /** Resolves once every change made so far is on disk: an upload is answered only then. */
  durable(): Promise<void> {
    return this.journal.durable()
  }

  /** storage.getUploadMetadata: the SDK then PUTs the bytes to `url`. */
  uploadMetadata(path: string) {
    const key = path.replace(/^\/+/, '')
    const token = randomBytes(8).toString('hex')
    const now = Date.now()
    for (const [t, grant] of this.uploadGrants) if (grant.expires < now) this.uploadGrants.delete(t)
    this.uploadGrants.set(token, { key, expires: now + UPLOAD_GRANT_MS })
    return {
      data: { url: this.urlOf(key), token, authorization: `local ${token}`, fileId: this.fileIdOf(key), cosFileId: token },
    }
  }

  downloadUrls(list: Array<{ fileid: string; max_age?: number }>) {
    const download_list = list.map(({ fileid, max_age }) => {
      const file = this.files.get(fileid)
      if (!file) return { fileID: fileid, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST', message: 'file not exist' }
      // A sign parameter, like COS temp URLs; the emulator does not check it.
      const url = `${this.urlOf(file.key)}?sign=${randomBytes(6).toString('hex')}&t=${Date.now()}`
      return { fileID: fileid, tempFileURL: url, code: 'SUCCESS', maxAge: max_age ?? 86400 }
    })
    return { data: { download_list } }
  }

  /**
   * wx.cloud.getTempFileURL from a mini-program: a link for each file the read rules let
   * `openid` see; per file `status` 0, or the code and message CloudBase gives.
   */
  clientTempUrls(openid: string, list: Array<{ fileID: string; maxAge?: number }>) {
    return list.map(({ fileID, maxAge }) => {
      const file = this.files.get(fileID)
      if (!file) return { fileID, tempFileURL: '', maxAge: 0, status: -503003, errMsg: 'STORAGE_FILE_NONEXIST' }
      const resource = { ...(file.creator ? { openid: file.creator } : {}), path: file.key }
      if (!this.rules.allows('read', { auth: { openid }, resource })) return { fileID, tempFileURL: '', maxAge: 0, status: -503002, errMsg: 'STORAGE_EXCEED_AUTHORITY' }
      const url = `${this.urlOf(file.key)}?sign=${randomBytes(6).toString('hex')}&t=${Date.now()}`
      return { fileID, tempFileURL: url, maxAge: maxAge ?? 86400, status: 0, errMsg: 'ok' }
    })
  }

  deleteFiles(list: string[]) {
    const delete_list = list.map((fileID) =>
      this.remove(fileID) ? { fileID, code: 'SUCCESS' } : { fileID, code: 'STORAGE_FILE_NONEXIST', message: 'file not exist' },
    )
    return { data: { delete_list } }
  }

  /** PUT (upload, empty body like COS) and GET (temp URL) under its prefix. */
  async serve(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const key = decodeURIComponent(pathname.slice(this.prefix.length))
    if (req.method === 'PUT') {
      // Like a COS upload URL, this one takes only a PUT signed by getUploadMetadata for this key:
      // without it, anyone who can reach the emulator could overwrite any file over plain HTTP.
      const token = String(req.headers['x-cos-security-token'] ?? '')
      const grant = this.uploadGrants.get(token)
      if (!grant || grant.key !== key || grant.expires < Date.now()) {
        res.writeHead(403, { 'content-type': 'application/xml', connection: 'close' }).end(cosError('AccessDenied', 'Access Denied.', key))
        return
      }
      this.uploadGrants.delete(token)
      const bytes = await readBody(req)
      const declared = req.headers['content-type']
      this.put(key, bytes, declared && declared !== 'application/octet-stream' ? declared : contentTypeOf(key))
      await this.durable()
      res.writeHead(200, { 'content-length': 0 }).end()
      return
    }
    const file = this.files.get(this.fileIdOf(key))
    if (req.method !== 'GET' || !file) {
      res.writeHead(404, { 'content-type': 'application/xml' }).end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code></Error>')
      return
    }
    res.writeHead(200, { 'content-type': file.contentType, 'content-length': file.bytes.length }).end(file.bytes)
  }
}
