/**
 * 研判会的结论要么全部生效，要么一条也不生效：一项结论在执行时失败，前面的结论不留下任何痕迹
 * （条目、历史、审批申请、研判记录都不写）。
 */
import type { KeyCareDoc } from '../../../types/models-counseling'
import type { StudentKey } from '../../support/fixtures'
import { bj, C, setup, type Harness } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await setup()
  h.at(bj('2026-10-21', '15:00'))
  const kc = (k: StudentKey, counselor: 'counselorA' | 'counselorB'): KeyCareDoc => {
    const s = h.fx.studentDocs[k]
    return {
      _id: `kc-${k}`, stationId: s.stationId, studentId: s._id, studentName: s.name, classId: s.classId, dormId: s.dormId, level: 'key',
      categories: ['情绪异常'], enteredAt: '2026-10-01', source: 'direct', counselorId: h.fx.personIds[counselor], counselorName: '钱老师',
      nextFollowUp: '2026-10-28', status: 'active', history: [], centerFeedback: [], createdAt: h.now(), updatedAt: h.now(),
    }
  }
  // c3 的条目记在班级 C、宿舍 B（冯老师）名下；c3 随后转入班级 B：学生在钱老师范围内，条目仍不在
  await h.insert(C.keyCare, [kc('a1', 'counselorA'), kc('b1', 'counselorA'), kc('c3', 'counselorB')])
  await h.env.db.collection(C.students).doc(h.fx.students.c3).update({ classId: 'fx-class-B' })
})
afterAll(() => h.env.close())

const meeting = (items: unknown[]) => ({ date: '2026-10-21', attendees: ['孙站长', '钱老师'], items })
const items = () => [
  { studentId: h.fx.students.a1, decision: 'refer', referTo: 'center', party: '校心理中心', note: '建议专业咨询' },
  { studentId: h.fx.students.b1, decision: 'level', level: 'crisis', note: '近期有自伤言语' },
  { studentId: h.fx.students.c3, decision: 'close', note: '情况好转' },
]

test('一项结论执行失败：整次研判一条也不生效（不转介、不提交审批、不留研判记录）', async () => {
  const before = { a1: await h.get(C.keyCare, 'kc-a1'), b1: await h.get(C.keyCare, 'kc-b1') }
  await h.fail('counselorA', 'caseReview.create', meeting(items()), 'NOT_FOUND')
  expect(await h.get(C.keyCare, 'kc-a1')).toEqual(before.a1)
  expect(await h.get(C.keyCare, 'kc-b1')).toEqual(before.b1)
  expect(await h.count(C.approvals)).toBe(0)
  expect(await h.count(C.caseReviews)).toBe(0)
})

test('去掉失败的一项后，同一次研判的其余结论一起生效', async () => {
  const r = await h.ok('counselorA', 'caseReview.create', meeting(items().slice(0, 2)))
  expect(r.items.map((x: { outcome: string }) => x.outcome)).toEqual(['applied', 'pending_approval'])
  expect(await h.get(C.keyCare, 'kc-a1')).toMatchObject({ status: 'referred', referral: { to: 'center', party: '校心理中心' } })
  expect((await h.get(C.keyCare, 'kc-b1')).pendingApprovalId).toBe(r.items[1].approvalId)
  expect(await h.count(C.approvals)).toBe(1)
  expect(await h.count(C.caseReviews)).toBe(1)
})
