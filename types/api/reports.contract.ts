/**
 * reports 云函数的动作契约：每个动作一次声明输入 schema、输出类型、角色、是否记审计、是否分页与特有错误码。
 * 服务端 createMain 据此授权并检查审计（cloudfunctions/_lib/handler.ts），客户端调用据此定型（src/services/api/reports.ts），
 * docs/api.md 的动作表由此生成（npm run docs:api）。
 */
import * as api from './reports'
import { action, defineContract } from './contract'
import * as wb from './workbench'

export const reportsContract = defineContract({
  'monthly.get': action<api.MonthlyReportView>()({
    input: api.monthlyGetInput,
    roles: ['head', 'center'],
    audited: true,
    paged: false,
    errors: {
      'MONTHLY.INVALID_MONTH': '',
      'NOT_FOUND': 'other station; centre: not submitted',
    },
    doc: { payload: '`{ month, stationId? }`', data: '`MonthlyReportView`. Head without a report: `status: \'none\'`, `sections: null`' },
  }),
  'monthly.generate': action<api.MonthlyReportView>()({
    input: api.monthlyGenerateInput,
    roles: ['head'],
    audited: true,
    paged: false,
    errors: {
      'MONTHLY.ALREADY_SUBMITTED': '',
      'MONTHLY.INVALID_MONTH': '',
      'CONFLICT': 'a concurrent write',
    },
    doc: { payload: '`{ month }`', data: '`MonthlyReportView` — recomputes `sections` from the records now and merges the drafted 个别情况描述 rows (rows the head edited or added are kept, deleted ones stay deleted); creates the draft if there is none. Same document, `rev` + 1' },
  }),
  'monthly.update': action<api.MonthlyReportView>()({
    input: api.monthlyUpdateInput,
    roles: ['head'],
    audited: true,
    paged: false,
    errors: {
      'STATE.INVALID_TRANSITION': 'no report yet',
      'MONTHLY.ALREADY_SUBMITTED': '',
      'CONFLICT': '`rev` given and the report changed since; `details.rev`',
      'MONTHLY.INVALID_MONTH': '',
    },
    doc: { payload: '`{ month, narrative? (≤ 5,000), cases? (≤ 300 rows; each text ≤ 1,000, studentName ≤ 40, studentNo ≤ 32, className ≤ 60), rev? }`', data: '`MonthlyReportView`. `cases` replaces the whole table; rows whose content differs from the drafted row get `edited: true`; rows without a known `key` are head-added' },
  }),
  'monthly.submit': action<api.MonthlySubmitResult>()({
    input: api.monthlySubmitInput,
    roles: ['head'],
    audited: true,
    paged: false,
    errors: {
      'MONTHLY.ALREADY_SUBMITTED': 'also on a second or concurrent submit',
      'STATE.INVALID_TRANSITION': 'no report yet',
      'MONTHLY.INVALID_MONTH': '',
    },
    doc: { payload: '`{ month }`', data: '`{ status: \'submitted\', version, submittedAt }` — freezes `{ sections, narrative, cases }` as version N in `versions`' },
  }),
  'monthly.return': action<api.MonthlyReturnResult>()({
    input: api.monthlyReturnInput,
    roles: ['center'],
    audited: true,
    paged: false,
    errors: {
      'STATE.INVALID_TRANSITION': 'draft or already returned',
      'NOT_FOUND': 'unknown station or no report',
      'MONTHLY.INVALID_MONTH': '',
    },
    doc: { payload: '`{ month, stationId, comment (1–500) }`', data: '`{ status: \'returned\', version, returnedAt }`; the station\'s heads get a `returned` message linking to `/packages/head/pages/monthly/index?month=…`' },
  }),
  'monthly.overview': action<api.MonthlyOverviewView>()({
    input: api.monthlyOverviewInput,
    roles: ['center'],
    audited: false,
    paged: false,
    errors: {
      'MONTHLY.INVALID_MONTH': '',
    },
    doc: { payload: '`{ month }`', data: '`MonthlyOverviewView` `{ month, counts{ none, draft, submitted, returned }, stations[{ stationId, stationName, status, version, generatedAt, submittedAt, returnedAt }], summary{ stationsIncluded, figures, previousFigures, trend, byCategory, byLevel } }` — the summary adds up the latest snapshots of stations with status `submitted`; counts and ratios only, no names' },
  }),
  'monthly.export': action<api.MonthlyExportResult>()({
    input: api.monthlyExportInput,
    roles: ['head', 'center'],
    audited: true,
    paged: false,
    errors: {
      'NOT_FOUND': 'other station; centre: not submitted; head: no report',
      'MONTHLY.INVALID_MONTH': '',
    },
    doc: { payload: '`{ month, stationId? }`', data: '`{ filename, mimeType, bytes, url, expiresAt }` — `url` is a temporary link (10 minutes) to an .xlsx the function stored in cloud storage for the caller (`files` purpose `export`); the file itself is not in the response with sheets 学院整体情况及重大事件, 报送情况, 关注情况, 重点关注库, 晚点名, 谈心谈话, 工作台账, 个别情况描述, 趋势 (Chinese headers; ratios formatted as percentages; every date and time is Asia/Shanghai text, `YYYY-MM-DD HH:mm` such as 生成时间 `2026-11-01 02:50`). Head: the working copy (`…-草稿.xlsx` or `…-第N版.xlsx` once submitted); centre: the latest submitted snapshot' },
  }),
  'workbench': action<wb.CenterWorkbench>()({
    input: wb.workbenchSchema,
    roles: ['center'],
    audited: false,
    paged: false,
    errors: {},
    doc: { payload: '`{}`', data: '`CenterWorkbench` `{ role, now, month (last month), stationsMissing: [{ stationId, name, status }], stationsTotal, referralsAwaitingFeedback (referred to the centre, not closed, no feedback yet), unread, undelivered }`', reads: '4' },
  }),
})
