export { default } from '@/modules/seo/sitemap';
