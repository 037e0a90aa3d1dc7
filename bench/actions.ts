/**
 * 每个读动作的数据库请求数：npm run bench:actions [-- --detail counseling.week.overview,…]
 *
 * 两个站点各在一个全新的本地模拟器里（进程内，经真实 @cloudbase/node-sdk）：
 * - 演示站点：scripts/seed 的演示数据（npm start 看到的那一个）；
 * - 大站点：bench/monthly-seed.ts 的压测站点（300 班、1500 宿舍、两个月记录），另配一名带 30 个班 150 间宿舍的辅导员、
 *   一名心理委员、一名宿舍观察员与学校中心。
 * 以站长、辅导员、心理委员、宿舍观察员、学校中心的身份调用每个函数中允许该角色的每个读动作，
 * 用模拟器 /emulator/stats 数出这一次调用的数据库请求数（含解析调用者、审计日志），打印两个站点的对照表。
 *
 * 失败（退出码 1）：
 * - 某个读动作在大站点上比在演示站点上多发请求（请求数随站点规模增长 = N+1）；
 * - 服务某个页面的读动作超过 BUDGET（8）次请求；
 * - 调用没有成功（负载写错或数据缺失时应当修负载，而不是放过）。
 * 报表生成与导出（monthly.generate / monthly.export）有各自的预算（npm run bench:monthly），不在此列。
 */
import { previousMonth, shanghaiMonth } from '../domain/calendar'
import { makeFunctionContext } from '../emulator/context'
import { COLLECTIONS } from '../cloudfunctions/_lib/collections'
import { createMain, type AnyActionDef } from '../cloudfunctions/_lib/handler'
import type { Database } from '../cloudfunctions/_lib/sdk'
import { actions as identity } from '../cloudfunctions/identity'
import { actions as observations } from '../cloudfunctions/observations'
import { actions as counseling } from '../cloudfunctions/counseling'
import { actions as reports } from '../cloudfunctions/reports'
import { actions as ledger } from '../cloudfunctions/ledger'
import { actions as station } from '../cloudfunctions/station'
import { actions as assessment } from '../cloudfunctions/assessment'
import { seedDemo } from '../scripts/seed'
import type { Role } from '../types/domain'
import type { RoleAssignmentDoc } from '../types/models'
import { addLedgerRecords } from './ledger-records'
import { seedStation } from './monthly-seed'
import { first, type Scope } from './read-actions-base'
import { READ_ACTIONS } from './read-actions'
import { runBench, statsOf, withBenchEmulator } from './support'

export const BUDGET = 8

/** --detail a,b：另外打印这些动作按数据库操作的分项 */
const DETAIL = process.argv.includes('--detail') ? process.argv[process.argv.indexOf('--detail') + 1].split(',') : []

const FUNCTIONS: Record<string, Record<string, AnyActionDef>> = { identity, observations, counseling, reports, ledger, station, assessment }
const ROLES: Role[] = ['head', 'counselor', 'committee', 'observer', 'center']
const month = (now: Date) => previousMonth(shanghaiMonth(now))

const allows = (def: AnyActionDef, role: Role) => def.contract.roles === 'any' || def.contract.roles === 'unbound' || def.contract.roles.includes(role)

/** 表中的每一行：READ_ACTIONS 的每个动作 × 契约允许的每个角色（按表的顺序） */
function pairs(): Array<{ action: string; role: Role }> {
  return Object.keys(READ_ACTIONS).flatMap((key) => {
    const [fn, ...rest] = key.split('.')
    const def = FUNCTIONS[fn]?.[rest.join('.')]
    return def ? ROLES.filter((role) => allows(def, role)).map((role) => ({ action: key, role })) : []
  })
}

/** 某站点上各角色的调用者 */
interface Station {
  label: string
  stationId: string
  callers: Partial<Record<Role, string>>
}

export interface Row {
  action: string
  role: Role
  screen: boolean
  counts: Record<string, number | string>
}

