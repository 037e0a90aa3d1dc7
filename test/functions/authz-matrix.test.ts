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
/**
 * 允许的调用须成功（OK）。策略可用 allowedCodes 写明某个调用者预期得到的业务答复（如重复提交的 CONFLICT、
 * 已确认记录的 STATE.*）；不写明的 CONFLICT、STATE.* 同样算失败，不再被当作“允许”悄悄放过。
 */
const allowedOk = (p: ActionPolicy, who: MatrixCaller, c: string) => c === 'OK' || (p.allowedCodes?.[who] ?? []).includes(c)

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
  /** 列表答复中出现的范围外记录 */
  const probe = (who: MatrixCaller, asWho: MatrixCaller, r: R) => {
    if (!p.absent || !r.ok) return
    const text = JSON.stringify(r.data ?? null)
    const leaked = p.absent(f, asWho, ids).filter((id) => text.includes(id))
    push(who, 'list', 'no out-of-scope records', leaked.join(',') || 'none', leaked.length === 0)
  }
  for (const who of MATRIX_CALLERS) {
    if (who === 'unbound' || who === 'expired') {
      const got = code(await call(who, p.inScope(f, 'head', ids)))
      if (p.roles === 'public') push(who, 'in', 'not AUTH.*', got, !got.startsWith('AUTH.'))
      else {
        const expect = who === 'unbound' ? 'AUTH.NOT_BOUND' : 'AUTH.ROLE_ENDED'
        push(who, 'in', expect, got, got === expect)
      }
      continue
    }
    const role = CALLER_ROLE[who]
    if (p.roles === 'public') {
      const got = code(await call(who, p.inScope(f, who, ids)))
      push(who, 'in', 'not AUTH.*', got, !got.startsWith('AUTH.'))
      continue
    }
    const allowed = p.roles.includes(role)
    if (who === 'otherHead') {
      const targeted = p.outOfScope(f, 'head', ids) !== null
      const r = await call(who, p.inScope(f, 'head', ids))
      const got = code(r)
      if (allowed && !targeted) probe(who, 'otherHead', r)
      if (!allowed) push(who, 'in', 'AUTH.FORBIDDEN', got, got === 'AUTH.FORBIDDEN')
      else if (targeted) push(who, 'in', 'NOT_FOUND', got, got === 'NOT_FOUND')
      else push(who, 'in', 'allowed', got, allowedOk(p, who, got))
      continue
    }
    const rIn = await call(who, p.inScope(f, who, ids))
    const gotIn = code(rIn)
    if (!allowed) {
      push(who, 'in', 'AUTH.FORBIDDEN', gotIn, gotIn === 'AUTH.FORBIDDEN')
      continue
    }
    push(who, 'in', 'allowed', gotIn, allowedOk(p, who, gotIn))
    probe(who, who, rIn)
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
