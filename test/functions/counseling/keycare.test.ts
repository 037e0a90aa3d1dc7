import { C, setup, talkInput, type Harness } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await setup()
})
afterAll(() => h.env.close())

const add = (studentId: string, extra: Record<string, unknown> = {}) => ({
  studentId, level: 'key', categories: ['情绪异常'], source: 'direct', nextFollowUp: '2026-10-28', ...extra,
})

describe('入库与站长审批', () => {
  let id: string
  test('坏输入不写入：跟进日期早于今天、未知等级、范围外学生', async () => {
    await h.fail('counselorA', 'keycare.add', add(h.fx.students.a1, { nextFollowUp: '2026-10-20' }), 'INPUT.INVALID')
    await h.fail('counselorA', 'keycare.add', add(h.fx.students.a1, { level: 'red' }), 'INPUT.INVALID')
    await h.fail('counselorA', 'keycare.add', add(h.fx.students.c1), 'NOT_FOUND')
    await h.fail('committeeA', 'keycare.add', add(h.fx.students.a1), 'AUTH.FORBIDDEN')
    expect(await h.count(C.keyCare)).toBe(0)
  })

  test('辅导员以“危机”入库：条目先按重点关注建立并提交审批；同一学生不能重复入库', async () => {
    const r = await h.ok('counselorA', 'keycare.add', add(h.fx.students.a1, { level: 'crisis', categories: ['自伤自杀言行'], source: 'weekly_concern' }))
    id = r.entry.id
    expect(r.approvalId).toBeTruthy()
    expect(r.entry).toMatchObject({ level: 'key', status: 'active', counselorName: '钱老师', enteredAt: '2026-10-21', pendingApproval: { kind: 'enter_crisis' } })
    expect(await h.get(C.approvals, r.approvalId)).toMatchObject({ status: 'pending', kind: 'enter_crisis', requestedBy: h.fx.personIds.counselorA, keyCareId: id })
    await h.fail('counselorA', 'keycare.add', add(h.fx.students.a1), 'KEYCARE.ALREADY_ACTIVE')
    await h.fail('counselorB', 'keycare.get', { id }, 'NOT_FOUND')
    await h.fail('counselorB', 'keycare.close', { id, reason: '越权' }, 'NOT_FOUND')
    expect(await h.count(C.keyCare)).toBe(1)
  })

  test('只有站长能审批：辅导员审批自己的申请 → AUTH.FORBIDDEN；审批两次 → STATE.INVALID_TRANSITION', async () => {
    const list = await h.ok('head', 'approval.list', {})
    expect(list.items).toHaveLength(1)
    const ap = list.items[0]
    await h.fail('counselorA', 'approval.decide', { id: ap.id, decision: 'approve' }, 'AUTH.FORBIDDEN')
    await h.fail('otherHead', 'approval.decide', { id: ap.id, decision: 'approve' }, 'NOT_FOUND')
    const d = await h.ok('head', 'approval.decide', { id: ap.id, decision: 'approve', comment: '同意，按危机流程处置' })
    expect(d).toMatchObject({ status: 'approved', entryLevel: 'crisis' })
    await h.fail('head', 'approval.decide', { id: ap.id, decision: 'reject' }, 'STATE.INVALID_TRANSITION')
    const e = await h.get(C.keyCare, id)
    expect(e.level).toBe('crisis')
    expect(e.pendingApprovalId).toBeUndefined()
    expect(e.history.map((x: any) => x.change)).toEqual(['enter', 'approval_requested', 'level'])
    expect(await h.count(C.messages, { personId: h.fx.personIds.counselorA, kind: 'approval' })).toBe(1)
  })

  test('调出危机须审批：提交后答复 APPROVAL.REQUIRED，等级不变；待审批期间不能再提交；站长驳回后等级不变', async () => {
    const err = await h.fail('counselorA', 'keycare.update', { id, level: 'key', nextFollowUp: '2026-10-30' }, 'APPROVAL.REQUIRED')
    expect(err.details).toMatchObject({ keyCareId: id, kind: 'level' })
    let e = await h.get(C.keyCare, id)
    expect(e).toMatchObject({ level: 'crisis', nextFollowUp: '2026-10-30', pendingApprovalId: err.details.approvalId })
    await h.fail('counselorA', 'keycare.close', { id, reason: '情况好转' }, 'STATE.INVALID_TRANSITION')
    await h.ok('head', 'approval.decide', { id: err.details.approvalId, decision: 'reject', comment: '继续观察两周' })
    e = await h.get(C.keyCare, id)
    expect(e.level).toBe('crisis')
    expect(e.pendingApprovalId).toBeUndefined()
    expect(e.history.map((x: any) => x.change).slice(-3)).toEqual(['follow_up', 'approval_requested', 'approval_rejected'])
  })

  test('解除须审批：辅导员解除 → APPROVAL.REQUIRED 且仍为关注中；批准后已解除；再解除 → STATE.INVALID_TRANSITION', async () => {
    const err = await h.fail('counselorA', 'keycare.close', { id, reason: '经评估风险解除' }, 'APPROVAL.REQUIRED')
    expect((await h.get(C.keyCare, id)).status).toBe('active')
    await h.ok('head', 'approval.decide', { id: err.details.approvalId, decision: 'approve' })
    const e = await h.get(C.keyCare, id)
    expect(e).toMatchObject({ status: 'closed', closeReason: '经评估风险解除' })
    await h.fail('counselorA', 'keycare.close', { id, reason: '再次' }, 'STATE.INVALID_TRANSITION')
    await h.fail('head', 'keycare.close', { id, reason: '再次' }, 'STATE.INVALID_TRANSITION')
    await h.fail('counselorA', 'keycare.update', { id, nextFollowUp: '2026-11-01' }, 'STATE.INVALID_TRANSITION')
    expect((await h.get(C.keyCare, id)).history.at(-1).change).toBe('close')
  })

  test('站长直接以危机入库、调级与解除无需审批；调入危机（非站长）需审批', async () => {
    const r = await h.ok('head', 'keycare.add', add(h.fx.students.b2, { level: 'crisis' }))
    expect(r).toMatchObject({ approvalId: null, entry: { level: 'crisis', counselorName: '钱老师' } })
    const k = await h.ok('counselorA', 'keycare.add', add(h.fx.students.b1))
    await h.fail('counselorA', 'keycare.update', { id: k.entry.id, level: 'crisis' }, 'APPROVAL.REQUIRED')
    expect((await h.get(C.keyCare, k.entry.id)).level).toBe('key')
    const general = await h.ok('head', 'keycare.update', { id: r.entry.id, level: 'general' })
    expect(general.level).toBe('general')
  })
})

