export { default, generateMetadata } from '@/modules/indicator/page';
