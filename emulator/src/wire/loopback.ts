/** The emulator never talks to the internet: any non-loopback URL is a configuration bug. */
export function assertLoopback(url: string, what: string): void {
  let host: string
  try {
    host = new URL(url).hostname
  } catch {
    throw new Error(`emulator: ${what} is not a valid URL: ${url}`)
  }
  const loopback = host === 'localhost' || host === '[::1]' || host === '::1' || /^127\./.test(host)
  if (!loopback) {
    throw new Error(`emulator: ${what} points at ${host}, which is not loopback; the emulator never talks to the internet`)
  }
}