async function scopeOf(db: Database, openid: string, role: Role, stationId: string): Promise<Scope> {
  if (role === 'center') {
    const e = await first(db, COLLECTIONS.keyCare, { centerReferredAt: db.command.exists(true) })
    return { stationId, referred: e?.studentId ?? '' }
  }
  const person = await first(db, COLLECTIONS.people, { openid })
  const a = (await first(db, COLLECTIONS.roleAssignments, { personId: person._id, role })) as RoleAssignmentDoc
  return { stationId, personId: person._id, classId: a.classId ?? a.classIds?.[0], dormId: a.dormId ?? a.dormIds?.[0], classIds: a.classIds }
}

/** 在一个站点上逐个测量；返回 action/role → 请求数（失败时为错误码） */
async function measure(db: Database, url: string, station: Station, now: Date): Promise<Map<string, number | string>> {
  const out = new Map<string, number | string>()
  const { reset, stats } = statsOf(url)
  for (const [fn, actions] of Object.entries(FUNCTIONS)) {
    const main = createMain(actions, { clock: () => now })
    for (const [action, def] of Object.entries(actions)) {
      const key = `${fn}.${action}`
      const spec = READ_ACTIONS[key]
      if (!spec) continue
      for (const [role, openid] of Object.entries(station.callers) as Array<[Role, string]>) {
        if (!allows(def, role)) continue
        const payload = await spec.payload(db, await scopeOf(db, openid, role, station.stationId), now)
        if (payload === null) continue
        // 先热身一次（冷启动的一次性读取不计），再数第二次
        await main({ action, role, payload }, makeFunctionContext('bench', openid))
        await reset()
        const r = (await main({ action, role, payload }, makeFunctionContext('bench', openid))) as { ok: boolean; error?: { code: string } }
        const s = await stats()
        if (DETAIL.includes(key)) console.log(`${station.label} ${key} as ${role}: ${JSON.stringify(s.byAction)}`)
        out.set(`${key}|${role}`, r.ok ? s.total : r.error!.code)
      }
    }
  }
  return out
}

async function demoStation(now: Date): Promise<Map<string, number | string>> {
  return withBenchEmulator('actions', {}, async (db, url) => {
    await seedDemo(db, now)
    const head = await first(db, COLLECTIONS.people, { openid: 'demo-head' })
    const a = (await first(db, COLLECTIONS.roleAssignments, { personId: head._id, role: 'head' })) as RoleAssignmentDoc
    await addLedgerRecords(db, a.stationId!, 'demo-head', 'demo-counselor-1', now, 1)
    return measure(db, url, {
      label: 'demo',
      stationId: a.stationId!,
      callers: { head: 'demo-head', counselor: 'demo-counselor-1', committee: 'demo-committee-1', observer: 'demo-observer-1', center: 'demo-center' },
    }, now)
  })
}

