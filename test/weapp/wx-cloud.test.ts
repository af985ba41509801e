// The emulator's wx.cloud (emulator/src/client/wx-cloud.ts) answers as WeChat's does: the
// weapp journeys rely on these shapes, so they are pinned here on their own.
import fs from 'fs'
import os from 'os'
import path from 'path'
import { randomUUID } from 'crypto'
import { startEmulator, type Emulator } from '../../emulator-app/start'
import { createWxCloud, type CallFunctionResult, type WxCloudError } from '../../emulator/src/client/wx-cloud'
import { relaxTimeLimits } from '../support/time-limits'

let emu: Emulator
const who = 'o-migrant'
const cloud = () => createWxCloud({ url: emu.url, openid: () => who })

beforeAll(async () => {
  emu = await startEmulator({ strictIndexes: true, seed: {} })
  relaxTimeLimits(emu)
}, 180_000)
afterAll(async () => { await emu?.stop() })

describe('wx.cloud served by the emulator', () => {
  it('answers callFunction with { result, errMsg, requestID }, as the caller', async () => {
    const c = cloud()
    c.init({ env: 'chengxin-local' })
    expect(c.env).toBe('chengxin-local')
    const res = (await c.callFunction({ name: 'account', data: { action: 'account.whoami', input: {}, requestId: randomUUID() } })) as CallFunctionResult
    expect(res).toMatchObject({ errMsg: 'cloud.callFunction:ok', requestID: expect.any(String), result: { ok: true, data: { openidTail: 'rant', name: '林丽娟' } } })
  })

  it('calls success and complete instead of returning a promise when given callbacks', async () => {
    const done = await new Promise<{ ok: unknown; all: unknown; returned: unknown }>((resolve) => {
      let ok: unknown
      const returned = cloud().callFunction({
        name: 'account', data: { action: 'account.whoami', input: {}, requestId: randomUUID() },
        success: (r) => { ok = r.errMsg },
        complete: (r) => resolve({ ok, all: (r as CallFunctionResult).errMsg, returned }),
      })
    })
    expect(done).toEqual({ ok: 'cloud.callFunction:ok', all: 'cloud.callFunction:ok', returned: undefined })
  })

  it('rejects with { errCode, errMsg: cloud.callFunction:fail … } when the function cannot run', async () => {
    const err = (await (cloud().callFunction({ name: 'no-such-function', data: {} }) as Promise<unknown>).catch((e: unknown) => e)) as WxCloudError
    expect(err.errCode).toEqual(expect.any(Number))
    expect(err.errMsg).toMatch(/^cloud\.callFunction:fail /)
  })

  it('uploads a proof photo where the storage rules allow, and refuses elsewhere', async () => {
    const photo = path.join(os.tmpdir(), `wx-cloud-${process.pid}.jpg`)
    fs.writeFileSync(photo, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]))
    try {
      const cloudPath = `proofs/${'ab'.repeat(16)}/${randomUUID()}.jpg`
      const up = await cloud().uploadFile({ cloudPath, filePath: photo })
      expect(up).toMatchObject({ fileID: expect.stringContaining(cloudPath), statusCode: 200, errMsg: 'cloud.uploadFile:ok' })
      expect([...emu.wire.storage.files.values()].find((f) => f.key === cloudPath)?.creator).toBe('o-migrant')
      const refused = (await (cloud().uploadFile({ cloudPath: 'exports/x.xlsx', filePath: photo }) as Promise<unknown>).catch((e: unknown) => e)) as WxCloudError
      expect(refused).toMatchObject({ errCode: -503002, errMsg: expect.stringMatching(/^cloud\.uploadFile:fail STORAGE_EXCEED_AUTHORITY/) })
    } finally {
      fs.rmSync(photo, { force: true })
    }
  })

  it('answers getTempFileURL per file: the repo\'s rules let no client read storage directly', async () => {
    const file = emu.wire.storage.put('exports/due/a.xlsx', Buffer.from('x'))
    const res = await cloud().getTempFileURL({ fileList: [file.fileID, 'cloud://nowhere/none.jpg'] })
    expect(res).toMatchObject({
      errMsg: 'cloud.getTempFileURL:ok',
      fileList: [
        { fileID: file.fileID, tempFileURL: '', status: -503002 },
        { fileID: 'cloud://nowhere/none.jpg', tempFileURL: '', status: -503003 },
      ],
    })
  })
})
