import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { CODE_ALPHABET, hashCode } from '../../../cloudfunctions/identity/codes'
import { FIXTURE_NOW } from '../../support/fixtures'
import { days, minutes, useIdentityEnv } from './helpers'

const t = useIdentityEnv()
let seq = 0
const fresh = () => `bind-user-${++seq}`

async function invite(payload: Record<string, unknown>, by = t.f.openids.head) {
  const r = await t.call(by, 'invite.create', payload)
  expect(r.ok).toBe(true)
  return r.data as { code: string; invite: { _id: string } }
}
/** 班级 B 的学生陈佳怡（b1） */
const b1 = () => ({ name: t.f.studentDocs.b1.name, studentNo: t.f.studentDocs.b1.studentNo, acceptPledge: true })

beforeEach(() => {
  t.clock.now = FIXTURE_NOW
})

describe('邀请码', () => {
  test('邀请码 10 位、来自 32 个字符的字母表，库中只存散列', async () => {
    const { code, invite: inv } = await invite({ role: 'committee', classId: t.f.classes.B })
    const plain = code.replace('-', '')
    expect(plain).toHaveLength(10)
    expect([...plain].every((c) => CODE_ALPHABET.includes(c))).toBe(true)
    const doc = (await t.env.db.collection(COLLECTIONS.invites).doc(inv._id).get()).data[0]
    expect(doc.codeHash).toBe(hashCode(code))
    expect(JSON.stringify(doc)).not.toContain(plain)
  })

  test('邀请码只能使用一次', async () => {
    const { code } = await invite({ role: 'committee', classId: t.f.classes.B })
    expect((await t.call(fresh(), 'bind', { code, ...b1() })).ok).toBe(true)
    const again = await t.call(fresh(), 'bind', { code, ...b1() })
    expect(again.error.code).toBe('INVITE.INVALID')
  })

  test('同一邀请码并发绑定只有一个成功', async () => {
    const { code } = await invite({ role: 'counselor', classIds: [t.f.classes.C] })
    const rs = await Promise.all([1, 2, 3].map(() => t.call(fresh(), 'bind', { code, name: '新老师' })))
    expect(rs.filter((r) => r.ok)).toHaveLength(1)
    expect(rs.filter((r) => !r.ok).every((r) => r.error.code === 'INVITE.INVALID')).toBe(true)
  })

  test('过期的邀请码无效（默认 7 天）', async () => {
    const { code } = await invite({ role: 'committee', classId: t.f.classes.B })
    t.clock.now = days(FIXTURE_NOW, 7)
    expect((await t.call(fresh(), 'bind', { code, ...b1() })).error.code).toBe('INVITE.INVALID')
  })

  test('撤销后的邀请码无效；已使用的邀请码不能撤销', async () => {
    const { code, invite: inv } = await invite({ role: 'committee', classId: t.f.classes.B })
    expect((await t.call(t.f.openids.head, 'invite.revoke', { inviteId: inv._id })).data.status).toBe('revoked')
    expect((await t.call(fresh(), 'bind', { code, ...b1() })).error.code).toBe('INVITE.INVALID')
    const used = await invite({ role: 'counselor' })
    expect((await t.call(fresh(), 'bind', { code: used.code, name: '某老师' })).ok).toBe(true)
    const r = await t.call(t.f.openids.head, 'invite.revoke', { inviteId: used.invite._id })
    expect(r.error.code).toBe('STATE.INVALID_TRANSITION')
  })

  test('输入邀请码时忽略大小写、空格与连字符', async () => {
    const { code } = await invite({ role: 'counselor' })
    const messy = ` ${code.toLowerCase().replace('-', ' ')} `
    expect((await t.call(fresh(), 'bind', { code: messy, name: '某老师' })).ok).toBe(true)
  })

  test('辅导员只能为自己负责的班级、宿舍签发委员与观察员邀请码', async () => {
    const by = t.f.openids.counselorA
    expect((await t.call(by, 'invite.create', { role: 'committee', classId: t.f.classes.B })).ok).toBe(true)
    expect((await t.call(by, 'invite.create', { role: 'observer', dormId: t.f.dorms.A })).ok).toBe(true)
    expect((await t.call(by, 'invite.create', { role: 'committee', classId: t.f.classes.C })).error.code).toBe('NOT_FOUND')
    expect((await t.call(by, 'invite.create', { role: 'observer', dormId: t.f.dorms.B })).error.code).toBe('NOT_FOUND')
    expect((await t.call(by, 'invite.create', { role: 'head' })).error.code).toBe('AUTH.FORBIDDEN')
    expect((await t.call(by, 'invite.create', { role: 'counselor', classIds: [] })).error.code).toBe('AUTH.FORBIDDEN')
  })

  test('辅导员只看到、只能撤销自己签发的邀请码', async () => {
    const headInv = await invite({ role: 'committee', classId: t.f.classes.A })
    const mine = await invite({ role: 'committee', classId: t.f.classes.A }, t.f.openids.counselorA)
    const list = await t.call(t.f.openids.counselorA, 'invite.list', { pageSize: 100 })
    const ids = list.data.items.map((i: { _id: string }) => i._id)
    expect(ids).toContain(mine.invite._id)
    expect(ids).not.toContain(headInv.invite._id)
    expect((await t.call(t.f.openids.counselorA, 'invite.revoke', { inviteId: headInv.invite._id })).error.code).toBe('NOT_FOUND')
  })
})

