export { default } from '@/modules/seo/robots';
