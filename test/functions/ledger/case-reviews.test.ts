/**
 * 研判会：结论经重点关注库的审批规则生效（辅导员调入危机、解除须站长审批，站长直接生效）；
 * 不在库中的学生不能作结论，整次研判不写入；辅导员只看到讨论过其学生的研判会。
 */
import { actions as counseling } from '../../../cloudfunctions/counseling'
import { createMain } from '../../../cloudfunctions/_lib/handler'
import type { KeyCareDoc } from '../../../types/models-counseling'
import { callAs } from '../../support/env'
import type { StudentKey } from '../../support/fixtures'
import { bj, C, setup, type Harness } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await setup()
  h.at(bj('2026-10-21', '15:00'))
  const kc = (k: StudentKey, status: KeyCareDoc['status'] = 'active'): KeyCareDoc => {
    const s = h.fx.studentDocs[k]
    return {
      _id: `kc-${k}`, stationId: s.stationId, studentId: s._id, studentName: s.name, classId: s.classId, dormId: s.dormId, level: 'key',
      categories: ['情绪异常'], enteredAt: '2026-10-01', source: 'direct', counselorId: h.fx.personIds.counselorA, counselorName: '钱老师',
      nextFollowUp: '2026-10-28', status, history: [], centerFeedback: [], createdAt: h.now(), updatedAt: h.now(),
    }
  }
  await h.insert(C.keyCare, [kc('a1'), kc('b1'), kc('c1'), kc('a3', 'closed')])
})
afterAll(() => h.env.close())

const meeting = (items: unknown[]) => ({ date: '2026-10-21', attendees: ['孙站长', '钱老师', '冯老师'], items, nextDate: '2026-11-04' })

test('辅导员的研判结论“调入危机”进入站长审批，站长批准后生效', async () => {
  const r = await h.ok('counselorA', 'caseReview.create', meeting([
    { studentId: h.fx.students.a1, decision: 'level', level: 'crisis', note: '近期有自伤言语' },
    { studentId: h.fx.students.b1, decision: 'keep', note: '情况平稳，继续关注' },
  ]))
  expect(r.items.map((x: { outcome: string }) => x.outcome)).toEqual(['pending_approval', 'kept'])
  const entry = await h.get(C.keyCare, 'kc-a1')
  expect(entry.level).toBe('key')
  expect(entry.pendingApprovalId).toBe(r.items[0].approvalId)
  const approval = await h.get(C.approvals, r.items[0].approvalId)
  expect(approval).toMatchObject({ kind: 'level', status: 'pending', payload: { kind: 'level', from: 'key', to: 'crisis' } })

  const counselingMain = createMain(counseling, { clock: () => h.now() })
  const decided = await callAs(counselingMain, h.fx.openids.head, { action: 'approval.decide', payload: { id: approval._id, decision: 'approve' } })
  expect(decided.ok).toBe(true)
  expect((await h.get(C.keyCare, 'kc-a1')).level).toBe('crisis')
})

test('站长的结论直接生效：解除、转介', async () => {
  const r = await h.ok('head', 'caseReview.create', meeting([
    { studentId: h.fx.students.c1, decision: 'close', note: '经研判已恢复正常' },
    { studentId: h.fx.students.b1, decision: 'refer', referTo: 'center', party: '校心理中心', note: '建议专业咨询' },
  ]))
  expect(r.items.map((x: { outcome: string }) => x.outcome)).toEqual(['applied', 'applied'])
  expect(await h.get(C.keyCare, 'kc-c1')).toMatchObject({ status: 'closed', closeReason: '经研判已恢复正常' })
  expect(await h.get(C.keyCare, 'kc-b1')).toMatchObject({ status: 'referred', referral: { to: 'center', date: '2026-10-21', party: '校心理中心' } })
})

test('不在重点关注库（或已解除）的学生不能作结论，整次研判什么也不写', async () => {
  const before = await h.count(C.caseReviews)
  const a1 = await h.get(C.keyCare, 'kc-a1')
  const err = await h.fail('head', 'caseReview.create', meeting([
    { studentId: h.fx.students.a1, decision: 'close', note: '恢复' },
    { studentId: h.fx.students.a2, decision: 'keep', note: '' },
  ]), 'CASE_REVIEW.NOT_IN_KEYCARE')
  expect(err.fields).toEqual([{ path: 'items.1.studentId', message: '该学生不在重点关注库中' }])
  await h.fail('head', 'caseReview.create', meeting([{ studentId: h.fx.students.a3, decision: 'keep', note: '' }]), 'CASE_REVIEW.NOT_IN_KEYCARE')
  expect(await h.count(C.caseReviews)).toBe(before)
  expect(await h.get(C.keyCare, 'kc-a1')).toMatchObject({ status: a1.status, level: a1.level })
  // 辅导员不能研判别人的学生；调整等级须写明新等级
  await h.fail('counselorA', 'caseReview.create', meeting([{ studentId: h.fx.students.c2, decision: 'keep', note: '' }]), 'NOT_FOUND')
  await h.fail('head', 'caseReview.create', meeting([{ studentId: h.fx.students.a1, decision: 'level', note: '' }]), 'INPUT.INVALID')
})

test('辅导员只看到讨论过其学生的研判会，且只看到自己的学生；读取记审计', async () => {
  const mine = await h.ok('counselorA', 'caseReview.list', {})
  expect(mine.items).toHaveLength(2)
  for (const m of mine.items) {
    for (const it of m.items) expect([h.fx.students.a1, h.fx.students.b1]).toContain(it.studentId)
  }
  const headMeeting = mine.items.find((m: { createdByName: string }) => m.createdByName === '孙站长')
  expect(headMeeting).toMatchObject({ total: 2, items: [expect.objectContaining({ studentName: '陈佳怡' })] })
  // counselorB 负责班级 C 与宿舍 B、C：看得到 c1 与住在宿舍 B 的 b1，看不到 a1
  const b = await h.ok('counselorB', 'caseReview.list', {})
  expect(b.items.map((m: { items: Array<{ studentName: string }> }) => m.items.map((x) => x.studentName))).toEqual([['陈佳怡'], ['黄俊杰', '陈佳怡']])
  expect((await h.ok('head', 'caseReview.list', {})).items).toHaveLength(2)
  expect(await h.count(C.auditLogs, { action: 'ledger.caseReview.list' })).toBe(3)
  const onlyA = mine.items.find((m: { createdByName: string }) => m.createdByName === '钱老师')
  expect((await h.ok('counselorB', 'caseReview.get', { id: onlyA.id })).items.map((x: { studentName: string }) => x.studentName)).toEqual(['陈佳怡'])
  await h.fail('otherHead', 'caseReview.get', { id: onlyA.id }, 'NOT_FOUND')
})
