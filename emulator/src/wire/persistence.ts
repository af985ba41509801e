import { existsSync, readFileSync } from 'node:fs'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { EJSON } from 'bson'
import type { Database, StoredDoc } from '../db/database'
import type { Storage } from '../storage/storage'

interface Snapshot {
  version: 1
  collections: Record<string, StoredDoc[]>
  created: string[]
  files: Record<string, { key: string; contentType: string; uploadedAt: Date; base64: string; creator?: string }>
}

const DEBOUNCE_MS = 200

/** One JSON file (EJSON, so dates survive) holding documents and stored files, written after changes. */
export class Persistence {
  private timer: NodeJS.Timeout | undefined
  private writing: Promise<void> = Promise.resolve()

  constructor(private readonly file: string | undefined, private readonly db: () => Database, private readonly storage: () => Storage) {}

  load(): void {
    if (!this.file || !existsSync(this.file)) return
    const snap = EJSON.parse(readFileSync(this.file, 'utf8'), { relaxed: true }) as Snapshot
    this.db().load(snap.collections ?? {}, snap.created ?? [])
    const storage = this.storage()
    for (const [fileID, f] of Object.entries(snap.files ?? {})) {
      storage.files.set(fileID, { fileID, key: f.key, contentType: f.contentType, uploadedAt: new Date(f.uploadedAt), bytes: Buffer.from(f.base64, 'base64'), ...(f.creator ? { creator: f.creator } : {}) })
    }
  }

  schedule(): void {
    if (!this.file || this.timer) return
    this.timer = setTimeout(() => this.flush().catch((err) => console.error(`emulator: could not write ${this.file}:`, err)), DEBOUNCE_MS)
    this.timer.unref() // a pending write must not keep a test process alive; flush() is the guarantee
  }

  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = undefined
    const file = this.file
    if (!file) return Promise.resolve()
    const text = this.serialise()
    // Writes are chained so an older snapshot never lands after a newer one.
    this.writing = this.writing.catch(() => undefined).then(async () => {
      await mkdir(dirname(file), { recursive: true })
      await writeFile(`${file}.tmp`, text)
      await rename(`${file}.tmp`, file)
    })
    return this.writing
  }

  private serialise(): string {
    const files: Snapshot['files'] = {}
    for (const f of this.storage().files.values()) {
      files[f.fileID] = { key: f.key, contentType: f.contentType, uploadedAt: f.uploadedAt, base64: f.bytes.toString('base64'), ...(f.creator ? { creator: f.creator } : {}) }
    }
    const snap: Snapshot = { version: 1, collections: this.db().dump(), created: this.db().createdCollections(), files }
    return EJSON.stringify(snap, { relaxed: true })
  }
}
