/** 周报详情（辅导员/站长）：查看、标记已阅、退回并附意见 */
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { OBS_LIMITS } from '../../../types/api/observations'
import { Empty, Page, RemoteView } from '../../components'
import { ReviewActions } from '../../components/ReviewActions'
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
  const reload = () => void state.reload()

  return (
    <Page title='周报详情'>
      <RemoteView remote={state}>
        {({ report }) => !report ? <Empty icon='表' title='该周尚未提交周报' /> : (
          <>
            <ReportDetail report={report} />
            {report.status === 'submitted' && (
              <ReviewActions
                className='xq-obs-actions'
                size='md'
                onConfirm={() => reviewReport({ reportId: report.id, revision: report.revision })}
                onReturn={(comment) => returnReport({ reportId: report.id, revision: report.revision, comment })}
                onDone={reload}
                onError={(e) => {
                  if (e.code === 'CONFLICT') reload()
                }}
                returnTitle='退回周报'
                returnPlaceholder='需要补充或修改的内容（填报人会收到这条意见，修改后重新提交）'
                returnConfirmText='确认退回'
                confirmText='已阅'
                confirmedText='已阅'
                maxLength={OBS_LIMITS.comment}
                returnName='return-comment'
              />
            )}
            {report.status === 'returned' && (
              <View className='xq-obs-banner xq-obs-banner--info'>
                <Text>已退回，等待填报人修改后重新提交。</Text>
              </View>
            )}
          </>
        )}
      </RemoteView>
    </Page>
  )
}
