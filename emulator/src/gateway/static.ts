import fs from 'fs'
import path from 'path'
import type http from 'http'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon',
  '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.map': 'application/json',
}

/** Serves the H5 build; unknown paths get index.html (the app routes by hash). */
export function serveStatic(dir: string | undefined, req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (!dir || (req.method !== 'GET' && req.method !== 'HEAD')) return false
  const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
  let file = path.normalize(path.join(dir, urlPath))
  if (!file.startsWith(path.normalize(dir))) return false
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(dir, 'index.html')
  if (!fs.existsSync(file)) return false
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' })
  res.end(req.method === 'HEAD' ? undefined : fs.readFileSync(file))
  return true
}
