/**
 * observations 测试共用：启动模拟器 + 夹具，时钟可调的 main，常用调用。
 */
import { actions } from '../../../cloudfunctions/observations'
import type { SubmitReportInput } from '../../../types/api/observations'
import type { Fixture } from '../../support/fixtures'
import { createHarness, type Harness } from '../../support/harness'

export type ObsHarness = Harness

export function setupObservations(): Promise<ObsHarness> {
  return createHarness(actions)
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
