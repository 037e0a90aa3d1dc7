/**
 * reports 测试共用：模拟器 + 夹具，时钟可调的 reports main 与 jobs main。
 */
import { createJobsMain } from '../../../cloudfunctions/jobs'
import { jobs } from '../../../cloudfunctions/jobs/registry'
import { actions } from '../../../cloudfunctions/reports'
import { callAs } from '../../support/env'
import { createHarness, type Harness as BaseHarness } from '../../support/harness'

/** 北京时间 2026-11-01 02:00：定时任务起草 10 月月报的时刻 */
export const NOV1_2AM = new Date('2026-10-31T18:00:00Z')

export interface Harness extends BaseHarness {
  /** 定时触发（无 openid） */
  timer(triggerName: string): Promise<any>
}

export async function setup(now: Date = NOV1_2AM): Promise<Harness> {
  const base = await createHarness(actions, now)
  const jobsMain = createJobsMain(jobs, { clock: () => base.now() })
  return Object.assign(base, { timer: (triggerName: string) => callAs(jobsMain, null, { Type: 'Timer', TriggerName: triggerName }) })
}
