/**
 * reports 测试共用：模拟器 + 夹具，时钟可调的 reports main 与 jobs main。
 */
import { createMain } from '../../../cloudfunctions/_lib/handler'
import { createJobsMain } from '../../../cloudfunctions/jobs'
import { jobs } from '../../../cloudfunctions/jobs/registry'
import { actions } from '../../../cloudfunctions/reports'
import type { Role } from '../../../types/domain'
import { callAs, startTestEnv, type TestEnv } from '../../support/env'
import { seedFixture, type CallerKey, type Fixture } from '../../support/fixtures'

/** 北京时间 2026-11-01 02:00：定时任务起草 10 月月报的时刻 */
export const NOV1_2AM = new Date('2026-10-31T18:00:00Z')

export interface Harness {
  env: TestEnv
  fx: Fixture
  at(instant: Date | string): void
  call(who: CallerKey | 'unbound', action: string, payload?: unknown, role?: Role): Promise<any>
  ok(who: CallerKey, action: string, payload?: unknown): Promise<any>
  fail(who: CallerKey, action: string, payload: unknown, code: string): Promise<any>
  /** 定时触发（无 openid） */
  timer(triggerName: string): Promise<any>
  get(collection: string, id: string): Promise<any>
  count(collection: string, where?: object): Promise<number>
}

export async function setup(now: Date = NOV1_2AM): Promise<Harness> {
  const env = await startTestEnv()
  const fx = await seedFixture(env.db)
  let clock = now
  const main = createMain(actions, { clock: () => clock })
  const jobsMain = createJobsMain(jobs, { clock: () => clock })
  const h: Harness = {
    env,
    fx,
    at(instant) {
      clock = new Date(instant)
    },
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
    timer: (triggerName) => callAs(jobsMain, null, { Type: 'Timer', TriggerName: triggerName }),
    async get(collection, id) {
      const r = await env.db.collection(collection).doc(id).get()
      return (r as { data: any[] }).data[0] ?? null
    },
    async count(collection, where = {}) {
      const r = await env.db.collection(collection).where(where).count()
      return (r as { total: number }).total
    },
  }
  return h
}
