/**
 * 由 types/errors.ts 生成 docs/api.md 中的错误码表（两个标记之间的内容）。
 *   npx tsx scripts/gen-error-table.ts          # 打印
 *   npx tsx scripts/gen-error-table.ts --write  # 写回 docs/api.md
 */
import fs from 'fs'
import path from 'path'

const ROOT = path.resolve(__dirname, '..')
export const START = '<!-- error-codes:start -->'
export const END = '<!-- error-codes:end -->'

/** 读取 errors.ts 源码：每个代码前的注释为含义，值为给用户看的提示 */
export function errorTable(): string {
  const src = fs.readFileSync(path.join(ROOT, 'types', 'errors.ts'), 'utf8')
  const rows = [...src.matchAll(/\/\*\* (.*?) \*\/\s*\n\s*'?([A-Z_.]+)'?: '(.*?)',/g)].map(
    (m) => `| \`${m[2]}\` | ${m[1]} | ${m[3]} |`,
  )
  return ['| code | meaning | message shown to the user |', '|---|---|---|', ...rows].join('\n')
}

export function replaceTable(doc: string): string {
  const a = doc.indexOf(START)
  const b = doc.indexOf(END)
  if (a < 0 || b < a) throw new Error(`docs/api.md 缺少 ${START} … ${END}`)
  return `${doc.slice(0, a + START.length)}\n${errorTable()}\n${doc.slice(b)}`
}

if (require.main === module) {
  const file = path.join(ROOT, 'docs', 'api.md')
  if (process.argv.includes('--write')) fs.writeFileSync(file, replaceTable(fs.readFileSync(file, 'utf8')))
  else console.log(errorTable())
}
