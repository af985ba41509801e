// WeChat's code-quality check (miniprogram-ci checkCodeQuality) passes all 11 checks on the
// repo root: compression on, lazy code loading, package sizes, no unused or misplaced code.
import { spawnSync } from 'child_process'
import path from 'path'

const root = path.resolve(__dirname, '../..')

it('passes all 11 of WeChat\'s code-quality checks on the built weapp', () => {
  // A child process: the checker leaves a file watcher running that would hold jest open.
  const run = spawnSync(process.execPath, [path.join(root, 'scripts/code-quality.mjs'), '--json'], { cwd: root, encoding: 'utf8', timeout: 150_000 })
  const last = run.stdout.trim().split('\n').pop() ?? ''
  const results = JSON.parse(last.startsWith('[') ? last : '[]') as Array<{ name: string; success: boolean; detail?: Record<string, number> }>
  expect(results.filter((r) => !r.success).map((r) => r.name)).toEqual([])
  expect(results.map((r) => r.name).sort()).toEqual([
    'CONTAINS_OTHER_PKG_COMPONENTS', 'CONTAINS_OTHER_PKG_JS', 'CONTAINS_UNUSED_CODES', 'CONTAINS_UNUSED_COMPONENTS', 'CONTAINS_UNUSED_PLUGINS',
    'IMAGE_AND_AUDIO_LIMIT', 'JS_COMPRESS_OPEN', 'LAZYCODE_LOADING_OPEN', 'PACKAGE_SIZE_LIMIT', 'WXML_COMPRESS_OPEN', 'WXSS_COMPRESS_OPEN',
  ])
  const sizes = results.find((r) => r.name === 'PACKAGE_SIZE_LIMIT')!.detail!
  expect(sizes.__APP__).toBeLessThan(1.5 * 1024 * 1024) // WeChat's limit for the main package
  expect(run.status).toBe(0)
})
