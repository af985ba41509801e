#!/usr/bin/env node
// npm run build [all|functions|weapp|h5]
// Functions: each cloudfunctions/<name>/index.ts is bundled by esbuild into index.js, which
// deploys as it is (wx-server-sdk stays external: the cloud installs it from package.json).
// Client builds are skipped when nothing they are built from has changed since the last one.
import { build } from 'esbuild'
import { createHash } from 'crypto'
import { spawnSync } from 'child_process'
import fs from 'fs'
import path from 'path'
import { fileURLToPath } from 'url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export async function buildFunctions() {
  const dir = path.join(root, 'cloudfunctions')
  // CHENGXIN_FUNCTIONS=account,commitment builds only those (while another is half-written).
  const only = process.env.CHENGXIN_FUNCTIONS?.split(',')
  const names = fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, 'index.ts')) && (!only || only.includes(n)))
  await Promise.all(names.map((n) => build({
    entryPoints: [path.join(dir, n, 'index.ts')],
    outfile: path.join(dir, n, 'index.js'),
    bundle: true, platform: 'node', target: 'node16', format: 'cjs',
    external: ['wx-server-sdk'], legalComments: 'none', logLevel: 'warning', minify: true,
    banner: { js: `// Built by scripts/build.mjs from index.ts; do not edit.` },
  })))
  return names
}

function files(dir) {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : files(p)
    return /\.test\.tsx?$/.test(e.name) ? [] : [p]
  })
}

/** Hash of every file a client build reads, so an unchanged tree is not rebuilt. */
function clientInputsHash(type) {
  const h = createHash('sha256').update(type).update(process.env.CLOUD_ENV ?? '')
  const inputs = [...files(path.join(root, 'client/src')), ...files(path.join(root, 'client/config')), ...files(path.join(root, 'shared/src')),
    path.join(root, 'client/babel.config.js'), path.join(root, 'client/tsconfig.json'), path.join(root, 'package-lock.json')]
  for (const f of inputs.filter((f) => fs.existsSync(f)).sort()) h.update(f.slice(root.length)).update(fs.readFileSync(f))
  return h.digest('hex')
}

export function buildClient(type, { force = false } = {}) {
  const out = path.join(root, type === 'weapp' ? 'client/dist' : 'client/dist-h5')
  const stamp = path.join(out, '.inputs-hash')
  const hash = clientInputsHash(type)
  if (!force && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) {
    console.log(`[build] ${type}: up to date (${path.relative(root, out)})`)
    return { skipped: true, ms: 0 }
  }
  const started = Date.now()
  // Taro's progress bar floods a CI log: keep its output and show it only when the build fails.
  const taro = spawnSync(process.execPath, [path.join(root, 'node_modules/@tarojs/cli/bin/taro'), 'build', '--type', type], {
    cwd: path.join(root, 'client'), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_ENV: 'production' },
  })
  if (taro.status !== 0) {
    process.stdout.write(taro.stdout.slice(-20000))
    process.stderr.write(taro.stderr.slice(-20000))
    throw new Error(`taro build --type ${type} failed`)
  }
  fs.writeFileSync(stamp, hash)
  const ms = Date.now() - started
  console.log(`[build] ${type}: built in ${(ms / 1000).toFixed(1)} s`)
  return { skipped: false, ms }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const what = process.argv[2] ?? 'all'
  const force = process.argv.includes('--force')
  if (what === 'all' || what === 'functions') console.log(`[build] functions: ${(await buildFunctions()).join(', ')}`)
  if (what === 'all' || what === 'weapp') buildClient('weapp', { force })
  if (what === 'all' || what === 'h5') buildClient('h5', { force })
}
