import type { IncomingMessage, ServerResponse } from 'node:http'

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

export function sendJson(res: ServerResponse, body: unknown): void {
  const text = JSON.stringify(body)
  // CloudBase answers `application/json; charset=utf-8`; for wx.openApi the SDK uses exactly
  // this content type to tell a JSON error from a protobuf reply.
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

export function sendBytes(res: ServerResponse, bytes: Uint8Array, contentType: string): void {
  res.writeHead(200, { 'content-type': contentType, 'content-length': bytes.length })
  res.end(Buffer.from(bytes))
}

/** Minimal multipart/form-data parser: the SDK's wx.openApi form holds a few small fields. */
export function parseMultipart(body: Buffer, contentType: string): Record<string, Buffer> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType)
  if (!boundary) return {}
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`)
  const fields: Record<string, Buffer> = {}
  let start = body.indexOf(delimiter)
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length)
    if (next === -1) break
    const part = body.subarray(start + delimiter.length + 2, next - 2) // skip CRLF after delimiter, before next
    const headerEnd = part.indexOf('\r\n\r\n')
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString('utf8')
      const name = /name="([^"]*)"/i.exec(headers)?.[1]
      if (name) fields[name] = part.subarray(headerEnd + 4)
    }
    start = next
  }
  return fields
}
