import { createHash } from 'crypto'
import fs from 'fs'
import path from 'path'
import type http from 'http'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon',
  '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.map': 'application/json',
}

/** A build's file named after its content (app.16e094f0.js, app.16e094f0419a254f7168.css) never changes. */
const CONTENT_HASHED = /\.[0-9a-f]{8,}\.(js|css)$/

/**
 * Serves the H5 build; unknown paths get index.html (the app routes by hash). Files named after
 * their content are cached for good, as a CDN serves them, so a returning visitor's browser loads
 * them from its cache (and reuses their compiled code); the rest are revalidated by ETag.
 */
export function serveStatic(dir: string | undefined, req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (!dir || (req.method !== 'GET' && req.method !== 'HEAD')) return false
  const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
  let file = path.normalize(path.join(dir, urlPath))
  if (!file.startsWith(path.normalize(dir))) return false
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(dir, 'index.html')
  if (!fs.existsSync(file)) return false
  const body = fs.readFileSync(file)
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`
  const headers = {
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Cache-Control': CONTENT_HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
    ETag: etag,
  }
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers)
    res.end()
    return true
  }
  res.writeHead(200, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
  return true
}
