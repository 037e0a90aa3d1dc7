/**
 * 演示数据（心理周报）：演示站点每个班级、每间宿舍在本学期已截止的非假期周（截止时刻早于当前周）的周报。
 * 约 88% 按时、6% 迟报、6% 未报；提交的周报约 80% 为零报告，其余带 1–2 条本班/本宿舍学生的关注条目
 * （多为一般关注/重点关注，极少危机：危机条目经 alerts.ts 产生即时报告并已处理）；大多已阅，两份已退回。
 * 当前周及以后不写（浏览器测试自己填报）；一般/重点条目都不要求约谈。
 * 在组织演示数据之后调用：await seedObservations(db, { now })。确定性 id 与确定性随机数，已存在的周报不重复写入。
 */
import { addDays, shanghaiDate, shanghaiInstant, isOnTime, weekNumberAt, weekWindow } from '../../domain/calendar'
import { isAssignmentActive } from '../../cloudfunctions/_lib/access'
import { COLLECTIONS } from '../../cloudfunctions/_lib/collections'
import { fetchAll } from '../../cloudfunctions/_lib/dbops'
import type { Database } from '../../cloudfunctions/_lib/sdk'
import { findCurrentTerm } from '../../cloudfunctions/_lib/term'
import { reportIdOf } from '../../cloudfunctions/observations/shared'
import { CONCERN_CATEGORIES, type ConcernCategory, type Level, type ReportKind } from '../../types/domain'
import type { PersonDoc, RoleAssignmentDoc, StudentDoc } from '../../types/models'
import type { ConcernEntry, WeeklyReportDoc } from '../../types/models-observations'
import { seedReportAlerts } from './alerts'
import { pick, rng } from './names'

export interface SeedObservationsContext {
  now: Date
  stationId?: string
  /** 伪随机种子（同一种子每次生成相同结果） */
  seed?: number
}

interface Unit {
  kind: ReportKind
  unitId: string
  roster: StudentDoc[]
}

const BATCH = 100
const RETURNED = 2

const OVERALL = [
  '本周整体情况平稳，同学们学习生活正常。',
  '本周大家状态良好，按时上课、作息规律。',
  '本周整体平稳，未发现明显异常情况。',
  '临近考试，大家学习比较紧张，整体情绪稳定。',
  '本周参加了学院组织的集体活动，氛围融洽。',
]
const EVENTS = ['', '', '', '本周开展了心理健康主题班会。', '本周组织了宿舍卫生检查。', '本周有同学参加学科竞赛。']
const DESCRIPTIONS: Record<Level, string[]> = {
  general: ['近期情绪有些低落，话比平时少。', '最近作息不规律，常熬夜。', '与室友相处有些小摩擦。', '近期学习压力较大，自述睡眠不好。'],
  key: ['连续几天情绪低落，多次缺课。', '近期与家人发生矛盾，情绪波动明显。', '自述压力很大，食欲下降、失眠。'],
  crisis: ['在朋友圈发布消极言论，已第一时间联系辅导员。'],
}
const MEASURES = ['已主动谈心并持续关注。', '已提醒室友多陪伴。', '已与其沟通，建议到心理中心咨询。', '']
/** 危机类别只随危机条目出现 */
const ORDINARY = CONCERN_CATEGORIES.filter((c) => c !== '自伤自杀言行' && c !== '受他人危机影响')

async function insertBatches(db: Database, docs: object[]): Promise<void> {
  for (let i = 0; i < docs.length; i += BATCH) {
    const res = (await db.collection(COLLECTIONS.weeklyReports).add(docs.slice(i, i + BATCH))) as { code?: string; message?: string }
    if (res.code) throw new Error(`seed ${COLLECTIONS.weeklyReports}: ${res.code} ${res.message ?? ''}`)
  }
}

