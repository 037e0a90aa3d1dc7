/**
 * observations 云函数的动作契约：每个动作一次声明输入 schema、输出类型、角色、是否记审计、是否分页与特有错误码。
 * 服务端 createMain 据此授权并检查审计（cloudfunctions/_lib/handler.ts），客户端调用据此定型（src/services/api/observations.ts），
 * docs/api.md 的动作表由此生成（npm run docs:api）。
 */
import * as api from './observations'
import { action, defineContract } from './contract'
import * as wb from './workbench'

export const observationsContract = defineContract({
  'week.current': action<api.WeekCurrentOutput>()({
    input: api.weekCurrentSchema,
    roles: ['committee', 'observer', 'counselor', 'head'],
    audited: false,
    paged: false,
    errors: {},
    doc: { payload: '`{}`', data: '`WeekCurrentOutput` `{ week: WeekInfo \\| null (null outside the term), term \\| null, ownUnit: { kind, unitId, unitName } \\| null (reporters), counselors?: { name, phone? }[] (reporters: the unit\'s counselors; phone only when they chose to share it), unit: BoardRow & { reviewComment? } \\| null (reporters, this week), summary: { counts, total, openAlerts, openTasks } \\| null (counselor/head) }`' },
  }),
  'report.get': action<api.ReportGetOutput>()({
    input: api.reportGetSchema,
    roles: ['committee', 'observer', 'counselor', 'head'],
    audited: true,
    paged: false,
    errors: {
      'NOT_FOUND': 'unit out of scope; `termId` of another station',
      'WEEK.OUT_OF_RANGE': '`fields: week`',
    },
    doc: { payload: '`{ week (1–60), kind: class\\|dorm, unitId, termId? }`', data: '`{ week: WeekInfo, row: BoardRow, report: ReportView \\| null }`' },
  }),
  'report.submit': action<api.ReportView>()({
    input: api.submitReportSchema,
    roles: ['committee', 'observer'],
    audited: false,
    paged: false,
    errors: {
      'INPUT.INVALID': 'naming the field: `overall` / `concerns` (hasConcern without them; concerns on a zero report), `concerns.N.studentId` (missing, unknown, not in the reporter\'s own class/dorm roster, same student twice), `concerns.N.categories.M`, `concerns.N.level`, `concerns.N.description`, `concerns.N.observedOn`, over-long text',
      'WEEK.OUT_OF_RANGE': '`fields: week`',
      'WEEK.OFF': '`fields: week`',
      'WEEK.NOT_STARTED': '`fields: week`',
      'NOT_FOUND': 'another class or dorm, another station',
      'REPORT.ALREADY_REVIEWED': 'edit after 已阅',
      'CONFLICT': 'lost 8 optimistic retries in a row',
    },
    doc: { roles: 'committee (own class), observer (own dorm)', payload: '`SubmitReportInput` `{ week, kind, unitId, idempotencyKey ([A-Za-z0-9_-]{8,64}), hasConcern, overall? (≤ 1000), majorEvents? (≤ 1000), concerns? (≤ 30) [{ studentId, categories (1–14 of CONCERN_CATEGORIES, no repeats), level: general\\|key\\|crisis, description (1–500), measures? (≤ 500), needsTalk? (default false), observedOn? (\'YYYY-MM-DD\', not after today) }] }`', data: '`ReportView`' },
  }),
  'report.history': action<api.ReportHistoryOutput>()({
    input: api.reportHistorySchema,
    roles: ['committee', 'observer'],
    audited: false,
    paged: false,
    errors: {
      'NOT_FOUND': '`termId` of another station',
    },
    doc: { payload: '`{ termId? }`', data: '`{ term: { id, name, weeks }, unit, rows: HistoryRow[] }` — one row per started week, newest first: `{ week, monday, off, status (null for weeks off), submission, reportId?, revision?, reviewComment? }`' },
  }),
  'board.week': action<api.BoardOutput>()({
    input: api.boardWeekSchema,
    roles: ['counselor', 'head'],
    audited: false,
    paged: false,
    errors: {
      'WEEK.OUT_OF_RANGE': '',
    },
    doc: { roles: 'counselor (assigned classes + dorms), head (whole station)', payload: '`{ week? }` (default: current week; before the term week 1, after it the last week)', data: '`BoardOutput` `{ week: WeekInfo, rows: BoardRow[], counts: Record<BoardStatus, number> }`; a week off has `week.off = true` and no rows. `BoardRow` = `{ kind, unitId, unitName, status, submission, reportId?, reporterName?, hasConcern?, concernCount?, maxLevel?, onTime?, submittedAt?, revision? }` (classes first, by name)' },
  }),
  'report.review': action<api.ReportView>()({
    input: api.reportReviewSchema,
    roles: ['counselor', 'head'],
    audited: true,
    paged: false,
    errors: {
      'NOT_FOUND': '',
      'CONFLICT': 'the reporter has submitted a newer revision; `details.revision`',
      'STATE.INVALID_TRANSITION': 'returned and not yet resubmitted',
    },
    doc: { payload: '`{ reportId, revision }`', data: '`ReportView` (status `reviewed`; again on the same revision = no-op answering ok, see *Repeated review transitions*)' },
  }),
  'report.return': action<api.ReportView>()({
    input: api.reportReturnSchema,
    roles: ['counselor', 'head'],
    audited: true,
    paged: false,
    errors: {
      'NOT_FOUND': '',
      'CONFLICT': '',
      'STATE.INVALID_TRANSITION': 'reviewed',
    },
    doc: { payload: '`{ reportId, revision, comment (1–500) }`', data: '`ReportView` (status `returned`, `reviewComment`, `returnedAt`); the reporter (and the unit\'s current reporters) get a `returned` message linking to the fill page; again on the same revision = no-op answering ok (first comment kept, no second message)' },
  }),
  'report.search': action<api.Paged<api.ReportView>>()({
    input: api.reportSearchSchema,
    roles: ['counselor', 'head'],
    audited: true,
    paged: true,
    errors: {},
    doc: { payload: '`{ week?, kind?, unitId?, level?, category?, concernOnly?, page?, pageSize? }`', data: '`Paged<ReportView>` in scope, current term, newest week first' },
  }),
  'alert.create': action<api.AlertView>()({
    input: api.alertCreateSchema,
    roles: ['committee', 'observer'],
    audited: false,
    paged: false,
    errors: {
      'INPUT.INVALID': '`studentId`: not in the reporter\'s own roster',
    },
    doc: { payload: '`{ studentId?, level? (default crisis), description (1–500), idempotencyKey }`', data: '`AlertView`; same key again returns the same alert' },
  }),
  'alert.list': action<api.Paged<api.AlertView>>()({
    input: api.alertListSchema,
    roles: ['counselor', 'head'],
    audited: true,
    paged: true,
    errors: {},
    doc: { payload: '`{ status?: open (default) \\| all, page?, pageSize? }`', data: '`Paged<AlertView>` newest first. `AlertView` = `{ id, studentId?, studentName?, classId?, dormId?, source: concern\\|button, reportId?, reporterName?, level, description, createdAt, ackDeadline, ackedAt \\| null, ackedByName?, escalatedAt \\| null, responseMinutes \\| null, overdue }`' },
  }),
  'alert.ack': action<api.AlertView>()({
    input: api.alertAckSchema,
    roles: ['counselor', 'head'],
    audited: true,
    paged: false,
    errors: {
      'NOT_FOUND': '',
    },
    doc: { payload: '`{ alertId }`', data: '`AlertView` (`ackedAt`, `ackedBy`; acknowledging again keeps the first time)' },
  }),
  'alert.timeline': action<api.AlertTimeline>()({
    input: api.alertTimelineSchema,
    roles: ['counselor', 'head'],
    audited: true,
    paged: false,
    errors: {
      'NOT_FOUND': '',
    },
    doc: { payload: '`{ alertId }`', data: '`{ alertId, events: [{ kind: raised\\|pushed\\|not_pushed\\|seen\\|acked\\|escalated, at, who?, text }] }` in time order: raised (reporter), per recipient and message (`alert` / `escalation`) pushed to WeChat or not with the reason, seen in the app (`readAt`; `alert.list` marks the caller\'s messages for the listed alerts read), acknowledged (by whom), escalated. Messages are found by `messages.ref = alertId`. 3 reads.' },
  }),
  'tasks.list': action<api.Paged<api.TaskView>>()({
    input: api.tasksListSchema,
    roles: ['counselor', 'head'],
    audited: true,
    paged: true,
    errors: {},
    doc: { payload: '`{ status?: open (default) \\| done, page?, pageSize? }`', data: '`Paged<TaskView>` `{ id, studentId, studentName, classId, dormId, source: weekly_concern\\|peer_talk\\|alert, sourceId, level?, description?, createdAt, status }`' },
  }),
  'missing.list': action<api.MissingListOutput>()({
    input: api.missingListSchema,
    roles: ['counselor', 'head'],
    audited: true,
    paged: false,
    errors: {
      'WEEK.OUT_OF_RANGE': '',
    },
    doc: { payload: '`{ week? }`', data: '`{ week: WeekInfo, units: [{ kind, unitId, unitName, reporters: [{ personId, name }] }] }` — units in scope without a report this week (none in a week off)' },
  }),
  'remind': action<api.RemindOutput>()({
    input: api.remindSchema,
    roles: ['counselor', 'head'],
    audited: false,
    paged: false,
    errors: {
      'WEEK.OUT_OF_RANGE': '',
    },
    doc: { payload: '`{ week?, units?: [{ kind, unitId }] (≤ 2000; omitted = all missing) }`', data: '`{ week, units, reminded, alreadyReminded, unitsWithoutReporter }` — one `reminder` message per reporter; units not missing or not in scope are ignored; tapping again within the same hour (Asia/Shanghai) sends nothing new' },
  }),
  'workbench': action<wb.ReporterWorkbench | wb.CounselorWorkbench | wb.HeadWorkbench>()({
    input: wb.workbenchSchema,
    roles: ['committee', 'observer', 'counselor', 'head'],
    audited: true,
    paged: false,
    errors: {},
    doc: [
      { roles: 'committee, observer', payload: '`{}`', data: '`ReporterWorkbench` `{ role, now, week: { termId, week, due, dueText, off } \\| null, vacation: { nextTermStart \\| null } \\| null, unread, undelivered, report: { week, status: BoardStatus, due, dueText, reviewComment? (returned) } \\| null, returnedPeerTalks, returnedRollCalls (committee), trainings: [{ id, title, startTime, endTime, place, open (in the sign-in window now), mine: present\\|absent\\|pending }] (today\'s trainings the caller is expected at whose sign-in has not closed) }`', reads: '5 (observer 4); +1 for the caller\'s grade when a training for their role is held today' },
      { roles: 'counselor', payload: '`{}`', data: '`CounselorWorkbench` — as above plus `alerts: [{ id, level, studentName?, createdAt, ackDeadline, escalatedAt }]` (unacknowledged, in scope, soonest deadline first), `reportsToReview` (this week, status submitted), `rollCallsToConfirm`, `peerTalksToConfirm`, `openTalkTasks`, `followUpsDue` (key-care entries overdue by `domain/followup.ts`: `active` and the effective next follow-up — set on the entry or by a later talk — before today, as 逾期 in the key-care list), `reporting: { submitted, expected }` (expected = assigned classes + dorm rooms), `reach: { configured, alertCredits \\| null (long-term), lastFailure? }`', reads: '4–5 (the terms, alerts and two counts in one request; the follow-ups in one aggregation; messages; this week\'s reports with the pending roll calls in one request; audit when alerts are listed); +1 for the caller' },
      { roles: 'head', payload: '`{}`', data: '`HeadWorkbench` — `alerts` (escalated or past their deadline, still unacknowledged), `openAlerts`, `approvalsPending`, `reporting: { submitted, expected, missing: [{ kind, unitId, name }] }`, `monthly: { month (last month), status: none\\|draft\\|submitted\\|returned, returnComment? }`, `handoversPending` (successor invites not yet used, revoked or expired), `pushConfigured` (false → the home shows 微信提醒未配置), `unreachable: [{ personId, name, reason }]` (active counselors with no alert credit or whose last push failed; only when the template is configured), `reach`, `binder: { schoolYear, missing (first 3), missingCount, suggestedTotal, asOf, asOfText } \\| null` (the summary stored on this 学年\'s binder by `binder.get` and the daily job `refreshBinderSummaries`; null until computed, or once submitted)', reads: '2–5 (terms, units, alerts, counts, last month\'s report, the binder summary and the counselors in one request; messages; this week\'s reports; the counselors\' people when the template is configured; audit when alerts are listed); +1 for the caller' },
    ],
  }),
})
