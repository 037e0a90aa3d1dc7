/**
 * 云函数测试共用的调用台：模拟器 + 夹具 + 时钟可调的 main，以及常用断言与数据库读取。
 * 各功能的 helpers 在此基础上加自己的便捷函数。
 */
import { createMain, type AnyActionDef } from '../../cloudfunctions/_lib/handler'
import type { Role } from '../../types/domain'
import { callAs, startTestEnv, type TestEnv } from './env'
import { FIXTURE_NOW, seedFixture, type CallerKey, type Fixture } from './fixtures'

export interface Harness {
  env: TestEnv
  fx: Fixture
  /** 设置“现在” */
  at(instant: Date | string): void
  now(): Date
  call(who: CallerKey | 'unbound', action: string, payload?: unknown, role?: Role): Promise<any>
  /** 成功调用（失败则抛出，便于定位） */
  ok(who: CallerKey, action: string, payload?: unknown): Promise<any>
  /** 期望失败并返回错误体 */
  fail(who: CallerKey, action: string, payload: unknown, code: string): Promise<any>
  count(collection: string, where?: object): Promise<number>
  get(collection: string, id: string): Promise<any>
  insert(collection: string, docs: object | object[]): Promise<void>
}

export async function createHarness(actions: Record<string, AnyActionDef>, start: Date = FIXTURE_NOW): Promise<Harness> {
  const env = await startTestEnv()
  const fx = await seedFixture(env.db)
  let now = start
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
