/**
 * 一条规则：同一审阅迁移重复一次（重试、双击、两人同时点）是答复 ok 的空操作；相反的迁移仍是 STATE.INVALID_TRANSITION。
 * 晚点名与朋辈谈心（周报见 observations/review-repeat.test.ts）。
 */
import { C, setup, WEEK6_SUNDAY_9PM, type Harness } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await setup()
})
afterAll(() => h.env.close())

const returned = (personId: string) => h.count(C.messages, { personId, kind: 'returned' })
const peer = (studentId: string) => ({ studentId, date: '2026-10-20', form: 'in_person', category: '学业压力', summary: '聊了期中考试的压力', needsCounselor: false })

describe('晚点名：重复确认、重复退回', () => {
  test('确认两次、两人同时确认：都答复 ok，记录只确认一次；之后退回 → STATE.INVALID_TRANSITION', async () => {
    const saved = await h.ok('committeeA', 'rollcall.save', { classId: h.fx.classes.A, heldAt: WEEK6_SUNDAY_9PM, present: 4, absences: [] })
    const first = await h.ok('counselorA', 'rollcall.confirm', { id: saved.id })
    const doc = await h.get(C.rollCalls, saved.id)
    const again = await h.ok('counselorA', 'rollcall.confirm', { id: saved.id })
    expect(again).toMatchObject({ status: 'confirmed', revision: first.revision })
    expect(await h.ok('head', 'rollcall.confirm', { id: saved.id, revision: first.revision })).toMatchObject({ status: 'confirmed' })
    expect(await h.get(C.rollCalls, saved.id)).toEqual(doc)
    await h.fail('counselorA', 'rollcall.return', { id: saved.id, comment: '再看看' }, 'STATE.INVALID_TRANSITION')
  })

  test('退回两次：都答复 ok，只通知一次，意见是第一次的', async () => {
    const { rosterCount } = await h.ok('committeeC', 'rollcall.get', { classId: h.fx.classes.C, week: 6 })
    const saved = await h.ok('committeeC', 'rollcall.save', { classId: h.fx.classes.C, heldAt: WEEK6_SUNDAY_9PM, present: rosterCount, absences: [] })
    const r = await Promise.all([
      h.call('counselorB', 'rollcall.return', { id: saved.id, comment: '请核对人数' }),
      h.call('counselorB', 'rollcall.return', { id: saved.id, comment: '请核对人数' }),
    ])
    expect(r.map((x) => x.ok)).toEqual([true, true])
    expect(await h.ok('counselorB', 'rollcall.return', { id: saved.id, comment: '第二次的意见' })).toMatchObject({ status: 'returned', returnComment: '请核对人数' })
    expect(await returned(h.fx.personIds.committeeC)).toBe(1)
    await h.fail('counselorB', 'rollcall.confirm', { id: saved.id }, 'STATE.INVALID_TRANSITION')
  })
})

describe('朋辈谈心：重复确认、重复退回', () => {
  test('确认两次、同时确认：都答复 ok；之后退回 → STATE.INVALID_TRANSITION', async () => {
    const p = await h.ok('committeeA', 'peer.create', peer(h.fx.students.a2))
    const both = await Promise.all([h.call('counselorA', 'peer.confirm', { id: p.id }), h.call('head', 'peer.confirm', { id: p.id })])
    expect(both.map((x) => x.ok && x.data.status)).toEqual(['confirmed', 'confirmed'])
    const doc = await h.get(C.peerTalks, p.id)
    expect(await h.ok('counselorA', 'peer.confirm', { id: p.id })).toMatchObject({ status: 'confirmed' })
    expect(await h.get(C.peerTalks, p.id)).toEqual(doc)
    await h.fail('counselorA', 'peer.return', { id: p.id, comment: '补充' }, 'STATE.INVALID_TRANSITION')
  })

  test('退回两次：都答复 ok，只通知一次；之后确认 → STATE.INVALID_TRANSITION', async () => {
    const p = await h.ok('observerA', 'peer.create', peer(h.fx.students.b3))
    await h.ok('counselorA', 'peer.return', { id: p.id, comment: '请写明具体内容' })
    expect(await h.ok('counselorA', 'peer.return', { id: p.id, comment: '请写明具体内容' })).toMatchObject({ status: 'returned', comment: '请写明具体内容' })
    expect(await returned(h.fx.personIds.observerA)).toBe(1)
    await h.fail('counselorA', 'peer.confirm', { id: p.id }, 'STATE.INVALID_TRANSITION')
  })
})

describe('站长审批：同一决定重复', () => {
  test('批准两次、同时批准：都答复 ok，条目只变一次、只通知一次；之后不批准 → STATE.INVALID_TRANSITION', async () => {
    const add = { studentId: h.fx.students.a3, level: 'crisis', categories: ['自伤自杀言行'], source: 'direct', nextFollowUp: '2026-10-28' }
    const r = await h.ok('counselorA', 'keycare.add', add)
    const both = await Promise.all([
      h.call('head', 'approval.decide', { id: r.approvalId, decision: 'approve' }),
      h.call('head', 'approval.decide', { id: r.approvalId, decision: 'approve' }),
    ])
    expect(both.map((x) => x.ok && x.data.status)).toEqual(['approved', 'approved'])
    const entry = await h.get(C.keyCare, r.entry.id)
    expect(await h.ok('head', 'approval.decide', { id: r.approvalId, decision: 'approve' })).toMatchObject({ status: 'approved', entryLevel: 'crisis' })
    expect(await h.get(C.keyCare, r.entry.id)).toEqual(entry)
    expect(entry.history.filter((x: { change: string }) => x.change === 'level')).toHaveLength(1)
    expect(await h.count(C.messages, { personId: h.fx.personIds.counselorA, kind: 'approval' })).toBe(1)
    await h.fail('head', 'approval.decide', { id: r.approvalId, decision: 'reject' }, 'STATE.INVALID_TRANSITION')
  })
})
