/**
 * 构建锁：同一工作区里同时运行的多个 npm start / E2E 不会同时写 dist/ 的同一个目录。
 * 用 mkdir 的原子性实现；持有超过 staleMs 的锁视为遗留，直接接管。
 */
import fs from 'fs'
import path from 'path'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export async function withLock<T>(lockDir: string, fn: () => Promise<T> | T, opts: { staleMs?: number; onWait?: () => void } = {}): Promise<T> {
  const staleMs = opts.staleMs ?? 10 * 60_000
  fs.mkdirSync(path.dirname(lockDir), { recursive: true })
  let announced = false
  for (;;) {
    try {
      fs.mkdirSync(lockDir)
      break
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      const age = Date.now() - fs.statSync(lockDir).mtimeMs
      if (age > staleMs) {
        fs.rmSync(lockDir, { recursive: true, force: true })
        continue
      }
      if (!announced) opts.onWait?.()
      announced = true
      await sleep(1000)
    }
  }
  try {
    return await fn()
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true })
  }
}
