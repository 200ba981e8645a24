export { default, generateMetadata } from '@/modules/region/page';
