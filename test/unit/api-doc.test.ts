import fs from 'fs'
import { actions as counselingActions } from '../../cloudfunctions/counseling'
import { actions as identityActions } from '../../cloudfunctions/identity'
import { actions as ledgerActions } from '../../cloudfunctions/ledger'
import { jobs } from '../../cloudfunctions/jobs'
import { actions as observationsActions } from '../../cloudfunctions/observations'
import { actions as reportsActions } from '../../cloudfunctions/reports'
import { actions as stationActions } from '../../cloudfunctions/station'
import { API_DOC, CONTRACTS, documentedActions, generateApiDoc } from '../../scripts/gen-api-docs'
import { ERROR_CODES } from '../../types/errors'

const doc = fs.readFileSync(API_DOC, 'utf8')
const served: Record<string, Record<string, { contract: unknown }>> = {
  identity: identityActions,
  observations: observationsActions,
  counseling: counselingActions,
  reports: reportsActions,
  station: stationActions,
  ledger: ledgerActions,
}

describe('docs/api.md 与契约一致', () => {
  test('动作表与错误码表都由契约生成（不一致时运行 npm run docs:api）', () => {
    expect(generateApiDoc(doc)).toBe(doc)
    for (const c of ERROR_CODES) expect(doc).toContain(`\`${c}\``)
  })

  test('每个函数的每个动作恰好出现在一张表里', () => {
    const all = Object.entries(CONTRACTS).flatMap(([fn, actions]) => Object.keys(actions).map((a) => `${fn}.${a}`))
    const documented = documentedActions(doc)
    const counts = new Map<string, number>()
    for (const a of documented) counts.set(a, (counts.get(a) ?? 0) + 1)
    expect(all.filter((a) => counts.get(a) !== 1)).toEqual([])
  })

  test('每个云函数提供的动作正是它的契约里的动作，并用契约里的那一份定义', () => {
    for (const [fn, actions] of Object.entries(served)) {
      expect(Object.keys(actions).sort()).toEqual(Object.keys(CONTRACTS[fn]).sort())
      for (const [name, def] of Object.entries(actions)) expect(def.contract).toBe(CONTRACTS[fn][name])
    }
  })

  test('标为 paged 的动作恰好是输入带 { page, pageSize } 的动作（唯一的分页约定）', () => {
    const drift: string[] = []
    for (const [fn, actions] of Object.entries(CONTRACTS)) {
      for (const [name, c] of Object.entries(actions)) {
        const shape = (c.input as { shape?: Record<string, unknown> }).shape ?? {}
        const paging = 'page' in shape && 'pageSize' in shape
        if (paging !== c.paged) drift.push(`${fn}.${name}: paged=${c.paged}, 输入${paging ? '有' : '没有'} page/pageSize`)
        if ('skip' in shape || 'limit' in shape) drift.push(`${fn}.${name}: 用 skip/limit 分页`)
      }
    }
    expect(drift).toEqual([])
  })

  test('jobs 的每个定时任务都在任务表里', () => {
    const section = doc.slice(doc.indexOf('## jobs'), doc.indexOf('\n## ', doc.indexOf('## jobs') + 1))
    for (const name of Object.keys(jobs)) expect(section).toContain(`| \`${name}\` |`)
  })
})
