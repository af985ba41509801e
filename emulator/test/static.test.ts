import fs from 'fs'
import http from 'http'
import os from 'os'
import path from 'path'
import type { AddressInfo } from 'net'
import { serveStatic } from '../src/gateway/static'

// The H5 build as a CDN would serve it: content-named files cached for good, the page revalidated.
let dir: string
let server: http.Server
let base: string
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-'))
  fs.mkdirSync(path.join(dir, 'js'))
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="app"></div>')
  fs.writeFileSync(path.join(dir, 'js/app.16e094f0.js'), 'console.log(1)')
  fs.writeFileSync(path.join(dir, 'favicon.ico'), 'icon')
  server = http.createServer((req, res) => { if (!serveStatic(dir, req, res)) { res.writeHead(404); res.end() } })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  fs.rmSync(dir, { recursive: true, force: true })
})

it('lets the browser keep a file named after its content', async () => {
  const r = await fetch(`${base}/js/app.16e094f0.js`)
  expect(r.status).toBe(200)
  expect(r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  expect(r.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  expect(await r.text()).toBe('console.log(1)')
})

it('has the browser ask again for the page and other files, and answers 304 while they are unchanged', async () => {
  const first = await fetch(`${base}/`)
  expect(first.headers.get('cache-control')).toBe('no-cache')
  const etag = first.headers.get('etag')
  expect(etag).toMatch(/^".+"$/)
  expect((await fetch(`${base}/`, { headers: { 'If-None-Match': etag! } })).status).toBe(304)
  expect((await fetch(`${base}/favicon.ico`)).headers.get('cache-control')).toBe('no-cache')
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="app">new build</div>')
  const changed = await fetch(`${base}/`, { headers: { 'If-None-Match': etag! } })
  expect(changed.status).toBe(200)
  expect(await changed.text()).toContain('new build')
})

it('answers unknown paths with the page (the app routes by hash) and nothing outside the folder', async () => {
  expect(await (await fetch(`${base}/pages/index/index`)).text()).toContain('<div id="app">')
  const outside = await fetch(`${base}/..%2F..%2Fetc%2Fpasswd`)
  expect(await outside.text()).not.toContain('root:')
})
