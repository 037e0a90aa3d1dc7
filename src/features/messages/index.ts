/** 站内消息 */
export { MessageList } from './MessageList'
