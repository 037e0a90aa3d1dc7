/**
 * 同一学生并发入库只留一条：20 次同时的 keycare.add → 恰好 1 条在库，其余答复 KEYCARE.ALREADY_ACTIVE。
 */
import { C, setup, type Harness } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await setup()
})
afterAll(() => h.env.close())

const add = (studentId: string, level = 'key') => ({
  studentId, level, categories: ['情绪异常'], source: 'direct', nextFollowUp: '2026-10-28',
})

describe('重点关注入库并发', () => {
  test('20 次同时入库同一学生 → 恰好 1 条，其余 KEYCARE.ALREADY_ACTIVE', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) =>
      h.call(i % 2 ? 'head' : 'counselorA', 'keycare.add', add(h.fx.students.a1, i % 3 ? 'key' : 'crisis'))))
    const ok = results.filter((r) => r.ok)
    expect(ok).toHaveLength(1)
    expect(results.filter((r) => !r.ok).map((r) => r.error.code)).toEqual(Array(19).fill('KEYCARE.ALREADY_ACTIVE'))
    expect(await h.count(C.keyCare, { studentId: h.fx.students.a1 })).toBe(1)
    // 只有留下的那条可能带审批申请
    expect(await h.count(C.approvals, { studentId: h.fx.students.a1 })).toBe(ok[0].data.approvalId ? 1 : 0)
  })

  test('解除后再次入库：新条目，旧条目保留', async () => {
    const [entry] = (await h.ok('head', 'keycare.list', { studentId: h.fx.students.a1 })).items
    if (entry.pendingApproval) await h.ok('head', 'approval.decide', { id: entry.pendingApproval.id, decision: 'reject' })
    await h.ok('head', 'keycare.close', { id: entry.id, reason: '情况好转' })
    const again = await Promise.all(Array.from({ length: 5 }, () => h.call('counselorA', 'keycare.add', add(h.fx.students.a1))))
    expect(again.filter((r) => r.ok)).toHaveLength(1)
    expect(await h.count(C.keyCare, { studentId: h.fx.students.a1 })).toBe(2)
    expect(await h.count(C.keyCare, { studentId: h.fx.students.a1, status: 'active' })).toBe(1)
  })
})
