/**
 * 假期中（寒暑假，没有当前学期）：每个动作以每个允许的角色调用都不得答 INTERNAL；
 * 首页与每周页面用到的读动作都正常返回，上一学期的看板、历史与月报仍可读；week.current 说明“假期中”与下学期开始日。
 * 夹具的学期 2026-09-07 起 18 周，于 2027-01-10 结束；寒假中的 2027-02-01 没有当前周。
 */
import path from 'path'
import { createMain, type AnyActionDef } from '../../cloudfunctions/_lib/handler'
import { COLLECTIONS } from '../../cloudfunctions/_lib/collections'
import { callAs, startTestEnv, type TestEnv } from '../support/env'
import { clearDatabase, seedFixture, FIXTURE_TERM, type Fixture } from '../support/fixtures'
import { CALLER_ROLE, loadPolicies, MATRIX_FUNCTIONS, type MatrixCaller } from './authz-policy'

const WINTER = new Date('2027-02-01T04:00:00Z')
const ROLE_CALLERS: MatrixCaller[] = ['head', 'counselorA', 'committeeA', 'observerA', 'center']

type R = { ok: boolean; data?: any; error?: { code: string; message: string } }
const policies = loadPolicies()
const functions = MATRIX_FUNCTIONS.map((fn) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(path.join(__dirname, '..', '..', 'cloudfunctions', fn, 'index.ts')) as { actions?: Record<string, AnyActionDef> }
  return { fn, actions: mod.actions }
}).filter((x): x is { fn: (typeof MATRIX_FUNCTIONS)[number]; actions: Record<string, AnyActionDef> } => !!x.actions)

let env: TestEnv
let f: Fixture
beforeAll(async () => {
  env = await startTestEnv()
})
afterAll(() => env.close())

const call = (fn: string, who: MatrixCaller, action: string, payload: unknown = {}): Promise<R> => {
  const entry = functions.find((x) => x.fn === fn)!
  return callAs(createMain(entry.actions, { clock: () => WINTER }), f.openids[who], { action, payload })
}

describe('假期中，没有下学期', () => {
  beforeAll(async () => {
    await clearDatabase(env.db)
    f = await seedFixture(env.db)
  })

  test('week.current：没有当前周，说明假期中，上一学期仍在', async () => {
    for (const who of ['committeeA', 'observerA', 'counselorA', 'head'] as const) {
      const r = await call('observations', who, 'week.current')
      expect(r.error).toBeUndefined()
      expect(r.data.week).toBeNull()
      expect(r.data.phase).toEqual({ kind: 'between_terms', nextStart: null, lastEnded: '2027-01-10' })
      expect(r.data.term.name).toBe(FIXTURE_TERM.name)
    }
  })

  test('首页与每周页面的读动作都正常返回（上一学期的看板、历史、本周待办、晚点名）', async () => {
    const reads: Array<[string, MatrixCaller, string, unknown]> = [
      ['observations', 'counselorA', 'board.week', {}],
      ['observations', 'head', 'board.week', {}],
      ['observations', 'committeeA', 'report.history', {}],
      ['observations', 'observerA', 'report.history', {}],
      ['counseling', 'counselorA', 'week.overview', {}],
      ['counseling', 'counselorA', 'rollcall.board', {}],
      ['counseling', 'head', 'rollcall.board', {}],
    ]
    const failed: string[] = []
    for (const [fn, who, action, payload] of reads) {
      const r = await call(fn, who, action, payload)
      if (!r.ok) failed.push(`${fn}.${action}/${who}: ${r.error!.code} ${r.error!.message}`)
    }
    expect(failed).toEqual([])
  })
})

describe('假期中，已设置下学期', () => {
  beforeAll(async () => {
    await clearDatabase(env.db)
    f = await seedFixture(env.db)
    await env.db.collection(COLLECTIONS.terms).add({
      _id: 'term-next', stationId: f.stationId, ...FIXTURE_TERM, name: '2026-2027学年第二学期', startDate: '2027-03-01', weeksOff: [], createdAt: WINTER, updatedAt: WINTER,
    })
  })

  test('week.current 给出下学期开始日', async () => {
    const r = await call('observations', 'committeeA', 'week.current')
    expect(r.data.phase).toEqual({ kind: 'between_terms', nextStart: '2027-03-01', lastEnded: '2027-01-10' })
  })
})

describe('假期中调用每个动作', () => {
  for (const { fn, actions } of functions) {
    for (const action of Object.keys(actions)) {
      const p = policies[`${fn}.${action}`]
      if (!p || p.skip || p.roles === 'public') continue
      const roles = p.roles
      test(`${fn}.${action}：不答 INTERNAL`, async () => {
        await clearDatabase(env.db)
        f = await seedFixture(env.db)
        const ids = (await p.setup?.(f, env.db)) ?? {}
        const bad: string[] = []
        for (const who of ROLE_CALLERS.filter((w) => roles.includes(CALLER_ROLE[w as keyof typeof CALLER_ROLE]))) {
          const r = await call(fn, who, action, p.inScope(f, who, ids))
          if (!r.ok && r.error!.code === 'INTERNAL') bad.push(`${who}: ${r.error!.message}`)
        }
        expect(bad).toEqual([])
      }, 30_000)
    }
  }
})
