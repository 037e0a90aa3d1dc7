import fs from 'fs'

export default async function globalTeardown(): Promise<void> {
  const e2e = globalThis.__XQ_E2E__
  if (!e2e) return
  await e2e.app.close()
  fs.rmSync(e2e.dataDir, { recursive: true, force: true })
  globalThis.__XQ_E2E__ = undefined
}
