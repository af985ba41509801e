import type http from 'http'

/**
 * Reads the body unless it is over `max`: refused from Content-Length before reading anything,
 * or as soon as the streamed bytes pass `max`; what was read is dropped and the rest never kept.
 */
export function readCapped(req: http.IncomingMessage, max: number): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > max) return Promise.resolve(null)
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const stop = () => {
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onError)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= max) return void chunks.push(chunk)
      stop()
      chunks.length = 0
      resolve(null)
    }
    const onEnd = () => (stop(), resolve(Buffer.concat(chunks, size)))
    const onError = (err: Error) => (stop(), reject(err))
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', onError)
  })
}
