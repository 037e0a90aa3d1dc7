/**
 * 考核手册压测数据：一个大站点（300 班、1500 宿舍）的一整个学年（两学期共 36 周）的记录，经 SDK 直接写入。
 * 心理委员、观察员任职（约 5% 有换届空档）、12000 条谈话（重点关注学生的带下次跟进）、400 条即时报告、6000 条朋辈谈心、
 * 重点关注 150 条、10 个月报、40 场培训、60 次活动、一轮 3000 人的普测、12 份人员登记、工作计划。确定性伪随机（可复现）。
 */
import { addDays, shanghaiInstant, weekdayOf } from '../domain/calendar'
import { COLLECTIONS } from '../cloudfunctions/_lib/collections'
import type { Database } from '../cloudfunctions/_lib/sdk'
import { rng } from '../scripts/seed/names'

export const CLASSES = 300
export const DORMS = 1500
/** 学年的两个学期：9 月第一个周一起、次年 3 月第一个周一起，各 18 周 */
const firstMonday = (ym: string): string => { let d = `${ym}-01`; while (weekdayOf(d) !== 1) d = addDays(d, 1); return d }
const termsOf = (y: number) => [{ n: 1, startDate: firstMonday(`${y}-09`) }, { n: 2, startDate: firstMonday(`${y + 1}-03`) }]
const WEEKS = 18

async function insertMany(db: Database, coll: string, docs: object[]): Promise<void> {
  for (let i = 0; i < docs.length; i += 2000) {
    await Promise.all([0, 500, 1000, 1500].map(async (o) => {
      const b = docs.slice(i + o, i + o + 500)
      if (!b.length) return
      const r = (await db.collection(coll).add(b)) as { code?: string; message?: string }
      if (r.code) throw new Error(`seed ${coll}: ${r.code} ${r.message}`)
    }))
  }
}

export interface SeededBinderStation {
  stationId: string
  headOpenid: string
  docs: number
}

/** 学年内第 i 天（两学期的教学日依次排列） */
function termDay(terms: Array<{ startDate: string }>, i: number): string {
  const d = i % (WEEKS * 7 * 2)
  const t = terms[d < WEEKS * 7 ? 0 : 1]
  return addDays(t.startDate, d % (WEEKS * 7))
}

