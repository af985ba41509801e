import type { IncomingMessage, ServerResponse } from 'node:http'
import { randomBytes } from 'node:crypto'
import { extname } from 'node:path'
import { readBody } from '../wire/http-io'

export interface StoredFile {
  fileID: string
  key: string
  bytes: Buffer
  contentType: string
  uploadedAt: Date
}

// Served paths; the upload URL and the temp URL are both on the emulator itself.
export const FILE_PREFIX = '/_storage/'

const TYPES: Record<string, string> = {
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp',
  '.pdf': 'application/pdf', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8', '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}
const contentTypeOf = (key: string) => TYPES[extname(key).toLowerCase()] ?? 'application/octet-stream'

/** Cloud storage: files keyed by fileID (`cloud://<env>.<bucket>/<path>`), bytes in memory. */
export class Storage {
  readonly files = new Map<string, StoredFile>()
  private readonly bucket: string

  constructor(private readonly env: string, private readonly publicUrl: () => string, private readonly changed: () => void) {
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
    return `${this.publicUrl()}${FILE_PREFIX}${key}`
  }

  /** Stores bytes directly (gateway uploads, seeding). */
  put(key: string, bytes: Buffer, contentType = contentTypeOf(key)): StoredFile {
    const file = { fileID: this.fileIdOf(key), key, bytes, contentType, uploadedAt: new Date() }
    this.files.set(file.fileID, file)
    this.changed()
    return file
  }

  remove(fileID: string): boolean {
    const had = this.files.delete(fileID)
    if (had) this.changed()
    return had
  }

  /** storage.getUploadMetadata: the SDK then PUTs the bytes to `url`. */
  uploadMetadata(path: string) {
    const key = path.replace(/^\/+/, '')
    const token = randomBytes(8).toString('hex')
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

  deleteFiles(list: string[]) {
    const delete_list = list.map((fileID) =>
      this.remove(fileID) ? { fileID, code: 'SUCCESS' } : { fileID, code: 'STORAGE_FILE_NONEXIST', message: 'file not exist' },
    )
    return { data: { delete_list } }
  }

  /** PUT (upload, empty body like COS) and GET (temp URL) under FILE_PREFIX. */
  async serve(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const key = decodeURIComponent(pathname.slice(FILE_PREFIX.length))
    if (req.method === 'PUT') {
      const bytes = await readBody(req)
      const declared = req.headers['content-type']
      this.put(key, bytes, declared && declared !== 'application/octet-stream' ? declared : contentTypeOf(key))
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
