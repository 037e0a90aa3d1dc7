/**
 * ledger 云函数的动作契约：每个动作一次声明输入 schema、输出类型、角色、是否记审计、是否分页与特有错误码。
 * 服务端 createMain 据此授权并检查审计（cloudfunctions/_lib/handler.ts），客户端调用据此定型（src/services/api/ledger.ts），
 * docs/api.md 的动作表由此生成（npm run docs:api）。
 */
import * as api from './ledger'
import { action, defineContract } from './contract'

export const ledgerContract = defineContract({
  'training.create': action<api.TrainingView>()({
    input: api.trainingCreateInput,
    roles: ['counselor', 'head'],
    audited: false,
    paged: false,
    errors: {
      'TRAINING.NO_ATTENDEES': 'nobody in the audience on that date',
      'INPUT.INVALID': 'counselor naming staff; a named person not in the station',
    },
    doc: { payload: '`{ title ≤ 60, date, startTime, endTime (\'HH:mm\', end > start), hours (0.5–40, steps of 0.5), trainer, organiser: station\\|center\\|external, place, form: offline\\|online, audience }`', data: '`TrainingView`' },
  }),
  'training.list': action<api.TrainingListOutput>()({
    input: api.trainingListInput,
    roles: ['committee', 'observer', 'counselor', 'head'],
    audited: false,
    paged: false,
    errors: {
      'TERM.NOT_CONFIGURED': '',
      'NOT_FOUND': 'termId of another station',
    },
    doc: { payload: '`{ termId? }`', data: '`{ termId, termName, items: TrainingView[] }` — the trainings of the term the caller manages or is expected at. `TrainingView` = `{ id, title, date, startTime, endTime, hours, trainer, organiser, place, form, audience, createdByName, canManage, mine: present\\|absent\\|pending\\|null, expected, present, absent }`' },
  }),
  'training.get': action<api.TrainingDetail>()({
    input: api.trainingGetInput,
    roles: ['committee', 'observer', 'counselor', 'head'],
    audited: true,
    paged: false,
    errors: {
      'NOT_FOUND': '',
    },
    doc: { payload: '`{ id }`', data: '`TrainingDetail` = `TrainingView` + `attendees[{ personId, name, role, grade, status, via?, reason?, at? }]` (organisers; `null` for attendees)' },
  }),
  'training.code': action<api.TrainingCodeView>()({
    input: api.trainingCodeInput,
    roles: ['counselor', 'head'],
    audited: false,
    paged: false,
    errors: {
      'TRAINING.OUTSIDE_WINDOW': '',
      'NOT_FOUND': '',
    },
    doc: { roles: 'counselor, head (organiser)', payload: '`{ id }`', data: '`{ code, expiresAt, opensAt, closesAt }`' },
  }),
  'training.signIn': action<api.SignInResult>()({
    input: api.trainingSignInInput,
    roles: ['committee', 'observer', 'counselor', 'head'],
    audited: false,
    paged: false,
    errors: {
      'TRAINING.CODE_WRONG': '',
      'TRAINING.CODE_EXPIRED': '',
      'TRAINING.OUTSIDE_WINDOW': '',
      'NOT_FOUND': 'not expected',
    },
    doc: { payload: '`{ id, code (6, case-insensitive) }`', data: '`{ status: \'present\', already, at }`' },
  }),
  'training.mark': action<api.ExpectedAttendeeView>()({
    input: api.trainingMarkInput,
    roles: ['counselor', 'head'],
    audited: true,
    paged: false,
    errors: {
      'TRAINING.NOT_EXPECTED': '',
      'NOT_FOUND': '',
    },
    doc: { roles: 'counselor, head (organiser)', payload: '`{ id, personId, status: present\\|absent, reason? (required for absent, ≤ 100) }`', data: 'the attendee row' },
  }),
  'training.coverage': action<api.CoverageView>()({
    input: api.trainingCoverageInput,
    roles: ['head'],
    audited: true,
    paged: false,
    errors: {
      'TERM.NOT_CONFIGURED': '',
      'NOT_FOUND': '',
    },
    doc: { payload: '`{ termId? }`', data: '`CoverageView` `{ termId, termName, week, grades, cells[{ grade, role, trained, missed, notYet, hasTraining, people[{ personId, name, status }] }], warnings[{ grade, roles, message }] }` — holders at now (or the term\'s last instant once it ended); trained = present at any training of the term; missed = expected at an ended training and not present; warnings from week N−3 for each grade and role with no training in the term' },
  }),
  'training.history': action<api.TrainingHistoryView>()({
    input: api.trainingHistoryInput,
    roles: ['committee', 'observer', 'counselor', 'head'],
    audited: true,
    paged: false,
    errors: {
      'NOT_FOUND': '',
    },
    doc: { payload: '`{ personId? (head: anyone who held a role in the station), schoolYear? (\'2026-2027\') }`', data: '`{ personId, name, years[{ schoolYear, hours, sessions, items[{ trainingId, title, date, hours, organiser, status }] }] }` — hours count sessions attended' },
  }),
  'visit.create': action<api.VisitView>()({
    input: api.visitCreateInput,
    roles: ['counselor'],
    audited: false,
    paged: false,
    errors: {
      'NOT_FOUND': 'room not the counselor\'s',
      'DATE.IN_FUTURE': '',
      'INPUT.INVALID': 'not a resident',
    },
    doc: { payload: '`{ dormId, date (not after today), findings ≤ 1000, concerns[≤ 12]{ studentId (a resident of the room), follow: concern\\|talk_task, level, note }, requestId? }`', data: '`VisitView`. `talk_task` → one talk task per student (`source: \'dorm_visit\'`, `sourceId \'<visitId>#<studentId>\'`, via `ensureTalkTask`); `concern` stays on the visit' },
  }),
  'visit.list': action<api.VisitListOutput>()({
    input: api.visitListInput,
    roles: ['counselor', 'head'],
    audited: true,
    paged: true,
    errors: {},
    doc: { roles: 'counselor (own visits), head', payload: '`{ month?, dormId?, page?, pageSize? }`', data: '`Paged<VisitView>`, newest first' },
  }),
  'visit.coverage': action<api.VisitCoverageView>()({
    input: api.visitCoverageInput,
    roles: ['counselor', 'head'],
    audited: false,
    paged: false,
    errors: {},
    doc: { roles: 'counselor (own row), head', payload: '`{ month }`', data: '`{ month, rows[{ counselorId, name, assigned, visited, notVisited[{ dormId, name }] }] }` — counselors in office at the month\'s end (or now); a room counts once, and only if it is the counselor\'s' },
  }),
  'caseReview.create': action<api.CaseReviewView>()({
    input: api.caseReviewCreateInput,
    roles: ['counselor', 'head'],
    audited: false,
    paged: false,
    errors: {
      'CASE_REVIEW.NOT_IN_KEYCARE': 'nothing written',
      'NOT_FOUND': '',
      'STATE.INVALID_TRANSITION': 'pending approval',
      'DATE.IN_FUTURE': '',
    },
    doc: { payload: '`{ date (not after today), attendees[1–30], items[1–50]{ studentId, decision: keep\\|level\\|refer\\|close, level? (level), referTo?+party? (refer), note (required for close) }, nextDate? }`', data: '`CaseReviewView` `{ id, date, attendees, nextDate?, createdByName, total, items[{ studentId, studentName, decision, …, outcome: applied\\|pending_approval\\|kept, approvalId? }] }`. Every item is checked first (student in scope, an open key-care entry, no pending approval); then all decisions and the record are written in one transaction with the key-care rules of `_lib/keycare/change.ts` (the same as `keycare.update / refer / close`) — a counselor\'s change into or out of 危机 and a close become approval requests, the head\'s take effect; if any decision fails, none is applied' },
  }),
  'caseReview.list': action<api.CaseReviewListOutput>()({
    input: api.caseReviewListInput,
    roles: ['counselor', 'head'],
    audited: true,
    paged: true,
    errors: {},
    doc: { payload: '`{ from?, to?, page?, pageSize? }`', data: '`Paged<CaseReviewView>` — a counselor sees the meetings that discussed their students and only those students (`total` still counts all)' },
  }),
  'caseReview.get': action<api.CaseReviewView>()({
    input: api.caseReviewGetInput,
    roles: ['counselor', 'head'],
    audited: true,
    paged: false,
    errors: {
      'NOT_FOUND': '',
    },
    doc: { payload: '`{ id }`', data: '`CaseReviewView`' },
  }),
  'activity.create': action<api.ActivityView>()({
    input: api.activityCreateInput,
    roles: ['counselor', 'head'],
    audited: false,
    paged: false,
    errors: {
      'NOT_FOUND': 'roll call or member out of scope',
      'INPUT.INVALID': '',
    },
    doc: { payload: '`{ type, title, theme, audience, date, place, rollCallId? (class_meeting: a roll call of a class in scope), facilitator?+memberIds[≤ 30]?+sessions? (group_counseling only; members are students in scope) }`', data: '`ActivityView`' },
  }),
  'activity.list': action<api.ActivityListOutput>()({
    input: api.activityListInput,
    roles: ['counselor', 'head'],
    audited: false,
    paged: true,
    errors: {
      'TERM.NOT_CONFIGURED': '',
    },
    doc: { roles: 'counselor (own), head', payload: '`{ termId?, type?, page?, pageSize? }`', data: '`Paged<ActivityView>` + `{ termId, termName }`, by date' },
  }),
  'activity.get': action<api.ActivityGetOutput>()({
    input: api.activityGetInput,
    roles: ['counselor', 'head'],
    audited: true,
    paged: false,
    errors: {
      'NOT_FOUND': '',
    },
    doc: { roles: 'counselor (own), head', payload: '`{ id }`', data: '`ActivityDetail` + `photos: TempLink[]`, `signSheet: TempLink \\| null` (10-minute links, `files.link` audited)' },
  }),
  'activity.hold': action<api.ActivityView>()({
    input: api.activityHoldInput,
    roles: ['counselor', 'head'],
    audited: false,
    paged: false,
    errors: {
      'ACTIVITY.STAGE_BACKWARDS': '',
      'FILE.TOO_MANY': 'a 10th photo',
      'FILE.WRONG_TYPE': '',
      'FILE.TOO_LARGE': '',
      'FILE.EMPTY': '',
      'FILE.NOT_YOURS': '— on any refusal every file of the call is deleted and the activity stays planned',
    },
    doc: { roles: 'counselor (own), head', payload: '`{ id, participants, photoIds[], signSheetId? }`', data: '`ActivityView` (stage held)' },
  }),
  'activity.summarise': action<api.ActivityView>()({
    input: api.activitySummariseInput,
    roles: ['counselor', 'head'],
    audited: false,
    paged: false,
    errors: {
      'ACTIVITY.STAGE_BACKWARDS': '',
      'STATE.INVALID_TRANSITION': 'not held yet',
    },
    doc: { roles: 'counselor (own), head', payload: '`{ id, summary, effect }`', data: '`ActivityView` (stage summarised)' },
  }),
  'activity.stats': action<api.ActivityStatsView>()({
    input: api.activityStatsInput,
    roles: ['head'],
    audited: false,
    paged: false,
    errors: {
      'TERM.NOT_CONFIGURED': '',
    },
    doc: { payload: '`{ termId? }`', data: '`{ termId, termName, rows[{ type, planned, held, summarised }], warnings[] }` — a warning while the term has no theme activity (planned, held or summarised)' },
  }),
  'counts': action<api.LedgerCountsView>()({
    input: api.ledgerCountsInput,
    roles: ['center'],
    audited: false,
    paged: false,
    errors: {},
    doc: { payload: '`{ schoolYear? }`', data: '`{ schoolYear, rows[{ stationId, stationName, trainings, trainingAttendance, activitiesHeld, caseReviews, dormVisits }] }` — counts only, no names' },
  }),
})
