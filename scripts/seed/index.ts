/**
 * 演示数据：机电工程学院（20 个班、约 100 间宿舍、约 600 名学生、站长兼辅导员、4 名辅导员、心理委员、观察员、
 * 一段换岗交接历史）、外国语学院（小站点）、校心理中心，以及相对播种当天的校历：今天总在本学期第 12 周（教学周），
 * 第 9 周是已过去的假期周，上一学期在前。
 * 全部确定性生成，经 SDK 分批写入（每批 ≤ 100 条）。其他领域的演示数据（周报、谈话等）在各自文件中，由这里调用。
 *
 *   await seedDemo(db)            // npm start 在数据库为空时调用
 *   await listDemoUsers(db)       // 演示身份列表（开发登录用）
 */
import { COLLECTIONS } from '../../cloudfunctions/_lib/collections'
import { isAssignmentActive } from '../../cloudfunctions/_lib/access'
import type { Database } from '../../cloudfunctions/_lib/sdk'
import { hashCode } from '../../cloudfunctions/identity/codes'
import { loadNames, scopeLabel } from '../../cloudfunctions/identity/util'
import { ROLE_LABELS } from '../../types/domain'
import type { PersonDoc, RoleAssignmentDoc } from '../../types/models'
import type { InviteDoc } from '../../types/models-identity'
import { draftMonthly } from '../../cloudfunctions/_lib/monthly/draft-job'
import { refreshBinderSummaries } from '../../cloudfunctions/jobs/binder-summaries'
import { seedCounseling } from './counseling'
import { seedObservations } from './observations'
import { buildStation, demoCalendar, JIDIAN, termsFor, WAIYU } from './org'
import { buildPeople } from './people'

export interface DemoUser {
  openid: string
  name: string
  roles: string[]
  /** 如 “站长·机电工程学院；辅导员·自动化2301班、自动化2302班等4个班级” */
  label: string
}

/** 演示用的已知邀请码：机制2501班心理委员（绑定时用该班任一学生的姓名 + 学号） */
export const DEMO_INVITE_CODE = 'DEMO0-2501A'

const BATCH = 100

async function insert(db: Database, collection: string, docs: object[]): Promise<void> {
  for (let i = 0; i < docs.length; i += BATCH) {
    const res = (await db.collection(collection).add(docs.slice(i, i + BATCH))) as { code?: string; message?: string }
    if (res.code) throw new Error(`seed ${collection}: ${res.code} ${res.message ?? ''}`)
  }
}

export async function seedDemo(db: Database, now = new Date()): Promise<DemoUser[]> {
  const main = buildStation(JIDIAN, now)
  const second = buildStation(WAIYU, now)
  const { people, assignments } = buildPeople(main, second, demoCalendar(now))
  const head = people.find((p) => p.openid === 'demo-head')!
  const jizhi = main.classes.find((c) => c.name === '机制2501班')!
  const invite: InviteDoc = {
    _id: 'demo-invite-1',
    codeHash: hashCode(DEMO_INVITE_CODE),
    stationId: main.station._id,
    role: 'committee',
    classId: jizhi._id,
    expiresAt: new Date(now.getTime() + 30 * 86_400_000),
    createdBy: head._id,
    createdAt: now,
  }
  await Promise.all([
    insert(db, COLLECTIONS.stations, [main.station, second.station]),
    insert(db, COLLECTIONS.terms, [...termsFor(main.station._id, now), ...termsFor(second.station._id, now)]),
    insert(db, COLLECTIONS.classes, [...main.classes, ...second.classes]),
    insert(db, COLLECTIONS.dorms, [...main.dorms, ...second.dorms]),
    insert(db, COLLECTIONS.students, [...main.students, ...second.students]),
    insert(db, COLLECTIONS.people, people),
    insert(db, COLLECTIONS.roleAssignments, assignments),
    insert(db, COLLECTIONS.invites, [invite]),
  ])
  await seedCounseling(db, { now })
  await seedObservations(db, { now })
  // 上一个已结束月份的月报草稿：与每月 1 日的定时任务同一条路径（draftMonthly）
  await draftMonthly({ db, now })
  // 站长首页的考核手册缺失材料：与每天的定时任务同一条路径（refreshBinderSummaries）
  await refreshBinderSummaries({ db, now })
  return listDemoUsers(db, now)
}

/** 数据库中 openid 以 demo- 开头的使用者及其生效任职 */
export async function listDemoUsers(db: Database, now = new Date()): Promise<DemoUser[]> {
  const _ = db.command
  const people = (await db.collection(COLLECTIONS.people).where({ openid: _.in(DEMO_OPENIDS) }).limit(100).get()).data as PersonDoc[]
  const all = (await db.collection(COLLECTIONS.roleAssignments).where({ personId: _.in(people.map((p) => p._id)) }).limit(200).get())
    .data as RoleAssignmentDoc[]
  const active = all.filter((a) => isAssignmentActive(a, now))
  const book = await loadNames(db, active)
  const order = (openid: string) => DEMO_OPENIDS.indexOf(openid)
  return people
    .map((p) => {
      const mine = active.filter((a) => a.personId === p._id)
      return {
        openid: p.openid,
        name: p.name,
        roles: mine.map((a) => a.role),
        label: mine.map((a) => `${ROLE_LABELS[a.role]}·${scopeLabel(a, book)}`).join('；'),
      }
    })
    .filter((u) => u.roles.length > 0)
    .sort((a, b) => order(a.openid) - order(b.openid))
}

export const DEMO_OPENIDS = [
  'demo-head',
  'demo-counselor-1', 'demo-counselor-2', 'demo-counselor-3', 'demo-counselor-4',
  'demo-committee-1', 'demo-committee-2', 'demo-committee-3', 'demo-committee-4', 'demo-committee-5',
  'demo-observer-1', 'demo-observer-2', 'demo-observer-3', 'demo-observer-4',
  'demo-center', 'demo-head-2', 'demo-committee-former',
]
