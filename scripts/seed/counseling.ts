/**
 * 演示数据（辅导员工作）：demo-counselor-1 所带班级的晚点名（已确认 / 待确认 / 已退回）、谈话记录、朋辈谈心（含需要辅导员的一条及其约谈任务）、
 * 重点关注库（逾期跟进、转介到中心并有中心反馈的危机个案、待站长审批的“以危机入库”申请）。
 * 在组织演示数据之后调用：await seedCounseling(db, { now })。确定性 id，重复调用不重复写入。
 */
import { addDays, currentWeek, shanghaiDate, shanghaiInstant, weekWindow } from '../../domain/calendar'
import { COLLECTIONS } from '../../cloudfunctions/_lib/collections'
import { insertOnce } from '../../cloudfunctions/_lib/dbops'
import type { Database } from '../../cloudfunctions/_lib/sdk'
import { ensureTalkTask } from '../../cloudfunctions/_lib/talk-tasks'
import { findCurrentTerm } from '../../cloudfunctions/_lib/term'
import { seedAckedAlert } from './alerts'
import type { PersonDoc, RoleAssignmentDoc, StudentDoc } from '../../types/models'
import type { ApprovalDoc, KeyCareDoc, PeerTalkDoc, RollCallDoc, TalkDoc } from '../../types/models-counseling'

export interface SeedCounselingContext {
  now: Date
  stationId?: string
  counselorOpenid?: string
}

async function one<T>(db: Database, collection: string, where: object): Promise<T | null> {
  const res = (await db.collection(collection).where(where).limit(1).get()) as { data: T[] }
  return res.data[0] ?? null
}

