export { BinderHead } from './BinderHead'
export { CenterCompare, CenterReview } from './CenterBinders'
export { MissingList } from './MissingList'
export { evidenceUrl, parseScore, TARGET_PAGES } from '../../shared/assessment/targets'
