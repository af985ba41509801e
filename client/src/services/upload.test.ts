import { taroMock } from '../../test-mocks/taro'
import { setDemoOpenid } from './cloud'
import { UPLOAD_FAILED_MESSAGE, uploadProofPhoto } from './upload'

const CLOUD_PATH = 'proofs/0a1b2c3d4e5f60718293a4b5c6d7e8f9/5b1c.jpg'
const fileIdOf = (path: string) => `cloud://chengxin-dev.6368-chengxin-dev-1250000000/${path}`

/** A tiny cloud: proof.uploadPath answers CLOUD_PATH (or `pathError`), uploads land in `bucket`. */
function fakeCloud(opts: { pathError?: { code: string; message: string }; uploadFails?: boolean } = {}) {
  const bucket = new Map<string, string>()
  taroMock.cloud = {
    init: () => {},
    callFunction: async ({ data }) => {
      expect((data as { action: string }).action).toBe('proof.uploadPath')
      return { result: opts.pathError ? { ok: false, error: opts.pathError } : { ok: true, data: { cloudPath: CLOUD_PATH } } }
    },
    uploadFile: async ({ cloudPath, filePath }) => {
      if (opts.uploadFails) throw { errMsg: 'cloud.uploadFile:fail request:fail' }
      bucket.set(cloudPath, filePath)
      return { fileID: fileIdOf(cloudPath) }
    },
  }
  return bucket
}

beforeEach(() => {
  taroMock.reset()
  Reflect.deleteProperty(process.env, 'TARO_ENV')
})

describe('uploadProofPhoto in the mini-program', () => {
  it("compresses the photo, uploads it to the folder the server named and answers the fileID", async () => {
    const bucket = fakeCloud()
    const r = await uploadProofPhoto('wxfile://temp/cert.jpg')
    expect(r).toEqual({ ok: true, data: { fileID: fileIdOf(CLOUD_PATH) } })
    expect(bucket.get(CLOUD_PATH)).toBe('wxfile://temp/cert.jpg.small')
  })

  it('uploads the original when the photo cannot be compressed', async () => {
    const bucket = fakeCloud()
    taroMock.compressFails = true
    expect((await uploadProofPhoto('wxfile://temp/cert.png')).ok).toBe(true)
    expect(bucket.get(CLOUD_PATH)).toBe('wxfile://temp/cert.png')
  })

  it('answers a plain message when the upload fails, and passes the server refusal through', async () => {
    fakeCloud({ uploadFails: true })
    expect(await uploadProofPhoto('wxfile://temp/cert.jpg')).toEqual({ ok: false, error: { code: 'INTERNAL', message: UPLOAD_FAILED_MESSAGE } })
    const error = { code: 'FORBIDDEN_ROLE', message: '您没有进行这个操作的权限' }
    const bucket = fakeCloud({ pathError: error })
    expect(await uploadProofPhoto('wxfile://temp/cert.jpg')).toEqual({ ok: false, error })
    expect(bucket.size).toBe(0)
  })
})

// jsdom's Blob has no text(); FileReader reads it as a browser would.
const textOf = (blob: Blob) => new Promise<string>((resolve) => {
  const reader = new FileReader()
  reader.onload = () => resolve(String(reader.result))
  reader.readAsText(blob)
})

describe('uploadProofPhoto in the H5 build', () => {
  const bucket = new Map<string, { bytes: string; type: string; openid: string }>()
  beforeEach(() => {
    process.env.TARO_ENV = 'h5'
    bucket.clear()
    setDemoOpenid('o-migrant')
    // The browser side of the emulator: the chosen file as a blob: URL, the gateway, the upload endpoint.
    global.fetch = (async (url: string, init?: { headers: Record<string, string>; body: unknown }) => {
      if (url.startsWith('blob:')) return { blob: async () => new Blob(['jpeg-bytes'], { type: 'image/jpeg' }) }
      if (url === '/functions/proof') return { ok: true, status: 200, json: async () => ({ result: { ok: true, data: { cloudPath: CLOUD_PATH } } }) }
      const path = decodeURIComponent(url.split('cloudPath=')[1] ?? '')
      if (!url.startsWith('/_emulator/upload?') || !path) return { ok: false, status: 404, json: async () => ({}) }
      bucket.set(path, { bytes: await textOf(init!.body as Blob), type: init!.headers['Content-Type'], openid: init!.headers['X-Emulator-Openid'] })
      return { ok: true, status: 200, json: async () => ({ fileID: fileIdOf(path), statusCode: 200, errMsg: 'cloud.uploadFile:ok' }) }
    }) as unknown as typeof fetch
  })

  it('reads the chosen file back from its temporary path and posts it to the emulator as the demo identity', async () => {
    const r = await uploadProofPhoto('blob:http://localhost/5b1c')
    expect(r).toEqual({ ok: true, data: { fileID: fileIdOf(CLOUD_PATH) } })
    expect(bucket.get(CLOUD_PATH)).toEqual({ bytes: 'jpeg-bytes', type: 'image/jpeg', openid: 'o-migrant' })
  })

  it('answers a plain message when the emulator refuses the upload', async () => {
    const real = global.fetch
    global.fetch = (async (url: string, init?: unknown) =>
      url.startsWith('/_emulator/upload') ? { ok: false, status: 400, json: async () => ({ errCode: -1, errMsg: 'cloud.uploadFile:fail invalid cloudPath' }) } : real(url, init as RequestInit)) as typeof fetch
    expect(await uploadProofPhoto('blob:http://localhost/5b1c')).toEqual({ ok: false, error: { code: 'INTERNAL', message: UPLOAD_FAILED_MESSAGE } })
  })
})
