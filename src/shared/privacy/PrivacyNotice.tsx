import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '../../components'
import { ENV } from '../../config/env'
import { PRIVACY_AGREE_BUTTON_ID, openPrivacyContract, privacyAgreed, privacyDeclined } from './privacy'
import './PrivacyNotice.scss'

export interface PrivacyNoticeProps {
  onAgree: () => void
  onDecline: () => void
}

const SUMMARY = '心桥是学院心理工作网络的内部工作平台。为完成身份绑定与日常工作，我们需要处理以下信息：'
const ITEMS = [
  '微信身份标识：用于识别你绑定的身份，不获取昵称、头像和手机号；',
  '你填写的姓名、学号：用于与学院名册核对；',
  '你在工作中录入的学生心理关注信息：仅你职责范围内的老师可见，每次查看都会记入审计日志。',
]
const DETAIL =
  '所有数据只保存在学校的云开发环境中，不向任何第三方提供。学生骨干在绑定时须签署保密承诺。任期结束或交接后，你将立即失去相应的访问权限。如需查询或更正个人信息，请联系所在学院的心理辅导站站长。'

/** 首次启动的隐私提示（小程序端同意按钮为平台的隐私授权按钮） */
export function PrivacyNotice({ onAgree, onDecline }: PrivacyNoticeProps) {
  const [expanded, setExpanded] = useState(false)
  const agree = () => {
    privacyAgreed()
    onAgree()
  }
  return (
    <View className='xq-privacy'>
      <View className='xq-privacy__card'>
        <Text className='xq-privacy__title'>隐私保护提示</Text>
        <Text className='xq-privacy__text'>{SUMMARY}</Text>
        {ITEMS.map((t) => (
          <Text key={t} className='xq-privacy__item'>
            · {t}
          </Text>
        ))}
        {expanded && <Text className='xq-privacy__text'>{DETAIL}</Text>}
        <Text
          className='xq-privacy__link'
          onClick={() => {
            if (!openPrivacyContract()) setExpanded(true)
          }}
        >
          查看《心桥隐私保护指引》
        </Text>
        <View className='xq-privacy__actions'>
          <Button
            variant='ghost'
            onClick={() => {
              privacyDeclined()
              onDecline()
            }}
          >
            暂不使用
          </Button>
          {ENV.platform === 'weapp' ? (
            <Button id={PRIVACY_AGREE_BUTTON_ID} openType='agreePrivacyAuthorization' onAgreePrivacyAuthorization={agree}>
              同意并继续
            </Button>
          ) : (
            <Button onClick={agree}>同意并继续</Button>
          )}
        </View>
      </View>
    </View>
  )
}