export async function seedCounseling(db: Database, ctx: SeedCounselingContext): Promise<void> {
  const { now } = ctx
  const stationId = ctx.stationId ?? 'demo-jd'
  const counselorPerson = await one<PersonDoc>(db, COLLECTIONS.people, { openid: ctx.counselorOpenid ?? 'demo-counselor-1' })
  const term = await findCurrentTerm(db, stationId, now)
  if (!counselorPerson || !term) return
  const a = await one<RoleAssignmentDoc>(db, COLLECTIONS.roleAssignments, { personId: counselorPerson._id, role: 'counselor' })
  const head = await one<PersonDoc>(db, COLLECTIONS.people, { openid: 'demo-head' })
  const center = await one<PersonDoc>(db, COLLECTIONS.people, { openid: 'demo-center' })
  const classIds = a?.classIds ?? []
  if (!a || classIds.length === 0 || !head) return
  const committee = await one<RoleAssignmentDoc>(db, COLLECTIONS.roleAssignments, { role: 'committee', classId: classIds[0], endedAt: null })
  const committeePerson = committee ? await one<PersonDoc>(db, COLLECTIONS.people, { _id: committee.personId }) : null
  const students = ((await db.collection(COLLECTIONS.students).where({ classId: classIds[0] }).limit(100).get()) as { data: StudentDoc[] }).data
    .filter((x) => x.studentNo !== committeePerson?.studentNo) // 朋辈谈心、谈话的对象不是心理委员本人
    .sort((x, y) => x.studentNo.localeCompare(y.studentNo))
  const roster2 = classIds[1]
    ? ((await db.collection(COLLECTIONS.students).where({ classId: classIds[1] }).limit(100).get()) as { data: StudentDoc[] }).data
    : []
  if (students.length < 6) return
  const today = shanghaiDate(now)
  const day = (n: number) => addDays(today, -n)
  const snap = (s: StudentDoc) => ({ stationId, studentId: s._id, studentName: s.name, classId: s.classId, dormId: s.dormId })
  const put = <T extends { _id: string }>(collection: string, doc: T) => insertOnce(db, collection, doc)

  // 晚点名：上一个非假期周，各班不同状态
  let week = (currentWeek(term, now) ?? 1) - 1
  while (week >= 1 && term.weeksOff.includes(week)) week--
  if (week >= 1) {
    const sunday = addDays(weekWindow(term, week).monday, 6)
    const statuses: RollCallDoc['status'][] = ['confirmed', 'pending', 'returned']
    for (const [i, classId] of classIds.slice(0, 3).entries()) {
      const roster = ((await db.collection(COLLECTIONS.students).where({ classId }).limit(100).get()) as { data: StudentDoc[] }).data
      const absent = roster.slice(0, i + 1)
      const heldAt = shanghaiInstant(sunday, '21:00')
      const absences = absent.map((s, k) => ({ studentId: s._id, studentName: s.name, reason: (['leave', 'late_return', 'truant'] as const)[k % 3] }))
      const rev = { revision: 1, savedAt: heldAt, savedBy: counselorPerson._id, savedByName: counselorPerson.name, heldAt, expected: roster.length, present: roster.length - absent.length, absences, correction: false }
      await put<RollCallDoc>(COLLECTIONS.rollCalls, {
        _id: `${term._id}:${week}:${classId}`, stationId, termId: term._id, week, classId, heldAt, expected: roster.length, present: roster.length - absent.length,
        absences, ...(i === 0 ? { meetingTopic: '心理健康月主题班会' } : {}), recordedBy: counselorPerson._id, recordedByName: counselorPerson.name,
        status: statuses[i], revision: 1, revisions: [rev], correction: false,
        ...(statuses[i] === 'confirmed' ? { confirmedBy: counselorPerson._id, confirmedAt: now } : {}),
        ...(statuses[i] === 'returned' ? { returnComment: '缺勤原因请再核对', returnedBy: counselorPerson._id, returnedAt: now } : {}),
        createdAt: heldAt, updatedAt: now,
      })
    }
  }

  // 谈话记录
  const talk = (id: string, s: StudentDoc, daysAgo: number, extra: Partial<TalkDoc>): TalkDoc => ({
    _id: `demo-talk-${id}`, ...snap(s), authorId: counselorPerson._id, authorName: counselorPerson.name, date: day(daysAgo), place: '辅导员办公室',
    form: 'in_person', type: 'daily', source: 'self_initiated', summary: '了解近期学习生活情况，情绪总体平稳。', level: 'general', measures: '鼓励参加班级活动',
    referred: false, createdAt: shanghaiInstant(day(daysAgo), '15:00'), ...extra,
  })
  const [s1, s2, s3, s4, s5, s6] = students
  const talks = [
    talk('1', s1, 16, { type: 'academic', summary: '期中前学习压力大，睡眠不好。帮助制定复习计划。', level: 'general', followUpDate: day(9) }),
    talk('2', s1, 9, { type: 'key_care', source: 'weekly_concern', summary: '复习计划执行一般，仍有焦虑，约定每周沟通一次。', level: 'key', followUpDate: day(2) }),
    talk('4', s3, 3, { type: 'aid', source: 'help_seeking', summary: '家庭经济困难，咨询助学金申请。', level: 'general', measures: '指导填写资助申请' }),
  ]
  if (roster2[0]) talks.push(talk('5', roster2[0], 2, { form: 'phone', summary: '电话了解返校情况。' }))
  for (const t of talks) await put(COLLECTIONS.talks, t)
  // s2：心理委员发起的即时报告 → 辅导员 6 分钟内确认 → 危机干预谈话（关闭告警的约谈任务）→ 转介中心（下面的重点关注条目）
  if (committeePerson) {
    await seedAckedAlert(db, {
      _id: 'demo-alert-s2', stationId, student: { _id: s2._id, name: s2.name, classId: s2.classId, dormId: s2.dormId }, source: 'button',
      reporterId: committeePerson._id, reporterName: committeePerson.name, level: 'crisis', description: '室友反映其深夜情绪激动，有轻生念头表述',
    }, shanghaiInstant(day(5), '16:40'), {
      ackMinutes: 6,
      talk: { id: 'demo-talk-3', summary: '室友反映其深夜情绪激动，谈话中有轻生念头表述。已联系家长并陪同前往校心理中心。', measures: '通知家长；转介校心理中心；室友陪伴', referred: true, followUpDate: day(-2) },
    }, now)
  }

  // 重点关注库
  const kc = (id: string, s: StudentDoc, extra: Partial<KeyCareDoc>): KeyCareDoc => ({
    _id: `demo-kc-${id}`, ...snap(s), level: 'key', categories: ['学业压力'], enteredAt: day(9), source: 'weekly_concern', counselorId: counselorPerson._id,
    counselorName: counselorPerson.name, nextFollowUp: day(2), status: 'active', history: [{ at: shanghaiInstant(day(9), '16:00'), by: counselorPerson._id, change: 'enter', to: 'key' }],
    centerFeedback: [], createdAt: shanghaiInstant(day(9), '16:00'), updatedAt: now, ...extra,
  })
  const referredAt = shanghaiInstant(day(5), '18:00')
  await put(COLLECTIONS.keyCare, kc('1', s1, { categories: ['学业压力', '情绪异常'] }))
  await put(COLLECTIONS.keyCare, kc('2', s2, {
    level: 'crisis', categories: ['自伤自杀言行', '情绪异常'], enteredAt: day(5), source: 'alert', nextFollowUp: day(-2), status: 'referred',
    referral: { to: 'center', date: day(5), party: '校心理中心' }, centerReferredAt: referredAt,
    history: [
      { at: referredAt, by: head._id, change: 'enter', to: 'crisis' },
      { at: referredAt, by: counselorPerson._id, change: 'refer', from: 'active', to: 'center' },
      ...(center ? [{ at: shanghaiInstant(day(3), '10:00'), by: center._id, change: 'center_feedback' as const }] : []),
    ],
    centerFeedback: center ? [{ at: shanghaiInstant(day(3), '10:00'), by: center._id, byName: center.name, text: '已完成初次评估，建议每周咨询一次，辅导员保持每日关注。' }] : [],
    createdAt: referredAt,
  }))
  const pendingAt = shanghaiInstant(day(1), '20:00')
  await put(COLLECTIONS.keyCare, kc('3', s4, {
    categories: ['恋爱情感'], enteredAt: day(1), source: 'direct', nextFollowUp: day(-5), pendingApprovalId: 'demo-ap-1',
    history: [{ at: pendingAt, by: counselorPerson._id, change: 'enter', to: 'key' }, { at: pendingAt, by: counselorPerson._id, change: 'approval_requested', to: 'enter_crisis' }],
    createdAt: pendingAt,
  }))
  await put<ApprovalDoc>(COLLECTIONS.approvals, {
    _id: 'demo-ap-1', stationId, keyCareId: 'demo-kc-3', studentId: s4._id, studentName: s4.name, kind: 'enter_crisis', requestedBy: counselorPerson._id,
    requestedByName: counselorPerson.name, payload: { kind: 'enter_crisis', from: 'key', to: 'crisis' }, status: 'pending', createdAt: pendingAt,
  })

  // 朋辈谈心
  if (committeePerson) {
    const peer = (id: string, s: StudentDoc, daysAgo: number, extra: Partial<PeerTalkDoc>): PeerTalkDoc => ({
      _id: `demo-peer-${id}`, stationId, reporterId: committeePerson._id, reporterName: committeePerson.name, kind: 'class', unitId: classIds[0],
      studentId: s._id, studentName: s.name, classId: s.classId, dormId: s.dormId, date: day(daysAgo), form: 'in_person', category: '人际关系',
      summary: '和室友有矛盾，聊了沟通方式。', needsCounselor: false, status: 'pending', createdAt: shanghaiInstant(day(daysAgo), '21:30'), updatedAt: now, ...extra,
    })
    const peers = [
      peer('1', s5, 6, { status: 'confirmed', confirmedBy: counselorPerson._id, confirmedAt: now }),
      peer('2', s6, 2, { category: '学业压力', summary: '挂科后情绪低落，多次说不想读了。' , needsCounselor: true }),
      peer('3', s3, 1, {}),
    ]
    for (const p of peers) await put(COLLECTIONS.peerTalks, p)
    await ensureTalkTask(db, { stationId, student: s6, source: 'peer_talk', sourceId: 'demo-peer-2', description: '学业压力：挂科后情绪低落' }, async () => [counselorPerson._id], now)
  }
}
