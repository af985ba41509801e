import http from 'http'
import { mkdtempSync, rmSync } from 'fs'
import { tmpdir } from 'os'
import path from 'path'
import { randomUUID } from 'crypto'
import { startEmulator, type Emulator } from '../../emulator-app/start'
import { realSdk } from '../../emulator/test/support/emulator'

// The repo's database/storage-rules.json, enforced on the H5 build's uploads (wx.cloud.uploadFile).
// Needs the built functions (node scripts/build.mjs functions).
const MIGRANT = 'o-migrant' // resident of h-shizi-001, whose member h-shizi-001-m4 works away
const HEAD = 'o-resident-head' // head of the same household
const CADRE = 'o-cadre-shizi'
const STRANGER = 'o-not-a-villager'
const SEEDED_PHOTO = 'proofs/seed/certificate.png'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator({ strictIndexes: true, seed: {} })
})
afterAll(() => emu.stop())

async function call(openid: string, fn: string, action: string, input: unknown) {
  const res = await fetch(`${emu.url}/functions/${fn}`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Emulator-Openid': openid }, body: JSON.stringify({ action, input, requestId: randomUUID() }),
  })
  return (await res.json()).result
}

async function upload(openid: string, cloudPath: string, bytes: Buffer) {
  const res = await fetch(`${emu.url}/_emulator/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST', headers: { 'X-Emulator-Openid': openid, 'Content-Type': 'image/jpeg' }, body: new Uint8Array(bytes),
  })
  return { status: res.status, body: await res.json() }
}

const storedBytes = (key: string) => emu.wire.storage.files.get(emu.wire.storage.fileIdOf(key))?.bytes
const DENIED = { status: 403, body: { errCode: -503002, errMsg: expect.stringMatching(/^cloud\.uploadFile:fail STORAGE_EXCEED_AUTHORITY/) } }
const jpeg = (n: number) => Buffer.from([0xff, 0xd8, 0xff, 0xe0, n])
const ownPath = async (openid: string): Promise<string> => (await call(openid, 'proof', 'proof.uploadPath', {})).data.cloudPath

describe('storage security rules on uploads', () => {
  it("refuses anyone overwriting a resident's seeded proof photo, and its bytes stay", async () => {
    const before = Buffer.from(storedBytes(SEEDED_PHOTO)!)
    expect(await upload(STRANGER, SEEDED_PHOTO, jpeg(1))).toEqual(DENIED)
    expect(await upload(MIGRANT, SEEDED_PHOTO, jpeg(2))).toEqual(DENIED)
    expect(storedBytes(SEEDED_PHOTO)).toEqual(before)
  })

  it('lets a resident upload where proof.uploadPath says, as its creator; only the creator may overwrite it', async () => {
    const cloudPath = await ownPath(MIGRANT)
    const first = await upload(MIGRANT, cloudPath, jpeg(1))
    expect(first).toEqual({ status: 200, body: { fileID: emu.wire.storage.fileIdOf(cloudPath), statusCode: 200, errMsg: 'cloud.uploadFile:ok' } })
    expect(JSON.stringify(first.body)).not.toContain(MIGRANT) // the folder is a keyed hash, not the openid
    expect(emu.wire.storage.files.get(first.body.fileID)?.creator).toBe(MIGRANT)

    expect(await upload(HEAD, cloudPath, jpeg(2))).toEqual(DENIED) // same household, still not the creator
    expect(await upload(STRANGER, cloudPath, jpeg(3))).toEqual(DENIED)
    expect(storedBytes(cloudPath)).toEqual(jpeg(1))

    expect((await upload(MIGRANT, cloudPath, jpeg(4))).status).toBe(200)
    expect(storedBytes(cloudPath)).toEqual(jpeg(4))
    expect(emu.wire.storage.files.get(first.body.fileID)?.creator).toBe(MIGRANT)
  })

  it('refuses a client upload anywhere but a proof photo, and stores nothing', async () => {
    const folder = (await ownPath(MIGRANT)).split('/')[1]
    const count = emu.wire.storage.files.size
    for (const cloudPath of [`proofs/${folder}/${randomUUID()}.png`, `proofs/${folder}/x/${randomUUID()}.jpg`, 'proofs/seed/new.jpg', 'invites/ABCD1234.png', `exports/due/v-shizi/${randomUUID()}/due.xlsx`, 'a.jpg']) {
      expect(await upload(MIGRANT, cloudPath, jpeg(1))).toEqual(DENIED)
    }
    expect(emu.wire.storage.files.size).toBe(count)
  })

  it('refuses before reading the body: the answer comes while a large upload is still open', async () => {
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${emu.url}/_emulator/upload?cloudPath=${encodeURIComponent(SEEDED_PHOTO)}`, {
        method: 'POST', headers: { 'X-Emulator-Openid': STRANGER, 'Content-Length': 8 * 1024 * 1024 },
      }, (res) => {
        let body = ''
        res.on('data', (c) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      })
      req.on('error', () => undefined) // the server closes the connection after refusing
      req.write(Buffer.alloc(1024)) // and never the rest
      setTimeout(() => reject(new Error('no answer while the body was open')), 5000).unref()
    })
    expect(answer.status).toBe(403)
    expect(JSON.parse(answer.body).errCode).toBe(-503002)
  })

  it('refuses a PUT to the storage URL without upload credentials from getUploadMetadata', async () => {
    const before = Buffer.from(storedBytes(SEEDED_PHOTO)!)
    const res = await fetch(emu.wire.storage.urlOf(SEEDED_PHOTO), { method: 'PUT', body: new Uint8Array(jpeg(9)) })
    expect(res.status).toBe(403)
    expect(await res.text()).toContain('<Code>AccessDenied</Code>')
    expect(storedBytes(SEEDED_PHOTO)).toEqual(before)
  })

  it("leaves the server's own writes (admin, as in CloudBase) unaffected", async () => {
    const cloud = realSdk(`${emu.url}/admin`)
    const { fileID } = await cloud.uploadFile({ cloudPath: SEEDED_PHOTO, fileContent: Buffer.from('replaced by a function') })
    expect(emu.wire.storage.files.get(fileID)?.bytes.toString()).toBe('replaced by a function')
    const exported = await cloud.uploadFile({ cloudPath: 'exports/due/v-shizi/x/due.xlsx', fileContent: Buffer.from([1, 2]) })
    expect(emu.wire.storage.files.get(exported.fileID)?.creator).toBeUndefined()
  })

  it('keeps the proof journey working: path, upload, submit, and the cadre sees the photo', async () => {
    await emu.reseed()
    emu.wire.db.collection('proofs').remove({}) // the seed holds a pending proof for this member
    const cloudPath = await ownPath(MIGRANT)
    const photo = jpeg(42)
    const { body } = await upload(MIGRANT, cloudPath, photo)
    const day = new Date(Date.now() - 3 * 86400000).toLocaleDateString('sv', { timeZone: 'Asia/Shanghai' })
    const submitted = await call(MIGRANT, 'proof', 'proof.submit', { memberId: 'h-shizi-001-m4', clinicName: '深圳市宝安区妇幼保健院', checkupDay: day, fileId: body.fileID })
    expect(submitted).toMatchObject({ ok: true, data: { proof: { status: 'pending' } } })
    const listed = await call(CADRE, 'proof', 'proof.list', {})
    const url = listed.data.items.find((p: { id: string }) => p.id === submitted.data.proof.id)?.photoUrl
    expect(Buffer.from(await (await fetch(url)).arrayBuffer())).toEqual(photo)
  })
})

describe('storage security rules across a restart', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'emulator-creators-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it("keeps each file's creator, so the rules still know who may overwrite it", async () => {
    const dataFile = path.join(dir, 'data.json')
    const cloudPath = `proofs/${'a'.repeat(32)}/${randomUUID()}.jpg`
    const first = await startEmulator({ dataFile, seed: false })
    const put = (e: Emulator, openid: string, n: number) =>
      fetch(`${e.url}/_emulator/upload?cloudPath=${cloudPath}`, { method: 'POST', headers: { 'X-Emulator-Openid': openid }, body: new Uint8Array(jpeg(n)) })
    expect((await put(first, MIGRANT, 1)).status).toBe(200)
    await first.stop()
    const second = await startEmulator({ dataFile, seed: false })
    try {
      expect((await put(second, STRANGER, 2)).status).toBe(403)
      expect((await put(second, MIGRANT, 3)).status).toBe(200)
      expect(second.wire.storage.files.get(second.wire.storage.fileIdOf(cloudPath))?.bytes).toEqual(jpeg(3))
    } finally {
      await second.stop()
    }
  })
})
