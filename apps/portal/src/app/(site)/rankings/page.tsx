export { default, generateMetadata } from '@/modules/rankings/page';
