import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { concernReport, newKey, setupObservations, zeroReport, type ObsHarness } from './helpers'

let h: ObsHarness
beforeAll(async () => {
  h = await setupObservations()
})
afterAll(() => h.env.close())

const rowOf = (board: any, unitId: string) => board.rows.find((r: any) => r.unitId === unitId)

describe('看板：未报 / 迟报 / 零报告 / 有关注', () => {
  test('截止那一分钟内提交为按时，下一分钟为迟报；过了截止没交为未报', async () => {
    // 第 7 周截止：2026-10-25 22:00 北京时间
    h.at('2026-10-25T14:00:59Z')
    const onTime = await h.ok('committeeC', 'report.submit', zeroReport(h.fx, 7, 'class', h.fx.classes.C))
    expect(onTime.onTime).toBe(true)
    h.at('2026-10-25T14:01:00Z')
    const late = await h.ok('observerC', 'report.submit', zeroReport(h.fx, 7, 'dorm', h.fx.dorms.C))
    expect(late.onTime).toBe(false)

    const board = await h.ok('counselorB', 'board.week', { week: 7 })
    expect(rowOf(board, h.fx.classes.C)).toMatchObject({ status: 'zero', submission: 'on_time' })
    expect(rowOf(board, h.fx.dorms.C)).toMatchObject({ status: 'late', submission: 'late' })
    expect(rowOf(board, h.fx.dorms.B)).toMatchObject({ status: 'missing', submission: 'missing' })
    expect(board.rows.map((r: any) => r.unitId).sort()).toEqual([h.fx.classes.C, h.fx.dorms.B, h.fx.dorms.C].sort())
    expect(board.counts).toMatchObject({ zero: 1, late: 1, missing: 1 })
  })

  test('迟交后修改不会变成按时（按首次提交判断）', async () => {
    h.at('2026-10-26T02:00:00Z')
    const r = await h.ok('observerC', 'report.submit', zeroReport(h.fx, 7, 'dorm', h.fx.dorms.C))
    expect(r.onTime).toBe(false)
    expect(r.revision).toBe(2)
  })

  test('截止前未交显示未报（进行中），有关注的显示有关注；站长看全站', async () => {
    h.at('2026-10-28T04:00:00Z') // 第 8 周周三
    await h.ok('observerA', 'report.submit', {
      week: 8, kind: 'dorm', unitId: h.fx.dorms.A, idempotencyKey: newKey(), hasConcern: true, overall: '宿舍氛围一般',
      concerns: [{ studentId: h.fx.students.b3, categories: ['人际关系', '情绪异常'], level: 'key', description: '与室友矛盾' }],
    })
    const board = await h.ok('counselorA', 'board.week', {})
    expect(board.week.week).toBe(8)
    expect(rowOf(board, h.fx.dorms.A)).toMatchObject({ status: 'concern', concernCount: 1, maxLevel: 'key' })
    expect(rowOf(board, h.fx.classes.A)).toMatchObject({ status: 'missing', submission: 'open' })
    expect(rowOf(board, h.fx.classes.C)).toBeUndefined()
    const all = await h.ok('head', 'board.week', { week: 8 })
    expect(all.rows).toHaveLength(6)
    const other = await h.ok('otherHead', 'board.week', { week: 8 })
    expect(other.rows.map((r: any) => r.unitId)).toEqual([h.fx.otherClassId, h.fx.otherDormId])
  })

  test('假期周的看板为空并标明假期；超出学期的周次被拒绝', async () => {
    const off = await h.ok('counselorA', 'board.week', { week: 4 })
    expect(off.week.off).toBe(true)
    expect(off.rows).toEqual([])
    const r = await h.call('counselorA', 'board.week', { week: 19 })
    expect(r.error.code).toBe('WEEK.OUT_OF_RANGE')
  })

  test('填报人与中心不能看看板', async () => {
    for (const who of ['committeeA', 'observerA', 'center'] as const) {
      expect((await h.call(who, 'board.week', {})).error.code).toBe('AUTH.FORBIDDEN')
    }
  })
})

