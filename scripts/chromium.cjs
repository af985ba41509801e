// Where the browser for journeys and screenshots is: Debian's chromium (apt-get install chromium).
// CommonJS so that both the ESM scripts and the jest journeys can load it.
const fs = require('fs')

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync']

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)
  return candidates.find((p) => fs.existsSync(p)) ?? null
}

module.exports = { CHROMIUM_ARGS, chromiumPath }
