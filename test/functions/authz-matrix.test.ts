/**
 * 授权矩阵：每个云函数的每个动作 × 每类调用者，范围内与范围外目标。
 * 新增动作而没有策略条目时本测试失败（矩阵随动作自动增长）。策略格式见 authz-policy.ts。
 */
import fs from 'fs'
import path from 'path'
import { createMain, type AnyActionDef } from '../../cloudfunctions/_lib/handler'
import { ROLES } from '../../types/domain'
import { callAs, startTestEnv, type TestEnv } from '../support/env'
import { clearDatabase, FIXTURE_NOW, seedFixture, type Fixture } from '../support/fixtures'
import {
  CALLER_ROLE, loadPolicies, MATRIX_CALLERS, MATRIX_FUNCTIONS, type ActionPolicy, type MatrixCaller, type SetupIds,
} from './authz-policy'

const root = path.join(__dirname, '..', '..')

type Main = (e: unknown, c: unknown) => Promise<unknown>
interface TimerFunction {
  fn: string
  jobs: string[]
  main: Main
}

/** 已存在的函数及其动作表（index.ts 须导出 actions）；定时函数（导出 jobs 与 main）单独检查 */
function loadFunctions(): { functions: Array<{ fn: string; actions: Record<string, AnyActionDef> }>; timers: TimerFunction[] } {
  const functions: Array<{ fn: string; actions: Record<string, AnyActionDef> }> = []
  const timers: TimerFunction[] = []
  for (const fn of MATRIX_FUNCTIONS) {
    const file = path.join(root, 'cloudfunctions', fn, 'index.ts')
    if (!fs.existsSync(file)) continue
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(file) as { actions?: Record<string, AnyActionDef>; jobs?: Record<string, unknown>; main?: Main }
    if (mod.actions) functions.push({ fn, actions: mod.actions })
    else if (mod.jobs && mod.main) timers.push({ fn, jobs: Object.keys(mod.jobs), main: mod.main })
    else throw new Error(`cloudfunctions/${fn}/index.ts 须导出 actions（或定时函数的 jobs 与 main）`)
  }
  return { functions, timers }
}

const { functions, timers } = loadFunctions()
const policies = loadPolicies()
const allActions = functions.flatMap(({ fn, actions }) => Object.keys(actions).map((a) => `${fn}.${a}`))

