/**
 * 由动作契约（types/api/<函数>.contract.ts）生成 docs/api.md 的动作表，并重写错误码表（scripts/gen-error-table.ts）。
 *   npm run docs:api            # 写回 docs/api.md
 *   npm run docs:api -- --check # 只检查（不一致时退出码 1）
 *
 * 表格位置由文档里的标记决定，标记列出表中的动作（`函数/动作`，`前缀.*` 匹配一组）：
 *   <!-- actions identity/invite.* -->
 *   （生成的表格）
 *   <!-- /actions -->
 * 表格之间的说明文字照旧手写。新动作若落在已有前缀下，运行 npm run docs:api 即可；新前缀须在合适的标记里加上一项。
 */
import fs from 'fs'
import path from 'path'
import { assessmentContract } from '../types/api/assessment.contract'
import type { ActionContract, ActionDocRow, AnyContract } from '../types/api/contract'
import { counselingContract } from '../types/api/counseling.contract'
import { identityContract } from '../types/api/identity.contract'
import { ledgerContract } from '../types/api/ledger.contract'
import { observationsContract } from '../types/api/observations.contract'
import { reportsContract } from '../types/api/reports.contract'
import { stationContract } from '../types/api/station.contract'
import { replaceTable } from './gen-error-table'

/** 全部带动作的云函数（jobs 只有定时任务，见 docs/api.md “## jobs”） */
export const CONTRACTS: Record<string, Record<string, AnyContract>> = {
  identity: identityContract,
  observations: observationsContract,
  counseling: counselingContract,
  reports: reportsContract,
  station: stationContract,
  ledger: ledgerContract,
  assessment: assessmentContract,
}

const ROOT = path.resolve(__dirname, '..')
export const API_DOC = path.join(ROOT, 'docs', 'api.md')
const MARKER = /<!-- actions ([^>]*?) -->\n[\s\S]*?<!-- \/actions -->/g

function rolesText(c: ActionContract): string {
  if (c.roles === 'unbound') return 'anyone with a platform identity'
  if (c.roles === 'any') return 'any bound role'
  return c.roles.join(', ')
}

function errorsText(c: ActionContract): string {
  const parts = Object.entries(c.errors).map(([code, note]) => (note ? `${code} (${note})` : code))
  return parts.length ? parts.join(', ') : '—'
}

/** 标记里的一项匹配哪些动作 */
export function matchTokens(tokens: string[]): Array<{ fn: string; action: string }> {
  const out: Array<{ fn: string; action: string }> = []
  for (const token of tokens) {
    const [fn, pattern] = token.split('/')
    const actions = CONTRACTS[fn]
    if (!actions || !pattern) throw new Error(`docs/api.md 标记中的 “${token}” 应为 函数/动作 或 函数/前缀.*`)
    const names = Object.keys(actions).filter((a) => (pattern.endsWith('.*') ? a.startsWith(pattern.slice(0, -1)) : a === pattern))
    if (!names.length) throw new Error(`docs/api.md 标记中的 “${token}” 没有匹配任何动作`)
    for (const action of names) out.push({ fn, action })
  }
  return out
}

function table(tokens: string[]): string {
  const entries = matchTokens(tokens)
  const home = entries[0].fn
  const rows = entries.flatMap(({ fn, action }) => {
    const c = CONTRACTS[fn][action]
    const docs: readonly ActionDocRow[] = Array.isArray(c.doc) ? c.doc : [c.doc as ActionDocRow]
    return docs.map((d) => ({ fn, action, c, d }))
  })
  const withReads = rows.some((r) => r.d.reads !== undefined)
  const head = ['action', 'roles', 'payload', 'data', 'errors', ...(withReads ? ['reads'] : [])]
  const lines = rows.map(({ fn, action, c, d }) => {
    const name = `\`${action}\`${c.audited ? ' *audited*' : ''}${fn !== home ? ` (function \`${fn}\`)` : ''}`
    const cells = [name, d.roles ?? rolesText(c), d.payload, d.data, errorsText(c), ...(withReads ? [d.reads ?? '—'] : [])]
    return `| ${cells.join(' | ')} |`
  })
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...lines].join('\n')
}

/** 重写文档中全部动作表与错误码表 */
export function generateApiDoc(doc: string): string {
  const withTables = doc.replace(MARKER, (_m, spec: string) => {
    const tokens = spec.trim().split(/\s+/)
    return `<!-- actions ${tokens.join(' ')} -->\n${table(tokens)}\n<!-- /actions -->`
  })
  return replaceTable(withTables)
}

/** 文档标记覆盖的动作（用于检查每个动作恰好出现在一张表里） */
export function documentedActions(doc: string): string[] {
  return [...doc.matchAll(MARKER)].flatMap((m) => matchTokens(m[1].trim().split(/\s+/)).map((e) => `${e.fn}.${e.action}`))
}

if (require.main === module) {
  const doc = fs.readFileSync(API_DOC, 'utf8')
  const next = generateApiDoc(doc)
  if (process.argv.includes('--check')) {
    if (next !== doc) {
      console.error('docs/api.md 与契约不一致：运行 npm run docs:api')
      process.exit(1)
    }
  } else if (next !== doc) {
    fs.writeFileSync(API_DOC, next)
    console.log('docs/api.md 已按契约重写')
  } else console.log('docs/api.md 已是最新')
}