describe('审阅：已阅、退回与重新提交', () => {
  let reportId = ''
  test('辅导员退回并附意见，填报人收到站内消息，看板显示已退回', async () => {
    h.at('2026-10-28T05:00:00Z')
    const r = await h.ok('committeeA', 'report.submit', concernReport(h.fx, 8, [
      { studentId: h.fx.students.a2, categories: ['家庭变故'], level: 'general', description: '家里有事请假', needsTalk: false },
    ]))
    reportId = r.id
    const returned = await h.ok('counselorA', 'report.return', { reportId, revision: 1, comment: '请补充已采取的措施' })
    expect(returned).toMatchObject({ status: 'returned', boardStatus: 'returned', reviewComment: '请补充已采取的措施' })
    const msgs = (await h.env.db.collection(COLLECTIONS.messages).where({ personId: h.fx.personIds.committeeA, kind: 'returned' }).get()).data
    expect(msgs).toHaveLength(1)
    expect(msgs[0].body).toContain('请补充已采取的措施')
    const board = await h.ok('counselorA', 'board.week', { week: 8 })
    expect(rowOf(board, h.fx.classes.A).status).toBe('returned')
    const home = await h.ok('committeeA', 'week.current', {})
    expect(home.unit).toMatchObject({ status: 'returned', reviewComment: '请补充已采取的措施' })
  })

  test('已退回的不能直接标已阅；填报人修改后重新提交，辅导员再标已阅', async () => {
    expect((await h.call('counselorA', 'report.review', { reportId, revision: 1 })).error.code).toBe('STATE.INVALID_TRANSITION')
    const again = await h.ok('committeeA', 'report.submit', concernReport(h.fx, 8, [
      { studentId: h.fx.students.a2, categories: ['家庭变故'], level: 'general', description: '家里有事请假', measures: '已电话了解情况', needsTalk: false },
    ]))
    expect(again).toMatchObject({ status: 'submitted', revision: 2, boardStatus: 'concern' })
    expect((await h.call('counselorA', 'report.review', { reportId, revision: 1 })).error.code).toBe('CONFLICT')
    const reviewed = await h.ok('counselorA', 'report.review', { reportId, revision: 2 })
    expect(reviewed).toMatchObject({ status: 'reviewed', boardStatus: 'reviewed' })
    // 重复标记已阅是幂等的
    expect((await h.ok('counselorA', 'report.review', { reportId, revision: 2 })).status).toBe('reviewed')
  })

  test('已阅后填报人不能再改：REPORT.ALREADY_REVIEWED；但重试上一次的提交仍返回原报告', async () => {
    const r = await h.call('committeeA', 'report.submit', zeroReport(h.fx, 8))
    expect(r.error.code).toBe('REPORT.ALREADY_REVIEWED')
    const doc = (await h.env.db.collection(COLLECTIONS.weeklyReports).doc(reportId).get()).data[0]
    const lastKey = doc.revisions[doc.revisions.length - 1].idempotencyKey
    const replay = await h.ok('committeeA', 'report.submit', { ...concernReport(h.fx, 8, []), hasConcern: false, overall: '', idempotencyKey: lastKey })
    expect(replay).toMatchObject({ id: reportId, revision: 2, status: 'reviewed' })
  })

  test('别的辅导员审阅不到：NOT_FOUND；退回意见必填', async () => {
    expect((await h.call('counselorB', 'report.review', { reportId, revision: 2 })).error.code).toBe('NOT_FOUND')
    expect((await h.call('otherHead', 'report.return', { reportId, revision: 2, comment: 'x' })).error.code).toBe('NOT_FOUND')
    const r = await h.call('counselorA', 'report.return', { reportId, revision: 2, comment: ' ' })
    expect(r.error.code).toBe('INPUT.INVALID')
    expect(r.error.fields[0].path).toBe('comment')
  })

  test('读取周报写审计日志；学生骨干看不到别班的周报', async () => {
    const before = await h.count(COLLECTIONS.auditLogs, { action: 'observations.report.get' })
    const got = await h.ok('counselorA', 'report.get', { week: 8, kind: 'class', unitId: h.fx.classes.A })
    expect(got.report.concerns[0].studentName).toBe('李思远')
    expect(await h.count(COLLECTIONS.auditLogs, { action: 'observations.report.get' })).toBe(before + 1)
    expect((await h.call('committeeC', 'report.get', { week: 8, kind: 'class', unitId: h.fx.classes.A })).error.code).toBe('NOT_FOUND')
    expect((await h.call('center', 'report.get', { week: 8, kind: 'class', unitId: h.fx.classes.A })).error.code).toBe('AUTH.FORBIDDEN')
  })
})