describe('绑定', () => {
  test('学生骨干绑定：核对名册、记录保密承诺时间，之后只看到本班', async () => {
    const { code } = await invite({ role: 'committee', classId: t.f.classes.B })
    const openid = fresh()
    const r = await t.call(openid, 'bind', { code, ...b1() })
    expect(r.ok).toBe(true)
    expect(r.data.assignments).toEqual([expect.objectContaining({ role: 'committee', scopeLabel: '机电2302班' })])
    const person = (await t.env.db.collection(COLLECTIONS.people).where({ openid }).get()).data[0]
    expect(new Date(person.pledgeAcceptedAt).getTime()).toBe(FIXTURE_NOW.getTime())
    expect(person.studentNo).toBe(t.f.studentDocs.b1.studentNo)
    const students = await t.call(openid, 'org.students', {})
    expect(students.data.items.map((s: { classId: string }) => s.classId)).toEqual(expect.arrayContaining([t.f.classes.B]))
    expect(new Set(students.data.items.map((s: { classId: string }) => s.classId))).toEqual(new Set([t.f.classes.B]))
    expect((await t.call(openid, 'org.student', { studentId: t.f.students.a1 })).error.code).toBe('NOT_FOUND')
  })

  test('学生骨干未接受保密承诺不能绑定，且不写入任何数据', async () => {
    const { code, invite: inv } = await invite({ role: 'committee', classId: t.f.classes.B })
    const openid = fresh()
    const r = await t.call(openid, 'bind', { code, ...b1(), acceptPledge: false })
    expect(r.error.code).toBe('INVITE.PLEDGE_REQUIRED')
    expect(await t.count(COLLECTIONS.people, { openid })).toBe(0)
    const doc = (await t.env.db.collection(COLLECTIONS.invites).doc(inv._id).get()).data[0]
    expect(doc.usedAt).toBeUndefined()
  })

  test('姓名或学号与名册不符、或不是该班学生时不能绑定', async () => {
    const { code } = await invite({ role: 'committee', classId: t.f.classes.B })
    const s = t.f.studentDocs
    const tries = [
      { name: '王小二', studentNo: s.b1.studentNo },
      { name: s.b1.name, studentNo: '2099999999' },
      { name: s.a1.name, studentNo: s.a1.studentNo }, // 名册上存在，但不在班级 B
      { name: s.x1.name, studentNo: s.x1.studentNo }, // 另一学院的学生
    ]
    for (const who of tries) {
      const r = await t.call(fresh(), 'bind', { code, ...who, acceptPledge: true })
      expect(r.error.code).toBe('INVITE.IDENTITY_MISMATCH')
    }
    expect((await t.call(fresh(), 'bind', { code, name: s.b1.name, acceptPledge: true })).error.fields[0].path).toBe('studentNo')
  })

  test('观察员须住在邀请码对应的宿舍', async () => {
    const { code } = await invite({ role: 'observer', dormId: t.f.dorms.B })
    const a1 = t.f.studentDocs.a1 // 住宿舍 A
    expect((await t.call(fresh(), 'bind', { code, name: a1.name, studentNo: a1.studentNo, acceptPledge: true })).error.code).toBe(
      'INVITE.IDENTITY_MISMATCH',
    )
    const a3 = t.f.studentDocs.a3 // 住宿舍 B
    expect((await t.call(fresh(), 'bind', { code, name: a3.name, studentNo: a3.studentNo, acceptPledge: true })).ok).toBe(true)
  })

  test('同一微信 10 分钟内最多尝试 5 次，之后 RATE_LIMITED，窗口过后恢复', async () => {
    const openid = fresh()
    for (let i = 0; i < 5; i++) expect((await t.call(openid, 'bind', { code: 'WRONG-CODE1', name: '某人' })).error.code).toBe('INVITE.INVALID')
    const { code } = await invite({ role: 'counselor' })
    expect((await t.call(openid, 'bind', { code, name: '某人' })).error.code).toBe('RATE_LIMITED')
    t.clock.now = minutes(FIXTURE_NOW, 10)
    expect((await t.call(openid, 'bind', { code, name: '某人' })).ok).toBe(true)
  })

  test('辅导员绑定后获得邀请码中的班级与宿舍', async () => {
    const { code } = await invite({ role: 'counselor', classIds: [t.f.classes.C], dormIds: [t.f.dorms.B] })
    const openid = fresh()
    const r = await t.call(openid, 'bind', { code, name: '卫老师' })
    expect(r.data.assignments[0]).toMatchObject({ role: 'counselor', scopeLabel: '机电2401班；12栋306' })
    expect((await t.call(openid, 'org.student', { studentId: t.f.students.c1 })).ok).toBe(true)
    expect((await t.call(openid, 'org.student', { studentId: t.f.students.b1 })).ok).toBe(true) // 住宿舍 B
    expect((await t.call(openid, 'org.student', { studentId: t.f.students.a1 })).error.code).toBe('NOT_FOUND')
  })

  test('已绑定的人再绑定新角色时加到同一个人名下（一人多角色）', async () => {
    const { code } = await invite({ role: 'head' })
    const r = await t.call(t.f.openids.counselorB, 'bind', { code, name: '冯老师' })
    expect(r.data.person._id).toBe(t.f.personIds.counselorB)
    expect(r.data.assignments.map((a: { role: string }) => a.role)).toEqual(['head', 'counselor'])
    expect(await t.count(COLLECTIONS.people, { openid: t.f.openids.counselorB })).toBe(1)
    // 角色切换：信封中的 role 选择本人持有的任职
    const asCounselor = await t.call(t.f.openids.counselorB, 'people.list', {}, { role: 'counselor' })
    expect(asCounselor.error.code).toBe('AUTH.FORBIDDEN')
    expect((await t.call(t.f.openids.counselorB, 'people.list', {}, { role: 'head' })).ok).toBe(true)
  })

  test('任期已结束的人可以用新邀请码重新绑定', async () => {
    expect((await t.call(t.f.openids.expired, 'me')).error.code).toBe('AUTH.ROLE_ENDED')
    const a3 = t.f.studentDocs.a3
    const { code } = await invite({ role: 'observer', dormId: t.f.dorms.B })
    const r = await t.call(t.f.openids.expired, 'bind', { code, name: a3.name, studentNo: a3.studentNo, acceptPledge: true })
    expect(r.ok).toBe(true)
    expect(r.data.person._id).toBe(t.f.personIds.expired)
    expect((await t.call(t.f.openids.expired, 'me')).data.assignments).toHaveLength(1)
  })
})

