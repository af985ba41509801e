// Per-project test timeouts. jest 30 ignores `testTimeout` inside a `projects` entry (it is
// a global option), so each project names its budget in `globals.testTimeoutMs` and this
// file, run after the framework is installed, applies it. A file may still ask for more.
// Budgets fit a loaded 2-core machine (load average above 10): a test that calls the
// emulator pays function cold starts, and a browser journey renders every page.
declare const testTimeoutMs: number | undefined

jest.setTimeout(typeof testTimeoutMs === 'number' ? testTimeoutMs : 30_000)
