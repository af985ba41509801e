// The shape check every event gets before anything else looks at it. In the cloud an event
// reaches the function's handler directly, so this cannot be left to the emulator's gateway:
// a hostile client can send JSON nested thousands deep (stack overflows in whatever walks it
// recursively: structured clone, JSON.stringify, zod), text that was not UTF-8 (it arrives
// as U+FFFD, silently corrupting what is stored) or lone surrogates (not encodable as UTF-8).
// Pure and iterative: no recursion, no Buffer, stops at the first problem.

export interface EventLimits {
  /** Containers inside containers: `{ input: { a: [] } }` is 3 deep. No action's input comes near. */
  maxDepth: number
  /** UTF-8 bytes of the event's JSON (escapes aside). */
  maxBytes: number
}

export const EVENT_LIMITS: EventLimits = {
  maxDepth: 32,
  // WeChat asks callFunction callers to move data over 100 KB to wx.cloud.CDN (Cloud.callFunction,
  // "data 参数说明"); our largest input, a document body of 20,000 characters, is 60 KB of UTF-8.
  maxBytes: 100 * 1024,
}

export interface EventProblem {
  /** Where, as a dotted path from the event (`input.note`); `event` for the event itself. */
  field: string
  /** For a villager: plain Chinese, like the handler's other field messages. */
  message: string
}

export const EVENT_MESSAGES = {
  depth: '内容的层级过深',
  text: '内容含有无法识别的字符，请重新输入',
  size: '提交的内容过长',
} as const

type Scan = { bytes: number } | { bad: true }

/** UTF-8 length of `s`, or bad if it holds a lone surrogate or U+FFFD (what undecodable bytes became). */
function scanText(s: string): Scan {
  let bytes = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1)
      if (!(next >= 0xdc00 && next <= 0xdfff)) return { bad: true }
      bytes += 4
      i++
    } else if ((c >= 0xdc00 && c <= 0xdfff) || c === 0xfffd) return { bad: true }
    else bytes += 3
  }
  return { bytes }
}

const pathOf = (parent: string, key: string | number) => (parent ? `${parent}.${key}` : String(key))

/** The first thing wrong with the event's shape, or null when it may go on to the schema. */
export function checkEvent(event: unknown, limits: EventLimits = EVENT_LIMITS): EventProblem | null {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: event, path: '', depth: 0 }]
  let bytes = 0
  const tooBig = () => bytes > limits.maxBytes
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!
    const field = path || 'event'
    if (typeof value === 'string') {
      const scan = scanText(value)
      if ('bad' in scan) return { field, message: EVENT_MESSAGES.text }
      bytes += scan.bytes + 2
    } else if (value === null || typeof value !== 'object') {
      bytes += String(value).length
    } else {
      if (depth + 1 > limits.maxDepth) return { field, message: EVENT_MESSAGES.depth }
      const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value)
      bytes += 2 + entries.length
      // Children are queued only while the total fits, so a huge container costs one pass.
      for (let i = 0; i < entries.length && !tooBig(); i++) {
        const [key, child] = entries[i]
        if (typeof key === 'string') {
          const scan = scanText(key)
          if ('bad' in scan) return { field: pathOf(path, key), message: EVENT_MESSAGES.text }
          bytes += scan.bytes + 3
        }
        stack.push({ value: child, path: pathOf(path, key), depth: depth + 1 })
      }
    }
    if (tooBig()) return { field: path.split('.')[0] || 'event', message: EVENT_MESSAGES.size }
  }
  return null
}
