/**
 * counseling 测试共用：模拟器 + 夹具，时钟可调的 main，常用调用与数据库计数。
 */
import { actions } from '../../../cloudfunctions/counseling'
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { createHarness, type Harness } from '../../support/harness'

export type { Harness }

export function setup(): Promise<Harness> {
  return createHarness(actions)
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
