/**
 * 站长 · 月报：选月份 → 看各节（图表）→ 写“学院整体情况及重大事件”、改个别情况描述 → 提交；随时重新生成、导出。
 */
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { Button, Card, Empty, ErrorState, Loading, Page, Section, Tag, TextArea, showError, showSuccess } from '../../components'
import { useRemote } from '../../hooks/useRemote'
import { generateMonthly, getMonthly, submitMonthly, updateMonthly, type CaseRowInput, type MonthlyReportView } from '../../services/api/reports'
import { CaseList } from './Cases'
import { PrivacyConsent } from '../../shared/privacy'
import { exportMonthlyFile } from './exportFile'
import { DraftBanner, useDraft } from '../../shared/forms'
import { historyOf, lastFinishedMonth, monthText, STATUS_TEXT, STATUS_TONE, whenText } from './format'
import { MonthBar } from './MonthBar'
import { AllSections } from './Sections'
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
  const [busy, setBusy] = useState<'' | 'generate' | 'narrative' | 'submit' | 'export'>('')
  useEffect(() => rebase({ text: v?.narrative ?? '' }), [v?.narrative, v?.reportId, rebase])
  const dirty = !!v && narrative !== (v.narrative ?? '')

  const run = async <T,>(kind: typeof busy, f: () => Promise<{ ok: true; data: T } | { ok: false; error: any }>, done?: string) => {
    setBusy(kind)
    const res = await f()
    setBusy('')
    if (!res.ok) {
      showError(res.error)
      if (res.error.code === 'CONFLICT' || res.error.code === 'MONTHLY.ALREADY_SUBMITTED') void report.reload()
      return false
    }
    if (done) showSuccess(done)
    await report.reload()
    return true
  }

  const generate = async () => {
    if (v && v.status !== 'none') {
      const ok = await Taro.showModal({ title: '重新生成', content: '按最新记录重算各项数字。你写的叙述和改过的个别情况描述会保留。', confirmText: '重新生成' })
      if (!ok.confirm) return
    }
    await run('generate', () => generateMonthly({ month }), '已生成')
  }
  const saveNarrative = async () => {
    const ok = await run('narrative', () => updateMonthly({ month, narrative, rev: v?.rev }), '已保存')
    if (ok) draft.clear()
    return ok
  }
  const saveCases = (cases: CaseRowInput[]) => run('', () => updateMonthly({ month, cases, rev: v?.rev }), '已保存')
  const submit = async () => {
    if (!v) return
    const content = `提交后冻结为第${v.version + 1}版并报送校心理中心，不能再修改（中心退回后可修改再提交）。${narrative.trim() ? '' : '\n“学院整体情况及重大事件”还没有填写。'}`
    const ok = await Taro.showModal({ title: `提交${monthText(month)}月报`, content, confirmText: '提交' })
    if (!ok.confirm) return
    if (dirty && !(await saveNarrative())) return
    await run('submit', () => submitMonthly({ month }), '已提交')
  }
  const doExport = async () => {
    setBusy('export')
    const r = await exportMonthlyFile(month)
    setBusy('')
    if (r.ok) showSuccess('已导出')
    else showError(r.error)
  }

  const footer = !v ? undefined : v.status === 'none' ? (
    <Button block loading={busy === 'generate'} onClick={() => void generate()}>生成草稿</Button>
  ) : (
    <View className='xq-mr-footer'>
      {v.editable && <Button variant='secondary' loading={busy === 'generate'} onClick={() => void generate()}>重新生成</Button>}
      <Button variant='secondary' loading={busy === 'export'} onClick={() => void doExport()}>导出</Button>
      {v.editable && <Button loading={busy === 'submit'} onClick={() => void submit()}>{v.status === 'returned' ? '重新提交' : '提交'}</Button>}
    </View>
  )

  return (
    <Page title='月报动态信息' subtitle={v?.stationName} footer={footer}>
      <MonthBar month={month} onChange={setMonth} extra={v ? <Tag tone={STATUS_TONE[v.status]}>{STATUS_TEXT[v.status]}{v.version ? ` · 第${v.version}版` : ''}</Tag> : null} />
      {report.status === 'error' && !v ? <ErrorState error={report.error} onRetry={() => void report.reload()} /> : !v ? <Loading /> : v.status === 'none' || !v.sections ? (
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
                    <Button size='sm' disabled={!dirty} loading={busy === 'narrative'} onClick={() => void saveNarrative()}>保存</Button>
                  </View>
                </View>
              ) : (
                <Text className='xq-mr-para'>{v.narrative || '（未填写）'}</Text>
              )}
            </Card>
          </Section>
          <Section title={`个别情况描述（${v.cases.length}）`}>
            {v.editable && <Text className='xq-mr-note xq-mr-note--top'>本表随月报报送校心理中心。草稿列出本月在重点关注库中的学生，请删去不需要报告的行。</Text>}
            <CaseList rows={v.cases} onSave={v.editable ? saveCases : undefined} />
          </Section>
          {v.versions.length > 0 && (
            <Section title='提交记录'>
              <Card>
                {historyOf(v).map((h) => <Text key={h.key} className={h.returned ? 'xq-mr-line xq-mr-muted' : 'xq-mr-line'}>{h.text}</Text>)}
              </Card>
            </Section>
          )}
        </View>
      )}
      <PrivacyConsent />
    </Page>
  )
}
