/**
 * 换岗交接移交未办结工作：冯老师（counselorB：班级 C + 宿舍 B、C）换岗，钱老师（counselorA）接手。
 * 移交的恰好是未办结的：在库的重点关注、未完成的约谈任务、待确认的晚点名与朋辈谈心；已解除、已完成、已确认的不动。
 */
import { actions as counseling } from '../../../cloudfunctions/counseling'
import { actions as identity } from '../../../cloudfunctions/identity'
import { COLLECTIONS as C } from '../../../cloudfunctions/_lib/collections'
import { createMain } from '../../../cloudfunctions/_lib/handler'
import { callAs } from '../../support/env'
import { createHarness, type Harness } from '../../support/harness'

let h: Harness
let idMain: ReturnType<typeof createMain>
const id = (who: keyof Harness['fx']['openids'], action: string, payload: unknown = {}) =>
  callAs(idMain, h.fx.openids[who], { action, payload })

const stu = (k: 'c1' | 'c2' | 'c3') => {
  const s = h.fx.studentDocs[k]
  return { stationId: s.stationId, studentId: s._id, studentName: s.name, classId: s.classId, dormId: s.dormId }
}

beforeAll(async () => {
  h = await createHarness(counseling)
  idMain = createMain(identity, { clock: () => h.now() })
  const f = h.fx
  const B = f.personIds.counselorB
  const at = h.now()
  const keyCare = (k: 'c1' | 'c2', status: string) => ({
    _id: `kc-${k}`, ...stu(k), level: 'key', categories: ['情绪异常'], enteredAt: '2026-10-01', source: 'direct', counselorId: B,
    counselorName: '冯老师', nextFollowUp: '2026-10-28', status, history: [], centerFeedback: [], createdAt: at, updatedAt: at,
  })
  await h.insert(C.keyCare, [keyCare('c1', 'active'), keyCare('c2', 'closed')])
  const task = (k: 'c1' | 'c3', status: string) => ({
    _id: `alert:t-${k}`, ...stu(k), counselorIds: [B], source: 'alert', sourceId: `t-${k}`, createdAt: at, status,
  })
  await h.insert(C.talkTasks, [task('c3', 'open'), task('c1', 'done')])
  const rollCall = (week: number, status: string) => ({
    _id: `${f.termId}:${week}:${f.classes.C}`, stationId: f.stationId, termId: f.termId, week, classId: f.classes.C, heldAt: at,
    expected: 3, present: 3, absences: [], recordedBy: f.personIds.committeeC, recordedByName: '周子轩', status, revision: 1,
    revisions: [], correction: false, createdAt: at, updatedAt: at,
  })
  await h.insert(C.rollCalls, [rollCall(6, 'pending'), rollCall(5, 'confirmed')])
  await h.insert(C.peerTalks, [{
    _id: 'peer-c1', ...stu('c1'), reporterId: f.personIds.observerC, reporterName: '黄俊杰', kind: 'dorm', unitId: f.dorms.C,
    date: '2026-10-19', form: 'in_person', category: '情绪异常', summary: '室友反映近期失眠', needsCounselor: false, status: 'pending',
    createdAt: at, updatedAt: at,
  }])
  await h.insert(C.talks, [{
    _id: 'talk-c1', ...stu('c1'), authorId: B, authorName: '冯老师', date: '2026-10-15', place: '办公室', form: 'in_person',
    type: 'daily', source: 'self_initiated', summary: '谈心', level: 'key', measures: '跟进', referred: false, createdAt: at,
  }])
})
afterAll(() => h.env.close())

