/**
 * 站长 · 月报：选月份 → 看各节（图表）→ 写“学院整体情况及重大事件”、改个别情况描述 → 提交；随时重新生成、导出。
 */
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { Button, Card, Empty, Page, RemoteView, Section, Tag, TextArea } from '../../components'
import type { AppErrorBody } from '../../../types/result'
import { useAction } from '../../hooks/useAction'
import { useRemote } from '../../hooks/useRemote'
import { generateMonthly, getMonthly, submitMonthly, updateMonthly, type CaseRowInput, type MonthlyReportView } from '../../services/api/reports'
import { CaseList } from './Cases'
import { PrivacyConsent } from '../../shared/privacy'
import { DraftBanner, useDraft } from '../../shared/forms'
import { historyOf, lastFinishedMonth, monthText, STATUS_TEXT, STATUS_TONE, whenText } from './format'
import { MonthBar } from './MonthBar'
import { AllSections } from './Sections'
import { useMonthlyExport } from './useExport'
import './reports.scss'

function StatusBanner({ v }: { v: MonthlyReportView }) {
  if (v.status === 'returned') {
    return <Text className='xq-mr-banner xq-mr-banner--danger'>校心理中心退回（第{v.version}版，{whenText(v.returnedAt)}）：{v.returnComment}</Text>
  }
  if (v.status === 'submitted') return <Text className='xq-mr-banner xq-mr-banner--success'>已提交第{v.version}版 · {whenText(v.submittedAt)}，内容已冻结</Text>
  if (v.status === 'draft') return <Text className='xq-mr-banner'>草稿 · {whenText(v.generatedAt)} 按当时的记录生成；可重新生成</Text>
  return null
}

export function MonthlyHead({ initialMonth }: { initialMonth?: string }) {
  const [month, setMonth] = useState(initialMonth ?? lastFinishedMonth())
  return <MonthlyHeadMonth key={month} month={month} setMonth={setMonth} />
}

/** 一个月的月报；“学院整体情况及重大事件”的叙述按月存本机草稿，离开前确认 */
function MonthlyHeadMonth({ month, setMonth }: { month: string; setMonth: (m: string) => void }) {
  const report = useRemote(() => getMonthly({ month }), [month])
  const v = report.data && report.data.month === month ? report.data : undefined
  const draft = useDraft(v?.editable === false ? null : `monthly.${month}.narrative`, () => ({ text: '' }))
  const narrative = draft.value.text
  const setNarrative = (text: string) => draft.patch({ text })
  const { rebase } = draft
  useEffect(() => rebase({ text: v?.narrative ?? '' }), [v?.narrative, v?.reportId, rebase])
  const dirty = !!v && narrative !== (v.narrative ?? '')

  const refresh = () => void report.reload()
  // 别人改过（CONFLICT）或已提交：读回最新的
  const onError = (e: AppErrorBody) => {
    if (e.code === 'CONFLICT' || e.code === 'MONTHLY.ALREADY_SUBMITTED') refresh()
  }
  const generating = useAction(() => generateMonthly({ month }), { success: '已生成', onDone: refresh, onError })
  const savingText = useAction(() => updateMonthly({ month, narrative, rev: v?.rev }), {
    success: '已保存',
    onDone: () => {
      draft.clear()
      refresh()
    },
    onError,
  })
  const saveCases = useAction((cases: CaseRowInput[]) => updateMonthly({ month, cases, rev: v?.rev }), { success: '已保存', onDone: refresh, onError })
  // 有未保存的叙述时先保存再提交
  const submitting = useAction(async () => {
    if (dirty) {
      const saved = await updateMonthly({ month, narrative, rev: v?.rev })
      if (!saved.ok) return saved
      draft.clear()
    }
    return submitMonthly({ month })
  }, { success: '已提交', onDone: refresh, onError: refresh })
  const exporting = useMonthlyExport(month)

  const generate = async () => {
    if (v && v.status !== 'none') {
      const ok = await Taro.showModal({ title: '重新生成', content: '按最新记录重算各项数字。你写的叙述和改过的个别情况描述会保留。', confirmText: '重新生成' })
      if (!ok.confirm) return
    }
    await generating.run()
  }
  const submit = async () => {
    if (!v) return
    const content = `提交后冻结为第${v.version + 1}版并报送校心理中心，不能再修改（中心退回后可修改再提交）。${narrative.trim() ? '' : '\n“学院整体情况及重大事件”还没有填写。'}`
    const ok = await Taro.showModal({ title: `提交${monthText(month)}月报`, content, confirmText: '提交' })
    if (ok.confirm) await submitting.run()
  }

  const footer = !v ? undefined : v.status === 'none' ? (
    <Button block loading={generating.busy} onClick={() => void generate()}>生成草稿</Button>
  ) : (
    <View className='xq-mr-footer'>
      {v.editable && <Button variant='secondary' loading={generating.busy} onClick={() => void generate()}>重新生成</Button>}
      <Button variant='secondary' loading={exporting.busy} onClick={() => void exporting.run()}>导出</Button>
      {v.editable && <Button loading={submitting.busy} onClick={() => void submit()}>{v.status === 'returned' ? '重新提交' : '提交'}</Button>}
    </View>
  )

  return (
    <Page title='月报动态信息' subtitle={v?.stationName} footer={footer}>
      <MonthBar month={month} onChange={setMonth} extra={v ? <Tag tone={STATUS_TONE[v.status]}>{STATUS_TEXT[v.status]}{v.version ? ` · 第${v.version}版` : ''}</Tag> : null} />
      <RemoteView remote={{ ...report, data: v }}>{(v) => v.status === 'none' || !v.sections ? (
        <Empty icon='月' title={`${monthText(month)}月报尚未生成`} desc='每月 1 日凌晨自动起草上月月报；也可以现在生成草稿' />
      ) : (
        <View>
          <StatusBanner v={v} />
          <AllSections s={v.sections} />
          <Section title='学院整体情况及重大事件'>
            <Card>
              {v.editable ? (
                <View>
                  <DraftBanner restored={draft.restored && dirty} onDiscard={draft.discard} />
                  <TextArea value={narrative} onChange={setNarrative} maxLength={5000} name='narrative' placeholder='本月学院心理健康工作整体情况、开展的活动、发生的重大事件……' />
                  <View className='xq-mr-actions'>
                    {dirty && <Text className='xq-mr-muted xq-mr-actions__note'>有未保存的修改</Text>}
                    <Button size='sm' disabled={!dirty} loading={savingText.busy} onClick={() => void savingText.run()}>保存</Button>
                  </View>
                </View>
              ) : (
                <Text className='xq-mr-para'>{v.narrative || '（未填写）'}</Text>
              )}
            </Card>
          </Section>
          <Section title={`个别情况描述（${v.cases.length}）`}>
            {v.editable && <Text className='xq-mr-note xq-mr-note--top'>本表随月报报送校心理中心。草稿列出本月在重点关注库中的学生，请删去不需要报告的行。</Text>}
            <CaseList rows={v.cases} onSave={v.editable ? saveCases.run : undefined} saving={saveCases.busy} />
          </Section>
          {v.versions.length > 0 && (
            <Section title='提交记录'>
              <Card>
                {historyOf(v).map((h) => <Text key={h.key} className={h.returned ? 'xq-mr-line xq-mr-muted' : 'xq-mr-line'}>{h.text}</Text>)}
              </Card>
            </Section>
          )}
        </View>
      )}</RemoteView>
      <PrivacyConsent />
    </Page>
  )
}
