import { Worker } from 'worker_threads'
import { instanceExecArgv } from './pool'

describe('the flags a function instance inherits', () => {
  it('leaves out tsx and the V8 flags a worker refuses, keeps the rest', () => {
    const parent = ['--expose-gc', '--max-old-space-size=8192', '--max-semi-space-size=32', '--import', 'tsx', '--enable-source-maps', '--require=./other.js']
    expect(instanceExecArgv(parent)).toEqual(['--enable-source-maps', '--require=./other.js'])
  })

  it('gives flags a worker accepts, whatever the bench or the user started node with', async () => {
    const argv = instanceExecArgv(['--expose-gc', '--max_old_space_size=4096', '--max-semi-space-size=32', '--enable-source-maps'])
    const worker = new Worker('require("worker_threads").parentPort.postMessage("up")', { eval: true, execArgv: argv })
    await expect(new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject))).resolves.toBe('up')
    await worker.terminate()
  })
})
