/**
 * 手工构造的 2026 年 10 月（上月 9 月）样本。期望数字在 monthly-aggregate.test.ts 中逐项手算。
 * 学期：2026-09-07 起，第 4 周放假，周日 22:00 截止 → 9 月应报第 1–3 周，10 月应报第 5–7 周（第 8 周截止于 11-01）。
 */
import type { MonthInput, UnitReportsInput } from '../../domain/monthly'

/** 北京时间 'YYYY-MM-DD HH:mm' → Date */
export const sh = (s: string): Date => new Date(`${s.replace(' ', 'T')}:00+08:00`)

const T = 'term-1'
const rep = (week: number, onTime: boolean, zero: boolean) => ({ termId: T, week, onTime, zero })
const allZero = (weeks: number[]) => weeks.map((w) => rep(w, true, true))

export function sampleMonth(): MonthInput {
  const weekly: UnitReportsInput[] = [
    // 10 月：A 班 按时零报告 / 按时有关注 / 迟报有关注
    { kind: 'class', unitId: 'cA', reports: [...allZero([1, 2]), rep(3, true, false), rep(5, true, true), rep(6, true, false), rep(7, false, false)] },
    // B 班：第 5 周按时零报告，第 6、7 周未报
    { kind: 'class', unitId: 'cB', reports: [...allZero([1, 2, 3]), rep(5, true, true)] },
    // C 班：第 5 周迟报，第 6、7 周按时，第 8 周（11 月）不计
    { kind: 'class', unitId: 'cC', reports: [...allZero([1, 2, 3]), rep(5, false, true), rep(6, true, true), rep(7, true, true), rep(8, true, true)] },
    { kind: 'dorm', unitId: 'dA', reports: [...allZero([1, 2, 3]), rep(5, true, true), rep(6, true, false), rep(7, true, true)] },
    // B 舍：9 月全报，10 月全未报
    { kind: 'dorm', unitId: 'dB', reports: allZero([1, 2, 3]) },
    { kind: 'dorm', unitId: 'dC', reports: [rep(1, true, true), rep(2, true, false), rep(3, true, true), rep(7, true, true)] },
  ]
  const concern = (reportId: string, kind: 'class' | 'dorm', week: number, at: string, studentId: string, categories: string[], level: 'general' | 'key' | 'crisis') =>
    ({ reportId, kind, termId: T, week, flaggedAt: sh(at), studentId, categories, level }) as MonthInput['concerns'][number]
  return {
    month: '2026-10',
    generatedAt: sh('2026-11-01 02:00'),
    terms: [{ _id: T, name: '2026-2027学年第一学期', startDate: '2026-09-07', weeks: 18, weeksOff: [4], deadlineWeekday: 7, deadlineTime: '22:00' }],
    classes: [
      { _id: 'cA', name: '机电2301班' },
      { _id: 'cB', name: '机电2302班' },
      { _id: 'cC', name: '机电2401班' },
    ],
    dorms: [
      { _id: 'dA', name: '12栋305' },
      { _id: 'dB', name: '12栋306' },
      { _id: 'dC', name: '13栋201' },
    ],
    weekly,
    concerns: [
      // 9 月
      concern('r-cA-3', 'class', 3, '2026-09-27 20:00', 'a2', ['人际关系'], 'general'),
      concern('r-dC-2', 'dorm', 2, '2026-09-20 20:00', 'c1', ['适应不良'], 'general'),
      // 10 月：a1 同时被班级与宿舍报告
      concern('r-cA-6', 'class', 6, '2026-10-17 10:00', 'a1', ['学业压力', '情绪异常'], 'key'),
      concern('r-cA-6', 'class', 6, '2026-10-17 10:00', 'a2', ['人际关系'], 'general'),
      concern('r-dA-6', 'dorm', 6, '2026-10-18 20:00', 'a1', ['情绪异常'], 'general'),
      concern('r-cA-7', 'class', 7, '2026-10-26 09:00', 'a3', ['自伤自杀言行', '情绪异常'], 'crisis'),
    ],
    alerts: [
      { _id: 'al1', source: 'concern', createdAt: sh('2026-10-26 09:00'), ackDeadline: sh('2026-10-26 09:30'), ackedAt: sh('2026-10-26 09:12') },
      // 北京时间 10-01 00:30（UTC 仍是 9 月 30 日）
      { _id: 'al2', source: 'button', createdAt: new Date('2026-09-30T16:30:00Z'), ackDeadline: new Date('2026-09-30T17:00:00Z'), ackedAt: new Date('2026-09-30T17:15:00Z'), escalatedAt: new Date('2026-09-30T17:00:00Z') },
      { _id: 'al3', source: 'button', createdAt: sh('2026-10-10 14:00'), ackDeadline: sh('2026-10-10 14:30'), ackedAt: sh('2026-10-10 14:20') },
      { _id: 'al4', source: 'button', createdAt: sh('2026-10-20 14:00'), ackDeadline: sh('2026-10-20 14:30'), escalatedAt: sh('2026-10-20 14:30') },
      // 北京时间 11-01 00:00：属于 11 月
      { _id: 'al5', source: 'button', createdAt: new Date('2026-10-31T16:00:00Z'), ackDeadline: new Date('2026-10-31T16:30:00Z') },
      { _id: 'al6', source: 'button', createdAt: sh('2026-09-15 10:00'), ackDeadline: sh('2026-09-15 10:30'), ackedAt: sh('2026-09-15 10:05') },
    ],
    keyCare: [
      {
        _id: 'k1', studentId: 'a3', studentName: '王雨涵', classId: 'cA', level: 'crisis', categories: ['自伤自杀言行'], enteredAt: '2026-10-26',
        source: 'weekly_concern', nextFollowUp: '2026-11-04', status: 'referred', referral: { to: 'center', date: '2026-10-28', party: '校心理中心' },
        history: [{ at: sh('2026-10-26 10:00'), change: 'enter', to: 'crisis' }, { at: sh('2026-10-28 11:00'), change: 'refer', to: 'center' }],
      },
      {
        _id: 'k2', studentId: 'b1', studentName: '陈佳怡', classId: 'cB', level: 'general', categories: ['家庭变故'], enteredAt: '2026-09-10',
        source: 'talk', nextFollowUp: '2026-10-25', status: 'active',
        history: [{ at: sh('2026-09-10 10:00'), change: 'enter', to: 'key' }, { at: sh('2026-10-15 10:00'), change: 'level', from: 'key', to: 'general' }],
      },
      {
        _id: 'k3', studentId: 'c2', studentName: '周子轩', classId: 'cC', level: 'general', categories: ['学业压力'], enteredAt: '2026-08-30',
        source: 'direct', nextFollowUp: '2026-10-10', status: 'closed', closeReason: '情绪稳定', closedAt: sh('2026-10-20 10:00'),
        history: [{ at: sh('2026-08-30 10:00'), change: 'enter', to: 'general' }, { at: sh('2026-10-20 10:00'), change: 'close' }],
      },
      {
        _id: 'k4', studentId: 'c3', studentName: '吴梓萱', classId: 'cC', level: 'general', categories: ['其他'], enteredAt: '2026-09-05',
        source: 'direct', nextFollowUp: '2026-09-20', status: 'closed', closeReason: '毕业离校', closedAt: sh('2026-09-25 10:00'), history: [],
      },
      {
        _id: 'k5', studentId: 'a1', studentName: '张晓明', classId: 'cA', level: 'crisis', categories: ['学业压力', '情绪异常'], enteredAt: '2026-10-18',
        source: 'weekly_concern', nextFollowUp: '2026-11-10', status: 'active',
        history: [{ at: sh('2026-10-18 21:00'), change: 'enter', to: 'key' }, { at: sh('2026-11-03 10:00'), change: 'level', from: 'key', to: 'crisis' }],
      },
      {
        _id: 'k6', studentId: 'b2', studentName: '刘欣然', classId: 'cB', level: 'general', categories: ['其他'], enteredAt: '2026-11-02',
        source: 'direct', nextFollowUp: '2026-11-09', status: 'active', history: [],
      },
      {
        _id: 'k7', studentId: 'a4', studentName: '赵子豪', classId: 'cA', level: 'general', categories: ['经济困难'], enteredAt: '2026-09-01',
        source: 'direct', nextFollowUp: '2026-11-01', status: 'active', history: [],
      },
    ],
    rollCalls: [
      {
        classId: 'cA',
        calls: [
          { termId: T, week: 1, status: 'confirmed', expected: 4, present: 4, reasons: [] },
          { termId: T, week: 5, status: 'confirmed', expected: 4, present: 3, reasons: ['leave'] },
          // 先被退回、改后确认：按当前状态计
          { termId: T, week: 6, status: 'confirmed', expected: 4, present: 2, reasons: ['truant', 'late_return'] },
          { termId: T, week: 7, status: 'pending', expected: 4, present: 4, reasons: [] },
        ],
      },
      { classId: 'cB', calls: [{ termId: T, week: 5, status: 'returned', expected: 3, present: 3, reasons: [] }] },
      {
        classId: 'cC',
        calls: [
          { termId: T, week: 5, status: 'confirmed', expected: 3, present: 2, reasons: ['other'] },
          { termId: T, week: 6, status: 'confirmed', expected: 3, present: 3, reasons: [] },
          { termId: T, week: 8, status: 'confirmed', expected: 3, present: 3, reasons: [] },
        ],
      },
    ],
    talks: [
      { studentId: 'a1', authorId: 'pA', authorName: '钱老师', date: '2026-10-20', type: 'key_care', referred: false },
      { studentId: 'a3', authorId: 'pA', authorName: '钱老师', date: '2026-10-27', type: 'crisis', referred: true },
      { studentId: 'a3', authorId: 'pA', authorName: '钱老师', date: '2026-10-30', type: 'crisis', referred: false },
      { studentId: 'b1', authorId: 'pA', authorName: '钱老师', date: '2026-10-05', type: 'daily', referred: false },
      { studentId: 'c1', authorId: 'pB', authorName: '冯老师', date: '2026-10-12', type: 'daily', referred: false },
      { studentId: 'a2', authorId: 'pA', authorName: '钱老师', date: '2026-10-28', type: 'daily', referred: false },
      { studentId: 'c2', authorId: 'pB', authorName: '冯老师', date: '2026-09-20', type: 'academic', referred: false },
      { studentId: 'a1', authorId: 'pA', authorName: '钱老师', date: '2026-11-01', type: 'daily', referred: false },
    ],
    caseTalks: [
      { studentId: 'a1', date: '2026-10-20', level: 'key', summary: '学业压力大，情绪低落', measures: '约定每周面谈' },
      { studentId: 'a3', date: '2026-10-30', level: 'key', summary: '情绪较前稳定', measures: '继续跟进，每日联系' },
      { studentId: 'a3', date: '2026-10-27', level: 'crisis', summary: '有自伤念头，已陪同就医', measures: '转介校心理中心，通知家长' },
      { studentId: 'b1', date: '2026-10-05', level: 'general', summary: '家庭情况好转', measures: '保持联系' },
    ],
    peerTalks: [
      { kind: 'class', unitId: 'cA', month: '2026-10', status: 'confirmed', count: 2 },
      { kind: 'class', unitId: 'cA', month: '2026-10', status: 'pending', count: 1 },
      { kind: 'dorm', unitId: 'dA', month: '2026-10', status: 'confirmed', count: 1 },
      { kind: 'dorm', unitId: 'dC', month: '2026-10', status: 'returned', count: 1 },
      { kind: 'class', unitId: 'cC', month: '2026-09', status: 'confirmed', count: 3 },
    ],
    studentNos: { a1: '2023010101', a3: '2023010103', b1: '2023010201', c2: '2024010102', a4: '2023010104' },
  }
}