describe('建站', () => {
  test('校心理中心建站并得到一次性建站码；兑换者成为站长，建站码不能再用', async () => {
    const created = await t.call(t.f.openids.center, 'station.create', { name: '信息工程学院' })
    expect(created.ok).toBe(true)
    const openid = fresh()
    const r = await t.call(openid, 'setup.redeem', { code: created.data.setupCode, name: '新站长' })
    expect(r.data.assignments).toEqual([expect.objectContaining({ role: 'head', stationId: created.data.stationId, stationName: '信息工程学院' })])
    expect((await t.call(fresh(), 'setup.redeem', { code: created.data.setupCode, name: '另一人' })).error.code).toBe('INVITE.INVALID')
    expect((await t.call(t.f.openids.center, 'station.create', { name: '信息工程学院' })).error.code).toBe('CONFLICT')
  })

  test('邀请码不能当建站码用，建站码也不能当邀请码用', async () => {
    const { code } = await invite({ role: 'counselor' })
    expect((await t.call(fresh(), 'setup.redeem', { code, name: '某人' })).error.code).toBe('INVITE.INVALID')
    const created = await t.call(t.f.openids.center, 'station.create', { name: '外语学院' })
    expect((await t.call(fresh(), 'bind', { code: created.data.setupCode, name: '某人' })).error.code).toBe('INVITE.INVALID')
  })
})
