/**
 * ledger 测试共用：模拟器 + 夹具，时钟可调的 main，以及一场培训的有效输入。
 */
import { actions } from '../../../cloudfunctions/ledger'
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { createHarness, type Harness } from '../../support/harness'

export type { Harness }

export function setup(): Promise<Harness> {
  return createHarness(actions)
}

export const C = COLLECTIONS

/** 一场培训（默认：2026-10-21 周三 14:00–16:00，面向 2023级 心理委员） */
export function trainingInput(extra: Record<string, unknown> = {}) {
  return {
    title: '心理委员朋辈辅导技能培训',
    date: '2026-10-21',
    startTime: '14:00',
    endTime: '16:00',
    hours: 2,
    trainer: '何主任',
    organiser: 'station',
    place: '学院报告厅',
    form: 'offline',
    audience: { kind: 'cadres', roles: ['committee'], grades: ['2023级'] },
    ...extra,
  }
}

/** 北京时间的某一刻 */
export const bj = (date: string, time: string) => new Date(`${date}T${time}+08:00`)