export async function seedObservations(db: Database, ctx: SeedObservationsContext): Promise<void> {
  const { now } = ctx
  const stationId = ctx.stationId ?? 'demo-jd'
  const term = await findCurrentTerm(db, stationId, now)
  if (!term) return
  const nowWeek = weekNumberAt(term, now)
  const weeks: number[] = []
  for (let w = 1; w <= term.weeks; w++) {
    const win = weekWindow(term, w)
    // 截止时刻所在周早于当前周；假期周不报
    if (!win.off && weekNumberAt(term, win.due) < nowWeek) weeks.push(w)
  }
  if (weeks.length === 0) return

  const _ = db.command
  const [classes, dorms, students, assignments, existing] = await Promise.all([
    fetchAll<{ _id: string }>(db.collection(COLLECTIONS.classes).where({ stationId }).field({ _id: true })),
    fetchAll<{ _id: string }>(db.collection(COLLECTIONS.dorms).where({ stationId }).field({ _id: true })),
    fetchAll<StudentDoc>(db.collection(COLLECTIONS.students).where({ stationId })),
    fetchAll<RoleAssignmentDoc>(db.collection(COLLECTIONS.roleAssignments).where({ stationId, role: _.in(['committee', 'observer', 'counselor', 'head']) })),
    fetchAll<{ _id: string }>(db.collection(COLLECTIONS.weeklyReports).where({ termId: term._id }).field({ _id: true })),
  ])
  const people = await fetchAll<PersonDoc>(db.collection(COLLECTIONS.people).where({ _id: _.in([...new Set(assignments.map((a) => a.personId))]) }))
  const nameOf = new Map(people.map((p) => [p._id, p.name]))
  const studentNoOf = new Map(people.map((p) => [p._id, p.studentNo]))
  const done = new Set(existing.map((x) => x._id))
  const byId = (a: { _id: string }, b: { _id: string }) => a._id.localeCompare(b._id)
  const units: Unit[] = [
    ...[...classes].sort(byId).map((c) => ({ kind: 'class' as const, unitId: c._id, roster: students.filter((s) => s.classId === c._id) })),
    ...[...dorms].sort(byId).map((d) => ({ kind: 'dorm' as const, unitId: d._id, roster: students.filter((s) => s.dormId === d._id) })),
  ].filter((u) => u.roster.length > 0)
  for (const u of units) u.roster.sort((a, b) => a.studentNo.localeCompare(b.studentNo))

  const covers = (a: RoleAssignmentDoc, u: Unit) =>
    u.kind === 'class' ? (a.role === 'committee' && a.classId === u.unitId) || (a.classIds ?? []).includes(u.unitId)
      : (a.role === 'observer' && a.dormId === u.unitId) || (a.dormIds ?? []).includes(u.unitId)
  const head = assignments.find((a) => a.role === 'head')
  const r = rng(ctx.seed ?? 20261101)
  const lastWeek = weeks[weeks.length - 1]
  const docs: WeeklyReportDoc[] = []

  for (const week of weeks) {
    const win = weekWindow(term, week)
    for (const u of units) {
      const roll = r()
      if (roll >= 0.94) continue // 未报
      let submittedAt = at(win.monday, 4 + Math.floor(r() * 3), pick(r, ['12:30', '18:10', '20:45', '21:30']))
      if (roll >= 0.88) {
        const late = at(win.monday, 7 + Math.floor(r() * 2), pick(r, ['09:20', '19:40']))
        if (late.getTime() < now.getTime()) submittedAt = late
      }
      if (submittedAt.getTime() >= now.getTime()) continue
      // 填报人：提交时在任的心理委员/宿舍观察员；没有任职的单位用占位 personId 'demo-reporter-<unitId>'，
      // 姓名取该单位名册中的一名学生（演示站点只给部分班级、宿舍配了填报人）
      const reporter = assignments.find((a) => (a.role === 'committee' || a.role === 'observer') && covers(a, u) && isAssignmentActive(a, submittedAt))
      const reporterId = reporter?.personId ?? `demo-reporter-${u.unitId}`
      const reporterName = (reporter && nameOf.get(reporter.personId)) || u.roster[0].name
      const reporterNo = reporter ? studentNoOf.get(reporter.personId) : u.roster[0].studentNo
      const id = reportIdOf(term._id, week, u.kind, u.unitId)

      const concerns: ConcernEntry[] = []
      if (r() < 0.2) {
        const pool = u.roster.filter((s) => s.studentNo !== reporterNo)
        const n = Math.min(pool.length, 1 + Math.floor(r() * 2))
        for (let k = 0; k < n; k++) {
          const s = pool[Math.floor(r() * pool.length)]
          if (concerns.some((c) => c.studentId === s._id)) continue
          const lr = r()
          const level: Level = lr < 0.02 ? 'crisis' : lr < 0.35 ? 'key' : 'general'
          const categories: ConcernCategory[] = level === 'crisis' ? ['情绪异常', '自伤自杀言行'] : [...new Set([pick(r, ORDINARY), ...(r() < 0.3 ? [pick(r, ORDINARY)] : [])])]
          concerns.push({
            id: `c-${s._id}`, studentId: s._id, studentName: s.name, classId: s.classId, dormId: s.dormId, categories, level,
            description: pick(r, DESCRIPTIONS[level]), measures: pick(r, MEASURES), needsTalk: false,
            observedOn: addDays(win.monday, Math.floor(r() * 4)),
          })
        }
      }
      const content = { hasConcern: concerns.length > 0, overall: pick(r, OVERALL), majorEvents: pick(r, EVENTS), concerns }
      const reviewedAt = minDate(shanghaiInstant(addDays(shanghaiDate(submittedAt), 1 + Math.floor(r() * 2)), '10:00'), now)
      const reviewer = assignments.find((a) => a.role === 'counselor' && covers(a, u) && isAssignmentActive(a, reviewedAt)) ?? head
      const reviewed = r() < (week === lastWeek ? 0.6 : 0.92)
      docs.push({
        _id: id, stationId, termId: term._id, week, kind: u.kind, unitId: u.unitId,
        ...(u.kind === 'class' ? { classId: u.unitId } : { dormId: u.unitId }),
        reporterId, reporterName, ...content,
        status: reviewed && reviewer ? 'reviewed' : 'submitted',
        firstSubmittedAt: submittedAt, submittedAt, onTime: isOnTime(win, submittedAt), revision: 1,
        revisions: [{ revision: 1, submittedAt, idempotencyKey: `seed-${id}`, submittedBy: reporterId, submittedByName: reporterName, ...content }],
        concernLevels: [...new Set(concerns.map((c) => c.level))],
        concernCategories: [...new Set(concerns.flatMap((c) => c.categories))],
        studentIds: concerns.map((c) => c.studentId),
        ...(reviewed && reviewer ? { reviewedBy: reviewer.personId, reviewedAt } : {}),
      })
    }
  }

  // 上一周里挑两份零报告退回给填报人（待修改后重新提交）
  const candidates = docs.filter((d) => d.week === lastWeek && !d.hasConcern)
  for (let k = 0; k < RETURNED && candidates.length > 0; k++) {
    const d = candidates.splice(Math.floor(r() * candidates.length), 1)[0]
    const reviewer = assignments.find((a) => a.role === 'counselor' && (a.classIds ?? []).concat(a.dormIds ?? []).includes(d.unitId)) ?? head
    if (!reviewer) continue
    d.status = 'returned'
    d.reviewComment = '情况写得太简略，请补充本周班级/宿舍的具体情况。'
    d.reviewedBy = reviewer.personId
    d.returnedAt = minDate(shanghaiInstant(addDays(shanghaiDate(d.submittedAt), 1), '10:00'), now)
    delete d.reviewedAt
  }
  const fresh = docs.filter((d) => !done.has(d._id))
  await insertBatches(db, fresh)
  // 危机条目：与提交时相同的即时报告与约谈任务，并由辅导员在时限内确认、谈话
  await seedReportAlerts(db, fresh, now)
}

/** 周一之后第 days 天的北京时间 time */
function at(monday: string, days: number, time: string): Date {
  return shanghaiInstant(addDays(monday, days), time)
}

function minDate(a: Date, b: Date): Date {
  return a.getTime() < b.getTime() ? a : b
}
