/** 周报详情（辅导员/站长）：查看、标记已阅、退回并附意见 */
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { OBS_LIMITS } from '../../../types/api/observations'
import { Button, Card, Empty, ErrorState, Field, Loading, Page, TextArea, showError, showSuccess } from '../../components'
import { fetchReport, returnReport, reviewReport } from '../../services/api/observations'
import { useRemote } from '../../hooks/useRemote'
import { ReportDetail } from './ReportDetail'
import './observations.scss'

export function ReviewPage() {
  const p = Taro.getCurrentInstance().router?.params ?? {}
  const week = Number(p.week)
  const kind = p.kind === 'dorm' ? 'dorm' : 'class'
  const unitId = decodeURIComponent(p.unitId ?? '')
  const state = useRemote(() => fetchReport({ week, kind, unitId }), [week, kind, unitId])
  const [returning, setReturning] = useState(false)
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)

  if (state.status === 'error') return <Page title='周报详情'><ErrorState error={state.error} onRetry={() => void state.reload()} /></Page>
  if (!state.data) return <Loading fullscreen />
  const report = state.data.report
  if (!report) return <Page title='周报详情'><Empty icon='表' title='该周尚未提交周报' /></Page>

  async function act(kindOfAct: 'review' | 'return') {
    if (!report) return
    if (kindOfAct === 'return' && !comment.trim()) {
      showError('请填写退回意见')
      return
    }
    setBusy(true)
    const res = kindOfAct === 'review'
      ? await reviewReport({ reportId: report.id, revision: report.revision })
      : await returnReport({ reportId: report.id, revision: report.revision, comment: comment.trim() })
    setBusy(false)
    if (!res.ok) {
      showError(res.error)
      if (res.error.code === 'CONFLICT') void state.reload()
      return
    }
    showSuccess(kindOfAct === 'review' ? '已阅' : '已退回')
    setReturning(false)
    setComment('')
    void state.reload()
  }

  return (
    <Page title='周报详情'>
      <ReportDetail report={report} />
      {report.status === 'submitted' && !returning && (
        <View className='xq-obs-actions'>
          <Button variant='secondary' onClick={() => setReturning(true)}>退回</Button>
          <Button loading={busy} onClick={() => void act('review')}>已阅</Button>
        </View>
      )}
      {report.status === 'submitted' && returning && (
        <Card title='退回周报'>
          <Field label='退回意见' required hint='填报人会收到这条意见，修改后重新提交'>
            <TextArea name='return-comment' value={comment} maxLength={OBS_LIMITS.comment} placeholder='需要补充或修改的内容' onChange={setComment} />
          </Field>
          <View className='xq-obs-actions'>
            <Button variant='ghost' onClick={() => setReturning(false)}>取消</Button>
            <Button variant='danger' loading={busy} onClick={() => void act('return')}>确认退回</Button>
          </View>
        </Card>
      )}
      {report.status === 'returned' && (
        <View className='xq-obs-banner xq-obs-banner--info'>
          <Text>已退回，等待填报人修改后重新提交。</Text>
        </View>
      )}
    </Page>
  )
}
