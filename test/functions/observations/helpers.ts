/**
 * observations 测试共用：启动模拟器 + 夹具，时钟可调的 main，常用调用。
 */
import { createMain } from '../../../cloudfunctions/_lib/handler'
import { actions } from '../../../cloudfunctions/observations'
import type { SubmitReportInput } from '../../../types/api/observations'
import { callAs, startTestEnv, type TestEnv } from '../../support/env'
import { FIXTURE_NOW, seedFixture, type CallerKey, type Fixture } from '../../support/fixtures'

export interface ObsHarness {
  env: TestEnv
  fx: Fixture
  /** 设置“现在” */
  at(instant: Date | string): void
  call(who: CallerKey | 'unbound', action: string, payload?: unknown): Promise<any>
  /** 成功调用（失败则抛出，便于定位） */
  ok(who: CallerKey, action: string, payload?: unknown): Promise<any>
  count(collection: string, where?: object): Promise<number>
}

export async function setupObservations(): Promise<ObsHarness> {
  const env = await startTestEnv()
  const fx = await seedFixture(env.db)
  let now = FIXTURE_NOW
  const main = createMain(actions, { clock: () => now })
  const h: ObsHarness = {
    env,
    fx,
    at(instant) {
      now = new Date(instant)
    },
    call: (who, action, payload = {}) => callAs(main, fx.openids[who], { action, payload }),
    async ok(who, action, payload = {}) {
      const r = await h.call(who, action, payload)
      if (!r.ok) throw new Error(`${action} as ${who} failed: ${JSON.stringify(r.error)}`)
      return r.data
    },
    async count(collection, where = {}) {
      const r = await env.db.collection(collection).where(where).count()
      return (r as { total: number }).total
    },
  }
  return h
}

let seq = 0
/** 每次提交尝试一个新的幂等键 */
export const newKey = (): string => `k-${Date.now().toString(36)}-${(seq++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`

/** 零报告 */
export function zeroReport(fx: Fixture, week: number, kind: 'class' | 'dorm' = 'class', unitId = fx.classes.A): SubmitReportInput {
  return { week, kind, unitId, idempotencyKey: newKey(), hasConcern: false }
}

/** 有关注的周报（班级 A） */
export function concernReport(fx: Fixture, week: number, concerns: SubmitReportInput['concerns']): SubmitReportInput {
  return { week, kind: 'class', unitId: fx.classes.A, idempotencyKey: newKey(), hasConcern: true, overall: '班级整体稳定，个别同学需要关注。', concerns }
}
