/**
 * counseling 测试共用：模拟器 + 夹具，时钟可调的 main，常用调用与数据库计数。
 */
import { createMain } from '../../../cloudfunctions/_lib/handler'
import { actions } from '../../../cloudfunctions/counseling'
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import type { Role } from '../../../types/domain'
import { callAs, startTestEnv, type TestEnv } from '../../support/env'
import { FIXTURE_NOW, seedFixture, type CallerKey, type Fixture } from '../../support/fixtures'

export interface Harness {
  env: TestEnv
  fx: Fixture
  at(instant: Date | string): void
  now(): Date
  call(who: CallerKey | 'unbound', action: string, payload?: unknown, role?: Role): Promise<any>
  ok(who: CallerKey, action: string, payload?: unknown): Promise<any>
  /** 期望失败并返回错误体 */
  fail(who: CallerKey, action: string, payload: unknown, code: string): Promise<any>
  count(collection: string, where?: object): Promise<number>
  get(collection: string, id: string): Promise<any>
  insert(collection: string, docs: object | object[]): Promise<void>
}

export async function setup(): Promise<Harness> {
  const env = await startTestEnv()
  const fx = await seedFixture(env.db)
  let now = FIXTURE_NOW
  const main = createMain(actions, { clock: () => now })
  const h: Harness = {
    env,
    fx,
    at(instant) {
      now = new Date(instant)
    },
    now: () => now,
    call: (who, action, payload = {}, role) => callAs(main, fx.openids[who], { action, payload, ...(role ? { role } : {}) }),
    async ok(who, action, payload = {}) {
      const r = await h.call(who, action, payload)
      if (!r.ok) throw new Error(`${action} as ${who} failed: ${JSON.stringify(r.error)}`)
      return r.data
    },
    async fail(who, action, payload, code) {
      const r = await h.call(who, action, payload)
      if (r.ok || r.error.code !== code) throw new Error(`${action} as ${who}: expected ${code}, got ${JSON.stringify(r.ok ? r.data : r.error)}`)
      return r.error
    },
    async count(collection, where = {}) {
      const r = await env.db.collection(collection).where(where).count()
      return (r as { total: number }).total
    },
    async get(collection, id) {
      const r = await env.db.collection(collection).doc(id).get()
      return (r as { data: any[] }).data[0] ?? null
    },
    async insert(collection, docs) {
      const res = (await env.db.collection(collection).add(docs)) as { code?: string; message?: string }
      if (res.code) throw new Error(`insert ${collection}: ${res.code} ${res.message}`)
    },
  }
  return h
}

export const C = COLLECTIONS

/** 一次第 6 周（2026-10-12 ~ 10-18）的晚点名：周日 21:00 北京时间 */
export const WEEK6_SUNDAY_9PM = '2026-10-18T21:00:00+08:00'

/** 一条有效的谈话记录输入 */
export function talkInput(studentId: string, extra: Record<string, unknown> = {}) {
  return {
    studentId,
    date: '2026-10-20',
    place: '辅导员办公室',
    form: 'in_person',
    type: 'daily',
    source: 'self_initiated',
    summary: '了解近期学习与生活情况，情绪总体平稳。',
    level: 'general',
    measures: '鼓励参加班级活动',
    referred: false,
    ...extra,
  }
}
