/** 批量谈话记录（分页测试用）：同一位辅导员、同一名学生；每 10 条同一天、同一时刻（排序键相同） */
import type { TalkDoc } from '../../types/models-counseling'
import type { Fixture } from './fixtures'

export function manyTalks(fx: Fixture, n: number): TalkDoc[] {
  const s = fx.studentDocs.a1
  return Array.from({ length: n }, (_, i) => {
    const day = String(1 + Math.floor(i / 10)).padStart(2, '0')
    return {
      _id: `talk-many-${String(i).padStart(3, '0')}`, stationId: s.stationId, studentId: s._id, studentName: s.name, classId: s.classId, dormId: s.dormId,
      authorId: fx.personIds.counselorA, authorName: '钱老师', date: `2026-10-${day}`, place: '办公室', form: 'in_person', type: 'daily',
      source: 'self_initiated', summary: `第 ${i + 1} 次谈话`, level: 'general', measures: '', referred: false,
      createdAt: new Date(`2026-10-${day}T02:00:00Z`),
    } as TalkDoc
  })
}
