/**
 * 校心理中心 · 月报总览（各站状态 + 全校汇总，无姓名）与单站月报（已提交的快照：查看、导出、退回）。
 */
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { CONCERN_CATEGORIES, LEVEL_LABELS, MONTHLY_STATUSES } from '../../../types/domain'
import { Button, Card, Empty, Loading, Page, RemoteView, Section, Tag } from '../../components'
import { ReviewActions } from '../../components/ReviewActions'
import { useRemote } from '../../hooks/useRemote'
import { getMonthly, monthlyOverview, returnMonthly } from '../../services/api/reports'
import { openPage, pageUrl } from '../../shared/navigation'
import { CaseList } from './Cases'
import { BarList, StackedBar, Stats, TrendBars } from './charts'
import { PrivacyConsent } from '../../shared/privacy'
import { lastFinishedMonth, monthText, pct, STATUS_TEXT, STATUS_TONE, whenText } from './format'
import { MonthBar } from './MonthBar'
import { useMonthlyExport } from './useExport'
import { AllSections } from './Sections'
import './reports.scss'

export const CENTER_REPORT_PAGE = pageUrl('center', 'monthly-report')

export function MonthlyOverview({ initialMonth }: { initialMonth?: string }) {
  const [month, setMonth] = useState(initialMonth ?? lastFinishedMonth())
  const ov = useRemote(() => monthlyOverview({ month }), [month])
  const current = ov.data && ov.data.month === month ? ov.data : undefined
  return (
    <Page title='月报总览' subtitle='各辅导站月报状态与全校汇总'>
      <MonthBar month={month} onChange={setMonth} />
      {/* 只显示所选月份的数据：换月后旧月的数据不留在页面上 */}
      <RemoteView remote={{ ...ov, data: current }}>{(d) => (
        <View>
          <Stats items={MONTHLY_STATUSES.map((s) => ({ label: STATUS_TEXT[s], value: d.counts[s], tone: s === 'submitted' ? 'success' as const : s === 'returned' ? 'danger' as const : undefined }))} />
          <Section title='各辅导站'>
            {d.stations.length === 0 ? <Empty title='还没有辅导站' /> : d.stations.map((st) => {
              const readable = st.status === 'submitted' || st.status === 'returned'
              return (
                <Card
                  key={st.stationId}
                  className='xq-mr-station'
                  title={st.stationName}
                  extra={<Tag tone={STATUS_TONE[st.status]}>{STATUS_TEXT[st.status]}{st.version ? ` · 第${st.version}版` : ''}</Tag>}
                  onClick={readable ? () => openPage(pageUrl('center', 'monthly-report', { stationId: st.stationId, month })) : undefined}
                >
                  <Text className='xq-mr-muted'>
                    {st.status === 'submitted' ? `提交于 ${whenText(st.submittedAt)} · 点击查看` : st.status === 'returned' ? `已于 ${whenText(st.returnedAt)} 退回，等待站长修改` : st.status === 'draft' ? '站长尚未提交' : '尚未生成'}
                  </Text>
                </Card>
              )
            })}
          </Section>
          <Section title={`全校汇总（已提交 ${d.summary.stationsIncluded} 个站）`}>
            {d.summary.stationsIncluded === 0 ? <Empty icon='汇' title='还没有辅导站提交本月月报' /> : (
              <View>
                <Card title='关键指标'>
                  <Stats items={[
                    { label: '报送率', value: pct(d.summary.trend.find((t) => t.key === 'submissionRate')?.current ?? null) },
                    { label: '被关注学生', value: d.summary.figures.concernStudents },
                    { label: '危机条目', value: d.summary.figures.crisisEntries, tone: 'danger' },
                    { label: '重点关注在库', value: d.summary.figures.keyCareEnd },
                  ]} />
                  <TrendBars rows={d.summary.trend} />
                </Card>
                <Card title='关注条目'>
                  <StackedBar parts={(['general', 'key', 'crisis'] as const).map((l) => ({ label: LEVEL_LABELS[l], value: d.summary.byLevel[l], tone: l }))} />
                  <BarList items={CONCERN_CATEGORIES.map((k) => ({ label: k, value: d.summary.byCategory[k] })).filter((x) => x.value > 0).sort((a, b) => b.value - a.value)} />
                </Card>
              </View>
            )}
          </Section>
        </View>
      )}</RemoteView>
    </Page>
  )
}

export function MonthlyCenterReport({ stationId, month }: { stationId: string; month: string }) {
  const report = useRemote(() => getMonthly({ month, stationId }), [month, stationId])
  const exporting = useMonthlyExport(month, stationId)
  const v = report.data
  const exportButton = <Button variant='secondary' loading={exporting.busy} onClick={() => void exporting.run()}>导出</Button>
  const footer = !v ? undefined : v.status !== 'submitted' ? <View className='xq-mr-footer'>{exportButton}</View> : (
    <ReviewActions className='xq-mr-footer' size='md' returnVariant='danger' returnText='退回修改' returnConfirmText='退回'
      returnTitle='退回月报' returnPlaceholder='退回意见（必填），站长修改后重新提交' maxLength={500} returnName='return-comment' sheetClassName='xq-mr-sheet'
      onReturn={(comment) => returnMonthly({ month, stationId, comment })} onDone={() => void report.reload()}>
      {exportButton}
    </ReviewActions>
  )
  return (
    <Page title={v ? `${v.stationName} · ${monthText(month)}` : monthText(month)} subtitle='月报动态信息（已提交版本）' footer={footer}>
      <RemoteView remote={report}>{(v) => !v.sections ? <Loading /> : (
        <View>
          <View className='xq-mr-monthbar'>
            <Tag tone={STATUS_TONE[v.status]}>{STATUS_TEXT[v.status]} · 第{v.version}版</Tag>
            <Text className='xq-mr-muted'>{v.submittedByName} 提交于 {whenText(v.submittedAt)}</Text>
          </View>
          {v.status === 'returned' && <Text className='xq-mr-banner xq-mr-banner--danger'>已退回：{v.returnComment}</Text>}
          <AllSections s={v.sections} />
          <Section title='学院整体情况及重大事件'>
            <Card><Text className='xq-mr-para'>{v.narrative || '（未填写）'}</Text></Card>
          </Section>
          <Section title={`个别情况描述（${v.cases.length}）`}>
            <CaseList rows={v.cases} />
          </Section>
        </View>
      )}</RemoteView>
      <PrivacyConsent />
    </Page>
  )
}
