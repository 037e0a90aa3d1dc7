/**
 * bench:actions 的台账记录：演示数据与压测站点都没有台账 I / II 与考核手册的记录，这里经各函数自己的写动作造出
 * （与页面上录入的一样），好让这些读动作在两个站点上都有目标；前月的月报生成并提交（学校中心可读）。scale 倍的培训、深入宿舍、活动、计划条目与研判条目
 * （大站点取更大的 scale，请求数若随之增长即为 N+1）。今天有一场全天的培训（签到码在窗口内）；站长与辅导员各有一场带照片的活动。
 */
import { addDays, previousMonth, schoolYearOf, shanghaiDate, shanghaiMonth } from '../domain/calendar'
import { COLLECTIONS } from '../cloudfunctions/_lib/collections'
import { createMain, type AnyActionDef } from '../cloudfunctions/_lib/handler'
import { cloud, type Database } from '../cloudfunctions/_lib/sdk'
import { makeFunctionContext } from '../emulator/context'
import { actions as ledger } from '../cloudfunctions/ledger'
import { actions as station } from '../cloudfunctions/station'
import { actions as assessment } from '../cloudfunctions/assessment'
import { actions as reports } from '../cloudfunctions/reports'
import { actions as identity } from '../cloudfunctions/identity'
import type { RoleAssignmentDoc } from '../types/models'
import { first } from './read-actions-base'

type Caller = { openid: string; role: 'head' | 'counselor' }

export async function addLedgerRecords(db: Database, stationId: string, head: string, counselor: string, now: Date, scale: number): Promise<void> {
  const mains: Record<string, ReturnType<typeof createMain>> = {}
  const fns: Record<string, Record<string, AnyActionDef>> = { ledger, station, assessment, reports, identity }
  const call = async (c: Caller, fn: string, action: string, payload: unknown): Promise<any> => {
    mains[fn] ??= createMain(fns[fn], { clock: () => now })
    const r = (await mains[fn]({ action, role: c.role, payload }, makeFunctionContext('bench', c.openid))) as { ok: boolean; data?: any; error?: unknown }
    if (!r.ok) throw new Error(`bench records: ${fn}.${action} as ${c.role}: ${JSON.stringify(r.error)}`)
    return r.data
  }
  const H: Caller = { openid: head, role: 'head' }
  const C: Caller = { openid: counselor, role: 'counselor' }
  const today = shanghaiDate(now)
  const classes = (await db.collection(COLLECTIONS.classes).where({ stationId }).field({ grade: true }).limit(1000).get()).data as Array<{ grade: string }>
  const grades = [...new Set(classes.map((c) => c.grade))].slice(0, 20)
  const cPerson = await first(db, COLLECTIONS.people, { openid: counselor })
  const hPerson = await first(db, COLLECTIONS.people, { openid: head })
  const cAssignment = (await first(db, COLLECTIONS.roleAssignments, { personId: cPerson._id, role: 'counselor' })) as RoleAssignmentDoc
  const training = (date: string, startTime: string, endTime: string, k: number) => ({
    title: `压测培训${k}`, date, startTime, endTime, hours: 2, trainer: '讲师', organiser: 'station', place: '报告厅', form: 'offline',
    audience: { kind: 'cadres', roles: ['committee', 'observer'], grades },
  })

  // 培训：今天全天各一场（站长、辅导员），另有 scale×2 场已结束的
  await call(H, 'ledger', 'training.create', training(today, '00:00', '23:59', 0))
  await call(C, 'ledger', 'training.create', training(today, '00:00', '23:59', 1))
  for (let k = 0; k < scale * 2; k++) await call(k % 2 ? C : H, 'ledger', 'training.create', training(addDays(today, -1 - k), '14:00', '16:00', k + 2))
  // 深入宿舍：辅导员的前 scale 间宿舍
  for (const dormId of (cAssignment.dormIds ?? []).slice(0, scale)) {
    await call(C, 'ledger', 'visit.create', { dormId, date: today, findings: '宿舍氛围良好', concerns: [] })
  }
  // 研判会：辅导员范围内关注中的条目（至多 scale 条）
  const entries = (await db.collection(COLLECTIONS.keyCare).where({ stationId, status: 'active', classId: db.command.in(cAssignment.classIds ?? []) })
    .orderBy('_id', 'asc').limit(scale).get()).data as Array<{ studentId: string; pendingApprovalId?: string }>
  const items = entries.filter((e) => !e.pendingApprovalId).map((e) => ({ studentId: e.studentId, decision: 'keep', note: '' }))
  if (items.length) await call(H, 'ledger', 'caseReview.create', { date: today, attendees: ['站长', '辅导员'], items })
  // 宣教活动：站长与辅导员各 scale 场；各自的第一场已开展，带一张照片（上传的文件，file.link 的目标）
  const JPG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 1)])
  for (let k = 0; k < scale; k++) {
    for (const who of [H, C]) {
      const a = await call(who, 'ledger', 'activity.create', { type: 'theme', title: `压测活动${k}`, theme: '心理健康', audience: '全院', date: today, place: '礼堂' })
      if (k > 0) continue
      const slot = await call(who, 'identity', 'file.prepare', { purpose: 'activity', filename: '照片.jpg' })
      const { fileID } = await cloud().uploadFile({ cloudPath: slot.cloudPath, fileContent: JPG })
      await call(who, 'ledger', 'activity.hold', { id: a.id, participants: 50, photoIds: [fileID] })
    }
  }
  // 台账 II：站长登记、工作计划（本月 scale 条）、一轮普测
  await call(H, 'station', 'staff.save', {
    kind: 'head', personId: hPerson._id, employment: 'full_time', name: hPerson.name, gender: '女', department: '学院', title: '副书记',
    education: '硕士研究生', major: '应用心理学', qualification: { kind: 'none' }, workHistory: [], trainings: [],
  })
  await call(H, 'station', 'plan.save', {
    schoolYear: schoolYearOf(today),
    items: Array.from({ length: scale }, (_, k) => ({ what: `计划${k}`, month: shanghaiMonth(now), who: '站长', assessmentItemId: 'crisis', links: [] })),
  })
  // 前月的月报已提交（学校中心读它；上月的留给站长生成）
  const older = previousMonth(previousMonth(shanghaiMonth(now)))
  await call(H, 'reports', 'monthly.generate', { month: older })
  await call(H, 'reports', 'monthly.submit', { month: older })
  await call(H, 'station', 'screening.create', { name: '压测普测', targetGrades: grades.slice(0, 1), startDate: today, endDate: addDays(today, 14) })
}
