/** 绑定表单的本地校验（与 types/api/identity.ts 的 bind schema 一致；服务端会再校验一次） */
/** cadre 学生骨干 / staff 教师 / setup 第一位站长（一次性建站码） */
export type BindKind = 'cadre' | 'staff' | 'setup'

export interface BindForm {
  kind: BindKind
  code: string
  name: string
  studentNo: string
  acceptPledge: boolean
}

export const EMPTY_BIND_FORM: BindForm = { kind: 'cadre', code: '', name: '', studentNo: '', acceptPledge: false }

/** 返回 字段 → 中文错误；空对象表示通过 */
export function validateBind(f: BindForm): Record<string, string> {
  const e: Record<string, string> = {}
  const code = f.code.trim()
  if (!code) e.code = f.kind === 'setup' ? '请填写建站码' : '请填写邀请码'
  else if (code.length < 4 || code.length > 32) e.code = '邀请码应为 4–32 位'
  if (!f.name.trim()) e.name = '请填写姓名'
  else if (f.name.trim().length > 32) e.name = '姓名不能超过 32 个字'
  if (f.kind === 'cadre') {
    if (!f.studentNo.trim()) e.studentNo = '学生骨干须填写学号'
    else if (f.studentNo.trim().length > 32) e.studentNo = '学号不能超过 32 位'
    if (!f.acceptPledge) e.acceptPledge = '请阅读并接受保密承诺'
  }
  return e
}

/** 提交给 identity.bind 的输入 */
export function toBindInput(f: BindForm) {
  return {
    code: f.code.trim(),
    name: f.name.trim(),
    ...(f.kind === 'cadre' ? { studentNo: f.studentNo.trim(), acceptPledge: f.acceptPledge } : {}),
  }
}

/** 保密承诺全文 */
export const PLEDGE_TEXT = [
  '我自愿担任学院心理工作网络的学生骨干，承诺：',
  '一、对工作中知悉的同学心理状况、家庭情况、谈话内容等个人信息严格保密，不向无关人员透露，不在任何社交平台、群聊中讨论；',
  '二、只通过心桥报送和查阅职责范围内的信息，不截图、不拍照、不转发；',
  '三、发现同学有危机情况时，第一时间通过即时报告告知辅导员，不自行处置、不隐瞒；',
  '四、任期结束或交接时，不保留任何工作记录。',
  '违反以上承诺造成不良后果的，愿意承担相应责任。',
]