describe('换岗交接：移交未办结工作', () => {
  test('继任者没有辅导员角色或在别的站：拒绝并指出字段，什么都不写', async () => {
    const f = h.fx
    for (const successor of [f.assignmentIds.committeeA, f.assignmentIds.otherHead, f.assignmentIds.expired]) {
      const r = await id('head', 'assignment.end', { assignmentId: f.assignmentIds.counselorB, successorAssignmentId: successor })
      expect(r.error).toMatchObject({ code: 'INPUT.INVALID', fields: [{ path: 'successorAssignmentId' }] })
    }
    expect(await h.count(C.handovers)).toBe(0)
    expect(await h.get(C.keyCare, 'kc-c1')).toMatchObject({ counselorId: f.personIds.counselorB })
    expect((await h.call('counselorB', 'keycare.list', {})).ok).toBe(true)
  })

  test('一步移交：恰好是未办结的条目；前任下一次调用被拒，继任者立即可见；记录保留原作者；交接有记录与审计', async () => {
    const f = h.fx
    const r = await id('head', 'assignment.end', {
      assignmentId: f.assignmentIds.counselorB, successorAssignmentId: f.assignmentIds.counselorA, note: '冯老师调岗，个案当面交接',
    })
    expect(r.ok).toBe(true)
    expect(r.data).toMatchObject({ active: false, moved: 4 })
    expect(r.data.handover).toMatchObject({
      fromName: '冯老师', toName: '钱老师', note: '冯老师调岗，个案当面交接', assessmentPointId: 'policy.2',
      counts: { keycare: 1, talk_task: 1, rollcall: 1, peer_talk: 1 },
    })
    expect(r.data.handover.items.map((i: { id: string }) => i.id).sort()).toEqual(
      ['alert:t-c3', 'kc-c1', 'peer-c1', `${f.termId}:6:${f.classes.C}`].sort())

    expect((await h.call('counselorB', 'keycare.list', {})).error.code).toBe('AUTH.ROLE_ENDED')
    const kc = await h.ok('counselorA', 'keycare.get', { id: 'kc-c1' })
    expect(kc.entry ?? kc).toMatchObject({ counselorName: '钱老师' })
    expect(await h.get(C.keyCare, 'kc-c2')).toMatchObject({ counselorId: f.personIds.counselorB, status: 'closed' })
    expect((await h.get(C.keyCare, 'kc-c1')).previousCounselors).toEqual([expect.objectContaining({ name: '冯老师' })])
    expect((await h.get(C.talkTasks, 'alert:t-c3')).counselorIds).toEqual([f.personIds.counselorA])
    expect((await h.get(C.talkTasks, 'alert:t-c1')).counselorIds).toEqual([f.personIds.counselorB])
    await h.ok('counselorA', 'rollcall.confirm', { id: `${f.termId}:6:${f.classes.C}` })
    await h.ok('counselorA', 'peer.confirm', { id: 'peer-c1' })
    expect(await h.get(C.talks, 'talk-c1')).toMatchObject({ authorId: f.personIds.counselorB, authorName: '冯老师' })
    const a = await h.get(C.roleAssignments, f.assignmentIds.counselorA)
    expect(new Set(a.classIds)).toEqual(new Set([f.classes.A, f.classes.B, f.classes.C]))
    expect(new Set(a.dormIds)).toEqual(new Set([f.dorms.A, f.dorms.B, f.dorms.C]))

    const logged = await h.count(C.auditLogs, { action: 'identity.handover', targetIds: r.data.handover._id })
    expect(logged).toBe(1)
    const list = await id('head', 'handover.list', {})
    expect(list.data.items).toHaveLength(1)
  })

  test('再执行一次：什么都不重复移交，也不丢；交接记录仍是一条', async () => {
    const f = h.fx
    const r = await id('head', 'assignment.end', { assignmentId: f.assignmentIds.counselorB, successorAssignmentId: f.assignmentIds.counselorA })
    expect(r.data.moved).toBe(0)
    expect(r.data.handover.items).toHaveLength(4)
    expect(r.data.handover.note).toBe('冯老师调岗，个案当面交接')
    expect(await h.count(C.handovers)).toBe(1)
    expect((await h.get(C.talkTasks, 'alert:t-c3')).counselorIds).toEqual([f.personIds.counselorA])
    expect(await h.count(C.keyCare, { counselorId: f.personIds.counselorA })).toBe(1)
  })

  test('接替邀请码绑定的辅导员同样接手前任的未办结工作', async () => {
    const f = h.fx
    // 钱老师名下现有 c1 的重点关注；为其签发接替邀请码，新辅导员绑定
    const inv = await id('head', 'invite.create', { role: 'counselor', classIds: [], dormIds: [], successorOf: f.assignmentIds.counselorA })
    const b = await callAs(idMain, 'openid-new-counselor', { action: 'bind', payload: { code: inv.data.code, name: '卫老师' } })
    expect(b.ok).toBe(true)
    const kc = await h.get(C.keyCare, 'kc-c1')
    expect(kc).toMatchObject({ counselorName: '卫老师' })
    expect(kc.previousCounselors.map((p: { name: string }) => p.name)).toEqual(['冯老师', '钱老师'])
    const mine = await h.get(C.roleAssignments, b.data.assignmentId)
    expect(mine.classIds).toContain(f.classes.C)
  })
})
