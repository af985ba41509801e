// The emulator as any wx-server-sdk project uses it: programmatically, and through its bin.
const { spawn } = require('child_process')
const path = require('path')
const { startEmulator } = require('@chengxin/emulator')

const here = (p) => path.join(__dirname, p)
const callHello = (url, openid, data) => fetch(`${url}/functions/hello`, {
  method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Emulator-Openid': openid }, body: JSON.stringify(data),
}).then((res) => res.json())

describe('hello, with startEmulator()', () => {
  let emu
  beforeAll(async () => {
    emu = await startEmulator({ functionsDir: here('cloudfunctions'), databaseDir: here('database'), seed: here('seed.js'), strictIndexes: true })
  })
  afterAll(() => emu.stop())

  it('writes a greeting as the caller and reads it back', async () => {
    const { result } = await callHello(emu.url, 'o-alice', { text: '你好，世界' })
    expect(result).toEqual({ id: expect.any(String), text: '你好，世界', openid: 'o-alice', mine: 2 })
    expect(emu.wire.db.collection('greetings').findOne({ _id: result.id })).toMatchObject({ openid: 'o-alice', at: expect.any(Date) })
  })

  it('starts from the seed again on reseed(), with the sign-in list the seed module gives', async () => {
    await emu.reseed()
    expect(emu.wire.db.collection('greetings').count()).toBe(1)
    expect(await (await fetch(`${emu.url}/_emulator/identities`)).json()).toEqual({ identities: [{ openid: 'o-alice', name: 'Alice' }] })
  })
})

describe('hello, with the emulator bin', () => {
  let child
  afterAll(() => child?.kill('SIGTERM'))

  it('serves the project it is started in: functions, database and seed', async () => {
    const bin = require.resolve('@chengxin/emulator/package.json').replace(/package\.json$/, 'bin/emulator.js')
    child = spawn(process.execPath, [bin, 'start', '--port', '0', '--seed', './seed.js'], { cwd: __dirname })
    const url = await new Promise((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (c) => {
        out += c
        const m = /listening on (http:\/\/\S+)/.exec(out)
        if (m) resolve(m[1])
      })
      child.stderr.on('data', (c) => process.stderr.write(c))
      child.on('exit', (code) => reject(new Error(`emulator exited with ${code}: ${out}`)))
    })
    const { result } = await callHello(url, 'o-bob', { text: 'hi' })
    expect(result).toMatchObject({ text: 'hi', openid: 'o-bob', mine: 1 })
  }, 30000)
})