type R = { ok: boolean; data?: unknown; error?: { code: string } }
const code = (r: R) => (r.ok ? 'OK' : r.error!.code)
/** 允许的调用者期望的答复：OK，或策略 answers 为该调用者写明的代码 */
const allowedAnswers = (p: ActionPolicy, who: MatrixCaller): string[] => ['OK', ...(p.answers?.codes[who] ?? [])]
/** 答复文本中是否出现某个完整 id（前后不紧挨 id 字符，fx-station-S 不会匹配到 fx-station-S2） */
const mentions = (text: string, id: string) => new RegExp(`(?<![\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(text)
/** 不能写进 answers 的代码：它们说明访问本身被拒绝或输入有误，不是“允许后到达的业务答复” */
const NEVER_ALLOWED = /^(AUTH\.|NOT_FOUND$|INPUT\.|INTERNAL$)/
/** 允许格的失败说明：CONFLICT、STATE.* 单独点名，说明它们不会被当作“允许” */
const allowedExpect = (p: ActionPolicy, who: MatrixCaller, got: string) => {
  const expect = allowedAnswers(p, who).join('|')
  return /^(CONFLICT|STATE\.)/.test(got) ? `${expect}（${got} 不算允许：须在策略 answers 中为该调用者写明理由）` : expect
}

interface Cell {
  who: MatrixCaller
  target: 'in' | 'out' | 'list'
  expect: string
  got: string
  pass: boolean
}

async function runCells(
  p: ActionPolicy,
  f: Fixture,
  ids: SetupIds,
  call: (who: MatrixCaller, payload: unknown) => Promise<R>,
): Promise<Cell[]> {
  const cells: Cell[] = []
  const push = (who: MatrixCaller, target: Cell['target'], expect: string, got: string, pass: boolean) =>
    cells.push({ who, target, expect, got, pass })
  const allowedCell = (who: MatrixCaller, got: string) => push(who, 'in', allowedExpect(p, who, got), got, allowedAnswers(p, who).includes(got))
  /** 列表答复中出现的范围外记录 */
  const probe = (who: MatrixCaller, r: R) => {
    if (!p.listProbe || !r.ok) return
    const text = JSON.stringify(r.data ?? null)
    const leaked = [...new Set(p.listProbe(f, who, ids))].filter((id) => mentions(text, id))
    push(who, 'list', 'no out-of-scope records', leaked.join(',') || 'none', leaked.length === 0)
  }
  for (const who of MATRIX_CALLERS) {
    if (who === 'unbound' || who === 'expired') {
      const got = code(await call(who, p.inScope(f, 'head', ids)))
      if (p.roles === 'public') allowedCell(who, got)
      else {
        const expect = who === 'unbound' ? 'AUTH.NOT_BOUND' : 'AUTH.ROLE_ENDED'
        push(who, 'in', expect, got, got === expect)
      }
      continue
    }
    const role = CALLER_ROLE[who]
    if (p.roles === 'public') {
      allowedCell(who, code(await call(who, p.inScope(f, who, ids))))
      continue
    }
    const allowed = p.roles.includes(role)
    if (who === 'otherHead') {
      const targeted = p.outOfScope(f, 'head', ids) !== null
      const r = await call(who, p.inScope(f, 'head', ids))
      const got = code(r)
      if (!allowed) push(who, 'in', 'AUTH.FORBIDDEN', got, got === 'AUTH.FORBIDDEN')
      else if (targeted) push(who, 'in', 'NOT_FOUND', got, got === 'NOT_FOUND')
      else {
        allowedCell(who, got)
        probe(who, r)
      }
      continue
    }
    const rIn = await call(who, p.inScope(f, who, ids))
    const gotIn = code(rIn)
    if (!allowed) {
      push(who, 'in', 'AUTH.FORBIDDEN', gotIn, gotIn === 'AUTH.FORBIDDEN')
      continue
    }
    allowedCell(who, gotIn)
    probe(who, rIn)
    const out = p.outOfScope(f, who, ids)
    if (out !== null) {
      const gotOut = code(await call(who, out))
      push(who, 'out', 'NOT_FOUND', gotOut, gotOut === 'NOT_FOUND')
    }
  }
  return cells
}

describe('授权矩阵', () => {
  test('每个动作都有策略条目，策略表中没有不存在的动作', () => {
    const missing = allActions.filter((a) => !policies[a])
    const stale = Object.keys(policies).filter((a) => !allActions.includes(a))
    expect({ missing, stale }).toEqual({ missing: [], stale: [] })
  })

  test('策略中的角色与动作声明的 access 一致', () => {
    const drift: string[] = []
    for (const { fn, actions } of functions) {
      for (const [action, def] of Object.entries(actions)) {
        const p = policies[`${fn}.${action}`]
        if (!p || p.skip) continue
        const roles = def.contract.roles
        const declared = roles === 'unbound' ? 'public' : roles === 'any' ? [...ROLES].sort().join(',') : [...roles].sort().join(',')
        const policy = p.roles === 'public' ? 'public' : [...p.roles].sort().join(',')
        if (declared !== policy) drift.push(`${fn}.${action}: access=${declared} 策略=${policy}`)
      }
    }
    expect(drift).toEqual([])
  })

  test('answers 只写该动作契约列出的业务错误码，并写明理由', () => {
    const wrong: string[] = []
    for (const { fn, actions } of functions) {
      for (const [action, def] of Object.entries(actions)) {
        const a = policies[`${fn}.${action}`]?.answers
        if (!a) continue
        if (!a.why.trim()) wrong.push(`${fn}.${action}: answers 没有写理由`)
        for (const [who, codes] of Object.entries(a.codes)) {
          for (const c of codes ?? []) {
            if (NEVER_ALLOWED.test(c)) wrong.push(`${fn}.${action}/${who}: ${c} 不能算作允许`)
            else if (!(c in def.contract.errors)) wrong.push(`${fn}.${action}/${who}: ${c} 不在契约 errors 中`)
          }
        }
      }
    }
    expect(wrong).toEqual([])
  })

  test('每个有范围的动作都有范围外的检查：outOfScope、listProbe，或写明 unscoped 的理由', () => {
    const callers = MATRIX_CALLERS.filter((w): w is Exclude<MatrixCaller, 'expired' | 'unbound' | 'otherHead'> => w !== 'expired' && w !== 'unbound' && w !== 'otherHead')
    // 只为看 outOfScope 是否为 null：夹具的每个字段换成它的名字
    const named = (k: string) => new Proxy({}, { get: (_u, j) => `${k}.${String(j)}` })
    const nested = ['classes', 'dorms', 'students', 'studentDocs', 'openids', 'personIds', 'assignmentIds']
    const f = new Proxy({}, { get: (_t, k) => (k === 'now' ? new Date(0) : nested.includes(String(k)) ? named(String(k)) : String(k)) }) as Fixture
    const unchecked: string[] = []
    for (const [key, p] of Object.entries(policies)) {
      if (p.skip || p.roles === 'public' || p.unscoped?.trim() || p.listProbe) continue
      const roles = p.roles
      const bare = callers.filter((w) => roles.includes(CALLER_ROLE[w]) && p.outOfScope(f, w, {}) === null)
      if (bare.length) unchecked.push(`${key}: ${bare.join(',')}`)
    }
    expect(unchecked).toEqual([])
  })

  let env: TestEnv
  beforeAll(async () => {
    env = await startTestEnv()
  })
  afterAll(() => env?.close())

  for (const { fn, jobs, main } of timers) {
    test(`${fn}：定时任务不接受任何带用户身份的调用`, async () => {
      await clearDatabase(env.db)
      const f = await seedFixture(env.db)
      const failed: string[] = []
      for (const job of ['tick', ...jobs]) {
        for (const who of MATRIX_CALLERS) {
          const got = code((await callAs(main, f.openids[who], { Type: 'Timer', TriggerName: job })) as R)
          if (got !== 'AUTH.FORBIDDEN') failed.push(`${job}/${who}: 期望 AUTH.FORBIDDEN，实际 ${got}`)
        }
      }
      expect(failed).toEqual([])
    })
  }

  for (const { fn, actions } of functions) {
    const main = createMain(actions, { clock: () => FIXTURE_NOW })
    describe(fn, () => {
      for (const action of Object.keys(actions)) {
        const key = `${fn}.${action}`
        const p = policies[key]
        const run = p && !p.skip ? test : test.skip
        run(`${key}：允许的角色可访问范围内目标，范围外为 NOT_FOUND，其余角色被拒绝`, async () => {
          await clearDatabase(env.db)
          const f = await seedFixture(env.db)
          const ids = (await p.setup?.(f, env.db)) ?? {}
          const call = (who: MatrixCaller, payload: unknown) => callAs(main, f.openids[who], { action, payload }) as Promise<R>
          const cells = await runCells(p, f, ids, call)
          const failed = cells.filter((c) => !c.pass).map((c) => `${c.who}/${c.target}: 期望 ${c.expect}，实际 ${c.got}`)
          expect(failed).toEqual([])
        }, 30_000)
      }
    })
  }
})
