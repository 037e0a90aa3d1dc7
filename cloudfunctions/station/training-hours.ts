/**
 * 心桥记录的培训 → 人员登记的“心理相关培训经历”。
 * 培训与签到由台账 I（ledger 云函数）记录；这里只通过一个小接口读取：某站若干人在某学年参加过的培训。
 * 台账 I 的培训集合合入之前，来源为空，登记表只显示手填的培训经历。
 */
import type { Database } from '../_lib/sdk'

export interface RecordedTraining {
  personId: string
  date: string
  title: string
  organiser: string
  trainer?: string
  hours: number
}

export interface TrainingSource {
  /** 某站 personIds 在 [first, last]（含）日期内出席的培训 */
  attended(db: Database, stationId: string, personIds: string[], first: string, last: string): Promise<RecordedTraining[]>
}

/** 尚无培训记录时的来源 */
export const noRecordedTrainings: TrainingSource = {
  attended: async () => [],
}

let source: TrainingSource = noRecordedTrainings

/** 当前来源（测试与合入台账 I 后替换） */
export const trainingSource = (): TrainingSource => source
export function setTrainingSource(next: TrainingSource): void {
  source = next
}
