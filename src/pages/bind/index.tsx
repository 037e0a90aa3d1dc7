import { Page } from '../../components'
import { BindForm } from '../../features/binding'
import { applyMe, selectAssignment } from '../../shared/session'
import { goHome } from '../../features/shell'

/** 绑定页：用邀请码把微信身份绑定到一个角色任职 */
export default function BindPage() {
  return (
    <Page title='绑定身份' subtitle='首次使用心桥，请用站长或辅导员发给你的邀请码完成绑定'>
      <BindForm
        onBound={(res) => {
          applyMe(res)
          selectAssignment(res.assignmentId)
          goHome()
        }}
      />
    </Page>
  )
}