describe('最近联系与逾期（推导，不存储）', () => {
  let id: string
  test('最近联系 = 该生谈话记录的最大日期（任何记录人）', async () => {
    id = (await h.ok('counselorA', 'keycare.add', add(h.fx.students.a2, { nextFollowUp: '2026-10-21' }))).entry.id
    const first = await h.ok('counselorA', 'keycare.list', { studentId: h.fx.students.a2 })
    expect(first.items[0].lastContact).toBeNull()
    await h.ok('counselorA', 'talk.create', talkInput(h.fx.students.a2, { date: '2026-10-19' }))
    await h.ok('counselorA', 'talk.create', talkInput(h.fx.students.a2, { date: '2026-10-15' }))
    await h.ok('head', 'talk.create', talkInput(h.fx.students.a2, { date: '2026-10-20' }))
    await h.ok('counselorA', 'talk.create', talkInput(h.fx.students.a1, { date: '2026-10-21' }))
    const after = await h.ok('counselorA', 'keycare.list', { studentId: h.fx.students.a2 })
    expect(after.items[0].lastContact).toBe('2026-10-20')
    expect((await h.get(C.keyCare, id)).lastContact).toBeUndefined()
  })

  test('逾期按北京时间的“今天”判断（服务器为 UTC）', async () => {
    h.at('2026-10-21T15:59:00Z') // 北京时间 10-21 23:59：跟进日就是今天，未逾期
    expect((await h.ok('counselorA', 'keycare.list', { studentId: h.fx.students.a2 })).items[0].overdue).toBe(false)
    h.at('2026-10-21T16:00:00Z') // 北京时间 10-22 00:00（UTC 仍是 10-21）：逾期
    const list = await h.ok('counselorA', 'keycare.list', { overdueOnly: true })
    expect(list.items.map((i: any) => i.id)).toEqual([id])
    expect(list.summary.overdue).toBe(1)
    const overview = await h.ok('counselorA', 'week.overview', {})
    expect(overview.overdueFollowUps.map((i: any) => i.id)).toEqual([id])
    expect((await h.ok('head', 'keycare.list', { overdueOnly: true })).items).toHaveLength(1)
    expect((await h.ok('counselorB', 'keycare.list', { overdueOnly: true })).items).toHaveLength(0)
  })

  test('已转介的条目不算逾期；推迟跟进日期后不再逾期', async () => {
    await h.ok('counselorA', 'keycare.update', { id, nextFollowUp: '2026-10-29' })
    expect((await h.ok('counselorA', 'keycare.list', { overdueOnly: true })).items).toHaveLength(0)
    h.at(h.fx.now)
  })
})

