// jsdom has no TextEncoder; @noble/hashes' utf8ToBytes (used by the blind-token domain code) needs it.
import { TextDecoder, TextEncoder } from 'util'

const g = globalThis as { TextEncoder?: unknown; TextDecoder?: unknown }
g.TextEncoder ??= TextEncoder
g.TextDecoder ??= TextDecoder
