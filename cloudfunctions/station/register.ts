/** staff.register：导出本站站长登记表（附件2）.docx；站长导本站，中心指定站点。写审计日志。 */
import { type DocxFile } from '../../types/api/station'
import { loadStationInScope } from '../_lib/access'
import { AppError } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { stationContract } from '../../types/api/station.contract'
import { deliverFile, DOCX_MIME, yearOrCurrent } from './common'
import { buildRegisterDocx } from './register-docx'
import { loadStaff, readNorms, staffView } from './staff'

/** 登记表抬头的学校名称（附件2 原文） */
export const SCHOOL_NAME = '重庆化工职业学院'

export const staffRegister = defineAction(stationContract['staff.register'], async (ctx, input): Promise<DocxFile> => {
    const { db, caller, now, audit } = ctx
    const station = await loadStationInScope(db, caller, input.stationId)
    const schoolYear = yearOrCurrent(undefined, now)
    const [norms, staff] = await Promise.all([readNorms(db), loadStaff(db, station._id, schoolYear)])
    const head = staff.profiles.find((p) => p.kind === 'head')
    if (!head) throw new AppError('STAFF.NO_HEAD')
    const buf = await buildRegisterDocx(staffView(head, staff.recordedOf(head), schoolYear, norms, true), station.name, SCHOOL_NAME)
    await audit('station.staff.register', [head._id])
    return deliverFile(ctx, `${station.name}-二级学院心理辅导站站长登记表-${schoolYear}.docx`, DOCX_MIME, buf)
  })