describe('转介与校心理中心的可见范围', () => {
  let id: string
  let talkId: string
  beforeAll(async () => {
    id = (await h.ok('counselorA', 'keycare.add', add(h.fx.students.a4, { categories: ['家庭变故'] }))).entry.id
    talkId = (await h.ok('counselorA', 'talk.create', talkInput(h.fx.students.a4, { summary: '父亲病重，情绪崩溃' }))).talk.id
  })

  test('未转介：中心看不到个案、谈话与时间线', async () => {
    expect((await h.ok('center', 'referral.list', {})).items).toHaveLength(0)
    await h.fail('center', 'referral.get', { id }, 'NOT_FOUND')
    await h.fail('center', 'talk.get', { id: talkId }, 'NOT_FOUND')
    await h.fail('center', 'student.timeline', { studentId: h.fx.students.a4 }, 'NOT_FOUND')
    await h.fail('center', 'keycare.get', { id }, 'AUTH.FORBIDDEN')
  })

  test('转介到医院：中心仍看不到；转介日期不能晚于今天', async () => {
    await h.fail('counselorA', 'keycare.refer', { id, to: 'center', date: '2026-10-25', party: '校心理中心' }, 'DATE.IN_FUTURE')
    const r = await h.ok('counselorA', 'keycare.refer', { id, to: 'hospital', date: '2026-10-21', party: '市精神卫生中心' })
    expect(r).toMatchObject({ status: 'referred', referral: { to: 'hospital', party: '市精神卫生中心' } })
    expect((await h.ok('center', 'referral.list', {})).items).toHaveLength(0)
  })

  test('转介到中心：中心可见该个案及其谈话记录，其他个案仍不可见；查看写审计日志', async () => {
    await h.ok('counselorA', 'keycare.refer', { id, to: 'center', date: '2026-10-21', party: '校心理中心' })
    const list = await h.ok('center', 'referral.list', {})
    expect(list.items.map((i: any) => [i.studentName, i.stationName])).toEqual([['赵子豪', '机电工程学院']])
    const detail = await h.ok('center', 'referral.get', { id })
    expect(detail.talks.map((t: any) => t.id)).toEqual([talkId])
    expect((await h.ok('center', 'talk.get', { id: talkId })).summary).toBe('父亲病重，情绪崩溃')
    expect((await h.ok('center', 'student.timeline', { studentId: h.fx.students.a4 })).items.some((i: any) => i.kind === 'talk')).toBe(true)
    expect((await h.ok('center', 'talk.list', {})).items.map((t: any) => t.id)).toEqual([talkId])
    const other = (await h.get(C.keyCare, id)) && (await h.ok('counselorA', 'keycare.list', { studentId: h.fx.students.a2 })).items[0].id
    await h.fail('center', 'referral.get', { id: other }, 'NOT_FOUND')
    expect(await h.count(C.auditLogs, { action: 'counseling.referral.get' })).toBe(1)
  })

  test('中心反馈：辅导员在条目详情中看到并收到消息；条目历史记录反馈', async () => {
    await h.fail('center', 'referral.feedback', { id, text: '' }, 'INPUT.INVALID')
    await h.ok('center', 'referral.feedback', { id, text: '已安排每周一次咨询' })
    const d = await h.ok('counselorA', 'keycare.get', { id })
    expect(d.centerFeedback).toEqual([expect.objectContaining({ byName: '何主任', text: '已安排每周一次咨询' })])
    expect(d.history.map((x: any) => x.change)).toEqual(['enter', 'refer', 'refer', 'center_feedback'])
    expect(d.timeline.length).toBeGreaterThan(0)
    expect(await h.count(C.messages, { personId: h.fx.personIds.counselorA, kind: 'feedback' })).toBe(1)
    await h.fail('otherHead', 'keycare.get', { id }, 'NOT_FOUND')
    await h.fail('committeeA', 'keycare.get', { id }, 'AUTH.FORBIDDEN')
  })
})
