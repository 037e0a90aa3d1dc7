/**
 * assessment 云函数（考核手册）的动作契约：每个动作一次声明输入 schema、输出类型、角色、是否记审计、是否分页与特有错误码。
 * 服务端 createMain 据此授权并检查审计（cloudfunctions/_lib/handler.ts），客户端调用据此定型（src/services/api/assessment.ts），
 * docs/api.md 的动作表由此生成（npm run docs:api）。
 */
import * as api from './assessment'
import { action, defineContract } from './contract'

export const assessmentContract = defineContract({
  'binder.get': action<api.BinderView>()({
    input: api.BinderGetSchema,
    roles: ['head', 'center'],
    audited: true,
    paged: false,
    errors: {
      'BINDER.YEAR_NOT_STARTED': '',
      'NOT_FOUND': 'centre: unknown station or never submitted',
    },
    doc: { payload: '`{ schoolYear?, stationId? (center) }`', data: '`BinderView` `{ stationId, schoolYear, status: draft\\|submitted\\|returned, version, asOf, table, indicators, suggestion, missing[{ key, itemId, pointId, text, action, target{ page, params } }], items[{ itemId, name, max, suggested, self, panel }], documents{ slot: { note, files[] } }, selfTotal, panelTotal, grade, gradeLabel, returnComment? }`; `missing[].target.page` is a page key the app maps to the page that fixes it (`src/features/assessment/targets.ts`). The centre reads submitted (or returned) binders only' },
  }),
  'binder.score': action<api.BinderScoreResult>()({
    input: api.BinderScoreSchema,
    roles: ['head'],
    audited: false,
    paged: false,
    errors: {
      'BINDER.SCORE_OUT_OF_RANGE': '',
      'BINDER.ALREADY_SUBMITTED': '',
      'BINDER.YEAR_NOT_STARTED': '',
    },
    doc: { payload: '`{ schoolYear, itemId, score, comment ≤ 500 }`', data: '`{ itemId, score }`' },
  }),
  'binder.note': action<api.BinderNoteResult>()({
    input: api.BinderNoteSchema,
    roles: ['head'],
    audited: false,
    paged: false,
    errors: {
      'BINDER.UNKNOWN_SLOT': '',
      'BINDER.ALREADY_SUBMITTED': '',
      'BINDER.YEAR_NOT_STARTED': '',
    },
    doc: { payload: '`{ schoolYear, slot, note ≤ 2000 }`', data: '`{ slot }` — a note counts as evidence for the slot' },
  }),
  'binder.attach': action<api.BinderAttachResult>()({
    input: api.BinderAttachSchema,
    roles: ['head'],
    audited: false,
    paged: false,
    errors: {
      'FILE.NOT_YOURS': 'not the caller\'s own pending upload — another person\'s or another station\'s file',
      'FILE.WRONG_TYPE': '',
      'FILE.TOO_LARGE': '',
      'FILE.EMPTY': '',
      'BINDER.UNKNOWN_SLOT': '',
      'BINDER.ALREADY_SUBMITTED': '',
    },
    doc: { payload: '`{ schoolYear, slot, fileId }` (a `file.prepare` upload with purpose `document`)', data: '`{ slot, fileId, filename }`' },
  }),
  'binder.submit': action<api.BinderSubmitResult>()({
    input: api.BinderSubmitSchema,
    roles: ['head'],
    audited: true,
    paged: false,
    errors: {
      'BINDER.ALREADY_SUBMITTED': 'also on a second or concurrent submit',
      'BINDER.YEAR_NOT_STARTED': '',
    },
    doc: { payload: '`{ schoolYear }`', data: '`{ status: \'submitted\', version, submittedAt }` — items without a self-score are submitted at their suggested score (comment 采用建议分); panel scores start empty for the new version' },
  }),
  'binder.review': action<api.BinderScoreResult>()({
    input: api.BinderReviewSchema,
    roles: ['center'],
    audited: true,
    paged: false,
    errors: {
      'NOT_FOUND': 'unknown station or never submitted',
      'BINDER.NOT_SUBMITTED': 'returned',
      'BINDER.SCORE_OUT_OF_RANGE': '',
    },
    doc: { payload: '`{ schoolYear, stationId, itemId, score, comment ≤ 500 }`', data: '`{ itemId, score }`; the grade follows the panel total once every item has a panel score' },
  }),
  'binder.return': action<api.BinderReturnResult>()({
    input: api.BinderReturnSchema,
    roles: ['center'],
    audited: true,
    paged: false,
    errors: {
      'NOT_FOUND': '',
      'BINDER.NOT_SUBMITTED': '',
    },
    doc: { payload: '`{ schoolYear, stationId, comment 1–500 }`', data: '`{ status: \'returned\', version }` — the head can edit and submit version N+1' },
  }),
  'binder.compare': action<api.CompareView>()({
    input: api.BinderCompareSchema,
    roles: ['center'],
    audited: false,
    paged: false,
    errors: {},
    doc: { payload: '`{ schoolYear? }`', data: '`CompareView` `{ schoolYear, rows[{ stationId, stationName, status (none if never submitted), selfTotal, panelTotal, grade, gradeLabel, rank, items[{ itemId, self, panel }] }] }` — ranked by panel total (else self total), ties share a rank; counts only, no names' },
  }),
  'binder.export': action<api.BinderExportResult>()({
    input: api.BinderExportSchema,
    roles: ['head', 'center'],
    audited: true,
    paged: false,
    errors: {
      'NOT_FOUND': '',
      'BINDER.YEAR_NOT_STARTED': '',
    },
    doc: { payload: '`{ schoolYear?, stationId? (center), format: xlsx\\|docx }`', data: '`{ filename, mimeType, bytes, url, expiresAt }` like `monthly.export`: xlsx = 总览 plus one sheet per item (考评细则, suggested score and reasons, evidence rows with dates and sources; student names only in the head\'s own export); docx = 自评报告 drafted from the scores and reasons. Head: working copy or latest version; centre: submitted only' },
  }),
  'table.set': action<api.TableSetResult>()({
    input: api.TableSetSchema,
    roles: ['center'],
    audited: true,
    paged: false,
    errors: {
      'BINDER.INVALID_TABLE': 'sums or bands inconsistent',
      'INPUT.INVALID': '',
    },
    doc: { payload: '`{ override: AssessmentOverride }` (`types/assessment.ts`: maxima, bands and params for one 学年)', data: '`{ table }` — the resulting table version; binders already submitted keep the table they were frozen with' },
  }),
})
