/**
 * 心桥记录的培训 → 人员登记的“心理相关培训经历”。
 * 培训与签到由台账 I（ledger 云函数）记录；这里只通过一个小接口读取：某站若干人在某学年参加过（到场）的培训。
 * 两次查询：到场记录（按人）与这些培训本身（按 id），不逐人读。
 */
import { COLLECTIONS } from '../_lib/collections'
import { fetchAll } from '../_lib/dbops'
import type { Database } from '../_lib/sdk'
import { TRAINING_ORGANISER_LABELS, type TrainingAttendanceDoc, type TrainingDoc } from '../../types/models-ledger'

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

/** 台账 I 的培训与到场记录 */
export const ledgerTrainings: TrainingSource = {
  async attended(db, stationId, personIds, first, last) {
    if (personIds.length === 0) return []
    const _ = db.command
    const present = await fetchAll<TrainingAttendanceDoc>(
      db.collection(COLLECTIONS.trainingAttendance).where({ stationId, personId: _.in(personIds), status: 'present' }),
    )
    if (present.length === 0) return []
    const trainings = await fetchAll<TrainingDoc>(
      db.collection(COLLECTIONS.trainings).where({ _id: _.in([...new Set(present.map((a) => a.trainingId))]), date: _.gte(first).and(_.lte(last)) }),
    )
    const byId = new Map(trainings.map((t) => [t._id, t]))
    return present.flatMap((a) => {
      const t = byId.get(a.trainingId)
      return t ? [{ personId: a.personId, date: t.date, title: t.title, organiser: TRAINING_ORGANISER_LABELS[t.organiser], trainer: t.trainer, hours: t.hours }] : []
    })
  },
}

let source: TrainingSource = ledgerTrainings

/** 当前来源（测试与合入台账 I 后替换） */
export const trainingSource = (): TrainingSource => source
export function setTrainingSource(next: TrainingSource): void {
  source = next
}