/** y：学年的第一个年份（2026 → 2026-2027 学年） */
export async function seedBinderStation(db: Database, index: number, y: number, now: Date): Promise<SeededBinderStation> {
  const rand = rng(2000 + index)
  const TERMS = termsOf(y)
  const SCHOOL_YEAR = `${y}-${y + 1}`
  const td = (i: number) => termDay(TERMS, i)
  const S = `bench-b${index}`
  const at = (date: string) => shanghaiInstant(date, '10:00')
  const terms = TERMS.map((t) => ({ _id: `${S}-t${t.n}`, stationId: S, name: `${SCHOOL_YEAR}学年第${t.n === 1 ? '一' : '二'}学期`, startDate: t.startDate, weeks: WEEKS, weeksOff: [], deadlineWeekday: 7, deadlineTime: '22:00', createdAt: now, updatedAt: now }))
  const classes = Array.from({ length: CLASSES }, (_, i) => ({ _id: `${S}-c${i}`, stationId: S, grade: `${y - 3 + (i % 4)}级`, name: `压测${String(i).padStart(3, '0')}班` }))
  const dorms = Array.from({ length: DORMS }, (_, i) => ({ _id: `${S}-d${i}`, stationId: S, building: `${1 + Math.floor(i / 100)}栋`, room: String(100 + (i % 100)), name: `${1 + Math.floor(i / 100)}栋${100 + (i % 100)}` }))
  const cadre = (role: 'committee' | 'observer', unit: { _id: string }, i: number) => {
    const gap = rand() < 0.05
    return { _id: `${S}-${role}-${i}`, personId: `${S}-${role}-p${i}`, role, stationId: S, ...(role === 'committee' ? { classId: unit._id } : { dormId: unit._id }), termStart: at(gap ? `${y}-10-10` : `${y}-09-01`), termEnd: null, endedAt: null, createdAt: now }
  }
  const assignments = [
    ...classes.map((c, i) => cadre('committee', c, i)),
    ...dorms.map((d, i) => cadre('observer', d, i)),
    { _id: `${S}-head-a`, personId: `${S}-head`, role: 'head', stationId: S, termStart: at(`${y - 1}-09-01`), termEnd: null, endedAt: null, createdAt: now },
  ]
  const keyCare = Array.from({ length: 150 }, (_, i) => ({ _id: `${S}-kc${i}`, stationId: S, studentId: `${S}-st${i}`, studentName: `学生${i}`, classId: classes[i % CLASSES]._id, dormId: dorms[i % DORMS]._id, level: 'key', categories: [], enteredAt: `${y}-09-20`, source: 'direct', counselorId: 'x', counselorName: '辅导员', nextFollowUp: `${y}-10-01`, status: 'active', history: [], centerFeedback: [], createdAt: now, updatedAt: now }))
  const talks = Array.from({ length: 12000 }, (_, i) => {
    const care = i % 8 === 0
    const date = td(Math.floor(rand() * WEEKS * 7 * 2))
    return { _id: `${S}-tk${i}`, stationId: S, studentId: care ? `${S}-st${i % 150}` : `${S}-x${i}`, studentName: '学生', classId: classes[i % CLASSES]._id, dormId: dorms[i % DORMS]._id, authorId: 'x', authorName: '辅导员', date, place: '办公室', form: 'in_person', type: 'daily', source: 'self_initiated', summary: '谈话摘要', level: 'general', measures: '', referred: false, createdAt: at(date), ...(care ? { followUpDate: addDays(date, 14) } : {}) }
  })
  const alerts = Array.from({ length: 400 }, (_, i) => {
    const created = new Date(at(td(i * 7)).getTime() + rand() * 8 * 3600_000)
    return { _id: `${S}-al${i}`, stationId: S, source: 'button', reporterId: 'p', level: 'crisis', description: '即时报告', createdAt: created, ackDeadline: new Date(created.getTime() + 30 * 60_000), counselorIds: [], ackedAt: rand() < 0.95 ? new Date(created.getTime() + rand() * 40 * 60_000) : null }
  })
  const peers = Array.from({ length: 6000 }, (_, i) => ({ _id: `${S}-pt${i}`, stationId: S, reporterId: 'p', reporterName: '委员', kind: 'class', unitId: classes[i % CLASSES]._id, studentId: `${S}-x${i}`, studentName: '学生', classId: classes[i % CLASSES]._id, dormId: dorms[i % DORMS]._id, date: td(Math.floor(rand() * WEEKS * 14)), form: 'in_person', category: 'study', summary: '朋辈谈心', needsCounselor: false, status: rand() < 0.8 ? 'confirmed' : 'pending', createdAt: now, updatedAt: now }))
  const months = [...['09', '10', '11', '12'].map((m) => `${y}-${m}`), ...['01', '03', '04', '05', '06'].map((m) => `${y + 1}-${m}`)]
  const monthly = months.map((m, i) => ({ _id: `${S}:${m}`, stationId: S, month: m, status: 'submitted', versions: [{ version: 1, submittedAt: at(`${months[i + 1] ?? `${y + 1}-07`}-0${rand() < 0.9 ? 3 : 7}`) }] }))
  const grades = [0, 1, 2, 3].map((k) => `${y - 3 + k}级`)
  const trainings = Array.from({ length: 40 }, (_, i) => ({ _id: `${S}-tr${i}`, stationId: S, title: `培训${i}`, date: td(i * 6 + 10), startTime: '14:00', endTime: '16:00', hours: 2, trainer: '讲师', organiser: 'station', place: '报告厅', form: 'offline', audience: i % 5 === 4 ? { kind: 'staff', personIds: [`${S}-head`] } : { kind: 'cadres', roles: i % 2 ? ['observer'] : ['committee'], grades: [grades[i % 4]] }, secret: 's', createdBy: 'x', createdByName: '站长', createdAt: now }))
  const attendance = trainings.filter((t) => t.audience.kind === 'staff').map((t) => ({ _id: `${t._id}:${S}-head`, trainingId: t._id, stationId: S, personId: `${S}-head`, status: 'present', via: 'code', at: now, markedBy: 'x' }))
  const types = ['theme', 'lecture', 'class_meeting', 'group_counseling', 'behavior_training', 'other']
  const activities = Array.from({ length: 60 }, (_, i) => ({ _id: `${S}-ac${i}`, stationId: S, type: types[i % 6], title: `活动${i}`, theme: '主题', audience: '全院', date: td(i * 4 + 3), place: '礼堂', stage: i % 3 ? 'summarised' : 'held', createdBy: 'x', createdByName: '站长', createdAt: now, updatedAt: now }))
  const round = { _id: `${S}-round`, stationId: S, name: `${y} 年秋季新生普测`, targetGrades: [`${y}级`], startDate: `${y}-10-08`, endDate: `${y}-10-30`, flaggedTiers: [], createdAt: now, updatedAt: now, createdBy: 'x' }
  const participants = Array.from({ length: 3000 }, (_, i) => ({ _id: `${round._id}:${i}`, roundId: round._id, stationId: S, studentId: `${S}-n${i}`, studentNo: `N${i}`, studentName: '新生', classId: classes[i % CLASSES]._id, dormId: dorms[i % DORMS]._id, eligible: true, tookPart: i % 50 !== 0, madeUp: false, ...(i % 100 === 0 ? { reason: { kind: 'sick', by: 'x', byName: '辅导员', at: now } } : {}), updatedAt: now }))
  const staff = Array.from({ length: 12 }, (_, i) => ({ _id: `${S}-sp${i}`, stationId: S, kind: i ? 'counselor' : 'head', personId: i ? `${S}-cp${i}` : `${S}-head`, employment: 'full_time', name: `人员${i}`, gender: '女', department: '', title: '', education: '', major: '', qualification: { kind: i % 3 ? 'none' : 'level3' }, workHistory: [], trainings: [{ date: `${y}-11-01`, title: '外出培训', organiser: '校外', hours: 8 }], createdAt: now, updatedAt: now, updatedBy: 'x' }))
  const plan = { _id: `${S}:${SCHOOL_YEAR}`, stationId: S, schoolYear: SCHOOL_YEAR, items: [], status: 'submitted', submittedAt: at(`${y}-09-25`), createdAt: now, updatedAt: now }
  const headOpenid = `bench-binder-head-${index}`
  const sets: Array<[string, object[]]> = [
    [COLLECTIONS.stations, [{ _id: S, name: `压测学院${String(index).padStart(2, '0')}`, ackLimitMinutes: 30, createdAt: now }]],
    [COLLECTIONS.people, [{ _id: `${S}-head`, openid: headOpenid, name: '压测站长', createdAt: now }]],
    [COLLECTIONS.terms, terms], [COLLECTIONS.classes, classes], [COLLECTIONS.dorms, dorms], [COLLECTIONS.roleAssignments, assignments],
    [COLLECTIONS.keyCare, keyCare], [COLLECTIONS.talks, talks], [COLLECTIONS.alerts, alerts], [COLLECTIONS.peerTalks, peers],
    [COLLECTIONS.monthlyReports, monthly], [COLLECTIONS.trainings, trainings], [COLLECTIONS.trainingAttendance, attendance],
    [COLLECTIONS.activities, activities], [COLLECTIONS.screeningRounds, [round]], [COLLECTIONS.screeningParticipants, participants],
    [COLLECTIONS.staffProfiles, staff], [COLLECTIONS.workPlans, [plan]],
  ]
  let docs = 0
  for (const [coll, rows] of sets) {
    await insertMany(db, coll, rows)
    docs += rows.length
  }
  return { stationId: S, headOpenid, docs }
}
