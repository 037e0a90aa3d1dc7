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
import fs from 'fs'
import os from 'os'
import path from 'path'
import { previousMonth, shanghaiMonth } from '../domain/calendar'
import { startEmulator } from '../emulator/server'
import { makeFunctionContext } from '../emulator/context'
import { ALL_COLLECTIONS, COLLECTIONS } from '../cloudfunctions/_lib/collections'
import { createMain, type AnyActionDef } from '../cloudfunctions/_lib/handler'
import { db as sdkDb, resetCloud, type Database } from '../cloudfunctions/_lib/sdk'
import { actions as identity } from '../cloudfunctions/identity'
import { actions as observations } from '../cloudfunctions/observations'
import { actions as counseling } from '../cloudfunctions/counseling'
import { actions as reports } from '../cloudfunctions/reports'
import { seedDemo } from '../scripts/seed'
import type { Role } from '../types/domain'
import type { RoleAssignmentDoc } from '../types/models'
import { seedStation } from './monthly-seed'

export const BUDGET = 8

/** --detail a,b：另外打印这些动作按数据库操作的分项 */
const DETAIL = process.argv.includes('--detail') ? process.argv[process.argv.indexOf('--detail') + 1].split(',') : []

const FUNCTIONS: Record<string, Record<string, AnyActionDef>> = { identity, observations, counseling, reports }

/** 调用者在本站点的范围（用来挑选范围内的目标） */
interface Scope {
  stationId: string
  classId?: string
  dormId?: string
  /** 调用者本人（people._id） */
  personId?: string
  /** 辅导员所带的全部班级 */
  classIds?: string[]
  /** 学校中心：一名已转介学生（中心只看转介到中心的个案）；其他角色为 undefined */
  referred?: string
}

type Payload = (db: Database, s: Scope, now: Date) => Promise<unknown | null>

const first = async (db: Database, coll: string, where: Record<string, unknown>): Promise<any | null> =>
  ((await db.collection(coll).where(where).orderBy('_id', 'asc').limit(1).get()).data as unknown[])[0] ?? null
const unitWhere = (s: Scope, db?: Database): Record<string, unknown> =>
  db && s.classIds?.length ? { stationId: s.stationId, classId: db.command.in(s.classIds) } : s.classId ? { stationId: s.stationId, classId: s.classId } : s.dormId ? { stationId: s.stationId, dormId: s.dormId } : { stationId: s.stationId }
const empty: Payload = async () => ({})
const month = (now: Date) => previousMonth(shanghaiMonth(now))

/**
 * 读动作及其负载（null = 该角色在此站点没有可读的目标，跳过）。
 * screen：该动作是否直接为某个页面取数（预算 BUDGET 只约束这些）。
 */
