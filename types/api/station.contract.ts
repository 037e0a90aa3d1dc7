/**
 * station 云函数的动作契约：每个动作一次声明输入 schema、输出类型、角色、是否记审计、是否分页与特有错误码。
 * 服务端 createMain 据此授权并检查审计（cloudfunctions/_lib/handler.ts），客户端调用据此定型（src/services/api/station.ts），
 * docs/api.md 的动作表由此生成（npm run docs:api）。
 */
import * as api from './station'
import { action, defineContract } from './contract'

export const stationContract = defineContract({
  'staff.list': action<api.StaffListOutput>()({
    input: api.stationSchemas['staff.list'],
    roles: ['head', 'counselor', 'center'],
    audited: false,
    paged: false,
    errors: {
      'NOT_FOUND': 'other station',
    },
    doc: { payload: '`{ stationId?, schoolYear? }`', data: '`{ schoolYear, norms { fullTimeHours, partTimeHours }, items: StaffView[] }` — head, counselors, part-time 心理咨询师 (who may hold no role); each with 姓名, 性别, 所在部门/学院, 职称/职务, 最高学历, 所学专业, 咨询资质 `{ kind: counselor2\\|counselor3\\|other\\|none, label, name?, certificateNo? }`, 工作经历 lines, 培训经历 (hand-entered + trainings recorded in 心桥, `source: entry\\|xinqiao`), `hours { schoolYear, total, fromXinqiao, fromEntries, norm, meets }`. `phone` and `qqEmail` only for head and centre' },
  }),
  'staff.save': action<api.StaffView>()({
    input: api.stationSchemas['staff.save'],
    roles: ['head'],
    audited: false,
    paged: false,
    errors: {
      'INPUT.INVALID': 'on `phone` (11 digits starting 1), `qqEmail`, `qualification.certificateNo` (6–32 letters, digits or \'-\'; required unless `none`), `personId` (not in the station), `kind` (a second head); NOT_FOUND (profile of another station)',
    },
    doc: { payload: '`{ profileId?, kind: head\\|counselor\\|consultant, personId? (a person with a role in the station), employment: full_time\\|part_time, name, gender, department, title, education, major, qqEmail?, phone?, qualification { kind, name?, certificateNo? }, workHistory: string[] (≤ 20), trainings: [{ date, title, organiser, trainer?, hours }] (≤ 60), remarks? }`', data: '`StaffView`' },
  }),
  'staff.remove': action<api.StaffRemoveOutput>()({
    input: api.stationSchemas['staff.remove'],
    roles: ['head'],
    audited: false,
    paged: false,
    errors: {
      'NOT_FOUND': '',
    },
    doc: { payload: '`{ profileId }`', data: '`{ removed: true }`' },
  }),
  'staff.norms.get': action<api.StaffNormsView>()({
    input: api.stationSchemas['staff.norms.get'],
    roles: ['head', 'counselor', 'center'],
    audited: false,
    paged: false,
    errors: {},
    doc: { payload: '`{}`', data: '`{ fullTimeHours, partTimeHours, updatedAt? }` (default 40 / 20 h per 学年)' },
  }),
  'staff.norms.set': action<api.StaffNormsView>()({
    input: api.stationSchemas['staff.norms.set'],
    roles: ['center'],
    audited: false,
    paged: false,
    errors: {},
    doc: { payload: '`{ fullTimeHours, partTimeHours }`', data: 'the norms' },
  }),
  'staff.register': action<api.DocxFile>()({
    input: api.stationSchemas['staff.register'],
    roles: ['head', 'center'],
    audited: true,
    paged: false,
    errors: {
      'STAFF.NO_HEAD': '',
      'NOT_FOUND': '',
    },
    doc: { payload: '`{ stationId? }`', data: '`DocxFile` — headed by the school name (`XINQIAO_SCHOOL_NAME`, default 重庆化工职业学院) and 《二级学院心理辅导站站长登记表》, in the rows and order of 附件2 (姓名/性别, 所在部门/学院/职称/职务, 最高学历/所学专业, QQ邮箱/手机, 咨询资质·证书编号 with ☑/□, 工作经历, 心理相关培训经历 as “20XX年X月，培训，举办单位举办，主讲，共计X学时”, 二级学院 签字（盖章）, 备注说明)' },
  }),
  'plan.get': action<api.PlanView>()({
    input: api.stationSchemas['plan.get'],
    roles: ['head', 'counselor', 'center'],
    audited: false,
    paged: false,
    errors: {
      'NOT_FOUND': 'other station',
    },
    doc: { payload: '`{ schoolYear?, stationId? }`', data: '`PlanView` `{ stationId, schoolYear, status: none\\|draft\\|submitted, items[{ id, what, month, who, assessmentItemId, assessmentItemName, links[{ kind, kindLabel, id, label, verified }], flagged }], flaggedCount, submittedAt?, submittedByName? }`; `flagged` = the month has ended and nothing is linked. The centre sees only submitted plans' },
  }),
  'plan.save': action<api.PlanView>()({
    input: api.stationSchemas['plan.save'],
    roles: ['head'],
    audited: false,
    paged: false,
    errors: {
      'PLAN.ALREADY_SUBMITTED': '; INPUT.INVALID on `items.N.month`, `items.N.id`, `items.N.links.M.id` (a record of another station or none) — nothing written',
    },
    doc: { payload: '`{ schoolYear, items[{ id?, what, month (\'YYYY-MM\' inside the 学年), who, assessmentItemId (`domain/assessment/table.ts`), links[{ kind: training\\|activity\\|case_review\\|dorm_visit\\|screening\\|monthly, id }] }] }`', data: '`PlanView` — replaces the items' },
  }),
  'plan.link': action<api.PlanView>()({
    input: api.stationSchemas['plan.link'],
    roles: ['head'],
    audited: false,
    paged: false,
    errors: {
      'NOT_FOUND': 'no such item',
      'INPUT.INVALID': 'on `links.M.id`',
    },
    doc: { payload: '`{ schoolYear, itemId, links }`', data: '`PlanView` — allowed after submission' },
  }),
  'plan.submit': action<api.PlanView>()({
    input: api.stationSchemas['plan.submit'],
    roles: ['head'],
    audited: true,
    paged: false,
    errors: {
      'STATE.INVALID_TRANSITION': 'no plan',
      'INPUT.INVALID': 'on `items` (empty)',
    },
    doc: { payload: '`{ schoolYear }`', data: '`PlanView` (`submitted`); submitting again answers the same' },
  }),
  'summary.get': action<api.SummaryView>()({
    input: api.stationSchemas['summary.get'],
    roles: ['head', 'center'],
    audited: false,
    paged: false,
    errors: {
      'NOT_FOUND': '',
    },
    doc: { payload: '`{ schoolYear?, stationId? }`', data: '`SummaryView` `{ stationId, stationName, schoolYear, status: none\\|draft\\|submitted\\|returned, editable, source: working\\|snapshot, rev, version, content { planRows[{ itemId, what, month, who, assessmentItemName, done, evidence[], note }], figures, text { overview, achievements, problems, nextYear } } \\| null, generatedAt?, submittedAt?, returnComment?, versions[], returns[] }`. The centre sees the latest submitted version only' },
  }),
  'summary.draft': action<api.SummaryView>()({
    input: api.stationSchemas['summary.draft'],
    roles: ['head'],
    audited: false,
    paged: false,
    errors: {
      'SUMMARY.TOO_EARLY': '',
      'SUMMARY.ALREADY_SUBMITTED': '',
      'CONFLICT': '',
    },
    doc: { payload: '`{ schoolYear }`', data: '`SummaryView` — from 6月1日 of the 学年\'s second year; (re)computes plan rows (done = has a linked record; evidence = the links) and `figures` from the records (`cloudfunctions/station/year-input.ts` → `computeIndicators`: `weeklyReports`, `concerns`, `monthly { due, submitted, onTime }`, `alerts { total, decided, withinLimit, share, medianMinutes }`, `talks`, `peerTalks { confirmed, pending }`, `trainings`, `activities`, `screenings[{ name, eligible, participated, rate, complete }]`), keeping the head\'s text and notes' },
  }),
  'summary.update': action<api.SummaryView>()({
    input: api.stationSchemas['summary.update'],
    roles: ['head'],
    audited: false,
    paged: false,
    errors: {
      'SUMMARY.ALREADY_SUBMITTED': '',
      'CONFLICT': 'rev changed',
      'STATE.INVALID_TRANSITION': 'not drafted',
    },
    doc: { payload: '`{ schoolYear, rev, text { overview?, achievements?, problems?, nextYear? }, notes[{ itemId, note }] }`', data: '`SummaryView`' },
  }),
  'summary.submit': action<api.SummaryView>()({
    input: api.stationSchemas['summary.submit'],
    roles: ['head'],
    audited: true,
    paged: false,
    errors: {
      'SUMMARY.ALREADY_SUBMITTED': '',
      'CONFLICT': '',
    },
    doc: { payload: '`{ schoolYear }`', data: '`SummaryView` — freezes `content` as version N+1 (as `monthly.submit`)' },
  }),
  'summary.return': action<api.SummaryView>()({
    input: api.stationSchemas['summary.return'],
    roles: ['center'],
    audited: true,
    paged: false,
    errors: {
      'NOT_FOUND': 'never submitted',
      'STATE.INVALID_TRANSITION': 'not submitted',
    },
    doc: { payload: '`{ schoolYear, stationId, comment }`', data: '`SummaryView` (`returned`); the station\'s heads get a message' },
  }),
  'summary.export': action<api.DocxFile>()({
    input: api.stationSchemas['summary.export'],
    roles: ['head', 'center'],
    audited: true,
    paged: false,
    errors: {
      'STATE.INVALID_TRANSITION': 'not drafted',
      'NOT_FOUND': '',
    },
    doc: { payload: '`{ schoolYear, stationId? }`', data: '`DocxFile` — headings 一、总体情况 · 二、工作计划完成情况 (table) · 三、全年工作数据 (table) · 四、工作成效与特色 · 五、存在的问题 · 六、下学年工作思路; the head gets the working copy, the centre the latest version' },
  }),
  'screening.create': action<api.ScreeningRoundView>()({
    input: api.stationSchemas['screening.create'],
    roles: ['head'],
    audited: false,
    paged: false,
    errors: {
      'INPUT.INVALID': 'on `endDate` (before start)',
    },
    doc: { payload: '`{ name, targetGrades[] (\'2026级\'), startDate, endDate, flaggedTiers[]? }`', data: '`api.ScreeningRoundView`' },
  }),
  'screening.list': action<api.ScreeningRoundView[]>()({
    input: api.stationSchemas['screening.list'],
    roles: ['head', 'counselor', 'center'],
    audited: false,
    paged: false,
    errors: {
      'NOT_FOUND': '',
    },
    doc: { payload: '`{ stationId? }`', data: '`api.ScreeningRoundView[]` `{ _id, name, targetGrades, startDate, endDate, flaggedTiers, lastImport?, rates { eligible, participated, withReason, open, rate, complete } }` — rates over the caller\'s scope (counselor: own classes and dorms)' },
  }),
  'screening.get': action<api.ScreeningDetail>()({
    input: api.stationSchemas['screening.get'],
    roles: ['head', 'counselor', 'center'],
    audited: false,
    paged: false,
    errors: {
      'NOT_FOUND': '',
    },
    doc: { payload: '`{ roundId }`', data: '`ScreeningDetail` = round view + `byClass[{ classId, className, grade, …rates }]` (class at import time)' },
  }),
  'screening.import': action<api.ScreeningImportOutput>()({
    input: api.stationSchemas['screening.import'],
    roles: ['head'],
    audited: true,
    paged: false,
    errors: {
      'SCREENING.INVALID_FILE': 'with `details.errors[{ row, column, reason }]` (unknown column, no 学号 column, empty/unknown/duplicate 学号, student outside the target grades, 姓名 not matching) — nothing imported; FILE.* as for any upload; NOT_FOUND',
      'FILE.NOT_YOURS': 'not the caller\'s own upload for `screening`, or already used',
    },
    doc: { payload: '`{ roundId, fileID }` (upload with `file.prepare` purpose `screening`)', data: '`{ rows, eligible, participated, tasksCreated, leftRound, rates }`. Eligible = the roster of the target grades at this import; listed = took part (with 结果等级). Re-import updates the same records (`\'<round>:<student>\'`): classes follow the roster, students no longer in the target grades stop counting, reasons and make-ups stay. Listed students whose tier is in `flaggedTiers` get one talk task each (`source: \'screening\'`, counselors of their class/dorm). The file is deleted once read' },
  }),
  'screening.gaps': action<api.ScreeningGapView[]>()({
    input: api.stationSchemas['screening.gaps'],
    roles: ['head', 'counselor'],
    audited: true,
    paged: false,
    errors: {
      'NOT_FOUND': '',
    },
    doc: { payload: '`{ roundId, classId?, includeExplained? }`', data: '`api.ScreeningGapView[]` `{ studentId, studentNo, studentName, classId, className, tookPart, madeUp, reason? { kind, label, note?, byName, at } }` — eligible students in scope who did not take part (by default only those without reason or make-up)' },
  }),
  'screening.mark': action<api.ScreeningGapView>()({
    input: api.stationSchemas['screening.mark'],
    roles: ['head', 'counselor'],
    audited: true,
    paged: false,
    errors: {
      'INPUT.INVALID': 'on `note` (required for 其他)',
      'STATE.INVALID_TRANSITION': 'already listed',
      'NOT_FOUND': 'student out of scope or not eligible',
    },
    doc: { payload: '`{ roundId, studentId, mark: \'reason\', reason: suspended\\|sick\\|internship\\|refused\\|other, note? }` · `{ …, mark: \'done\' }` (补测) · `{ …, mark: \'clear\' }`', data: '`api.ScreeningGapView`' },
  }),
})
