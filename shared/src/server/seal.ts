import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'crypto'
import { idHashKey } from './id-hash'

// A change's input waits in its pending audit entry only until the change completes, so a
// crashed change can be finished by running it again. Inputs can hold personal data (an ID
// number a cadre registers), so they wait sealed (AES-256-GCM under a key derived from the
// functions' secret), never in clear, and the completed entry drops them.

function sealKey(): Buffer {
  return createHmac('sha256', idHashKey()).update('chengxin/pending-input/v1').digest()
}

export function seal(value: unknown): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', sealKey(), iv)
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
}

/** Throws when the text was not sealed with this key or was altered. */
export function unseal(text: string): unknown {
  const raw = Buffer.from(text, 'base64')
  const decipher = createDecipheriv('aes-256-gcm', sealKey(), raw.subarray(0, 12))
  decipher.setAuthTag(raw.subarray(12, 28))
  return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'))
}