export const READ_ACTIONS: Record<string, { screen: boolean; payload: Payload }> = {
  'identity.me': { screen: true, payload: empty },
  'identity.invite.list': { screen: true, payload: empty },
  'identity.org.classes': { screen: true, payload: empty },
  'identity.org.dorms': { screen: true, payload: empty },
  'identity.org.students': { screen: true, payload: async (_db, s) => (s.classId ? { classId: s.classId } : s.dormId ? { dormId: s.dormId } : {}) },
  'identity.org.student': {
    screen: true,
    payload: async (db, s) => {
      const st = await first(db, COLLECTIONS.students, unitWhere(s))
      return st ? { studentId: st._id } : null
    },
  },
  'identity.roster.template': { screen: false, payload: empty },
  'identity.people.list': { screen: true, payload: empty },
  'identity.term.get': { screen: true, payload: empty },
  'identity.audit.list': { screen: true, payload: empty },
  'identity.messages.list': { screen: true, payload: empty },
  'observations.week.current': { screen: true, payload: empty },
  'observations.report.get': {
    screen: true,
    payload: async (db, s) => {
      const r = await first(db, COLLECTIONS.weeklyReports, s.classId ? { unitId: s.classId } : s.dormId ? { unitId: s.dormId } : { stationId: s.stationId })
      return r ? { week: r.week, kind: r.kind, unitId: r.unitId, termId: r.termId } : null
    },
  },
  'observations.report.history': { screen: true, payload: empty },
  'observations.board.week': { screen: true, payload: empty },
  'observations.report.search': { screen: true, payload: empty },
  'observations.alert.list': { screen: true, payload: async () => ({ status: 'all' }) },
  'observations.alert.timeline': {
    screen: true,
    payload: async (db, s) => {
      const a = await first(db, COLLECTIONS.alerts, s.classIds ? { stationId: s.stationId, counselorIds: s.personId } : { stationId: s.stationId })
      return a ? { alertId: a._id } : null
    },
  },
  'observations.tasks.list': { screen: true, payload: empty },
  'observations.workbench': { screen: true, payload: empty },
  'observations.missing.list': { screen: true, payload: empty },
  'counseling.rollcall.get': { screen: true, payload: async (_db, s) => (s.classId ? { classId: s.classId } : null) },
  'counseling.rollcall.board': { screen: true, payload: empty },
  'counseling.talk.prefill': {
    screen: true,
    payload: async (db, s) => {
      const a = await first(db, COLLECTIONS.alerts, { stationId: s.stationId, studentId: db.command.exists(true) })
      return a ? { alertId: a._id } : null
    },
  },
  'counseling.talk.list': { screen: true, payload: empty },
  'counseling.talk.get': {
    screen: true,
    payload: async (db, s) => {
      // 辅导员只读自己记录的谈话
      if (s.classIds) {
        const own = await first(db, COLLECTIONS.talks, { authorId: s.personId })
        return own ? { id: own._id } : null
      }
      const student = s.referred ?? (await first(db, COLLECTIONS.students, unitWhere(s, db)))?._id
      const t = student ? await first(db, COLLECTIONS.talks, { studentId: student }) : null
      return t ? { id: t._id } : null
    },
  },
  'counseling.student.timeline': {
    screen: true,
    payload: async (db, s) => {
      const student = s.referred ?? (await first(db, COLLECTIONS.students, unitWhere(s, db)))?._id
      const t = student ? await first(db, COLLECTIONS.talks, { studentId: student }) : null
      return t ? { studentId: t.studentId } : null
    },
  },
  'counseling.peer.list': { screen: true, payload: empty },
  'counseling.keycare.list': { screen: true, payload: empty },
  'counseling.keycare.get': {
    screen: true,
    payload: async (db, s) => {
      const e = await first(db, COLLECTIONS.keyCare, unitWhere(s, db))
      return e ? { id: e._id } : null
    },
  },
  'counseling.approval.list': { screen: true, payload: empty },
  'counseling.referral.list': { screen: true, payload: empty },
  'counseling.referral.get': {
    screen: true,
    payload: async (db) => {
      const e = await first(db, COLLECTIONS.keyCare, { centerReferredAt: db.command.exists(true) })
      return e ? { id: e._id } : null
    },
  },
  'counseling.week.overview': { screen: true, payload: empty },
  'reports.monthly.get': {
    screen: true,
    payload: async (db, s) => {
      const r = await first(db, COLLECTIONS.monthlyReports, s.referred !== undefined ? { status: 'submitted' } : { stationId: s.stationId })
      return r ? { month: r.month, ...(s.referred !== undefined ? { stationId: r.stationId } : {}) } : null
    },
  },
  'reports.monthly.overview': { screen: true, payload: async (_db, _s, now) => ({ month: month(now) }) },
  'reports.workbench': { screen: true, payload: empty },
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

async function withEmulator<T>(fn: (db: Database, url: string) => Promise<T>): Promise<T> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinqiao-bench-actions-'))
  const emu = await startEmulator({ port: 0, dataDir, quiet: true })
  try {
    resetCloud()
    const db = sdkDb()
    for (const c of ALL_COLLECTIONS) await db.createCollection(c)
    return await fn(db, emu.url)
  } finally {
    await emu.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

/** 在一个站点上逐个测量；返回 action/role → 请求数（失败时为错误码） */
async function measure(db: Database, url: string, station: Station, now: Date): Promise<Map<string, number | string>> {
  const out = new Map<string, number | string>()
  const reset = () => fetch(`${url}/emulator/stats/reset`, { method: 'POST' })
  const stats = async () => (await (await fetch(`${url}/emulator/stats`)).json()) as { total: number; byAction: Record<string, number> }
  for (const [fn, actions] of Object.entries(FUNCTIONS)) {
    const main = createMain(actions, { clock: () => now })
    for (const [action, def] of Object.entries(actions)) {
      const key = `${fn}.${action}`
      const spec = READ_ACTIONS[key]
      if (!spec) continue
      for (const [role, openid] of Object.entries(station.callers) as Array<[Role, string]>) {
        if (def.contract.roles !== 'any' && def.contract.roles !== 'unbound' && !def.contract.roles.includes(role)) continue
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
  return withEmulator(async (db, url) => {
    await seedDemo(db, now)
    const head = await first(db, COLLECTIONS.people, { openid: 'demo-head' })
    const a = (await first(db, COLLECTIONS.roleAssignments, { personId: head._id, role: 'head' })) as RoleAssignmentDoc
    return measure(db, url, {
      label: 'demo',
      stationId: a.stationId!,
      callers: { head: 'demo-head', counselor: 'demo-counselor-1', committee: 'demo-committee-1', observer: 'demo-observer-1', center: 'demo-center' },
    }, now)
  })
}

async function largeStation(now: Date): Promise<Map<string, number | string>> {
  return withEmulator(async (db, url) => {
    const m = month(now)
    const big = await seedStation(db, 0, [previousMonth(m), m], now)
    const S = big.stationId
    const since = new Date(now.getTime() - 365 * 86_400_000)
    const person = (id: string, name: string) => ({ _id: id, openid: `${id}-openid`, name, createdAt: now })
    const assignment = (personId: string, role: Role, extra: object) =>
      ({ _id: `${personId}-a`, personId, role, ...extra, termStart: since, termEnd: null, endedAt: null, createdAt: now })
    const classIds = Array.from({ length: 30 }, (_, i) => `${S}-c${i}`)
    const dormIds = Array.from({ length: 150 }, (_, i) => `${S}-d${i}`)
    await db.collection(COLLECTIONS.people).add([
      person(`${S}-counselor0`, '辅导员0'), person(`${S}-committee`, '压测委员'), person(`${S}-observer`, '压测观察员'), person('bench-center', '压测中心'),
    ])
    await db.collection(COLLECTIONS.roleAssignments).add([
      assignment(`${S}-counselor0`, 'counselor', { stationId: S, classIds, dormIds }),
      assignment(`${S}-committee`, 'committee', { stationId: S, classId: classIds[0] }),
      assignment(`${S}-observer`, 'observer', { stationId: S, dormId: dormIds[0] }),
      assignment('bench-center', 'center', {}),
    ])
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
  const keys = [...new Set([...demo.keys(), ...large.keys()])]
  const rows: string[] = []
  const problems: string[] = []
  for (const key of keys) {
    const [action, role] = key.split('|')
    const spec = READ_ACTIONS[action]
    const d = demo.get(key) ?? '—'
    const l = large.get(key) ?? '—'
    const notes: string[] = []
    for (const [label, v] of [['demo', d], ['large', l]] as const) {
      if (typeof v === 'string' && v !== '—') notes.push(`${label} failed ${v}`)
      if (typeof v === 'number' && spec.screen && v > BUDGET) notes.push(`over budget on ${label}`)
    }
    if (typeof d === 'number' && typeof l === 'number' && l > d) notes.push('grows with station size')
    problems.push(...notes.map((n) => `${action} as ${role}: ${n}`))
    rows.push(`| ${action} | ${role} | ${spec.screen ? 'yes' : 'no'} | ${d} | ${l} | ${notes.join('; ') || 'OK'} |`)
  }
  console.log(`database requests per read action (${now.toISOString().slice(0, 10)}, budget ≤ ${BUDGET} for screens)\n`)
  console.log('| action | role | screen | demo station | large station | |')
  console.log('|---|---|---|---|---|---|')
  for (const r of rows) console.log(r)
  console.log(problems.length ? `\nFAILED:\n${problems.map((p) => `  ${p}`).join('\n')}` : '\nOK: every read action within budget, none grows with station size')
  process.exitCode = problems.length ? 1 : 0
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