async function largeStation(now: Date): Promise<Map<string, number | string>> {
  return withBenchEmulator('actions', {}, async (db, url) => {
    const m = month(now)
    const big = await seedStation(db, 0, [previousMonth(m), m], now)
    const S = big.stationId
    const since = new Date(now.getTime() - 365 * 86_400_000)
    const person = (id: string, name: string) => ({ _id: id, openid: `${id}-openid`, name, createdAt: now })
    const assignment = (personId: string, role: Role, extra: object) =>
      ({ _id: `${personId}-a`, personId, role, ...extra, termStart: since, termEnd: null, endedAt: null, createdAt: now })
    const classIds = Array.from({ length: 30 }, (_, i) => `${S}-c${i}`)
    const dormIds = Array.from({ length: 150 }, (_, i) => `${S}-d${i}`)
    // 观察员本人是站内的一名学生（按学号取年级，培训对象按年级）
    const student = await first(db, COLLECTIONS.students, { stationId: S })
    await db.collection(COLLECTIONS.people).add([
      person(`${S}-counselor0`, '辅导员0'), person(`${S}-committee`, '压测委员'), { ...person(`${S}-observer`, '压测观察员'), studentNo: student.studentNo }, person('bench-center', '压测中心'),
    ])
    await db.collection(COLLECTIONS.roleAssignments).add([
      assignment(`${S}-counselor0`, 'counselor', { stationId: S, classIds, dormIds }),
      assignment(`${S}-committee`, 'committee', { stationId: S, classId: classIds[0] }),
      assignment(`${S}-observer`, 'observer', { stationId: S, dormId: dormIds[0] }),
      assignment('bench-center', 'center', {}),
    ])
    // 学生骨干：每班一名心理委员、每间宿舍一名观察员（1,800 人；读任职与本人的动作在这里见分晓）
    const cadres = [...Array.from({ length: 300 }, (_, i) => ['committee', { classId: `${S}-c${i}` }] as const), ...Array.from({ length: 1500 }, (_, i) => ['observer', { dormId: `${S}-d${i}` }] as const)]
    for (let i = 0; i < cadres.length; i += 500) {
      const batch = cadres.slice(i, i + 500).map(([role, unit], k) => ({ id: `${S}-cadre${i + k}`, role, unit }))
      await db.collection(COLLECTIONS.people).add(batch.map((c) => person(c.id, `骨干${c.id.slice(-4)}`)))
      await db.collection(COLLECTIONS.roleAssignments).add(batch.map((c) => assignment(c.id, c.role, { stationId: S, ...c.unit })))
    }
    await addLedgerRecords(db, S, big.headOpenid, `${S}-counselor0-openid`, now, 4)
    return measure(db, url, {
      label: 'large',
      stationId: S,
      callers: {
        head: big.headOpenid, counselor: `${S}-counselor0-openid`, committee: `${S}-committee-openid`,
        observer: `${S}-observer-openid`, center: 'bench-center-openid',
      },
    }, now)
  })
}

async function main(): Promise<void> {
  const now = new Date()
  const demo = await demoStation(now)
  const large = await largeStation(now)
  const rows: string[] = []
  const problems: string[] = []
  // 表里写错的动作名（没有哪个函数提供它）
  for (const key of Object.keys(READ_ACTIONS)) {
    const [fn, ...rest] = key.split('.')
    if (!FUNCTIONS[fn]?.[rest.join('.')]) problems.push(`${key}: no function serves this action`)
  }
  for (const { action, role } of pairs()) {
    const key = `${action}|${role}`
    const spec = READ_ACTIONS[action]
    const d = demo.get(key) ?? '—'
    const l = large.get(key) ?? '—'
    const notes: string[] = []
    for (const [label, v] of [['demo', d], ['large', l]] as const) {
      if (typeof v === 'string' && v !== '—') notes.push(`${label} failed ${v}`)
      if (typeof v === 'number' && spec.screen && v > BUDGET) notes.push(`over budget on ${label}`)
    }
    if (!spec.ownBudget && typeof d === 'number' && typeof l === 'number' && l > d) notes.push('grows with station size')
    problems.push(...notes.map((n) => `${action} as ${role}: ${n}`))
    if (d === '—' && l === '—') notes.push('no target on either station')
    if (spec.ownBudget) notes.push(`report builder: own budget in npm run ${spec.ownBudget}${typeof d === 'number' && typeof l === 'number' && l > d ? ' (more requests on the large station)' : ''}`)
    rows.push(`| ${action} | ${role} | ${spec.screen ? 'yes' : 'no'} | ${d} | ${l} | ${notes.join('; ') || 'OK'} |`)
  }
  console.log(`database requests per read action (${now.toISOString().slice(0, 10)}, budget ≤ ${BUDGET} for screens)\n`)
  console.log('| action | role | screen | demo station | large station | |')
  console.log('|---|---|---|---|---|---|')
  for (const r of rows) console.log(r)
  console.log(problems.length ? `\nFAILED:\n${problems.map((p) => `  ${p}`).join('\n')}` : '\nOK: every read action within budget, none grows with station size')
  process.exitCode = problems.length ? 1 : 0
}

runBench(main)
