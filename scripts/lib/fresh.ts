/** 构建产物是否过期：比较输入文件的最新修改时间与产物时间戳 */
import fs from 'fs'
import path from 'path'

const SKIP = new Set(['node_modules', 'dist', '.git', '.data', '.cache', 'test-results', 'coverage'])

/** 目录（或文件）下所有文件的最新 mtime（毫秒）；不存在为 0 */
export function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0
  const st = fs.statSync(target)
  if (!st.isDirectory()) return st.mtimeMs
  let newest = st.mtimeMs
  for (const name of fs.readdirSync(target)) {
    if (SKIP.has(name)) continue
    newest = Math.max(newest, newestMtime(path.join(target, name)))
  }
  return newest
}

/** stamp 文件不存在或早于任一输入即过期 */
export function isStale(stampFile: string, inputs: string[]): boolean {
  if (!fs.existsSync(stampFile)) return true
  const built = fs.statSync(stampFile).mtimeMs
  return inputs.some((i) => newestMtime(i) > built)
}
