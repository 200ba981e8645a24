export { default, metadata } from '@/modules/glossary/page';
