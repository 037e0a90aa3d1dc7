import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { insertAll } from '../../support/fixtures'
import { useIdentityEnv } from './helpers'

const t = useIdentityEnv()

describe('换岗交接', () => {
  test('站长结束任职后，原任职人下一次调用即被拒绝；其所写记录保留原作者', async () => {
    const f = t.f
    // committeeC 写过一份周报（直接写入，代表历史记录）
    const report = {
      _id: `${f.termId}:6:class:${f.classes.C}`, stationId: f.stationId, termId: f.termId, week: 6, kind: 'class', unitId: f.classes.C,
      classId: f.classes.C, reporterId: f.personIds.committeeC, reporterName: f.studentDocs.c2.name, hasConcern: false,
    }
    await insertAll(t.env.db, COLLECTIONS.weeklyReports, [report])
    expect((await t.call(f.openids.committeeC, 'org.students', {})).ok).toBe(true)

    const ended = await t.call(f.openids.head, 'assignment.end', { assignmentId: f.assignmentIds.committeeC })
    expect(ended.data).toMatchObject({ active: false, endedByName: '孙站长' })

    expect((await t.call(f.openids.committeeC, 'org.students', {})).error.code).toBe('AUTH.ROLE_ENDED')
    expect((await t.call(f.openids.committeeC, 'me')).error.code).toBe('AUTH.ROLE_ENDED')
    const kept = (await t.env.db.collection(COLLECTIONS.weeklyReports).doc(report._id).get()).data[0]
    expect(kept).toMatchObject({ reporterId: f.personIds.committeeC, reporterName: f.studentDocs.c2.name })

    // 人员列表保留任职历史与任期
    const people = await t.call(f.openids.head, 'people.list', { q: f.studentDocs.c2.name })
    expect(people.data.items[0].assignments[0]).toMatchObject({ role: 'committee', active: false, termStart: expect.any(String), endedAt: expect.any(String) })
  })

  test('接替邀请码：继任者绑定后前任立即失去权限，继任者获得同一范围', async () => {
    const f = t.f
    const inv = await t.call(f.openids.head, 'invite.create', { role: 'observer', dormId: f.dorms.C, successorOf: f.assignmentIds.observerC })
    expect(inv.ok).toBe(true)
    // 前任在继任者绑定前仍可使用
    expect((await t.call(f.openids.observerC, 'org.students', {})).ok).toBe(true)
    const a4 = f.studentDocs.a4 // 住宿舍 C
    const r = await t.call('successor-1', 'bind', { code: inv.data.code, name: a4.name, studentNo: a4.studentNo, acceptPledge: true })
    expect(r.ok).toBe(true)
    expect((await t.call(f.openids.observerC, 'org.students', {})).error.code).toBe('AUTH.ROLE_ENDED')
    const mine = await t.call('successor-1', 'org.students', {})
    expect(new Set(mine.data.items.map((s: { dormId: string }) => s.dormId))).toEqual(new Set([f.dorms.C]))
    const prev = (await t.env.db.collection(COLLECTIONS.roleAssignments).doc(f.assignmentIds.observerC).get()).data[0]
    expect(prev.endedBy).toBe(f.personIds.head)
  })

  test('接替的任职须角色相同；辅导员只能为自己范围内的骨干签发接替邀请码', async () => {
    const f = t.f
    const wrongRole = await t.call(f.openids.head, 'invite.create', { role: 'committee', classId: f.classes.A, successorOf: f.assignmentIds.observerA })
    expect(wrongRole.error).toMatchObject({ code: 'INPUT.INVALID', fields: [{ path: 'successorOf' }] })
    const otherStation = await t.call(f.openids.head, 'invite.create', { role: 'head', successorOf: f.assignmentIds.otherHead })
    expect(otherStation.error.code).toBe('NOT_FOUND')
    const ok = await t.call(f.openids.counselorA, 'invite.create', { role: 'committee', classId: f.classes.A, successorOf: f.assignmentIds.committeeA })
    expect(ok.ok).toBe(true)
    const outside = await t.call(f.openids.counselorA, 'invite.create', { role: 'committee', classId: f.classes.A, successorOf: f.assignmentIds.committeeC })
    expect(outside.error.code).toBe('NOT_FOUND')
  })

  test('站长不能结束自己当前使用的站长任职', async () => {
    const r = await t.call(t.f.openids.head, 'assignment.end', { assignmentId: t.f.assignmentIds.head })
    expect(r.error.code).toBe('STATE.INVALID_TRANSITION')
  })

  test('调整辅导员负责的班级后，下一次调用按新范围判断', async () => {
    const f = t.f
    expect((await t.call(f.openids.counselorA, 'org.student', { studentId: f.students.b1 })).ok).toBe(true)
    const r = await t.call(f.openids.head, 'assignment.update', { assignmentId: f.assignmentIds.counselorA, classIds: [f.classes.A] })
    expect(r.data.classIds).toEqual([f.classes.A])
    expect((await t.call(f.openids.counselorA, 'org.student', { studentId: f.students.b1 })).error.code).toBe('NOT_FOUND')
    expect((await t.call(f.openids.counselorA, 'org.student', { studentId: f.students.b3 })).ok).toBe(true) // 住宿舍 A
    const bad = await t.call(f.openids.head, 'assignment.update', { assignmentId: f.assignmentIds.committeeA, classIds: [f.classes.B] })
    expect(bad.error.fields[0].path).toBe('classIds')
    const foreign = await t.call(f.openids.head, 'assignment.update', { assignmentId: f.assignmentIds.counselorA, classIds: [f.otherClassId] })
    expect(foreign.error.code).toBe('NOT_FOUND')
  })

  test('任期结束日期已过，下一次调用即被拒绝', async () => {
    const f = t.f
    const r = await t.call(f.openids.head, 'assignment.update', { assignmentId: f.assignmentIds.committeeA, termEnd: '2026-10-20' })
    expect(r.ok).toBe(true)
    expect((await t.call(f.openids.committeeA, 'org.students', {})).error.code).toBe('AUTH.ROLE_ENDED')
    await t.call(f.openids.head, 'assignment.update', { assignmentId: f.assignmentIds.committeeA, termEnd: null })
    expect((await t.call(f.openids.committeeA, 'org.students', {})).ok).toBe(true)
  })

  test('一人多角色：交接其中一个角色后，请求该角色得到 ROLE_ENDED，其余角色照常', async () => {
    const f = t.f
    const inv = await t.call(f.openids.head, 'invite.create', { role: 'counselor', classIds: [f.classes.C] })
    await t.call(f.openids.counselorA, 'bind', { code: inv.data.code, name: '钱老师' })
    const me = await t.call(f.openids.counselorA, 'me')
    const second = me.data.assignments.find((a: { _id: string }) => a._id !== f.assignmentIds.counselorA)
    await t.call(f.openids.head, 'assignment.end', { assignmentId: second._id })
    const r = await t.call(f.openids.counselorA, 'org.students', {}, { assignmentId: second._id })
    expect(r.error.code).toBe('AUTH.ROLE_ENDED')
    expect((await t.call(f.openids.counselorA, 'org.students', {}, { assignmentId: f.assignmentIds.counselorA })).ok).toBe(true)
  })
})
