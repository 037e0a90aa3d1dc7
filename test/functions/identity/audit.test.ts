import fs from 'fs'
import path from 'path'
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { actions } from '../../../cloudfunctions/identity'
import { useIdentityEnv } from './helpers'

const t = useIdentityEnv()

async function entries(where: Record<string, unknown>) {
  return (await t.env.db.collection(COLLECTIONS.auditLogs).where(where).limit(1000).get()).data as Array<Record<string, any>>
}

describe('审计日志', () => {
  test('每次返回学生身份信息的读取都记一条：谁、什么角色、什么动作、哪些记录、何时', async () => {
    const f = t.f
    await t.call(f.openids.counselorA, 'org.student', { studentId: f.students.a2 })
    await t.call(f.openids.committeeA, 'org.students', { q: '张' })
    await t.call(f.openids.head, 'people.list', {})
    const one = await entries({ actorPersonId: f.personIds.counselorA, action: 'identity.org.student' })
    expect(one).toEqual([
      expect.objectContaining({ stationId: f.stationId, actorName: '钱老师', role: 'counselor', targetIds: [f.students.a2], at: f.now }),
    ])
    const list = await entries({ actorPersonId: f.personIds.committeeA, action: 'identity.org.students' })
    expect(list[0].targetIds).toEqual([f.students.a1])
    expect(await entries({ actorPersonId: f.personIds.head, action: 'identity.people.list' })).toHaveLength(1)
  })

  test('越权或不存在的读取不返回学生信息，也不记为读取', async () => {
    const before = (await entries({ actorPersonId: t.f.personIds.observerA })).length
    expect((await t.call(t.f.openids.observerA, 'org.student', { studentId: t.f.students.c1 })).error.code).toBe('NOT_FOUND')
    expect(await entries({ actorPersonId: t.f.personIds.observerA })).toHaveLength(before)
  })

  test('角色与名册变更都记日志', async () => {
    const f = t.f
    const inv = await t.call(f.openids.head, 'invite.create', { role: 'counselor', classIds: [f.classes.A] })
    const bound = await t.call('audit-new', 'bind', { code: inv.data.code, name: '新老师' })
    await t.call(f.openids.head, 'assignment.update', { assignmentId: bound.data.assignmentId, dormIds: [f.dorms.A] })
    await t.call(f.openids.head, 'assignment.end', { assignmentId: bound.data.assignmentId })
    const csv = '学号,姓名,性别,年级,班级,宿舍楼,宿舍号\n2026000001,新同学,女,2026级,机电2601班,15栋,101\n'
    expect((await t.importRoster('a.csv', csv)).ok).toBe(true)
    const actionsLogged = (await entries({ stationId: f.stationId })).map((e) => e.action)
    for (const a of ['identity.invite.create', 'identity.bind', 'identity.assignment.update', 'identity.assignment.end', 'identity.roster.import']) {
      expect(actionsLogged).toContain(a)
    }
    const bindEntry = (await entries({ action: 'identity.bind', targetIds: bound.data.assignmentId }))[0]
    expect(bindEntry).toMatchObject({ actorName: '新老师', role: 'counselor' })
  })

  test('站长按操作人、动作、日期、目标记录筛选本站日志，分页，最新在前', async () => {
    const f = t.f
    const byActor = await t.call(f.openids.head, 'audit.list', { actorPersonId: f.personIds.counselorA })
    expect(byActor.data.items.length).toBeGreaterThan(0)
    expect(byActor.data.items.every((e: { actorPersonId: string }) => e.actorPersonId === f.personIds.counselorA)).toBe(true)
    const byTarget = await t.call(f.openids.head, 'audit.list', { targetId: f.students.a2 })
    expect(byTarget.data.items.map((e: { action: string }) => e.action)).toContain('identity.org.student')
    const byAction = await t.call(f.openids.head, 'audit.list', { action: 'identity.people.list', from: '2026-10-21', to: '2026-10-21' })
    expect(byAction.data.total).toBe(1)
    const none = await t.call(f.openids.head, 'audit.list', { from: '2026-10-22' })
    expect(none.data.total).toBe(0)
    const page = await t.call(f.openids.head, 'audit.list', { pageSize: 2 })
    expect(page.data.items).toHaveLength(2)
    expect(page.data.total).toBeGreaterThan(2)
    const other = await t.call(f.openids.otherHead, 'audit.list', {})
    expect(other.data.items.every((e: { actorPersonId: string }) => e.actorPersonId === f.personIds.otherHead)).toBe(true)
  })

  test('没有任何修改或删除审计日志的动作，代码中也没有对审计集合的更新或删除', () => {
    expect(Object.keys(actions).filter((a) => a.startsWith('audit.'))).toEqual(['audit.list', 'audit.get'])
    const root = path.join(__dirname, '../../../cloudfunctions')
    const offenders: string[] = []
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name)
        if (e.isDirectory()) walk(p)
        else if (p.endsWith('.ts') && !p.endsWith('collections.ts')) {
          const src = fs.readFileSync(p, 'utf8')
          if (/auditLogs\)[\s\S]{0,200}?\.(update|remove|set)\(/.test(src) || /['"]audit_logs['"]/.test(src)) offenders.push(path.relative(root, p))
        }
      }
    }
    walk(root)
    expect(offenders).toEqual([])
  })
})
