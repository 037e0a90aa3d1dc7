/** 辅导员与站长的工作台：先是要马上处理的即时报告，再是带计数的待办 */
import { View, Text } from '@tarojs/components'
import { rolePageUrl } from '../../../routes'
import type { CounselorWorkbench, HeadWorkbench, WechatReachView } from '../../../services/api/workbench'
import { SubscribeButton } from '../../../shared/subscribe/SubscribeButton'
import { evidenceUrl } from '../../../shared/assessment/targets'
import { AlertTodos, Todo, VacationCard } from './parts'
import { monthText } from './time'

const alertUrl = (role: 'counselor' | 'head') => (id: string) => `${rolePageUrl(role, 'pages/alerts/index')}?id=${encodeURIComponent(id)}`

/** 我能否在微信里收到即时报告 */
function ReachTodo({ reach, onSubscribed }: { reach: WechatReachView; onSubscribed: () => void }) {
  if (!reach.configured) return null
  const desc = reach.lastFailure
    ? `最近一次推送失败：${reach.lastFailure}`
    : reach.alertCredits === null ? '长期订阅，即时报告都会推送到微信' : `还能收到 ${reach.alertCredits} 条即时报告提醒`
  const low = reach.alertCredits !== null && reach.alertCredits <= 0
  return (
    <Todo icon='wechat' title='微信提醒' tone={reach.lastFailure || low ? 'warn' : 'done'} desc={<>{desc}<SubscribeButton label='再订阅一次' onSubscribed={onSubscribed} /></>} />
  )
}

export function CounselorPanel({ wb, skewMs, reload }: { wb: CounselorWorkbench; skewMs: number; reload: () => void }) {
  const url = (path: string) => rolePageUrl('counselor', path)
  const weekly = wb.week && !wb.week.off
  return (
    <View>
      <AlertTodos title='待确认的即时报告' alerts={wb.alerts} skewMs={skewMs} url={alertUrl('counselor')} />
      {wb.vacation && <VacationCard vacation={wb.vacation} />}
      {weekly && (
        <Todo
          icon='report'
          title={`第${wb.week!.week}周周报待审阅`}
          count={wb.reportsToReview}
          tone={wb.reportsToReview > 0 ? 'warn' : 'done'}
          desc={`${wb.reporting.submitted}/${wb.reporting.expected} 已报 · 截止 ${wb.week!.dueText}`}
          url={url('pages/board/index')}
        />
      )}
      {wb.week?.off && <Todo icon='calendar' title={`第${wb.week.week}周是假期周`} desc='本周不需要交周报' tone='done' />}
      <Todo icon='checklist' title='晚点名待确认' count={wb.rollCallsToConfirm} tone={wb.rollCallsToConfirm ? 'warn' : 'done'} url={url('pages/rollcall/index')} />
      <Todo icon='peer' title='朋辈谈心待确认' count={wb.peerTalksToConfirm} tone={wb.peerTalksToConfirm ? 'warn' : 'done'} url={url('pages/peer-review/index')} />
      <Todo icon='talk' title='约谈任务' count={wb.openTalkTasks} tone={wb.openTalkTasks ? 'warn' : 'done'} url={url('pages/week/index')} />
      <Todo icon='heart' title='重点关注跟进到期' count={wb.followUpsDue} tone={wb.followUpsDue ? 'danger' : 'done'} url={`${url('pages/keycare/index')}?overdue=1`} />
      <ReachTodo reach={wb.reach} onSubscribed={reload} />
    </View>
  )
}

const MONTHLY_TEXT = { none: '未生成', draft: '草稿，待提交', submitted: '已提交', returned: '已退回' } as const

/** 考核手册的缺失材料：总数（打开手册）与前 3 条（各自打开补齐它的页面） */
function BinderTodos({ binder }: { binder: NonNullable<HeadWorkbench['binder']> }) {
  if (!binder.missingCount) return null
  return (
    <>
      <Todo icon='chart' title='考核手册缺失材料' count={binder.missingCount} tone='warn' desc={`${binder.schoolYear} 学年 · 建议分 ${binder.suggestedTotal} · 截至 ${binder.asOfText}`} url={rolePageUrl('head', 'pages/binder/index')} />
      {binder.missing.map((m) => <Todo key={m.key} icon='chart' title={m.text} desc={m.action} url={evidenceUrl(m.target)} />)}
    </>
  )
}

export function HeadPanel({ wb, skewMs, reload }: { wb: HeadWorkbench; skewMs: number; reload: () => void }) {
  const url = (path: string) => rolePageUrl('head', path)
  const r = wb.reporting
  const missing = r.missing.slice(0, 3).map((m) => m.name).join('、') + (r.missing.length > 3 ? ` 等 ${r.missing.length} 个` : '')
  const m = wb.monthly
  return (
    <View>
      {!wb.pushConfigured && (
        <Todo icon='wechat' title='微信提醒未配置' tone='danger' desc='缺少订阅消息模板 id：即时报告与超时升级只进站内消息，不会推送到微信' />
      )}
      <AlertTodos title='已超时或已升级的即时报告' alerts={wb.alerts} skewMs={skewMs} url={alertUrl('head')} />
      {wb.alerts.length === 0 && wb.openAlerts > 0 && (
        <Todo icon='alert' title='即时报告待辅导员确认' count={wb.openAlerts} tone='warn' desc='仍在确认时限内' url={url('pages/alerts/index')} />
      )}
      {wb.vacation && (
        <VacationCard vacation={wb.vacation}>
          {!wb.vacation.nextTermStart && <Todo icon='calendar' title='设置下学期' desc='设好校历后，周报与提醒自动开始' url={url('pages/term/index')} />}
        </VacationCard>
      )}
      <Todo icon='approve' title='待审批' count={wb.approvalsPending} tone={wb.approvalsPending ? 'warn' : 'done'} desc='危机等级变更与解除关注' url={url('pages/approvals/index')} />
      {wb.week && !wb.week.off && (
        <Todo
          icon='report'
          title={`第${wb.week.week}周报送 ${r.submitted}/${r.expected}`}
          count={r.missing.length}
          tone={r.missing.length ? 'warn' : 'done'}
          desc={r.missing.length ? `未报：${missing}` : '全部已报'}
          url={url('pages/missing/index')}
        />
      )}
      <Todo
        icon='chart'
        title={`${monthText(m.month)}月报：${MONTHLY_TEXT[m.status]}`}
        tone={m.status === 'submitted' ? 'done' : m.status === 'returned' ? 'danger' : 'warn'}
        desc={m.status === 'returned' ? `中心意见：${m.returnComment ?? ''}` : undefined}
        url={`${url('pages/monthly/index')}?month=${m.month}`}
      />
      {wb.binder && <BinderTodos binder={wb.binder} />}
      {wb.handoversPending > 0 && (
        <Todo icon='share' title='换岗交接待接任' count={wb.handoversPending} tone='warn' desc='已签发接任邀请码，接任者尚未绑定' url={url('pages/people/index')} />
      )}
      {wb.unreachable.length > 0 && (
        <View className='xq-wb-unreachable'>
          <Text className='xq-wb-unreachable__title'>收不到微信提醒的辅导员 {wb.unreachable.length} 人</Text>
          {wb.unreachable.map((u) => (
            <Text key={u.personId} className='xq-wb-unreachable__row'>{u.name}：{u.reason}</Text>
          ))}
        </View>
      )}
      <ReachTodo reach={wb.reach} onSubscribed={reload} />
    </View>
  )
}
