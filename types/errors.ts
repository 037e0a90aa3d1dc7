/**
 * 错误码总表：每个云函数动作失败时只会返回这里列出的代码。
 * 代码稳定不变，客户端按代码分支；message 是给用户看的中文提示。
 */
export const ERROR_MESSAGES = {
  /** 输入不合法（字段级详情见 error.fields） */
  'INPUT.INVALID': '填写的内容有误，请检查标出的字段后重试',
  /** 未知动作 */
  'INPUT.UNKNOWN_ACTION': '不支持的操作，请更新小程序后重试',
  /** 未登录：调用不是来自小程序 */
  'AUTH.UNAUTHENTICATED': '请在微信小程序内打开心桥',
  /** 尚未绑定身份 */
  'AUTH.NOT_BOUND': '你还没有绑定身份，请输入邀请码完成绑定',
  /** 当前角色无权进行该操作 */
  'AUTH.FORBIDDEN': '当前角色无权进行该操作',
  /** 任期已结束或角色已交接 */
  'AUTH.ROLE_ENDED': '你的任期已结束或已完成交接，如有疑问请联系站长',
  /** 记录不存在（越权访问也返回此代码） */
  NOT_FOUND: '未找到该记录，可能已被删除或你无权查看',
  /** 状态冲突（如已提交、已审核） */
  CONFLICT: '记录状态已变化，请刷新后重试',
  /** 请求过于频繁 */
  RATE_LIMITED: '尝试次数过多，请稍后再试',
  /** 邀请码无效、已使用或已过期 */
  'INVITE.INVALID': '邀请码无效、已使用或已过期，请向站长或辅导员索取新的邀请码',
  /** 身份信息与名册不符 */
  'INVITE.IDENTITY_MISMATCH': '姓名或学号与名册不符，请核对后重试',
  /** 未接受保密承诺 */
  'INVITE.PLEDGE_REQUIRED': '学生骨干须阅读并接受保密承诺后才能绑定',
  /** 名册文件有错误行 */
  'ROSTER.INVALID_FILE': '名册文件有错误，未导入任何数据，请按提示修改后重新上传',
  /** 上传的文件 id 不是本人为此用途上传的（或已用过） */
  'FILE.NOT_YOURS': '找不到你上传的这个文件，请重新选择文件上传',
  /** 上传的文件类型不在此用途允许的范围内 */
  'FILE.WRONG_TYPE': '文件类型不支持，请按提示选择正确格式的文件',
  /** 上传的文件超过此用途的大小上限 */
  'FILE.TOO_LARGE': '文件太大，请压缩或拆分后重新上传',
  /** 上传的文件是空的 */
  'FILE.EMPTY': '文件是空的，请确认后重新上传',
  /** 学期未设置 */
  'TERM.NOT_CONFIGURED': '站长尚未设置本学期校历',
  /** 该周尚未开始 */
  'WEEK.NOT_STARTED': '该周尚未开始，暂不能填报',
  /** 该周为假期 */
  'WEEK.OFF': '该周为假期，无需填报',
  /** 周次超出学期范围 */
  'WEEK.OUT_OF_RANGE': '周次不在本学期范围内',
  /** 报告已被辅导员审阅，不能再修改 */
  'REPORT.ALREADY_REVIEWED': '该周报已被辅导员审阅，不能再修改',
  /** 点名记录已确认锁定 */
  'ROLLCALL.LOCKED': '该次晚点名已确认，如需更正请提交更正版本',
  /** 点名人数不一致 */
  'ROLLCALL.COUNT_MISMATCH': '实到人数加缺勤人数须等于应到人数',
  /** 日期晚于今天（谈话、朋辈谈心、转介等只能记录已发生的事） */
  'DATE.IN_FUTURE': '日期不能晚于今天',
  /** 下次跟进日期早于谈话日期 */
  'TALK.FOLLOW_UP_BEFORE_DATE': '下次跟进日期不能早于谈话日期',
  /** 该学生已在重点关注库中 */
  'KEYCARE.ALREADY_ACTIVE': '该学生已在重点关注库中，请在原条目上更新',
  /** 状态流转不允许 */
  'STATE.INVALID_TRANSITION': '当前状态下不能进行该操作',
  /** 需要站长审批 */
  'APPROVAL.REQUIRED': '该变更需要站长审批，已提交审批申请',
  /** 月报已提交 */
  'MONTHLY.ALREADY_SUBMITTED': '该月报已提交，不能再修改',
  /** 月份不合法或在未来 */
  'MONTHLY.INVALID_MONTH': '月份无效或尚未结束',
  /** 签到码错误（或是另一场培训的码） */
  'TRAINING.CODE_WRONG': '签到码不正确，请核对组织者屏幕上当前的签到码',
  /** 签到码已过期（每分钟更换） */
  'TRAINING.CODE_EXPIRED': '签到码已过期，请输入组织者屏幕上最新的签到码',
  /** 不在签到时间内 */
  'TRAINING.OUTSIDE_WINDOW': '不在签到时间内：签到从开始前 10 分钟到结束时刻为止，如需补记请联系组织者',
  /** 标记的人不在应到名单中 */
  'TRAINING.NOT_EXPECTED': '此人不在本场培训的应到名单中',
  /** 培训对象中没有任何应到人员 */
  'TRAINING.NO_ATTENDEES': '所选培训对象在培训日期没有在任的人员，请调整年级或角色',
  /** 研判的学生不在重点关注库中 */
  'CASE_REVIEW.NOT_IN_KEYCARE': '该学生不在重点关注库中（或已解除），不能作研判结论',
  /** 活动阶段只能前进 */
  'ACTIVITY.STAGE_BACKWARDS': '活动只能按 计划 → 已开展 → 已总结 推进，不能回退',
  /** 照片超过 9 张 */
  'FILE.TOO_MANY': '每次活动最多上传 9 张照片',
  /** 站长登记表：本站尚未登记站长 */
  'STAFF.NO_HEAD': '本站尚未登记站长信息，请先在人员登记中填写站长后再导出',
  /** 工作计划已提交 */
  'PLAN.ALREADY_SUBMITTED': '该学年工作计划已提交校心理中心，不能再修改',
  /** 工作总结已提交 */
  'SUMMARY.ALREADY_SUBMITTED': '该学年工作总结已提交，如需修改请等待校心理中心退回',
  /** 工作总结尚未到起草时间 */
  'SUMMARY.TOO_EARLY': '学年末（6 月起）才能起草工作总结',
  /** 参测名单文件有错误行 */
  'SCREENING.INVALID_FILE': '参测名单有错误，未导入任何数据，请按提示修改后重新上传',
  /** 考核手册：该学年尚未开始 */
  'BINDER.YEAR_NOT_STARTED': '该学年尚未开始（还没有已开学的学期），不能建立考核手册',
  /** 考核手册：分数超出该项的分值范围 */
  'BINDER.SCORE_OUT_OF_RANGE': '分数须在 0 到该项满分之间（以 0.5 分为单位）',
  /** 考核手册：已提交，不能再修改 */
  'BINDER.ALREADY_SUBMITTED': '该学年考核手册已提交校心理中心，不能再修改；如需修改请等待中心退回',
  /** 考核手册：尚未提交（中心不能评分或退回） */
  'BINDER.NOT_SUBMITTED': '该站尚未提交本学年的考核手册',
  /** 考核手册：证明材料栏不存在 */
  'BINDER.UNKNOWN_SLOT': '没有这个证明材料栏，请刷新后重试',
  /** 考核表调整不合格 */
  'BINDER.INVALID_TABLE': '考核表调整不合格：分值之和须与上级一致，等级线须自高到低',
  /** 服务暂时不可用 */
  INTERNAL: '服务暂时不可用，请稍后重试',
  /** 网络失败（仅客户端产生） */
  'NETWORK.FAILED': '网络连接失败，请检查网络后重试',
} as const

export type ErrorCode = keyof typeof ERROR_MESSAGES

export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[]
